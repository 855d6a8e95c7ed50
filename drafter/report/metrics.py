"""Metrics and their year-on-year comparison (SPEC §4), computed exactly with Decimal.

counts (件, 人, 万元 …)  -> 同比增长14.6% / 同比下降53.79%   (relative change of the value)
rates and shares (%)    -> 同比下降2.16个百分点              (difference of the two rates)
equal after rounding    -> 与上年持平
A missing fact (None) is written 〔待补〕; nothing is ever guessed."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from drafter.core.resources import load_toml

TBD = "〔待补〕"
# What a clerk writes for a fact not known yet (every one becomes 〔待补〕 in the report).
TBD_WORDS = frozenset({"待补", "〔待补〕", "[待补]", "【待补】", "（待补）", "(待补)", "待定"})
DEFAULT_DIGITS = 2


@functools.cache
def _data() -> dict:
    return load_toml("metrics.toml")


def rate_units() -> tuple[str, ...]:
    return tuple(_data()["compare"]["rate_units"])


def label_is_rate(label: str | None) -> bool:
    return bool(label) and re.search(_data()["compare"]["rate_label_pattern"], label) is not None


@dataclass
class Metric:
    id: str
    label: str | None          # 受理法律援助案件; None when the clerk left it 待补
    value: Decimal | None      # None: 〔待补〕
    unit: str = ""
    previous: Decimal | None = None
    has_previous: bool = False  # the key was given (None then means 待补)
    digits: int = DEFAULT_DIGITS
    digits_given: bool = False  # the clerk wrote `digits`: it then also bounds the decimals shown

    @property
    def is_rate(self) -> bool:
        return self.unit in rate_units()

    # --- the strings a report needs -------------------------------------------------------------
    def shown(self, d: Decimal | None) -> str:
        """A value as the clerk wrote it (1312.50 keeps its zero), rounded to `digits` only when
        the clerk gave `digits` and wrote more decimals than that."""
        if d is None:
            return TBD
        return format_written(round_to(d, self.digits) if self.digits_given and decimals(d) > self.digits else d)

    @property
    def value_text(self) -> str:
        return self.shown(self.value) + self.unit

    @property
    def previous_text(self) -> str:
        return self.shown(self.previous) + self.unit

    @property
    def label_text(self) -> str:
        return self.label if self.label is not None else TBD

    @property
    def comparison(self) -> str:
        """同比增长14.6% / 同比下降2.16个百分点 / 与上年持平; "" without a previous value."""
        if not self.has_previous:
            return ""
        return compare(self.value, self.previous, self.unit, self.digits)

    @property
    def text(self) -> str:
        """受理法律援助案件1312件，同比增长14.6%"""
        out = self.label_text + self.value_text
        cmp = self.comparison
        return f"{out}，{cmp}" if cmp else out


def format_number(d: Decimal) -> str:
    """Plain decimal notation without exponent and without trailing zeros: 1312, 10.65, 13000."""
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    s = format(d.normalize(), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def decimals(d: Decimal) -> int:
    """How many decimals `d` is written with (Decimal keeps them: Decimal("1312.50") has 2)."""
    exp = d.as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def format_written(d: Decimal) -> str:
    """Plain decimal notation, without exponent, keeping the decimals `d` carries: 1312.50, 1312, 1000."""
    return format(d, "f")


def round_to(d: Decimal, digits: int) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def compare(value: Decimal | None, previous: Decimal | None, unit: str = "",
            digits: int = DEFAULT_DIGITS) -> str:
    """The comparison phrase for value against last year's previous (see the module doc)."""
    words = _data()["compare"]
    if value is None or previous is None:
        return words["tbd"]
    if unit in rate_units():
        change = round_to(value - previous, digits)
        up, down = words["rate_up"], words["rate_down"]
    else:
        if previous == 0:
            if value == 0:
                return words["equal"]
            return words["from_zero"].format(previous=format_number(previous), unit=unit)
        change = round_to((value - previous) * 100 / previous, digits)
        up, down = words["count_up"], words["count_down"]
    if change == 0:
        return words["equal"]
    phrase = up if change > 0 else down
    return phrase.format(n=format_number(abs(change)))


@functools.cache
def placeholder_variants() -> dict[str, str]:
    """Variant word -> variant name (full, value, compare, previous, label)."""
    out: dict[str, str] = {}
    for name, words in _data()["placeholders"].items():
        for w in words:
            out[w] = name
    return out


@functools.cache
def placeholder_re() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, placeholder_variants()), key=len, reverse=True))
    return re.compile(rf"[【〔\[]\s*({words})\s*[:：]\s*([^】〕\]\n]*?)\s*[】〕\]]")


def expand(metric: Metric, variant: str) -> str:
    return {"full": lambda: metric.text, "value": lambda: metric.value_text,
            "compare": lambda: metric.comparison or "", "previous": lambda: metric.previous_text,
            "label": lambda: metric.label_text}[variant]()
