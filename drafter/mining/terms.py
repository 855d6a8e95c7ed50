"""Quoted terms and brands (“枫桥经验”, “亲清码”, “法护营商”): found inside one text (in a worker),
then merged across documents with their bare uses counted (in the parent).

A term is the text between “ and ” when it is short and has no sentence punctuation; a quoted
、-list (“法迎亚运、法护营商、法护平安”) also gives each of its items. The canonical form is the quoted
text itself; a modifier written just before the quote (新时代“枫桥经验”) makes a variant. An item
that is never quoted on its own is a member lifted out of its list, not a term (drafter.mining.bank). Numbered terms (“八五”, “两个确立”) are slogans
(drafter.mining.patterns), not terms."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from drafter.mining.config import settings
from drafter.mining.text import all_cjk

OPEN_Q, CLOSE_Q = "“", "”"
_RX = re.compile(r"“([^“”\n]{1,40})”")


@dataclass
class Quote:
    key: str        # the term without quotes
    start: int      # offsets of the quoted text, quotes included
    end: int
    prefix: str = ""  # up to `max_prefix_chars` Chinese characters just before the quote
    item: bool = False  # a member of a quoted 、-list (法护营商 in “法迎亚运、法护营商、法护平安”)


def _term_ok(term: str) -> bool:
    c = settings()["term"]
    if not c["min_chars"] <= len(term) <= c["max_chars"]:
        return False
    if any(ch in c["stop_chars"] for ch in term) or term[0] in settings()["slogan"]["number_chars"]:
        return False
    return any("\u4e00" <= ch <= "\u9fff" for ch in term) and not settings().is_junk(term)


def quoted_spans(unit: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted stretch of a folded text, quotes included."""
    return [m.span() for m in _RX.finditer(unit)] if OPEN_Q in unit else []


def quotes(unit: str, bounds: list[int]) -> list[Quote]:
    """The quoted terms of a folded text, in order (items of a quoted 、-list after the list)."""
    c = settings()["term"]
    out: list[Quote] = []
    for m in _RX.finditer(unit):
        inner = m.group(1)
        s, e = m.start(), m.end()
        i = s
        while i > 0 and s - i < c["max_prefix_chars"] and all_cjk(unit[i - 1]):
            i -= 1
        form = unit[i:s]
        if "、" in inner:
            items = inner.split("、")
            if _term_ok(inner):
                out.append(Quote(inner, s, e, form))
            pos = s + 1
            for it in items:
                if _term_ok(it) and len(it) <= c["max_item_chars"]:
                    out.append(Quote(it, pos, pos + len(it), item=True))
                pos += len(it) + 1
        elif _term_ok(inner):
            out.append(Quote(inner, s, e, form))
    return out


def bare_counts(keys: list[str], text: str) -> dict[str, int]:
    """How often each of a document's quoted terms occurs in that document, quoted or not (“法护营商”
    quoted once and written bare twice counts three). Terms shorter than `min_bare_chars` are not
    counted bare (a two-character term is too common a string). Counted in the worker, one document
    at a time, so the cost is the document's own terms over its own text."""
    min_bare = settings()["term"]["min_bare_chars"]
    return {k: text.count(k) for k in keys if len(k) >= min_bare}


def recurs(docs: int, per_doc_max: int) -> bool:
    """A slogan is kept when it is used in two documents, or three times in one."""
    c = settings()["term"]
    return docs >= c["min_docs"] or per_doc_max >= c["min_count_one_doc"]


def term_recurs(key: str, docs: int) -> bool:
    """A quoted term or brand is kept when it is used in `min_docs` documents (of a unit's own
    reports, its brands recur year after year; one district's brand named in one report is not a
    term another clerk reuses: 就业帮, 法纪督巡), or is a known 提法 of the 法治 user dictionary or of
    mining_related.toml."""
    from drafter.core.resources import load_toml
    from drafter.mining.ordinary import legal_nouns

    if docs >= settings()["term"]["min_docs"] or key in legal_nouns():
        return True
    return any(key in g["words"] for g in load_toml("mining_related.toml").get("group", []))


def variants(prefixes: Counter, key: str, nouns: frozenset[str]) -> list[str]:
    """The written forms of a term with a modifier before the quote (新时代“枫桥经验”, 社区矫正“就业帮”):
    the longest end of each recorded prefix that is a noun or a listed modifier
    (drafter/data/mining.toml [term] modifiers). Commonest first."""
    c = settings()["term"]
    mods = set(c["modifiers"])
    forms: Counter = Counter()
    for prefix, n in prefixes.items():
        for k in range(len(prefix) - c["min_prefix_chars"] + 1):
            word = prefix[k:]
            if word in mods or word in nouns:
                forms[f"{word}“{key}”"] += n
                break
    return [f for f, _n in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))][:c["max_variants"]]
