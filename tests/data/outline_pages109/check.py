#!/usr/bin/env python3
"""Check the hand labels in this folder (stdlib only): python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'

def marker_level(m):
    """Level implied by a marker; None for the empty marker (any level allowed)."""
    if m == '':
        return None
    s = m.replace(' ', '')
    if re.fullmatch(r'第[%s]+(部分|章)' % CN, s):
        return 1
    if re.fullmatch(r'[%s]+[、.．]' % CN, s):
        return 1
    if re.fullmatch(r'[（(][%s]+[)）]' % CN, s):
        return 2
    if re.fullmatch(r'\d+[.、．]', s):
        return 3
    if re.fullmatch(r'[（(]\d+[)）]', s):
        return 4
    return -1  # unknown marker

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    errors, pages, counts = [], 0, {}
    names = sorted(f for f in os.listdir(HERE) if re.fullmatch(r'\d\d\.json', f))
    if not names:
        errors.append('no NN.json files found')
    for name in names:
        nn = name[:2]
        pages += 1
        txt = os.path.join(HERE, nn + '.txt')
        if not os.path.exists(txt):
            errors.append(f'{nn}: {nn}.txt missing')
            continue
        lines = open(txt, encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        if any(l.strip() == '' for l in lines):
            errors.append(f'{nn}: blank line in {nn}.txt')
        try:
            data = json.load(open(os.path.join(HERE, name), encoding='utf-8'))
        except Exception as e:
            errors.append(f'{nn}: bad JSON ({e})')
            continue
        src = data.get('source', '')
        if not src.startswith('http'):
            errors.append(f'{nn}: source is not a URL')
        if src in used:
            errors.append(f'{nn}: source is in used_urls.txt: {src}')
        if data.get('kind') not in KINDS:
            errors.append(f'{nn}: invalid kind {data.get("kind")!r}')
        heads = data.get('headings', [])
        if not any(h.get('level') == 0 for h in heads):
            errors.append(f'{nn}: no level-0 title')
        prev = 0
        for h in heads:
            ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = f'{nn} line {ln}'
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f'{tag}: line does not exist')
                continue
            if ln <= prev:
                errors.append(f'{tag}: line numbers do not increase')
            prev = ln
            if not isinstance(lv, int) or not (0 <= lv <= 4):
                errors.append(f'{tag}: bad level {lv!r}')
            if not isinstance(mk, str) or not isinstance(tx, str) or not tx:
                errors.append(f'{tag}: marker/text missing')
                continue
            body = lines[ln - 1].lstrip(' \u3000\t')
            if not body.startswith(mk + tx):
                errors.append(f'{tag}: line does not start with marker+text: {body[:40]!r}')
            if tx != tx.strip() or tx[-1] in '。；：;:':
                errors.append(f'{tag}: text has stray spaces or a final stop')
            ml = marker_level(mk)
            if ml == -1:
                errors.append(f'{tag}: unknown marker {mk!r}')
            elif ml is not None and ml != lv:
                errors.append(f'{tag}: level {lv} disagrees with marker {mk!r} (level {ml})')
            if lv == 0 and mk:
                errors.append(f'{tag}: a level-0 title must have an empty marker')
            counts[lv] = counts.get(lv, 0) + 1
    total = sum(counts.values())
    print('pages:', pages, '| labels per level:',
          ', '.join(f'L{k}={counts[k]}' for k in sorted(counts)), '| all:', total)
    if errors:
        for e in errors:
            print('  ' + e)
        print('FAIL')
        sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
