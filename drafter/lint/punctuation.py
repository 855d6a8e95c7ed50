"""Punctuation (GB/T 15834-2011): P001–P012, one registered check each."""

from __future__ import annotations

import functools
import re

from drafter.core import document as D
from drafter.lint.context import TEXT_KINDS, Context, Hit, positions
from drafter.lint.lexicon import LazyPattern, alternation, pattern
from drafter.lint.registry import family, rule
from drafter.text.punct import INVISIBLE, fullwidth_edits, is_cjk
from drafter.core.resources import load_toml

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
CJK_PUNCT = "，。、；：？！“”‘’《》（）〔〕【】…—～"

RE_ASCII_MARK = LazyPattern(r"[,;:()!?]")
RE_STRAIGHT = LazyPattern(r"[\"']")
RE_PAIRS = LazyPattern(r"[“”‘’《》〈〉（）〔〕【】]")
RE_ELLIPSIS = LazyPattern(r"(?=[。.．、…·])(?:。{2,}|\.{3,}|．{3,}|、{3,}|…+|·{3,})")  # the class up front: sre skips to it
ELLIPSIS_GATES = ("…", "。。", "...", "．．．", "、、、", "···")
RE_DOUBLED = LazyPattern(r"([，。、；：？！])\1+")
RE_CLASH = LazyPattern(r"[，、；：][。？！，、；：]|。[，、；：。]|[？！][，、；：。]")
RE_QUOTE_DUNHAO = LazyPattern(r"[》”]、[《“]")
RE_SPACE = LazyPattern(r"[ \t\u3000\u00a0]+")
SPACE_BEFORE = frozenset("，。、；：？！”’》）")
SPACE_AFTER = frozenset("“‘《（，。、；：？！")  # a space before a full-width stop is never wanted
RE_HALF_PERIOD = LazyPattern(r"\.(?=$|[\u4e00-\u9fff“‘《（\n])", re.M)
PERIOD_BEFORE = frozenset("”’》）")
RE_ENUM_PAREN = LazyPattern(r"(?:^|(?<=[，；：。、\s]))[0-9a-zA-Z①-⑳]{1,2}[)）]")

OPENERS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "（": "）", "〔": "〕", "【": "】"}
CLOSERS = {v: k for k, v in OPENERS.items()}
RULE_OF = {"“": "P003", "”": "P003", "‘": "P003", "’": "P003", "《": "P004", "》": "P004", "〈": "P004",
           "〉": "P004", "（": "P005", "）": "P005", "〔": "P005", "〕": "P005", "【": "P005", "】": "P005"}


@functools.cache
def _conj():
    data = load_toml("punctuation.toml")
    words = tuple(data["conjunction_words"])
    return pattern("、(" + alternation(data["conjunctions"]) + ")"), words


def _lines_at(ctx: Context, positions: list[int]) -> list[int]:
    out: list[int] = []
    for p in positions:
        i = ctx.line_of(p)
        if not out or out[-1] != i:
            out.append(i)
    return out


def _lines_matching(ctx: Context, rx: re.Pattern, text: str | None = None) -> list[int]:
    """0-based indexes of the lines where `rx` matches (one scan of the whole text)."""
    out: list[int] = []
    last = -1
    for m in rx.finditer(ctx.text if text is None else text):
        i = ctx.line_of(m.start())
        if i != last:
            out.append(i)
            last = i
    return out


BODY = frozenset({D.HEADING, D.PARAGRAPH})


@rule("P001")
def half_width_mark(ctx: Context):
    """Half-width , ; : ( ) ! ? next to Chinese."""
    starts = ctx.starts
    for i in _lines_at(ctx, positions(ctx.text, ",;:()!?")):
        for pos, old, new in fullwidth_edits(ctx.lines[i]):
            yield Hit("P001", starts[i] + pos, 1, new, {"found": old, "expected": new})


@rule("P002")
def straight_quote(ctx: Context):
    starts = ctx.starts
    for i in _lines_at(ctx, positions(ctx.text, "\"'")):
        line = ctx.lines[i]
        dq = [m.start() for m in re.finditer('"', line)]
        for k, pos in enumerate(dq):
            if _chinese_near(line, pos):
                fix = ("“" if k % 2 == 0 else "”") if len(dq) % 2 == 0 else None
                yield Hit("P002", starts[i] + pos, 1, fix, {"found": '"', "expected": fix or "“”"})
        sq = [m.start() for m in re.finditer("'", line)]
        for k, pos in enumerate(sq):
            if _chinese_near(line, pos) and not (pos and line[pos - 1].isascii() and line[pos - 1].isalpha()
                                                and pos + 1 < len(line) and line[pos + 1].isascii()
                                                and line[pos + 1].isalpha()):
                fix = ("‘" if k % 2 == 0 else "’") if len(sq) % 2 == 0 else None
                yield Hit("P002", starts[i] + pos, 1, fix, {"found": "'", "expected": fix or "‘’"})


