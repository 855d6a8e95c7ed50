"""F010: the typo and confusable-word dictionary (drafter/data/lint/typos.tsv, 2,000+ entries).

Each entry is `wrong` with an optional `before` / `after` regex guard: the entry applies where
before + wrong + after matches, and the finding is the span of `wrong`. All the wrong forms are
found at once by one `Lexicon` (the bigram index: its cost does not grow with the list); the
guards of an entry are tried only where its word was found, each on a bounded window (the
`before` guard sees at most BEFORE_WINDOW characters), so the scan stays linear. Severity by
kind: idiom/word/domain typos are errors (the rule's severity), confusable/convention/variant
entries warnings (catalogue variants). Never fixed automatically (wording)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from drafter.core.resources import DATA_DIR
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import Lexicon
from drafter.lint.registry import rule

DATA = "lint/typos.tsv"
BEFORE_WINDOW = 40
ERROR_KINDS = frozenset({"idiom", "word", "domain"})
WARNING_KINDS = frozenset({"confusable", "convention", "variant"})


@functools.cache
def _before_rx(source: str) -> re.Pattern:
    return re.compile(f"(?:{source})\\Z")


@functools.cache
def _after_rx(source: str) -> re.Pattern:
    return re.compile(source, re.M)


@dataclass(frozen=True)
class Typo:
    """One entry; its guards are compiled the first time its word is found (most never are)."""
    wrong: str
    right: str
    kind: str
    before_source: str
    after_source: str
    source: str

    @property
    def before(self) -> re.Pattern | None:
        return _before_rx(self.before_source) if self.before_source else None

    @property
    def after(self) -> re.Pattern | None:
        return _after_rx(self.after_source) if self.after_source else None

    def applies(self, text: str, i: int) -> bool:
        if self.before is not None and not self.before.search(text, max(0, i - BEFORE_WINDOW), i):
            return False
        return self.after is None or self.after.match(text, i + len(self.wrong)) is not None


def read_typos(path=None) -> list[Typo]:
    """The entries of the dictionary file (# comments, a header line, tab-separated columns); the
    shipped file's rows are kept in the data cache between runs."""
    if path is None:
        from drafter.core.datacache import files_table
        rows = files_table("lint.typos", [DATA_DIR / DATA], lambda: [tuple(vars(e).values()) for e in _read(None)],
                           code_of=__file__)
        return [Typo(*r) for r in rows]
    return _read(path)


def _read(path) -> list[Typo]:
    out = []
    lines = (path or DATA_DIR / DATA).read_text(encoding="utf-8").splitlines()
    header = True
    for n, ln in enumerate(lines, 1):
        if not ln.strip() or ln.startswith("#"):
            continue
        cols = ln.split("\t")
        if header:
            header = False
            if cols[0] == "wrong":
                continue
        if len(cols) != 6:
            raise ValueError(f"{DATA}:{n}: expected 6 tab-separated columns")
        wrong, right, kind, before, after, source = cols
        if kind not in ERROR_KINDS | WARNING_KINDS:
            raise ValueError(f"{DATA}:{n}: unknown kind {kind!r}")
        out.append(Typo(wrong, right, kind, before, after, source))
    return out


def _reported_elsewhere(wrong: str) -> bool:
    """F004 (法制) or F005 (misspellings.toml) already reports this wrong form."""
    return bool(reported_elsewhere([wrong]))


_APART = "\n" * 64   # between two words of a batch: no match and no guard window spans it


def reported_elsewhere(words: list[str]) -> set[str]:
    """The words of `words` that F004 or F005 already report (one scan of all of them at once, each
    word on its own, far from the others: the same answer as scanning each word alone)."""
    from bisect import bisect_right

    from drafter.lint.rules import all_rules
    from drafter.lint.wordlists import compiled
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + len(_APART)
    joined = _APART.join(words)
    out: set[str] = set()
    for rid in ("F004", "F005"):
        r = all_rules().get(rid)
        if r is None or r.check != "substitution":
            continue
        for hit in compiled(rid, r.check, r.data, r.section or None).hits(rid, joined):
            k = bisect_right(starts, hit.start) - 1
            if hit.start < starts[k] + len(words[k]):
                out.add(words[k])
    return out


class TypoList:
    def __init__(self, entries: list[Typo]):
        self.entries: dict[str, list[Typo]] = {}
        for e in entries:
            self.entries.setdefault(e.wrong, []).append(e)
        self.lexicon = Lexicon(self.entries)

    def find(self, text: str):
        """(start, entry) of every match, leftmost-longest, guards applied."""
        entries = self.entries
        chosen: dict[int, Typo] = {}

        def accept(i: int, w: str) -> bool:
            for e in entries[w]:
                if e.applies(text, i):
                    chosen[i] = e
                    return True
            return False

        for i, _w in self.lexicon.scan(text, accept):
            yield i, chosen.pop(i)


@functools.cache
def typo_list() -> TypoList:
    entries = read_typos()
    elsewhere = reported_elsewhere(sorted({e.wrong for e in entries}))
    return TypoList([e for e in entries if e.wrong not in elsewhere])


def protected_ranges(ctx: Context) -> list[tuple[int, int]]:
    """Occurrences of the bureau's own protected terms (config `protected`)."""
    out = []
    for term in ctx.config.protected:
        i = ctx.text.find(term) if term else -1
        while i >= 0:
            out.append((i, i + len(term)))
            i = ctx.text.find(term, i + 1)
    return out


@rule("F010")
def typo(ctx: Context):
    """Typos and confusable words from the dictionary; the message names the right form."""
    prot = protected_ranges(ctx)
    for i, e in typo_list().find(ctx.text):
        b = i + len(e.wrong)
        if any(s <= i and b <= t for s, t in prot):
            continue
        yield Hit("F010", i, len(e.wrong), None, {"found": e.wrong, "expected": e.right},
                  variant="" if e.kind in ERROR_KINDS else e.kind)
