"""Punctuation, the clauses of GB/T 15834-2011 a pattern can check beyond P001–P012: P013–P019.

P013 书名号 around what is not a work (a meeting, an activity, a certificate, a brand: the words are
data, drafter/data/lint/book_title.toml); P014 a 顿号 or 省略号 before 等/等等; P015 the mark after
第一/首先/其次 (a comma, not a 顿号); P016 a 顿号 inside a 概数 (三、四天 → 三四天); P017 a stop inside
the closing bracket of an in-sentence note; P018 a second colon in one sentence; P019 a 书名号 or
quote nested in one of the same kind (《…《…》…》 → 《…〈…〉…》). Each scan is gated on a rare mark
and looks at a bounded window."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit, positions
from drafter.lint.lexicon import LazyPattern, alternation
from drafter.lint.registry import rule

BODY = frozenset({D.HEADING, D.PARAGRAPH, D.CELL})
MAX_TITLE = 40


@functools.cache
def _book_title():
    data = load_toml("lint/book_title.toml")
    not_works = tuple(data["not_works"])
    works = tuple(data["works"])
    after = re.compile("(?:" + alternation(data["event_after"]) + ")")
    theme = re.compile("(?:" + alternation(data["theme_after"]) + ")")  # 以《…》为主题
    return not_works, works, after, theme


@rule("P013")
def book_title_misuse(ctx: Context):
    """《全市法治工作会议》, 《宪法宣传周》活动: 书名号 mark works (documents, books, programmes),
    not meetings, activities, certificates or brands."""
    text = ctx.text
    not_works, works, after, theme = _book_title()
    for p in positions(text, "《"):
        q = text.find("》", p + 1, p + 2 + MAX_TITLE)
        if q < 0:
            continue
        inner = text[p + 1:q]
        if "《" in inner or "\n" in inner or not inner:
            continue
        core = inner.split("（")[0].rstrip("”’")
        if core.endswith(works):
            continue
        event = after.match(text, q + 1) or (p and text[p - 1] == "以" and theme.match(text, q + 1))
        if core.endswith(not_works) or (event and not core.endswith(works)
                                        and not re.search(r"[法规则例令见案划告要纲定知书刊报志集剧片歌曲录典本册单]$", core)):
            yield Hit("P013", p, q - p + 1, None, {"found": text[p:q + 1], "expected": "“" + inner + "”"},
                      kinds=BODY)


DENG_WORD = set("级待同于候到额量效价次第奖高距比腰分值式号")

# P014: 、等 / ……等 (GB/T 15834-2011 4.11.3: 省略号与“等”不同用; 等 needs no 顿号 before it)
@rule("P014")
def mark_before_deng(ctx: Context):
    text = ctx.text
    for p in positions(text, "等"):
        if p < 1:
            continue
        c = text[p - 1]
        if c == "、":
            if text[p + 1:p + 2] in DENG_WORD:
                continue  # 、等级民宿: 等 begins a word
            yield Hit("P014", p - 1, 2, None, {"found": "、等"}, variant="dunhao")
        elif c == "…" and p >= 2 and text[p - 2] == "…" and (p < 3 or text[p - 3] != "…"):
            yield Hit("P014", p - 2, 3, None, {"found": "……等"})


# P015: 第一、… / 首先、… at the start of a clause → 第一，
RE_ORDINAL_DUNHAO = LazyPattern(r"(?:第[一二三四五六七八九十]|[一二三四五六七八九十]是|首先|其次|再次|最后|其[一二三四五六七八九])、(?![一二三四五六七八九十\d])")
CLAUSE_OPEN = set("。；：！？\n")


@rule("P015")
def ordinal_dunhao(ctx: Context):
    text = ctx.text
    for p in positions(text, "、"):
        for k in (2, 3):
            s = p - k
            if s < 0:
                continue
            m = RE_ORDINAL_DUNHAO.match(text, s)
            if m is None or m.end() != p + 1:
                continue
            if s and text[s - 1] not in CLAUSE_OPEN and not text[s - 1].isspace() \
                    and not (text[s - 1] == "，" and m.group()[0] in "首其再最") \
                    and m.group()[:2] not in ("首先", "其次"):   # 我们首先、严把……: an ordinal anywhere
                continue
            b = ctx.block_at[ctx.line_of(s)]
            if b is not None and b.kind == D.HEADING and b.marker and s - ctx.starts[ctx.line_of(s)] < len(b.marker) + 1:
                continue
            yield Hit("P015", p, 1, None, {"found": m.group()}, kinds=BODY)
            break


# P016: 三、四天 (a 概数 of adjacent numerals takes no 顿号)
CN = "一二三四五六七八九十"
APPROX_UNIT = LazyPattern(r"(?:多|余)?(?:个|件|人|名|天|次|项|家|条|所|户|批|场|篇|座|倍|成|岁|周|年(?!级|度)|万|千|百|十(?=[个件人名天次项家条所户批场篇座岁年万]))")


LOOSE_APPROX = ("三五",)  # 三五天, 三五成群: a customary 概数 of two numbers that are not adjacent


@rule("P016")
def dunhao_in_approx(ctx: Context):
    text = ctx.text
    n = len(text)
    for p in positions(text, "、"):
        if p < 1 or p + 2 >= n:
            continue
        a, b = text[p - 1], text[p + 1]
        b2 = "二" if b == "两" else b  # 一、两次
        a = "二" if a == "两" and b == "三" else a  # 两、三个月
        if a not in CN[:9] or b2 not in CN or (CN.index(b2) != CN.index(a) + 1 and a + b2 not in LOOSE_APPROX):
            continue
        s = p - 1
        if p >= 2 and text[p - 2] == "十" and a != "十":
            s = p - 2  # 十五、六岁 / 二十三、四天: the tens go with the first number
            if s and text[s - 1] in CN[1:9]:
                s -= 1
        if s and (text[s - 1] in CN or text[s - 1] in "第、周星"):
            continue  # 第三、四 ordinals; 、三、四、 a list
        if not APPROX_UNIT.match(text, p + 2):
            continue
        yield Hit("P016", p, 1, None, {"found": text[s:p + 2], "expected": text[s:p] + b})


# P017: …（详见附件。），… a stop inside the closing bracket of a note inside a sentence
@rule("P017")
def stop_in_note(ctx: Context):
    text = ctx.text
    for p in positions(text, "）"):
        if p < 2 or text[p - 1] not in "。":
            continue
        o = text.rfind("（", max(0, p - 80), p)
        if o < 0 or "）" in text[o + 1:p] or "\n" in text[o:p]:
            continue
        if o and text[o - 1] in "。！？\n":
            continue  # a note after a full sentence keeps its 。
        if o == 0:
            continue
        nxt = text[p + 1:p + 2]
        if nxt in ("", "\n"):
            continue  # （…。） closing the paragraph: a sentence of its own
        yield Hit("P017", p - 1, 1, None, {"found": text[o:p + 1]})


# P018: 主要做法：一是…：… — a second colon in one sentence (GB/T 15834-2011 4.7.3.2)
SENTENCE_END = "。！？\n"


@rule("P018")
def nested_colon(ctx: Context):
    text = ctx.text
    last_sentence = -1
    prev = -1
    for p in positions(text, "："):
        start = max(text.rfind(c, max(0, p - 200), p) for c in SENTENCE_END)
        if prev > start and prev >= 0 and start == last_sentence:
            seg = text[prev + 1:p]
            if _outside_pairs(text, start + 1, prev) and _outside_pairs(text, start + 1, p) and "；" not in seg:
                yield Hit("P018", prev, p - prev + 1, None, {}, kinds=BODY)  # both colons
        last_sentence = start
        prev = p


def _outside_pairs(text: str, a: int, p: int) -> bool:
    """The colon at p stands outside quotes, brackets and 书名号 opened since a."""
    seg = text[a:p]
    return seg.count("“") == seg.count("”") and seg.count("（") == seg.count("）") and seg.count("《") == seg.count("》")


# P019: 《关于印发《…》的通知》 → 〈…〉; “…“…”…” → ‘…’
NEST = {"《": ("》", "〈〉"), "“": ("”", "‘’")}


@rule("P019")
def same_kind_nesting(ctx: Context):
    text = ctx.text
    for opener, (closer, inner) in NEST.items():
        if text.count(opener) < 2:
            continue
        depth = 0
        outer = -1
        balanced: dict[int, bool] = {}  # line -> whether it opens as many as it closes (counted once)
        for p in positions(text, opener + closer + "\n"):
            ch = text[p]
            if ch == "\n":
                depth = 0
                continue
            if ch == opener:
                if depth == 0:
                    outer = p
                elif _balanced_line(ctx, p, opener, closer, balanced):
                    # from the outer mark to the inner one: the inner “八五”普法 alone may be a
                    # protected formulation, the nesting is not
                    yield Hit("P019", outer, p - outer + 1, None, {"found": opener, "expected": inner[0]})
                depth += 1
            else:
                depth = max(0, depth - 1)


def _balanced_line(ctx: Context, p: int, opener: str, closer: str, memo: dict[int, bool]) -> bool:
    """Whether the line of p has as many openers as closers; each line is counted once (memo), so
    a line full of 《 stays linear."""
    i = ctx.line_of(p)
    if i not in memo:
        ln = ctx.lines[i]
        memo[i] = ln.count(opener) == ln.count(closer)
    return memo[i]
