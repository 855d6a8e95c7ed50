"""Claims that the report's own figures contradict elsewhere (数据打架 across sentences): C016–C019.

C016 a 同比 change against last year's figure for the same item stated in another line
  (全年办理公证事项3215件，同比增长6.2% … 上年办理公证事项3420件);
C017 a claim of none (无一人脱管漏管, 零投诉) against a count of the same thing (脱管漏管2人);
C018 a claim of full coverage (全覆盖, 覆盖率100%) against the figures of the whole (建成服务点152个，
  实现全覆盖 … 全区共有村（社区）168个; 86家党政机关中，已聘请法律顾问的有78家);
C019 one amount written once in 万元 and once in 元 (讨回欠薪1260万元 … 挽回经济损失1260元).

The item is the subject noun phrase right before the figure (the Chinese run, without its leading
scope and period words), matched by its tail; each rule is one scan of the body text (paragraphs,
cells, headings and the running text of run-in headings) with bounded windows and dictionaries
keyed by the item's tail or the figure: linear in the text."""

from __future__ import annotations

import re

from drafter.lint.arithmetic import agrees, value
from drafter.lint.consistency import LEAD
from drafter.lint.consistency_figures import GENERIC_PAIRS, _body_lines, _pairs
from drafter.lint.context import Context, Hit, label_number_matches, matches_near
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule




NUMX = r"\d+(?:\.\d+)?(?:万|亿)?"
COUNT = r"(?:万人次|人次|件次|件|人|名|个|家|项|场|户|所|篇|起|宗|期|例|次)"
SAME = {"名": "人", "宗": "起", "例": "起"}
UP = ("增长", "增加", "上升", "提高")
PERIOD_LEAD = LazyPattern(r"^(?:(?:19|20)\d{2}年|上半年|下半年|前三季度|全年|今年|年内|本年度|当年)+")
OTHER_PERIOD = ("上年", "去年", "同期", "历年", "以来", "累计", "截至", "计划", "目标", "力争")
STOPS = "。；！？\n"


def _unit(u: str) -> str:
    return SAME.get(u, u)


def _item(label: str) -> str:
    """The item a figure is of: the run before it without its leading period and scope words and
    without anything before its last 的/和/与/及/、 (全年办理公证事项 → 办理公证事项)."""
    label = label[max(label.rfind(c) for c in "的和与及、") + 1:]
    prev = None
    while prev != label:
        prev = label
        label = LEAD.sub("", PERIOD_LEAD.sub("", label))
    return label


def _same_item(a: str, b: str) -> bool:
    """Two items are one when the tail (4 characters) of the shorter ends the longer."""
    short, long_ = sorted((a, b), key=len)
    tail = short[-4:]
    return len(tail) >= 3 and long_.endswith(tail) and tail not in GENERIC_PAIRS


def _sentence(ctx: Context, a: int, window: int = 120) -> tuple[int, int]:
    """(start, end) of the sentence holding offset a, at most `window` characters either side."""
    lo = max(0, a - window)
    marks = ctx.marks(STOPS)
    k, e = marks.last_before(a, lo), marks.first_in(a, a + window)
    return (k + 1 if k >= 0 else lo), (e if e >= 0 else min(len(ctx.text), a + window))


def _lines(ctx: Context) -> list[tuple[int, int, str]]:
    """(line index, offset of the line in the text, line) of the body's prose lines (listed once)."""
    return ctx.memo("consistency-prose-lines-at", lambda c: [(i, c.starts[i], line) for i, line in _body_lines(c)])


# C016 ------------------------------------------------------------------------------------------
RE_THIS_YOY = LazyPattern(rf"(?P<label>[\u4e00-\u9fff]{{2,16}})(?P<num>{NUMX})(?P<unit>{COUNT})[，,]?"
                         rf"(?:同比|比上年|较上年|比去年|较去年)(?P<v>增长|下降|增加|减少|上升|提高|降低)了?(?P<n>\d+(?:\.\d+)?)[%％]")
