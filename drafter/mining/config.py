"""The mining settings from drafter/data/mining.toml, compiled once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from drafter.core.resources import load_toml

# The roles a phrase can have, in the order a report uses them (ties are broken by this order).
ROLES = ("opening", "transition", "achievements", "problems", "duty", "plans", "closing", "other")
# Phrase types, in the order phrases.json lists them.
TYPES = ("heading", "formula", "template", "collocation", "parallel", "abac", "aabb", "slogan", "term", "clause")


@dataclass(frozen=True)
class Settings:
    raw: dict
    clause_split: re.Pattern
    clause_lead: re.Pattern
    junk: tuple[re.Pattern, ...]
    transition: tuple[re.Pattern, ...]
    opening: tuple[re.Pattern, ...]
    closing: tuple[re.Pattern, ...]
    closing_sentence: tuple[re.Pattern, ...]

    def __getitem__(self, key: str) -> dict:
        return self.raw[key]

    def is_junk(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.junk)


def _compile(patterns: list[str]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in patterns)


@functools.cache
def settings() -> Settings:
    raw = load_toml("mining.toml")
    f = raw["formula"]
    return Settings(raw=raw, clause_split=re.compile(raw["clauses"]["split"]),
                    clause_lead=re.compile(raw["clauses"]["lead"]),
                    junk=_compile(raw["junk"]["patterns"]), transition=_compile(f["transition"]),
                    opening=_compile(f["opening"]), closing=_compile(f["closing"]),
                    closing_sentence=_compile(f["closing_sentence"]))
