"""Opening, closing and transition formulas: 今年以来 / 具体工作如下 / 让我们…; and which paragraph
closes a report."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block, Document
from drafter.text.punct import fold

from drafter.mining.config import settings
from drafter.mining.text import SENTENCE_END, clause_spans, generalize_years


def closing_block(doc: Document) -> Block | None:
    """The last paragraph of the body when nothing follows it and its first sentence reads like a
    close (一年来… / 让我们… / 总之…), and it is not the report's only paragraph."""
    content = doc.content_blocks
    if len(content) < 3 or content[-1].kind != D.PARAGRAPH or content[-1].role == "opening":
        return None
    lead = _sentences(fold(content[-1].text))[:1]
    if lead and any(rx.search(lead[0]) for rx in settings().closing):
        return content[-1]
    return None


def _sentences(text: str) -> list[str]:
    out, cur = [], []
    for ch in text:
        cur.append(ch)
        if ch in SENTENCE_END:
            out.append("".join(cur).strip())
            cur = []
    if "".join(cur).strip():
        out.append("".join(cur).strip())
    return out


def _clean(text: str) -> str | None:
    text, _years = generalize_years(text.strip().rstrip("。；，、"))
    if not text or settings().is_junk(text) or len(text) > settings()["formula"]["max_chars"]:
        return None
    return text


def transitions(unit: str) -> list[tuple[str, int, int]]:
    """(formula, start, end) for each clause that turns to the body: 具体工作如下, 现就…报告如下."""
    out = []
    for s, e in clause_spans(unit):
        clause = unit[s:e]
        if any(rx.search(clause) for rx in settings().transition):
            text = _clean(clause)
            if text:
                out.append((text, s, e))
    return out


def opening_lead(unit: str) -> tuple[str, int, int] | None:
    """The time clause an opening starts with: 今年以来 / 2021年 -> {年份}年 / 回首2021年."""
    spans = clause_spans(unit)
    if not spans:
        return None
    s, e = spans[0]
    clause = unit[s:e]
    if any(rx.search(clause) for rx in settings().opening):
        text, _ = generalize_years(clause)
        return text, s, e
    return None


def closing_sentences(unit: str) -> list[tuple[str, int, int]]:
    """Sentences of the closing paragraph that are formulas (让我们… / 新的一年… / 一年来…)."""
    out = []
    pos = 0
    for sent in _sentences(unit):
        start = unit.find(sent, pos)
        pos = start + len(sent)
        if any(rx.search(sent) for rx in settings().closing_sentence):
            text = _clean(sent)
            if text is None:  # too long: its first clause
                first = clause_spans(sent)[:1]
                text = _clean(sent[first[0][0]:first[0][1]]) if first else None
            if text and len(text) >= 4:
                out.append((text, start, start + len(sent)))
    return out
