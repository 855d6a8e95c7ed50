#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'
RULES = [  # (regex for the whole marker, level)
    (re.compile(r'^[%s]+\s*、$' % CN), 1),
    (re.compile(r'^第[%s0-9]+(部分|章)$' % CN), 1),
    (re.compile(r'^[（(][%s]+[）)]、?$' % CN), 2),
    (re.compile(r'^[0-9]+\s*[.、．]$'), 3),
    (re.compile(r'^[（(][0-9]+[）)]、?$'), 4),
]

def marker_level(m):
    for rx, lev in RULES:
        if rx.match(m):
            return lev
    return None

def main():
    fails = []
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    else:
        fails.append('cannot read %s' % USED)
    names = sorted(f[:-5] for f in os.listdir(HERE) if re.fullmatch(r'\d\d\.json', f))
    if not names:
        fails.append('no NN.json files')
    sources = {}
    total = {}
    for nn in names:
        try:
            lab = json.load(open(os.path.join(HERE, nn + '.json'), encoding='utf-8'))
            lines = open(os.path.join(HERE, nn + '.txt'), encoding='utf-8').read().split('\n')
        except Exception as e:
            fails.append('%s: cannot read: %s' % (nn, e)); continue
        if lines and lines[-1] == '':
            lines.pop()
        if any(l.strip() == '' for l in lines):
            fails.append('%s: blank line in txt' % nn)
        src = lab.get('source', '')
        if not src.startswith('http'):
            fails.append('%s: bad source %r' % (nn, src))
        if src in used:
            fails.append('%s: source is in used_urls.txt: %s' % (nn, src))
        if src in sources:
            fails.append('%s: same source as %s' % (nn, sources[src]))
        sources[src] = nn
        if lab.get('kind') not in KINDS:
            fails.append('%s: bad kind %r' % (nn, lab.get('kind')))
        hs = lab.get('headings', [])
        if not any(h.get('level') == 0 for h in hs):
            fails.append('%s: no title' % nn)
        if not any(h.get('level', 0) > 0 for h in hs):
            fails.append('%s: no heading' % nn)
        prev = 0
        for h in hs:
            ln, lev, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = '%s line %s' % (nn, ln)
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                fails.append('%s: line does not exist' % tag); continue
            if ln <= prev:
                fails.append('%s: line numbers do not increase' % tag)
            prev = ln
            if not isinstance(tx, str) or not tx or tx != tx.strip():
                fails.append('%s: empty or padded text' % tag)
            s = lines[ln - 1].lstrip(' \u3000\t')
            if not s.startswith(mk):
                fails.append('%s: line does not start with marker %r' % (tag, mk))
            elif not s[len(mk):].lstrip(' \u3000').startswith(tx or '\0'):
                fails.append('%s: text %r not found after marker' % (tag, tx))
            if mk == '':
                if lev not in (0, 1, 2, 3, 4):
                    fails.append('%s: bad level %r' % (tag, lev))
            else:
                want = marker_level(mk)
                if want is None:
                    fails.append('%s: unknown marker %r' % (tag, mk))
                elif want != lev:
                    fails.append('%s: level %r but marker %r means %d' % (tag, lev, mk, want))
            total[lev] = total.get(lev, 0) + 1
    print('pages: %d  totals per level: %s' % (len(names), ' '.join('L%s=%d' % kv for kv in sorted(total.items()))))
    if fails:
        for f in fails:
            print('FAIL', f)
        print('FAIL')
        sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
