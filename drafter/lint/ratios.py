"""Ratios recomputed from the figures of their own sentence: T013–T015.

T013 a share after 其中 (受理1600件，其中刑事案件1200件，占比80%: 1200/1600 = 75%); T014 an average
per unit (8个司法所共办理1200件，所均160件; 执业律师326人，办理4890件，人均办案16件); T015 a rate whose
part and whole the sentence gives (受理420件，审结399件，审结率96%). The stated figure may be rounded
or cut to its own precision (`arithmetic.agrees`); an average may also be rounded to a whole number.
Each scan starts at a rare mark (占 / 均 / 率) and reads back within one sentence of at most
SENTENCE characters: linear in the text."""

from __future__ import annotations

import re

from drafter.lint.arithmetic import NUM, UNIT, agrees, sentence_start, value
from drafter.lint.context import Context, Hit, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

SENTENCE = 120
PCT = r"(?P<n>\d+(?:\.\d+)?)(?:%|％)"
RE_FIGURE = LazyPattern(rf"(?P<a>{NUM})(?P<u>{UNIT})")

def _part_of_whole(rule_id: str, m: re.Match, part: re.Match, whole: re.Match, found: str):
    """A hit on the stated percentage `m` ("n") when it is not part ÷ whole (to its precision)."""
    a, b = value(part.group("a")), value(whole.group("a"))
    if b <= 0 or a > b:
        return
    share = a / b * 100
    if not agrees(share, m.group("n")):
        yield Hit(rule_id, m.start("n"), len(m.group("n")) + 1, None,
                  {"found": found, "expected": f"{share:.1f}%", "part": part.group(), "whole": whole.group()})


# T013 ------------------------------------------------------------------------------------------
RE_SHARE_AFTER = LazyPattern(rf"[，,]?(?:占比|占(?:总数|全部|总量|全年|案件总数|[\u4e00-\u9fff]{{0,8}}?(?:总量|总数|总额|全部)的?)?的?|比重为?|比例为?)(?:为|达|达到)?{PCT}"
                            r"(?!以上|以下|左右|多|强|弱)")


@rule("T013")
def share_arithmetic(ctx: Context):
    """总数N，其中X，占比Y%: Y against X/N."""
    text = ctx.text
    for p in positions(text, "其"):
        if not text.startswith("其中", p):
            continue
        s = sentence_start(text, p, SENTENCE)
        if s == p and p:  # 其中 opens a sentence: the total is the sentence before's (……4316件。其中……)
            j = p
            while j > 0 and (text[j - 1] in "。；\n" or text[j - 1].isspace()):
                j -= 1
            s, p_tot = sentence_start(text, j, SENTENCE), j
        else:
            p_tot = p
        totals = list(RE_FIGURE.finditer(text, s, p_tot))
        if not totals:
            continue
        part = RE_FIGURE.search(text, p + 2, min(len(text), p + 24))
        if part is None or "、" in text[p:part.start()] or any(c in text[p:part.start()] for c in "，。；"):
            continue
        total = totals[-1]
        m = RE_SHARE_AFTER.match(text, part.end())
        if m is None or part.group("u") != total.group("u"):
            continue
        yield from _part_of_whole("T013", m, part, total, m.group("n") + "%")


# T014 ------------------------------------------------------------------------------------------
# 所均 / 人均 / 村均 / 户均 / 校均 / 平均每所 … → the unit that counts the divisor
PER = {"所": ("所", "个司法所", "个所", "家司法所"), "人": ("人", "名"), "村": ("个村", "村"), "户": ("户",), "家": ("家",),
       "校": ("所学校", "所", "校"), "站": ("个站", "站")}
RE_AVERAGE = LazyPattern(rf"(?P<per>[所人村户家校站])均(?:办理|办案|受理|调解|化解|承办|服务|接待|解答|开展|提供)?[\u4e00-\u9fff]{{0,6}}?(?P<n>{NUM})(?P<u>{UNIT})")
RE_DIVISOR = LazyPattern(r"(?P<k>\d+)(?P<w>个司法所|家司法所|个所|所学校|个村|个站|名|人|所|户|家|村|站|校)")
RE_DIVISOR_AFTER = LazyPattern(r"(?P<w>司法所|律师事务所|律所|调委会|村|社区)(?:共|有|共有)?(?P<k>\d+)(?P<u2>个|家|所)")


