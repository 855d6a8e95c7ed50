#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only). Run: python3 check.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零"


def marker_level(marker):
    """Level implied by a marker, or None when the marker carries no level."""
    m = marker.replace(" ", "").replace("\u3000", "")
    if m == "":
        return None
    if re.fullmatch(r"第[%s]+(部分|章)" % CN, m):
        return 1
    if re.fullmatch(r"[%s]+、" % CN, m):
        return 1
    if re.fullmatch(r"[（(][%s]+[）)]" % CN, m):
        return 2
    if re.fullmatch(r"\d+[.、．]", m):
        return 3
    if re.fullmatch(r"[（(]\d+[）)]", m):
        return 4
    return -1


def main():
    fails = []
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    totals = {}
    pages = 0
    for n in range(1, 100):
        nn = "%02d" % n
        tp, jp = os.path.join(HERE, nn + ".txt"), os.path.join(HERE, nn + ".json")
        if not os.path.exists(tp) and not os.path.exists(jp):
            continue
        pages += 1
        if not (os.path.exists(tp) and os.path.exists(jp)):
            fails.append("%s: txt/json pair incomplete" % nn)
            continue
        with open(tp, encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if any(l.strip() == "" for l in lines):
            fails.append("%s: blank line in txt" % nn)
        try:
            with open(jp, encoding="utf-8") as f:
                lab = json.load(f)
        except Exception as e:  # noqa
            fails.append("%s: bad json (%s)" % (nn, e))
            continue
        src = lab.get("source", "")
        if not src.startswith("http"):
            fails.append("%s: source missing" % nn)
        if src in used:
            fails.append("%s: source already in used_urls.txt" % nn)
        if lab.get("kind") not in KINDS:
            fails.append("%s: bad kind %r" % (nn, lab.get("kind")))
        prev = 0
        heads = lab.get("headings", [])
        if not heads:
            fails.append("%s: no headings" % nn)
        if not any(h.get("level") == 0 for h in heads):
            fails.append("%s: no title" % nn)
        for h in heads:
            ln, lv = h.get("line"), h.get("level")
            mk, tx = h.get("marker", ""), h.get("text", "")
            tag = "%s line %s" % (nn, ln)
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                fails.append("%s: line does not exist" % tag)
                continue
            if ln <= prev:
                fails.append("%s: line numbers do not increase" % tag)
            prev = ln
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk + tx):
                fails.append("%s: line does not start with marker+text %r" % (tag, mk + tx))
            if not tx:
                fails.append("%s: empty text" % tag)
            if tx != tx.strip() or tx[-1:] in "。；：;:":
                fails.append("%s: text has stray spaces or final punctuation" % tag)
            ml = marker_level(mk)
            if ml == -1:
                fails.append("%s: unknown marker %r" % (tag, mk))
            elif ml is not None and ml != lv:
                fails.append("%s: level %s disagrees with marker %r" % (tag, lv, mk))
            elif ml is None and lv not in (0, 1, 2, 3, 4):
                fails.append("%s: bad level %r" % (tag, lv))
            totals[lv] = totals.get(lv, 0) + 1
    if pages == 0:
        fails.append("no pages found")
    print("pages: %d" % pages)
    print("headings per level: " + ", ".join("L%d=%d" % (k, totals[k]) for k in sorted(totals)))
    if fails:
        for f in fails:
            print("FAIL " + f)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
