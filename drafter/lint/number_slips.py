"""Numbers, round 13B (GB/T 15835-2011):

N026  a 概数 with 几 written with Arabic digits (几10个, 10几名): a 概数 is written in Chinese numerals
      (5.2.2) — 几十个, 十几名.
N027  a full-width comma used as a thousands separator (1，280万元): GB/T 15835-2011 5.1.4 groups digits
      with a thin space (or, in some fields, the half-width 千分撇 ","), never with the Chinese 逗号.
N028  a plan period or a campaign with Arabic digits (“14五”, 8五普法): the party and state write
      “十四五”, “八五”普法 in Chinese numerals (惯例; GB/T 15835-2011 5.2.3 fixed words).

Each is one regex started at a rare literal (几, ，, 五), so the scans are linear."""

from __future__ import annotations


from drafter.lint.context import Context, Hit, occurrences, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

UNITS = "个件人名家项次场户所条篇批座岁天年万千百元"
RE_JI_DIGITS = LazyPattern(rf"几(?P<d>10|100|1000)(?=[{UNITS}])|(?<![\d.])(?P<e>10)几(?=[{UNITS}])")
CN = {"10": "十", "100": "百", "1000": "千"}


@rule("N026")
def approx_with_digits(ctx: Context):
    """几10个 → 几十个; 10几名 → 十几名."""
    text = ctx.text
    for p in occurrences(text, "几"):
        m = RE_JI_DIGITS.match(text, p) or RE_JI_DIGITS.match(text, max(0, p - 2))
        if m is None or not (m.start() <= p < m.end()):
            continue
        want = "几" + CN[m.group("d")] if m.group("d") else "十几"
        yield Hit("N026", m.start(), m.end() - m.start(), None, {"found": m.group(), "expected": want})


RE_CN_COMMA_GROUPS = LazyPattern(r"(?<![\d.，])[1-9]\d{0,2}(?:，\d{3})+(?![\d，])(?=(?:万|亿)?(?:元|人|件|户|名|个|家|次|场|册|份|平方米|亩|吨))")


@rule("N027")
def chinese_comma_thousands(ctx: Context):
    """1，280万元: a 逗号 inside a number."""
    text = ctx.text
    done = -1
    for p in positions(text, "，"):
        if p < done or p == 0 or not text[p - 1].isdigit():
            continue
        s = p - 1
        while s > 0 and p - s < 3 and text[s - 1].isdigit():
            s -= 1
        m = RE_CN_COMMA_GROUPS.match(text, s)
        if m is not None:
            done = m.end()
            yield Hit("N027", m.start(), m.end() - m.start(), m.group().replace("，", ""),
                      {"found": m.group(), "expected": m.group().replace("，", "")})


CN_NUM = "一二三四五六七八九十"
RE_PLAN_DIGITS = LazyPattern(r"(?<![\d.])(?P<n>1[0-6]|[1-9])五(?=[”\"’]|规划|时期|期间|普法|末|以来|开局|收官)")


def _cn(n: int) -> str:
    return CN_NUM[n - 1] if n <= 10 else "十" + CN_NUM[n - 11]


@rule("N028")
def plan_period_digits(ctx: Context):
    """“14五” → “十四五”."""
    text = ctx.text
    for p in occurrences(text, "五"):
        if p == 0 or not text[p - 1].isdigit():
            continue
        m = RE_PLAN_DIGITS.match(text, max(0, p - 2)) or RE_PLAN_DIGITS.match(text, p - 1)
        if m is None or m.end() != p + 1:
            continue
        want = _cn(int(m.group("n"))) + "五"
        yield Hit("N028", m.start(), m.end() - m.start(), want, {"found": m.group(), "expected": want})
