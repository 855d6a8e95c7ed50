"""Statistics: T001–T005 (个百分点, 同比 pleonasms, 截至, 下降N倍, %个百分点)."""

from __future__ import annotations

import functools
import re

from drafter.lint.context import Context, Hit, positions
from drafter.lint.lexicon import LazyPattern, alternation, pattern, sort_words
from drafter.lint.registry import rule
from drafter.core.resources import DATA_DIR

NUM = r"\d+(?:\.\d+)?"
COMPARE = r"(?:同比|环比|比上年同期|较上年同期|比上年|较上年|比去年同期|较去年同期|比去年|较去年|与上年相比|与去年相比|" \
          r"比(?:19|20)\d{2}年|较(?:19|20)\d{2}年|比上半年|较上半年|比年初|较年初)"
VERB = r"(?:上升|下降|提高|降低|增长|减少|增加|回落|上涨|下滑|提升|下浮|上浮|缩小|扩大|下跌|回升)"
LEVEL_VERB = r"(?:上升|下降|提高|降低|回落|提升|下滑|回升)"


@functools.cache
def _rate_words() -> tuple[list[str], tuple[str, ...]]:
    words, nots = [], []
    target = words
    for ln in (DATA_DIR / "rate_words.txt").read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if ln == "[not]":
            target = nots
            continue
        target.append(ln)
    return sort_words(words), tuple(nots)


@functools.cache
def _subject_rx() -> re.Pattern:
    """A clause's text before the change ends with a rate word (and at most a few more characters)."""
    alt = alternation(_rate_words()[0])
    return pattern(rf"(?P<rate>[\u4e00-\u9fff]{{0,6}}?(?:{alt}|[\u4e00-\u9fff]率))[^，。；：、\d%％的\n]{{0,4}}$")


@functools.cache
def _value_rx() -> re.Pattern:
    alt = alternation(_rate_words()[0])
    return pattern(rf"(?P<rate>[\u4e00-\u9fff]{{0,6}}?(?:{alt}|[\u4e00-\u9fff]率))[^，。；\d]{{0,6}}{NUM}[%％](?:左右|以上)?$")


RE_CHANGE = LazyPattern(rf"{COMPARE}?(?:分别)?{VERB}了?(?P<num>{NUM}[%％])$")
WINDOW = 40
RE_PLEONASM = LazyPattern(r"同比(?:去年|上年|上一年|前年)(?:同期)?|(?:较|比|与|和)(?:去年|上年|上一年)(?:同期)?(?:相比)?同比|同比同期")
RE_JIEZHI = LazyPattern(r"截止(?=到|目前|今年|当前|现在|本年|去年|上年|年底|年末|\d|[一二三四五六七八九十]{1,2}月|上半年|下半年|"
                       r"本月|发稿|报告期|今|明年|前|昨|上月|本季度|上周|本周|[一二三四]季度)")
RE_TIMES_DOWN = LazyPattern(r"(?:下降|减少|降低|缩小|缩减|缩短|压缩|下跌|回落|少)了?(?:\d+(?:\.\d+)?|[一二三四五六七八九十两半几数]+)倍")
RE_PCT_POINTS = LazyPattern(rf"{NUM}[%％]个?百分点")


def _is_rate(word: str, words: list[str], nots: tuple[str, ...]) -> bool:
    """A listed rate (调解成功率) wins over a listed non-rate it happens to end with (功率)."""
    if word.endswith(tuple(words)):
        return True
    return not word.endswith(nots)


RE_CHANGE_HEAD = LazyPattern(rf"{COMPARE}?(?:分别)?{VERB}")


@rule("T001")
def rate_change_percent(ctx: Context):
    """A rate (纠错率) whose change is given in % instead of 个百分点: a window of 40 characters
    before each %; matched in place (never a slice of the rest of the text)."""
    text = ctx.text
    if "%" not in text and "％" not in text:
        return
    words, nots = _rate_words()
    subject, value = _subject_rx(), _value_rx()
    for pct in positions(text, "%％"):
        if text.startswith("个百分点", pct + 1) or text.startswith("百分点", pct + 1):
            continue
        base = max(0, pct - WINDOW)
        m = RE_CHANGE.search(text, base, pct + 1)
        if m is None:
            continue
        head = text[max(0, m.start() - 40):m.start()]
        cut = max(head.rfind(c) for c in "，。；：、\n,;:")
        clause = head[cut + 1:]
        s = m.start("num")
        v = subject.search(clause) if clause else None
        if v is None and not clause and head[cut:cut + 1] in "，,、":
            # 满意度达到98%，同比提高2%: the change follows the rate's value in the next clause
            if RE_CHANGE_HEAD.match(text, m.start()):
                prev = head[:cut]
                pcut = max(prev.rfind(c) for c in "，。；：\n,;:")
                v = value.search(prev[pcut + 1:])
        if v and _is_rate(v.group("rate"), words, nots):
            yield Hit("T001", s, len(m.group("num")), None, {"rate": v.group("rate"), "found": m.group("num")})


@rule("T002")
def yoy_pleonasm(ctx: Context):
    text = ctx.text
    for m in (RE_PLEONASM.finditer(text) if "同比" in text else ()):
        yield Hit("T002", m.start(), len(m.group()), None, {"found": m.group()})


@rule("T003")
def jiezhi(ctx: Context):
    for m in RE_JIEZHI.finditer(ctx.text):
        yield Hit("T003", m.start(), 2)


@rule("T004")
def decrease_times(ctx: Context):
    text = ctx.text
    for m in (RE_TIMES_DOWN.finditer(text) if "倍" in text else ()):
        yield Hit("T004", m.start(), len(m.group()), None, {"found": m.group()})


@rule("T005")
def percent_points(ctx: Context):
    text = ctx.text
    for m in (RE_PCT_POINTS.finditer(text) if "百分点" in text else ()):
        yield Hit("T005", m.start(), len(m.group()), None, {"found": m.group()})


# T017: 提高了5个百分比 — a rate's change is in 个百分点; 百分比 names the ratio, not its unit
RE_PERCENT_RATIO = LazyPattern(r"(?:\d+(?:\.\d+)?|[一两二三四五六七八九十]+)个?百分比")


@rule("T017")
def points_as_percent_ratio(ctx: Context):
    text = ctx.text
    for m in (RE_PERCENT_RATIO.finditer(text) if "百分比" in text else ()):
        yield Hit("T017", m.start(), len(m.group()), None, {"found": m.group()})
