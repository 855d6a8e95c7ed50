"""Collocations (type "collocation", 常用搭配): a frame verb directly followed by a 法治 term or a short
phrase ending in one — 进一步优化法律援助服务, 持续优化法治化营商环境, 打造一流法治化营商环境.

Learned across documents from the clauses (so a collocation never crosses a clause mark): in each
clause, a run of frame words (drafter/data/mining.toml [reuse] frame_words, less [collocation]
skip_frames) starting at a word boundary is followed by the longest object of at most
`max_object_chars` that ends, at a word boundary, with a term of the 法治 user dictionary or of
mining_related.toml (perhaps with tail words: 法律援助服务体系), and ends its noun phrase (the clause
ends, or the next word is not a noun nor 的); a frame right after a verb gives nothing (改造|提升), nor
does one after two one-character words (深|学|笃行: the second half of a pair), nor a verb without its
complement (发挥调解队伍 without …作用: [collocation] required_endings). A collocation is kept when it is used in `min_docs` documents, or its term is used
after a frame in `min_docs` documents (持续深化 / 优化 法治化营商环境), or in one document after
another frame. Its examples are the clauses it was found in.

Uses the clauses' jieba word boundaries only; runs in the parent after the clauses are merged."""

from __future__ import annotations

import bisect
import functools
from collections import Counter, defaultdict

from drafter.core.resources import load_toml
from drafter.mining.config import settings
from drafter.mining.templates import Clause, Found, balanced


def _cfg() -> dict:
    return settings()["collocation"]


@functools.cache
def _frames() -> tuple[frozenset[str], tuple[int, ...]]:
    """The frame words, and their lengths longest first."""
    skip = set(_cfg()["skip_frames"])
    words = frozenset(w for w in settings()["reuse"]["frame_words"] + _cfg()["extra_frames"] if w not in skip)
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


@functools.cache
def _terms() -> frozenset[str]:
    from drafter.mining.ordinary import legal_nouns
    n = _cfg()["min_term_chars"]
    related = {w for g in load_toml("mining_related.toml").get("group", []) for w in g["words"]}
    return frozenset(w for w in (legal_nouns() | related) if len(w) >= n)


def _frame_run(text: str, i: int, bounds: set[int]) -> int:
    """The end of the run of frame words starting at i (i when there is none); at each step the
    longest frame word that ends on a word boundary."""
    words, lengths = _frames()
    j = i
    while True:
        for L in lengths:
            if j + L in bounds and text[j:j + L] in words:
                j += L
                break
        else:
            return j


def _object_end(text: str, s: int, bounds: set[int]) -> tuple[int, str] | None:
    """(end, term) of the longest object starting at s that ends, at a word boundary, with a term
    at the clause's end, or with a term and up to `max_tails` tail words (法律援助服务体系, 综合行政执法
    队伍建设); and that ends its noun phrase: the next word is neither a noun nor 的/之 (so
    加强综合行政执法队伍|建设 and 坚持党对司法行政工作|的绝对领导 give nothing: a cut phrase is not a
    collocation)."""
    from drafter.mining.ordinary import nouns

    cfg = _cfg()
    stop, tails = cfg["object_stop_chars"], cfg["object_tails"]
    continues, max_tails = cfg["phrase_continues"], cfg["max_tails"]
    terms = _terms()
    noun = nouns()
    best = None
    if text[s:s + 1] in cfg["object_bad_first"]:
        return None
    n = len(text)
    for e in range(s + 1, min(n, s + cfg["max_object_chars"]) + 1):
        if text[e - 1] in stop:
            break
        if e not in bounds:
            continue
        if e < n:
            if text[e] in continues:
                continue
            nxt = next((text[e:x] for x in range(e + 1, min(n, e + 4) + 1) if x in bounds), text[e:])
            if nxt in noun:
                continue
        # the term ends the object at the clause's end; else tail words (服务, 队伍建设) follow it
        ends: set[int] = set()
        last = {e}
        for _ in range(max_tails):
            last = {x - len(t) for x in last for t in tails if text.endswith(t, s, x) and x - len(t) in bounds}
            ends |= last
        if e == len(text):
            ends.add(e)
        term = next((text[k:x] for x in sorted(ends, reverse=True) for k in range(s, x - 1) if text[k:x] in terms),
                    None)
        if term is not None:
            best = (e, term)
    return best


