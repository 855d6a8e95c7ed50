"""The official .docx writer: a `Document` in, GB/T 9704-2012 layout out as bytes (SPEC §5).

    docx_bytes(doc, fonts=None) -> bytes        deterministic for the same input
    write_docx(doc, path, force, fonts)         a thin wrapper: atomic write, refuses to overwrite

The document is laid out in this order: the 版头 and the 印发 notice when the document has them
(ISSUER_MARK, DOC_NUMBER, COVER blocks; then a page break), the title (balanced lines), the body
(headings, paragraphs, tables), 附件说明, the signature and date (sealed or not: Document.seal, else
the kind's default in gbt9704.toml), and the 版记 (CC, IMPRINT) on an even last page. Geometry comes
from drafter/docx/geometry.py, styles from stylesheet.py, the package from package.py."""

from __future__ import annotations

import os

from drafter.core import document as D
from drafter.docx import geometry as G
from drafter.docx import package as pkg
from drafter.docx.flow import Flow
from drafter.docx.fonts import FontConfig
from drafter.docx.imprint import Imprint
from drafter.docx.layout import paginate
from drafter.docx.ooxml import R_NS, W_NS, WP_NS, WPS_NS, XML_DECL, el, text
from drafter.docx.signature import default_seal, notice_seal
from drafter.docx.stylesheet import rpr
from drafter.text.punct import to_fullwidth

_TITLE_GROUP = (D.TITLE, D.SUBTITLE, D.BYLINE)
_FOOTERS = {"odd": "footer1.xml", "even": "footer2.xml", "blank": "footer3.xml"}


def _signature_group(blocks: list[D.Block], i: int) -> tuple[list[str], str | None, int]:
    """Names from blocks[i] on (consecutive SIGNATURE blocks), the DATE after them, the next index."""
    names = []
    while i < len(blocks) and blocks[i].kind == D.SIGNATURE:
        names.append(blocks[i].text)
        i += 1
    date = None
    if i < len(blocks) and blocks[i].kind == D.DATE:
        date = blocks[i].text
        i += 1
    return names, date, i


def _body(doc: D.Document, fonts: FontConfig) -> tuple[Flow, list[str], list[str]]:
    """The flow of the document, and the 版记's 抄送 and 印发 lines."""
    flow = Flow(fonts)
    blocks = [b for b in doc.blocks if b.kind not in (D.BLANK, D.CHROME, D.CELL)]
    has_notice = any(b.kind == D.COVER for b in blocks)
    body_sealed = False if has_notice else (doc.seal if doc.seal is not None else default_seal(doc.kind))
    cc: list[str] = []
    imprint: list[str] = []
    in_cover = False
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        head = b.kind in (D.ISSUER_MARK, D.DOC_NUMBER)
        if in_cover and b.kind != D.COVER and not head:
            in_cover = False
            flow.fit_one_page()
            flow.page_break()
        if b.kind == D.ISSUER_MARK:
            flow.issuer_mark(b.text)
        elif b.kind == D.DOC_NUMBER:
            flow.doc_number(b.text)
        elif b.kind == D.TITLE:
            flow.title_lines(b.text)
        elif b.kind in (D.SUBTITLE, D.BYLINE):
            flow.simple("GwSubtitle", b.text)
        elif b.kind == D.SALUTATION:
            flow.simple("GwSalutation", b.text)
        elif b.kind == D.HEADING:
            flow.heading(b)
        elif b.kind == D.PARAGRAPH:
            flow.paragraph(b.text)
        elif b.kind == D.TABLE and b.table is not None:
            flow.table(b.table)
        elif b.kind == D.ATTACHMENT_NOTE:
            items = [b.text]
            while nxt is not None and nxt.kind == D.ATTACHMENT_NOTE:
                items.append(nxt.text)
                i += 1
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            flow.attachment_notes(items)
        elif b.kind == D.SIGNATURE:
            names, date, j = _signature_group(blocks, i)
            flow.signature(names, date, body_sealed)
            i = j
            continue
        elif b.kind == D.DATE:
            flow.lone_date(b.text, body_sealed)
        elif b.kind == D.COVER:
            in_cover = True
            if b.detail == "title":
                flow.title_lines(b.text)
                flow.empty()
            elif b.detail == "recipients":
                flow.simple("GwSalutation", b.text)
            elif b.detail == "issuer":
                date = None
                if nxt is not None and nxt.kind == D.COVER and nxt.detail == "date":
                    date = nxt.text
                    i += 1
                flow.signature([b.text], date, notice_seal(doc.seal))
            elif b.detail == "date":
                flow.lone_date(b.text, notice_seal(doc.seal))
            elif b.detail == "note":
                flow.simple("GwNote", b.text)
            else:
                flow.paragraph(b.text)
        elif b.kind == D.ATTACHMENT:
            flow.page_break()       # 附件 on a new page, label flush left on line 1,
            flow.simple("GwAttachment", b.text)
            flow.empty()            # its title on line 3 (GB/T 9704 7.3.7)
        elif b.kind == D.CC:
            if b.detail == "continued" and cc:
                cc[-1] += b.text    # the 抄送 list wrapped onto this line
            else:
                cc.append(b.text)
        elif b.kind == D.IMPRINT:
            imprint.append(b.text)
        # one empty line after the title (with its subtitle and byline), kept with it
        if b.kind in _TITLE_GROUP and (nxt is None or nxt.kind not in _TITLE_GROUP):
            flow.empty(keep_next=True)
        i += 1
    return flow, cc, imprint


