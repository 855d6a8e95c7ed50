"""The walk over the top matter (walk_top): from the body's first lines to the first paragraph or
heading, it marks the title lines, subtitle (dateline), byline, salutation and 发文字号, and the
page's headline and duplicates as chrome; the title is its last showing before the text."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.headings import (NOT_HEADING_HINTS, file_headline_shown, names_part, outside_brackets,
                                           standalone_candidate, wrap_width)
from drafter.core.outline.state import ParseState
from drafter.core.outline.titlelines import (
    addressee, apart, chrome_shows, dated_field, is_byline, issuer_lines, meta_field_line, repeats, squeezed,
    salutation_line, title_candidate, title_like, title_line, undecorated, wrapped_dateline,
)
from drafter.core.outline.topsite import (
    SITE_LINES, SITE_LINES_FIRST, ad_line, broken_title, counted_title, cut_listing_date, cut_widget, generic, read_past,
    site_list,
)
from drafter.text.punct import fold


def read_top(st: ParseState, k: int) -> list[Block]:
    """The top matter from body[k] on (walk_top); returns its title lines."""
    return walk_top(st, k)[0]


def _wrapped_whole(st: ParseState, run: list[Block], b: Block) -> bool:
    """b, shorter than the title line above it, ends the title that line leaves unfinished: the line
    above is no whole title, the two joined are one (…民主生活会对照检 / 查材料(含案例)), b has no mark of a
    sentence or a clause, and the title has room for another line."""
    v = st.v
    last, f = squeezed(st, run[-1]), squeezed(st, b)
    return (len(run) < v.title_max_lines and len(f) < len(last) and not v.whole_title.search(last)
            and not f.startswith(tuple(v.data["subtitle"]["dashes"]))  # (——…工作报告: the subtitle)
            and bool(v.whole_title.search(v.trailing_note.sub("", last + f)))
            and not any(c in f for c in v.sentence_end + "，,：:；;") and standalone_candidate(last + f, v, v.title_max))


def _site_named(st: ParseState, site: Block, b: Block) -> bool:
    """b is the name on the site's line, the whole line or its name before a dash and a slogan
    (笔杆子素材库 under 笔杆子素材库 - 机关公文写作素材分享)."""
    name, rest = b.text.strip(), site.text.strip()
    if not name or not rest.startswith(name):
        return False
    tail = rest[len(name):].lstrip()
    return not tail or tail[0] in st.v.data["masthead"]["doc_site_joiners"]


def walk_top(st: ParseState, k: int) -> tuple[list[Block], int]:
    """The top matter from body[k] on; returns its title lines and the index where it stops. The title is its last showing
    before the text: on a saved page the title the document prints above its text (again after the
    site's chrome, a variant of it, a letter-spaced 政 府 工 作 报 告, 《…》政策解读) — the page's headline
    above it is chrome ("headline"), the convention of tests/data/outline_pages and of the unseen
    sets labelled since; a repeat of a title line is chrome ("duplicate"), and so is
    the headline with a site's word after it, a line the site joined with a dash, and a body's name
    with a date; so are short bulleted lines before the title (a site's counters and buttons) and the
    rows of topsite.SITE_LINES. A title line loses a site's column before | (or in 【】 before it) and
    a page number after it. A 发文字号 among these lines is DOC_NUMBER."""
    v, body = st.v, st.body
    run: list[Block] = []  # the title lines so far
    shown: set[str] = set()  # the texts of title and subtitle lines so far
    if st.walk_wrap < 0:
        st.walk_wrap = wrap_width(st)  # the width a PDF's copy wrapped its text at (0: none), once per text
    width = st.walk_wrap
    seen_subtitle = False
    while k < len(body):
        b = body[k]
        f = st.f(b)
        n = read_past(st, k, run, seen_subtitle, SITE_LINES_FIRST)
        if n:
            k += n
            continue
        broken = 0 if run or seen_subtitle else broken_title(st, k)
        if broken:  # one title a PDF broke at its figures (县农业农村局 / 2023 / 年工作总结和 / …)
            for t in body[k:k + broken]:
                t.kind, t.level = D.TITLE, 0
                shown.add(t.text)
            run = list(body[k:k + broken])
            k += broken
            continue
        cut = counted_title(st, k) if not run and not seen_subtitle else 0
        if cut:  # the title itself, the first chunk's number glued on (1、…工作总结): the title without it
            b.kind, b.level, b.marker, b.detail, b.ordinal = D.TITLE, 0, "", "", None
            st.behead(b, cut)
            b.title = b.body = ""
            run.append(b)
            shown.add(b.text)
            k += 1
            continue
        n = read_past(st, k, run, seen_subtitle, SITE_LINES)
        if n:
            k += n
            continue
        if b.kind != D.PARAGRAPH:
            break
        if st.hint(b) in NOT_HEADING_HINTS:
            if meta_field_line(st, f) and not seen_subtitle:
                b.kind, b.detail = D.CHROME, "page"  # the page's fields split by | (网站:文库114 | 时间:2021-06-21 …)
                k += 1
                continue
            if not site_list(st, k, run):
                break
            b.kind, b.detail = D.CHROME, "page"  # a site's bulleted counters above the title (• 约 11页)
            k += 1
            continue
        if not seen_subtitle and v.field_opening.match(f):
            b.kind, b.detail = D.CHROME, "page"  # a field line (导读: …, 内容概述 …): never the title
            k += 1
            continue
        if not run and not seen_subtitle:
            cut_widget(st, b)
            cut_listing_date(st, b)
        if len(run) == 1 and ad_line(st, run[0], b):
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
        if (run and v.part_lead.match(f)
                and any(x.kind == D.CHROME and x.detail == "toc" for x in st.blocks[run[-1].line:b.line - 1])):
            break  # the contents stand between: the text starts with its first part (…决算公开 / 目录 … / 第一部分部门概况)
        if run and (_part_under_title(st, run, b) or apart(st, run[-1], b) and (
                _section_name(st, run, b) or _over_first_item(st, k) and not _reordered(st, run, b))):
            break  # the first part's name under a whole title (…工作报告 / 2023年工作回顾), or a line with no
            #        文种 right over the text's first numbered heading after the page's lines (…平安建设工作 /
            #        无 / 主动公开 / 2022.11.05 / 平安建设方面 / （一）…): the text starts
        if run and not seen_subtitle and k and body[k - 1].kind == D.BYLINE and v.occasion_title.match(f):
            b.kind, seen_subtitle = D.SUBTITLE, True  # the occasion under the title and its speaker (…镇长 某某 /
            shown.add(b.text)                          # 在…第五次会议上的报告): the report's subtitle
            k += 1
            continue
        if (not v.bodies_named(f) and st.content[0].kind == D.CHROME and st.content[0].detail == "site"
                and (run and _site_named(st, st.content[0], b) or not seen_subtitle and _site_slogan(st, st.content[0], b))):
            b.kind, b.detail = D.CHROME, "site"  # the site's name again under the title (三味园范文网 / 2025-04-02), or
            k += 1                               # with a slogan of its own after a dash (秘书之家—全网资源每日更新)
            continue
        if run and not seen_subtitle and v.word_count_wrap[0].search(st.f(run[-1])) and v.word_count_wrap[1].match(f):
            b.kind, b.level = D.TITLE, 0  # the title's word count, broken: …讲话(7158 / 字)
            run.append(b)
            shown.add(b.text)
            k += 1
            continue
        if (run and not seen_subtitle and len(f) <= 2 * v.standalone_min and b.text not in shown
                and len(run) <= v.title_max_lines and not any(c in f for c in v.sentence_end)
                and any(chrome_shows(st, "".join(squeezed(st, t) for t in run[i:]) + squeezed(st, b), b.line)
                        for i in range(len(run)))):
            b.kind, b.level = D.TITLE, 0  # the title's tail a PDF broke off, the headline above whole (…2021年工作思 /
            run.append(b)                  # 路范文 under 2020年农口工作总结及2021年工作思路范文)
            shown.add(b.text)
            k += 1
            continue
        if run and not seen_subtitle and v.period_line.match(f) and not apart(st, run[-1], b):
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
        if (run and not seen_subtitle and v.spaced_title.match(f) and not apart(st, run[-1], b)
                and not v.whole_title.search(v.bracketed_date.sub("", squeezed(st, run[-1])))
                and v.whole_title.search(squeezed(st, b))):  # (…工作报告(2023年1月6日) is a whole title: a headline)
            b.kind, b.level = D.TITLE, 0  # the title's last line, its 文种 spaced out (中国人民政治协商会议 /
            run.append(b)                  # 常宁市第十一届委员会常务委员会 / 工 作 报 告)
            shown.add(b.text)
            k += 1
            continue
        titled = ((st.hint(b) == "title" or title_candidate(st, k, run, seen_subtitle) or repeats(run, b, seen_subtitle))
                  and not _clause_after_whole(st, run, b, width))
        if run and v.doc_number.match(f.strip()):
            b.kind = D.DOC_NUMBER
        elif run and _listed(st, run, b):
            b.kind, b.detail = D.CHROME, "duplicate"  # the site's listing: 第一篇 …报告2150字
        elif run and titled and not seen_subtitle and apart(st, run[-1], b) and (generic(st, run, b)
                                                                                 or dated_field(st, f)):
            b.kind, b.detail = D.CHROME, "page"  # a site's box label after the headline: 栏目索引, 相关内容
        elif run and titled and not seen_subtitle and ((apart(st, run[-1], b) and not _restated(st, run, b)
                                                        and not _section_name(st, run, b) and not _author_line(st, k))
                                                       or v.spaced_title.match(f) or _shown_again(st, run, b)
                                                       or _headline_again(st, run, b)):
            decorated = decorates(st, run, b) and not piece_of(st, run, b)
            if decorated and piece_of(st, run, b, bare=True):
                break  # the first piece, a bare number after the title (…报告1): a title too, _title_repeats
            if decorated and not _described(st, b):
                b.kind, b.detail = D.CHROME, "duplicate"  # the headline with a site's word after it
            else:   # the document's own title after the page's headline: the headline is chrome
                for t in run if not compilation(st, run) or squeezed(st, b) == squeezed(st, run[0]) else ():
                    # (a compilation's name is its title: it stays, with its first piece's)
                    t.kind, t.level, t.detail = D.CHROME, None, "headline"
                b.kind, b.level = D.TITLE, 0
                _cut_counter(st, b, run)
                _cut_title(st, b)
                run = [b]
                shown = {b.text}  # (the headline's text is the site's now: the title may show under its issuers)
        elif run and not seen_subtitle and apart(st, run[-1], b) and _reordered(st, run, b):
            for t in run:  # the document's own title, the headline's words in another order (2022年吴中区检察院
                t.kind, t.level, t.detail = D.CHROME, None, "headline"  # 二季度… / 吴中区检察院2022年二季度…)
            b.kind, b.level = D.TITLE, 0
            run = [b]
            shown = {b.text}
        elif run and _preview(st, run, b):
            b.kind, b.detail = D.CHROME, "duplicate"  # a site's preview: the title, a space, the text's start
        elif run and seen_subtitle and b.text == run[0].text and len(run) == 1:
            # the whole top matter shown once more (title, dateline, speaker line, then the same title):
            # the page's headline block above is chrome, the title is its last showing
            for t in body[body.index(run[0]):k]:
                if t.kind in (D.TITLE, D.SUBTITLE, D.BYLINE, D.PARAGRAPH):
                    t.kind, t.level, t.detail = D.CHROME, None, "headline"
            return walk_top(st, k)
        elif run and b.text in shown and issuer_lines(st, [*run, b]) < len(run):
            b.kind, b.detail = D.CHROME, "duplicate"  # (not under its issuers: 中共某镇委员会 / 某镇人民政府 / 关于…)
        elif not seen_subtitle and (v.site_joined.search(f) or v.publisher_line.match(f)) \
                and standalone_candidate(b.text, v, v.title_max):
            b.kind, b.detail = D.CHROME, "page"
        elif run and not seen_subtitle and (v.clocked_stamp.search(f) or meta_field_line(st, f)
                                            or v.article_header.search(f) and not any(c in f for c in v.sentence_end)):
            b.kind, b.detail = D.CHROME, "page"  # the page's stamp with its time (天狐网络 发表于2023-01-08 19:25:07 …),
            #                                     an article's header (【收藏】 作者: 佚名 来源: 作者原创 阅读 次)
        elif run and addressee(st, f):
            b.kind = D.SALUTATION  # the 主送机关 without its colon: 镇党委、政府
            break
        elif run and _author_line(st, k):
            b.kind = D.BYLINE  # the body that wrote it, alone under the title: 珠山区民政局
        elif run and not seen_subtitle and _speaker_over_dateline(st, k):
            b.kind = D.BYLINE  # the speaker over the dateline: 县委副书记 / 今年月日, …组织部长张伟强 / (2011 年 5 月 13 日)
        elif titled and (run or st.hint(b) == "title" or title_like(st, k)):
            if _fragment_over(st, run, b):
                run[0].kind, run[0].level, run[0].detail = D.CHROME, None, "headline"
                shown.discard(run[0].text)  # (the headline cut short over the whole title: 年矛盾纠纷排查“大调解” /
                run = []                    #  XX镇2011年矛盾纠纷排查“大调解”工作总结)
            b.kind, b.level = D.TITLE, 0
            _cut_title(st, b)
            run.append(b)
        elif run and not seen_subtitle and _wrapped_whole(st, run, b):
            b.kind, b.level = D.TITLE, 0  # the title's tail wrapped mid-word (…民主生活会对照检 / 查材料(含案例))
            run.append(b)
        elif v.subtitle.match(f) and len(f) <= v.subtitle_max or wrapped_dateline(st, k):
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



def _clause_after_whole(st: ParseState, run: list[Block], b: Block, width: int = 0) -> bool:
    """b, a line with a sentence comma outside brackets, or a colon after a clause that announces (…总体要求是:),
    (or opening as a text does: 根据, 为进一步, 本报告), or a line of the width a PDF's copy wrapped its text at
    (width) stopping mid-sentence (…的先导性、基础性、战 / 略性工程。…),
    and not ending as a whole title does, under a title line that ends as one (…工作总结及2024年工作打算 / 2023年,某区坚持以…,全面贯彻…关于退役): the
    text's first line, no title's second line (none of the labelled titles wraps so) [sets 105, 183]."""
    if not run or not st.v.whole_title.search(squeezed(st, run[-1])) or apart(st, run[-1], b):
        return False  # (the site's lines between: its buttons, 加入VIP，免费下载, are for the walk to read)
    v = st.v
    if (width and len(b.text) >= width - v.wrap_slack and b.text[-1] not in v.paragraph_end
            and not v.whole_title.search(st.f(b))):
        return True
    f = squeezed(st, b)
    if f.startswith(st.v.opening_leads) and not st.v.whole_title.search(f):
        return True  # (…工作年度报告 / 本报告根据《…条例》、《国: the text opens, a PDF's line cut short)
    colon = outside_brackets(f, st.v.runin_colon, len(f))
    return ((outside_brackets(f, st.v.runon_comma, len(f)) >= 0
             or colon > 0 and f[:colon].endswith(tuple(st.v.data["title"]["clause_colon_ends"])))
            and not st.v.whole_title.search(f))  # (…2024年工作要点 / 2024年全市…总体要求是:坚持以…, a PDF's line)



def _part_under_title(st: ParseState, run: list[Block], b: Block) -> bool:
    """b names a report's part (2023年工作回顾, 上半年总体工作情况) right under title lines that end as a
    whole title does (…工作报告, …工作安排, …工作规划 / 2019年政府工作回顾): no title wraps on into a part's name — unless b ends as a
    whole title too and names what the title so far does not, right under it (…2019年工作总结 /
    2020年重点工作安排; with the site's lines between, …政府工作报告 / 发布时间:… / 2016年工作总结, a part)."""
    v, f = st.v, st.f(b)
    whole = "".join(st.f(t) for t in run)
    if v.whole_title.search(f) and f not in st.f(run[-1]) and not apart(st, run[-1], b):
        return False  # the title's second part (某某街道2019年工作总结 / 2020年重点工作安排)
    return names_part(f, v) and bool(v.whole_title.search(whole))



def _split_showing(st: ParseState, k: int, run: list[Block]) -> bool:
    """body[k] and the next source line show the title lines so far (run) once more, wrapped at
    another place (县应急管理局2022工作总结和2023年 / 工作思路 under 县应急管理局2022工作总结和2023年工作思路;
    the headline may carry the page's date after it)."""
    body = st.body
    if k + 1 >= len(body) or body[k + 1].kind != D.PARAGRAPH or not st.follows(body[k], body[k + 1]):
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
    headline, with no period in brackets under it (…基本情况 / (2023年 4季度) is a title's name)."""
    v, f = st.v, st.f(b)
    nxt = st.after(b)
    if nxt is not None and v.period_line.match(st.f(nxt)):
        return False  # a title's name over its period ((2023年 4季度)): 检察机关业务工作基本情况 / (2023年 4季度)
    if f.endswith(v.part_tails) and names_part(f, v):
        return True  # (“十三五”时期经济社会发展回顾: no title ends so)
    return bool(v.part_heading.fullmatch(f)) and len(f) < len("".join(st.f(t) for t in run))



def _over_first_item(st: ParseState, k: int) -> bool:
    """body[k], a short line with no 文种 word, stands right over a numbered heading that opens its run
    (（一）, 1., 一、): it heads the text's first section, as no site's box label (相关内容) heads a
    document's numbered heading."""
    v, body = st.v, st.body
    f = st.f(body[k])
    nxt = body[k + 1] if k + 1 < len(body) else None
    return (nxt is not None and nxt.kind == D.HEADING and bool(nxt.marker) and nxt.ordinal == 1
            and standalone_candidate(body[k].text, v) and not v.title_words.search("".join(f.split())))


def _undated(st: ParseState, f: str) -> str:
    """f without the page's date stamp after it (…重点工作安排 2020-10-19: a list's headline)."""
    m = st.v.trailing_stamp.search(f)
    return f[:m.start()] if m else f



def _site_slogan(st: ParseState, site: Block, b: Block) -> bool:
    """b opens with the name on the site's line (the part before its dash: 秘书之家 of 秘书之家 - 公文写作资源网),
    then a dash and a slogan (秘书之家—全网资源每日更新): the site's watermark line, no title."""
    joiners = st.v.data["masthead"]["doc_site_joiners"]
    text = site.text.strip()
    cut = next((i for i, c in enumerate(text) if c in joiners), -1)
    name = text[:cut].strip() if cut > 0 else ""
    rest = b.text.strip()
    if len(name) < 2 or not rest.startswith(name) or rest == text:
        return False
    tail = rest[len(name):].lstrip()
    return bool(tail) and tail[0] in joiners and len(tail.lstrip(joiners).strip()) >= 2


def _reordered(st: ParseState, run: list[Block], b: Block) -> bool:
    """b holds the same characters as the title lines so far (run), in another order, spaces aside: the
    page's headline and the document's own title, its words moved (2022年吴中区检察院二季度办案数据公开 /
    吴中区检察院2022年二季度办案数据公开)."""
    v = st.v
    a = "".join("".join(st.f(t).split()) for t in run)
    c = "".join(st.f(b).split())
    return (a != c and len(c) >= 2 * v.standalone_min and sorted(a) == sorted(c)
            and standalone_candidate(b.text, v, v.title_max))


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
    above = v.counted_words.sub("", st.f(run[-1]))  # (a headline with the site's word count: …的发言(1542字))
    if v.title_note.search(above) and not v.title_note.search(st.f(b)):
        above = v.title_note.sub("", above)  # (…自评报告(春节慰问经费项目) over …自评报告 / (春节慰问经费项目))
    above = undecorated(st, above)  # (…工作安排【精选推荐】 over …工作安排: two showings)
    return (bool(v.whole_title.search(above) and v.whole_title.search(st.f(b)))
            and not st.f(b).startswith(v.title_join_leads) and not _next_years_part(st, run[-1], b)
            and not _named_joined(st, run[-1], b))


def _named_joined(st: ParseState, above: Block, b: Block) -> bool:
    """Another line of the page names the two lines joined (…发展计划 / 执行情况与2025年计划草案报告 under
    关于印发《…发展计划执行情况与2025年计划草案报告》的通知): one title wrapped, not two showings."""
    joined = squeezed(st, above) + squeezed(st, b)
    near = st.v.data["title"]["named_window_lines"]  # (lines this near: the page's notice and its links)
    return any(x.kind != D.BLANK and joined in squeezed(st, x)
               for x in st.blocks[max(above.line - 1 - near, 0):b.line + near])


def compilation(st: ParseState, run: list[Block]) -> bool:
    """run names a compilation of documents and counts its pieces (政协系统2023年工作综述材料汇编(4篇),
    (6篇)林业局2024年度工作总结汇编): a document of its own, whose title stands with its first piece's."""
    f = st.f(run[0]) if len(run) == 1 else ""
    return any(w in f for w in st.v.data["title"]["compilation_words"]) and bool(st.v.pieces_counted.search(f))



def _next_years_part(st: ParseState, above: Block, b: Block) -> bool:
    """b opens with another year than the line above names and names no body: the plan's part of a
    summary-and-plan title over two lines (定海路街道2019年工作总结 / 2020年重点工作安排), not a showing."""
    m, years = st.v.year_lead.match(st.f(b)), st.v.year_named.findall(st.f(above))
    if m and st.v.year_named.sub("", st.f(b)) == st.v.year_named.sub("", st.f(above)):
        return False  # the same title with another year (2020年县社区党建工作情况汇报 / 2019年…): a showing
    return bool(m and years and m.group()[:-1] not in years and not st.v.bodies_named(st.f(b)))



def _speaker_over_dateline(st: ParseState, k: int) -> bool:
    """body[k], under a title, is the speaker's line (an office, with the name glued on or not; a
    name alone is too like a site's button: 保存) and the dateline or the salutation comes next (县委副书记 / 今年月日 / 同志们:): the
    speaker's line that a speech prints before its dateline is its byline, as after it."""
    v, body = st.v, st.body
    if k + 1 >= len(body):
        return False
    f, nf = squeezed(st, body[k]), st.f(body[k + 1])
    if not (v.glued_speaker.match(f) or v.office_line.match(f)):
        return False
    return bool(v.subtitle.match(nf) or wrapped_dateline(st, k + 1) or salutation_line(st, nf))



def _fragment_over(st: ParseState, run: list[Block], b: Block) -> bool:
    """The only title line so far is a piece of b, which ends as a whole title does while it does not
    (年矛盾纠纷排查“大调解” over XX镇2011年矛盾纠纷排查“大调解”工作总结): the page's headline cut short, no line
    of a title wrapped onto b (a wrapped title's first line is no part of its second)."""
    if len(run) != 1:
        return False
    part, whole = squeezed(st, run[0]), squeezed(st, b)
    return (len(part) >= 2 * st.v.standalone_min and part in whole and part != whole
            and bool(st.v.whole_title.search(whole)) and not st.v.whole_title.search(part))



def _author_line(st: ParseState, k: int) -> bool:
    """body[k], under a title, names the body that wrote the text and nothing else (珠山区民政局,
    某某镇人民政府, or with the writer's name after a space: 旺苍县司法局 杨晓东, the page's date before it:
    2018-09-20司法部…调研组, its compiler's mark after it: …办公室 编): short, ending in an organisation word, no 文种 or report word; the text or a heading
    comes next, or a dateline, never another title line (a title wrapped after a body's name goes on: 某某县司法局 /
    2025年工作总结 is a title over two lines; so does one whose issuers stand one a line over its 关于…)."""
    v, body = st.v, st.body
    f = st.f(body[k])
    if v.edited_by.match(f):
        return True  # (the body that compiled it, its mark after: …领导小组办公室 编)
    if k and body[k - 1].kind == D.BYLINE and len(f) >= v.standalone_min and st.f(body[k - 1]).endswith(f):
        return True  # (the name again under the dated byline: 2018-09-20司法部…第十一调研组 / 司法部…第十一调研组)
    stamp = v.date_stamp.match(f)
    if stamp and f[stamp.end():].strip():
        f = f[stamp.end():].strip()  # (the page's date glued before it: 2018-09-20司法部…调研组)
    named = v.trailing_person.search(f)  # (the writer's name after the body's: 旺苍县司法局 杨晓东)
    if named and v.issuer_end.search(f[:named.start()]):
        f = f[:named.start()]
    if (len(f) > v.issuer_max or not v.issuer_end.search(f) or v.title_words.search(f) and not stamp
            or "、" in f):
        return False  # (a dated name may hold a report word: 2018-09-20司法部基层法治建设第十一调研组)
    if any(c in f for c in v.sentence_end + "，：《》“”"):
        return False
    nxt = body[k + 1] if k + 1 < len(body) else None
    if nxt is not None and nxt.kind == D.PARAGRAPH and st.f(nxt).startswith(v.official["notice_title_lead"]):
        return False  # the issuers that open the title, one a line (中共某县委 / 某县人民政府 / 关于…的 / 报告)
    return (nxt is None or nxt.kind != D.PARAGRAPH or not title_line(st, nxt.text) or st.f(nxt).strip() == f
            or bool(v.subtitle.match(st.f(nxt))) or wrapped_dateline(st, k + 1))  # XX市司法局 / （20XX年X月X日）



def _preview(st: ParseState, run: list[Block], b: Block) -> bool:
    """b is a site's preview of the document under its headline: the title, a space, then the
    text's opening run on (镇长在…会上的讲话 同志们: 即将过去的…), longer than a decoration."""
    title = "".join(t.text for t in run)
    rest = b.text[len(title):]
    return (b.text.startswith(title) and rest[:1].isspace()
            and len(rest.strip()) > st.v.decoration_max and not st.v.doc_number.match(fold(rest.strip())))



def _listed(st: ParseState, run: list[Block], b: Block) -> bool:
    """b is a document site's listing of the essay under its title: its number, the title, its word
    count (镇长述职报告 / 第一篇 镇长述职报告2150字), or the listing's next piece under it (第二篇 …5120字); a
    title never counts its own characters."""
    m = st.v.essay_listing.match(st.f(b))
    if not m:
        return False
    if m.group(1).replace(" ", "") == "".join(st.f(t) for t in run).replace(" ", ""):
        return True
    above = st.before(b)
    return (above is not None and above.kind == D.CHROME and above.detail == "duplicate"
            and bool(st.v.piece_lead.match(squeezed(st, above))))  # (the listing's next pieces: 第二篇 …5120字)



def decorates(st: ParseState, run: list[Block], b: Block) -> bool:
    """b is the title with a site's word after it (镇上半年工作情况总结 → …总结范文) or with the site
    listing's date (_dated_copy) — not when only b ends as a whole title (the headline cut short)."""
    title = "".join(t.text for t in run)
    if b.text.startswith(title) and st.v.own_note.fullmatch(fold(b.text[len(title):]).strip()):
        return False  # the document's own note (…工作报告(摘要)): its title, the last showing
    if (b.text != title and b.text.startswith(title) and st.v.whole_title.search(st.f(b))
            and not st.v.whole_title.search("".join(st.f(t) for t in run))):
        return False  # the headline cut short, the title whole (…预算公开 / …预算公开情况说明)
    return b.text != title and b.text.startswith(title) and (len(b.text) - len(title) <= st.v.decoration_max
                                                             or _dated_copy(st, b.text, title))



def _described(st: ParseState, b: Block) -> bool:
    """b stands right under the doc site's description label (文档简介 / 依法治乡镇实施方案参考模板 /
    一、背景分析): the document's own first line, its title as the file names it, the last showing."""
    above = st.before(b)
    return above is not None and bool(st.v.description_label.match(st.f(above).strip()))


def piece_of(st: ParseState, run: list[Block], b: Block, bare: bool = False) -> bool:
    """b is the title so far with a sample site's piece number after it (乡镇政府工作报告 / … /
    乡镇政府工作报告篇一, …讲话材料(一)): the piece's own showing over its text, the title (its last showing).
    With bare, a bare number counts too (社区矫正工作调研报告1): a title shown before stays a title over it."""
    title, f = "".join(squeezed(st, t) for t in run), squeezed(st, b)
    m = (st.v.piece_number.search(f) or st.v.piece_ordinal.search(f)
         or (st.v.bare_piece.search(f) if bare else None))
    return m is not None and f[:m.start()] == title



def _headline_again(st: ParseState, run: list[Block], b: Block) -> bool:
    """The only title line so far (run) shows the site's headline once more (2022年在…会议上的讲话范文
    under the same headline), and b is the document's own title inside it (在…会议上的讲话): the
    headline's words hold b whole, so b is no second line of a wrapped title. So too, the headline
    not shown in the chrome, when b ends as a whole title does (免费2024组织部长在…上的讲话(24年12月) /
    组织部长在…上的讲话): no title wraps onto a line its first line holds."""
    if len(run) != 1:
        return False
    head, own = squeezed(st, run[0]), squeezed(st, b)
    return (len(own) >= 2 * st.v.standalone_min and own in head and own != head
            and (chrome_shows(st, head, run[0].line) or bool(st.v.whole_title.search(own))))



def _dated_copy(st: ParseState, dated: str, title: str) -> bool:
    """dated is title with a site listing's date after a space (…工作安排 2018-06-15): a title
    never ends on a date stamp, its own dates are in its words (…2025年12月31日前…)."""
    m = st.v.listing_date.search(dated)
    return bool(m) and dated[:m.start()] == title



def _cut_counter(st: ParseState, b: Block, run: list[Block]) -> None:
    """Cut the first chunk's counter off the title's last showing under the headline (2022年城管局环卫作业工作总结 /
    … / 1、2022年城管局环卫作业工作总结 / the text), the headline perhaps with the file's copy number after
    it (河长制工作总结 (2)), or under the file's name (….docx): the counter is the site's, the words the title."""
    v = st.v
    f = st.f(b)
    m = v.menu_number.match(f) or v.chunk_first.match(f)
    if m is None or m.group(1) != "1":
        return
    rest = "".join(f[m.end():].split())
    headline = "".join(squeezed(st, t) for t in run)
    if rest in (headline, v.copy_number.sub("", headline)) or file_headline_shown(st, b.line, rest):
        st.behead(b, m.end())  # (or the words the page named its file by: 民政局的工作报告.docx / … / 1、民政局的工作报告)


def _cut_title(st: ParseState, b: Block) -> None:
    """Cut a site's column before | and a page number or word count after the title out of its text (the block's
    indent grows by what is cut in front, so its column stays the text's column). A compilation's
    prefix (第一篇:镇政府年度工作报告) stays: the title is the whole line, as the page prints it."""
    column, page = st.v.title_cuts
    f = st.f(b)
    m = column.match(f)
    if m and len(f) - m.end() >= st.v.standalone_min:
        st.behead(b, m.end())
        f = st.f(b)
    m = page.search(f)
    if m and m.start() >= st.v.standalone_min:
        st.shorten(b, m.start())
