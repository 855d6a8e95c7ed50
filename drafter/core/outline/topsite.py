"""The site's lines printed inside the top matter, around the title: a doc site's chunk numbers
and page stamps, the page's headline shown again (numbered, wrapped), a menu's item, a cover one
word a line, bulleted counters, box labels, a widget row glued on — each told from the title it
stands next to. site_line is the table the walk reads them past with."""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.extent import pager_shape, toolbar_shape
from drafter.core.outline.headings import file_headline_shown, standalone_candidate
from drafter.core.outline.state import ParseState
from drafter.core.outline.titlelines import chrome_shows, meta_field_line, repeats, squeezed, stamp_line, title_starts
from drafter.text.punct import fold, is_cjk


def ad_line(st: ParseState, first: Block, b: Block) -> bool:
    """first, the only title line so far, is a site's product ad over the title b (环保抗震结构砖 /
    镇党委书记讲话): it has no title word and none of the marks a wrapped title's first line opens with
    (wrap_opening_marks), and b is a whole title by itself (a title word and a 文种 ending)."""
    v = st.v
    f, nf = st.f(first), st.f(b)
    return (b.kind == D.PARAGRAPH and not v.title_words.search(f) and not v.wrap_opening_marks.search(f)
            and bool(v.title_words.search(nf) and v.whole_title.search(nf))
            and standalone_candidate(b.text, v, v.title_max) and not nf.startswith(v.title_join_leads))



def broken_title(st: ParseState, k: int) -> int:
    """How many lines from body[k] on are one title a PDF broke at its figures (县农业农村局 / 2023 /
    年工作总结和 / 2024 / 年工作思路): consecutive source lines, up to title.broken_max_lines, one of
    them a bare figure, whose joined text is a standalone line naming a 文种 and ending as a whole
    title does. 0 when there is no such title."""
    body, v = st.body, st.v
    joined, figure = "", False
    for j in range(k, min(k + v.title_broken_max, len(body))):
        b = body[j]
        if b.kind != D.PARAGRAPH or st.hint(b) or (j > k and not st.follows(body[j - 1], b)):
            return 0
        f = st.f(b)
        figure = figure or f.isdigit()
        joined += f
        if len(joined) > v.title_max:
            return 0
        if (figure and j > k and v.title_words.search(joined) and v.whole_title.search(joined)
                and standalone_candidate(joined, v, v.title_max)
                and not (j + 1 < len(body) and st.f(body[j + 1]).isdigit())):
            return j - k + 1
    return 0



def chunk_counter(st: ParseState, k: int) -> bool:
    """body[k] is a doc site's chunk number glued to the title above the document's own copy of it
    (1、在区第四次人民调解工作会议上的报告 over 在区第四次人民调解工作会议上的 / 报告): a heading under an
    arabic marker whose text is the next few lines joined, each of them a title line; or the first
    chunk's number glued to the page's file headline (…政府工作报告.docx / 1、…政府工作报告)."""
    body, v = st.body, st.v
    b = body[k]
    if b.kind != D.HEADING or not b.marker[:1].isdigit():
        return False
    text = b.text[len(b.marker):] if b.text.startswith(b.marker) else b.text
    want, got = "".join(text.split()), ""
    if b.ordinal == 1 and file_headline_shown(st, b.line, want):
        return True  # 1、人民代表大会乡长政府工作报告 under the site's headline 人民代表大会乡长政府工作报告.docx
    for j in range(k + 1, min(k + 1 + v.title_max_lines, len(body))):
        nb = body[j]
        if nb.kind != D.PARAGRAPH:
            return False
        got += "".join(nb.text.split())
        if not want.startswith(got):
            return False
        if got == want:
            return True
    return False



