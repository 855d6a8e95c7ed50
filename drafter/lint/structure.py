"""Structure (GB/T 9704-2012 7.3.3): S001–S007 over the parsed outline."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.lint.context import Context, Hit
from drafter.lint.registry import family, rule
from drafter.lint.structure_forms import digit_siblings
from drafter.text.numerals import to_chinese
from drafter.text.punct import fold
from drafter.core.resources import bank_file, kinds, load_toml, role_names

LEVEL_FORMS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}


def _marker(level: int, n: int) -> str:
    if level in (1, 2):
        return LEVEL_FORMS[level].format(to_chinese(n))
    return LEVEL_FORMS[level].format(n)


# S004: a level-1/2 heading naming a section (主要工作成效。) and a first line naming the document
# (……工作总结。) are warnings; other headings ending in 。 (sentences) advice only (lint/headings.toml)
@functools.cache
def _heading_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(section nouns, title endings, closing formulas) of lint/headings.toml."""
    d = load_toml("lint/headings.toml")
    return tuple(d["section_nouns"]), tuple(d["title_ends"]), tuple(d["closings"])


@rule("S004")
def heading_period(ctx: Context):
    blocks = ctx.doc.blocks
    section_nouns, title_ends, closings = _heading_words()
    for b in blocks:
        if b.kind == D.HEADING and b.marker and not b.run_in and b.text.endswith("。") and b.detail != "article":
            noun = (b.level or 1) <= 2 and b.text[:-1].endswith(section_nouns) and "，" not in b.text
            yield Hit("S004", line=b.line, column=b.column + len(b.text) - 1, length=1, variant="noun" if noun else "")
    first = next((b for b in blocks if b.kind not in (D.BLANK, D.CHROME)), None)
    if first is not None and first.kind in (D.TITLE, D.PARAGRAPH) and len(first.text) <= 40 \
            and first.text.endswith("。") and first.text[:-1].endswith(title_ends) and "，" not in first.text \
            and not first.text.startswith(closings) \
            and len(blocks) > 1:
        yield Hit("S004", line=first.line, column=first.column + len(first.text) - 1, length=1, variant="title")


def _numbering_hits(ctx: Context) -> list[Hit]:
    """The family's hits; a level skip under a first-level parent whose children mix forms is S013's,
    not S002's (一、 then 1. 2. then （一）: the odd one is the later （一）); under a deeper parent the
    skip itself is wrong too (（一） then （1） then 1.: （1） skipped the level that 1. then uses)."""
    hits = list(_numbering(ctx))
    mixed = {h.args["parent_line"] for h in hits if h.rule == "S013"}
    return [h for h in hits if not (h.rule == "S002" and h.args.get("parent_line") in mixed
                                    and _level_at(ctx, h.args["parent_line"]) == 1)]


def _level_at(ctx: Context, line: int) -> int | None:
    b = ctx.block_at[line - 1] if 1 <= line <= len(ctx.block_at) else None
    return b.level if b is not None else None


family("numbering", _numbering_hits, "S001", "S002", "S012", "S013")


