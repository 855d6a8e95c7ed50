"""Structure, the forms of GB/T 9704-2012 7.3.3 beyond S001–S007: S008–S011.

S008 a marker outside the four levels (一） 1） ① 1.1 Ⅱ、); S009 a wrong mark after an ordinal at the
start of a line (一， 一： 一. where the parser saw no heading); S010 a heading that stands alone
ending in ；，、 (or ： with nothing to introduce); S011 enumerations of two kinds in one run
(一是 … 第二，…). Numbering that does not restart under its parent and mixed sibling forms are
S001's and S002's family (drafter.lint.structure)."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

CN = "一二三四五六七八九十"
RE_HALF_BRACKET = LazyPattern(rf"^(?:[{CN}]{{1,3}}|\d{{1,2}})[）)](?=\S)")
RE_CIRCLED = LazyPattern(r"^[①-⑳⑴-⒇⒈-⒛㈠-㈩]")
# Ⅱ、 / II. / ⅲ） — Roman numerals as outline markers (GB/T 9704 uses only 一、（一）1.（1）)
RE_ROMAN = LazyPattern(r"^(?:[Ⅰ-Ⅻⅰ-ⅻ](?:[、.．）)]|(?![级类期型度号]))|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})[、.．）)])\s*(?=[\u4e00-\u9fff“《（]|(?<=[、.．）)])\d)")
RE_OUTLINE = LazyPattern(r"^\d{1,2}[.．]\d{1,2}(?:[.．]\d{1,2})*\s*(?=[\u4e00-\u9fff“《（])(?![万亿元倍千百])")
RE_WRONG_MARK = LazyPattern(rf"^([{CN}]{{1,3}})([，,．.:：；])(?=\S)")
LINE_KINDS = (D.HEADING, D.PARAGRAPH)
# a first line read as the title (Ⅱ.2026年工作打算 opening a fragment) cannot carry a marker either
MARKER_KINDS = LINE_KINDS + (D.TITLE,)


@rule("S008")
def marker_outside_levels(ctx: Context):
    for b in ctx.doc.blocks:
        if b.kind not in MARKER_KINDS or (b.kind == D.HEADING and b.marker and not RE_HALF_BRACKET.match(b.text)):
            continue  # (the outline reads 一） and 1） as levels 2 and 4, their opening bracket lost: still a wrong form)
        t = b.text
        m = RE_HALF_BRACKET.match(t) or RE_CIRCLED.match(t) or RE_OUTLINE.match(t) or RE_ROMAN.match(t)
        if m is None:
            continue
        found = m.group().strip()
        if t[0] in CN:
            expected = f"“{t[:len(found) - 1]}、”或“（{t[:len(found) - 1]}）”"
        elif t[0].isdigit() and found[-1] in "）)":
            expected = f"“{found[:-1]}.”或“（{found[:-1]}）”"
        else:
            expected = "一、（一）1.（1）"
        yield Hit("S008", line=b.line, column=b.column, length=len(found), args={"found": found, "expected": expected})


@rule("S009")
def wrong_mark_after_ordinal(ctx: Context):
    for b in ctx.doc.blocks:
        if b.kind not in LINE_KINDS or (b.kind == D.HEADING and b.marker):
            continue
        m = RE_WRONG_MARK.match(b.text)
        if m is None:
            continue
        num, mark = m.groups()
        rest = b.text[m.end():m.end() + 1]
        if rest in CN or (rest.isdigit() and mark not in ".．"):
            continue  # 一，二季度 … (一.2025年 is a marker all the same)
        yield Hit("S009", line=b.line, column=b.column + len(num), length=1,
                  args={"found": m.group(), "expected": num + "、"})


@rule("S010")
def heading_end_mark(ctx: Context):
    blocks = ctx.doc.blocks
    for k, b in enumerate(blocks):
        if b.kind != D.HEADING or not b.marker or b.run_in or not b.text:
            continue
        end = b.text[-1]
        if end == "：":
            nxt = next((x for x in blocks[k + 1:k + 4] if x.kind not in (D.BLANK, D.CHROME)), None)
            if nxt is not None and nxt.kind == D.PARAGRAPH and (b.level or 1) > 2:
                continue  # 1.“四上”企业：… a gloss introducing what follows (not 一、 or （一）)
        elif end not in "；，、;,":
            continue
        yield Hit("S010", line=b.line, column=b.column + len(b.text) - 1, length=1, args={"found": end})


RE_OTHER_ENUM = LazyPattern(r"(?:^|(?<=[。；！？]))(第[二三四五六七八九十]|其[二三四五六七八九]|其次|再次)[，,、]")


OWN_FIRST = {"第": "第一", "其": "(?:其一|首先)", "再": "首先"}


@rule("S011")
def mixed_enumeration(ctx: Context):
    """一是 … 第二，… in one paragraph: the enumeration switches form."""
    for b in ctx.doc.blocks:
        if not b.enums or b.kind not in LINE_KINDS:
            continue
        first = b.enums[0].offset
        for m in RE_OTHER_ENUM.finditer(b.text, first):
            opener = OWN_FIRST.get(m.group(1)[0], "首先")
            if re.search(rf"(?:^|[。；！？：]){opener}[，,、]", b.text[first:m.start()]):
                continue  # 二是强化监督。第一，…；第二，…: an enumeration of its own, nested in the other
            yield Hit("S011", line=b.line, column=b.column + m.start(1), length=len(m.group(1)),
                      args={"found": m.group(1), "expected": b.enums[0].marker})
            break


RE_DIGIT_ORDINAL = LazyPattern(r"^(\d{1,2})(?:、|[.．](?![\d.．]))")  # not 2.5, a decimal


def digit_siblings(ctx: Context) -> dict:
    """The lines numbered in digits that go on from the first-level ordinals (一、… 二、… 3、…, with no
    1./（一） opened since), whether the parser read them as text or as a level-3 heading (3、2025年…):
    block -> (the marker as written, the first-level marker it stands for). S014's; the numbering
    rules leave them to it."""
    def build(ctx: Context) -> dict:
        out = {}
        last_l1, opened = 0, True
        for b in ctx.doc.blocks:
            heading = b.kind == D.HEADING and b.marker and b.level is not None
            if heading and b.level != 3 or heading and (opened or not last_l1):
                if b.level == 1:
                    last_l1, opened = b.ordinal or 0, False
                else:
                    opened = True
                continue
            if b.kind not in (D.PARAGRAPH, D.HEADING) or opened or not last_l1:
                continue
            m = RE_DIGIT_ORDINAL.match(b.text)
            if m is None or int(m.group(1)) != last_l1 + 1 or last_l1 >= 10:
                if heading:
                    opened = True  # a real 1. under the first level
                continue
            out[id(b)] = (m.group(), CN[last_l1] + "、")
            last_l1 += 1
        return out
    return ctx.memo("digit-siblings", build)


@rule("S014")
def sibling_in_digits(ctx: Context):
    """一、… 二、… 3、…: a line numbered in digits that goes on from the first-level ordinals (the
    next one, with no 1./（一） opened since) is a first-level heading written in the wrong form."""
    found = digit_siblings(ctx)
    for b in ctx.doc.blocks:
        if id(b) in found:
            marker, want = found[id(b)]
            yield Hit("S014", line=b.line, column=b.column, length=len(marker),
                      args={"found": marker, "expected": want})