RE_LAST = LazyPattern(rf"(?:上年|去年)(?:同期|全年)?(?P<label>[\u4e00-\u9fff]{{2,14}}?)(?:为|是|共|达)?(?P<num>{NUMX})(?P<unit>{COUNT})(?![\d%％])")


@rule("C016")
def _yoy_vs_last_year(ctx: Context):
    this: dict[str, list] = {}   # unit -> [(item, value, verb, n, line, start, length, found)]
    last: dict[str, list] = {}   # unit -> [(item, value, line, start, length, found)]
    for i, base, line in _lines(ctx):
        if "同比" in line or "上年" in line or "去年" in line:
            for m in label_number_matches(RE_THIS_YOY, line, 16, 2):
                clause = m.group("label")
                if any(w in clause for w in ("上年", "去年")):
                    continue
                item = _item(clause)
                if len(item) < 3:
                    continue
                rec = (item, value(m.group("num")), m.group("v"), m.group("n"), i, base + m.start("v"),
                       m.end() - m.start("v"), m.group("v") + m.group("n") + "%")
                for o in last.get(_unit(m.group("unit")), ())[:16]:
                    if o[2] != i and _same_item(item, o[0]):
                        yield from _clash(rec, o, at_last=False)
                        break
                this.setdefault(_unit(m.group("unit")), []).append(rec)
        if "上年" in line or "去年" in line:
            for m in RE_LAST.finditer(line):
                item = _item(m.group("label"))
                if len(item) < 3:
                    continue
                rec = (item, value(m.group("num")), i, base + m.start("num"), len(m.group("num") + m.group("unit")),
                       m.group("num") + m.group("unit"))
                for o in this.get(_unit(m.group("unit")), ())[:16]:
                    if o[4] != i and _same_item(item, o[0]):
                        yield from _clash(o, rec, at_last=True)
                        break
                last.setdefault(_unit(m.group("unit")), []).append(rec)


def _clash(this: tuple, last: tuple, at_last: bool):
    item, a, verb, n, line, start, length, found = this
    b = last[1]
    if b <= 0 or a == b:
        return
    up = verb in UP
    rate = abs(a - b) / b * 100
    if (a > b) == up and agrees(rate, n):
        return
    expected = f"{'增长' if a > b else '下降'}{rate:.1f}%"
    args = {"found": found, "expected": expected, "last": last[5], "this": _fmt(a), "item": item}
    if at_last:
        yield Hit("C016", last[3], last[4], None, {**args, "line": line + 1}, variant="last")
    else:
        yield Hit("C016", start, length, None, {**args, "line": last[2] + 1})


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


# C017 ------------------------------------------------------------------------------------------
# 全年未发生一起因矛盾纠纷激化引发的刑事案件: the thing after the last 的, its qualifier before it
RE_NOT_HAPPENED = LazyPattern(r"未(?:发生|出现)(?:一起|一例|一件|1起)(?P<q>[\u4e00-\u9fff]{2,14})的(?P<x>[\u4e00-\u9fff]{2,6})(?=[，。；、\n]|$)")
RE_NONE = LazyPattern(r"(?:无一(?P<m>人|名|起|例|件|宗)|“零(?P<q>[\u4e00-\u9fff]{2,6})”|(?<![\u4e00-\u9fff])零(?P<z>[\u4e00-\u9fff]{2,4})(?=[，。；、\n]|$))"
                     r"(?P<x>[\u4e00-\u9fff]{2,8})?(?=[，。；、”\n]|$)")
RE_COUNT = LazyPattern(rf"(?P<label>[\u4e00-\u9fff]{{2,14}})(?P<n>\d+)(?P<m>人|名|起|例|件|宗|次)(?![\d%％次])")
# 零败诉 is often said of a part (经复议后的案件): against 零X only a count of X that happened
HAPPENED = ("发生", "出现", "发现", "新增", "新发")
NONE_MEASURE = {"人": "人", "名": "人", "起": "件", "例": "件", "件": "件", "宗": "件"}


@rule("C017")
def none_against_count(ctx: Context):
    yield from _none_vs_count(ctx)
    yield from _all_done_vs_pending(ctx)


