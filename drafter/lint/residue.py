"""Drafting residue: R001–R006 (XX, ××, 某某, 〔待补〕, TODO, template syntax, editor's notes).
The patterns live in drafter/data/residue.toml; each starts with a literal or a character class
(fast to scan); the context checks that need a look behind are made here."""

from __future__ import annotations

import functools
import re

from drafter.lint.engine import Context, Hit
from drafter.text.punct import is_cjk
from drafter.core.resources import load_toml


@functools.cache
def _patterns():
    d = load_toml("residue.toml")
    pats = {"R001": re.compile(d["placeholder_x"]), "R002": re.compile(d["placeholder_mou"]),
            "R003": re.compile(d["tbd"]), "R004": re.compile(d["todo"]), "R005": re.compile(d["template"]),
            "R006": re.compile(d["note"])}
    return pats, re.compile(d["mou_name_before"]), re.compile(d["mou_after"])


# cheap literal tests: a pattern is only run on a text that holds one of these
GATES = {"R001": ("X", "Ｘ", "x", "ｘ", "×", "✕", "╳"), "R002": ("某",), "R003": ("待", "暂缺"),
         "R004": ("TODO", "FIXME", "TBD", "todo", "ToDo"), "R005": ("{", "}", "${", "【")}


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def check(ctx: Context):
    text = ctx.text
    n = len(text)
    pats, surname, mou_after = _patterns()
    for rid, rx in pats.items():
        if not ctx.config.enabled(rid):
            continue
        gate = GATES.get(rid)
        if gate and not any(g in text for g in gate):
            continue
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            before = text[a - 1] if a else ""
            after = text[b] if b < n else ""
            if rid in ("R001", "R004") and (_latin(before) or _latin(after)):
                continue
            if rid == "R001" and len(m.group()) == 1 and not is_cjk(before):
                continue
            if rid == "R002" and m.group() == "某某":
                if before and surname.match(before):
                    continue  # 王某某: an anonymised name
                if is_cjk(before) and not mou_after.match(after):
                    continue
            yield Hit(rid, a, b - a, None, {"found": m.group()})
