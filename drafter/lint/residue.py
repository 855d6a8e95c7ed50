"""Drafting residue: R002 (某某 as a placeholder), the one residue rule with a context check of its
own. R001 and R003–R006 are data-declared existence lists (drafter/data/lint/residue.toml)."""

from __future__ import annotations

import functools
import re

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.registry import rule
from drafter.text.punct import is_cjk


@functools.cache
def _mou():
    d = load_toml("lint/residue.toml")["R002"]
    return re.compile(d["pattern"]), re.compile(d["mou_name_before"]), re.compile(d["mou_after"])


@rule("R002")
def placeholder_mou(ctx: Context):
    """某某区, 某年某月; not 王某某 (an anonymised name), nor 某某 inside a phrase unless an
    organisation word follows."""
    text = ctx.text
    if "某" not in text:
        return
    n = len(text)
    rx, surname, mou_after = _mou()
    for m in rx.finditer(text):
        a, b = m.start(), m.end()
        before = text[a - 1] if a else ""
        after = text[b] if b < n else ""
        if m.group() == "某某":
            if before and surname.match(before):
                continue  # 王某某: an anonymised name
            if is_cjk(before) and not mou_after.match(after):
                continue
        yield Hit("R002", a, b - a, None, {"found": m.group()})
