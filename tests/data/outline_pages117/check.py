#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百'
MARKER_LEVEL = [
    (re.compile(r'^[%s]+\s*、$' % CN), 1),
    (re.compile(r'^第[%s]+(部分|章)$' % CN), 1),
    (re.compile(r'^[（(][%s]+[）)]$' % CN), 2),
    (re.compile(r'^\d+\s*[.、．]$'), 3),
    (re.compile(r'^[（(]\d+[）)]$'), 4),
]
CHUNK = re.compile(r'^\d+、')   # doc-sharing chunk number in front of a title line

def marker_level(m):
    for rx, lev in MARKER_LEVEL:
        if rx.match(m):
            return lev
    return None

used = set()
if os.path.exists(USED):
    used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}

errors, notes, total = [], [], {}
pages = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r'\d\d\.json', f))
for nn in pages:
    try:
        d = json.load(open(os.path.join(HERE, nn + '.json'), encoding='utf-8'))
    except Exception as e:
        errors.append(f'{nn}: bad json: {e}'); continue
    txt_path = os.path.join(HERE, nn + '.txt')
    if not os.path.exists(txt_path):
        errors.append(f'{nn}: missing {nn}.txt'); continue
    raw = open(txt_path, encoding='utf-8').read()
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if not l.strip():
            errors.append(f'{nn}: blank line {i}')
    if d.get('kind') not in KINDS:
        errors.append(f'{nn}: bad kind {d.get("kind")!r}')
    src = d.get('source', '')
    if not src.startswith('http'):
        errors.append(f'{nn}: bad source {src!r}')
    if src in used:
        errors.append(f'{nn}: source already in used_urls.txt: {src}')
    prev = 0
    for h in d.get('headings', []):
        ln, lev, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
        tag = f'{nn}:{ln}'
        if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
            errors.append(f'{tag}: line does not exist'); continue
        if ln <= prev:
            errors.append(f'{tag}: line numbers not increasing')
        prev = ln
        if lev not in (0, 1, 2, 3, 4):
            errors.append(f'{tag}: bad level {lev}')
        total[lev] = total.get(lev, 0) + 1
        body = lines[ln - 1].lstrip()
        if not body.startswith(mk + tx):
            m = CHUNK.match(body)
            if lev == 0 and mk == '' and m and body[m.end():].startswith(tx):
                notes.append(f'{tag}: title behind doc-site chunk number {m.group(0)!r}')
            else:
                errors.append(f'{tag}: line does not start with marker+text: {body[:40]!r}')
        if lev == 0:
            if mk:
                errors.append(f'{tag}: level 0 with marker {mk!r}')
        elif mk:
            ml = marker_level(mk)
            if ml is None:
                errors.append(f'{tag}: unknown marker {mk!r}')
            elif ml != lev:
                errors.append(f'{tag}: marker {mk!r} means level {ml}, labelled {lev}')
        if tx and tx[-1] in '。；：;:':
            errors.append(f'{tag}: text ends with punctuation')

print(f'pages: {len(pages)}  headings per level: ' +
      ', '.join(f'L{k}={total[k]}' for k in sorted(total)) + f'  total={sum(total.values())}')
for n in notes:
    print('note:', n)
for e in errors:
    print('FAIL:', e)
print('PASS' if not errors else 'FAIL')
sys.exit(1 if errors else 0)
