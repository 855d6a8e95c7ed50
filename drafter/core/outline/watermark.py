"""A document site's watermark printed after the text on some of its lines (…主要举措和成效 公文汇
www.gongwenhui.com, …新气象新作为。 公文汇,办公文档之家): cut off those lines before any pass reads
them, so that a heading keeps its own words and a paragraph its sentence; so is the site's name glued
to the lines' ends (_glued_names)."""

from __future__ import annotations

import re
from collections import Counter

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.state import ParseState
from drafter.text.punct import is_cjk


def _as_spaces(text: str) -> str:
    """text with its full-width spaces read as spaces (the same length: slices of one are slices of the other)."""
    return text.replace("\u3000", " ")


def _tails(text: str, most: int) -> list[str]:
    """The last one and two space-separated parts of a line (never the whole line); a full-width
    space parts them too."""
    parts = _as_spaces(text).split(" ")
    return [" ".join(parts[-n:]) for n in range(1, min(most, len(parts) - 1) + 1)]


def watermarks(st: ParseState) -> None:
    """A tail of a line after a space (one or two parts, watermark.max_chars at most, no sentence
    mark in it) is the site's watermark when it names a web address, or when it ends
    watermark.min_lines lines or more and one of its showings follows a sentence's end (a title
    wrapped at a space, …工作和 民生实事建议的公告, shows its tail once), or when it is only a glyph the
    copy could not print (政府工作报告 ?) and ends watermark.min_lines lines or more. A line with at least
    watermark.min_head_chars (two, before a glyph) besides loses the longest such tail it ends with (text and folded
    text); a line that is only a watermark, or a site's name before its address (找总结
    zhaozongjie.com), stays as it is.
    Reads blocks, folded. Sets text and folded of those blocks."""
    v = st.v
    lines = [b for b in st.blocks if b.kind == D.PARAGRAPH]
    junk = v.data["watermark"]["junk_chars"]
    ends: Counter[str] = Counter()
    marked: set[str] = set()
    for b in lines:
        for t in _tails(b.text, v.watermark_parts):
            if len(t) <= v.watermark_max and not any(c in t for c in "。；！？"):
                ends[t] += 1
                head = b.text[:-len(t)].rstrip(" \u3000")
                if ((head and head[-1] in "。！？") or v.web_address.search(t) or not t.strip(junk)
                        or head and v.web_address.search(_as_spaces(head).split(" ")[-1])
                        and sum(map(is_cjk, t)) >= v.standalone_min):
                    marked.add(t)  # (… after a sentence's end, or after the site's address: 稿子汇 www.gaozihui.com 公文汇,…)
    found = {t for t in marked if ends[t] >= v.watermark_min_lines or v.web_address.search(t)}
    _glued_names(st, lines)
    _coded_tails(st, lines)
    if not found:
        return
    for b in lines:
        for t in sorted(found, key=len, reverse=True):
            if (b.text not in found and _as_spaces(b.text).endswith(" " + t)
                    and len(b.text) - len(t) - 1 >= (v.watermark_min_head if t.strip(junk) else 2)):
                _cut_at(st, b, len(b.text) - len(t))
                break


def _glued_names(st: ParseState, lines: list) -> None:
    """The site's name glued to the end of its lines, a short code before it (…2021年工作总结EiW乡村百科--为乡村
    振兴助力, the site's name heading the page: 乡村百科--为乡村振兴助力): one of the page's first
    watermark.name_lines lines, watermark.min_head_chars to watermark.max_chars long, that ends
    watermark.glued_min_lines other lines or more (or one, a code glued between the text's last
    character and the name: …主要工作s12乡村百科--为乡村振兴助力) is cut off them, with up to watermark.glued_code_chars
    letters or figures before it; the name may be glued on with other spaces and dashes (乡村百科 - 为乡村振兴助力
    heading the page, …AFi乡村百科--为乡村振兴助力 glued on). One pass over the lines per name: linear."""
    v = st.v
    wm = v.data["watermark"]
    names = [b.text for b in lines[:wm["name_lines"]] if v.watermark_min_head <= len(b.text) <= v.watermark_max]
    for name in names:
        tail = _loose_tail(name, wm["dashes"])
        hits = [(b, m.start()) for b in lines if b.text != name and (m := tail.search(b.text))
                and m.start() >= v.standalone_min]
        coded = [(b, start) for b, start in hits if _coded(b.text[:start], wm["glued_code_chars"])]
        if len(hits) < wm["glued_min_lines"] and not coded:
            continue  # (once is enough with the site's code glued between: …主要工作s12乡村百科--为乡村振兴助力)
        hits = hits if len(hits) >= wm["glued_min_lines"] else coded
        for b, start in hits:
            head = b.text[:start]
            code = _code_len(head)
            if code <= wm["glued_code_chars"]:
                head = head[:len(head) - code]
            _cut_at(st, b, len(head))


