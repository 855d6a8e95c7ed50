"""F024: confusable words decided by their context (途经/途径, 交待/交代, 中止/终止, 纪录/记录 …).

Both spellings of such a pair are real words; only the context says which one is wrong. The table
is data (drafter/data/lint/confusables.toml): each [[pair]] names the `wrong` word, the `right`
one, a short `why`, its `source`, the `contexts` that decide, exceptions, and bad/good examples
(the unit tests). A context is a small table whose keys must all hold (AND); the pair applies
where any one of its contexts holds (OR) and no exception does:

  just_before / just_after   a collocate right before / right after the word (after the pair's
                             optional `particle`, e.g. 了: 做出了撤销)
  before / after             a collocate within `reach` characters before / after, in the same
                             clause (no ，。；：！？ or line end between)
  sentence / sentence_after  a collocate earlier / later in the same sentence (within SENTENCE
                             characters, no 。！？ or line end between)
  end                        true: the word ends its phrase (a mark, 和/与/及/等 or the line end)
An empty context ({}) always holds. In a collocate, … stands for up to 8 characters of the clause
(受…委托). Exceptions: `unless_before` / `unless_after` (adjacent strings) and `unless` (longer
words holding the wrong one, in which it is right).

All the wrong words are found at once by one `Lexicon`; each test of a context is one regex,
compiled the first time its word is found, tried with pos/endpos on a bounded window around the
word (the clause or sentence start is looked for no further back than the window): no slice of
the text, linear in its length. A span that F010 (typos.tsv) already reports is left to F010.
Warnings: the context makes the reading likely, not certain. Never auto-fixed."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from drafter.core.resources import DATA_DIR
from drafter.lint.context import Context, Hit
from drafter.lint.registry import rule

DATA = "lint/confusables.toml"
REACH = 10          # default window of `before`
REACH_AFTER = 6     # default window of `after`
SENTENCE = 80       # window of `sentence` / `sentence_after`
GAP = 8             # what … in a collocate stands for
CLAUSE_STOP = "，。；：！？\n,;:!?"
SENTENCE_STOP = "。！？\n!?"
END = r"(?:[，。；：、！？）”’》,;:!?)]|和|与|及|等|$)"
CONTEXT_KEYS = {"just_before", "just_after", "before", "after", "sentence", "sentence_after", "end",
                "reach", "reach_after"}
PAIR_KEYS = {"wrong", "right", "why", "source", "contexts", "unless", "unless_before", "unless_after",
             "particle", "bad", "good"}


def _alt(words, stop: str) -> str:
    gap = f"[^{re.escape(stop)}]{{0,{GAP}}}"
    parts = sorted({gap.join(re.escape(p) for p in w.split("…")) for w in words}, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Context_:
    """One context as a tuple of tests, all of which must hold: (kind, regex source, reach, span).
    kind: "back" (the source matches ending at the word's start), "near" (a collocate ends at most
    reach characters before the word, in its clause), "sentence" (earlier in its sentence),
    "ahead" (matches at the word's end), "after" (a collocate starts at most reach characters
    after it, in its clause), "sentence_after" (later in its sentence). span: the longest
    collocate (what a window must add to reach)."""
    tests: tuple


def _longest(words) -> int:
    return max((len(w.replace("…", "")) + GAP * w.count("…") for w in words), default=0)


def make_context(c: dict, particle: str) -> Context_:
    unknown = set(c) - CONTEXT_KEYS
    if unknown:
        raise ValueError(f"{DATA}: unknown context keys {sorted(unknown)}")
    reach, reach_after = int(c.get("reach", REACH)), int(c.get("reach_after", REACH_AFTER))
    p = f"(?:{re.escape(particle)})?" if particle else ""
    tests = []
    for key, kind, stop, n in (("just_before", "back", CLAUSE_STOP, 0), ("before", "near", CLAUSE_STOP, reach),
                               ("sentence", "sentence", SENTENCE_STOP, SENTENCE),
                               ("just_after", "ahead", CLAUSE_STOP, 0), ("after", "after", CLAUSE_STOP, reach_after),
                               ("sentence_after", "sentence_after", SENTENCE_STOP, SENTENCE)):
        words = c.get(key)
        if words:
            src = _alt(words, stop)
            if kind == "ahead":
                src = p + src
            span = _longest(words) + (len(particle) if kind == "ahead" else 0)
            tests.append((kind, src, n, span))
    if c.get("end"):
        tests.append(("ahead", END, 0, 1))
    return Context_(tuple(tests))


@dataclass(frozen=True)
class Pair:
    wrong: str
    right: str
    why: str
    source: str
    contexts: tuple
    unless: tuple
    unless_before: tuple
    unless_after: tuple

    def applies(self, text: str, i: int) -> bool:
        j = i + len(self.wrong)
        for u in self.unless_before:
            if text.startswith(u, max(0, i - len(u))) and i >= len(u):
                return False
        for u in self.unless_after:
            if text.startswith(u, j):
                return False
        for u in self.unless:
            k = u.find(self.wrong)
            while k >= 0:
                if i - k >= 0 and text.startswith(u, i - k):
                    return False
                k = u.find(self.wrong, k + 1)
        return any(_holds(c, text, i, j, self.right) for c in self.contexts)


@functools.cache
def _compiled(source: str, anchored_end: bool) -> re.Pattern:
    return re.compile(f"(?:{source})\\Z" if anchored_end else source, re.M)


def _start_of(text: str, i: int, lo: int, stops: str) -> int:
    """The start of the clause or sentence holding offset i, looked for no further back than lo."""
    best = lo
    for ch in stops:
        k = text.rfind(ch, lo, i)
        if k >= best:
            best = k + 1
    return best


def _end_of(text: str, j: int, hi: int, stops: str) -> int:
    best = hi
    for ch in stops:
        k = text.find(ch, j, best)
        if k >= 0:
            best = k
    return best


def _holds(c: Context_, text: str, i: int, j: int, right: str = "") -> bool:
    """Every test of the context holds around the word text[i:j] (each on a bounded window).
    A sentence-wide collocate is answered by the `right` word written between it and the word
    (撤回申请的案件决定终止复议，对另一件决定中止: 撤回 belongs to 终止), so the sentence window
    stops at the nearest `right` word on that side."""
    n = len(text)
    for kind, src, reach, span in c.tests:
        if kind == "back":
            ok = _compiled(src, True).search(text, max(0, i - span), i) is not None
        elif kind == "ahead":
            ok = _compiled(src, False).match(text, j, min(n, j + span)) is not None
        elif kind in ("near", "sentence"):
            stops = CLAUSE_STOP if kind == "near" else SENTENCE_STOP
            lo = _start_of(text, i, max(0, i - reach - span), stops)
            if kind == "sentence" and right:
                k = text.rfind(right, lo, i)
                if k >= 0:
                    lo = k + len(right)
            ok = _compiled(src, False).search(text, lo, i) is not None
        else:
            stops = CLAUSE_STOP if kind == "after" else SENTENCE_STOP
            hi = _end_of(text, j, min(n, j + reach + span), stops)
            if kind == "sentence_after" and right:
                k = text.find(right, j, hi)
                if k >= 0:
                    hi = k
            ok = _compiled(src, False).search(text, j, hi) is not None
        if not ok:
            return False
    return True


def read_pairs(path=None) -> list[dict]:
    """The [[pair]] tables of the data file, checked (keys, required fields, non-empty lists)."""
    data = tomllib.loads((path or DATA_DIR / DATA).read_text(encoding="utf-8"))
    out = []
    for n, p in enumerate(data.get("pair", []), 1):
        unknown = set(p) - PAIR_KEYS
        if unknown:
            raise ValueError(f"{DATA}: pair {n} ({p.get('wrong')}): unknown keys {sorted(unknown)}")
        for k in ("wrong", "right", "why", "source", "contexts"):
            if not p.get(k) and p.get(k) != [{}]:
                raise ValueError(f"{DATA}: pair {n} ({p.get('wrong')}): {k} is required")
        out.append(p)
    return out


def make_pair(p: dict) -> Pair:
    particle = p.get("particle", "")
    return Pair(p["wrong"], p["right"], p["why"], p["source"],
                tuple(make_context(c, particle) for c in p["contexts"]),
                tuple(p.get("unless", ())), tuple(p.get("unless_before", ())), tuple(p.get("unless_after", ())))


@functools.cache
def pair_list():
    """The pairs as a `typos.TypoList` (a Pair has the `wrong` and `applies` an entry needs): one
    Lexicon of the wrong words, leftmost-longest, contexts applied; `.entries` by word."""
    from drafter.lint.typos import TypoList
    return TypoList([make_pair(p) for p in read_pairs()])


@functools.cache
def _typo_index() -> dict[str, tuple]:
    """For each wrong word of the table, the F010 entries whose wrong form contains it, with the
    offset of the word inside: (entry, offset)."""
    from drafter.lint.typos import typo_list
    words = pair_list().entries
    out: dict[str, list] = {w: [] for w in words}
    for tw, entries in typo_list().entries.items():
        for w in words:
            k = tw.find(w)
            while k >= 0:
                out[w].extend((e, k) for e in entries)
                k = tw.find(w, k + 1)
    return {w: tuple(v) for w, v in out.items()}


def _typo_reports(text: str, i: int, w: str) -> bool:
    """F010 reports a span holding the word at i (left to it)."""
    for e, k in _typo_index()[w]:
        s = i - k
        if s >= 0 and text.startswith(e.wrong, s) and e.applies(text, s):
            return True
    return False


@rule("F024")
def confusable(ctx: Context):
    """A confusable word that its context shows to be the wrong one of its pair."""
    from drafter.lint.typos import protected_ranges
    text = ctx.text
    prot = None
    for i, p in pair_list().find(text):
        if _typo_reports(text, i, p.wrong):
            continue
        if prot is None:
            prot = protected_ranges(ctx)
        j = i + len(p.wrong)
        if any(s <= i and j <= t for s, t in prot):
            continue
        yield Hit("F024", i, len(p.wrong), None, {"found": p.wrong, "expected": p.right, "why": p.why})
