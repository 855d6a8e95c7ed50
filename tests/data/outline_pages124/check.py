#!/usr/bin/env python3
"""Check set124 labels: python3 check.py  (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零'
RULES = [
    (re.compile(r'^第[' + CN + r'\d]+[部分章]$'), 1),
    (re.compile(r'^[' + CN + r']+\s*[、，,．.]$'), 1),
    (re.compile(r'^[（(][' + CN + r']+[）)]$'), 2),
    (re.compile(r'^\d+\s*[.、．]$'), 3),
    (re.compile(r'^[（(]\d+[）)]$'), 4),
]

def marker_level(m):
    if m == '':
        return None
    for rx, lev in RULES:
        if rx.match(m):
            return lev
    return -1

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    errors, counts, pages = [], {}, 0
    for nn in ['%02d' % i for i in range(1, 16)]:
        jp, tp = os.path.join(HERE, nn + '.json'), os.path.join(HERE, nn + '.txt')
        if not os.path.exists(jp) and not os.path.exists(tp):
            continue
        if not (os.path.exists(jp) and os.path.exists(tp)):
            errors.append(nn + ': txt/json pair incomplete'); continue
        pages += 1
        lines = open(tp, encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        for i, l in enumerate(lines, 1):
            if not l.strip():
                errors.append('%s: blank line %d' % (nn, i))
        d = json.load(open(jp, encoding='utf-8'))
        if d.get('kind') not in KINDS:
            errors.append('%s: bad kind %r' % (nn, d.get('kind')))
        src = d.get('source', '')
        if not src.startswith('http'):
            errors.append('%s: bad source' % nn)
        if src in used:
            errors.append('%s: source already in used_urls.txt' % nn)
        prev = 0
        hs = d.get('headings', [])
        if not hs or hs[0].get('level') != 0:
            errors.append('%s: first label is not a level-0 title' % nn)
        for h in hs:
            ln, lev, m, t = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = '%s line %s' % (nn, ln)
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(tag + ': line does not exist'); continue
            if ln <= prev:
                errors.append(tag + ': line numbers not increasing')
            prev = ln
            if not t:
                errors.append(tag + ': empty text')
            if not lines[ln - 1].lstrip().startswith(m + t):
                errors.append(tag + ': line does not start with marker+text')
            if t and t[-1] in '。；：;:':
                errors.append(tag + ': text ends with punctuation')
            ml = marker_level(m)
            if ml == -1:
                errors.append(tag + ': unknown marker %r' % m)
            elif ml is not None and ml != lev:
                errors.append(tag + ': level %s disagrees with marker %r' % (lev, m))
            if lev == 0 and m != '':
                errors.append(tag + ': title with a marker')
            if not isinstance(lev, int) or not 0 <= lev <= 4:
                errors.append(tag + ': bad level')
            counts[lev] = counts.get(lev, 0) + 1
    print('pages:', pages, ' labels per level:', dict(sorted(counts.items())))
    if errors:
        for e in errors:
            print('FAIL', e)
        print('FAIL')
        sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
