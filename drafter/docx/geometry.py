"""GB/T 9704-2012 geometry in Word's units, derived once from drafter/data/gbt9704.toml (the one
home of the numbers, in mm and pt). Twips are 1/20 pt; 1 mm = 1440/25.4 twips. Font sizes are in
half-points (w:sz), border widths in eighths of a point (w:sz of a border), character spacing in
twentieths of a point (w:spacing of a run)."""

from __future__ import annotations

import re

from drafter.core.resources import load_toml

TWIPS_PER_MM = 1440 / 25.4
PT_PER_MM = 72 / 25.4

SPEC: dict = load_toml("gbt9704.toml")


def mm(value: float) -> int:
    """Millimetres to twips."""
    return round(value * TWIPS_PER_MM)


def pt(value: float) -> int:
    """Points to twips."""
    return round(value * 20)


def half_points(size_pt: float) -> int:
    """A type size in points as w:sz (half-points)."""
    return round(size_pt * 2)


def border_eighths(width_mm: float) -> int:
    """A rule width in mm as a border's w:sz (eighths of a point), at least 2 (Word's minimum)."""
    return max(2, round(width_mm * PT_PER_MM * 8))


_page, _mar, _grid, _sizes = SPEC["page"], SPEC["margins"], SPEC["grid"], SPEC["sizes"]

PAGE_W, PAGE_H = mm(_page["width"]), mm(_page["height"])                 # 11906 × 16838
MARGIN_TOP, MARGIN_BOTTOM = mm(_mar["top"]), mm(_mar["bottom"])           # 2098, 1984
MARGIN_LEFT, MARGIN_RIGHT = mm(_mar["left"]), mm(_mar["right"])           # 1587, 1474
TEXT_WIDTH = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT                           # 8845 = 156 mm
TEXT_HEIGHT = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM                          # 12756 = 225 mm
LINES = int(_grid["lines"])                                                # 22
CHARS = int(_grid["chars"])                                                # 28
LINE_PITCH = pt(_grid["line_pitch_pt"])                                    # 579
BODY_SPACING = round(_grid["char_spacing_pt"] * 20)                        # −5: −0.25 pt on 3号 runs

SIZE_TITLE = half_points(_sizes["title"])          # 44
SIZE_BODY = half_points(_sizes["body"])            # 32
SIZE_PN = half_points(_sizes["page_number"])       # 28
SIZE_IMPRINT = half_points(_sizes["imprint"])      # 28
SIZE_CELL = half_points(_sizes["table_cell"])      # 28
SIZE_CELL_SMALL = half_points(_sizes["table_cell_small"])
SIZE_MARK_MAX = half_points(_sizes["issuer_mark_max"])

CHAR = pt(_sizes["body"])                          # one 3号 character for indents: 320
ADVANCE = CHAR + BODY_SPACING                      # what a 3号 character really advances: 315
PN_CHAR = pt(_sizes["page_number"])                # one 4号 character: 280

# page number (7.5): footer distance from the page edge and its exact line height
FOOTER = mm(SPEC["page_number"]["footer"])         # 1448
PN_LINE = pt(SPEC["page_number"]["line_pt"])       # 280

LATIN_WIDTHS: dict = SPEC["latin_widths"]


# Latin-1 characters an East Asian font (w:hint="eastAsia") sets full width
_WIDE = frozenset("·×÷§°±")


def char_width(ch: str) -> float:
    """Advance of one character in em of its size: CJK and full-width 1, Latin per latin_widths."""
    if ord(ch) >= 0x2000 or ch in _WIDE:
        return 1.0
    if ch.isdigit():
        return LATIN_WIDTHS["digit"]
    if ch == ".":
        return LATIN_WIDTHS["period"]
    return LATIN_WIDTHS["default"]


def text_width(s: str) -> float:
    """Width of a text in em (characters of its size)."""
    return sum(char_width(ch) for ch in s)


_TOKEN = re.compile(r"[A-Za-z0-9.,%+\-/:]+|.", re.S)


def _ideograph(tok: str) -> bool:
    return len(tok) == 1 and ("\u3400" <= tok <= "\u9fff" or "\uf900" <= tok <= "\ufaff")


def token_widths(s: str, size: int = SIZE_BODY) -> list[tuple[str, float]]:
    """The text as line-breaking units (one CJK character or mark, or a whole run of Latin letters
    and digits, which is never split) with their advances in twips at `size` (half-points): the
    character spacing of that size, and the autospace Word and LibreOffice put between a Latin run
    and a Chinese character (not a punctuation mark) on either side."""
    spacing = BODY_SPACING if size == SIZE_BODY else 0
    em = size * 10
    auto = LATIN_WIDTHS["autospace"] * em
    toks = _TOKEN.findall(s)
    out = []
    for k, tok in enumerate(toks):
        w = sum(char_width(ch) * em + spacing for ch in tok)
        if len(tok) > 1 or (tok.isascii() and tok.isalnum()):
            w += auto * ((k > 0 and _ideograph(toks[k - 1])) + (k + 1 < len(toks) and _ideograph(toks[k + 1])))
        out.append((tok, w))
    return out


def advance(s: str, size: int = SIZE_BODY) -> int:
    """Twips a text of `size` (half-points) advances on one line (see token_widths)."""
    return round(sum(w for _t, w in token_widths(s, size)))
