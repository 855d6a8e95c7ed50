"""The outline parser on web pages and drafts: page chrome (metadata blocks, navigation, footers,
repeated text), datelines and bylines, run-in headings, Markdown bullets and tables; and the shape
of the parser itself (its pass table, a cheap import)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DATA, run_cli
from drafter.core.outline import PASSES, parse_file, parse_text
from drafter.core.readers import markdown_to_lines
from outline_measure import label_pairs, measure

PAGES = DATA / "outline_chrome"
PAGE_LABELS = label_pairs(PAGES)


def test_heading_precision_and_recall_per_level_on_the_chrome_pages():
    score = measure(PAGES)
    assert score.levels() == [0, 1, 2]
    for lv in score.levels():
        assert (score.precision(lv), score.recall(lv)) == (1.0, 1.0), (lv, score.misses)


@pytest.mark.parametrize("text,label", PAGE_LABELS, ids=[t.stem for t, _l in PAGE_LABELS])
def test_chrome_lines_and_kind_of_each_page(text, label):
    doc = parse_file(str(text))
    assert [b.line for b in doc.blocks if b.kind == "chrome"] == label["chrome"], label["notes"]
    if label["kind"]:
        assert doc.kind == label["kind"]


def _cli_outline(path) -> list[dict]:
    """`drafter outline PATH --format json`, run as a clerk runs it."""
    proc = run_cli("outline", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_outline_of_a_saved_page_as_a_clerk_runs_it():
    text, label = PAGE_LABELS[0]
    assert _cli_outline(text) == label["headings"]


def _kinds(text: str) -> dict[int, str]:
    return {b.line: b.kind for b in parse_text(text).blocks if b.kind != "blank"}


def test_dateline_and_speaker_are_top_matter_and_the_title_stays_the_title():
    kinds = _kinds("在全区司法行政工作会议上的讲话\n（2025年1月15日）\n区司法局局长 张三\n同志们：\n一、工作回顾\n全年完成。")
    assert [kinds[i] for i in range(1, 5)] == ["title", "subtitle", "byline", "salutation"]
    kinds = _kinds("2025年全县法治建设工作报告\n（2025年3月5日在全县法治建设工作会议上）\n"
                   "县委副书记、县长 李四\n一、工作回顾\n全年完成。")
    assert [kinds[i] for i in range(1, 4)] == ["title", "subtitle", "byline"]


def test_metadata_needs_a_strong_label_or_two_fields():
    doc = parse_text("关键词：工作总结\n滨江区司法局2024年工作总结\n今年以来，区司法局坚持依法行政。\n一、主要工作\n全年完成。")
    # one weak field alone is not metadata, but a field line with its value over the title is the site's
    # all the same (session 9: 下载积分：8 金币, 关键词：工作总结)
    assert [(b.kind, b.detail) for b in doc.blocks[:2]] == [("chrome", "page"), ("title", "")]
    kinds = _kinds("索引号：113/2025-1\n滨江区司法局2024年工作总结\n今年以来，区司法局坚持依法行政。")
    assert kinds[1] == "chrome" and kinds[2] == "title"


def test_footer_words_inside_the_text_are_not_chrome():
    text = ("滨江区司法局2024年工作总结\n一、主要工作\n主办单位：区司法局承办全市律师论坛，参会200余人。\n"
            "联系我们的群众工作站全年接待来访群众300人次\n二、存在问题\n力量薄弱。")
    kinds = _kinds(text)
    assert kinds[3] == "paragraph" and kinds[4] != "chrome"


def test_a_signature_that_repeats_a_name_from_the_text_is_kept():
    text = ("温州市瓯海区司法局2024年工作总结\n2024年，温州市瓯海区司法局坚持依法行政。\n一、主要工作\n全年完成。\n"
            "温州市瓯海区司法局\n2025年1月20日")
    kinds = _kinds(text)
    assert kinds[5] == "signature" and kinds[6] == "date"


# --- run-in headings ------------------------------------------------------------------------

RUN_IN = [
    ("（一）普法宣传：全年开展活动230场。", "普法宣传", "全年开展活动230场。"),
    ("（二）人民调解，全年调处纠纷1860件，成功率98.6%。", "人民调解", "全年调处纠纷1860件，成功率98.6%。"),
    ("(二)人民调解,全年调处纠纷1860件。", "人民调解", "全年调处纠纷1860件。"),
    ("（一）坚持政治引领，不折不扣贯彻落实党中央决策部署。强化理论武装。",
     "坚持政治引领，不折不扣贯彻落实党中央决策部署", "强化理论武装。"),
    ("（一）着眼全局谋划法治建设。聚力法治建设改革创新。", "着眼全局谋划法治建设", "聚力法治建设改革创新。"),
    ("1.实施公路安全生命防护工程1500公里（牵头单位：交通厅）。",
     "实施公路安全生命防护工程1500公里（牵头单位：交通厅）", ""),
    ("1.“四上”企业：", "“四上”企业", ""),  # a heading alone on its line drops its trailing ：
    ("（一）高位统筹谋划，夯实法治政府建设制度根基。一是压实责任。",
     "高位统筹谋划，夯实法治政府建设制度根基", "一是压实责任。"),  # a parallel phrase keeps its comma
    ("（三）严明纪律规矩，行动上做到知行合一。", "严明纪律规矩，行动上做到知行合一", ""),
    ("（二）人民调解，一是强化排查。", "人民调解", "一是强化排查。"),
    ("（二）人民调解，截至6月底调处纠纷300件。", "人民调解", "截至6月底调处纠纷300件。"),
    ("（一）聚焦产业体系，深化实施“1269”行动计划。", "聚焦产业体系，深化实施“1269”行动计划", ""),
    ("一、对标一流，扎实推进法治政府建设", "对标一流，扎实推进法治政府建设", ""),
]


@pytest.mark.parametrize("line,title,body", RUN_IN, ids=[r[1][:8] for r in RUN_IN])
def test_run_in_heading_title_and_body(line, title, body):
    h = parse_text(f"一、总体情况\n{line}" if not line.startswith("一、") else line).headings[-1]
    assert (h.title, h.body, h.run_in) == (title, body, bool(body))


def test_enumerations_in_a_run_in_body_keep_their_offsets():
    b = parse_text("（一）人民调解，一是强化排查。二是加强化解。").headings[0]
    assert b.title == "人民调解"
    assert [(e.marker, b.text[e.offset:e.offset + 2]) for e in b.enums] == [("一是", "一是"), ("二是", "二是")]


# --- lists and Markdown ---------------------------------------------------------------------

def test_plain_text_bullets_are_list_paragraphs_not_headings():
    doc = parse_text("一、主要工作\n- 法治建设扎实推进\n• 公共法律服务提质\n——创新动能显著增强\n二、存在问题")
    assert [h.line for h in doc.headings] == [1, 5]
    assert [b.detail for b in doc.blocks if b.line in (2, 3)] == ["list", "list"]


def test_markdown_bullets_tables_and_emphasis():
    md = ("# 滨江区司法局2025年工作总结\n\n今年以来，区司法局**坚持**依法行政，`数字`赋能。\n\n## 一、本年度重点工作\n\n"
          "- （一）法治建设\n* 基层力量薄弱\n1. 有序推进\n\n| 项目 | 2024年 | 2025年 |\n|---|:---:|---:|\n"
          "| 调解纠纷 | 1200件 | 1300件 |\n| 法律援助 \\| 咨询 | 300 | 320 |\n\n表后段落。")
    lines, hints = markdown_to_lines(md)
    assert lines[2] == "今年以来，区司法局坚持依法行政，数字赋能。"
    assert (lines[6], hints[6]) == ("（一）法治建设", "list")
    assert (lines[7], hints[7]) == ("基层力量薄弱", "list")
    assert lines[8] == "1. 有序推进" and 8 not in hints
    assert lines[10:14] == ["项目\t2024年\t2025年", "", "调解纠纷\t1200件\t1300件", "法律援助 | 咨询\t300\t320"]
    assert [hints.get(i) for i in range(10, 14)] == ["table-row", None, "table-row", "table-row"]
    assert len(lines) == len(md.split("\n"))
    assert not any("|---" in line or "**" in line for line in lines)


def test_outline_of_markdown_with_bullets_and_a_table(tmp_path):
    md = tmp_path / "总结.md"
    md.write_text("# 滨江区司法局2025年工作总结\n\n## 一、本年度重点工作\n\n- （一）法治建设\n- 普法宣传入脑入心\n\n"
                  "| 指标 | 数值 |\n| --- | --- |\n| 调解纠纷 | 1300件 |\n\n## 二、存在问题\n\n基层力量薄弱。\n",
                  encoding="utf-8")
    got = [(h["line"], h["level"], h["marker"], h["text"]) for h in _cli_outline(md)]
    assert got == [(1, 0, "", "滨江区司法局2025年工作总结"), (3, 1, "一、", "本年度重点工作"), (12, 1, "二、", "存在问题")]
    doc = parse_file(str(md))
    rows = [b for b in doc.blocks if b.detail == "table-row"]
    assert [(b.line, b.text) for b in rows] == [(8, "指标\t数值"), (10, "调解纠纷\t1300件")]
    assert all(b.kind == "paragraph" for b in rows)


# --- the parser's shape ---------------------------------------------------------------------

def test_passes_are_a_named_table_each_saying_what_it_reads_and_sets():
    names = [name for name, _run in PASSES]
    assert names[0] == "lines" and names[-1] == "document" and len(set(names)) == len(names)
    for name, run in PASSES:
        assert "Reads" in (run.__doc__ or "") and "Sets" in run.__doc__, name


def test_importing_the_parser_compiles_no_pattern_and_loads_no_vocabulary():
    code = ("import re, drafter.core.document, drafter.core.readers, drafter.core.resources, drafter.text.punct, "
            "drafter.text.numerals\nbefore = set(re._cache)\nimport drafter.core.outline\n"
            "from drafter.core.outline.vocab import vocab\n"
            "new = [k for k in re._cache if k not in before]\n"
            "assert not new, new\nassert vocab.cache_info().currsize == 0\n"
            "drafter.core.outline.parse_text('一、总体情况')\nassert vocab.cache_info().currsize == 1\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
