"""Consistency inside one report (数据打架): C001–C008, on the whole parsed document.

C001 one item (the same label before its number) written with two values; C002 a stated change
that contradicts the figures it relates (比上年的B件增长N%, or 上年B件 in another sentence of the
paragraph); C003 two different 同比 for one item; C004 years that disagree between the title, the
body, the plans (an annual report plans for the next year), the 印发 notice, the date and the
imprint; C005 a half-year report speaking of 全年 results; C006 another unit's name left in; C007
the unit's level: 全区/区委/我区 in a 县's report and the reverse (drafter.report.unit has the
wording); C008 (--previous) a figure identical to last year's for the same item.

Facts (label, value, unit) are read once per document by one scan of the numbers followed by a
measure word; each label is the Chinese run right before the number, without its leading
time and scope words, and a fact in a clause about another period (上年, 上半年, 2024年, 其中, 累计…)
is not this period's figure."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from drafter.core import document as D
from drafter.core.resources import load_toml
from drafter.lint.arithmetic import agrees, value
from drafter.lint.context import Context, Hit, body_text, label_number_matches, matches_near
from drafter.lint.lexicon import LazyPattern, alternation
from drafter.lint.registry import rule

UNIT = r"(?:万人次|人次|件次|件|人|个|家|项|场|户|所|名|篇|批|起|宗|期|份)"
RE_FACT = LazyPattern(rf"(?P<label>[\u4e00-\u9fff]{{2,14}})(?P<num>\d+(?:\.\d+)?(?:万|亿)?)(?P<unit>{UNIT})(?!百分点|点|[\u4e00-\u9fff]{{0,1}}(?:以上|以下|左右|多|余))")
RE_YOY = LazyPattern(r"[，,]?(?:同比|比上年|较上年|比去年|较去年)(?P<v>增长|下降|增加|减少|上升|提高|降低)了?(?P<n>\d+(?:\.\d+)?)[%％]")
LEAD = LazyPattern(r"^(?:今年以来|本年度|今年|全年|年内|共计|合计|累计|共|全[区县市]|我[区县市局]|区|县|市|司法局|依法|成功|先后|分别|已|均|总|还)+")
OTHER_PERIOD = ("上年", "去年", "上半年", "下半年", "前三季度", "季度", "月份", "月底", "其中", "累计", "历年", "以来",
                "同期", "平均", "每", "近", "至今", "截至", "人均", "目标", "计划", "力争", "预计", "将", "达到", "超过",
                "不少于", "不低于", "第", "占", "约", "各", "以上", "分别")
# a sentence with one of these states a target, an average or a multi-year total
NOT_RESULTS = ("目标", "预期", "力争", "计划", "将", "五年", "年均", "十四五", "十三五", "期间", "总量", "合计", "总数",
               "左右", "争取", "确保")
MULTI_PERIOD = ("五年", "十四五", "十三五", "期间", "以来", "历年", "近年")
RE_YEAR_IN = LazyPattern(r"(?:19|20)\d{2}年|\d{1,2}月")
CLAUSE = "，。；：！？\n（）"


@dataclass
class Fact:
    label: str
    value: float
    text: str      # number and unit as written
    unit: str
    start: int     # offset of the number
    line: int      # 0-based line
    sentence: int  # offset of the sentence start
    yoy: str = ""  # the 同比 change as written (增长12%)
    yoy_start: int = -1
    year: str = ""  # the year opening its sentence (2023年，…): figures of two named years are two facts


SENTENCE = "。；！？\n"
RE_OTHER_PERIOD = LazyPattern(alternation(OTHER_PERIOD))   # "any of them in the clause": one scan
RE_NOT_RESULTS = LazyPattern(alternation(NOT_RESULTS))


def _clause_start(ctx: Context, p: int, limit: int = 60) -> int:
    """Where the clause holding offset p starts, looking back at most `limit` characters."""
    lo = max(0, p - limit)
    k = ctx.marks(CLAUSE).last_before(p, lo)
    return k + 1 if k >= 0 else lo


def _sentence_start(ctx: Context, p: int, limit: int = 200) -> int:
    """Where the sentence holding offset p starts, looking back at most `limit` characters."""
    lo = max(0, p - limit)
    k = ctx.marks(SENTENCE).last_before(p, lo)
    return k + 1 if k >= 0 else lo


def _not_this_period(ctx: Context, a: int) -> bool:
    """Whether the number at offset a is in a clause about another period or a sentence stating a
    target, an average or a total (bounded windows)."""
    text = ctx.text
    cs = _clause_start(ctx, a)
    if RE_OTHER_PERIOD.search(text, cs, a) is not None or RE_YEAR_IN.search(text, cs, a) is not None:
        return True
    ss = _sentence_start(ctx, a)
    se = ctx.marks(SENTENCE).first_in(a, a + 200)
    return RE_NOT_RESULTS.search(text, ss, se if se >= 0 else a + 200) is not None


def _body_lines(ctx: Context):
    """(index, line) of the body lines that state this period's results (problems included: a
    figure of the problems section is this period's too)."""
    section_role = None
    for i, line in enumerate(ctx.lines):
        blk = ctx.block_at[i]
        if blk is not None and blk.kind == D.HEADING and blk.role:
            section_role = blk.role
        if ctx.kinds[i] not in (D.PARAGRAPH, D.HEADING, D.CELL):
            continue
        if "plans" in (section_role, blk.role if blk is not None else None):
            continue  # targets are not this period's results
        if any(w in line for w in MULTI_PERIOD):
            continue  # a paragraph reviewing several years: its figures are not this year's
        yield i, line


