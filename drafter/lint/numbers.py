"""Numbers (GB/T 15835-2011): N001–N007."""

from __future__ import annotations


from drafter.lint.context import Context, Hit, number_start, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import family, rule

CN_DIGITS = "〇零一二三四五六七八九"

# N001: 23年12月, 23年底, 23年度 — a calendar year written short. 连续16年 is a duration.
RE_SHORT_YEAR = LazyPattern(r"\d\d年(?=\d{1,2}月|度|底|初|末|上半年|下半年|前三季度|"
                           r"[一二三四]季度|第[一二三四]季度|全年|春节|年中|年内)")
# N001 at the start of a clause: 23年，… / 23年以来 / 23—24年 (a two-year span written short)
RE_SHORT_YEAR_CLAUSE = LazyPattern(r"(?:[12]\d|3[0-5])年(?=[，,]|以来|全年|我[区县市局]|全[区县市]|共|累计|[，,]?全[区县市])")
# N001 as the other side of a comparison: 与23年相比 / 比23年同期 / 较23年增长
RE_SHORT_YEAR_COMPARED = LazyPattern(r"(?:[12]\d|3[0-5])年(?=相比|比较|同期|相较|增长|下降|增加|减少|提高|降低|有所)")
COMPARED_BEFORE = set("与同较比和跟")
# 自23年起 / 从24年开始 / 于22年底: a point in time after 自/从/于 (a duration does not take them)
RE_SHORT_YEAR_SINCE = LazyPattern(r"(?:[12]\d|3[0-5])年(?=起|以来|开始|至今|底|初|末|年底|年初|建成|成立|启动)")
SINCE_BEFORE = set("自从于")
RE_SHORT_SPAN = LazyPattern(r"(?<![\d.．])([12]\d|3[0-5])[-－—~～]([12]\d|3[0-5])年(?!代)")
RE_APOSTROPHE_YEAR = LazyPattern(r"['‘’]([12]\d|3[0-5])(?=年|\s|[，。、])")
CLAUSE_START = set("，。；：、（\n,;:")
DURATION_BEFORE = set("连续近约共满多达第每逾过历经已这那前后几数余了用再仅足整超长.．/／-－:：年")
# N002: 2023.1.20, 2023/1/20 in running text
RE_DOTTED_DATE = LazyPattern(r"((?:19|20)\d{2})([./．])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d./．])")
# N003: 2023年01月20日
RE_PADDED = LazyPattern(r"年0(?=[1-9]月)|月0(?=[1-9][日号])")
# N004: 3千, 5百万, 二0二三年
RE_MIXED_UNIT = LazyPattern(r"[0-9][十百千](?![米克瓦伏帕卡赫分焦兆字位])")
# N004: 三十1个, 十2项 (a Chinese numeral run on by Arabic digits before a measure word)
RE_MIXED_TAIL = LazyPattern(r"(?=[一二三四五六七八九十百千])[一二三四五六七八九]?[十百千][0-9]+(?=[个件人家项次名条所户批场期篇座万亿元])")
# N005: 2021-2025年, 2021年-2025年, 1-6月 (time ranges take —)
RE_YEAR_RANGE = LazyPattern(r"(?:19|20)\d{2}年?([-－~])(?:19|20)\d{2}(?=年)"
                           r"|(?:1[0-2]|[1-9])月?([-－~])(?:[1-9]|1[0-2])(?=月)"
                           # lint13b: 9月1日-30日, 8:30-17:30 (a day range, a time of day range)
                           r"|(?<=月)(?:[12]\d|3[01]|[1-9])日([-－~])(?:(?:1[0-2]|[1-9])月)?(?:[12]\d|3[01]|[1-9])(?=日)"
                           r"|(?<![\d:：])(?:[01]?\d|2[0-4])[:：][0-5]\d([-－~])(?:[01]?\d|2[0-4])[:：][0-5]\d(?![\d:：])")
# N006: 10%-20%, 4.5%-5%, 3-5万元, 10~20人 (number ranges take ～)
UNITS = "%％万亿元人个件家岁天倍次项户名所条场期篇批座间套台辆吨亩米公里千米公顷小时分钟周年"
RE_NUM_RANGE = LazyPattern(rf"\d+(?:\.\d+)?[%％]?([-－~])\d+(?:\.\d+)?(?=[%％万亿元人个件家岁天倍次项户名所条场篇批座间套台辆吨亩米公里顷小时分钟])"
                          rf"(?![\d])")
