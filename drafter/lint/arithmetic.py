"""Statistics arithmetic: T006–T009. Where one sentence gives a change and the figures it relates,
recompute it.

T006 a stated % change, 倍 or 番 that the two figures contradict (由A增至B，增长N%; A件，比上年增加X件，
增长N%; A件，同比增长N%（上年B件）); the tolerance is the stated precision (12% accepts 11.5–12.99…:
rounded or cut); 增长2倍 means ×3, 翻一番 ×2, 翻两番 ×4. T007 a count whose change is given in
个百分点. T008 增长-x% (→ 下降x%). T009 超额完成N% against the target (完成A，目标B → (A−B)/B).
Every scan starts at a rare mark (% 倍 番 超额 百分点) and looks back a bounded window within one
sentence."""

from __future__ import annotations

import math
import re

from drafter.lint.context import Context, Hit, around, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

NUM = r"\d+(?:\.\d+)?(?:万|亿)?"
UNIT = r"(?:万人次|人次|万元|亿元|件次|件|人|个|家|项|次|元|场|户|所|名|条|篇|批|起|宗|单|份|座|台|吨|亩|公里|小时|天|期|例)"
UP = "增加|增长|上升|提高|提升|扩大|上涨|攀升|增"
DOWN = "下降|减少|降低|缩小|下滑|回落|减|降"
WINDOW = 90
STOPS = "。；！？\n"


def value(s: str) -> float:
    mult = 1.0
    if s.endswith("万"):
        mult, s = 1e4, s[:-1]
    elif s.endswith("亿"):
        mult, s = 1e8, s[:-1]
    return float(s) * mult


def decimals(s: str) -> int:
    s = s.rstrip("万亿")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(computed: float, stated: str) -> bool:
    """The stated figure is the computed one rounded or cut to the stated precision."""
    d = decimals(stated)
    n = float(stated)
    step = 10 ** -d
    if abs(round(computed, d) - n) < step / 2:
        return True
    cut = math.floor(computed / step + 1e-9) * step
    return abs(cut - n) < step / 2 or abs(computed - n) <= step * 0.51


def sentence_start(text: str, p: int, window: int = WINDOW) -> int:
    """The offset just after the last sentence stop before p (at most `window` back)."""
    lo = max(0, p - window)
    return max([text.rfind(c, lo, p) for c in STOPS] + [lo - 1]) + 1


# 由A件增至B件，增长N% / 从A下降到B，下降N倍 / 由A增加到B，翻了一番 / 由上年的A%降至B%，下降N个百分点 /
# 由2020年的A件增至2025年的B件 / 由A名增至B名，增加X名. A base named before a figure (上年的, 年初的,
# 2020年的) is skipped; a rate's change may be stated in 个百分点 (checked against B−A).
BASE = r"(?:(?:(?:19|20)\d{2}年)?[^，。；\d的]{0,6}的)?"
# 减少了一半 / 增加了三分之一: a change stated as a fraction of the base
FRACTIONS = {"一半": 0.5, "三分之一": 1 / 3, "三分之二": 2 / 3, "四分之一": 0.25, "四分之三": 0.75, "五分之一": 0.2}
FRACTION = "|".join(FRACTIONS)
# 增幅为20% / 增长率为12% / 降幅达8%: the change named by a noun
RATE_NOUNS = "增幅|增长率|增速|涨幅|降幅|下降率|降低率|减幅|减少率"
UP_NOUNS = ("增幅", "增长率", "增速", "涨幅")
# 由1200名精简优化为960名: a verb of adjustment before 为/到/至 joins the two figures too
ADJUST = "调整|精简|优化|压缩|扩充|缩减|核减|核增|增补|充实|扩容|变更|整合"
RE_FROM_TO = LazyPattern(rf"[由从]{BASE}(?P<a>{NUM})(?P<ua>{UNIT}|%|％)?[^，。；\d]{{0,4}}?(?:(?P<v1>{UP}|{DOWN})(?:到|至)|(?:{ADJUST}){{1,2}}(?:为|到|至))"
                        rf"{BASE}(?P<b>{NUM})(?P<ub>{UNIT}|%|％)?"
                        rf"[^。；\d]{{0,12}}?(?:(?P<v2>{UP}|{DOWN}|(?:{RATE_NOUNS})(?:为|达到?|是)?)了?(?P<n>\d+(?:\.\d+)?|[一两二三四五六七八九十](?=倍))(?P<kind>%|％|倍|个百分点|(?P<ux>{UNIT}))"
                        rf"|翻了?(?P<fan>[一两二三四])番|(?P<vf>{DOWN}|{UP})了?(?P<frac>{FRACTION}))")
