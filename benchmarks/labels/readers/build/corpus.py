"""Load real article text + metadata from the shared corpora (BASIL, PolNeAR train)."""
import csv, os, re, yaml

ROOT = '/work/shared/corpora'
PN_OUTLET = {
    'wash-post': 'The Washington Post', 'usa-today': 'USA Today', 'nyt': 'The New York Times',
    'politico': 'Politico', 'huff-post': 'HuffPost', 'breitbart': 'Breitbart',
    'west-journal': 'Western Journalism',
}
_pn_meta = None


def _pn_rows():
    global _pn_meta
    if _pn_meta is None:
        with open(f'{ROOT}/polnear/metadata.tsv', encoding='utf-8') as fh:
            _pn_meta = {r['filename']: r for r in csv.DictReader(fh, delimiter='\t')
                        if r['compartment'] == 'train'}
    return _pn_meta


def paras_of(text):
    return [re.sub(r'\s+', ' ', p).strip() for p in re.split(r'\n\s*\n', text) if p.strip()]


class Article:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    @property
    def body(self):
        return '\n\n'.join(self.paras)

    def words(self):
        return ' '.join(self.paras).split()

    def first_words(self, n=8):
        return ' '.join(self.words()[:n])

    def last_words(self, n=8):
        return ' '.join(self.words()[-n:])

    def truth(self):
        return {'title': self.title, 'outlet': self.outlet, 'published': self.published,
                'authors': list(self.authors), 'url': self.url}


def basil(folder, fname):
    d = f'{ROOT}/basil/{folder}'
    meta = yaml.safe_load(open(f'{d}/sources.yaml', encoding='utf-8'))[fname]
    text = open(f'{d}/{fname}', encoding='utf-8').read()
    ps = paras_of(text)
    title_line = ps.pop(0)
    if ps and ps[0] == title_line:
        ps.pop(0)  # BASIL sometimes repeats the headline as the first paragraph
    return Article(source=f'basil/{folder}/{fname}', title=meta['title'], outlet=meta['outlet'],
                   short=meta['outlet_short'], published=str(meta['published']),
                   authors=list(meta.get('authors') or []), url=meta.get('url'), paras=ps)


def polnear(filename, authors):
    """authors: the metadata author field, normalised by hand by the caller (checked below)."""
    r = _pn_rows()[filename]
    text = open(f'{ROOT}/polnear/train/text/{filename}.txt', encoding='utf-8').read()
    first, rest = text.split('\n', 1)
    ps = paras_of(rest)
    return Article(source=f'polnear/train/text/{filename}.txt', title=r['title'].strip(),
                   outlet=PN_OUTLET[r['publisher']], published=r['publication_date'],
                   authors=authors, url=None, paras=ps, raw_author=r['author'],
                   publisher=r['publisher'])


def pn_find(prefix):
    ms = [k for k in _pn_rows() if k.startswith(prefix)]
    assert len(ms) == 1, (prefix, ms)
    return ms[0]


def polnear_clean(filename, authors):
    """PolNeAR article with database artefacts removed from the body:
    NYT files carry '<dek>.' / 'ABSTRACT.' / <abstract> / 'FULL TEXT.' before the story;
    WaPo files often open with the print sub-headline (dek). Returns Article with .dek set."""
    a = polnear(filename, authors)
    a.dek = None
    ps = a.paras
    if 'FULL TEXT.' in ps:
        i = ps.index('FULL TEXT.')
        a.abstract = ps[ps.index('ABSTRACT.') + 1:i] if 'ABSTRACT.' in ps else []
        ps = ps[i + 1:]
    a.paras = ps
    return a


def drop_dek(a):
    a.dek = a.paras.pop(0)
    return a
