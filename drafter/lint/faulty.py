"""Faulty sentences that follow fixed shapes (warnings; the shapes are those of the 语病 lists:
两面对一面, 句式杂糅, 搭配不当, 自相矛盾, 缺少主语, 多重否定, 宾语残缺):

W007  a two-sided subject against a one-sided predicate: 关键在于是否…; 能否…，是…的重要保证.
W008  two constructions mixed: 原因是……造成的; 吸引群众参与人数达…; 目的是……为目的.
W009  a rate or degree that 增强/加强 (知晓率和满意度明显增强: a rate rises, 提高).
W010  a statement that contradicts itself: 基本实现……全覆盖; 均已办结，其中2件仍在审理.
W011  a missing subject: 对于/关于……，引起了/受到了/得到了…… at a sentence start.
W012  a triple negation that says the opposite: 没有一个社区不是没有……
W013  开展 with no object head: 正在开展整顿基层法律服务市场秩序。(开展……整顿工作/行动).
W014  a verb and an object that do not go together: 提高……覆盖面, 扩大……水平 (data:
      drafter/data/lint/collocations.toml).

Each shape is tried only at the occurrences of a literal anchor, on a window of bounded size
inside one sentence (no stop 。！？； or line break), so every scan is linear."""

from __future__ import annotations

import functools
import re

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import alternation, pattern
from drafter.lint.registry import rule

S = "[^。！？；;\\n]"          # a character inside one sentence
C = "[^，,。！？；;\\n]"        # a character inside one clause
ENDS = "。！？；;\n"
SENTENCE_BACK = 60             # how far back a sentence start is looked for


MANY_ANCHORS = 8   # from this many anchors on, one regex scan finds them all (W014's 71 objects)


@functools.lru_cache(maxsize=64)
def _starts_rx(anchors: tuple[str, ...]) -> re.Pattern:
    """A zero-width match at every offset where one of `anchors` starts: a class of their first
    characters up front lets sre skip in C to where one can start."""
    first = re.escape("".join(sorted({a[0] for a in anchors})))
    return pattern(f"(?=[{first}])(?=(?:{alternation(anchors)}))")


def _occurrences(text: str, anchors: tuple[str, ...]):
    """Every offset, ascending and once, where one of `anchors` starts (overlapping ones too)."""
    if len(anchors) >= MANY_ANCHORS:
        return [m.start() for m in _starts_rx(anchors).finditer(text)]
    out = []
    for a in anchors:
        i = text.find(a)
        while i >= 0:
            out.append(i)
            i = text.find(a, i + 1)
    return sorted(set(out))


def _sentence_start(text: str, p: int) -> int:
    """Where the sentence holding offset p starts (looked for at most SENTENCE_BACK back; -1
    when it starts further back)."""
    lo = max(0, p - SENTENCE_BACK)
    s = max(text.rfind(c, lo, p) for c in ENDS) + 1
    if s == 0 and lo > 0:
        return -1
    while s < p and text[s] in " \u3000\t":
        s += 1
    return s


def _around(text: str, anchors: tuple[str, ...], rx: re.Pattern, back: int, forward: int):
    """Matches of rx holding an anchor, each searched in the bounded window around it; a match
    is reported once."""
    last = -1
    for p in _occurrences(text, anchors):
        for m in rx.finditer(text, max(0, p - back, last), min(len(text), p + forward)):
            if m.start() <= p < m.end():
                last = m.end()
                yield m
                break


def _at_start(text: str, anchors: tuple[str, ...], rx: re.Pattern):
    """Matches of rx from the start of a sentence that opens with one of the anchors."""
    for p in _occurrences(text, anchors):
        if _sentence_start(text, p) != p:
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m


# a clause that opens a sentence and leaves its subject to the next clause (实践表明，能否……)
RE_OPENER = re.compile("(?:(?:实践|事实|经验|历史|调研|工作|多年来的实践)(?:表明|证明|告诉我们)|由此可见|可以说|我们认为|总之|因此|可见|综上)[，,]\\Z")


