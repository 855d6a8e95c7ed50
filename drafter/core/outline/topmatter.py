"""The top matter: title lines, subtitle (dateline), byline and salutation (GB/T 9704-2012 7.2,
7.3.1), told apart from the page's headline and the site's lines printed around them."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.extent import pager_shape, toolbar_shape
from drafter.core.outline.shapes import never_structure
from drafter.core.outline.headings import NOT_HEADING_HINTS, file_headline_shown, runs_on, standalone_candidate
from drafter.core.outline.state import ParseState
from drafter.text.punct import fold


def is_byline(st: ParseState, f: str) -> bool:
    return bool(st.v.byline.match(f) or st.v.official_byline.match(f) or st.v.dated_byline.match(f)
                or st.v.unit_byline.match(f))


def top_matter(st: ParseState) -> None:
    """Title lines, subtitle (dateline), byline and salutation, from top_start up to the first
    paragraph or heading (read_top).
    Reads body, folded, hints, top_start. Sets kind TITLE (level 0), SUBTITLE, BYLINE, SALUTATION,
    DOC_NUMBER, CHROME (duplicate, page)."""
    run, stop = _read_top(st, st.top_start)
    again = _resumed_top(st, stop)
    if again is None:
        again = _shown_later(st, run, stop)
    if again is not None:
        for b in run:
            b.kind, b.level, b.detail = D.CHROME, None, "headline"
        for b in st.body[stop:again]:
            if b.kind == D.PARAGRAPH:
                b.kind, b.detail = D.CHROME, "page"
        first, (run, _stop) = run, _read_top(st, again)
        if not run:  # the top matter went on with the speaker line and dateline, no title again: the title stands
            for b in first:
                b.kind, b.level, b.detail = D.TITLE, 0, ""
            run = first
    run = _first_piece(st, _or_fallback(st, run), stop)
    run = _or_fallback(st, _site_titles_out(st, _after_preview(st, run)))
    _title_repeats(st, run)


def _or_fallback(st: ParseState, run: list[Block]) -> list[Block]:
    """run, or with no title found anywhere the late title (_late_title) or a news page's headline
    (_headline_over_header)."""
    if run or any(b.kind == D.TITLE for b in st.blocks):
        return run
    return _late_title(st) or _headline_over_header(st)


def _first_piece(st: ParseState, run: list[Block], stop: int) -> list[Block]:
    """A sample site's collection (…工作计划8篇) and, after its blurb, its first piece's own title (…工作计划篇1,
    …总结（篇一）, or a bare number: 社区矫正工作调研报告1 under 2023年社区矫正工作调研报告3篇, the year left
    out) right over the text: that is the title, its last showing; the collection's headline is
    chrome. Within title.piece_window lines after the top matter, before any heading. run when there is none."""
    v = st.v
    if len(run) not in (1, 2):
        return run
    base = v.piece_count.sub("", st.f(run[0]))
    if base == st.f(run[0]):
        return run
    later = run[1:] if len(run) == 2 else st.body[stop:stop + v.data["title"]["piece_window"]]
    for b in later:  # (the headline and the piece read as one title over two lines: the piece is the title)
        if b.kind not in (D.PARAGRAPH, D.TITLE):
            break
        f = st.f(b)
        m = v.piece_number.search(f) or v.bare_piece.search(f)
        if m and (f[:m.start()] == base or len(f[:m.start()]) >= 2 * v.standalone_min and base.endswith(f[:m.start()])):
            run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "headline"
            b.kind, b.level = D.TITLE, 0
            return [b]
    return run


def _late_title(st: ParseState) -> list[Block]:
    """The title when the top matter found none because the site's lines around it were read as
    body (an index table's values printed again one per line, 访问次数:, 匹配度, a doc site's blurb):
    the last title line (a standalone line naming a report word: …规划(2021-2025年), …报告制度(试行)) within
    title.late_window lines of the body's start, right over the text's start — the first numbered
    heading, a salutation, or a paragraph of running text — with at most title.late_gap lines
    between them. The body's lines above it are the page's (CHROME "page"); a salutation under
    it is SALUTATION. Returns the title lines ([] when there is none)."""
    v, body = st.v, st.body
    start = st.top_start
    stop = min(len(body), start + v.late_window)
    anchor = None
    for j in range(start, stop):
        b = body[j]
        f = st.f(b)
        if b.kind == D.HEADING or b.kind == D.SALUTATION or (
                b.kind == D.PARAGRAPH and (_salutation_line(st, f)
                                           or len(f) >= v.late_text_min and any(c in f for c in v.sentence_end))):
            anchor = j
            break
        if b.kind != D.PARAGRAPH and not (b.kind == D.CHROME and b.detail == "page"):
            return []  # (the page's lines the top matter just read past may stand before the title)
    if anchor is None:
        return []
    for k in range(anchor - 1, max(start, anchor - 1 - v.late_gap) - 1, -1):
        b = body[k]
        f = st.f(b)
        if b.kind != D.PARAGRAPH or st.hint(b) in NOT_HEADING_HINTS:
            return []
        if (standalone_candidate(b.text, v, v.title_max) and v.title_words.search(f)
                and not runs_on(st, b) and title_starts(st, k) and not v.draft_note.match(f)):
            break
        if len(f) > v.byline_max or any(c in f for c in v.sentence_end):
            return []  # only the top matter's short lines (a byline, a dateline, 同志们:) stand between
    else:
        return []
    run, _stop = _read_top(st, k)
    if not run:
        return []
    above = body[k - 1] if k > start else None
    if (above is not None and above.kind == D.PARAGRAPH and above.line == run[0].line - 1
            and (st.f(above).rstrip().endswith(v.title_join_leads) or _name_over_year(st, above, run[0])
                 or _wrapped_tail(st, above, run[0]))
            and len(st.f(above)) + len(st.f(run[0])) <= v.title_max):
        # the title wrapped after its 及 (2020年度…总结及 / 下半年重点工作计划) or after the body's name
        # (某某旗安全生产委员会 / 2024年工作要点), or mid-phrase before a short tail (…建设工作 / 情况报告)
        above.kind, above.level = D.TITLE, 0
        run.insert(0, above)
        k -= 1
    while (k > start and len(run) < v.title_max_lines + v.official["joint_issuers_max"]
           and st.f(run[-1]).startswith(v.official["notice_title_lead"]) and body[k - 1].kind == D.PARAGRAPH
           and body[k - 1].line == run[0].line - 1 and v.site_name.match(st.f(body[k - 1]))
           and v.site_name.match(st.f(run[0]))):
        k -= 1  # the joint issuers one a line over the 关于 title (中共某镇委员会 / 某镇人民政府 / 关于…的报告)
        body[k].kind, body[k].level = D.TITLE, 0
        run.insert(0, body[k])
    for x in body[start:k]:
        if x.kind == D.PARAGRAPH:
            x.kind, x.detail = D.CHROME, "page"
    a = body[anchor]
    if a.kind == D.PARAGRAPH and _salutation_line(st, st.f(a)):
        a.kind = D.SALUTATION
    return run


def _wrapped_tail(st: ParseState, above: Block, first: Block) -> bool:
    """first is only a title's short tail, its 文种 (情况报告, 工作报告), and above a title line that does
    not end as a whole title (贵州省2023年度法治政府建设工作): one title wrapped before its tail."""
    v = st.v
    return (len(st.f(first)) <= 2 * v.standalone_min and _title_line(st, above.text)
            and not v.whole_title.search(st.f(above)) and bool(v.whole_title.search(st.f(first))))


def _headline_over_header(st: ParseState) -> list[Block]:
    """With no title found yet: a news page's headline, a standalone line (no marker) right over the
    article's header (职场 2025-01-07 15:44 江西, 来源：…  时间：…) among the body's first title.late_window
    lines, nothing but short lines with no sentence above it, is the title ([] when there is none); the
    lines above it are the page's, the header line is chrome."""
    v, body = st.v, st.body
    start = st.top_start
    for k in range(start, min(len(body) - 1, start + v.late_window)):
        b, nxt = body[k], body[k + 1]
        f = st.f(b)
        if b.kind not in (D.PARAGRAPH, D.HEADING) or b.kind == D.HEADING and b.marker:
            return []
        if len(f) > v.byline_max * 2 or any(c in f for c in v.sentence_end):
            return []  # running text starts: no headline over a header
        nf = st.f(nxt)
        if (nxt.kind in (D.PARAGRAPH, D.CHROME) and (v.clocked_stamp.search(nf) or v.article_header.search(nf))
                and len(nf) <= v.top_list_max and standalone_candidate(b.text, v, v.title_max)
                and st.hint(b) not in NOT_HEADING_HINTS):
            for x in body[start:k]:
                if x.kind == D.PARAGRAPH:
                    x.kind, x.detail = D.CHROME, "page"
            b.kind, b.level, b.marker, b.title, b.detail = D.TITLE, 0, "", "", ""
            if nxt.kind == D.PARAGRAPH:
                nxt.kind, nxt.detail = D.CHROME, "page"
            return [b]
    return []


