"""Web-page chrome: toolbars, article headers, breadcrumbs, metadata blocks, footers, duplicates.

A page saved as text brings its site with it. These passes mark such lines CHROME (with a detail:
"page", "index-table", "caption", "breadcrumb", "duplicate", "footer", "after-imprint") so that no
later pass takes them for a title, heading or paragraph."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.state import ParseState
from drafter.core.outline.headings import match_heading
from drafter.core.outline.vocab import Vocab, vocab
from drafter.text.punct import fold, is_cjk


def is_chrome(content: str, v: Vocab | None = None) -> str:
    """The kind of page chrome a line is ("" when it is not chrome)."""
    v = v or vocab()
    if content in v.chrome_exact:
        return "page"
    if v.outline_line.match(content):
        return "page"  # a doc site's 【提纲】 line, however long
    if v.field_error.search(fold(content)):
        return "page"  # a Word field's error printed in the copy, however long
    if v.disclaimer.match(fold(content)) or v.file_blurb.match(fold(content)):
        return "page"  # a doc site's 说明:…仅供预览… notice or 《…docx》由会员分享… blurb, however long
    if len(content) > v.chrome_max:  # chrome lines are short; the duplicate dump is found elsewhere
        return ""
    folded = fold(content)
    if folded[-1:] in "：:" and (folded[:-1].strip() in v.link_heads or v.link_head_word.match(folded[:-1].strip())):
        return "page"  # a link list's head alone, its list left empty (关联稿件:)
    if folded.count("】") >= 2 and len(v.bracketed.sub("", folded).strip(" 【】")) <= v.data["chrome"]["button_row_rest_max"]:
        return "page"  # a row of the site's buttons in 【】 (相关文章】 【现金奖励投稿】 【扣点券查看全文】)
    if any(rx.search(folded) for rx in v.breadcrumbs):
        return "breadcrumb"
    if is_toolbar(folded, v):
        return "page"
    for rx in v.chrome_lines:
        if rx.search(folded):
            if "|" in folded or "｜" in folded or folded.startswith(v.index_table_leads):
                return "index-table"
            if folded.endswith(v.caption_end):
                return "caption"
            return "page"
    return ""


_BUTTON_MARKS = str.maketrans({c: " " for c in "【】[]［］:："})


def is_toolbar(folded: str, v: Vocab) -> bool:
    """A row of page buttons: 打印本页 关闭窗口, 【打印】 【关闭】, 下载文档 分享 收藏, and a font-size
    picker among them with its label ([ 字体:大 中 小 ]  [ 打印本页 ]); also in cells between pipes, one
    of them may name the file's format (格式：PDF | 下载文档 | 收藏)."""
    if len(folded) > v.nav_max:
        return False
    cells = folded.replace("｜", "|").split("|")
    if len(cells) > 1:  # a doc site's file row: 格式：PDF | 下载文档 | 收藏 | 分享
        cells = [c.strip() for c in cells]
        return all(c and (v.file_field.match(c) or _buttons(c, v, 1)) for c in cells)
    return _buttons(folded, v, 2)



def _buttons(folded: str, v: Vocab, least: int) -> bool:
    items = folded.translate(_BUTTON_MARKS).split()
    return len(items) >= least and all(w in v.toolbar for w in items)


def _is_duplicate_dump(folded: str, seen: set[str], v: Vocab) -> bool:
    """A very long line that repeats several earlier lines verbatim, joined by spaces: a web page's
    duplicate of the text (seed 001's last line)."""
    if len(folded) < v.dump_min or " " not in folded:
        return False
    hits = 0
    for chunk in folded.split(" "):
        if len(chunk) >= v.dump_chunk_min and chunk in seen:
            hits += 1
            if hits >= v.dump_hits:
                return True
    return False


def mark(b: Block, detail: str) -> None:
    b.kind, b.detail = D.CHROME, detail


