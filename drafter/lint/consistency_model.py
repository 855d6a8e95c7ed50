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

import re
from dataclasses import dataclass

from drafter.lint.arithmetic import value
from drafter.lint.consistency import LEAD, _clashes
from drafter.lint.consistency_claims import _Lazy
from drafter.lint.consistency_figures import _body_lines
from drafter.lint.context import Context, Hit
from drafter.lint.registry import rule

NUM = r"\d+(?:\.\d+)?(?:万|亿)?"
MEASURE = r"(?:万人次|人次|件次|万元|亿元|元|件|人|名|个|家|项|场|户|所|篇|批|起|宗|期|份)"
SAME = {"名": "人", "宗": "起"}
RE_NOUN_FIRST = _Lazy(rf"(?P<label>[\u4e00-\u9fff]{{2,16}})(?P<num>{NUM})(?P<unit>{MEASURE})"
                      r"(?![\d%％]|百分点|[\u4e00-\u9fff]?(?:以上|以下|左右|多|余))")
RE_FIGURE_FIRST = _Lazy(rf"(?<![\d.])(?P<num>{NUM})(?P<unit>{MEASURE})(?P<label>[\u4e00-\u9fff]{{2,10}})")
CUT = "的和与及、"
VERB_TAIL = re.compile(r"(?:为|达到|达|共有|共|现有|有|是)$")
STOCK = ("现有", "共有", "在册", "有", "共", "全区", "全县", "全市", "其中")  # no verb: the stock of a noun
SCOPE = ("上年", "去年", "同期", "上半年", "下半年", "季度", "月份", "月底", "累计", "历年", "以来", "各司法所", "各镇", "各街道", "每", "平均",
         "人均", "近", "目标", "力争", "计划", "预计", "确保", "争取", "将", "新增", "增加", "减少", "超过", "不少于",
         "不低于", "占", "约", "分别", "第", "比", "较")
RE_OTHER_YEAR = re.compile(r"(?:19|20)\d{2}年|\d{1,2}月")
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


def _clause(text: str, a: int, b: int, limit: int = 40) -> tuple[int, int]:
    lo, hi = max(0, a - limit), min(len(text), b + limit)
    s = max([text.rfind(c, lo, a) for c in CLAUSE] + [lo - 1]) + 1
    ends = [k for k in (text.find(c, b, hi) for c in CLAUSE) if k >= 0]
    return s, min(ends) if ends else hi


def _sentence(text: str, a: int, limit: int = 200) -> int:
    lo = max(0, a - limit)
    return max([text.rfind(c, lo, a) for c in "。；！？\n"] + [lo - 1]) + 1


def _verb(pre: str) -> str:
    pre = LEAD.sub("", pre.rstrip("的了"))
    for w in STOCK:
        if pre.endswith(w):
            return ""
    return pre[-2:]


def _facts(ctx: Context) -> list[Fact]:
    text = ctx.text
    out: list[Fact] = []
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in RE_NOUN_FIRST.finditer(line):
            raw = VERB_TAIL.sub("", m.group("label"))
            raw = raw[max(raw.rfind(c) for c in CUT) + 1:]
            part = "其中" in raw
            raw = LEAD.sub("", raw[raw.rfind("其中") + 2:] if part else raw)
            out.append(_fact(text, base, i, m, raw, raw, False, part))
        for m in RE_FIGURE_FIRST.finditer(line):
            s, _ = _clause(text, base + m.start(), base + m.end())
            pre = text[s:base + m.start()]
            run = re.split(r"[的中]", m.group("label"), maxsplit=1)[0]
            out.append(_fact(text, base, i, m, run, pre, True, "其中" in pre))
    return out


def _fact(text, base, i, m, noun, pre, first, part) -> Fact:
    a, b = base + m.start("num"), base + m.end("unit")
    s, e = _clause(text, base + m.start(), b)
    before = text[s:a]
    scoped = any(w in before for w in SCOPE) or RE_OTHER_YEAR.search(before) is not None \
        or any(w in text[b:e] for w in ("目标", "以上", "以内", "左右"))
    verb = _verb(pre) if first else _verb(noun[:-4] if len(noun) > 4 else "")
    unit = m.group("unit")
    return Fact(noun, verb, value(m.group("num")), m.group("num") + unit, SAME.get(unit, unit), a, i,
                _sentence(text, a), first, part, scoped)


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


@rule("C023")
def same_fact_two_figures(ctx: Context):
    fs = facts(ctx)
    idx = _index(fs, 4)
    told = {start for code, start, _, _ in ctx.memo("consistency-clashes", lambda c: list(_clashes(c))) if code == "C001"}
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


RE_ALL = re.compile(r"全员|全覆盖|全部|均已|均(?:参加|接受|完成|落实|纳入|配备|建立)|100[%％]|一个不落|无一遗漏")
ALL_WINDOW = 30


def _claim(text: str, f: Fact):
    """A claim of all in the words after f, within its sentence."""
    e = min([k for k in (text.find(c, f.start, f.start + 80) for c in "。；！？\n") if k >= 0] or [f.start + 80])
    return RE_ALL.search(text, f.start, min(e, f.start + len(f.text) + ALL_WINDOW))


