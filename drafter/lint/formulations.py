"""Canonical formulations: F001–F007. Exact matches of a canonical formulation are protected;
known wrong variants, near misses (rapidfuzz: one character dropped, added or swapped) and
homophones (法制/法治) are errors and never fixed automatically."""

from __future__ import annotations

import bisect

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from drafter.lint.engine import Context, Hit
from drafter.core.resources import load_toml


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
    texts = sorted({f.text for f in formulations()}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, texts)))


@functools.cache
def _variant_rx() -> tuple[re.Pattern | None, dict[str, str]]:
    expected = {v: f.text for f in formulations() for v in f.variants}
    if not expected:
        return None, expected
    return re.compile("|".join(map(re.escape, sorted(expected, key=len, reverse=True)))), expected


@functools.cache
def _misspell_rx() -> tuple[re.Pattern | None, dict[str, str]]:
    table = dict(load_toml("formulations.toml").get("misspellings", {}))
    if not table:
        return None, table
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))), table


@functools.cache
def _homophones():
    out = []
    for h in load_toml("formulations.toml").get("homophone", []):
        allow = tuple(h.get("allow", []))
        always = tuple(sorted(h.get("always", []), key=len, reverse=True))
        out.append((h["wrong"], h["right"], allow, always, h.get("not_before", ""), h.get("not_after", "")))
    return tuple(out)


def exact_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _exact_rx().finditer(text)]


def _covered_by(text: str, i: int, word: str, terms: tuple[str, ...]) -> str | None:
    """The term of `terms` that contains the occurrence of `word` at i, if any."""
    for t in terms:
        k = t.find(word)
        while k >= 0:
            s = i - k
            if s >= 0 and text.startswith(t, s):
                return t
            k = t.find(word, k + 1)
    return None


def check(ctx: Context):
    text = ctx.text
    cfg = ctx.config
    exact = exact_spans(text)
    ctx.exact_spans = list(exact)
    # F001 known wrong variants
    rx, expected = _variant_rx()
    variant_spans: list[tuple[int, int]] = []
    if rx is not None:
        for m in rx.finditer(text):
            variant_spans.append((m.start(), m.end()))
            yield Hit("F001", m.start(), len(m.group()), None, {"found": m.group(), "expected": expected[m.group()]})
    # F002 near misses
    if cfg.enabled("F002"):
        yield from _near_misses(text, exact + variant_spans, cfg.protected)
    # F003 stale formulations for the report's year
    year = ctx.year
    if year:
        for f in formulations():
            if f.until and f.stale is not None and _stale(f.until, year):
                for m in _stale_matches(f, text):
                    i = text.find(f.text, m.start(), m.end())
                    i = m.start() if i < 0 else i
                    found = text[i:m.end()] if i >= 0 else m.group()
                    yield Hit("F003", i, len(found), None,
                              {"found": found, "expected": f.successor or "", "year": year})
    # F004 homophones (法制 for 法治)
    for wrong, right, allow, always, not_before, not_after in _homophones():
        i = text.find(wrong)
        while i >= 0:
            t = _covered_by(text, i, wrong, always)
            j = i + len(wrong)
            split = (i and text[i - 1] in not_before) or (j < len(text) and text[j] in not_after)
            if t is not None:
                yield Hit("F004", i, len(wrong), None, {"found": t, "expected": t.replace(wrong, right)})
            elif not split and _covered_by(text, i, wrong, allow) is None:
                ctx_word = text[i:i + len(wrong) + 2]
                yield Hit("F004", i, len(wrong), None, {"found": ctx_word, "expected": ctx_word.replace(wrong, right)})
            i = text.find(wrong, i + 1)
    # F005 misspellings
    rx, table = _misspell_rx()
    if rx is not None:
        for m in rx.finditer(text):
            yield Hit("F005", m.start(), len(m.group()), None, {"found": m.group(), "expected": table[m.group()]})
    # F006 numbered slogans that must stand in quotes
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
    # F007 the bureau's own forbidden words
    for word, sugg in cfg.forbidden.items():
        i = text.find(word)
        while i >= 0:
            yield Hit("F007", i, len(word), None, {"found": word, "expected": f"，宜用“{sugg}”" if sugg else ""})
            i = text.find(word, i + 1)


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


def _near_misses(text: str, known: list[tuple[int, int]], protected: list[str]):
    """One character dropped, added or swapped in a long formulation. Only windows around a
    distinctive anchor are compared (rapidfuzz OSA distance), never every substring."""
    targets = [f for f in formulations() if f.fuzzy and f.anchors]
    if not targets:
        return
    from rapidfuzz.distance import OSA  # only here: the near-miss search
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
                            d = OSA.distance(w, f.text, score_cutoff=1)
                            if d > 1 and ln == L and w != f.text and sorted(w) == letters:
                                d = 1  # the same characters, words swapped: 新时代特色中国社会主义
                            if d == 1 and (best is None or abs(ln - L) < abs(len(best[1]) - L)):
                                best = (s, w)
                    if best is not None and not _overlaps(known, best[0], best[0] + len(best[1])):
                        s, w = best
                        reported.add(s, s + len(w))
                        yield Hit("F002", s, len(w), None, {"found": w, "expected": f.text})
                p = text.find(anchor, p + 1)
