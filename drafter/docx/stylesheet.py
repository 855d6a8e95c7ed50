"""The paragraph styles of the official .docx and the XML of run and paragraph properties.

Real paragraph styles with outline levels ("公文标题", "一级标题" … "四级标题", "公文正文", "署名",
"成文日期", …) make Word's navigation pane work and let drafter read its own output back
(drafter/docx/reader.py maps those names: keep them). Every style names its East Asian font
explicitly, with w:hint="eastAsia"; 3号 styles (and only they) carry −0.25 pt character spacing.
Pagination lives in the styles: titles and headings keep with the next paragraph, widow control is
on everywhere (docDefaults), and a line-final closing mark may hang (gbt9704.toml [punctuation]).
Word's automatic space between Chinese and Latin text or digits is on, as LibreOffice always has it,
so both lay out lines with figures alike."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.docx import geometry as G
from drafter.docx.fonts import FontConfig
from drafter.docx.ooxml import W_NS, XML_DECL, el, on_off

OVERFLOW_PUNCT = bool(G.SPEC["punctuation"]["overflow"])


def spacing_for(size: int) -> int:
    """Character spacing of a run of this size (half-points): −0.25 pt on 3号 only."""
    return G.BODY_SPACING if size == G.SIZE_BODY else 0


@dataclass(frozen=True)
class Style:
    id: str
    name: str
    font: str                   # FontConfig field
    size: int = G.SIZE_BODY     # half-points
    jc: str = "both"
    first_line_chars: int = 0   # characters (written as firstLineChars and firstLine twips)
    left: int = 0               # twips
    right: int = 0              # twips
    outline: int | None = None  # w:outlineLvl (0 = level 1 in Word's navigation pane)
    line: int = G.LINE_PITCH
    keep_next: bool = False
    color: str = ""


_IMPRINT_LINE = G.LINE_PITCH
_CELL_LINE = G.pt(G.SPEC["table"]["cell_line_pt"])

STYLES: dict[str, Style] = {s.id: s for s in (
    Style("Normal", "Normal", "body"),
    Style("GwTitle", "公文标题", "title", size=G.SIZE_TITLE, jc="center", outline=0, keep_next=True),
    Style("GwSubtitle", "公文副标题", "heading2", jc="center", keep_next=True),
    Style("GwSalutation", "主送机关", "body"),
    Style("GwHeading1", "一级标题", "heading1", first_line_chars=2, outline=1, keep_next=True),
    Style("GwHeading2", "二级标题", "heading2", first_line_chars=2, outline=2, keep_next=True),
    Style("GwHeading3", "三级标题", "body", first_line_chars=2, outline=3, keep_next=True),
    Style("GwHeading4", "四级标题", "body", first_line_chars=2, outline=4, keep_next=True),
    Style("GwBody", "公文正文", "body", first_line_chars=2),
    Style("GwSignature", "署名", "body", jc="right", right=2 * G.CHAR),
    Style("GwDate", "成文日期", "body", jc="right", right=4 * G.CHAR),
    Style("GwNote", "附注", "body", jc="left", left=2 * G.CHAR),
    Style("GwAttachNote", "附件说明", "body", jc="left"),
    Style("GwAttachment", "附件标签", "heading1", jc="left"),
    Style("GwIssuerMark", "发文机关标志", "title", size=G.SIZE_MARK_MAX, jc="center", color=G.SPEC["head"]["mark_color"]),
    Style("GwDocNumber", "发文字号", "body", jc="center"),
    Style("GwTableCaption", "表题", "heading1", jc="center", keep_next=True),
    Style("GwTableHeader", "表头", "heading1", size=G.SIZE_CELL, jc="center", line=_CELL_LINE),
    Style("GwTableText", "表格文字", "body", size=G.SIZE_CELL, jc="left", line=_CELL_LINE),
    Style("GwImprint", "版记", "body", size=G.SIZE_IMPRINT, jc="left", line=_IMPRINT_LINE),
    Style("GwPageNumber", "公文页码", "page_number", size=G.SIZE_PN, jc="right", line=G.PN_LINE),
)}

HEADING_STYLE = {1: "GwHeading1", 2: "GwHeading2", 3: "GwHeading3", 4: "GwHeading4"}


# --- run properties ---------------------------------------------------------------------------
def rfonts(east_asian: str, latin: str) -> str:
    return el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asian, cs=latin, hint="eastAsia")


def rpr(east_asian: str, latin: str, size: int, color: str = "") -> str:
    """rPr children in schema order: fonts, colour, spacing (3号 only), kern, size."""
    sp = spacing_for(size)
    return (f"<w:rPr>{rfonts(east_asian, latin)}{el('w:color', val=color) if color else ''}"
            f"{el('w:spacing', val=sp) if sp else ''}{el('w:kern', val=0)}"
            f"{el('w:sz', val=size)}{el('w:szCs', val=size)}</w:rPr>")


# --- paragraph properties ---------------------------------------------------------------------
# pPr children in the schema's order (CT_PPrBase)
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "pBdr", "shd", "tabs", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
              "autoSpaceDE", "autoSpaceDN", "adjustRightInd", "snapToGrid", "spacing", "ind", "jc",
              "outlineLvl", "sectPr")


def ppr(**props: str) -> str:
    """A w:pPr from pre-built child elements keyed by their local names, in schema order."""
    unknown = set(props) - set(_PPR_ORDER)
    if unknown:
        raise ValueError(f"unknown pPr children {unknown}")
    return "<w:pPr>" + "".join(props[k] for k in _PPR_ORDER if props.get(k)) + "</w:pPr>"


def ind(first_line_chars: int = 0, left: int = 0, right: int = 0, hanging: int = 0) -> str:
    """w:ind: a first-line indent in characters (firstLineChars, with firstLine twips for
    applications that ignore *Chars), or a hanging indent in twips; left/right in twips."""
    attrs: dict = {}
    if left:
        attrs["left"] = left
    if right:
        attrs["right"] = right
    if hanging:
        attrs["hanging"] = hanging
        attrs["firstLineChars"] = 0
    elif first_line_chars:
        attrs["firstLine"] = first_line_chars * G.CHAR
        attrs["firstLineChars"] = first_line_chars * 100
    return el("w:ind", **attrs) if attrs else ""


def style_ppr(s: Style) -> dict[str, str]:
    out = {
        "keepNext": el("w:keepNext") if s.keep_next else "",
        "adjustRightInd": el("w:adjustRightInd", val=0), "snapToGrid": el("w:snapToGrid", val=0),
        "spacing": el("w:spacing", before=0, after=0, line=s.line, lineRule="exact"),
        "ind": ind(s.first_line_chars, s.left, s.right),
        "jc": el("w:jc", val=s.jc),
        "outlineLvl": el("w:outlineLvl", val=s.outline) if s.outline is not None else "",
    }
    return out


def styles_xml(fonts: FontConfig) -> str:
    """docDefaults (body font and size without character spacing; widow control on; no automatic
    space between Chinese and Latin text; snap to grid off; exact line height) and the styles."""
    body = STYLES["Normal"]
    parts = [XML_DECL, f'<w:styles xmlns:w="{W_NS}">',
             "<w:docDefaults><w:rPrDefault>",
             f"<w:rPr>{rfonts(fonts.body, fonts.latin)}{el('w:kern', val=0)}"
             f"{el('w:sz', val=G.SIZE_BODY)}{el('w:szCs', val=G.SIZE_BODY)}"
             f"{el('w:lang', val='en-US', eastAsia='zh-CN', bidi='ar-SA')}</w:rPr>",
             "</w:rPrDefault><w:pPrDefault>",
             ppr(widowControl=el("w:widowControl"), overflowPunct="" if OVERFLOW_PUNCT else on_off("w:overflowPunct", False),
                 autoSpaceDE=el("w:autoSpaceDE"), autoSpaceDN=el("w:autoSpaceDN"),
                 **{k: v for k, v in style_ppr(body).items() if k not in ("ind", "outlineLvl")}),
             "</w:pPrDefault></w:docDefaults>"]
    for s in STYLES.values():
        default = ' w:default="1"' if s.id == "Normal" else ""
        based = "" if s.id == "Normal" else el("w:basedOn", val="Normal")
        nxt = el("w:next", val="GwBody") if s.id.startswith(("GwTitle", "GwHeading")) else ""
        font = getattr(fonts, s.font)
        latin = fonts.page_number if s.id == "GwPageNumber" else fonts.latin
        parts.append(f'<w:style w:type="paragraph"{default} w:styleId="{s.id}">'
                     f"{el('w:name', val=s.name)}{based}{nxt}<w:qFormat/>"
                     f"{ppr(**style_ppr(s))}{rpr(font, latin, s.size, s.color)}</w:style>")
    parts.append('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
                 '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
                 '<w:unhideWhenUsed/></w:style>')
    parts.append('<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
                 '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                 '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                 '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
                 '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
    parts.append("</w:styles>")
    return "".join(parts)