def cover_over_title(st: ParseState, k: int, n: int) -> bool:
    """The n lines from body[k] (a title a PDF broke, broken_title: 文旅广体局 / 2022 / 上半年 / 工作总结) are
    the cover's words over the title printed whole right under them (文旅广体局2022年上半年工作总结): the
    next line holds them in order, no more than title.cover_extra_chars besides."""
    body = st.body
    if k + n >= len(body) or body[k + n].kind != D.PARAGRAPH or not title_starts(st, k + n):
        return False
    words, whole = "".join(squeezed(st, t) for t in body[k:k + n]), squeezed(st, body[k + n])
    i = 0
    for c in whole:  # words as a subsequence of whole: one pass
        if i < len(words) and c == words[i]:
            i += 1
    return i == len(words) and len(whole) - len(words) <= st.v.data["title"]["cover_extra_chars"]



def _longer_title_next(st: ParseState, b: Block, t: str) -> bool:
    """The source line right under b is a longer title line naming a report word (not the page's date
    stamp and its column: 2021-06-18 总结; nor a post's header with its time: admin 发布于 2024-09-12 10:26
    分类：工作总结)."""
    nxt = st.blocks[b.line] if b.line < len(st.blocks) else None
    return (nxt is not None and nxt.kind == D.PARAGRAPH and len(squeezed(st, nxt)) > len(t)
            and not st.v.date_stamp.match(st.f(nxt)) and not st.v.clocked_stamp.search(st.f(nxt))
            and bool(st.v.title_words.search(st.f(nxt))) and standalone_candidate(nxt.text, st.v, st.v.title_max))



def numbered_headline(st: ParseState, k: int, run: list[Block]) -> bool:
    """body[k] is the page's headline shown once more with the first chunk's number before it (1 2021
    年荣县政府工作报告(全文) under 2021年荣县政府工作报告(全文)), and the document's own title follows
    (政府工作报告): a site's line, never the title."""
    b = st.body[k]
    m = st.v.chunk_one.match(st.f(b))
    if m is None or b.kind not in (D.PARAGRAPH, D.HEADING) or not title_starts(st, k + 1):
        return False
    want = "".join(st.f(b)[m.end():].split())
    if run:  # the headline read as the title so far
        return want == "".join(squeezed(st, t) for t in run)
    return bool(want) and chrome_shows(st, want, b.line)



def wrapped_headline(st: ParseState, k: int) -> bool:
    """body[k] and the next line are the page's file headline (…-20210728131819.docx) shown again, wrapped
    (【七五普法调研报告】“七五”普法工 / 作情况调研报告-20210728131819), and the document's own title
    follows them, naming its 文种 (2020 年“七五”普法工作情况调研报告(县级)): the site's lines, never the title."""
    body = st.body
    if k + 2 >= len(body) or body[k + 1].kind != D.PARAGRAPH or not st.follows(body[k], body[k + 1]):
        return False
    joined = "".join((st.f(body[k]) + st.f(body[k + 1])).split())
    if (len(joined) < 2 * st.v.standalone_min or not title_starts(st, k + 2)
            or not st.v.title_words.search(st.f(body[k + 2]))):
        return False  # (a slogan under the title's last showing is no title of its own: 在标准中改进…)
    return file_headline_shown(st, body[k].line, joined)



def nav_item(st: ParseState, b: Block) -> bool:
    """b, a short line, is one of the items of the site's menu or breadcrumb printed above it (首页
    工作总结 工作计划 … / 工作总结): over a title line, the column's name the page shows, never the title
    (a title that is a menu's item too, 政府工作报告, has the text or its dateline under it)."""
    t = "".join(st.f(b).split())
    if not t or len(t) > st.v.title_max:
        return False
    for x in st.above(b.line):
        if x.kind == D.CHROME and x.detail in ("nav", "breadcrumb"):  # (not the site line: its name may issue the text)
            parts = [p for p in re.split(r"[|｜>＞»›/\s　]+", st.f(x)) if p]
            items = {"".join(i.split()) for i in parts}
            last = x.detail == "breadcrumb" and t == "".join(parts[-1].split())
            if t in items and (_longer_title_next(st, b, t) if last else len(t) <= st.v.column_max):
                return True  # (the breadcrumb's last item, the page's own, only with a longer title right under
                #              it: …报告 > 2024法治政府建设情况报告公示 / 兴化市陶庄镇人民政府2024年度法治政府建设情况报告)
    return False



