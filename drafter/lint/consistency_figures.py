"""Figures that disagree across the document (数据打架), beyond C001–C008: C009–C013.

C009 a figure retyped with its digits swapped (在册社区矫正对象286人 … 在册的268人; 615人 … 516名):
  two figures of one measure (人 and 名 count as one) whose digits are the same multiset, whose
  values differ, in different sentences, with the words around them sharing at least SHARED
  character pairs (the same item);
C010 one meeting given two dates (3月15日召开全区司法行政工作会议 … 在3月18日召开的全区司法行政工作会议上);
C011 one count of units given twice differently (全区共有司法所11个 … 全区12个司法所);
C012 year-labelled figures against their 同比 (2024年……3876件。2025年……3642件，同比增长6.4%);
C013 last year's figure given twice differently (较上年的1050件 … 与上年同期的1150件相比).

Each is one scan of the body lines with bounded windows (the words around a number, the clause of a
date); the comparisons go through dictionaries keyed by the figure's digits, the meeting's name,
the unit's noun or the item's label: linear in the text."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.lint.arithmetic import agrees, value
from drafter.lint.context import Context, Hit, matches_near, number_matches
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

MEASURES = {"名": "人", "人": "人", "件": "件", "个": "个", "家": "家", "万元": "万元", "元": "元", "%": "%", "％": "%",
            "人次": "人次", "万人次": "万人次", "场": "场", "次": "次", "所": "所", "户": "户", "项": "项", "篇": "篇"}
RE_MEASURED = LazyPattern(r"(?<![\d.])(?P<num>\d{2,}(?:\.\d+)?|\d\.\d+)(?P<unit>万人次|人次|万元|元|名|人|件|个|家|%|％|场|次|所|户|项|篇)")
BEFORE, AFTER = 12, 10
SHARED = 3
CHANGE_WORDS = ("增长", "下降", "增加", "减少", "提高", "降低", "上升", "同比", "比上年", "较上年")
GENERIC_PAIRS = frozenset({"全区", "全县", "全市", "全年", "我区", "我县", "共有", "其中", "开展", "组织", "工作", "累计",
                           "共计", "区司", "司法", "法局", "实现", "参加", "全覆", "覆盖"})


PROSE = frozenset({D.PARAGRAPH, D.HEADING, D.CELL})
RE_LABEL_END = LazyPattern(r"([\u4e00-\u9fff]{2,8}?)的?$")


def _body_lines(ctx: Context) -> list[tuple[int, str]]:
    """(index, line) of the report's prose lines, in every section: a figure retyped wrongly is
    wrong wherever it stands. Listed once per document (a dozen consistency rules walk them)."""
    return ctx.memo("consistency-prose-lines",
                    lambda c: [(i, line) for i, line in enumerate(c.lines) if c.kinds[i] in PROSE])


def _label_before(before: str) -> str:
    """The Chinese run right before a number, without a trailing 的 (对在册的268人 → 在册)."""
    k = len(before)
    while k and "\u4e00" <= before[k - 1] <= "\u9fff":
        k -= 1
    run = before[k:]
    return run[:-1] if run.endswith("的") else run


def _named(label: str, context: str) -> bool:
    """The item named right before one number (its last 2+ characters, not a generic pair) is
    named in the words before the other (对在册的268人 … 在册社区矫正对象286人)."""
    tail = label[-2:]
    return len(tail) == 2 and tail not in GENERIC_PAIRS and tail in context


def _pairs(s: str) -> set[str]:
    return {s[k:k + 2] for k in range(len(s) - 1) if "\u4e00" <= s[k] <= "\u9fff" and "\u4e00" <= s[k + 1] <= "\u9fff"} \
        - GENERIC_PAIRS


@rule("C009")
def transposed_digits(ctx: Context):
    text = ctx.text
    seen: dict[tuple[str, str], dict[str, tuple]] = {}  # (digits sorted, measure) -> figure -> its first use
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in number_matches(RE_MEASURED, line):
            num = m.group("num")
            measure = MEASURES[m.group("unit")]
            variants = seen.setdefault(("".join(sorted(num)), measure), {})
            if num in variants:
                continue  # the same figure again; each digit order is kept once (linear)
            a = base + m.start()
            before = line[max(0, m.start() - BEFORE):m.start()]
            if any(w in before[-4:] for w in CHANGE_WORDS):
                continue  # a change, not a stock
            words = before + "|" + line[m.end():m.end() + AFTER]
            other = next((o for o in variants.values() if _same_item(text, o, a, num, measure, before, words)), None)
            if other is not None:
                yield Hit("C009", a, len(m.group()), None,
                          {"found": m.group(), "other": other[0] + other[1], "line": other[2] + 1})
            else:
                variants[num] = (num, m.group("unit"), i, a, before, words)


def _same_item(text: str, other: tuple, a: int, num: str, measure: str, before: str, words: str) -> bool:
    """The earlier figure `other` (another order of the same digits) names the same item as the
    one at `a`: another sentence, and shared words around them (computed only for such pairs)."""
    onum, _ounit, _oline, oa, obefore, owords = other
    if value(onum) == value(num) or not (a - oa > 200 or any(c in text[oa:a] for c in "。；！？\n")):
        return False
    if len(_pairs(words) & _pairs(owords)) >= SHARED:
        return True
    # not 达到71.4% … 达到74.1%: a rate's words say too little
    return measure != "%" and (_named(_label_before(before), obefore) or _named(_label_before(obefore), before))


# C014 ------------------------------------------------------------------------------------------
BACK_REFERENCE = ("上述", "以上", "这些", "该")
NEAR = 3  # lines: 上述850万元 refers to a figure of the lines just before


def _shift_key(num: str) -> str:
    return num.replace(".", "").strip("0")


def _power_of_ten(a: float, b: float) -> bool:
    if min(a, b) <= 0 or a == b:
        return False
    r = max(a, b) / min(a, b)
    return any(abs(r - 10 ** k) < 1e-6 * 10 ** k for k in (1, 2))


@rule("C014")
def shifted_figure(ctx: Context):
    """追回欠薪326.5万元 … 追回欠薪3265万元; 经费85万元 … 上述850万元: one item's figure written again
    with its decimal point moved or a zero added or dropped (the same digits, a power of ten apart),
    in another sentence, with the item named before both or referred back to (上述, 以上)."""
    text = ctx.text
    seen: dict[tuple[str, str], tuple] = {}  # (digits without point and zeros, measure) -> first use
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in number_matches(RE_MEASURED, line):
            num = m.group("num")
            measure = MEASURES[m.group("unit")]
            if measure == "%":
                continue
            key = (_shift_key(num), measure)
            if len(key[0]) < 2:
                continue  # 10 … 100 … 1000: round figures of different things, not a slip
            a = base + m.start()
            before = line[max(0, m.start() - BEFORE):m.start()]
            if any(w in before[-4:] for w in CHANGE_WORDS):
                continue
            other = seen.get(key)
            if other is None:
                seen[key] = (num, m.group("unit"), i, a, before)
                continue
            onum, _ou, oline, oa, obefore = other
            if not _power_of_ten(value(onum), value(num)) or not any(c in text[oa:a] for c in "。；！？\n"):
                continue
            label = _label_before(before)
            refers = label.endswith(BACK_REFERENCE) and i - oline <= NEAR
            if refers or _named(label, obefore) or _named(_label_before(obefore), before):
                yield Hit("C014", a, len(m.group()), None,
                          {"found": m.group(), "other": onum + _ou, "line": oline + 1})


# C010 ------------------------------------------------------------------------------------------
MEETING = r"(?P<name>[\u4e00-\u9fff“”]{2,30}?(?:会议|大会|座谈会|推进会|动员会|培训班|论坛))"
RE_MEETING = LazyPattern(r"(?P<date>\d{1,2}月\d{1,2}日)(?:上午|下午)?[，,]?(?:在[^，。；]{1,10}?)?(?:召开|举行|举办)(?:了)?的?" + MEETING)
# 全区司法行政工作会议于3月15日召开: the name before the date
RE_MEETING_FIRST = LazyPattern(MEETING + r"(?:于|在)(?P<date>\d{1,2}月\d{1,2}日)(?:上午|下午)?(?:在[^，。；]{1,10}?)?(?:召开|举行|举办)")


@rule("C010")
def meeting_two_dates(ctx: Context):
    seen: dict[str, tuple[str, int]] = {}
    for i, line in _body_lines(ctx):
        if "月" not in line or "日" not in line:
            continue
        base = ctx.starts[i]
        for m in sorted([*RE_MEETING.finditer(line), *RE_MEETING_FIRST.finditer(line)], key=lambda m: m.start("date")):
            name = m.group("name").strip("“”")
            if len(name) < 6:
                continue
            first = seen.setdefault(name, (m.group("date"), i))
            if first[0] != m.group("date"):
                yield Hit("C010", base + m.start("date"), len(m.group("date")), None,
                          {"found": m.group("date"), "other": first[0], "line": first[1] + 1, "name": name})


# C011 ------------------------------------------------------------------------------------------
UNIT_NOUNS = r"(?:司法所|律师事务所|律所|公证处|基层法律服务所|人民调解委员会|调委会|公共法律服务工作站|公共法律服务工作室|法律援助工作站|社区矫正中心)"
SCOPE = r"(?P<scope>全区|全县|全市|全旗|我区|我县|我市|我旗|新建的?|建成的?|新增的?)"
QUALIFIER = r"(?:“[\u4e00-\u9fff]{1,8}”)?"  # 6个“枫桥式”司法所
RE_UNIT_COUNT = LazyPattern(rf"{SCOPE}(?:现有|共有|共|有)?(?:(?P<n1>\d+)(?P<m1>个|家|所){QUALIFIER}(?P<u1>{UNIT_NOUNS})|{QUALIFIER}(?P<u2>{UNIT_NOUNS})(?:共|现有|共有|有)?(?P<n2>\d+)(?P<m2>个|家|所))")
# 全区136个村（社区）全部配备法律顾问: all the villages of the district, a count stated as the whole
RE_ALL_VILLAGES = LazyPattern(rf"(?P<scope>全区|全县|全旗)(?P<n1>\d+)(?P<m1>个)(?P<u1>村（社区）|村（居）|村\(社区\)|行政村)(?=[^，。；]{{0,4}}(?:全部|均|全面|实现))")


@rule("C011")
def unit_count_twice(ctx: Context):
    seen: dict[str, tuple[str, int]] = {}
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in (*RE_UNIT_COUNT.finditer(line), *RE_ALL_VILLAGES.finditer(line)):
            noun = m.group("u1") or m.group("u2")
            noun = {"律所": "律师事务所", "调委会": "人民调解委员会"}.get(noun, noun)
            key = ("新" if m.group("scope")[0] in "新建" else "") + noun  # this year's new ones are another count
            n = m.group("n1") or m.group("n2")
            written = n + (m.group("m1") or m.group("m2"))
            first = seen.setdefault(key, (n, i, written))
            if first[0] != n:
                at = m.start("n1") if m.group("n1") else m.start("n2")
                yield Hit("C011", base + at, len(written), None,
                          {"found": written, "other": first[2], "line": first[1] + 1, "noun": noun})


# C012 ------------------------------------------------------------------------------------------
RE_YEAR_FIGURE = LazyPattern(r"(?:^|(?<=[。；\n]))(?P<y>(?:19|20)\d{2})年(?:全年)?[，,]?(?P<label>[\u4e00-\u9fff]{2,16}?)(?P<num>\d+(?:\.\d+)?(?:万|亿)?)"
                            r"(?P<unit>万人次|人次|件|人|名|个|家|项|场|户|万元|元)"
                            r"(?:[，,](?:同比|比上年|较上年)(?P<v>增长|下降|增加|减少|上升|提高|降低)了?(?P<n>\d+(?:\.\d+)?)[%％])?", re.M)


@rule("C012")
def year_figures_yoy(ctx: Context):
    seen: dict[tuple[str, str], dict[int, float]] = {}
    stated: dict[tuple[str, str, int], tuple] = {}  # a year's 同比 waiting for the year before, named later
    base_of: dict[int, int] = {}
    for i, line in _body_lines(ctx):
        if "年" not in line:
            continue
        base = ctx.starts[i]
        for m in RE_YEAR_FIGURE.finditer(line):
            y, label, unit = int(m.group("y")), m.group("label")[-6:], MEASURES.get(m.group("unit"), m.group("unit"))
            this = value(m.group("num"))
            years = seen.setdefault((label, unit), {})
            later = stated.get((label, unit, y + 1))
            if later is not None and this > 0 and y + 1 in years:
                yield from _year_clash(base_of[later[2]] + later[0].start("v"), later[0], years[y + 1], this, f"{y}年{m.group('num')}{m.group('unit')}")
            prev = years.get(y - 1)
            years[y] = this
            if m.group("v") is not None:
                stated[(label, unit, y)] = (m, this, i)
                base_of[i] = base
            if prev is None or m.group("v") is None or prev <= 0:
                continue
            up = m.group("v") in ("增长", "增加", "上升", "提高")
            rate = abs(this - prev) / prev * 100
            if ((this > prev) != up and this != prev) or not agrees(rate, m.group("n")):
                yield Hit("C012", base + m.start("v"), m.end() - m.start("v"), None,
                          {"found": m.group("v") + m.group("n") + "%",
                           "expected": f"{'增长' if this > prev else '下降'}{rate:.1f}%", "prev": f"{y - 1}年{_n(prev)}{m.group('unit')}"})


def _year_clash(at: int, m: re.Match, this: float, prev: float, prev_text: str):
    """C012 when the year before is named after the year that states its 同比."""
    up = m.group("v") in ("增长", "增加", "上升", "提高")
    rate = abs(this - prev) / prev * 100
    if ((this > prev) != up and this != prev) or not agrees(rate, m.group("n")):
        yield Hit("C012", at, m.end() - m.start("v"), None,
                  {"found": m.group("v") + m.group("n") + "%",
                   "expected": f"{'增长' if this > prev else '下降'}{rate:.1f}%", "prev": prev_text})


def _n(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


# C013 ------------------------------------------------------------------------------------------
RE_LAST_YEAR_BASE = LazyPattern(r"(?:比|较|与|同)(?:上年|去年)(?:同期)?的(?P<num>\d+(?:\.\d+)?(?:万|亿)?)(?P<unit>万人次|人次|件|人|名|个|家|项|场|户|万元|元)")
NEAR_LINES = 3


@rule("C013")
def last_year_twice(ctx: Context):
    last: dict[str, tuple[str, int]] = {}
    for i, line in _body_lines(ctx):
        if "上年" not in line and "去年" not in line:
            continue
        base = ctx.starts[i]
        for m in RE_LAST_YEAR_BASE.finditer(line):
            unit = MEASURES.get(m.group("unit"), m.group("unit"))
            first = last.get(unit)
            if first is not None and i - first[1] <= NEAR_LINES and i != first[1] and first[0] != m.group("num"):
                a, b = value(first[0]), value(m.group("num"))
                if 0 < min(a, b) and max(a, b) / min(a, b) <= 1.2:
                    yield Hit("C013", base + m.start("num"), len(m.group("num")) + len(m.group("unit")), None,
                              {"found": m.group("num") + m.group("unit"), "other": first[0] + m.group("unit"),
                               "line": first[1] + 1})
            last[unit] = (m.group("num"), i)


# C015 ------------------------------------------------------------------------------------------
NUMX = r"\d+(?:\.\d+)?(?:万|亿)?"
COUNT_UNIT = r"(?:万人次|人次|件|人|名|个|家|项|场|户|万元|元|所|篇|次)"
RE_FROM_TO_FACT = LazyPattern(rf"(?P<label>[\u4e00-\u9fff]{{2,10}})[由从](?P<a>{NUMX})(?P<u>{COUNT_UNIT})"
                             rf"(?:增至|增加到|增加至|增长到|增长至|提高到|上升到|下降到|减少到|减少至|降至|减至)(?P<b>{NUMX})(?P=u)")
RE_STATED_DELTA = LazyPattern(rf"(?P<label>[\u4e00-\u9fff]{{2,10}}?)(?:较上年|比上年|较去年|比去年|同比)(?P<v>增加|减少|增长|下降|新增)了?"
                             rf"(?P<x>{NUMX})(?P<u>{COUNT_UNIT})(?![\d%％])")
UP_WORDS = ("增加", "增长", "新增")


def _item(label: str) -> str:
    """The item named before a figure: the label without its leading scope and time words."""
    return re.sub(r"^(?:全年|今年|年内|全区|全县|全市|我区|我县|共有|现有|共)+", "", label)[-4:]


@rule("C015")
def change_against_from_to(ctx: Context):
    """全区执业律师由480名增至528名 … 全年执业律师较上年增加58名: a change stated in another
    sentence against the two figures given for the same item (528 − 480 = 48)."""
    spans: dict[tuple[str, str], tuple[float, float, int]] = {}
    for i, line in _body_lines(ctx):
        if "由" in line or "从" in line:
            for m in matches_near(RE_FROM_TO_FACT, line, ("由", "从"), 10):
                item = _item(m.group("label"))
                if len(item) >= 2 and item not in GENERIC_PAIRS:
                    spans.setdefault((item, MEASURES.get(m.group("u"), m.group("u"))), (value(m.group("a")), value(m.group("b")), i))
        if not spans or not any(w in line for w in ("上年", "去年", "同比")):
            continue
        base = ctx.starts[i]
        for m in matches_near(RE_STATED_DELTA, line, ("上年", "去年", "同比"), 11):
            item = _item(m.group("label"))
            got = spans.get((item, MEASURES.get(m.group("u"), m.group("u"))))
            if got is None or got[2] == i:
                continue
            a, b, at = got
            x = value(m.group("x"))
            up = m.group("v") in UP_WORDS
            if abs(abs(b - a) - x) > 1e-6 * max(1.0, x) or ((b > a) != up and a != b):
                yield Hit("C015", base + m.start("v"), m.end() - m.start("v"), None,
                          {"found": m.group("v") + m.group("x") + m.group("u"),
                           "expected": f"{'增加' if b > a else '减少'}{_n(abs(b - a))}{m.group('u')}", "line": at + 1,
                           "from": _n(a) + m.group("u"), "to": _n(b) + m.group("u")})