def chrome_lines(st: ParseState) -> None:
    """Line by line: chrome lines (also as an item of a bulleted list), a line repeating the chrome line before it, the page's duplicate
    dump, and the 版记 印发 line (IMPRINT) after which everything is chrome — up to a line that shows a
    name given in 《》 above (现将《…行动计划》印发给你们): the document the notice sent, printed after its 版记.
    Reads content, folded. Sets kind/detail of content blocks (CHROME, IMPRINT)."""
    v = st.v
    seen: set[str] = set()
    after_imprint = False
    prev_chrome: Block | None = None
    names: set[str] = set()  # the names given in 《》 before the 版记 (现将《…》印发给你们)
    for b in st.content:
        f = st.f(b)
        if after_imprint and not _shows_name(f, names, v):
            mark(b, "after-imprint")
            continue
        after_imprint = False  # (the document the notice sent, printed after the notice's 版记)
        if "《" in f:
            names.update(n.replace(" ", "") for n in v.sent_name.findall(f))
        text = f if st.traditional else b.text
        kind = is_chrome(text, v) or (st.hints.get(b.line - 1) == "list" and is_chrome(v.text_bullets.sub("", text, count=1), v))
        if not kind and (m := v.menu_number.match(text)) and m.end() < len(text):
            kind = is_chrome(text[m.end():], v)  # an item of the page's numbered list (1. 当前位置: / 2. 首页 > …)
        if kind:  # a bulleted line is chrome when its item is (- 日期:2026-01-21, - 分享到 :)
            mark(b, kind)
        elif prev_chrome is not None and _repeats_chrome(prev_chrome, b):
            mark(b, "duplicate")
        elif _is_duplicate_dump(f, seen, v):
            mark(b, "duplicate")
        elif v.imprint.match(f):
            b.kind = D.IMPRINT
            after_imprint = True
        else:
            seen.add(f)
        prev_chrome = b if b.kind == D.CHROME else None


def _cut_label(st: ParseState, f: str) -> bool:
    """f is a metadata label cut short with nothing after it (公开日, 发布机): the start, two characters
    or more, of a label of metadata.labels longer than it."""
    t = "".join(f.split())
    return 2 <= len(t) <= 6 and any(label.startswith(t) and label != t for label in st.v.data["metadata"]["labels"])


def numbered_menu(st: ParseState) -> None:
    """A site's menu printed as numbered lists (1. 目录 2. 旗人民政府 3. 旗人民政府办公室 1. 旗政府工作部门 …):
    a run of menu.min_items numbered lines or more, one after another, each short (menu.item_max_chars)
    with no sentence mark, whose numbers start again at 1 menu.min_restarts times or more — a text's
    own list never restarts that often with nothing between. Its lines are CHROME "nav"; so are the short
    numbered lines next to a numbered item that is chrome (1. 当前位置: / 2. 首页 > … / 3. > 正文).
    Reads content, folded. Sets kind/detail of those blocks."""
    v, content = st.v, st.content
    k = 0
    while k < len(content):
        j, ones = k, 0
        while j < len(content) and (m := _menu_item(st, content[j], "。；！？，：")):
            ones += m.group(1) == "1"
            j += 1
        if j - k >= v.menu_min_items and ones >= v.menu_min_restarts + 1:
            for b in content[k:j]:
                mark(b, "nav")
        k = max(j, k + 1)
    _vertical_menu(st)
    for k, b in enumerate(content):  # the items next to a numbered item that is chrome (1. 当前位置: / … / 3. > 正文)
        if b.kind == D.CHROME and v.menu_number.match(st.f(b)):
            for step in (1, -1):
                j = k + step
                while 0 <= j < len(content) and _menu_item(st, content[j], "。；！？，"):
                    mark(content[j], "nav")
                    j += step


def _vertical_menu(st: ParseState) -> None:
    """A site's menu printed one item a line (首页 / 工作总结 / 工作计划 / 心得体会 / 讲话稿): a run of
    menu.min_items lines or more, one after another, each a short word (masthead.column_max_chars, CJK
    only), one of them the home page's (navigation.home). Its lines are CHROME "nav". Linear."""
    v, content = st.v, st.content
    k = 0
    while k < len(content):
        j = k
        while (j < len(content) and content[j].kind in (D.PARAGRAPH, D.CHROME)
               and 2 <= len(st.f(content[j])) <= v.column_max and all(is_cjk(c) for c in st.f(content[j]))):
            j += 1
        if j - k >= v.menu_min_items and any(st.f(b) in v.nav_home for b in content[k:j]):
            for b in content[k:j]:
                mark(b, "nav")
        k = max(j, k + 1)


def _menu_item(st: ParseState, b: Block, marks: str):
    """The number's match when b is a short numbered line of a page's list (1. 旗人民政府): a paragraph,
    at most menu.item_max_chars after its number, none of marks in it; else None."""
    f = st.f(b)
    m = st.v.menu_number.match(f) if b.kind == D.PARAGRAPH else None
    if m is None or len(f) - m.end() > st.v.menu_item_max or any(c in f for c in marks):
        return None
    return m


