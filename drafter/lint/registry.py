"""The rule registry: `@rule("P006")` on a small function registers the check of one catalogue rule
(drafter/data/rules.toml holds its severity, message, source, fix-safety and examples).
Registration order is run order. A text rule takes a `Context` and yields `Hit`s of its own id; a
.docx format rule (`target="docx"`) takes a `DocxContext`. Generic checks declared as data in the
catalogue (`check = "substitution"` / `"existence"`) are registered by `drafter.lint.wordlists`.

This module knows no rule module; `drafter.lint.engine` imports them (which registers their rules)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

TEXT = "text"
DOCX = "docx"


@dataclass(frozen=True)
class Check:
    id: str
    run: Callable[..., Iterable]   # (ctx) -> hits
    target: str = TEXT             # text | docx
    needs_previous: bool = False   # runs only with --previous


_CHECKS: dict[str, Check] = {}


def rule(rule_id: str, *, target: str = TEXT, needs_previous: bool = False):
    """Register the decorated function as the check of catalogue rule `rule_id`."""
    def deco(fn):
        add(Check(rule_id, fn, target, needs_previous))
        return fn
    return deco


def family(key: str, build: Callable, *rule_ids: str, target: str = TEXT) -> None:
    """Register rules whose hits one shared pass finds: `build(ctx)` runs once per document (when
    the first of them runs) and each rule takes the hits of its own id (P003–P005: one scan of the
    pair marks)."""
    for rid in rule_ids:
        def run(ctx, rid=rid):
            return ctx.family_hits(key, build, rid)
        run.__name__ = f"{key}_{rid}"
        run.__module__ = getattr(build, "__module__", __name__)   # its owner (drafter.lint.engine.owners)
        add(Check(rid, run, target))


def add(check: Check) -> None:
    if check.id in _CHECKS:
        raise ValueError(f"rule {check.id} registered twice")
    _CHECKS[check.id] = check


def registered() -> dict[str, Check]:
    """Every registered check by id, in registration (= run) order."""
    return _CHECKS