def _pair_hits(ctx: Context) -> list[Hit]:
    """P003–P005 together: unpaired or misnested pairs, per paragraph (ASCII ( ) folded)."""
    folded, starts = ctx.folded, ctx.starts
    out: list[Hit] = []
    for i in _lines_matching(ctx, RE_PAIRS, folded):
        line = folded[starts[i]:starts[i] + len(ctx.lines[i])]
        if all(line.count(o) == line.count(c) for o, c in OPENERS.items()) and _nested_ok(line):
            continue
        out.extend(_pairs(ctx, i, line))
    return out


family("pairs", _pair_hits, "P003", "P004", "P005")  # quotes, book-title marks, brackets


@rule("P006")
def ellipsis(ctx: Context):
    text = ctx.text
    if not any(e in text for e in ELLIPSIS_GATES):
        return
    for m in RE_ELLIPSIS.finditer(text):
        s = m.group()
        if s.startswith("…") and len(s) % 2 == 0:
            continue  # …… (and a doubled …………) is right
        if s.startswith("。") and len(s) == 2:
            continue  # 。。 is a doubled mark (P007)
        yield Hit("P006", m.start(), len(s), "……", {"found": s})


@rule("P007")
def doubled_mark(ctx: Context):
    text = ctx.text
    for m in RE_DOUBLED.finditer(ctx.folded):
        if m.group(1) in "。、" and len(m.group()) >= 3:
            continue  # 。。。 and 、、、 are a makeshift ellipsis (P006)
        yield Hit("P007", m.start(), len(m.group()), m.group(1), {"found": text[m.start():m.end()]})


@rule("P008")
def clashing_marks(ctx: Context):
    text = ctx.text
    for m in RE_CLASH.finditer(ctx.folded):
        if m.group()[0] == m.group()[1]:
            continue
        yield Hit("P008", m.start(), 2, None, {"found": text[m.start():m.end()]})


@rule("P009")
def dunhao_before_conjunction(ctx: Context):
    text = ctx.text
    rx, words = _conj()
    for m in rx.finditer(text):
        if text.startswith(words, m.start() + 1):
            continue
        yield Hit("P009", m.start(), len(m.group()), None, {"found": m.group(1)})


@rule("P010")
def dunhao_between_quotes(ctx: Context):
    text = ctx.text
    for p in positions(text, "、"):
        if 0 < p < len(text) - 1 and text[p - 1] in "》”" and text[p + 1] in "《“":
            # between two titles (》、《) a warning: edited reports write 》《; between quotes a
            # warning once per list (GB/T 15834-2011 4.5.3.5: 通常不用; the later 顿号 of the same
            # list are the same slip)
            if text[p - 1] + text[p + 1] == "》《":
                yield Hit("P010", p, 1, variant="book")
                continue
            o = text.rfind("“", max(0, p - 40), p)
            if o >= 2 and text[o - 2:o] == "”、":
                continue
            yield Hit("P010", p, 1)


@rule("P011")
def space_in_chinese(ctx: Context):
    """Spaces inside Chinese text (not in bylines like 上海市市长 龚 正, signatures, dates, nor in a
    rules' chapter heading, which sets its name apart and spaces a short one: 第一章　总　则)."""
    text = ctx.text
    n = len(text)
    for m in RE_SPACE.finditer(text):
        a, b = m.start(), m.end()
        if a == 0 or b >= n:
            continue
        i = ctx.line_of(a)
        block = ctx.block_at[i]
        if block is not None and block.detail == "chapter":
            continue
        if (block is not None and block.kind == D.HEADING and block.level == 1 and block.marker
                and a == ctx.starts[i] + block.column - 1 + len(block.marker)):
            continue  # 一 调研背景: the 、 set as a space is S007's
        before, after = text[a - 1], text[b]
        if (is_cjk(before) or before in SPACE_BEFORE) and (is_cjk(after) or after in SPACE_AFTER):
            yield Hit("P011", a, b - a, kinds=BODY)


RE_INVISIBLE = LazyPattern(f"[{INVISIBLE}]+")
INVISIBLE_KINDS = TEXT_KINDS | {D.BLANK, D.ISSUER_MARK, D.DOC_NUMBER}  # a line of nothing else reads as blank


@rule("P037")
def invisible_character(ctx: Context):
    """Invisible characters inside the text (punct.INVISIBLE: zero-width spaces, joiners, a BOM),
    one finding per run, fixed by deleting them."""
    known = load_toml("punctuation.toml")["invisible_names"]
    for m in RE_INVISIBLE.finditer(ctx.text):
        names = "、".join(dict.fromkeys(known[c] for c in m.group()))
        yield Hit("P037", m.start(), m.end() - m.start(), "", {"found": names}, kinds=INVISIBLE_KINDS)


@rule("P012")
def half_width_period(ctx: Context):
    text = ctx.text
    for m in RE_HALF_PERIOD.finditer(text):
        a = m.start()
        if a and (is_cjk(text[a - 1]) or text[a - 1] in PERIOD_BEFORE):
            yield Hit("P012", a, 1, "。")


RE_PAIRS_ONLY = LazyPattern(r"[^“”‘’《》〈〉（）〔〕【】]+")


