import json, sys, re
# usage: mk.py NN kind source < spec
nn, kind, src = sys.argv[1], sys.argv[2], sys.argv[3]
lines, heads = [], []
for raw in open(f'/work/labels/set109/src/{nn}.spec', encoding='utf-8').read().split('\n'):
    if not raw.strip():
        continue
    m = re.match(r'^§(\d)§([^§]*)§([^§]*)§(.*)$', raw)
    if m:
        lv, mk, tx, body = m.groups()
        lines.append(body)
        heads.append({"line": len(lines), "level": int(lv), "marker": mk, "text": tx})
    else:
        lines.append(raw)
open(f'/work/labels/set109/{nn}.txt', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
out = '{"source": ' + json.dumps(src, ensure_ascii=False) + ', "kind": ' + json.dumps(kind) + ', "headings": [\n'
out += ',\n'.join('  ' + json.dumps(h, ensure_ascii=False) for h in heads) + ']}\n'
open(f'/work/labels/set109/{nn}.json', 'w', encoding='utf-8').write(out)
print(nn, len(lines), 'lines', [(h['line'], h['level']) for h in heads])
