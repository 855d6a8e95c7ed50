#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百"
RULES = [  # (regex on marker, level)
    (re.compile(r"^[%s]+\s*、$" % CN), 1),
    (re.compile(r"^第[%s\d]+[部分章]+$" % CN), 1),
    (re.compile(r"^[（(][%s]+[)）]$" % CN), 2),
    (re.compile(r"^\d+\s*[.、．]$"), 3),
    (re.compile(r"^[（(]\d+[)）]$"), 4),
]

def level_of(marker):
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
    for jp in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9].json"))):
        nn = os.path.basename(jp)[:2]
        tp = os.path.join(HERE, nn + ".txt")
        n_pages += 1
        try:
            with open(jp, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:
            errors.append(f"{nn}: bad json: {e}"); continue
        if not os.path.exists(tp):
            errors.append(f"{nn}: missing {nn}.txt"); continue
        with open(tp, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if any(l.strip() == "" for l in lines):
            errors.append(f"{nn}: txt has blank lines")
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: bad source {src!r}")
        if src in used:
            errors.append(f"{nn}: source is in used_urls.txt")
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}: bad kind {data.get('kind')!r}")
        heads = data.get("headings", [])
        if not heads:
            errors.append(f"{nn}: no headings")
        if not any(h.get("level") == 0 for h in heads):
            errors.append(f"{nn}: no level-0 title")
        prev = 0
        for h in heads:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn} line {ln}"
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                errors.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers not increasing")
            prev = ln
            if not isinstance(tx, str) or not tx:
                errors.append(f"{tag}: empty text"); continue
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk + tx):
                errors.append(f"{tag}: line does not start with marker+text: {body[:40]!r}")
            if mk == "":
                if lv not in (0, 1, 2, 3, 4):
                    errors.append(f"{tag}: bad level {lv}")
            else:
                want = level_of(mk)
                if want is None:
                    errors.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    errors.append(f"{tag}: level {lv} disagrees with marker {mk!r} (want {want})")
            if lv == 0 and mk:
                errors.append(f"{tag}: title with a marker")
            totals[lv] = totals.get(lv, 0) + 1
    print(f"pages: {n_pages}; headings per level: " +
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
