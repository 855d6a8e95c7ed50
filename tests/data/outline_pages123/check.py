#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}

def level_of(marker):
    m = marker.replace(" ", "").replace("\u3000", "")
    if m == "":
        return None                      # un-numbered: level by position, 0..4 allowed
    if re.fullmatch(r"第[一二三四五六七八九十百]+(部分|章)", m):
        return 1
    if re.fullmatch(r"[一二三四五六七八九十百]+、", m):
        return 1
    if re.fullmatch(r"[（(][一二三四五六七八九十百]+[)）]", m):
        return 2
    if re.fullmatch(r"\d+[.、．]", m):
        return 3
    if re.fullmatch(r"[（(]\d+[)）]", m):
        return 4
    return -1

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}
    errors, n_files, counts = [], 0, {}
    for name in sorted(os.listdir(HERE)):
        if not re.fullmatch(r"\d\d\.json", name):
            continue
        nn = name[:2]
        n_files += 1
        txt = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(txt):
            errors.append(f"{nn}: {nn}.txt missing"); continue
        raw = open(txt, encoding="utf-8").read()
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if any(l.strip() == "" for l in lines):
            errors.append(f"{nn}: blank line in txt")
        data = json.load(open(os.path.join(HERE, name), encoding="utf-8"))
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: bad source {src!r}")
        if src in used:
            errors.append(f"{nn}: source already in used_urls.txt: {src}")
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}: bad kind {data.get('kind')!r}")
        heads = data.get("headings", [])
        if not heads or heads[0].get("level") != 0:
            errors.append(f"{nn}: first heading is not a level-0 title")
        prev = 0
        for h in heads:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn} line {ln}"
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers do not increase")
            prev = ln
            if not isinstance(lv, int) or not (0 <= lv <= 4):
                errors.append(f"{tag}: bad level {lv!r}")
            if not tx:
                errors.append(f"{tag}: empty text")
            line = lines[ln - 1].lstrip(" \t\u3000\u00a0")
            if not line.startswith(mk):
                errors.append(f"{tag}: line does not start with marker {mk!r}")
            else:
                rest = line[len(mk):]
                if mk:
                    rest = rest.lstrip(" \u3000")   # e.g. '1. 基层…'
                if not rest.startswith(tx):
                    errors.append(f"{tag}: text {tx!r} not found after marker")
                if lv == 0 and rest.rstrip() != tx:
                    errors.append(f"{tag}: title text must be the whole line")
            exp = level_of(mk)
            if exp == -1:
                errors.append(f"{tag}: unknown marker {mk!r}")
            elif exp is not None and exp != lv:
                errors.append(f"{tag}: level {lv} disagrees with marker {mk!r} (expects {exp})")
            if lv == 0 and mk != "":
                errors.append(f"{tag}: title with a marker")
            counts[lv] = counts.get(lv, 0) + 1
    if n_files == 0:
        errors.append("no NN.json files found")
    for e in errors:
        print("  " + e)
    print("files:", n_files, " per level:", {k: counts[k] for k in sorted(counts)})
    print("PASS" if not errors else f"FAIL ({len(errors)} problems)")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
