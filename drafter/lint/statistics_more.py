"""More statistics arithmetic (errors; recomputed from the figures one sentence gives):

T019  an average annual rate that the two years' figures contradict (2022年1000件，2025年增至1500件，
      年均增长10%: the compound rate is (B/A)^(1/n) − 1 = 14.5%; the arithmetic mean of the yearly
      changes, (B−A)/A/n, is accepted too, since it is what many reports mean).
T020  a monthly (quarterly) average that its yearly total contradicts (全年240场，平均每月30场: 20).

Each scan starts at a rare literal (年均, 平均每月, 月均) and looks back at most WINDOW characters
inside one sentence, so it is linear."""

from __future__ import annotations


from drafter.lint.arithmetic import NUM, UNIT, agrees, sentence_start, value
from drafter.lint.context import Context, Hit, occurrences
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

WINDOW = 90
CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# 2022年…1000件，2025年增至1500件，三年年均增长10%
RE_TWO_YEARS = LazyPattern(rf"(?P<y1>(?:19|20)\d{{2}})年[^。；\d]{{0,24}}?(?P<a>{NUM})(?P<ua>{UNIT})"
                          rf"[^。；\d]{{0,8}}?(?P<y2>(?:19|20)\d{{2}})年[^。；\d]{{0,16}}?(?P<b>{NUM})(?P<ub>{UNIT})"
                          rf"[^。；\d]{{0,10}}?(?:(?P<cn>[两二三四五六七八九十])年|(?P<ar>\d{{1,2}})年)?(?:来|间|以来)?年均(?P<v>增长|增加|提高|上升|下降|减少|降低)了?"
                          rf"(?P<n>\d+(?:\.\d+)?)[%％]")


@rule("T019")
def average_annual_rate(ctx: Context):
    """2022年1000件，2025年增至1500件，年均增长10%: the two figures give 14.5% a year."""
    text = ctx.text
    for p in occurrences(text, "年均"):
        s = max(sentence_start(text, p, WINDOW), p - WINDOW)
        e = min(len(text), p + 16)
        for m in RE_TWO_YEARS.finditer(text, s, e):
            if m.start("v") != p + 2:
                continue
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            n = CN_COUNT.get(m.group("cn") or "", 0) or int(m.group("ar") or 0) or (y2 - y1)
            a, b = value(m.group("a")), value(m.group("b"))
            if m.group("ua") != m.group("ub") or n <= 0 or a <= 0 or b <= 0 or y2 <= y1:
                break
            up = m.group("v") in ("增长", "增加", "提高", "上升")
            if (b > a) != up or b == a:
                break
            compound = abs((b / a) ** (1 / n) - 1) * 100
            mean = abs(b - a) / a / n * 100
            stated = m.group("n")
            if not agrees(compound, stated) and not agrees(mean, stated):
                yield Hit("T019", m.start("v") - 2, m.end() - m.start("v") + 2, None,
                          {"found": text[m.start("v") - 2:m.end()], "expected": f"{compound:.1f}%",
                           "years": str(n)})
            break


# 全年开展普法讲座240场，平均每月30场 / 上半年…1200件，月均200件
PERIODS = (("上半年", 6), ("下半年", 6), ("前三季度", 9), ("一季度", 3), ("第一季度", 3), ("全年", 12), ("年内", 12),
           ("一年来", 12), ("今年以来", 0), ("年度", 12))
RE_TOTAL = LazyPattern(rf"(?<![\d.])(?P<a>{NUM})(?P<ua>{UNIT})")
RE_AVERAGE = LazyPattern(rf"(?:平均每(?P<m>个月|月|季度)|每(?P<m2>个月|月|季度)平均|(?P<m3>月|季)均)[^，。；\d]{{0,10}}?(?P<n>\d+(?:\.\d+)?)(?P<un>{UNIT})")


def _months(text: str, s: int, p: int) -> tuple[int, int] | None:
    """(months, offset after the period word) of the last period word before p in the sentence."""
    best = None
    for w, k in PERIODS:
        i = text.rfind(w, s, p)
        if i >= 0 and k and (best is None or i > best[1]):
            best = (k, i + len(w))
    return best


@rule("T020")
def monthly_average(ctx: Context):
    """全年开展240场，平均每月30场: 240 ÷ 12 is 20."""
    text = ctx.text
    marks = sorted({q for w in ("平均每", "每月平均", "每个月平均", "每季度平均", "月均", "季均") for q in occurrences(text, w)})
    for p in marks:
        m = RE_AVERAGE.match(text, p, min(len(text), p + 24))
        if m is None:
            continue
        s = max(sentence_start(text, p, WINDOW), p - WINDOW)
        period = _months(text, s, p)
        if period is None:
            continue
        months, after = period
        totals = [t for t in RE_TOTAL.finditer(text, after, p) if t.group("ua") == m.group("un")]
        if len(totals) != 1:
            continue   # no total, or several (a breakdown): not one division
        per = m.group("m") or m.group("m2") or m.group("m3")
        parts = months / 3 if per.startswith("季") else months
        if parts != int(parts) or parts < 2:
            continue
        avg = value(totals[0].group("a")) / parts
        if not agrees(avg, m.group("n")) and not (m.group("n").isdigit() and abs(avg - int(m.group("n"))) < 1):
            yield Hit("T020", m.start("n"), m.end() - m.start("n"), None,
                      {"found": m.group("n") + m.group("un"), "expected": f"{avg:.1f}".rstrip("0").rstrip(".") + m.group("un"),
                       "total": totals[0].group(), "parts": str(int(parts)),
                       "per": "季度" if per.startswith("季") else "月"})