def _none_vs_count(ctx: Context):
    text = ctx.text
    claims: dict[str, tuple] = {}  # thing -> (measure, line, start, written 无一 + measure)
    for i, base, line in _lines(ctx):
        if "无一" not in line and "零" not in line and "未" not in line:
            continue
        for m in RE_NONE.finditer(line):
            thing = m.group("x") if m.group("m") else (m.group("q") or m.group("z"))
            if not thing or len(thing) < 2:
                continue
            measure = NONE_MEASURE.get(m.group("m") or "", None)
            claims.setdefault(thing, (measure, i, base + m.start(), bool(m.group("m")), None))
        for m in RE_NOT_HAPPENED.finditer(line):
            claims.setdefault(m.group("x"), ("件", i, base + m.start(), True, _pairs(m.group("q"))))
    if not claims:
        return
    for i, base, line in _lines(ctx):
        for m in label_number_matches(RE_COUNT, line, 14, 2):  # one try per label run
            label = m.group("label")
            if int(m.group("n")) == 0:
                continue
            a = base + m.start("n")
            for k in range(min(8, len(label)), 1, -1):
                claim = claims.get(label[-k:])
                if claim is None:
                    continue
                measure, cline, cstart, plain, qualifier = claim
                s, e = _sentence(ctx, a)
                if (measure and NONE_MEASURE.get(m.group("m")) != measure) or s <= cstart < e \
                        or any(w in text[s:a] for w in OTHER_PERIOD) \
                        or (not plain and not label[:-k].endswith(HAPPENED)) \
                        or (qualifier is not None and not (qualifier & _pairs(text[s:a]))):
                    break  # 未发生一起因纠纷激化引发的刑事案件 vs 办理刑事案件412件: another thing
                at = base + m.end("label") - k
                yield Hit("C017", at, m.end() - (m.end("label") - k), None,
                          {"found": line[m.end("label") - k:m.end()], "thing": label[-k:], "line": cline + 1})
                break


# C018 ------------------------------------------------------------------------------------------
RE_FULL = LazyPattern(r"全覆盖|覆盖率(?:已)?(?:达到?|为|实现)?100[%％]|100[%％]覆盖")
RE_CLAIM_COUNT = LazyPattern(r"(?P<n>\d+)(?P<m>个|家|所)")
NOUN = r"[\u4e00-\u9fff（）()]{2,10}?"
RE_WHOLE = LazyPattern(rf"(?:全区|全县|全市|全旗|全镇)(?:共有|现有|共)(?P<noun>{NOUN})(?:共|有)?(?P<n>\d+)(?P<m>个|家|所)(?![\d%％])")
RE_PART_AFTER = LazyPattern(r"[，,](?:其中)?[，,]?(?P<pred>[^，。；\d]{2,16}?)的?(?:有|为|共|达)?(?P<k>\d+)(?P<m>个|家|所)(?![\d%％])")
RE_PART = LazyPattern(rf"(?P<n>\d+)(?P<m>个|家|所)(?P<noun>{NOUN})中[，,]?(?P<pred>[^，。；\d]{{2,16}}?)的?(?:有|为|共|达)(?P<k>\d+)(?P=m)")
MAX_CLAIMS = 32


