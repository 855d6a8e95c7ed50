"""Punctuation width. Input may carry NFKC-folded ASCII , ; : ( ) ! ? (SPEC §2); drafter parses both
forms alike (`fold`) and always writes full-width marks in Chinese context (`to_fullwidth`)."""

from __future__ import annotations

import re

# ASCII mark -> full-width mark. The mapping is 1:1 in length, so offsets survive folding.
ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_FOLD = str.maketrans(ASCII_TO_FULL)
_FOLD_PAIRS = tuple(ASCII_TO_FULL.items())


def fold(text: str) -> str:
    """Canonical form for parsing: ASCII marks become full-width. Same length as the input."""
    # chained str.replace runs in C; str.translate with a dict is ~50x slower on CJK text
    for a, f in _FOLD_PAIRS:
        if a in text:
            text = text.replace(a, f)
    return text


# Characters a page carries that nobody sees: zero-width space, non-joiner and joiner, word joiner,
# and a byte-order mark inside the text (pasted from web pages and chat apps).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


def drop_invisible(text: str) -> str:
    """text without its invisible characters (INVISIBLE); text itself when it has none."""
    return _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text


def is_cjk(ch: str) -> bool:
    """A Chinese character (CJK ideographs, incl. 〇)."""
    if not ch:
        return False
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF
            or 0xF900 <= o <= 0xFAFF or o == 0x3007)


# Full-width marks and quotes that count as "Chinese context" around a half-width mark.
# Marks that end a sentence (。！？), a clause as well (；), or a heading's lead phrase (：…), full- and
# half-width: the one home of these sets.
SENTENCE_END = "。！？!?"
CLAUSE_END = "。！？；!?;"
STOP_MARKS = "。！？；：…!?;:"

_CJK_PUNCT = set("，。、；：？！“”‘’《》（）〔〕【】…—～·「」『』")


def _chinese_context(ch: str) -> bool:
    return is_cjk(ch) or ch in _CJK_PUNCT


def _pair_parens(text: str) -> dict[int, int]:
    """Map index of '(' to index of its matching ')' (ASCII only), and back."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            j = stack.pop()
            pairs[j] = i
            pairs[i] = j
    return pairs


def fullwidth_edits(text: str) -> list[tuple[int, str, str]]:
    """Positions where a half-width mark stands in Chinese context: [(index, old, new)].

    , ; : ! ? are Chinese when a neighbour is Chinese and they do not sit between two digits
    (1,000 and 8:30 stay). A pair of ( ) is Chinese when its content or a neighbour is Chinese."""
    edits: list[tuple[int, str, str]] = []
    pairs = _pair_parens(text)
    n = len(text)
    for i, ch in enumerate(text):
        if ch not in ASCII_TO_FULL:
            continue
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch in "()":
            j = pairs.get(i)
            if j is None:
                # unpaired: decide by neighbours alone
                if _chinese_context(prev) or _chinese_context(nxt):
                    edits.append((i, ch, ASCII_TO_FULL[ch]))
                continue
            a, b = (i, j) if ch == "(" else (j, i)
            inner = text[a + 1:b]
            before = text[a - 1] if a > 0 else ""
            after = text[b + 1] if b + 1 < n else ""
            if (any(is_cjk(c) for c in inner) or _chinese_context(before) or _chinese_context(after)
                    or (a == 0 and inner.isdigit())):
                edits.append((i, ch, ASCII_TO_FULL[ch]))
            continue
        if prev.isdigit() and nxt.isdigit():
            continue
        if ch == ":" and nxt == "/":  # URLs
            continue
        if _chinese_context(prev) or _chinese_context(nxt):
            edits.append((i, ch, ASCII_TO_FULL[ch]))
    return edits


def to_fullwidth(text: str) -> str:
    """Apply `fullwidth_edits`: what drafter writes is always full-width in Chinese context."""
    edits = fullwidth_edits(text)
    if not edits:
        return text
    chars = list(text)
    for i, _old, new in edits:
        chars[i] = new
    return "".join(chars)


_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")


def squeeze(text: str) -> str:
    """Collapse whitespace runs; used to compare texts regardless of layout."""
    return _SPACE_RUN.sub(" ", text).strip()
