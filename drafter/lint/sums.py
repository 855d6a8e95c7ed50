"""Statistics that cannot add up: T010–T012 and T016.

T010 the shares of one sentence (婚姻家庭纠纷占45%，邻里纠纷占38%，其他纠纷占27%) add up to more than
100%. T011 the items after 其中 (N件，其中A件、B件) add up to more than the total, or, when the last
item is 其他, to a different total. T012 a share of a whole (成功率, 满意度, 占比: lint/bounded_rates.txt)
above 100%. T016 a stated 合计/共计 against the items listed before it (or, after 以上/上述, in the
sentence before). Each scan starts at a rare mark (占, 其中, %) and reads a bounded window within one
sentence: linear in the text."""

from __future__ import annotations

import functools
import re

from drafter.core.resources import DATA_DIR
from drafter.lint.arithmetic import NUM, STOPS, UNIT, _fmt, sentence_start, value
from drafter.lint.context import Context, Hit, number_start, positions
from drafter.lint.lexicon import LazyPattern, alternation, pattern
from drafter.lint.registry import rule

SENTENCE = 160       # the longest sentence looked at (characters before a mark)
TOLERANCE = 0.5      # rounding of the stated shares (percentage points)


# T010 ------------------------------------------------------------------------------------------
RE_SHARE = LazyPattern(r"占(?P<whole>[^，。；、\d%％]{0,12}的)?(?P<n>\d+(?:\.\d+)?)(?:%|％)(?!以上|以下|左右|多|强|弱)")


@rule("T010")
def shares_over_whole(ctx: Context):
    """Shares of one whole in one sentence that add up to more than 100%."""
    text = ctx.text
    group: list = []
    group_start = -1
    for p in positions(text, "占") + [len(text) + SENTENCE + 1]:
        s = sentence_start(text, p, SENTENCE) if p < len(text) else p
        if s != group_start or (group and "其中" in text[group[-1].end():p]):
            yield from _over_whole(text, group)
            group, group_start = [], s
        if p < len(text):
            m = RE_SHARE.match(text, p, p + 24)
            if m is not None:
                group.append(m)


def _over_whole(text: str, shares: list):
    if len(shares) < 2 or len({m.group("whole") or "" for m in shares}) > 1:
        return
    if any(text[m.start() - 1] in "约近超达" for m in shares if m.start() > 0):
        return
    total = sum(float(m.group("n")) for m in shares)
    if total > 100 + TOLERANCE:
        last = shares[-1]
        yield Hit("T010", last.start("n"), last.end() - last.start("n"), None,
                  {"found": "、".join(m.group("n") + "%" for m in shares), "expected": _fmt(total) + "%"})


# T011 ------------------------------------------------------------------------------------------
RE_FIGURE = LazyPattern(rf"(?P<t>{NUM})(?P<u>{UNIT})")
RE_LEAD_OUT = LazyPattern(r"[，,：:。\n ]*$")   # what may stand between the totals and 其中
RE_ITEM = LazyPattern(rf"(?P<label>[^，。；、：\d\n]{{1,14}}?)(?P<n>{NUM})(?P<u>{UNIT})(?:(?P<n2>{NUM})(?P<u2>{UNIT}))?"
                     rf"(?P<sep>[、，,]\n?|(?=[。；\n]|$))")
NOT_AN_ITEM = LazyPattern(r"较|比|增|减|同比|上升|下降|累计|涉及|挽回|达到?|共|约|近|超|余|多|均|每|占|为|是")
OTHER = ("其他", "其它", "其余")
MAX_ITEMS = 8
TOTALS_BACK = 60  # the sentence or clauses before 其中 whose figures are the totals


def _suffix(label: str) -> str:
    return label[-2:] if len(label) >= 2 else label


def _totals(text: str, p: int) -> dict[str, re.Match]:
    """The totals that a 其中 at p breaks down: the figures of the clauses just before it (the last
    one of each measure word), when the last of them stands right before 其中 (…986件。\n其中 or
    32期，培训干部4800人次。其中，…); {} otherwise."""
    lo = max(0, p - TOTALS_BACK)
    gap = RE_LEAD_OUT.search(text, lo, p)
    j = gap.start() if gap else p
    figures = list(RE_FIGURE.finditer(text, sentence_start(text, j, TOTALS_BACK), j))
    if not figures or figures[-1].end() != j:
        return {}
    return {m.group("u"): m for m in figures}


def _items(text: str, pos: int, units) -> list[re.Match]:
    while pos < len(text) and text[pos] in "，,：:":
        pos += 1
    items: list[re.Match] = []
    while len(items) < MAX_ITEMS:
        m = RE_ITEM.match(text, pos, pos + 48)
        if m is None or m.group("u") not in units or NOT_AN_ITEM.search(m.group("label")):
            break
        items.append(m)
        pos = m.end()
        if not m.group("sep"):
            break
    return items


@functools.cache
def _partitions() -> tuple[frozenset, ...]:
    """Labels that split a whole completely (线上/线下, 男/女): lint/partitions.txt."""
    lines = (DATA_DIR / "lint" / "partitions.txt").read_text(encoding="utf-8").splitlines()
    return tuple(frozenset(ln.split()) for ln in lines if ln.strip() and not ln.startswith("#"))


