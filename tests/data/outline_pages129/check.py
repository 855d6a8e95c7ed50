#!/usr/bin/env python3
"""Check the hand labels of set129 (stdlib only). Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice',
         'speech', 'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'
MARKER_LEVEL = [
    (re.compile(r'^[%s]+\s*、$' % CN), 1),            # 一、  一 、
    (re.compile(r'^第[%s]+(部分|章)$' % CN), 1),       # 第一部分 第一章
    (re.compile(r'^[（(][%s]+[)）]$' % CN), 2),        # （一） (一)
    (re.compile(r'^\d+\s*[.、．]$'), 3),               # 1. 1、 1．
    (re.compile(r'^[（(]\d+[)）]$'), 4),               # （1） (1)
]

def marker_level(marker):
    for rx, lv in MARKER_LEVEL:
        if rx.match(marker):
            return lv
    return None

def main():
    errors = []
    used = set()
    if os.path.exists(USED):
        with open(USED, encoding='utf-8') as f:
            used = {l.strip() for l in f if l.strip()}
    else:
        print('WARN: %s not found, used-URL check skipped' % USED)
    names = sorted(n[:-5] for n in os.listdir(HERE) if re.match(r'^\d\d\.json$', n))
    if not names:
        errors.append('no NN.json files found')
    sources = {}
    total = {}
    for nn in names:
        def err(msg):
            errors.append('%s: %s' % (nn, msg))
        txt_path = os.path.join(HERE, nn + '.txt')
        if not os.path.exists(txt_path):
            err('missing %s.txt' % nn); continue
        try:
            with open(txt_path, encoding='utf-8') as f:
                raw = f.read()
        except UnicodeDecodeError:
            err('txt is not UTF-8'); continue
        lines = raw.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if not l.strip():
                err('blank line %d in txt' % i)
        with open(os.path.join(HERE, nn + '.json'), encoding='utf-8') as f:
            try:
                data = json.load(f)
            except ValueError as e:
                err('bad json: %s' % e); continue
        src = data.get('source', '')
        if not src.startswith('http'):
            err('source is not a URL: %r' % src)
        if src in used:
            err('source is in used_urls.txt: %s' % src)
        if src in sources:
            err('source also used by %s' % sources[src])
        sources[src] = nn
        if data.get('kind') not in KINDS:
            err('invalid kind %r' % data.get('kind'))
        heads = data.get('headings')
        if not isinstance(heads, list) or not heads:
            err('no headings'); continue
        if heads[0].get('level') != 0:
            err('first heading is not a level-0 title')
        prev = 0
        for h in heads:
            ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            where = 'line %s' % ln
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                err('%s does not exist (file has %d lines)' % (where, len(lines))); continue
            if ln <= prev:
                err('%s: line numbers do not increase (previous %d)' % (where, prev))
            prev = ln
            if not isinstance(tx, str) or not tx or tx != tx.strip():
                err('%s: empty text or text with outer spaces' % where)
            if not isinstance(mk, str):
                err('%s: marker is not a string' % where); continue
            if lv not in (0, 1, 2, 3, 4):
                err('%s: bad level %r' % (where, lv)); continue
            total[lv] = total.get(lv, 0) + 1
            body = lines[ln - 1].lstrip()
            if not body.startswith(mk):
                err('%s: line does not start with marker %r' % (where, mk)); continue
            rest = body[len(mk):]
            if mk:
                rest = rest.lstrip()   # e.g. "一、   基本情况", "1. 医疗服务..."
            if not rest.startswith(tx or '\0'):
                err('%s: text %r not found after marker in %r' % (where, tx, lines[ln - 1][:60]))
            if lv == 0:
                if mk != '':
                    err('%s: title with a marker' % where)
                if lines[ln - 1].strip() != tx:
                    err('%s: title text is not the whole line' % where)
            elif mk:
                want = marker_level(mk)
                if want is None:
                    err('%s: unknown marker %r' % (where, mk))
                elif want != lv:
                    err('%s: marker %r means level %d, labelled %d' % (where, mk, want, lv))
            # heading text must not end with 。；：
            if tx and tx[-1] in '。；;：:':
                err('%s: text ends with punctuation %r' % (where, tx[-1]))
    for e in errors:
        print('FAIL', e)
    print('pages: %d  headings per level: %s' % (len(names), ', '.join('L%d=%d' % (k, total[k]) for k in sorted(total))))
    if errors:
        print('FAIL (%d problems)' % len(errors))
        return 1
    print('PASS')
    return 0

if __name__ == '__main__':
    sys.exit(main())
