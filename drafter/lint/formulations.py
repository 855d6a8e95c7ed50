"""Canonical formulations: F001–F003, F006, F007 (F004 homophones and F005 misspellings are
data-declared substitution lists: drafter/data/lint/). Exact matches of a canonical formulation
are protected; known wrong variants and near misses (one character dropped, added or swapped:
`edit_distance_1`) are errors and never fixed automatically."""

from __future__ import annotations

import bisect

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import alternation, pattern
from drafter.lint.registry import rule
from drafter.lint.wordlists import Substitution, SubstitutionList


WRONG_FORMULAS = "lint/wrong_formulas.toml"


@dataclass(frozen=True)
class Formulation:
    text: str
    since: str
    until: str | None
    successor: str | None
    stale: re.Pattern | None
    variants: tuple[str, ...]
    fuzzy: bool
    anchors: tuple[str, ...]
    quote: bool


@functools.cache
def formulations() -> tuple[Formulation, ...]:
    out = []
    for f in load_toml("formulations.toml").get("formulation", []):
        out.append(Formulation(text=f["text"], since=str(f.get("since", "")), until=str(f["until"]) if f.get("until") else None,
                               successor=f.get("successor"), stale=re.compile(f["stale"]) if f.get("stale") else None,
                               variants=tuple(f.get("variants", [])), fuzzy=bool(f.get("fuzzy", False)),
                               anchors=tuple(f.get("anchors", [])), quote=bool(f.get("quote", False))))
    return tuple(out)


@functools.cache
def _exact_rx() -> re.Pattern:
    return pattern(alternation(f.text for f in formulations()))


@functools.cache
def _variants() -> SubstitutionList:
    """F001's word list: every known wrong variant → its formulation (formulations.toml), and
    the known wrong forms of fixed formulas (lint/wrong_formulas.toml)."""
    subs = [Substitution(wrong=v, right=f.text) for f in formulations() for v in f.variants]
    subs += [Substitution(wrong=w, right=f["right"])
             for f in load_toml(WRONG_FORMULAS).get("formula", []) for w in f["wrong"]]
    return SubstitutionList(subs)


def exact_spans(ctx: Context) -> list[tuple[int, int]]:
    """The spans of exact canonical formulations (protected from the other rules)."""
    return ctx.memo("exact", lambda c: [(m.start(), m.end()) for m in _exact_rx().finditer(c.text)])


def _variant_hits(ctx: Context) -> list[Hit]:
    return ctx.memo("variants", lambda c: list(_variants().hits("F001", c.text)))


@rule("F001")
def wrong_formulation(ctx: Context):
    """Known wrong variants of a canonical formulation (drafter/data/formulations.toml)."""
    return _variant_hits(ctx)


@rule("F002")
def near_formulation(ctx: Context):
    """One character dropped, added or swapped in a long formulation."""
    known = exact_spans(ctx) + [(h.start, h.start + h.length) for h in _variant_hits(ctx)]
    return _near_misses(ctx.text, known, ctx.config.protected)


@rule("F003")
def stale_formulation(ctx: Context):
    """Formulations no longer current for the report's year."""
    text, year = ctx.text, ctx.year
    if not year:
        return
    for f in formulations():
        if f.until and f.stale is not None and _stale(f.until, year):
            for m in _stale_matches(f, text):
                i = text.find(f.text, m.start(), m.end())
                i = m.start() if i < 0 else i
                found = text[i:m.end()] if i >= 0 else m.group()
                yield Hit("F003", i, len(found), None, {"found": found, "expected": f.successor or "", "year": year})


@rule("F006")
def unquoted_slogan(ctx: Context):
    """Numbered slogans that must stand in quotes."""
    text = ctx.text
    for f in formulations():
        if not f.quote:
            continue
        i = text.find(f.text)
        while i >= 0:
            before = text[i - 1] if i else ""
            after = text[i + len(f.text)] if i + len(f.text) < len(text) else ""
            if before not in "“\"‘「" and after not in "”\"’」":
                yield Hit("F006", i, len(f.text), None, {"found": f.text, "expected": f"“{f.text}”"})
            i = text.find(f.text, i + 1)


