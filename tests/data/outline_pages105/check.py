#!/usr/bin/env python3
"""Check the labels of set105 (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [  # (regex for marker, level)
    (re.compile(r"^[%s]+\s*、$" % CN), 1),
    (re.compile(r"^第[%s]+[,，]$" % CN), 1),
    (re.compile(r"^第[%s]+(部分|章)$" % CN), 1),
    (re.compile(r"^[（(][%s]+[）)]、?$" % CN), 2),
    (re.compile(r"^\d+\s*[.、．]$"), 3),
    (re.compile(r"^[（(]\d+[）)]$"), 4),
]

def level_of(marker):
    for rx, lev in RULES:
        if rx.match(marker):
            return lev
    return None

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}
    fails = []
    pages = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    if not pages:
        fails.append("no NN.json files found")
    for nn in pages:
        tpath = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(tpath):
            fails.append(f"{nn}: missing {nn}.txt"); continue
        lines = open(tpath, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if any(not l.strip() for l in lines):
            fails.append(f"{nn}: blank line in txt")
        d = json.load(open(os.path.join(HERE, nn + ".json"), encoding="utf-8"))
        src = d.get("source", "")
        if not src.startswith("http"):
            fails.append(f"{nn}: bad source {src!r}")
        if src in used:
            fails.append(f"{nn}: source is in used_urls.txt: {src}")
        if d.get("kind") not in KINDS:
            fails.append(f"{nn}: invalid kind {d.get('kind')!r}")
        heads = d.get("headings", [])
        if not any(h.get("level") == 0 for h in heads):
            fails.append(f"{nn}: no level-0 title")
        prev = 0
        for h in heads:
            ln, lev, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn}: line {ln}"
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                fails.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                fails.append(f"{tag}: line numbers do not increase")
            prev = ln
            s = lines[ln - 1].lstrip()
            if not s.startswith(mk + tx):
                fails.append(f"{tag}: line does not start with marker+text: {s[:40]!r}")
            if not tx or tx != tx.strip() or tx[-1] in "。；：;:":
                fails.append(f"{tag}: text empty/padded or ends with 。；：")
            if lev == 0:
                if mk != "":
                    fails.append(f"{tag}: level 0 must have empty marker")
                elif s.rstrip() != tx:
                    fails.append(f"{tag}: title text is not the whole line")
            elif mk == "":
                if lev not in (1, 2, 3, 4):
                    fails.append(f"{tag}: bad level {lev}")
            else:
                want = level_of(mk)
                if want is None:
                    fails.append(f"{tag}: unknown marker {mk!r}")
                elif want != lev:
                    fails.append(f"{tag}: level {lev} disagrees with marker {mk!r} (want {want})")
    for f in fails:
        print("FAIL", f)
    n = sum(len(json.load(open(os.path.join(HERE, p + ".json"), encoding="utf-8"))["headings"]) for p in pages)
    if fails:
        print(f"FAIL: {len(fails)} problem(s) in {len(pages)} pages")
        sys.exit(1)
    print(f"PASS: {len(pages)} pages, {n} labels")

if __name__ == "__main__":
    main()
