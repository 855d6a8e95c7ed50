"""Numbers, the forms a pattern can check (GB/T 15835-2011, GB/T 9704-2012): N008–N017.

N008 〇 in a Chinese-numeral year (二零二六年 → 二〇二六年); N009 a 成文日期 in Chinese numerals;
N010 a 概数 of adjacent numbers in Arabic digits (5、6个 → 五六个); N011 a date that cannot exist;
N012 a weekday that does not match its date; N013 号 for 日; N014 a decimal without its 0 (.5);
N015 a range whose 万/亿/% stands only on the second number (10～20万元); N016 the form of a
发文字号 (〔2026〕3号); N017 a statistic written in Chinese numerals (二百六十二件), mixed 世纪/年代
and 1季度. Every check is a regex scan gated on a literal, or a bounded window around a mark."""

from __future__ import annotations

import calendar
import datetime
import re

from drafter.core import document as D
from drafter.lint.context import Context, Hit, anchored, around, number_start, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

CN_NUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZERO_LOOKALIKES = "零○ＯOo0０"

# N008: a year of four Chinese digits (one of them a look-alike of 〇) before 年
RE_CN_YEAR = LazyPattern(rf"[一二][〇{ZERO_LOOKALIKES}一二三四五六七八九]{{3}}年")


@rule("N008")
def chinese_year_zero(ctx: Context):
    text = ctx.text
    for p, m in anchored(text, "年", RE_CN_YEAR, 4):
        if m.end() != p + 1:
            continue
        w = text[p - 4:p]
        if not any(c in "零○ＯOo" for c in w) or sum(c.isdigit() for c in w) > 1:
            continue  # 二0二三年 (digits mixed in) is N004's
        if p > 4 and (text[p - 5] in CN_NUM or text[p - 5].isalnum() and text[p - 5].isascii()):
            continue
        want = "".join("〇" if c in ZERO_LOOKALIKES else c for c in w)
        yield Hit("N008", p - 4, 4, None, {"found": w + "年", "expected": want + "年"})


# N009: 成文日期 二〇二六年一月十五日 (GB/T 9704-2012 7.3.5: Arabic numerals, year, month and day in full)
RE_CN_DATE = LazyPattern(r"^[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$")
CN_DIGIT = {**CN_NUM, "○": 0}


def cn_small(s: str) -> int | None:
    """一 … 三十一 as an int (None when it is not such a number)."""
    if not s:
        return None
    if "十" not in s:
        return CN_NUM.get(s) if len(s) == 1 else None
    head, _, tail = s.partition("十")
    tens = CN_NUM.get(head, None) if head else 1
    ones = CN_NUM.get(tail, None) if tail else 0
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


@rule("N009")
def chinese_date_of_writing(ctx: Context):
    for b in ctx.doc.blocks:
        if b.kind not in (D.DATE, D.SIGNATURE, D.PARAGRAPH) or len(b.text) > 13:
            continue
        if not RE_CN_DATE.match(b.text):
            continue
        y = "".join(str(CN_DIGIT[c]) for c in b.text[:4])
        mo, _, d = b.text[5:-1].partition("月")
        month, day = cn_small(mo), cn_small(d)
        if month is None or day is None:
            continue
        yield Hit("N009", line=b.line, column=b.column, length=len(b.text),
                  args={"found": b.text, "expected": f"{y}年{month}月{day}日"})


# N010: 5、6个 (a 概数 of two adjacent numbers takes Chinese numerals and no mark between)
APPROX_UNITS = "个件人名天次项家条所户批场篇座倍成岁周万千百"
RE_APPROX_ARABIC = LazyPattern(rf"(?<![\d.．%])([1-9])[、—～~-]?([1-9])(?=(?:多|余)?[{APPROX_UNITS}])")
CN_ORD = "一二三四五六七八九"