def _coded_tails(st: ParseState, lines: list) -> None:
    """The site's slogan glued to the end of its lines after a short code, the page heading no copy of it
    (…政府工作报告N6h县情资料网---有深度、有态度、接地气的县域县情站点 on every line): the same tail after a code
    of up to watermark.glued_code_chars letters or figures (a letter among them), at least watermark_min_head characters long,
    ending watermark.glued_min_lines lines or more, is cut off them with its code. Each line's codes are
    few: linear."""
    v = st.v
    wm = v.data["watermark"]
    tails: Counter[str] = Counter()
    cuts: list[tuple[Block, int, str]] = []  # (line, where its code starts, the tail after the code)
    for b in lines:
        seen = set()
        for m in v.site_code.finditer(b.text):
            if len(m.group()) > wm["glued_code_chars"] or m.start() < v.standalone_min or v.placeholder_only.match(m.group()):
                continue  # (…协商会议XX县委员会…: a template's blank, no site's code)
            t = b.text[m.end():]
            if len(t) >= v.watermark_min_head and t not in seen and not any(c in t for c in "。；！？"):
                seen.add(t)
                tails[t] += 1
                cuts.append((b, m.start(), t))
    glued = {t for t, n in tails.items() if n >= wm["glued_min_lines"]}
    done = set()
    for b, start, t in sorted(cuts, key=lambda c: -len(c[2])):
        if t in glued and id(b) not in done:
            done.add(id(b))
            _cut_at(st, b, start)
    if not glued:
        return
    # ... and off the lines where its code follows a figure or a sign ((2022年3月31日)AFi…, 各位代表:AFi…)
    for b in lines:
        if id(b) in done:
            continue
        for t in glued:
            if b.text.endswith(t):
                head = b.text[:-len(t)]
                n = _code_len(head)
                code = head[len(head) - n:]
                if (0 < n <= wm["glued_code_chars"] and not code.isdigit() and not v.placeholder_only.match(code)
                        and n < len(head)
                        and not head[-n - 1].isalnum()):
                    _cut_at(st, b, len(head) - n)
                break


def _cut_at(st: ParseState, b: Block, start: int) -> None:
    """Cut a line's text (and its folded copy) at start, the spaces before it too."""
    st.shorten(b, len(b.text[:start].rstrip()))


def _code_len(head: str) -> int:
    """How many ASCII letters and figures end head (the site's code before its glued name)."""
    return len(head) - len(head.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))


def _coded(head: str, most: int) -> bool:
    """head ends with the site's code (1 to most letters or figures) glued right after CJK text (…主要工作s12)."""
    n = _code_len(head)
    return 0 < n <= most and n < len(head) and is_cjk(head[-n - 1])


def _loose_tail(name: str, dashes: str) -> re.Pattern:
    """The site's name at a line's end, its spaces optional and each run of its dashes any run of dashes."""
    dash = re.escape(dashes)
    run = rf"[\s{dash}]*[{dash}][\s{dash}]*"
    parts = re.split(rf"[\s{dash}]*[{dash}][\s{dash}]*", name.strip())
    body = run.join(r"\s*".join(re.escape(c) for c in "".join(p.split())) for p in parts)
    return re.compile(body + r"\s*$")
