"""One fact model of the report's figures and the clashes it shows (数据打架): C023–C027.

A fact is (noun, figure, measure word) read in either order — 受理法律援助案件1486件 (noun first) and
在受理的1568件法律援助案件中 (figure first) — with the verb before it (受理) and a scope: a clause
naming another period or a target (2024年, 上年, 同期, 累计, 力争…) makes it another fact. Then:

C023 the same fact (same verb, a figure-first noun that is the tail of a noun-first label) with two
  near figures in different sentences;
C024 a claim of all (全员, 全覆盖, 全部, 均) whose count differs from the total of the same noun
  given elsewhere (调解员1860名 … 对1680名调解员开展全员轮训);
C025 parts that cannot make their whole: a list ending with 其他 whose sum is none of the totals
  before it (not after 其中: T011), and named parts summed later (撤销11件、确认违法9件 … 通过撤销、
  确认违法纠错22件);
C026 连续N年 said twice of one thing with different N (连续5年被评为… 连续6年获此殊荣);
C027 one event given two dates (3月15日…启动 … 自3月25日启动以来).

Every scan is one pass over the prose lines with bounded windows (a clause, a sentence, a few
lines back); comparisons go through dictionaries keyed by the noun's tail, the measure word, the
verb or the event: linear in the text."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from drafter.core.resources import load_toml
from drafter.lint.arithmetic import value
from drafter.lint.consistency import LEAD, c001_hits
from drafter.lint.consistency_claims import _yoy_vs_last_year
from drafter.lint.consistency_figures import _body_lines
from drafter.lint.context import Context, Hit, label_number_matches, matches_at, matches_near, number_matches
from drafter.lint.lexicon import LazyPattern, alternation
from drafter.lint.registry import rule

NUM = r"\d+(?:\.\d+)?(?:万|亿)?"
MEASURE = r"(?:万人次|人次|件次|万元|亿元|元|件|人|名|个|家|项|场|户|所|篇|批|起|宗|期|份)"
SAME = {"名": "人", "宗": "起"}
RE_NOUN_FIRST = LazyPattern(rf"(?P<label>[\u4e00-\u9fff]{{2,16}})(?P<num>{NUM})(?P<unit>{MEASURE})"
                      r"(?![\d%％]|百分点|[\u4e00-\u9fff]?(?:以上|以下|左右|多|余))")
RE_FIGURE_FIRST = LazyPattern(rf"(?<![\d.])(?P<num>{NUM})(?P<unit>{MEASURE})(?P<label>[\u4e00-\u9fff]{{2,10}})")
CUT = "的和与及、"
VERB_TAIL = LazyPattern(r"(?:为|达到|达|共有|共|现有|有|是)$")
STOCK = ("现有", "共有", "在册", "有", "共", "全区", "全县", "全市", "其中")  # no verb: the stock of a noun
SCOPE = ("上年", "去年", "同期", "上半年", "下半年", "季度", "月份", "月底", "累计", "历年", "以来", "各司法所", "各镇", "各街道", "每", "平均",
         "人均", "近", "目标", "力争", "计划", "预计", "确保", "争取", "将", "新增", "增加", "减少", "超过", "不少于",
         "不低于", "占", "约", "分别", "第", "比", "较")
RE_SCOPE = LazyPattern(alternation(SCOPE))   # one scan for "any of SCOPE in the words before"
RE_OTHER_YEAR = LazyPattern(r"(?:19|20)\d{2}年|\d{1,2}月")
CLAUSE = "，。；：！？\n（）,;:"
NEAR = 1.2  # a slip is a near figure (or its digits swapped); farther figures are other facts


@dataclass
class Fact:
    noun: str    # noun-first: the label without its verb; figure-first: the run after the figure
    verb: str    # the last two characters of the verb before the noun ('' for a stock)
    value: float
    text: str    # figure and measure as written
    measure: str
    start: int
    line: int
    sentence: int
    first: bool  # figure first
    part: bool   # after 其中
    scoped: bool  # another period or a target


SENTENCE = "。；！？\n"


def _clause(ctx: Context, a: int, b: int, limit: int = 40) -> tuple[int, int]:
    """(start, end) of the clause around text[a:b], at most `limit` characters either side."""
    lo, hi = max(0, a - limit), min(len(ctx.text), b + limit)
    marks = ctx.marks(CLAUSE)
    k, e = marks.last_before(a, lo), marks.first_in(b, hi)
    return (k + 1 if k >= 0 else lo), (e if e >= 0 else hi)


def _sentence(ctx: Context, a: int, limit: int = 200) -> int:
    """Where the sentence holding offset a starts, looking back at most `limit` characters."""
    lo = max(0, a - limit)
    k = ctx.marks(SENTENCE).last_before(a, lo)
    return k + 1 if k >= 0 else lo


def _synonyms() -> dict[str, str]:
    return load_toml("lint/consistency.toml").get("verb_synonyms", {})


def _verb(pre: str) -> str:
    """The verb ending pre, read as its synonym's head (办理/收到 → 受理); '' for a stock."""
    pre = LEAD.sub("", pre.rstrip("的了"))
    if pre.endswith(STOCK):
        return ""
    return _synonyms().get(pre[-2:], pre[-2:])


