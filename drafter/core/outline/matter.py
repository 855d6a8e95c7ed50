"""Top and bottom matter: 附件 labels, the 印发 cover, and the signature and date at the end
(GB/T 9704-2012 7.2, 7.3.5, 8); the title and what stands under it are in topmatter (its walk in
titlewalk, the lines it reads in titlelines and topsite)."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.state import ParseState


def attachments(st: ParseState) -> None:
    """附件 labels, and the body the later passes work on.
    Reads content, folded. Sets kind ATTACHMENT; sets body (PARAGRAPH and ATTACHMENT blocks)."""
    for b in st.content:
        if b.kind == D.PARAGRAPH and st.v.attachment.match(st.f(b)):
            b.kind = D.ATTACHMENT
    st.body = [b for b in st.content if b.kind in (D.PARAGRAPH, D.ATTACHMENT)]


def cover(st: ParseState) -> None:
    """The 印发 cover before the title (seed 001): the notice's title (关于印发《…》的通知, over up to
    notice_title_max_lines lines), recipients, notice, then issuer/date/note lines.
    Reads body, folded, the headings so far. Sets kind COVER (detail title, recipients, notice, date,
    note, issuer), CHROME ("headline") for the notice's title shown above it; sets top_start to the first body index after the cover."""
    v, body = st.v, st.body
    first_heading = next((k for k, b in enumerate(body) if b.kind == D.HEADING), len(body))
    notice_idx = next((k for k, b in enumerate(body[:min(first_heading, v.cover_look_ahead)])
                       if v.notice.search(st.f(b))), None)
    if notice_idx is None:
        return
    k0 = notice_idx
    if k0 > 0 and (st.f(body[k0 - 1]).endswith("：") or _recipients_line(st, st.f(body[k0 - 1]))):
        body[k0 - 1].kind, body[k0 - 1].detail = D.COVER, "recipients"
        k0 -= 1
        while k0 > 0 and _bare_label(st, body[k0 - 1]):
            body[k0 - 1].kind, body[k0 - 1].detail = D.CHROME, "page"  # 政策解读: over the recipients
            k0 -= 1
    title = _cover_title(st, k0) or _site_joined_title(st, body[k0]) or _title_over_residue(st, k0)
    for b in title:
        b.kind, b.detail = D.COVER, "title"
    _headline_above(st, title)
    k0 = notice_idx
    body[k0].kind, body[k0].detail = D.COVER, "notice"
    k = k0 + 1
    dated = False
    while k < len(body) and k <= k0 + 4:
        f = st.f(body[k])
        if v.date.match(f) or k > k0 + 1 and body[k - 1].detail == "issuer" and v.figures_date.match(f):
            body[k].kind, body[k].detail = D.COVER, "date"  # (under the 署名, its figures alone: 2023626)
            dated = True
        elif v.cover_note.match(f):
            body[k].kind, body[k].detail = D.COVER, "note"
        elif len(f) <= v.issuer_max and v.issuer_end.search(f) and "，" not in f and not dated:
            body[k].kind, body[k].detail = D.COVER, "issuer"  # (after the date: the next document's title)
        else:
            break
        k += 1
    st.top_start = _sent_title(st, notice_idx, title, k)


def _sent_title(st: ParseState, notice_idx: int, title: list[Block], k: int) -> int:
    """Where the document the notice sends starts: the line, a few lines after the notice, that
    shows the name the notice gives it in 《》 (现将《芜湖市教育局2024年工作要点》印发给你们 /
    … / 芜湖市教育局2024年工作要点), before any heading. A person knows it is the title by that name,
    whatever its words and whatever closing the page printed before it (特此通知。, the 署名, a
    garbled 成文日期, (此件主动公开)); its line gets the "title" hint, and the 署名, date and note
    lines before it are the cover's. k when no line shows the name (the top matter starts there)."""
    v, body = st.v, st.body
    names = {m.replace(" ", "") for b in [*title, body[notice_idx]] for m in v.sent_name.findall(st.f(b))}
    for j in range(k, min(k + v.cover_close_lines, len(body))):
        b = body[j]
        if b.kind != D.PARAGRAPH:
            break
        shown = [b]
        if st.f(b).replace(" ", "") not in names and j + 1 < len(body) and body[j + 1].kind == D.PARAGRAPH:
            if (st.f(b) + st.f(body[j + 1])).replace(" ", "") in names:
                shown.append(body[j + 1])  # the name wrapped over two lines (某某旗安全生产委员会 / 2024年工作要点)
        if "".join(st.f(x) for x in shown).replace(" ", "") in names:
            dated = False
            for x in body[k:j]:
                f = st.f(x)
                if v.date.match(f.replace(" ", "")):
                    x.kind, x.detail, dated = D.COVER, "date", True
                elif v.cover_note.match(f):
                    x.kind, x.detail = D.COVER, "note"
                elif signature_like(st, x, f) and not dated:
                    x.kind, x.detail = D.COVER, "issuer"
            for x in shown:
                st.hints[x.line - 1] = "title"
            return j
    return k


