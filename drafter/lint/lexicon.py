"""Word-list matching, written once: `alternation` (a deterministic regex source for a word list)
and `Lexicon` (leftmost-longest matching of a word list, with a caller's accept test).

Every regex built from a word list goes through `pattern()`, which records its source so a test
can check that the sources do not depend on the hash seed (words sorted by (−len, text)).

Strategy, measured on the 610k-character corpus with 5,000 typo-like entries: one regex
alternation scans in 6.8 s (sre tries the alternatives one by one at every position whose
character can start a word) but in 0.01 s for 60 entries and 0.1 s for 300; an index by the first
two characters, with the candidate positions found in C (bigram membership through map/compress),
takes 0.2–0.3 s whatever the list size (pyahocorasick: 0.2 s, not worth a dependency); a
bigram filter — the set of neighbouring-character pairs of the text, built in C, and a str.find
only for the words all of whose pairs are in it (on the corpus 58 of 66,000 word×report pairs
pass) — takes 0.1 s for the 2,100-entry typo list, most of it building the pair set. So lists up
to REGEX_MAX entries use the alternation (one pair set per text is shared by all the long lists) and longer lists the bigram filter; both give the same
matches."""

from __future__ import annotations

import re
from itertools import chain, compress
from pathlib import Path
from typing import Callable, Iterable, Iterator

REGEX_MAX = 64

# the last two texts scanned by a long list, newest first, each [text, its pair set, its char set
# (built on demand), its pair codes at even offsets, at odd offsets]: a document's rules scan its
# text and its folded copy in turn, so one slot would rebuild both for every rule. The tuple is
# replaced as a whole, so a thread holding one keeps a consistent view (the workbench lints in
# several threads)
_LAST: list = [()]
_KEEP = 2   # a text and its folded copy; each state is large (two int lists as long as the text)


def _code(chars: str) -> int:
    """A pair of neighbouring characters (or one character) as the integer `text_pairs` holds:
    the two code points packed as the 64-bit little-endian word of their UTF-32 encoding."""
    return ord(chars[0]) | (ord(chars[1]) << 32) if len(chars) == 2 else ord(chars)


pair_code = _code   # public name: rules that look pairs up in `text_pairs` / `anchor_positions`


def _utf32(text: str) -> memoryview:
    return memoryview(text.encode("utf-32-le", "surrogatepass"))