@rule("C018")
def _coverage(ctx: Context):
    text = ctx.text
    claims: list[tuple[int, int, int, str]] = []  # (sentence start, end, line, sentence text)
    for i, base, line in _lines(ctx):
        if "覆盖" not in line:
            continue
        for m in RE_FULL.finditer(line):
            s, e = _sentence(ctx, base + m.start())
            if len(claims) < MAX_CLAIMS and not any(c[0] == s for c in claims):
                claims.append((s, e, i, text[s:e]))
    if not claims:
        return
    for i, base, line in _lines(ctx):
        for m in RE_WHOLE.finditer(line):
            noun, n, unit = m.group("noun"), int(m.group("n")), m.group("m")
            a = base + m.start("n")
            for s, e, cline, sent in claims:
                if s <= a < e or noun not in sent:
                    continue
                counts = [int(c.group("n")) for c in RE_CLAIM_COUNT.finditer(sent) if c.group("m") == unit]
                part = RE_PART_AFTER.match(line, m.end())
                if not counts and part is not None and part.group("m") == unit and int(part.group("k")) < n \
                        and _pairs(part.group("pred")) & _pairs(sent):
                    yield Hit("C018", base + part.start("pred"), part.end() - part.start("pred"), None,
                              {"found": part.group("k") + unit, "noun": noun, "claim": m.group("n") + unit,
                               "line": cline + 1}, variant="part")
                    break
                if counts and n not in counts and max(counts) < n:
                    yield Hit("C018", a, len(m.group("n")) + 1, None,
                              {"found": m.group("n") + unit, "noun": noun, "claim": str(max(counts)) + unit,
                               "line": cline + 1})
                    break
        for m in RE_PART.finditer(line):
            n, k = int(m.group("n")), int(m.group("k"))
            if k >= n:
                continue
            a = base + m.start("pred")
            for s, e, cline, sent in claims:
                if s <= a < e or m.group("noun") not in sent or not (_pairs(m.group("pred")) & _pairs(sent)):
                    continue
                yield Hit("C018", a, m.end() - m.start("pred"), None,
                          {"found": m.group("k") + m.group("m"), "noun": m.group("noun"),
                           "claim": m.group("n") + m.group("m"), "line": cline + 1}, variant="part")
                break


# C019 ------------------------------------------------------------------------------------------
# the look-behind sits after the first digit (the same matches as before it): the pattern then opens
# with a digit, which sre skips to in C instead of trying the look-behind at every character
RE_AMOUNT = LazyPattern(r"(?P<num>\d(?<![\d.]\d)(?:\d{2,}(?:\.\d+)?|\d*\.\d+))(?P<unit>万元|亿元|元)")
BEFORE = 12


@rule("C019")
def _amount_units(ctx: Context):
    seen: dict[str, tuple[str, int, int, set]] = {}  # figure -> (unit, line, sentence start, words before)
    for i, base, line in _lines(ctx):
        if "元" not in line:
            continue
        for m in RE_AMOUNT.finditer(line):
            a = base + m.start()
            words = _pairs(line[max(0, m.start() - BEFORE):m.start()])
            first = seen.get(m.group("num"))
            if first is None:
                seen[m.group("num")] = (m.group("unit"), i, _sentence(ctx, a)[0], words)
                continue
            unit, oline, osent, owords = first
            if unit == m.group("unit") or osent == _sentence(ctx, a)[0] or not (words & owords):
                continue
            yield Hit("C019", base + m.start(), len(m.group()), None,
                      {"found": m.group(), "other": m.group("num") + unit, "line": oline + 1})



# C020 ------------------------------------------------------------------------------------------
# A whole and its two complementary parts: 收到 = 受理 + 不予受理; 受理 = 审结 + 未结（在审）.
COMPLEMENTS = (
    ("received", LazyPattern(r"(?:收到|接收|收案|接到)[^，。；\d]{0,10}?(?P<n>\d+)件"),
     "accepted", LazyPattern(r"(?<!不予)(?<!不)受理(?:的)?[^，。；\d]{0,8}?(?P<n>\d+)件"),
     "rejected", LazyPattern(r"不予受理[^，。；\d]{0,6}?(?P<n>\d+)件")),
    ("accepted", LazyPattern(r"(?<!不予)(?<!不)受理(?:的)?[^，。；\d]{0,8}?(?P<n>\d+)件"),
     "closed", LazyPattern(r"(?:审结|办结|结案|已结)[^，。；\d率]{0,6}?(?P<n>\d+)件"),
     "open", LazyPattern(r"(?:尚有|还有|仍有)(?P<n>\d+)件(?:在审|在办|正在审理|正在办理|未结|未办结|尚未审结)"
                        r"|(?:未结|在审|在办|尚未审结|尚未办结)[^，。；\d]{0,6}?(?P<n2>\d+)件")),
)
SPAN_LINES = 4  # the lines one account of a whole and its parts spans


