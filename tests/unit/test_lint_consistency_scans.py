"""Consistency (数据打架): the same item stated twice in one report with figures that disagree, where
the label follows the number, the money unit changes, or the 同比 has no figure before it."""

from __future__ import annotations

from drafter.lint.engine import lint_text

HEAD = "安吉县司法局2026年工作总结\n一、主要工作\n"


def _c(text: str) -> list[str]:
    return [f.rule for f in lint_text(HEAD + text) if f.rule.startswith("C")]


def test_number_before_the_label():
    assert "C001" in _c("全年办理法律援助案件1321件，群众满意度较高。\n经统计，今年共有1312件法律援助案件办结归档。\n")


def test_money_unit_changed_for_one_item():
    assert "C001" in _c("为受援群众挽回经济损失2481.83万元。\n全年共为受援群众挽回经济损失2481.83元。\n")


def test_two_comparisons_for_one_item():
    assert "C003" in _c("行政复议案件同比增长27%，调解结案64件。\n全年行政复议案件同比增长72%，纠错率5%。\n")


def test_same_figures_and_other_periods_stay_clean():
    assert _c("全年办理法律援助案件1321件。\n今年共有1321件法律援助案件办结归档。\n") == []
    assert _c("挽回经济损失2481.83万元。\n上年挽回经济损失2206.5万元。\n") == []
    assert _c("行政复议案件同比增长27%。\n其中行政复议案件同比增长72%的是涉企案件。\n") == []