def counted_title(st: ParseState, k: int) -> int:
    """body[k], the first chunk's number glued to the page's file headline (1、…工作总结 under
    …工作总结.docx), is the document's own title when no other showing of it follows (the text, a
    salutation or a heading does): how many characters its number takes (with the space after it),
    0 when it is no such title."""
    b, body = st.body[k], st.body
    if b.kind not in (D.PARAGRAPH, D.HEADING):
        return 0
    f = st.f(b)
    m = st.v.menu_number.match(f) or (st.v.chunk_first.match(f))  # (1、2023年…: a year may follow the 、)
    if m is None or m.group(1) != "1" or m.end() >= len(b.text):
        return 0
    want = "".join(f[m.end():].split())  # (folded, as the headline it is matched with: (1) reads （1）)
    if not file_headline_shown(st, b.line, want, near=True) and not _first_line_title(st, b, want):
        return 0  # (near: the file's name itself, or its collection's first piece)
    nxt = body[k + 1] if k + 1 < len(body) else None
    if nxt is not None and nxt.kind == D.PARAGRAPH and title_starts(st, k + 1):
        return 0
    got = ""  # the title shown again over the next lines (在…会议上的 / 报告): the chunk's line is no title
    for x in body[k + 1:k + 1 + st.v.title_max_lines]:
        got += "".join(st.f(x).split())
        if got == want:
            return 0
    return m.end()



def _first_line_title(st: ParseState, b: Block, want: str) -> bool:
    """b, with the first chunk's number before it, is the copy's first line of text (nothing but blank
    lines and the site's lines above: a doc site's text from its first chunk), and want, the rest, ends as
    a whole title does (1、2023年上半年乡镇信访工作总结)."""
    v = st.v
    return (all(x.kind in (D.BLANK, D.CHROME) for x in st.blocks[:b.line - 1]) and len(want) >= 2 * v.standalone_min
            and bool(v.whole_title.search(want)) and not any(c in want for c in v.sentence_end + "，,"))



def bare_counter(st: ParseState, b: Block) -> bool:
    """b holds only a number and its mark (1、, 1.): a doc site's chunk number with its text on the next line."""
    m = st.v.menu_number.match(st.f(b))
    return m is not None and m.end() == len(st.f(b))



def generic(st: ParseState, run: list[Block], b: Block) -> bool:
    """b, a line after the page's headline (run) and its chrome, is a site's box label, not the
    document's own title: short (title.generic_max_chars), no 文种 word, under a headline that names
    one (宝安区司法局2021年上半年工作总结 … 栏目索引 / 相关内容); or a row of three short items or
    more split by spaces (打印整页 打印内容 分享), a site's buttons, or a table's header row whatever
    its words, unless it reads as a whole title with its spaces left out."""
    v = st.v
    f = st.f(b)
    headline = "".join(st.f(t) for t in run)
    row = toolbar_shape(b.text, v) and len(b.text.split()) >= 3 and not v.spaced_title.match(f)
    if row and v.title_words.search(headline) and not v.whole_title.search("".join(f.split())):
        return True  # a table's header row under the headline (序号 重点工作任务 主要责任单位 协同配合单位)
    if v.title_words.search(f) or not v.title_words.search(headline) or headline.startswith(f):
        return False  # (赵县人民政府 under 赵县人民政府2022年度…报告: the title's first line)
    return len(f) <= v.generic_max or row  # or a row of buttons: 打印整页 打印内容 分享



