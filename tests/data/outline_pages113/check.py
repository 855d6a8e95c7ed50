#!/usr/bin/env python3
"""Check the labels of this set (stdlib only): python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [
    (re.compile(r"^[%s]+\s*、$" % CN), 1),
    (re.compile(r"^第[%s\d]+(部分|章)$" % CN), 1),
    (re.compile(r"^[（(][%s]+[）)]、?$" % CN), 2),
    (re.compile(r"^\d+\s*[.、．]$"), 3),
    (re.compile(r"^[（(]\d+[）)]$"), 4),
]

def marker_level(m):
    for rx, lvl in RULES:
        if rx.match(m):
            return lvl
    return None

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    errors = []
    pages = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    if not pages:
        errors.append("no NN.json files")
    total = {}
    for jf in pages:
        nn = jf[:2]
        tf = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(tf):
            errors.append("%s: missing %s.txt" % (jf, nn)); continue
        with open(tf, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if any(not l.strip() for l in lines):
            errors.append("%s.txt: has blank lines" % nn)
        with open(os.path.join(HERE, jf), encoding="utf-8") as f:
            d = json.load(f)
        if d.get("kind") not in KINDS:
            errors.append("%s: bad kind %r" % (jf, d.get("kind")))
        src = d.get("source", "")
        if not src.startswith("http"):
            errors.append("%s: bad source %r" % (jf, src))
        if src in used:
            errors.append("%s: source already in used_urls.txt: %s" % (jf, src))
        prev = 0
        for h in d.get("headings", []):
            ln, lvl, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = "%s line %s" % (jf, ln)
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                errors.append("%s: line does not exist" % tag); continue
            if ln <= prev:
                errors.append("%s: line numbers do not increase" % tag)
            prev = ln
            if not tx:
                errors.append("%s: empty text" % tag)
            if not lines[ln - 1].lstrip().startswith(mk + tx):
                errors.append("%s: line does not start with marker+text %r" % (tag, mk + tx))
            if mk == "":
                if lvl not in (0, 1, 2, 3, 4):
                    errors.append("%s: bad level %r" % (tag, lvl))
            else:
                want = marker_level(mk)
                if want is None:
                    errors.append("%s: unknown marker %r" % (tag, mk))
                elif want != lvl:
                    errors.append("%s: level %r disagrees with marker %r (%d)" % (tag, lvl, mk, want))
            if lvl == 0 and mk != "":
                errors.append("%s: level 0 with a marker" % tag)
            total[lvl] = total.get(lvl, 0) + 1
    print("pages:", len(pages), " totals per level:",
          ", ".join("L%d=%d" % (k, total[k]) for k in sorted(total)))
    if errors:
        for e in errors:
            print("  " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
