"""Statistics arithmetic, round 14B (recomputed from the figures one sentence gives):

T023  a change that the sentence's own figures contradict, in shapes T006 does not read:
      the base named after the figure (864件，较上年的720件增长25%: 20%; 3120件（2024年为3390件），
      同比增长8%: a fall); 是上年的N倍 after 由A增至B (由320件增至800件，是上年的1.5倍: 2.5倍); a change in
      成 after 由A增至B (由2000人次增至3200人次，增长了近三成: 六成). 近/接近 accept up to one 成 below,
      超过/逾 up to one 成 above, 约 or nothing half a 成 either way.
T024  a coverage-type rate (覆盖率, 建成率, 签约率…) against the part and the whole the sentence names
      (138个村中已有131个配备法律顾问，覆盖率达到100%: 94.9%).

Each scan starts at a rare literal (% 倍 成 率) and reads back inside one sentence of at most
WINDOW characters, so it is linear."""

from __future__ import annotations

import re

from drafter.lint.arithmetic import DOWN, NUM, UNIT, UP, _check_change, _fmt, _times_agree, _units_differ, agrees, \
    sentence_start, value
from drafter.lint.consistency import facts_of
from drafter.lint.context import Context, Hit, positions
from drafter.lint.registry import rule

WINDOW = 90
YEAR = r"(?:19|20)\d{2}年"
# 864件，较上年的720件增长25% / 2300件，比2023年同期的2000件增加12%
RE_BASE_NAMED = re.compile(rf"(?P<a>{NUM})(?P<ua>{UNIT})[，,]?(?:较|比)(?:上年|去年|上一年|{YEAR})(?:同期|全年)?的(?P<b>{NUM})(?P<ub>{UNIT})"
                           rf"(?:相比)?[，,]?(?P<v>{UP}|{DOWN})了?(?P<n>\d+(?:\.\d+)?)[%％]$")
# 3120件（2024年为3390件），同比增长8%
RE_BASE_PAREN = re.compile(rf"(?P<a>{NUM})(?P<ua>{UNIT})[（(](?:上年|去年|{YEAR})(?:同期|全年)?(?:为|是|共|共计)?(?P<b>{NUM})(?P<ub>{UNIT})[）)]"
                           rf"[，,]?(?:同比|比上年|较上年|比去年|较去年)?(?P<v>{UP}|{DOWN})了?(?P<n>\d+(?:\.\d+)?)[%％]$")
# 由A件增至B件 (no change stated yet: what follows is read by the caller)
RE_FROM_TO = re.compile(rf"[由从](?:{YEAR}的|上年的|去年的)?(?P<a>{NUM})(?P<ua>{UNIT})?[^，。；\d]{{0,4}}?(?P<v>{UP}|{DOWN})(?:到|至)"
                        rf"(?:{YEAR}的)?(?P<b>{NUM})(?P<ub>{UNIT})?")
RE_TIMES_OF = re.compile(r"是(?:上年|去年|上一年|原来|过去|以前)(?:同期)?的(?P<t>\d+(?:\.\d+)?|[一两二三四五六七八九十])倍$")
CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
RE_TENTHS = re.compile(rf"(?P<v>{UP}|{DOWN})了?(?P<q>近|将近|接近|不到|约|大约|超过|超|逾|达)?(?P<k>[一两二三四五六七八九])成$")
LOW_QUALIFIERS = ("近", "将近", "接近", "不到")
HIGH_QUALIFIERS = ("超过", "超", "逾")


def _from_to_before(text: str, s: int, p: int):
    """The last 由A增至B in text[s:p] with no sentence stop after it, or None."""
    last = None
    for m in RE_FROM_TO.finditer(text, s, p):
        last = m
    if last is None or _units_differ(last.group("ua"), last.group("ub")):
        return None
    return last


def _tenths_agree(rate: float, k: int, q: str | None) -> bool:
    lo, hi = k * 10 - 5, k * 10 + 5
    if q in LOW_QUALIFIERS:
        lo, hi = k * 10 - 10, k * 10 + 0.5
    elif q in HIGH_QUALIFIERS:
        lo, hi = k * 10 - 0.5, k * 10 + 10
    return lo <= rate <= hi


def _read_by_c002(ctx: Context, m: re.Match) -> bool:
    """较上年的B with the figure before it one of consistency's facts: C002 reports that change
    (it leaves out the figures of a sentence led by another year: 2024年受理……864件，较上年的720件)."""
    between = ctx.text[m.end("ua"):m.start("b")]
    if "上年" not in between and "去年" not in between:
        return False
    line = ctx.line_of(m.start())
    return any(f.line == line and f.start <= m.start("a") < f.start + len(f.text) for f in facts_of(ctx))


