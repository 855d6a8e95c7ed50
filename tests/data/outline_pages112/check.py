#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [  # (regex for the marker, level)
    (re.compile(r"^[%s]+\s*[、，,]$" % CN), 1),
    (re.compile(r"^第[%s0-9]+(部分|章)$" % CN), 1),
    (re.compile(r"^[（(]\s*[%s]+\s*[）)]$" % CN), 2),
    (re.compile(r"^[0-9０-９]+\s*[.、．]$"), 3),
    (re.compile(r"^[（(]\s*[0-9０-９]+\s*[）)]$"), 4),
]

def marker_level(marker):
    for rx, lv in RULES:
        if rx.match(marker):
            return lv
    return None

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    errors, n_pages, totals = [], 0, {}
    for name in sorted(os.listdir(HERE)):
        if not re.fullmatch(r"\d\d\.json", name):
            continue
        n_pages += 1
        stem = name[:-5]
        txt = os.path.join(HERE, stem + ".txt")
        if not os.path.exists(txt):
            errors.append(f"{name}: missing {stem}.txt"); continue
        with open(txt, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for i, l in enumerate(lines, 1):
            if not l.strip():
                errors.append(f"{stem}.txt:{i}: blank line")
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            data = json.load(f)
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{name}: bad source {src!r}")
        if src in used:
            errors.append(f"{name}: source is in used_urls.txt: {src}")
        if data.get("kind") not in KINDS:
            errors.append(f"{name}: bad kind {data.get('kind')!r}")
        prev = 0
        heads = data.get("headings", [])
        if not heads:
            errors.append(f"{name}: no headings")
        for h in heads:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{name} line {ln}"
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers do not increase")
            prev = ln
            totals[lv] = totals.get(lv, 0) + 1
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk):
                errors.append(f"{tag}: line does not start with marker {mk!r}")
            else:
                rest = body[len(mk):]
                if not (rest.startswith(tx) or rest.lstrip(" \u3000\t").startswith(tx)):
                    errors.append(f"{tag}: text {tx!r} does not follow the marker")
            if not tx:
                errors.append(f"{tag}: empty text")
            if mk == "":
                if lv not in (0, 1, 2, 3, 4):
                    errors.append(f"{tag}: bad level {lv}")
            else:
                want = marker_level(mk)
                if want is None:
                    errors.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    errors.append(f"{tag}: level {lv} disagrees with marker {mk!r} (want {want})")
        if not any(h.get("level") == 0 for h in heads):
            errors.append(f"{name}: no title (level 0)")
    print(f"pages: {n_pages}  totals per level: " +
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if errors:
        for e in errors:
            print("  " + e)
        print("FAIL"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
