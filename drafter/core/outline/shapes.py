"""Lines that are never a title or a heading, by their shape alone (outline.toml [shapes]).

`never_structure(text, v)` names the shape of a line no document uses as a title or heading:
"date" (二00六年二月二十一日, 2017210日, a cover's 二〇二一年八月), "doc_number" (京政办发〔2016〕26号), "office" (xx县委副书记、县长),
"toolbar" (加大字体 缩小字体 收藏 取消收藏 打印) or "breadcrumb" (首页 > 计划总结 > 年终总结); "" for any
other line. No chrome vocabulary: a toolbar or breadcrumb never seen before has the same shape.
Linear in the line's length."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.core.outline.vocab import CJK, Vocab, alt, chars


@lru_cache(maxsize=8)
def _patterns(v: Vocab) -> tuple[re.Pattern, re.Pattern]:
    s = v.data["shapes"]
    ph = v.data["byline"]["placeholders"]
    y, d, e = chars(s["date_year_chars"] + ph), chars(s["date_day_chars"] + ph), chars(s["date_ends"])
    date = re.compile(rf"^[（(]?\s*[{y}]{{2,4}}\s*(?:年?\s*[{d}]{{1,3}}\s*月?\s*[{d}]{{1,3}}\s*[{e}]|年\s*[{d}]{{1,3}}\s*月)\s*[）)]?$")
    by = v.data["byline"]
    office = re.compile(rf"^[{CJK}{chars(by['placeholders'])}、]{{1,30}}、[{CJK}]{{0,12}}(?:{alt(by['offices'])})$")
    return date, office


def never_structure(text: str, v: Vocab) -> str:
    """The shape that keeps text from being a title or heading ("" when it has none)."""
    s = text.strip()
    compact = "".join(s.split())
    date, office = _patterns(v)
    sh = v.data["shapes"]
    if date.match(compact):
        return "date"
    if v.doc_number.match(s):
        return "doc_number"
    if office.match(compact):
        return "office"
    if sum(s.count(c) for c in v.data["chrome"]["breadcrumb_separators"]) >= sh["breadcrumb_separators_min"]:
        return "breadcrumb"
    items = s.split()
    if (len(items) >= sh["toolbar_items_min"]
            and all(2 <= len(w) <= v.toolbar_item_max and not any(c.isdigit() for c in w) for w in items)):
        return "toolbar"
    return ""
