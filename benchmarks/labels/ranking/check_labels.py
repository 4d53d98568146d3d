"""Check the label files: every text equals its file slice, and every sentence of every article
(as `briefing sources --json` segments it) has exactly one label with a grade for each theme."""
import json, subprocess, sys, yaml
from pathlib import Path
ROOT = Path(__file__).resolve().parent
BRIEFING = '/work/main/.venv/bin/briefing'
ok = True
for cfg in sorted((ROOT / 'configs').glob('*.yaml')):
    name = cfg.stem
    conf = yaml.safe_load(cfg.read_text(encoding='utf-8'))
    themes = list(conf['themes'])
    corpus = (cfg.parent / conf['corpus']['path']).resolve()
    arts = json.loads(subprocess.run([BRIEFING, 'sources', str(corpus), '--json'], check=True,
                                     capture_output=True, text=True).stdout)
    want = {(a['path'], s['start'], s['end']) for a in arts for s in a['sentences']}
    rows = [json.loads(l) for l in (ROOT / 'labels' / f'{name}.jsonl').read_text(encoding='utf-8').splitlines()]
    got = [(r['path'], r['start'], r['end']) for r in rows]
    errs = []
    if len(got) != len(set(got)): errs.append('duplicate labels')
    if set(got) != want: errs.append(f'missing {len(want - set(got))}, extra {len(set(got) - want)}')
    texts = {}
    for r in rows:
        if r['path'] not in texts:
            texts[r['path']] = open(corpus / r['path'], encoding='utf-8', newline='').read()
        if texts[r['path']][r['start']:r['end']] != r['text']: errs.append(f'text mismatch {r["path"]}:{r["start"]}')
        if set(r['grades']) != set(themes) or any(g not in (0, 1, 2) for g in r['grades'].values()):
            errs.append(f'bad grades {r["path"]}:{r["start"]}')
    print(f'{name}: {len(arts)} articles, {len(rows)} labels, themes {themes}:', 'OK' if not errs else errs[:5])
    ok &= not errs
sys.exit(0 if ok else 1)
