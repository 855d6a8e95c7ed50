#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'

def marker_level(m):
    """Level implied by a marker; None = unknown marker."""
    if m == '':
        return 'any'
    if re.fullmatch('[%s]+\\s*、' % CN, m):
        return 1
    if re.fullmatch('第[%s0-9]+[部分章]+' % CN, m) or re.fullmatch('第[%s0-9]+部分' % CN, m):
        return 1
    if re.fullmatch('[（(][%s]+[）)]' % CN, m):
        return 2
    if re.fullmatch(r'\d+\.\d+', m):          # decimal outline "1.1" (set110 convention, see README)
        return 2
    if re.fullmatch(r'\d+\s*[.、．]', m):
        return 3
    if re.fullmatch(r'[（(]\d+[）)]', m):
        return 4
    return None

def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding='utf-8') as f:
            used = {l.strip() for l in f if l.strip()}
    fails = []
    n_pages = 0
    totals = {}
    for name in sorted(os.listdir(HERE)):
        if not re.fullmatch(r'\d\d\.json', name):
            continue
        nn = name[:2]
        n_pages += 1
        txt = os.path.join(HERE, nn + '.txt')
        if not os.path.exists(txt):
            fails.append(f'{nn}: missing {nn}.txt'); continue
        with open(txt, encoding='utf-8') as f:
            raw = f.read()
        lines = raw.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        if any(l.strip() == '' for l in lines):
            fails.append(f'{nn}: blank line in txt')
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            d = json.load(f)
        if d.get('kind') not in KINDS:
            fails.append(f'{nn}: bad kind {d.get("kind")!r}')
        src = d.get('source', '')
        if not src.startswith('http'):
            fails.append(f'{nn}: bad source {src!r}')
        if src in used:
            fails.append(f'{nn}: source is in used_urls.txt: {src}')
        prev = 0
        hs = d.get('headings', [])
        if not any(h.get('level') == 0 for h in hs):
            fails.append(f'{nn}: no level-0 title')
        for h in hs:
            ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = f'{nn}:{ln}'
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                fails.append(f'{tag}: line does not exist'); continue
            if ln <= prev:
                fails.append(f'{tag}: line numbers do not increase')
            prev = ln
            totals[lv] = totals.get(lv, 0) + 1
            body = lines[ln - 1].lstrip(' \u3000\t')
            if not tx:
                fails.append(f'{tag}: empty text')
            if not body.startswith(mk + tx):
                fails.append(f'{tag}: line does not start with marker+text: {body[:40]!r}')
            if lv == 0:
                if mk != '':
                    fails.append(f'{tag}: title with a marker')
                if body.rstrip() != tx:
                    fails.append(f'{tag}: title text is not the whole line')
            else:
                ml = marker_level(mk)
                if ml is None:
                    fails.append(f'{tag}: unknown marker {mk!r}')
                elif ml != 'any' and ml != lv:
                    fails.append(f'{tag}: level {lv} does not agree with marker {mk!r} (level {ml})')
                if tx and tx[-1] in '。；：;:':
                    fails.append(f'{tag}: text ends with {tx[-1]}')
    if n_pages == 0:
        fails.append('no pages found')
    for f_ in fails:
        print('FAIL', f_)
    print('pages:', n_pages, ' totals per level:', dict(sorted(totals.items())))
    print('PASS' if not fails else 'FAIL')
    return 0 if not fails else 1

if __name__ == '__main__':
    sys.exit(main())
