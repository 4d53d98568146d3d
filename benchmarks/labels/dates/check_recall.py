# Lists candidate temporal tokens in the labelled articles that no label covers,
# for a human to review (recall check only; values are never produced here).
import json, re, collections
labels = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
by = collections.defaultdict(list)
for r in labels: by[r["path"]].append((r["start"], r["end"]))
pat = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(1[89]\d\d|20\d\d)s?\b|\b(today|tonight|tomorrow|yesterday|now|currently|recent(ly)?|soon|shortly|lately|ago|later|earlier|since|then|eve|once|previously|former(ly)?|future|past|next|last|this|weekend|week|weeks|month|months|year|years|decade|decades|century|night|morning|afternoon|evening|noon|midnight|summer|winter|spring|fall|autumn|season|day|days|hour|hours|minutes?|moment|time|era|annual|daily|weekly|monthly)\b|\b\d{1,2}(:\d\d)?\s?([ap]\.?m\.?|pm|am)\b|\b\d{1,2}[:.]\d\d\b", re.I)
for path in sorted(by):
    text = open("/work/" + path, encoding="utf-8", newline="").read()
    spans = by[path]
    miss = []
    for m in pat.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = text[max(0, m.start()-40):m.end()+30].replace("\n", " ")
            miss.append(f"   {m.group(0)!r:16} …{ctx}…")
    print(f"== {path}  ({len(spans)} labels, {len(miss)} uncovered candidates)")
    print("\n".join(miss))