def chrome_context(st: ParseState) -> None:
    """Chrome known by its neighbours: breadcrumb items beside a > separator, menu links beside a
    lone | (and the item a breadcrumb
    wrapped onto the next line after its last >), the value line under a
    bare 来源：/时间： label (under a counter's label 浏览次数： only a number), time stamps, a newspaper name near the top, a repeat of a chrome line,
    a site's blurb between its 【概述】 and 【正文】 labels.
    Reads content, folded and the kinds set so far. Sets kind/detail (CHROME) of PARAGRAPH blocks."""
    v = st.v
    content = st.content
    for k, b in enumerate(content):
        f = st.f(b)
        if b.kind == D.CHROME and f in v.breadcrumb_separators:
            for nb in _neighbours(content, k):
                if nb.kind == D.PARAGRAPH and len(nb.text) <= v.breadcrumb_max:
                    mark(nb, "breadcrumb")
        elif (b.kind == D.CHROME and f.strip() in v.data["chrome"]["link_separators"]
              and all(len(nb.text) <= v.breadcrumb_max for nb in _neighbours(content, k))):
            for nb in _neighbours(content, k):  # (links on both sides: a | left after the page's fields is no menu)
                if (nb.kind == D.PARAGRAPH and len(nb.text) <= v.breadcrumb_max
                        and not any(c in nb.text for c in v.sentence_end + "，：:")
                        and not match_heading(st.f(nb), v) and not v.title_words.search(st.f(nb))):
                    mark(nb, "nav")  # a menu printed one link a line, a | between (站群导航 / | / 加入收藏 / | / 设为首页)
        elif (b.kind == D.CHROME and b.detail == "index-table" and k + 1 < len(content)
              and content[k + 1].kind == D.PARAGRAPH and _cut_label(st, st.f(content[k + 1]))):
            mark(content[k + 1], "index-table")  # a label the page cut short, its value lost (公开日 for 公开日期)
        elif (b.kind == D.CHROME and b.detail == "breadcrumb" and f.rstrip().endswith(tuple(v.breadcrumb_separators))
              and k + 1 < len(content) and content[k + 1].kind == D.PARAGRAPH
              and len(content[k + 1].text) <= v.breadcrumb_max and not any(c in content[k + 1].text for c in "。；！？")
              and not _title_after_crumb(st, k + 1)):
            mark(content[k + 1], "breadcrumb")  # the breadcrumb wrapped after its separator: … > 2025年度 > / 乡镇(街道办)
        elif b.kind == D.CHROME and f in v.value_labels and k + 1 < len(content):
            nb = content[k + 1]
            font = f.rstrip("：:").strip() in v.data["chrome"]["font_labels"]
            if nb.kind == D.PARAGRAPH and len(nb.text) <= v.value_max and (
                    f not in v.counter_labels or st.f(nb).strip().isdigit()) and not _opens_shown_title(st, k + 1) \
                    and not (font and not is_toolbar(st.f(nb), v)) and not _whole_title_line(st, nb):
                mark(nb, "page")  # (a counter's value is a number; a font picker's, its sizes: 大 中 小; no
                #                   label's value ends as a whole title does: 背景色: / …人民检察院工作报告)
        elif b.kind == D.PARAGRAPH and (v.stamp.match(f) or (k < v.press_top_lines and v.press.match(f))):
            mark(b, "page")
        elif (b.kind == D.PARAGRAPH and len(f) <= v.meta_split_value_max and k
              and (v.glued_field.match(f) or v.glued_field.match("".join(f.split())) or "".join(f.split()) in v.meta_alone)
              and _after_fields(st, content, k)):
            mark(b, "index-table")  # a field its label glued to its value, its label or a common value left
            #                         alone, under the block's fields (- / 时效性有效, - / 文号, …/2025-76619 / 主动公开;
            #                         a spaced label glued to the next: 文    号成文日期:2020-01-22)
        elif b.kind == D.PARAGRAPH and v.bare_index.match(f) and not _printed_again(st, content, k):
            mark(b, "page")  # an index number its label lost, once the metadata block took what it pairs
        elif (b.kind == D.PARAGRAPH and st.hint(b) == "list" and len(f) <= v.chrome_max
              and v.notice_list_words.search(f) and f[-1:] not in v.sentence_end):
            mark(b, "page")  # a doc site's bulleted note of the upload (• 当前文档由用户上传发布,收益归属用户)
        elif (b.kind == D.PARAGRAPH and 0 < k < len(content) - 1 and content[k - 1].kind == D.CHROME
              and content[k + 1].kind == D.CHROME and v.bare_field.match(f)
              and not (_whole_title_line(st, b) or "《" in f and v.title_words.search(f))):
            mark(b, "page")  # a field among the page's fields, its label unknown (发布日期:… / 效力级别:地方规范性文件 / 【字体…】)
            #                  (never a title opening with its verb and a colon: 转发:《…工作要点》政策解读)
        elif b.kind == D.PARAGRAPH and k and content[k - 1].kind == D.CHROME and _repeats_chrome(content[k - 1], b):
            mark(b, "duplicate")
        elif b.kind == D.CHROME and f.strip("【】") in v.summary_labels:
            _site_summary(st, k)
        elif b.kind == D.PARAGRAPH and (v.notice_label.match(f) or f.endswith("：") and len(f) <= v.notice_head_max
                                        and v.notice_list_words.search(f)):
            _notice_list(st, k)  # (温馨提示:, or a sentence of the site's over its list: 如果您无法下载资料,请参考说明:)
        elif b.kind in (D.PARAGRAPH, D.CHROME) and _notice_item(st, k, 1) and (not k or not _notice_item(st, k - 1, 0)):
            _bare_notice_list(st, k)
    _forum_card(st)
    _value_run(st)