# the look-behind sits after the first digit (the same matches as before it): the pattern then opens
# with a digit, which sre skips to in C instead of trying the look-behind at every character
RE_POST = LazyPattern(rf"(?P<num>\d(?<![\d.]\d)\d*(?:\.\d+)?)(?P<unit>{UNIT})(?P<label>[\u4e00-\u9fff]{{3,8}})")
RE_MONEY = LazyPattern(r"(?P<label>[\u4e00-\u9fff]{2,14})(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)")
RE_BARE_YOY = LazyPattern(r"(?P<label>[\u4e00-\u9fff]{4,14}?)(?:数|量)?同比(?P<v>增长|下降|增加|减少|上升|降低)(?P<n>\d+(?:\.\d+)?)[%％]")


def _label(raw: str) -> str:
    return LEAD.sub("", raw[max(raw.rfind(c) for c in "的和与及、") + 1:])


def _clashes(ctx: Context):
    """Second scans (bounded): a count written number-first (1321件法律援助案件) against the same
    item's other count, one amount written in 元 and in 万元, and an item's 同比 written twice
    without its figure (行政复议案件同比增长27% … 同比增长72%). Yields (rule, start, length, args)."""
    text = ctx.text
    counts: dict[tuple[str, str], Fact] = {}   # (label suffix, unit) -> first fact
    for f in facts_of(ctx):
        for k in range(4, min(8, len(f.label)) + 1):
            counts.setdefault((f.label[-k:], f.unit), f)
    money: dict[str, tuple[str, str, int]] = {}
    yoys: dict[str, tuple[str, int, int]] = {}
    for f in facts_of(ctx):
        if f.yoy and len(f.label) >= 4:
            yoys.setdefault(f.label[-4:], (f.yoy, f.line, f.yoy_start))
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in RE_POST.finditer(line):
            a = base + m.start("num")
            if _not_this_period(ctx, a):
                continue
            run, unit, v = m.group("label"), m.group("unit"), value(m.group("num"))
            for k in range(min(8, len(run)), 3, -1):
                key = (run[:k], unit)
                first = counts.get(key)
                if first is None:
                    counts[key] = Fact(run[:k], v, m.group("num") + unit, unit, a, i, _sentence_start(ctx, a))
                    continue
                if first.value != v and first.sentence != _sentence_start(ctx, a) and 0 < min(first.value, v) \
                        and max(first.value, v) / min(first.value, v) <= 1.2:  # a near value: a slip, not another count
                    yield "C001", a, len(m.group("num") + unit), {"label": run[:k], "found": m.group("num") + unit,
                                                                  "other": first.text, "line": first.line + 1}
                break
        for m in label_number_matches(RE_MONEY, line, 14, 2):
            a = base + m.start("num")
            if _not_this_period(ctx, a):
                continue
            label, num, unit = _label(m.group("label")), m.group("num"), m.group("unit")
            label = label[-4:]
            if len(label) < 4:
                continue
            first = money.setdefault(label, (num, unit, i))
            if first[0] == num and first[1] != unit:
                yield "C001", a, len(num + unit), {"label": label, "found": num + unit, "other": first[0] + first[1],
                                                   "line": first[2] + 1}
        for m in matches_near(RE_BARE_YOY, line, "同比", 15):
            a = base + m.start("v")
            if _not_this_period(ctx, a):
                continue
            label = _label(m.group("label"))[-4:]
            if len(label) < 4:
                continue
            found = m.group("v") + m.group("n") + "%"
            first = yoys.setdefault(label, (found, i, a))
            if first[0] != found and text[_clause_start(ctx, a):a].find(label) >= 0:
                yield "C003", a, len(found), {"label": label, "found": found, "other": first[0], "line": first[1] + 1}


def _facts(ctx: Context) -> list[Fact]:
    """This period's figures in the body (headings and paragraphs of the report's own text)."""
    text = ctx.text
    out: list[Fact] = []
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in label_number_matches(RE_FACT, line, 14, 2):
            a = base + m.start("num")
            if _not_this_period(ctx, a):
                continue
            raw = m.group("label")
            cut = max(raw.rfind(c) for c in "的和与及、") + 1
            label = LEAD.sub("", raw[cut:])
            if len(label) < 4:
                continue
            ss = _sentence_start(ctx, a)
            f = Fact(label, value(m.group("num")), m.group("num") + m.group("unit"), m.group("unit"), a, i, ss,
                     year=_opening_year(text, ss))
            y = RE_YOY.match(line, m.end())
            if y:
                f.yoy, f.yoy_start = line[y.start("v"):y.end()], base + y.start("v")
            out.append(f)
    return out


