#!/usr/bin/env python3
"""Check the hand labels of this set (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
PATTERNS = [
    (re.compile(r"^[" + CN + r"]+ ?、$"), 1),
    (re.compile(r"^第[" + CN + r"\d]+[部分章]+$"), 1),
    (re.compile(r"^[（(][" + CN + r"]+[)）]$"), 2),
    (re.compile(r"^\d+ ?[.、．]$"), 3),
    (re.compile(r"^[（(]\d+[)）]$"), 4),
]

def marker_level(marker):
    for pat, lvl in PATTERNS:
        if pat.match(marker):
            return lvl
    return None

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    errors, n_files, n_labels = [], 0, 0
    totals = {}
    for name in sorted(os.listdir(HERE)):
        if not re.fullmatch(r"\d\d\.json", name):
            continue
        nn = name[:2]
        txt = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(txt):
            errors.append(f"{nn}: missing {nn}.txt"); continue
        with open(txt, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            data = json.load(f)
        n_files += 1
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: bad source {src!r}")
        if src in used:
            errors.append(f"{nn}: source is in used_urls.txt: {src}")
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}: bad kind {data.get('kind')!r}")
        for i, l in enumerate(lines, 1):
            if l.strip() == "":
                errors.append(f"{nn}: blank line {i}")
        prev = 0
        heads = data.get("headings", [])
        if not heads or heads[0].get("level") != 0:
            errors.append(f"{nn}: first label is not a level-0 title")
        for h in heads:
            n_labels += 1
            ln, lvl, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            totals[lvl] = totals.get(lvl, 0) + 1
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f"{nn}: line {ln} does not exist"); continue
            if ln <= prev:
                errors.append(f"{nn}: line numbers not increasing at {ln}")
            prev = ln
            if lvl not in (0, 1, 2, 3, 4):
                errors.append(f"{nn}:{ln}: bad level {lvl}")
            if not tx:
                errors.append(f"{nn}:{ln}: empty text")
            body = lines[ln - 1].lstrip(" \u3000\u00a0\t")
            if not body.startswith((mk or "") + (tx or "")):
                errors.append(f"{nn}:{ln}: line does not start with marker+text: {body[:40]!r}")
            if lvl == 0:
                if mk:
                    errors.append(f"{nn}:{ln}: title with a marker {mk!r}")
                if body.rstrip() != tx:
                    errors.append(f"{nn}:{ln}: title text is not the whole line")
            elif mk:
                want = marker_level(mk)
                if want is None:
                    errors.append(f"{nn}:{ln}: unknown marker {mk!r}")
                elif want != lvl:
                    errors.append(f"{nn}:{ln}: marker {mk!r} implies level {want}, label says {lvl}")
            if tx and tx[-1] in "。；：;:":
                errors.append(f"{nn}:{ln}: text ends with punctuation {tx[-1]!r}")
    if n_files == 0:
        errors.append("no NN.json files found")
    print(f"{n_files} pages, {n_labels} labels; per level: " +
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if errors:
        for e in errors:
            print("  " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