RE_FULLWIDTH_DIGIT = LazyPattern(r"[０-９]+(?:[．.][０-９]+)?")
_FW = str.maketrans("０１２３４５６７８９．", "0123456789.")


APPROX_AFTER = set("十百千万个件人名家项次条所户批场期篇座元岁天年")
# 2O24年: the letter O (or o) typed for the digit 0 in a year
RE_LETTER_O_YEAR = LazyPattern(r"(?=[12].{0,2}[OoＯ])(?:19|2[0OoＯ])[0-9OoＯ]{2}")
# 2024年十月, 2024年3月十五日: an Arabic year with a Chinese month or day
RE_CN_MONTH_AFTER = LazyPattern(r"(?:[一二三四五六七八九]|十[一二]?)月|(?:\d{1,2})月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")


RE_ARABIC_MONTH_AFTER = LazyPattern(r"\d{1,2}月")


def _after_number(text: str, i: int) -> bool:
    """The match at i continues a number or code (…3.2023.1.20, 0571-2021-2025)."""
    return i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".．/／-－")


RE_YEAR_PAIR = LazyPattern(r"(?:19|20)\d{2}[-－~](?:19|20)?\d{2}")


def _full_year_ends(text: str, j: int) -> bool:
    """A four-digit year (19xx/20xx, with or without 年) ends just before offset j."""
    if j and text[j - 1] == "年":
        j -= 1
    return j >= 4 and text[j - 4:j].isdigit() and text[j - 4:j - 2] in ("19", "20") and \
        not (j > 4 and text[j - 5].isdigit())


def _years(ctx: Context) -> list[int]:
    return positions(ctx.text, "年")


@rule("N001")
def abbreviated_year(ctx: Context):
    """Short years: the two characters before each 年."""
    text = ctx.text
    for p in ctx.memo("years", _years):
        if p < 2 or not (text[p - 1].isdigit() and text[p - 2].isdigit()):
            continue
        s = p - 2
        if s >= 5 and text[s - 1] in "-－—~～至到" and _full_year_ends(text, s - 1):
            yield Hit("N001", s, 3, None, {"found": text[s:p + 1]})  # 2021—25年: the end of a span
            continue
        if s >= 3 and text[s - 1] in "-－—~～":
            m = RE_SHORT_SPAN.match(text, s - 3)
            if m and m.end() == p + 1 and int(m.group(2)) == int(m.group(1)) + 1:
                yield Hit("N001", s - 3, 6, None, {"found": m.group()[:2] + "年"}, variant="span")
                continue
        if s and (text[s - 1].isdigit() or text[s - 1] in DURATION_BEFORE):
            continue
        if s >= 2 and text[s - 2:s] in ("超过", "用了", "历时", "经过", "长达"):
            continue
        m = RE_SHORT_YEAR.match(text, s)
        if m is None and (s == 0 or text[s - 1] in CLAUSE_START) and RE_SHORT_YEAR_CLAUSE.match(text, s):
            m = RE_SHORT_YEAR_CLAUSE.match(text, s)  # 23年，全区… / 16年以来
        if m is None and s and text[s - 1] in SINCE_BEFORE and not (s >= 2 and text[s - 2] in "服来始"):
            m = RE_SHORT_YEAR_SINCE.match(text, s)
        if m is None and s and text[s - 1] in COMPARED_BEFORE:
            m = RE_SHORT_YEAR_COMPARED.match(text, s)
        if m is None or not text[s:p].isascii():
            continue
        yield Hit("N001", s, 3, None, {"found": text[s:p + 1]})
    for p in positions(text, "'‘’"):
        m = RE_APOSTROPHE_YEAR.match(text, p)
        if m and (p == 0 or not text[p - 1].isascii() or not text[p - 1].isalnum()):
            yield Hit("N001", p, m.end() - p, None, {"found": m.group()[1:]}, variant="apostrophe")


@rule("N002")
def dotted_date(ctx: Context):
    text = ctx.text
    if "." not in text and "/" not in text and "．" not in text:
        return
    for m in RE_DOTTED_DATE.finditer(text):
        if _after_number(text, m.start()):
            continue
        y, _sep, mo, d = m.groups()
        yield Hit("N002", m.start(), len(m.group()), None,
                  {"found": m.group(), "expected": f"{y}年{int(mo)}月{int(d)}日"})


@rule("N003")
def zero_padded_date(ctx: Context):
    text = ctx.text
    if "年0" not in text and "月0" not in text:
        return
    for m in RE_PADDED.finditer(text):
        if not text[m.start() - 1:m.start()].isdigit():
            continue
        yield Hit("N003", m.start() + 1, 1, "", {"found": text[m.end():m.end() + 2]})


