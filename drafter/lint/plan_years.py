"""F020: a year called the first or the last year of a plan period it is not (data: the [[period]]
table of drafter/data/lint/dated.toml, with its sources).

“2025年是“七五”普法规划收官之年” (七五 ran 2016—2020), “2026年是“十四五”规划开局之年” (十四五
began in 2021): the year written in the same sentence, before the plan's name, is compared with
the plan's start or end. Only the claims that name one year of the period are checked: 开局之年,
起步之年, 启动之年, 第一年, 首年 (its start); 收官之年, 决胜之年, 最后一年 (its end); 第N年 (start + N − 1;
a 第N年 past the period's end, 2026年是“八五”普法实施的第六年, is reported whatever the year).
A plan name alone (七五) stands for a 普法 plan, as in a justice bureau's report (十X五 are the
national five-year plans). Each claim is looked for only at an occurrence of 之年 or 年 after a
plan name, on a bounded window: linear. The national plans' claims that C004 (years-disagree)
already reports are left to it.

F023: the years in a plan's title are not its own (《法治社会建设实施纲要（2021—2025年）》: the 纲要
is （2020—2025年）): each title of the [[plan]] table of dated.toml that ends in （YYYY—YYYY年）
is found by its name (one Lexicon), and the years written right after it are compared with the
spans of the plans of that name."""

from __future__ import annotations

import functools
import re

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import pattern
from drafter.lint.registry import rule

NUMS = "一二三四五六七八九十"
START = ("开局之年", "起步之年", "开篇之年", "启动之年", "起始之年", "开局年", "第一年", "首年")
END = ("收官之年", "决胜之年", "最后一年", "收尾之年", "收官年")

_RX = ("(?P<y>(?:19|20)[0-9]{2})年(?:是|为|既是|也是|正值|恰逢|作为)[^，,。；;！？\\n]{0,8}?[“\"‘]?"
       "(?P<n>十[一二三四五六]五|[六七八九]五)[”\"’]?(?P<pf>普法)?(?:规划|时期|普法规划|计划)?(?:实施)?的?"
       "(?P<c>" + "|".join(START + END) + "|第(?P<k>[一二三四五六七八九十])年)")


@functools.cache
def _periods() -> dict[str, tuple[int, int]]:
    return {p["name"]: (int(p["start"]), int(p["end"])) for p in load_toml("lint/dated.toml")["period"]
            if "start" in p and "end" in p}


# the claim before its year, in the next clause: 作为“七五”普法规划收官之年，2025年全区……
_RX_LEAD = ("(?:作为|在|值此|正值|恰逢)[“\"‘]?"
            "(?P<n>十[一二三四五六]五|[六七八九]五)[”\"’]?(?P<pf>普法)?(?:规划|时期|普法规划|计划)?(?:实施)?的?"
            "(?P<c>" + "|".join(START + END) + "|第(?P<k>[一二三四五六七八九十])年)(?:里|中|之际)?[，,]?"
            "(?P<y>(?:19|20)[0-9]{2})年")


@functools.cache
def _rx() -> re.Pattern:
    return pattern(_RX)


@functools.cache
def _rx_lead() -> re.Pattern:
    return pattern(_RX_LEAD)


def _claims(text: str):
    """Each claim of either shape (year first, or the claim opening the clause before its year),
    in text order, each match on a bounded window: linear."""
    rx = _rx()
    last = -1
    for i in _years(text):
        if i < last:
            continue
        m = rx.match(text, i, min(len(text), i + 40))
        if m is not None:
            last = m.end()
            yield m
    if "之年" in text or "第" in text:
        yield from _rx_lead().finditer(text)


def expected_year(start: int, end: int, claim: str, k: str | None) -> int:
    """The year a claim names in the period start—end."""
    if k:
        return start + NUMS.index(k)
    return start if claim in START else end


@rule("F020")
def plan_year_claim(ctx: Context):
    """2025年是“七五”普法规划收官之年: the year is not the plan's first or last."""
    text = ctx.text
    if "五" not in text or "年" not in text:
        return
    periods = _periods()
    for m in _claims(text):
        name = m.group("n")
        key = name if name.startswith("十") else name + "普法"
        if key not in periods:
            continue
        start, end = periods[key]
        want = expected_year(start, end, m.group("c"), m.group("k"))
        year = int(m.group("y"))
        beyond = want > end   # 第六年 of a five-year plan: the period has no such year
        if (beyond or year != want) and not _reported_by_c004(text, m):
            yield Hit("F020", m.start(), m.end() - m.start(), None,
                      {"found": m.group(), "plan": f"“{name}”" + ("普法" if key.endswith("普法") else "规划"),
                       "start": str(start), "end": str(end), "claim": m.group("c"), "expected": str(want)},
                      variant="beyond" if beyond else "")