@rule("N010")
def approx_in_digits(ctx: Context):
    """5、6个 / 5-6个 → 五六个. Only the case with a 顿号 or no mark between: with - or ～ it is a range."""
    text = ctx.text
    for p in positions(text, "、"):
        if p < 1 or p + 2 >= len(text):
            continue
        m = RE_APPROX_ARABIC.match(text, p - 1)
        if m is None or text[p] != "、":
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if b != a + 1:
            continue
        if p >= 2 and (text[p - 2].isdigit() or text[p - 2] in "、，第"):
            continue  # 3、4、5个 is a list; 第3、4个 ordinals
        yield Hit("N010", m.start(), m.end() - m.start(), None,
                  {"found": m.group(), "expected": CN_ORD[a - 1] + CN_ORD[b - 1]})


# N011: 2月30日, 4月31日, 13月
RE_MONTH_DAY = LazyPattern(r"(?<![\d.．/])(\d{1,2})月(\d{1,2})[日号]")
RE_BAD_MONTH = LazyPattern(r"(?<=年)(1[3-9]|[2-9]\d|0)月")
RE_YEAR_BEFORE = LazyPattern(r"((?:19|20)\d{2})年$")


@rule("N011")
def impossible_date(ctx: Context):
    text = ctx.text
    for p in positions(text, "月"):
        if p < 1 or not text[p - 1].isdigit():
            continue
        s = number_start(text, p)
        m = RE_MONTH_DAY.match(text, s)
        if m is not None:
            mo, d = int(m.group(1)), int(m.group(2))
            yb = RE_YEAR_BEFORE.search(text, max(0, s - 5), s)
            year = int(yb.group(1)) if yb else 2024  # a leap year: 2月29日 stays possible
            if mo < 1 or mo > 12:
                yield Hit("N011", s, p + 1 - s, None, {"found": m.group()})
            elif d < 1 or d > calendar.monthrange(year, mo)[1]:
                yield Hit("N011", s, m.end() - s, None, {"found": m.group()})
            continue
        if s > 0 and text[s - 1] == "年" and s >= 5 and text[s - 5:s - 1].isdigit():
            mo = int(text[s:p])
            if mo < 1 or mo > 12:
                yield Hit("N011", s, p + 1 - s, None, {"found": text[s:p + 1]})
    yield from _impossible_chinese_dates(text)


# 二〇二四年十一月三十一日: the same check on a date in Chinese numerals (成文日期 of a notice)
RE_CN_MONTH_DAY = LazyPattern(r"(?<![一二三四五六七八九十〇零])(?P<m>十[一二]?|[一二三四五六七八九])月(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")
RE_CN_YEAR_BEFORE = LazyPattern(r"([〇零○一二三四五六七八九]{4})年$")
CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}


def _cn_day_value(s: str) -> int:
    """一 … 三十一 (month and day numerals)."""
    if "十" not in s:
        return CN_DIGITS[s]
    tens, _, ones = s.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


def _impossible_chinese_dates(text: str):
    for p in positions(text, "月"):
        if p < 1 or text[p - 1] not in "一二三四五六七八九十":
            continue
        s = p - (2 if p >= 2 and text[p - 2] == "十" else 1)
        s = s - 1 if s >= 1 and text[s - 1] == "十" and text[s] != "十" else s
        m = RE_CN_MONTH_DAY.match(text, s, min(len(text), p + 6))
        if m is None:
            continue
        mo, d = _cn_day_value(m.group("m")), _cn_day_value(m.group("d"))
        yb = RE_CN_YEAR_BEFORE.search(text, max(0, s - 5), s)
        year = int("".join(str(CN_DIGITS[c]) for c in yb.group(1))) if yb else 2024
        if 1 <= mo <= 12 and (d < 1 or d > calendar.monthrange(year, mo)[1]):
            yield Hit("N011", m.start(), m.end() - m.start(), None, {"found": m.group()})


