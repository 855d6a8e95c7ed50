"""Local names: a phrase built on one place's name (法治杭州、平安杭州、数智杭州, 法治即墨建设) is that
place's own wording, not one another clerk reuses.

A document's places are the county-level and higher divisions it names (drafter/data/divisions.txt,
found by drafter.core.divisions, less the generic words of extract.toml not_places: 全区, 全县 …),
each also by its stem (杭州市 -> 杭州, 即墨区 -> 即墨; stems of two characters or more). A phrase is
local when it contains such a name or stem and every document it was found in names that place: a
phrase that a document of another place also uses (平安建设 in a report that never names 平安区) is
not local. One lookup per substring of the phrase (phrases are short), one pass over each document."""

from __future__ import annotations

import functools

from drafter.mining.config import settings


def _stem(name: str) -> str:
    for suffix in settings()["local"]["suffixes"]:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[:-len(suffix)]
    return name


@functools.cache
def _names() -> frozenset[str]:
    """Every division name and stem (the names a phrase is checked for)."""
    from drafter.core.divisions import table
    return frozenset(n for name in table() for n in (name, _stem(name)))


@functools.cache
def _not_places() -> frozenset[str]:
    from drafter.core.resources import load_toml
    return frozenset(load_toml("extract.toml")["meta"]["not_places"])


def places(text: str) -> frozenset[str]:
    """The division names a document's text names, and their stems."""
    from drafter.core.divisions import divisions
    return frozenset(n for _o, d in divisions(text, _not_places()) for n in (d.name, _stem(d.name)))


def local(text: str, doc_places: list[frozenset[str]]) -> bool:
    """Whether the phrase names a place that every one of its documents (their `places`) names."""
    if not doc_places:
        return False
    names = _names()
    longest = settings()["local"]["max_name_chars"]
    for i in range(len(text)):
        for k in range(2, min(longest, len(text) - i) + 1):
            w = text[i:i + k]
            if w in names and w not in _not_places() and all(w in p for p in doc_places):
                return True
    return False
