"""Section formulas by role: the typical sentences of each role as slotted templates, learned across
documents — 持续深化{X} / 着力推进{X} (plans), {X}仍有差距 / {X}有待进一步{Y} (problems).

A clause (between ，；。…) with its jieba word boundaries gives three kinds of frame: its first one to
three words ("P": 持续深化{X}), its last one to three words ("S": {X}仍有差距), and the one to three
words before its last word ("M": {X}有待进一步{Y}); a term of the 法治 user dictionary gives
what is written around it ("T": {X}法律援助{Y} — 持续优化完善|服务体系), after it ("TP": 法律援助{X})
and before it ("TS": {X}法律援助). Each document's frames are counted in the worker
(`per_document`), so the cross-document step (`formulas`) is one dictionary merge — linear in the
number of clauses, no pairs compared. A frame is kept when several documents use it with different
fillers, mostly in one role."""

from __future__ import annotations

import math
from collections import Counter

from drafter.mining.config import settings
from drafter.mining.templates import Found, balanced as _balanced
from drafter.text.punct import is_cjk

SLOT_X, SLOT_Y = "{X}", "{Y}"


def _cjk_len(s: str) -> int:
    return sum(1 for ch in s if is_cjk(ch))


def per_document(clauses) -> dict[tuple[str, str], list]:
    """(shape, fixed) -> [roles Counter, count, fillers, example] for one document's clauses
    (text, role, inner boundaries, count)."""
    cfg = settings()["frame"]
    roles_ok = set(cfg["roles"])
    lo_f, hi_f, max_w = cfg["min_fixed_chars"], cfg["max_fixed_chars"], cfg["max_fixed_words"]
    lo_s, hi_s = cfg["min_slot_chars"], cfg["max_slot_chars"]
    edges = cfg["bad_edges"]
    out: dict[tuple[str, str], list] = {}

    middle_ok = set(cfg["middle_roles"])
    from drafter.mining.ordinary import legal_nouns
    legal = legal_nouns()

    def add(shape: str, fixed: str, filler: str, role: str, text: str, n: int, words: tuple) -> None:
        e = out.get((shape, fixed))
        if e is None:
            e = out[(shape, fixed)] = [Counter(), 0, [], text, words]
        e[0][role] += n
        e[1] += n
        if filler not in e[2] and len(e[2]) < cfg["max_slot_examples"]:
            e[2].append(filler)

    for text, role, inner, n in clauses:
        if role not in roles_ok:
            continue
        b = (0, *inner, len(text))
        w = len(b) - 1
        # T: a term of the 法治 dictionary with what the unit writes before and after it
        for j in range(1, w - 1):
            word = text[b[j]:b[j + 1]]
            if word in legal:
                x, y = text[:b[j]], text[b[j + 1]:]
                x_ok = lo_s <= len(x) <= hi_s and x[-1] not in edges and _balanced(x)
                y_ok = lo_s <= len(y) <= hi_s and y[0] not in edges and _balanced(y)
                if x_ok and y_ok:
                    add("T", word, f"{x}\t{y}", role, text, n, (word,))
                if y_ok:
                    add("TP", word, y, role, text, n, (word,))
                if x_ok:
                    add("TS", word, x, role, text, n, (word,))
        for k in range(1, min(max_w, w - 1) + 1):
            # P: the first k words, then the slot
            fixed, slot = text[:b[k]], text[b[k]:]
            if lo_f <= len(fixed) <= hi_f and lo_s <= len(slot) <= hi_s and fixed[-1] not in edges \
                    and slot[0] not in edges and _cjk_len(fixed) >= lo_f:
                add("P", fixed, slot, role, text, n, _words(text, b, 0, k))
            # S: the slot, then the last k words
            fixed, slot = text[b[w - k]:], text[:b[w - k]]
            if lo_f <= len(fixed) <= hi_f and lo_s <= len(slot) <= hi_s and fixed[0] not in edges \
                    and slot[-1] not in edges and _cjk_len(fixed) >= lo_f:
                add("S", fixed, slot, role, text, n, _words(text, b, w - k, w))
            # M: slot X, k words, the last word as slot Y
            if w - 1 - k >= 1 and role in middle_ok:
                x, fixed, y = text[:b[w - 1 - k]], text[b[w - 1 - k]:b[w - 1]], text[b[w - 1]:]
                if lo_f <= len(fixed) <= hi_f and lo_s <= len(x) <= hi_s and len(y) >= 2 and _cjk_len(y) == len(y) \
                        and fixed[0] not in edges and fixed[-1] not in edges and x[-1] not in edges \
                        and _cjk_len(fixed) >= lo_f and _balanced(x):
                    add("M", fixed, f"{x}\t{y}", role, text, n, _words(text, b, w - 1 - k, w - 1))
    return out


