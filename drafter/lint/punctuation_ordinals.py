"""P036 (GB/T 15834-2011 4.5.3): a bare 一/二 ordinal inside a paragraph followed by a comma
(今后工作重点有三个方面：一，深化……；二，……). An ordinal of the 一 type takes a 顿号 (一、) — or the
clerk meant 一是; 第一/首先 take the comma. Only after a colon, a semicolon or a full stop (the
start of an item); a line's own start is S009's. Each check reads two characters around a comma:
linear."""

from __future__ import annotations

from drafter.lint.context import Context, Hit, positions
from drafter.lint.registry import rule

CN = "一二三四五六七八九十"
ITEM_OPEN = "：:；;。"


@rule("P036")
def inline_ordinal_comma(ctx: Context):
    text = ctx.text
    for p in positions(text, "，,"):
        if p < 2 or text[p - 1] not in CN or text[p - 2] not in ITEM_OPEN:
            continue
        nxt = text[p + 1:p + 2]
        if not nxt or nxt in CN or nxt.isdigit() or not ("\u4e00" <= nxt <= "\u9fff" or nxt in "“《（"):
            continue  # 一，二季度 / 一，2025年: a list of numbers, not an ordinal
        num = text[p - 1]
        yield Hit("P036", p - 1, 2, None, {"found": num + text[p], "expected": f"{num}、”或“{num}是"})
