#!/usr/bin/env python3
"""Validate the NN.txt / NN.json pairs of this set (stdlib only).

For every label: the line exists; the line starts (after leading spaces) with
marker then text (blanks allowed between marker and text); line numbers
strictly increase; the level agrees with the marker; kind is valid; the source
is not in /work/briefs/used_urls.txt.  Prints PASS/FAIL, exits 1 on failure.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [
    (re.compile(r"^[%s]+\s*、$" % CN), 1),                 # 一、  一 、
    (re.compile(r"^第[%s\d]+(部分|章)$" % CN), 1),          # 第一部分 第一章
    (re.compile(r"^[（(][%s]+[)）]、?$" % CN), 2),          # （一） (一) (一)、
    (re.compile(r"^\d+\s*[.、．]$"), 3),                    # 1. 1、 1．
    (re.compile(r"^[（(]\d+[)）]$"), 4),                    # （1） (1)
]

def marker_level(marker):
    for rx, lv in RULES:
        if rx.match(marker):
            return lv
    return None

def norm(u):
    u = u.strip()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^(www\.|m\.|wap\.)", "", u)
    return u.rstrip("/")

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {norm(x) for x in f if x.strip()}
    errors, pages, counts = [], 0, {}
    names = sorted(n[:-5] for n in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", n))
    for nn in names:
        pages += 1
        jp, tp = os.path.join(HERE, nn + ".json"), os.path.join(HERE, nn + ".txt")
        if not os.path.exists(tp):
            errors.append(f"{nn}: missing {nn}.txt"); continue
        try:
            with open(jp, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:
            errors.append(f"{nn}: bad json: {e}"); continue
        with open(tp, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if any(not l.strip() for l in lines):
            errors.append(f"{nn}: txt contains blank lines")
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}: invalid kind {data.get('kind')!r}")
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: bad source {src!r}")
        if norm(src) in used:
            errors.append(f"{nn}: source already in used_urls.txt: {src}")
        prev = 0
        hs = data.get("headings", [])
        if not hs or hs[0].get("level") != 0:
            errors.append(f"{nn}: first label is not a level-0 title")
        for h in hs:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn}: line {ln}"
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers do not increase")
            prev = ln
            if not isinstance(tx, str) or not tx:
                errors.append(f"{tag}: empty text"); continue
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk):
                errors.append(f"{tag}: line does not start with marker {mk!r}")
            else:
                rest = body[len(mk):].lstrip(" \u3000\t") if mk else body
                if not rest.startswith(tx):
                    errors.append(f"{tag}: text {tx!r} not at start of {rest[:40]!r}")
            if mk == "":
                if lv not in (0, 1, 2, 3, 4):
                    errors.append(f"{tag}: bad level {lv}")
            else:
                want = marker_level(mk)
                if want is None:
                    errors.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    errors.append(f"{tag}: level {lv} disagrees with marker {mk!r} (want {want})")
            counts[lv] = counts.get(lv, 0) + 1
    if pages == 0:
        errors.append("no pages found")
    print(f"pages: {pages}; labels per level: " +
          ", ".join(f"L{k}={counts[k]}" for k in sorted(counts)))
    if errors:
        for e in errors:
            print("  " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
