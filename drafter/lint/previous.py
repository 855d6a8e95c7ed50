"""Last year's report (--previous): V001 paragraphs that are near copies of last year's,
V002 year numbers that were not moved on."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.lint.context import Context, Hit, report_year
from drafter.lint.registry import rule

MIN_LEN = 30          # shorter paragraphs (headings, slogans) repeat legitimately
COPY_SCORE = 90       # rapidfuzz ratio at or above which a paragraph is a near copy
RE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
BEFORE_OK = ("比", "较", "与", "在", "从", "自", "至", "截至", "相比", "同", "于", "对比", "相较")
AFTER_OK = re.compile(r"年?[^，。；\n]{0,6}?(以来|基础上|的基础|相比|水平|同期|底数|为基数|为基准)")


def _copies(ctx: Context) -> tuple[dict[int, tuple[int, str]], list[Hit]]:
    """Paragraphs that are (near) copies of last year's: {line: (old line, old text)}, and the
    V001 hits (score ≥ COPY_SCORE). Shared by V001 and V002."""
    from rapidfuzz import fuzz, process  # only with --previous
    prev = ctx.previous
    old = [(b.line, b.text) for b in prev.blocks if b.kind == D.PARAGRAPH and len(b.text) >= MIN_LEN]
    exact = {t: ln for ln, t in old}
    old_texts = [t for _ln, t in old]
    copies: dict[int, tuple[int, str]] = {}
    hits: list[Hit] = []
    for b in ctx.doc.blocks:
        if b.kind != D.PARAGRAPH or len(b.text) < MIN_LEN:
            continue
        if b.text in exact:
            hit = (exact[b.text], 100.0, b.text)
        else:
            lo, hi = len(b.text) * 0.8, len(b.text) * 1.25
            cands = [t for t in old_texts if lo <= len(t) <= hi]
            r = process.extractOne(b.text, cands, scorer=fuzz.ratio, score_cutoff=80) if cands else None
            hit = (exact[r[0]], r[1], r[0]) if r else None
        if hit is None:
            continue
        copies[b.line] = (hit[0], hit[2])
        if hit[1] >= COPY_SCORE:
            hits.append(Hit("V001", line=b.line, column=b.column, length=len(b.text),
                            args={"other": hit[0], "score": int(round(hit[1]))}))
    return copies, hits


def copies(ctx: Context) -> dict[int, tuple[int, str]]:
    """{line: (last year's line, its text)} of the paragraphs that are (near) copies of last year's."""
    return ctx.memo("copies", _copies)[0]


@rule("V001", needs_previous=True)
def copied_paragraph(ctx: Context):
    if ctx.previous is None:
        return []
    return ctx.memo("copies", _copies)[1]


@rule("V002", needs_previous=True)
def year_not_moved(ctx: Context):
    prev = ctx.previous
    if prev is None:
        return
    year_new = ctx.year
    year_old = report_year(prev)
    if year_new is None and year_old is not None:
        year_new = year_old + 1
    if year_new is None:
        return
    copies = ctx.memo("copies", _copies)[0]
    stale_years = {year_new - 1, year_new} if year_old is None else {year_old, year_new}
    for b in ctx.doc.blocks:
        if b.kind not in (D.PARAGRAPH, D.HEADING):
            continue
        in_plans = b.role == "plans"
        copy = copies.get(b.line)
        if not in_plans and copy is None:
            continue
        for m in RE_YEAR.finditer(b.text):
            y = int(m.group(1))
            if in_plans:
                if y not in stale_years:
                    continue
                where = "工作安排部分"
                expected = year_new + 1
            else:
                # a near copy of last year's paragraph that still names last year's year
                if year_old is None or y != year_old or m.group() not in copy[1]:
                    continue
                where = f"照搬上年第{copy[0]}行的段落中"
                expected = year_new
            before = b.text[max(0, m.start() - 2):m.start()]
            if before.endswith(BEFORE_OK) or AFTER_OK.match(b.text, m.end()):
                continue
            yield Hit("V002", line=b.line, column=b.column + m.start(), length=len(m.group()),
                      args={"found": m.group(), "where": where, "year": year_new, "expected": f"{expected}年"})