# A件，比上年增加X件，增长N%
RE_DELTA = LazyPattern(rf"(?P<a>{NUM})(?P<ua>{UNIT})[，,]?[^。；\d]{{0,8}}?(?P<v1>{UP}|{DOWN}|多|少)了?(?P<x>{NUM})(?P<ux>{UNIT})[，,、]?"
                      rf"(?:同比|比上年|较上年)?(?P<v2>{UP}|{DOWN})了?(?P<n>\d+(?:\.\d+)?)(?:%|％)$")
# A件，同比增长N%（上年B件）
RE_PAREN_BASE = LazyPattern(rf"(?P<a>{NUM})(?P<ua>{UNIT})[，,]?(?:同比|比上年|较上年|比去年|较去年)(?P<v>{UP}|{DOWN})了?(?P<n>\d+(?:\.\d+)?)(?:%|％)"
                           rf"[（(](?:上年|去年|上年同期|去年同期)(?:为|是)?(?P<b>{NUM})(?P<ub>{UNIT})?[）)]$")
# A件，去年同期为B件，同比减少N%: last year's figure in its own clause between the figure and its change
RE_BASE_CLAUSE = LazyPattern(rf"(?P<a>{NUM})(?P<ua>{UNIT})[，,](?:上年|去年)(?:同期|全年)?(?:为|是|共|共计)?(?P<b>{NUM})(?P<ub>{UNIT})[，,]"
                            rf"(?:同比|比上年|较上年|比去年|较去年)?(?P<v>{UP}|{DOWN})了?(?P<n>\d+(?:\.\d+)?)(?:%|％)$")
RE_TIMES_GROWTH = LazyPattern(r"是(?:上年|去年)(?:同期)?的(?P<t>\d+(?:\.\d+)?)倍[，,](?:同比)?(?P<v>增长|增加|提高|上升)了?(?P<n>\d+(?:\.\d+)?)(?:%|％)$")
# A件，同比增长N%，上年为B件: last year's figure in the clause after the change
RE_BASE_AFTER = LazyPattern(rf"(?P<a>{NUM})(?P<ua>{UNIT})[，,](?:同比|比上年|较上年|比去年|较去年)(?P<v>{UP}|{DOWN})了?(?P<n>\d+(?:\.\d+)?)(?:%|％)"
                           rf"[，,](?:上年|去年)(?:同期|全年)?(?:为|是|共|共计)?(?P<b>{NUM})(?P<ub>{UNIT})(?![\d%％])")
CN_DIGIT = {"一": "1", "两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10"}
# 翻了一番，增长200%: the % stated after a 番
RE_AFTER_FAN = LazyPattern(rf"[，,](?:即|同比)?(?P<v>{UP})了?(?P<n>\d+(?:\.\d+)?)[%％]")
FAN = {"一": 2, "两": 4, "二": 4, "三": 8, "四": 16}


def _units_differ(u1: str | None, u2: str | None) -> bool:
    return bool(u1 and u2 and u1 != u2)