def site_list(st: ParseState, k: int, run: list[Block]) -> bool:
    """body[k] is one of a few short bulleted lines with no sentence in them, under the site's chrome
    and over the title (or between the page's headline, run, and the title shown again): a document
    site's counters and buttons (• 0, • 约 11页, • 举报); between the headline and the title shown again,
    a longer list of the site's related items too (• …工作总结范文五篇 推荐度: / • 相关推荐)."""
    v, body = st.v, st.body
    line = body[k].line
    if not any(x.kind == D.CHROME for x in st.blocks[max(0, line - 1 - v.top_list_lines):line - 1]):
        return False
    most, longest = ((v.data["title"]["shown_list_max_lines"], v.link_max) if run
                     else (v.top_list_lines, v.top_list_max))
    j = k
    while j < len(body) and j - k < most and st.hint(body[j]) == "list":
        f = st.f(body[j])
        if len(f) > longest or any(c in f for c in "。；！？"):
            return False
        j += 1
    return repeats(run, body[j], False) if run and j < len(body) else not run and title_starts(st, j)



def cut_widget(st: ParseState, b: Block) -> None:
    """A title line the page glued to its widget row (石化街道办事处2023年工作报告 保护视力色: 杏仁黄 秋叶褐 …)
    loses the row: the title ends before a space followed by a widget label and its colon, when the
    part before reads as a title (a standalone line naming a 文种) and a row of items follows."""
    v = st.v
    m = v.widget_glue.match(b.text)
    if not m or b.text[m.end():].count(" ") < v.widget_min_spaces:
        return
    head = m.group(1).rstrip()
    if standalone_candidate(head, v, v.title_max) and v.title_words.search(fold(head)):
        st.shorten(b, len(head))


def cut_listing_date(st: ParseState, b: Block) -> None:
    """A title line with the site's date of posting after it, past a space (五角场街道2015年工作总结和2016年
    工作安排 2016-03-07), loses the date when the rest ends as a whole title does."""
    v = st.v
    m = v.listing_date.search(b.text)
    if not m:
        return
    head = b.text[:m.start()].rstrip()
    if standalone_candidate(head, v, v.title_max) and v.whole_title.search(fold(head)):
        st.shorten(b, len(head))


# The site's lines the walk reads past, as (test, detail) rows tried in order: a test gets the body,
# the index of the line, the title lines so far and whether a subtitle was seen, and says how many
# lines from there are the site's (0: none); the walk marks them CHROME with the detail (None: left
# as they are) and goes on after them. SITE_LINES_FIRST are tried before the walk looks for a title
# a PDF broke or a chunk's number glued on (1、…工作总结), SITE_LINES after it.
SiteTest = Callable[[ParseState, int, list[Block], bool], int]


