"""The top matter: title lines, subtitle (dateline), byline and salutation (GB/T 9704-2012 7.2,
7.3.1), told apart from the page's headline and the site's lines printed around them.
top_matter runs the walk (titlewalk) and then looks again: the top matter resumed or the title
shown later, a collection's first piece, a preview under the headline, and, with no title found,
the late title or a news page's headline."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.headings import NOT_HEADING_HINTS, nearly_alike, runs_on, standalone_candidate
from drafter.core.outline.state import ParseState
from drafter.core.outline.titlelines import (
    chrome_shows, is_cjk, meta_field_line, placeholder_name, salutation_line, squeezed, title_line, title_starts,
    undecorated, wrapped_dateline, wrapped_title,
)
from drafter.core.outline.titlewalk import compilation, decorates, piece_of, walk_top
from drafter.text.punct import fold


def top_matter(st: ParseState) -> None:
    """Title lines, subtitle (dateline), byline and salutation, from top_start up to the first
    paragraph or heading (read_top).
    Reads body, folded, hints, top_start. Sets kind TITLE (level 0), SUBTITLE, BYLINE, SALUTATION,
    DOC_NUMBER, CHROME (duplicate, page)."""
    run, stop = walk_top(st, st.top_start)
    again = _resumed_top(st, stop)
    if again is None:
        again = _shown_later(st, run, stop)
    if again is not None:
        for b in run:
            b.kind, b.level, b.detail = D.CHROME, None, "headline"
        for b in st.body[stop:again]:
            if b.kind == D.PARAGRAPH:
                b.kind, b.detail = D.CHROME, "page"
        first, run = run, walk_top(st, again)[0]
        shown = ("".join(t.text for t in first),)
        if not run and first and _wrapped_showing(st, again, shown, first[-1].line):  # (镇政府 / 2019年工作总结…, no 的 to wrap at)
            run = st.body[again:again + 2]
            for b in run:
                b.kind, b.level, b.detail = D.TITLE, 0, ""
        if not run:  # the top matter went on with the speaker line and dateline, no title again: the title stands
            for b in first:
                b.kind, b.level, b.detail = D.TITLE, 0, ""
            run = first
    run = _labelled_piece(st, _first_piece(st, _or_fallback(st, run), stop))
    run = _or_fallback(st, _site_titles_out(st, _after_preview(st, run)))
    run = _author_under_headline(st, _issuer_shown(st, _caption_over(st, run)))
    _title_repeats(st, _piece_over_own_title(st, _site_over_title(st, _name_over_own_title(st, run))))


def _name_over_own_title(st: ParseState, run: list[Block]) -> list[Block]:
    """run with the body's name line above it put first when the walk read that line past as the site's
    and the title opens with its year (breadcrumb or page fields / 如皋市气象局 / 2021年工作总结和2022年工作
    谋划): one title wrapped after the body's name (_name_over_year), below the page's lines, not
    the site's masthead at the top (a site line over it is the masthead), unless the page's lines show
    the title without the name (its 名称 field)."""
    if not run:
        return run
    above = st.before(run[0])
    if (above is None or above.kind != D.CHROME or above.detail not in ("site", "page") or not st.f(above).strip()
            or not _name_over_year(st, above, run[0]) or len(st.f(above).split()) > 1):
        return run
    over = st.before(above)
    if over is None or over.kind != D.CHROME or over.detail in ("site", "nav"):
        return run
    title, name = squeezed(st, run[0]), squeezed(st, above)
    if any(x.kind == D.CHROME and title in squeezed(st, x) and name + title not in squeezed(st, x)
           for x in st.above(above.line)):
        return run  # (the page's fields name the title without the body: | 名称 | 2020年…年度报告 |)
    above.kind, above.level, above.detail = D.TITLE, 0, ""
    return [above, *run]


def _piece_over_own_title(st: ParseState, run: list[Block]) -> list[Block]:
    """run without its first line when that line is a sample site's piece label (第1篇 …总结范文) over the
    piece's own title, the same words or nearly (title.reworded_ratio), its number after them perhaps
    (…年度信访维稳工作总结一): the label is the site's (CHROME "headline"), the title the line under it."""
    v = st.v
    if len(run) < 2:
        return run
    label = squeezed(st, run[0])
    lead = v.piece_lead.match(label)
    own = _plain_words(st, v.bare_piece.sub("", v.piece_number.sub("", squeezed(st, run[1]))))
    if not lead:
        return _numbered_piece_over_title(st, run, label, own)
    name = _plain_words(st, v.site_suffix.sub("", label[lead.end():]))
    if len(name) < 2 * v.standalone_min or not v.whole_title.search(name) or name[-2:] != own[-2:]:
        return run
    if not nearly_alike(st, name, own):
        return run
    run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "headline"
    return run[1:]


