"""Outline, chrome swapped between labelled pages (issue 17, session 16): one real page's document (from
its first title line on) under another real page's chrome (its lines above its own title, less the
lines that show that title), the way another site would print the same report. The document's labels
must all be found again, moved by the new chrome's length, and no line of the chrome taken for a title
or a heading. Each pair below failed before the fix its comment names; the near misses it must not
change are the labelled pages themselves (tests/unit/test_outline_later_sets.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from drafter.core.outline import parse_text

DATA = Path(__file__).resolve().parents[1] / "data"


def _page(name: str) -> tuple[list[str], list[dict]]:
    folder, stem = name.split("/")
    d = DATA / f"outline_pages{folder}"
    lines = (d / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    return lines, json.loads((d / f"{stem}.json").read_text(encoding="utf-8"))["headings"]


def _chrome(name: str, whole: bool) -> list[str]:
    """The page's lines above its first title; unless whole, less the lines showing one of its titles."""
    lines, labels = _page(name)
    titles = [h["text"] for h in labels if h["level"] == 0]
    top = lines[:labels[0]["line"] - 1]
    if whole:
        return top
    return [x for x in top if not any(len(x.strip()) >= 6 and fuzz.partial_ratio(x.strip(), t) >= 75 for t in titles)]


def _swapped(doc: str, chrome: str, whole: bool) -> tuple[set, set]:
    """(what the parser finds, what it should find) on doc's document under chrome's chrome."""
    lines, labels = _page(doc)
    top = _chrome(chrome, whole)
    start = labels[0]["line"] - 1
    shift = len(top) - start
    want = {(h["line"] + shift, h["level"], h["marker"], h["text"]) for h in labels}
    got = {(h["line"], h["level"], h["marker"], h["text"]) for h in parse_text("\n".join(top + lines[start:])).outline_json()}
    return got, want


PAIRS = [
    # (document, chrome, whole chrome) — what the chrome brought, and the fix
    ("113/11", "53/08", True),   # an empty table row (||||) between the title and the text: _late_title skips it
    ("30/05", "52/05", True),    # a newspaper's page bar over the title, then a short opening 根据…汇报如下。 (_opening)
    ("123/01", "52/05", True),   # the same bar over a title with spaces in it
    ("44/03", "68/04", True),    # a search box's 高级 over the title, the text opening 2025年，…汇报如下: (_opening)
    ("60/14", "27/15", True),    # the document's own 本文目录 of its pieces (1.… 篇一): contents.heads
    ("55/06", "20/11", True),    # a breadcrumb ending in > over 政府工作报告 and its dateline (_title_after_crumb)
    ("68/04", "103/02", True),   # 转发:《…》政策解读 among the page's fields: a title, not a field
    ("92/09", "15/12", True),    # a title wrapped before its bare 文种, its year spaced (2023 年度): _genre_wrapped
    ("94/10", "62/05", True),    # 政协报告 · 阅读×次 (read_counter) over a letter-spaced title (_late_title)
    ("13/13", "62/10", True),    # a news headline over a long article header (_headline_over_header)
    ("102/10", "53/09", False),  # 新闻详情, the article page's label (navigation.menu)
    ("127/09", "60/05", False),  # 首页→ 网站公告, a breadcrumb with an arrow
    ("102/10", "31/12", False),  # 标签: #工作总结 (chrome.field_labels)
    ("108/08", "66/09", False),  # 265学习网, a site's name with figures (doc_site_text)
    ("118/07", "116/13", False),  # 找总结网 - 工作总结范文大全, a site's name and slogan (doc_site_slogan)
    ("42/01", "74/05", False),   # 您好,欢迎访问三七文档 (chrome.blurb_words)
    ("25/10", "68/04", True),    # 高级, a search box's button, over a title glued to its widget row (_stray_words)
    ("25/10", "62/10", True),    # 笔墨写作 / 返回 over the same title
]


@pytest.mark.parametrize("doc,chrome,whole", PAIRS, ids=[f"{a}+{b}" for a, b, _ in PAIRS])
def test_a_document_keeps_its_outline_under_another_sites_chrome(doc, chrome, whole):
    got, want = _swapped(doc, chrome, whole)
    assert sorted(want - got) == [] and sorted(got - want) == []

