"""Top and bottom matter: 附件 labels, the 印发 cover, title/subtitle/byline/salutation, and the
signature and date at the end (GB/T 9704-2012 7.2, 7.3.5, 8)."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.headings import NOT_HEADING_HINTS, standalone_candidate
from drafter.core.outline.state import ParseState


def attachments(st: ParseState) -> None:
    """附件 labels, and the body the later passes work on.
    Reads content, folded. Sets kind ATTACHMENT; sets body (PARAGRAPH and ATTACHMENT blocks)."""
    for b in st.content:
        if b.kind == D.PARAGRAPH and st.v.attachment.match(st.f(b)):
            b.kind = D.ATTACHMENT
    st.body = [b for b in st.content if b.kind in (D.PARAGRAPH, D.ATTACHMENT)]


def cover(st: ParseState) -> None:
    """The 印发 cover before the title (seed 001): recipients, notice, then issuer/date/note lines.
    Reads body, folded, the headings so far. Sets kind COVER (detail recipients, notice, date, note,
    issuer); sets top_start to the first body index after the cover."""
    v, body = st.v, st.body
    first_heading = next((k for k, b in enumerate(body) if b.kind == D.HEADING), len(body))
    notice_idx = next((k for k, b in enumerate(body[:min(first_heading, v.cover_look_ahead)])
                       if v.notice.search(st.f(b))), None)
    if notice_idx is None:
        return
    k0 = notice_idx
    if k0 > 0 and st.f(body[k0 - 1]).endswith("："):
        body[k0 - 1].kind, body[k0 - 1].detail = D.COVER, "recipients"
    body[k0].kind, body[k0].detail = D.COVER, "notice"
    k = k0 + 1
    while k < len(body) and k <= k0 + 4:
        f = st.f(body[k])
        if v.date.match(f):
            body[k].kind, body[k].detail = D.COVER, "date"
        elif v.cover_note.match(f):
            body[k].kind, body[k].detail = D.COVER, "note"
        elif len(f) <= v.issuer_max and v.issuer_end.search(f) and "，" not in f:
            body[k].kind, body[k].detail = D.COVER, "issuer"
        else:
            break
        k += 1
    st.top_start = k


def is_byline(st: ParseState, f: str) -> bool:
    return bool(st.v.byline.match(f) or st.v.official_byline.match(f))


def top_matter(st: ParseState) -> None:
    """Title lines, subtitle (dateline), byline and salutation, from top_start up to the first
    paragraph or heading; a repeat of a title line is chrome.
    Reads body, folded, hints, top_start. Sets kind TITLE (level 0), SUBTITLE, BYLINE, SALUTATION,
    CHROME/duplicate."""
    v, body = st.v, st.body
    top_start = st.top_start
    k = top_start
    n_title = 0
    seen_subtitle = False
    while k < len(body):
        b = body[k]
        f = st.f(b)
        if b.kind != D.PARAGRAPH or st.hint(b) in NOT_HEADING_HINTS:
            break
        if n_title and any(t.text == b.text for t in body[top_start:k] if t.kind in (D.TITLE, D.SUBTITLE)):
            b.kind, b.detail = D.CHROME, "duplicate"
        elif st.hint(b) == "title" or (n_title < v.title_max_lines and not seen_subtitle
                                       and standalone_candidate(b.text, v)
                                       and not is_byline(st, f) and not v.subtitle.match(f)
                                       and (n_title or _title_like(st, k))):
            b.kind, b.level = D.TITLE, 0
            n_title += 1
        elif v.subtitle.match(f) and len(f) <= v.subtitle_max:
            b.kind = D.SUBTITLE
            seen_subtitle = True
        elif seen_subtitle and standalone_candidate(b.text, v) and f.endswith(v.subtitle_wrap_end):
            b.kind = D.SUBTITLE  # the subtitle wraps: …第十四届人民代表大会 / 第五次会议上
        elif is_byline(st, f) and len(f) <= v.byline_max:
            b.kind = D.BYLINE
        elif f.endswith("：") and len(f) <= 80 and "。" not in f:
            b.kind = D.SALUTATION
            break
        else:
            break
        k += 1


def _title_like(st: ParseState, k: int) -> bool:
    """A first standalone line is the title when it reads like one (报告, 总结, 工作 …) or more
    top matter follows it (another title line, a subtitle, byline); else it is a slogan heading."""
    body, v = st.body, st.v
    if k + 1 >= len(body):
        return False
    if v.title_words.search(st.f(body[k])):
        return True
    nf = st.f(body[k + 1])
    return bool(v.subtitle.match(nf) or is_byline(st, nf)
                or (standalone_candidate(body[k + 1].text, v) and v.title_words.search(nf)))


def closing(st: ParseState) -> None:
    """The 成文日期 as the last paragraph, and up to two 署名 lines right before it.
    Reads body, folded. Sets kind DATE, SIGNATURE."""
    v, body = st.v, st.body
    tail = [b for b in body if b.kind == D.PARAGRAPH]
    if not tail:
        return
    last = tail[-1]
    if not v.date.match(st.f(last).replace(" ", "")):
        return
    last.kind = D.DATE
    j = body.index(last) - 1
    sig = 0
    while j >= 0 and sig < 2:
        prev = body[j]
        pf = st.f(prev)
        if not _signature_like(st, prev, pf):
            break
        prev.kind = D.SIGNATURE
        sig += 1
        j -= 1


def _signature_like(st: ParseState, b: Block, f: str) -> bool:
    return (b.kind == D.PARAGRAPH and len(f) <= st.v.issuer_max and "，" not in f and "。" not in f
            and bool(st.v.issuer_end.search(f.replace(" ", ""))))
