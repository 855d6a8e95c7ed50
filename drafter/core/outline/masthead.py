"""The top of a saved page, above the text: the site's name, its menu and service bar, the browser's
window title, the column's name over the breadcrumb, and a table of contents placed before the
text. Their forms are in drafter/data/outline.toml ([masthead], [navigation], [contents])."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.chrome import link_row, mark, nav_line
from drafter.core.outline.headings import match_heading
from drafter.core.outline.state import ParseState
from drafter.text.numerals import from_chinese
from drafter.text.punct import fold


def _next(content: list[Block], k: int) -> Block | None:
    return content[k + 1] if k + 1 < len(content) else None


def _is_site_name(st: ParseState, b: Block, nxt: Block | None) -> bool:
    """The site's name: a body's name with the portal's words (古丈县人民政府门户网站), or a body's
    name alone when the site's chrome (menu, breadcrumb, metadata) follows it (夏县人民政府)."""
    m = st.v.site_name.match(st.f(b))
    if not m:
        return False
    if m.group(2):
        return True
    return nxt is not None and (nxt.kind == D.CHROME or nav_line(st, nxt))


def _named_site(st: ParseState, b: Block, nxt: Block | None) -> bool:
    """A document site's name that holds a report word (找总结网, 工作总结范文网): ending in 网, as no
    title does, with the site's menu or chrome under it."""
    return st.f(b).endswith(tuple(st.v.data["masthead"]["site_name_ends"])) and nxt is not None and (
        nxt.kind == D.CHROME or nav_line(st, nxt))


def _name_over_menu(st: ParseState, b: Block, nxt: Block | None) -> bool:
    """Any short name over the site's menu that opens with its home link (百味书屋 / 首页 | 范文大全 |
    工作总结 | …): the site's name, whatever its words, when it names no report word and holds no sentence."""
    f, v = st.f(b), st.v
    if (nxt is None or len(f) > v.data["masthead"]["name_max_chars"] or v.title_words.search(f)
            or any(c in f for c in v.sentence_end + "，,：:")):
        return False
    items = st.f(nxt).replace("｜", " ").replace("|", " ").split()
    return bool(items) and items[0] in v.nav_home and nav_line(st, nxt)



def _names_the_site(st: ParseState, b: Block, names: list[str]) -> bool:
    """b, a short line under the site's lines, names the web site (…网) that a line above it is (names:
    the site lines so far; its slogan or welcome: 如何写材料?写好材料?蚂蚁范文网提供各类范文写作素材!), and
    ends as no title does."""
    f, v = st.f(b), st.v
    if len(f) > v.chrome_max or v.whole_title.search(f.rstrip("!！。?？")):
        return False
    ends = tuple(v.data["masthead"]["site_name_ends"])
    return any(len(n) >= v.data["masthead"]["named_site_min_chars"] and n.endswith(ends) and n in f
               and n != f.strip() for n in names)  # (a web site's name, not a body's that titles name)



def _is_window_title(st: ParseState, b: Block) -> bool:
    """…报告 - 柳州市柳江区人民政府门户网站: a title, a dash, the site's name with its words, or a web
    site's name (…报告 - 某某范文网)."""
    m = st.v.window_title.match(st.f(b))
    if not m:
        return False
    site = st.v.site_name.match(m.group(1))
    return bool(site and site.group(2)) or (  # (or a web site's name: …报告 - 某某范文网)
        m.group(1).endswith(tuple(st.v.data["masthead"]["site_name_ends"])) and not st.v.title_words.search(m.group(1)))


def _is_column(st: ParseState, b: Block, nxt: Block | None) -> bool:
    """The column's name right above a breadcrumb that names it (工作报告 / …> 工作报告)."""
    f = st.f(b).strip()
    if nxt is None or nxt.kind != D.CHROME or len(f) > st.v.column_max:
        return False
    trail = st.f(nxt)
    if not any(s in trail for s in st.v.breadcrumb_separators):
        return False
    for s in st.v.breadcrumb_separators:
        trail = trail.replace(s, " ")
    return f in trail.replace("：", " ").split()


def _header_over_headline(st: ParseState, b: Block, nxt: Block | None) -> bool:
    """The site's header line with the headline run on after it, over the headline alone: a body's
    name or portal, its column words, a space, then the next line's text (某某市人民政府门户网站
    某某市司法局 工作动态 全市…会议召开 / 全市…会议召开)."""
    if nxt is None or nxt.kind != D.PARAGRAPH or not b.text.endswith(nxt.text):
        return False
    head = b.text[:len(b.text) - len(nxt.text)]
    items = head.split()
    return (head[-1:].isspace() and len(items) >= 2 and bool(st.v.site_name.match(fold(items[0])))
            and not any(c in head for c in st.v.sentence_end + "，；"))


