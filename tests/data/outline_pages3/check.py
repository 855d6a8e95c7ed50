#!/usr/bin/env python3
"""Check each NN.json against NN.txt: labelled line exists, contains text, marker precedes text."""
import json, glob, os, sys
bad = 0
for j in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '[0-9][0-9].json'))):
    d = json.load(open(j, encoding='utf-8'))
    lines = open(j[:-5] + '.txt', encoding='utf-8').read().split('\n')
    assert d['kind'] in ('annual', 'half-year', 'rule-of-law', 'summary-plan', 'government-work-report', 'other'), j
    prev = 0
    for h in d['headings']:
        n = h['line']
        ok = 1 <= n <= len(lines) and h['text'] in lines[n - 1] and n > prev
        if ok and h['marker']:
            L = lines[n - 1].strip(' \u3000')
            ok = L.startswith(h['marker']) and L[len(h['marker']):].lstrip(' \u3000').startswith(h['text'])
        if not ok:
            bad += 1; print('BAD', os.path.basename(j), h)
        prev = n
print('ok' if not bad else f'{bad} bad')
sys.exit(1 if bad else 0)