def _numbered_piece_over_title(st: ParseState, run: list[Block], label: str, own: str) -> list[Block]:
    """run without its first line when that line is a collection's piece, its number after the
    collection's words (銀行五級分類崗工作總結1 under 銀行五級分類崗工作總結3篇), over a whole title of the
    piece's own (信用社貸款五級分類工作總結): the label is the site's (CHROME "headline")."""
    v = st.v
    m = v.piece_number.search(label) or v.bare_piece.search(label)
    base = label[:m.start()] if m else ""
    if len(base) < 2 * v.standalone_min or not v.whole_title.search(base):
        return run
    if not v.whole_title.search(own) or own == _plain_words(st, base):
        return run
    counted = any(b.kind == D.CHROME and squeezed(st, b).startswith(base) and v.pieces_counted.search(squeezed(st, b))
                  for b in st.blocks[:run[0].line - 1])
    if not counted:
        return run
    run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "headline"
    return run[1:]


def _site_over_title(st: ParseState, run: list[Block]) -> list[Block]:
    """run without its first line when that line is the site's name printed again (a site line above has
    its text) and the next title line opens with a place the name holds (深圳市罗湖区人民政府 /
    罗湖区2023年度…的报告): CHROME "site"; an issuer over 关于… names no place of its own."""
    if len(run) < 2:
        return run
    name, nxt = squeezed(st, run[0]), squeezed(st, run[1])
    m = st.v.data["masthead"]
    if not any(b.kind == D.CHROME and b.detail == "site" and squeezed(st, b) == name
               for b in st.blocks[:run[0].line - 1]):
        return run
    for n in range(len(nxt), m["place_min_chars"] - 1, -1):
        if nxt[:n].endswith(tuple(m["place_ends"])) and nxt[:n] in name:
            run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "site"
            return run[1:]
    return run


def _author_under_headline(st: ParseState, run: list[Block]) -> list[Block]:
    """run is only the author's name over the dateline (陇南市人民政府 / (2015年1月10日)), or an article's authors
    (王振宇,陈 浩), the document's copy printing no title: the page's headline above it, a whole title
    (陇南市2014年度依法行政工作情况报告), is the title, and the name is the byline (BYLINE)."""
    v = st.v
    if len(run) != 1 or v.title_words.search(st.f(run[0])):
        return run
    f = st.f(run[0]).strip()
    after = st.after(run[0])
    named = v.bodies_named(f) and after is not None and after.kind == D.SUBTITLE
    if not named and not _authors(f):
        return run  # (an article's authors, 王振宇,陈 浩, need no dateline under them)
    head = next((x for x in reversed(st.blocks[:run[0].line - 1]) if x.kind == D.CHROME and x.detail == "headline"), None)
    if head is None or named and not v.whole_title.search(st.f(head)):  # (an article's headline names no 文种)
        return run
    head.kind, head.level, head.detail = D.TITLE, 0, ""
    run[0].kind, run[0].level = D.BYLINE, None
    return [head]


def _authors(f: str) -> bool:
    """f lists an article's authors: two personal names or more, each two or three characters (a space
    inside one allowed), split by commas or 、 (王振宇,陈 浩)."""
    names = [n.replace(" ", "") for n in f.replace("，", ",").replace("、", ",").split(",")]
    return len(names) >= 2 and all(2 <= len(n) <= 3 and all(is_cjk(c) for c in n) for n in names)


