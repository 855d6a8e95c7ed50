"""Redundancy and faulty sentences a pattern can catch (warnings; data:
drafter/data/lint/redundancy.toml for W001's word list, with its usage sources):

W001  语义重复 in fixed words and idioms (凯旋而归, 涉及到, 目的是为了, 再次重申): one Lexicon.
W002  approximations stacked (约…左右, 近…余, 大约…上下, 约…多).
W003  a bound stated twice (超过…以上, 多达…之多, 不低于…以上, 不足…以下).
W004  a missing subject in the fixed shape 通过/经过/随着/由于/在…下 + …，使/让… at a sentence start.
W005  a negation that turns the meaning round (避免不再, 防止…不再发生, 切忌不要, 不得不否认, 难免不).
W006  two idioms of one meaning side by side (屡见不鲜、司空见惯; groups in redundancy.toml [synonyms]).

Every pattern is bounded (a number and at most a few characters of unit between the two marks;
at most W004_SPAN characters from the sentence start to 使), so the scans are linear."""

from __future__ import annotations

import functools

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit, occurrences
from drafter.lint.lexicon import Lexicon, lazy_pattern, pattern
from drafter.lint.registry import rule
from drafter.lint.wordlists import Guards, Substitution, SubstitutionList

NUM = "(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万亿零〇半几数]+)"
UNIT = "[\\u4e00-\\u9fff%％]{0,5}?"
W004_SPAN = 60
W002_GAP = 14     # characters between 约 and the figure it qualifies (约开展…活动300场左右)
W003_GAP = 4      # characters of verb between 至少 and the figure (至少配备2名以上)


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
    """A rule that reports every match of `source` (which starts with a fast-skip lookahead), run
    only on a text holding one of the `gate` literals."""
    rx = lazy_pattern(source)

    def run(ctx: Context):
        text = ctx.text
        if gate and not any(g in text for g in gate):
            return
        for m in rx.finditer(text):
            yield Hit(rule_id, m.start(), m.end() - m.start(), None, {"found": m.group()})
    return run


def _ending_at(rule_id: str, source: str, ends: tuple[str, ...], reach: int):
    """A rule whose matches end with one of the literals `ends` (以上, 以下): each occurrence of
    one is searched back over at most `reach` characters (linear: a bounded window per end)."""
    rx = lazy_pattern(f"(?:{source})")

    def run(ctx: Context):
        text = ctx.text
        last = -1
        for p in sorted(q for e in ends for q in occurrences(text, e)):
            for m in rx.finditer(text, max(0, p - reach, last), p + 2):
                if m.end() == p + 2 and m.start() >= last:
                    last = m.end()
                    yield Hit(rule_id, m.start(), m.end() - m.start(), None, {"found": m.group()})
                    break
    return run


_APPROX = ("(?:大约|大概|大致|将近|接近|(?<![制节预签邀公条契相特简集违履合婚纽隐规誓践守])约"
           "|(?<![最附邻靠临就亲贴逼远新晚接将])近)")
_W002 = (f"(?=[大将接约近]){_APPROX}(?:在|为|是|有|达|占)?{NUM}(?:[个年月天日周倍次件人名户家元]?多(?![措项种方层渠部样元])|[万千百亿十]?余"
         f"|{UNIT}(?:左右|上下(?![联功一级同贯齐协游班楼车学])))"
         # 约开展“法律进社区”活动300场左右: 约 before the verb, 左右 after the figure (a short
         # phrase without a stop or a figure between)
         f"|(?<![制节预签邀公条契相特简集违履合婚纽隐规誓践守])约(?![束谈定请见稿法期占为谈])"
         f"[^，。；：！？、\n0-9０-９]{{1,{W002_GAP}}}?[0-9０-９]+(?:[.．][0-9０-９]+)?{UNIT}左右"
         # 约300名人民调解员左右 / 大约占30%上下: the figure, its measure word and a short noun phrase
         f"|(?=[大约])(?:大约|(?<![制节预签邀公条契相特简集违履合婚纽隐规誓践守])约)(?:占|共|计|有|为|在|是|达)?[0-9０-９]+(?:[.．][0-9０-９]+)?"
         f"(?:[%％]|[万千百亿]?[个名件人场次户家元项所]|[万千百亿]?人次)[\u4e00-\u9fff“”]{{0,10}}?(?:左右|上下(?![联功一级同贯齐协游班楼车学]))")