def _name_over_year(st: ParseState, above: Block, first: Block) -> bool:
    """above is a body's name alone (某某旗安全生产委员会), or the joint issuers' names with a space
    between (中共某乡委员会 某乡人民政府), and the title line under it opens with the year (2024年工作要点)
    or with 关于: one title wrapped after the names."""
    v, f = st.v, st.f(above).strip()
    return (len(f) <= v.issuer_max * 2 and v.bodies_named(f) and not any(c in f for c in v.sentence_end + "，：")
            and bool(v.year_lead.match(st.f(first)) or st.f(first).startswith(v.official["notice_title_lead"])))


def _salutation_line(st: ParseState, f: str) -> bool:
    """f is a 主送机关 line: short, a body's name ending with a colon, no sentence in it
    (县委全面依法治县委员会办公室:; never a site's empty field, 访问次数:)."""
    v = st.v
    return (f.endswith("：") and len(f) <= v.issuer_max and not any(c in f for c in v.sentence_end)
            and bool(v.issuer_end.search(f[:-1])) and not v.field_line.match(f))


def _resumed_top(st: ParseState, stop: int) -> int | None:
    """Where the document's own top matter starts again when a site's line broke it off (a
    watermark, a preview of the text run on from the title): within resume_lines lines after
    where the top matter stopped, before any heading, a dateline or a speaker line stands under up
    to title.max_lines title lines (a line holding only a placeholder, X for the county's name,
    is one: it stands for a name) — a dateline opens no text, so the lines over it are the title
    shown once more, its last showing. None when there is no such top matter."""
    v, body = st.v, st.body
    if any(b.kind in (D.SUBTITLE, D.BYLINE) for b in body[st.top_start:stop]):
        return None  # the top matter had its dateline: the text follows
    for j in range(stop, min(stop + v.resume_lines + v.title_max_lines, len(body))):
        b = body[j]
        if b.kind != D.PARAGRAPH:
            return None
        f = st.f(b)
        if not (v.subtitle.match(f) and len(f) <= v.subtitle_max or _wrapped_dateline(st, j)):
            continue
        start = j
        while (start > stop and j - start < v.title_max_lines
               and (_title_line(st, body[start - 1].text) or _placeholder_name(st, start - 1))
               and body[start - 1].kind == D.PARAGRAPH):
            start -= 1
        if start == j or start - stop > v.resume_lines:
            return None
        return start
    return None


def _shown_later(st: ParseState, run: list[Block], stop: int) -> int | None:
    """Where the title shows once more a few lines after the top matter stopped (within
    top_list_max_lines lines, none of them a heading or a sentence longer than a site's line): the
    site printed its file line, counters and buttons (2025-01-08 56KB 7页, 上传者：…, 侵权投诉) under
    the page's headline, and the document's own copy of the title follows — the title is its last
    showing, so the lines before it are the site's (a field line, 摘要:… with a copy of the
    title and the text's opening, and a line with no CJK in it, an index number, among them); a preview glued on to the title may stand
    between (_glued_preview). None when the title is not shown again."""
    v, body = st.v, st.body
    if not run or len(run[0].text) < v.standalone_min:
        return None  # (X: a placeholder line opens the title, no showing of its own)
    if any(b.kind in (D.SUBTITLE, D.BYLINE, D.SALUTATION) for b in body[st.top_start:stop]):
        return None  # the top matter had its dateline, byline or salutation: the text follows
    shown = (run[0].text, "".join(t.text for t in run))
    for j in range(stop, min(stop + v.top_list_lines, len(body))):
        b = body[j]
        if b.kind == D.PARAGRAPH and (v.field_line.match(st.f(b)) or not any(_is_cjk(c) for c in b.text)):
            continue  # a field line (摘要:…), an index number or a date: the page's metadata, never the text
        if b.kind != D.PARAGRAPH or (len(st.f(b)) > v.top_list_max and b.text not in shown
                                     and not _glued_preview(st, b, shown)):
            return None
        if b.text in shown or _wrapped_showing(st, j, shown):
            return j
    return None


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _glued_preview(st: ParseState, b: Block, shown: tuple[str, ...]) -> bool:
    """b is a site's preview of the text that opens with the title glued to the text's first
    heading and body (2024年…工作方案一、背景与目标随着…): a showing of the title with the text run on
    without a space, which the document's own copy of the title may follow."""
    return any(len(t) >= st.v.standalone_min and b.text.startswith(t) and len(b.text) > len(t) for t in shown)


def read_top(st: ParseState, k: int) -> list[Block]:
    """The top matter from body[k] on (_read_top); returns its title lines."""
    return _read_top(st, k)[0]