def _check_change(a: float, b: float, verb: str, n: str, kind: str):
    """(wrong, expected text) for a change from a to b stated as verb n kind."""
    if a <= 0:
        return False, ""
    up = re.fullmatch(UP, verb) is not None
    if (b > a) != up and b != a:
        direction = "增长" if b > a else "下降"
        rate = abs(b - a) / a * 100
        return True, f"{direction}{rate:.1f}%"
    if kind == "倍":
        if not up:
            return False, ""  # 下降N倍 is T004's
        times = (b - a) / a
        if _times_agree(times, n):
            return False, ""
        if _times_agree(b / a, n):
            return True, f"增长{_fmt(times)}倍（或“增长到{n}倍”）"
        return True, f"增长{_fmt(times)}倍"
    rate = abs(b - a) / a * 100
    if agrees(rate, n):
        return False, ""
    return True, f"{'增长' if up else '下降'}{rate:.{max(decimals(n), 1)}f}%"


def _times_agree(computed: float, stated: str) -> bool:
    """A whole multiple (增长一倍, 增长2倍) agrees within a tenth of itself: 1.5 is not 一倍."""
    if decimals(stated) == 0:
        return abs(computed - float(stated)) <= 0.1 * float(stated)
    return agrees(computed, stated)


def _averaged(text: str, verb_at: int) -> bool:
    """The change is an average (年均增长, 平均每年增长), not the change between the two figures."""
    return any(w in text[max(0, verb_at - 4):verb_at] for w in ("年均", "平均", "每年", "均"))


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


@rule("T006")
def change_arithmetic(ctx: Context):
    text = ctx.text
    yield from _from_to(text)
    for p in positions(text, "%％）)"):
        ch = text[p]
        s = sentence_start(text, p)
        if ch in "）)":
            if "上年" not in text[max(s, p - 14):p] and "去年" not in text[max(s, p - 14):p]:
                continue
            m = RE_PAREN_BASE.search(text, s, p + 1)
            if m is None:
                continue
            if _units_differ(m.group("ua"), m.group("ub")):
                continue
            wrong, want = _check_change(value(m.group("b")), value(m.group("a")), m.group("v"), m.group("n"), "%")
            if wrong:
                yield Hit("T006", m.start("n"), len(m.group("n")) + 1, None,
                          {"found": text[m.start("v"):m.end("n") + 1], "expected": want})
            continue
        if ch in "%％":
            m = RE_TIMES_GROWTH.search(text, max(s, p - 30), p + 1)
            if m is not None:  # 是上年的1.5倍，增长了150%: 1.5倍 of last year is a growth of 50%
                want = (float(m.group("t")) - 1) * 100
                if want > 0 and not agrees(want, m.group("n")):
                    yield Hit("T006", m.start("n"), m.end() - m.start("n"), None,
                              {"found": text[m.start("v"):m.end()], "expected": f"增长{_fmt(want)}%"})
                continue
            m = RE_BASE_AFTER.search(text, max(s, p - 50), min(len(text), p + 30))
            if m is not None and m.end("n") + 1 == p + 1 and not _units_differ(m.group("ua"), m.group("ub")):
                wrong, want = _check_change(value(m.group("b")), value(m.group("a")), m.group("v"), m.group("n"), "%")
                if wrong:
                    yield Hit("T006", m.start("v"), m.end("n") + 1 - m.start("v"), None,
                              {"found": text[m.start("v"):m.end("n") + 1], "expected": want})
                continue
            m = RE_BASE_CLAUSE.search(text, max(s, p - 50), p + 1)
            if m is not None and not _units_differ(m.group("ua"), m.group("ub")):
                wrong, want = _check_change(value(m.group("b")), value(m.group("a")), m.group("v"), m.group("n"), "%")
                if wrong:
                    yield Hit("T006", m.start("v"), m.end() - m.start("v"), None,
                              {"found": text[m.start("v"):m.end()], "expected": want})
                continue
            m = RE_DELTA.search(text, s, p + 1)
            if m is None or _units_differ(m.group("ua"), m.group("ux")) or _averaged(text, m.start("v2")):
                continue
            if any(w in text[s:m.start("a")] for w in ("较", "比", "由", "从", "与")):
                continue  # 较“十三五”末的A增加X: A is the base, and the stated rate may be in real terms
            up1 = re.fullmatch(UP, m.group("v1")) is not None or m.group("v1") == "多"  # 比上年多120场
            up2 = re.fullmatch(UP, m.group("v2")) is not None
            a, x = value(m.group("a")), value(m.group("x"))
            base = a - x if up1 else a + x
            if base <= 0:
                continue
            if up1 != up2:
                yield Hit("T006", m.start("v2"), m.end("n") + 1 - m.start("v2"), None,
                          {"found": m.group("v2") + m.group("n") + "%",
                           "expected": ("增长" if up1 else "下降") + f"{x / base * 100:.1f}%"})
                continue
            rate = x / base * 100
            if not agrees(rate, m.group("n")):
                yield Hit("T006", m.start("n"), len(m.group("n")) + 1, None,
                          {"found": m.group("v2") + m.group("n") + "%",
                           "expected": f"{'增长' if up1 else '下降'}{rate:.{max(decimals(m.group('n')), 1)}f}%"})


