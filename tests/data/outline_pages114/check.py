#!/usr/bin/env python3
"""Self-check for the labels in this folder (stdlib only).

For every NN.json: the NN.txt exists; every labelled line exists; the line,
after leading spaces, starts with marker + text; line numbers strictly
increase; the level agrees with the marker; kind is valid; the source is not
in /work/briefs/used_urls.txt (and is recorded in used_urls_live.txt).
Prints PASS/FAIL and exits non-zero on any failure.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
LIVE = "/work/briefs/used_urls_live.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}

CN = "一二三四五六七八九十百零〇"
MARKER_LEVELS = [
    (re.compile(r"^[" + CN + r"]+\s*、$"), 1),                 # 一、  一 、
    (re.compile(r"^第[" + CN + r"0-9]+(部分|章)$"), 1),        # 第一部分 第一章
    (re.compile(r"^[（(][" + CN + r"]+[）)]$"), 2),            # （一） (一)
    (re.compile(r"^[0-9０-９]+\s*[.、．]$"), 3),                # 1. 1、 1．
    (re.compile(r"^[（(][0-9０-９]+[）)]$"), 4),               # （1） (1)
]


def level_for(marker):
    for rx, lv in MARKER_LEVELS:
        if rx.match(marker):
            return lv
    return None


def load_set(path):
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip()}


def main():
    used = load_set(USED)
    live = load_set(LIVE)
    errors = []
    jsons = sorted(f for f in os.listdir(HERE) if re.match(r"^\d\d\.json$", f))
    if not jsons:
        errors.append("no NN.json files found")
    sources = {}
    total = {}
    for jf in jsons:
        nn = jf[:2]
        tf = os.path.join(HERE, nn + ".txt")
        try:
            with open(os.path.join(HERE, jf), encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{jf}: cannot parse JSON: {e}")
            continue
        if not os.path.exists(tf):
            errors.append(f"{jf}: missing {nn}.txt")
            continue
        with open(tf, encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip():
                errors.append(f"{nn}.txt line {i}: blank line")
        src = data.get("source", "")
        kind = data.get("kind", "")
        heads = data.get("headings")
        if not src.startswith("http"):
            errors.append(f"{jf}: bad source {src!r}")
        if src in used:
            errors.append(f"{jf}: source is in used_urls.txt: {src}")
        if src not in live:
            errors.append(f"{jf}: source not recorded in used_urls_live.txt: {src}")
        if src in sources:
            errors.append(f"{jf}: source duplicates {sources[src]}")
        sources[src] = jf
        if kind not in KINDS:
            errors.append(f"{jf}: invalid kind {kind!r}")
        if not isinstance(heads, list) or not heads:
            errors.append(f"{jf}: headings missing or empty")
            continue
        if heads[0].get("level") != 0:
            errors.append(f"{jf}: first heading is not a level-0 title")
        prev = 0
        for h in heads:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{jf} line {ln}"
            if not isinstance(ln, int) or not isinstance(lv, int) \
                    or not isinstance(mk, str) or not isinstance(tx, str) or not tx:
                errors.append(f"{tag}: malformed entry {h}")
                continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers do not increase (prev {prev})")
            prev = ln
            if ln < 1 or ln > len(lines):
                errors.append(f"{tag}: line does not exist ({len(lines)} lines)")
                continue
            body = lines[ln - 1].lstrip(" \t\u3000")
            if not body.startswith(mk + tx):
                errors.append(f"{tag}: line does not start with marker+text: {body[:60]!r}")
            if tx != tx.strip() or tx[-1] in "。；：;:":
                errors.append(f"{tag}: text has stray spaces or final punctuation")
            if mk == "":
                if lv == 0 and body.rstrip() != tx:
                    errors.append(f"{tag}: level-0 text is not the whole line")
                if lv < 0 or lv > 4:
                    errors.append(f"{tag}: bad level {lv}")
            else:
                want = level_for(mk)
                if want is None:
                    errors.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    errors.append(f"{tag}: level {lv} does not agree with marker {mk!r} (want {want})")
            total[lv] = total.get(lv, 0) + 1
    print("pages:", len(jsons), " totals per level:",
          ", ".join(f"L{k}={v}" for k, v in sorted(total.items())),
          " all:", sum(total.values()))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
