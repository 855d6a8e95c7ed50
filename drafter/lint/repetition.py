"""Repetition: D001 doubled characters (的的), D002 doubled words (推进推进), D003 sentences
repeated in the draft."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.lint.context import Context, Hit, positions
from drafter.lint.lexicon import LazyPattern, sort_words
from drafter.lint.registry import rule
from drafter.text.punct import is_cjk
from drafter.core.resources import DATA_DIR

RE_END = LazyPattern(r"[。！？!?]")
RE_WORD2 = LazyPattern(r"([\u4e00-\u9fff]{2,4})\1")
RE_LONG2 = LazyPattern(r"([\u4e00-\u9fff]{5,12})\1")  # 为农民工讨回欠薪为农民工讨回欠薪: never a word


@functools.cache
def _data() -> tuple[re.Pattern, tuple[str, ...]]:
    chars, words = "", []
    section = None
    for ln in (DATA_DIR / "reduplication_whitelist.txt").read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if ln in ("[chars]", "[words]"):
            section = ln
            continue
        if section == "[chars]":
            chars += ln.replace(" ", "")
        else:
            words.append(ln)
    return re.compile(rf"([{re.escape(chars)}])\1"), tuple(sort_words(words))


def _whitelisted(text: str, i: int, n: int, words: tuple[str, ...]) -> bool:
    """Is text[i:i+n] inside one of the whitelisted words?"""
    for w in words:
        if len(w) < n:
            continue
        lo = max(0, i + n - len(w))
        j = text.find(w, lo, i + len(w))
        if 0 <= j <= i and j + len(w) >= i + n:
            return True
    return False


def _word_boundary(text: str, i: int, words: tuple[str, ...]) -> bool:
    """The doubled pair at i straddles two words: 首都|都市, 作为|为政 (a listed word ends at i or
    begins at i + 1)."""
    return any((text.startswith(w, i + 1) or (i + 1 >= len(w) and text.startswith(w, i + 1 - len(w))))
               for w in words if len(w) == 2 and w[0] != w[1] and text[i] in w)


def _aabb(text: str, i: int) -> bool:
    """The doubled pair at i is half of an AABB word (扎扎实实, 是是非非)."""
    return (i + 3 < len(text) and text[i + 2] == text[i + 3] and text[i + 2] != text[i] and is_cjk(text[i + 2])) or \
           (i >= 2 and text[i - 2] == text[i - 1] and text[i - 1] != text[i] and is_cjk(text[i - 1]))


@rule("D001")
def doubled_char(ctx: Context):
    text = ctx.text
    rx, words = _data()
    for m in rx.finditer(text):
        i = m.start()
        if _aabb(text, i) or _whitelisted(text, i, 2, words) or _word_boundary(text, i, words):
            continue
        yield Hit("D001", i, 2, None, {"found": m.group()})


# a phrase of 5–12 characters typed twice in a row from the start of a clause, a comma inside it
# (这一年，我们这一年，我们)
RE_PHRASE2 = LazyPattern(r"([\u4e00-\u9fff][^\n，]{1,10}?[，；][^\n，]{0,10}?[\u4e00-\u9fff])\1")
ENUM_SECOND = set("是要方则来")
CLAUSE_OPEN = set("。；！？，：\n")  # 一是一是 / 一要一要: an enumeration marker typed twice


@rule("D002")
def doubled_word(ctx: Context):
    text = ctx.text
    _rx, words = _data()
    for m in RE_WORD2.finditer(text):
        unit = m.group(1)
        if (unit[0] == "一" and not (len(unit) == 2 and unit[1] in ENUM_SECOND)) or _aabb(text, m.start()) \
                or _whitelisted(text, m.start(), len(m.group()), words):
            continue
        if len(set(unit)) == 1:
            continue
        yield Hit("D002", m.start(), len(m.group()), None, {"found": m.group()})
    for m in RE_LONG2.finditer(text):
        if len(set(m.group(1))) > 2:
            yield Hit("D002", m.start(), len(m.group()), None, {"found": m.group()})
    opens = positions(text, "".join(sorted(CLAUSE_OPEN)))
    for k, p in enumerate(opens):  # a doubled phrase with a comma opens its clause: one try per comma
        if text[p] != "，":
            continue
        j = opens[k - 1] if k else -1   # the clause opening before the comma, at most 12 back
        if j >= p - 12:
            q = j + 1
        elif p <= 11:
            q = 0
        else:
            continue
        if text.find(text[q], p + 1, p + 12) < 0:
            continue  # no clause opening near, or its first character does not come again
        m = RE_PHRASE2.match(text, q)
        if m and sum(is_cjk(c) for c in m.group(1)) >= 4:
            yield Hit("D002", m.start(), len(m.group()), None, {"found": m.group()})


def sentences(line: str):
    """(start, end) of each sentence of a line that ends with 。！？!? (text after the last end
    is not a sentence). Positions of the end marks only: linear on a line without any."""
    start = 0
    for m in RE_END.finditer(line):
        yield start, m.end()
        start = m.end()


@rule("D003")
def repeated_sentence(ctx: Context):
    seen: dict[str, int] = {}
    for i, line in ctx.text_lines(frozenset({D.PARAGRAPH, D.HEADING})):
        for a, b in sentences(line):
            raw = line[a:b]
            s = raw.strip()
            if len(s) < 15:
                continue
            if s in seen:
                yield Hit("D003", ctx.starts[i] + a + (len(raw) - len(raw.lstrip())), len(s), None, {"other": seen[s]})
            else:
                seen[s] = i + 1


RE_CLAUSE_END = LazyPattern(r"[，,；;。！？!?]")


@rule("D004")
def repeated_clause(ctx: Context):
    """Two adjacent clauses of a line that are the same text of at least 6 characters
    (持续深化X机制，持续深化X机制): one was pasted twice. One pass over the clause marks."""
    for i, line in ctx.text_lines(frozenset({D.PARAGRAPH, D.HEADING})):
        prev_a = prev_s = None
        start = 0
        for m in RE_CLAUSE_END.finditer(line + "。"):
            a, b = start, m.start()
            start = m.end()
            s = line[a:b].strip()
            if prev_a is not None and len(s) >= 6 and s == prev_s:
                yield Hit("D004", ctx.starts[i] + prev_a, b - prev_a, None, {"found": s})
            prev_a, prev_s = a, s
        yield from _doubled_list_items(ctx.starts[i], line)


LIST_EDGE = set("，。；：、（）“”《》 　\n")


def _doubled_list_items(base: int, line: str):
    """持续深化、持续深化“放管服”改革: the same item of 2–8 characters on both sides of a 顿号, the
    left one opening its clause (a list never names one item twice). A bounded look at each 、."""
    n = len(line)
    p = line.find("、")
    while p >= 0:
        first = line[p + 1:p + 2]
        j = line.find(first, max(0, p - 8), p - 1) if first and p >= 2 else -1
        while j >= 0:   # the starts p - k (k = 8 … 2) whose character opens the right side too
            k = p - j
            j = line.find(first, j + 1, p - 1)
            if p + 1 + k > n:
                continue
            left = line[p - k:p]
            if left == line[p + 1:p + 1 + k] and all(is_cjk(c) for c in left) and \
                    (p - k == 0 or line[p - k - 1] in LIST_EDGE):
                yield Hit("D004", base + p - k, 2 * k + 1, None, {"found": line[p - k:p + 1 + k]}, variant="list")
                break
        p = line.find("、", p + 1)