def _read_top(st: ParseState, k: int) -> tuple[list[Block], int]:
    """The top matter from body[k] on; returns its title lines and the index where it stops. The title is its last showing
    before the text: on a saved page the title the document prints above its text (again after the
    site's chrome, a variant of it, a letter-spaced 政 府 工 作 报 告, 《…》政策解读) — the page's headline
    above it is chrome ("headline"), the convention of tests/data/outline_pages and of the unseen
    sets labelled since; a repeat of a title line is chrome ("duplicate"), and so is
    the headline with a site's word after it, a line the site joined with a dash, and a body's name
    with a date; so are short bulleted lines before the title (a site's counters and buttons). A title line loses a site's column before | (or in 【】 before it) and a page number
    after it. A 发文字号 among these lines is DOC_NUMBER."""
    v, body = st.v, st.body
    run: list[Block] = []  # the title lines so far
    shown: set[str] = set()  # the texts of title and subtitle lines so far
    seen_subtitle = False
    while k < len(body):
        b = body[k]
        f = st.f(b)
        if b.kind == D.CHROME and not run and not seen_subtitle:
            k += 1  # a site's line the chrome passes found inside the top matter's start (网站客服:3074922707)
            continue
        if not seen_subtitle and b.kind == D.PARAGRAPH and (_stamp_line(st, f) or v.page_number_line.match(f)
                                                            or not run and _meta_field_line(st, f)):
            b.kind, b.detail = D.CHROME, "page"  # the page's date and counters (2021-11-×× ×次阅读, 佩珊分享),
            k += 1                                # a page number (1, — 1 —), a field (下载积分：8 金币)
            continue
        broken = 0 if run or seen_subtitle else _broken_title(st, k)
        if broken and _cover_over_title(st, k, broken):
            for t in body[k:k + broken]:  # a PDF's cover, one word a line, over the title printed whole
                t.kind, t.detail = D.CHROME, "page"
            k += broken
            continue
        if broken:
            for t in body[k:k + broken]:
                t.kind, t.level = D.TITLE, 0
                shown.add(t.text)
            run = list(body[k:k + broken])
            k += broken
            continue
        cut = _counted_title(st, k) if not run and not seen_subtitle else 0
        if cut:  # the title itself, the first chunk's number glued on (1、…工作总结): the title without it
            b.kind, b.level, b.marker, b.detail, b.ordinal = D.TITLE, 0, "", "", None
            b.text, b.indent = b.text[cut:], b.indent + cut
            st.folded[b.line - 1] = st.folded[b.line - 1][cut:]
            b.title = b.body = ""
            run.append(b)
            shown.add(b.text)
            k += 1
            continue
        if not seen_subtitle and b.kind == D.PARAGRAPH and pager_shape(b.text, v):
            b.kind, b.detail = D.CHROME, "page"  # a doc site's page stamp over the title (1 1 2021 最新修订(可编辑))
            k += 1
            continue
        if not run and not seen_subtitle and b.kind == D.PARAGRAPH and _wrapped_headline(st, k):
            for t in body[k:k + 2]:  # the page's headline shown again over two lines, the own title below
                t.kind, t.detail = D.CHROME, "duplicate"
            k += 2
            continue
        if not seen_subtitle and (not run and _chunk_counter(st, k) or _numbered_headline(st, k, run)):
            b.kind, b.level, b.detail = D.CHROME, None, "duplicate"
            k += 1
            continue
        if (not run and not seen_subtitle and b.kind == D.PARAGRAPH and _bare_counter(st, b)
                and title_starts(st, k + 1)):
            b.kind, b.detail = D.CHROME, "chunk"  # a doc site's first chunk number alone over the title (1、)
            k += 1
            continue
        if (not run and not seen_subtitle and b.kind == D.PARAGRAPH and len(f) <= v.footer_max
                and not f.endswith("。") and any(w in f for w in v.footer_site_words)):
            b.kind, b.detail = D.CHROME, "footer"  # the portal's filing lines printed over the text (网站标识码:… ICP备…)
            k += 1
            continue
        if not run and not seen_subtitle and b.kind == D.DOC_NUMBER:
            k += 1  # the 发文字号 printed over the title (互政〔2023〕64号 / 某县人民政府 / 关于…的报告)
            continue
        if b.kind != D.PARAGRAPH:
            break
        if not run and not seen_subtitle and _nav_item(st, b) and title_starts(st, k + 1):
            b.kind, b.detail = D.CHROME, "site"  # the column's name, an item of the menu above (工作总结)
            k += 1
            continue
        if not run and not seen_subtitle and v.attachment_named.match(f):
            k += 1  # the list of what the document attaches, over its title (附件1成本费用分析报告): read past
            continue
        if st.hint(b) in NOT_HEADING_HINTS:
            if _meta_field_line(st, f) and not seen_subtitle:
                b.kind, b.detail = D.CHROME, "page"  # the page's fields split by | (网站:文库114 | 时间:2021-06-21 …)
                k += 1
                continue
            if not _site_list(st, k, run):
                break
            b.kind, b.detail = D.CHROME, "page"  # a site's bulleted counters above the title (• 约 11页)
            k += 1
            continue
        if not seen_subtitle and v.field_opening.match(f):
            b.kind, b.detail = D.CHROME, "page"  # a field line (导读: …, 内容概述 …): never the title
            k += 1
            continue
        if not run and not seen_subtitle:
            _cut_widget(st, b)
        if len(run) == 1 and _ad_line(st, run[0], b):
            run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "page"
            shown.discard(run[0].text)
            run = []
        if run and not seen_subtitle and _split_showing(st, k, run):
            for t in run:  # the title shown again over two lines: its last showing, the headline is chrome
                t.kind, t.level, t.detail = D.CHROME, None, "headline"
            run = body[k:k + 2]
            for t in run:
                t.kind, t.level = D.TITLE, 0
                shown.add(t.text)
            k += 2
            continue
        if run and (_part_under_title(st, run, b) or _apart(st, run[-1], b) and _section_name(st, run, b)):
            break  # the first part's name under a whole title (…工作报告 / 2023年工作回顾): the text starts
        if run and not seen_subtitle and k and body[k - 1].kind == D.BYLINE and v.occasion_title.match(f):
            b.kind, seen_subtitle = D.SUBTITLE, True  # the occasion under the title and its speaker (…镇长 某某 /
            shown.add(b.text)                          # 在…第五次会议上的报告): the report's subtitle
            k += 1
            continue
        if (run and not v.bodies_named(f) and st.content[0].kind == D.CHROME
                and st.content[0].detail == "site" and st.content[0].text == b.text):
            b.kind, b.detail = D.CHROME, "site"  # the site's name again under the title (三味园范文网 / 2025-04-02)
            k += 1
            continue
        if run and not seen_subtitle and v.period_line.match(f) and not _apart(st, run[-1], b):
            b.kind, b.level = D.TITLE, 0  # the plan's period on a line of its own under its name: (2019-2021)
            run.append(b)
            shown.add(b.text)
            k += 1
            continue
        if run and v.draft_note.match(f):
            b.kind = D.SUBTITLE  # the draft's note under its title: (征求意见稿), (送审稿)
            seen_subtitle = True
            k += 1
            continue
        if (run and not seen_subtitle and v.spaced_title.match(f) and not _apart(st, run[-1], b)
                and not v.whole_title.search(_squeezed(st, run[-1])) and v.whole_title.search(_squeezed(st, b))):
            b.kind, b.level = D.TITLE, 0  # the title's last line, its 文种 spaced out (中国人民政治协商会议 /
            run.append(b)                  # 常宁市第十一届委员会常务委员会 / 工 作 报 告)
            shown.add(b.text)
            k += 1
            continue
        titled = st.hint(b) == "title" or _title_candidate(st, k, run, seen_subtitle) or _repeats(run, b, seen_subtitle)
        if run and v.doc_number.match(f.strip()):
            b.kind = D.DOC_NUMBER
        elif run and _listed(st, run, b):
            b.kind, b.detail = D.CHROME, "duplicate"  # the site's listing: 第一篇 …报告2150字
        elif run and titled and not seen_subtitle and _apart(st, run[-1], b) and (_generic(st, run, b)
                                                                                 or _dated_field(st, f)):
            b.kind, b.detail = D.CHROME, "page"  # a site's box label after the headline: 栏目索引, 相关内容
        elif run and titled and not seen_subtitle and ((_apart(st, run[-1], b) and not _restated(st, run, b)
                                                        and not _section_name(st, run, b))
                                                       or v.spaced_title.match(f) or _shown_again(st, run, b)
                                                       or _headline_again(st, run, b)):
            if _decorates(st, run, b):
                b.kind, b.detail = D.CHROME, "duplicate"  # the headline with a site's word after it
            else:   # the document's own title after the page's headline: the headline is chrome
                for t in run:
                    t.kind, t.level, t.detail = D.CHROME, None, "headline"
                b.kind, b.level = D.TITLE, 0
                _cut_title(st, b)
                run = [b]
                shown = {b.text}  # (the headline's text is the site's now: the title may show under its issuers)
        elif run and _preview(st, run, b):
            b.kind, b.detail = D.CHROME, "duplicate"  # a site's preview: the title, a space, the text's start
        elif run and seen_subtitle and b.text == run[0].text and len(run) == 1:
            # the whole top matter shown once more (title, dateline, speaker line, then the same title):
            # the page's headline block above is chrome, the title is its last showing
            for t in body[body.index(run[0]):k]:
                if t.kind in (D.TITLE, D.SUBTITLE, D.BYLINE, D.PARAGRAPH):
                    t.kind, t.level, t.detail = D.CHROME, None, "headline"
            return _read_top(st, k)
        elif run and b.text in shown and _issuer_lines(st, [*run, b]) < len(run):
            b.kind, b.detail = D.CHROME, "duplicate"  # (not under its issuers: 中共某镇委员会 / 某镇人民政府 / 关于…)
        elif not seen_subtitle and (v.site_joined.search(f) or v.publisher_line.match(f)) \
                and standalone_candidate(b.text, v, v.title_max):
            b.kind, b.detail = D.CHROME, "page"
        elif run and not seen_subtitle and (v.clocked_stamp.search(f) or _meta_field_line(st, f)
                                            or v.article_header.search(f) and not any(c in f for c in v.sentence_end)):
            b.kind, b.detail = D.CHROME, "page"  # the page's stamp with its time (天狐网络 发表于2023-01-08 19:25:07 …),
            #                                     an article's header (【收藏】 作者: 佚名 来源: 作者原创 阅读 次)
        elif run and _addressee(st, f):
            b.kind = D.SALUTATION  # the 主送机关 without its colon: 镇党委、政府
            break
        elif run and _author_line(st, k):
            b.kind = D.BYLINE  # the body that wrote it, alone under the title: 珠山区民政局
        elif titled and (run or st.hint(b) == "title" or _title_like(st, k)):
            b.kind, b.level = D.TITLE, 0
            _cut_title(st, b)
            run.append(b)
        elif v.subtitle.match(f) and len(f) <= v.subtitle_max or _wrapped_dateline(st, k):
            b.kind = D.SUBTITLE
            seen_subtitle = True
        elif seen_subtitle and standalone_candidate(b.text, v) and f.endswith(v.subtitle_wrap_end):
            b.kind = D.SUBTITLE  # the subtitle wraps: …第十四届人民代表大会 / 第五次会议上
        elif (k and body[k - 1].kind == D.SUBTITLE and st.f(body[k - 1])[-1:] in v.bad_last
              and len(f) <= v.byline_max and not any(c in f for c in v.sentence_end)):
            b.kind = D.SUBTITLE  # the subtitle runs on: -------在…会议上的 / 讲话
        elif is_byline(st, f) and len(f) <= v.byline_max or (seen_subtitle and (
                v.speaker_name.match(f) or v.office_line.match(f) or v.glued_speaker.match(f))):
            b.kind = D.BYLINE
        elif (f.endswith("：") and len(f) <= 80 and "。" not in f and not f.endswith(v.announce_ends)
              and not (not run and v.title_words.search(f))):  # (…经验交流发言: a headline with a colon)
            b.kind = D.SALUTATION
            break
        else:
            break
        if b.kind in (D.TITLE, D.SUBTITLE):
            shown.add(b.text)
        k += 1
    return run, k


