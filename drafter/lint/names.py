"""Names, slogans and order conventions (data: drafter/data/lint/names.toml, slogans.toml,
order.toml; each entry with its source):

F011  the leaders' names and the state's institutions as protected spans: a listed wrong form,
      or — before the words that only ever follow a leader's name (`near_after`: 习近平总书记,
      习近平法治思想) — a name with one character wrong, dropped, added or swapped; a name
      doubled or swapped anywhere (习近平平, 习平近), minding the legitimate overlaps (学习习近平).
      A title that was right only before a date (`stale`) is a warning for a later report.
F012  fixed multi-member slogans checked member by member: a run of members of one slogan in
      the wrong order, a member one character off, or a member missing right after its name.
F016  order conventions (党委 before 政府, 公检法司): the listed wrong orders, and every other order of a
      3–4 member 、-list (its reversed pairs too where the members are long), are errors; the
      fixed verbs of the slogans (增强“四个意识”, not 坚定“四个意识”) warnings.

Every scan is a Lexicon (one pass) or a window of bounded size around a literal anchor."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.formulations import edit_distance_1
from drafter.lint.lexicon import Lexicon
from drafter.lint.registry import rule
from drafter.lint.wordlists import _covers
from drafter.text.punct import is_cjk


def _date(s: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(s)) if s else None
    except ValueError:
        return None


def stale_for(until: _dt.date | None, year: int | None) -> bool:
    """A wording right only before `until` is stale in a report of `year` (a report covers
    its whole year: stale when the year starts on or after `until`, or lies after it)."""
    if until is None or not year:
        return False
    return year > until.year or (year == until.year and (until.month, until.day) == (1, 1))


_ANY_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")
YEAR_WINDOW = 4000


def dated_year(ctx: Context, clock: bool = True) -> int | None:
    """The year dated wordings are judged by: the report's own year (`Context.year`); for a text
    without one (an excerpt), the latest year it writes within its first YEAR_WINDOW characters,
    no later than the current year (a plan's target year 2035 is not when it was written); else,
    with `clock`, the current year (a draft being linted is being written now: used for what
    stays stale for good, a repealed law or a former office holder), without it None."""
    def build(c: Context) -> int | None:
        if c.year:
            return c.year
        now = _dt.date.today().year
        seen = [int(m.group(1)) for m in _ANY_YEAR.finditer(c.text, 0, YEAR_WINDOW)]
        seen = [y for y in seen if y <= now]
        return max(seen) if seen else None
    year = ctx.memo("dated_year", build)
    return year if year or not clock else _dt.date.today().year


def _masked(text: str, i: int, word: str, overlaps: tuple[str, ...]) -> bool:
    """The occurrence of `word` at i lies inside a legitimate overlap (学习习近平)."""
    return any(_covers(text, i, word, t) for t in overlaps)


# --- F011: names -------------------------------------------------------------------------------

@dataclass(frozen=True)
class NameForm:
    wrong: str
    right: str
    overlaps: tuple[str, ...]
    until: _dt.date | None = None  # a stale title: wrong only from `until` on


@functools.cache
def _names():
    entries = load_toml("lint/names.toml")["name"]
    forms: dict[str, NameForm] = {}
    near = []
    for e in entries:
        text, overlaps = e["text"], tuple(e.get("legit_overlaps", ()))
        for w in e.get("wrong", ()):
            right = text
            for f in e.get("forms", ()):  # a titled wrong form: name the titled right form
                if len(f) == len(w) and edit_distance_1(f, w) == 1:
                    right = f
            forms[w] = NameForm(w, right, overlaps)
        for s in e.get("stale", ()):
            forms.setdefault(s["text"], NameForm(s["text"], text, overlaps, _date(s["until"])))
        if e.get("category") == "leader" and len(text) >= 3:
            chars = list(text)
            for k in range(len(text)):  # doubled characters: 习习近平, 习近近平
                forms.setdefault(text[:k + 1] + text[k:], NameForm(text[:k + 1] + text[k:], text, overlaps))
            for k in range(len(text) - 1):  # neighbours swapped: 近习平, 习平近
                sw = chars[:]
                sw[k], sw[k + 1] = sw[k + 1], sw[k]
                forms.setdefault("".join(sw), NameForm("".join(sw), text, overlaps))
            for after in e.get("near_after", ()):
                near.append((text, after, overlaps))
    return forms, Lexicon(forms, indexed=True), tuple(near)


@rule("F011")
def wrong_name(ctx: Context):
    """Wrong, doubled, dropped or swapped characters in the leaders' names and titles and in the
    names of state institutions (protected spans)."""
    text, year = ctx.text, dated_year(ctx)
    forms, lexicon, near = _names()
    reported: set[int] = set()

    def accept(i: int, w: str) -> bool:
        f = forms[w]
        if _masked(text, i, w, f.overlaps):
            return False
        return f.until is None or stale_for(f.until, year)

    for i, w in lexicon.scan(text, accept):
        f = forms[w]
        reported.add(i)
        yield Hit("F011", i, len(w), None, {"found": w, "expected": f.right}, variant="stale" if f.until else "")
    for name, after, overlaps in near:
        L = len(name)
        p = text.find(after)
        while p >= 0:
            if not text.startswith(name, p - L):
                for k in (L, L + 1, L - 1):
                    a = p - k
                    w = text[a:p]
                    if a < 0 or not all(map(is_cjk, w)) or edit_distance_1(w, name) != 1:
                        continue
                    if a not in reported and not _masked(text, a, w, overlaps) and \
                            not any(a <= r < p for r in reported):
                        reported.add(a)
                        yield Hit("F011", a, len(w), None, {"found": w + after, "expected": name + after})
                    break
            p = text.find(after, p + 1)


# --- F012: slogans member by member ------------------------------------------------------------

JOINERS = "、，,；;和及与"
MAX_GAP = 1      # characters between two members of one run (a joiner)
MAX_ITEM = 8     # the longest non-member item kept inside a run (a mistyped member)
NAME_WINDOW = 12  # a run right after the slogan's name: “四个意识”即政治意识、大局意识…


@dataclass(frozen=True)
class Slogan:
    name: str
    members: tuple[str, ...]


@functools.cache
def _slogans():
    """Slogans whose members are short words (member-by-member checks need a bounded run);
    long-sentence members (两个确立) are F001/F002's."""
    out = []
    for s in load_toml("lint/slogans.toml")["slogan"]:
        members = tuple(s["members"])
        if s.get("until") or not (2 <= max(map(len, members)) <= 8) or len(members) < 3:
            continue
        # quoted slogans, and the unquoted ones that are their own name (科学立法、严格执法、…)
        if not s.get("quoted") and s["name"] not in (s.get("joiner", "、").join(members), "".join(members)):
            continue
        out.append(Slogan(s["name"], members))
    member_of: dict[str, list[tuple[int, int]]] = {}
    for k, s in enumerate(out):
        for j, m in enumerate(s.members):
            member_of.setdefault(m, []).append((k, j))
    return tuple(out), member_of, Lexicon(member_of, indexed=True)


def _runs(text: str, lexicon: Lexicon):
    """Runs of member words separated by at most MAX_GAP joiner characters: [(start, word)…]. One
    other item between two members (政治意识、全局意识、核心意识: joiner, 2–MAX_ITEM CJK characters,
    joiner) is kept in the run as (start, word) with a word that is no member (a candidate typo)."""
    run: list[tuple[int, str]] = []
    words = lexicon.words
    for i, w in lexicon.scan(text):
        if run:
            end = run[-1][0] + len(run[-1][1])
            gap = text[end:i]
            if len(gap) <= MAX_GAP and all(c in JOINERS for c in gap):
                run.append((i, w))
                continue
            if run[-1][1] in words and 4 <= len(gap) <= MAX_ITEM + 2 and gap[0] in JOINERS \
                    and gap[-1] == gap[0] and all(map(is_cjk, gap[1:-1])):
                run.append((end + 1, gap[1:-1]))
                run.append((i, w))
                continue
            yield run
        run = [(i, w)]
    if run:
        yield run


_INTRO = re.compile(r"[”\"’]?(?:即|是指|就是|包括)?[:：，,]?(?:即|是指|就是|包括)?")


def _named(text: str, name: str, start: int) -> bool:
    """The slogan's name introduces the run: “四个意识”即政治意识、… (a few characters between)."""
    k = text.rfind(name, max(0, start - NAME_WINDOW), start)
    if k < 0:
        return False
    m = _INTRO.match(text, k + len(name))
    return m is not None and m.end() == start


def _item_after(text: str, end: int, length: int) -> tuple[int, str] | None:
    """The item that follows a joiner at `end`, of the given length."""
    if end < len(text) and text[end] in JOINERS:
        w = text[end + 1:end + 1 + length]
        if len(w) == length and all(map(is_cjk, w)):
            return end + 1, w
    return None


@rule("F012")
def slogan_members(ctx: Context):
    """A fixed slogan's members in the wrong order, one of them mistyped, or one missing."""
    text = ctx.text
    slogans, member_of, lexicon = _slogans()
    if not lexicon:
        return
    for run in _runs(text, lexicon):
        known = [(i, w) for i, w in run if w in member_of]
        # the slogan most of the run belongs to
        counts: dict[int, int] = {}
        for _i, w in known:
            for k, _j in member_of[w]:
                counts[k] = counts.get(k, 0) + 1
        k, n = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
        s = slogans[k]
        items = [(i, w, dict(member_of[w]).get(k)) for i, w in known if k in dict(member_of[w])]
        named = _named(text, s.name, run[0][0])
        # every member but one present (long members only: 自治、法治、智治 is another formula)
        whole = n == len(s.members) - 1 and min(map(len, s.members)) >= 4
        if n < 2 or (n < 3 and not named and not whole):
            continue
        order = [j for _i, _w, j in items]
        if order != sorted(order) and (n >= 3 or named):
            a, b = run[0][0], run[-1][0] + len(run[-1][1])
            yield Hit("F012", a, b - a, None, {"found": text[a:b], "expected": "、".join(s.members), "name": s.name},
                      variant="order")
            continue
        if order != sorted(order):
            continue
        missing = [(j, m) for j, m in enumerate(s.members) if j not in order]
        if not missing:
            continue
        typo = _mistyped(text, run, items, missing, strong=n >= 3)
        if typo is not None:
            yield Hit("F012", typo[0], len(typo[1]), None, {"found": typo[1], "expected": typo[2], "name": s.name},
                      variant="member")
        elif named and len(missing) < len(s.members) - 1:
            a, b = run[0][0], run[-1][0] + len(run[-1][1])
            yield Hit("F012", a, b - a, None, {"found": text[a:b], "expected": "、".join(s.members), "name": s.name},
                      variant="missing")


def _like(item: str, member: str, strong: bool) -> bool:
    """`item` reads as a mistyped `member`: one character off, or (with `strong` evidence, three
    members of the slogan around it) the same length and the same last two characters
    (历史自信 for 文化自信)."""
    if edit_distance_1(item, member) == 1 and len(item) >= 2:
        return True
    return strong and len(item) == len(member) >= 4 and item[-2:] == member[-2:] and item != member


def _mistyped(text: str, run, items, missing, strong: bool):
    """(start, item, member) of an item in or next to the run that stands where a missing member
    belongs in the canonical order and reads as it mistyped; None when there is none."""
    before = lambda p: [j for i, _w, j in items if i < p]  # noqa: E731
    for p, w in run:  # a non-member item kept inside the run
        if any(p == i for i, _w, _j in items):
            continue
        lo, hi = max(before(p), default=-1), min((j for i, _w, j in items if i > p), default=99)
        for j, m in missing:
            if lo < j < hi and _like(w, m, strong):
                return p, w, m
    start, end = items[0][0], items[-1][0] + len(items[-1][1])
    last = max(j for _i, _w, j in items)
    first = min(j for _i, _w, j in items)
    for j, m in missing:
        if j > last:
            nxt = _item_after(text, end, len(m))
            if nxt is not None and _like(nxt[1], m, strong):
                return nxt[0], nxt[1], m
        if j < first and start >= len(m) + 1 and text[start - 1] in JOINERS:
            a = start - 1 - len(m)
            prev = text[a:start - 1]
            if all(map(is_cjk, prev)) and _like(prev, m, strong):
                return a, prev, m
    return None


# --- F016: order conventions -------------------------------------------------------------------

@functools.cache
def _orders():
    data = load_toml("lint/order.toml")
    slogans = {s.get("joiner", "、").join(s["members"]) for s in load_toml("lint/slogans.toml").get("slogan", ())}
    wrong: dict[str, tuple[str, str]] = {}
    for kind in ("order", "collocation"):
        for e in data.get(kind, ()):
            for w in e["wrong"]:
                wrong.setdefault(w, (e["right"], kind))
            if kind == "order" and e["right"] not in slogans:  # F012 checks a slogan's order
                for w in _other_orders(e["right"]):
                    wrong.setdefault(w, (e["right"], kind))
    return wrong, Lexicon(wrong, indexed=True)


PAIR_MIN = 4   # members of at least this length are checked pair by pair too (依法执政、依法治国)


def _other_orders(right: str) -> list[str]:
    """The wrong orders of a 、-list of 3–4 members: every other permutation of all of them, and,
    where every member has PAIR_MIN+ characters, every pair of them written the wrong way round."""
    from itertools import permutations
    members = right.split("、")
    if not 3 <= len(members) <= 4:
        return []
    out = ["、".join(p) for p in permutations(members) if list(p) != members]
    if all(len(m) >= PAIR_MIN for m in members):
        out += [f"{members[j]}、{members[i]}" for i in range(len(members)) for j in range(i + 1, len(members))]
    return out


@rule("F016")
def wrong_order(ctx: Context):
    """党委 before 政府, the order of 公检法司 and of the rule-of-law triples; the fixed verb of a
    slogan (a warning)."""
    wrong, lexicon = _orders()
    for i, w in lexicon.scan(ctx.text):
        right, kind = wrong[w]
        yield Hit("F016", i, len(w), None, {"found": w, "expected": right},
                  variant="collocation" if kind == "collocation" else "")
