"""Every rule's catalogue examples are its unit tests: the bad example triggers exactly that rule
at the offending text; the good example triggers nothing of it. docs/rules.md is up to date."""

from __future__ import annotations

import re

import pytest

from conftest import REPO
from drafter.lint.config import Config
from drafter.lint.engine import lint_text
from drafter.lint.rules import catalogue

RULES = [r for r in catalogue().values() if r.bad]


def _where(rule) -> tuple[int, int]:
    lines = rule.bad.split("\n")
    if rule.line:
        return rule.line, lines[rule.line - 1].find(rule.at) + 1
    for i, ln in enumerate(lines, 1):
        if rule.at in ln:
            return i, ln.find(rule.at) + 1
    raise AssertionError(f"{rule.id}: `at` not in `bad`")


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_bad_example_triggers_exactly_this_rule(rule):
    findings = lint_text(rule.bad, previous_text=rule.previous or None)
    line, col = _where(rule)
    mine = [f for f in findings if f.rule == rule.id]
    assert any(f.line == line and f.column == col for f in mine), (line, col, findings)
    assert {f.rule for f in findings} == {rule.id}, findings
    for f in mine:
        assert f.severity == rule.severity and f.source == rule.source and f.message
        assert not re.search(r"\{[a-z]+\}", f.message), f.message  # every placeholder filled
        assert (f.fix is not None) == rule.fix_safe or not rule.fix_safe


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_good_example_is_clean(rule):
    findings = lint_text(rule.good, previous_text=rule.previous or None)
    assert not [f for f in findings if f.rule == rule.id], findings


def test_every_category_has_rules_and_ids_are_well_formed():
    cats = {r.category for r in catalogue().values()}
    assert set("PNSTFRDV") <= cats
    for r in catalogue().values():
        assert len(r.id) == 4 and r.id[1:].isdigit() and r.severity in ("error", "warning", "info")
        assert r.source.startswith(("GB/T 15834-2011", "GB/T 15835-2011", "GB/T 9704-2012", "惯例", "本单位"))


def test_fix_safe_rules_are_the_mechanical_ones():
    safe = {r.id for r in catalogue().values() if r.fix_safe}
    assert safe == {"P001", "P002", "P006", "P007", "P012", "N003", "N005", "N006", "N007", "S007", "P037"}
    for rid in ("F001", "F002", "F004", "T001", "T003"):
        assert catalogue()[rid].severity == "error" and not catalogue()[rid].fix_safe


def test_config_disable_and_severity():
    cfg = Config(disabled={"P001"}, severities={"N004": "error"})
    fs = lint_text("全区办理案件1200件,挽回损失3千万元。", cfg)
    assert {f.rule for f in fs} == {"N004"} and fs[0].severity == "error"
    assert not lint_text("全区办理案件1200件,挽回损失。", Config(disabled={"P"}))


def test_bureau_forbidden_and_protected_words():
    cfg = Config(forbidden={"老百姓": "群众"}, protected=["的的确确工程"])
    fs = lint_text("切实为老百姓办实事，推进的的工程。", cfg)
    assert [f.rule for f in fs if f.rule == "F007"] == ["F007"]
    assert "群众" in next(f for f in fs if f.rule == "F007").message
    assert "D001" in {f.rule for f in fs}


def test_traps_from_real_text_are_not_errors():
    text = ("上海市市长 龚 正\n连续16年保持全省先进。\n经济增长目标为4.5%-5%。\n"
            "劳动生产率提高5.2%，占比提高到45%，深入学习习近平法治思想，全过程人民民主，上海市市长讲话。")
    fs = lint_text(text)
    assert not [f for f in fs if f.severity == "error"], fs
    assert [f.rule for f in fs] == ["N006"]  # 4.5%-5%: a real, imperfect range → a warning only


def test_docs_rules_md_is_up_to_date():
    from drafter.lint.catalog import markdown
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == markdown(), \
        "docs/rules.md 已过期：请运行 python -m drafter.lint.catalog > docs/rules.md"
