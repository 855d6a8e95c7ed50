"""Outline round 29 (issue 17, session 13): invisible characters a page carries (zero-width spaces from
web pages and chat apps, a byte-order mark inside the text) are not read: the page reads as the same page
without them. Pages written here, and every labelled real page of tests/data with such characters added."""

from __future__ import annotations

import pytest

from conftest import DATA
from outline_measure import _key, label_pairs
from drafter.core.outline import parse_text
from test_outline_round22 import BODY, OPENING, _headings

PAGE = ("某某县人民政府\n首页 > 政务公开 > 部门信息公开 > 县司法局\n  • 索引号\n    11530000/2025-00003\n"
        "  • 发布日期\n    2025-03-19\n某某县司法局2025年工作总结\n" + OPENING + BODY)


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_an_invisible_character_before_every_line_changes_nothing(mark):
    marked = "\n".join(mark + line for line in PAGE.split("\n"))
    assert _headings(marked) == _headings(PAGE)
    assert (7, 0, "", "某某县司法局2025年工作总结") in _headings(PAGE)


def test_zero_width_spaces_inside_a_title_and_after_a_marker_are_not_part_of_the_text():
    page = PAGE.replace("某某县司法局2025年", "某某县司法局\u200b2025年").replace("一、", "一、\u200b")
    assert _headings(page) == _headings(PAGE)


def test_the_lines_keep_their_invisible_characters_for_lint():
    page = "\u200b" + PAGE
    assert parse_text(page).lines[0].startswith("\u200b")


def test_every_labelled_page_reads_alike_with_zero_width_spaces_before_its_lines():
    kept = lost = 0
    for folder in sorted(DATA.glob("outline_pages*")):
        for text, label in label_pairs(folder):
            page = text.read_text(encoding="utf-8")
            want = {_key(h) for h in label["headings"]}
            right = want & {_key(h) for h in parse_text(page).outline_json()}
            marked = "\n".join("\u200b" + line for line in page.split("\n"))
            got = {_key(h) for h in parse_text(marked).outline_json()}
            lost += len(right - got)
            kept += len(right & got)
    assert kept > 5000 and lost == 0
