#!/usr/bin/env python3
"""Check the hand-labelled outline set: every labelled line exists, its text
occurs in that line (and its marker too), levels are 0-4; print counts."""
import json, glob, os, collections, sys
here = os.path.dirname(os.path.abspath(__file__))
per_level, per_kind, bad = collections.Counter(), collections.Counter(), 0
pages_l3 = pages_l4 = 0
for jf in sorted(glob.glob(os.path.join(here, '[0-9][0-9].json'))):
    d = json.load(open(jf, encoding='utf-8'))
    lines = open(jf[:-5] + '.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines.pop()
    per_kind[d['kind']] += 1
    prev = 0
    for h in d['headings']:
        n, lv = h['line'], h['level']
        if not (1 <= n <= len(lines)):
            print(f'{os.path.basename(jf)}: line {n} out of range'); bad += 1; continue
        ln = lines[n - 1]
        if h['text'] not in ln:
            print(f'{os.path.basename(jf)}:{n}: text not in line: {h["text"]!r}'); bad += 1
        if h['marker'] and not ln.lstrip().startswith(h['marker']):
            print(f'{os.path.basename(jf)}:{n}: line does not start with marker {h["marker"]!r}'); bad += 1
        if lv not in range(5):
            print(f'{os.path.basename(jf)}:{n}: bad level {lv}'); bad += 1
        if n < prev:
            print(f'{os.path.basename(jf)}:{n}: headings not in line order'); bad += 1
        prev = n
        per_level[lv] += 1
    lvls = {h['level'] for h in d['headings']}
    pages_l3 += 3 in lvls; pages_l4 += 4 in lvls
print('pages:', sum(per_kind.values()))
print('headings per level:', dict(sorted(per_level.items())), 'total', sum(per_level.values()))
print('pages per kind:', dict(sorted(per_kind.items())))
print('pages using level 3:', pages_l3, ' level 4:', pages_l4)
print('problems:', bad)
sys.exit(1 if bad else 0)