def _reported_by_c004(text: str, m: re.Match) -> bool:
    """C004 (consistency.py) already reports the national plans' 开局/收官 claims it matches here."""
    from drafter.lint.consistency import RE_PLAN_YEAR
    c = RE_PLAN_YEAR.match(text, m.start(), m.end())
    return c is not None and m.group("n").startswith("十") and c.group(3) == m.group("c")


_YEAR = re.compile(r"(?:19|20)[0-9]{2}年")


def _years(text: str):
    for m in _YEAR.finditer(text):
        yield m.start()


# --- F022: a meeting said to be held this (or last) year when it was not -------------------------

@functools.cache
def _held() -> tuple[dict[str, tuple[int, int]], re.Pattern]:
    """text of each plenum, congress and NPC session of lint/dated.toml (without 党的) -> (year,
    month) it opened, and the pattern of a claim “今年3月召开的<meeting>”."""
    data = load_toml("lint/dated.toml")
    held: dict[str, tuple[int, int]] = {}
    for kind in ("plenum", "congress", "npc_session"):
        for m in data.get(kind, ()):
            t = m["text"][2:] if m["text"].startswith("党的") else m["text"]
            d = str(m["held"])
            held[t] = (int(d[:4]), int(d[5:7]))
            if m.get("full"):
                held[m["full"]] = held[t]
    names = "|".join(sorted(held, key=lambda s: (-len(s), s)))
    rx = pattern("(?P<when>今年|本年|去年|上年)(?:(?P<m>[0-9]{1,2})月(?:份|上旬|中旬|下旬)?(?:[0-9]{1,2}日)?)?(?:胜利)?"
                 f"(?:召开|举行)的(?:党的)?(?P<t>{names})")
    return held, rx


@rule("F022")
def meeting_year_claim(ctx: Context):
    """今年3月召开的十四届全国人大二次会议 in a 2025 report (held in March 2024): the year (or the
    month) the text gives is not the meeting's. Tried at each 召开的/举行的 on a bounded window."""
    text = ctx.text
    if "召开的" not in text and "举行的" not in text:
        return
    from drafter.lint.names import dated_year
    year = dated_year(ctx, clock=False)
    if not year:
        return
    held, rx = _held()
    last = -1
    for word in ("召开的", "举行的"):
        i = text.find(word)
        while i >= 0:
            for m in rx.finditer(text, max(0, i - 14, last), min(len(text), i + 40)):
                if m.start("t") != m.end() - len(m.group("t")) or not (m.start() < i < m.end()):
                    continue
                y, mo = held[m.group("t")]
                want = year if m.group("when") in ("今年", "本年") else year - 1
                month = int(m.group("m")) if m.group("m") else mo
                if y != want or month != mo:
                    last = m.end()
                    yield Hit("F022", m.start(), m.end() - m.start(), None,
                              {"found": m.group(), "meeting": m.group("t"), "held": f"{y}年{mo}月"})
                break
            i = text.find(word, i + 1)


# --- F023: a plan's title with the wrong years -----------------------------------------------------

_SPAN = re.compile(r"^(?P<name>.+?)（(?P<a>(?:19|20)[0-9]{2})—(?P<b>(?:19|20)[0-9]{2})年）$")
_WRITTEN_SPAN = re.compile(r"[（(](?P<a>(?:19|20)[0-9]{2})(?:年)?[—－\-–~～至到](?P<b>(?:19|20)[0-9]{2})年[）)]")


@functools.cache
def _plan_spans():
    """name (the title without its years) -> the (start, end) spans of the plans of that name, and a
    Lexicon of the names."""
    from drafter.lint.lexicon import Lexicon
    spans: dict[str, list[tuple[int, int]]] = {}
    for p in load_toml("lint/dated.toml").get("plan", ()):
        m = _SPAN.match(p.get("title", ""))
        if m:
            spans.setdefault(m.group("name"), []).append((int(m.group("a")), int(m.group("b"))))
    return spans, Lexicon(spans, indexed=True)


@rule("F023")
def plan_title_years(ctx: Context):
    """《法治社会建设实施纲要（2021—2025年）》: the plan of that name runs 2020—2025."""
    text = ctx.text
    if "年）" not in text and "年)" not in text:
        return
    spans, names = _plan_spans()
    for i, name in names.scan(text):
        m = _WRITTEN_SPAN.match(text, i + len(name), i + len(name) + 16)
        if m is None:
            continue
        written = (int(m.group("a")), int(m.group("b")))
        if written in spans[name]:
            continue
        expected = "或".join(f"（{a}—{b}年）" for a, b in spans[name])
        yield Hit("F023", m.start(), m.end() - m.start(), None,
                  {"found": name + m.group(), "plan": name, "expected": expected})
