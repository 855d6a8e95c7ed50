"""More numbers (GB/T 15835-2011), warnings:

N023  a telephone or hotline number in Chinese numerals (一二三四八 → 12348): 号码 and other
      编号 are written in Arabic numerals (5.1.1).
N024  平米 / 860平方 for 平方米: the unit's name is 平方米 (GB 3100-1993, 《法定计量单位》; 公文惯例).
N025  a month and day joined by a dot (12.4国家宪法日): 12月4日, or 12·4 with the 间隔号 (GB/T 15834-2011
      4.16.3.2) for the name of a day.

Each scan starts at a rare literal and looks at a bounded window, so it is linear."""

from __future__ import annotations


from drafter.lint.context import Context, Hit, occurrences, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

CN = "〇零○一二三四五六七八九"
# five or more Chinese digits (no 十/百: a number read digit by digit) not before 年 (a year); or a
# three-digit emergency number before the word that names it
RE_CN_CODE = LazyPattern(rf"(?<![{CN}十百千万])(?:[{CN}]{{5,}}(?![{CN}十百千万年])|(?:一一〇|一一九|一二〇|一二二)(?=热线|报警|急救|电话|平台|服务|指挥))")
ARABIC = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}


@rule("N023")
def code_in_chinese_numerals(ctx: Context):
    """一二三四八公共法律服务热线 → 12348."""
    text = ctx.text
    last = -1
    for p in positions(text, "一二三四五六七八九"):
        if p < last or (p and text[p - 1] in CN):
            continue
        m = RE_CN_CODE.match(text, p, min(len(text), p + 16))
        if m is None:
            continue
        last = m.end()
        yield Hit("N023", p, m.end() - p, None,
                  {"found": m.group(), "expected": "".join(ARABIC[c] for c in m.group())})


RE_SQUARE = LazyPattern(r"(?<=[0-9０-９万千百十余多几两一二三四五六七八九])(?:平米|平方(?![米公千厘分里]))")


@rule("N024")
def square_metre(ctx: Context):
    """860平米 → 860平方米."""
    text = ctx.text
    for p in occurrences(text, "平"):
        m = RE_SQUARE.match(text, p, min(len(text), p + 3))
        if m is not None and p > 0:
            yield Hit("N024", p, m.end() - p, None, {"found": text[p - 1] + m.group(), "expected": text[p - 1] + "平方米"})


# 12.4国家宪法日 / 3.15消费者权益日: M.D before the name of a day, week or festival
RE_DOT_DAY = LazyPattern(r"(?<![\d.．])(?P<m>1[0-2]|[1-9])[.．](?P<d>3[01]|[12]\d|[1-9])(?![\d%％])(?=[\u4e00-\u9fff“”]{0,10}?(?:日|节|周|纪念日)(?![\u4e00-\u9fff]{0,1}[0-9]))")
NOT_A_DAY = ("个", "万", "亿", "倍", "天", "日", "小时", "年", "元", "亩", "米", "吨", "人", "件", "分")


@rule("N025")
def dotted_month_day(ctx: Context):
    """12.4国家宪法日 → 12月4日国家宪法日 (or “12·4”国家宪法日)."""
    text = ctx.text
    if "." not in text and "．" not in text:
        return
    for p in sorted(set(positions(text, ".．"))):
        s = p - 2 if p >= 2 and text[p - 2:p].isdigit() else p - 1
        if s < 0:
            continue
        m = RE_DOT_DAY.match(text, s, min(len(text), p + 16))
        if m is None or m.start() != s or text.startswith(NOT_A_DAY, m.end()) or (s and text[s - 1] == "“"):
            continue   # (“12.4” in quotes is P025's)
        yield Hit("N025", s, m.end() - s, None,
                  {"found": m.group(), "expected": f"{m.group('m')}月{m.group('d')}日"})