RE_SENTENCE_YEAR = LazyPattern(r"((?:19|20)\d{2})年[，,]")


def _opening_year(text: str, ss: int) -> str:
    m = RE_SENTENCE_YEAR.match(text, ss, ss + 6)
    return m.group(1) if m else ""


def facts_of(ctx: Context) -> list[Fact]:
    """The document's facts (figure, noun, measure word, line), read once per document and shared by the
    consistency rules and by T023 (drafter/lint/statistics_bases.py), which leaves a figure C002 reads to C002."""
    return ctx.memo("consistency-facts", _facts)


SUFFIX = 6  # 司法所对在册社区矫正对象291人 … 全区现有在册社区矫正对象286人: the same measure words


@rule("C001")
def two_values(ctx: Context):
    """C001's hits, less those that C028 reports better (a 上半年 figure above the 全年 one is
    another period's fact, not a retyped one)."""
    from drafter.lint.consistency_model import half_year_starts  # lazy: that module imports this one
    skip = half_year_starts(ctx)
    for h in c001_hits(ctx):
        if h.start not in skip:
            yield h


def c001_hits(ctx: Context) -> list[Hit]:
    """Every C001 hit, computed once (the fact model's rules defer to them)."""
    return ctx.memo("consistency-c001-hits", lambda c: list(_two_values(c)))


def _two_values(ctx: Context):
    seen: dict[tuple[str, str], Fact] = {}
    tails: dict[tuple[str, str], Fact] = {}
    for f in facts_of(ctx):
        key = (f.label, SAME_MEASURE.get(f.unit.lstrip("万"), f.unit.lstrip("万")), f.year)
        first = seen.get(key)
        if first is None:
            seen[key] = f
            if len(f.label) >= SUFFIX:
                tail_key = (f.label[-SUFFIX:], key[1], f.year)
                other = tails.setdefault(tail_key, f)
                if other is not f and other.value != f.value and other.sentence != f.sentence \
                        and 0 < min(other.value, f.value) and max(other.value, f.value) / min(other.value, f.value) <= 1.2:
                    yield Hit("C001", f.start, len(f.text), None,
                              {"label": f.label[-SUFFIX:], "found": f.text, "other": other.text, "line": other.line + 1})
            continue
        if first.value == f.value or first.sentence == f.sentence:
            continue
        lo, hi = sorted((first.value, f.value))
        if lo <= 0 or hi / lo > 2:
            continue  # a total of several years, or another measure: a clash is a near value
        yield Hit("C001", f.start, len(f.text), None,
                  {"label": f.label, "found": f.text, "other": first.text, "line": first.line + 1})
    yield from _same_figure_other_unit(facts_of(ctx))
    yield from _rate_twice(ctx)
    for code, start, length, args in ctx.memo("consistency-clashes", lambda c: list(_clashes(c))):
        if code == "C001":
            yield Hit(code, start, length, None, args)


SAME_MEASURE = {"名": "人"}
RE_RATE_FACT = LazyPattern(r"(?P<label>[\u4e00-\u9fff]{2,12}?率)(?:为|达|达到|是|保持在?|稳定在)?(?P<n>\d+(?:\.\d+)?)[%％]")
RATE_CHANGE = ("同比", "提高", "上升", "下降", "降低", "增长", "增加", "减少", "比上年", "较上年")


def _rate_twice(ctx: Context):
    """全年人民调解成功率98.6% … 调解成功率为96.8%: one rate given twice (a label that is the other
    one or its tail), in different sentences, with different values."""
    seen: list[tuple[str, str, int, int]] = []  # (label, value, line, sentence)
    for i, line in _body_lines(ctx):
        if "率" not in line:
            continue
        base = ctx.starts[i]
        for m in matches_near(RE_RATE_FACT, line, "率", 12):
            a = base + m.start("n")
            if _not_this_period(ctx, a) or any(w in line[max(0, m.start() - 6):m.start()] for w in RATE_CHANGE):
                continue
            label = LEAD.sub("", m.group("label"))
            if len(label) < 4:
                continue
            sent = _sentence_start(ctx, a)
            hit = None
            for olabel, on, oline, osent in seen:
                if osent != sent and on != m.group("n") and (olabel.endswith(label) or label.endswith(olabel)):
                    hit = (olabel, on, oline)
                    break
            if hit:
                yield Hit("C001", a, len(m.group("n")) + 1, None,
                          {"label": label, "found": m.group("n") + "%", "other": hit[1] + "%", "line": hit[2] + 1})
            elif len(seen) < 64 and not any(o[0] == label for o in seen):
                seen.append((label, m.group("n"), i, sent))


