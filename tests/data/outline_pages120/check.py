#!/usr/bin/env python3
"""Check the labels of set120 (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"


def level_of(marker):
    """Level implied by a marker; None for an unmarked heading, '?' if unknown."""
    m = marker.strip()
    if m == "":
        return None
    if re.fullmatch(r"第[%s]+(部分|章)" % CN, m):
        return 1
    if re.fullmatch(r"[%s]+\s*[、.．]" % CN, m):
        return 1
    if re.fullmatch(r"[（(]\s*[%s]+\s*[）)]" % CN, m):
        return 2
    if re.fullmatch(r"\d+\s*[.、．]", m):
        return 3
    if re.fullmatch(r"[（(]\s*\d+\s*[）)]", m):
        return 4
    return "?"


def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    fails, total, seen = 0, {}, set()
    names = sorted(n for n in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", n))
    for name in names:
        nn, errs = name[:2], []
        try:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                lab = json.load(f)
            with open(os.path.join(HERE, nn + ".txt"), encoding="utf-8") as f:
                lines = f.read().split("\n")
        except Exception as e:  # unreadable file counts as a failure
            print("FAIL", nn, "cannot read:", e)
            fails += 1
            continue
        if lines and lines[-1] == "":
            lines.pop()
        if any(l.strip() == "" for l in lines):
            errs.append("blank line in txt")
        if lab.get("kind") not in KINDS:
            errs.append("bad kind %r" % lab.get("kind"))
        src = lab.get("source", "")
        if not src.startswith("http"):
            errs.append("bad source")
        if src in used:
            errs.append("source already in used_urls.txt")
        if src in seen:
            errs.append("source used twice in this set")
        seen.add(src)
        prev = 0
        for h in lab.get("headings", []):
            ln, lv, mk, tx = h["line"], h["level"], h["marker"], h["text"]
            total[lv] = total.get(lv, 0) + 1
            if not (1 <= ln <= len(lines)):
                errs.append("line %d does not exist" % ln)
                continue
            if ln <= prev:
                errs.append("line %d not increasing" % ln)
            prev = ln
            body = lines[ln - 1].lstrip(" \u3000\t")
            if not body.startswith(mk + tx):
                errs.append("line %d does not start with marker+text: %r" % (ln, mk + tx))
            want = level_of(mk)
            if lv == 0:
                if mk != "":
                    errs.append("line %d: title with marker" % ln)
            elif want == "?":
                errs.append("line %d: unknown marker %r" % (ln, mk))
            elif want is not None and want != lv:
                errs.append("line %d: level %d disagrees with marker %r" % (ln, lv, mk))
            if tx != tx.strip() or tx == "":
                errs.append("line %d: text empty or padded" % ln)
        if errs:
            fails += 1
            print("FAIL", nn)
            for e in errs:
                print("   ", e)
        else:
            print("PASS", nn, "(%d headings)" % len(lab.get("headings", [])))
    print("totals per level:", dict(sorted(total.items())), "pages:", len(names))
    if fails or not names:
        print("FAIL: %d page(s)" % fails)
        sys.exit(1)
    print("PASS: all %d pages" % len(names))


if __name__ == "__main__":
    main()
