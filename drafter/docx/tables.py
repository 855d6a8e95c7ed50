"""A table typeset as an official table (惯例; gbt9704.toml [table]): the full 156 mm type-area
width, fixed column widths in proportion to their contents, a caption centred above in 黑体, header
rows in 黑体 repeated on every page, cells in 仿宋 4号 (小四 for a table too wide for 4号), figures
right-aligned, text left-aligned, rows never split across pages."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from drafter.core.document import Table
from drafter.docx import geometry as G
from drafter.docx.layout import Box
from drafter.docx.ooxml import el
from drafter.docx.stylesheet import STYLES, ppr

_SPEC = G.SPEC["table"]
_NUMBER = re.compile(r"^[+\-−]?[\d,.，]+\s*(%|％|个百分点|[件人次个万亿元户场项家起宗篇期名所]{1,3})?$")
CELL_MARGIN = G.mm(_SPEC["cell_margin"])
CELL_LINE = G.pt(_SPEC["cell_line_pt"])


def is_number(cell: str) -> bool:
    return bool(_NUMBER.match(cell.strip()))


@dataclass
class TableLayout:
    widths: list[int]   # twips per column
    size: int           # half-points of the cell text


def plan(table: Table) -> TableLayout:
    cols = max(table.columns, 1)
    need = [2.0] * cols
    for row in table.rows:
        for c, cell in enumerate(row):
            longest = max((G.text_width(part) for part in cell.split("\n")), default=0.0)
            need[c] = max(need[c], min(longest, 14.0))
    size = G.SIZE_CELL if sum(need) <= _SPEC["small_above_chars"] else G.SIZE_CELL_SMALL
    total = sum(need)
    widths = [max(int(G.TEXT_WIDTH * n / total), 2 * size * 10 + 2 * CELL_MARGIN) for n in need]
    widths[-1] += G.TEXT_WIDTH - sum(widths)
    return TableLayout(widths, size)


def table_xml(table: Table, run) -> tuple[str, Box]:
    """(w:tbl xml, its box for the paginator). `run(text, font_field, size)` makes a run."""
    lay = plan(table)
    border = G.border_eighths(_SPEC["border_pt"] / G.PT_PER_MM)
    edge = {"val": "single", "sz": border, "space": 0, "color": "000000"}
    borders = "".join(el(f"w:{side}", **edge) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    parts = ["<w:tbl><w:tblPr>", el("w:tblStyle", val="TableNormal"), el("w:tblW", w=G.TEXT_WIDTH, type="dxa"),
             el("w:jc", val="center"), f"<w:tblBorders>{borders}</w:tblBorders>",
             el("w:tblLayout", type="fixed"),
             f"<w:tblCellMar>{el('w:left', w=CELL_MARGIN, type='dxa')}{el('w:right', w=CELL_MARGIN, type='dxa')}"
             "</w:tblCellMar>", el("w:tblLook", val="04A0", firstRow=1, lastRow=0, firstColumn=1, lastColumn=0,
                                   noHBand=0, noVBand=1),
             "</w:tblPr><w:tblGrid>", *(el("w:gridCol", w=w) for w in lay.widths), "</w:tblGrid>"]
    lines = 0
    for r, row in enumerate(table.rows):
        header = r < table.header_rows
        cells = list(row) + [""] * (len(lay.widths) - len(row))
        row_lines = 1
        trpr = el("w:cantSplit") + (el("w:tblHeader") if header else "")
        parts.append(f"<w:tr><w:trPr>{trpr}</w:trPr>")
        for c, cell in enumerate(cells):
            style = "GwTableHeader" if header else "GwTableText"
            st = STYLES[style]
            jc = "center" if header else ("right" if is_number(cell) else st.jc)
            avail = lay.widths[c] - 2 * CELL_MARGIN
            paras, cell_lines = [], 0
            for piece in cell.split("\n"):
                piece = piece.strip()
                cell_lines += max(1, math.ceil(G.advance(piece, lay.size) / max(avail, 1)))
                p_ppr = ppr(pStyle=el("w:pStyle", val=style), snapToGrid=el("w:snapToGrid", val=0),
                            jc=el("w:jc", val=jc))
                paras.append(f"<w:p>{p_ppr}{run(piece, st.font, lay.size)}</w:p>")
            row_lines = max(row_lines, cell_lines)
            parts.append(f"<w:tc><w:tcPr>{el('w:tcW', w=lay.widths[c], type='dxa')}{el('w:vAlign', val='center')}"
                         f"</w:tcPr>{''.join(paras)}</w:tc>")
        parts.append("</w:tr>")
        lines += row_lines
    parts.append("</w:tbl>")
    return "".join(parts), Box(lines=lines, line_height=CELL_LINE, widow=False)
