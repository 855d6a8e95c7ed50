#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only).

For every NN.json / NN.txt pair:
  - the JSON parses and has source, kind, headings
  - kind is one of the allowed kinds
  - the source is not in /work/briefs/used_urls.txt
  - NN.txt is UTF-8 and has no blank lines
  - every label's line exists; the line (after leading spaces) starts with marker + text
  - line numbers strictly increase
  - the level agrees with the marker
Prints PASS or FAIL and exits non-zero on failure.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇两"

MARKER_LEVELS = [
    (re.compile(r"^第[" + CN + r"\d]+(部分|章)$"), {1}),
    (re.compile(r"^[" + CN + r"]+\s*、$"), {1}),
    (re.compile(r"^[（(]\s*[" + CN + r"]+\s*[）)]$"), {2}),
    (re.compile(r"^\d+\s*[.、．]$"), {3}),
    (re.compile(r"^[（(]\s*\d+\s*[）)]$"), {4}),
]


def allowed_levels(marker):
    if marker == "":
        return {0, 1, 2, 3, 4}
    for rx, levels in MARKER_LEVELS:
        if rx.match(marker):
            return levels
    return None


def main():
    errors = []
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {ln.strip() for ln in f if ln.strip()}
    names = sorted(n[:-5] for n in os.listdir(HERE)
                   if re.fullmatch(r"\d\d\.json", n))
    if not names:
        errors.append("no NN.json files found")
    totals = {}
    sources = {}
    for nn in names:
        jpath = os.path.join(HERE, nn + ".json")
        tpath = os.path.join(HERE, nn + ".txt")
        try:
            with open(jpath, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{nn}.json: cannot parse: {e}")
            continue
        for key in ("source", "kind", "headings"):
            if key not in data:
                errors.append(f"{nn}.json: missing key {key!r}")
        src = data.get("source", "")
        if src in used:
            errors.append(f"{nn}.json: source is in used_urls.txt: {src}")
        if src in sources:
            errors.append(f"{nn}.json: same source as {sources[src]}.json")
        sources[src] = nn
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}.json: invalid kind {data.get('kind')!r}")
        try:
            with open(tpath, encoding="utf-8") as f:
                lines = f.read().split("\n")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{nn}.txt: cannot read as UTF-8: {e}")
            continue
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, ln in enumerate(lines, 1):
            if ln.strip() == "":
                errors.append(f"{nn}.txt:{i}: blank line")
        prev = 0
        for h in data.get("headings", []):
            ln_no = h.get("line")
            level = h.get("level")
            marker = h.get("marker", "")
            text = h.get("text", "")
            where = f"{nn}.json line {ln_no}"
            if not isinstance(ln_no, int) or not 1 <= ln_no <= len(lines):
                errors.append(f"{where}: line does not exist")
                continue
            if ln_no <= prev:
                errors.append(f"{where}: line numbers do not increase")
            prev = ln_no
            body = lines[ln_no - 1].lstrip(" \t\u3000")
            if not body.startswith(marker + text):
                errors.append(f"{where}: line does not start with marker+text: "
                              f"{(marker + text)!r} vs {body[:60]!r}")
            if not text:
                errors.append(f"{where}: empty text")
            levels = allowed_levels(marker)
            if levels is None:
                errors.append(f"{where}: unknown marker {marker!r}")
            elif level not in levels:
                errors.append(f"{where}: level {level} disagrees with marker {marker!r}")
            if level == 0 and marker != "":
                errors.append(f"{where}: level 0 must have an empty marker")
            totals[level] = totals.get(level, 0) + 1
    print("pages:", len(names), " totals per level:",
          ", ".join(f"L{k}={v}" for k, v in sorted(totals.items())))
    if errors:
        for e in errors:
            print("  -", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