def _from_to(text: str):
    """T006 for 由A增至B，增长N% and its relatives: a bounded match at each 由/从."""
    for p in positions(text, "由从"):
        m = RE_FROM_TO.match(text, p, p + WINDOW)
        if m is None:
            continue
        ua, ub, kind = m.group("ua"), m.group("ub"), m.group("kind")
        if m.group("v1") is None:  # 由A名精简为B名: only a change stated right after the two figures
            change = next(m.start(g) for g in ("v2", "fan", "vf") if m.group(g) is not None)
            if text[m.end("ub") if ub else m.end("b"):change].strip("，,即") != "":
                continue
        pct = ua in ("%", "％")
        if _units_differ(ua, ub) or (pct != (ub in ("%", "％"))):
            continue
        a, b = value(m.group("a")), value(m.group("b"))
        if m.group("fan"):
            factor = FAN[m.group("fan")]
            if not pct and a > 0 and not (abs(b / a - factor) / factor <= 0.05):
                f = m.start("fan") - (2 if text[m.start("fan") - 1] == "了" else 1)
                yield Hit("T006", f, m.end() - f, None, {"found": text[f:m.end()], "expected": f"增长到{_fmt(b / a)}倍"})
            elif not pct and a > 0:
                after = RE_AFTER_FAN.match(text, m.end(), m.end() + 12)
                if after and not agrees((b - a) / a * 100, after.group("n")):
                    yield Hit("T006", after.start("v"), after.end() - after.start("v"), None,
                              {"found": after.group()[1:], "expected": f"增长{(b - a) / a * 100:.0f}%"})
            continue
        if m.group("frac"):
            if not pct and a > 0 and abs(abs(b - a) / a - FRACTIONS[m.group("frac")]) > 0.02:
                f = m.start("vf")
                yield Hit("T006", f, m.end() - f, None,
                          {"found": text[f:m.end()], "expected": f"{'增长' if b > a else '下降'}{abs(b - a) / a * 100:.1f}%"})
            continue
        if _averaged(text, m.start("v2")):
            continue  # 年均增长6.5%: an average rate, not the change from A to B
        n, v2 = m.group("n"), m.group("v2")
        found = {"found": v2 + n + kind}
        if re.match(RATE_NOUNS, v2):
            if kind not in ("%", "％"):
                continue
            v2 = "增长" if v2.startswith(UP_NOUNS) else "下降"
        n = CN_DIGIT.get(n, n)
        up = re.fullmatch(UP, v2) is not None
        if (b > a) != up and b != a:
            size = (f"{_fmt(abs(b - a))}{kind}" if m.group("ux") or kind == "个百分点"
                    else f"{abs(b - a) / a * 100:.1f}%" if a > 0 and kind != "倍" else "")
            yield Hit("T006", m.start("v2"), m.end() - m.start("v2"), None,
                      dict(found, expected=("增加" if b > a else "减少") + size))
            continue
        if m.group("ux") or kind == "个百分点":
            if m.group("ux") and (_units_differ(ua, m.group("ux")) or pct):
                continue
            if kind == "个百分点" and not pct:
                continue  # a count in 个百分点 is T007's
            if not agrees(abs(b - a), n):
                yield Hit("T006", m.start("n"), m.end() - m.start("n"), None,
                          dict(found, expected=f"{v2}{_fmt(abs(b - a)) if decimals(n) < 2 else f'{abs(b - a):.{decimals(n)}f}'}{kind}"))
            continue
        if pct and kind != "倍":
            # a rate's change written in %: meant as points when it equals B−A (96.2% → 98.5%,
            # 提高2.3%), even where the relative change happens to round the same way
            if agrees(abs(b - a), n):
                yield Hit("T006", m.start("n"), m.end() - m.start("n"), None,
                          dict(found, expected=f"{v2}{n}个百分点"))
            continue  # a rate's relative change in % is T001's concern
        wrong, want = _check_change(a, b, v2, n, "倍" if kind == "倍" else "%")
        if wrong:
            yield Hit("T006", m.start("n"), m.end() - m.start("n"), None, dict(found, expected=want))