@rule("C020")
def parts_of_whole(ctx: Context):
    """收到318件，受理295件，不予受理23件 … 受理的295件案件中，已审结286件，尚有19件在审: the two
    parts that make up a whole do not add up to it (checked where all three stand in one sentence,
    or where the sentence of the second part names the whole's figure again)."""
    text = ctx.text
    for whole_role, whole_rx, a_role, a_rx, b_role, b_rx in COMPLEMENTS:
        latest: dict[str, tuple[int, int, int, int]] = {}  # role -> (value, line, start, end)
        for i, base, line in _lines(ctx):
            if "件" not in line:
                continue
            for role, rx in ((whole_role, whole_rx), (a_role, a_rx), (b_role, b_rx)):
                for m in rx.finditer(line):
                    g = "n2" if m.groupdict().get("n2") else "n"
                    latest[role] = (int(m.group(g)), i, base + m.start(), base + m.end())
                    if role != b_role:
                        continue
                    w, a = latest.get(whole_role), latest.get(a_role)
                    if w is None or a is None or i - w[1] > SPAN_LINES or i - a[1] > SPAN_LINES:
                        continue
                    b = latest[b_role]
                    if w[0] == a[0] + b[0] or a[0] > w[0]:
                        continue
                    s, e = _sentence(ctx, b[2])
                    same = s <= w[2] and a[2] < e
                    if not same and f"{w[0]}件" not in text[s:e]:
                        continue  # 审结 may include last year's cases: only a stated account is checked
                    yield Hit("C020", b[2], b[3] - b[2], None,
                              {"found": text[b[2]:b[3]], "whole": f"{w[0]}件", "part": f"{a[0]}件",
                               "expected": f"{w[0] - a[0]}件"})


# C017 (variant "done") -------------------------------------------------------------------------
RE_ALL_DONE = LazyPattern(r"(?:已|均已|均)?全部(?:办结|审结|结案|办理完毕|审理完毕)")
RE_PENDING = LazyPattern(r"(?P<n>\d+)件(?:案件)?(?:正在审理|正在办理|仍在审理|仍在办理|未结|未办结|尚未办结|尚未审结|在审|在办)"
                   r"|(?:未结|在审|在办|尚未办结|尚未审结)(?:案件)?(?P<n2>\d+)件")


def _all_done_vs_pending(ctx: Context):
    """全年受理的行政复议案件已全部办结 … 其余16件正在审理中 (within SPAN_LINES lines): cases said
    to be all closed while some are said to be pending."""
    done: tuple | None = None     # (line, start, end) of the last 全部办结
    pending: tuple | None = None  # (line, start, end, figure)
    for i, base, line in _lines(ctx):
        events = []
        if "全部" in line:
            events += [("done", m) for m in RE_ALL_DONE.finditer(line)]
        if "件" in line:
            events += [("pending", m) for m in RE_PENDING.finditer(line)]
        for kind, m in sorted(events, key=lambda e: e[1].start()):
            a, b = base + m.start(), base + m.end()
            if kind == "done":
                if pending is not None and i - pending[0] <= SPAN_LINES and _sentence(ctx, a)[0] != _sentence(ctx, pending[1])[0]:
                    yield Hit("C017", a, b - a, None, {"found": m.group(), "pending": pending[3], "line": pending[0] + 1},
                              variant="done")
                done = (i, a, b)
            else:
                n = m.group("n") or m.group("n2")
                if int(n) == 0:
                    continue
                if done is not None and i - done[0] <= SPAN_LINES and _sentence(ctx, a)[0] != _sentence(ctx, done[1])[0]:
                    yield Hit("C017", a, b - a, None, {"found": m.group(), "pending": f"{n}件", "line": done[0] + 1},
                              variant="pending")
                pending = (i, a, b, f"{n}件")


