"""Recall on real-world mistakes (tests/data/realworld, see its README): a case is caught when an
error or warning overlaps its `bad` span; a clean sentence with any error or warning is a false alarm."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from drafter import api

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"
# (minimum recall, maximum false alarms) per set, as measured when this test was written
BARS = {"set1.toml": (0.80, 1), "set2.toml": (0.75, 1), "set3.toml": (0.95, 1), "set5.toml": (0.92, 1),
        "set6.toml": (0.95, 1),
        "set7.toml": (0.90, 1),
        # sets 8–12: written blind in session 5 and measured before tuning (see README.md), then tuned to
        "set8.toml": (0.95, 1), "set9.toml": (0.90, 1), "set10.toml": (0.95, 1), "set11.toml": (0.95, 1),
        "set12.toml": (0.95, 1)}


def _caught(case: dict) -> bool:
    text = case["text"]
    start = text.index(case["bad"])
    end = start + len(case["bad"])
    offsets = [0]
    for line in text.split("\n"):
        offsets.append(offsets[-1] + len(line) + 1)
    for f in api.lint(text.encode("utf-8"), "case.txt").findings:
        if f.severity in ("error", "warning"):
            s = offsets[f.line - 1] + f.column - 1
            if s < end and start < s + max(f.length, 1):
                return True
    return False


@pytest.mark.parametrize("name", sorted(BARS))
def test_recall_and_false_alarms(name):
    data = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    total, caught = Counter(), Counter()
    for case in data["case"]:
        total[case["family"]] += 1
        caught[case["family"]] += _caught(case)
    alarms = [c["id"] for c in data["clean"]
              if any(f.severity in ("error", "warning")
                     for f in api.lint(c["text"].encode("utf-8"), "clean.txt").findings)]
    recall = sum(caught.values()) / sum(total.values())
    floor, most = BARS[name]
    per_family = {fam: f"{caught[fam]}/{total[fam]}" for fam in total}
    assert recall >= floor, (recall, per_family)
    assert len(alarms) <= most, alarms
