import json, re, sys, os
folder = sys.argv[1]
qs = [json.loads(l) for l in open("/work/staging/claims-b/quantities.jsonl")]
W = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|percent|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|decade|decades|twice|lone|single|both|all)\b"
for p in sorted(os.listdir(f"/work/shared/corpora/basil/{folder}")):
    if not p.endswith(".txt"): continue
    rel = f"shared/corpora/basil/{folder}/{p}"
    doc = open("/work/"+rel, encoding="utf-8", newline="").read()
    cov = [(q["start"], q["end"]) for q in qs if q["path"] == rel]
    print("=====", p, len(cov))
    for m in re.finditer(r"\d[\d,.]*|" + W, doc, re.I):
        if any(s <= m.start() < e for s, e in cov): continue
        print(f"  {m.group()!r:12} ...{doc[max(0,m.start()-40):m.end()+30]!r}")
