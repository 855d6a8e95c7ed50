#!/usr/bin/env python3
"""Check NN.txt / NN.json label pairs in this folder (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {"annual", "half-year", "rule-of-law", "summary-plan", "notice", "speech",
         "government-work-report", "other"}
CN = '一二三四五六七八九十百零〇'

def marker_level(m):
    s = m.replace(' ', '').replace('\u3000', '')
    if s == '':
        return None
    if re.fullmatch('[%s]+、' % CN, s):
        return 1
    if re.fullmatch('第[%s]+(部分|章)' % CN, s):
        return 1
    if re.fullmatch('[（(][%s]+[）)]' % CN, s):
        return 2
    if re.fullmatch(r'[0-9０-９]+[.、．]', s):
        return 3
    if re.fullmatch(r'[（(][0-9０-９]+[）)]', s):
        return 4
    return 'unknown'

def main():
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    fails = 0
    names = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r'\d\d\.json', f))
    total = {}
    for n in names:
        errs = []
        lines = open(os.path.join(HERE, n + '.txt'), encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        if any(l.strip() == '' for l in lines):
            errs.append('blank line in txt')
        d = json.load(open(os.path.join(HERE, n + '.json'), encoding='utf-8'))
        if d.get('kind') not in KINDS:
            errs.append('bad kind %r' % d.get('kind'))
        if d.get('source', '') in used:
            errs.append('source already in used_urls.txt')
        if not d.get('source', '').startswith('http'):
            errs.append('bad source')
        prev = 0
        for h in d['headings']:
            ln, lv, mk, tx = h['line'], h['level'], h['marker'], h['text']
            total[lv] = total.get(lv, 0) + 1
            if not isinstance(ln, int) or ln < 1 or ln > len(lines):
                errs.append('line %r out of range' % ln); continue
            if ln <= prev:
                errs.append('line %d not increasing' % ln)
            prev = ln
            body = lines[ln - 1].lstrip(' \u3000\t')
            if not body.startswith(mk):
                errs.append('line %d does not start with marker %r' % (ln, mk))
            else:
                rest = body[len(mk):].lstrip(' \u3000')
                if not rest.startswith(tx) or not tx:
                    errs.append('line %d text mismatch: %r' % (ln, tx))
            ml = marker_level(mk)
            if ml is None:
                if lv == 0 and body.rstrip(" \u3000\t") != tx:
                    errs.append('line %d title is not the whole line' % ln)
            elif ml == 'unknown':
                errs.append('line %d unknown marker %r' % (ln, mk))
            elif ml != lv:
                errs.append('line %d level %d disagrees with marker %r' % (ln, lv, mk))
        print(('PASS ' if not errs else 'FAIL ') + n)
        for e in errs:
            print('   ', e)
        fails += bool(errs)
    print('levels:', dict(sorted(total.items())))
    print('PASS' if not fails else 'FAIL (%d pages)' % fails)
    sys.exit(1 if fails else 0)

main()
