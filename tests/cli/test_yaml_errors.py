"""Bad report YAML: every classic clerk mistake gives exit 2, one Chinese message naming
file:line:column, a hint, no traceback, and no output file (SPEC §3, §4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_clean_error, run_cli

GOOD_HEAD = "kind: annual\ndistrict: 滨江区\nyear: 2025\n"
METRICS = """metrics:
  法律援助:
    label: 受理法律援助案件
    value: 1312
    unit: 件
    previous: 1145
"""
SECTIONS = """sections:
  - role: achievements
    heading: 本年度重点工作
    content:
      - 全年【指标:法律援助】。
"""

CASES = {
    # name: (yaml text, needles in stderr: position and message/hint)
    "fullwidth_colon_top": ("kind: annual\ndistrict: 滨江区\nyear：2025\n", [":3:5:", "中文冒号", "year: "]),
    "fullwidth_colon_in_list": (GOOD_HEAD + "sections:\n  - role：achievements\n", [":5:5:", "中文冒号", "role: "]),
    "tab": (GOOD_HEAD + "sections:\n\t- role: achievements\n", [":5:1:", "制表符", "空格"]),
    "unknown_top_key": (GOOD_HEAD + "titel: 总结\n", [":4:1:", "titel", "你是不是想写 title"]),
    "unknown_chinese_key": (GOOD_HEAD + "标题: 总结\n", [":4:1:", "标题", "title"]),
    "unknown_metric_key": (GOOD_HEAD + METRICS.replace("previous:", "previos:"),
                           [":9:5:", "previos", "previous"]),
    "chinese_number": (GOOD_HEAD + METRICS.replace("value: 1312", "value: 三百"),
                       [":7:12:", "三百", "请写阿拉伯数字 300"]),
    "number_with_unit": (GOOD_HEAD + METRICS.replace("value: 1312", "value: 1312件"),
                         [":7:12:", "单位", "unit"]),
    "missing_district": ("kind: annual\nyear: 2025\n", [":1:1:", "district"]),
    "missing_year": ("kind: annual\ndistrict: 滨江区\n", ["year"]),
    "year_in_chinese": ("kind: annual\ndistrict: 滨江区\nyear: 二〇二五\n", [":3:7:", "2025"]),
    "unclosed_quote": (GOOD_HEAD + "opening: '今年以来，区司法局\nclosing: 好\n", [":4:10:", "引号没有闭合"]),
    "unclosed_bracket": (GOOD_HEAD + "title: [一, 二\nclosing: 好\n", [":4:8:", "方括号"]),
    "list_for_mapping": (GOOD_HEAD + "metrics:\n  - 法律援助\n", [":5:3:", "metrics", "键: 值"]),
    "mapping_for_list": (GOOD_HEAD + "sections:\n  role: achievements\n", [":5:3:", "sections", "列表"]),
    "unknown_kind": ("kind: anual\ndistrict: 滨江区\nyear: 2025\n", [":1:7:", "annual"]),
    "unknown_role": (GOOD_HEAD + "sections:\n  - role: problem\n", [":5:11:", "problems"]),
    "unknown_metric_ref": (GOOD_HEAD + METRICS + SECTIONS.replace("指标:法律援助", "指标:法律援"),
                           [":14:11:", "法律援", "法律援助"]),
    "rate_without_percent": (GOOD_HEAD + "metrics:\n  败诉:\n    label: 败诉率\n    value: 5.5\n    unit: 件\n",
                             [":8:11:", "%"]),
    "duplicate_key": (GOOD_HEAD + "year: 2024\n", [":4:1:", "重复"]),
    "bad_date": (GOOD_HEAD + "date: 1月15日\n", [":4:7:", "2026-01-15"]),
    "impossible_date": (GOOD_HEAD + "date: 2026-02-30\n", [":4:7:", "不是有效的日期"]),
    "empty_file": ("", ["空"]),
    "top_level_list": ("- a\n- b\n", [":1:1:", "最外层"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_yaml(tmp_path: Path, name: str):
    text, needles = CASES[name]
    src = tmp_path / "报告.yaml"
    src.write_text(text, encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt")
    assert_clean_error(proc, "报告.yaml", *needles)
    assert not (tmp_path / "报告.txt").exists()


def test_good_version_of_the_cases_builds(tmp_path: Path):
    src = tmp_path / "ok.yaml"
    src.write_text(GOOD_HEAD + METRICS + SECTIONS, encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt")
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "ok.txt").read_text(encoding="utf-8")
    assert "全年受理法律援助案件1312件，同比增长14.59%。" in text


def test_output_exists_is_untouched(tmp_path: Path):
    src = tmp_path / "r.yaml"
    src.write_text(GOOD_HEAD + SECTIONS.replace("全年【指标:法律援助】。", "一段文字。"), encoding="utf-8")
    out = tmp_path / "r.txt"
    out.write_text("旧内容", encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt")
    assert_clean_error(proc, "r.txt", "--force")
    assert out.read_text(encoding="utf-8") == "旧内容"
    assert run_cli("build", str(src), "--format", "txt", "--force").returncode == 0
    assert "一段文字。" in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


def test_template_syntax_error(tmp_path: Path):
    src = tmp_path / "r.yaml"
    src.write_text(GOOD_HEAD, encoding="utf-8")
    tpl = tmp_path / "我的模板.j2"
    tpl.write_text("{{ district }}\n{% for s in sections %}\n{{ s.heading }}\n", encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt", "--template", str(tpl))
    assert_clean_error(proc, "我的模板.j2", "模板")
    assert not (tmp_path / "r.txt").exists()


def test_template_undefined_variable(tmp_path: Path):
    src = tmp_path / "r.yaml"
    src.write_text(GOOD_HEAD, encoding="utf-8")
    tpl = tmp_path / "t.j2"
    tpl.write_text("{{ district }}\n\n{{ distrikt }}\n", encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt", "--template", str(tpl))
    assert_clean_error(proc, "t.j2:3", "distrikt")
    assert not (tmp_path / "r.txt").exists()


@pytest.mark.parametrize("expr", ["{{ district.__class__ }}",
                                  "{{ ''.__class__.__mro__[1].__subclasses__() }}",
                                  "{{ report.__init__.__globals__ }}"])
def test_template_sandbox(tmp_path: Path, expr: str):
    src = tmp_path / "r.yaml"
    src.write_text(GOOD_HEAD, encoding="utf-8")
    tpl = tmp_path / "evil.j2"
    tpl.write_text("{{ district }}\n" + expr + "\n", encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt", "--template", str(tpl))
    assert_clean_error(proc, "evil.j2", "沙箱")
    assert "<class" not in proc.stdout + proc.stderr
    assert not (tmp_path / "r.txt").exists()


def test_own_template_renders(tmp_path: Path):
    src = tmp_path / "r.yaml"
    src.write_text(GOOD_HEAD + METRICS + SECTIONS, encoding="utf-8")
    tpl = tmp_path / "own.j2"
    tpl.write_text('{% import "_blocks.j2" as b with context %}\n{{ district }}{{ year }}年工作简报\n'
                   "{{ b.body() }}\n{{ metric('法律援助', '同比') }}\n", encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt", "--template", str(tpl))
    assert proc.returncode == 0, proc.stderr
    lines = (tmp_path / "r.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "滨江区2025年工作简报"
    assert lines[1] == "一、本年度重点工作"
    assert lines[-1] == "同比增长14.59%"
