"""Atomic writes everywhere (SPEC §3): break every command's output write midway and find the
previous file intact.

Each command runs as a real subprocess (tests/crash_drafter.py) with drafter.cli.atomic's write
sabotaged in one of three ways: Ctrl-C just before the rename, the disk filling up while the data
is flushed, and the process dying after writing half the data (os._exit: no cleanup at all).
In every case the file that was there before is byte-for-byte unchanged; in the first two no
temporary file is left behind, and after a hard kill the only trace is one hidden `.NAME.*.tmp`."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "badinput"))

import make  # noqa: E402

HERE = Path(__file__).resolve().parents[1]
HAS_EXTRACT = importlib.util.find_spec("drafter.cli.commands.extract") is not None
OLD = "上一次的输出，崩溃后必须原样保留\n".encode("utf-8")
DRAFT = make.REPORT.replace("今年以来，", "今年以来,").replace("具体工作如下：", "具体工作如下:")
YAML = "kind: annual\ndistrict: 滨江区\nyear: 2025\ntitle: 滨江区司法局2025年工作总结\n"


def _docx(path: Path, text: str) -> None:
    import io

    import docx
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(buf.getvalue())


def setup(command: str, tmp: Path) -> tuple[list[str], list[Path]]:
    """The command line (with --force where it applies) and the files it would replace, each of
    which is made to exist beforehand."""
    draft = tmp / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    (tmp / "r.yaml").write_text(YAML, encoding="utf-8")
    if command in ("lint-fix-docx", "annotate"):
        _docx(tmp / "draft.docx", DRAFT)
    table = {
        "build-txt": (["build", "r.yaml", "-o", "out.txt", "--force"], ["out.txt"]),
        "build-docx": (["build", "r.yaml", "-o", "out.docx", "--force"], ["out.docx"]),
        "format": (["format", "draft.txt", "-o", "out.docx", "--force"], ["out.docx"]),
        "lint-fix": (["lint", "draft.txt", "--fix", "-o", "out.txt", "--force"], ["out.txt"]),
        "lint-in-place": (["lint", "draft.txt", "--fix", "--in-place"], ["draft.txt"]),
        "lint-fix-docx": (["lint", "draft.docx", "--fix", "-o", "out.docx", "--force"], ["out.docx"]),
        "annotate": (["lint", "draft.docx", "--annotate", "out.docx", "--force"], ["out.docx"]),
        "extract": (["extract", "draft.txt", "-o", "out.yaml", "--force"], ["out.yaml"]),
        "new": (["new", "--district", "滨江区", "--year", "2025", "-o", "out.yaml", "--force"], ["out.yaml"]),
        "mine": (["mine", "draft.txt", "-o", "bank"], ["bank/phrases.json", "bank/structure.json",
                                                        "bank/README.md"]),
    }
    args, targets = table[command]
    paths = [tmp / t for t in targets]
    if command == "mine":  # a bank from an earlier run (mine replaces only its own files)
        r = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=tmp, capture_output=True)
        assert r.returncode == 0, r.stderr.decode()
    for p in paths:
        if p.name != "draft.txt" and command != "mine":
            p.write_bytes(OLD)
    return args, paths


COMMANDS = ["build-txt", "build-docx", "format", "lint-fix", "lint-in-place", "lint-fix-docx", "annotate",
            "extract", "new", "mine"]


def crash(mode: str, nth: int, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("DRAFTER_DEBUG", None)
    p = subprocess.run([sys.executable, str(HERE / "crash_drafter.py"), mode, str(nth), *args], cwd=cwd,
                       capture_output=True, env=env, timeout=120)
    p.stdout, p.stderr = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    return p


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("mode", ["replace", "diskfull", "kill"])
@pytest.mark.parametrize("command", COMMANDS)
def test_crash_midway_keeps_previous_file(tmp_path: Path, command: str, mode: str):
    if command == "extract" and not HAS_EXTRACT:
        pytest.skip("drafter extract 尚未实现")
    args, targets = setup(command, tmp_path)
    before = _files(tmp_path)
    # mine writes three files as one set: break the second, the first must not have been replaced
    nth = 2 if command == "mine" else 1
    proc = crash(mode, nth, args, tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    after = _files(tmp_path)
    for t in targets:
        key = str(t.relative_to(tmp_path))
        assert after[key] == before[key], f"{key} changed after a crash ({mode})"
    extra = sorted(set(after) - set(before))
    if mode == "replace":
        # click turns Ctrl-C into its Abort: "已中断。", exit 130
        assert proc.returncode == 130 and "已中断" in proc.stderr, proc.stderr
        assert extra == [], extra
    elif mode == "diskfull":
        assert proc.returncode == 2, (proc.returncode, proc.stderr)
        assert "磁盘空间不足" in proc.stderr and targets[nth - 1 if command == "mine" else 0].name in proc.stderr
        assert extra == [], extra
    else:
        assert proc.returncode == 9, (proc.returncode, proc.stderr)
        assert 1 <= len(extra) <= nth, extra  # the staged temporary files, nothing else
        assert all(Path(e).name.startswith(".") and e.endswith(".tmp") for e in extra), extra


@pytest.mark.parametrize("command", ["format", "lint-in-place", "mine"])
def test_after_a_hard_crash_the_next_run_succeeds(tmp_path: Path, command: str):
    """The leftover temporary file of a killed run is hidden and does not stop the next run."""
    args, targets = setup(command, tmp_path)
    assert crash("kill", 1, args, tmp_path).returncode == 9
    proc = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=tmp_path, capture_output=True)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    if command == "lint-in-place":
        assert "今年以来，" in targets[0].read_text(encoding="utf-8")
    elif command == "format":
        assert targets[0].read_bytes()[:2] == b"PK"


def test_write_files_is_all_or_nothing(tmp_path: Path, monkeypatch):
    """atomic.write_files: a failure while staging the second file leaves the first untouched."""
    from drafter.cli import atomic
    from drafter.core.errors import InputError
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_bytes(OLD)
    b.write_bytes(OLD)
    real = atomic._stage
    calls = {"n": 0}

    def stage(p, data):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(p, data)
    monkeypatch.setattr(atomic, "_stage", stage)
    with pytest.raises(InputError) as ei:
        atomic.write_files({a: "新", b: "新"}, force=True)
    assert "磁盘空间不足" in ei.value.render() and "b.json" in ei.value.render()
    assert a.read_bytes() == OLD and b.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]


def test_overwrite_keeps_permissions(tmp_path: Path):
    from drafter.cli import atomic
    t = tmp_path / "x.txt"
    t.write_bytes(OLD)
    t.chmod(0o640)
    atomic.write_text(t, "新内容", force=True)
    assert t.read_text(encoding="utf-8") == "新内容"
    assert t.stat().st_mode & 0o777 == 0o640


def test_refuses_to_overwrite_without_force(tmp_path: Path):
    from drafter.cli import atomic
    from drafter.core.errors import InputError
    t = tmp_path / "x.txt"
    t.write_bytes(OLD)
    with pytest.raises(InputError) as ei:
        atomic.write_text(t, "新内容")
    assert "--force" in ei.value.render()
    assert t.read_bytes() == OLD
