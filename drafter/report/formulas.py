"""Opening, transition and closing formulas where the clerk gave none: from the phrase bank when it
holds a complete, fact-free sentence for the role, else from drafter/data/formulas.toml. The choice
is deterministic: the phrase found in most documents, then the most frequent, then by id."""

from __future__ import annotations

import re
import string

from drafter.core.resources import bank_file, load_toml

FACT = re.compile(r"[0-9０-９“”《》\"]|[一二三四五六七八九十百千万]+(件|人|个|家|项|次|场|名)")


def _slots(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def _bank_phrases() -> list[dict]:
    phrases = bank_file("phrases.json").get("phrases", [])
    if not isinstance(phrases, list):
        return []
    return [p for p in phrases if isinstance(p, dict) and isinstance(p.get("text"), str)]


def _usable(p: dict, role: str, kind: str, slots: dict) -> bool:
    text = p["text"]
    if p.get("role") != role:
        return False
    kinds = p.get("kinds")
    if kinds and kind not in kinds:
        return False
    try:
        names = _slots(text)
    except ValueError:
        return False
    if any(n not in slots for n in names):
        return False
    bare = re.sub(r"\{[^}]*\}", "", text)
    if FACT.search(bare):
        return False
    if role == "transition":
        return bool(re.search(r"如下[：:]?$", text)) and len(text) <= 30
    return text.endswith("。") and 20 <= len(text) <= 160


def choose(role: str, kind: str, slots: dict) -> str:
    cands = [p for p in _bank_phrases() if _usable(p, role, kind, slots)]
    cands.sort(key=lambda p: (-len(p.get("docs") or []), -int(p.get("count") or 0), str(p.get("id", ""))))
    if cands:
        text = cands[0]["text"]
    else:
        builtin = load_toml("formulas.toml").get(kind, {}).get(role, [])
        if not builtin:
            return ""
        text = builtin[0]
    text = text.format(**slots)
    if role == "transition" and not text.endswith(("：", ":")):
        text += "："
    return text
