"""Repetition, round 13B:

D014  a figure with its unit written twice in a row (于2025年2025年入选, 共860件860件): a slip of
      copying; one is enough (惯例).

One regex tried only where a digit follows a unit character, so the scan is linear."""

from __future__ import annotations

import re

from drafter.lint.context import Context, Hit, number_matches
from drafter.lint.registry import rule

RE_DOUBLED_FIGURE = re.compile(r"(?<![\d.])(?P<f>\d+(?:\.\d+)?(?:年|月|日|万元|元|件|人次|人|个|名|家|项|次|场|户|所|条|篇|批|%|％))(?P=f)")


@rule("D014")
def doubled_figure(ctx: Context):
    """2025年2025年 → 2025年."""
    for m in number_matches(RE_DOUBLED_FIGURE, ctx.text):
        f = m.group("f")
        yield Hit("D014", m.start(), len(m.group()), f, {"found": m.group(), "expected": f})
