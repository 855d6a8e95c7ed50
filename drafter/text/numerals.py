"""Chinese numerals for ordinals: 一、二、…十一、…九十九, and back."""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
_VALUE = {c: i for i, c in enumerate(DIGITS)}
_VALUE.update({"〇": 0, "两": 2})


def to_chinese(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (ordinals as written in official text)."""
    if n < 0:
        raise ValueError(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        head = DIGITS[n // 100] + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + DIGITS[rest]
        return head + (DIGITS[rest // 10] + "十" + (DIGITS[rest % 10] if rest % 10 else ""))
    return str(n)


def from_chinese(s: str) -> int | None:
    """Parse 一 … 九百九十九 (also 〇, 两); None if it is not a Chinese numeral."""
    if not s:
        return None
    total, current = 0, 0
    seen = False
    for ch in s:
        if ch in _VALUE:
            current = _VALUE[ch]
            seen = True
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
            seen = True
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def year_in_chinese(year: int) -> str:
    """2026 -> 二〇二六 (dates on some covers)."""
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(year))
