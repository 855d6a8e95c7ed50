#!/usr/bin/env python3
"""Check the labels of this set (stdlib only): python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇两"

def level_for_marker(m):
    """Return the level a marker implies, or None for an unnumbered heading."""
    s = m.replace(" ", "").replace("\u3000", "")
    if s == "":
        return None
    if re.fullmatch(r"[%s]+[、．.]" % CN, s):
        return 1
    if re.fullmatch(r"第[%s0-9]+(部分|章)" % CN, s):
        return 1
    if re.fullmatch(r"[（(][%s]+[）)]" % CN, s):
        return 2
    if re.fullmatch(r"[0-9]+[.、．]", s):
        return 3
    if re.fullmatch(r"[（(][0-9]+[）)]", s):
        return 4
    return "bad"

def main():
    used = set()
    if os.path.exists(USED):
        for l in open(USED, encoding="utf-8"):
            l = l.strip()
            if l:
                used.add(l.split(" ")[0])
    errors = []
    n_pages = 0
    totals = {}
    for nn in ["%02d" % i for i in range(1, 16)]:
        jp = os.path.join(HERE, nn + ".json")
        tp = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(jp) and not os.path.exists(tp):
            continue
        n_pages += 1
        if not (os.path.exists(jp) and os.path.exists(tp)):
            errors.append(f"{nn}: txt/json pair incomplete"); continue
        lines = open(tp, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if l.strip() == "":
                errors.append(f"{nn}: blank line {i}")
        d = json.load(open(jp, encoding="utf-8"))
        if d.get("kind") not in KINDS:
            errors.append(f"{nn}: bad kind {d.get('kind')!r}")
        src = d.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: bad source {src!r}")
        if src in used:
            errors.append(f"{nn}: source already in used_urls.txt: {src}")
        prev = 0
        hs = d.get("headings", [])
        if not hs or hs[0].get("level") != 0:
            errors.append(f"{nn}: first heading is not a level-0 title")
        for h in hs:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            totals[lv] = totals.get(lv, 0) + 1
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                errors.append(f"{nn}: line {ln} does not exist"); continue
            if ln <= prev:
                errors.append(f"{nn}: line numbers not increasing at {ln}")
            prev = ln
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk + tx):
                errors.append(f"{nn}: line {ln} does not start with {mk + tx!r}: {body[:40]!r}")
            if not tx or tx != tx.strip() or tx[-1:] in "。；：;:":
                errors.append(f"{nn}: line {ln} text empty/untrimmed/ends with punctuation")
            want = level_for_marker(mk)
            if want == "bad":
                errors.append(f"{nn}: line {ln} unknown marker {mk!r}")
            elif want is None:
                if lv == 0:
                    pass
                elif not isinstance(lv, int) or lv < 1 or lv > 4:
                    errors.append(f"{nn}: line {ln} bad level {lv} for unnumbered heading")
            elif lv != want:
                errors.append(f"{nn}: line {ln} level {lv} disagrees with marker {mk!r} (want {want})")
            if lv == 0 and mk != "":
                errors.append(f"{nn}: line {ln} title with a marker")
    print(f"pages: {n_pages}; headings per level: " +
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if errors:
        for e in errors:
            print("  " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