def _nested_ok(line: str) -> bool:
    """Quick check: the pair marks of a balanced line nest properly (the common case)."""
    stack: list[str] = []
    for ch in RE_PAIRS_ONLY.sub("", line):
        if ch in OPENERS:
            stack.append(OPENERS[ch])
        elif not stack or stack.pop() != ch:
            return False
    return not stack


def _chinese_near(line: str, pos: int) -> bool:
    for j in (pos - 1, pos + 1):
        if 0 <= j < len(line) and (is_cjk(line[j]) or line[j] in CJK_PUNCT):
            return True
    return False


def _pairs(ctx: Context, i: int, line: str):
    """Unpaired and misnested quotes, book-title marks and brackets in one line."""
    base = ctx.starts[i]
    stack: list[tuple[str, int]] = []
    bad: list[tuple[int, str]] = []
    enum_close = {m.end() - 1 for m in RE_ENUM_PAREN.finditer(line)} if "）" in line else ()
    open_count = dict.fromkeys(OPENERS, 0)  # openers of each kind on the stack (no scan of the stack)
    for m in RE_PAIRS.finditer(line):
        pos, ch = m.start(), m.group()
        if ch in OPENERS:
            stack.append((ch, pos))
            open_count[ch] += 1
            continue
        want = CLOSERS[ch]
        if stack and stack[-1][0] == want:
            stack.pop()
            open_count[want] -= 1
        elif open_count[want]:
            # misnested: the inner openers left open are the culprits
            while stack and stack[-1][0] != want:
                o, p = stack.pop()
                open_count[o] -= 1
                bad.append((p, o))
            stack.pop()
            open_count[want] -= 1
        elif pos in enum_close:
            continue  # 1）… 2）… in-sentence numbering
        else:
            bad.append((pos, ch))
    wrapped_in = _wrapped(ctx, _nonblank(ctx, i, -1))   # the previous line runs on into this one
    wrapped_out = _wrapped(ctx, i)      # this line runs on into the next
    following = None
    for o, p in stack:
        if o == "“" and _quote_runs_on(ctx, i):
            continue  # a quotation over several paragraphs: only the last one closes
        if wrapped_out and following is None:
            following = _next_line(ctx, i)  # once per line, not per opener
        if wrapped_out and OPENERS[o] in following:
            continue  # a line wrapped inside 《…》: the mark closes on the next line
        bad.append((p, o))
    if wrapped_in:
        prev = _prev_line(ctx, i)
        bad = [(p, c) for p, c in bad if not (c in CLOSERS and CLOSERS[c] in prev)]
    for pos, ch in bad:
        yield Hit(RULE_OF[ch], base + pos, _title_reach(line, pos) if ch == "《" else 1, None,
                  {"found": ctx.lines[i][pos]})


TITLE_REACH = 40


def _title_reach(line: str, pos: int) -> int:
    """The length of an unclosed 《 mark's finding: up to where its 》 was due (after a bracket the title
    closes on, as in 《……纲要（2021—2025年）查找, or at the next stop), so the finding spans the gap."""
    end = min(len(line), pos + TITLE_REACH)
    for k in range(pos + 1, end):
        c = line[k]
        if c in "》“”《":
            return 1
        if c in "，。；：！？、,;:":
            return k - pos
        if c == "）" and k + 1 < len(line) and "\u4e00" <= line[k + 1] <= "\u9fff":
            return k + 2 - pos
    return 1


SENTENCE_END = tuple("。！？；：…!?;:")


def _nonblank(ctx: Context, i: int, step: int) -> int:
    j = i + step
    while 0 <= j < len(ctx.lines) and not ctx.lines[j].strip():
        j += step
    return j if 0 <= j < len(ctx.lines) else -1


def _next_line(ctx: Context, i: int) -> str:
    """The text the wrapped line i runs on into (up to three more lines, to a sentence end)."""
    from drafter.text.punct import fold
    out = []
    for _ in range(3):
        j = _nonblank(ctx, i, 1)
        if j < 0:
            break
        out.append(fold(ctx.lines[j]))
        if not _wrapped(ctx, j):
            break
        i = j
    return "".join(out)


def _prev_line(ctx: Context, i: int) -> str:
    from drafter.text.punct import fold
    out = []
    for _ in range(3):
        j = _nonblank(ctx, i, -1)
        if j < 0 or not _wrapped(ctx, j):
            break
        out.append(fold(ctx.lines[j]))
        i = j
    return "".join(reversed(out))


def _wrapped(ctx: Context, i: int) -> bool:
    """Line i ends mid-sentence and the next line goes on (text wrapped by a web page or editor)."""
    if i < 0 or i >= len(ctx.lines):
        return False
    j = _nonblank(ctx, i, 1)
    if j < 0:
        return False
    cur = ctx.lines[i].rstrip()
    return bool(cur) and not cur.endswith(SENTENCE_END) and ctx.kinds[j] in ("paragraph", "heading")


def _quote_runs_on(ctx: Context, i: int) -> bool:
    for j in range(i + 1, min(i + 3, len(ctx.lines))):
        nxt = ctx.lines[j].strip()
        if nxt:
            return nxt.startswith("“")
    return False