def _after_opener(text: str, anchors: tuple[str, ...], rx: re.Pattern):
    """Matches of rx from an anchor that follows, at a sentence start, an opener clause (实践表明，)."""
    for p in _occurrences(text, anchors):
        s2 = _sentence_start(text, p)
        if s2 < 0 or s2 == p or p - s2 > 12 or not RE_OPENER.search(text, s2, p):
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m


def _hit(rule_id: str, m: re.Match, group: str | int = 0, **args) -> Hit:
    a, b = m.start(group), m.end(group)
    return Hit(rule_id, a, b - a, None, {"found": m.string[a:b], **args})


# --- W007: two-sided against one-sided -----------------------------------------------------------

_TWO_SIDED = "(?:能否|是否|能不能|可否|有没有)"
_ONE_SIDED_END = "(?:重要|根本|有力|必要|基本|首要)?(?:保证|保障|前提|基础|条件|关键|标志|途径|手段|举措)"
_BALANCED = "(?:成败|好坏|高低|优劣|与否|能否|是否|得失|兴衰|大小|快慢|强弱)"


@functools.cache
def _w007():
    inner = pattern(f"(?:关键|重点|核心|根本|要害|前提|基础)(?:就)?(?:在于|是){_TWO_SIDED}")
    lead = pattern(f"{_TWO_SIDED}{S}{{2,40}}?[，,](?:这)?(?:是|就是|将是|才是)(?!{S}{{0,24}}{_BALANCED})"
                   f"{S}{{0,20}}?{_ONE_SIDED_END}")
    key = pattern(f"{_TWO_SIDED}{S}{{2,30}}?[，,](?:这|其)?(?:的)?(?:关键|根本|核心|重点|前提|基础)(?:就|则|主要)?(?:在于|取决于)"
                  f"(?!{S}{{0,24}}{_BALANCED})")
    # 加强队伍建设是能否做好调解工作的关键: a one-sided subject, a two-sided predicate
    tail = pattern(f"(?:是|为|就是|才是)(?P<t>{_TWO_SIDED}){S}{{2,24}}?的{_ONE_SIDED_END}")
    return inner, lead, key, tail


_TWO_OR_BALANCED = re.compile(f"{_TWO_SIDED}|{_BALANCED}")


@rule("W007")
def two_sided(ctx: Context):
    """关键在于是否…, 能否…，是…的重要保证: one side of a two-sided question cannot be a 关键/保证."""
    text = ctx.text
    inner, lead, key, tail = _w007()
    for m in _around(text, ("是否", "能否", "能不能", "可否", "有没有"), inner, 8, 6):
        yield _hit("W007", m)
    for m in _at_start(text, ("能否", "是否", "能不能", "可否", "有没有"), lead):
        yield Hit("W007", m.start(), 2, None, {"found": m.group()})
    for m in _at_start(text, ("能否", "是否", "能不能", "可否", "有没有"), key):
        if lead.match(text, m.start()) is None:
            yield Hit("W007", m.start(), 2, None, {"found": m.group()})
    for m in _after_opener(text, ("能否", "是否", "能不能", "可否", "有没有"), lead):
        yield Hit("W007", m.start(), 2, None, {"found": m.group()})
    for m in _around(text, ("是能否", "是是否", "为能否", "为是否"), tail, 2, 36):
        s = _sentence_start(text, m.start())
        if s >= 0 and not _TWO_OR_BALANCED.search(text, s, m.start()):
            h = _hit("W007", m, "t")
            h.variant = "tail"
            yield h


# --- W008: mixed constructions -------------------------------------------------------------------

# what follows the frame's noun: a stop, or the verb of the main clause (为载体开展普法)
_GOES_ON = "(?=[，,。；;！\\n]|开展|推进|推动|深化|加强|做好|抓好|推行|实施|打造|构建|落实|提升|促进|全面|深入|大力|积极|不断|持续)"


