#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'
MARKER_LEVEL = [
    (re.compile(r'^[%s]+\s*、$' % CN), 1),
    (re.compile(r'^第[%s\d]+(部分|章)$' % CN), 1),
    (re.compile(r'^[（(][%s]+[）)]$' % CN), 2),
    (re.compile(r'^\d+\s*[.、．]$'), 3),
    (re.compile(r'^[（(]\d+[）)]$'), 4),
]

def marker_level(m):
    for rx, lv in MARKER_LEVEL:
        if rx.match(m):
            return lv
    return None

used = set()
if os.path.exists(USED):
    used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}

errors, nlabels, npages = [], 0, 0
totals = {}
for fn in sorted(os.listdir(HERE)):
    if not re.match(r'^\d\d\.json$', fn):
        continue
    nn = fn[:2]
    npages += 1
    txt = os.path.join(HERE, nn + '.txt')
    if not os.path.exists(txt):
        errors.append(f'{nn}: missing {nn}.txt'); continue
    raw = open(txt, encoding='utf-8').read()
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if not l.strip():
            errors.append(f'{nn}.txt line {i}: blank line')
    try:
        d = json.load(open(os.path.join(HERE, fn), encoding='utf-8'))
    except Exception as e:
        errors.append(f'{fn}: bad JSON ({e})'); continue
    src = d.get('source', '')
    if not src.startswith('http'):
        errors.append(f'{fn}: source missing or not a URL')
    if src in used:
        errors.append(f'{fn}: source is in used_urls.txt: {src}')
    if d.get('kind') not in KINDS:
        errors.append(f'{fn}: invalid kind {d.get("kind")!r}')
    heads = d.get('headings', [])
    if not any(h.get('level') == 0 for h in heads):
        errors.append(f'{fn}: no level-0 title')
    if not any(h.get('level', 0) >= 1 for h in heads):
        errors.append(f'{fn}: no heading below the title')
    prev = 0
    for h in heads:
        nlabels += 1
        ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
        tag = f'{fn} line {ln}'
        if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
            errors.append(f'{tag}: line does not exist'); continue
        if ln <= prev:
            errors.append(f'{tag}: line numbers do not increase')
        prev = ln
        if not isinstance(tx, str) or not tx:
            errors.append(f'{tag}: empty text'); continue
        if tx != tx.strip() or tx[-1] in '。；：;:':
            errors.append(f'{tag}: text has edge spaces or a final 。；：')
        body = lines[ln - 1].lstrip()
        if not body.startswith(mk):
            errors.append(f'{tag}: line does not start with marker {mk!r}')
        elif not body[len(mk):].lstrip().startswith(tx):
            errors.append(f'{tag}: text {tx!r} does not follow the marker')
        if lv == 0:
            if mk != '':
                errors.append(f'{tag}: level 0 with a marker')
            elif lines[ln - 1].strip() != tx:
                errors.append(f'{tag}: title text is not the whole line')
        elif mk == '':
            if lv not in (1, 2, 3, 4):
                errors.append(f'{tag}: bad level {lv}')
        else:
            want = marker_level(mk)
            if want is None:
                errors.append(f'{tag}: unknown marker {mk!r}')
            elif want != lv:
                errors.append(f'{tag}: marker {mk!r} means level {want}, label says {lv}')
        totals[lv] = totals.get(lv, 0) + 1

print(f'pages: {npages}  labels: {nlabels}  per level: ' +
      ', '.join(f'L{k}={v}' for k, v in sorted(totals.items())))
if errors:
    for e in errors:
        print('  ' + e)
    print('FAIL'); sys.exit(1)
print('PASS')