def _facts(ctx: Context) -> list[Fact]:
    text = ctx.text
    out: list[Fact] = []
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in label_number_matches(RE_NOUN_FIRST, line, 16, 2):  # one try per label run
            raw = VERB_TAIL.sub("", m.group("label"))
            raw = raw[max(raw.rfind(c) for c in CUT) + 1:]
            part = "其中" in raw
            raw = LEAD.sub("", raw[raw.rfind("其中") + 2:] if part else raw)
            out.append(_fact(ctx, base, i, m, raw, raw, False, part))
        for m in number_matches(RE_FIGURE_FIRST, line):  # one try per run of digits
            s, _ = _clause(ctx, base + m.start(), base + m.end())
            pre = text[s:base + m.start()]
            run = re.split(r"[的中]", m.group("label"), maxsplit=1)[0]
            out.append(_fact(ctx, base, i, m, run, pre, True, "其中" in pre))
    return out


def _fact(ctx, base, i, m, noun, pre, first, part) -> Fact:
    text = ctx.text
    a, b = base + m.start("num"), base + m.end("unit")
    s, e = _clause(ctx, base + m.start(), b)
    before = text[s:a]
    scoped = RE_SCOPE.search(before) is not None or RE_OTHER_YEAR.search(before) is not None \
        or any(w in text[b:e] for w in ("目标", "以上", "以内", "左右"))
    verb = _verb(pre) if first else _verb(noun[:-4] if len(noun) > 4 else "")
    unit = m.group("unit")
    return Fact(noun, verb, value(m.group("num")), m.group("num") + unit, SAME.get(unit, unit), a, i,
                _sentence(ctx, a), first, part, scoped)


def facts(ctx: Context) -> list[Fact]:
    """The document's facts, read once (shared by C023–C025)."""
    return ctx.memo("consistency-model-facts", _facts)


def _near(a: float, b: float) -> bool:
    if a == b or a <= 0 or b <= 0:
        return False
    ka, kb = f"{a:g}", f"{b:g}"
    return max(a, b) / min(a, b) <= NEAR or sorted(ka) == sorted(kb)


def _tails(f: Fact, shortest: int):
    for k in range(min(8, len(f.noun)), shortest - 1, -1):
        yield f.noun[-k:]


def _heads(f: Fact, shortest: int):
    for k in range(min(8, len(f.noun)), shortest - 1, -1):
        yield f.noun[:k]


def _index(fs: list[Fact], shortest: int) -> dict[tuple[str, str], list[Fact]]:
    """Noun-first facts of this period by (noun tail, measure)."""
    idx: dict[tuple[str, str], list[Fact]] = {}
    for f in fs:
        if not f.first and not f.scoped:
            for t in _tails(f, shortest):
                bucket = idx.setdefault((t, f.measure), [])
                if len(bucket) < 8:
                    bucket.append(f)
    return idx


def _match(f: Fact, idx, shortest: int):
    """The noun-first facts whose label ends with the longest head of figure-first f."""
    for h in _heads(f, shortest):
        found = idx.get((h, f.measure))
        if found:
            return h, found
    return "", []


def _told(ctx: Context) -> set[int]:
    """Where C001 reports a figure (the model's rules defer to it)."""
    return {h.start for h in c001_hits(ctx)}


