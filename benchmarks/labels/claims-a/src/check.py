import json, re, collections
recs=[json.loads(l) for l in open('/work/staging/claims-a/quantities.jsonl')]
cov=collections.defaultdict(list)
for r in recs:
    t=open('/work/'+r['path'],encoding='utf-8',newline='').read()
    assert t[r['start']:r['end']]==r['text'], r['id']
    cov[r['path']].append((r['start'],r['end']))
print('all slices ok', len(recs))
ids=[r['id'] for r in recs]; assert len(set(ids))==len(ids)
pairs=[json.loads(l) for l in open('/work/staging/claims-a/pairs.jsonl')]
idset=set(ids)
for p in pairs: assert p['a'] in idset and p['b'] in idset and p['a'].split('#')[0]!=p['b'].split('#')[0]
print('pairs ok', len(pairs))
# review aid: numeric tokens / number words not inside any labelled span
W=r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|decade|half|third|quarter|twice|single)\b"
pat=re.compile(r"\d[\d,.]*|"+W, re.I)
for path in sorted(cov):
    t=open('/work/'+path,encoding='utf-8',newline='').read()
    print('=====',path)
    for m in pat.finditer(t):
        if any(s<=m.start()<e for s,e in cov[path]): continue
        a=max(0,m.start()-40); b=min(len(t),m.end()+30)
        print('  ',repr(t[a:b].replace('\n',' ')))
