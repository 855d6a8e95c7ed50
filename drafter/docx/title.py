"""Balanced title lines (GB/T 9704 7.3.1: 回行时要做到词意完整，排列对称，长短适宜，间距恰当，标题排列
应当使用梯形或菱形).

`balance_title(text, capacity)` breaks one title line that is wider than a line of 2号 text into
the fewest lines that fit, at word boundaries only: a break is best after 、，：; good before a
phrase such as 暨, 关于, 的通知; fair between two known words; poor elsewhere; never inside a known
word, a number or a 〔2023〕-like group, before a closing mark or after an opening one. Known words
are the 公文 title words of gbt9704.toml [title], the short phrases of the phrase bank in use, and
the canonical formulations (a formulation may be broken only as a last resort). No segmenter (jieba)
is used on this path. Among the break sets the one with the most even line widths wins, upright
梯形 (upper line shorter) and 菱形 (middle longest) preferred to the inverted and hourglass shapes."""

from __future__ import annotations

import functools
import itertools
import math
import re

from drafter.docx import geometry as G

_CLOSING = set("，。、；：？！）》”’」』〕】…—%％")
_OPENING = set("（《“‘「『〔【")
_UNBREAKABLE = re.compile(r"[A-Za-z0-9.%]+年?|〔\d+〕|（[^）]{1,4}）")

FORBIDDEN = math.inf
COST_PUNCT, COST_BEFORE, COST_WORDS, COST_ONE_WORD, COST_UNKNOWN, COST_FORMULATION = 0, 1, 2, 4, 8, 60


@functools.cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(short words never broken inside, long formulations broken inside only as a last resort)."""
    from drafter.core.resources import bank_file, load_toml

    words = set(G.SPEC["title"]["words"])
    for p in bank_file("phrases.json").get("phrases", []) or []:
        t = str(p.get("text", "")) if isinstance(p, dict) else ""
        for piece in re.split(r"[、，{}X“”]+", t):
            if 2 <= len(piece) <= 8:
                words.add(piece)
    try:
        long = {f["text"] for f in load_toml("formulations.toml").get("formulation", []) if f.get("text")}
    except (OSError, ValueError):
        long = set()
    return frozenset(words), frozenset(w for w in long if len(w) > 1)


def _coverage(s: str, words: frozenset[str]) -> tuple[list[bool], set[int], set[int]]:
    """(inside[i]: position i (between s[i-1] and s[i]) lies inside a word; word starts; word ends)."""
    inside = [False] * (len(s) + 1)
    starts, ends = set(), set()
    for w in words:
        k = s.find(w)
        while k >= 0:
            for i in range(k + 1, k + len(w)):
                inside[i] = True
            starts.add(k)
            ends.add(k + len(w))
            k = s.find(w, k + 1)
    return inside, starts, ends


def break_costs(s: str) -> list[float]:
    """cost[i] of breaking before s[i] (index 0 and len(s) unused)."""
    words, long = _vocabulary()
    inside, starts, ends = _coverage(s, words)
    in_long, _s, _e = _coverage(s, long)
    for m in _UNBREAKABLE.finditer(s):
        for i in range(m.start() + 1, m.end()):
            inside[i] = True
    before = G.SPEC["title"]["break_before"]
    after = set(G.SPEC["title"]["break_after"])
    costs = [FORBIDDEN] * (len(s) + 1)
    for i in range(1, len(s)):
        if s[i] in _CLOSING or s[i - 1] in _OPENING or inside[i]:
            continue
        if s[i - 1] in after:
            c = COST_PUNCT
        elif any(s.startswith(b, i) for b in before):
            c = COST_BEFORE
        elif i in ends and i in starts:
            c = COST_WORDS
        elif i in ends or i in starts:
            c = COST_ONE_WORD
        else:
            c = COST_UNKNOWN
        if in_long[i]:
            c += COST_FORMULATION
        costs[i] = c
    return costs


def _shape_penalty(widths: list[float]) -> float:
    if len(widths) == 2:
        return 0.5 * max(0.0, widths[0] - widths[1])          # inverted 梯形: allowed, less liked
    hourglass = any(widths[k] < widths[k - 1] and widths[k] < widths[k + 1] for k in range(1, len(widths) - 1))
    return 20.0 if hourglass else 0.0


def balance_title(text: str, capacity: float | None = None) -> list[str]:
    """The lines of one title line: itself when it fits, else balanced lines (see module doc)."""
    s = text.strip()
    cap = capacity if capacity is not None else title_capacity()
    total = G.text_width(s)
    if total <= cap or len(s) < 2:
        return [s]
    costs = break_costs(s)
    candidates = [i for i in range(1, len(s)) if costs[i] != FORBIDDEN]
    prefix = [0.0]
    for ch in s:
        prefix.append(prefix[-1] + G.char_width(ch))
    n = math.ceil(total / cap)
    while n <= len(s):
        best: tuple[float, tuple[int, ...]] | None = None
        if len(candidates) >= n - 1:
            mean = total / n
            for cut in itertools.combinations(candidates, n - 1):
                bounds = (0, *cut, len(s))
                widths = [prefix[b] - prefix[a] for a, b in zip(bounds, bounds[1:])]
                if max(widths) > cap:
                    continue
                cost = (sum((w - mean) ** 2 for w in widths) + sum(costs[i] for i in cut)
                        + _shape_penalty(widths))
                if best is None or cost < best[0]:
                    best = (cost, cut)
        if best is not None:
            bounds = (0, *best[1], len(s))
            return [s[a:b] for a, b in zip(bounds, bounds[1:])]
        n += 1
        if n > 6:
            break
    return _greedy(s, cap)


def _greedy(s: str, cap: float) -> list[str]:
    """Fallback for a title no word-boundary break fits: fill lines to capacity."""
    lines, cur, width = [], "", 0.0
    for ch in s:
        w = G.char_width(ch)
        if width + w > cap and cur:
            lines.append(cur)
            cur, width = "", 0.0
        cur += ch
        width += w
    if cur:
        lines.append(cur)
    return lines


def title_capacity() -> float:
    """Characters of 2号 on one line of the type area (20)."""
    return float(G.TEXT_WIDTH // (G.SIZE_TITLE * 10))
