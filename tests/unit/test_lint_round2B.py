"""Lint round 2B, measured on its own development cases (tests/data/lint_round2B.toml): real
sentences from the seeds and the corpus damaged the way clerks do. A damaged case is caught when
an error or warning finding overlaps the damaged text; a clean case must get none. Recall is
asserted per family, and the consistency rules stay silent on the 31 provincial reports."""

from __future__ import annotations

import tomllib
from collections import Counter

from conftest import CORPUS, DATA, needs_corpus
from drafter.lint.engine import lint_text

CASES = tomllib.loads((DATA / "lint_round2B.toml").read_text(encoding="utf-8"))["case"]
FAMILIES = ("numbers", "statistics", "punctuation", "structure", "consistency")
RECALL_FLOOR = 0.9


def _span(case: dict) -> tuple[int, int, int]:
    """(line, first column, last column) of the damaged text, 1-based."""
    lines = case["text"].split("\n")
    ln = case.get("line") or next(i for i, t in enumerate(lines, 1) if case["at"] in t)
    col = lines[ln - 1].find(case["at"]) + 1
    assert col > 0, case
    return ln, col, col + len(case["at"]) - 1


def _caught(case: dict) -> bool:
    ln, a, b = _span(case)
    for f in lint_text(case["text"], previous_text=case.get("previous")):
        if f.severity in ("error", "warning") and f.line == ln and f.column <= b and f.column + max(f.length, 1) - 1 >= a:
            return True
    return False


def test_every_family_has_cases():
    n = Counter(c["family"] for c in CASES if not c.get("clean"))
    assert set(n) == set(FAMILIES) and min(n.values()) >= 10, n


def test_recall_per_family():
    total, caught, missed = Counter(), Counter(), []
    for c in CASES:
        if c.get("clean"):
            continue
        total[c["family"]] += 1
        if _caught(c):
            caught[c["family"]] += 1
        else:
            missed.append((c["family"], c["text"][:40]))
    recall = {k: round(caught[k] / total[k], 3) for k in total}
    print(f"\n召回率：{recall}；漏报：{missed}")
    assert all(r >= RECALL_FLOOR for r in recall.values()), (recall, missed)


def test_clean_cases_get_no_alarm():
    alarms = []
    for c in CASES:
        if not c.get("clean"):
            continue
        bad = [f for f in lint_text(c["text"], previous_text=c.get("previous")) if f.severity in ("error", "warning")]
        if bad:
            alarms.append((c["text"][:30], bad))
    assert not alarms, alarms


@needs_corpus
def test_consistency_rules_are_silent_on_the_provincial_reports():
    from drafter.lint.config import Config
    from drafter.lint.run import lint_path
    from drafter.lint.rules import all_rules
    only_c = Config(disabled={rid for rid in all_rules() if rid[0] != "C"})
    paths = sorted(CORPUS.glob("*.txt"))
    assert len(paths) == 31
    found = [(p.name, f.line, f.rule, f.message) for p in paths for f in lint_path(str(p), only_c).findings]
    assert not found, found
