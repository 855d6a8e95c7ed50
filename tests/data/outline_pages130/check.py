#!/usr/bin/env python3
"""Self-check for label set130 (stdlib only).  Run:  python3 check.py

For every NN.json next to this file it checks:
  * NN.txt exists, is UTF-8, has no blank lines;
  * kind is one of the allowed kinds;
  * source is an http(s) address, not in /work/briefs/used_urls.txt, and not repeated in this set;
  * every label's line exists; line numbers strictly increase;
  * the line starts (after leading spaces) with marker, then (after optional spaces) text;
    a label with marker "" at level 0 must be the whole line (stripped);
  * text is non-empty and does not end with 。；：;:
  * level agrees with the marker: 一、/第X部分/第X章 -> 1; （一）/(一) -> 2; 1. 1、 1． -> 3;
    （1）/(1) -> 4; "" -> 0..4 (title or un-numbered heading).
Prints PASS or FAIL (with reasons) and exits non-zero on failure.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'

MARKER_LEVEL = [
    (re.compile(r'^[' + CN + r']+\s*、$'), 1),
    (re.compile(r'^第[' + CN + r'0-9]+(部分|章)$'), 1),
    (re.compile(r'^[（(][' + CN + r']+[）)]$'), 2),
    (re.compile(r'^[0-9]+\s*[.、．]$'), 3),
    (re.compile(r'^[（(][0-9]+[）)]$'), 4),
]


def marker_level(marker):
    for rx, lv in MARKER_LEVEL:
        if rx.match(marker):
            return lv
    return None


def main():
    errors = []
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding='utf-8') as f:
            used = {l.strip() for l in f if l.strip()}
    else:
        errors.append('cannot read ' + USED)
    names = sorted(n for n in os.listdir(HERE) if re.match(r'^\d\d\.json$', n))
    if not names:
        errors.append('no NN.json files found')
    seen_sources = {}
    total = {}
    for name in names:
        nn = name[:2]
        try:
            with open(os.path.join(HERE, name), encoding='utf-8') as f:
                data = json.load(f)
        except Exception as e:  # noqa
            errors.append(f'{name}: cannot parse JSON: {e}')
            continue
        txt = os.path.join(HERE, nn + '.txt')
        try:
            with open(txt, encoding='utf-8') as f:
                lines = f.read().split('\n')
        except Exception as e:  # noqa
            errors.append(f'{nn}.txt: cannot read: {e}')
            continue
        if lines and lines[-1] == '':
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if l.strip() == '':
                errors.append(f'{nn}.txt line {i}: blank line')
        kind = data.get('kind')
        if kind not in KINDS:
            errors.append(f'{name}: invalid kind {kind!r}')
        src = data.get('source', '')
        if not re.match(r'^https?://', src):
            errors.append(f'{name}: source is not an http(s) address: {src!r}')
        if src in used:
            errors.append(f'{name}: source is in used_urls.txt: {src}')
        if src in seen_sources:
            errors.append(f'{name}: source repeats {seen_sources[src]}: {src}')
        seen_sources[src] = name
        prev = 0
        heads = data.get('headings', [])
        if not heads:
            errors.append(f'{name}: no headings')
        for h in heads:
            ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = f'{name} line {ln}'
            if not isinstance(ln, int) or not isinstance(lv, int) or not isinstance(mk, str) \
                    or not isinstance(tx, str):
                errors.append(f'{tag}: bad field types {h}')
                continue
            total[lv] = total.get(lv, 0) + 1
            if ln <= prev:
                errors.append(f'{tag}: line numbers do not increase ({prev} -> {ln})')
            prev = ln
            if not (1 <= ln <= len(lines)):
                errors.append(f'{tag}: line does not exist ({len(lines)} lines)')
                continue
            if not tx:
                errors.append(f'{tag}: empty text')
            elif tx[-1] in '。；：;:':
                errors.append(f'{tag}: text ends with punctuation {tx[-1]!r}')
            line = lines[ln - 1]
            s = line.lstrip()
            if not s.startswith(mk):
                errors.append(f'{tag}: line does not start with marker {mk!r}: {line[:40]!r}')
            elif not s[len(mk):].lstrip().startswith(tx):
                errors.append(f'{tag}: text not found after marker: {tx[:30]!r} vs {s[:40]!r}')
            if mk == '':
                if not (0 <= lv <= 4):
                    errors.append(f'{tag}: level {lv} out of range')
                if lv == 0 and line.strip() != tx:
                    errors.append(f'{tag}: level-0 title must be the whole line')
            else:
                want = marker_level(mk)
                if want is None:
                    errors.append(f'{tag}: unknown marker {mk!r}')
                elif want != lv:
                    errors.append(f'{tag}: level {lv} does not agree with marker {mk!r} (want {want})')
    if errors:
        print('FAIL')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('PASS: %d pages; headings per level: %s' % (
        len(names), ', '.join(f'L{k}={total[k]}' for k in sorted(total))))
    sys.exit(0)


if __name__ == '__main__':
    main()
