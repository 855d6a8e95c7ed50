"""Blind recall: tests/data/damaged_blind.toml was written from seed and corpus sentences WITHOUT
looking at the linter's rules or code, so (unlike damaged.toml) it does not know which rule is
supposed to fire. A damaged case is CAUGHT when some error/warning finding (or info, for the cases
marked style = true) overlaps the damaged span; a clean case is a FALSE ALARM when it gets any
error/warning finding. One CLI call lints every case (one .txt file per case)."""

from __future__ import annotations

import json
import tomllib
from collections import Counter

from conftest import DATA, run_cli

CASES = tomllib.loads((DATA / "damaged_blind.toml").read_text(encoding="utf-8"))["case"]
CATEGORIES = ("punctuation", "numbers", "structure", "statistics", "formulations", "residue",
              "repetition")
RECALL_FLOOR = 0.75
MAX_FALSE_ALARMS = 2


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _span_range(case: dict) -> tuple[int, int]:
    text, span = case["text"], case["span"]
    start = -1
    for _ in range(case.get("occurrence", 1)):
        start = text.index(span, start + 1)
    return start, start + len(span)


def _finding_range(text: str, starts: list[int], f: dict) -> tuple[int, int] | None:
    line = f.get("line")
    if not line or line > len(starts):
        return None
    line_start = starts[line - 1]
    line_end = starts[line] - 1 if line < len(starts) else len(text)
    col = f.get("column")
    if not col:                                   # whole-line finding
        return line_start, max(line_end, line_start + 1)
    begin = line_start + col - 1
    return begin, begin + max(f.get("length") or 0, 1)


def _lint_all(tmp_path) -> list[list[dict]]:
    paths = []
    for i, case in enumerate(CASES):
        p = tmp_path / f"case{i:03d}.txt"
        p.write_text(case["text"] + "\n", encoding="utf-8")
        paths.append(p.name)
    proc = run_cli("lint", *paths, "--format", "json", cwd=tmp_path)   # cwd: no project config
    assert proc.returncode in (0, 1), proc.stderr
    by_name = {}
    for entry in json.loads(proc.stdout)["files"]:
        name = entry["path"].replace("\\", "/").rsplit("/", 1)[-1]
        by_name[name] = entry["findings"]
    return [by_name[n] for n in paths]


def _describe(findings: list[dict]) -> str:
    return "; ".join(f'{f["rule"]}/{f["severity"]}@{f.get("line")}:{f.get("column")}+'
                     f'{f.get("length")} {f["message"]}' for f in findings) or "(no findings)"


def test_case_set_shape():
    n = Counter(c["category"] for c in CASES)
    assert all(n[c] >= 12 for c in CATEGORIES), n
    assert n["clean"] >= 30, n
    for c in CASES:
        if c["category"] != "clean":
            _span_range(c)                         # span exists in text


def test_blind_recall_and_false_alarms(tmp_path):
    results = _lint_all(tmp_path)
    total, caught = Counter(), Counter()
    missed, alarms = [], []
    for case, findings in zip(CASES, results):
        cat = case["category"]
        serious = [f for f in findings if f["severity"] in ("error", "warning")]
        if cat == "clean":
            total[cat] += 1
            if serious:
                alarms.append((case, serious))
            continue
        levels = ("error", "warning", "info") if case.get("style") else ("error", "warning")
        text = case["text"] + "\n"
        starts = _line_starts(text)
        lo, hi = _span_range(case)
        hit = False
        for f in findings:
            if f["severity"] not in levels:
                continue
            r = _finding_range(text, starts, f)
            if r and r[0] < hi and lo < r[1]:
                hit = True
                break
        total[cat] += 1
        if hit:
            caught[cat] += 1
        else:
            missed.append((case, findings))

    recall = {c: caught[c] / total[c] for c in CATEGORIES}
    lines = ["", f"{'category':<14}{'caught':>8}{'total':>7}{'recall':>8}"]
    for c in CATEGORIES:
        lines.append(f"{c:<14}{caught[c]:>8}{total[c]:>7}{recall[c]:>8.2f}")
    all_caught, all_total = sum(caught.values()), sum(total[c] for c in CATEGORIES)
    lines.append(f"{'ALL':<14}{all_caught:>8}{all_total:>7}{all_caught / all_total:>8.2f}")
    lines.append(f"false alarms: {len(alarms)}/{total['clean']} clean cases")
    for case, findings in missed:
        lines.append(f"MISSED [{case['category']}] {case['mistake']} | span={case['span']!r}\n"
                     f"    text: {case['text']!r}\n    linter: {_describe(findings)}")
    for case, findings in alarms:
        lines.append(f"FALSE ALARM: {case['text']!r}\n    linter: {_describe(findings)}")
    report = "\n".join(lines)
    print(report)
    assert all(recall[c] >= RECALL_FLOOR for c in CATEGORIES), report
    assert len(alarms) <= MAX_FALSE_ALARMS, report
