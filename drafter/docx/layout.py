"""An estimate of how the official document falls onto pages, for the decisions the writer must
take before Word or LibreOffice lays it out: where the 版记 goes (GB/T 9704 7.4.1: on an even last
page, its last rule on the bottom of the type area).

The grid makes this predictable: 22 lines of exact 579 twips per page and 28 characters of 3号
per line. A paragraph's lines are counted by filling its width with characters (CJK and full-width
1 em, Latin by gbt9704.toml [latin_widths] with the autospace around it, a run of Latin letters or
digits never split, a closing
mark allowed to hang past the edge as w:overflowPunct lets it); pages are filled with the rules the
styles give Word: widow control (no single first or last line of a paragraph alone on a page),
keep-with-next chains (titles, headings, the signature block). Linear in the number of paragraphs."""

from __future__ import annotations

import math
from dataclasses import dataclass

from drafter.docx import geometry as G

_HANG = set("，。、；：？！）》”’」』〕】")
_OPEN = set("（《“‘「『〔【")


@dataclass
class Box:
    """One paragraph (or table) as the paginator sees it."""
    lines: int                 # text lines
    line_height: int           # twips per line
    before: int = 0            # twips of extra space above (spacing before, rules)
    keep_next: bool = False    # kept on the page of the next box's first lines
    widow: bool = True         # widow control applies
    page_break: bool = False   # starts a new page
    splittable: bool = True    # False for a table row group or a fixed block

    @property
    def height(self) -> int:
        return self.before + self.lines * self.line_height


def count_lines(text: str, size: int, width: int, first_indent: int = 0) -> int:
    """Lines a paragraph of `text` at `size` (half-points) takes in `width` twips, the first line
    `first_indent` twips in."""
    if not text:
        return 1
    em = size * 10                                               # twips per em
    lines, avail = 1, width - first_indent
    used = 0.0
    prev_w = 0.0          # width of the token placed last on the line
    prev = ""
    for tok, w in G.token_widths(text, size):
        if used + w <= avail + 1:
            used += w
        elif tok in _HANG and prev not in _HANG and used + w <= avail + em:
            used += w                                   # hangs past the right edge
        elif used == 0 and w > avail:                   # an over-long Latin run: broken anyway
            extra = math.ceil(w / width) - 1
            lines += extra
            used = w - extra * width
        else:
            lines += 1
            avail = width
            # 禁则: an opening mark may not end a line, a closing mark not start one: the token
            # before moves down too
            if prev in _OPEN or tok in _HANG:
                used = prev_w + w
            else:
                used = w
        prev, prev_w = tok, w
    return lines


def paginate(boxes: list[Box]) -> tuple[int, int]:
    """(number of pages, twips used on the last page) for the boxes laid from a page top."""
    cap = G.TEXT_HEIGHT
    pages, used = 1, 0
    i = 0
    while i < len(boxes):
        b = boxes[i]
        if b.page_break and (used > 0 or i > 0):
            pages, used = pages + 1, 0
        # a keep-with-next chain must fit together with the first lines of the box after it
        if b.keep_next and used > 0:
            need, j = 0, i
            while j < len(boxes) and boxes[j].keep_next:
                need += boxes[j].height
                j += 1
            if j < len(boxes):
                nxt = boxes[j]
                first = min(nxt.lines, 2 if nxt.widow else 1) if nxt.splittable else nxt.lines
                need += nxt.before + first * nxt.line_height
            if used + need > cap and need <= cap:
                pages, used = pages + 1, 0
        if used + b.height <= cap:
            used += b.height
            i += 1
            continue
        # the box does not fit: split it (widow control) or move it
        room = (cap - used - b.before) // b.line_height if used + b.before < cap else 0
        if b.splittable and b.lines >= 2 and room >= 1:
            keep = room
            if b.widow:
                if keep < 2:
                    keep = 0
                elif b.lines - keep < 2:
                    keep = b.lines - 2
                    keep = keep if keep >= 2 else 0
            if keep > 0:
                rest = b.lines - keep
                pages, used = pages + 1, 0
                # the rest continues at the top of the next page
                while rest * b.line_height > cap:
                    rest -= cap // b.line_height
                    pages += 1
                used = rest * b.line_height
                i += 1
                continue
        if used == 0:       # taller than a page: spill over whole pages
            spill = b.height
            while spill > cap:
                spill -= (cap // b.line_height) * b.line_height
                pages += 1
            used = spill
            i += 1
            continue
        pages, used = pages + 1, 0
    return pages, used