@rule("T014")
def average_arithmetic(ctx: Context):
    """8个司法所共办理1200件，所均160件: 160 against 1200/8."""
    text = ctx.text
    for p in positions(text, "均"):
        if p < 1 or text[p - 1] not in PER:
            continue
        m = RE_AVERAGE.match(text, p - 1)
        if m is None:
            continue
        s = sentence_start(text, p, SENTENCE)
        per = m.group("per")
        totals = [f for f in RE_FIGURE.finditer(text, s, p - 1) if f.group("u") == m.group("u")]
        counts = [d for d in RE_DIVISOR.finditer(text, s, p - 1) if d.group("w") in PER[per]
                  and not any(t.start() <= d.start() < t.end() for t in totals)]
        if per == "所":
            counts += [d for d in RE_DIVISOR_AFTER.finditer(text, s, p - 1) if d.group("w") == "司法所"]
        if len(totals) != 1 or len(counts) != 1:
            continue
        k = int(counts[0].group("k"))
        if k <= 0:
            continue
        avg = value(totals[0].group("a")) / k
        n = m.group("n")
        if agrees(avg, n) or abs(round(avg) - value(n)) < 1e-9:
            continue
        yield Hit("T014", m.start("n"), m.end("u") - m.start("n"), None,
                  {"found": m.group(), "expected": f"{avg:.1f}{m.group('u')}",
                   "total": totals[0].group(), "count": counts[0].group()})


# T015 ------------------------------------------------------------------------------------------
RE_RATE = LazyPattern(rf"(?P<verb>[\u4e00-\u9fff]{{2}})率(?:为|达|达到|是)?{PCT}")


RE_RECEIVED = LazyPattern(r"受理|收到|收案|接收|排查|受理了")
# 已审结76件，结案率97.5%: a rate named by another verb of the same act (结案 = 审结/办结)
VERB_ALIASES = {"结案": ("审结", "办结"), "办结": ("审结", "结案"), "审结": ("办结", "结案")}


def _last_verb(text: str, verb: str, s: int, e: int) -> tuple[int, str]:
    """(offset, verb) of the last occurrence in text[s:e] of the rate's verb or one of its aliases."""
    return max((text.rfind(v, s, e), v) for v in (verb,) + VERB_ALIASES.get(verb, ()))


@rule("T015")
def rate_arithmetic(ctx: Context):
    """受理420件，审结399件，审结率96%: 96% against 399/420."""
    text = ctx.text
    for p in positions(text, "率"):
        if p < 2:
            continue
        m = RE_RATE.match(text, p - 2)
        if m is None:
            continue
        verb = m.group("verb")
        s = sentence_start(text, p, SENTENCE)
        k, verb = _last_verb(text, m.group("verb"), s, p - 2)
        if k < 0 and s > 1:
            # 办结1150件。法律援助案件办结率达100%: the part and its whole in the sentence before
            j = s
            while j > 0 and text[j - 1] in "。；！？\n":
                j -= 1
            s = sentence_start(text, j, SENTENCE)
            k, verb = _last_verb(text, verb, s, j)
        if k < 0:
            continue
        part = RE_FIGURE.match(text, k + 2) or RE_FIGURE.match(text, k + 3)
        if part is None:
            continue
        # the whole: the nearest figure of the part's unit before it in the sentence (受理420件)
        wholes = [f for f in RE_FIGURE.finditer(text, s, k) if f.group("u") == part.group("u")]
        if not wholes and s > 1:
            # 受理行政复议案件420件。全年审结399件，审结率为96%: the whole received in the sentence before
            j = s
            while j > 0 and text[j - 1] in "。；！？\n":
                j -= 1
            s0 = sentence_start(text, j, SENTENCE)
            wholes = [f for f in RE_FIGURE.finditer(text, s0, j) if f.group("u") == part.group("u")
                      and RE_RECEIVED.search(text, max(s0, f.start() - 10), f.start())]
        if not wholes:
            continue
        yield from _part_of_whole("T015", m, part, wholes[-1], m.group("verb") + "率" + m.group("n") + "%")


