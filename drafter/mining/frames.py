"""Section formulas by role: the typical sentences of each role as slotted templates, learned across
documents — 持续深化{X} / 着力推进{X} (plans), {X}仍有差距 / {X}有待进一步{Y} (problems).

A clause (between ，；。…) with its jieba word boundaries gives these frames: its first one to three
words ("P": 持续深化{X}), its last one to three words ("S": {X}仍有差距), in the roles of
`middle_roles` the one to three words before its last word ("M": {X}有待进一步{Y}); and a term of
the 法治 user dictionary gives what is written around it ("T": {X}法律援助{Y}), after it ("TP":
法律援助{X}) and before it ("TS": {X}法律援助).

The search is an index, not a comparison of pairs: every unique clause (drafter.mining.templates
.collect_clauses, with its documents as a bit set) adds its frames to one dictionary keyed by the
frame, so the work is linear in the number of clauses. A frame seen once keeps only a small tuple;
a frame is kept when several documents use it with different fillers, mostly in one role."""

from __future__ import annotations

import math
from collections import Counter

from drafter.mining.config import settings
from drafter.mining.templates import Clause, Found, balanced
from drafter.text.punct import is_cjk

SLOT_X, SLOT_Y = "{X}", "{Y}"


def _all_cjk(s: str) -> bool:
    return all(is_cjk(ch) for ch in s)


def _frames(c: Clause, role: str, cfg: dict, legal: frozenset[str], middle: bool):
    """(shape, fixed, filler, first word index, last word index) of one clause."""
    text, b = c.text, c.bounds
    lo_f, hi_f, max_w = cfg["min_fixed_chars"], cfg["max_fixed_chars"], cfg["max_fixed_words"]
    lo_s, hi_s = cfg["min_slot_chars"], cfg["max_slot_chars"]
    edges = cfg["bad_edges"]
    n = len(text)
    w = len(b) - 1
    lead_w = cfg["max_lead_words"]
    for k in range(1, min(max_w, w - 1) + 1):
        e = b[k]
        if k <= lead_w and lo_f <= e <= hi_f and lo_s <= n - e <= hi_s and text[e - 1] not in edges and text[e] not in edges:
            yield "P", text[:e], text[e:], 0, k
        s = b[w - k]
        if lo_f <= n - s <= hi_f and lo_s <= s <= hi_s and text[s] not in edges and text[s - 1] not in edges:
            yield "S", text[s:], text[:s], w - k, w
        if middle and w - 1 - k >= 1:
            s, e = b[w - 1 - k], b[w - 1]
            y = text[e:]
            if lo_f <= e - s <= hi_f and lo_s <= s <= hi_s and len(y) >= 2 and _all_cjk(y) \
                    and text[s] not in edges and text[e - 1] not in edges and text[s - 1] not in edges:
                yield "M", text[s:e], f"{text[:s]}\t{y}", w - 1 - k, w - 1
    for j in range(1, w - 1):
        s, e = b[j], b[j + 1]
        if e - s < 3 or text[s:e] not in legal:
            continue
        x_ok = lo_s <= s <= hi_s and text[s - 1] not in edges
        y_ok = lo_s <= n - e <= hi_s and text[e] not in edges
        if y_ok:
            yield "TP", text[s:e], text[e:], j, j + 1
        if x_ok:
            yield "TS", text[s:e], text[:s], j, j + 1


