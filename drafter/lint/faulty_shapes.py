"""W018: faulty sentences of a fixed shape (句式杂糅, 关联词搭配不当, 搭配不当, 自相矛盾, 成分残缺),
one data table (drafter/data/lint/faulty_shapes.toml [[shape]]: anchors, pattern, kind, what,
source). Each pattern is tried only at an occurrence of one of its anchors, on a window of REACH
characters that it cannot leave a sentence in (the patterns exclude 。；！？ and line breaks), so
the scan is linear. Warnings: a shape is strong evidence, not proof."""

from __future__ import annotations

import functools

from drafter.lint.context import Context, Hit
from drafter.lint.redundancy import anchored_matches, anchored_table
from drafter.lint.registry import rule

REACH = 72   # the longest match of a [[shape]] pattern from its anchor


@functools.cache
def _shapes():
    return anchored_table("lint/faulty_shapes.toml", "shape")


@rule("W018")
def faulty_shape(ctx: Context):
    """经过……下, 只有……就, 虽然……因此, 扩大……质量, 绝大多数……全部, 均已……仅有个别……尚未."""
    anchors, by_anchor = _shapes()
    for m, g in anchored_matches(ctx.text, anchors, by_anchor, REACH):
        yield Hit("W018", m.start(), m.end() - m.start(), None,
                  {"found": m.group(), "kind": g["kind"], "what": g["what"], "why": g["source"]})
