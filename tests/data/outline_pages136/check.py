#!/usr/bin/env python3
"""Check the hand labels of set136 (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'

def marker_level(m):
    """Level implied by a marker; None for an empty marker (any level allowed)."""
    if m == '':
        return None
    if re.fullmatch(r'[%s]+\s*、' % CN, m):
        return 1
    if re.fullmatch(r'第[%s\d]+(部分|章)' % CN, m):
        return 1
    if re.fullmatch(r'[（(]\s*[%s]+\s*[)）]' % CN, m):
        return 2
    if re.fullmatch(r'\d+\s*[.、．]', m):
        return 3
    if re.fullmatch(r'[（(]\s*\d+\s*[)）]', m):
        return 4
    return 'bad'

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    errors = []
    names = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r'\d\d\.json', f))
    if not names:
        errors.append('no NN.json files found')
    totals = {}
    for nn in names:
        jp = os.path.join(HERE, nn + '.json')
        tp = os.path.join(HERE, nn + '.txt')
        if not os.path.exists(tp):
            errors.append(f'{nn}: missing {nn}.txt'); continue
        try:
            text = open(tp, encoding='utf-8').read()
        except UnicodeDecodeError:
            errors.append(f'{nn}: txt is not UTF-8'); continue
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip():
                errors.append(f'{nn}: blank line {i}')
        data = json.load(open(jp, encoding='utf-8'))
        src = data.get('source', '')
        if not src.startswith('http'):
            errors.append(f'{nn}: bad source {src!r}')
        if src in used:
            errors.append(f'{nn}: source already in used_urls.txt: {src}')
        if data.get('kind') not in KINDS:
            errors.append(f'{nn}: bad kind {data.get("kind")!r}')
        heads = data.get('headings', [])
        if not heads:
            errors.append(f'{nn}: no headings')
        prev = 0
        for h in heads:
            ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = f'{nn}: line {ln}'
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f'{tag}: line does not exist'); continue
            if ln <= prev:
                errors.append(f'{tag}: line numbers do not increase')
            prev = ln
            if lv not in (0, 1, 2, 3, 4):
                errors.append(f'{tag}: bad level {lv!r}')
            if not isinstance(mk, str) or not isinstance(tx, str) or not tx:
                errors.append(f'{tag}: marker/text missing'); continue
            if not lines[ln - 1].lstrip().startswith(mk + tx):
                errors.append(f'{tag}: line does not start with marker+text {mk + tx!r}')
            if tx != tx.strip():
                errors.append(f'{tag}: text has outer spaces')
            if tx[-1] in '。；：;:':
                errors.append(f'{tag}: text ends with {tx[-1]}')
            ml = marker_level(mk)
            if ml == 'bad':
                errors.append(f'{tag}: unknown marker {mk!r}')
            elif lv == 0 and mk != '':
                errors.append(f'{tag}: level 0 with a marker')
            elif ml is not None and ml != lv:
                errors.append(f'{tag}: level {lv} does not agree with marker {mk!r} (level {ml})')
            totals[lv] = totals.get(lv, 0) + 1
    print(f'pages: {len(names)}  headings per level: ' +
          ', '.join(f'L{k}={totals[k]}' for k in sorted(totals)))
    if errors:
        for e in errors:
            print('  ' + e)
        print('FAIL')
        sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