def _verb_before(text: str, i: int, bounds: tuple[int, ...]) -> bool:
    """Whether the word just before offset i is a verb (改造|提升…, 深学|笃行…): the phrase starts earlier."""
    from drafter.mining.ordinary import verbs

    k = bisect.bisect_left(bounds, i)
    return k > 0 and text[bounds[k - 1]:i] in verbs()


def _pair_half(text: str, i: int, bounds: tuple[int, ...]) -> bool:
    """Whether the frame at i follows two one-character words, the second a verb in jieba's
    dictionary (深|学|笃行…): the second verb of a coordinated pair, its first half cut off (not
    强|区|提供)."""
    k = bisect.bisect_left(bounds, i)
    if k < 2 or i < 2 or bounds[k - 1] != i - 1 or bounds[k - 2] != i - 2:
        return False
    from drafter.mining.reuse import char_tag

    free = _cfg()["pair_free_before"]
    return all("\u4e00" <= ch <= "\u9fff" and ch not in free for ch in text[i - 2:i]) \
        and char_tag(text[i - 1]).startswith("v")


def complete(frame: str, obj: str) -> bool:
    """A frame verb that needs a complement (发挥 … 作用) has it at the object's end."""
    table = _cfg()["required_endings"]
    verb = next((v for v in sorted(table, key=len, reverse=True) if frame.endswith(v)), None)
    return verb is None or obj.endswith(tuple(table[verb]))


def find(text: str, bounds: tuple[int, ...]) -> list[tuple[str, str, str]]:
    """(frame, object, term) of one clause, left to right."""
    bset = set(bounds)
    out = []
    n, nb = len(text), len(bounds)
    i = k = 0
    while True:
        while k < nb and bounds[k] < i:   # on to the next word boundary at or after i
            k += 1
        if k == nb or bounds[k] >= n:
            return out
        i = bounds[k]
        j = _frame_run(text, i, bset)
        if j > i:
            found = _object_end(text, j, bset)
            if found is not None and not _verb_before(text, i, bounds) and not _pair_half(text, i, bounds):
                e, term = found
                if complete(text[i:j], text[j:e]):
                    out.append((text[i:j], text[j:e], term))
                i = e
                continue
            i = j
            continue
        i += 1


def collocations(clauses: list[Clause]) -> list[Found]:
    """The recurring collocations of the merged clauses, in first-seen order."""
    from drafter.mining import reuse

    cfg = _cfg()
    seen: dict[str, dict] = {}
    frames_of: dict[tuple[str, int], set[str]] = defaultdict(set)
    docs_of: dict[str, set[int]] = defaultdict(set)
    for c in clauses:
        for frame, obj, term in find(c.text, c.bounds):
            key = frame + obj
            m = seen.setdefault(key, {"obj": term, "docs": [], "roles": Counter(), "count": 0, "examples": []})
            for d in c.docs:
                if d not in m["docs"]:
                    m["docs"].append(d)
                frames_of[(term, d)].add(frame)
                docs_of[term].add(d)
            m["roles"].update(c.roles)
            m["count"] += c.count
            if c.text not in m["examples"] and len(m["examples"]) < cfg["max_examples"]:
                m["examples"].append(c.text)
    out = []
    for key, m in seen.items():
        docs = sorted(m["docs"])
        if len(docs) < cfg["min_docs"] and len(docs_of[m["obj"]]) < cfg["min_docs"] and not (
                len(docs) == 1 and len(frames_of[(m["obj"], docs[0])]) >= cfg["min_frames_one_doc"]):
            continue
        if reuse.dated(key, *m["examples"]) or settings().is_junk(key) or not balanced(key):
            continue
        out.append(Found("collocation", key, docs, m["roles"], m["count"], m["examples"][0], docs[0],
                         examples=m["examples"]))
    return out