@rule("C024")
def all_claim_against_total(ctx: Context):
    text = ctx.text
    fs = facts(ctx)
    idx = _index(fs, 3)
    for f in fs:
        if f.scoped:
            continue
        claim = _claim(text, f)
        if claim is None:
            continue
        if f.first:
            head, found = _match(f, idx, 3)
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
RE_ITEM = _Lazy(rf"(?P<label>[\u4e00-\u9fff]{{2,14}})(?P<num>{NUM})(?P<unit>{MEASURE})$")
BACK_LINES = 3


def _list_before(text: str, lo: int, hi: int) -> list[re.Match]:
    """The items separated by 、 that end at hi (the last one included), walking back to lo."""
    items: list[re.Match] = []
    end = hi
    while end > lo and len(items) < 12:
        k = max(text.rfind(c, lo, end) for c in "、，,：:。；\n")
        m = RE_ITEM.match(text, k + 1, end)
        if m is None:
            break
        items.append(m)
        if k < lo or text[k] != "、":
            break
        end = k
    return items[::-1]


@rule("C025")
def parts_against_whole(ctx: Context):
    text = ctx.text
    fs = facts(ctx)
    by_line: dict[int, list[Fact]] = {}
    for f in fs:
        if not f.first and not f.scoped:
            by_line.setdefault(f.line, []).append(f)
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for w in OTHER:
            k = line.find(w)
            if k < 0:
                continue
            m = RE_NOUN_FIRST.match(line, k)
            if m is None:
                continue
            end = base + m.end("unit")
            s = _sentence(text, base + k)
            items = _list_before(text, s, end)
            if len(items) < 3 or "其中" in text[s:items[0].start()] or any(it.group("unit") != m.group("unit") for it in items):
                continue
            got = sum(value(it.group("num")) for it in items)
            firsts = {it.start() for it in items}
            wholes = [g for j in range(max(0, i - BACK_LINES), i + 1) for g in by_line.get(j, ())
                      if g.start < items[0].start() and g.start not in firsts and g.measure == SAME.get(m.group("unit"), m.group("unit"))]
            suffix = items[0].group("label")[-2:]
            if not any(g.noun.endswith(suffix) for g in wholes) or any(abs(g.value - got) < 1e-9 for g in wholes):
                continue
            whole = next(g for g in reversed(wholes) if g.noun.endswith(suffix))
            yield Hit("C025", base + m.start("num"), len(m.group("num") + m.group("unit")), None,
                      {"found": "＋".join(it.group("num") for it in items) + f"＝{got:g}{m.group('unit')}",
                       "expected": whole.text})
            break
    yield from _named_parts(ctx)


RE_PART_ITEM = _Lazy(rf"(?:^|(?<=[、，,：:；。]))(?:其中)?(?P<label>[\u4e00-\u9fff]{{2,8}})(?P<num>{NUM})(?P<unit>{MEASURE})(?=[、，,；。]|$)")
RE_SUMMED = _Lazy(rf"(?P<names>[\u4e00-\u9fff]{{2,8}}(?:[、和及与][\u4e00-\u9fff]{{2,10}})+?)(?P<mid>[\u4e00-\u9fff]{{0,8}}?)(?P<num>{NUM})(?P<unit>{MEASURE})(?![\d%％])")


def _named_parts(ctx: Context):
    """撤销11件、确认违法9件 … 通过撤销、确认违法直接纠错22件: the parts named again with their sum."""
    text = ctx.text
    items: dict[tuple[str, str], tuple[float, int]] = {}  # (label, measure) -> (value, line)
    for i, line in _body_lines(ctx):
        base = ctx.starts[i]
        for m in RE_SUMMED.finditer(line):
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
RE_YEARS_RUN = _Lazy(r"连续(?P<n>\d+|[一二两三四五六七八九十]+)(?:个)?年(?P<pred>[^，。；！？\n]{0,20})")
BACK_REF = ("此殊荣", "此荣誉", "该荣誉", "这一荣誉", "此称号", "该称号", "这一称号", "此奖项", "该奖项")
HONOUR = ("评为", "获评", "荣获", "获得", "授予", "命名", "被表彰")


def _grams(s: str, n: int = 5) -> set[str]:
    s = "".join(c for c in s if "\u4e00" <= c <= "\u9fff")
    return {s[k:k + n] for k in range(len(s) - n + 1)}


SUBJECT_SCOPE = re.compile(r"^(?:我[区县市局]|全[区县市]|这是|已|该|并|均|，)+|已$|被$")


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
RE_SINCE = _Lazy(rf"(?P<subj>[\u4e00-\u9fff”]{{0,4}})自(?P<d>\d{{1,2}}月\d{{1,2}}日){EVENT}(?:运行)?(?:以来|后|起)")
RE_DATED = _Lazy(rf"(?P<d>\d{{1,2}}月\d{{1,2}}日)[^。；！？\n]{{0,30}}?{EVENT}")
EVENT_LINES = 10


@rule("C027")
def event_two_dates(ctx: Context):
    last: dict[str, tuple[str, int, str]] = {}  # verb -> (date, line, sentence text)
    text = ctx.text
    for i, line in _body_lines(ctx):
        if "月" not in line:
            continue
        base = ctx.starts[i]
        since = list(RE_SINCE.finditer(line))
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
            s = _sentence(text, base + m.start())
            e = min([k for k in (text.find(c, base + m.end(), base + m.end() + 120) for c in "。；！？\n") if k >= 0]
                    or [base + m.end() + 120])
            last[m.group("v")] = (m.group("d"), i, text[s:e])