def header(st: ParseState) -> None:
    """The lines above the text that belong to the site: its name (alone, or with the date bar:
    某某区人民政府 2019年12月3日星期二; a document site's name, 原创力文档), menu and service bar (a row of short links with | too), the window
    title, the column's name — scanned down from the first line, through lines already chrome, to
    the first line that is none of these; and every line above a breadcrumb among the first
    breadcrumb_look lines (unless a heading stands above it) that does not read as a title (a page
    may print its headline first).
    Reads content, folded, kinds so far. Sets kind CHROME, detail "nav", "site" or "column"."""
    content = st.content
    sites: list[str] = []  # the site's names found so far (a slogan under them may name one)
    for k, b in enumerate(content):
        if b.kind == D.CHROME:
            if b.detail == "site":
                sites.append(st.f(b).strip())
            continue
        if b.kind != D.PARAGRAPH:
            break
        nxt = _next(content, k)
        if nav_line(st, b) or link_row(st.f(b)):
            mark(b, "nav")
        elif (_is_site_name(st, b, nxt) or _is_window_title(st, b) or st.v.publisher_line.match(st.f(b))
              or st.v.doc_site_slogan.match(st.f(b))
              or (st.v.doc_site.match(st.f(b)) and (not st.v.title_words.search(st.f(b))
                                                     or _named_site(st, b, nxt)))):
            mark(b, "site")
        elif _name_over_menu(st, b, nxt):
            mark(b, "site")
        elif _is_column(st, b, nxt):
            mark(b, "column")
        elif _header_over_headline(st, b, nxt):
            mark(b, "site")
        elif _names_the_site(st, b, sites):
            mark(b, "site")  # the site's slogan naming it (如何写材料?…蚂蚁范文网提供各类范文写作素材!)
        else:
            break
        if b.detail == "site":
            sites.append(st.f(b).strip())
    crumb = next((k for k, b in enumerate(content[:st.v.breadcrumb_look]) if b.detail == "breadcrumb"), None)
    if crumb is not None and not any(match_heading(st.f(b), st.v) for b in content[:crumb]):
        for b in content[:crumb]:  # above the breadcrumb: the site's header, unless a title
            if b.kind == D.PARAGRAPH and (nav_line(st, b) or link_row(st.f(b))):
                mark(b, "nav")  # a menu naming a title word (首页 | 讲话稿 | 工作总结, 学院概况 | … | 通知公告)
            elif b.kind == D.PARAGRAPH and (not st.v.title_words.search(st.f(b))
                                            or any(c in st.f(b) for c in st.v.sentence_end)):
                mark(b, "site")  # (a banner with a title's word, but a sentence as no title is: @所有人,接通知:…。)


def contents(st: ParseState) -> None:
    """A table of contents before the text: the 目录 line and the heading-like entries under it,
    up to the first line that has no heading marker, is long, or repeats the first entry (the text
    itself starting). Fewer than min_entries entries: no table of contents.
    A page that prints its contents again (a doc site's headline, 目录, the entries once more) has each
    marked. Without a 目录 line: _unheaded_contents.
    Reads content, folded. Sets kind CHROME, detail "toc"."""
    v, content = st.v, st.content
    headed = False
    for k, b in enumerate(content):
        if b.kind not in (D.PARAGRAPH, D.CHROME) or not _toc_head(st, st.f(b)):
            continue  # (a 目录 the metadata block read as its last value is the contents' head all the same)
        if headed and not (k + 1 < len(content) and content[k + 1].kind == D.PARAGRAPH):
            continue  # (a later 目录 only heads contents of its own: the page printing them again)
        entries: list[Block] = []
        skipped: list[Block] = []
        closed = _closed_by_dots(st, k)
        part = 0  # the ordinal of the last part's entry (第五部分)
        for e in content[k + 1:]:
            f = st.f(e)
            p = v.part_lead.match(f)
            if p:
                n = from_chinese(p.group(1)) or 0
                if entries and n and n <= part:
                    break  # the parts counted from 第一部分 again (…第五部分:附件 / 第一部分…概况): the text starts
                part = n or part
            if entries and e.kind == D.PARAGRAPH and f.strip() and not f.strip(_DOTS):
                entries.append(e)  # …… closes the contents
                break
            if not entries and not skipped and (e.kind == D.CHROME or e.kind == D.PARAGRAPH and v.field_line.match(f)):
                skipped.append(e)  # the page's field under its 目录 (公开时间:2023年9月26日)
                continue
            if (e.kind != D.PARAGRAPH or len(f) > v.toc_entry_max and not closed
                    or not (match_heading(f, v) or v.part_lead.match(f) or v.chapter.match(f)
                            or entries and _enum_entry(st, f))
                    or (entries and (e.text == entries[0].text or _entry_name(st, f) == _entry_name(st, st.f(entries[0])))
                        and not _numbered_on(st, entries, f))):
                break  # (the first entry again, numbered as the text numbers it: 一、部门主要职责 / 第一部分  部门主要职责;
                #         not the next piece of the same name: 1.在全县…会议上的讲话 / 2.在全县…会议上的讲话)
            entries.append(e)
        entries += _entries_to_repeat(st, entries)
        if len(entries) >= v.toc_min_entries:
            for e in [b, *skipped, *entries]:
                mark(e, "toc")
        elif not entries and not headed:
            mark(b, "page")  # a 目录 link of the site's with no contents under it (above a headline)
        headed = True
    if not headed:
        _unheaded_contents(st)


