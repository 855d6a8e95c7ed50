"""Numbers a clerk writes in Chinese (三百, 一千二百五十, 1.3万, 百分之五) where a number is needed:
read them only to suggest the Arabic form in an error hint, never to accept them silently."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}


def _integer(s: str) -> int | None:
    if not s:
        return None
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _SMALL:
            section += (digit if digit is not None else 1) * _SMALL[ch]
            digit = None
        elif ch in _BIG:
            section += digit or 0
            total += (section or 1) * _BIG[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def chinese_to_decimal(text: str) -> Decimal | None:
    """三百 -> 300, 一千二百五十 -> 1250, 十二点五 -> 12.5, 1.3万 -> 13000, 百分之五 -> 5;
    None when the text is not a number written in Chinese (or mixed Arabic + 万/亿)."""
    s = re.sub(r"[\s,，]", "", text).rstrip("余多")
    if not s:
        return None
    if s.startswith("百分之"):
        return chinese_to_decimal(s[3:])
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)([万亿])", s)
    if m:
        try:
            return Decimal(m.group(1)) * _BIG[m.group(2)]
        except InvalidOperation:
            return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = _integer(whole) if whole else 0
        if w is None or not frac or any(c not in _DIGIT for c in frac):
            return None
        return Decimal(f"{w}.{''.join(str(_DIGIT[c]) for c in frac)}")
    n = _integer(s)
    return Decimal(n) if n is not None else None
