"""P037: invisible characters pasted from web pages and chat apps (zero-width spaces, joiners, a BOM
inside the text) are found where a clerk cannot see them, and `--fix` deletes them (idempotently)."""

from __future__ import annotations

import json

from conftest import run_cli
from drafter.lint.engine import lint_text

TEXT = ("某县司法局2025年工作总结\n\u200b\n一、主要工作\n"
        "深入推进\u200b\u200b法治政府建设，\ufeff全年办理法律援助案件三百件。\n")


def test_each_run_of_invisible_characters_is_one_finding_with_its_column():
    hits = [(f.line, f.column, f.length, f.message) for f in lint_text(TEXT) if f.rule == "P037"]
    assert hits == [(2, 1, 1, "文中有看不见的字符（零宽空格），应删除"),
                    (4, 5, 2, "文中有看不见的字符（零宽空格），应删除"),
                    (4, 14, 1, "文中有看不见的字符（字节顺序标记），应删除")]


def test_text_without_them_has_no_finding():
    assert not [f for f in lint_text(TEXT.replace("\u200b", "").replace("\ufeff", "")) if f.rule == "P037"]


def test_fix_deletes_them_and_a_second_fix_changes_nothing(tmp_path):
    src = tmp_path / "总结.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "修复.txt"
    proc = run_cli("lint", str(src), "--fix", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    fixed = out.read_text(encoding="utf-8")
    assert fixed == TEXT.replace("\u200b", "").replace("\ufeff", "")
    again = tmp_path / "再修复.txt"
    assert run_cli("lint", str(out), "--fix", "-o", str(again)).returncode == 0
    assert again.read_text(encoding="utf-8") == fixed
    report = json.loads(run_cli("lint", str(out), "--format", "json").stdout)
    assert not [f for f in report["files"][0]["findings"] if f["rule"] == "P037"]
