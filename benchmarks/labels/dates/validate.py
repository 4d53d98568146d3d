# Format / consistency checks on labels.jsonl (no value is produced here).
import json, re, datetime as dt, sys
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
D = r"\d{4}-\d{2}-\d{2}"; M = r"\d{4}-\d{2}"; Y = r"\d{4}"
side = f"(?:{D}|{M}|{Y})"
pat = {"day": f"^{D}$", "week": f"^{D}/{D}$", "month": f"^{M}$", "year": f"^{Y}$",
       "range": f"^{side}/{side}$", "time": f"^{D}T\\d{{2}}:\\d{{2}}$"}
bad = 0
wd = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
for r in L:
    g, v = r["granularity"], r["value"]
    ok = (v is None) if g == "vague" else (v is not None and re.match(pat[g], v))
    if not re.match(rf"^{D}(T\d\d:\d\d)?$", r["anchor"]): ok = False
    if r["tense"] not in ("past", "future", "present"): ok = False
    if ok and g == "week":
        a, b = [dt.date.fromisoformat(x) for x in v.split("/")]
        ok = a.weekday() == 0 and (b - a).days == 6
    if ok and g in ("day",) :
        dt.date.fromisoformat(v)
        for i, n in enumerate(wd):
            if n in r["text"] and dt.date.fromisoformat(v).weekday() != i:
                ok = False
    if ok and g == "time":
        d = dt.datetime.fromisoformat(v)
    if ok and g == "range":
        a, b = v.split("/"); ok = a <= b
    if not ok:
        bad += 1; print("BAD", r)
print("checked", len(L), "bad", bad)
sys.exit(1 if bad else 0)
