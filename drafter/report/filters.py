"""Jinja filters and functions for report templates (all plain text, no escaping).

cn_number 3 -> 三; marker(3, level) -> 三、 / （三） / 3. / （3）; enum(2) -> 二是;
cn_join(["a","b","c"]) -> a、b和c (or a、b、c); cn_date(date) -> 2026年1月15日;
compare(metric) -> 同比增长14.6%; tbd(x) -> 〔待补〕 for a missing fact; sentence(t) ends t with 。"""

from __future__ import annotations

import datetime as _dt

from drafter.text.numerals import to_chinese
from drafter.report.metrics import TBD, TBD_WORDS, Metric, compare as _compare
from drafter.text.punct import STOP_MARKS

SENTENCE_END = tuple(STOP_MARKS)


def cn_number(n: int) -> str:
    return to_chinese(int(n))


def marker(n: int | None, level: int = 1) -> str:
    """The heading marker for ordinal n at level 1..4 (GB/T 9704: 一、 （一） 1. （1））."""
    if n is None:
        return ""
    n = int(n)
    return {1: f"{to_chinese(n)}、", 2: f"（{to_chinese(n)}）", 3: f"{n}.", 4: f"（{n}）"}[int(level)]


def enum(n: int) -> str:
    """一是, 二是 … for run-in enumerations."""
    return f"{to_chinese(int(n))}是"


def cn_join(items, last: str | None = None, sep: str = "、") -> str:
    """Join with 顿号; with last="和" (or 及/与) the last two are joined by that word instead."""
    xs = [tbd(x) for x in items]
    if last and len(xs) >= 2:
        return sep.join(xs[:-1]) + last + xs[-1]
    return sep.join(xs)


def cn_date(d) -> str:
    if d is None:
        return TBD
    if isinstance(d, (_dt.date, _dt.datetime)):
        return f"{d.year}年{d.month}月{d.day}日"
    s = str(d).strip()
    try:
        x = _dt.date.fromisoformat(s)
        return f"{x.year}年{x.month}月{x.day}日"
    except ValueError:
        return s or TBD


def tbd(x) -> str:
    """A missing fact (None, "", 待补) -> 〔待补〕; anything else as text."""
    if x is None or (isinstance(x, str) and (not x.strip() or x.strip() in TBD_WORDS)):
        return TBD
    return str(x)


def compare(m: Metric) -> str:
    return m.comparison if isinstance(m, Metric) else _compare(None, None)


def sentence(text: str) -> str:
    """End a title with 。 unless it already ends a sentence (for 一是…。 and run-in headings)."""
    t = (text or "").rstrip()
    if not t:
        return t
    if t.endswith(("”", "’", "）", ")")) and len(t) > 1 and t[:-1].endswith(SENTENCE_END):
        return t
    return t if t.endswith(SENTENCE_END) else t + "。"


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of a rendered text."""
    return [line.strip() for line in str(text).split("\n") if line.strip()]


def item_text(item) -> str:
    """一个条目 without its marker: 标题。正文"""
    title, body = item.title, item.text
    if title and body:
        return sentence(title) + sentence(body)
    return sentence(title) if title else sentence(body)


FILTERS = {"cn_number": cn_number, "marker": marker, "enum": enum, "cn_join": cn_join, "cn_date": cn_date,
           "tbd": tbd, "compare": compare, "sentence": sentence, "paragraphs": paragraphs,
           "item_text": item_text}
