#!/usr/bin/env python3
"""Checks the hand labels of set128 (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [
    (re.compile(r"^[%s]+ ?、$" % CN), 1),
    (re.compile(r"^第[%s0-9]+[部分章]+$" % CN), 1),
    (re.compile(r"^[（(][%s]+[)）]$" % CN), 2),
    (re.compile(r"^[0-9]+[.、．]$"), 3),
    (re.compile(r"^[（(][0-9]+[)）]$"), 4),
]

def level_of(marker):
    for rx, lv in RULES:
        if rx.match(marker):
            return lv
    return None

def norm(u):
    u = u.strip()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^(www\.|m\.)", "", u)
    return u.rstrip("/")

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {norm(l) for l in f if l.strip()}
    fails = []
    n_pages = 0
    totals = {}
    names = sorted(f[:-5] for f in os.listdir(HERE) if re.match(r"^\d\d\.json$", f))
    for nn in names:
        n_pages += 1
        tpath = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(tpath):
            fails.append(f"{nn}: missing {nn}.txt"); continue
        with open(tpath, encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for i, l in enumerate(lines, 1):
            if not l.strip():
                fails.append(f"{nn}.txt line {i}: blank line")
        with open(os.path.join(HERE, nn + ".json"), encoding="utf-8") as f:
            d = json.load(f)
        if d.get("kind") not in KINDS:
            fails.append(f"{nn}: bad kind {d.get('kind')!r}")
        src = d.get("source", "")
        if not src.startswith("http"):
            fails.append(f"{nn}: bad source {src!r}")
        if norm(src) in used:
            fails.append(f"{nn}: source is in used_urls.txt: {src}")
        prev = 0
        hs = d.get("headings", [])
        if not any(h.get("level") == 0 for h in hs):
            fails.append(f"{nn}: no title (level 0)")
        for h in hs:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn} line {ln}"
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                fails.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                fails.append(f"{tag}: line numbers do not increase")
            prev = ln
            if not tx:
                fails.append(f"{tag}: empty text")
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith((mk or "") + (tx or "")):
                fails.append(f"{tag}: line does not start with marker+text: {body[:40]!r}")
            if lv == 0:
                if mk:
                    fails.append(f"{tag}: title with a marker")
                if body.rstrip() != tx:
                    fails.append(f"{tag}: title text is not the whole line")
            elif mk:
                want = level_of(mk)
                if want is None:
                    fails.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    fails.append(f"{tag}: level {lv} does not agree with marker {mk!r} (expects {want})")
            elif lv not in (1, 2, 3, 4):
                fails.append(f"{tag}: bad level {lv!r}")
            if tx and tx[-1] in "。；：;:":
                fails.append(f"{tag}: text ends with sentence punctuation")
            totals[lv] = totals.get(lv, 0) + 1
    for m in fails:
        print("FAIL", m)
    print("pages:", n_pages, " labels per level:",
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if fails or n_pages == 0:
        print("FAIL"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
