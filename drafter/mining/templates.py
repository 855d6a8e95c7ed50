"""Clauses that recur across documents: verbatim (type "clause") and with one varying slot (type
"template": 在区委区政府的坚强领导下 / 在市委的坚强领导下 -> 在{X}的坚强领导下).

The search is an index, not a comparison of pairs. A template's frame is the words a set of clauses
share at their start and at their end, with the words between them (the slot) differing. The
clauses are sorted (and sorted again reversed) once; each clause's longest start and end shared with
a neighbour bound the frames it can be in, and each possible frame (start words, end words) goes into
one dictionary with the clause and its slot. A frame is kept when several documents use it with
different slots and it cannot be widened (its slots do not all start, or all end, with the same
word). The work grows with the number of clauses times the few frames each can share (n log n for
the sorts), not with the number of pairs."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

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


# --- the frame index ------------------------------------------------------------------------------
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


def _shared(texts: list[str], bits: list[int], floors: list[int], need: int, max_steps: int = 12) -> list[int]:
    """For each text, the length of the longest start it shares with texts of at least `need`
    documents in all (`bits`: each text's documents as a bit set); 0 when that is shorter than its
    floor (its first word: a shorter start frames nothing). The texts sharing a start with one text
    sit next to it in sorted order, so the run around it is widened to the neighbour with the longer
    common start until the documents suffice; after `max_steps` steps the length reached is
    returned (an upper bound, which only admits more candidates)."""
    order = sorted(range(len(texts)), key=texts.__getitem__)
    lcp = [0]
    for a, b in zip(order, order[1:]):
        x, y = texts[a], texts[b]
        n = 0
        m = min(len(x), len(y))
        while n < m and x[n] == y[n]:
            n += 1
        lcp.append(n)
    lcp.append(0)
    # lcp[p] is the common start of order[p - 1] and order[p]; lcp[0] and lcp[-1] are sentinels
    out = [0] * len(texts)
    for p, t in enumerate(order):
        floor = floors[t]
        left, right = lcp[p], lcp[p + 1]
        if left < floor and right < floor:
            continue
        have = bits[t]
        lo, hi = p, p + 1
        length = len(texts[t])
        steps = 0
        while have.bit_count() < need and steps < max_steps:
            left, right = lcp[lo], lcp[hi]
            if left >= right:
                lo -= 1
                length = min(length, left)
                have |= bits[order[lo]]
            else:
                length = min(length, right)
                have |= bits[order[hi]]
                hi += 1
            steps += 1
            if length < floor:
                break
        out[t] = length if length >= floor else 0
    return out


def _cjk_run(text: str) -> list[int]:
    run = [0]
    n = 0
    for ch in text:
        if is_cjk(ch):
            n += 1
        run.append(n)
    return run


def _frame_ok(pre: str, suf: str, cfg: dict) -> bool:
    """The frame's own shape: no one-character end after the slot, a one-character start only when
    it is a preposition (在{X}领导下), no list word or particle at its edges, marks balanced."""
    if len(suf) == 1 or (len(pre) == 1 and pre not in cfg["one_char_prefixes"]):
        return False
    fixed = pre + suf
    return not (fixed[0] in "、的和与及了" or fixed[-1] in "、和与及") and balanced(fixed)


def _index(clauses: list[Clause], cfg: dict, need: int) -> dict[tuple[str, str], object]:
    """(start, end) -> {clause index: (j, i, k, l)} for every frame a clause may share (a frame seen
    in one clause only keeps the tuple (clause index, j, i, k, l)): the frame is
    words j..i, the slot i..k, the frame again k..l; the frame starts the clause or ends it, the
    other side leaving out at most `max_outer_words` words (区司法局|在{X}的坚强领导下). The start
    words and the end words are each shared with clauses of `need` documents; at least
    `min_fixed_tokens` words and `min_fixed_chars` Chinese characters are fixed; the slot has
    `min_slot_chars`..`max_slot_chars` characters and no bad edge."""
    lo, hi = cfg["min_slot_chars"], cfg["max_slot_chars"]
    min_tok, min_chars = cfg["min_fixed_tokens"], cfg["min_fixed_chars"]
    edges = cfg["bad_slot_edges"]
    outer = cfg["max_outer_words"]
    one_char = cfg["one_char_prefixes"]
    bits = [sum(1 << d for d in c.docs) for c in clauses]
    # shared[d][ci]: how much of the clause after its first d words (starts) / before its last d
    # words (ends) it shares with other clauses
    starts, ends = [], []
    for d in range(outer + 1):
        idx = [ci for ci, c in enumerate(clauses) if len(c.bounds) - 1 > d]
        sub = [bits[ci] for ci in idx]
        st = _shared([clauses[ci].text[clauses[ci].bounds[d]:] for ci in idx], sub,
                     [clauses[ci].bounds[d + 1] - clauses[ci].bounds[d] for ci in idx], need)
        en = _shared([clauses[ci].text[:clauses[ci].bounds[-1 - d]][::-1] for ci in idx], sub,
                     [clauses[ci].bounds[-1 - d] - clauses[ci].bounds[-2 - d] for ci in idx], need)
        full_st, full_en = [0] * len(clauses), [0] * len(clauses)
        for ci, a, z in zip(idx, st, en):
            full_st[ci], full_en[ci] = a, z
        starts.append(full_st)
        ends.append(full_en)
    index: dict[tuple[str, str], object] = {}
    for ci, c in enumerate(clauses):
        text, b = c.text, c.bounds
        w = len(b) - 1
        cjk = None
        anchors = [(0, w - e) for e in range(min(outer, w - 1) + 1)] + [(d, w) for d in range(1, min(outer, w - 1) + 1)]
        for j, l in anchors:
            if j and b[j + 1] - b[j] == 1 and text[b[j]] not in one_char:
                continue   # a frame after a left-out lead starts with a whole word (not 化|推进{X})
            pmax = starts[j][ci] + b[j]
            smin = b[l] - ends[w - l][ci]
            i_top = j
            while i_top < l - 1 and b[i_top + 1] <= pmax:
                i_top += 1
            k_low = l
            while k_low > j + 1 and b[k_low - 1] >= smin:
                k_low -= 1
            if (i_top - j) + (l - k_low) < min_tok:
                continue
            k_top = w if l == w else l - 1   # the slot reaches l only when the frame ends the clause
            for i in range(j + (1 if j else 0), i_top + 1):
                s0 = b[i]
                if text[s0] in edges:
                    continue
                # slot ends: a word boundary s0+lo..s0+hi, leaving min_tok fixed words
                k_hi = min(k_top, l - (min_tok - (i - j)), bisect_right(b, s0 + hi, i + 1) - 1)
                for k in range(max(k_low, bisect_left(b, s0 + lo, i + 1)), k_hi + 1):
                    if i == j and k == l:
                        continue
                    s1 = b[k]
                    if text[s1 - 1] in edges:
                        continue
                    if cjk is None:
                        cjk = _cjk_run(text)
                    if (cjk[b[l]] - cjk[b[j]]) - (cjk[s1] - cjk[s0]) < min_chars:
                        continue
                    key = (text[b[j]:s0], text[s1:b[l]])
                    e = index.get(key)
                    if e is None:
                        index[key] = (ci, j, i, k, l)
                    elif type(e) is tuple:
                        if e[0] != ci:
                            index[key] = {e[0]: e[1:], ci: (j, i, k, l)}
                    elif ci not in e:
                        e[ci] = (j, i, k, l)
    return index


def min_docs(n_docs: int, cfg: dict) -> int:
    """A template must recur in this many documents: 2, or a share of a large corpus."""
    return max(cfg["min_docs"], math.ceil(n_docs * cfg["min_doc_share"]))


def templates(clauses: list[Clause], n_docs: int) -> list[Found]:
    """The one-slot templates of the unique clauses, sorted by text; of frames seen in the same
    clauses the longest is kept."""
    cfg = settings()["template"]
    need = min_docs(n_docs, cfg)
    index = _index(clauses, cfg, need)
    by_members: dict[frozenset, Found] = {}
    for (pre, suf), inst in index.items():
        if type(inst) is tuple or not _frame_ok(pre, suf, cfg):
            continue
        if len({d for ci in inst for d in clauses[ci].docs}) < need:
            continue
        members: dict[int, str] = {}
        firsts, lasts, before, after = set(), set(), set(), set()
        for ci, (j, i, k, l) in inst.items():
            c = clauses[ci]
            b = c.bounds
            slot = c.text[b[i]:b[k]]
            if not balanced(slot):
                continue
            members[ci] = slot
            firsts.add(c.text[b[i]:b[i + 1]])
            lasts.add(c.text[b[k - 1]:b[k]])
            before.add(c.text[b[j - 1]:b[j]] if j else None)
            after.add(c.text[b[l]:b[l + 1]] if l < len(b) - 1 else None)
        # a frame whose slots all start (or all end) with one word, or that always has the same word
        # before (after) it, is a part of a wider frame
        if len(firsts) < 2 or len(lasts) < 2 or (len(before) == 1 and None not in before) \
                or (len(after) == 1 and None not in after):
            continue
        v = _variant(pre, suf, inst, clauses, cfg["max_variant_chars"])
        if v is not None:
            text, variants, members = v
            _keep(by_members, _found(text, members, variants, clauses, cfg, need), members)
            continue
        _keep(by_members, _found(pre + SLOT + suf, members, [], clauses, cfg, need), members)
    return sorted(by_members.values(), key=lambda f: f.text)


def _variant(pre: str, suf: str, inst: dict, clauses: list[Clause], small: int):
    """A frame whose slots all end with the same word and then a small word that differs
    (在{X}领导下 with 区委区政府的坚强 / 市委、市政府的正确) is the frame with that small word as a variant:
    (text, variants, {clause: slot}) = (在{X}的坚强领导下, [在{X}的正确领导下], 区委区政府 / 市委、市政府);
    the same at the slots' start. None when the slots do not have that shape."""
    for side in (1, 0):      # 1: the slot's last two words; 0: its first two
        common, small_words, members = set(), Counter(), {}
        for ci, (_j, i, k, _l) in inst.items():
            c = clauses[ci]
            b, text = c.bounds, c.text
            if k - i < 3:
                return None
            if side:
                w1, v, rest = text[b[k - 2]:b[k - 1]], text[b[k - 1]:b[k]], text[b[i]:b[k - 2]]
            else:
                v, w1, rest = text[b[i]:b[i + 1]], text[b[i + 1]:b[i + 2]], text[b[i + 2]:b[k]]
            if len(v) > small or not all(is_cjk(ch) for ch in v):
                break
            common.add(w1)
            small_words[v] += len(c.docs)
            members[ci] = rest
        else:
            if len(common) == 1 and len(small_words) >= 2:
                (w1,) = common
                ranked = sorted(small_words, key=lambda v: (-small_words[v], v))
                forms = [pre + SLOT + w1 + v + suf if side else pre + v + w1 + SLOT + suf for v in ranked]
                return forms[0], forms[1:], members
    return None


def _found(text: str, members: dict[int, str], variants: list[str], clauses: list[Clause], cfg: dict,
           need: int) -> Found | None:
    docs = sorted({d for ci in members for d in clauses[ci].docs})
    if len(docs) < need or len(set(members.values())) < 2:
        return None
    roles: Counter = Counter()
    count = 0
    for ci in members:
        roles.update(clauses[ci].roles)
        count += clauses[ci].count
    ex_id = min(members, key=lambda ci: (clauses[ci].docs[0], clauses[ci].text))
    slots = list(dict.fromkeys(
        s for _ci, s in sorted(members.items(),
                               key=lambda kv: (-len(clauses[kv[0]].docs), clauses[kv[0]].docs[0], kv[1]))))
    return Found("template", text, docs, roles, count, clauses[ex_id].text, clauses[ex_id].docs[0],
                 slots={"X": slots[:cfg["max_slot_examples"]]}, variants=variants or None)


def _keep(by_members: dict[frozenset, Found], item: Found | None, members: dict[int, str]) -> None:
    """Of templates seen in the same clauses, the longest."""
    if item is None:
        return
    key = frozenset(members)
    prev = by_members.get(key)
    if prev is None or (len(item.text), item.text) > (len(prev.text), prev.text):
        by_members[key] = item
