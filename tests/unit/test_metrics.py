"""Metric comparisons (SPEC §4): exact Decimal arithmetic, % for counts, 个百分点 for rates,
与上年持平 for equal values, digits, and 〔待补〕 for a missing fact — table-driven."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from drafter.report.metrics import Metric, compare, format_number

CASES = [
    # value, previous, unit, digits, expected
    (262, 567, "件", 2, "同比下降53.79%"),
    ("10.65", "12.81", "%", 2, "同比下降2.16个百分点"),
    ("5.5", "11.37", "%", 2, "同比下降5.87个百分点"),
    (1312, 1145, "件", 1, "同比增长14.6%"),
    (1312, 1145, "件", 2, "同比增长14.59%"),
    (158, 124, "件", 0, "同比增长27%"),
    (158, 124, "件", 2, "同比增长27.42%"),
    (120, 100, "件", 2, "同比增长20%"),          # trailing zeros dropped
    (22, 22, "件", 2, "与上年持平"),
    ("99.96", "99.96", "%", 2, "与上年持平"),
    ("99.96", "99.91", "%", 2, "同比上升0.05个百分点"),
    ("2481.83", "2206.5", "万元", 2, "同比增长12.48%"),
    (1001, 1000, "件", 0, "与上年持平"),         # rounds to no change
    (3, 0, "件", 2, "上年为0件"),                # no growth rate from zero: never invented
    (0, 0, "件", 2, "与上年持平"),
    ("0.1", "0.3", "%", 2, "同比下降0.2个百分点"),  # exact: 0.1 - 0.3 is not -0.19999…
]


@pytest.mark.parametrize("value,previous,unit,digits,expected", CASES)
def test_compare(value, previous, unit, digits, expected):
    assert compare(D(str(value)), D(str(previous)), unit, digits) == expected


def test_half_up_rounding():
    # 1 / 8 = 12.5% -> digits 0 rounds half up to 13%
    assert compare(D(9), D(8), "件", 0) == "同比增长13%"
    assert compare(D(7), D(8), "件", 0) == "同比下降13%"


def test_metric_text_variants():
    m = Metric("法律援助", "受理法律援助案件", D(1312), "件", D(1145), True, 1)
    assert m.text == "受理法律援助案件1312件，同比增长14.6%"
    assert m.value_text == "1312件"
    assert m.previous_text == "1145件"
    assert m.comparison == "同比增长14.6%"


def test_missing_previous_gives_only_the_value():
    m = Metric("x", "受理法律援助案件", D(1312), "件")
    assert m.text == "受理法律援助案件1312件"
    assert m.comparison == ""


def test_tbd_value_and_previous():
    assert Metric("x", "受理案件", None, "件").text == "受理案件〔待补〕件"
    m = Metric("x", "受理案件", D(5), "件", None, True)
    assert m.text == "受理案件5件，同比〔待补〕"
    assert Metric("x", None, D(5), "件").text == "〔待补〕5件"


@pytest.mark.parametrize("d,text", [(D("1312"), "1312"), (D("10.650"), "10.65"), (D("1.3E+4"), "13000"),
                                    (D("0.05"), "0.05"), (D("2481.83"), "2481.83")])
def test_format_number(d, text):
    assert format_number(d) == text