def _caption_over(st: ParseState, run: list[Block]) -> list[Block]:
    """run without its first line when that line names the title under it in 《》, a news photo's
    caption (市长武和谦作《政府工作报告》 / 政府工作报告): CHROME "caption"."""
    if len(run) < 2:
        return run
    first = "".join(st.f(run[0]).split())
    rest = "".join("".join(st.f(b).split()) for b in run[1:])
    if f"《{rest}》" in first and not first.startswith("《"):
        run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "caption"
        return run[1:]
    return run


def _issuer_shown(st: ParseState, run: list[Block]) -> list[Block]:
    """run with the body's name above it as its first line when the page's chrome shows the two as one
    title (| 名称 | 故城县教育局2020年政府信息公开工作年度报告 | over 故城县教育局 / 2020年政府信息公开工作年度报告):
    the title wrapped after its issuer, not a site's name over it."""
    if not run or run[0].line < 2:
        return run
    above = st.blocks[run[0].line - 2]
    if above.kind not in (D.PARAGRAPH, D.CHROME) or above.kind == D.CHROME and above.detail != "site":
        return run
    if not _name_over_year(st, above, run[0]):
        return run
    joined = squeezed(st, above) + "".join(squeezed(st, t) for t in run)
    if not chrome_shows(st, joined, above.line, inside=True):
        return run
    above.kind, above.level, above.detail = D.TITLE, 0, ""
    return [above, *run]



def _or_fallback(st: ParseState, run: list[Block]) -> list[Block]:
    """run, or with no title found anywhere the late title (_late_title) or a news page's headline
    (_headline_over_header)."""
    if run or any(b.kind == D.TITLE for b in st.blocks):
        return run
    return _late_title(st) or _headline_over_header(st)



def _first_piece(st: ParseState, run: list[Block], stop: int) -> list[Block]:
    """A sample site's collection (…工作计划8篇, …思路(精选多篇), …方案【5篇】) or its decorated headline
    (…总结【完整版】) and, after its blurb, its first piece's own title (…工作计划篇1, …总结（篇一）,
    第一篇:…, …总结【第一篇】, or a bare number: 社区矫正工作调研报告1 under 2023年社区矫正工作调研报告3篇,
    the year left out) right over the text: that is the title, its last showing; the collection's
    headline is chrome. A whole title right under the headline, read with it as one title over two
    lines, is the document's own title (X县卫健委2021年上半年工作总结 under …总结【完整版】). Within
    title.piece_window lines after the headline, the site's lines skipped, before any heading. run
    when there is none."""
    v = st.v
    if len(run) not in (1, 2):
        return run
    head = st.f(run[0])
    base = v.site_mark.sub("", v.piece_count.sub("", head))
    if base == head:
        return run
    if compilation(st, run[:1]):  # (a compilation's name stays its title: 政协系统2023年工作综述材料汇编(4篇)),
        return run + _labelled_first(st, run, head)  # with its first piece's, labelled (第1篇: …)
    if len(run) == 2:
        later = run[1:]
    else:  # (the site's lines between do not count: • A+ / 所属分类:文学 / 摘要)
        after = st.body.index(run[-1]) + 1
        later = []
        for b in st.body[after:]:
            later.append(b)
            if sum(x.kind != D.CHROME for x in later) >= v.data["title"]["piece_window"]:
                break
    for b in later:  # (the headline and the piece read as one title over two lines: the piece is the title)
        if b.kind == D.CHROME:
            continue
        if b.kind not in (D.PARAGRAPH, D.TITLE):
            break
        f = st.f(b)
        lead = v.piece_lead.match(f)
        own = f[lead.end():] if lead else f
        m = None if lead else v.piece_number.search(f) or v.bare_piece.search(f)
        name = own[:m.start()] if m else own
        if ((m or lead) and (name in (base, v.site_suffix.sub("", base))  # (…总结范文(通用7篇) / 第一篇: …总结)
                             or len(name) >= 2 * v.standalone_min and base.endswith(name)
                             or name.startswith(base) and len(name) - len(base) <= v.decoration_max)
                or len(run) == 2 and v.whole_title.search(f)
                or not (m or lead) and _bare_piece_title(st, b, base)):
            run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "headline"
            b.kind, b.level = D.TITLE, 0
            return [b]
    return run