def _same_figure_other_unit(facts: list[Fact]):
    """咨询1.2万人次 … 咨询1.2万件: one item's figure written with two measure words."""
    seen: dict[tuple[str, str], Fact] = {}
    for f in facts:
        num = f.text[:len(f.text) - len(f.unit)]
        key = (f.label[-4:], num)
        first = seen.setdefault(key, f)
        if first is f or first.sentence == f.sentence:
            continue
        if SAME_MEASURE.get(first.unit, first.unit) != SAME_MEASURE.get(f.unit, f.unit) and float(f.value) >= 10:
            yield Hit("C001", f.start, len(f.text), None,
                      {"label": f.label[-4:], "found": f.text, "other": first.text, "line": first.line + 1})


@rule("C003")
def two_yoy(ctx: Context):
    seen: dict[tuple[str, str], Fact] = {}
    for f in facts_of(ctx):
        if not f.yoy:
            continue
        key = (f.label, f.unit.lstrip("万"))
        first = seen.get(key)
        if first is None:
            seen[key] = f
            continue
        if first.yoy == f.yoy or first.value != f.value:
            continue
        yield Hit("C003", f.yoy_start, len(f.yoy), None,
                  {"label": f.label, "found": f.yoy, "other": first.yoy, "line": first.line + 1})
    for code, start, length, args in ctx.memo("consistency-clashes", lambda c: list(_clashes(c))):
        if code == "C003":
            yield Hit(code, start, length, None, args)


# C002: 办理案件1200件，比上年的1000件增长12% / 上年同期为1000件 in another sentence of the paragraph
RE_PREV_SAME = LazyPattern(r"(?:比|较|与)(?:上年|去年)(?:同期)?的?(?P<b>\d+(?:\.\d+)?(?:万|亿)?)(?P<ub>" + UNIT + r")"
                          r"(?:相比)?[，,]?(?:同比)?(?P<v>增长|下降|增加|减少|上升|提高|降低)了?"
                          r"(?:(?P<n>\d+(?:\.\d+)?)[%％]|(?P<x>\d+(?:\.\d+)?(?:万|亿)?)(?P<ux>" + UNIT + r")(?![\d%％]))")
# 640件，是上年320件的2倍，同比增长200%: the growth of a stated multiple
RE_PREV_TIMES = LazyPattern(r"是(?:上年|去年)(?:同期)?的?(?P<b>\d+(?:\.\d+)?(?:万|亿)?)(?P<ub>" + UNIT + r")的(?P<t>\d+(?:\.\d+)?)倍"
                           r"[，,]?(?:同比|比上年|较上年)?(?:(?P<v>增长|增加|上升|提高)了?(?P<n>\d+(?:\.\d+)?)[%％])?")
RE_PREV_OTHER = LazyPattern(r"(?:上年|去年)(?:同期|全年)?(?P<label>[\u4e00-\u9fff]{0,12}?)(?:为|是|共|达)?(?P<b>\d+(?:\.\d+)?(?:万|亿)?)(?P<ub>" + UNIT + ")")


@rule("C002")
def change_contradicts(ctx: Context):
    for i, line in enumerate(ctx.lines):
        if ctx.kinds[i] not in (D.PARAGRAPH, D.HEADING, D.CELL) or ("上年" not in line and "去年" not in line):
            continue
        base = ctx.starts[i]
        facts = [f for f in facts_of(ctx) if f.line == i]
        for m in RE_PREV_SAME.finditer(line):
            before = [f for f in facts if f.start < base + m.start() and f.unit == m.group("ub")]
            if not before:
                continue
            a, b = before[-1].value, value(m.group("b"))
            if m.group("n") is not None:
                yield from _contradiction(a, b, m.group("v"), m.group("n"), base + m.start("n"), len(m.group("n")) + 1,
                                          f"{m.group('v')}{m.group('n')}%")
            elif m.group("ux") == m.group("ub"):  # 1520件，较上年的1406件增加86件
                x = value(m.group("x"))
                up = m.group("v") in ("增长", "增加", "上升", "提高")
                if abs(abs(a - b) - x) > 1e-6 * max(1.0, x) or ((a > b) != up and a != b):
                    yield Hit("C002", base + m.start("x"), m.end("ux") - m.start("x"), None,
                              {"found": m.group("v") + m.group("x") + m.group("ux"),
                               "expected": f"{'增加' if a > b else '减少'}{_num(abs(a - b))}{m.group('ub')}"})
        for m in RE_PREV_TIMES.finditer(line):
            before = [f for f in facts if f.start < base + m.start() and f.unit == m.group("ub")]
            if not before or value(m.group("b")) <= 0:
                continue
            a, b = before[-1].value, value(m.group("b"))
            t = a / b
            if not agrees(t, m.group("t")):
                yield Hit("C002", base + m.start("t"), len(m.group("t")) + 1, None,
                          {"found": m.group("t") + "倍", "expected": f"{t:.1f}倍"})
            elif m.group("n") is not None and not agrees((a - b) / b * 100, m.group("n")):
                yield Hit("C002", base + m.start("n"), len(m.group("n")) + 1, None,
                          {"found": m.group("v") + m.group("n") + "%", "expected": f"增长{(a - b) / b * 100:.0f}%"})
        for m in RE_PREV_OTHER.finditer(line):
            label = m.group("label")
            for f in facts:
                if not f.yoy or f.unit != m.group("ub") or f.sentence == _sentence_start(ctx, base + m.start()):
                    continue
                if label and not (label in f.label or f.label.endswith(label[-4:])):
                    continue
                yield from _contradiction(f.value, value(m.group("b")), f.yoy[:2], re.sub(r"\D*(\d+(?:\.\d+)?).*", r"\1", f.yoy),
                                          f.yoy_start, len(f.yoy), f.yoy)


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def _contradiction(a: float, b: float, verb: str, n: str, start: int, length: int, found: str):
    if b <= 0:
        return
    up = verb in ("增长", "增加", "上升", "提高")
    if (a > b) != up and a != b:
        yield Hit("C002", start, length, None,
                  {"found": found, "expected": f"{'增长' if a > b else '下降'}{abs(a - b) / b * 100:.1f}%"})
        return
    rate = abs(a - b) / b * 100
    if not agrees(rate, n):
        yield Hit("C002", start, length, None, {"found": found, "expected": f"{'增长' if up else '下降'}{rate:.1f}%"})


