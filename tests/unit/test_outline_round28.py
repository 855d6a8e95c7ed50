"""Outline round 28 (issue 17, session 12): a copy with blank lines after its paragraphs (a browser's copy
of a page's <p>s, a draft typed with an empty paragraph between paragraphs) reads as the same copy without
them: a title wrapped over two paragraphs, the issuers over a 关于, a notice's attached title stay whole.
Pages written here, and every labelled real page of tests/data with its lines spaced out."""

from __future__ import annotations

import pytest

from conftest import DATA
from outline_measure import _key, label_pairs
from drafter.core.outline import parse_text
from test_outline_round22 import BODY, OPENING, _headings


def _spaced(page: str, blanks: int = 1) -> str:
    """The page with blanks blank lines put after each of its lines (line n moves to (n - 1) * (blanks + 1) + 1)."""
    return "".join(line + "\n" * (blanks + 1) for line in page.rstrip("\n").split("\n"))


WRAPPED = ("某某县人民政府\n首页 > 政务公开 > 工作报告\n发布时间：2026-01-10  来源：县司法局\n"
           "在全县新一届村干部履职尽责动员大会上的\n讲话\n同志们：\n" + OPENING + BODY)
ISSUERS = ("某某镇人民政府网\n首页 > 通知公告\n中共某某镇委员会\n某某镇人民政府\n关于2025年法治政府建设情况的报告\n"
           + OPENING + BODY)


@pytest.mark.parametrize("page", [WRAPPED, ISSUERS])
@pytest.mark.parametrize("blanks", [1, 2])
def test_blank_lines_after_every_paragraph_change_no_heading(page, blanks):
    shift = blanks + 1
    want = [(1 + (line - 1) * shift, level, marker, text) for line, level, marker, text in _headings(page)]
    assert _headings(_spaced(page, blanks)) == want
    assert [t for t in want if t[1] == 0]


def test_a_wrapped_speech_title_over_two_spaced_paragraphs_is_one_title():
    hs = _headings(_spaced(WRAPPED))
    assert [h for h in hs if h[1] == 0] == [(7, 0, "", "在全县新一届村干部履职尽责动员大会上的"), (9, 0, "", "讲话")]


def test_a_blank_line_still_parts_a_title_from_its_text_in_a_tight_copy():
    # a copy with no blank line between its paragraphs: the one blank line under a site's headline keeps it
    # apart from the lines below (it is no title over two lines)
    page = ("某某文库\n县司法局工作总结\n\n上传时间：2026-01-02\n某某县司法局2025年工作总结\n" + OPENING + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(5, 0, "", "某某县司法局2025年工作总结")]


def _spaced_right(folder):
    kept = lost = 0
    for text, label in label_pairs(folder):
        page = text.read_text(encoding="utf-8")
        want = {_key(h) for h in label["headings"]}
        plain = want & {_key(h) for h in parse_text(page).outline_json()}
        spaced = {(2 * k[0] - 1, *k[1:]) for k in plain}
        got = {_key(h) for h in parse_text(_spaced(page)).outline_json()}
        kept += len(spaced & got)
        lost += len(spaced - got)
    return kept, lost


@pytest.mark.parametrize("n", [17, 19, 21, 28, 34, 41, 44, 64, 76, 83])
def test_labelled_real_pages_spaced_out_keep_every_heading_found(n):
    kept, lost = _spaced_right(DATA / f"outline_pages{n}")
    assert kept and lost == 0