_NUM_B = "(?:[0-9０-９]{1,12}(?:[.．][0-9０-９]{1,4})?|[一二两三四五六七八九十百千万亿零〇半几数]{1,8})"
_W003 = (f"(?:超过|多达|高达|大于|多于|不少于|不低于|至少|最少|年满|(?<![圆充美饱丰期届刑])满|逾){_NUM_B}{UNIT}(?:以上|之多)"
         f"|(?:至少|最少|不少于|不低于)[\u4e00-\u9fff]{{1,{W003_GAP}}}?[0-9０-９]{{1,12}}{UNIT}以上"
         f"|(?:低于|不足|少于|不到|不超过|最多|至多|小于){_NUM_B}{UNIT}以下")


@functools.cache
def _w002():
    return _finder("W002", _W002, ("约", "近", "大概", "大致"))


@functools.cache
def _w003():
    return _ending_at("W003", _W003, ("以上", "之多", "以下"), 30)


@rule("W002")
def stacked_approximation(ctx: Context):
    """约…左右: two marks of an approximate figure."""
    return _w002()(ctx)


@rule("W003")
def doubled_bound(ctx: Context):
    """超过…以上: a bound stated twice."""
    return _w003()(ctx)


@functools.cache
def _synonyms():
    """idiom -> its group number, and the Lexicon of all of them (lint/redundancy.toml [synonyms])."""
    data = load_toml("lint/redundancy.toml").get("synonyms", {})
    group = {w: k for k, g in enumerate(data.get("groups", ())) for w in g}
    return group, Lexicon(group, indexed=True), data.get("source", "惯例")


STACK_JOINERS = "、，,和与"


@rule("W006")
def stacked_idioms(ctx: Context):
    """屡见不鲜、司空见惯: two idioms of one meaning side by side (at most one joiner between)."""
    text = ctx.text
    group, lexicon, source = _synonyms()
    prev: tuple[int, str] | None = None
    for i, w in lexicon.scan(text):
        if prev is not None:
            a, pw = prev
            gap = text[a + len(pw):i]
            if group[pw] == group[w] and pw != w and len(gap) <= 1 and all(c in STACK_JOINERS for c in gap):
                yield Hit("W006", a, i + len(w) - a, None, {"found": text[a:i + len(w)], "first": pw,
                                                           "second": w, "why": source})
        prev = (i, w)


_LEAD = "(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])?"
_W004_BODY = (f"[ 　]*{_LEAD}(?P<w>(?:通过|经过|随着|由于)[^。！？；\\n]{{2,{W004_SPAN}}}?"
              f"|在[^。！？；，,\\n]{{1,20}}(?:下|中))[，,](?P<s>使得?|让)(?=[\\u4e00-\\u9fff])")


# 由于部分群众法律意识淡薄，导致纠纷调处难度加大: the 由于 clause, then 导致/致使 with no subject
_W004_CAUSE = (f"[ 　]*{_LEAD}(?P<w>(?:由于|因为)[^。！？；\\n]{{2,{W004_SPAN}}}?)[，,](?P<s>导致|致使)(?=[\\u4e00-\\u9fff])")


@functools.cache
def _w004_rx():
    return pattern(_W004_BODY)


@functools.cache
def _w004_cause_rx():
    return pattern(_W004_CAUSE)


_ENDS = "。！？；\n"


@rule("W004")
def missing_subject(ctx: Context):
    """通过开展……，使群众……: the 通过 phrase and 使 leave the sentence without a subject;
    由于……，导致……: the 由于 clause and 导致 (variant cause). Found from each “，使/，让” (“，导致/，致使”):
    the sentence start is looked for at most W004_SPAN characters back."""
    text = ctx.text
    for m in _sentence_openers(text, _w004_rx(), ("，使", "，让", ",使", ",让")):
        a, b = m.start("w"), m.end("s")
        yield Hit("W004", a, b - a, None, {"found": text[a:a + 4] + "……" + m.group("s"),
                                           "lead": text[a:a + 2] if text[a] != "在" else "在……下"})
    for m in _sentence_openers(text, _w004_cause_rx(), ("，导致", "，致使", ",导致", ",致使")):
        a, b = m.start("w"), m.end("s")
        yield Hit("W004", a, b - a, None, {"found": text[a:a + 4] + "……" + m.group("s"),
                                           "lead": text[a:a + 2]}, variant="cause")