# --- the period and the unit -------------------------------------------------------------------

RE_YEAR = LazyPattern(r"(?<!\d)((?:19|20)\d{2})年")
RE_OPENING_YEAR = LazyPattern(r"((?:19|20)\d{2})年(?:度)?[，,]")
RE_LEAD_YEAR = LazyPattern(r"^((?:19|20)\d{2})年(上半年|度|以来|，|,|全年|是|，全)?")
RE_UNIT_NAME = LazyPattern(r"([\u4e00-\u9fff]{2,8}?(?:区|县|旗))(?:司法局|人民政府|委员会)")


def period(ctx: Context) -> tuple[int | None, bool]:
    """(the year the report covers, whether it is a half-year report): from the title, else the
    opening sentence (2024年上半年，…), else the date."""
    title = ctx.doc.title
    half = "上半年" in title or "半年" in title
    m = RE_YEAR.search(title)
    if m:
        y = int(m.group(1))
        return (y - 1 if "政府工作报告" in title else y), half
    for b in ctx.doc.blocks:
        if b.kind == D.PARAGRAPH:
            m = RE_LEAD_YEAR.match(b.text)
            if m and m.group(2) is not None and m.group(2) != "以来":  # 2024年，… (not 2024年全区办理…)
                return int(m.group(1)), half or m.group(2) == "上半年"
            break
    return ctx.year, half


def own_unit(ctx: Context) -> str | None:
    """The reporting unit (滨江区) from the title, the signature, the 印发 notice or the imprint."""
    doc = ctx.doc
    for source in (doc.title, doc.signature, *(b.text for b in doc.blocks if b.kind in (D.COVER, D.IMPRINT))):
        m = RE_UNIT_NAME.search(source)
        if m:
            name = re.split(r"[省市州盟]", m.group(1))[-1]
            if len(name) >= 2 and not name.endswith(("自治区", "特区")):
                return name
    # an excerpt without title or signature: the unit its opening sentence names (2024年，上城区司法局……)
    first = next((b for b in doc.blocks if b.kind == D.PARAGRAPH), None)
    if first is not None:
        m = RE_UNIT_NAME.search(first.text, 0, 24)
        if m and m.start() <= 8 and m.group().endswith("司法局"):
            name = re.split(r"[省市州盟]", m.group(1))[-1]
            if len(name) >= 2 and not name.endswith(("自治区", "特区")):
                return name
    return None


def _sentence_initial_years(ctx: Context, roles: tuple[str, ...]):
    """(block, offset in text, year) of the years opening a sentence in blocks of the given roles."""
    section_role = None
    for b in ctx.doc.blocks:
        if b.kind == D.HEADING and b.role:
            section_role = b.role
        if b.kind not in (D.PARAGRAPH, D.HEADING) or (section_role or b.role) not in roles:
            continue
        t = b.text
        for m in RE_YEAR.finditer(t):
            s = m.start()
            k = s - 1
            while k >= 0 and t[k] in " \u3000":
                k -= 1
            opens = k < 0 or t[k] in "。；！？" or (b.kind == D.HEADING and b.marker and s <= len(b.marker))
            if not opens:
                continue
            after = t[m.end():m.end() + 3]
            if after.lstrip("，,").startswith("是") or after.startswith(("以来", "起", "前", "底前", "年底前", "是", "工作回顾", "回顾", "的", "主要", "各项", "目标")) \
                    or after[:1] in "—－-～":
                continue
            yield b, s, int(m.group(1))


