"""Clauses that recur across documents: verbatim (type "clause") and with one varying slot (type
"template": 在区委区政府的坚强领导下 / 在市委、市政府的正确领导下 -> 在{X}的坚强领导下).

Candidate pairs come from groups of clauses that share their first and last characters (or their
first or last three characters), so only similar clauses are compared, and a group that is too big is
split by a longer key. rapidfuzz filters the pairs (words in common, in C) and aligns the two clauses
word by word (jieba words; Indel opcodes = longest common subsequence); the alignment separates the
frame, the slot and a small variant (坚强/正确)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from drafter.mining.config import settings
from drafter.text.punct import is_cjk

SLOT = "{X}"
PAIRS = (("“", "”"), ("《", "》"), ("（", "）"))


@dataclass
class Clause:
    text: str
    bounds: tuple[int, ...]          # word boundaries, 0 and len included
    docs: list[int] = field(default_factory=list)
    roles: Counter = field(default_factory=Counter)
    count: int = 0


@dataclass
class Found:
    """A phrase found across documents, before it gets an id."""
    type: str
    text: str
    docs: list[int]
    roles: Counter
    count: int
    example: str
    example_doc: int
    slots: dict[str, list[str]] | None = None
    variants: list[str] | None = None
    level: int | None = None
    examples: list[str] | None = None


def collect_clauses(per_doc: list[list[tuple[str, str, tuple[int, ...], int]]]) -> list[Clause]:
    """Unique clauses over all documents (in first-seen order), with their documents and roles."""
    by_text: dict[str, Clause] = {}
    for d, items in enumerate(per_doc):
        for text, role, inner, n in items:
            c = by_text.get(text)
            if c is None:
                bounds = (0, *inner, len(text))
                c = by_text[text] = Clause(text, bounds)
            if not c.docs or c.docs[-1] != d:
                c.docs.append(d)
            c.roles[role] += n
            c.count += n
    return list(by_text.values())


def verbatim(clauses: list[Clause], n_docs: int) -> list[Found]:
    cfg = settings()["clause"]
    need = min_docs(n_docs, cfg)
    return [Found("clause", c.text, list(c.docs), c.roles, c.count, c.text, c.docs[0])
            for c in clauses if len(c.docs) >= need and len(c.text) >= cfg["min_chars"]]


# --- candidate groups -----------------------------------------------------------------------------
# (prefix chars, suffix chars) of the grouping key, refined step by step while a group is too big.
_KEY_STEPS = (
    ((1, 2), (2, 2), (2, 3), (3, 3), (4, 4)),   # a slot in the middle: 在{X}领导下
    ((3, 0), (4, 0), (5, 0), (6, 0)),           # a slot at the end: 深入学习贯彻{X}
    ((0, 3), (0, 4), (0, 5), (0, 6)),           # a slot at the start: {X}取得新成效
)


def _key(text: str, a: int, b: int) -> tuple[str, str] | None:
    if len(text) < a + b + 1:
        return None
    return text[:a], text[len(text) - b:] if b else ""


def _groups(clauses: list[Clause], steps: tuple, limit: int):
    def split(ids: list[int], depth: int):
        if len(ids) <= limit:
            if len(ids) > 1:
                yield ids
            return
        if depth + 1 >= len(steps):
            for k in range(0, len(ids), limit):   # still too big: compare in slices
                if len(ids[k:k + limit]) > 1:
                    yield ids[k:k + limit]
            return
        a, b = steps[depth + 1]
        sub: dict = defaultdict(list)
        for i in ids:
            k = _key(clauses[i].text, a, b)
            if k is not None:
                sub[k].append(i)
        for k in sorted(sub):
            yield from split(sub[k], depth + 1)

    a, b = steps[0]
    top: dict = defaultdict(list)
    for i, c in enumerate(clauses):
        k = _key(c.text, a, b)
        if k is not None:
            top[k].append(i)
    for k in sorted(top):
        yield from split(top[k], 0)


# --- one pair --------------------------------------------------------------------------------------
_MARKS = frozenset("".join(o + c for o, c in PAIRS))


def balanced(text: str) -> bool:
    """Quotes, book-title marks and brackets open before they close and all close."""
    if _MARKS.isdisjoint(text):
        return True
    for o, c in PAIRS:
        depth = 0
        for ch in text:
            if ch == o:
                depth += 1
            elif ch == c:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True


class _Prepared:
    """A clause ready for fast pairing: word ids, boundaries, running count of Chinese characters."""
    __slots__ = ("text", "ids", "bounds", "cjk")

    def __init__(self, c: Clause, vocab: dict[str, int]):
        self.text = c.text
        self.bounds = c.bounds
        self.ids = tuple(vocab.setdefault(c.text[c.bounds[k]:c.bounds[k + 1]], len(vocab))
                         for k in range(len(c.bounds) - 1))
        run = [0]
        n = 0
        for ch in c.text:
            if "\u4e00" <= ch <= "\u9fff" or is_cjk(ch):
                n += 1
            run.append(n)
        self.cjk = run


def _frame_pair(A: _Prepared, B: _Prepared, cfg: dict):
    """(frame_a, slot_a, frame_b, slot_b) for two similar clauses, or None.

    The word-level alignment (longest common subsequence of words) gives runs of equal and
    differing words. Differing words before the first or after the last equal run are left out
    (区司法局|在…领导下), unless they are the only difference (then they are the slot: {X}取得新成效).
    Between the equal runs there is one slot and at most one small variant (坚强/正确), which stays
    in the frame; several larger differences make one slot from the first to the last."""
    spans: list[list] = []
    for tag, a0, a1, b0, b1 in Indel.opcodes(A.ids, B.ids).as_list():
        eq = tag == "equal"
        if spans and not eq and not spans[-1][0]:
            spans[-1][2], spans[-1][4] = a1, b1
        else:
            spans.append([eq, a0, a1, b0, b1])
    lead = not spans[0][0]
    tail = not spans[-1][0]
    inner = spans[(1 if lead else 0):(len(spans) - 1 if tail else len(spans))]
    if not inner:
        return None
    diffs = [sp for sp in inner if not sp[0]]
    Ab, Bb = A.bounds, B.bounds
    if not diffs:
        if lead and not tail:
            slot = spans[0]
            inner = spans
        elif tail and not lead:
            slot = spans[-1]
            inner = spans
        else:
            return None
    elif len(diffs) == 1:
        slot = diffs[0]
    else:
        slot = None
        if len(diffs) == 2:
            size = [max(Ab[d[2]] - Ab[d[1]], Bb[d[4]] - Bb[d[3]]) for d in diffs]
            main = 0 if size[0] >= size[1] else 1
            if size[1 - main] <= cfg["max_variant_chars"]:
                slot = diffs[main]
        if slot is None:
            slot = [False, diffs[0][1], diffs[-1][2], diffs[0][3], diffs[-1][4]]
    _, sa0, sa1, sb0, sb1 = slot
    if sa1 == sa0 or sb1 == sb0:
        return None   # an insertion, not a slot
    ia0, ia1, ib0, ib1 = inner[0][1], inner[-1][2], inner[0][3], inner[-1][4]
    if (ia1 - ia0) - (sa1 - sa0) < cfg["min_fixed_tokens"]:
        return None
    ca0, ca1, cs0, cs1 = Ab[ia0], Ab[ia1], Ab[sa0], Ab[sa1]
    cb0, cb1, ct0, ct1 = Bb[ib0], Bb[ib1], Bb[sb0], Bb[sb1]
    lo, hi = cfg["min_slot_chars"], cfg["max_slot_chars"]
    if not (lo <= cs1 - cs0 <= hi and lo <= ct1 - ct0 <= hi):
        return None
    if (A.cjk[ca1] - A.cjk[ca0]) - (A.cjk[cs1] - A.cjk[cs0]) < cfg["min_fixed_chars"]:
        return None
    out = []
    for text, f0, s0, s1, f1 in ((A.text, ca0, cs0, cs1, ca1), (B.text, cb0, ct0, ct1, cb1)):
        pre, slot_text, suf = text[f0:s0], text[s0:s1], text[s1:f1]
        edges = cfg["bad_slot_edges"]
        if slot_text[0] in edges or slot_text[-1] in edges:
            return None
        if len(suf) == 1 or (len(pre) == 1 and pre not in cfg["one_char_prefixes"]):
            return None
        fixed = pre + suf
        if fixed[0] in "、的和与及了" or fixed[-1] in "、和与及" or not balanced(fixed) or not balanced(slot_text):
            return None
        out += [pre + SLOT + suf, slot_text]
    return tuple(out)


# --- all pairs -> templates ------------------------------------------------------------------------
def min_docs(n_docs: int, cfg: dict) -> int:
    """A template must recur in this many documents: 2, or a share of a large corpus."""
    return max(cfg["min_docs"], math.ceil(n_docs * cfg["min_doc_share"]))


def templates(clauses: list[Clause], n_docs: int) -> list[Found]:
    cfg = settings()["template"]
    need = min_docs(n_docs, cfg)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            if ry < rx:
                rx, ry = ry, rx
            parent[ry] = rx

    instances: dict[str, dict[int, str]] = defaultdict(dict)   # frame -> clause id -> slot
    vocab: dict[str, int] = {}
    prepared = [_Prepared(c, vocab) for c in clauses]
    min_tok = 2 * cfg["min_fixed_tokens"]
    # a pair already compared under an earlier grouping is not compared again
    earlier: list[list[int]] = []
    for steps in _KEY_STEPS:
        gid = [-1] * len(clauses)
        for g, ids in enumerate(_groups(clauses, steps, cfg["max_group"])):
            for i in ids:
                gid[i] = g
            for x in range(len(ids)):
                ix = ids[x]
                a = clauses[ix]
                A = prepared[ix]
                for y in range(x + 1, len(ids)):
                    iy = ids[y]
                    b = clauses[iy]
                    if len(a.docs) == 1 and a.docs == b.docs:
                        continue
                    if any(e[ix] == e[iy] != -1 for e in earlier):
                        continue
                    B = prepared[iy]
                    if Indel.similarity(A.ids, B.ids, score_cutoff=min_tok) < min_tok:
                        continue
                    r = _frame_pair(A, B, cfg)
                    if r is None:
                        continue
                    fa, sa, fb, sb = r
                    for f in (fa, fb):
                        parent.setdefault(f, f)
                    instances[fa][ix] = sa
                    instances[fb][iy] = sb
                    union(fa, fb)
        earlier.append(gid)

    groups: dict[str, list[str]] = defaultdict(list)
    for f in sorted(instances):
        groups[find(f)].append(f)
    by_members: dict[frozenset, Found] = {}
    for frames in groups.values():
        members: dict[int, str] = {}
        for f in frames:
            members.update(instances[f])
        docs = sorted({d for i in members for d in clauses[i].docs})
        if len(docs) < need:
            continue

        def rank(f: str):
            fd = {d for i in instances[f] for d in clauses[i].docs}
            return (-len(fd), -len(instances[f]), f)

        frames.sort(key=rank)
        best = frames[0]
        roles: Counter = Counter()
        count = 0
        for i in members:
            roles.update(clauses[i].roles)
            count += clauses[i].count
        ex_id = min(instances[best], key=lambda i: (clauses[i].docs[0], clauses[i].text))
        slot_rank = sorted(members.items(), key=lambda kv: (-len(clauses[kv[0]].docs), clauses[kv[0]].docs[0], kv[1]))
        slots: list[str] = []
        for _i, s in slot_rank:
            if s not in slots:
                slots.append(s)
        item = Found("template", best, docs, roles, count, clauses[ex_id].text, clauses[ex_id].docs[0],
                     slots={"X": slots[:cfg["max_slot_examples"]]}, variants=frames[1:])
        key = frozenset(members)
        prev = by_members.get(key)
        if prev is None or (len(best), best) > (len(prev.text), prev.text):
            by_members[key] = item
    return sorted(by_members.values(), key=lambda f: f.text)
