#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice',
         'speech', 'government-work-report', 'other'}
CN = '〇零一二三四五六七八九十百'

def marker_level(m):
    s = m.replace(' ', '')
    if s == '':
        return None                      # un-numbered: any level
    if re.fullmatch('第[%s]+(部分|章)' % CN, s):
        return 1
    if re.fullmatch('[%s]+、' % CN, s):
        return 1
    if re.fullmatch('[（(][%s]+[）)]' % CN, s):
        return 2
    if re.fullmatch(r'\d+[.、．]', s):
        return 3
    if re.fullmatch(r'[（(]\d+[）)]', s):
        return 4
    return 'bad'

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    fails = 0
    names = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r'\d\d\.json', f))
    if not names:
        print('FAIL: no NN.json files'); return 1
    for nn in names:
        errs = []
        txt = os.path.join(HERE, nn + '.txt')
        if not os.path.exists(txt):
            errs.append('missing %s.txt' % nn); lines = []
        else:
            lines = open(txt, encoding='utf-8').read().split('\n')
            if lines and lines[-1] == '':
                lines = lines[:-1]
            if any(l.strip() == '' for l in lines):
                errs.append('blank line in txt')
        d = json.load(open(os.path.join(HERE, nn + '.json'), encoding='utf-8'))
        if d.get('kind') not in KINDS:
            errs.append('bad kind %r' % d.get('kind'))
        src = d.get('source', '')
        if not src.startswith('http'):
            errs.append('bad source')
        if src in used:
            errs.append('source is in used_urls.txt')
        prev = 0
        for h in d.get('headings', []):
            ln, lv, mk, tx = h['line'], h['level'], h['marker'], h['text']
            if not (1 <= ln <= len(lines)):
                errs.append('line %d out of range' % ln); continue
            if ln <= prev:
                errs.append('line %d not increasing' % ln)
            prev = ln
            if not lines[ln - 1].lstrip().startswith(mk + tx):
                errs.append('line %d does not start with marker+text' % ln)
            ml = marker_level(mk)
            if ml == 'bad':
                errs.append('line %d unknown marker %r' % (ln, mk))
            elif ml is not None and ml != lv:
                errs.append('line %d level %d disagrees with marker %r' % (ln, lv, mk))
            if mk == '' and lv not in (0, 1, 2, 3, 4):
                errs.append('line %d bad level' % ln)
            if tx != tx.strip() or tx == '' or tx[-1] in '。；：':
                errs.append('line %d text has bad ends' % ln)
        if errs:
            fails += 1
            print('FAIL %s: %s' % (nn, '; '.join(errs)))
        else:
            print('ok   %s (%d headings)' % (nn, len(d.get('headings', []))))
    print('PASS' if not fails else 'FAIL')
    return 1 if fails else 0

if __name__ == '__main__':
    sys.exit(main())
