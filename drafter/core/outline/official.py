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
    Reads content, folded, the chrome so far. Sets kind of PARAGRAPH blocks."""
    v = st.v
    lines = [b for b in st.content if b.kind != D.CHROME]
    for b in lines[:v.official["head_lines"]]:
        f = st.f(b).strip()
        if b.kind != D.PARAGRAPH:
            break
        if v.issuer_mark.match(f):
            b.kind = D.ISSUER_MARK
        elif v.conference_mark.match(f):
            b.kind, b.detail = D.ISSUER_MARK, "conference"
        elif v.doc_number.match(f):
            b.kind = D.DOC_NUMBER
        else:
            break


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