def _numbering(ctx: Context):
    """S001 skipped/repeated ordinals per parent; S002 a level deeper than its parent allows (a
    document that never uses （一） may put 1. right under 一、); S012 numbering that goes on from
    the previous parent instead of restarting; S013 a heading of a shallower form after deeper
    ones under one parent (（一） after 1. 2. as siblings)."""
    last: dict[int, int] = {}
    last_line: dict[int, int] = {}
    closed: dict[int, int] = {}   # level -> the last ordinal under the previous parent
    stack: list = []  # enclosing numbered headings
    deepest: dict[int, int] = {}  # line of a parent -> the deepest level of its direct children so far
    plain = 0  # unnumbered headings so far; plain_at: their count when a level last numbered
    plain_at: dict[int, int] = {}
    siblings = digit_siblings(ctx)  # (一、 二、 3、: S014's, a first-level heading in the wrong form)
    numbered = [b for b in ctx.doc.blocks if b.kind == D.HEADING and b.marker and b.level is not None
                and id(b) not in siblings]
    two_level = not any(b.level in (2, 4) for b in numbered)  # only 一、 and 1.: a consistent two-level outline
    # an excerpt: the text opens with a heading (no title, no preamble), so its first heading may
    # carry any ordinal (三、 … taken from the middle of a report)
    first = next((b for b in ctx.doc.blocks if b.kind not in (D.BLANK, D.CHROME)), None)
    excerpt_head = first if first is not None and first.kind == D.HEADING and first.marker else None
    for b in ctx.doc.blocks:
        if b.kind in (D.TITLE, D.ATTACHMENT):
            last.clear()
            stack.clear()
            closed.clear()
            continue
        if (b.kind != D.HEADING or not b.marker or b.ordinal is None or b.level is None or b.detail in ("part", "chapter")
                or id(b) in siblings):
            if b.kind == D.HEADING or (b.kind == D.PARAGRAPH and len(b.text) <= 24 and not b.text.endswith(tuple("。；！？：，"))):
                plain += 1  # an unnumbered heading (工作成效) may open a part that numbers afresh
            continue
        L, n = b.level, b.ordinal
        while stack and stack[-1].level >= L:
            stack.pop()
        for deeper in [k for k in last if k > L]:
            closed[deeper] = last.pop(deeper)
        prev = last.get(L, 0)
        parent = stack[-1] if stack else None
        restart = n == 1 and prev > 0 and (plain_at.get(L) != plain or L == 1)
        if n != prev + 1 and not restart and not (b is excerpt_head and prev == 0):
            if prev == 0 and parent is not None and closed.get(L) and n == closed[L] + 1:
                yield Hit("S012", line=b.line, column=b.column, length=len(b.marker),
                          args={"found": b.marker, "expected": _marker(L, 1), "parent": parent.marker})
            elif (n > prev + 1 and not _written_between(ctx, last_line.get(L, 0), b.line, L, prev + 1)) or n <= prev:
                yield Hit("S001", line=b.line, column=b.column, length=len(b.marker),
                          args={"found": b.marker, "expected": _marker(L, prev + 1)})
        last[L] = n
        last_line[L] = b.line
        plain_at[L] = plain
        if parent is not None:
            key = parent.line
            if deepest.get(key, L) > L:
                yield Hit("S013", line=b.line, column=b.column, length=len(b.marker),
                          args={"found": b.marker, "parent": parent.marker, "parent_line": key})
            deepest[key] = max(deepest.get(key, L), L)
            if L > parent.level + 1 and not (two_level and parent.level == 1 and L == 3):
                yield Hit("S002", line=b.line, column=b.column, length=len(b.marker),
                          args={"found": b.marker, "parent": parent.marker, "parent_line": parent.line})
        stack.append(b)


# marker as written (folded) -> the standard form (GB/T 9704 7.3.3: 一、 （一） 1. （1）)
_L3_WRONG = re.compile(r"^([0-9]{1,2})([、．])")
_AFTER_MARK = re.compile(r"^[、，．.]")
_MARK_IN_MARKER = re.compile(r"^[(（][^)）]{1,3}[)）]([、，．.,])")


@rule("S007")
def marker_form(ctx: Context):
    """S007: 1、 or 1． for 1.; 一. for 一、, or 一 with a space for its 、; a stray mark after a bracketed
    number: （一）、 （1）、"""
    siblings = digit_siblings(ctx)
    for b in ctx.doc.blocks:
        if b.kind != D.HEADING or not b.marker or b.level is None or id(b) in siblings:
            continue
        f = fold(b.marker)
        if b.level == 3:
            m = _L3_WRONG.match(f)
            if m:
                yield Hit("S007", line=b.line, column=b.column + len(m.group(1)), length=1, fix=".",
                          args={"found": b.marker, "expected": m.group(1) + "."})
        elif b.level == 1 and f[-1] in ".．":
            yield Hit("S007", line=b.line, column=b.column + len(b.marker) - 1, length=1, fix="、",
                      args={"found": b.marker, "expected": b.marker[:-1] + "、"})
        elif (b.level == 1 and b.detail not in ("part", "chapter") and f[-1] not in "、"
              and b.text[len(b.marker):len(b.marker) + 1] in (" ", "\u3000")):
            # 一 调研背景: the 、 set as a space
            yield Hit("S007", line=b.line, column=b.column + len(b.marker), length=1, fix="、",
                      args={"found": b.marker + " ", "expected": b.marker + "、"})
        elif b.level in (2, 4):
            rest = b.text[len(b.marker):]
            inside = _MARK_IN_MARKER.match(f)
            if inside:  # the parser kept the stray mark in the marker: （一）、
                k = inside.start(1)
                yield Hit("S007", line=b.line, column=b.column + k, length=1, fix="",
                          args={"found": b.marker, "expected": b.marker[:k]})
            elif _AFTER_MARK.match(fold(rest)):
                yield Hit("S007", line=b.line, column=b.column + len(b.marker), length=1, fix="",
                          args={"found": b.marker + rest[0], "expected": b.marker})


