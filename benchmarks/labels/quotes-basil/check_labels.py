"""Independent check of labels.jsonl: every text/cue/mention equals its slice, spans sane, no duplicates."""
import json, sys, os
ROOT = '/work'
LAB = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels.jsonl')
KINDS = {'full', 'partial', 'scare', 'headline'}
QMARKS = set('"“”‘’\'')
errs = 0; n = 0; seen = set(); cache = {}
for ln, line in enumerate(open(LAB, encoding='utf-8'), 1):
    d = json.loads(line); n += 1
    def bad(msg):
        global errs; errs += 1; print(f'line {ln}: {msg}')
    p = os.path.join(ROOT, d['path'])
    if p not in cache: cache[p] = open(p, encoding='utf-8', newline='').read()
    t = cache[p]
    if t[d['start']:d['end']] != d['text']: bad('text != slice')
    if not d['text'] or d['text'][0] in QMARKS or d['text'][-1] in '"“”': bad('text starts/ends with a quotation mark')
    if '\n' in d['text']: bad('text crosses a paragraph')
    if d['kind'] not in KINDS: bad('kind')
    if d['kind'] == 'scare' and d['speaker'] is not None: bad('scare with speaker')
    for k in ('cue', 'mention'):
        s, e, v = d[k + '_start'], d[k + '_end'], d[k]
        if v is None:
            if s is not None or e is not None: bad(f'{k} null but offsets set')
        else:
            if t[s:e] != v: bad(f'{k} != slice')
            if d['start'] <= s < d['end'] or d['start'] < e <= d['end']: bad(f'{k} inside quote')
    key = (d['path'], d['start'], d['end'])
    if key in seen: bad('duplicate span')
    seen.add(key)
    # the marks around the span (or paragraph edge for continuation paragraphs)
    before = t[d['start'] - 1] if d['start'] > 0 else '\n'
    after = t[d['end']] if d['end'] < len(t) else '\n'
    if before not in QMARKS | {'\n'} or after not in QMARKS | {'\n'}:
        print(f'line {ln}: note: span not delimited by marks ({before!r}..{after!r}) {d["text"][:40]!r} -- {d["note"]}')
print(f'{n} labels, {errs} errors')
sys.exit(1 if errs else 0)