@rule("C023")
def same_fact_two_figures(ctx: Context):
    fs = facts(ctx)
    idx = _index(fs, 4)
    told = _told(ctx)
    for f in fs:
        if not f.first or f.scoped or f.part or f.start in told:  # C001 said it already
            continue
        head, found = _match(f, idx, 4)
        for g in found:
            rest = g.noun[:len(g.noun) - len(head)]
            if _verb(rest) == f.verb and f.verb and g.sentence != f.sentence and not g.part and _near(g.value, f.value):
                yield Hit("C023", f.start, len(f.text), None,
                          {"label": head, "found": f.text, "other": g.text, "line": g.line + 1})
                break
    yield from _restated(ctx.text, fs, told)


RESTATE_LINES = 8  # farther apart, a restated label is more often another year's or a plan's figure
LABEL_MIN = 6  # a noun-first label restated whole (verb and noun) names one fact
ABOUT = "约近超逾达共计"  # words of size between a label and its amount
MONEY = {"万元": 1e4, "亿元": 1e8, "元": 1.0}


RE_YEAR = LazyPattern(r"(?:19|20)\d{2}年|上年|去年|上半年|下半年|季度")


def _when(text: str, f: Fact) -> str:
    """The period named in f's sentence before its figure ('' for none)."""
    m = RE_YEAR.search(text, f.sentence, f.start)
    return m.group() if m else ""


def _restated(text: str, fs: list[Fact], told: set[int]):
    """The same fact restated: the same whole label (新建个人调解工作室12个 … 新建个人调解工作室14个),
    a bare verb and its figure-first noun (审结140件 … 在审结的145件案件中), or one amount in 万元 and
    in 亿元 a power of ten apart (2481.8万元 … 约2.48亿元)."""
    whole: dict[tuple[str, str], Fact] = {}
    bare: dict[tuple[str, str], Fact] = {}
    money: dict[str, Fact] = {}
    for f in fs:
        if f.part or f.start in told:
            continue
        if f.first:
            g = bare.get((f.verb, f.measure)) if f.verb and not f.scoped else None
            if g is not None and g.sentence != f.sentence and f.line - g.line <= RESTATE_LINES and _near(g.value, f.value) \
                    and _when(text, g) == _when(text, f):
                yield Hit("C023", f.start, len(f.text), None,
                          {"label": f.verb, "found": f.text, "other": g.text, "line": g.line + 1})
            continue
        noun = f.noun.rstrip(ABOUT)
        if f.measure in MONEY and len(noun) >= 2:
            g = money.get(noun[-4:])
            if g is not None and _scale(g) != _scale(f) and g.sentence != f.sentence and _tenfold(g, f):
                yield Hit("C023", f.start, len(f.text), None,
                          {"label": noun[-4:], "found": f.text, "other": g.text, "line": g.line + 1}, variant="magnitude")
            money.setdefault(noun[-4:], f)
        if f.scoped:
            continue
        if len(f.noun) == 2 and _verb(f.noun) in load_toml("lint/consistency.toml")["bare_verbs"]["verbs"]:
            bare[(_verb(f.noun), f.measure)] = f
        elif len(f.noun) >= LABEL_MIN:
            g = whole.get((f.noun, f.measure))
            if g is not None and g.sentence != f.sentence and f.line - g.line <= RESTATE_LINES and _near(g.value, f.value) \
                    and _when(text, g) == _when(text, f):
                yield Hit("C023", f.start, len(f.text), None,
                          {"label": f.noun, "found": f.text, "other": g.text, "line": g.line + 1})
            whole[(f.noun, f.measure)] = f


def _scale(f: Fact) -> str:
    """The money unit as written: 亿元, 万元 or 元."""
    return f.text[-2:] if f.text[-2:] in MONEY else "元"


def _tenfold(g: Fact, f: Fact) -> bool:
    """Two money figures whose digits agree but whose amounts are 10, 100 … times apart."""
    a, b = g.value * MONEY[g.measure], f.value * MONEY[f.measure]
    if a <= 0 or b <= 0:
        return False
    r = max(a, b) / min(a, b)
    k = round(math.log10(r))
    return k >= 1 and abs(r / 10 ** k - 1) <= 0.01


