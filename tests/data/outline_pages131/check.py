#!/usr/bin/env python3
"""Checks the hand labels of this set (stdlib only): python3 check.py"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
USED = '/work/briefs/used_urls.txt'
KINDS = {'annual', 'half-year', 'rule-of-law', 'summary-plan', 'notice', 'speech',
         'government-work-report', 'other'}
CN = '一二三四五六七八九十百零〇'
# doc-sharing sites put chunk numbers ("1、") in front of text chunks; a title that
# sits in the first chunk keeps that number in front of it on the line (see README).
CHUNK = re.compile(r'^\d+、')

def marker_level(m):
    s = m.replace(' ', '').replace('\u3000', '')
    if s == '':
        return None                      # title / un-numbered heading: any level
    if re.fullmatch('[%s]+、' % CN, s): return 1
    if re.fullmatch('第[%s\\d]+(部分|章)' % CN, s): return 1
    if re.fullmatch('[（(][%s]+[)）]' % CN, s): return 2
    if re.fullmatch('\\d+[.、．]', s): return 3
    if re.fullmatch('[（(]\\d+[)）]', s): return 4
    return -1

def main():
    errors, total = [], {}
    used = set()
    if os.path.exists(USED):
        used = {l.strip() for l in open(USED, encoding='utf-8') if l.strip()}
    jsons = sorted(glob.glob(os.path.join(HERE, '[0-9][0-9].json')))
    if not jsons:
        errors.append('no NN.json files')
    sources = {}
    for jp in jsons:
        nn = os.path.basename(jp)[:2]
        tp = os.path.join(HERE, nn + '.txt')
        if not os.path.exists(tp):
            errors.append(f'{nn}: missing {nn}.txt'); continue
        raw = open(tp, encoding='utf-8').read()
        lines = raw.split('\n')
        if lines and lines[-1] == '': lines = lines[:-1]
        for i, l in enumerate(lines, 1):
            if l.strip() == '':
                errors.append(f'{nn}: blank line {i}')
        d = json.load(open(jp, encoding='utf-8'))
        src = d.get('source', '')
        if not src.startswith('http'):
            errors.append(f'{nn}: bad source {src!r}')
        if src in used:
            errors.append(f'{nn}: source is in used_urls.txt: {src}')
        if src in sources:
            errors.append(f'{nn}: same source as {sources[src]}')
        sources[src] = nn
        if d.get('kind') not in KINDS:
            errors.append(f'{nn}: bad kind {d.get("kind")!r}')
        prev = 0
        heads = d.get('headings', [])
        if not any(h.get('level') == 0 for h in heads):
            errors.append(f'{nn}: no title (level 0)')
        for h in heads:
            ln, lv, mk, tx = h.get('line'), h.get('level'), h.get('marker'), h.get('text')
            tag = f'{nn}: line {ln}'
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append(f'{tag}: line does not exist'); continue
            if ln <= prev:
                errors.append(f'{tag}: line numbers do not increase')
            prev = ln
            if lv not in (0, 1, 2, 3, 4, 5):
                errors.append(f'{tag}: bad level {lv!r}')
            if not tx:
                errors.append(f'{tag}: empty text')
                continue
            ml = marker_level(mk)
            if ml == -1:
                errors.append(f'{tag}: unknown marker {mk!r}')
            elif ml is not None and ml != lv:
                errors.append(f'{tag}: level {lv} does not agree with marker {mk!r} (level {ml})')
            if lv == 0 and mk != '':
                errors.append(f'{tag}: a title has no marker')
            body = lines[ln - 1].lstrip(' \u3000\t')
            if lv == 0 and mk == '' and not body.startswith(tx) and CHUNK.match(body):
                body = CHUNK.sub('', body, count=1)          # doc-site chunk number
            if not body.startswith(mk + tx):
                errors.append(f'{tag}: line does not start with marker+text: {body[:40]!r}')
                continue
            rest = body[len(mk + tx):]
            if lv == 0 and rest.strip() != '':
                errors.append(f'{tag}: title is not the whole line (rest {rest[:20]!r})')
            if rest and rest[0] not in '。：:，,；;':
                errors.append(f'{tag}: text stops mid-phrase (rest {rest[:20]!r})')
            if tx[-1] in '。；：;:':
                errors.append(f'{tag}: text keeps a final {tx[-1]}')
            total[lv] = total.get(lv, 0) + 1
    for e in errors:
        print('FAIL', e)
    print('pages:', len(jsons), ' headings per level:',
          ', '.join(f'L{k}={v}' for k, v in sorted(total.items())))
    if errors:
        print('FAIL'); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
