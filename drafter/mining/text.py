"""Small text helpers shared by the miners: clauses, examples, year slots."""

from __future__ import annotations

import re

from drafter.text.punct import is_cjk

from drafter.mining.config import settings

SENTENCE_END = "。！？；"
RE_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?=年)")
YEAR_SLOT = "{年份}"
MAX_EXAMPLE = 60


def clause_spans(unit: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a folded text (between ，；。：！？), whitespace trimmed."""
    spans = []
    pos = 0
    for m in settings().clause_split.finditer(unit + "。"):
        s, e = pos, m.start()
        pos = m.end()
        while s < e and unit[s].isspace():
            s += 1
        while e > s and unit[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def sentence_span(unit: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and unit[s - 1] not in SENTENCE_END:
        s -= 1
    e = end
    while e < len(unit) and unit[e] not in SENTENCE_END:
        e += 1
    return s, e


def example_for(unit: str, start: int, end: int) -> str:
    """The clause around unit[start:end]; the sentence when the clause is the phrase itself; cut to
    MAX_EXAMPLE characters around the phrase."""
    split = settings().clause_split
    s = start
    while s > 0 and not split.match(unit[s - 1]):
        s -= 1
    e = end
    while e < len(unit) and not split.match(unit[e]):
        e += 1
    if unit[s:e].strip() == unit[start:end]:
        s, e = sentence_span(unit, start, end)
    text = unit[s:e].strip()
    if len(text) > MAX_EXAMPLE:
        off = unit.find(unit[start:end], s) - s
        lo = max(0, min(off - 20, len(text) - MAX_EXAMPLE))
        text = ("…" if lo else "") + text[lo:lo + MAX_EXAMPLE] + ("…" if lo + MAX_EXAMPLE < len(text) else "")
    return text


def generalize_years(text: str) -> tuple[str, list[str]]:
    """"2022年主要工作安排" -> ("{年份}年主要工作安排", ["2022"])."""
    years = RE_YEAR.findall(text)
    return (RE_YEAR.sub(YEAR_SLOT, text), years) if years else (text, [])


def all_cjk(text: str) -> bool:
    return bool(text) and all(is_cjk(c) for c in text)