RE_ALL = LazyPattern(r"全员|全覆盖|全部|均已|均(?:参加|接受|完成|落实|纳入|配备|建立)|100[%％]|一个不落|无一遗漏")
ALL_WINDOW = 30
RE_CJK = LazyPattern(r"[\u4e00-\u9fff]+")


def _claim(text: str, f: Fact):
    """A claim of all in the words after f, within its sentence."""
    e = min([k for k in (text.find(c, f.start, f.start + 80) for c in "。；！？\n") if k >= 0] or [f.start + 80])
    return RE_ALL.search(text, f.start, min(e, f.start + len(f.text) + ALL_WINDOW))


@rule("C024")
def all_claim_against_total(ctx: Context):
    text = ctx.text
    fs = facts(ctx)
    idx = _index(fs, 3)
    short = _index(fs, 2)
    for f in fs:
        if f.scoped:
            continue
        claim = _claim(text, f)
        if claim is None:
            continue
        if f.first:
            head, found = _match(f, idx, 3)
            noun = text[f.start + len(f.text):claim.start()]
            if not found and 2 <= len(noun) <= 8 and RE_CJK.fullmatch(noun):  # 268名律师全部通过
                head, found = noun, short.get((noun, f.measure), [])
        else:
            head, found = next(((t, idx[(t, f.measure)]) for t in _tails(f, 3) if (t, f.measure) in idx), ("", []))
        for g in found:
            if g is f or g.sentence == f.sentence or not _near(g.value, f.value) \
                    or _claim(text, g) is not None:
                continue
            yield Hit("C024", f.start, len(f.text), None,
                      {"label": head, "found": f.text, "other": g.text, "line": g.line + 1, "claim": claim.group()})
            break


# C025 ------------------------------------------------------------------------------------------
OTHER = ("其他", "其它", "其余")
RE_LIST_ITEM = LazyPattern(rf"(?:^|(?<=[、，,：:；;]))(?:其中)?(?P<label>[\u4e00-\u9fff]{{2,12}})(?P<num>{NUM})(?P<unit>{MEASURE})(?=[、，,；;。]|$)")
BACK_LINES = 3
LIST_GAP = 12  # at most this many characters (no figure, no sentence end) between two items of one list
# attributes that cut across a whole (党员律师, 女律师): lists of them overlap and are not summed
ACROSS = ("党员", "女", "男", "青年", "少数民族", "骨干", "优秀", "新任", "新增", "首次", "重点", "疑难")
INTRO = LazyPattern(r"^(?:其中|按.{1,8}分|从.{1,8}看|分别为|分别是)")


def _lists(line: str):
    """Runs of two or more items (label figure measure) of one measure, separated by 、，；."""
    run: list[re.Match] = []
    for m in RE_LIST_ITEM.finditer(line):
        if run and not m.group(0).startswith("其中"):
            gap = line[run[-1].end():m.start()]
            if len(gap) <= LIST_GAP and not any(c.isdigit() or c in "。！？" for c in gap) \
                    and m.group("unit") == run[-1].group("unit"):
                run.append(m)
                continue
            if len(run) >= 2:
                yield run
        run = [m]
    if len(run) >= 2:
        yield run


def _common_tail(labels: list[str]) -> str:
    tail = labels[0][-2:]
    return tail if all(lab.endswith(tail) for lab in labels) else ""