@functools.cache
def _w008():
    cause = pattern(f"原因(?:主要)?(?:是|在于){S}{{1,30}}?(?:所?造成的|所?导致的|所致|引起的)")
    count = pattern(f"(?:吸引|组织|带动|发动|动员|吸纳){S}{{1,10}}?(?:参与|参加|观看|旁听|收看)人数")
    aim = pattern(f"目的(?:是|在于){S}{{1,24}}?为目的")
    because = pattern(f"(?:是因为|是由于){S}{{1,30}}?(?:所?造成|所?导致|所?引起)的(?=[。；;！\n])")
    why = pattern(f"之所以{C}{{1,30}}?的(?:原因|缘故|根源)")
    target = pattern("(?:对象|范围|群体|主体)(?:主要|均|都|全部|基本)?(?:是|为)(?P<v>面向|针对)")
    made = pattern(f"由{S}{{1,30}}?(?:组成|构成)的{C}{{0,8}}?(?:构成|组成)(?=[。；;，,\n])")
    # 本着便民利民为原则 (本着……的原则 / 以……为原则); 把群众满意作为……为目标 (作为……目标 / 以……为目标)
    principle = pattern(f"本着{C}{{1,24}}?为(?:原则|宗旨|目标|出发点|方针|准则|指导)")
    as_ = pattern(f"作为{C}{{0,12}}?为(?:目标|重点|出发点|落脚点|抓手|核心|主线|原则|宗旨|导向|根本|标准)(?=[，,。；;！\n])")
    # 严肃处理进行了查处: a verb of handling, then 进行/予以 and a second one
    handled = pattern("(?:处理|查处|处罚|处分|整改|调查|核查|审查)(?:进行|予以|给予|作出)了?(?:严肃的?|依法)?"
                      "(?:查处|处理|处罚|处分|整改|调查|核查|审查)")
    # 根据……为依据, 围绕……为中心, 通过……为载体, 据调查显示, 深受……所喜爱: a preposition's frame and
    # 以……为……, 据 and 显示, 深受 and 为……所 mixed
    basis = pattern(f"(?:根据|按照|依据|依照|遵照)(?!{C}{{0,16}}?以){C}{{1,16}}?为(?:依据|准绳|标准|准则|原则|基础|指导|导向){_GOES_ON}")
    around = pattern(f"(?:围绕|紧扣|紧紧围绕|通过|借助|依托)(?!{C}{{0,16}}?以){C}{{1,16}}?为(?:中心|核心|主线|重点|载体|抓手|平台|手段|途径|纽带){_GOES_ON}")
    survey = pattern("据(?:调查|统计|不完全统计|测算|初步统计|抽样调查|数据|监测)(?:结果)?(?:显示|表明|反映)")
    liked = pattern(f"深受{C}{{1,12}}?所(?:喜爱|欢迎|好评|称赞|信赖|青睐|认可)")
    # 比去年同期相比: 比 and 与……相比 mixed
    # 是导致……的主要原因所致: 是……的原因 and ……所致 mixed
    cause_is = pattern(f"是{S}{{1,30}}?的(?:主要|重要|根本|直接|首要|深层次)?(?:原因|根源|因素)(?P<x>所致|所造成的?|造成的|导致的|引起的|而致)")
    compared = pattern(f"(?<![对类无相])(?:比|较)(?:去年|上年|上一年|往年|同期|去年同期|上年同期|{C}{{1,10}}?)相比")
    return (cause, count, aim, because, why, target, made, principle, as_, handled, basis, around, survey, liked,
            compared, cause_is)


@rule("W008")
def mixed_construction(ctx: Context):
    """原因是……造成的, 吸引群众参与人数达…: two sentence patterns mixed in one."""
    text = ctx.text
    (cause, count, aim, because, why, target, made, principle, as_, handled, basis, around, survey, liked,
     compared, cause_is) = _w008()
    for m in _around(text, ("原因", "根源", "因素"), cause_is, 36, 10):
        yield _hit("W008", m)
    for m in _around(text, ("原因",), cause, 0, 44):
        yield _hit("W008", m)
    for m in _around(text, ("人数",), count, 18, 2):
        yield _hit("W008", m)
    for m in _around(text, ("目的",), aim, 0, 34):
        yield _hit("W008", m)
    for m in _around(text, ("是因为", "是由于"), because, 0, 40):
        yield _hit("W008", m)
    for m in _around(text, ("之所以",), why, 0, 40):
        yield _hit("W008", m)
    for m in _around(text, ("面向", "针对"), target, 6, 2):
        yield _hit("W008", m)
    for m in _around(text, ("组成的", "构成的"), made, 32, 12):
        yield _hit("W008", m)
    for rx, anchors, back, forward in ((principle, ("本着",), 0, 34), (as_, ("作为",), 0, 24),
                                       (handled, ("进行", "予以", "给予", "作出"), 2, 12),
                                       (basis, ("根据", "按照", "依据", "依照", "遵照"), 0, 24),
                                       (around, ("围绕", "紧扣", "通过", "借助", "依托"), 0, 24),
                                       (survey, ("据",), 0, 12), (liked, ("深受",), 0, 20),
                                       (compared, ("相比",), 14, 2)):
        for m in _around(text, anchors, rx, back, forward):
            h = _hit("W008", m)
            h.variant = "shape"
            yield h