def _footer_xml(fonts: FontConfig, side: str) -> str:
    """`— N —` with a PAGE field, odd pages right and even pages left, one 4号 character in;
    `blank`: an empty footer for the unnumbered blank and 版记 pages."""
    head = XML_DECL + f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
    pstyle = el("w:pStyle", val="GwPageNumber")
    if side == "blank":
        return head + f"<w:p><w:pPr>{pstyle}</w:pPr></w:p></w:ftr>"
    r = rpr(fonts.page_number, fonts.page_number, G.SIZE_PN)

    def run(s: str) -> str:
        return f'<w:r>{r}<w:t xml:space="preserve">{text(s)}</w:t></w:r>'

    field = (f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r>{r}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r>'
             f"{run('1')}"
             f'<w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')
    inset = G.SPEC["page_number"]["inset_chars"] * G.PN_CHAR
    odd = side == "odd"
    ind = el("w:ind", right=inset) if odd else el("w:ind", left=inset)
    jc = el("w:jc", val="right" if odd else "left")
    ppr_ = f"<w:pPr>{pstyle}{el('w:snapToGrid', val=0)}{ind}{jc}</w:pPr>"
    return head + f"<w:p>{ppr_}{run('— ')}{field}{run(' —')}</w:p></w:ftr>"


def _sect_pr(refs: dict[str, str], start: bool) -> str:
    """A section's properties; refs: footer type (default/even) -> relationship id."""
    return ("<w:sectPr>"
            + "".join(f'<w:footerReference w:type="{t}" r:id="{rid}"/>' for t, rid in refs.items())
            + el("w:pgSz", w=G.PAGE_W, h=G.PAGE_H)
            + el("w:pgMar", top=G.MARGIN_TOP, right=G.MARGIN_RIGHT, bottom=G.MARGIN_BOTTOM, left=G.MARGIN_LEFT,
                 header=851, footer=G.FOOTER, gutter=0)
            + (el("w:pgNumType", start=1) if start else "")
            + el("w:cols", space=425)
            + el("w:docGrid", type="lines", linePitch=G.LINE_PITCH)
            + "</w:sectPr>")


SHARE, NEXT, BLANK = "share", "next", "blank"


def placement(flow: Flow, box: Imprint) -> str:
    """Where the 版记 goes: SHARE the last page (even, with room), the NEXT page (the last page is
    odd), or a BLANK page and then the 版记 page (an even last page without room)."""
    pages, used = paginate([p.box for p in flow.paras])
    gap = G.SPEC["imprint"]["gap_lines"] * G.LINE_PITCH
    if pages % 2 == 1:
        return NEXT
    return SHARE if used + gap + box.height <= G.TEXT_HEIGHT else BLANK