# T007: 办理案件1200件，同比增长5个百分点 — a count changes in %, a rate in 个百分点
RE_COUNT_POINTS = LazyPattern(rf"(?:{NUM}{UNIT}[，,]?|(?:数|数量|人数|件数|总数|总量|金额)(?:同比|比上年|较上年)?)[^，。；\d%]{{0,6}}?"
                             rf"(?:增长|增加|减少|下降|降低|上升|提高|提升|回落)了?(?P<n>\d+(?:\.\d+)?)个?百分点$")


@rule("T007")
def count_in_points(ctx: Context):
    text = ctx.text
    for p in positions(text, "点"):
        if p < 3 or text[p - 2:p] != "百分":
            continue
        s = max(sentence_start(text, p), p - 40)
        m = RE_COUNT_POINTS.search(text, s, p + 1)
        if m is None:
            continue
        head = text[s:m.start()][-8:] + m.group()
        if any(w in head for w in ("率", "比重", "占比", "比例", "指数")):
            continue   # a rate's change is in 个百分点
        yield Hit("T007", m.start("n"), p + 1 - m.start("n"), None, {"found": text[m.start("n"):p + 1]})


# T008: 增长-3.2% → 下降3.2%
RE_NEGATIVE_GROWTH = LazyPattern(rf"(?P<v>{UP}|{DOWN})了?[-－−负](?P<n>\d+(?:\.\d+)?)(?:%|％|个百分点)")


@rule("T008")
def negative_growth(ctx: Context):
    text = ctx.text
    for _p, m in around(text, "-－−负", RE_NEGATIVE_GROWTH, 3, 12, lambda m, p: m.start("n") == p + 1):
        n = text[m.start("n"):m.end()]
        if re.fullmatch(DOWN, m.group("v")):   # 同比下降-12%: the sign said twice (a fall of -12% is a rise)
            yield Hit("T008", m.start(), m.end() - m.start(), None, {"found": m.group(), "expected": m.group("v") + n},
                      variant="down")
            continue
        yield Hit("T008", m.start(), m.end() - m.start(), None, {"found": m.group(), "expected": "下降" + n})


# T009: 完成A件，超额完成年度目标（B件）N%
RE_TARGET = LazyPattern(rf"(?:目标|任务|计划)(?:数|任务)?[（(]?(?:为|是)?(?:(?P<b>{NUM})(?P<ub>{UNIT})?|(?:[^，。；、\d（）()]{{1,16}}?)(?P<b2>{NUM})(?P<ub2>{UNIT}))")
RE_DONE = LazyPattern(rf"完成(?:了)?[^，。；\d]{{0,10}}?(?P<a>{NUM})(?P<ua>{UNIT})?")
RE_SHARE_OF_TARGET = LazyPattern(r"(?:(?:为|是|达|达到|占|完成)(?:了)?(?:年度|全年|年初|计划)?(?:目标|任务|计划)(?:任务|数)?的|完成率(?:为|达到?|是)?)(?P<r>\d+(?:\.\d+)?)(?:%|％)")
RE_OVER = LazyPattern(r"超额(?:完成)?(?:了)?[^，。；\d]{0,10}?(?P<n>\d+(?:\.\d+)?)(?:%|％)")


