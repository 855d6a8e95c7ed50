#!/usr/bin/env python3
"""Self-check for set135 labels (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [  # (regex for marker, level)
    (re.compile(r"^[%s]+\s*、$" % CN), 1),          # 一、  一 、
    (re.compile(r"^、$"), 1),                        # 一、 whose numeral was lost (page 13)
    (re.compile(r"^第[%s\d]+(部分|章)$" % CN), 1),    # 第一部分 / 第一章
    (re.compile(r"^[（(][%s]+[)）]、?$" % CN), 2),     # （一） (一) (一)、
    (re.compile(r"^\d+\s*[.、．]$"), 3),             # 1. 1、 1．
    (re.compile(r"^[（(]\d+[)）]$"), 4),              # （1） (1)
]

def marker_level(marker):
    for rx, lvl in RULES:
        if rx.match(marker):
            return lvl
    return None

def main():
    fails = []
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}
    else:
        print("warning: %s not found, skipping used-url check" % USED)
    pages = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    if not pages:
        fails.append("no NN.json files found")
    totals = {}
    for nn in pages:
        tpath = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(tpath):
            fails.append("%s: %s.txt missing" % (nn, nn)); continue
        raw = open(tpath, encoding="utf-8").read()
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip():
                fails.append("%s: blank line %d in txt" % (nn, i))
        try:
            d = json.load(open(os.path.join(HERE, nn + ".json"), encoding="utf-8"))
        except Exception as e:
            fails.append("%s: bad json (%s)" % (nn, e)); continue
        src = d.get("source", "")
        if not src.startswith("http"):
            fails.append("%s: source missing" % nn)
        if src in used:
            fails.append("%s: source already in used_urls.txt: %s" % (nn, src))
        if d.get("kind") not in KINDS:
            fails.append("%s: invalid kind %r" % (nn, d.get("kind")))
        hs = d.get("headings", [])
        if not hs:
            fails.append("%s: no headings" % nn)
        if not any(h.get("level") == 0 for h in hs):
            fails.append("%s: no title (level 0)" % nn)
        prev = 0
        for h in hs:
            ln, lvl, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = "%s line %s" % (nn, ln)
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                fails.append("%s: line does not exist" % tag); continue
            if ln <= prev:
                fails.append("%s: line numbers not increasing" % tag)
            prev = ln
            if not isinstance(tx, str) or not tx:
                fails.append("%s: empty text" % tag); continue
            if not isinstance(mk, str):
                fails.append("%s: marker not a string" % tag); continue
            body = lines[ln - 1].lstrip(" \t\u3000")
            if not body.startswith(mk + tx):
                fails.append("%s: line does not start with marker+text: %r" % (tag, (mk + tx)[:30]))
            if tx != tx.strip() or tx[-1] in "。；：;:":
                fails.append("%s: text has stray space or final punctuation" % tag)
            if lvl not in (0, 1, 2, 3, 4):
                fails.append("%s: bad level %r" % (tag, lvl)); continue
            if mk == "":
                pass  # title (0) or un-numbered heading: level from position
            else:
                want = marker_level(mk)
                if want is None:
                    fails.append("%s: unknown marker %r" % (tag, mk))
                elif want != lvl:
                    fails.append("%s: marker %r implies level %d, got %d" % (tag, mk, want, lvl))
            if lvl == 0 and mk:
                fails.append("%s: title with a marker" % tag)
            totals[lvl] = totals.get(lvl, 0) + 1
    print("pages: %d" % len(pages))
    print("totals per level: " + ", ".join("L%d=%d" % (k, totals[k]) for k in sorted(totals)))
    if fails:
        for f in fails:
            print("FAIL " + f)
        print("FAIL (%d problems)" % len(fails))
        sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