@rule("T023")
def change_against_base(ctx: Context):
    text = ctx.text
    for p in positions(text, "%％"):
        s = sentence_start(text, p, WINDOW)
        for rx in (RE_BASE_NAMED, RE_BASE_PAREN):
            m = rx.search(text, max(s, p - 50), p + 1)
            if m is None or _units_differ(m.group("ua"), m.group("ub")):
                continue
            if any(w in text[max(s, m.start() - 6):m.start()] for w in ("年均", "平均", "由", "从")):
                continue
            if rx is RE_BASE_NAMED and _read_by_c002(ctx, m):
                break
            wrong, want = _check_change(value(m.group("b")), value(m.group("a")), m.group("v"), m.group("n"), "%")
            if wrong:
                yield Hit("T023", m.start("v"), p + 1 - m.start("v"), None,
                          {"found": text[m.start("v"):p + 1], "expected": want})
            break
    for p in positions(text, "倍成"):
        s = sentence_start(text, p, WINDOW)
        if text[p] == "倍":
            m = RE_TIMES_OF.search(text, max(s, p - 16), p + 1)
            if m is None:
                continue
            ft = _from_to_before(text, s, m.start())
            if ft is None:
                continue
            a, b = value(ft.group("a")), value(ft.group("b"))
            t = m.group("t")
            t = str(CN[t]) if t in CN else t
            if a > 0 and b > a and not _times_agree(b / a, t):
                yield Hit("T023", m.start("t"), p + 1 - m.start("t"), None,
                          {"found": m.group(), "expected": f"是{_fmt(b / a)}倍"})
            continue
        m = RE_TENTHS.search(text, max(s, p - 8), p + 1)
        if m is None or text[p + 1:p + 2] in ("员", "立", "效", "果", "绩", "就", "为", "熟", "本", "交", "品", "色", "型"):
            continue
        ft = _from_to_before(text, s, m.start())
        if ft is None or text.count("，", ft.end(), m.start()) + text.count(",", ft.end(), m.start()) > 1:
            continue
        a, b = value(ft.group("a")), value(ft.group("b"))
        if a <= 0 or ft.group("ua") in ("%", "％"):
            continue
        up = re.fullmatch(UP, m.group("v")) is not None
        rate = abs(b - a) / a * 100
        if (b > a) != up and b != a:
            yield Hit("T023", m.start(), p + 1 - m.start(), None,
                      {"found": m.group(), "expected": f"{'增长' if b > a else '下降'}{rate:.1f}%"})
        elif not _tenths_agree(rate, CN[m.group("k")], m.group("q")):
            yield Hit("T023", m.start(), p + 1 - m.start(), None,
                      {"found": m.group(), "expected": f"{'增长' if up else '下降'}{rate:.1f}%（约{_fmt(rate / 10)}成）"})


# T024 -------------------------------------------------------------------------------------------
COVERAGE = "覆盖率|配备率|达标率|建成率|普及率|签约率|到位率|入驻率|建制率|设立率|挂牌率"
RE_PART_OF = re.compile(rf"(?P<w>{NUM})(?P<uw>个|家|所|名|户|座)[^，。；\d]{{0,12}}?中[，,]?(?:已有|已经有|共有|有|已)(?P<a>{NUM})(?P<ua>个|家|所|名|户|座)"
                        rf"[^。；\d%％]{{0,24}}?[，,](?:[^，。；\d]{{0,8}}?)(?P<r>{COVERAGE})(?:达到|达|为|是)?(?P<n>\d+(?:\.\d+)?)[%％]$")


@rule("T024")
def coverage_share(ctx: Context):
    text = ctx.text
    for p in positions(text, "%％"):
        if "率" not in text[max(0, p - 12):p]:
            continue
        s = sentence_start(text, p, WINDOW)
        m = RE_PART_OF.search(text, s, p + 1)
        if m is None or m.group("uw") != m.group("ua") or text[p + 1:p + 3] in ("以上", "左右"):
            continue
        a, w = value(m.group("a")), value(m.group("w"))
        if w <= 0 or a > w:
            continue
        share = a / w * 100
        if not agrees(share, m.group("n")):
            yield Hit("T024", m.start("n"), p + 1 - m.start("n"), None,
                      {"found": m.group("r") + m.group("n") + "%", "expected": f"{share:.1f}%",
                       "part": m.group("a") + m.group("ua"), "whole": m.group("w") + m.group("uw")})
