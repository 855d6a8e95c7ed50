#!/usr/bin/env python3
"""Validate NN.txt / NN.json label pairs in this folder (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/nonexistent"
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = "一二三四五六七八九十百零〇"
RULES = [
    (re.compile(r"^[%s]+\s*、$" % CN), 1),
    (re.compile(r"^第[%s0-9]+(部分|章)$" % CN), 1),
    (re.compile(r"^[（(][%s]+[）)]$" % CN), 2),
    (re.compile(r"^[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]$"), 2),
    (re.compile(r"^[%s]+[）)]$" % CN), 2),      # 一) with its opening bracket lost
    (re.compile(r"^第[%s]+[,，、]$" % CN), 1),  # 第一, / 第一、
    (re.compile(r"^[0-9]+\s*[.、．]$"), 3),
    (re.compile(r"^[⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛]$"), 3),
    (re.compile(r"^[（(][0-9]+[）)]$"), 4),
    (re.compile(r"^[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽]$"), 4),
]

def marker_level(m):
    for rx, lv in RULES:
        if rx.match(m):
            return lv
    return None

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding="utf-8") as f:
            used = {l.strip() for l in f if l.strip()}
    errors, pages, totals = [], 0, {}
    names = sorted(n for n in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", n))
    if not names:
        errors.append("no NN.json files")
    for name in names:
        nn = name[:2]
        txt = os.path.join(HERE, nn + ".txt")
        if not os.path.exists(txt):
            errors.append(f"{nn}: missing {nn}.txt"); continue
        with open(txt, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip():
                errors.append(f"{nn}: blank line {i}")
        try:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:
            errors.append(f"{nn}: bad json: {e}"); continue
        pages += 1
        if data.get("kind") not in KINDS:
            errors.append(f"{nn}: invalid kind {data.get('kind')!r}")
        src = data.get("source", "")
        if not src.startswith("http"):
            errors.append(f"{nn}: bad source {src!r}")
        if src in used:
            errors.append(f"{nn}: source already in used_urls.txt: {src}")
        prev = 0
        hs = data.get("headings", [])
        if not hs:
            errors.append(f"{nn}: no headings")
        for h in hs:
            ln, lv, mk, tx = h.get("line"), h.get("level"), h.get("marker"), h.get("text")
            tag = f"{nn} line {ln}"
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f"{tag}: line does not exist"); continue
            if ln <= prev:
                errors.append(f"{tag}: line numbers not increasing")
            prev = ln
            if not isinstance(tx, str) or not tx:
                errors.append(f"{tag}: empty text")
                continue
            body = lines[ln - 1].lstrip(" \t\u3000")
            if lv == 0 and not mk:
                body = re.sub(r"^[0-9]{1,2}[、.．]\s*", "", body) if not body.startswith(tx) else body  # a chunk number
            if not (body.startswith(mk) and body[len(mk):].lstrip(" \t\u3000").startswith(tx)):
                errors.append(f"{tag}: line does not start with marker+text: {body[:40]!r}")
            if lv == 0:
                if mk != "":
                    errors.append(f"{tag}: level 0 must have empty marker")
            elif mk == "":
                if lv not in (1, 2, 3, 4):
                    errors.append(f"{tag}: bad level {lv}")
            else:
                want = marker_level(mk)
                if want is None:
                    errors.append(f"{tag}: unknown marker {mk!r}")
                elif want != lv:
                    errors.append(f"{tag}: level {lv} disagrees with marker {mk!r} (expects {want})")
            totals[lv] = totals.get(lv, 0) + 1
    print(f"pages: {pages}; headings per level: " +
          ", ".join(f"L{k}={totals[k]}" for k in sorted(totals)))
    if errors:
        for e in errors:
            print("  " + e)
        print("FAIL"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