RE_PLAN_YEAR = LazyPattern(r"((?:19|20)\d{2})年(?:是|为)[“\"]?([十七八九][一二三四五六七八九]?五)[”\"]?(?:规划|普法|时期)?(?:的)?"
                          r"(开局之年|起步之年|收官之年|决胜之年|最后一年|第一年)")
OPENING_WORDS = ("开局之年", "起步之年", "第一年")


@functools.cache
def _plan_periods() -> dict[str, tuple[int, int]]:
    """Plan periods (十四五, 八五普法 …) → (first year, last year), from lint/dated.toml."""
    return {p["name"].replace("普法", ""): (p["start"], p["end"]) for p in load_toml("lint/dated.toml").get("period", ())
            if "普法" not in p["name"]}


def _plan_year_hits(text: str):
    """“2025年是‘十五五’规划开局之年”: the year named as a plan period's first or last year is
    not that period's (anchored at each 之年/一年, bounded window)."""
    periods = _plan_periods()
    for m in RE_PLAN_YEAR.finditer(text):
        span = periods.get(m.group(2))
        if span is None:
            continue
        want = span[0] if m.group(3) in OPENING_WORDS else span[1]
        if int(m.group(1)) != want:
            yield Hit("C004", m.start(), m.end() - m.start(), None,
                      {"found": f"{m.group(1)}年", "where": f"“{m.group(2)}”{m.group(3)}", "expected": f"{want}年"},
                      variant="plan-year")


# a sentence that compares its named year with another (2024年……156件，同比下降12.4%) names the year on purpose
YEAR_COMPARISON = ("同比", "比上年", "较上年", "与上年", "比去年", "较去年")


@rule("C004")
def years_disagree(ctx: Context):
    yield from _plan_year_hits(ctx.text)
    year, half = period(ctx)
    if year is None:
        return
    doc = ctx.doc
    if "政府工作报告" in doc.title:
        return  # reviews last year and plans this year: its own calendar
    title_years = {int(y) for y in RE_YEAR.findall(doc.title)}
    # the report's opening sentence names its own year (“2024年，区司法局……” in a 2025 report)
    if title_years and not half:
        first = next((b for b in doc.blocks if b.kind == D.PARAGRAPH), None)
        m = RE_OPENING_YEAR.match(first.text) if first is not None else None
        if m and int(m.group(1)) not in title_years:
            yield Hit("C004", line=first.line, column=first.column, length=5,
                      args={"found": f"{m.group(1)}年", "where": "开头", "expected": f"{year}年"}, variant="opening")
    # the plans of an annual report are for the next year
    if not half and ctx.previous is None:  # with --previous, V002 reports the plans' years
        for b, s, y in _sentence_initial_years(ctx, ("plans",)):
            if y <= year:
                yield Hit("C004", line=b.line, column=b.column + s, length=5,
                          args={"found": f"{y}年", "where": "工作安排部分", "expected": f"{year + 1}年"}, variant="plans")
    # this period's results cannot be in a later year
    for b, s, y in _sentence_initial_years(ctx, ("achievements", "opening", "duty")):
        off, body = body_text(b)  # a paragraph, or the running text of a run-in heading
        if not body or s < off:
            continue
        if y in title_years:
            continue
        if y > year and not any(w in b.text[s:s + 12] for w in ("将", "计划", "力争", "目标")) \
                and not any(w in body for w in YEAR_COMPARISON):
            yield Hit("C004", line=b.line, column=b.column + s, length=5,
                      args={"found": f"{y}年", "where": "工作成效部分", "expected": f"{year}年"}, variant="body")
    # the 印发 notice names the document by its title
    for b in doc.blocks:
        if b.kind != D.COVER or "《" not in b.text:
            continue
        for m in re.finditer(r"《([^》]{0,60})》", b.text):
            inner_years = [int(y) for y in RE_YEAR.findall(m.group(1))]
            if title_years and inner_years and inner_years[0] not in title_years:
                s = m.start() + 1 + m.group(1).find(f"{inner_years[0]}年")
                yield Hit("C004", line=b.line, column=b.column + s, length=5,
                          args={"found": f"{inner_years[0]}年", "where": "印发通知", "expected": f"{min(title_years)}年"},
                          variant="notice")
    # the date of writing and the imprint
    date_year = None
    for b in doc.blocks:
        if b.kind == D.DATE:
            m = RE_YEAR.match(b.text)
            if m:
                date_year = int(m.group(1))
                ok = (year, year + 1) if not half else (year,)
                if "政府工作报告" not in doc.title and date_year not in ok:
                    yield Hit("C004", line=b.line, column=b.column, length=5,
                              args={"found": f"{date_year}年", "where": "成文日期", "expected": f"{ok[-1]}年"},
                              variant="date")
    for b in doc.blocks:
        if b.kind == D.IMPRINT and "印发" in b.text:
            m = RE_YEAR.search(b.text)
            if m and date_year is not None and int(m.group(1)) != date_year:
                yield Hit("C004", line=b.line, column=b.column + m.start(), length=5,
                          args={"found": m.group(), "where": "版记印发日期", "expected": f"{date_year}年"},
                          variant="date")