def _labelled_first(st: ParseState, run: list[Block], head: str) -> list[Block]:
    """A compilation's first piece under its blurb, labelled with its number (…调研报告汇编3篇 / 报告使用范围很广… /
    第1篇: …调研报告), within title.piece_window lines, the piece's name in the compilation's: [its line] as a
    title (TITLE), or []."""
    v = st.v
    after = st.body.index(run[-1]) + 1
    for b in st.body[after:after + v.data["title"]["piece_window"]]:
        if b.kind not in (D.PARAGRAPH, D.CHROME):
            break
        lead = v.piece_lead.match(st.f(b))
        name = squeezed(st, b)[len("".join(lead.group().split())):] if lead else ""
        if len(name) >= 2 * v.standalone_min and name in "".join(head.split()) and v.whole_title.search(name):
            b.kind, b.level, b.detail = D.TITLE, 0, ""
            return [b]
    return []


def _bare_piece_title(st: ParseState, b: Block, base: str) -> bool:
    """b, under a collection's headline and its blurb, is its first piece's own title with no number:
    a whole title whose words the headline holds (人民调解工作调研报告 under 全市人民调解工作调研报告范文(15篇))."""
    f = st.f(b)
    return (len(f) >= 2 * st.v.standalone_min and f != base and f in base and bool(st.v.whole_title.search(f))
            and standalone_candidate(b.text, st.v, st.v.title_max))


def _labelled_piece(st: ParseState, run: list[Block]) -> list[Block]:
    """A title run whose lines show a sample site's piece: the headline (城管局副局长述职报告), then the
    same with the piece's number after it (…述职报告篇1), then perhaps the piece's own whole title
    (20xx年区城管局副局长述职述廉报告(分管党务,…)). The headline is chrome; so is the piece's label when
    the piece's own title follows it, which is then the title. A piece whose name is a whole title of
    its own under a whole title (…2023上半年工作总结 / …2024上半年工作总结 篇1) is the title, the line
    above the headline. run when it shows no such piece."""
    v = st.v
    for i in range(len(run) - 1):
        head, label = squeezed(st, run[i]), squeezed(st, run[i + 1])
        m = v.piece_number.search(label)
        if m is None:  # (a bare number after the headline's very words: 县科协工作总结 / 县科协工作总结1)
            m = v.bare_piece.search(label)
            if m is None or label[:m.start()] != head:
                continue
        base = v.site_suffix.sub("", v.piece_count.sub("", head))  # (a collection: 对乡村的调查报告模板5篇)
        if not v.whole_title.search(head) and (base == head or not v.whole_title.search(base)):
            continue
        out, rest = run[:i + 1], run[i + 1:]
        if v.site_suffix.sub("", label[:m.start()]) not in (head, base):  # (…计划范文第1篇: the site's word before the number)
            if v.whole_title.search(head) and v.whole_title.search(label[:m.start()]):  # (a piece named on its own under the headline:
                for t in out:                              # 政协2023上半年工作总结 / 政协2024上半年工作总结 篇1)
                    t.kind, t.level, t.detail = D.CHROME, None, "headline"
                return rest
            continue
        own = "".join(squeezed(st, t) for t in rest[1:])
        if own and (v.whole_title.search(own) or v.title_words.search(own)):
            out, rest = run[:i + 2], rest[1:]
        for t in out:
            t.kind, t.level, t.detail = D.CHROME, None, "headline"
        return rest
    return run



