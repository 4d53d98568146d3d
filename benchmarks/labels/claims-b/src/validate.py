import json, collections
qs=[json.loads(l) for l in open("/work/staging/claims-b/quantities.jsonl")]
ids={q["id"]:q for q in qs}; assert len(ids)==len(qs)
bad=0
for q in qs:
    doc=open("/work/"+q["path"],encoding="utf-8",newline="").read()
    if doc[q["start"]:q["end"]]!=q["text"]: bad+=1; print("BAD",q["id"])
    assert q["qualifier"] in {"exact","at least","more than","about","up to","less than","range"}
    assert (q["qualifier"]=="range")==isinstance(q["value"],list), q["id"]
    assert q["unit"]==q["unit"].lower() or q["unit"]=="USD"
    assert set(q)=={"id","path","start","end","text","value","unit","qualifier","measures","when"}
print("offset mismatches:",bad)
ps=[json.loads(l) for l in open("/work/staging/claims-b/pairs.jsonl")]
seen=set()
for p in ps:
    a,b=ids[p["a"]],ids[p["b"]]
    assert a["path"]!=b["path"] and a["id"].split("/")[0]==b["id"].split("/")[0]
    k=frozenset((p["a"],p["b"])); assert k not in seen; seen.add(k)
    if a["unit"]!=b["unit"]: print("unit mismatch", p)
print(len(qs), "quantities", len(ps), "pairs")
print(collections.Counter(q["unit"] for q in qs).most_common())
print(collections.Counter(p["relation"] for p in ps))
print(collections.Counter(q["qualifier"] for q in qs))
per=collections.Counter(q["path"].split("/")[-2]+"/"+q["path"].split("/")[-1] for q in qs)
for k,v in sorted(per.items()): print(v,k)
pp=collections.Counter((p["a"].split("/")[0], p["relation"]) for p in ps)
for k,v in sorted(pp.items()): print(v,*k)
