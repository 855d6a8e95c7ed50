"""Punctuation in the sentence (GB/T 15834-2011): P020–P022.

P020 the full title of a law (中华人民共和国……法/条例) cited without 书名号 (4.15.1; a short title,
落实民营经济促进法, is left alone: the edited provincial reports write it so); P021 a question
mark after an indirect question (研究如何……的问题？: 4.2.3.1, the sentence states, it does not ask);
P022 a 句号 inside a quotation that is only part of the sentence (坚持“法治是最好的营商环境。”的理念:
4.1.3 / 4.9.3.3, the sentence goes on after the closing quote). Each scan starts at a rare literal or
mark and looks at a bounded window (one sentence of at most WINDOW characters)."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit, anchored, positions
from drafter.lint.lexicon import LazyPattern, alternation
from drafter.lint.registry import rule
from drafter.text.punct import is_cjk

BODY = frozenset({D.HEADING, D.PARAGRAPH, D.CELL})
WINDOW = 80
STOPS = "。！？；\n"


@functools.cache
def _data() -> dict:
    return load_toml("lint/punctuation_usage.toml")


@functools.cache
def _law_rx() -> re.Pattern:
    d = _data()["P020"]
    return re.compile(d["pattern"])


@rule("P020")
def law_title_unmarked(ctx: Context):
    """中华人民共和国法律援助法 cited without 《》."""
    text = ctx.text
    d = _data()["P020"]
    head = d["head"]
    if head not in text:
        return
    rx, not_inside = _law_rx(), tuple(d["not_inside"])
    i = text.find(head)
    while i >= 0:
        if not (i and text[i - 1] in "《〈“‘\"'"):
            m = rx.match(text, i)
            if m and not any(w in m.group("name") for w in not_inside) and text[m.end():m.end() + 1] not in "》〉":
                yield Hit("P020", i, m.end() - i, None, {"found": m.group(), "expected": f"《{m.group()}》"}, kinds=BODY)
        i = text.find(head, i + 1)


@functools.cache
def _question_rx() -> re.Pattern:
    d = _data()["P021"]
    return re.compile(f"(?:{alternation(d['verbs'])})[^，。；：？！\n]{{0,8}}?(?:{alternation(d['interrogatives'])})")


def _sentence_start(text: str, p: int) -> int:
    lo = max(0, p - WINDOW)
    return max(text.rfind(c, lo, p) for c in STOPS) + 1 if p > lo else lo


@rule("P021")
def indirect_question(ctx: Context):
    """下一步将重点研究如何破解……的问题？ — an indirect question ends with 。"""
    text = ctx.text
    rx = _question_rx()
    for p in positions(text, "？?"):
        if text[p] == "?" and not (p and is_cjk(text[p - 1])):
            continue
        a = max(_sentence_start(text, p), p - WINDOW)
        seg = text[a:p]
        if "：" in seg or "“" in seg or "吗" in seg[-3:] or "呢" in seg[-3:]:
            continue  # a quoted or introduced question; 吗/呢 mark a direct one
        m = rx.search(text, a, p)
        if m is None or m.start() > a + 30:
            s = RE_QUESTION_AS_SUBJECT.match(text, a)
            if s is not None and p - a <= 30 and RE_STATES_AFTER.match(text, p + 1):
                # 如何让法律援助更加便民？是我们一直思考的问题: the question is the subject of a statement
                yield Hit("P021", p, 2, None, {"found": text[a:p + 2]}, kinds=BODY, variant="subject")
            continue
        yield Hit("P021", p, 1, None, {"found": text[m.start():p + 1]}, kinds=BODY)


RE_QUESTION_AS_SUBJECT = LazyPattern(r"[ \u3000]*(?:如何|怎样|怎么|为什么|为何|是否|能否)")
RE_STATES_AFTER = LazyPattern(r"(?:是|就是|一直是|始终是|仍是|成为|都是|也是|正是|值得)")


@rule("P022")
def stop_in_embedded_quote(ctx: Context):
    """坚持“法治是最好的营商环境。”的理念: a quotation that is part of the sentence takes no 句号."""
    text = ctx.text
    n = len(text)
    for p in positions(text, "”"):
        if p < 2 or text[p - 1] != "。" or p + 1 >= n or not (is_cjk(text[p + 1]) or text[p + 1] in "，、；"):
            continue
        o = text.rfind("“", max(0, p - WINDOW), p)
        if o < 0 or "\n" in text[o:p] or "”" in text[o + 1:p]:
            continue
        if o and text[o - 1] in "：:":
            continue  # 他说：“……。”: a full quotation introduced by a colon keeps its stop
        yield Hit("P022", p - 1, 1, None, {"found": text[o:p + 2]}, kinds=BODY)


# P023: 学习<社区矫正法> — half-width angle brackets standing for 书名号
RE_ANGLE_TITLE = LazyPattern(r"[<＜]([\u4e00-\u9fff][\u4e00-\u9fff（）()\d—-]{1,40})[>＞]")


@rule("P023")
def angle_brackets_as_title(ctx: Context):
    for p, m in anchored(ctx.text, "<＜", RE_ANGLE_TITLE, 0):
        yield Hit("P023", p, m.end() - p, None, {"found": m.group(), "expected": f"《{m.group(1)}》"}, kinds=BODY)


# P024: 《法治政府建设实施纲要》（2021—2025年） — the period is part of the title: 《……（2021—2025年）》
RE_PERIOD_OUTSIDE = LazyPattern(r"》[（(](?:19|20)\d{2}[—－\-～~至](?:19|20)\d{2}年?[）)]")


@rule("P024")
def period_outside_title(ctx: Context):
    """The years of a plan or programme (2021—2025年) belong to its title, inside the 书名号
    (GB/T 15834-2011 4.15: the whole name of the document)."""
    for p, m in anchored(ctx.text, "》", RE_PERIOD_OUTSIDE, 0):
        o = ctx.text.rfind("《", max(0, p - 60), p)
        if o < 0:
            continue
        inner = ctx.text[o + 1:p]
        yield Hit("P024", o, m.end() - o, None,
                  {"found": ctx.text[o:m.end()], "expected": f"《{inner}{m.group()[1:]}》"}, kinds=BODY)


# P025: “12.4”国家宪法日 — month and day of an event's name take the 间隔号: “12·4”
RE_DOT_DATE = LazyPattern(r"“(?P<m>1[0-2]|0?[1-9])[.．](?P<d>3[01]|[12]\d|0?[1-9])”")


@rule("P025")
def point_in_event_date(ctx: Context):
    """An event named by its month and day in Arabic numerals (“12·4”国家宪法日, “3·15”) takes the
    间隔号 between them (GB/T 15834-2011 4.14.3.2), not a point: “12.4” reads as a decimal."""
    text = ctx.text
    for p, m in anchored(text, "“", RE_DOT_DATE, 0):
        after = text[m.end():m.end() + 1]
        if after and not is_cjk(after) or text[m.end():m.end() + 1] in ("版", "倍", "分", "万", "亿", "元"):
            continue
        yield Hit("P025", p, m.end() - p, None,
                  {"found": m.group()[1:-1], "expected": f"{m.group('m')}·{m.group('d')}"}, kinds=BODY)


# P026: 一是健全制度；二是加强监督：三是强化培训 — a colon where the items of an enumeration part
RE_COLON_BEFORE_ITEM = LazyPattern(r"：(?:[二三四五六七八九十]是|第[二三四五六七八九十][，、]|其次|再次|最后[，、])")
ITEM_BEFORE = LazyPattern(r"[一二三四五六七八九]是|第[一二三四五六七八九][，、]|首先")


@rule("P026")
def colon_between_items(ctx: Context):
    """The items of an enumeration (一是……；二是……) are parted by 分号 (GB/T 15834-2011 4.6.3.1);
    a colon before 二是/其次 after an earlier item of the same sentence is a slip for ；."""
    text = ctx.text
    for p in positions(text, "："):
        m = RE_COLON_BEFORE_ITEM.match(text, p)
        if m is None:
            continue
        a = _sentence_start(text, p)
        if ITEM_BEFORE.search(text, a, p) is None:
            continue
        yield Hit("P026", p, 1, None, {"found": text[max(a, p - 6):m.end()]}, kinds=BODY)


# P027: 区政府印发了关于进一步加强行政复议工作的实施意见 — a document's title cited without 书名号
RE_UNMARKED_DOC = LazyPattern(r"(?:印发|出台|制定|下发|转发|颁布|出台了|印发了|制定了|下发了|转发了)(?P<t>关于[^，。；《》〈〉“”\n]{2,40}?的"
                             r"(?:实施意见|指导意见|意见|通知|办法|实施方案|工作方案|方案|规定|决定|实施细则|细则|若干措施|工作规则|规则))"
                             r"(?=[，。；、]|$)")


@rule("P027")
def document_title_unmarked(ctx: Context):
    """A document issued or cited by its full title (关于……的意见/通知/办法) takes 书名号
    (GB/T 15834-2011 4.15.1: 书名号标示文件名)."""
    text = ctx.text
    for p in positions(text, "关"):
        m = next((m for back in (2, 3) if p >= back and (m := RE_UNMARKED_DOC.match(text, p - back))
                  and m.start("t") == p), None)
        if m is None:
            continue
        yield Hit("P027", m.start("t"), m.end("t") - m.start("t"), None,
                  {"found": m.group("t"), "expected": f"《{m.group('t')}》"}, kinds=BODY)


# P028: 区司法局--作为牵头部门 — two hyphens standing for a 破折号
RE_DOUBLE_HYPHEN = LazyPattern(r"(?<=[\u4e00-\u9fff“”，])(?:--|－－|﹣﹣|-－|－-)(?=[\u4e00-\u9fff“])")


@rule("P028")
def hyphens_as_dash(ctx: Context):
    """A 破折号 is two em dashes “——” (GB/T 15834-2011 4.9), not two hyphens."""
    for p, m in anchored(ctx.text, "-－﹣", RE_DOUBLE_HYPHEN, 0):
        if p and ctx.text[p - 1] in "-－﹣":
            continue
        yield Hit("P028", p, 2, None, {"found": m.group(), "expected": "——"}, kinds=BODY)


# P029: 共培训2000人次！ — an exclamation mark closing a statement of results
RE_FIGURE_EXCLAIMED = LazyPattern(r"\d+(?:\.\d+)?(?:万|亿)?(?:件|人次|人|场|个|家|%|％|万元|元|次|名|项|户)[^。！？“”\n\d]{0,6}！")


@rule("P029")
def exclamation_after_figures(ctx: Context):
    """A sentence that reports a figure is a statement and ends with 。 (GB/T 15834-2011 4.1, 4.3: 叹号
    marks exclamations); a report's results do not take ！."""
    text = ctx.text
    for p in positions(text, "！"):
        k = text.rfind("\n", max(0, p - 20), p)
        m = None
        for m in RE_FIGURE_EXCLAIMED.finditer(text, max(0, p - 20, k + 1), p + 1):
            pass
        if m is None or m.end() != p + 1:
            continue
        yield Hit("P029", p, 1, None, {"found": text[max(m.start(), p - 12):p + 1]}, kinds=BODY)
