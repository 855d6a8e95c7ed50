#!/usr/bin/env python3
"""Check labels in this folder (stdlib only). Run: python3 check.py"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
USED = "/work/briefs/used_urls.txt"
used = set()
if os.path.exists(USED):
    used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}

def level_ok(marker, level):
    m = marker.replace(" ", "")
    if m == "":
        return level in (0, 1, 2, 3, 4)
    if re.fullmatch(r"[一二三四五六七八九十百]+、", m): return level == 1
    if re.fullmatch(r"第[一二三四五六七八九十百]+(部分|章)", m): return level == 1
    if re.fullmatch(r"[（(][一二三四五六七八九十百]+[）)]", m): return level == 2
    if re.fullmatch(r"\d+[.、．]", m): return level == 3
    if re.fullmatch(r"[（(]\d+[）)]", m): return level == 4
    return False

fails = 0
def fail(msg):
    global fails
    fails += 1
    print("FAIL", msg)

names = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
for nn in names:
    lab = json.load(open(os.path.join(HERE, nn + ".json"), encoding="utf-8"))
    txtp = os.path.join(HERE, nn + ".txt")
    if not os.path.exists(txtp):
        fail(f"{nn}: missing txt"); continue
    lines = open(txtp, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines = lines[:-1]
    if any(l.strip() == "" for l in lines): fail(f"{nn}: blank line present")
    if lab.get("kind") not in KINDS: fail(f"{nn}: bad kind {lab.get('kind')}")
    src = lab.get("source", "")
    if not src.startswith("http"): fail(f"{nn}: bad source")
    if src in used: fail(f"{nn}: source already in used_urls.txt")
    prev = 0
    for h in lab["headings"]:
        ln, lv, mk, tx = h["line"], h["level"], h["marker"], h["text"]
        if not (1 <= ln <= len(lines)):
            fail(f"{nn}: line {ln} out of range"); continue
        if ln <= prev: fail(f"{nn}: line {ln} not increasing")
        prev = ln
        body = lines[ln - 1].lstrip(" \u3000\t")
        if not body.startswith(mk + tx):
            fail(f"{nn}: line {ln} does not start with marker+text: {mk + tx!r}")
        if not level_ok(mk, lv): fail(f"{nn}: line {ln} level {lv} disagrees with marker {mk!r}")
    print(f"{nn}: {len(lab['headings'])} headings checked")
print("PASS" if fails == 0 else f"FAIL ({fails} problems)")
sys.exit(1 if fails else 0)