def _sentence_openers(text: str, body, marks: tuple[str, ...]):
    """Matches of `body` from the start of a sentence whose group s begins just after one of
    `marks` (a comma and a verb); each sentence start is found at most W004_SPAN + 12 back."""
    done = -1
    for p in sorted(q for w in marks for q in occurrences(text, w)):
        lo = max(0, p - W004_SPAN - 12)
        s = max(text.rfind(c, lo, p) for c in _ENDS) + 1
        if s <= done or (s == 0 and lo > 0):
            continue
        m = body.match(text, s)
        if m is None or m.start("s") != p + 1:
            continue
        done = s
        yield m


_W005_WORDS = ("避免不再", "防止不再", "杜绝不再", "避免不出现", "避免不发生", "避免不产生", "防止不出现", "防止不发生",
               "防止不产生", "切忌不要", "切勿不要", "切莫不要", "不得不否认", "不能不否认", "难免不会", "难免不出现",
               "难免不发生", "难免不犯", "难免不出", "难免不有", "无时无刻都",
               "严禁不得", "严禁不准", "严禁不许", "禁止不得", "禁止不准", "切忌不可", "切勿不可",
               "切忌不能", "切勿不能", "严禁不能", "禁止不能", "严禁不要", "禁止不要")
_W005_WINDOW = ("(?:避免|防止|杜绝|严防|防范)[^，。；！？\\n]{1,24}?不再?(?:发生|出现|犯|产生|激化|扩大|蔓延|升级|反弹|回潮|恶化|"
                "滋生|流失|外溢|失控)|(?:严禁|禁止)(?!性)[^，。；！？\\n]{1,12}?(?:不得|不准|不许|不要|不能)")
_W005_ANCHORS = ("避免", "防止", "杜绝", "严防", "防范", "严禁", "禁止")
_W005_REACH = 40


@functools.cache
def _w005():
    return Lexicon(_W005_WORDS, indexed=True), pattern(_W005_WINDOW)


@rule("W005")
def contradictory_negation(ctx: Context):
    """避免不再: a negation inside a verb of preventing turns the meaning round."""
    text = ctx.text
    words, window = _w005()
    spans = [(i, i + len(w)) for i, w in words.scan(text)]
    if "不" in text:
        for anchor in _W005_ANCHORS:
            for p in occurrences(text, anchor):
                m = window.match(text, p, p + _W005_REACH)
                if m is not None and not any(a < m.end() and m.start() < b for a, b in spans):
                    spans.append((m.start(), m.end()))
    for a, b in sorted(spans):
        yield Hit("W005", a, b - a, None, {"found": text[a:b]})


STACK_REACH = 40   # the longest match of a [[stacked]] pattern from its anchor


def anchored_table(path: str, table: str) -> tuple[Lexicon, dict]:
    """(Lexicon of all anchors, anchor -> [(pattern, entry)]) from the [[table]] entries of the data
    file `path`: each entry has `anchors` (literals) and a `pattern` that starts at one of them."""
    by_anchor: dict[str, list] = {}
    for g in load_toml(path).get(table, ()):
        rx = lazy_pattern(g["pattern"])   # compiled when its anchor first occurs
        for a in g["anchors"]:
            by_anchor.setdefault(a, []).append((rx, g))
    return Lexicon(by_anchor, indexed=True), by_anchor


