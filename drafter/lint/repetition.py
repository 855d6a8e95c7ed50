"""Repetition: D001 doubled characters (的的), D002 doubled words (推进推进), D003 sentences
repeated in the draft."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.lint.engine import Context, Hit
from drafter.text.punct import is_cjk
from drafter.core.resources import DATA_DIR

RE_SENT = re.compile(r"[^。！？!?\n]*[。！？!?]")
RE_WORD2 = re.compile(r"([\u4e00-\u9fff]{2,4})\1")


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
    return re.compile(rf"([{re.escape(chars)}])\1"), tuple(sorted(set(words), key=len, reverse=True))


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


def check(ctx: Context):
    text = ctx.text
    rx, words = _data()
    for m in rx.finditer(text):
        i = m.start()
        if _aabb(text, i) or _whitelisted(text, i, 2, words) or _word_boundary(text, i, words):
            continue
        yield Hit("D001", i, 2, None, {"found": m.group()})
    for m in RE_WORD2.finditer(text):
        unit = m.group(1)
        if unit[0] == "一" or _aabb(text, m.start()) or _whitelisted(text, m.start(), len(m.group()), words):
            continue
        if len(set(unit)) == 1:
            continue
        yield Hit("D002", m.start(), len(m.group()), None, {"found": m.group()})
    yield from _repeated_sentences(ctx)


def _repeated_sentences(ctx: Context):
    seen: dict[str, int] = {}
    for i, line in ctx.text_lines(frozenset({D.PARAGRAPH, D.HEADING})):
        for m in RE_SENT.finditer(line):
            s = m.group().strip()
            if len(s) < 15:
                continue
            key = s
            if key in seen:
                yield Hit("D003", ctx.starts[i] + m.start() + (len(m.group()) - len(m.group().lstrip())), len(s),
                          None, {"other": seen[key]})
            else:
                seen[key] = i + 1