def _value_run(st: ParseState) -> None:
    """The values of a metadata block whose labels the copy lost, one a line (无 / 主动公开 / 无 / 无 /
    2022.11.05): at least metadata.value_run_min lines in a row that are each a common value or the
    page's date, one a disclosure mode (主动公开): CHROME "index-table"."""
    v = st.v
    meta = v.data["metadata"]
    content = st.content
    k = 0
    while k < len(content):
        j = k
        while j < len(content):
            f = "".join(st.f(content[j]).split())
            if not (f in meta["values"] or v.stamp_whole.match(f)) or content[j].kind not in (D.PARAGRAPH, D.CHROME):
                break
            j += 1
        run = content[k:j]
        if (len(run) >= meta["value_run_min"]
                and any("".join(st.f(b).split()) in meta["open_values"] for b in run)):
            for b in run:
                if b.kind == D.PARAGRAPH:
                    mark(b, "index-table")
        k = max(j, k + 1)


def _forum_card(st: ParseState) -> None:
    """A forum thread's counters and the poster's card over the post's header (发表于 … | 显示全部楼层 |
    阅读模式, a line with a forum mark, among the first forum_look_lines lines): the short lines above it
    (chrome.forum_item_max_chars, no sentence end) and those naming a card word are the forum's, CHROME
    "page"; a longer line (the thread's own title) is left for the top matter."""
    v, content = st.v, st.content
    ch = v.data["chrome"]
    head = next((k for k, b in enumerate(content[:ch["forum_look_lines"]])
                 if b.kind == D.CHROME and v.forum_mark.search(st.f(b))), None)
    if head is None:
        return
    card = tuple(fold(w) for w in ch["forum_card_words"])
    for b in content[:head]:
        f = st.f(b).strip()
        if b.kind == D.PARAGRAPH and (len(f) <= ch["forum_item_max_chars"] and not any(c in f for c in v.sentence_end)
                                      or any(w in f for w in card)):
            mark(b, "page")


def _printed_again(st: ParseState, content: list[Block], k: int) -> bool:
    """content[k] shows a value of the chrome a few lines above it (the index table's values printed again
    one a line, which the top matter reads as a whole: topmatter._late_title)."""
    f = st.f(content[k]).strip()
    return any(x.kind == D.CHROME and f in st.f(x) for x in content[max(0, k - st.v.data["chrome"]["printed_again_lines"]):k])


def _after_fields(st: ParseState, content: list[Block], k: int) -> bool:
    """The line above content[k] (past the block's lone dashes and bullets) is a metadata field."""
    j = k - 1
    while j > 0 and content[j].kind == D.CHROME and not st.f(content[j]).strip(st.v.data["metadata"]["bullets"] + " "):
        j -= 1
    return content[j].kind == D.CHROME and content[j].detail in ("index-table", "page")


def _whole_title_line(st: ParseState, b: Block) -> bool:
    """b ends as a whole title does (…工作报告, …的通知) and holds no sentence end."""
    f = st.f(b)
    return bool(st.v.whole_title.search(f)) and not any(c in f for c in st.v.sentence_end)


def _title_after_crumb(st: ParseState, k: int) -> bool:
    """content[k], under a breadcrumb ending in its separator, is the document's title, not the
    breadcrumb's last item wrapped: a whole title (政府工作报告 over its dateline) that the page
    shows nowhere again in the next lines (a column's name is followed by its title:
    … > / 政府工作报告 / 2024年政府工作报告; a headline by the title shown again: … > / 镇政法工作会议讲话 / … /
    镇政法工作会议讲话(一):)."""
    content = st.content
    b = content[k]
    if not _whole_title_line(st, b):
        return False
    f = st.f(b).strip()
    after = content[k + 1:k + 1 + st.v.data["chrome"]["crumb_title_look_lines"]]
    return not any(f in st.f(x) or _whole_title_line(st, x) and i == 0 for i, x in enumerate(after))


