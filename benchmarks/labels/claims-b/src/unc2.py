import json, re, sys
sys.path.insert(0,'.')
qs = [json.loads(l) for l in open("/work/staging/claims-b/quantities.jsonl")]
paths = sorted(set(q["path"] for q in qs))
pat = re.compile(r"\b(an? (year|month|week|day|hour|decade|century|dozen|quarter|third)s?|couple|scores?|handful|several|dozen|twice|triple|double|half|percent|century|once|years?\b|months?\b|weeks?\b|days?\b)", re.I)
for rel in paths:
    doc = open("/work/"+rel, encoding="utf-8", newline="").read()
    cov = [(q["start"], q["end"]) for q in qs if q["path"] == rel]
    for m in pat.finditer(doc):
        if any(s <= m.start() < e for s, e in cov): continue
        print(rel.split("/")[-2][:25], rel[-12:], repr(doc[max(0,m.start()-45):m.end()+25]))
