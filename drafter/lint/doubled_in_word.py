"""D005: a character typed twice at the end of a word (加强强人民调解, 律师师, 援助助中心), and D006:
the same character at the end of a line and at the start of the next (落实\\n实落细), where a wrapped
line was retyped.

D005 looks at each doubled Chinese character BB (one regex scan): it is reported where the character
before it and B form a word of lint/doubling.txt (or a two-character noun of mining_nouns.txt), B and
the character after the pair do not (律师|师资, 援助|助力 are right), the doubling of B is not one the
corpus uses (人人, 层层), and the pair is no part of an AABB word; or, the other way round, where B and
the character after it form a word (调解 in 人民调调解) and the character before and B do not. D006 compares the two ends of each
pair of neighbouring text lines whose first does not end a sentence (one character, or a word of
2–4: 提供\n提供). Both linear."""

from __future__ import annotations

import functools

from drafter.core import document as D
from drafter.core.resources import DATA_DIR
from drafter.lint.context import TEXT_KINDS, Context, Hit
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

RE_DOUBLE = LazyPattern(r"([\u4e00-\u9fff])\1")
COMPLEMENT = frozenset("在到着过给向入出")  # after a verb: 接在, 用到
FUNCTION = frozenset("的了是在和与把被将也都就并又或以于其得从向而对为及等按经共均已各再还更很该即仍尚但却且")  # D001's characters


@functools.cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(words, tails, doubled characters, heads: the words whose first character may not be doubled),
    kept in the data cache between runs."""
    from drafter.core.datacache import files_table
    return files_table("lint.doubling", [DATA_DIR / "lint" / "doubling.txt", DATA_DIR / "mining_nouns.txt"],
                       _build_data, code_of=__file__)


def _build_data() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for ln in (DATA_DIR / "lint" / "doubling.txt").read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if ln.startswith("[") and ln.endswith("]"):
            current = sections.setdefault(ln[1:-1], [])
            continue
        current.extend(ln.split())
    nouns = []
    for ln in (DATA_DIR / "mining_nouns.txt").read_text(encoding="utf-8").splitlines():
        w = ln.split(" ", 1)[0]
        if len(w) == 2 and not ln.startswith("#"):
            nouns.append(w)
    words = frozenset(sections.get("words", ())) | frozenset(nouns)
    tails = frozenset(sections.get("tails", ()))
    heads = frozenset(sections.get("heads", ()))
    return words, tails, frozenset("".join(sections.get("doubled", ()))), heads


def _aabb(text: str, i: int) -> bool:
    n = len(text)
    return (i + 3 < n and text[i + 2] == text[i + 3] != text[i]) or (i >= 2 and text[i - 2] == text[i - 1] != text[i])


@rule("D005")
def doubled_in_word(ctx: Context):
    text = ctx.text
    words, tails, doubled, heads = _data()
    for m in RE_DOUBLE.finditer(text):
        i = m.start()
        b = text[i]
        if b in FUNCTION or b in doubled or i == 0 or _aabb(text, i):
            continue
        ab = text[i - 1:i + 1]
        if text[i + 2:i + 3] in COMPLEMENT:
            continue  # 直接|接在, 放在: a verb with its complement
        if (ab in words or ab in tails) and text[i + 1:i + 3] not in words:
            yield Hit("D005", i, 2, None, {"found": text[i - 1:i + 2], "expected": ab})
        elif text[i + 1:i + 3] in heads and ab not in words:
            # 人民调调解: the first character of a word typed twice (the word is one of the
            # bureau's own, lint/doubling.txt [heads])
            yield Hit("D005", i, 2, None, {"found": text[i:i + 3], "expected": text[i + 1:i + 3]})


ENDS = "。！？；：，、…—）)》”’"
PROSE = frozenset({D.PARAGRAPH, D.HEADING})  # not a byline (省长 任振鹤 / 任振鹤)


@rule("D006")
def doubled_at_wrap(ctx: Context):
    lines, kinds, starts = ctx.lines, ctx.kinds, ctx.starts
    words, _tails, doubled, _heads = _data()
    for k in range(len(lines) - 1):
        a, b = lines[k].rstrip(), lines[k + 1].lstrip()
        if not a or not b or kinds[k] not in TEXT_KINDS or kinds[k + 1] not in TEXT_KINDS:
            continue
        c = a[-1]
        if c in ENDS or not ("\u4e00" <= c <= "\u9fff"):
            continue
        s = starts[k] + len(a)
        b0 = starts[k + 1] + (len(lines[k + 1]) - len(b))
        w = next((w for w in (4, 3, 2) if len(a) > w and a[-w:] == b[:w] and all(_cjk(x) for x in b[:w])), 0)
        if w and _wrapped(ctx, k):  # 提供\n提供: a word retyped at the wrap
            yield Hit("D006", s - w, b0 + w - (s - w), None, {"found": b[:w]}, variant="word")
            continue
        if c != b[0]:
            continue
        if c in doubled and c not in FUNCTION and (c + c) in words:
            continue
        yield Hit("D006", s - 1, b0 + 1 - (s - 1), None, {"found": c})


def _wrapped(ctx: Context, k: int) -> bool:
    """Line k is the first part of a wrapped sentence: prose (not a byline like 省长 任振鹤), not a
    numbered heading (二、存在问题 / 问题仍然存在 is right), and long enough to have been wrapped."""
    b = ctx.block_at[k]
    if ctx.kinds[k] not in PROSE or ctx.kinds[k + 1] not in PROSE | {D.BLANK} or (b is not None and b.marker):
        return False
    line = ctx.lines[k]
    return len(line) >= 16 or "，" in line


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"
