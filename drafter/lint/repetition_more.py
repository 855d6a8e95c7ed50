"""Repetition beyond D001–D006: D007–D009.

D007 one word on both sides of an adverb (同比均同比上升, 全部都全部): the word is said twice;
D008 two verbs of one meaning stacked (攀升提高至98.7%, 减少降低), groups in
lint/stacked_synonyms.txt; D009 a clause said again at once: the next clause opens with it
(加强社区矫正对象监督管理，加强社区矫正对象监督管理和教育帮扶), or two adjacent paragraphs open with
the same clause of at least OPENING characters. Each scan is one regex pass or one pass over the
clause stops with bounded windows: linear in the text."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.core.resources import DATA_DIR
from drafter.lint.context import Context, Hit, matches_near
from drafter.lint.lexicon import alternation
from drafter.lint.registry import rule

RE_AROUND_ADVERB = re.compile(r"([\u4e00-\u9fff]{2})[均都也](\1)")
OPENING = 8      # the shortest clause that, opening two adjacent paragraphs, is a slip
CLAUSE_MAX = 40  # the longest clause compared


@rule("D007")
def word_around_adverb(ctx: Context):
    for m in matches_near(RE_AROUND_ADVERB, ctx.text, ("均", "都", "也"), 2):
        yield Hit("D007", m.start(), m.end() - m.start(), None, {"found": m.group(), "word": m.group(1)})


@functools.cache
def _groups() -> tuple[re.Pattern, dict[str, int]]:
    member: dict[str, int] = {}
    for k, ln in enumerate((DATA_DIR / "lint" / "stacked_synonyms.txt").read_text(encoding="utf-8").splitlines()):
        if ln.strip() and not ln.startswith("#"):
            for w in ln.split():
                member[w] = k
    words = alternation(sorted(member, key=len, reverse=True))
    # the second verb ends the predicate (至/到/了/a figure/a stop): not 提升增长“含金量”, a verb and its object
    # a class of the words' first characters up front: sre skips in C to where a word can start
    first = re.escape("".join(sorted({w[0] for w in member})))
    lead = f"(?=[{first}])" if first else ""
    return re.compile(rf"{lead}(?=({words})({words})(?:[至到了为，。；、]|\d))"), member


@rule("D008")
def stacked_synonyms(ctx: Context):
    rx, member = _groups()
    for m in rx.finditer(ctx.text):
        a, b = m.group(1), m.group(2)
        if a != b and member[a] == member[b]:
            yield Hit("D008", m.start(), len(a) + len(b), None, {"found": a + b})


RE_CLAUSE = re.compile(r"[^，。；！？\n]{1,%d}[，；]" % CLAUSE_MAX)
RE_STOP = re.compile(r"[，。；！？\n]")


def clause_spans(text: str):
    """Exactly the spans of `RE_CLAUSE.finditer(text)`, from the stops alone (no match attempt at
    every character): a clause is the last CLAUSE_MAX characters before a ，/； since the last stop."""
    pos = 0
    for s in RE_STOP.finditer(text):
        q = s.start()
        if q > pos and text[q] in "，；":
            yield max(pos, q - CLAUSE_MAX), q + 1
        pos = q + 1


@rule("D009")
def clause_said_again(ctx: Context):
    text = ctx.text
    for a, b in clause_spans(text):
        if b - a < 7:
            continue
        clause, end = text[a:b - 1], text[b - 1]
        if text.startswith(clause, b) and not text.startswith(clause + end, b):
            yield Hit("D009", a, b - a, None, {"found": clause}, variant="next")
    prev = None
    for i, line in enumerate(ctx.lines):
        if ctx.kinds[i] != D.PARAGRAPH:
            prev = None
            continue
        m = RE_CLAUSE.match(line)
        opening = m.group()[:-1] if m else None
        if opening and len(opening) >= OPENING and opening == prev:
            yield Hit("D009", ctx.starts[i], len(opening), None, {"found": opening}, variant="paragraphs")
        prev = opening