# --- W009: a rate that 增强 --------------------------------------------------------------------

_W009 = ("(?:(?<![效功频税汇])率|满意度|知晓度|知名度|美誉度|参与度|认可度|信任度)"
         "(?:均|都|普遍|明显|显著|大幅|进一步|有所|不断|持续|稳步|得到|也|逐步|逐年|全面){0,2}(?:增强|加强)")


@rule("W009")
def rate_strengthened(ctx: Context):
    """满意度明显增强: a rate or degree 提高/提升, it does not 增强."""
    rx = pattern(_W009)
    for m in _around(ctx.text, ("增强", "加强"), rx, 12, 2):
        yield _hit("W009", m)


# --- W010: self-contradiction --------------------------------------------------------------------

@functools.cache
def _w010():
    # 基本实现全覆盖 alone is the usage of edited reports; a universal word before 基本 (所有村已
    # 基本实现全覆盖) or 全部/100% after it is not
    basic = pattern(f"(?:所有|全部|每个|每一个|各个|一律){C}{{0,16}}?(?P<b>基本(?:上)?(?:实现|完成|达到|做到|建成|覆盖))"
                    f"|(?P<c>基本(?:上)?(?:实现|完成|达到|做到|建成|覆盖)){C}{{0,8}}?(?:全部|百分之百|100%|无一遗漏)"
                    f"|(?P<d>基本(?:上)?(?:全部|全都|完全|百分之百|100%))")
    done = pattern(f"(?:均已|全部|已全部|均)(?:办结|结案|审结|化解|完成|整改到位|整改完毕){C}{{0,8}}?[，,]其中{C}{{0,16}}?"
                   "(?:仍在|尚未|正在|仍未|还在)")
    rest = pattern(f"(?:所有|全部|每个|各){C}{{0,12}}?(?:均已|都已|已全部|全部)(?:办结|结案|审结|化解|完成|整改到位|整改完毕|建成|达标)"
                   f"{C}{{0,10}}?[，,]{C}{{0,6}}?(?:仅余|尚有|仍有|还有|剩余|余下|另有){C}{{0,14}}?(?:仍在|尚未|正在|仍未|还在|未)")
    # 合格率100%，仅有3卷……不合格: a full rate, then the exceptions it says there are none of
    full = pattern(f"(?:合格|达标|完成|办结|结案|覆盖|整改|化解|履约|执行|到位|落实)率(?:均|已|也)?(?:达到?|为|实现|达)?"
                   f"(?:100|百分之百)[%％]?[，,](?:但|其中|然而)?(?P<x>(?:仅有|仅|尚有|仍有|还有|只有|另有)"
                   f"[0-9０-９一二两三四五六七八九十]{{1,4}}{C}{{0,24}}?(?:不合格|未达标|不达标|未完成|未办结|未结案|未覆盖|未整改|未化解|未到位|未落实))")
    # 无一人重新犯罪，仅1人因再犯罪被收监: none, then the one there was
    none = pattern(f"(?:无一|没有一)(?:人|件|例|起|家|个|名|户|宗)(?!{C}{{0,20}}?(?:以外|之外|除外)){C}{{0,20}}?[，,](?:但|其中|且|仅)?"
                   f"(?P<x>(?:仅有|仅|只有|另有|尚有|但有)[0-9０-９一二两三四五六七八九十]{{1,4}}(?:人|件|例|起|家|个|名|户|宗))")
    return basic, done, rest, full, none


