"""Redundancy and faulty sentences a pattern can catch (warnings; data:
drafter/data/lint/redundancy.toml for W001's word list, with its usage sources):

W001  语义重复 in fixed words and idioms (凯旋而归, 涉及到, 目的是为了, 再次重申): one Lexicon.
W002  approximations stacked (约…左右, 近…余, 大约…上下, 约…多).
W003  a bound stated twice (超过…以上, 多达…之多, 不低于…以上, 不足…以下).
W004  a missing subject in the fixed shape 通过/经过/随着/由于/在…下 + …，使/让… at a sentence start.
W005  a negation that turns the meaning round (避免不再, 防止…不再发生, 切忌不要, 不得不否认, 难免不).

Every pattern is bounded (a number and at most a few characters of unit between the two marks;
at most W004_SPAN characters from the sentence start to 使), so the scans are linear."""

from __future__ import annotations

import functools
import re

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import pattern
from drafter.lint.registry import rule
from drafter.lint.wordlists import Guards, Substitution, SubstitutionList

NUM = "(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万亿零〇半几数]+)"
UNIT = "[\\u4e00-\\u9fff%％]{0,5}?"
W004_SPAN = 60


@functools.cache
def _words() -> SubstitutionList:
    data = load_toml("lint/redundancy.toml")
    guards = data.get("guards", {})
    entries = []
    for g in data["group"]:
        for w, r in g["words"].items():
            entries.append(Substitution(wrong=w, right=r, guards=Guards.of(guards.get(w, {}))))
    return SubstitutionList(entries)


@functools.cache
def _source_of() -> dict[str, str]:
    return {w: g["source"] for g in load_toml("lint/redundancy.toml")["group"] for w in g["words"]}


@rule("W001")
def semantic_redundancy(ctx: Context):
    """Fixed words and idioms that say one thing twice."""
    src = _source_of()
    for h in _words().hits("W001", ctx.text):
        h.fix = None
        h.args["why"] = src.get(h.args["found"], "惯例")
        yield h


def _finder(rule_id: str, source: str, gate: tuple[str, ...]):
    rx = pattern(source)

    def run(ctx: Context):
        text = ctx.text
        if gate and not any(g in text for g in gate):
            return
        for m in rx.finditer(text):
            yield Hit(rule_id, m.start(), m.end() - m.start(), None, {"found": m.group()})
    return run


_APPROX = ("(?:大约|大概|大致|将近|接近|(?<![制节预签邀公条契相特简集违履合婚纽隐规誓践守])约"
           "|(?<![最附邻靠临就亲贴逼远新晚接将])近)")
_W002 = (f"{_APPROX}{NUM}(?:[个年月天日周倍次件人名户家元]?多(?![措项种方层渠部样元])|[万千百亿十]?余"
         f"|{UNIT}(?:左右|上下(?![联功一级同贯齐协游])))")
_W003 = (f"(?:(?:超过|多达|高达|大于|多于|不少于|不低于|至少|最少|年满|(?<![圆充美饱丰期届刑])满|逾){NUM}{UNIT}(?:以上|之多)"
         f"|(?:低于|不足|少于|不到|不超过|最多|至多|小于){NUM}{UNIT}以下)")


@functools.cache
def _w002():
    return _finder("W002", _W002, ("约", "近", "大概", "大致"))


@functools.cache
def _w003():
    return _finder("W003", _W003, ("以上", "之多", "以下"))


@rule("W002")
def stacked_approximation(ctx: Context):
    """约…左右: two marks of an approximate figure."""
    return _w002()(ctx)


@rule("W003")
def doubled_bound(ctx: Context):
    """超过…以上: a bound stated twice."""
    return _w003()(ctx)


_LEAD = "(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])?"
_W004 = (f"(?m:^|(?<=[。！？；]))[ 　]*{_LEAD}(?P<w>(?:通过|经过|随着|由于)[^。！？；\\n]{{2,{W004_SPAN}}}?"
         f"|在[^。！？；，,\\n]{{1,20}}(?:下|中))[，,](?P<s>使得?|让)(?=[\\u4e00-\\u9fff])")


@functools.cache
def _w004_rx():
    return pattern(_W004)


@rule("W004")
def missing_subject(ctx: Context):
    """通过开展……，使群众……: the 通过 phrase and 使 leave the sentence without a subject."""
    text = ctx.text
    if "使" not in text and "让" not in text:
        return
    for m in _w004_rx().finditer(text):
        a, b = m.start("w"), m.end("s")
        yield Hit("W004", a, b - a, None, {"found": text[a:m.start("w") + 4] + "……" + m.group("s"),
                                           "lead": text[a:a + 2] if text[a] != "在" else "在……下"})


_W005 = ("(?:避免|防止|杜绝)不再|(?:避免|防止|杜绝)[^，。；！？\\n]{1,8}?不再(?:发生|出现|犯|产生)"
         "|(?:避免|防止)不(?:出现|发生|产生)|切忌不要|切勿不要|切莫不要|不得不否认|不能不否认"
         "|难免不(?:会|出现|发生|犯|出|有)|无时无刻都")


@functools.cache
def _w005():
    return _finder("W005", _W005, ("不", "无时无刻"))


@rule("W005")
def contradictory_negation(ctx: Context):
    """避免不再: a negation inside a verb of preventing turns the meaning round."""
    return _w005()(ctx)
