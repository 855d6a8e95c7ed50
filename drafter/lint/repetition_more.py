"""Repetition beyond D001–D006: D007–D011.

D007 one word on both sides of an adverb (同比均同比上升, 全部都全部, 建设一体建设): the word is said twice;
D008 two verbs of one meaning stacked (攀升提高至98.7%, 减少降低), groups in
lint/stacked_synonyms.txt; D009 a clause said again at once: the next clause opens with it
(加强社区矫正对象监督管理，加强社区矫正对象监督管理和教育帮扶), or two adjacent paragraphs open with
the same clause of at least OPENING characters. Each scan is one regex pass or one pass over the
clause stops with bounded windows: linear in the text."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.core.resources import DATA_DIR
from drafter.lint.context import Context, Hit, matches_near
from drafter.lint.lexicon import LazyPattern, alternation
from drafter.lint.registry import rule

ADVERBS = ("均", "都", "也", "一体", "同步", "协同", "共同")  # said between a word and itself (建设一体建设)
RE_AROUND_ADVERB = LazyPattern(r"([\u4e00-\u9fff]{2})(?:%s)(\1)" % "|".join(ADVERBS))
OPENING = 8      # the shortest clause that, opening two adjacent paragraphs, is a slip
CLAUSE_MAX = 40  # the longest clause compared


@rule("D007")
def word_around_adverb(ctx: Context):
    for m in matches_near(RE_AROUND_ADVERB, ctx.text, ADVERBS, 2):
        yield Hit("D007", m.start(), m.end() - m.start(), None, {"found": m.group(), "word": m.group(1)})


@functools.cache
def _groups() -> tuple[re.Pattern, dict[str, int]]:
    member: dict[str, int] = {}
    for k, ln in enumerate((DATA_DIR / "lint" / "stacked_synonyms.txt").read_text(encoding="utf-8").splitlines()):
        if ln.strip() and not ln.startswith("#"):
            for w in ln.split():
                member[w] = k
    words = alternation(sorted(member, key=len, reverse=True))
    # the second verb ends the predicate (至/到/了/a figure/a stop): not 提升增长“含金量”, a verb and its object
    # a class of the words' first characters up front: sre skips in C to where a word can start
    first = re.escape("".join(sorted({w[0] for w in member})))
    lead = f"(?=[{first}])" if first else ""
    return re.compile(rf"{lead}(?=({words})({words})(?:[至到了为，。；、]|较|明显|显著|迅速|\d))"), member


@rule("D008")
def stacked_synonyms(ctx: Context):
    rx, member = _groups()
    for m in rx.finditer(ctx.text):
        a, b = m.group(1), m.group(2)
        if a != b and member[a] == member[b]:
            yield Hit("D008", m.start(), len(a) + len(b), None, {"found": a + b})


RE_CLAUSE = LazyPattern(r"[^，。；！？\n]{1,%d}[，；]" % CLAUSE_MAX)
RE_SENTENCE_END = LazyPattern(r"[。！？]")
SENTENCE_MIN = 12   # a one-sentence paragraph of at least this many characters, opening the next
SENTENCE_MAX = 80
TAIL_MIN = 4        # the shortest clause tail that, said again as the whole next clause, is a slip


def _tail_said_again(text: str, q: int, clause: str) -> str:
    """The next clause (from q) when it is, whole, the tail of `clause` of TAIL_MIN+ characters
    (我们坚持问题导向，坚持问题导向，): bounded by CLAUSE_MAX."""
    m = RE_CLAUSE_END_ANY.search(text, q, q + CLAUSE_MAX + 1)
    if m is None:
        return ""
    nxt = text[q:m.start()]
    if len(nxt) >= TAIL_MIN and len(nxt) < len(clause) and clause.endswith(nxt) and \
            all("\u4e00" <= c <= "\u9fff" for c in nxt):
        return nxt
    return ""


RE_CLAUSE_END_ANY = LazyPattern(r"[，,；;。！？\n]")
RE_STOP = LazyPattern(r"[，。；！？\n]")


def clause_spans(text: str):
    """Exactly the spans of `RE_CLAUSE.finditer(text)`, from the stops alone (no match attempt at
    every character): a clause is the last CLAUSE_MAX characters before a ，/； since the last stop."""
    pos = 0
    for s in RE_STOP.finditer(text):
        q = s.start()
        if q > pos and text[q] in "，；":
            yield max(pos, q - CLAUSE_MAX), q + 1
        pos = q + 1


# an enumeration or heading marker before a run-in sentence (四是深入推进普法宣传。深入推进普法宣传，)
RE_LEAD_MARK = LazyPattern(r"^[ 　]*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|"
                          r"[0-9]{1,2}[.．、]|第[一二三四五六七八九十]{1,3}[，,、]?|首先|其次|再次|最后)")
RE_RUN_IN = LazyPattern(r"(?:^|(?<=[。；;！？\n]))([^，。；！？\n]{6,%d})。" % CLAUSE_MAX)
HEADING_MIN = 6     # the shortest heading title that, given twice, is a slip


RE_RUN_IN_AFTER = LazyPattern(r"[。；;！？\n]")   # what RE_RUN_IN's look-behind accepts before a start


def _run_in_titles(text: str):
    """Exactly the matches of `RE_RUN_IN.finditer(text)`, tried only where one can start (the text's
    start and right after a stop), not at every character."""
    match, pos = RE_RUN_IN.match, 0
    m = match(text, 0)
    if m is not None:
        yield m
        pos = m.end()
    for s in RE_RUN_IN_AFTER.finditer(text):
        p = s.end()
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()


def _run_in_said_again(text: str):
    """四是深入推进普法宣传。深入推进普法宣传，……: a run-in title (a sentence of one clause after a
    marker) that the next sentence opens with again."""
    for m in _run_in_titles(text):
        title = m.group(1)
        lead = RE_LEAD_MARK.match(title)
        core = title[lead.end():] if lead else title
        if len(core) >= 6 and text.startswith(core, m.end()) and text[m.end() + len(core):m.end() + len(core) + 1] in "，,；;":
            yield Hit("D009", m.end(), len(core), None, {"found": core}, variant="next")


def _heading_title(line: str) -> str:
    """The title of a heading line: the text after its marker, up to its first 。 (run-in text after)."""
    lead = RE_LEAD_MARK.match(line)
    body = line[lead.end():] if lead else line
    k = min((body.find(c) for c in "。！？" if c in body), default=len(body))
    return body[:k].strip()


RE_HEADING_LEVEL = (re.compile(r"^[ 　]*[一二三四五六七八九十]{1,3}、"), re.compile(r"^[ 　]*[（(][一二三四五六七八九十]{1,3}[）)]"),
                    re.compile(r"^[ 　]*[0-9]{1,2}[.．]"), re.compile(r"^[ 　]*[（(][0-9]{1,2}[）)]"))


def _heading_said_again(ctx: Context):
    """（一）坚持党建引领，夯实基层基础 given as the title of two sibling headings (one parent, the
    GB/T 9704 7.3.3 levels 一、（一）1.（1）): the second is a slip. A higher heading starts new
    siblings (the 成效 and the 打算 parts may well share their titles)."""
    seen: list[set[str]] = [set() for _ in RE_HEADING_LEVEL]
    for i, line in enumerate(ctx.lines):
        if ctx.kinds[i] not in (D.HEADING, D.PARAGRAPH):
            continue
        level = next((k for k, rx in enumerate(RE_HEADING_LEVEL) if rx.match(line)), None)
        if level is None:
            continue
        for k in range(level + 1, len(seen)):
            seen[k].clear()
        title = _heading_title(line)[:CLAUSE_MAX * 2]
        if len(title) < HEADING_MIN:
            continue
        if title in seen[level]:
            a = ctx.starts[i] + line.find(title)
            yield Hit("D009", a, len(title), None, {"found": title}, variant="headings")
        seen[level].add(title)


@rule("D009")
def clause_said_again(ctx: Context):
    text = ctx.text
    yield from _run_in_said_again(text)
    yield from _heading_said_again(ctx)
    n, find = len(text), text.find
    for a, b in clause_spans(text):
        if b - a < 7 or b >= n:
            continue
        ch = text[b]
        if ch != text[a] and find(ch, a + 1, b - 4) < 0:
            continue  # the next clause can neither open with this one nor be its tail (TAIL_MIN+ inside it)
        clause, end = text[a:b - 1], text[b - 1]
        if text.startswith(clause, b) and not text.startswith(clause + end, b):
            yield Hit("D009", a, b - a, None, {"found": clause}, variant="next")
            continue
        tail = _tail_said_again(text, b, clause)
        if tail:
            t = b - 1 - len(tail)
            yield Hit("D009", t, b + len(tail) - t, None, {"found": tail}, variant="next")
    prev = prev_sentence = None
    for i, line in enumerate(ctx.lines):
        if ctx.kinds[i] != D.PARAGRAPH:
            prev = prev_sentence = None
            continue
        m = RE_CLAUSE.match(line)
        opening = m.group()[:-1] if m else None
        if opening and len(opening) >= OPENING and opening == prev:
            yield Hit("D009", ctx.starts[i], len(opening), None, {"found": opening}, variant="paragraphs")
        elif prev_sentence and line.startswith(prev_sentence) and line[len(prev_sentence):len(prev_sentence) + 1] in "，,；":
            yield Hit("D009", ctx.starts[i], len(prev_sentence), None, {"found": prev_sentence}, variant="paragraphs")
        prev = opening
        e = RE_SENTENCE_END.search(line, 0, SENTENCE_MAX + 1)
        prev_sentence = line[:e.start()] if e and e.start() >= SENTENCE_MIN and line[e.start() + 1:].strip() == "" else None


# a time adverbial that opens the sentence, said again a few characters on (2024年全年，区行政复议局全年共收到):
# the second is redundant. Not where the second heads a noun phrase (全年任务, 全年目标, 全年的).
TIME_WORDS = ("全年", "上半年", "下半年", "今年以来", "年内", "当年", "近年来", "前三季度", "一季度", "二季度", "三季度",
              "四季度", "截至目前", "目前")
# the class of the words' first characters up front lets sre skip in C to where a word can start
RE_TIME_TWICE = LazyPattern(r"(?=[%s])(?<![0-9０-９一二三四五六七八九十第])(%s)[，,]([^，,。；;！？!?\n]{1,16}?)\1"
                           r"(?!任务|目标|计划|指标|的|工作|数据|累计|同比|平均|综合|总|以来|度)"
                           % ("".join(sorted({w[0] for w in TIME_WORDS})), "|".join(TIME_WORDS)))
RE_OPENING = LazyPattern(r"(?:^|[。；;！？!?\n])[ 　]*(?:(?:19|20)[0-9]{2}年)?$")


@rule("D010")
def time_said_twice(ctx: Context):
    text = ctx.text
    for m in RE_TIME_TWICE.finditer(text):
        a = m.start()
        if not RE_OPENING.search(text, max(0, a - 8), a):
            continue
        s = m.end() - len(m.group(1))
        yield Hit("D010", s, len(m.group(1)), None, {"found": m.group(1)})


# D011: an enumeration marker typed twice in one paragraph or in two adjacent paragraphs (一是……。一是……):
# the second should be the next (二是). Markers at a clause start only; reset by the next marker of the run.
RE_ENUM = LazyPattern(r"(?:^|(?<=[。；;，,：:\n]))[ 　]*(一是|二是|三是|四是|五是|首先|其次)")


@rule("D011")
def enumeration_marker_twice(ctx: Context):
    last_i, last_mark = -2, None
    for i, line in ctx.text_lines(frozenset({D.PARAGRAPH})):
        # a run may go on from the paragraph just before (一是……。\n一是……): its last marker carries over
        prev = last_mark if i == last_i + 1 else None
        last_mark = None
        for m in RE_ENUM.finditer(line):
            mark = m.group(1)
            if mark == prev and mark in ("一是", "首先"):
                yield Hit("D011", ctx.starts[i] + m.start(1), 2, None,
                          {"found": mark, "expected": "二是" if mark == "一是" else "其次"})
            prev = last_mark = mark
        last_i = i
