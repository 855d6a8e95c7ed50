"""Numbers and values in the report YAML, built the way a clerk builds (`drafter build`): negative
counts refused, the hints for 3,120 and 1.5万, decimals kept as written, messages that show what the
clerk wrote (never Python's True), a quoted year accepted like a quoted value, and the right line and
cause for `-2027年…` and `district:某县`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_clean_error, run_cli

HEAD = "kind: annual\ndistrict: 滨江区\nyear: 2025\n"


def _metric(value: str, previous: str = "1145", unit: str = "件", extra: str = "") -> str:
    return (HEAD + "metrics:\n  m:\n    label: 受理法律援助案件\n"
            f"    value: {value}\n    unit: {unit}\n    previous: {previous}\n{extra}"
            "opening: 全年【指标:m】。\n")


def _build(tmp_path: Path, text: str):
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    return run_cli("build", "r.yaml", "--format", "txt", "-o", "-", cwd=tmp_path)


@pytest.mark.parametrize("value,previous,unit", [("1312", "-790", "件"), ("-5", "3", "万元"), ("-2.5", "3.1", '"%"')])
def test_negative_values_are_refused(tmp_path, value, previous, unit):
    proc = _build(tmp_path, _metric(value, previous, unit))
    assert_clean_error(proc, "r.yaml:", "是负数", "同比下降")
    assert "同比下降208" not in proc.stdout


def test_thousands_separator_hint(tmp_path):
    proc = _build(tmp_path, _metric("3,120"))
    assert_clean_error(proc, "r.yaml:7:12", "千分位逗号", "写 3120")
    assert "单位写在" not in proc.stderr


def test_wan_suggests_both_ways(tmp_path):
    proc = _build(tmp_path, _metric("1.5万"))
    assert_clean_error(proc, "r.yaml:7:12", "value: 15000", "value: 1.5", "unit: 万件")


@pytest.mark.parametrize("written,shown", [("1312.50", "1312.50件"), ("1312.5", "1312.5件"), ("1312", "1312件"),
                                           ('"1312.50"', "1312.50件")])
def test_decimals_kept_as_written(tmp_path, written, shown):
    proc = _build(tmp_path, _metric(written))
    assert proc.returncode == 0, proc.stderr
    assert f"全年受理法律援助案件{shown}，同比增长" in proc.stdout


def test_digits_bounds_the_decimals_shown(tmp_path):
    proc = _build(tmp_path, _metric("1312.56", extra="    digits: 1\n"))
    assert proc.returncode == 0, proc.stderr
    assert "受理法律援助案件1312.6件，同比增长14.6%" in proc.stdout


def test_table_cells_keep_written_decimals(tmp_path):
    text = HEAD + ("sections:\n  - role: achievements\n    heading: 主要工作\n    content:\n"
                   "      - table:\n          header: [项目, 金额]\n          rows: [[经费, 1312.50]]\n")
    proc = _build(tmp_path, text)
    assert proc.returncode == 0, proc.stderr
    assert "1312.50" in proc.stdout


@pytest.mark.parametrize("text,needles", [
    (_metric("true"), ("r.yaml:7:12", "这里写的是 true")),
    (HEAD + "date: true\n", ("r.yaml:4:7", "日期写法无法识别：true")),
    (HEAD + "date: 2026.13.45\n", ("日期", "2026.13.45")),
    (HEAD.replace("kind: annual", "kind: TRUE"), ("r.yaml:1:7", "kind 写的是“TRUE”")),
    (HEAD + "issuer: false\n", ("这里写的是 false",)),
    (HEAD + "sections:\n  - role: plans\n    heading: 思路\n    numbered: 也许\n", ("这里写的是 也许",)),
])
def test_messages_show_what_was_written(tmp_path, text, needles):
    proc = _build(tmp_path, text)
    assert_clean_error(proc, *needles)
    assert "True" not in proc.stderr and "False" not in proc.stderr


def test_quoted_year_is_accepted_like_a_quoted_value(tmp_path):
    proc = _build(tmp_path, "kind: annual\ndistrict: 滨江区\nyear: \"2025\"\ntitle: 滨江区2025年工作总结\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("滨江区2025年工作总结")
    proc = _build(tmp_path, _metric('"1312"'))
    assert proc.returncode == 0, proc.stderr
    bad = _build(tmp_path, "kind: annual\ndistrict: 滨江区\nyear: \"2025年\"\n")
    assert_clean_error(bad, "r.yaml:3:7", "year: 2025")


def test_dash_without_space_is_named_at_its_line(tmp_path):
    # a list item whose “-” has no space, after a real list item
    text = HEAD + ("sections:\n  - role: plans\n    heading: 明年工作思路\n    content:\n"
                   "      - 好的\n      -2027年要做好工作\n")
    proc = _build(tmp_path, text)
    assert_clean_error(proc, "r.yaml:9:7", "“-”后面没有空格", "- 2027年要做好工作")
    # alone under content: YAML reads it as a text, not as a list
    text = HEAD + "sections:\n  - role: plans\n    heading: 明年工作思路\n    content:\n      -2027年要做好工作\n"
    proc = _build(tmp_path, text)
    assert_clean_error(proc, "r.yaml:8:7", "“-”后面没有空格")
    # at the top level
    proc = _build(tmp_path, HEAD + "opening:\n-2027年要做好工作。\n")
    assert_clean_error(proc, "r.yaml:5:1", "“-”后面没有空格")
    assert "缺少“键: 值”里的英文冒号" not in proc.stderr


def test_key_without_space_after_colon(tmp_path):
    proc = _build(tmp_path, "kind: annual\ndistrict:某县\nyear: 2025\n")
    assert_clean_error(proc, "r.yaml:2:9", "district", "冒号后面缺少空格", "district: 某县")
    proc = _build(tmp_path, "kind: annual\ndistrict: 某县\nyear:2025\ntitle: 某县工作总结\n")
    assert_clean_error(proc, "r.yaml:3:5", "year", "冒号后面缺少空格")
    # a URL in a text is not a missing space
    ok = _build(tmp_path, HEAD + "opening: 详见 http://example.org 网站。\n")
    assert ok.returncode == 0, ok.stderr