# N012: 2026年3月5日（星期三）: the weekday given does not match the date
RE_WEEKDAY = LazyPattern(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[（(]?(?:星期|周|礼拜)([一二三四五六日天])")
WEEKDAYS = "一二三四五六日"


@rule("N012")
def weekday_mismatch(ctx: Context):
    text = ctx.text
    if "星期" not in text and "周" not in text and "礼拜" not in text:
        return
    for p in positions(text, "星周礼"):
        lo = max(0, p - 12)
        m = None
        for cand in RE_WEEKDAY.finditer(text, lo, min(len(text), p + 3)):
            if cand.start(4) - p in (1, 2):
                m = cand
        if m is None:
            continue
        try:
            real = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).weekday()
        except ValueError:
            continue  # an impossible date is N011's
        given = WEEKDAYS.index("日" if m.group(4) == "天" else m.group(4))
        if given != real:
            yield Hit("N012", m.start(), m.end() - m.start(), None,
                      {"found": m.group(), "expected": "星期" + WEEKDAYS[real]})


# N013: 3月5号 in formal text → 3月5日
RE_HAO = LazyPattern(r"(?<![\d.．])(?:1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])号(?![楼院线文令台窗房馆门街路])")


@rule("N013")
def hao_for_ri(ctx: Context):
    for p, m in around(ctx.text, "号", RE_HAO, 5, 2, lambda m, p: m.end() == p + 1):
        yield Hit("N013", p, 1, None, {"found": m.group(), "expected": m.group()[:-1] + "日"})


# N014: .5 / 增长.5% — a decimal without its leading 0
RE_BARE_DECIMAL = LazyPattern(r"(?<=[\u4e00-\u9fff（，：])[.．]\d+(?=[%％万亿元倍个件人]|$)")


@rule("N014")
def bare_decimal(ctx: Context):
    text = ctx.text
    for p in positions(text, ".．"):
        m = RE_BARE_DECIMAL.match(text, p)
        if m is None or p == 0 or not ("\u4e00" <= text[p - 1] <= "\u9fff" or text[p - 1] in "（，："):
            continue
        yield Hit("N014", p, m.end() - p, None, {"found": m.group(), "expected": "0." + m.group()[1:]})


# N015: 10～20万元 / 15～30% — the 万/亿/% of a range must stand on both numbers (GB/T 15835-2011 5.1.7)
RE_RANGE_UNIT = LazyPattern(r"(?<![\d.．%％万亿])(\d+(?:\.\d+)?)([～~—－-])(\d+(?:\.\d+)?)(万|亿|%|％)")


@rule("N015")
def range_unit(ctx: Context):
    text = ctx.text
    for p in positions(text, "～~—－-"):
        if p < 1 or not text[p - 1].isdigit():
            continue
        s = number_start(text, p, decimals=True)
        m = RE_RANGE_UNIT.match(text, s)
        if m is None or m.start(2) != p:
            continue
        if m.group(2) == "—" and re.fullmatch(r"(?:19|20)\d{2}", m.group(1)):
            continue
        if m.group(2) in "-－" and re.fullmatch(r"(?:19|20)\d{2}", m.group(1)):
            continue  # a year range (N005)
        unit = m.group(4)
        yield Hit("N015", m.start(), m.end() - m.start(), None,
                  {"found": m.group(), "expected": f"{m.group(1)}{unit}～{m.group(3)}{unit}"})


# N016: 发文字号: 〔2026〕3号 — not [2026] （2026） 【2026】, no 第, no leading 0
RE_DOC_NO = LazyPattern(r"(?<=[\u4e00-\u9fff])([\[［【（(〔])((?:19|20)\d{2}|[012]\d)([\]］】）)〕])(第?)(\d+)号")


@rule("N016")
def doc_number_form(ctx: Context):
    text = ctx.text
    if "号" not in text:
        return
    for p in positions(text, "[［【（(〔"):
        m = RE_DOC_NO.match(text, p)
        if m is None or p == 0 or not ("\u4e00" <= text[p - 1] <= "\u9fff"):
            continue
        op, year, cl, di, num = m.groups()
        if op != "〔" and (op, cl) not in (("[", "]"), ("［", "］"), ("【", "】"), ("（", "）"), ("(", ")")):
            continue
        if op == "（" and not re.search(r"[发办字函委政司规通]$", text[max(0, p - 3):p]):
            continue  # （2023）浙01民初… is a court's case number; 办法（2023）… a version
        short = len(year) == 2  # 〔24〕7号: the year written short
        if op == "〔" and cl == "〕" and not di and not short and not (len(num) > 1 and num.startswith("0")):
            continue
        if short and not re.search(r"[发办字函委政司规通]$", text[max(0, p - 3):p]):
            continue  # only after the issuer's abbreviation (区司发〔24〕7号)
        want = f"〔{'20' + year if short else year}〕{int(num)}号"
        yield Hit("N016", m.start(), m.end() - m.start(), None, {"found": m.group(), "expected": want})


# N017: 二百六十二件 (a precise statistic in Chinese numerals), 20世纪八十年代, 1季度
RE_CN_STAT = LazyPattern(r"[一二三四五六七八九两][百千](?:[零〇][一二三四五六七八九]|[一二三四五六七八九]十?)"
                        r"(?:[一二三四五六七八九]?[百十]?){0,3}[一二三四五六七八九]?(?=[个件人家项次名条所户批场篇座元万])")
# 增长百分之十五点六: a statistic's percentage in Chinese numerals (百分之百 stays a word)
RE_CN_PERCENT = LazyPattern(r"百分之[一二三四五六七八九十零〇]+点[一二三四五六七八九十零〇]+|(?<=增长|下降|提高|降低|增加|减少|达到|上升)"
                           r"百分之[一二三四五六七八九十零〇]+")
# 20世纪八十年代 / 二十世纪80年代; the first character is taken up front (then the branch that fits
# it), so sre skips in C to a digit or numeral instead of trying both branches at every character
RE_MIXED_ERA = LazyPattern(r"[\d一二三四五六七八九十](?:(?<=\d)\d?世纪[一二三四五六七八九十]+年代"
                           r"|(?<=[一二三四五六七八九十])[一二三四五六七八九十]*世纪\d0年代)")
RE_QUARTER = LazyPattern(r"(?<![\d.．第])[1-4]季度")


@rule("N017")
def numeral_choice(ctx: Context):
    text = ctx.text
    for p, m in anchored(text, "百千", RE_CN_STAT, 1):
        if p >= 2 and (text[p - 2] in "十百千万第" or text[p - 2] in CN_NUM):
            continue
        yield Hit("N017", m.start(), m.end() - m.start(), None, {"found": m.group(), "expected": "阿拉伯数字"},
                  variant="stat")
    if "百分之" in text:
        for m in RE_CN_PERCENT.finditer(text):
            yield Hit("N017", m.start(), m.end() - m.start(), None, {"found": m.group(), "expected": "阿拉伯数字加%"},
                      variant="stat")
    if "世纪" in text:
        for m in RE_MIXED_ERA.finditer(text):
            yield Hit("N017", m.start(), m.end() - m.start(), None, {"found": m.group()}, variant="era")
    if "季度" in text:
        for m in RE_QUARTER.finditer(text):
            yield Hit("N017", m.start(), 1, None, {"found": m.group(), "expected": CN_ORD[int(m.group()[0]) - 1] + "季度"},
                      variant="quarter")


# N019: 下午15时 — a 12-hour period word with a 24-hour hour (or 上午 with an afternoon hour)
RE_PERIOD_HOUR = LazyPattern(r"(下午|晚上|傍晚|上午|早上|凌晨)(\d{1,2})(?=[时点:：])")


@rule("N019")
def period_word_with_24h(ctx: Context):
    text = ctx.text
    for p in positions(text, "午晚早凌傍"):
        m = RE_PERIOD_HOUR.match(text, p - 1 if text[p] == "午" and p else p)
        if m is None or not 13 <= int(m.group(2)) <= 23:
            continue
        yield Hit("N019", m.start(), m.end() + 1 - m.start(), None,
                  {"found": text[m.start():m.end() + 1], "expected": f"{m.group(2)}时"})


# N020: 区律师协会第3届会员代表大会 — the 届次 of a congress or a committee in Chinese numerals
RE_SESSION = LazyPattern(r"第(?P<n>\d{1,2})届(?P<body>[\u4e00-\u9fff]{0,10}?(?:代表大会|委员会|理事会|常委会|常务委员会|党代会|人大|政协|监事会))")


@rule("N020")
def session_in_digits(ctx: Context):
    """The 届次 of a party or people's congress, a CPPCC, an association's congress or council is
    written in Chinese numerals (惯例, as 党的二十大, 十四届全国人大); a sports or arts event
    (第15届全国运动会) is left alone."""
    text = ctx.text
    for p in positions(text, "届"):
        k = p
        while k > 0 and text[k - 1].isdigit() and p - k < 3:
            k -= 1
        if k == p or k == 0 or text[k - 1] != "第":
            continue
        m = RE_SESSION.match(text, k - 1)
        if m is None:
            continue
        n = int(m.group("n"))
        yield Hit("N020", m.start(), p + 1 - m.start(), None,
                  {"found": text[m.start():p + 1], "expected": f"第{_cn_number(n)}届"})


def _cn_number(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


# N021: 办理案件1,200件 — a thousands comma in a figure of running text
RE_THOUSANDS = LazyPattern(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?(?=[\u4e00-\u9fff%％])")
RE_BAD_GROUPS = re.compile(r"(?<![\d.,])\d{1,3},\d{4}(?![\d,])(?:\.\d+)?(?=[万亿元件人个家项次名户场])")


@rule("N021")
def thousands_comma(ctx: Context):
    """A figure of running text is written without a thousands comma (GB/T 15835-2011 5.1.4.3: 千分撇
    “,” belongs to specialised fields; 公文 write 1200件, or a thin space)."""
    text = ctx.text
    for p in positions(text, ","):
        if p < 1 or not text[p - 1].isdigit():
            continue
        s = number_start(text, p)
        if s > 0 and text[s - 1] == ",":
            continue  # the second comma of one figure: reported at the first
        m = RE_THOUSANDS.match(text, s)
        if m is None:
            m = RE_BAD_GROUPS.match(text, s)   # 125,0000元: a comma that does not even mark thousands
            if m is not None and m.end() > p:
                yield Hit("N021", m.start(), m.end() - m.start(), None,
                          {"found": m.group(), "expected": m.group().replace(",", "")},
                          kinds=frozenset({D.PARAGRAPH, D.HEADING, D.CELL}), variant="groups")
            continue
        if m.end() <= p:
            continue
        yield Hit("N021", m.start(), m.end() - m.start(), None, {"found": m.group(), "expected": m.group().replace(",", "")},
                  kinds=frozenset({D.PARAGRAPH, D.HEADING, D.CELL}))


# N022: 十二月份，组织开展… — a month of running text in Chinese numerals
RE_CN_MONTH = LazyPattern(r"(?:十[一二]?|[一二三四五六七八九])月(?:份)?(?=[，、。；以底初中上下起前后至份])")
MONTH_BEFORE = ("在", "于", "至", "到", "从", "今年", "去年", "明年", "当年", "同年", "自", "截至", "每年")


@rule("N022")
def month_in_chinese(ctx: Context):
    """Months of the calendar are written in Arabic numerals in running text (GB/T 15835-2011 5.1.2:
    公历世纪、年代、年、月、日用阿拉伯数字: 12月 not 十二月); a date of writing in Chinese numerals
    is N009's."""
    text = ctx.text
    for p in positions(text, "月"):
        k = p
        while k > 0 and text[k - 1] in "一二三四五六七八九十" and p - k < 2:
            k -= 1
        if k == p:
            continue
        m = RE_CN_MONTH.match(text, k)
        if m is None or m.start() != k:
            continue
        before = text[max(0, k - 2):k]
        if k and not (text[k - 1] in "，。；：、（\n \u3000" or before.endswith(MONTH_BEFORE)):
            continue  # 上一月, 每三月: not a calendar month; 二〇二五年十二月 is N009's
        month = m.group().rstrip("份")[:-1]
        n = {"十": 10, "十一": 11, "十二": 12}.get(month) or "一二三四五六七八九".index(month) + 1
        yield Hit("N022", k, p + 1 - k, None, {"found": text[k:p + 1], "expected": f"{n}月"},
                  kinds=frozenset({D.PARAGRAPH, D.HEADING, D.CELL}))
