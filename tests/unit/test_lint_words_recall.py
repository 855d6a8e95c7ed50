"""Lint round 2A on its own development cases (tests/data/lint_round2A.toml: realistic 司法局
sentences damaged the way clerks do): each damaged case is reported by its rule at the offending
text, recall ≥ 0.9 per family; the clean cases (traps) raise nothing of the family's rules."""

from __future__ import annotations

import tomllib
from collections import Counter

from conftest import DATA
from drafter.lint.engine import lint_text

CASES = tomllib.loads((DATA / "lint_round2A.toml").read_text(encoding="utf-8"))["case"]
FAMILY_RULES = {"typos": {"F004", "F005", "F010"}, "names": {"F011", "F012", "F013", "F014", "F015", "F016"},
                "redundancy": {"W001", "W002", "W003", "W004", "W005"},
                "residue": {"R001", "R003", "R005", "R007", "R008", "R009", "R010", "R011"}}


def _caught(case) -> bool:
    text, at = case["text"], case["at"]
    k = text.index(at)
    line = text.count("\n", 0, k) + 1
    col = k - (text.rfind("\n", 0, k) + 1) + 1
    return any(f.rule == case["rule"] and f.line == line and f.column <= col + len(at) - 1
               and col <= f.column + max(f.length, 1) - 1 for f in lint_text(text))


def test_every_family_has_cases_and_traps():
    n = Counter(c["family"] for c in CASES if not c.get("clean"))
    traps = Counter(c["family"] for c in CASES if c.get("clean"))
    assert set(n) == set(FAMILY_RULES) and min(n.values()) >= 8, n
    assert set(traps) == set(FAMILY_RULES), traps


def test_recall_per_family():
    total, caught, missed = Counter(), Counter(), []
    for c in CASES:
        if c.get("clean"):
            continue
        total[c["family"]] += 1
        if _caught(c):
            caught[c["family"]] += 1
        else:
            missed.append((c["rule"], c["at"]))
    recall = {k: round(caught[k] / total[k], 3) for k in total}
    print(f"\n召回率：{recall}；漏报：{missed}")
    assert all(r >= 0.9 for r in recall.values()), (recall, missed)


def test_traps_stay_silent():
    for c in CASES:
        if c.get("clean"):
            found = [f for f in lint_text(c["text"]) if f.rule in FAMILY_RULES[c["family"]]]
            assert not found, (c["text"], found)
