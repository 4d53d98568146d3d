"""Build labels.jsonl from hand-written labels.

Each label is given as a context snippet with the span marked by [[ ]]; the
snippet (markers removed) must occur exactly once in the file. Values were
worked out by hand (see notes); this script only computes offsets and checks
that every `text` equals the file slice.
"""
import json, re, sys, os
from labels_data import ARTICLES

ROOT = "/work"
out = []
errors = []
for path, anchor_default, items in ARTICLES:
    text = open(os.path.join(ROOT, path), encoding="utf-8", newline="").read()
    for it in items:
        snippet, value, gran, tense, note = it[:5]
        anchor = it[5] if len(it) > 5 else anchor_default
        m = re.search(r"\[\[(.*?)\]\]", snippet, re.S)
        if not m:
            errors.append((path, snippet, "no marker")); continue
        plain = snippet.replace("[[", "").replace("]]", "")
        idxs = [i.start() for i in re.finditer(re.escape(plain), text)]
        if len(idxs) != 1:
            errors.append((path, snippet, f"{len(idxs)} occurrences")); continue
        start = idxs[0] + m.start()
        span = m.group(1)
        end = start + len(span)
        assert text[start:end] == span
        out.append({"path": path, "start": start, "end": end, "text": span,
                    "anchor": anchor, "value": value, "granularity": gran,
                    "tense": tense, "note": note})
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
out.sort(key=lambda r: (r["path"], r["start"]))
with open("/work/staging/dates/labels.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "labels written")