def _neighbours(content: list[Block], k: int) -> list[Block]:
    """The lines right above and right below content[k] (one of them at the page's ends)."""
    return content[max(k - 1, 0):k] + content[k + 1:k + 2]


def _notice_list(st: ParseState, k: int) -> None:
    """A doc site's notice label alone on its line (温馨提示:) over up to notice_list_lines numbered
    items: when one of them speaks of the preview, the upload or the site (notice_list_words), the
    label and its items are the site's, never headings (1. 部分包含数学公式…查看预览时…, 2. 本文档由用户上传…;
    the list may open at 2、 when the page lost its first item).
    So are the label and the one paragraph under it when the two read as the site's disclaimer
    (申明敬告: / 本站所有内容均由合作方或网友上传,…)."""
    v, content = st.v, st.content
    j = k + 1
    first = None  # the first item's number (the page may have lost the list's 1、)
    while j < len(content) and j - k <= v.notice_list_lines and content[j].kind in (D.PARAGRAPH, D.CHROME):
        m = v.notice_item.match(st.f(content[j]))
        first = first if first is not None or m is None else int(m.group(1)) - 1
        if not m or int(m.group(1)) != j - k + first:
            break  # (1. …, 2. …, then 1、…: the list ended, a new numbering starts)
        j += 1
    items = content[k + 1:j]
    if items and any(v.notice_list_words.search(st.f(b)) for b in items):
        for b in content[k:j]:
            mark(b, "page")
    elif (not items and k + 1 < len(content) and content[k + 1].kind == D.PARAGRAPH
          and v.disclaimer.match(st.f(content[k]).strip() + st.f(content[k + 1]).strip())):
        for b in content[k:k + 2]:  # the label over its notice in one paragraph (申明敬告: / 本站所有内容均由…上传,…)
            mark(b, "page")


def _opens_shown_title(st: ParseState, k: int) -> bool:
    """content[k] and the line after it, joined, are the title the page's chrome shows (its 标题
    field): the title wrapped under a bare label (背景色: / 西藏自治区政府国资委2023年度 / 信息公开工作报告),
    not the label's value."""
    content = st.content
    if k + 1 >= len(content) or content[k + 1].kind != D.PARAGRAPH:
        return False
    joined = "".join((st.f(content[k]) + st.f(content[k + 1])).split())
    return len(joined) >= st.v.standalone_min and any(
        joined in "".join(st.f(b).split()) for b in content[:k] if b.kind == D.CHROME)


def _shows_name(f: str, names: set[str], v: Vocab) -> bool:
    """f is a title line showing one of names, the body's name before it at most
    imprint_name_prefix_max characters long (浦东新区 + 东明路街道“法治东明”建设三年行动计划…)."""
    compact = f.replace(" ", "")
    return any(compact.endswith(n) and len(compact) - len(n) <= v.imprint_name_prefix for n in names)


def _notice_item(st: ParseState, k: int, n: int) -> bool:
    """content[k] is item n of a numbered list that speaks of the preview, the upload or the site
    (n 0: any item), its bullet read past; an item already read as chrome counts (1、下载文档前…平台不提供…)."""
    b = st.content[k]
    f = st.v.text_bullets.sub("", st.f(b), count=1) if st.hint(b) == "list" else st.f(b)  # (- 1、下载文档前…)
    m = st.v.notice_item.match(f)
    return (b.kind in (D.PARAGRAPH, D.CHROME) and m is not None and (n == 0 or int(m.group(1)) == n)
            and bool(st.v.notice_list_words.search(f)))


def _contact_item(st: ParseState, k: int, n: int) -> bool:
    """content[k] is item n of a numbered list and a field of the site's (4. 网站客服QQ:403074932)."""
    f = st.f(st.content[k])
    m = st.v.notice_item.match(f)
    if m is None or int(m.group(1)) != n:
        return False
    label, colon, value = f[m.end():].lstrip().replace("：", ":").partition(":")
    return bool(colon and value.strip() and len(label) <= st.v.data["metadata"]["label_max_chars"]
                and label.startswith(st.v.meta_label_leads))


