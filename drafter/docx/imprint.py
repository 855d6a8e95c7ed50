"""The 版记 (GB/T 9704 7.4): 抄送 and 印发机关/印发日期 in 4号仿宋 between rules as wide as the type
area — 0.35 mm first and last, 0.25 mm between — its last rule on the bottom edge of the type area.

It is a text box (DrawingML, wrap top and bottom) anchored in a one-point paragraph after the body
and aligned to the bottom of the page's margin box, holding a one-column table whose cell borders
are the rules. Word and LibreOffice both place such a box on the page of its anchor, flush with the
bottom margin, and flow no text beside or under it. Each 版记 line is one grid line (579 twips)
high. Which page that is (an even one) the writer decides from drafter/docx/layout.py."""

from __future__ import annotations

import math
import re

from drafter.docx import geometry as G
from drafter.docx.ooxml import A_NS, el, text
from drafter.docx.stylesheet import ppr
from drafter.docx.signature import official_date
from drafter.text.punct import to_fullwidth

_SPEC = G.SPEC["imprint"]
EMU_PER_TWIP = 635
INSET = _SPEC["inset_chars"] * G.pt(_SPEC["size"])          # 一字 of 4号: 280 twips
SIZE = G.half_points(_SPEC["size"])
HEAVY = G.border_eighths(_SPEC["rule_heavy"])
LIGHT = G.border_eighths(_SPEC["rule_light"])
ROW = G.LINE_PITCH

_IMPRINT = re.compile(r"^(.*?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印发$")
_CC_LABEL = re.compile(r"^抄送[：:]\s*")


def split_imprint(s: str) -> tuple[str, str]:
    """`温州市龙湾区司法局办公室 2023年1月13日印发` → (机关, `2023年1月13日印发`); ("", s) if no date."""
    m = _IMPRINT.match(to_fullwidth(s.strip()))
    if not m:
        return s.strip(), ""
    return m.group(1), official_date(re.sub(r"\s+", "", m.group(2))) + "印发"


def cc_text(s: str) -> tuple[str, str]:
    """(label `抄送：`, the list ending with 。)."""
    body = _CC_LABEL.sub("", to_fullwidth(s.strip()))
    if body and body[-1] not in "。":
        body = body.rstrip("，、；;,") + "。"
    return "抄送：", body


def _lines(s: str, width: int) -> int:
    return max(1, math.ceil(G.advance(s, SIZE) / max(width, 1)))


class Imprint:
    """The rows of the 版记 (抄送 lines first, then 印发机关/日期) and its text box."""

    def __init__(self, cc: list[str], imprint: list[str], run):
        self.run = run
        self.rows: list[tuple[str, int]] = []   # (cell content xml, lines)
        inner = G.TEXT_WIDTH - 2 * INSET
        for s in cc:
            label, body = cc_text(s)
            hang = G.advance(label, SIZE)
            lines = _lines(label + body, inner)
            p_ppr = ppr(pStyle=el("w:pStyle", val="GwImprint"), snapToGrid=el("w:snapToGrid", val=0),
                        ind=el("w:ind", left=INSET + hang, right=INSET, hanging=hang, firstLineChars=0))
            self.rows.append((f"<w:p>{p_ppr}{run(label + body, 'body', SIZE)}</w:p>", lines))
        for s in imprint:
            org, date = split_imprint(s)
            tabs = f"<w:tabs>{el('w:tab', val='right', pos=G.TEXT_WIDTH - INSET)}</w:tabs>"
            p_ppr = ppr(pStyle=el("w:pStyle", val="GwImprint"), tabs=tabs, snapToGrid=el("w:snapToGrid", val=0),
                        ind=el("w:ind", left=INSET, right=INSET))
            runs = run(org, "body", SIZE) + ("<w:r><w:tab/></w:r>" + run(date, "body", SIZE) if date else "")
            self.rows.append((f"<w:p>{p_ppr}{runs}</w:p>", _lines(org + "　" + date, inner)))

    @property
    def height(self) -> int:
        return sum(lines for _x, lines in self.rows) * ROW

    def table(self) -> str:
        def edge(side: str, sz: int | None) -> str:
            if sz is None:
                return el(f"w:{side}", val="nil")
            return el(f"w:{side}", val="single", sz=sz, space=0, color="000000")

        parts = ["<w:tbl><w:tblPr>", el("w:tblW", w=G.TEXT_WIDTH, type="dxa"), el("w:jc", val="center"),
                 el("w:tblLayout", type="fixed"),
                 f"<w:tblCellMar>{el('w:left', w=0, type='dxa')}{el('w:right', w=0, type='dxa')}</w:tblCellMar>",
                 el("w:tblLook", val="0000", firstRow=0, lastRow=0, firstColumn=0, lastColumn=0, noHBand=1, noVBand=1),
                 "</w:tblPr><w:tblGrid>", el("w:gridCol", w=G.TEXT_WIDTH), "</w:tblGrid>"]
        last = len(self.rows) - 1
        for k, (content, lines) in enumerate(self.rows):
            top = HEAVY if k == 0 else None
            bottom = HEAVY if k == last else LIGHT
            borders = edge("top", top) + edge("left", None) + edge("bottom", bottom) + edge("right", None)
            parts.append(f"<w:tr><w:trPr>{el('w:cantSplit')}{el('w:trHeight', val=lines * ROW, hRule='exact')}"
                         f"</w:trPr><w:tc><w:tcPr>{el('w:tcW', w=G.TEXT_WIDTH, type='dxa')}"
                         f"<w:tcBorders>{borders}</w:tcBorders>{el('w:vAlign', val='center')}</w:tcPr>"
                         f"{content}</w:tc></w:tr>")
        parts.append("</w:tbl>")
        # a text box's content must end with a paragraph
        parts.append(f"<w:p>{ppr(spacing=el('w:spacing', before=0, after=0, line=20, lineRule='exact'))}</w:p>")
        return "".join(parts)

    def anchor_paragraph(self, extra_ppr: dict[str, str]) -> str:
        """The one-point paragraph holding the text box, aligned to the bottom of the margin box."""
        cx, cy = G.TEXT_WIDTH * EMU_PER_TWIP, self.height * EMU_PER_TWIP
        shape = (
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f"<wps:txbx><w:txbxContent>{self.table()}</w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" '
            'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>')
        drawing = (
            '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" '
            'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="1" name="{text("版记")}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic xmlns:a="{A_NS}"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            f'wordprocessingShape">{shape}</a:graphicData></a:graphic></wp:anchor></w:drawing>')
        p_ppr = ppr(**extra_ppr, snapToGrid=el("w:snapToGrid", val=0),
                    spacing=el("w:spacing", before=0, after=0, line=20, lineRule="exact"))
        return f"<w:p>{p_ppr}<w:r>{drawing}</w:r></w:p>"