@rule("N004")
def mixed_numerals(ctx: Context):
    """3千 (any digit before 十百千), 三十1个, 二0二三年 (around each 年)."""
    text = ctx.text
    for m in RE_MIXED_UNIT.finditer(text):
        s0 = m.start()
        while s0 and (text[s0 - 1].isdigit() or (text[s0 - 1] == "." and s0 > 1 and text[s0 - 2].isdigit())):
            s0 -= 1
        if _after_number(text, s0):
            continue
        yield Hit("N004", s0, m.end() - s0, None, {"found": text[s0:m.end()]})
    for m in RE_MIXED_TAIL.finditer(text):
        yield Hit("N004", m.start(), m.end() - m.start(), None, {"found": m.group()})
    for p in positions(text, "几之"):
        if text[p] == "几":  # 30几家 → 三十几家
            if p and text[p - 1].isdigit() and text[p + 1:p + 2] in APPROX_AFTER:
                s0 = number_start(text, p)
                if not _after_number(text, s0):
                    yield Hit("N004", s0, p + 1 - s0, None, {"found": text[s0:p + 1]})
        elif p >= 2 and text[p - 2:p] == "百分" and text[p + 1:p + 2].isdigit():  # 百分之98.6 → 98.6%
            e = p + 1
            while e < len(text) and (text[e].isdigit() or text[e] == "."):
                e += 1
            yield Hit("N004", p - 2, e - p + 2, None, {"found": text[p - 2:e]})
    for p in ctx.memo("years", _years):
        m = RE_LETTER_O_YEAR.match(text, max(0, p - 4))
        if p >= 4 and m and m.end() == p and (p == 4 or not text[p - 5].isalnum()):
            yield Hit("N004", p - 4, 4, None, {"found": text[p - 4:p + 1]}, variant="letter_o")  # 2O24年
            continue
        if p >= 4 and text[p - 4:p].isdigit() and text[p - 4:p].isascii():
            m = RE_CN_MONTH_AFTER.match(text, p + 1)  # 2024年十月 / 2024年3月十五日
            if m:
                yield Hit("N004", p - 4, m.end() - p + 4, None, {"found": text[p - 4:m.end()]})
                continue
        if p >= 4 and all(c in CN_DIGITS or c == "○" for c in text[p - 4:p]) and RE_ARABIC_MONTH_AFTER.match(text, p + 1):
            m = RE_ARABIC_MONTH_AFTER.match(text, p + 1)  # 二〇二四年3月
            yield Hit("N004", p - 4, m.end() - p + 4, None, {"found": text[p - 4:m.end()]})
            continue
        w = text[max(0, p - 4):p]
        if len(w) == 4 and any(c.isdigit() for c in w) and any(c in CN_DIGITS for c in w) \
                and all(c.isdigit() or c in CN_DIGITS for c in w):
            yield Hit("N004", p - 4, 4, None, {"found": w + "年"})


def _range_hits(ctx: Context) -> list[Hit]:
    """N005 and N006 together: a window of 14 characters around each - － ~ (a time range is
    tried first)."""
    text = ctx.text
    n = len(text)
    out: list[Hit] = []
    for p in positions(text, "-－~"):
        lo = max(0, p - 14)
        seg_end = min(n, p + 14)
        for rx, rid in ((RE_YEAR_RANGE, "N005"), (RE_NUM_RANGE, "N006")):
            for m in rx.finditer(text, lo, seg_end):
                g = [k for k in range(1, (m.lastindex or 0) + 1) if m.group(k)]
                if not g or m.start(g[0]) != p or _after_number(text, m.start()):
                    continue
                if rid == "N006" and (RE_YEAR_PAIR.fullmatch(m.group()) or text[p] == "~"):
                    continue  # 8%~10%: the ASCII ~ is the 浪纹线 at half width, not a wrong mark
                out.append(Hit(rid, p, 1, "—" if rid == "N005" else "～", {"found": text[p]}))
                break
            else:
                continue
            break
    return out


family("ranges", _range_hits, "N005", "N006")


@rule("N007")
def fullwidth_digit(ctx: Context):
    for m in RE_FULLWIDTH_DIGIT.finditer(ctx.text):
        s = m.group()
        yield Hit("N007", m.start(), len(s), s.translate(_FW), {"found": s, "expected": s.translate(_FW)})