def _bare_notice_list(st: ParseState, k: int) -> None:
    """A doc site's numbered notice with no label over it (1. 本文稿内容较多,请先下载后…, 2. …本站部分文稿…,
    3. 本站所有资源来源于用户上传…): two items or more in sequence from 1, every one speaking of the
    preview, the upload or the site, are the site's."""
    v, content = st.v, st.content
    j = k
    while j < len(content) and _notice_item(st, j, j - k + 1):
        j += 1  # (however long: every item speaks of the site)
    if j - k >= 2 and j < len(content) and _contact_item(st, j, j - k + 1):
        j += 1  # (its last item the site's contact: 4. 网站客服QQ:403074932)
    if j - k >= 2 and not (j < len(content) and v.notice_item.match(st.f(content[j]))):
        for b in content[k:j]:
            mark(b, "page")


def _site_summary(st: ParseState, k: int) -> None:
    """A sample-essay site's 【概述】 label: its blurb, up to the 【正文】 label a few lines on, is the
    site's (…的会员为你整理了这篇范文，希望能…)."""
    v, content = st.v, st.content
    for j in range(k + 1, min(k + 1 + v.summary_max_lines + 1, len(content))):
        if content[j].kind == D.CHROME and st.f(content[j]).strip("【】") in v.text_labels:
            for b in content[k + 1:j]:
                if b.kind == D.PARAGRAPH:
                    mark(b, "page")
            return


def _meta_line(st: ParseState, b: Block) -> tuple[int, bool, bool] | None:
    """(fields, has a strong label, label only) when a block is a metadata field line."""
    v = st.v
    f = st.f(b)
    if b.kind not in (D.PARAGRAPH, D.CHROME) or len(f) > v.meta_max:
        return None
    if v.table_rule.match(f):
        return 0, False, False  # a Markdown table's rule row under its first row: the table goes on
    m = v.meta_field.match(f)
    if not m:
        return None
    labels = [lb.replace(" ", "") for lb in v.meta_fields.findall(f) or [m.group(1)]]
    label_only = not m.group(2).strip(" \t|｜：:")
    return len(labels), any(lb in v.meta_strong for lb in labels), label_only


def _loose_fields(st: ParseState, b: Block) -> tuple[int, bool, bool] | None:
    """(fields, False, label only) for a line inside a metadata block whose fields the page cut short
    or left empty: it opens with a short label and its colon, and every label is the end of a metadata
    label whose start the page cut (号: /202601-00013, 称: …, 号: 词:) or no field has a value and
    there are two of them (生效时间: 废止时间:)."""
    v = st.v
    f = st.f(b).strip()
    if b.kind != D.PARAGRAPH or len(f) > v.meta_max:
        return None
    found = list(v.loose_field.finditer(f))
    if not found or found[0].start():
        return None
    labels = [m.group(1) for m in found]
    values = [f[m.end():nxt.start()].strip() for m, nxt in zip(found, found[1:])] + [f[found[-1].end():].strip()]
    cut = all(any(lb.endswith(x) and lb != x for lb in v.meta_label_leads) for x in labels)
    if not cut and (len(labels) < 2 or any(values)):
        return None
    return len(labels), False, not any(values)


def _bulleted(st: ParseState, b: Block) -> bool:
    return bool(st.v.text_bullets.match(st.f(b)))


def metadata_blocks(st: ParseState) -> None:
    """The 政府信息公开 metadata block (索引号/发布机构/生成日期/文号/主题分类 …) in every layout: a
    table with | or tabs, a field list one per line, a label line then its value line, the same with
    bullets or in [ 标签 ] brackets, and an article's 来源：… 发布时间：… 浏览次数：… line. A run of
    field lines is chrome when it has a strong label (索引号, 发布机构 …) or two fields or more. A
    label alone on its line takes the next line as its value only while no field of the run had its
    value on its own line (a table's empty cell 主题词：⇥ does not take the title under the table),
    and a bulleted label takes only a bulleted value or one indented under it (• 服务对象 does not take
    the title under the list; • 索引号： over an indented K01103/2025-00417 does).
    Reads content, folded, kinds so far. Sets kind CHROME, detail "index-table"."""
    v = st.v
    items = st.content
    i = 0
    while i < len(items):
        group: list[Block] = []
        fields, strong, inline = 0, False, False
        j = i
        while j < len(items):
            meta = _meta_line(st, items[j]) or (_loose_fields(st, items[j]) if group else None)
            if meta is None:
                break
            n, s, label_only = meta
            group.append(items[j])
            fields, strong, inline = fields + n, strong or s, inline or not label_only
            if label_only and not inline and j + 1 < len(items):
                nxt = items[j + 1]
                if (nxt.kind == D.PARAGRAPH and len(nxt.text) <= v.meta_split_value_max
                        and _meta_line(st, nxt) is None
                        and (_bulleted(st, items[j]) <= _bulleted(st, nxt) or nxt.indent > items[j].indent)):
                    group.append(nxt)  # the label's value, on the next line
                    j += 1
            j += 1
        if group and (strong or fields >= 2):
            for b in group:
                if b.kind == D.PARAGRAPH:
                    mark(b, "index-table")
        i = max(j, i + 1)


