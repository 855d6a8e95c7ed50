"""The text's extent: a heading heads running text, and nothing after the text's end is a heading.

Structural rules that need no chrome vocabulary (outline.toml [extent]):
- running text is a paragraph of paragraph length with sentence punctuation (`is_running`);
- an un-numbered heading (marker "") needs running text after it before the next heading of its
  level or higher, else it heads nothing and is page chrome or a stray line;
- after the text's last running text, an un-numbered heading, or a numbered line that is one whole
  sentence with no body (a document site's numbered notice list), is no heading;
- a toolbar-shaped line (`toolbar_shape`) is never an un-numbered heading;
- with no title found, a first un-numbered heading over the running text that ends as a title
  does is the title (the lines over it were chrome).
One pass over the body, linear in its length."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.headings import PAIR_FIRST
from drafter.core.outline.shapes import never_structure
from drafter.core.outline.state import ParseState
from drafter.core.outline.vocab import Vocab
from drafter.text.punct import fold, is_cjk


def is_running(st: ParseState, b: Block) -> bool:
    """b carries running text: a paragraph (or a run-in heading's body) at least running_min_chars
    long that holds sentence punctuation."""
    v = st.v
    if b.kind == D.PARAGRAPH:
        f = st.f(b)
    elif b.kind == D.HEADING and b.body:
        f = b.body
    else:
        return False
    return len(f) >= v.running_min and any(c in f for c in v.running_marks)


def _without_angled(text: str, v: Vocab) -> str:
    """text without what stands in ASCII angle brackets: a title's inner book-title marks typed as
    < > (关于对《<政府工作报告>重点工作分工方案》的解读), whose > is no breadcrumb's separator."""
    return v.angled.sub("", text) if "<" in text else text


def toolbar_shape(text: str, v: Vocab) -> bool:
    """A line split into items by a toolbar separator (| > › outside < >), or into two or more short
    items by spaces: a toolbar, breadcrumb or link row (上一篇  下一篇, 政府信息公开 规章库)."""
    s = _without_angled(text.strip(), v)
    if any(c in s for c in v.toolbar_separators):
        return True
    items = v.spaced_figure.sub("", s).split()  # (2019 年工作计划: a PDF's spaced year, one item)
    return len(items) >= 2 and all(len(w) <= v.toolbar_item_max for w in items)


def _demote(b: Block, after_end: bool) -> None:
    if after_end:
        b.kind, b.detail = D.CHROME, "footer"
    else:
        b.kind = D.PARAGRAPH
    b.level, b.marker, b.title, b.body, b.run_in, b.ordinal = None, "", "", "", False, None


def extent(st: ParseState) -> None:
    """Un-numbered headings that head no running text, and headings after the text's end, go back.
    Reads body, kinds, folded. Sets kind PARAGRAPH (inside the text) or CHROME "footer" (after it)."""
    v = st.v
    _never_shapes(st)
    _notice_list_on_top(st)
    _notice_list_at_end(st)
    _listing_at_end(st)
    body = st.body
    n = len(body)
    last_running = max((k for k, b in enumerate(body) if is_running(st, b)), default=-1)
    # for each position, whether running text follows before a heading of level <= L: walk backwards
    # keeping, per level, whether running text was seen since the last heading of that level or higher
    seen = [False] * 6
    keep: dict[int, bool] = {}
    for k in range(n - 1, -1, -1):
        b = body[k]
        if b.kind == D.HEADING and b.level:
            lv = min(b.level, 5)
            keep[k] = seen[lv]
            for x in range(lv, 6):  # (a heading ends the sections of its level and below)
                seen[x] = False
            if is_running(st, b):
                seen = [True] * 6
            elif b.marker:
                for x in range(1, lv):  # a numbered sub-heading is something its parent heads
                    seen[x] = True
        elif is_running(st, b):
            seen = [True] * 6
    for k, b in enumerate(body):
        if b.kind != D.HEADING or not b.level or st.hint(b).startswith("h"):
            continue
        after_end = k > last_running
        if not b.marker and b.detail != "part":  # (a report's part heading heads its numbered sections)
            held = keep.get(k + 1, True) if b.detail == PAIR_FIRST else keep.get(k, True)  # (its second line heads it)
            if not held or toolbar_shape(b.text, v):
                _demote(b, after_end)
    _title_shapes(st)
    _title_after_chrome(st)


def _notice_list_on_top(st: ParseState) -> None:
    """Before the title and before any running text, a run of numbered lines that read as sentences
    (running text in the line, a run-in body or none) with no running text after the run is a site's
    notice list (1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱… 2. 本文档由用户上传…):
    chrome — when lines stand over the run and under it (a page that is the run alone keeps it). A text's first heading heads the running text under it; these head nothing."""
    body = st.body
    k = 0
    while k < len(body):
        b = body[k]
        if b.kind == D.TITLE or b.kind == D.COVER and b.detail == "notice" or (
                b.kind != D.HEADING and is_running(st, b)):
            return  # (a notice's text is running text: its numbered points under it are the notice's)
        if b.kind == D.HEADING and b.marker:
            j = k
            while j < len(body) and (body[j].kind == D.HEADING and body[j].marker or body[j].kind == D.BLANK):
                j += 1
            run = [x for x in body[k:j] if x.kind == D.HEADING]
            if k and j < len(body) and all(_sentence(st, x) for x in run) and not is_running(st, body[j]):
                for x in run:
                    x.kind, x.detail = D.CHROME, "page"
                    x.level, x.marker, x.title, x.body, x.run_in, x.ordinal = None, "", "", "", False, None
            return
        k += 1


def _notice_list_at_end(st: ParseState) -> None:
    """After the text, a run of numbered lines of one level, each line one sentence, with nothing running after it, that does not continue the text's numbering is a site's
    notice list (… 2. 为防止用户资源被随意传播… 3. 本站所有资源来源于用户上传…): chrome "footer".
    Out of the text's sequence: it restarts, at 2. with no 1. of its level since the parent heading
    ((一) … 2. …), or at a number its level had before; or the text before it ends cut off (a preview's ……)."""
    body = st.body
    j = len(body)
    while j and body[j - 1].kind != D.HEADING and not is_running(st, body[j - 1]):
        j -= 1  # the page's lines after the run
    k = j
    while k and body[k - 1].kind == D.HEADING and body[k - 1].marker and body[k - 1].level == body[j - 1].level:
        k -= 1
    run = body[k:j]
    if len(run) < 2 or k == 0 or any(st.hint(x).startswith("h") for x in run):
        return
    if not all(_sentence(st, x) and _one_sentence(st, x) for x in run):
        return
    level = run[0].level
    last = next((x for x in reversed(body[:k]) if is_running(st, x)), None)
    cut = last is not None and st.f(last).endswith(st.v.preview_cut)  # the preview's end: the text's
    ordinals = [x.ordinal for x in run]
    if not all(isinstance(o, int) for o in ordinals) or ordinals != list(range(ordinals[0], ordinals[0] + len(run))):
        return
    before = None  # the last heading of the run's level under the same parent, before the run
    for x in reversed(body[:k]):
        if x.kind == D.HEADING and x.level is not None and x.level <= level:
            before = x if x.level == level else None
            break
    restart = (ordinals[0] == 2) if before is None else (before.ordinal is not None and ordinals[0] <= before.ordinal)
    if cut or restart:
        for x in run:
            _demote(x, True)


def _listing_at_end(st: ParseState) -> None:
    """After the text, a run of two or more numbered lines of one level from 1, no body and no
    sentence, most of them a whole document's title (1. 司法局2022年上半年工作总结及下半年工作计划 2. 公共法律
    服务中心2022年工作总结 3. …申报指南), under a line that is no running text (相关资源) or under the
    site's lines ([打印本页] [关闭窗口]), with nothing running after it: a site's list of related
    documents, chrome "footer"."""
    v, body = st.v, st.body
    j = len(body)
    while j and body[j - 1].kind != D.HEADING and not is_running(st, body[j - 1]):
        j -= 1
    k = j
    while k and body[k - 1].kind == D.HEADING and body[k - 1].marker and body[k - 1].level == body[j - 1].level:
        k -= 1
    run = body[k:j]
    if len(run) < 2 or k == 0 or any(st.hint(x).startswith("h") for x in run):
        return
    if is_running(st, body[k - 1]) and not any(x.kind == D.CHROME for x in st.blocks[body[k - 1].line:run[0].line - 1]):
        return  # (the text's last paragraph right over the list: the list is the text's; the site's lines between: not)
    if [x.ordinal for x in run] != list(range(1, len(run) + 1)):
        return
    if any(x.body or any(c in x.title for c in v.sentence_end) for x in run):
        return
    whole = sum(1 for x in run if v.whole_title.search(fold(x.title).rstrip()) or v.notice_title.match(fold(x.title)))
    if 2 * whole > len(run):  # (most of them)
        for x in run:
            _demote(x, True)


def _one_sentence(st: ParseState, b: Block) -> bool:
    """b's line is one sentence: no sentence end before its last character (a notice's item, not a
    heading phrase with its paragraph: 开展…宣传阐释。组织…。)."""
    f = st.f(b).rstrip()
    return not any(c in f[:-1] for c in st.v.sentence_end)


def _sentence(st: ParseState, b: Block) -> bool:
    """b's line reads as running text (sentence punctuation at paragraph length)."""
    f = st.f(b)
    return len(f) >= st.v.running_min and any(c in f for c in st.v.running_marks)


_SHAPE_KIND = {"date": D.SUBTITLE, "doc_number": D.DOC_NUMBER, "office": D.BYLINE}


def _never_shapes(st: ParseState) -> None:
    """A title or heading whose line has a shape no title or heading has (shapes.never_structure:
    a date, a 发文字号, an office line, a toolbar, a breadcrumb) goes back: a date is a dateline, a
    发文字号 a DOC_NUMBER, an office line a byline, the rest chrome. A numbered heading goes back only
    as a breadcrumb (1. 首页 > 计划总结 > …): its marker is a list's."""
    for b in st.body:
        if b.kind not in (D.TITLE, D.HEADING) or st.hint(b).startswith("h"):
            continue
        shape = never_structure(b.text if b.kind == D.TITLE or not b.marker else b.title, st.v)
        if not shape or (b.kind == D.HEADING and b.marker and shape != "breadcrumb"):
            continue
        kind = _SHAPE_KIND.get(shape, D.CHROME)
        b.level, b.marker, b.title, b.body, b.run_in, b.ordinal = None, "", "", "", False, None
        b.kind, b.detail = kind, (shape if kind == D.CHROME else "")


def _title_shapes(st: ParseState) -> None:
    """What a title can be: not a name's placeholder alone (×××: the speaker, a byline), not a
    toolbar or pager (上一页 1 2 3 下一页: chrome); a trailing separator (` |`, ` >`) is the site's,
    not the title's."""
    v = st.v
    for b in st.body:
        if b.kind != D.TITLE:
            continue
        f = st.f(b)
        if len(f.replace(" ", "")) >= 2 and v.placeholder_only.match(f.replace(" ", "")):
            b.kind, b.level, b.title = D.BYLINE, None, ""
        elif _pager_or_toolbar(b.text.rstrip(v.toolbar_separators + " "), v):
            b.kind, b.level, b.title, b.detail = D.CHROME, None, "", "page"
        else:  # the site's separator goes, as the line's surrounding spaces did
            t = b.text
            while len(t) > 1 and t[-1] in v.toolbar_separators and t[-2] in " \u3000":
                t = t[:-1].rstrip()
            if t != b.text:
                b.text, b.title = t, t if b.title == b.text else b.title


def _pager_or_toolbar(text: str, v: Vocab) -> bool:
    """A pager (上一页 1 2 3 下一页: pager_numbers or more items of digits only) or a line split by a
    toolbar separator (outside < >); a title spaced out (政 府 工 作 报 告, 镇 2025 年工作要点) is neither."""
    if any(c in _without_angled(text, v) for c in v.toolbar_separators):
        return True
    return pager_shape(text, v)


def pager_shape(text: str, v: Vocab) -> bool:
    """A line with pager_numbers or more items of digits only (上一页 1 2 3 下一页, 1 1 2021 最新修订(可编辑)):
    a pager or a doc site's page stamp, never a title."""
    items = text.split()
    if sum(len(w) == 1 and is_cjk(w) for w in items) * 2 >= len(items):
        return False  # a title spaced out, its figures too (黄 门 镇 2 0 2 1 年 工 作 总 结)
    digits = [i for i, w in enumerate(items) if w.isdigit()]
    if any(i + 1 < len(items) and items[i + 1][:1] in "年月日" for i in digits):
        return False  # a date a PDF spaced out (2021 年 1 月 27 日在…会议上): a dateline
    return len(digits) >= v.pager_numbers


def _title_after_chrome(st: ParseState) -> None:
    """With no title found, the text's first heading, un-numbered, before any running text or cover
    line, that
    ends as a whole title does (…工作总结, …报告, in 《》 or not) is the title: what stood over it was
    chrome."""
    v = st.v
    if any(b.kind == D.TITLE for b in st.body):
        return
    intro: Block | None = None
    for b in st.body:
        if b.kind == D.COVER:
            return  # (a 印发 notice's cover lines stand under its title, not over it)
        if is_running(st, b):
            if intro is None and b.kind == D.PARAGRAPH:
                intro = b  # a news report's opening that names the document (…印发了《…规划(2021—2025年)》)
                continue
            return
        if b.kind == D.HEADING:
            if (not b.marker and not st.hint(b) and v.whole_title.search(_bare_title(st, b))
                    and (intro is None or "".join(b.text.split()) in "".join(intro.text.split()))):
                b.kind, b.level, b.title = D.TITLE, 0, b.text
            return


def _bare_title(st: ParseState, b: Block) -> str:
    """A title's folded text without its closing marks, the period in brackets after it (…年度报告
    (2024年度), …规划(2021—2025年)), a site's words (…总结3790字范文) or a piece's number (…调研报告1):
    where its 文种 ends it."""
    f = st.f(b).rstrip(st.v.title_closers)
    f = st.v.period_after.sub("", st.v.site_suffix.sub("", f))
    return f.rstrip("0123456789")
