import os
from common import first_words, last_words

BASE = '/work/staging/readers'
FILES = f'{BASE}/files'
TRUTH = {}


def out(rel):
    p = os.path.join(FILES, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def art(a, body_words=True, published=None, furniture=None, note=None, **extra):
    e = {'title': a.title, 'outlet': a.outlet, 'published': published or a.published,
         'authors': list(a.authors), 'url': a.url}
    if body_words:
        e['first_words'] = first_words(a.paras)
        e['last_words'] = last_words(a.paras)
    if furniture:
        e['furniture'] = list(furniture)
    e['source'] = a.source
    e['_body'] = ' '.join(' '.join(a.paras).split())
    if note:
        e['note'] = note
    e.update(extra)
    return e


def add(rel, layout, entry=None, articles=None, **extra):
    assert rel not in TRUTH, rel
    e = {'layout': layout}
    if entry:
        e.update(entry)
    if articles is not None:
        e['articles'] = articles
    e.update(extra)
    TRUTH[rel] = e
    return e