def _part_under_title(st: ParseState, run: list[Block], b: Block) -> bool:
    """b names a report's part (2023年工作回顾, 上半年总体工作情况) right under title lines that end as a
    whole title does (…工作报告, …工作安排): no title wraps on into a part's name — unless b ends as a
    whole title too and names what the title so far does not, right under it (…2019年工作总结 /
    2020年重点工作安排; with the site's lines between, …政府工作报告 / 发布时间:… / 2016年工作总结, a part)."""
    v, f = st.v, st.f(b)
    whole = "".join(st.f(t) for t in run)
    if v.whole_title.search(f) and f not in st.f(run[-1]) and not _apart(st, run[-1], b):
        return False  # the title's second part (某某街道2019年工作总结 / 2020年重点工作安排)
    return len(f) <= v.part_max and bool(v.part_heading.fullmatch(f)) and bool(v.whole_title.search(whole))


def _split_showing(st: ParseState, k: int, run: list[Block]) -> bool:
    """body[k] and the next source line show the title lines so far (run) once more, wrapped at
    another place (县应急管理局2022工作总结和2023年 / 工作思路 under 县应急管理局2022工作总结和2023年工作思路;
    the headline may carry the page's date after it)."""
    body = st.body
    if k + 1 >= len(body) or body[k + 1].kind != D.PARAGRAPH or body[k + 1].line != body[k].line + 1:
        return False
    a, b = ("".join(st.f(x).split()) for x in body[k:k + 2])
    first = "".join(_undated(st, st.f(run[0])).split())
    whole = "".join("".join(_undated(st, st.f(t)).split()) for t in run)
    if len(a) < st.v.standalone_min or len(b) < 2:
        return False
    if a + b in (first, whole):
        return True
    # the copy wrapped where the headline has its 和 (…2019年工作总结和2020年重点工作安排 / …2019年工作总结 /
    # 2020年重点工作安排): the same title all the same
    return any(a + j + b in (first, whole) for j in st.v.title_join_leads)