def anchored_matches(text: str, anchors: Lexicon, by_anchor: dict, reach: int):
    """(match, entry) for each anchor occurrence at which one of its patterns matches, on a window
    of `reach` characters from the anchor (linear); overlapping matches are reported once."""
    found: dict[int, tuple] = {}

    def accept(i: int, a: str) -> bool:
        for rx, entry in by_anchor[a]:
            m = rx.match(text, i, min(len(text), i + reach))
            if m is not None:
                found[i] = (m, entry)
                return True
        return False

    done = -1
    for i, _a in anchors.scan(text, accept):
        m, entry = found.pop(i)
        if i >= done:
            done = m.end()
            yield m, entry


@functools.cache
def _stacked():
    return anchored_table("lint/redundancy.toml", "stacked")


@rule("W015")
def stacked_redundancy(ctx: Context):
    """原因主要是因为, 共计……总共, 目前现阶段, 全部均, 每件……件件: two words of one meaning a few
    characters apart. Each pattern is matched only at an occurrence of one of its anchors, on a
    window of STACK_REACH characters (linear)."""
    anchors, by_anchor = _stacked()
    for m, g in anchored_matches(ctx.text, anchors, by_anchor, STACK_REACH):
        yield Hit("W015", m.start(), m.end() - m.start(), None,
                  {"found": m.group(), "what": g["what"], "why": g["source"]})


# W017: a bound and an approximation on one figure (超过300多人, 逾200余名, 约300人以上), a range
# with an approximation (30至50人左右), or two of them stacked (1200件左右以上).
_BOUND = "(?:超过|超出|(?<![逾])逾|不少于|不低于|至少|最少|大于|多于)"
_APPROX_W017 = ("(?:大约|大概|大致|将近|(?<![制节预签邀公条契相特简集违履合婚纽隐规誓践守])约"
                "|(?<![最附邻靠临就亲贴逼远新晚接将])近)")
_RANGE_SEP = "(?:至|到|—|－|~|～|-)"
_UNIT_R = "[%％个人名件场次家户元年月天日周万千百亿十岁倍米亩]{0,3}"   # a unit, never a verb (降至, 提高到)
_W017 = (f"(?P<b>{_BOUND}{_NUM_B}[万千百亿十]?(?:[个]?多(?![措项种方层渠部样元])|余))"
         f"|(?P<a>{_APPROX_W017}{_NUM_B}{UNIT}(?:以上|以下|之多))"
         f"|(?P<r>(?<![0-9０-９.．]){_NUM_B}{_UNIT_R}{_RANGE_SEP}{_NUM_B}{_UNIT_R}(?:左右|上下(?![联功一级同贯齐协游班楼车学])))"
         f"|(?P<s>(?:左右|上下)(?:以上|以下)|(?:以上|以下)左右"
         f"|(?<![0-9０-９.．]){_NUM_B}[万千百亿十]?(?:余|多)(?![措项种方层渠部样元])[个]?{_UNIT_R}(?:左右|上下(?![联功一级同贯齐协游班楼车学])))")


_FIGURE_CHARS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿半几数")


@functools.cache
def _w017():
    return pattern(_W017)


@rule("W017")
def bound_and_approximation(ctx: Context):
    """超过300多人, 约300人以上, 30至50人左右: a bound or a range said with an approximation."""
    text = ctx.text
    if not any(w in text for w in ("多", "余", "以上", "以下", "之多", "左右", "上下")):
        return
    rx = _w017()
    # each match ends at one of these literals: searched back over a bounded window from each
    ends = sorted({q for e in ("多", "余", "以上", "以下", "之多", "左右", "上下") for q in occurrences(text, e)})
    last = -1
    for p in ends:
        if not any(c in _FIGURE_CHARS for c in text[max(0, p - 8):p]):
            continue   # no figure just before: most 多/余/以上 are words (多元, 其余, 以上工作)
        lo = max(0, p - 36, last)
        for m in rx.finditer(text, lo, p + 2):
            if m.start() >= last and p <= m.end() <= p + 2:
                kind = m.lastgroup or "b"
                if kind == "r" and text[max(0, m.start() - 1):m.start()] in ("从", "由"):
                    break  # 从2900元到1000元左右: a change, not a range
                last = m.end()
                yield Hit("W017", m.start(), m.end() - m.start(), None, {"found": m.group()},
                          variant="" if kind in ("b", "a") else ("range" if kind == "r" else "stacked"))
                break
