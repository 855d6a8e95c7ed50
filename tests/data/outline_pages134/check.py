#!/usr/bin/env python3
"""Check the labels of set134 (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [  # (regex for the whole marker, level)
    (re.compile(r"^[%s]+\s*、$" % CN), 1),
    (re.compile(r"^第[%s]+(部分|章)$" % CN), 1),
    (re.compile(r"^[（(][%s]+[）)]$" % CN), 2),
    (re.compile(r"^\d+\s*[.、．]$"), 3),
    (re.compile(r"^[（(]\d+[）)]$"), 4),
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
    errors, n_pages, n_labels = [], 0, 0
    for name in sorted(os.listdir(HERE)):
        if not re.fullmatch(r"\d\d\.json", name):
            continue
        nn = name[:2]
        n_pages += 1
        try:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:
            errors.append(f"{name}: cannot read JSON: {e}"); continue
        txt = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(txt):
            errors.append(f"{nn}: {nn}.txt missing"); continue
        with open(txt, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if any(l.strip() == "" for l in lines):
            errors.append(f"{nn}.txt: has blank lines")
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: bad source {src!r}")
        if src in used:
            errors.append(f"{nn}: source is in used_urls.txt: {src}")
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}: invalid kind {data.get('kind')!r}")
        prev = 0
        heads = data.get("headings", [])
        if not heads:
            errors.append(f"{nn}: no headings")
        for h in heads:
            n_labels += 1
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn} line {ln}"
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers do not increase")
            prev = ln
            if not isinstance(lv, int) or not (0 <= lv <= 4):
                errors.append(f"{tag}: bad level {lv!r}")
            if not isinstance(mk, str) or not isinstance(tx, str) or not tx:
                errors.append(f"{tag}: marker/text missing"); continue
            body = lines[ln - 1].lstrip(" \t\u3000")
            if not body.startswith(mk + tx):
                errors.append(f"{tag}: line does not start with marker+text: {body[:40]!r}")
            if mk:
                want = marker_level(mk)
                if want is None:
                    errors.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    errors.append(f"{tag}: marker {mk!r} means level {want}, label says {lv}")
            elif lv == 0 and tx != body.rstrip():
                errors.append(f"{tag}: a title must be the whole line")
    if n_pages == 0:
        errors.append("no NN.json files found")
    for e in errors:
        print("  " + e)
    print(f"{'PASS' if not errors else 'FAIL'}: {n_pages} pages, {n_labels} labels, {len(errors)} problems")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
