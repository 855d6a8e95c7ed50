"""Lint round 14A: variants of the classes blind12 missed in typos and formulations.

The new F024 pairs (lint/confusables.toml) carry their own bad/good examples, run by
test_lint_round12a; the sentences below are further variants (other words, topics and shapes) for
the other rules touched: F026 (a law's anniversary and its date of entry into force, laws.toml),
F013 (the 2015 法治政府 target after the 2021 纲要, dated.toml) and F001 (the 纲要's issuer,
wrong_formulas.toml)."""

from __future__ import annotations

import pytest
from test_lint_round13a import _at  # the span test shared with round 13A

from drafter.lint.engine import lint_text


BAD = [
    ("F026", "2023年7月，我局开展纪念《中华人民共和国社区矫正法》实施五周年系列宣传活动。", "五周年"),
    ("F026", "2025年1月，全区开展法律援助法实施五周年主题宣传。", "五周年"),
    ("F026", "在民法典颁布三周年之际，我局于2021年5月组织专题宣讲。", "三周年"),
    ("F026", "2024年是《中华人民共和国社区矫正法》施行10周年。", "10周年"),
    ("F026", "2024年，自2023年9月1日新修订的行政复议法施行以来，区政府共收到行政复议申请412件。", "2023年9月1日"),
    ("F026", "自2020年5月28日民法典施行以来，我局开展宣讲80场。", "2020年5月28日"),
    ("F026", "2019年12月28日起施行的社区矫正法对报到作出规定。", "2019年12月28日"),
    ("F013", "2024年，我区对标加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。", "廉洁高效、守法诚信"),
    ("F013", "2025年，努力建成廉洁高效、守法诚信的法治政府。", "廉洁高效、守法诚信"),
    ("F013", "2022年，对照廉洁高效、守法诚信的法治政府建设目标查找差距。", "廉洁高效、守法诚信"),
    ("F001", "对照中共中央办公厅印发的《法治政府建设实施纲要（2021—2025年）》，我局制定了任务分工方案。", "中共中央办公厅"),
    ("F001", "2024年，认真落实国务院办公厅印发的《法治政府建设实施纲要（2021—2025年）》。", "国务院办公厅"),
    ("F001", "全面落实中共中央办公厅、国务院办公厅印发的《法治政府建设实施纲要（2021—2025年）》。", "中共中央办公厅"),
]

GOOD = [
    "2023年7月，我局开展纪念《中华人民共和国社区矫正法》实施三周年系列宣传活动。",
    "2025年1月，全区开展法律援助法实施三周年主题宣传。",
    "在民法典颁布一周年之际，我局于2021年5月组织专题宣讲。",
    "2024年，自2024年1月1日新修订的行政复议法施行以来，区政府共收到行政复议申请412件。",
    "2023年9月1日，十四届全国人大常委会审议通过新修订的行政复议法，自2024年1月1日起施行。",
    "2023年9月1日新修订通过的行政复议法将于2024年1月1日起施行。",
    "自2021年1月1日民法典施行以来，我局开展宣讲80场。",
    "2019年，加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。",
    "2024年，加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
    "认真落实中共中央、国务院印发的《法治政府建设实施纲要（2021—2025年）》。",
]


@pytest.mark.parametrize("rid,text,at", BAD)
def test_variant_is_reported(rid, text, at):
    assert _at(text, at, (rid,)), (rid, text)


@pytest.mark.parametrize("text", GOOD)
def test_clean_sentence(text):
    bad = [f for f in lint_text(text) if f.severity in ("error", "warning")]
    assert not bad, [(f.rule, f.message) for f in bad]