def imprint_placement(doc: D.Document, fonts: FontConfig | None = None) -> str | None:
    """The 版记's placement for a document (None: it has no 版记)."""
    flow, cc, imprint = _body(doc, fonts or FontConfig.preset())
    if not (cc or imprint):
        return None
    return placement(flow, Imprint(cc, imprint, flow.run))


def _place_imprint(flow: Flow, box: Imprint, rids: dict[str, str]) -> tuple[list[str], str]:
    """(paragraph xml after the flow, the final sectPr) for the 版记's placement; the blank page
    and the 版记 page after it are unnumbered (GB/T 9704 7.5), in a section of their own."""
    numbered = {"default": rids["odd"], "even": rids["even"]}
    blank = {"default": rids["blank"], "even": rids["blank"]}
    where = placement(flow, box)
    if where == SHARE:
        return [box.anchor_paragraph({})], _sect_pr(numbered, True)
    if where == NEXT:
        return [box.anchor_paragraph({"pageBreakBefore": el("w:pageBreakBefore")})], _sect_pr(numbered, True)
    last = flow.paras[-1]
    if last.raw:        # a table cannot carry the section break: an empty paragraph does
        flow.add("GwBody", "", "")
        last = flow.paras[-1]
    last.props["sectPr"] = _sect_pr(numbered, True)
    empty = f"<w:p><w:pPr>{el('w:pStyle', val='GwBody')}{el('w:snapToGrid', val=0)}</w:pPr></w:p>"
    return [empty, box.anchor_paragraph({"pageBreakBefore": el("w:pageBreakBefore")})], _sect_pr(blank, False)


def docx_bytes(doc: D.Document, fonts: FontConfig | None = None) -> bytes:
    """The official .docx of a document, as bytes (deterministic for the same input)."""
    fonts = fonts or FontConfig.preset()
    flow, cc, imprint_lines = _body(doc, fonts)
    rid = pkg.FIRST_FREE_RID
    rids = {side: f"rId{rid + k}" for k, side in enumerate(_FOOTERS)}
    tail: list[str] = []
    final = _sect_pr({"default": rids["odd"], "even": rids["even"]}, True)
    if cc or imprint_lines:
        tail, final = _place_imprint(flow, Imprint(cc, imprint_lines, flow.run), rids)
    body = "".join(p.xml() for p in flow.paras) + "".join(tail)
    if not body:
        body = f"<w:p><w:pPr>{el('w:pStyle', val='GwBody')}</w:pPr></w:p>"
    document = (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" '
                f'xmlns:wps="{WPS_NS}"><w:body>' + body + final + "</w:body></w:document>")
    footers = {rids[side]: (name, _footer_xml(fonts, side)) for side, name in _FOOTERS.items()}
    from drafter.docx.stylesheet import styles_xml

    title = to_fullwidth(doc.title)
    creator = doc.signature or next((b.text for b in doc.blocks if b.kind == D.COVER and b.detail == "issuer"),
                                    "") or "drafter"
    return pkg.package(document, styles_xml(fonts), footers, fonts, title, to_fullwidth(creator))


# the name the rest of the code base used before the writer returned bytes by this name
document_to_docx_bytes = docx_bytes


def docx_bytes(doc: D.Document, fonts: FontConfig | None = None) -> bytes:
    """The official .docx of a document, as bytes (the library's entry point)."""
    return document_to_docx_bytes(doc, fonts)


def write_docx(doc: D.Document, path: str | os.PathLike, force: bool = False,
               fonts: FontConfig | None = None):
    """Write the official .docx atomically (refuses to overwrite without force). Returns the path."""
    from drafter.cli.atomic import check_writable, write_bytes

    check_writable(path, force)
    return write_bytes(path, docx_bytes(doc, fonts), force=force)