def _section_name(st: ParseState, run: list[Block], b: Block) -> bool:
    """b, after the site's lines under the page's headline (run), names the text's first section, no
    title (昌荣镇2025年政府信息公开工作年度报告 / • 发布日期:… / 总体情况): a part's name, shorter than the
    headline."""
    v, f = st.v, st.f(b)
    if f.endswith(v.part_tails) and not v.whole_title.search(f) and len(f) <= v.part_max + 8:
        return True  # (“十三五”时期经济社会发展回顾: no title ends so)
    return bool(v.part_heading.fullmatch(f)) and len(f) < len("".join(st.f(t) for t in run))


def _undated(st: ParseState, f: str) -> str:
    """f without the page's date stamp after it (…重点工作安排 2020-10-19: a list's headline)."""
    m = st.v.trailing_stamp.search(f)
    return f[:m.start()] if m else f


def _ad_line(st: ParseState, first: Block, b: Block) -> bool:
    """first, the only title line so far, is a site's product ad over the title b (环保抗震结构砖 /
    镇党委书记讲话): it has no title word and none of the marks a wrapped title's first line opens with
    (wrap_opening_marks), and b is a whole title by itself (a title word and a 文种 ending)."""
    v = st.v
    f, nf = st.f(first), st.f(b)
    return (b.kind == D.PARAGRAPH and not v.title_words.search(f) and not v.wrap_opening_marks.search(f)
            and bool(v.title_words.search(nf) and v.whole_title.search(nf))
            and standalone_candidate(b.text, v, v.title_max) and not nf.startswith(v.title_join_leads))


def _broken_title(st: ParseState, k: int) -> int:
    """How many lines from body[k] on are one title a PDF broke at its figures (县农业农村局 / 2023 /
    年工作总结和 / 2024 / 年工作思路): consecutive source lines, up to title.broken_max_lines, one of
    them a bare figure, whose joined text is a standalone line naming a 文种 and ending as a whole
    title does. 0 when there is no such title."""
    body, v = st.body, st.v
    joined, figure = "", False
    for j in range(k, min(k + v.title_broken_max, len(body))):
        b = body[j]
        if b.kind != D.PARAGRAPH or st.hint(b) or (j > k and b.line != body[j - 1].line + 1):
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


def _chunk_counter(st: ParseState, k: int) -> bool:
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


def _cover_over_title(st: ParseState, k: int, n: int) -> bool:
    """The n lines from body[k] (a title a PDF broke, _broken_title: 文旅广体局 / 2022 / 上半年 / 工作总结) are
    the cover's words over the title printed whole right under them (文旅广体局2022年上半年工作总结): the
    next line holds them in order, no more than title.cover_extra_chars besides."""
    body = st.body
    if k + n >= len(body) or body[k + n].kind != D.PARAGRAPH or not title_starts(st, k + n):
        return False
    words, whole = "".join(_squeezed(st, t) for t in body[k:k + n]), _squeezed(st, body[k + n])
    i = 0
    for c in whole:  # words as a subsequence of whole: one pass
        if i < len(words) and c == words[i]:
            i += 1
    return i == len(words) and len(whole) - len(words) <= st.v.data["title"]["cover_extra_chars"]


def _stamp_line(st: ParseState, f: str) -> bool:
    """f is the site's line under a headline, no title: a date stamp (2023-02-23 01:42:29, 06-15,
    2021-11-××, 湖北日报/2022 /1 /30 /001) with at most title.stamp_words_max CJK characters besides
    (政府报告, 次遇见, ×次阅读); a news agency's dateline (新华社北京3月17日电); an uploader's name and
    verb (佩珊分享)."""
    v = st.v
    if any(c in f for c in v.sentence_end):
        return False  # (窗口9:00-12:00受理申请。 is a sentence)
    if v.agency_dateline.match(f) or v.uploader_line.match(f):
        return True
    m = v.page_stamp.search(f)
    if m is None:
        return False
    rest = f[:m.start()] + f[m.end():]
    return sum(1 for c in rest if _is_cjk(c)) <= v.data["title"]["stamp_words_max"]


def _longer_title_next(st: ParseState, b: Block, t: str) -> bool:
    """The source line right under b is a longer title line naming a report word."""
    nxt = st.blocks[b.line] if b.line < len(st.blocks) else None
    return (nxt is not None and nxt.kind == D.PARAGRAPH and len(_squeezed(st, nxt)) > len(t)
            and bool(st.v.title_words.search(st.f(nxt))) and standalone_candidate(nxt.text, st.v, st.v.title_max))


def _numbered_headline(st: ParseState, k: int, run: list[Block]) -> bool:
    """body[k] is the page's headline shown once more with the first chunk's number before it (1 2021
    年荣县政府工作报告(全文) under 2021年荣县政府工作报告(全文)), and the document's own title follows
    (政府工作报告): a site's line, never the title."""
    b = st.body[k]
    m = st.v.chunk_one.match(st.f(b))
    if m is None or b.kind not in (D.PARAGRAPH, D.HEADING) or not title_starts(st, k + 1):
        return False
    want = "".join(st.f(b)[m.end():].split())
    if run:  # the headline read as the title so far
        return want == "".join(_squeezed(st, t) for t in run)
    return bool(want) and _chrome_shows(st, want, b.line)


def _wrapped_headline(st: ParseState, k: int) -> bool:
    """body[k] and the next line are the page's file headline (…-20210728131819.docx) shown again, wrapped
    (【七五普法调研报告】“七五”普法工 / 作情况调研报告-20210728131819), and the document's own title
    follows them, naming its 文种 (2020 年“七五”普法工作情况调研报告(县级)): the site's lines, never the title."""
    body = st.body
    if k + 2 >= len(body) or body[k + 1].kind != D.PARAGRAPH or body[k + 1].line != body[k].line + 1:
        return False
    joined = "".join((st.f(body[k]) + st.f(body[k + 1])).split())
    if (len(joined) < 2 * st.v.standalone_min or not title_starts(st, k + 2)
            or not st.v.title_words.search(st.f(body[k + 2]))):
        return False  # (a slogan under the title's last showing is no title of its own: 在标准中改进…)
    return file_headline_shown(st, body[k].line, joined)


def _nav_item(st: ParseState, b: Block) -> bool:
    """b, a short line, is one of the items of the site's menu or breadcrumb printed above it (首页
    工作总结 工作计划 … / 工作总结): over a title line, the column's name the page shows, never the title
    (a title that is a menu's item too, 政府工作报告, has the text or its dateline under it)."""
    t = "".join(st.f(b).split())
    if not t or len(t) > st.v.title_max:
        return False
    for x in st.blocks[:b.line - 1]:
        if x.kind == D.CHROME and x.detail in ("nav", "breadcrumb"):  # (not the site line: its name may issue the text)
            parts = [p for p in re.split(r"[|｜>＞»›/\s　]+", st.f(x)) if p]
            items = {"".join(i.split()) for i in parts}
            if t in items and (len(t) <= st.v.column_max or x.detail == "breadcrumb" and t == parts[-1]
                               and _longer_title_next(st, b, t)):
                return True  # (a longer one only as the breadcrumb's last item with a longer title right under
                #              it: …报告 > 2024法治政府建设情况报告公示 / 兴化市陶庄镇人民政府2024年度法治政府建设情况报告)
    return False