def _formulaic(shape: str, fixed: str, words: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """A frame is a formula, not a name: its fixed words are not all nouns (主体责任, 矛盾纠纷), no
    quote or bracket is cut, and it does not start with a mark."""
    if shape[0] == "T":
        return True
    if all(w in nouns for w in words) or fixed in nouns:
        return False
    if fixed[0] in "“”《》（）、" or fixed[-1] in "“《（、":
        return False
    return balanced(fixed)


def _pattern(shape: str, fixed: str) -> str:
    shape = shape.lstrip("T") or shape
    if shape == "P":
        return fixed + SLOT_X
    if shape == "S":
        return SLOT_X + fixed
    return SLOT_X + fixed + SLOT_Y   # M


def _main_role(roles: Counter) -> str:
    return sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if roles else "other"


def formulas(clauses: list[Clause], n_docs: int) -> list[Found]:
    """The role formulas over all unique clauses: at most `max_per_role` a role (and
    `max_term_frames` frames around 法治 terms), the most widespread first."""
    from drafter.mining.ordinary import legal_nouns, nouns

    cfg = settings()["frame"]
    need = max(cfg["min_docs"], math.ceil(n_docs * cfg["min_doc_share"]))
    roles_ok = set(cfg["roles"])
    middle_roles = set(cfg["middle_roles"])
    legal = legal_nouns()
    # key -> (doc bits, clause index, filler, i, j) once; then [doc bits, [(clause, filler)], roles, i, j]
    index: dict[tuple[str, str], object] = {}
    for ci, c in enumerate(clauses):
        role = _main_role(c.roles)
        if role not in roles_ok:
            continue
        bits = 0
        for d in c.docs:
            bits |= 1 << d
        for shape, fixed, filler, i, j in _frames(c, role, cfg, legal, role in middle_roles):
            key = (shape, fixed)
            e = index.get(key)
            if e is None:
                index[key] = (bits, ci, filler, i, j)
            elif type(e) is tuple:
                first = clauses[e[1]]
                roles = Counter({_main_role(first.roles): first.count})
                roles[role] += c.count
                index[key] = [e[0] | bits, [(e[1], e[2]), (ci, filler)], roles, e[3], e[4]]
            else:
                e[0] |= bits
                e[2][role] += c.count
                if len(e[1]) < 4 * cfg["max_slot_examples"]:
                    e[1].append((ci, filler))

    noun_set = nouns()
    by_group: dict[str, list[Found]] = {}
    seen_in: dict[int, frozenset[int]] = {}    # id(frame) -> the clauses it was seen in
    for (shape, fixed), e in index.items():
        if type(e) is tuple:
            continue
        bits, inst, roles, i, j = e
        docs = [d for d in range(bits.bit_length()) if bits >> d & 1]
        if len(docs) < need:
            continue
        role, top = sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if top < cfg["min_role_share"] * sum(roles.values()):
            continue
        first = clauses[inst[0][0]]
        words = tuple(first.text[first.bounds[k]:first.bounds[k + 1]] for k in range(i, j))
        if any(w in legal for w in words):
            shape = "T" + shape   # around a 法治 term (法律援助服务): a collocation, capped with the T frames
        if settings().is_junk(fixed) or not _formulaic(shape, fixed, words, noun_set):
            continue
        fillers = list(dict.fromkeys(f for _ci, f in inst if all(balanced(p) for p in f.split("\t"))))
        if len(fillers) < cfg["min_term_fillers" if shape[0] == "T" else "min_fillers"]:
            continue
        if shape == "M":
            xs = list(dict.fromkeys(f.split("\t")[0] for f in fillers))
            ys = list(dict.fromkeys(f.split("\t")[1] for f in fillers))
            if len(ys) < cfg["min_fillers"] or len(xs) < cfg["min_fillers"]:
                continue
            slots = {"X": xs[:cfg["max_slot_examples"]], "Y": ys[:cfg["max_slot_examples"]]}
        else:
            slots = {"X": fillers[:cfg["max_slot_examples"]]}
        ex = min((clauses[ci] for ci, _f in inst), key=lambda c: (c.docs[0], c.text))
        count = sum(clauses[ci].count for ci, _f in inst)
        f = Found("template", _pattern(shape, fixed), docs, Counter(roles), max(count, sum(roles.values())),
                  ex.text, ex.docs[0], slots=slots)
        seen_in[id(f)] = frozenset(ci for ci, _f in inst)
        by_group.setdefault(("T:" if shape[0] == "T" else "") + role, []).append(f)
    # one phrase per text (a leading frame on a 法治 term and the term's own frame can coincide)
    best: dict[str, Found] = {}
    for group in sorted(by_group):
        for f in by_group[group]:
            prev = best.get(f.text)
            if prev is None or (len(f.docs), f.count) > (len(prev.docs), prev.count):
                best[f.text] = f
    keep = {id(f) for f in best.values()}
    by_group = {g: [f for f in items if id(f) in keep] for g, items in by_group.items()}
    out: list[Found] = []
    for group in sorted(by_group):
        items = by_group[group] if group.startswith("T:") else _drop_covered(by_group[group], seen_in)
        items.sort(key=lambda f: (-len(f.docs), -f.count, f.text))
        out.extend(items[:cfg["max_term_frames" if group.startswith("T:") else "max_per_role"]])
    return out


def _drop_covered(items: list[Found], seen_in: dict[int, frozenset[int]]) -> list[Found]:
    """Of frames seen in the same clauses ({X}文明执法 / {X}公正文明执法, {X}进一步{Y} / {X}有待进一步{Y}),
    the one with the longest fixed part."""
    best: dict[frozenset, Found] = {}
    for f in items:
        inst = seen_in[id(f)]
        prev = best.get(inst)
        if prev is None or (len(f.text), f.text) > (len(prev.text), prev.text):
            best[inst] = f
    return list(best.values())