def _written_between(ctx: Context, lo: int, hi: int, level: int, n: int) -> bool:
    """The missing ordinal stands at the start of a line between lines lo and hi after all (a
    line the parser took for text, such as 20.2026年10件民生实事)."""
    from drafter.text.punct import fold as _fold
    want = _fold(_marker(level, n))
    alt = {want, want.replace(".", "．"), want.replace(".", "、")}
    for k in range(lo, hi - 1):
        if _fold(ctx.lines[k].lstrip()).startswith(tuple(alt)):
            return True
    return False


@rule("S003")
def enumeration_skip(ctx: Context):
    """S003: 一是 … 三是 with 二是 missing (runs go on across the paragraphs of one section)."""
    last = 0
    for b in ctx.doc.blocks:
        if b.kind == D.HEADING:
            last = 0
        if not b.enums:
            continue
        for e in b.enums:
            if e.ordinal == 1:
                last = 1
            elif e.ordinal == last + 1:
                last = e.ordinal
            elif e.ordinal == last and last >= 2:  # 二是 … 二是
                yield Hit("S003", line=b.line, column=b.column + e.offset, length=len(e.marker),
                          args={"found": e.marker, "expected": to_chinese(last + 1) + "是"})
                last = e.ordinal + 1
            elif e.ordinal > last + 1 and last >= 1:
                missing = to_chinese(last + 1) + "是"
                if missing in b.text[:e.offset]:
                    last = e.ordinal
                    continue  # written but not taken for an item (九是为…)
                yield Hit("S003", line=b.line, column=b.column + e.offset, length=len(e.marker),
                          args={"found": e.marker, "expected": to_chinese(last + 1) + "是"})
                last = e.ordinal
            else:
                last = e.ordinal


def detected_kind(doc) -> str | None:
    """The document form when the title or first lines name it (never the annual default)."""
    from drafter.core.outline import detect_kind
    return detect_kind(doc)


MIN_REPORT_CHARS = 300


@rule("S005")
def missing_section(ctx: Context):
    """S005: a section the kind requires is missing (only for structured reports of a named kind,
    and only on a text long enough to be a whole report: an excerpt of MIN_REPORT_CHARS or fewer
    characters is not expected to have every section)."""
    doc = ctx.doc
    if len(ctx.text) < MIN_REPORT_CHARS:
        return
    kind = detected_kind(doc)
    if kind is None:
        return
    top = [b for b in doc.blocks if b.kind == D.HEADING and b.level == 1]
    if len(top) < 2:
        return
    have = {b.role for b in doc.blocks if b.kind in (D.HEADING, D.PARAGRAPH) and b.role}
    anchor = (doc.title_blocks or top)[0]
    names = role_names()
    kname = kinds()[kind]["name"]
    for role in kinds()[kind].get("required", []):
        if role not in have:
            yield Hit("S005", line=anchor.line, column=anchor.column, length=len(anchor.text),
                      args={"kind": kname, "section": names.get(role, role)})


@rule("S006")
def house_style_heading(ctx: Context):
    """S006 (info): a level-1 heading whose wording differs from the name the mined structure
    model (phrasebank/structure.json) shows most often for that role across documents."""
    sections = bank_file("structure.json").get("sections", {})
    if not isinstance(sections, dict):
        return
    for b in ctx.doc.blocks:
        if b.kind != D.HEADING or b.level != 1 or not b.role or b.role in ("achievements", "other", "opening"):
            continue
        names = [s for s in sections.get(b.role, []) if isinstance(s, dict) and isinstance(s.get("text"), str)
                 and s.get("level", 1) == 1]
        if not names or any(_same_name(s, b.title) for s in names):
            continue
        best = max(names, key=lambda s: (_n_docs(s), s.get("count", 0) if isinstance(s.get("count"), int) else 0))
        if _n_docs(best) >= 2:
            shown = len(b.title) if b.title in b.text else max(1, len(b.text) - len(b.marker))  # (一、 / 总体情况)
            yield Hit("S006", line=b.line, column=b.column + len(b.marker), length=shown,
                      args={"expected": best["text"]})


def _n_docs(entry: dict) -> int:
    docs = entry.get("docs", 0)
    if isinstance(docs, (list, tuple, set)):
        return len(docs)
    return docs if isinstance(docs, int) else 0


def _same_name(entry: dict, title: str) -> bool:
    if entry.get("text") == title:
        return True
    pat = entry.get("pattern")
    if isinstance(pat, str) and "{" in pat:
        rx = re.escape(pat)
        rx = re.sub(r"\\\{[^{}]*\\\}", r"\\d{4}", rx)
        return re.fullmatch(rx, title) is not None
    return False
