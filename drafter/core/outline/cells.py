"""A table the page's copy flattened to one cell a line — the statistics of a 政府信息公开工作年度报告
(信息内容 / 本年制发件数 / 行政规范性文件 / 0 / 0 …): its row labels are cells, never headings, though
some of them are numbered as the table numbers its rows (一、本年新收政府信息公开申请数量 / 0)."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.headings import match_heading
from drafter.core.outline.state import ParseState

CELL_HINT = "table-cell"


def flat_tables(st: ParseState) -> None:
    """The cells of a flattened table: a figure cell (0, 124, 12.5%) among figure cells, and a short
    line with no sentence mark over a figure cell or over another cell, with cells.min_values figure
    cells or more in the cells.window lines after it (a figure whose unit or sentence goes on on the next line
    is a PDF's broken sentence, no cell). A numbered line is a cell only over a figure
    cell or over a deeper numbered cell (三、本年度办理结果 / （一）予以公开 / 0), a cell's border after it read
    past (一、本级收入 | / 260586 |): a section's heading over
    the table's header cells (二、主动公开政府信息情况 / 信息内容 / …) stays a heading. One pass from the
    end, the figure cells counted by prefix sums: linear in the lines.
    Reads content, folded, hints. Sets hint and detail "table-cell" of those PARAGRAPH blocks."""
    v, content = st.v, st.content
    c = v.data["cells"]
    n = len(content)
    # a figure a PDF's copy broke out of its sentence is no cell: its unit or the sentence's mark opens
    # the next line (2023 / 年工作总结和, 20.67 / 亩,播种蔬菜, 2 / 个。发挥…)
    value = [b.kind == D.PARAGRAPH and bool(v.cell_value.match(_cell_text(st, b)))
             and not (i + 1 < n and st.f(content[i + 1])[:1] in v.cell_broken_next) for i, b in enumerate(content)]
    ahead = [0] * (n + 1)  # ahead[i]: figure cells among content[i:]
    for i in range(n - 1, -1, -1):
        ahead[i] = ahead[i + 1] + value[i]
    window, need = c["window"], c["min_values"]

    def dense(i: int) -> bool:
        return ahead[i + 1] - ahead[min(n, i + 1 + window)] >= need

    cell = [False] * (n + 1)
    level: list[int | None] = [None] * (n + 1)  # the level of a numbered cell
    for i in range(n - 1, -1, -1):
        b = content[i]
        if b.kind != D.PARAGRAPH or st.hint(b):
            continue
        f = _cell_text(st, b)
        if value[i]:
            cell[i] = dense(i) or (i > 0 and value[i - 1]) or (i + 1 < n and value[i + 1])
            continue
        column = i + 1 < n and _bordered(st, b) and _bordered(st, content[i + 1])
        if len(f) > c["max_chars"] or any(ch in f for ch in "。；！？") or not (dense(i) or column):
            continue
        h = match_heading(f, v)
        under = i + 1 < n and (value[i + 1] or (cell[i + 1] and (h is None or (level[i + 1] or 0) > h[0]))) or column
        if under:
            cell[i], level[i] = True, h[0] if h is not None else None
    _header_rows(st, cell)
    for i, b in enumerate(content):
        if cell[i]:
            st.hints[b.line - 1] = CELL_HINT
            b.detail = CELL_HINT


def _bordered(st: ParseState, b: Block) -> bool:
    """b ends with a cell's border the copy kept (三、债务还本支出 | over 51698 |): with the line under it
    bordered too, a column of a table's cells."""
    f = st.f(b).rstrip()
    return b.kind == D.PARAGRAPH and f.endswith(("|", "｜")) and not f.startswith(("|", "｜"))


def _cell_text(st: ParseState, b: Block) -> str:
    """b's folded text without the cell's border the copy kept after it (260586 |, 一、本级收入 |)."""
    return st.f(b).rstrip(" |｜\t")


def _header_rows(st: ParseState, cell: list[bool]) -> None:
    """A table's header row flattened one cell a line with no figures under it (a task ledger: 任务清单 /
    重点任务 / 具体工作措施 / 责任单位 / 完成时限): cells.header_min lines or more in a row, each a header word,
    are cells (set in cell). One pass: linear."""
    c, content = st.v.data["cells"], st.content
    words = set(c["header_words"])
    start = 0
    for i in range(len(content) + 1):
        if i < len(content) and content[i].kind == D.PARAGRAPH and st.f(content[i]).strip() in words:
            continue
        if i - start >= c["header_min"]:
            for k in range(start, i):
                cell[k] = True
        start = i + 1