def _words(text: str, b: tuple, i: int, j: int) -> tuple[str, ...]:
    return tuple(text[b[k]:b[k + 1]] for k in range(i, j))


def _formulaic(shape: str, fixed: str, words: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """A frame is a formula, not a name: its fixed words are not all nouns (主体责任, 矛盾纠纷), a
    leading frame does not start with a noun, no quote or bracket is cut, and it does not start with
    a mark."""
    if all(w in nouns for w in words) or fixed in nouns:
        return False
    if shape == "P" and words[0] in nouns:
        return False
    if fixed[0] in "“”《》（）、" or fixed[-1] in "“《（、":
        return False
    return _balanced(fixed)


def _instances(f: Found) -> frozenset[str]:
    """The clauses a frame was seen in (as far as its kept fillers tell)."""
    if "Y" in f.slots:
        return frozenset()
    return frozenset(f.text.replace(SLOT_X, x) for x in f.slots["X"])


def _drop_covered(items: list[Found]) -> list[Found]:
    """Of frames seen in the same clauses ({X}文明执法 / {X}公正文明执法), the longest fixed part."""
    best: dict[frozenset, Found] = {}
    keep: list[Found] = []
    for f in items:
        inst = _instances(f)
        if not inst:
            keep.append(f)
            continue
        prev = best.get(inst)
        if prev is None or (len(f.text), f.text) > (len(prev.text), prev.text):
            best[inst] = f
    return keep + list(best.values())


def _pattern(shape: str, fixed: str) -> str:
    if shape in ("P", "TP"):
        return fixed + SLOT_X
    if shape in ("S", "TS"):
        return SLOT_X + fixed
    return SLOT_X + fixed + SLOT_Y   # M, T


def formulas(per_doc: list[dict], n_docs: int) -> list[Found]:
    """The role formulas over all documents (in input order): at most `max_per_role` a role, the most
    widespread first."""
    cfg = settings()["frame"]
    need = max(cfg["min_docs"], math.ceil(n_docs * cfg["min_doc_share"]))
    merged: dict[tuple[str, str], list] = {}
    from drafter.mining.ordinary import nouns
    noun_set = nouns()
    for d, frames in enumerate(per_doc):
        for key, (roles, count, fillers, example, words) in frames.items():
            m = merged.get(key)
            if m is None:
                m = merged[key] = [Counter(), 0, [], [], example, d, words]
            m[0].update(roles)
            m[1] += count
            m[2].append(d)
            for f in fillers:
                if f not in m[3]:
                    m[3].append(f)
    by_role: dict[str, list[Found]] = {}
    for (shape, fixed), (roles, count, docs, fillers, example, ex_doc, words) in merged.items():
        if len(docs) < need or len(fillers) < cfg["min_fillers"]:
            continue
        if shape[0] != "T" and not _formulaic(shape, fixed, words, noun_set):
            continue
        fillers = [f for f in fillers if _balanced(f)]
        if len(fillers) < cfg["min_fillers"]:
            continue
        role, top = sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if top < cfg["min_role_share"] * sum(roles.values()):
            continue
        text = _pattern(shape, fixed)
        if settings().is_junk(fixed):
            continue
        if shape in ("M", "T"):
            xs = list(dict.fromkeys(f.split("\t")[0] for f in fillers))
            ys = list(dict.fromkeys(f.split("\t")[1] for f in fillers))
            if len(ys) < cfg["min_fillers"] or len(xs) < cfg["min_fillers"]:
                continue
            slots = {"X": xs[:cfg["max_slot_examples"]], "Y": ys[:cfg["max_slot_examples"]]}
        else:
            slots = {"X": fillers[:cfg["max_slot_examples"]]}
        by_role.setdefault(("T:" if shape[0] == "T" else "") + role, []).append(
            Found("template", text, docs, Counter({role: top}) + Counter({r: n for r, n in roles.items() if r != role}),
                  count, example, ex_doc, slots=slots))
    out: list[Found] = []
    for group in sorted(by_role):
        items = _drop_covered(by_role[group])
        items.sort(key=lambda f: (-len(f.docs), -f.count, f.text))
        out.extend(items[:cfg["max_term_frames" if group.startswith("T:") else "max_per_role"]])
    return out
