"""The 署名 and 成文日期 (GB/T 9704 7.3.5) and the 成文日期's form.

Sealed (7.3.5.1, 加盖印章): the date 右空四字, the signature centred over the date. Unsealed
(7.3.5.2, 不加盖印章): the signature 右空二字, the date on the next line with its first character two
characters right of the signature's first; a date longer than that keeps 右空二字 and the signature
moves in. Indents are right indents in twips, computed with the real advance of a 3号 character
(16 pt − 0.25 pt) and the Latin widths of gbt9704.toml."""

from __future__ import annotations

import re

from drafter.docx import geometry as G
from drafter.text.numerals import from_chinese

_SIG = G.SPEC["signature"]

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


def sealed_indents(signature: str, date: str) -> tuple[int, int]:
    """Right indents (twips) of the 署名 and the 成文日期 when sealed: the date 右空四字, the
    signature centred over it; a signature too wide for that keeps 右空二字 and the date moves in."""
    date_right = _SIG["sealed_date_right_chars"] * G.CHAR
    sig_right = date_right + round((G.advance(date) - G.advance(signature)) / 2)
    floor = _SIG["unsealed_signature_right_chars"] * G.CHAR
    if sig_right < floor:
        sig_right = floor
        date_right = sig_right + round((G.advance(signature) - G.advance(date)) / 2)
    return max(sig_right, 0), max(date_right, 0)


def unsealed_indents(signature: str, date: str) -> tuple[int, int]:
    """Right indents (twips) of the 署名 and the 成文日期 when not sealed (7.3.5.2)."""
    two = _SIG["unsealed_signature_right_chars"] * G.CHAR
    shift = _SIG["unsealed_date_shift_chars"] * G.ADVANCE
    sig_right = two
    # the date's first character `shift` characters right of the signature's first
    date_right = sig_right + G.advance(signature) - shift - G.advance(date)
    if date_right < two:
        date_right = two
        sig_right = date_right + G.advance(date) + shift - G.advance(signature)
    return sig_right, date_right


def signature_indents(signature: str, date: str, sealed: bool = True) -> tuple[int, int]:
    return sealed_indents(signature, date) if sealed else unsealed_indents(signature, date)


def gap_lines(sealed: bool) -> int:
    """Empty lines between the body (or 附件说明) and the signature."""
    return int(_SIG["sealed_gap_lines"] if sealed else _SIG["unsealed_gap_lines"])


def default_seal(kind: str | None) -> bool:
    """Document.seal = None: the kind's default (gbt9704.toml [signature.seal_default])."""
    table = _SIG["seal_default"]
    return bool(table.get(kind or "other", table.get("other", False)))


def notice_seal(seal: bool | None) -> bool:
    """The 印发 notice's signature: the document's `seal`, else the notice default."""
    return seal if seal is not None else bool(_SIG["seal_default"]["notice"])
