"""A bureau's own Jinja template (`build --template`) runs sandboxed (SPEC §3). Extends
tests/test_yaml_errors.py::test_template_sandbox (__class__, __subclasses__ via __mro__,
report.__init__.__globals__) with the other classic escapes and with resource bombs: each fails
with exit 2, a Chinese message naming the template and its line, and no output file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from inproc import run_inproc

YAML = "kind: annual\ndistrict: 滨江区\nyear: 2025\n"

ESCAPES = [
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ self.__init__.__globals__ }}",
    "{{ ().__class__.__bases__[0].__subclasses__() }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ metric.__globals__ }}",
    "{{ metric.__code__ }}",
    "{{ report|attr('__class__') }}",
    "{{ report['__class__'] }}",
    "{{ report.__dict__ }}",
    "{% set x = report.__reduce_ex__(2) %}{{ x }}",
    "{{ '{0.__class__}'.format(district) }}",
    "{{ district.__class__.__mro__ }}",
    "{{ report.metrics.__class__ }}",
]
BOMBS = [
    ("{% for x in range(10**9) %}{% endfor %}", "range"),
    ("{{ 'x' * 10**10 }}", "过长"),
    ("{{ [1] * 10**9 }}", "过长"),
]


def _run(tmp_path: Path, body: str):
    (tmp_path / "r.yaml").write_text(YAML, encoding="utf-8")
    tpl = tmp_path / "我的模板.j2"
    tpl.write_text("{{ district }}\n" + body + "\n", encoding="utf-8")
    return run_inproc("build", tmp_path / "r.yaml", "--format", "txt", "--template", tpl, cwd=tmp_path)


def _assert_refused(res, tmp_path: Path, *needles: str) -> None:
    assert res.returncode == 2, (res.returncode, res.stdout, res.stderr)
    assert "Traceback" not in res.stderr and "内部错误" not in res.stderr, res.stderr
    first = res.stderr.splitlines()[0]
    assert first.startswith("错误：") and "我的模板.j2:2" in first, res.stderr
    for n in needles:
        assert n in res.stderr, (n, res.stderr)
    assert "<class" not in res.stdout + res.stderr and "<module" not in res.stdout + res.stderr
    assert not (tmp_path / "r.txt").exists()


@pytest.mark.parametrize("expr", ESCAPES)
def test_escape_is_blocked(tmp_path: Path, expr: str):
    _assert_refused(_run(tmp_path, expr), tmp_path, "沙箱", "不安全")


def test_builtins_are_not_there(tmp_path: Path):
    _assert_refused(_run(tmp_path, "{{ __builtins__ }}"), tmp_path, "未定义")


@pytest.mark.parametrize("expr,needle", BOMBS)
def test_resource_bomb_is_refused(tmp_path: Path, expr: str, needle: str):
    _assert_refused(_run(tmp_path, expr), tmp_path, needle)


def test_ordinary_arithmetic_still_works(tmp_path: Path):
    res = _run(tmp_path, "{{ '—' * 3 }}{{ 2 ** 10 }}{{ [0] * 2 }}{% for i in range(3) %}{{ i }}{% endfor %}")
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").splitlines()[1] == "———1024[0, 0]012"


def test_escape_through_the_real_cli(tmp_path: Path):
    (tmp_path / "r.yaml").write_text(YAML, encoding="utf-8")
    tpl = tmp_path / "evil.j2"
    tpl.write_text("{{ cycler.__init__.__globals__.os.system('touch pwned') }}\n", encoding="utf-8")
    proc = run_cli("build", str(tmp_path / "r.yaml"), "--template", str(tpl), cwd=tmp_path)
    assert proc.returncode == 2 and "沙箱" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "r.docx").exists()