# C021 ------------------------------------------------------------------------------------------
RE_RANK = LazyPattern(r"(?P<label>[\u4e00-\u9fff]{2,16}?)(?:年度|综合)?(?:考核|考评|评估|测评|评比|排名)(?:中|工作中)?[，,]?"
                r"(?:位列|位居|名列|排名|排在|获评?|居)(?P<scope>全市|全省|全国|全区|全州|全盟)?第(?P<r>[一二三四五六七八九十\d]{1,3})(?:名|位)?")
SCOPES = ("全市", "全省", "全国", "全区", "全州", "全盟")
RANK_WORDS = ("考核", "考评", "评估", "测评", "评比", "排名")   # one of them 2–18 characters after a match's start


@rule("C021")
def rank_twice(ctx: Context):
    """在全市法治政府建设年度考核中位列第二 … 法治政府建设考核位列全市第一: one assessment given two
    ranks (the assessment named by the words before 考核; ranks of two scopes, 全市第一、全省第三, are
    two facts)."""
    seen: dict[str, tuple[str, str, int]] = {}
    for i, base, line in _lines(ctx):
        if "第" not in line:
            continue
        for m in matches_near(RE_RANK, line, RANK_WORDS, 18):
            label = m.group("label")
            scope = m.group("scope") or next((s for s in SCOPES if s in label), "")
            for s in SCOPES:
                label = label.replace(s, "")
            key = _item(label.lstrip("在对"))[-4:]
            if len(key) < 4:
                continue
            first = seen.get(key)
            if first is None:
                seen[key] = (m.group("r"), scope, i)
                continue
            if first[0] != m.group("r") and (not first[1] or not scope or first[1] == scope) and first[2] != i:
                at = base + m.start("r") - 1
                yield Hit("C021", at, m.end() - m.start("r") + 1, None,
                          {"found": f"第{m.group('r')}", "other": f"第{first[0]}", "line": first[2] + 1, "item": key})


# C022 ------------------------------------------------------------------------------------------
# the look-behind sits after the first digit (the same matches as before it): the pattern then opens
# with a digit, which sre skips to in C instead of trying the look-behind at every character
RE_SENT_FIGURE = LazyPattern(r"(?P<num>\d(?<![\d.]\d)\d*(?:\.\d+)?)(?P<unit>万人次|人次|万元|件|人|名|个|家|场|期|次|项|户|所)(?![\d%％])")
ANCHOR_MIN = 10
RE_SENT_END = re.compile(r"[。；！？]")


@rule("C022")
def companion_figure(ctx: Context):
    """举办培训班12期，培训1200人次 … 全年12期培训共覆盖调解员1500人次: two sentences that name one
    activity by the same figure (12期, and shared words: 培训) give its other figure differently."""
    seen: dict[tuple, tuple] = {}  # (anchor figure, its unit, the other's unit) -> (other figure, line, sentence start, words)
    for i, base, line in _lines(ctx):
        k = 0
        while k < len(line):
            end = RE_SENT_END.search(line, k)   # one scan to the next end, not one per mark to the line's end
            e = end.start() if end is not None else len(line)
            figures = list(RE_SENT_FIGURE.finditer(line, k, e))
            if 2 <= len(figures) <= 4:
                units = [_unit(f.group("unit")) for f in figures]
                words = _pairs(re.sub(r"[\d.]+", "|", line[k:e]))
                for f in figures:
                    u = _unit(f.group("unit"))
                    if units.count(u) != 1 or float(f.group("num")) < ANCHOR_MIN:
                        continue
                    for g in figures:
                        v = _unit(g.group("unit"))
                        if g is f or units.count(v) != 1:
                            continue
                        key = (f.group("num"), u, v)
                        first = seen.get(key)
                        if first is None:
                            seen[key] = (g.group("num"), i, base + k, words)
                            continue
                        a, b = float(first[0]), float(g.group("num"))
                        if first[0] != g.group("num") and first[2] != base + k and 0 < min(a, b) \
                                and max(a, b) / min(a, b) <= 2 and len(first[3] & words) >= 2:
                            yield Hit("C022", base + g.start(), g.end() - g.start(), None,
                                      {"found": g.group(), "other": first[0] + g.group("unit"),
                                       "anchor": f.group(), "line": first[1] + 1})
            k = e + 1