def nav_line(st: ParseState, b: Block) -> bool:
    """A portal's menu (首页 政务公开 互动交流 走进古丈) or service bar (无障碍浏览 | 长者模式,
    今天是…, 柳州市柳江区人民政府门户网站 | 无障碍 | 繁體)."""
    v = st.v
    f = v.text_bullets.sub("", st.f(b), count=1)  # - 设为首页: a menu item as a list bullet
    if b.kind != D.PARAGRAPH or len(f) > v.nav_max or f.endswith("。"):
        return False
    if f.startswith(v.nav_service):
        return True
    items = [w for w in f.replace("｜", " ").replace("|", " ").replace("/", " ").split() if w]
    if (items and items[0] in v.nav_home and len(items) >= v.nav_home_items
            and all(w.isalnum() and (len(w) <= v.nav_item_max or i == len(items) - 1 and len(items) > v.nav_home_items
                                     and len(w) <= v.data["chrome"]["breadcrumb_item_max"]) for i, w in enumerate(items))):
        return True  # 首页 | 讲话稿 | 工作总结 | 心得体会: a site's sections after its home page (the last one
        #              longer in a breadcrumb that lost its >: 首页 政务公开 … 法治政府建设 法治政府建设年度报告)
    if (len(items) >= 2 and items[-1] in v.nav_home and len(items) <= v.nav_home_items
            and all(len(w) <= v.nav_item_max and w.isalnum() for w in items)):
        return True  # 公文素材库 首页: the site's name and its home link
    if not items or not all(_nav_item(w, v) or (i == 0 and v.site_name.match(w)) for i, w in enumerate(items)):
        return False
    return len(items) > 1 or not v.site_name.match(items[0])  # a name alone: see masthead


def _nav_item(w: str, v: Vocab) -> bool:
    return (w in v.nav_menu or w.startswith(v.nav_service)
            or (len(w) <= v.nav_menu_lead_max and w.startswith(v.nav_menu_leads)))


def _footer_line(st: ParseState, b: Block) -> bool:
    v = st.v
    f = st.f(b)
    if nav_line(st, b):
        return True
    if len(f) > v.footer_max:
        return False
    if f.startswith(v.footer_leads):
        return True  # (a site's notice of itself is a sentence: 本站为文档C2C交易模式，…。)
    if any(w in f for w in v.data["footer"]["notices"]):
        return True  # (…所有资源均是用户自行上传分享，…请勿作他用。)
    if f.endswith("。"):
        return False
    if any(w in f for w in v.footer_anywhere):
        return True
    return link_row(f) or _inline_links(f, v)


def _inline_links(f: str, v: Vocab) -> bool:
    """A link list's heading with its link on the same line: 相关链接：关于印发…的通知, 相关文件：…"""
    return any(f.startswith(h) and f[len(h):len(h) + 1] in "：:" for h in v.link_heads)


def link_row(f: str) -> bool:
    """A row of short links joined by |: 联系我们 | 网站地图 | 隐私声明, 信息公开指南 | 信息公开制度."""
    cells = [c for c in f.replace("｜", "|").split("|") if c.strip()]
    return len(cells) >= 2 and all(len(c.strip()) <= 10 for c in cells)


def _repeats_chrome(above: Block, b: Block) -> bool:
    """b repeats the chrome line right above it — but not the index table's 名称 value: the line under that
    value is the page's headline."""
    return above.text == b.text and above.detail != "index-table"


def _link_line(st: ParseState, b: Block) -> bool:
    f = st.f(b)
    if f[:1] == "？" and f[1:2].isspace():
        f = f[1:].lstrip()  # (a list's bullet the copy turned into ?: ? 红十字会2019年工作计划)
    numbered = st.v.menu_number.match(f) is not None  # (a numbered list's item names a long title: 1. 中共某省委…的决定)
    return (b.kind in (D.PARAGRAPH, D.CHROME) and len(f) <= st.v.link_max * (2 if numbered else 1)
            and not any(c in f for c in "。；！") and "？" not in f.rstrip("？") and not f.endswith("、"))
    #        (a question's link ends with its ？: 医院上半年工作总结怎么写？ under 相关问答)