@rule("W010")
def self_contradiction(ctx: Context):
    """基本实现……全覆盖 (基本 is not 全), 均已办结，其中2件仍在审理 (all, but not all)."""
    text = ctx.text
    basic, done, rest, full, none = _w010()
    for m in _around(text, ("基本",), basic, 22, 14):
        g = "b" if m.group("b") else "c" if m.group("c") else "d"
        yield Hit("W010", m.start(g), m.end(g) - m.start(g), None, {"found": m.group()})
    for m in _around(text, ("均已", "全部", "均"), done, 0, 40):
        yield Hit("W010", m.start(), 4, None, {"found": m.group()})
    for m in _around(text, ("均已", "都已", "已全部", "全部"), rest, 16, 60):
        yield _hit("W010", m)
    for m in _around(text, ("100", "百分之百"), full, 12, 44):
        yield _hit("W010", m, "x")
    for m in _around(text, ("无一", "没有一"), none, 0, 36):
        if _same_event(text, m):
            yield _hit("W010", m, "x")


NONE_TAIL = 20   # characters after 仅N人 in which the same event is looked for


def _bigrams(s: str) -> set[str]:
    return {s[k:k + 2] for k in range(len(s) - 1) if all("\u4e00" <= c <= "\u9fff" for c in s[k:k + 2])}


def _same_event(text: str, m: re.Match) -> bool:
    """无一人重新犯罪，仅1人因再犯罪: the exception names the event that was said not to happen
    (a word of two characters in common with the last four characters of the first clause, its
    predicate); 无一件被撤销，仅2件被确认违法 is two events."""
    first = text[m.start() + 3:text.find("，", m.start(), m.end()) if "，" in m.group() else m.end()]
    tail = text[m.end("x"):m.end("x") + NONE_TAIL]
    for c in "，,。；;！？\n":
        k = tail.find(c)
        if k >= 0:
            tail = tail[:k]
    return bool(_bigrams(first[-4:]) & _bigrams(tail))   # the predicate's head, not its subject


# --- W011: a missing subject after 对于 ------------------------------------------------------------

_W011 = f"(?:对于|关于)(?P<np>{S}{{2,40}}?)[，,](?P<v>引起了|引起|受到了|受到|得到了|得到|使|让)(?=[\\u4e00-\\u9fff])"


@rule("W011")
def missing_subject_dui(ctx: Context):
    """对于群众反映强烈的问题，引起了局党组的高度重视: the 对于 phrase has eaten the subject."""
    rx = pattern(_W011)
    for m in _at_start(ctx.text, ("对于", "关于"), rx):
        yield Hit("W011", m.start(), 4, None, {"found": m.group(), "verb": m.group("v")})


# --- W012: triple negation ---------------------------------------------------------------------

_W012 = f"(?:没有|无一|无)(?:一个|一家|一人|一件|一处)?{S}{{0,10}}?不是(?:没有|不)"


@rule("W012")
def triple_negation(ctx: Context):
    """没有一个社区不是没有配备法律顾问的: three negations say the opposite."""
    rx = pattern(_W012)
    for m in _around(ctx.text, ("不是没有", "不是不"), rx, 16, 4):
        yield _hit("W012", m)


# --- W013: 开展 without an object head -------------------------------------------------------------

# the phrase must end at a stop inside the window (a window's end is no sentence end)
_W013 = f"(?:开展|进行)(?P<v>整顿|整治|清理|打击|规范|排查|治理){S}{{2,16}}?(?=[。；;\n])"
HEADS = ("工作", "行动", "活动", "检查", "治理", "整治", "斗争", "教育", "攻坚", "排查", "评估", "调研", "培训",
         "宣传", "督查", "服务", "整顿", "清理", "专项", "战役", "会战", "试点", "改革", "建设", "提升",
         "巡查", "督导", "核查", "普查", "调查", "清查", "清零", "打击", "考核", "管理", "清退")


@rule("W013")
def missing_object_head(ctx: Context):
    """正在开展整顿基层法律服务市场秩序。: 开展 takes a noun head (开展……整顿工作/行动)."""
    rx = pattern(_W013)
    text = ctx.text
    for m in _around(text, ("开展", "进行"), rx, 0, 22):
        body = m.group()
        if body.endswith(HEADS) or "，" in body or "、" in body[-3:]:
            continue
        yield _hit("W013", m)


