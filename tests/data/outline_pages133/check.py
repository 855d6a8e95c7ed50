#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'
RULES = [  # (regex for marker, level)
    (re.compile(r'^[%s]+\s*、$' % CN), 1),
    (re.compile(r'^第[%s]+(部分|章)$' % CN), 1),
    (re.compile(r'^[（(][%s]+[）)]$' % CN), 2),
    (re.compile(r'^[㈠-㈩]$'), 2),
    (re.compile(r'^\d+[.、．]$'), 3),
    (re.compile(r'^[（(]\d+[）)]$'), 4),
]

def marker_level(m):
    for rx, lv in RULES:
        if rx.match(m):
            return lv
    return None

def norm(u):
    return re.sub(r'^https?://(www\.)?', '', u.strip()).rstrip('/')

used = set()
if os.path.exists(USED):
    used = {norm(l) for l in open(USED, encoding='utf-8') if l.strip()}

errors = []
names = sorted(f[:-4] for f in os.listdir(HERE) if re.fullmatch(r'\d\d\.txt', f))
if not names:
    errors.append('no NN.txt files')
for nn in names:
    tp, jp = os.path.join(HERE, nn + '.txt'), os.path.join(HERE, nn + '.json')
    if not os.path.exists(jp):
        errors.append(f'{nn}: missing {nn}.json'); continue
    try:
        lines = open(tp, encoding='utf-8').read().split('\n')
    except UnicodeDecodeError:
        errors.append(f'{nn}.txt: not UTF-8'); continue
    if lines and lines[-1] == '':
        lines.pop()
    for i, l in enumerate(lines, 1):
        if not l.strip():
            errors.append(f'{nn}.txt:{i}: blank line')
    d = json.load(open(jp, encoding='utf-8'))
    if d.get('kind') not in KINDS:
        errors.append(f'{nn}: bad kind {d.get("kind")!r}')
    src = d.get('source', '')
    if not src.startswith('http'):
        errors.append(f'{nn}: bad source {src!r}')
    if norm(src) in used:
        errors.append(f'{nn}: source already in used_urls.txt: {src}')
    prev = 0
    hs = d.get('headings', [])
    if not any(h.get('level') == 0 for h in hs):
        errors.append(f'{nn}: no level-0 title')
    for h in hs:
        ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
        where = f'{nn}.json line {ln}'
        if not isinstance(ln, int) or not 1 <= ln <= len(lines):
            errors.append(f'{where}: line does not exist'); continue
        if ln <= prev:
            errors.append(f'{where}: line numbers do not increase')
        prev = ln
        if not tx or tx != tx.strip():
            errors.append(f'{where}: empty text or text with outer spaces')
        body = lines[ln - 1].lstrip()
        if not body.startswith(mk):
            errors.append(f'{where}: line does not start with marker {mk!r}')
        elif not body[len(mk):].lstrip().startswith(tx):
            errors.append(f'{where}: text {tx!r} not found right after marker')
        if lv == 0:
            if mk != '' or lines[ln - 1].strip() != tx:
                errors.append(f'{where}: level-0 title must be the whole line, no marker')
        elif mk:
            want = marker_level(mk)
            if want is None:
                errors.append(f'{where}: unknown marker {mk!r}')
            elif want != lv:
                errors.append(f'{where}: marker {mk!r} implies level {want}, label says {lv}')
        elif lv not in (1, 2, 3, 4):
            errors.append(f'{where}: bad level {lv!r}')
        if tx and tx[-1] in '。；：;:':
            errors.append(f'{where}: text ends with {tx[-1]!r}')

if errors:
    print('FAIL')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
n = sum(len(json.load(open(os.path.join(HERE, nn + '.json'), encoding='utf-8'))['headings']) for nn in names)
print(f'PASS ({len(names)} pages, {n} labels)')
