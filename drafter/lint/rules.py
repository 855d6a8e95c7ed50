"""The rule catalogue (drafter/data/rules.toml): every rule's id, category, severity, source,
fix-safety, Chinese message and examples. Rules are data; the checks live in one module per
category (punctuation, numbers, structure, statistics, formulations, residue, repetition, previous)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from drafter.core.resources import load_toml

CATEGORY_MODULES = {"P": "punctuation", "N": "numbers", "S": "structure", "T": "statistics",
                     "F": "formulations", "R": "residue", "D": "repetition", "V": "previous"}


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    category: str          # the id's letter: P N S T F R D V X
    severity: str          # error | warning | info
    source: str            # a clause of a standard, or 惯例
    fix_safe: bool         # --fix may repair it mechanically
    message: str           # Chinese, may hold {placeholders}
    bad: str = ""          # an example that triggers the rule
    at: str = ""           # the offending text in `bad` (its first occurrence)
    line: int | None = None  # the line of `at` when it is not the first occurrence's
    good: str = ""         # an example that does not
    previous: str = ""     # last year's text (V rules)

    @property
    def category_name(self) -> str:
        return categories().get(self.category, self.category)

    def format(self, **args) -> str:
        if not args:
            if "{" not in self.message:
                return self.message
        try:
            return self.message.format(**args)
        except (KeyError, IndexError, ValueError):
            return self.message.split("：{")[0].split("“{")[0]


@functools.cache
def categories() -> dict[str, str]:
    return dict(load_toml("rules.toml")["categories"])


@functools.cache
def catalogue() -> dict[str, Rule]:
    """The text rules by id, in catalogue order (no python-docx import)."""
    data = load_toml("rules.toml")["rules"]
    out: dict[str, Rule] = {}
    for rid, spec in data.items():
        out[rid] = Rule(id=rid, name=spec["name"], category=rid[0], severity=spec["severity"],
                        source=spec["source"], fix_safe=bool(spec.get("fix", False)),
                        message=spec["message"], bad=spec.get("bad", ""), at=spec.get("at", ""),
                        line=spec.get("line"), good=spec.get("good", ""), previous=spec.get("previous", ""))
    return out


@functools.cache
def all_rules() -> dict[str, Rule]:
    """Text rules plus the .docx format rules (X###) that drafter.lint.docx_format publishes in a
    `RULES` catalogue of its own (imported only here: it needs python-docx)."""
    out = dict(catalogue())
    for rule in _docx_rules():
        out.setdefault(rule.id, rule)
    return out


def _docx_rules() -> list[Rule]:
    """The .docx format rules (X###), if the format checker publishes them."""
    try:
        from drafter.lint import docx_format  # noqa: PLC0415 (lazy: python-docx only when present)
    except Exception:  # the module may not exist yet, or fail: the text rules still work
        return []
    rules = getattr(docx_format, "RULES", None)
    out: list[Rule] = []
    if isinstance(rules, dict):
        rules = [dict(v, id=k) if isinstance(v, dict) else v for k, v in rules.items()]
    for r in rules or []:
        if isinstance(r, Rule):
            out.append(r)
        elif isinstance(r, dict) and "id" in r:
            out.append(Rule(id=r["id"], name=r.get("name", r["id"]), category="X",
                            severity=r.get("severity", "warning"), source=r.get("source", "GB/T 9704-2012"),
                            fix_safe=bool(r.get("fix", r.get("fix_safe", False))), message=r.get("message", ""),
                            bad=r.get("bad", ""), good=r.get("good", "")))
        else:
            rid = getattr(r, "id", None)
            if rid:
                out.append(Rule(id=rid, name=getattr(r, "name", rid), category="X",
                                severity=getattr(r, "severity", "warning"),
                                source=getattr(r, "source", "GB/T 9704-2012"),
                                fix_safe=bool(getattr(r, "fix_safe", False)), message=getattr(r, "message", "")))
    return out


def get(rule_id: str) -> Rule | None:
    return catalogue().get(rule_id)
