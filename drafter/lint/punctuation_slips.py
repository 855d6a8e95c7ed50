"""Punctuation, round 13B (GB/T 15834-2011):

P033  a mark after the ordinal 一是/二是 (一是：健全制度): 一是 runs straight on into its item (惯例;
      the colon or comma there also breaks GB/T 15834-2011 4.7.3.2 when a colon precedes).
P034  a question mark after an indirect question (核查调解协议是否履行到位？): a statement holding
      是否 takes a full stop (GB/T 15834-2011 4.2.3.1: 问号 ends a 疑问句 only).
P035  a 破折号 —— between the stages of a chain (区中心——镇街站——村居点): the stages of a sequence
      are joined by the 一字线 — (GB/T 15834-2011 4.13.3.2).

Each is one regex started at a rare literal (是, ？, ——), bounded to one clause, so it is linear."""

from __future__ import annotations


from drafter.lint.context import Context, Hit, occurrences, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

RE_ORDINAL_MARK = LazyPattern(r"(?:(?<=^)|(?<=[，,。；;：:\n“]))(?P<o>[一二三四五六七八九十]是)(?P<mark>[：:，,、])(?=[\u4e00-\u9fff])")


@rule("P033")
def mark_after_yishi(ctx: Context):
    """一是：健全… → 一是健全…"""
    text = ctx.text
    for p in occurrences(text, "是"):
        if p == 0 or text[p - 1] not in "一二三四五六七八九十":
            continue
        m = RE_ORDINAL_MARK.match(text, p - 1)
        if m is not None:
            yield Hit("P033", m.start("mark"), 1, "", {"found": m.group(), "ordinal": m.group("o")})


INDIRECT = r"(?:核查|检查|查看|了解|询问|确认|核实|评估|判断|考察|审查|关注|研究|分析|督促|检验|评价|调查|摸清|掌握)"
RE_INDIRECT_Q = LazyPattern(rf"{INDIRECT}[^。？?！!；;\n，,]{{0,24}}?是否[^。？?！!；;\n，,]{{1,24}}?[？?]")


# 群众不清楚……应当向哪个部门申请？: what someone does not know is reported, not asked
UNKNOWING = r"(?:不清楚|不知道|不了解|不明白|不懂得|不懂|弄不清|搞不清|说不清|不知)"
RE_UNKNOWN_Q = LazyPattern(rf"{UNKNOWING}[^。？?！!；;\n]{{0,30}}?(?:哪个|哪些|哪里|哪儿|如何|怎样|怎么|什么|谁|何处|多少|为什么|是否)"
                          rf"[^。？?！!；;\n]{{0,30}}?[？?]")


def _unknown_question(text: str):
    if "不" not in text:
        return
    for p in positions(text, "？?"):
        m = None
        for m in RE_UNKNOWN_Q.finditer(text, max(0, p - 66), p + 1):
            pass
        if m is None or m.end() != p + 1 or any(w in m.group() for w in ("吗", "呢")):
            continue
        yield Hit("P034", p, 1, None, {"found": m.group()})


@rule("P034")
def question_mark_indirect(ctx: Context):
    """核查……是否履行到位？ → 。 (the question is only reported)."""
    text = ctx.text
    yield from _unknown_question(text)
    if "是否" not in text:
        return
    for p in positions(text, "？?"):
        s = max(0, p - 56)
        m = None
        for m in RE_INDIRECT_Q.finditer(text, s, p + 1):
            pass
        if m is None or m.end() != p + 1:
            continue
        q = text.rfind("是否", m.start(), p)
        if any(w in text[q:p] for w in ("吗", "呢")):
            continue
        yield Hit("P034", p, 1, None, {"found": text[q:p + 1]})


CHAIN_ITEM = r"[\u4e00-\u9fff]{1,6}"
RE_DASH_CHAIN = LazyPattern(rf"{CHAIN_ITEM}——{CHAIN_ITEM}——{CHAIN_ITEM}(?:——{CHAIN_ITEM})*"
                           rf"(?=[”\"]|[一二三四五两多]级|体系|网络|模式|流程|链条|机制|架构|格局)")


@rule("P035")
def dash_in_chain(ctx: Context):
    """区中心——镇街站——村居点 → 区中心—镇街站—村居点."""
    text = ctx.text
    done = -1
    for p in occurrences(text, "——"):
        if p < done:
            continue
        s = p
        while s > 0 and p - s < 6 and "\u4e00" <= text[s - 1] <= "\u9fff":
            s -= 1
        m = RE_DASH_CHAIN.match(text, s)
        if m is None:
            continue
        done = m.end()
        fixed = m.group().replace("——", "—")
        yield Hit("P035", m.start(), m.end() - m.start(), fixed, {"found": m.group(), "expected": fixed})
