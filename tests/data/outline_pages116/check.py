#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [
    (re.compile(r"^[%s]+\s*[、，,．.]$" % CN), {1}),        # 一、
    (re.compile(r"^[%s]+$" % CN), {1}),                       # bare 一 (stored copy lost 、)
    (re.compile(r"^第[%s\d]+(部分|章)$" % CN), {1}),          # 第一部分 / 第一章
    (re.compile(r"^[（(]\s*[%s]+\s*[）)]$" % CN), {2}),        # （一） (一)
    (re.compile(r"^\d+\s*[.、．]$"), {3}),                    # 1. 1、 1．
    (re.compile(r"^[（(]\s*\d+\s*[）)]$"), {4}),              # （1） (1)
]
WS = " \t\u3000\u00a0\ufeff"


def level_ok(marker, level):
    if marker == "":
        return level in (0, 1, 2, 3, 4)
    if level == 0:
        return False
    for rx, lv in RULES:
        if rx.match(marker):
            return level in lv
    return False


def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    errors, pages, total = [], 0, {}
    for n in range(1, 100):
        nn = "%02d" % n
        tp, jp = os.path.join(HERE, nn + ".txt"), os.path.join(HERE, nn + ".json")
        if not os.path.exists(jp) and not os.path.exists(tp):
            continue
        pages += 1
        if not (os.path.exists(jp) and os.path.exists(tp)):
            errors.append("%s: txt/json pair incomplete" % nn)
            continue
        with open(tp, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for i, l in enumerate(lines, 1):
            if l.strip(WS) == "":
                errors.append("%s: blank line %d" % (nn, i))
        with open(jp, encoding="utf-8") as f:
            d = json.load(f)
        if d.get("kind") not in KINDS:
            errors.append("%s: bad kind %r" % (nn, d.get("kind")))
        src = d.get("source", "")
        if not src.startswith("http"):
            errors.append("%s: bad source %r" % (nn, src))
        if src in used:
            errors.append("%s: source already in used_urls.txt" % nn)
        prev = 0
        hs = d.get("headings", [])
        if not hs or hs[0].get("level") != 0:
            errors.append("%s: first label is not a level-0 title" % nn)
        for h in hs:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = "%s line %s" % (nn, ln)
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append("%s: line does not exist" % tag)
                continue
            if ln <= prev:
                errors.append("%s: line numbers not increasing" % tag)
            prev = ln
            if not tx:
                errors.append("%s: empty text" % tag)
            s = lines[ln - 1].lstrip(WS)
            if not s.startswith(mk):
                errors.append("%s: line does not start with marker %r" % (tag, mk))
            else:
                rest = s[len(mk):].lstrip(WS)
                if not rest.startswith(tx or "\x00"):
                    errors.append("%s: text %r not found after marker" % (tag, tx))
            if not level_ok(mk, lv):
                errors.append("%s: level %r disagrees with marker %r" % (tag, lv, mk))
            total[lv] = total.get(lv, 0) + 1
    if pages == 0:
        errors.append("no pages found")
    for e in errors:
        print("  " + e)
    print("pages: %d  labels per level: %s" % (pages, dict(sorted(total.items()))))
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