@functools.lru_cache(maxsize=8)
def _forbidden(items: tuple[tuple[str, str], ...]) -> SubstitutionList:
    return SubstitutionList([Substitution(wrong=w, right=sugg, expected=f"，宜用“{sugg}”" if sugg else "")
                             for w, sugg in items])


@rule("F007")
def bureau_word(ctx: Context):
    """The bureau's own forbidden words (config `forbidden`), as a substitution list."""
    if not ctx.config.forbidden:
        return ()
    return _forbidden(tuple(sorted(ctx.config.forbidden.items()))).hits("F007", ctx.text)


def _stale_matches(f: Formulation, text: str):
    """Matches of a formulation's `stale` pattern, searched only around occurrences of the
    formulation itself (the pattern contains it), not at every position of the text."""
    starts: set[int] = set()
    i = text.find(f.text)
    while i >= 0:
        for m in f.stale.finditer(text, max(0, i - 30), i + len(f.text) + 30):
            if m.start() <= i < m.end() and m.start() not in starts:
                starts.add(m.start())
                yield m
        i = text.find(f.text, i + 1)


def _stale(until: str, year: int) -> bool:
    try:
        d = _dt.date.fromisoformat(until)
    except ValueError:
        return False
    return year > d.year or (year == d.year and d.month == 1 and d.day == 1)


class _Spans:
    """Character spans with a fast overlap test (sorted starts + bisect; spans are short)."""

    def __init__(self, spans=()):
        self.items = sorted(spans)
        self.starts = [s for s, _e in self.items]
        self.longest = max((e - s for s, e in self.items), default=0)

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.items.insert(i, (a, b))
        self.longest = max(self.longest, b - a)

    def overlaps(self, a: int, b: int) -> bool:
        lo = bisect.bisect_left(self.starts, a - self.longest)
        hi = bisect.bisect_left(self.starts, b)
        return any(s < b and a < e for s, e in self.items[lo:hi])


def _overlaps(spans: "_Spans", a: int, b: int) -> bool:
    return spans.overlaps(a, b)


def edit_distance_1(a: str, b: str) -> int:
    """The optimal-string-alignment distance of a and b when it is 0 or 1 (one character
    dropped, added, changed, or two neighbours swapped), else 2. Linear; no rapidfuzz on the lint
    path."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return 2
    i = 0
    n = min(la, lb)
    while i < n and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return 1  # one character changed
        if i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]:
            return 1  # two neighbours swapped
        return 2
    longer, shorter = (a, b) if la > lb else (b, a)
    return 1 if longer[i + 1:] == shorter[i:] else 2


def _near_misses(text: str, known: list[tuple[int, int]], protected: list[str]):
    """One character dropped, added or swapped in a long formulation. Only windows around a
    distinctive anchor are compared (`edit_distance_1`), never every substring."""
    targets = [f for f in formulations() if f.fuzzy and f.anchors]
    if not targets:
        return
    known = _Spans(known)
    reported = _Spans()
    prot = _Spans((m.start(), m.end()) for t in protected if t for m in re.finditer(re.escape(t), text))
    for f in targets:
        L = len(f.text)
        letters = sorted(f.text)
        for anchor in f.anchors:
            k = f.text.find(anchor)
            p = text.find(anchor)
            while p >= 0:
                if not _overlaps(known, p, p + len(anchor)) and not _overlaps(reported, p, p + len(anchor)) \
                        and not _overlaps(prot, p, p + len(anchor)):
                    best = None
                    for s in range(p - k - 2, p - k + 3):
                        if s < 0:
                            continue
                        for ln in (L, L - 1, L + 1):
                            w = text[s:s + ln]
                            if len(w) != ln or "\n" in w:
                                continue
                            d = edit_distance_1(w, f.text)
                            if d > 1 and ln == L and w != f.text and sorted(w) == letters:
                                d = 1  # the same characters, words swapped: 新时代特色中国社会主义
                            if d == 1 and (best is None or abs(ln - L) < abs(len(best[1]) - L)):
                                best = (s, w)
                    if best is not None and not _overlaps(known, best[0], best[0] + len(best[1])):
                        s, w = best
                        reported.add(s, s + len(w))
                        yield Hit("F002", s, len(w), None, {"found": w, "expected": f.text})
                p = text.find(anchor, p + 1)