@rule("C025")
def parts_against_whole(ctx: Context):
    """A parts list (any separator, any or no introduction, on the whole's line or the next few):
    with 其他 it must equal its whole, without it it must not exceed it."""
    text = ctx.text
    fs = facts(ctx)
    by_line: dict[int, list[Fact]] = {}
    for f in fs:
        if not f.first and not f.scoped:
            by_line.setdefault(f.line, []).append(f)
    for i, line in _body_lines(ctx):
        if RE_DIGIT.search(line) is None:   # every list item holds a figure
            continue
        base = ctx.starts[i]
        for items in _lists(line):
            labels = [it.group("label") for it in items]
            last = labels[-1]
            other = any(last.startswith(w) or w in last[:4] for w in OTHER)
            tail = _common_tail(labels[:-1] if other else labels)
            s = _sentence(ctx, base + items[0].start())
            intro = text[s:base + items[0].start()]
            if items[0].group(0).startswith("其中"):
                intro += "其中"
            if not other and (not tail or any(lab.startswith(ACROSS) for lab in labels)):
                continue
            if other and len(items) < 3 and not INTRO.match(LEAD.sub("", intro)):
                continue
            unit = items[0].group("unit")
            measure = SAME.get(unit, unit)
            got = sum(value(it.group("num")) for it in items)
            firsts = {base + it.start("num") for it in items}
            top = max(value(it.group("num")) for it in items)
            grams = _grams(intro, 2)
            wholes = [g for j in range(max(0, i - BACK_LINES), i + 1) for g in by_line.get(j, ())
                      if g.start < base + items[0].start() and g.start not in firsts and g.measure == measure
                      and g.value > top and (tail and tail in g.noun or grams & _grams(g.noun, 2))]
            if not wholes:
                continue
            if other:
                if any(abs(g.value - got) < 1e-9 for g in wholes):
                    continue
            elif got <= max(g.value for g in wholes) + 1e-9 or "其中" in intro and wholes[-1].line == i:
                continue  # T011 says it of 其中 lists on the whole's own line
            whole = wholes[-1]
            m = items[-1]
            yield Hit("C025", base + m.start("num"), len(m.group("num") + m.group("unit")), None,
                      {"found": "＋".join(it.group("num") for it in items) + f"＝{got:g}{unit}",
                       "expected": whole.text})
    yield from _named_parts(ctx)


RE_PART_ITEM = LazyPattern(rf"(?:^|(?<=[、，,：:；。]))(?:其中)?(?P<label>[\u4e00-\u9fff]{{2,8}})(?P<num>{NUM})(?P<unit>{MEASURE})(?=[、，,；。]|$)")
RE_SUMMED = LazyPattern(rf"(?P<names>[\u4e00-\u9fff]{{2,8}}(?:[、和及与][\u4e00-\u9fff]{{2,10}})+?)(?P<mid>[\u4e00-\u9fff]{{0,8}}?)(?P<num>{NUM})(?P<unit>{MEASURE})(?![\d%％])")


RE_SEPARATOR = LazyPattern(r"[、和及与]")
# a whole run of what RE_SUMMED's names and mid are made of (CJK and 、) that runs into a digit:
# the look-behind starts it only at a run's first character and the possessive run never backtracks
RE_NAME_RUN = LazyPattern(r"(?<![\u4e00-\u9fff、])[\u4e00-\u9fff、]++(?=\d)")
RE_DIGIT = LazyPattern(r"\d")


def _summed_anchors(line: str) -> list[int]:
    """The separators of `line` that a RE_SUMMED match can hold: its names and mid are one run of
    CJK characters and 、 that runs straight into the figure, so only separators inside a run
    followed by a digit count (most of a report's 、 和 及 与 are not; one C scan per run)."""
    out: list[int] = []
    for r in RE_NAME_RUN.finditer(line):
        out.extend(m.start() for m in RE_SEPARATOR.finditer(line, r.start(), r.end()))
    return out


def _named_parts(ctx: Context):
    """撤销11件、确认违法9件 … 通过撤销、确认违法直接纠错22件: the parts named again with their sum."""
    items: dict[tuple[str, str], tuple[float, int]] = {}  # (label, measure) -> (value, line)
    for i, line in _body_lines(ctx):
        if RE_DIGIT.search(line) is None:   # a sum and a part both hold a figure
            continue
        base = ctx.starts[i]
        for m in matches_at(RE_SUMMED, line, _summed_anchors(line), 8):  # a separator within 8 of the start
            names = re.split(r"[、和及与]", m.group("names"))
            unit = m.group("unit")
            got, ok = 0.0, True
            for j, name in enumerate(names):
                cands = [(lab, v) for (lab, u), (v, ln) in items.items() if u == unit and i - ln <= BACK_LINES and
                         ((lab in name and (j == 0 and name.endswith(lab) or j == len(names) - 1 and name.startswith(lab)
                                            or name == lab)) or (j < len(names) - 1 and len(name) >= 2 and lab.startswith(name)))]
                if len(cands) != 1:
                    ok = False
                    break
                got += cands[0][1]
            if ok and len(names) >= 2 and abs(got - value(m.group("num"))) > 1e-9:
                yield Hit("C025", base + m.start("num"), len(m.group("num") + unit), None,
                          {"found": m.group("num") + unit, "expected": f"{got:g}{unit}"}, variant="named")
        for m in RE_PART_ITEM.finditer(line):
            items[(m.group("label"), m.group("unit"))] = (value(m.group("num")), i)
        if len(items) > 256:
            items = {k: v for k, v in items.items() if i - v[1] <= BACK_LINES}