def _counted_title(st: ParseState, k: int) -> int:
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
    want = "".join(b.text[m.end():].split())
    if not file_headline_shown(st, b.line, want):
        return 0
    nxt = body[k + 1] if k + 1 < len(body) else None
    if nxt is not None and nxt.kind == D.PARAGRAPH and title_starts(st, k + 1):
        return 0
    got = ""  # the title shown again over the next lines (在…会议上的 / 报告): the chunk's line is no title
    for x in body[k + 1:k + 1 + st.v.title_max_lines]:
        got += "".join(st.f(x).split())
        if got == want:
            return 0
    return m.end()


def _bare_counter(st: ParseState, b: Block) -> bool:
    """b holds only a number and its mark (1、, 1.): a doc site's chunk number with its text on the next line."""
    m = st.v.menu_number.match(st.f(b))
    return m is not None and m.end() == len(st.f(b))


def _generic(st: ParseState, run: list[Block], b: Block) -> bool:
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


def _dated_field(st: ParseState, f: str) -> bool:
    """f is an article's header: the page's date (and its time), a space, then a field label and
    its colon (2024年01月25日 来源: 上海金山, 2011-06-18 00:00:00 来源: 本站原创), never a title."""
    parts = f.split()
    if len(parts) < 2 or not (never_structure(parts[0], st.v) == "date" or st.v.date_stamp.fullmatch(parts[0])):
        return False
    i = 1
    while i < len(parts) and st.v.clock.fullmatch(parts[i]):
        i += 1  # 2011-06-18 00:00:00 来源: 本站原创: the time after the date
    return i < len(parts) and bool(st.v.field_line.match(" ".join(parts[i:])))


def _repeats(run: list[Block], b: Block, seen_subtitle: bool) -> bool:
    """b shows the title lines so far once more, before any subtitle: a later showing of the title,
    which is the title however many lines the site printed between (the title is its last
    showing before the text)."""
    return bool(run) and not seen_subtitle and b.text in (run[0].text, "".join(t.text for t in run))


def _site_list(st: ParseState, k: int, run: list[Block]) -> bool:
    """body[k] is one of a few short bulleted lines with no sentence in them, under the site's chrome
    and over the title (or between the page's headline, run, and the title shown again): a document
    site's counters and buttons (• 0, • 约 11页, • 举报)."""
    v, body = st.v, st.body
    line = body[k].line
    if not any(x.kind == D.CHROME for x in st.blocks[max(0, line - 1 - v.top_list_lines):line - 1]):
        return False
    j = k
    while j < len(body) and j - k < v.top_list_lines and st.hint(body[j]) == "list":
        f = st.f(body[j])
        if len(f) > v.top_list_max or any(c in f for c in "。；！？"):
            return False
        j += 1
    return _repeats(run, body[j], False) if run and j < len(body) else not run and title_starts(st, j)


def title_starts(st: ParseState, k: int) -> bool:
    """body[k] opens a top matter with a title line (what read_top would make a title)."""
    return (k < len(st.body) and st.body[k].kind == D.PARAGRAPH and st.hint(st.body[k]) not in NOT_HEADING_HINTS
            and _title_candidate(st, k, [], False) and _title_like(st, k))


def _title_candidate(st: ParseState, k: int, run: list[Block], seen_subtitle: bool) -> bool:
    b, v = st.body[k], st.v
    f = st.f(b)
    return (len(run) - _issuer_lines(st, run) < v.title_max_lines and not seen_subtitle
            and (_title_line(st, b.text) or _placeholder_name(st, k) or _wrapped_title(st, k)
                 or bool(run) and k > 0 and _wrapped_title(st, k - 1))
            and not f.startswith(v.opening_leads) and not runs_on(st, b) and not v.attachment_named.match(f)
            and not v.form_field.match(f) and not _meta_field_line(st, f)
            and not is_byline(st, f) and not (_addressee(st, f) and not _over_about(st, k)) and not v.subtitle.match(f)
            and not _wrapped_dateline(st, k) and not _dated_field(st, f) and not v.digit_run.search(f)
            and not v.site_joined.search(f) and not v.publisher_line.match(f))


def _issuer_lines(st: ParseState, run: list[Block]) -> int:
    """How many of the title lines so far are the issuers' names over its 关于 (中共某县委 / 某县人民政府 /
    关于…的 / 报告): they do not count towards title.max_lines."""
    v = st.v
    n = 0
    while (n < len(run) - 1 and n < v.official["joint_issuers_max"] and v.site_name.match(st.f(run[n]))
           and not v.site_name.match(st.f(run[n])).group(2)):
        n += 1
    return n if n and st.f(run[n]).startswith(v.official["notice_title_lead"]) else 0


def _wrapped_title(st: ParseState, k: int) -> bool:
    """body[k] opens a title wrapped after …的 (title.wrap_ends) and the next source line holds only
    its 文种, letter-spaced or not: 在…动员大会上的 / 讲话, 温州市推行说理性行政处罚文书的 / 指  导  意  见."""
    body, v = st.body, st.v
    b = body[k]
    f = st.f(b)
    if not f.endswith(v.title_wrap_ends) or not standalone_candidate(b.text[:-1], v, v.title_max):
        return False
    if k + 1 >= len(body) or body[k + 1].kind != D.PARAGRAPH or body[k + 1].line != b.line + 1:
        return False
    genre = "".join(st.f(body[k + 1]).split())
    return (len(genre) <= v.title_max and bool(v.whole_title.fullmatch(genre) or v.whole_title.search(genre))
            and not any(c in genre for c in v.sentence_end + "，：")
            and len(genre) < len(f))


def _wrapped_showing(st: ParseState, k: int, shown: tuple[str, ...]) -> bool:
    """body[k] and the next line show a title once more, wrapped after …的 (_wrapped_title)."""
    if not _wrapped_title(st, k):
        return False
    joined = "".join((st.body[k].text + st.body[k + 1].text).split())
    return joined in {"".join(t.split()) for t in shown}


def _placeholder_name(st: ParseState, k: int) -> bool:
    """body[k] holds only a placeholder (X, XX) over a title line: the name it stands for opens the
    title, which a PDF's copy split there (X / 局党组书记在全县司法行政工作会议上的讲话)."""
    body = st.body
    return (bool(st.v.placeholder_only.match(st.f(body[k]))) and k + 1 < len(body)
            and body[k + 1].kind == D.PARAGRAPH and _title_line(st, body[k + 1].text))