# --- W014: verb and object that do not go together -----------------------------------------------

W014_MID = 10      # characters of one clause between the verb and its object


@functools.cache
def _w014():
    """(object anchors, pattern, right verb per verb+object) from lint/collocations.toml."""
    pairs = load_toml("lint/collocations.toml")["pair"]
    alts, right, anchors = [], {}, []
    for p in pairs:
        for v in p["verbs"]:
            for o in p["objects"]:
                right[(v, o)] = p["right"]
        alts.extend(p["objects"])
        anchors.extend(p["objects"])
    verbs = sorted({v for p in pairs for v in p["verbs"]}, key=lambda s: (-len(s), s))
    objs = sorted(set(alts), key=lambda s: (-len(s), s))
    rx = pattern(f"(?P<v>{'|'.join(verbs)})(?:了)?{C}{{0,{W014_MID}}}?(?P<o>{'|'.join(objs)})"
                 "(?=[，,。；;！、\\n和与及]|$)")
    return tuple(sorted(set(anchors))), rx, right


@rule("W014")
def verb_object_mismatch(ctx: Context):
    """提高法律援助覆盖面: a 面 is 扩大, a 水平 is 提高; the verb does not fit its object."""
    anchors, rx, right = _w014()
    text = ctx.text
    for m in _around(text, anchors, rx, W014_MID + 4, 5):
        r = right.get((m.group("v"), m.group("o")))
        if r is None or _verb_between(m):
            continue
        yield Hit("W014", m.start(), m.end() - m.start(), None,
                  {"found": m.group(), "verb": m.group("v"), "object": m.group("o"), "right": r})


def _verb_between(m: re.Match) -> bool:
    """A second verb or object between the two (提高服务质量和扩大覆盖面, 增强获得感与满意度) makes
    the pair not one phrase."""
    mid = m.string[m.end("v"):m.start("o")]
    return any(v in mid for v in ("扩大", "拓宽", "拓展", "提高", "提升", "加大", "实现", "达到", "推动", "促进",
                                  "和", "与", "及", "、"))


# --- W016: a subject and its verb that do not go together -------------------------------------

W016_ADVERBS = "(?:均|都|普遍|明显|显著|大幅|进一步|有所|不断|持续|稳步|得到|也|逐步|逐年|全面|较大|大大|日益|迅速|很大|一定|长足|较快|大幅度|较为明显)"
# a light verb that makes the predicate a noun (水平得到了显著增长, 覆盖面有了较大提高)
W016_LIGHT = "(?:得到了?|有了|实现了?|取得了?|出现了?)"


@functools.cache
def _w016():
    """(subject anchors, pattern, right verb per subject+verb) from lint/collocations.toml [[subject]]."""
    groups = load_toml("lint/collocations.toml").get("subject", ())
    right = {(s, v): g["right"] for g in groups for s in g["subjects"] for v in g["verbs"]}
    subjects = sorted({s for g in groups for s in g["subjects"]}, key=lambda x: (-len(x), x))
    verbs = sorted({v for g in groups for v in g["verbs"]}, key=lambda x: (-len(x), x))
    rx = pattern(f"(?P<s>{'|'.join(subjects)}){W016_LIGHT}?{W016_ADVERBS}{{0,2}}的?(?P<v>{'|'.join(verbs)})"
                 "(?=了?(?:[，,。；;！、\\n]|的同时|$))")
    return tuple(subjects), rx, right


@rule("W016")
def subject_verb_mismatch(ctx: Context):
    """服务质量不断扩大: a 质量 is 提高, a 覆盖面 is 扩大; the verb does not fit its subject."""
    anchors, rx, right = _w016()
    text = ctx.text
    for m in _around(text, anchors, rx, 0, 16):
        r = right.get((m.group("s"), m.group("v")))
        if r is None:
            continue
        yield Hit("W016", m.start(), m.end() - m.start(), None,
                  {"found": m.group(), "subject": m.group("s"), "verb": m.group("v"), "right": r})