def _numbered_on(st: ParseState, entries: list[Block], f: str) -> bool:
    """f's number goes on from the entries' (2. after 1.), at their level."""
    first, h = match_heading(st.f(entries[0]), st.v), match_heading(f, st.v)
    return first is not None and h is not None and h[0] == first[0] and h[2] == first[2] + len(entries)


_DOTS = "…．.。·"


def _closed_by_dots(st: ParseState, k: int) -> bool:
    """The contents under content[k] (its 目录 line) end with a line of dots only (……) within
    contents.repeat_window lines, every line between a heading's line (or a 二是… point's) with no
    sentence in it: its long entries are entries too (（一）按照各村完成工作目标任务情况,考核发放绩效资金,…执行)."""
    v, content = st.v, st.content
    for e in content[k + 1:k + 1 + v.data["contents"]["repeat_window"]]:
        f = st.f(e).strip()
        if e.kind == D.PARAGRAPH and f and not f.strip(_DOTS):
            return True
        if e.kind == D.CHROME:
            continue
        if (e.kind != D.PARAGRAPH or match_heading(f, v) is None and not v.enum.match(f)
                or any(c in f for c in v.sentence_end)):
            return False  # (an outline's 二是… point between its headings is an entry too)
    return False


def _entries_to_repeat(st: ParseState, entries: list[Block]) -> list[Block]:
    """The contents' further lines when its first entry comes again a few lines on (toc.repeat_window
    lines at most, none a sentence or long): entries without a number among them (2023年度收入决算表,
    第五部分附表) are the contents' too, up to the text's own first heading. [] when it does not, or when
    a line of dots closed the contents (…… / the title again / 一、…: the title is the text's)."""
    v, content = st.v, st.content
    if not entries or not st.f(entries[-1]).strip(_DOTS):
        return []
    first = _entry_name(st, st.f(entries[0]))
    start = content.index(entries[-1]) + 1
    for r in range(start, min(len(content), start + v.data["contents"]["repeat_window"])):
        e = content[r]
        f = st.f(e)
        if e.kind == D.PARAGRAPH and _entry_name(st, f) == first:
            return [x for x in content[start:r] if x.kind == D.PARAGRAPH]
        if e.kind == D.PARAGRAPH and (len(f) > 2 * v.toc_entry_max or any(c in f for c in v.sentence_end)):
            return []
    return []


def _entry_name(st: ParseState, f: str) -> str:
    """An entry's name without its number (一、, 第一部分, 第一章) and spaces."""
    v = st.v
    h = match_heading(f, v)
    m = None if h else (v.part_lead.match(f) or v.chapter.match(f))
    cut = h[1] if h else m.end() if m else 0
    return "".join(f[cut:].split()).strip("：:、")


def _toc_head(st: ParseState, f: str) -> bool:
    """f heads a table of contents: 目录, or several heads joined by / with a colon and dots after
    (目录/提纲:……)."""
    v = st.v
    f = f.strip()
    if f in v.toc_heads or f[-1:] in "：:" and f[:-1].strip() in v.toc_joined_heads:
        return True  # (提纲: alone with its colon too)
    parts = f.rstrip(_DOTS + "：: ").split("/")
    return len(parts) > 1 and all(p.strip() in v.toc_joined_heads for p in parts)


def _enum_entry(st: ParseState, f: str) -> bool:
    """f is a 一是… item listed among the contents' entries: no sentence in it."""
    return bool(st.v.enum.match(f)) and not any(c in f for c in st.v.sentence_end)


def _toc_entry(st: ParseState, b: Block, most: int = 0) -> bool:
    """b reads as an entry of a table of contents: a short heading line (toc.entry_max_chars, or most), a
    part's line (第二部分2023年度部门决算表, 第一部分:部门概况), a decimal outline's line (1.1政策背景, 2.2.1…: no heading
    of GB/T 9704, but an entry all the same), or one whose numeral the copy lost (、政府采购…), no sentence."""
    f = st.f(b)
    part = st.v.part_lead.match(f)
    if part and f[part.end():part.end() + 1] == "：":
        f = f[:part.end()] + f[part.end() + 1:]  # (第一部分:部门概况: the part's colon is its marker's)
    lost = f.startswith("、") and len(f) > 2  # (、政府采购预算安排情况: an entry whose numeral the copy lost)
    colon = f.find("：")  # (十二、附件:人社部门2026年预算公开报表: a label and its name, no run-in sentence)
    return (b.kind == D.PARAGRAPH and len(f) <= (most or st.v.toc_entry_max)
            and (match_heading(f, st.v) is not None or bool(st.v.decimal_outline.match(f)) or bool(part) or lost)
            and not any(c in f for c in st.v.sentence_end + "；")
            and (colon < 0 or st.v.runin_comma not in f and len(f) - colon - 1 <= st.v.data["contents"]["colon_name_max_chars"]))


