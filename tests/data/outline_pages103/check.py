#!/usr/bin/env python3
"""Check the labels of this set (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'
RULES = [  # (regex for the marker, level)
    (re.compile(r'^[%s]+\s*、$' % CN), 1),
    (re.compile(r'^第[%s\d]+(部分|章)$' % CN), 1),
    (re.compile(r'^[（(][%s]+[）)]$' % CN), 2),
    (re.compile(r'^\d+\s*[.、．]$'), 3),
    (re.compile(r'^[（(]\d+[）)]$'), 4),
]
ENDS = ('。', '；', '：', ':', '，', ',', ';')


def norm(u):
    return re.sub(r'^https?://', '', u.strip()).rstrip('/')


def main():
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding='utf-8') as f:
            used = {norm(l) for l in f if l.strip()}
    errors, seen, total = [], {}, {}
    pages = sorted(n[:-5] for n in os.listdir(HERE) if re.fullmatch(r'\d\d\.json', n))
    if not pages:
        errors.append('no NN.json files found')
    for nn in pages:
        tag = nn + ': '
        try:
            with open(os.path.join(HERE, nn + '.json'), encoding='utf-8') as f:
                lab = json.load(f)
            with open(os.path.join(HERE, nn + '.txt'), encoding='utf-8') as f:
                raw = f.read()
        except Exception as e:  # noqa
            errors.append(tag + 'cannot read: %s' % e)
            continue
        lines = raw.split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        if any(not l.strip() for l in lines):
            errors.append(tag + 'blank line in txt')
        src = lab.get('source', '')
        if not src.startswith('http'):
            errors.append(tag + 'bad source %r' % src)
        if norm(src) in used:
            errors.append(tag + 'source already in used_urls.txt: ' + src)
        if norm(src) in seen:
            errors.append(tag + 'source repeats page ' + seen[norm(src)])
        seen[norm(src)] = nn
        if lab.get('kind') not in KINDS:
            errors.append(tag + 'bad kind %r' % lab.get('kind'))
        hs = lab.get('headings', [])
        if not hs or hs[0].get('level') != 0:
            errors.append(tag + 'first label is not a level-0 title')
        prev = 0
        for h in hs:
            ln, lvl, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            where = tag + 'line %s: ' % ln
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                errors.append(where + 'line does not exist')
                continue
            if ln <= prev:
                errors.append(where + 'line numbers do not increase')
            prev = ln
            if not tx:
                errors.append(where + 'empty text')
                continue
            body = lines[ln - 1].lstrip(' \u3000\t')
            if not body.startswith(mk + tx):
                errors.append(where + 'line does not start with marker+text %r' % (mk + tx))
                continue
            rest = body[len(mk + tx):]
            if lvl == 0:
                if mk != '':
                    errors.append(where + 'title must have empty marker')
                if rest.strip():
                    errors.append(where + 'title is not the whole line')
            elif rest and not rest.startswith(ENDS):
                errors.append(where + 'text stops at an odd place (rest %r)' % rest[:10])
            if mk == '':
                if lvl not in (0, 1, 2, 3, 4):
                    errors.append(where + 'bad level %r' % lvl)
            else:
                want = [l for r, l in RULES if r.match(mk)]
                if not want:
                    errors.append(where + 'unknown marker %r' % mk)
                elif lvl != want[0]:
                    errors.append(where + 'level %r disagrees with marker %r' % (lvl, mk))
            total[lvl] = total.get(lvl, 0) + 1
    print('pages: %d  labels per level: %s' % (len(pages), ', '.join(
        'L%d=%d' % (k, total[k]) for k in sorted(total))))
    if errors:
        for e in errors:
            print('FAIL ' + e)
        print('FAIL (%d problems)' % len(errors))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
