#!/usr/bin/env python3
"""Check the hand labels of set132 (stdlib only). Run: python3 check.py"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice",
         "speech", "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [
    (re.compile(r"^[%s]+\s*、$" % CN), 1),
    (re.compile(r"^第[%s]+(部分|章)$" % CN), 1),
    (re.compile(r"^[（(][%s]+[）)]$" % CN), 2),
    (re.compile(r"^\d+\s*[.、．]$"), 3),
    (re.compile(r"^[（(]\d+[）)]$"), 4),
]


def expected_level(marker):
    for rx, lvl in RULES:
        if rx.match(marker):
            return lvl
    return None


def main():
    errors = []
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    jsons = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9].json")))
    if not jsons:
        errors.append("no NN.json files found")
    sources = {}
    for jp in jsons:
        nn = os.path.basename(jp)[:2]
        tp = os.path.join(HERE, nn + ".txt")
        try:
            with open(jp, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa
            errors.append("%s.json: cannot parse: %s" % (nn, e))
            continue
        if not os.path.exists(tp):
            errors.append("%s.txt missing" % nn)
            continue
        with open(tp, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip():
                errors.append("%s.txt line %d is blank" % (nn, i))
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append("%s: bad source %r" % (nn, src))
        if src in used:
            errors.append("%s: source is in used_urls.txt: %s" % (nn, src))
        if src in sources:
            errors.append("%s: same source as %s" % (nn, sources[src]))
        sources[src] = nn
        if data.get("kind") not in KINDS:
            errors.append("%s: invalid kind %r" % (nn, data.get("kind")))
        heads = data.get("headings", [])
        if not heads:
            errors.append("%s: no headings" % nn)
        if not any(h.get("level") == 0 for h in heads):
            errors.append("%s: no level-0 title" % nn)
        prev = 0
        for h in heads:
            ln, lvl = h.get("line"), h.get("level")
            mk, tx = h.get("marker", ""), h.get("text", "")
            tag = "%s line %s" % (nn, ln)
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                errors.append("%s: line does not exist" % tag)
                continue
            if ln <= prev:
                errors.append("%s: line numbers do not increase" % tag)
            prev = ln
            if not tx:
                errors.append("%s: empty text" % tag)
            body = lines[ln - 1].lstrip(" \t\u3000")
            if not body.startswith(mk + tx):
                errors.append("%s: line does not start with marker+text: %r vs %r"
                              % (tag, (mk + tx)[:40], body[:40]))
            if not isinstance(lvl, int) or not 0 <= lvl <= 4:
                errors.append("%s: bad level %r" % (tag, lvl))
                continue
            if mk:
                exp = expected_level(mk)
                if exp is None:
                    errors.append("%s: unknown marker %r" % (tag, mk))
                elif exp != lvl:
                    errors.append("%s: marker %r implies level %d, got %d"
                                  % (tag, mk, exp, lvl))
            elif lvl == 0 and tx != body.rstrip():
                errors.append("%s: level-0 text is not the whole line" % tag)
    if errors:
        for e in errors:
            print("FAIL", e)
        print("FAIL (%d problems in %d files)" % (len(errors), len(jsons)))
        sys.exit(1)
    print("PASS (%d pages, %d headings)" % (
        len(jsons), sum(len(json.load(open(j, encoding="utf-8"))["headings"]) for j in jsons)))


if __name__ == "__main__":
    main()