def _chrome_found(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """A site's line the chrome passes found inside the top matter's start (网站客服:3074922707)."""
    return int(st.body[k].kind == D.CHROME and not run and not seen)


def _page_line(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The page's date and counters (2021-11-×× ×次阅读, 佩珊分享), a page number (1, — 1 —), a field before
    any title line (下载积分：8 金币)."""
    b, f = st.body[k], st.f(st.body[k])
    return int(not seen and b.kind == D.PARAGRAPH and bool(
        stamp_line(st, f) or st.v.page_number_line.match(f) or not run and meta_field_line(st, f)))


def _cover(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """A PDF's cover, one word a line, over the title printed whole (cover_over_title)."""
    n = 0 if run or seen else broken_title(st, k)
    return n if n and cover_over_title(st, k, n) else 0


def _handling_mark(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The document's handling marks over its title, one a line (1 内部资料 / 注意保存), or a congress's label
    wrapped over two (黄陂区第六届人民代表大会 / 第二次会议文件(6): read past."""
    if seen:
        return 0
    body, j = st.body, k
    mark = st.v.handling_mark
    while j < len(body) and body[j].kind == D.PARAGRAPH:
        if mark.match(squeezed(st, body[j])):
            j += 1
        elif (j + 1 < len(body) and body[j + 1].kind == D.PARAGRAPH and st.v.meeting_body.search(squeezed(st, body[j]))
              and mark.match(squeezed(st, body[j]) + squeezed(st, body[j + 1]))):
            j += 2
        else:
            break
    return j - k



def _word_cloud(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """A doc site's keyword cloud or a cover printed one word a line (媒体 / 中心 / 2023 / 上半年 / 总结 /
    下一步 / 工作 / 安排) over the title: title.cloud_min_lines consecutive lines or more, each at most
    title.cloud_max_chars characters with no mark, a title line within title.cloud_window lines under
    them. Read past as the site's; the title is the line below."""
    if run or seen:
        return 0
    body, t = st.body, st.v.data["title"]
    j = k
    while (j < len(body) and body[j].kind == D.PARAGRAPH and len(squeezed(st, body[j])) <= t["cloud_max_chars"]
           and squeezed(st, body[j]).isalnum() and (j == k or st.follows(body[j - 1], body[j]))):
        j += 1
    if j - k < t["cloud_min_lines"]:
        return 0
    return j - k if any(title_starts(st, i) and len(squeezed(st, body[i])) > t["cloud_max_chars"]
                        for i in range(j, min(len(body), j + t["cloud_window"]))) else 0



def _pager(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """A doc site's page stamp over the title (1 1 2021 最新修订(可编辑))."""
    return int(not seen and st.body[k].kind == D.PARAGRAPH and pager_shape(st.body[k].text, st.v))


def _headline_wrapped(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The page's file headline shown again over two lines, the document's own title below (wrapped_headline)."""
    return 2 if not run and not seen and st.body[k].kind == D.PARAGRAPH and wrapped_headline(st, k) else 0


def _headline_numbered(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The headline shown again under a chunk's number (chunk_counter, numbered_headline)."""
    return int(not seen and bool(not run and chunk_counter(st, k) or numbered_headline(st, k, run)))


def _chunk_number(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """A doc site's first chunk number alone over the title (1、)."""
    b = st.body[k]
    return int(not run and not seen and b.kind == D.PARAGRAPH and bare_counter(st, b) and title_starts(st, k + 1))


def _filing_line(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The portal's filing lines printed over the text (网站标识码:… ICP备…), and under one of them the
    lines of the same foot (承办单位:…, 涉密文件严禁上网, …分辨率…浏览器…)."""
    b, f, v = st.body[k], st.f(st.body[k]), st.v
    foot = k > 0 and st.body[k - 1].kind == D.CHROME and st.body[k - 1].detail == "footer"
    return int(not run and not seen and b.kind == D.PARAGRAPH and len(f) <= v.footer_max
               and not f.endswith("。") and any(w in f for w in (v.footer_anywhere if foot else v.footer_site_words)))


def _number_over_title(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The 发文字号 printed over the title (互政〔2023〕64号 / 某县人民政府 / 关于…的报告): read past, kept."""
    return int(not run and not seen and st.body[k].kind == D.DOC_NUMBER)


def _menu_item(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The column's name, an item of the menu above (工作总结), over a title line (nav_item); with the
    column's side menu under it, items of the menu too or short names of its other columns (法治政府建设
    年度报告 / 区政府 / 部  门 / 街  镇), and the page's date stamp before the title (2025-03-20): the
    name and its menu. How many lines, 0 when there is no such name."""
    body = st.body
    if run or seen or body[k].kind != D.PARAGRAPH or not nav_item(st, body[k]):
        return 0
    j, most = k + 1, min(len(body), k + 1 + st.v.data["masthead"]["side_menu_max_lines"])
    while (j < most and body[j].kind == D.PARAGRAPH and st.follows(body[j - 1], body[j])
           and (nav_item(st, body[j]) or len(squeezed(st, body[j])) <= st.v.standalone_min)
           and all(is_cjk(c) or c.isspace() for c in body[j].text)):
        j += 1
    m = j
    while j > k + 1 and m < len(body) and body[m].kind == D.PARAGRAPH and stamp_line(st, st.f(body[m])):
        m += 1  # (the date stamp is the page's: read past in its turn)
    if j > k + 1 and title_starts(st, m) and not nav_item(st, body[m]):
        return j - k  # (a menu's item under the menu is no title: the column's name alone, over its own line)
    return int(title_starts(st, k + 1))


def _stray_words(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """A site's stray words over the title, one or two short lines (高级, a search box's button; 笔墨写作 /
    返回): each at most title.stray_max_chars characters with no title word and none of the marks a
    wrapped title's first line opens with (wrap_opening_marks: a place, a body, a year — 县司法局 /
    2024年工作总结 is one title), right over a whole title (its 文种 at its end). How many lines, 0 when none."""
    if run or seen:
        return 0
    body, v = st.body, st.v
    j = k
    while (j < len(body) and j - k < v.data["title"]["stray_max_lines"] and body[j].kind == D.PARAGRAPH
           and not st.hint(body[j]) and _stray(st, body[j])):
        j += 1
    if j == k or j >= len(body):
        return 0
    cut_widget(st, body[j])  # (the title line may carry the page's widget row: 石化街道…工作报告 保护视力色: …)
    return j - k if title_starts(st, j) and v.whole_title.search(st.f(body[j])) else 0


def _title_keywords(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """A document site's keywords over the title, no year among them: chrome.keyword_min_words words or
    more of at most keyword_max_chars each, joined by commas, every one of them in the title line right
    under it (工作制度,居委会,代表大会,汇报,定期 / 社区居委会定期向居民代表大会汇报工作制度). 1 or 0."""
    body, v = st.body, st.v
    if seen or k + 1 >= len(body) or body[k + 1].kind != D.PARAGRAPH:
        return 0
    ch = v.data["chrome"]
    words = squeezed(st, body[k]).replace("，", ",").replace("、", ",").split(",")
    title = squeezed(st, body[k + 1])
    if len(words) < ch["keyword_min_words"] or any(not w or len(w) > ch["keyword_max_chars"] for w in words):
        return 0
    return int(all(w in title for w in words) and bool(v.title_words.search(title)))


def _stray(st: ParseState, b: Block) -> bool:
    f = squeezed(st, b)
    v = st.v
    return (0 < len(f) <= v.data["title"]["stray_max_chars"] and all(is_cjk(c) for c in f)
            and not v.title_words.search(f) and not v.wrap_opening_marks.search(f))


def _attachments_named(st: ParseState, k: int, run: list[Block], seen: bool) -> int:
    """The list of what the document attaches, over its title (附件1成本费用分析报告): read past, kept."""
    b = st.body[k]
    return int(not run and not seen and b.kind == D.PARAGRAPH and bool(st.v.attachment_named.match(st.f(b))))


SITE_LINES_FIRST: tuple[tuple[SiteTest, str | None], ...] = (
    (_chrome_found, None), (_page_line, "page"), (_cover, "page"), (_word_cloud, "page"), (_handling_mark, "page"))
SITE_LINES: tuple[tuple[SiteTest, str | None], ...] = (
    (_pager, "page"), (_headline_wrapped, "duplicate"), (_headline_numbered, "duplicate"), (_chunk_number, "chunk"),
    (_filing_line, "footer"), (_number_over_title, None), (_menu_item, "site"), (_attachments_named, None),
    (_stray_words, "page"), (_title_keywords, "page"))


def read_past(st: ParseState, k: int, run: list[Block], seen: bool,
              rows: tuple[tuple[SiteTest, str | None], ...]) -> int:
    """How many lines from body[k] on the first row of rows that applies finds the site's, marked
    CHROME with its detail; 0 when none applies."""
    for test, detail in rows:
        n = test(st, k, run, seen)
        if n:
            if detail is not None:
                for t in st.body[k:k + n]:
                    t.kind, t.level, t.detail = D.CHROME, None, detail
            return n
    return 0
