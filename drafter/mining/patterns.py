"""Patterns found inside one text: parallel 、-lists with equal-length items, ABAC/AABB four-character
words, numbered slogans. All work on folded text with jieba word boundaries (a sorted list of
offsets), so an item or a word never starts or ends inside a word."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.mining.config import settings
from drafter.mining.text import all_cjk

OPEN_Q, CLOSE_Q = "“", "”"


@dataclass
class Hit:
    kind: str      # parallel | abac | aabb | slogan
    text: str      # the phrase as written
    start: int     # offsets in the unit
    end: int
    key: str = ""  # aggregation key (slogans: without quotes)
    quoted: bool = False


def _item_ok(item: str) -> bool:
    p = settings()["parallel"]
    return (p["min_item_chars"] <= len(item) <= p["max_item_chars"] and all_cjk(item)
            and not any(c in p["stop_chars"] for c in item))


def _shape(word: str) -> str:
    """ABAC -> "abac", AABB -> "aabb", else ""."""
    if len(word) == 4:
        a, b, c, d = word
        if a == c and b != d:
            return "abac"
        if a == b and c == d:
            return "aabb"
    return ""


def shared_form(items: list[str]) -> bool:
    """Items of equal length that share a character at the same place, or the same ABAC/AABB shape."""
    if any(len({it[k] for it in items}) == 1 for k in range(len(items[0]))):
        return True
    shapes = {_shape(it) for it in items}
    return len(shapes) == 1 and "" not in shapes


def parallels(unit: str, bounds: set[int], clauses: list[tuple[int, int]]) -> list[Hit]:
    """固根本、稳预期、利长远 / 入脑入心、见行见效 / “小而精、看得到、用得上”."""
    p = settings()["parallel"]
    out: list[Hit] = []
    for cs, ce in clauses:
        clause = unit[cs:ce]
        if "、" not in clause:
            continue
        parts = clause.split("、")
        offs = [cs]
        for part in parts[:-1]:
            offs.append(offs[-1] + len(part) + 1)
        # the middle items are exact; their common length L fixes the first and the last item
        left, right = parts[0], parts[-1]
        middle = parts[1:-1]
        lengths = {len(m) for m in middle}
        if len(lengths) > 1:
            continue
        # a quoted list is delimited by its quotes; else the first item is the last L characters of
        # the left part and the last item the first L of the right part, both on word boundaries
        q = left.rfind(OPEN_Q)
        first_quoted = q >= 0 and CLOSE_Q not in left[q:]
        rq = right.find(CLOSE_Q)
        last_quoted = rq >= 0 and OPEN_Q not in right[:rq]
        if first_quoted and last_quoted:
            first, last = left[q + 1:], right[:rq]
            L = len(first)
            if len(last) != L or (lengths and lengths != {L}):
                continue
            start, end = offs[0] + q + 1, offs[-1] + rq
        else:
            if first_quoted or last_quoted:
                continue
            if lengths:
                L = lengths.pop()
            else:
                L = p["pair_item_chars"]
                after = right[L:L + 1]
                if after and after not in p["pair_followers"]:
                    continue
            if len(left) < L or len(right) < L:
                continue
            start, end = offs[0] + len(left) - L, offs[-1] + L
            if start not in bounds or end not in bounds:
                continue
            first, last = left[-L:], right[:L]
        items = [first, *middle, last]
        if not all(_item_ok(i) for i in items) or len(set(items)) < len(items):
            continue
        if any(OPEN_Q in i or CLOSE_Q in i for i in items):
            continue
        quoted = first_quoted and last_quoted
        nxt = unit[end:end + 1]
        if nxt and nxt in p["continuation_followers"]:
            continue   # the list goes on (行政诉讼、行政检察、行政调处|与行政复议): an enumeration, cut
        enumerated = nxt in p["enumeration_followers"] if nxt else False
        if not quoted and (len(items) == 2 or enumerated) and not shared_form(items):
            continue
        out.append(Hit("parallel", "、".join(items), start, end))
    return out


def repeats(unit: str, bounds: list[int]) -> list[Hit]:
    """ABAC (抓实抓细, 入脑入心) and AABB (实实在在) words that start and end on word boundaries."""
    stop = settings()["repeat"]["stop_chars"]
    bset = set(bounds)
    out: list[Hit] = []
    for s in bounds:
        e = s + 4
        if e > len(unit) or e not in bset:
            continue
        w = unit[s:e]
        a, b, c, d = w
        if not (a == c or (a == b and c == d)) or not all_cjk(w):   # the cheap test first
            continue
        if a == c and b != d and a != b and a != d and b != c and a not in stop:
            out.append(Hit("abac", w, s, e))
        elif a == b and c == d and a != c and a not in stop and c not in stop:
            out.append(Hit("aabb", w, s, e))
    return out


def _slogan_rx() -> re.Pattern:
    s = settings()["slogan"]
    nums = s["number_chars"]
    suffix = "|".join(map(re.escape, s["suffixes"]))
    known = "|".join(sorted(map(re.escape, s["known"]), key=len, reverse=True))
    # 三个“一号工程” | “两个确立” | “八五”普法 | 两个维护 (known)
    return re.compile(
        rf"(?P<pre>[{nums}]个)?“(?P<q>[{nums}][^“”，。；：！？\s]{{1,{s['max_chars'] - 1}}})”(?P<suf>{suffix})?"
        rf"|(?P<bare>{known})")


_RX: re.Pattern | None = None


def slogans(unit: str, bounds: set[int]) -> list[Hit]:
    """Numbered slogans: “两个确立”, 三个“一号工程”, “八五”普法, “十四五”, 两个维护 (a known one)."""
    global _RX
    if _RX is None:
        _RX = _slogan_rx()
    s = settings()["slogan"]
    out: list[Hit] = []
    for m in _RX.finditer(unit):
        if m.group("bare"):
            if m.start() not in bounds and unit[m.start() - 1:m.start()] != OPEN_Q:
                continue
            key = m.group("bare")
            out.append(Hit("slogan", key, m.start(), m.end(), key=key))
            continue
        inner = m.group("q")
        if not s["min_chars"] <= len(inner) <= s["max_chars"] or inner in s["reject"]:
            continue
        if not all(c == "、" or c.isalpha() and not c.isascii() for c in inner):
            continue
        pre, suf = m.group("pre") or "", m.group("suf") or ""
        text = f"{pre}“{inner}”{suf}"
        out.append(Hit("slogan", text, m.start(), m.end(), key=pre + inner + suf, quoted=True))
    return out
