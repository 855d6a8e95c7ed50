"""Precision first (SPEC §6): on the 31 edited provincial reports, error findings must be rare
(≤ 0.5 per 10,000 characters), and warnings few (≤ 2 per 10,000). One subprocess lints the whole corpus, as a clerk's batch would."""

from __future__ import annotations

import json
from collections import Counter

from conftest import CORPUS, needs_corpus, run_cli


@needs_corpus
def test_corpus_error_rate():
    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    assert len(paths) == 31
    proc = run_cli("lint", "--format", "json", *paths)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    chars = sum(len(open(p, encoding="utf-8").read()) for p in paths)
    sev = Counter(f["severity"] for fl in data["files"] for f in fl["findings"])
    per10k = {k: round(v / chars * 10000, 3) for k, v in sev.items()}
    rules = Counter(f["rule"] for fl in data["files"] for f in fl["findings"] if f["severity"] != "info")
    print(f"\n{chars} 字：每万字 错误 {per10k.get('error', 0)}，警告 {per10k.get('warning', 0)}；按规则 {dict(rules)}")
    assert per10k.get("error", 0) <= 0.5, per10k
    assert per10k.get("warning", 0) <= 2, per10k
