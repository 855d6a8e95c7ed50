#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"

def level_of_marker(m):
    if m == "":
        return None                      # un-numbered: any level
    if re.fullmatch(r"[%s]+\s*、" % CN, m):
        return 1
    if re.fullmatch(r"第[%s\d]+(部分|章)" % CN, m):
        return 1
    if re.fullmatch(r"[（(][%s]+[)）]" % CN, m):
        return 2
    if re.fullmatch(r"\d+\s*[、.．]", m):
        return 3
    if re.fullmatch(r"[（(]\d+[)）]", m):
        return 4
    return -1

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}
    errors, total, per_level, sources = [], 0, {}, {}
    names = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    for nn in names:
        lab = json.load(open(os.path.join(HERE, nn + ".json"), encoding="utf-8"))
        lines = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        def err(msg):
            errors.append(f"{nn}: {msg}")
        if any(not l.strip() for l in lines):
            err("blank line in txt")
        src = lab.get("source", "")
        if not src.startswith("http"):
            err("bad source")
        if src in used:
            err(f"source already in used_urls.txt: {src}")
        if src in sources:
            err(f"source duplicates {sources[src]}")
        sources[src] = nn
        if lab.get("kind") not in KINDS:
            err(f"bad kind {lab.get('kind')}")
        prev = 0
        heads = lab.get("headings", [])
        if not any(h["level"] == 0 for h in heads):
            err("no title")
        if not any(h["level"] >= 1 for h in heads):
            err("no heading")
        for h in heads:
            total += 1
            ln, lv, mk, tx = h["line"], h["level"], h["marker"], h["text"]
            per_level[lv] = per_level.get(lv, 0) + 1
            if not (1 <= ln <= len(lines)):
                err(f"line {ln} out of range"); continue
            if ln <= prev:
                err(f"line {ln} not increasing")
            prev = ln
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk + tx):
                err(f"line {ln} does not start with marker+text: {mk+tx!r} vs {body[:40]!r}")
            if not tx or tx != tx.strip() or tx[-1] in "。；：;:":
                err(f"line {ln} text has bad ends: {tx!r}")
            want = level_of_marker(mk)
            if lv == 0 and mk != "":
                err(f"line {ln} title with marker")
            elif lv > 0 and want is not None and want != lv:
                err(f"line {ln} level {lv} disagrees with marker {mk!r}")
            if want == -1:
                err(f"line {ln} unknown marker {mk!r}")
    print("pages:", len(names), "labels:", total,
          "per level:", {k: per_level[k] for k in sorted(per_level)})
    if errors:
        print("FAIL"); print("\n".join(errors)); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