# C026 ------------------------------------------------------------------------------------------
RE_YEARS_RUN = LazyPattern(r"连续(?P<n>\d+|[一二两三四五六七八九十]+)(?:个)?年(?P<pred>[^，。；！？\n]{0,20})")
BACK_REF = ("此殊荣", "此荣誉", "该荣誉", "这一荣誉", "此称号", "该称号", "这一称号", "此奖项", "该奖项")
HONOUR = ("评为", "获评", "荣获", "获得", "授予", "命名", "被表彰")


def _grams(s: str, n: int = 5) -> set[str]:
    s = "".join(c for c in s if "\u4e00" <= c <= "\u9fff")
    return {s[k:k + n] for k in range(len(s) - n + 1)}


SUBJECT_SCOPE = LazyPattern(r"^(?:我[区县市局]|全[区县市]|这是|已|该|并|均|，)+|已$|被$")


def _subject(text: str, a: int) -> str:
    """The words of the clause before 连续 (its subject), without scope words."""
    s = max([text.rfind(c, max(0, a - 16), a) for c in "，。；：！？\n"] + [max(0, a - 16) - 1]) + 1
    return SUBJECT_SCOPE.sub("", text[s:a])


@rule("C026")
def years_run_twice(ctx: Context):
    text = ctx.text
    seen: list[tuple[str, set, bool, int, str]] = []  # (n, grams, honour, line, subject)
    for i, line in _body_lines(ctx):
        if "连续" not in line:
            continue
        base = ctx.starts[i]
        for m in RE_YEARS_RUN.finditer(line):
            n, pred = m.group("n"), m.group("pred")
            grams = _grams(pred)
            subj = _subject(text, base + m.start())
            if any(w in pred for w in BACK_REF):
                other = next((o for o in reversed(seen) if o[2]), None)
            else:  # the same predicate (a common run of 7+ characters) of the same subject
                other = next((o for o in reversed(seen) if len(o[1] & grams) >= 3
                              and (len(o[4]) < 2 or len(subj) < 2 or _grams(o[4], 2) & _grams(subj, 2))), None)
            if other is not None and other[0] != n:
                yield Hit("C026", base + m.start(), m.start("pred") - m.start(), None,
                          {"found": f"连续{n}年", "other": f"连续{other[0]}年", "line": other[3] + 1})
            elif len(seen) < 64:
                seen.append((n, grams, any(w in pred for w in HONOUR), i, subj))


# C027 ------------------------------------------------------------------------------------------
EVENT = r"(?P<v>启动|部署|成立|挂牌|上线|开通|揭牌|印发|出台|施行|实施|开展)"
RE_SINCE = LazyPattern(rf"(?P<subj>[\u4e00-\u9fff”]{{0,4}})自(?P<d>\d{{1,2}}月\d{{1,2}}日)[\u4e00-\u9fff“”]{{0,6}}?{EVENT}(?:运行)?(?:以来|后|起)")
RE_DATED = LazyPattern(rf"(?P<d>\d{{1,2}}月\d{{1,2}}日)[^。；！？\n]{{0,30}}?{EVENT}")
EVENT_LINES = 10


@rule("C027")
def event_two_dates(ctx: Context):
    last: dict[str, tuple[str, int, str]] = {}  # verb -> (date, line, sentence text)
    text = ctx.text
    for i, line in _body_lines(ctx):
        if "月" not in line:
            continue
        base = ctx.starts[i]
        since = list(matches_near(RE_SINCE, line, "自", 4))   # 自 at most 4 characters after a start
        for m in since:
            before = last.get(m.group("v"))
            if before is None or before[0] == m.group("d") or i - before[1] > EVENT_LINES:
                continue
            subj = m.group("subj")[-2:]
            if len(subj) == 2 and subj not in before[2]:
                continue
            yield Hit("C027", base + m.start("d"), len(m.group("d")), None,
                      {"found": m.group("d"), "other": before[0], "line": before[1] + 1, "event": m.group("v")})
        spans = [(m.start(), m.end()) for m in since]
        for m in RE_DATED.finditer(line):
            if any(a <= m.start() < b for a, b in spans):
                continue
            s = _sentence(ctx, base + m.start())
            e = min([k for k in (text.find(c, base + m.end(), base + m.end() + 120) for c in "。；！？\n") if k >= 0]
                    or [base + m.end() + 120])
            last[m.group("v")] = (m.group("d"), i, text[s:e])


