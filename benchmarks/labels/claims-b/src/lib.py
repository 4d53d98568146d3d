import collections
BASE = "/work"
CORP = "shared/corpora/basil"
STORIES = collections.OrderedDict()   # folder -> {file: [Q...]}, plus group notes

class Q:
    def __init__(self, text, value, unit, qual, measures, when=None, ctx=None, g=None, v="a", occ=None):
        self.__dict__.update(dict(text=text, value=value, unit=unit, qual=qual, measures=measures,
                                  when=when, ctx=ctx, g=g, v=v, occ=occ))

def story(folder, articles, notes=None, extra_pairs=None):
    STORIES[folder] = dict(articles=articles, notes=notes or {}, extra=extra_pairs or [])

def locate(doc, q, path):
    if q.ctx is None:
        ctx = q.text
    else:
        ctx = q.ctx
    idxs = [i for i in range(len(doc)) if doc.startswith(ctx, i)]
    if q.occ is not None:
        idxs = [idxs[q.occ]]
    if len(idxs) != 1:
        raise SystemExit(f"{path}: ctx {ctx!r} found {len(idxs)} times")
    base = idxs[0]
    inner = ctx.find(q.text)
    if inner < 0 or ctx.find(q.text, inner + 1) >= 0:
        raise SystemExit(f"{path}: text {q.text!r} not unique in ctx {ctx!r}")
    s = base + inner
    return s, s + len(q.text)
