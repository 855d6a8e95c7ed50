#!/usr/bin/env python3
"""Check NN.txt / NN.json label pairs in this folder (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/work/briefs/used_urls.txt"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"

def marker_level(m):
    m = m.strip()
    if m == "":
        return None
    if re.fullmatch(r"第[%s\d]+(部分|章)" % CN, m):
        return 1
    if re.fullmatch(r"[%s]+\s*、" % CN, m):
        return 1
    if re.fullmatch(r"[（(]\s*[%s]+\s*[)）]" % CN, m):
        return 2
    if re.fullmatch(r"\d+\s*[.、．]", m):
        return 3
    if re.fullmatch(r"[（(]\s*\d+\s*[)）]", m):
        return 4
    return -1

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    fails = 0
    pages = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    if not pages:
        print("FAIL: no NN.json files"); sys.exit(1)
    for nn in pages:
        errs = []
        try:
            with open(os.path.join(HERE, nn + ".json"), encoding="utf-8") as f:
                lab = json.load(f)
            with open(os.path.join(HERE, nn + ".txt"), encoding="utf-8") as f:
                lines = f.read().split("\n")
            if lines and lines[-1] == "":
                lines = lines[:-1]
        except Exception as e:
            print("FAIL %s: cannot read: %s" % (nn, e)); fails += 1; continue
        if any(l.strip() == "" for l in lines):
            errs.append("blank line in txt")
        if lab.get("kind") not in KINDS:
            errs.append("bad kind %r" % lab.get("kind"))
        src = lab.get("source", "")
        if not src.startswith("http"):
            errs.append("bad source")
        if src in used:
            errs.append("source is in used_urls.txt")
        prev = 0
        heads = lab.get("headings", [])
        if not any(h.get("level") == 0 for h in heads):
            errs.append("no level-0 title")
        for h in heads:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errs.append("line %r does not exist" % ln); continue
            if ln <= prev:
                errs.append("line %d not increasing" % ln)
            prev = ln
            body = lines[ln - 1].lstrip(" \u3000\t")
            rest = body[len(mk):] if body.startswith(mk) else None
            if rest is not None and lv != 0:
                rest = rest.lstrip(" \u3000")  # a space may follow the marker ("2. 加强")
            if rest is None or not rest.startswith(tx):
                errs.append("line %d does not start with marker+text: %r" % (ln, (mk + tx)[:40]))
            if not tx or tx != tx.strip() or tx[-1] in "。；：;:":
                errs.append("line %d: text empty/padded/ends with punctuation" % ln)
            ml = marker_level(mk)
            if ml == -1:
                errs.append("line %d: unknown marker %r" % (ln, mk))
            elif ml is None:
                if lv not in (0, 1, 2, 3, 4):
                    errs.append("line %d: bad level %r" % (ln, lv))
            elif ml != lv:
                errs.append("line %d: level %r but marker %r means %d" % (ln, lv, mk, ml))
            if lv == 0 and mk != "":
                errs.append("line %d: title with marker" % ln)
        if errs:
            fails += 1
            for e in errs:
                print("FAIL %s: %s" % (nn, e))
        else:
            print("ok   %s (%d headings)" % (nn, len(heads)))
    print("PASS" if fails == 0 else "FAIL (%d pages)" % fails)
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