def _recipients_line(st: ParseState, f: str) -> bool:
    """f is a recipients line whose colon the page lost (区政府各委、办、局,各管理局(管委会),各直属企业):
    cover.recipients_min_items names or more joined by 、 or ，, each ending as a body's name does."""
    c = st.v.data["cover"]
    if len(f) > c["recipients_max_chars"] or any(ch in f for ch in "。；！？：《"):
        return False
    items = [x.strip() for x in re.split("[、，]", f)]
    return len(items) >= c["recipients_min_items"] and all(x and st.v.recipient_item_end.search(x) for x in items)


def _bare_label(st: ParseState, b: Block) -> bool:
    """b is a short label left bare (相关文件解读:, its link left out): it ends with the colon, names
    no bodies (no 、 or ，) and has no other colon in it."""
    f = st.f(b).rstrip()
    return (b.kind == D.PARAGRAPH and f.endswith("：") and len(f) <= st.v.bare_label_max
            and not any(c in f[:-1] for c in "：、，"))


def _headline_above(st: ParseState, title: list[Block]) -> None:
    """The page's headline over the notice: a line above the notice's title that shows that title
    again whole (关于印发《…》的通知 over 关于印发《… / …》的通知) is chrome ("headline"), as a
    headline is over any title (the title is its last showing before the text)."""
    if not title:
        return
    whole = "".join(st.f(b) for b in title).replace(" ", "")
    for b in st.body:
        if b is title[0]:
            return
        if b.kind == D.PARAGRAPH and st.f(b).replace(" ", "") == whole:
            b.kind, b.detail = D.CHROME, "headline"


def _site_joined_title(st: ParseState, first: Block) -> list[Block]:
    """The notice's title the page printed only as its headline, the site's name joined on by a dash
    (关于印发2023年全市普法依法治理工作要点的通知-九…), right over the cover's first line (first)
    with only chrome between: it is the notice's title, cut before the dash. [] when
    there is none."""
    v = st.v
    line = first.line - 1
    while line > 0 and first.line - line <= v.official["notice_title_max_lines"] + 3:
        b = st.blocks[line - 1]
        line -= 1
        if b.kind == D.BLANK:
            continue
        if b.kind not in (D.CHROME, D.PARAGRAPH):
            return []
        m = v.site_joined.search(st.f(b))
        if m and v.notice_title.match(st.f(b)[:m.start() + 1]):
            st.shorten(b, m.start() + 1)
            b.kind, b.detail = D.COVER, "title"
            return [b]
        if b.kind == D.PARAGRAPH:
            return []
    return []


def _cover_title(st: ParseState, end: int) -> list[Block]:
    """The notice's title: the short lines right before body[end] that read, joined, as a title
    with 关于 and a 文种 (关于印发《…》的 / 通知), with the issuer's name on the line above 关于
    when it stands there alone (某某县人民政府办公室 / 关于印发… / …的通知: GB/T 9704-2012 7.3.1); a
    发文字号 between the title and the recipients (a portal prints it there) is DOC_NUMBER, and one
    in brackets after the title's last line is cut from its text (…的通知（岳办发〔2017〕2号）)."""
    v, body = st.v, st.body
    lines: list[Block] = []
    joined = ""  # the lines' folded text, the last one without its 发文字号
    k = end - 1
    number = None
    if k > 0 and body[k].kind in (D.PARAGRAPH, D.CHROME) and v.doc_number.match(st.f(body[k]).strip().strip("（）")):
        number, k = body[k], k - 1  # the 发文字号 printed under the title (…的通知 / 冠政办发〔2021〕9号, or in brackets)
    while k >= 0 and len(lines) < v.official["notice_title_max_lines"]:
        f = st.f(body[k])[:_numbered_end(st, body[k])] if not lines else st.f(body[k])
        if (body[k].kind != D.PARAGRAPH or any(c in f for c in "。；！？")
                or len(f) > (v.notice_title_max if v.notice_title.match(_unquoted(f)) else v.title_max)):
            break
        lines.insert(0, body[k])
        joined = f + joined if len(lines) > 1 else f
        if v.notice_title.match(_unquoted("".join(joined.split()))):  # (its 通 知 letter-spaced or not)
            if k > 0 and st.f(lines[0]).startswith(tuple(v.official["notice_verbs"])) and _issuer_about(st, body[k - 1]):
                k -= 1  # the title wrapped after its issuer's 关于 (乌兰浩特市人民政府办公室关于 / 印发《…》的通知)
                lines.insert(0, body[k])
            j = k - 1  # the issuers over 关于, one a line (中共某县委 / 某县人民政府 / 关于印发…): the title's
            while (j >= 0 and k - j <= v.official["joint_issuers_max"] and body[j].kind in (D.PARAGRAPH, D.CHROME)
                   and st.f(lines[0]).startswith((v.official["notice_title_lead"], *v.official["notice_verbs"]))
                   and (body[j].kind == D.PARAGRAPH and v.site_name.match(st.f(body[j]))
                        and not v.site_name.match(st.f(body[j])).group(2) or _issuers_issuing(st, st.f(body[j]))
                        or body[j].kind == D.PARAGRAPH and len(st.f(body[j]).split()) > 1 and v.bodies_named(st.f(body[j])))):
                # (or on one line, a space between: 中共乐至县委办公室 乐至县人民政府办公室)
                j -= 1
            lines[:0] = body[j + 1:k]
            if number is not None:
                number.kind = D.DOC_NUMBER
            last = lines[-1]
            last.text = last.text[:_numbered_end(st, last)]  # the title without its 发文字号
            return lines
        k -= 1
    return []