def _title_line(st: ParseState, text: str) -> bool:
    """text could be a title line: a standalone line up to title_max, or an article's headline that
    ends with a word a sentence's line never ends on as a title does (…这场关键会议简报来了)."""
    v = st.v
    if fold(text) in v.section_names:
        return False  # 引言: the text's first section, under the title
    if standalone_candidate(text, v, v.title_max):
        return True
    end = next((w for w in v.headline_ends if fold(text).endswith(w)), "")
    return bool(end) and standalone_candidate(text[:-1], v, v.title_max - 1)


def _title_like(st: ParseState, k: int) -> bool:
    """A first standalone line is the title when it reads like one (报告, 总结, 工作 …) or more
    top matter follows it (another title line, a subtitle, byline); else it is a slogan heading."""
    body, v = st.body, st.v
    if k + 1 >= len(body):
        return False
    if (v.title_words.search(st.f(body[k])) or _shown_in_chrome(st, st.f(body[k])) or _over_article_header(st, k)
            or _wrapped_title(st, k)):
        return True
    nf = st.f(body[k + 1])
    return bool(v.subtitle.match(nf) or is_byline(st, nf) or _wrapped_dateline(st, k + 1)
                or (standalone_candidate(body[k + 1].text, v) and v.title_words.search(nf)))


def _over_article_header(st: ParseState, k: int) -> bool:
    """body[k] stands right over the article's header line, which the site prints under a news
    item's headline (发布时间：2025-06-12 来源：县司法局, 日期: 2024-12-05 浏览量:117): the line is
    the item's headline, so its title, whatever its words (…培训班, …推进会召开)."""
    line = body_line = st.body[k].line
    while line < len(st.blocks) and st.blocks[line].kind == D.BLANK and line - body_line < 2:
        line += 1
    nxt = st.blocks[line] if line < len(st.blocks) else None
    return (nxt is not None and nxt.kind == D.CHROME and len(st.f(nxt)) <= st.v.chrome_max
            and bool(st.v.article_header.search(st.f(nxt))))


def _shown_in_chrome(st: ParseState, f: str) -> bool:
    """The page's chrome shows f too (its headline, its 名称/标题 field): the site names the
    document by it, so it is the title, whatever its words (…的思考及建议)."""
    if st.chrome_texts is None:
        st.chrome_texts = set()
        for b in st.blocks:
            if b.kind == D.CHROME:
                t = st.f(b).replace(" ", "").replace("\u3000", "")
                st.chrome_texts.add(t)
                st.chrome_texts.add(t.partition("：")[2])
    return f.replace(" ", "") in st.chrome_texts


def _wrapped_dateline(st: ParseState, k: int) -> bool:
    """2025年3月21日在汉滨区第十九届 / 人民代表大会第四次会议上: a dateline over two lines."""
    body, v = st.body, st.v
    return (k + 1 < len(body) and bool(v.wrapped_dateline.match(st.f(body[k])))
            and st.f(body[k + 1]).endswith(v.subtitle_wrap_end) and len(st.f(body[k + 1])) <= v.subtitle_max)


def _apart(st: ParseState, a: Block, b: Block) -> bool:
    """Chrome stands between two lines of the body (they are consecutive in the body)."""
    return any(x.kind == D.CHROME for x in st.blocks[a.line:b.line - 1])


def _restated(st: ParseState, run: list[Block], b: Block) -> bool:
    """The only chrome between the title lines so far (run) and b is a site's field line naming
    them (文章标题:在区第四次人民调解工作会议上的报告): the site restates the title inside it, so b goes
    on with the same top matter (the slogan under a speech's title) rather than showing it anew."""
    title = "".join("".join(t.text for t in run).split())
    between = [x for x in st.blocks[run[-1].line:b.line - 1] if x.kind != D.BLANK]
    return bool(between) and all(
        x.kind == D.CHROME and "".join(st.f(x).split()).partition("：")[2] == title for x in between)


def _shown_again(st: ParseState, run: list[Block], b: Block) -> bool:
    """b shows the title again right under it: the same line again, or the line above is b with a
    site listing's date after it (…工作安排 2018-06-15 / …工作安排), or another whole title (both
    lines end with a 文种 and b does not join on to the line above: 乡政府工作报告 / 政府工作报告), where
    a title wrapped over lines ends its first line otherwise (厦门市司法局关于印发 / …的通知)."""
    v = st.v
    if b.text == run[0].text or _dated_copy(st, run[-1].text, b.text):
        return True
    return (bool(v.whole_title.search(st.f(run[-1])) and v.whole_title.search(st.f(b)))
            and not st.f(b).startswith(v.title_join_leads))


def _author_line(st: ParseState, k: int) -> bool:
    """body[k], under a title, names the body that wrote the text and nothing else (珠山区民政局,
    某某镇人民政府): short, ending in an organisation word, no 文种 or report word; the text or a heading
    comes next, or a dateline, never another title line (a title wrapped after a body's name goes on: 某某县司法局 /
    2025年工作总结 is a title over two lines; so does one whose issuers stand one a line over its 关于…)."""
    v, body = st.v, st.body
    f = st.f(body[k])
    if len(f) > v.issuer_max or not v.issuer_end.search(f) or v.title_words.search(f) or "、" in f:
        return False
    if any(c in f for c in v.sentence_end + "，：《》“”"):
        return False
    nxt = body[k + 1] if k + 1 < len(body) else None
    if nxt is not None and nxt.kind == D.PARAGRAPH and st.f(nxt).startswith(v.official["notice_title_lead"]):
        return False  # the issuers that open the title, one a line (中共某县委 / 某县人民政府 / 关于…的 / 报告)
    return (nxt is None or nxt.kind != D.PARAGRAPH or not _title_line(st, nxt.text)
            or bool(v.subtitle.match(st.f(nxt))) or _wrapped_dateline(st, k + 1))  # XX市司法局 / （20XX年X月X日）


def _meta_field_line(st: ParseState, f: str) -> bool:
    """f is a metadata field with its colon and value, at its start or after a short name (下载积分：8 金币,
    學識都 人氣:1.52W), or holds two such fields (文档编号：48651646  上传时间：…  格式：DOC), or opens with a
    label's last characters the copy left (称: 政府工作报告…, 号:): never a title line."""
    fields = [m for m in st.v.meta_fields.finditer(f) if f[m.end(1):].lstrip()[:1] in "：:"]
    if fields and (fields[0].start() <= st.v.standalone_min * 2 or len(fields) >= 2):
        return True
    m = st.v.cut_label.match(f)  # a label the copy cut at its start (号: for 索引号, 称: for 名称)
    return m is not None and any(w.endswith(m.group(1)) and w != m.group(1) for w in st.v.data["metadata"]["labels"])


def _over_about(st: ParseState, k: int) -> bool:
    """body[k] stands right over a title line opening with 关于: the issuers' names (省委宣传部、省司法厅 /
    关于开展…规划), not the 主送机关."""
    nxt = st.body[k + 1] if k + 1 < len(st.body) else None
    return (nxt is not None and nxt.line == st.body[k].line + 1
            and st.f(nxt).startswith(st.v.official["notice_title_lead"]))


