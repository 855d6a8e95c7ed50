"""The official .docx writer: a parsed `Document` in, GB/T 9704-2012 layout out (SPEC §5).

The numbers below are a contract (SPEC §5), measured by rendering in tests/test_render.py:
A4, margins 37/35/28/26 mm, 22 lines of exact 579 twips (`docGrid` lines 579), 3号 runs with
−0.25 pt character spacing so 28 characters fill the 156 mm line, snapToGrid off, page numbers
`— N —` in 4号 宋体 with the number line 7 mm below the type area, odd pages right and even pages
left, each one character in. Every style and run names its East Asian font explicitly; no theme
part is written, so no theme font can override them. Real paragraph styles with outline levels
("公文标题", "一级标题" … "四级标题", "公文正文", "署名", "成文日期") make Word's navigation pane work
and let drafter read its own output back (drafter/docx/reader.py maps those names)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from drafter.core import document as D
from drafter.docx import package as pkg
from drafter.docx.fonts import FontConfig
from drafter.docx.package import el, text
from drafter.text.numerals import from_chinese
from drafter.text.punct import to_fullwidth

# --- geometry (twips = 1/20 pt; 1 mm = 56.693 twips) ------------------------------------------
PAGE_W, PAGE_H = 11906, 16838                    # A4 210 × 297 mm
MARGIN_TOP, MARGIN_BOTTOM = 2098, 1984           # 37 mm, 35 mm
MARGIN_LEFT, MARGIN_RIGHT = 1587, 1474           # 28 mm, 26 mm (版心 156 × 225 mm)
LINE_PITCH = 579                                 # 28.95 pt: 22 lines in 225 mm
TEXT_WIDTH = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 8845 twips = 156 mm
# The footer: one line of exact PN_LINE twips whose bottom sits FOOTER twips above the page edge.
# The 一字线 of "— N —" lies about 0.4 em above the baseline; with a 14 pt line and the baseline
# 0.8 line-height down (LibreOffice) or a descent above the bottom (Word), the dash sits 7 mm below
# the type area (269 mm from the top edge). Verified by tests/test_render.py.
FOOTER = 1448                                    # 25.54 mm
PN_LINE = 280                                    # 14 pt

SIZE_TITLE = 44        # half-points: 2号 22 pt
SIZE_BODY = 32         # 3号 16 pt
SIZE_PN = 28           # 4号 14 pt
BODY_SPACING = -5      # twentieths of a point: −0.25 pt on 3号 runs
CHAR = 320             # one 3号 character (16 pt) for indents: 首行缩进二字 = 640
PN_CHAR = 280          # one 4号 character (14 pt): the page number's 一字 inset
ADVANCE = 315          # what a 3号 character really advances with −0.25 pt spacing
IMPRINT_RULE = 1       # pt: the 版记 rules (GB/T 9704 7.4.1: 0.35 mm)
IMPRINT_GAP = 4        # pt between a rule and the 版记 text


@dataclass(frozen=True)
class Style:
    id: str
    name: str
    font: str                  # FontConfig field
    size: int = SIZE_BODY
    jc: str = "both"
    first_line: int = 0        # twips
    left: int = 0
    right: int = 0
    outline: int | None = None  # w:outlineLvl (0 = level 1 in Word's navigation pane)
    spacing: int = BODY_SPACING
    line: int = LINE_PITCH


# Style names are read back by drafter/docx/reader.py: keep them.
STYLES: dict[str, Style] = {s.id: s for s in (
    Style("Normal", "Normal", "body"),
    Style("GwTitle", "公文标题", "title", size=SIZE_TITLE, jc="center", outline=0, spacing=0),
    Style("GwSubtitle", "公文副标题", "heading2", jc="center"),
    Style("GwSalutation", "主送机关", "body", jc="both"),
    Style("GwHeading1", "一级标题", "heading1", first_line=2 * CHAR, outline=1),
    Style("GwHeading2", "二级标题", "heading2", first_line=2 * CHAR, outline=2),
    Style("GwHeading3", "三级标题", "body", first_line=2 * CHAR, outline=3),
    Style("GwHeading4", "四级标题", "body", first_line=2 * CHAR, outline=4),
    Style("GwBody", "公文正文", "body", first_line=2 * CHAR),
    Style("GwSignature", "署名", "body", jc="right", right=2 * CHAR),
    Style("GwDate", "成文日期", "body", jc="right", right=4 * CHAR),
    Style("GwNote", "附注", "body", jc="left", left=2 * CHAR),
    Style("GwAttachment", "附件标签", "heading1", jc="left"),
    # the 版记 lines (borders, 1 pt + 4 pt either side) and the text fill exactly one grid line
    Style("GwImprint", "版记", "body", size=SIZE_PN, jc="left", left=PN_CHAR, right=PN_CHAR, spacing=0,
          line=LINE_PITCH - 2 * (IMPRINT_RULE + IMPRINT_GAP) * 20),
    Style("GwPageNumber", "公文页码", "page_number", size=SIZE_PN, jc="right", spacing=0, line=PN_LINE),
)}

HEADING_STYLE = {1: "GwHeading1", 2: "GwHeading2", 3: "GwHeading3", 4: "GwHeading4"}


# --- run and paragraph properties -------------------------------------------------------------
def rfonts(east_asian: str, latin: str) -> str:
    return el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asian, cs=latin, hint="eastAsia")


def rpr(east_asian: str, latin: str, size: int, spacing: int) -> str:
    sp = el("w:spacing", val=spacing) if spacing else ""
    return (f"<w:rPr>{rfonts(east_asian, latin)}{sp}{el('w:kern', val=0)}"
            f"{el('w:sz', val=size)}{el('w:szCs', val=size)}</w:rPr>")


def ppr_core(jc: str, first_line: int = 0, left: int = 0, right: int = 0, line: int = LINE_PITCH,
             outline: int | None = None) -> str:
    """pPr children in schema order. No widow/orphan control (it would leave pages one line short);
    no automatic extra space between Chinese and Latin text or digits (the grid stays 28 to a
    line); snap to grid off, exact line height."""
    ind = ""
    if first_line or left or right:
        attrs = {}
        if left:
            attrs["left"] = left
        if right:
            attrs["right"] = right
        if first_line:
            attrs["firstLine"] = first_line
        ind = el("w:ind", **attrs)
    out = el("w:outlineLvl", val=outline) if outline is not None else ""
    return (el("w:widowControl", val=0) + el("w:autoSpaceDE", val=0) + el("w:autoSpaceDN", val=0)
            + el("w:adjustRightInd", val=0) + el("w:snapToGrid", val=0)
            + el("w:spacing", before=0, after=0, line=line, lineRule="exact")
            + ind + el("w:jc", val=jc) + out)


def styles_xml(fonts: FontConfig) -> str:
    parts = [pkg.XML_DECL, f'<w:styles xmlns:w="{pkg.W_NS}">',
             "<w:docDefaults><w:rPrDefault>",
             f"<w:rPr>{rfonts(fonts.body, fonts.latin)}{el('w:spacing', val=BODY_SPACING)}"
             f"{el('w:kern', val=0)}{el('w:sz', val=SIZE_BODY)}{el('w:szCs', val=SIZE_BODY)}"
             f"{el('w:lang', val='en-US', eastAsia='zh-CN', bidi='ar-SA')}</w:rPr>",
             "</w:rPrDefault><w:pPrDefault><w:pPr>",
             ppr_core("both"),
             "</w:pPr></w:pPrDefault></w:docDefaults>"]
    for s in STYLES.values():
        default = ' w:default="1"' if s.id == "Normal" else ""
        based = "" if s.id == "Normal" else el("w:basedOn", val="Normal")
        nxt = el("w:next", val="GwBody") if s.id.startswith(("GwTitle", "GwHeading")) else ""
        font = getattr(fonts, s.font)
        latin = fonts.page_number if s.id == "GwPageNumber" else fonts.latin
        parts.append(f'<w:style w:type="paragraph"{default} w:styleId="{s.id}">'
                     f"{el('w:name', val=s.name)}{based}{nxt}<w:qFormat/>"
                     f"<w:pPr>{ppr_core(s.jc, s.first_line, s.left, s.right, s.line, s.outline)}</w:pPr>"
                     f"{rpr(font, latin, s.size, s.spacing)}</w:style>")
    parts.append('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
                 '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
                 '<w:unhideWhenUsed/></w:style>')
    parts.append("</w:styles>")
    return "".join(parts)


# --- text helpers -----------------------------------------------------------------------------
_DATE = re.compile(r"^\s*(\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                   r"\s*(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日|(\s*)日)?\s*$")
_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def official_date(s: str) -> str:
    """`2026年01月05日` / `二〇二六年一月五日` → `2026年1月5日` (GB/T 9704 7.3.5: Arabic numerals,
    no zero padding). A date left open for the seal (`2023年1月 日`) keeps its gap."""
    m = _DATE.match(s)
    if not m:
        return s.strip()
    year, month, day, gap = m.groups()
    if not year.isdigit():
        year = year.translate(_YEAR_DIGITS)
    month_n = int(month) if month.isdigit() else from_chinese(month)
    if month_n is None:
        return s.strip()
    out = f"{year}年{month_n}月"
    if day is not None:
        day_n = int(day) if day.isdigit() else from_chinese(day)
        if day_n is None:
            return s.strip()
        return out + f"{day_n}日"
    if gap is not None:
        return out + "\u3000\u3000日"
    return out


def text_width(s: str) -> float:
    """Width in 3号 characters: ASCII letters and digits are half a character."""
    return sum(0.5 if ord(ch) < 0x2000 else 1.0 for ch in s)


def signature_indents(signature: str, date: str) -> tuple[int, int]:
    """Right indents (twips) of the 署名 and the 成文日期: the date 右空四字, the signature centred
    over it (GB/T 9704 7.3.5.1); a signature wider than that keeps 右空二字 and the date moves in."""
    date_right = 4 * CHAR
    sig_right = date_right + round((text_width(date) - text_width(signature)) / 2 * ADVANCE)
    if sig_right < 2 * CHAR:
        sig_right = 2 * CHAR
        date_right = sig_right + round((text_width(signature) - text_width(date)) / 2 * ADVANCE)
    return max(sig_right, 0), max(date_right, 0)


_IMPRINT = re.compile(r"^(.*?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印发$")


# --- the document body ------------------------------------------------------------------------
class _Body:
    def __init__(self, fonts: FontConfig):
        self.fonts = fonts
        self.paras: list[str] = []
        self.last_empty = True          # the page starts empty
        self.break_next = False         # the next paragraph starts a new page

    def run(self, s: str, font_field: str, size: int = SIZE_BODY, spacing: int = BODY_SPACING) -> str:
        s = to_fullwidth(s)
        if not s:
            return ""
        latin = self.fonts.page_number if font_field == "page_number" else self.fonts.latin
        return (f"<w:r>{rpr(getattr(self.fonts, font_field), latin, size, spacing)}"
                f'<w:t xml:space="preserve">{text(s)}</w:t></w:r>')

    def para(self, style: str, runs: str, *, jc: str | None = None, right: int | None = None,
             tabs: str = "", borders: str = "") -> None:
        brk = "<w:pageBreakBefore/>" if self.break_next else ""
        self.break_next = False
        ind = ""
        if right is not None:
            ind = el("w:ind", right=right)
        ppr = (f"<w:pPr>{el('w:pStyle', val=style)}{brk}{borders}{tabs}{el('w:snapToGrid', val=0)}"
               f"{ind}{el('w:jc', val=jc) if jc else ''}</w:pPr>")
        self.paras.append(f"<w:p>{ppr}{runs}</w:p>")
        self.last_empty = not runs

    def simple(self, style: str, s: str, **kw) -> None:
        st = STYLES[style]
        self.para(style, self.run(s, st.font, st.size, st.spacing), **kw)

    def empty(self) -> None:
        """One empty grid line (正文下空一行 and the like); never two in a row, never at a page top."""
        if self.last_empty or self.break_next:
            return
        self.paras.append(f"<w:p><w:pPr>{el('w:pStyle', val='GwBody')}{el('w:snapToGrid', val=0)}"
                          "</w:pPr></w:p>")
        self.last_empty = True

    def page_break(self) -> None:
        if self.paras:
            self.break_next = True
        self.last_empty = True

    # -- block kinds --
    def heading(self, b: D.Block) -> None:
        level = b.level if b.level in HEADING_STYLE else 1
        style = HEADING_STYLE[level]
        st = STYLES[style]
        full = b.text.strip()
        if b.run_in and b.body and full.endswith(b.body):
            head = full[: len(full) - len(b.body)].rstrip()
            runs = self.run(head, st.font) + self.run(b.body, "body")
        else:
            runs = self.run(full, st.font)
        self.para(style, runs)

    def signature(self, names: list[str], date: str | None, style_sig: str = "GwSignature") -> None:
        self.empty()
        date_text = official_date(date) if date else ""
        widest = max(names, key=text_width) if names else ""
        sig_right, date_right = signature_indents(widest, date_text) if date_text else (2 * CHAR, 4 * CHAR)
        for name in names:
            own = sig_right + round((text_width(widest) - text_width(name)) / 2 * ADVANCE)
            self.simple(style_sig, name, right=own)
        if date_text:
            self.simple("GwDate", date_text, right=date_right)

    def imprint(self, s: str) -> None:
        m = _IMPRINT.match(to_fullwidth(s))
        rule = {"val": "single", "sz": IMPRINT_RULE * 8, "space": IMPRINT_GAP, "color": "000000"}
        line, bottom = el("w:top", **rule), el("w:bottom", **rule)
        borders = f"<w:pBdr>{line}{bottom}</w:pBdr>"
        tab_pos = TEXT_WIDTH - 2 * PN_CHAR
        tabs = f"<w:tabs>{el('w:tab', val='right', pos=tab_pos)}</w:tabs>"
        self.empty()
        if m:
            org, date = m.group(1), official_date(re.sub(r"\s+", "", m.group(2)))
            runs = (self.run(org, "body", SIZE_PN, 0) + "<w:r><w:tab/></w:r>"
                    + self.run(f"{date}印发", "body", SIZE_PN, 0))
        else:
            runs = self.run(s, "body", SIZE_PN, 0)
        self.para("GwImprint", runs, tabs=tabs, borders=borders)


def _body_xml(doc: D.Document, fonts: FontConfig) -> tuple[str, str]:
    """(document body paragraphs, document title)."""
    body = _Body(fonts)
    blocks = [b for b in doc.blocks if b.kind not in (D.BLANK, D.CHROME)]
    title_group = (D.TITLE, D.SUBTITLE, D.BYLINE)
    i = 0
    in_cover = False
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if in_cover and b.kind != D.COVER:
            in_cover = False
            body.page_break()
        if b.kind == D.TITLE:
            body.simple("GwTitle", b.text)
        elif b.kind in (D.SUBTITLE, D.BYLINE):
            body.simple("GwSubtitle", b.text)
        elif b.kind == D.SALUTATION:
            body.simple("GwSalutation", b.text)
        elif b.kind == D.HEADING:
            body.heading(b)
        elif b.kind == D.PARAGRAPH:
            body.simple("GwBody", b.text)
        elif b.kind == D.SIGNATURE:
            names = [b.text]
            while nxt is not None and nxt.kind == D.SIGNATURE:
                names.append(nxt.text)
                i += 1
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            date = None
            if nxt is not None and nxt.kind == D.DATE:
                date = nxt.text
                i += 1
            body.signature(names, date)
        elif b.kind == D.DATE:
            body.empty()
            body.simple("GwDate", official_date(b.text))
        elif b.kind == D.COVER:
            in_cover = True
            if b.detail == "recipients":
                body.simple("GwSalutation", b.text)
            elif b.detail == "issuer":
                date = None
                if nxt is not None and nxt.kind == D.COVER and nxt.detail == "date":
                    date = nxt.text
                    i += 1
                body.signature([b.text], date)
            elif b.detail == "date":
                body.empty()
                body.simple("GwDate", official_date(b.text))
            elif b.detail == "note":
                body.simple("GwNote", b.text)
            else:
                body.simple("GwBody", b.text)
        elif b.kind == D.ATTACHMENT:
            body.page_break()       # 附件 on a new page, label flush left on line 1,
            body.simple("GwAttachment", b.text)
            body.empty()            # its title on line 3 (GB/T 9704 7.3.7)
        elif b.kind == D.IMPRINT:
            body.imprint(b.text)
        # one empty line after the title (with its subtitle and byline)
        if b.kind in title_group and (nxt is None or nxt.kind not in title_group):
            body.empty()
        i += 1
    return "".join(body.paras), doc.title


def _footer_xml(fonts: FontConfig, odd: bool) -> str:
    """`— N —` with a PAGE field, odd pages right and even pages left, one 4号 character in."""
    r = rpr(fonts.page_number, fonts.page_number, SIZE_PN, 0)

    def run(s: str) -> str:
        return f'<w:r>{r}<w:t xml:space="preserve">{text(s)}</w:t></w:r>'

    field = (f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r>{r}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r>'
             f"{run('1')}"
             f'<w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')
    ind = el("w:ind", right=PN_CHAR) if odd else el("w:ind", left=PN_CHAR)
    jc = el("w:jc", val="right" if odd else "left")
    ppr = f"<w:pPr>{el('w:pStyle', val='GwPageNumber')}{el('w:snapToGrid', val=0)}{ind}{jc}</w:pPr>"
    return (pkg.XML_DECL + f'<w:ftr xmlns:w="{pkg.W_NS}" xmlns:r="{pkg.R_NS}">'
            f"<w:p>{ppr}{run('— ')}{field}{run(' —')}</w:p></w:ftr>")


def _sect_pr() -> str:
    return ('<w:sectPr>'
            '<w:footerReference w:type="default" r:id="rId4"/>'
            '<w:footerReference w:type="even" r:id="rId5"/>'
            + el("w:pgSz", w=PAGE_W, h=PAGE_H)
            + el("w:pgMar", top=MARGIN_TOP, right=MARGIN_RIGHT, bottom=MARGIN_BOTTOM, left=MARGIN_LEFT,
                 header=851, footer=FOOTER, gutter=0)
            + el("w:pgNumType", start=1)
            + el("w:cols", space=425)
            + el("w:docGrid", type="lines", linePitch=LINE_PITCH)
            + "</w:sectPr>")


def document_to_docx_bytes(doc: D.Document, fonts: FontConfig | None = None) -> bytes:
    """The official .docx of a parsed document, as bytes (deterministic for the same input)."""
    fonts = fonts or FontConfig()
    paras, title = _body_xml(doc, fonts)
    document = (pkg.XML_DECL + f'<w:document xmlns:w="{pkg.W_NS}" xmlns:r="{pkg.R_NS}"><w:body>'
                + paras + _sect_pr() + "</w:body></w:document>")
    footers = {"rId4": "footer1.xml", "rId5": "footer2.xml"}
    parts = [
        ("[Content_Types].xml", pkg.content_types(list(footers.values()))),
        ("_rels/.rels", pkg.package_rels()),
        ("docProps/core.xml", pkg.core_properties(to_fullwidth(title))),
        ("docProps/app.xml", pkg.app_properties()),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", pkg.document_rels(footers)),
        ("word/styles.xml", styles_xml(fonts)),
        ("word/settings.xml", pkg.settings()),
        ("word/fontTable.xml", pkg.font_table(fonts.east_asian(), fonts.latin)),
        ("word/footer1.xml", _footer_xml(fonts, odd=True)),
        ("word/footer2.xml", _footer_xml(fonts, odd=False)),
    ]
    return pkg.zip_parts(parts)


def docx_bytes(doc: D.Document, fonts: FontConfig | None = None) -> bytes:
    """The official .docx of a document, as bytes (the library's entry point)."""
    return document_to_docx_bytes(doc, fonts)


def write_docx(doc: D.Document, path: str | os.PathLike, force: bool = False,
               fonts: FontConfig | None = None):
    """Write the official .docx atomically (refuses to overwrite without force). Returns the path."""
    from drafter.cli.atomic import check_writable, write_bytes

    check_writable(path, force)
    return write_bytes(path, document_to_docx_bytes(doc, fonts), force=force)
