"""The parts of a 公文 around its text, as a clerk's draft writes them one per line: the 版头's
发文机关标志 and 发文字号 (GB/T 9704-2012 7.2.2, 7.2.3), the 附件说明 (7.3.6) and the 版记's 抄送
(8.2). The 印发 line is IMPRINT (chrome.chrome_lines); the notice's title is matter.cover's."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.state import ParseState


def head(st: ParseState) -> None:
    """ISSUER_MARK (…司法局文件; a conference's document mark 某某县第十七届人民代表大会第四次会议文件,
    detail "conference") and DOC_NUMBER (龙司发〔2023〕3号) as the first lines of the text once the
    site's chrome above it is known (at most head_lines of them; the 版头 comes before anything else).
    On a saved page the 版头 may stand under the page's headline and the site's lines after it: it
    then starts right after chrome, still within the first head_lines lines. Under the issuer's
    mark, a 发文字号 the copy damaged (its closing bracket and 号 lost: 粤司〔2017497) is the
    DOC_NUMBER too.
    Reads content, folded, the chrome so far. Sets kind of PARAGRAPH blocks."""
    top = st.content[:_head_reach(st)]
    for k, b in enumerate(top):
        if b.kind != D.CHROME and (k == 0 or top[k - 1].kind == D.CHROME) and _mark_kind(st, b, False):
            _read_head(st, [x for x in top[k:] if x.kind != D.CHROME])
            return


def _head_reach(st: ParseState) -> int:
    """How far into content the 版头 may start: past head_lines lines that are not chrome."""
    seen = 0
    for k, b in enumerate(st.content):
        if b.kind != D.CHROME:
            seen += 1
            if seen > st.v.official["head_lines"]:
                return k
    return len(st.content)


def _mark_kind(st: ParseState, b: Block, marked: bool) -> tuple[str, str] | None:
    """The 版头 kind of b (kind, detail), None when b is not a 版头 line; marked: an issuer's mark
    is above it (a damaged 发文字号 counts only there)."""
    v = st.v
    f = v.piece_lead.sub("", st.f(b).strip(), count=1)  # (a sample site's 第一篇: before the 版头)
    if b.kind != D.PARAGRAPH:
        return None
    if v.issuer_mark.match(f):
        return D.ISSUER_MARK, ""
    if v.conference_mark.match(f):
        return D.ISSUER_MARK, "conference"
    if v.doc_number.match(f) or (marked and v.damaged_doc_number.match(f)):
        return D.DOC_NUMBER, ""
    return None


def _read_head(st: ParseState, lines: list[Block]) -> None:
    marked = False
    for b in lines:
        kind = _mark_kind(st, b, marked)
        if kind is None:
            break
        b.kind, b.detail = kind
        marked = marked or kind[0] == D.ISSUER_MARK


def official(st: ParseState) -> None:
    """ATTACHMENT_NOTE for 附件：1.名称 and the items numbered on from it (2.名称 …), or
    附件：名称 alone, one block per line; CC for 抄送：… and the lines it wraps onto (a 抄送 line
    without its final 。 goes on on the next line: CC, detail "continued"). (The 版头: `head`.)
    Reads content, folded. Sets kind of PARAGRAPH blocks."""
    v = st.v
    o = v.official
    expect = 0        # the number the next attachment item has
    cc: Block | None = None  # the 抄送 line being continued
    for b in st.content:
        if b.kind != D.PARAGRAPH:
            cc = None if b.kind != D.CC else cc
            continue
        f = st.f(b)
        if cc is not None and not st.f(cc).rstrip().endswith("。") and len(f) <= o["attachment_note_max_chars"]:
            b.kind, b.detail = D.CC, "continued"
            cc = b
            continue
        cc = None
        m = v.attachment_note.match(f)
        if m and _item(st, f):
            b.kind = D.ATTACHMENT_NOTE
            n = _number(st, m.group(1))
            expect = n + 1 if n else 0
        elif expect and _item(st, f) and _number(st, f) == expect:
            b.kind = D.ATTACHMENT_NOTE
            expect += 1
        else:
            expect = 0
            if v.cc.match(f):
                b.kind = D.CC
                cc = b


def _item(st: ParseState, f: str) -> bool:
    """An attachment item is short and names a document (no sentence in it)."""
    return len(f) <= st.v.official["attachment_note_max_chars"] and not any(c in f for c in "。；！？")


def _number(st: ParseState, f: str) -> int:
    m = st.v.note_item.match(f)
    return int(m.group(1) or m.group(2)) if m else 0