def _unheaded_contents(st: ParseState) -> None:
    """A table of contents without its 目录 line (a document site prints the outline before the
    title): a run of min_entries heading lines or more, nothing between them, before the page's first
    sentence, whose first entry comes again later as a line of its own, spaces aside (the text itself
    starting)."""
    v, content = st.v, st.content
    first_sentence = next((k for k, b in enumerate(content)
                           if b.kind == D.PARAGRAPH and any(c in st.f(b) for c in v.sentence_end)), len(content))
    last_at = {b.text: k for k, b in enumerate(content) if b.kind == D.PARAGRAPH}
    # the text's own line may run its first entry on into the body (1.1政策背景… “六五普法”规划…):
    # lines by their opening characters, to find an entry's text opening a later line in one look-up
    lead = v.toc_lead_chars
    opened_at = {b.text[:lead]: k for k, b in enumerate(content) if b.kind == D.PARAGRAPH and len(b.text) > lead}
    squeezed: dict[str, int] | None = None
    k = 0
    while k < first_sentence:
        j, last = k, {}  # level -> the ordinal of the run's last entry at that level
        head = "".join(st.f(content[k]).split())
        while j < first_sentence and _toc_entry(st, content[j]):
            if j > k and "".join(st.f(content[j]).split()) == head:
                break  # the first entry again: the text itself starts (a contents with no sentence after it)
            if v.part_lead.match(st.f(content[j])):
                last = {}  # each part numbers its entries from 一 again
            m = match_heading(st.f(content[j]), v)
            if m and m[2] and m[2] <= last.get(m[0], 0):
                break  # the ordinal goes back (十、 … 一、): the text itself starts
            if m:  # a deeper level counts again under each entry above it
                last = {lv: n for lv, n in last.items() if lv < m[0]}
                last[m[0]] = m[2]
            j += 1
        first = content[k].text
        again = last_at.get(first, -1)
        if again < j and len(first) >= lead and opened_at.get(first[:lead], -1) >= j:
            again = opened_at[first[:lead]] if content[opened_at[first[:lead]]].text.startswith(first) else -1
        if j - k >= v.toc_min_entries and again < j:
            if squeezed is None:  # each line's folded text without spaces -> where it last stands
                squeezed = {"".join(st.f(b).split()): n for n, b in enumerate(content) if b.kind == D.PARAGRAPH}
            # the first entry again, spaces aside (第一部分安远县司法局概况 / 第一部分 安远县…), or its name alone
            again = max(squeezed.get(head, -1), squeezed.get(v.part_lead.sub("", head), -1))
            if again < j:
                again = _paged_entries(st, content[k:j], squeezed, j)
        if j - k >= v.toc_min_entries and again >= j:
            while j < again and _toc_entry(st, content[j], 2 * v.toc_entry_max):
                if v.part_lead.match(st.f(content[j])):
                    last = {}
                m = match_heading(st.f(content[j]), v)
                if m and m[2] and m[2] <= last.get(m[0], 0):
                    break  # the ordinal goes back: the text itself starts
                if m:
                    last = {lv: n for lv, n in last.items() if lv < m[0]}
                    last[m[0]] = m[2]
                j += 1  # (a longer entry further down: …以及党中央决策部署和省委、市委、县委工作要求方面)
            for e in content[k:j]:
                mark(e, "toc")
            return
        k = max(j, k + 1)


def _paged_entries(st: ParseState, entries: list[Block], squeezed: dict[str, int], j: int) -> int:
    """A compilation's contents, each entry a piece's title with its page number glued on, the numbers
    rising (1.某区林业局2024年度工作总结2 / 2.…工作计划11 / …): where the first piece's title stands again
    as a line of its own after them (its number and page left out), -1 when it does not."""
    pages = []
    for e in entries:
        name = _entry_name(st, st.f(e))
        bare = name.rstrip("0123456789")
        if bare == name or not bare:
            return -1
        pages.append(int(name[len(bare):]))
    if any(b <= a for a, b in zip(pages, pages[1:])):
        return -1
    at = squeezed.get(_entry_name(st, st.f(entries[0])).rstrip("0123456789"), -1)
    return at if at >= j else -1
