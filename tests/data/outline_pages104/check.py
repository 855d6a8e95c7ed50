#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百"

def level_of(marker):
    m = marker.replace(" ", "")
    if m == "":
        return None                                   # un-numbered: any level allowed
    if re.fullmatch(r"[%s]+、" % CN, m):
        return 1
    if re.fullmatch(r"第[%s]+(部分|章)" % CN, m):
        return 1
    if re.fullmatch(r"[（(][%s]+[）)]" % CN, m):
        return 2
    if re.fullmatch(r"\d+[.、．]", m):
        return 3
    if re.fullmatch(r"[（(]\d+[）)]", m):
        return 4
    return -1

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    fails, n_pages, totals = [], 0, {}
    names = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    for name in names:
        n_pages += 1
        nn = name[:2]
        txt = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(txt):
            fails.append(f"{nn}: missing {nn}.txt"); continue
        with open(txt, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if l.strip() == "":
                fails.append(f"{nn}: blank line {i}")
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            data = json.load(f)
        if data.get("kind") not in KINDS:
            fails.append(f"{nn}: bad kind {data.get('kind')!r}")
        src = data.get("source", "")
        if not src.startswith("http"):
            fails.append(f"{nn}: bad source {src!r}")
        if src in used:
            fails.append(f"{nn}: source already in used_urls.txt: {src}")
        prev = 0
        for h in data.get("headings", []):
            ln, lv, mk, tx = h["line"], h["level"], h["marker"], h["text"]
            totals[lv] = totals.get(lv, 0) + 1
            if not (1 <= ln <= len(lines)):
                fails.append(f"{nn}: line {ln} out of range"); continue
            if ln <= prev:
                fails.append(f"{nn}: line numbers not increasing at {ln}")
            prev = ln
            body = lines[ln - 1].lstrip(" \t\u3000\u00a0")
            if not body.startswith(mk):
                fails.append(f"{nn}: line {ln} does not start with marker {mk!r}")
            else:
                rest = body[len(mk):].lstrip(" \t\u3000\u00a0")
                if not tx or not rest.startswith(tx):
                    fails.append(f"{nn}: line {ln} text mismatch: {tx!r} vs {rest[:40]!r}")
                elif tx[-1:] in "。；：;:":
                    fails.append(f"{nn}: line {ln} text ends with punctuation")
            want = level_of(mk)
            if want == -1:
                fails.append(f"{nn}: line {ln} unknown marker {mk!r}")
            elif want is not None and want != lv:
                fails.append(f"{nn}: line {ln} level {lv} disagrees with marker {mk!r} ({want})")
            elif want is None and mk == "" and lv < 0:
                fails.append(f"{nn}: line {ln} bad level {lv}")
        if not any(h["level"] == 0 for h in data.get("headings", [])):
            fails.append(f"{nn}: no title (level 0)")
    print(f"pages: {n_pages}; labels per level: " +
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if fails:
        for x in fails:
            print("FAIL", x)
        print("FAIL"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