# C005: 上半年工作总结 … 全年共办理…
RE_FULL_YEAR = LazyPattern(r"全年(?:共|累计|共计|总计)?(?:办理|受理|办结|调解|化解|开展|接待|提供|培训|举办|审查|新增|处理|组织|指导|"
                          r"完成|实现|收到|帮助|挽回|备案|审核|录入|服务)(?![^，。；]{0,8}(?:任务|目标|计划))")


@rule("C005")
def half_year_full_year(ctx: Context):
    year, half = period(ctx)
    if not half:
        return
    for b in ctx.doc.blocks:
        off, body = body_text(b)  # a paragraph, or the running text of a run-in heading
        if not body or b.role in ("plans",):
            continue
        for m in RE_FULL_YEAR.finditer(body):
            before = body[max(0, m.start() - 2):m.start()]
            if before.endswith(("完成", "占", "为", "的", "预计", "力争", "确保")):
                continue
            yield Hit("C005", line=b.line, column=b.column + off + m.start(), length=2, args={"found": m.group()})


# C006: another district's name left in (滨江区司法局 in 西湖区's report; 我们莲湖区 / 本莲湖区 in
# 雁塔区's: a unit that calls itself by another name)
RE_OTHER_UNIT = LazyPattern(r"([\u4e00-\u9fff]{2}(?:区|县))(?=司法局)|(?:(?<=我们)|(?<=我)|(?<=本))([\u4e00-\u9fff]{2}(?:区|县))(?=[\u4e00-\u9fff])|(?<=[市州盟])([\u4e00-\u9fff]{2}(?:区|县))(?=委|人民政府|政府|人大|政协|人民法院|法院|人民检察院|检察院|公安分局)"
                          r"|([\u4e00-\u9fff]{2}(?:区|县))(?=委[、和及]?(?:区|县)(?:人民)?政府|委(?:的)?(?:坚强|正确|统一)?领导)"
                          r"|(?<=[全我本])(县|区)(?=[共有各内的范])")
NOT_A_NAME_FIRST = set("们全我本各该两三四五六七八九十多新老城郊市省区县分全辖一")
SELF_NOT_NAME = set("局在的和与了是对为将把从向及委府院们所")  # 我局在县委…: not 我+a name
COOPERATION = ("与", "和", "同", "及", "、", "赴", "联合", "协同", "兄弟", "到", "在", "向", "对")
NEIGHBOURS = ("邻近", "相邻", "周边", "毗邻", "接壤", "兄弟")  # 与邻近的东乡区司法局: named on purpose


@rule("C006")
def other_unit_name(ctx: Context):
    from drafter.report.unit import _NOT_A_UNIT
    own = own_unit(ctx) or _leading_unit(ctx)
    if own is None or not own.endswith(("区", "县", "旗")):
        return
    short = own[-3:] if len(own) >= 3 else own
    for b in ctx.doc.blocks:
        if b.kind not in (D.PARAGRAPH, D.HEADING):
            continue
        t = b.text
        for m in matches_near(RE_OTHER_UNIT, t, ("区", "县"), 2):
            name = m.group(1) or m.group(2) or m.group(3) or m.group(4)
            if m.group(5):  # 全县共有 in a district's report (全区 in a county's: not 自治区-safe, so 区 only as 我区/本区)
                if own[-1] in "区县" and m.group(5) != own[-1] and (m.group(5) == "县" or t[m.start() - 1] != "全"):
                    yield Hit("C006", line=b.line, column=b.column + m.start() - 1, length=2,
                              args={"found": t[m.start() - 1:m.end()], "own": own})
                continue
            if name == short or own.endswith(name) or name[0] in NOT_A_NAME_FIRST \
                    or (m.group(1) is None and name[1] in _NOT_A_UNIT) or (m.group(2) and any(c in SELF_NOT_NAME for c in name)):
                continue
            if m.group(4) and not _other_place(own, name[:-1]):
                continue  # 在成华区委、区政府领导下: only a district that exists is another unit
            if m.group(4) is None and t[max(0, m.start() - 2):m.start()].endswith(COOPERATION) \
                    or any(w in t[max(0, m.start() - 6):m.start()] for w in NEIGHBOURS):
                continue  # 与西湖区司法局签订协议: a unit the report cites
            yield Hit("C006", line=b.line, column=b.column + m.start(), length=len(name),
                      args={"found": name, "own": own})
        if any(w in t for w in SLOGAN_HEADS):
            for m in RE_PLACE_SLOGAN.finditer(t):
                if _other_place(own, m.group("stem")):
                    yield Hit("C006", line=b.line, column=b.column + m.start("stem"), length=len(m.group("stem")),
                              args={"found": m.group(), "own": own})
        if "发展" in t or "建设" in t:
            for m in RE_SERVE_PLACE.finditer(t):  # 服务滨江区高质量发展大局 in 上城区's report
                name = m.group("name")
                if name != own and not own.endswith(name) and _other_place(own, name[:-1]):
                    yield Hit("C006", line=b.line, column=b.column + m.start("name"), length=len(name),
                              args={"found": name, "own": own})


