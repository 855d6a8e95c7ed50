"""Rules and measures divided into chapters (第一章  总  则, then numbered articles): the chapter heading's
spaces, the articles' full stops and the articles numbered apart from the chapters are the form of such
a text, no slip; the same slips in a report's headings are still found."""

from __future__ import annotations

from drafter.lint.engine import lint_text

RULES = ("平安县人民政府工作规则\n第一章  总  则\n一、为规范县政府工作，根据有关法律法规，制定本规则。\n"
         "二、县政府工作的准则是依法行政，实事求是，务实清廉。\n第二章 工作职责\n"
         "三、县政府全体人员要忠实履行职责。\n四、县政府实行县长负责制。\n")


def _rules(text: str) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in lint_text(text)]


def test_rules_in_chapters_give_no_finding():
    assert _rules(RULES) == []


def test_the_same_slips_in_a_report_are_still_found():
    report = ("平安县司法局2026年工作总结\n一、主要  工作\n全年办理案件12件。\n"
              "三、存在问题\n（一）队伍建设有待加强。\n")
    got = _rules(report)
    assert ("P011", 2) in got and ("S001", 4) in got
    # a space inside an article is a slip like any other
    assert ("P011", 3) in _rules(RULES.replace("一、为规范", "一、为 规范"))
    # and so is a skipped chapter-level 一、 numbering inside one chapter
    assert ("S001", 4) in _rules(RULES.replace("二、县政府工作的准则", "三、县政府工作的准则"))


def test_a_first_level_number_with_a_space_for_its_mark_is_one_s007_with_a_fix():
    text = "乌当区乡镇调研报告\n一 调研背景\n乡镇是我国最基层的行政单位。\n二、整体概况\n全区共有八个乡镇。\n"
    got = [(f.rule, f.line, f.column, f.fix) for f in lint_text(text)]
    assert ("S007", 2, 2, "、") in got
    assert not [g for g in got if g[0] == "P011"]  # (the same space, told once)
