"""Recall: realistic damaged sentences (tests/data/damaged.toml, taken from seed and corpus text and
damaged the way clerks do) must be caught by the named rule; recall ≥ 0.9 per category."""

from __future__ import annotations

import tomllib
from collections import Counter

from conftest import DATA
from drafter.lint.engine import lint_text

CASES = tomllib.loads((DATA / "damaged.toml").read_text(encoding="utf-8"))["case"]


def test_at_least_eight_cases_per_category():
    n = Counter(c["rule"][0] for c in CASES)
    assert set(n) == set("PNSTFRDV") and min(n.values()) >= 8, n


def test_recall_per_category():
    total, caught, missed = Counter(), Counter(), []
    for c in CASES:
        rules = {f.rule for f in lint_text(c["text"], previous_text=c.get("previous"))}
        cat = c["rule"][0]
        total[cat] += 1
        if c["rule"] in rules:
            caught[cat] += 1
        else:
            missed.append((c["rule"], c["text"][:40]))
    recall = {k: round(caught[k] / total[k], 3) for k in total}
    print(f"\n召回率：{recall}；漏报：{missed}")
    assert all(r >= 0.9 for r in recall.values()), (recall, missed)
