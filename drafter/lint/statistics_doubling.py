"""Statistics arithmetic, round 13B (recomputed from the figures one sentence gives):

T021  a 翻番 that the sentence's own figures contradict (翻了一番，由800小时增至1200小时: ×1.5, not
      ×2; 较上年的280人次翻了一番，增长200%: a doubling is a growth of 100%). 翻一番 = ×2, 翻两番 = ×4.
      A 由A增至B，翻了一番 (the figures before the 番) is T006's.
T022  a rate compared with another rate in % (再犯罪率0.2%，比全市平均水平低0.1%): the difference of
      two percentages is in 个百分点 (a warning: a relative difference is possible, but rare next to
      a value in %).

Each scan starts at a rare literal (番; a % after 高/低) and stays inside one sentence of at most
WINDOW characters each side, so it is linear."""

from __future__ import annotations


from drafter.lint.arithmetic import FAN, NUM, RE_FROM_TO, STOPS, UNIT, agrees, sentence_start, value
from drafter.lint.context import Context, Hit, occurrences, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule
from drafter.lint.statistics import _is_rate, _rate_words

WINDOW = 80
RE_FAN = LazyPattern(r"翻了?(?P<fan>[一两二三四])番")
# 翻了一番，由800小时增至1200小时 / 达560人次，较上年的280人次翻了一番
RE_FIGURES_AFTER = LazyPattern(rf"[，,（(]?即?[由从](?P<a>{NUM})(?P<ua>{UNIT})?[^，。；\d]{{0,4}}?(?:增加|增长|提高|上升|提升|扩大|增)?(?:至|到)(?P<b>{NUM})(?P<ub>{UNIT})?")
RE_FIGURES_BEFORE = LazyPattern(rf"(?:达到?|为|至|到|共|有)(?P<b>{NUM})(?P<ub>{UNIT})[^。；\d]{{0,6}}?[，,](?:较|比)[^，。；\d]{{0,8}}?的?(?P<a>{NUM})(?P<ua>{UNIT})")
RE_GROWTH = LazyPattern(r"(?:增长|增加|提高|上升|提升)了?(?P<n>\d+(?:\.\d+)?)[%％]")


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _sentence_end(text: str, p: int) -> int:
    e = min(len(text), p + WINDOW)
    ends = [text.find(c, p, e) for c in STOPS]
    return min([x for x in ends if x >= 0] + [e])


@rule("T021")
def doubling_arithmetic(ctx: Context):
    """翻了一番 against the two figures of one unit, and against a % growth, in the same sentence."""
    text = ctx.text
    for p in occurrences(text, "番"):
        m = RE_FAN.match(text, max(0, p - 3)) or RE_FAN.match(text, max(0, p - 2))
        if m is None or m.end() != p + 1:
            continue
        s, e = max(sentence_start(text, m.start(), WINDOW), m.start() - WINDOW), _sentence_end(text, p)
        fm = RE_FROM_TO.search(text, s, e)
        if fm is not None and fm.group("fan"):
            continue  # 由A增至B，翻了一番: T006
        times = FAN[m.group("fan")]
        g = RE_GROWTH.search(text, m.end(), min(e, m.end() + 12))
        if g is not None and not agrees((times - 1) * 100, g.group("n")):
            yield Hit("T021", g.start(), g.end() - g.start(), None,
                      {"found": g.group(), "expected": f"增长{(times - 1) * 100:.0f}%", "fan": m.group()})
            continue
        a = b = None
        after = RE_FIGURES_AFTER.match(text, m.end(), e)
        if after is not None:
            a, b = after.group("a"), after.group("b")
            ua, ub = after.group("ua"), after.group("ub")
        else:
            before = RE_FIGURES_BEFORE.search(text, s, m.start())
            if before is not None and before.end() == m.start():
                a, b = before.group("a"), before.group("b")
                ua, ub = before.group("ua"), before.group("ub")
        if a is None or (ua and ub and ua != ub):
            continue
        a, b = value(a), value(b)
        if 0 < a < b and abs(b / a - times) > 0.05 * times:
            yield Hit("T021", m.start(), m.end() - m.start(), None,
                      {"found": m.group(), "expected": f"原来的{_fmt(b / a)}倍（增长{_fmt((b - a) / a * 100)}%）",
                       "fan": m.group()})


# 再犯罪率控制在0.2%，比全市平均水平低0.1%: a rate's value in %, then its difference from another in %
RE_RATE_GAP = LazyPattern(rf"(?:[，,]?(?:比|较|低于|高于)[^，。；\d%％]{{1,12}}?)(?:高出|低出|高|低|多|少)了?(?P<num>{NUM}[%％])$")
RE_RATE_VALUE = LazyPattern(rf"(?P<rate>[\u4e00-\u9fff]{{0,6}}?率)[^，。；\d]{{0,8}}?{NUM}[%％]$")


@rule("T022")
def rate_gap_percent(ctx: Context):
    """A rate (0.2%) said to be 低0.1% than another: the gap of two rates is in 个百分点."""
    text = ctx.text
    if "率" not in text:
        return
    words, nots = _rate_words()
    for p in positions(text, "%％"):
        if text.startswith("个百分点", p + 1):
            continue
        s = sentence_start(text, p, 60)
        m = RE_RATE_GAP.search(text, max(s, p - 24), p + 1)
        if m is None:
            continue
        head = m.start()
        v = RE_RATE_VALUE.search(text, max(s, head - 30), head)
        if v is not None and _is_rate(v.group("rate"), words, nots):
            n = m.group("num")
            yield Hit("T022", m.start("num"), len(n), None, {"rate": v.group("rate"), "found": n})