RE_LEADING_UNIT = LazyPattern(r"(?:[0-9]{4}年(?:以来|上半年)?[，,])?([\u4e00-\u9fff]{2}(?:区|县))(?=坚持|全面|深入|扎实|持续|紧紧|围绕|聚焦|始终|认真|着力|积极)")


def _leading_unit(ctx: Context) -> str | None:
    """An excerpt without title or signature that opens with its district (江宁区坚持……)."""
    first = next((b for b in ctx.doc.blocks if b.kind == D.PARAGRAPH), None)
    m = RE_LEADING_UNIT.match(first.text) if first is not None else None
    return m.group(1) if m and m.group(1)[0] not in NOT_A_NAME_FIRST else None


# 法治锡山 in 新吴区's report: a slogan named after another district (not the unit's own, nor its
# city or province: 法治无锡, 法治江苏 are the unit's own too); names from drafter/data/divisions.txt
RE_SERVE_PLACE = LazyPattern(r"(?:服务|助力|推动|推进|保障|护航|促进|服务保障|全力服务)(?:全)?(?P<name>[\u4e00-\u9fff]{2,3}?[区县旗])"
                            r"(?:高质量发展|经济社会发展|发展大局|中心工作|现代化建设|法治建设)")
SLOGAN_HEADS = ("法治", "平安", "美丽", "幸福", "智慧", "文明", "和谐", "魅力")
RE_PLACE_SLOGAN = LazyPattern(r"(?:法治|平安|美丽|幸福|智慧|文明|和谐|魅力)(?P<stem>[\u4e00-\u9fff]{2,3}?)(?=建设|的|[、，。；”\n]|$)")


@functools.cache
def _stems() -> dict[str, tuple[str, ...]]:
    """Place stem (锡山) -> the codes of the current divisions so named (锡山区)."""
    from drafter.core.divisions import table
    out: dict[str, list[str]] = {}
    for name, d in table().items():
        if d.current and len(name) >= 3 and name[-1] in "区县市旗省":
            out.setdefault(name[:-1], []).append(d.code)
    return {k: tuple(v) for k, v in out.items()}


def _other_place(own: str, stem: str) -> bool:
    """`stem` names only divisions other than `own` and the city and province above it."""
    from drafter.core.divisions import table
    codes = _stems().get(stem)
    d = table().get(own)
    if not codes or d is None or stem == own[:-1]:
        return False
    mine = {d.code, d.code[:4] + "00", d.code[:2] + "0000"}
    return not any(c in mine for c in codes)


@rule("C007")
def unit_level_words(ctx: Context):
    from drafter.report.unit import _peer_pattern, localise, unit
    own = own_unit(ctx)
    if own is None:
        return
    u = unit(own)
    if u.level not in ("区", "县", "旗"):
        return
    rx = _peer_pattern(u.level)
    for b in ctx.doc.blocks:
        if b.kind not in (D.PARAGRAPH, D.HEADING, D.TITLE):
            continue
        t = b.text
        for m in rx.finditer(t):
            if m.group(4) in ("级", "长"):
                continue
            prev = t[m.start() - 1:m.start()]
            if prev and prev in "区县旗市省州、（":
                continue  # 区县政府, 市县, 各县（市、区）
            after = t[m.end():m.end() + 1]
            if (after and after in "（(、") or t[m.end():m.end() + 2] in ("市、", "区、"):
                continue
            found = m.group()
            yield Hit("C007", line=b.line, column=b.column + m.start(), length=len(found),
                      args={"found": found, "expected": localise(found, u), "unit": own})


@rule("C008", needs_previous=True)
def same_as_last_year(ctx: Context):
    prev = ctx.previous
    if prev is None:
        return
    from drafter.lint.previous import copies
    copied = copies(ctx)   # a paragraph copied from last year's is V001's
    old = Context(prev, ctx.config)
    old_facts = {(f.label, f.unit): f for f in _facts(old)}
    for f in facts_of(ctx):
        if f.line + 1 in copied:
            continue
        o = old_facts.get((f.label, f.unit))
        if o is None or o.value != f.value or f.value < 20:
            continue
        yield Hit("C008", f.start, len(f.text), None, {"label": f.label, "found": f.text, "line": o.line + 1})