def _titles_under_toolbar(st: ParseState, k: int) -> int | None:
    """content[k] ends a list numbered from 1. with no head, each item a whole title, right under the page's
    chrome (扫一扫… / [打印本页] [关闭窗口] / 1. 甘州区…的报告 / 2. …年度报告): the site's related list. Where it
    starts, None when there is none."""
    content, v = st.content, st.v
    numbered: list[re.Match] = []  # the items' numbers, from the last up
    h = k
    while h >= 0 and content[h].kind == D.PARAGRAPH and _link_line(st, content[h]):
        m = v.menu_number.match(st.f(content[h]))
        if m is None:
            break
        numbered.append(m)
        h -= 1
    if not numbered or h < 0 or content[h].kind != D.CHROME:
        return None
    numbered.reverse()
    if [int(m.group(1)) for m in numbered] != list(range(1, len(numbered) + 1)):
        return None
    return h + 1 if all(v.whole_title.search(m.string[m.end():].strip()) for m in numbered) else None


def _link_head(st: ParseState, b: Block) -> bool:
    """相关链接 over a link list; or a line closing with such a head (【…】相关文章:, 【…相关文章】)."""
    f = st.f(b).strip().rstrip("：: >》»")
    if f.startswith("【") and f.endswith("】"):
        f = f[1:-1].rstrip("：: >》»")  # (the head in the site's brackets: 【农村人居环境报告相关文章】)
    if b.kind not in (D.PARAGRAPH, D.CHROME):
        return False
    return ((len(f) <= 12 and (f.startswith(st.v.link_heads) or st.v.link_head_word.match(f.strip())))
            or (len(f) <= st.v.link_head_max and f.endswith(st.v.link_heads) and "。" not in f))


class _EarlierText:
    """The folded text of the content lines joined, to ask whether a line repeats text above it (a table
    of contents left out: the text's own heading repeats its entry, 目录 / 一、… / … / 一、…)."""

    def __init__(self, st: ParseState):
        self.starts: dict[int, int] = {}
        parts: list[str] = []
        n = 0
        for b in st.content:
            self.starts[b.line] = n
            text = "" if b.kind == D.CHROME and b.detail == "toc" else st.f(b).replace(" ", "")
            parts.append(text)
            n += len(text)
        self.text = "".join(parts)

    def repeats(self, st: ParseState, b: Block) -> bool:
        f = st.f(b).replace(" ", "")
        v = st.v
        if len(f) < v.repeat_min or (len(f) <= v.issuer_max and v.issuer_end.search(f)):
            return False  # a signature may well repeat a name from the text
        return self.text.find(f, 0, self.starts[b.line]) >= 0


def footer(st: ParseState) -> None:
    """The site's footer below the text: 主办单位, 网站标识码, ICP备案, 联系我们 …, a 相关链接 list
    (its heading, then short link lines), and the page's title and description repeated — scanned
    up from the last line, through lines already chrome, to the first line of the text.
    Reads content, folded, kinds so far. Sets kind CHROME, detail "footer" or "duplicate"."""
    content = st.content
    earlier: _EarlierText | None = None
    repeats_left = st.v.repeat_max_lines
    k = len(content) - 1
    while k >= 0:
        b = content[k]
        if b.kind == D.CHROME:
            k -= 1
            continue
        if b.kind != D.PARAGRAPH:
            break
        if _footer_line(st, b):
            mark(b, "footer")
            k -= 1
            continue
        # a link list: short link lines up to a 相关链接 heading above them
        h = k
        while h >= 0 and not _link_head(st, content[h]) and _link_line(st, content[h]):
            h -= 1
        if h >= 0 and _link_head(st, content[h]):
            for b2 in content[h:k + 1]:
                mark(b2, "footer")
            k = h - 1
            continue
        h = _titles_under_toolbar(st, k)
        if h is not None:
            for b2 in content[h:k + 1]:
                mark(b2, "footer")
            k = h - 1
            continue
        # a notice under its own head at the very end: 版权声明 / 作者原创，不允许二次传播
        h = next((h for h in range(k - 1, max(k - 1 - st.v.notice_body_max, -1), -1)
                  if st.f(content[h]).rstrip("：:") in st.v.notice_heads), -1)
        if h >= 0 and all(len(st.f(b2)) <= st.v.footer_max for b2 in content[h:k + 1]):
            for b2 in content[h:k + 1]:
                mark(b2, "footer")
            k = h - 1
            continue
        earlier = earlier or _EarlierText(st)
        if repeats_left and earlier.repeats(st, b):
            mark(b, "duplicate")
            repeats_left -= 1
            k -= 1
            continue
        break
