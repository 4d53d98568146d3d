import sys, json, glob, importlib, itertools, collections, os
sys.path.insert(0, os.path.dirname(__file__))
import lib
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(__file__), "s[0-9]*.py")))
for m in mods: importlib.import_module(m)
out_q, out_p = [], []
for folder, st in lib.STORIES.items():
    groups = collections.defaultdict(list)
    for fname, qs in st["articles"].items():
        rel = f"{lib.CORP}/{folder}/{fname}.txt"
        doc = open(os.path.join(lib.BASE, rel), encoding="utf-8", newline="").read()
        located = []
        for q in qs:
            s, e = lib.locate(doc, q, rel)
            located.append((s, e, q))
        located.sort(key=lambda t: t[0])
        spans = [(s, e) for s, e, _ in located]
        if len(set(spans)) != len(spans):
            raise SystemExit(f"duplicate span in {rel}")
        for n, (s, e, q) in enumerate(located, 1):
            qid = f"{folder}/{fname}#{n}"
            assert doc[s:e] == q.text
            out_q.append(dict(id=qid, path=rel, start=s, end=e, text=q.text, value=q.value, unit=q.unit,
                              qualifier=q.qual, measures=q.measures, when=q.when))
            if q.g: groups[q.g].append((fname, qid, q))
    for g, members in groups.items():
        for (fa, ia, qa), (fb, ib, qb) in itertools.combinations(members, 2):
            if fa == fb: continue
            rel_ = "agree" if qa.v == qb.v else "disagree"
            out_p.append(dict(a=ia, b=ib, relation=rel_, note=f"[{g}] {st['notes'].get(g, '')}".strip()))
    for a, b, r, note in st["extra"]:
        out_p.append(dict(a=a, b=b, relation=r, note=note))
d = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(d, "quantities.jsonl"), "w") as f:
    for o in out_q: f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(d, "pairs.jsonl"), "w") as f:
    for o in out_p: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out_q), "quantities", len(out_p), "pairs")
