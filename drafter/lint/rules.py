"""The rule catalogue (drafter/data/rules.toml): every rule's id, category, severity, source,
fix-safety, Chinese message and examples — text rules and the .docx format rules (X) alike. The
checks are registered by id in drafter.lint.registry; a catalogue entry may declare a generic
data-driven check instead (`check = "substitution"` or `"existence"`, `data = FILE`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from drafter.core.resources import load_toml

# the rule modules, in run order (importing one registers its rules)
RULE_MODULES = ("punctuation", "punctuation_forms", "numbers", "number_forms", "structure", "structure_forms",
                "statistics", "arithmetic", "formulations", "residue", "repetition", "previous", "consistency",
                "docx_format")
RULE_MODULES += ("typos", "names", "dated", "redundancy", "residue_more")  # lint round 2A
RULE_MODULES += ("sums", "idiom_homophones", "doubled_in_word")  # lint round 6
RULE_MODULES += ("faulty",)  # lint round 7
RULE_MODULES += ("punctuation_usage", "ratios", "consistency_figures")  # lint round 7B
RULE_MODULES += ("repetition_more",)  # lint round 8B
RULE_MODULES += ("consistency_claims",)  # lint round 9B
RULE_MODULES += ("plan_years", "law_revisions")  # lint round 9A (plan_years: F020, F022)
RULE_MODULES += ("consistency_model",)  # lint round 10B
RULE_MODULES += ("faulty_shapes", "statistics_more", "punctuation_more", "numbers_more", "repetition_shapes")  # lint round 12B
RULE_MODULES += ("confusables", "formula_members")  # lint round 12A (F024, F025)
RULE_MODULES += ("statistics_doubling", "number_slips", "punctuation_slips", "repetition_figures")  # lint round 13B
RULE_MODULES += ("law_dates",)  # lint round 14A (F026)
RULE_MODULES += ("statistics_bases", "punctuation_ordinals")  # lint round 14B (T023, T024, P036)
_RULE_KEYS = {"name", "severity", "source", "fix", "message", "bad", "at", "line", "good", "previous", "check",
              "data", "section"}


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
    check: str = ""        # a generic data-driven check: substitution | existence
    data: str = ""         # its word list, under drafter/data
    section: str = ""      # a table of that file
    variants: dict = field(default_factory=dict, hash=False, compare=False)  # message_x / severity_x

    @property
    def category_name(self) -> str:
        return categories().get(self.category, self.category)

    def severity_of(self, variant: str = "") -> str:
        return self.variants.get(f"severity_{variant}", self.severity) if variant else self.severity

    def format(self, variant: str = "", **args) -> str:
        message = self.variants.get(f"message_{variant}", self.message) if variant else self.message
        if not args and "{" not in message:
            return message
        try:
            return message.format(**args)
        except (KeyError, IndexError, ValueError):
            return message.split("：{")[0].split("“{")[0]


@functools.cache
def categories() -> dict[str, str]:
    return dict(load_toml("rules.toml")["categories"])


@functools.cache
def all_rules() -> dict[str, Rule]:
    """Every rule by id, in catalogue order (no python-docx import)."""
    data = load_toml("rules.toml")["rules"]
    out: dict[str, Rule] = {}
    for rid, spec in data.items():
        out[rid] = Rule(id=rid, name=spec["name"], category=rid[0], severity=spec["severity"],
                        source=spec["source"], fix_safe=bool(spec.get("fix", False)),
                        message=spec["message"], bad=spec.get("bad", ""), at=spec.get("at", ""),
                        line=spec.get("line"), good=spec.get("good", ""), previous=spec.get("previous", ""),
                        check=spec.get("check", ""), data=spec.get("data", ""), section=spec.get("section", ""),
                        variants={k: v for k, v in spec.items() if k not in _RULE_KEYS})
    return out


@functools.cache
def catalogue() -> dict[str, Rule]:
    """The text rules (all but the .docx format rules X###)."""
    return {rid: r for rid, r in all_rules().items() if r.category != "X"}


def get(rule_id: str) -> Rule | None:
    return all_rules().get(rule_id)