def _state(text: str) -> list:
    recent = _LAST[0]
    for st in recent:
        if st[0] is text:
            return st
    n = len(text)
    raw = _utf32(text)
    even = raw[:n // 2 * 8].cast("Q").tolist()
    odd = raw[4:4 + (n - 1) // 2 * 8].cast("Q").tolist()
    st = [text, frozenset(chain(even, odd)), None, even, odd]   # one hash table, not a set copied
    _LAST[0] = (st,) + recent[:_KEEP - 1]
    return st


def text_pairs(text: str) -> frozenset:
    """The set of neighbouring-character pairs of `text`, each as `_code(pair)` (built once per
    text: every long list scanning the same document shares it). The pairs are read in C as the
    64-bit words of the text's UTF-32 encoding, at even and then at odd offsets: no string is
    made per character (twice as fast as zipping the text with itself)."""
    return _state(text)[1]


def anchor_positions(text: str, codes: frozenset) -> list[int]:
    """The offsets i, ascending, where the pair text[i:i + 2] is one of `codes` (as `_code(pair)`):
    the pair codes `text_pairs` read are tested in C (map/compress), no string per position."""
    n = len(text)
    if n < 2 or not codes:
        return []
    st = _state(text)
    test = codes.__contains__
    out = list(compress(range(0, n - 1, 2), map(test, st[3])))
    out.extend(compress(range(1, n - 1, 2), map(test, st[4])))
    out.sort()
    return out


def text_chars(text: str) -> frozenset:
    """The set of the code points of `text` (as `_code(char)`), built once per text."""
    st = _state(text)
    if st[2] is None:
        st[2] = frozenset(_utf32(text).cast("I"))
    return st[2]

_SOURCES: set[str] = set()


def sort_words(words: Iterable[str]) -> list[str]:
    """Deduplicated, longest first, ties in text order (never hash order)."""
    return sorted({w for w in words if w}, key=lambda w: (-len(w), w))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the literal words, longest first (so the longest word wins)."""
    return "|".join(map(re.escape, sort_words(words)))


def pattern(source: str, flags: int = 0) -> re.Pattern:
    """Compile a regex built from a word list, recording its source (see `sources`)."""
    _SOURCES.add(source)
    return re.compile(source, flags)


def lazy_pattern(source: str) -> "LazyPattern":
    """`pattern(source)` compiled on first use: the source is recorded now (see `sources`), the
    regex compiled only when a rule first matches with it."""
    _SOURCES.add(source)
    return LazyPattern(source)


class LazyPattern:
    """A regex compiled on first use: rules that build's error-only preflight never runs (warnings)
    do not pay for their patterns at import. Answers every attribute of the compiled pattern; an
    attribute asked for once is kept on the instance, so later look-ups (`rx.match` in a loop over
    every digit of a report) are plain attribute reads, not a `__getattr__` call each."""

    _made: list = []   # every instance, for `compile_all`

    def __init__(self, source: str, flags: int = 0):
        self.source = source
        self.flags = flags
        self._rx = None
        LazyPattern._made.append(self)

    @classmethod
    def compile_all(cls) -> None:
        """Compile every lazy pattern made so far (lint's batch does it before forking its workers,
        so that each worker does not compile them again)."""
        for lp in cls._made:
            lp.match   # noqa: B018 — the first attribute read compiles

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if self._rx is None:
            self._rx = re.compile(self.source, self.flags)
        value = getattr(self._rx, name)
        setattr(self, name, value)   # the compiled pattern's attributes never change
        return value


def sources() -> list[str]:
    """The sources of every word-list regex compiled so far in this process, sorted."""
    return sorted(_SOURCES)


CACHED_INDEX = 500   # a list at least this long keeps its index in the data cache between runs
_SOURCE = Path(__file__)


def _index(ordered: list[str]) -> dict[int, list[tuple[str, tuple[int, ...]]]]:
    """The words by the code of their first pair (or character), each with its other pairs' codes."""
    by_first: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
    for w in ordered:
        need = tuple(dict.fromkeys(_code(w[i:i + 2]) for i in range(len(w) - 1))) or (_code(w),)
        by_first.setdefault(need[0], []).append((w, need[1:]))
    return by_first


class Lexicon:
    """Leftmost-longest, non-overlapping matches of a word list in a text."""

    def __init__(self, words: Iterable[str], indexed: bool | None = None):
        """`indexed`: use the bigram filter whatever the list's size (lists scanned on the same
        text share its pair set: cheaper than one more alternation when another long list runs);
        None: by size (REGEX_MAX)."""
        ordered = sort_words(words)
        self.words = frozenset(ordered)
        self._rx: re.Pattern | None = None
        self._by_first: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
        self._first: frozenset[int] = frozenset()
        self._singles = any(len(w) == 1 for w in ordered)
        if not ordered:
            return
        if (len(ordered) <= REGEX_MAX) if indexed is None else not indexed:
            self._rx = pattern(alternation(ordered))
            return
        # the bigram filter: a word is looked for (str.find, in C) only in a text that holds every
        # pair of neighbouring characters of it (see `_longest`); words indexed by their first pair
        if len(ordered) >= CACHED_INDEX:
            from drafter.core.datacache import cached, key
            by_first = cached(key("lint.lexicon-index", "\n".join(ordered).encode("utf-8"), _SOURCE.read_bytes()),
                              lambda: _index(ordered))
        else:
            by_first = _index(ordered)
        self._by_first = by_first
        self._first = frozenset(by_first)

    def __bool__(self) -> bool:
        return bool(self.words)

    def _longest(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, longest word starting there) for every start where a word starts, in order
        (overlapping starts included)."""
        if self._rx is not None:
            rx, pos, n = self._rx, 0, len(text)
            while pos < n:
                m = rx.search(text, pos)
                if m is None:
                    return
                yield m.start(), m.group()
                pos = m.start() + 1
            return
        pairs = text_pairs(text)
        if self._singles:
            pairs = pairs | text_chars(text)
        found: dict[int, str] = {}
        find = text.find
        by_first = self._by_first
        holds = pairs.issuperset   # every other pair of the word is in the text (tested in C)
        for first in sorted(self._first & pairs):
            for w, need in by_first[first]:
                if holds(need):
                    i = find(w)
                    while i >= 0:
                        if len(w) > len(found.get(i, "")):
                            found[i] = w
                        i = find(w, i + 1)
        for i in sorted(found):
            yield i, found[i]

    def scan(self, text: str, accept: Callable[[int, str], bool] | None = None) -> Iterator[tuple[int, str]]:
        """(start, word) of the matches. At each start the longest word is tried first, then the
        shorter words it begins with; `accept(start, word)` may refuse one (a context guard).
        After a match the scan goes on at its end."""
        words = self.words
        end = 0
        for i, w in self._longest(text):
            if i < end:
                continue
            for k in range(len(w), 0, -1):
                cand = w if k == len(w) else w[:k]
                if cand in words and (accept is None or accept(i, cand)):
                    yield i, cand
                    end = i + k
                    break