def _partition(items: list) -> bool:
    """The items are the members of one complete partition (线上120场，线下220场): their sum is the total."""
    heads = []
    for m in items:
        label = m.group("label").strip("，,、的其中")
        heads.append(label)
    for group in _partitions():
        found = {w for w in group for h in heads if h.startswith(w) or h.endswith(w)}
        if found == group and len(items) == len(group):
            return True
    return False


@rule("T011")
def items_over_total(ctx: Context):
    """其中 items that add up to more than the total before 其中, or that end with 其他 and add
    up to another total; each measure word on its own (培训32期、4800人次，其中A培训12期1600人次、…),
    the totals in the clauses or the sentence (line) just before 其中."""
    text = ctx.text
    for p in positions(text, "其"):
        if not text.startswith("其中", p):
            continue
        totals = _totals(text, p)
        if not totals:
            continue
        items = _items(text, p + 2, totals)
        if len(items) < 2:
            continue
        other = items[-1].group("label").lstrip("的").startswith(OTHER) or _partition(items)
        if not other and len({_suffix(m.group("label")) for m in items}) > 1:
            continue  # 审结900件、调解成功800件: not parts of one partition
        for slot in ("", "2"):
            unit = items[0].group("u" + slot)
            if unit is None or unit not in totals or any(m.group("u" + slot) != unit for m in items):
                continue
            total = value(totals[unit].group("t"))
            got = sum(value(m.group("n" + slot)) for m in items)
            if got > total + 1e-9 or (other and abs(got - total) > 1e-9):
                last = items[-1]
                a = last.start("label")
                yield Hit("T011", a, last.end("u" + slot) - a, None,
                          {"found": "＋".join(m.group("n" + slot) for m in items) + f"＝{_fmt(got)}{unit}",
                           "expected": totals[unit].group("t") + unit})
                break


# T012 ------------------------------------------------------------------------------------------
@functools.cache
def _bounded_rx() -> re.Pattern:
    words = [ln.strip() for ln in (DATA_DIR / "lint" / "bounded_rates.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return pattern(rf"(?:{alternation(words)})(?:均|平均)?(?:达到?|为|是|保持在?|稳定在|提高到|提高至|提升至|提升到|上升到|上升至|高达)?"
                   rf"(?P<n>\d+(?:\.\d+)?)(?:%|％)$")


@rule("T012")
def rate_over_hundred(ctx: Context):
    """A share of a whole above 100%."""
    text = ctx.text
    rx = _bounded_rx()
    for p in positions(text, "%％"):
        digits = text[number_start(text, p, decimals=True):p]
        if not digits or digits.count(".") > 1 or float(digits) <= 100:
            continue
        m = rx.search(text, max(0, p - 20), p + 1)
        if m is not None:
            yield Hit("T012", m.start("n"), p + 1 - m.start("n"), None, {"found": text[m.start("n"):p + 1]})


# T016 ------------------------------------------------------------------------------------------
RE_STATED_SUM = LazyPattern(rf"(?:合计|共计|总计)(?:[\u4e00-\u9fff]{{0,12}}?(?:为|达|达到)?)(?P<t>{NUM})(?P<u>{UNIT})")
RE_LIST_ITEM = LazyPattern(rf"(?P<label>[^，。；、：\d\n]{{1,14}}?)(?P<n>{NUM})(?P<u>{UNIT})(?=[、，,。；]|$)")
BACK = 120  # the items looked at: the clause list before 合计, at most this many characters back


@rule("T016")
def items_vs_stated_sum(ctx: Context):
    """婚姻家庭纠纷1120件、邻里纠纷980件、合同纠纷1050件，合计3250件 (or 以上……合计N件 after the
    list's sentence): the stated sum against the items of one unit listed with 顿号."""
    text = ctx.text
    for p in positions(text, "合共总"):
        m = RE_STATED_SUM.match(text, p)
        if m is None:
            continue
        s = sentence_start(text, p, BACK)
        if text[s:p].lstrip().startswith(("以上", "上述")) and s >= 2:
            j = s
            while j > 0 and (text[j - 1] in STOPS or text[j - 1].isspace()):
                j -= 1
            lo = sentence_start(text, j, BACK)  # 以上……合计: the items are the sentence before
            p_items = j
        else:
            k = text.rfind("其中", s, p)
            lo = k + 2 if k >= 0 else s
            p_items = p
        items = [i for i in RE_LIST_ITEM.finditer(text, lo, p_items) if i.group("u") == m.group("u")
                 and not NOT_AN_ITEM.search(i.group("label"))]
        if len(items) < 2 or not any(text[i.end():i.end() + 1] == "、" for i in items):
            continue  # a list of parts is written with 顿号
        got = sum(value(i.group("n")) for i in items)
        if abs(got - value(m.group("t"))) > 1e-9:
            yield Hit("T016", m.start("t"), m.end() - m.start("t"), None,
                      {"found": m.group("t") + m.group("u"),
                       "expected": "＋".join(i.group("n") for i in items) + f"＝{_fmt(got)}{m.group('u')}"})