def _issuer_about(st: ParseState, b: Block) -> bool:
    """b is the issuer's name and the title's 关于, alone on their line (某市人民政府办公室关于)."""
    lead, f = st.v.official["notice_title_lead"], st.f(b)
    return (b.kind in (D.PARAGRAPH, D.CHROME) and f.endswith(lead) and len(f) <= st.v.title_max
            and st.v.bodies_named(f[:-len(lead)]))


def _issuers_issuing(st: ParseState, f: str) -> bool:
    """f names the issuers and their verb over the rest of the title (某市人民政府 某市中级人民法院印发 /
    关于完善…的意见的通知): bodies' names, a space between, then 印发 or 转发."""
    verb = next((w for w in st.v.official["notice_verbs"] if f.endswith(w)), "")
    return bool(verb) and st.v.bodies_named(f[:-len(verb)])


def _unquoted(f: str) -> str:
    """A title the page printed inside 《》 whole (《…关于转发…的通知》), without them."""
    if f.startswith("《") and f.endswith("》") and f.count("《") == f.count("》"):
        inner = f[1:-1]
        if inner.count("《") == inner.count("》"):
            return inner
    return f


def _title_over_residue(st: ParseState, end: int) -> list[Block]:
    """The notice's title a few lines over the cover's first line (body[end]) with the site's
    leftovers between, read as body (a 发文字号 the page cut, 牟政办发〔201746; a tag, 政策; the page's
    date line, 2011-06-18 00:00:00 来源: 本站原创): the
    nearest line within cover.residue_lines lines that reads by itself as a notice's title, each
    line between short (cover.residue_max_chars) and no sentence; those lines are the page's.
    [] when there is none."""
    v, body = st.v, st.body
    for k in range(end - 1, max(-1, end - 1 - v.cover_residue_lines), -1):
        b = body[k]
        f = st.f(b)
        if b.kind == D.CHROME:
            continue  # the page's line between (发布日期:… 分享到: 微信)
        if b.kind != D.PARAGRAPH:
            return []
        if v.notice_title.match(_unquoted(f)) and len(f) <= v.notice_title_max:
            for x in body[k + 1:end]:
                x.kind, x.detail = D.CHROME, "page"
            return [b]
        if v.date_stamp.match(f):
            continue  # the page's date line (2011-06-18 00:00:00 来源: 本站原创)
        if len(f) > v.cover_residue_max or any(c in f for c in "。；！？，"):
            return []
    return []


def _numbered_end(st: ParseState, b: Block) -> int:
    """Where b's text ends before a 发文字号 in brackets after it (…的通知（岳办发〔2017〕2号）)."""
    m = st.v.doc_number_suffix.search(st.f(b))
    return m.start() if m else len(b.text)


def closing(st: ParseState) -> None:
    """The 成文日期 after the last line of text (a heading or a sentence), and up to two 署名 lines
    right before it; short lines without a sentence under it are the site's (a list of other
    documents' titles without its 相关文章 heading): CHROME "footer".
    Reads body, folded. Sets kind DATE, SIGNATURE, CHROME."""
    v, body = st.v, st.body
    k = len(body) - 1
    while k >= 0 and body[k].kind == D.PARAGRAPH and not any(c in st.f(body[k]) for c in v.sentence_end):
        if v.date.match(st.f(body[k]).replace(" ", "")):
            break
        k -= 1
    if k < 0 or body[k].kind != D.PARAGRAPH or not v.date.match(st.f(body[k]).replace(" ", "")):
        return
    last = body[k]
    last.kind = D.DATE
    for b in body[k + 1:]:
        b.kind, b.detail = D.CHROME, "footer"
    j = k - 1
    sig = 0
    while j >= 0 and sig < 2:
        prev = body[j]
        pf = st.f(prev)
        if not signature_like(st, prev, pf):
            break
        prev.kind = D.SIGNATURE
        sig += 1
        j -= 1


def signature_like(st: ParseState, b: Block, f: str) -> bool:
    """A 署名 line: a short organisation's name (no sentence, no comma)."""
    return (b.kind == D.PARAGRAPH and len(f) <= st.v.issuer_max and "，" not in f and "。" not in f
            and bool(st.v.issuer_end.search(f.replace(" ", ""))))