def _late_title(st: ParseState) -> list[Block]:
    """The title when the top matter found none because the site's lines around it were read as
    body (an index table's values printed again one per line, 访问次数:, 匹配度, a doc site's blurb):
    the last title line (a standalone line naming a report word: …规划(2021-2025年), …报告制度(试行), or
    one the page shows above as well: _shown_above) within
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
                b.kind == D.PARAGRAPH and (salutation_line(st, f) or _hearers(st, f) or _opening(st, f)
                                           or len(f) >= v.late_text_min and any(c in f for c in v.sentence_end)
                                           and not v.web_address.search(f)  # (a site's slogan with its address)
                                           or runs_on(st, b))):  # (a PDF's line of running text, cut at the line's end)
            anchor = j
            break
        if b.kind != D.PARAGRAPH and not (b.kind == D.CHROME and b.detail == "page") and b.kind != D.SUBTITLE:
            return []  # (the page's lines the top matter just read past may stand before the title; so may
            #            a headline in a dateline's shape: 2023年12月20日在…会议上 / 时间:… / 政府工作报告)
    if anchor is None:
        return []
    for k in range(anchor - 1, max(start, anchor - 1 - v.late_gap) - 1, -1):
        b = body[k]
        f = st.f(b)
        if b.kind == D.PARAGRAPH and not any(c.isalnum() for c in f):
            continue  # a line with no word on it (an empty table row ||||, a widget's +)
        if b.kind != D.PARAGRAPH or st.hint(b) in NOT_HEADING_HINTS:
            return []
        shown = False
        if standalone_candidate(b.text, v, v.title_max) and not runs_on(st, b) and not v.draft_note.match(f):
            if v.title_words.search("".join(f.split())) and title_starts(st, k):  # (政 府 工 作 报 告 spaced)
                break
            if k == anchor - 1 and _shown_above(st, b) and v.runin_comma not in f and not v.subtitle.match(f):
                shown = True  # (a slogan for a title, no 文种, shown above it too, right over the text's start)
                break
        if (len(f) > v.byline_max or any(c in f for c in v.sentence_end)) and not v.subtitle.match(f):
            return []  # only the top matter's short lines (a byline, a dateline, 同志们:) stand between
    else:
        return []
    if not shown and _headline_over_own_header(st, k):
        k -= 1  # (the title over the article's header, the text's first section heading under it)
    run, _stop = walk_top(st, k) if not shown else ([], 0)
    if shown:
        b.kind, b.level = D.TITLE, 0
        run = [b]
    if not run:
        return []
    above = body[k - 1] if k > start else None
    if (above is not None and above.kind == D.PARAGRAPH and st.follows(above, run[0])
            and (st.f(above).rstrip().endswith(v.title_join_leads) or _name_over_year(st, above, run[0])
                 or _wrapped_tail(st, above, run[0]) or _headline_wrapped(st, above, run[0]))
            and len(st.f(above)) + len(st.f(run[0])) <= v.title_max):
        # the title wrapped after its 及 (2020年度…总结及 / 下半年重点工作计划) or after the body's name
        # (某某旗安全生产委员会 / 2024年工作要点), or mid-phrase before a short tail (…建设工作 / 情况报告)
        above.kind, above.level = D.TITLE, 0
        run.insert(0, above)
        k -= 1
    while (k > start and len(run) < v.title_max_lines + v.official["joint_issuers_max"]
           and st.f(run[-1]).startswith(v.official["notice_title_lead"]) and body[k - 1].kind == D.PARAGRAPH
           and st.follows(body[k - 1], run[0]) and v.site_name.match(st.f(body[k - 1]))
           and v.site_name.match(st.f(run[0]))):
        k -= 1  # the joint issuers one a line over the 关于 title (中共某镇委员会 / 某镇人民政府 / 关于…的报告)
        body[k].kind, body[k].level = D.TITLE, 0
        run.insert(0, body[k])
    for x in body[start:k]:
        if x.kind == D.PARAGRAPH:
            x.kind, x.detail = D.CHROME, "page"
    a = body[anchor]
    if a.kind == D.PARAGRAPH and salutation_line(st, st.f(a)):
        a.kind = D.SALUTATION
    return run



def _headline_over_own_header(st: ParseState, k: int) -> bool:
    """body[k], the late title found, names no 文种 (2024年工作回顾: the text's first section) and stands
    right under the article's header (发布日期:… 信息来源:…), itself right under a whole title
    (2024年度高家镇政府工作报告): that one is the title."""
    v, body = st.v, st.body
    if k <= st.top_start or v.whole_title.search(st.f(body[k])):
        return False
    up = body[k - 1]
    between = [x for x in st.blocks[up.line:body[k].line - 1] if x.kind != D.BLANK]  # (blocks by line, 1-based)
    return (len(between) == 1 and between[0].kind == D.CHROME
            and _article_header(st, st.f(between[0]))
            and up.kind == D.PARAGRAPH and bool(v.whole_title.search(st.f(up))) and title_starts(st, k - 1))


def _article_header(st: ParseState, f: str) -> bool:
    """f is an article's header line: a time stamp with its clock, or 来源：…  时间：… fields."""
    return bool(st.v.clocked_stamp.search(f) or st.v.article_header.search(f))


def _opening(st: ParseState, f: str) -> bool:
    """f is the text's opening sentence, however short or unstopped (根据…，现将我局…汇报如下。; 2025年，…现将…汇报如下：)."""
    v = st.v
    return f.rstrip().endswith(v.announce_ends) or f.startswith(v.opening_leads) and any(c in f for c in v.sentence_end)


def _wrapped_tail(st: ParseState, above: Block, first: Block) -> bool:
    """first is only a title's short tail, its 文种 (情况报告, 工作报告), and above a title line that does
    not end as a whole title (贵州省2023年度法治政府建设工作): one title wrapped before its tail."""
    v = st.v
    return (len(st.f(first)) <= 2 * v.standalone_min and title_line(st, above.text)
            and v.runin_colon not in st.f(above)  # (an e-paper's issue line: 第19411号:第01版 2024-02-08)
            and not v.whole_title.search(st.f(above)) and bool(v.whole_title.search(st.f(first))))



def _headline_wrapped(st: ParseState, above: Block, first: Block) -> bool:
    """above and first, read as one line, are the page's headline above them, whole or with the site's
    words after a dash or bar (…建设工作情况的报告-和记娱乐国际): one title wrapped over the two lines."""
    joined = squeezed(st, above) + squeezed(st, first)
    if not title_line(st, above.text) or len(joined) > st.v.title_max:
        return False
    for x in st.above(above.line):
        h = squeezed(st, x) if x.kind == D.CHROME else ""
        if h == joined or h.startswith(joined) and h[len(joined)] in st.v.headline_suffix_marks:
            return True
    return False



def _hearers(st: ParseState, f: str) -> bool:
    """f greets a speech's or report's hearers, a short line ending with its colon (各位代表：, 同志们：):
    naming them (title.hearers_words), no field of the page's (访问次数：) and no sentence."""
    return (f.endswith("：") and len(f) <= st.v.byline_max and not any(c in f for c in st.v.sentence_end)
            and any(w in f for w in st.v.hearers_words)
            and not st.v.field_line.match(f) and not meta_field_line(st, f) and not st.v.title_words.search(f))



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
        nxt = next((x for x in st.blocks[b.line:] if x.kind != D.BLANK), nxt)  # (the header may be chrome already)
        nf = st.f(nxt)
        if (nxt.kind in (D.PARAGRAPH, D.CHROME) and _article_header(st, nf)
                and (nxt.kind == D.CHROME or len(nf) <= v.top_list_max) and standalone_candidate(b.text, v, v.title_max)
                and st.hint(b) not in NOT_HEADING_HINTS and f.strip() not in v.nav_menu):  # (政府信息公开: a column's name)
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
        if not (v.subtitle.match(f) and len(f) <= v.subtitle_max or wrapped_dateline(st, j)):
            continue
        start = j
        while (start > stop and j - start < v.title_max_lines
               and (title_line(st, body[start - 1].text) or placeholder_name(st, start - 1))
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
    between (_glued_preview), and up to title.shown_later_blurbs paragraphs of the site's blurb when
    the title shown again has running text under it. None when the title is not shown again."""
    v, body = st.v, st.body
    if not run or len(run[0].text) < v.standalone_min:
        return None  # (X: a placeholder line opens the title, no showing of its own)
    if any(b.kind in (D.SUBTITLE, D.BYLINE, D.SALUTATION) for b in body[st.top_start:stop]):
        return None  # the top matter had its dateline, byline or salutation: the text follows
    shown = (run[0].text, "".join(t.text for t in run))
    undated = v.headline_date_prefix.sub("", shown[1])
    if len(undated) >= v.standalone_min:
        shown += (undated,)  # (the site's posting date before its headline: 20201218:X县…思路)
    plain = undecorated(st, shown[1])
    if plain != shown[1] and len(plain) >= 2 * v.standalone_min and v.whole_title.search(plain):
        shown += (plain,)  # (the site's words after its headline: 乡镇创城工作汇报范本(范文推荐))
    blurbs = 0
    for j in range(stop, min(stop + v.top_list_lines, len(body))):
        b = body[j]
        if b.kind == D.CHROME and b.detail == "page" or b.kind == D.PARAGRAPH and (
                v.field_line.match(st.f(b)) or not any(is_cjk(c) for c in b.text)):
            continue  # a field line (摘要:…), an index number or a date: the page's metadata, never the text
        if b.kind != D.PARAGRAPH:
            return None
        if len(st.f(b)) > v.top_list_max and b.text not in shown and not _glued_preview(st, b, shown):
            blurbs += 1  # the site's blurb (天可补,海可填…), when the very title follows it with the text under it
            if blurbs > v.data["title"]["shown_later_blurbs"]:
                return None
            continue
        reworded = _reworded_showing(st, b, shown[1])
        if b.text in shown or reworded or _wrapped_showing(st, j, shown, run[-1].line if run else 0):
            nxt = body[j + 1] if j + 1 < len(body) else None
            if (blurbs or reworded) and not (nxt is not None and (nxt.kind in (D.PARAGRAPH, D.HEADING)
                                                    and len(st.f(nxt)) >= v.late_text_min
                                                    or nxt.kind == D.SALUTATION or salutation_line(st, st.f(nxt)))):
                return None  # (the text, or its salutation, under the second showing: 自治区审计厅:)
            return j
    return None



def _reworded_showing(st: ParseState, b: Block, headline: str) -> bool:
    """b is the document's own title under a headline worded a little otherwise (镇集中开展矛盾纠纷“大排查…”
    专项行动具体实施方案 / … / XX镇集中开展矛盾纠纷"大排查…"专项行动实施方案): both whole titles of the same
    文种, at least title.reworded_ratio alike once quotes, spaces and placeholders are dropped."""
    v = st.v
    f = st.f(b)
    if not (v.whole_title.search(f) and v.whole_title.search(headline)) or f == headline:
        return False
    a, c = _plain_words(st, headline), _plain_words(st, f)
    if len(c) < 2 * v.standalone_min or a[-2:] != c[-2:] or not standalone_candidate(b.text, v, v.title_max):
        return False
    return nearly_alike(st, a, c)




def _plain_words(st: ParseState, text: str) -> str:
    """A title's words without quotes, spaces and placeholders (XX, ××, 某)."""
    drop = set(st.v.data["title"]["reworded_drop"])
    return "".join(c for c in fold(text) if c not in drop and not c.isspace())


def _shown_above(st: ParseState, b: Block) -> bool:
    """b's words stand on a line of their own above it too (the page's headline: 创建国家卫生镇共建美丽新家园
    / VIP专免 / … / 创建国家卫生镇共建美丽新家园 / 尊敬的各位评估组专家，各位领导：): a title, 文种 or not."""
    return chrome_shows(st, squeezed(st, b), b.line, kinds=(D.PARAGRAPH, D.CHROME, D.TITLE))


def _glued_preview(st: ParseState, b: Block, shown: tuple[str, ...]) -> bool:
    """b is a site's preview of the text that opens with the title glued to the text's first
    heading and body (2024年…工作方案一、背景与目标随着…): a showing of the title with the text run on
    without a space, which the document's own copy of the title may follow."""
    return any(len(t) >= st.v.standalone_min and b.text.startswith(t) and len(b.text) > len(t) for t in shown)



def _wrapped_showing(st: ParseState, k: int, shown: tuple[str, ...], since: int = 0) -> bool:
    """body[k] and the next line show a title once more, wrapped after …的 (wrapped_title) or, when only
    the site's lines stand between them and the showing on source line `since`, wherever the two lines
    join to it exactly, neither a sentence (镇政府 / 2019年工作总结及2020年工作安排 under the headline and its
    来源：… 时间：… header; under a 文号 the first set's labeller kept the headline, outline_pages3/16)."""
    body = st.body
    if k + 1 >= len(body) or body[k + 1].kind != D.PARAGRAPH:
        return False
    joined = "".join((body[k].text + body[k + 1].text).split())
    if joined not in {"".join(t.split()) for t in shown}:
        return False
    if wrapped_title(st, k):
        return True
    if not since:
        return False
    return (all(x.kind in (D.CHROME, D.BLANK) for x in st.blocks[since:body[k].line - 1])
            and not any(c in st.f(b) for b in body[k:k + 2] for c in st.v.sentence_end))



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
                                 or body[k + 1].kind == D.PARAGRAPH and meta_field_line(st, st.f(body[k + 1]))):
        k += 1  # (the site's counters under the headline: 學識都 人氣:1.52W)
    if k + 3 >= len(body):
        return run
    para, again, nxt = body[k + 1], body[k + 2], body[k + 3]
    if not (para.kind == D.PARAGRAPH and again.kind == D.PARAGRAPH and squeezed(st, again) == squeezed(st, run[0])):
        return run
    if nxt.kind == D.HEADING and nxt.marker or nxt.kind == D.PARAGRAPH and piece_of(st, [again], nxt, bare=True):
        run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "headline"  # (the title again over its
        again.kind, again.level = D.TITLE, 0  # first piece, …总结1: the piece is a title too, _title_repeats)
        return [again]
    own, head = squeezed(st, nxt), squeezed(st, run[0])
    after = st.f(body[k + 4]) if k + 4 < len(body) else ""
    if (nxt.kind in (D.PARAGRAPH, D.HEADING) and not nxt.marker and own != head and own in head
            and st.v.whole_title.search(own) and (salutation_line(st, after) or after.endswith("：")
                                                  and len(after) <= st.v.issuer_max)):
        for t in (run[0], again):  # (the headline again, then the document's own shorter title over its
            t.kind, t.level, t.detail = D.CHROME, None, "headline"  # salutation: 道外区2009年政府工作报告 /
        nxt.kind, nxt.level, nxt.marker, nxt.title = D.TITLE, 0, "", ""  # … / 政府工作报告 / 各位代表:)
        return [nxt]
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
    """The title again in the body with a site's word after it (…总结范文): chrome (a piece's number after
    it too) — but for the first piece's own showing right over its text (…报告1 / 一、…): the title, its
    last showing, and the lines shown before it are the site's headline (sets 127, 140, 143, 145; sets 66
    and 107 kept both)."""
    if not run:
        return
    piece = True  # (one first piece only)
    for k, b in enumerate(st.body):
        if b.kind == D.PARAGRAPH and decorates(st, run, b):
            if piece and piece_of(st, run, b, bare=True) and _over_text(st, k):
                b.kind, b.level = D.TITLE, 0  # the first piece's own title right over its text (…报告1 / 一、…)
                for t in run:
                    t.kind, t.level, t.detail = D.CHROME, None, "headline"
                piece = False
            else:
                b.kind, b.detail = D.CHROME, "duplicate"



def _over_text(st: ParseState, k: int) -> bool:
    """body[k] stands right over the text: a numbered heading or a paragraph of running text follows."""
    nxt = st.body[k + 1] if k + 1 < len(st.body) else None
    return nxt is not None and (nxt.kind == D.HEADING and bool(nxt.marker)
                                or nxt.kind == D.PARAGRAPH and len(st.f(nxt)) >= st.v.late_text_min)
