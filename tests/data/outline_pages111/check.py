#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [  # (regex on the marker, level)
    (re.compile(r"^[%s]+\s*、$" % CN), 1),
    (re.compile(r"^第[%s\d]+\s*[部分章节篇]+$" % CN), 1),
    (re.compile(r"^[（(]\s*[%s]+\s*[)）]、?$" % CN), 2),
    (re.compile(r"^\d+\s*[.、．]$"), 3),
    (re.compile(r"^[（(]\s*\d+\s*[)）]$"), 4),
]


def level_of(marker):
    for rx, lv in RULES:
        if rx.match(marker):
            return lv
    return None


def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}
    errors = []
    files = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9].json")))
    if not files:
        errors.append("no NN.json files found")
    totals = {}
    for jf in files:
        nn = os.path.basename(jf)[:2]
        tf = os.path.join(HERE, nn + ".txt")
        try:
            data = json.load(open(jf, encoding="utf-8"))
        except Exception as e:  # noqa
            errors.append(f"{nn}: bad JSON: {e}")
            continue
        if not os.path.exists(tf):
            errors.append(f"{nn}: {nn}.txt missing")
            continue
        raw = open(tf, encoding="utf-8").read()
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if any(l.strip() == "" for l in lines):
            errors.append(f"{nn}: the text has blank lines")
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: source missing or not a URL")
        if src in used:
            errors.append(f"{nn}: source is in used_urls.txt: {src}")
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}: invalid kind {data.get('kind')!r}")
        heads = data.get("headings", [])
        if not heads:
            errors.append(f"{nn}: no headings")
        if not any(h.get("level") == 0 for h in heads):
            errors.append(f"{nn}: no level-0 title")
        prev = 0
        for h in heads:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn} line {ln}"
            if not isinstance(ln, int) or not isinstance(lv, int) or mk is None or not tx:
                errors.append(f"{tag}: incomplete entry {h}")
                continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers do not increase")
            prev = ln
            if ln < 1 or ln > len(lines):
                errors.append(f"{tag}: line does not exist (file has {len(lines)} lines)")
                continue
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk + tx):
                errors.append(f"{tag}: line does not start with marker+text: {mk + tx!r} / {body[:40]!r}")
            if tx != tx.strip() or tx[-1] in "。；：;:":
                errors.append(f"{tag}: text has edge spaces or a final 。；：")
            if mk == "":
                if lv not in (0, 1, 2, 3, 4):
                    errors.append(f"{tag}: bad level {lv}")
            else:
                want = level_of(mk)
                if want is None:
                    errors.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    errors.append(f"{tag}: marker {mk!r} means level {want}, labelled {lv}")
                if lv == 0:
                    errors.append(f"{tag}: a level-0 title must have an empty marker")
            totals[lv] = totals.get(lv, 0) + 1
    print("pages:", len(files), " totals per level:",
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if errors:
        for e in errors:
            print("  -", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