# T018 ------------------------------------------------------------------------------------------
# 满意率为97.6%，较上年的95.1%上升2.5% (the difference of two rates is 2.5个百分点) /
# 再犯罪率为0.12%，低于全省平均水平0.3%，较全省低了60个百分点 (60% is the relative change)
RE_BARE_RATE = LazyPattern(r"(?<![\d.])(?P<r>\d+(?:\.\d+)?)(?:%|％)")
RE_RATE_CHANGE = LazyPattern(r"(?P<v>上升|下降|提高|降低|增长|减少|增加|高出|低于|高|低)了?(?P<n>\d+(?:\.\d+)?)(?P<kind>个百分点|%|％)")
COMPARED = ("较", "比", "与", "低于", "高于")
RE_RATE_BASE_AFTER = LazyPattern(r"[，,](?:上年|去年)(?:同期|全年)?(?:为|是)?(?P<r>\d+(?:\.\d+)?)(?:%|％)")


@rule("T018")
def rate_change_kind(ctx: Context):
    """Two rates of one sentence and the change between them stated in the wrong kind: their
    difference written in %, or their relative change written in 个百分点 (checked only where the
    stated figure is exactly the other reading, so that a third rate in the sentence does not mislead)."""
    text = ctx.text
    for p in positions(text, "%％点"):
        if text[p] == "点" and text[p - 3:p + 1] != "个百分点":
            continue
        lo = max(sentence_start(text, p, SENTENCE), p - SENTENCE)
        m = None
        for m in RE_RATE_CHANGE.finditer(text, max(lo, p - 12), p + 1):
            pass
        if m is None or m.end() != p + 1:
            continue
        head = text[lo:m.start()]
        if "由" in head or "从" in head:
            continue  # 由A%降至B%: T006's
        rates = list(RE_BARE_RATE.finditer(text, lo, m.start()))
        base_after = RE_RATE_BASE_AFTER.match(text, m.end())
        if len(rates) == 1 and base_after is not None and any(w in text[rates[0].end():m.start()] for w in COMPARED):
            # 成功率为98%，比上年提高了2个百分点，上年为95%: last year's rate after the change
            a, b = float(rates[0].group("r")), float(base_after.group("r"))
            if a != b and min(a, b) > 0:
                n = m.group("n")
                if m.group("kind") == "个百分点" and not agrees(abs(a - b), n):
                    yield Hit("T018", m.start("n"), m.end() - m.start("n"), None,
                              {"found": m.group("v") + n + "个百分点", "expected": f"{m.group('v')}{_short(abs(a - b))}个百分点",
                               "base": base_after.group("r") + "%"}, variant="after")
            continue
        if len(rates) != 2 or m.start() - rates[1].end() > 12 or text.startswith(("左右", "以上", "以下"), m.end()):
            continue
        between = text[rates[0].end():rates[1].start()].replace("占比", "")
        if not any(w in between for w in COMPARED):
            continue  # 较上年的B% / 低于全省平均水平B%: the second rate is the one compared with
        a, b = float(rates[0].group("r")), float(rates[1].group("r"))
        if a == b or min(a, b) <= 0:
            continue
        n, points = m.group("n"), m.group("kind") == "个百分点"
        diff = abs(a - b)
        relative = [diff / b * 100]  # against the rate compared with (较上年的B%, 低于全省的B%)
        if points and not agrees(diff, n) and any(agrees(r, n) for r in relative):
            yield Hit("T018", m.start("n"), m.end() - m.start("n"), None,
                      {"found": m.group("v") + n + "个百分点", "expected": f"{m.group('v')}{_short(diff)}个百分点"},
                      variant="points")
        elif not points and agrees(diff, n) and not any(agrees(r, n) for r in relative):
            yield Hit("T018", m.start("n"), m.end() - m.start("n"), None,
                      {"found": m.group("v") + n + "%", "expected": f"{m.group('v')}{n}个百分点"})


def _short(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")
