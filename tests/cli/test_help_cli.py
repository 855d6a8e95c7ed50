"""The offline manual (`drafter help`) and Chinese help everywhere, run as a clerk runs them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, assert_clean_error, run_cli

TOPICS = {"yaml": "报告素材 YAML 写法说明", "rules": "规则一览", "template": "自定义模板", "format": "排版"}
COMMANDS = ["new", "build", "format", "lint", "outline", "extract", "mine", "phrases", "serve", "help"]
ENGLISH = ["[required]", "[default", " TEXT", " INTEGER", " PATH", " FILE", " FLOAT", "Show this message",
           "Usage:", "Options:", "Commands:", "Arguments:", "Did you mean"]


def test_help_lists_the_topics():
    proc = run_cli("help")
    assert proc.returncode == 0, proc.stderr
    for topic in TOPICS:
        assert re.search(rf"^\s+{topic}\s", proc.stdout, re.M), proc.stdout


@pytest.mark.parametrize("topic", list(TOPICS))
def test_help_prints_each_topic(topic, tmp_path):
    proc = run_cli("help", topic, cwd=tmp_path)  # from any folder: the docs travel with the package
    assert proc.returncode == 0, proc.stderr
    assert TOPICS[topic] in proc.stdout
    assert proc.stdout == (REPO / "docs" / f"{topic}.md").read_text(encoding="utf-8").rstrip("\n") + "\n"


def test_help_unknown_topic_suggests():
    assert_clean_error(run_cli("help", "templat"), "templat", "drafter help template")
    assert run_cli("help", "模板").stdout.startswith("# 自定义模板")
    assert "用法：drafter build" in run_cli("help", "build").stdout


def test_docs_are_package_data(tmp_path):
    """A non-editable install carries docs/*.md as drafter/docs, and `help` finds them there."""
    build = tmp_path / "lib"
    proc = subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py",
                           "--build-lib", str(build)], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for topic in TOPICS:
        assert (build / "drafter" / "docs" / f"{topic}.md").is_file()
    run = subprocess.run([sys.executable, "-m", "drafter", "help", "yaml"], cwd=tmp_path, capture_output=True,
                         env={"PYTHONPATH": str(build), "PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert "报告素材 YAML 写法说明" in run.stdout.decode("utf-8")


def test_messages_point_at_drafter_help(tmp_path):
    proc = run_cli("new", "--district", "滨江区", "--year", "2025", "-o", "-", cwd=tmp_path)
    assert "drafter help yaml" in proc.stdout and "docs/yaml.md" not in proc.stdout
    seed = next((REPO / "seeds").glob("000_*.txt"))
    ex = run_cli("extract", str(seed), "-o", "-", cwd=tmp_path)
    assert "drafter help yaml" in ex.stdout and "docs/yaml.md" not in ex.stdout


def test_template_undefined_name_gets_did_you_mean(tmp_path):
    (tmp_path / "r.yaml").write_text("kind: annual\ndistrict: 滨江区\nyear: 2025\n", encoding="utf-8")
    (tmp_path / "t.j2").write_text("{{ title }}\n", encoding="utf-8")
    proc = run_cli("build", "r.yaml", "--template", "t.j2", "--format", "txt", "-o", "-", cwd=tmp_path)
    assert_clean_error(proc, "t.j2:1", "“title”未定义", "title_lines", "drafter help template")
    (tmp_path / "t.j2").write_text("{{ title_lines[0] }}\n{{ distrct }}\n", encoding="utf-8")
    proc = run_cli("build", "r.yaml", "--template", "t.j2", "--format", "txt", "-o", "-", cwd=tmp_path)
    assert_clean_error(proc, "t.j2", "distrct", "你是不是想写 district")


def test_template_attribute_did_you_mean(tmp_path):
    (tmp_path / "r.yaml").write_text("kind: annual\ndistrict: 滨江区\nyear: 2025\nsections:\n"
                                     "  - role: plans\n    heading: 明年工作思路\n", encoding="utf-8")
    (tmp_path / "t.j2").write_text("{{ sections[0].headng }}\n", encoding="utf-8")
    proc = run_cli("build", "r.yaml", "--template", "t.j2", "--format", "txt", "-o", "-", cwd=tmp_path)
    assert_clean_error(proc, "t.j2:1", "Section 对象没有属性“headng”", "heading")


# --- item 12: no English leftovers of click -------------------------------------------------------
def _help_texts() -> dict[str, str]:
    out = {"": run_cli("--help").stdout}
    for c in COMMANDS:
        proc = run_cli(c, "--help")
        if "没有这个命令" in proc.stderr:  # a command not in this build yet
            continue
        assert proc.returncode == 0, (c, proc.stderr)
        out[c] = proc.stdout
    return out


def test_help_of_every_command_is_chinese():
    texts = _help_texts()
    assert {"", "new", "build", "lint", "mine", "phrases", "help"} <= set(texts)
    for name, text in texts.items():
        assert "用法：" in text and "选项：" in text, name
        for word in ENGLISH:
            assert word not in text, (name, word, text)


def test_usage_errors_are_chinese(tmp_path):
    proc = run_cli("lint", "--hepl")
    assert_clean_error(proc, "没有这个选项：--hepl", "你是不是想用 --help？")
    assert "'--help'" not in proc.stderr
    proc = run_cli("build")
    assert_clean_error(proc, "缺少参数 文件.yaml")
    proc = run_cli("outline", "--format", "xml", "a.txt")
    assert_clean_error(proc, "可选：text、json")
    proc = run_cli("new", "--district", "滨江区", "--year", "abc")
    assert_clean_error(proc, "不是整数")
    for p in (proc,):
        for word in ENGLISH:
            assert word not in p.stderr


def test_help_columns_align_by_display_width():
    text = run_cli("lint", "--help").stdout
    from drafter.cli.util import display_width
    starts = set()
    for line in text.split("选项：", 1)[1].splitlines():
        m = re.match(r"^  (-\S.*?)\s{2,}(\S)", line)
        if m:
            starts.add(display_width(line[:m.start(2)]))
    assert len(starts) == 1, starts  # every option's help starts in the same column