def _addressee(st: ParseState, f: str) -> bool:
    """The 主送机关 under the title written without its colon: two bodies' names or more joined by
    、 (镇党委、政府)."""
    v = st.v
    parts = f.split("、")
    return len(parts) >= 2 and len(f) <= v.issuer_max and all(v.issuer_end.search(p) for p in parts)


def _preview(st: ParseState, run: list[Block], b: Block) -> bool:
    """b is a site's preview of the document under its headline: the title, a space, then the
    text's opening run on (镇长在…会上的讲话 同志们: 即将过去的…), longer than a decoration."""
    title = "".join(t.text for t in run)
    rest = b.text[len(title):]
    return (b.text.startswith(title) and rest[:1].isspace()
            and len(rest.strip()) > st.v.decoration_max and not st.v.doc_number.match(fold(rest.strip())))


def _listed(st: ParseState, run: list[Block], b: Block) -> bool:
    """b is a document site's listing of the essay under its title: its number, the title, its word
    count (镇长述职报告 / 第一篇 镇长述职报告2150字); a title never counts its own characters."""
    m = st.v.essay_listing.match(st.f(b))
    return bool(m) and m.group(1).replace(" ", "") == "".join(st.f(t) for t in run).replace(" ", "")


def _decorates(st: ParseState, run: list[Block], b: Block) -> bool:
    """b is the title with a site's word after it (镇上半年工作情况总结 → …总结范文) or with the site
    listing's date (_dated_copy) — not when only b ends as a whole title (the headline cut short)."""
    title = "".join(t.text for t in run)
    if (b.text != title and b.text.startswith(title) and st.v.whole_title.search(st.f(b))
            and not st.v.whole_title.search("".join(st.f(t) for t in run))):
        return False  # the headline cut short, the title whole (…预算公开 / …预算公开情况说明)
    return b.text != title and b.text.startswith(title) and (len(b.text) - len(title) <= st.v.decoration_max
                                                             or _dated_copy(st, b.text, title))


def _headline_again(st: ParseState, run: list[Block], b: Block) -> bool:
    """The only title line so far (run) shows the site's headline once more (2022年在…会议上的讲话范文
    under the same headline), and b is the document's own title inside it (在…会议上的讲话): the
    headline's words hold b whole, so b is no second line of a wrapped title."""
    if len(run) != 1:
        return False
    head, own = _squeezed(st, run[0]), _squeezed(st, b)
    return (len(own) >= 2 * st.v.standalone_min and own in head and own != head
            and _chrome_shows(st, head, run[0].line))


def _squeezed(st: ParseState, b: Block) -> str:
    """A block's folded text without its spaces (2021 年荣县… and 2021年荣县… alike)."""
    return "".join(st.f(b).split())


def _chrome_shows(st: ParseState, text: str, line: int) -> bool:
    """A chrome line above source line `line` shows text (spaces left out): the page's headline."""
    return any(x.kind == D.CHROME and _squeezed(st, x) == text for x in st.blocks[:line - 1])


def _dated_copy(st: ParseState, dated: str, title: str) -> bool:
    """dated is title with a site listing's date after a space (…工作安排 2018-06-15): a title
    never ends on a date stamp, its own dates are in its words (…2025年12月31日前…)."""
    m = st.v.listing_date.search(dated)
    return bool(m) and dated[:m.start()] == title


def _cut_widget(st: ParseState, b: Block) -> None:
    """A title line the page glued to its widget row (石化街道办事处2023年工作报告 保护视力色: 杏仁黄 秋叶褐 …)
    loses the row: the title ends before a space followed by a widget label and its colon, when the
    part before reads as a title (a standalone line naming a 文种) and a row of items follows."""
    v = st.v
    m = v.widget_glue.match(b.text)
    if not m or b.text[m.end():].count(" ") < v.widget_min_spaces:
        return
    head = m.group(1).rstrip()
    if not (standalone_candidate(head, v, v.title_max) and v.title_words.search(fold(head))):
        return
    b.text = head
    st.folded[b.line - 1] = st.folded[b.line - 1][:len(head)]


def _cut_title(st: ParseState, b: Block) -> None:
    """Cut a site's column before | and a page number or word count after the title out of its text (the block's
    indent grows by what is cut in front, so its column stays the text's column). A compilation's
    prefix (第一篇:镇政府年度工作报告) stays: the title is the whole line, as the page prints it."""
    column, page = st.v.title_cuts
    f = st.f(b)
    m = column.match(f)
    if m and len(f) - m.end() >= st.v.standalone_min:
        b.text, b.indent = b.text[m.end():], b.indent + m.end()
        f = f[m.end():]
    m = page.search(f)
    if m and m.start() >= st.v.standalone_min:
        b.text = b.text[:m.start()]
    st.folded[b.line - 1] = f[:len(b.text)]


def _after_preview(st: ParseState, run: list[Block]) -> list[Block]:
    """The only title line, then one paragraph, then the same title again right over the text's first
    heading (2022年上半年社区工作总结 / 2022年上半年在街道党工委…的领导下… / 2022年上半年社区工作总结 / 一、…): a doc
    site put the text's opening under its headline as a preview; the title is its last showing (sets 65,
    72 label it so), the headline chrome. run unchanged otherwise."""
    if len(run) != 1:
        return run
    body = st.body
    k = body.index(run[0])
    while k + 1 < len(body) and (body[k + 1].kind == D.CHROME
                                 or body[k + 1].kind == D.PARAGRAPH and _meta_field_line(st, st.f(body[k + 1]))):
        k += 1  # (the site's counters under the headline: 學識都 人氣:1.52W)
    if k + 3 >= len(body):
        return run
    para, again, nxt = body[k + 1], body[k + 2], body[k + 3]
    if (para.kind == D.PARAGRAPH and again.kind == D.PARAGRAPH and _squeezed(st, again) == _squeezed(st, run[0])
            and nxt.kind == D.HEADING and nxt.marker):
        run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "headline"
        again.kind, again.level = D.TITLE, 0
        return [again]
    return run


def _site_titles_out(st: ParseState, run: list[Block]) -> list[Block]:
    """The title lines without the site's own lines read as title lines: a line holding a web address, the
    page's date stamp with its time, two buttons in 【】, or one of title.site_actions with no report word
    (下载积分, 会员享…资料, 佩珊分享) is CHROME "page" — no labelled title of the 1,199 in tests/data has one.
    Returns the title lines left."""
    v = st.v
    left = []
    for b in run:
        f = st.f(b)
        if (v.web_address.search(f) or v.clocked_stamp.search(f) or f.count("】") >= 2
                or v.site_action.search(f) and not v.title_words.search(f)):
            b.kind, b.level, b.detail = D.CHROME, None, "page"
        else:
            left.append(b)
    return left


def _title_repeats(st: ParseState, run: list[Block]) -> None:
    """The title again in the body with a site's word after it (…总结范文): chrome."""
    if not run:
        return
    for b in st.body:
        if b.kind == D.PARAGRAPH and _decorates(st, run, b):
            b.kind, b.detail = D.CHROME, "duplicate"