# C028 ------------------------------------------------------------------------------------------
RE_HALF = LazyPattern(r"上半年|一季度|前三季度|[1１一]\s*[-—至~～－]\s*[6６六]月|[1１一]\s*[-—至~～－]\s*[9９九]月")
RE_WHOLE_YEAR = LazyPattern(r"全年|年内|全年度")
RE_LAST_YEAR = LazyPattern(r"上年|去年|上一年")
RE_DIRECTION = LazyPattern(r"[，,]?(?:同比|比上年|较上年|比去年|较去年|与上年相比)[，,]?(?P<v>增长|上升|增加|提高|下降|减少|降低)了?\d")
UP = ("增长", "上升", "增加", "提高")
TAIL = 4  # characters of the noun that name one fact across its sentences
PERIOD_LINES = 12


def _period(text: str, f: Fact) -> str:
    """'half', 'year', 'last' or '' from the words of f's sentence before its figure."""
    before = text[f.sentence:f.start]
    if "其中" in before or "累计" in before or "新增" in before and "新增" not in f.noun:
        return ""
    if RE_LAST_YEAR.search(before) and "同比" not in before:
        return "last"
    if RE_HALF.search(before):
        return "half"
    return "year" if RE_WHOLE_YEAR.search(before) or not RE_OTHER_YEAR.search(before) else "named"


@rule("C028")
def period_figures_disagree(ctx: Context):
    """One fact across periods: the 上半年 figure above the 全年 one, or a 同比 growth (fall) whose
    上年 figure, given on another line, is larger (smaller; C016 checks the rate when it can)."""
    told = _told(ctx) | {start for _c, start in ctx.memo("consistency-yoy-hits", lambda c: [
        (h.rule, h.start) for h in _yoy_vs_last_year(c)])}
    for h in _period_hits(ctx):
        if h.variant != "yoy" or h.start not in told:
            yield h


def half_year_starts(ctx: Context) -> set[int]:
    """Where C028 reports a 全年 figure below the 上半年 one (C001 leaves these to it)."""
    return {h.start for h in _period_hits(ctx) if h.variant != "yoy"}


def _period_hits(ctx: Context) -> list[Hit]:
    return ctx.memo("consistency-period-hits", lambda c: list(_periods(c)))


def _periods(ctx: Context):
    text = ctx.text
    seen: dict[tuple[str, str], list[tuple[Fact, str, str]]] = {}  # (tail, measure) -> (fact, period, direction)
    for f in facts(ctx):
        if f.first or f.part or len(f.noun) < TAIL:
            continue
        period = _period(text, f)
        if not period:
            continue
        d = RE_DIRECTION.match(text, f.start + len(f.text), f.start + len(f.text) + 16)
        if period == "named":  # a named year compared with the last is the report's year
            period = "year" if d else ""
            if not period:
                continue
        key = (f.noun[-TAIL:], f.measure)
        for g, gp, gd in seen.get(key, ()):
            if f.line - g.line > PERIOD_LINES or g.sentence == f.sentence:
                continue
            if gp == "half" and period == "year" and RE_WHOLE_YEAR.search(text[f.sentence:f.start]) and g.value > f.value:
                yield Hit("C028", f.start, len(f.text), None, {"found": f.text, "other": g.text, "line": g.line + 1})
                break
            if gp == "year" and gd and period == "last" and (g.value <= f.value if gd in UP else g.value >= f.value):
                yield Hit("C028", f.start, len(f.text), None, {"found": f.text, "other": g.text, "line": g.line + 1},
                          variant="yoy")
                break
        bucket = seen.setdefault(key, [])
        if len(bucket) < 8:
            bucket.append((f, period, d.group("v") if d else ""))
