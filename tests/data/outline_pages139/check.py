#!/usr/bin/env python3
"""Check the labels of set139 (stdlib only). Run: python3 check.py"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice',
         'speech', 'government-work-report', 'other'}
CN = '一二三四五六七八九十百'
RULES = [  # (regex for the marker, level it implies)
    (re.compile(r'^第[%s]+(部分|章)$' % CN), 1),
    (re.compile(r'^[%s]+ ?、$' % CN), 1),
    (re.compile(r'^[（(][%s]+[）)]$' % CN), 2),
    (re.compile(r'^\d+[.、．]$'), 3),
    (re.compile(r'^[（(]\d+[）)]$'), 4),
]
SPACES = ' \t\u3000\u00a0'

def marker_level(m):
    for rx, lvl in RULES:
        if rx.match(m):
            return lvl
    return None

def main():
    errors = []
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    seen_src = {}
    jsons = sorted(glob.glob(os.path.join(HERE, '[0-9][0-9].json')))
    if not jsons:
        errors.append('no NN.json files found')
    for jp in jsons:
        nn = os.path.basename(jp)[:2]
        tp = jp[:-5] + '.txt'
        if not os.path.exists(tp):
            errors.append(f'{nn}: {nn}.txt missing'); continue
        raw = open(tp, encoding='utf-8').read()
        lines = raw.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip(SPACES):
                errors.append(f'{nn}: line {i} is blank')
        try:
            d = json.load(open(jp, encoding='utf-8'))
        except Exception as e:
            errors.append(f'{nn}: bad JSON: {e}'); continue
        src = d.get('source', '')
        if not src.startswith('http'):
            errors.append(f'{nn}: source missing or not a URL')
        if src in used:
            errors.append(f'{nn}: source is in used_urls.txt: {src}')
        if src in seen_src:
            errors.append(f'{nn}: same source as {seen_src[src]}')
        seen_src[src] = nn
        if d.get('kind') not in KINDS:
            errors.append(f'{nn}: invalid kind {d.get("kind")!r}')
        heads = d.get('headings')
        if not isinstance(heads, list) or not heads:
            errors.append(f'{nn}: no headings'); continue
        prev = 0
        for h in heads:
            ln, lvl, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = f'{nn}: line {ln}'
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f'{tag}: line does not exist'); continue
            if ln <= prev:
                errors.append(f'{tag}: line numbers do not increase')
            prev = ln
            if not isinstance(mk, str) or not isinstance(tx, str) or not tx:
                errors.append(f'{tag}: marker/text missing'); continue
            body = lines[ln - 1].lstrip(SPACES)
            if not body.startswith(mk + tx):
                errors.append(f'{tag}: line does not start with marker+text: {lines[ln-1][:40]!r}')
            if tx != tx.strip(SPACES) or tx[-1] in '。；：;:':
                errors.append(f'{tag}: text has edge spaces or final punctuation')
            if not isinstance(lvl, int) or not (0 <= lvl <= 4):
                errors.append(f'{tag}: bad level {lvl!r}'); continue
            if lvl == 0:
                if mk != '':
                    errors.append(f'{tag}: level 0 with a marker')
                if body.rstrip(SPACES) != tx:
                    errors.append(f'{tag}: level-0 text is not the whole line')
            elif mk == '':
                pass  # un-numbered heading: level from position, not checkable
            else:
                ml = marker_level(mk)
                if ml is None:
                    errors.append(f'{tag}: unknown marker {mk!r}')
                elif ml != lvl:
                    errors.append(f'{tag}: marker {mk!r} implies level {ml}, got {lvl}')
    for e in errors:
        print('  ' + e)
    print(f'{"FAIL" if errors else "PASS"}: {len(jsons)} pages, {len(errors)} problem(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