RE_FIGURE = LazyPattern(rf"(?P<a>{NUM})(?P<ua>{UNIT})")


def _target(t: re.Match) -> tuple[str, str | None]:
    """(figure, unit) of a RE_TARGET match (the figure right after 目标, or after its verb)."""
    return (t.group("b"), t.group("ub")) if t.group("b") else (t.group("b2"), t.group("ub2"))


def _over_below_target(text: str, s: int, p: int, e: int):
    """办理450件，超额完成年度目标任务（500件）: 超额 claimed for a result below its target; also
    年度计划办理800件，实际办理760件，超额完成年度任务 (the target before, the result after it)."""
    t = RE_TARGET.search(text, p, e)
    if t is not None and _target(t)[1]:
        b_s, ub = _target(t)
        figures = [f for f in RE_FIGURE.finditer(text, s, p) if f.group("ua") == ub]
        end = t.end() + (text[t.end():t.end() + 1] in ("）", ")"))
    else:
        t = next((x for x in RE_TARGET.finditer(text, s, p) if _target(x)[1]), None)
        if t is None:
            return
        b_s, ub = _target(t)
        figures = [f for f in RE_FIGURE.finditer(text, t.end(), p) if f.group("ua") == ub]
        end = p + 4 if text.startswith("超额完成", p) else p + 2
        while end < e and text[end] not in "，,。；":
            end += 1
    if not figures:
        return
    a, b = value(figures[-1].group("a")), value(b_s)
    if 0 < a < b:
        yield Hit("T009", p, 4 if text.startswith("超额完成", p) else 2, None,
                  {"found": text[p:end], "expected": f"未完成目标（完成{figures[-1].group()}，目标{b_s}{ub}）"},
                  variant="below")


@rule("T009")
def over_target(ctx: Context):
    text = ctx.text
    for p in positions(text, "超"):
        if not text.startswith("超额", p):
            continue
        s = sentence_start(text, p)
        e = p + 24
        for c in STOPS:
            k = text.find(c, p, e)
            if k >= 0:
                e = k
        over = RE_OVER.match(text, p, e)
        if over is None:
            yield from _over_below_target(text, s, p, e)
            continue
        share = RE_SHARE_OF_TARGET.search(text, max(s, p - 30), p)
        if share is not None:  # 为年度目标的112%，超额完成12%
            r = float(share.group("r"))
            if r > 100 and not agrees(r - 100, over.group("n")):
                yield Hit("T009", over.start("n"), len(over.group("n")) + 1, None,
                          {"found": over.group("n") + "%", "expected": f"{_fmt(r - 100)}%"})
            continue
        window_lo, window_hi = s, e
        targets = list(RE_TARGET.finditer(text, window_lo, window_hi))
        dones = [d for d in RE_DONE.finditer(text, window_lo, window_hi) if not d.group().startswith("完成目标")]
        if len(targets) != 1:
            continue
        t = targets[0]
        done = next((d for d in dones if not (t.start() <= d.start("a") < t.end()) and not (p <= d.start() < over.end())), None)
        if done is None:
            # 目标任务为200场，实际开展260场，超额完成…: the result is the figure after the target
            done = next((f for f in RE_FIGURE.finditer(text, t.end(), p) if f.group("ua") == _target(t)[1]), None)
        if done is None or _units_differ(done.group("ua"), _target(t)[1]):
            continue
        a, b = value(done.group("a")), value(_target(t)[0])
        if b <= 0 or a <= b:
            continue
        rate = (a - b) / b * 100
        if not agrees(rate, over.group("n")):
            yield Hit("T009", over.start("n"), len(over.group("n")) + 1, None,
                      {"found": over.group("n") + "%", "expected": f"{rate:.1f}%"})
