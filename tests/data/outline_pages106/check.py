#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"

def marker_level(m):
    m2 = m.replace(" ", "").replace("\u3000", "")
    if m2 == "":
        return None
    if re.fullmatch(r"[%s]+、" % CN, m2):
        return 1
    if re.fullmatch(r"[（(][%s]+[）)]" % CN, m2):
        return 2
    if re.fullmatch(r"\d+[.、．]", m2):
        return 3
    if re.fullmatch(r"[（(]\d+[）)]", m2):
        return 4
    if re.fullmatch(r"第[%s\d]+(部分|章)" % CN, m2):
        return 1
    return "?"

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    fails = []
    pages = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    for nn in pages:
        with open(os.path.join(HERE, nn + ".json"), encoding="utf-8") as f:
            lab = json.load(f)
        txt_path = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(txt_path):
            fails.append(f"{nn}: missing {nn}.txt"); continue
        with open(txt_path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for i, l in enumerate(lines, 1):
            if l.strip() == "":
                fails.append(f"{nn}: blank line {i}")
        if lab.get("kind") not in KINDS:
            fails.append(f"{nn}: bad kind {lab.get('kind')!r}")
        src = lab.get("source", "")
        if not src.startswith("http"):
            fails.append(f"{nn}: bad source {src!r}")
        if src in used:
            fails.append(f"{nn}: source already in used_urls.txt")
        prev = 0
        hs = lab.get("headings", [])
        if not hs:
            fails.append(f"{nn}: no headings")
        for h in hs:
            ln, lv, mk, tx = h["line"], h["level"], h["marker"], h["text"]
            if ln <= prev:
                fails.append(f"{nn}: line {ln} not increasing")
            prev = ln
            if not (1 <= ln <= len(lines)):
                fails.append(f"{nn}: line {ln} out of range"); continue
            body = lines[ln - 1].lstrip(" \u3000\t")
            rest = body[len(mk):].lstrip(" \u3000") if body.startswith(mk) else None
            if rest is None or not rest.startswith(tx):
                fails.append(f"{nn}: line {ln} does not start with {mk + tx!r}: {body[:60]!r}")
            ml = marker_level(mk)
            if ml == "?":
                fails.append(f"{nn}: line {ln} unknown marker {mk!r}")
            elif ml is not None and ml != lv:
                fails.append(f"{nn}: line {ln} level {lv} but marker {mk!r} means {ml}")
            elif ml is None and lv not in (0, 1, 2, 3, 4):
                fails.append(f"{nn}: line {ln} bad level {lv}")
            if tx == "" or tx != tx.strip() and lv != 0:
                fails.append(f"{nn}: line {ln} empty/unstripped text")
            if lv != 0 and tx[-1:] in "。；：":
                fails.append(f"{nn}: line {ln} text ends with punctuation")
    for f in fails:
        print("FAIL", f)
    print(f"{len(pages)} pages checked")
    if fails:
        print("FAIL"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
