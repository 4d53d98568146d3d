"""Build every fixture under /work/staging/readers/files and write truth.yaml, then verify."""
import os, re, shutil, sys, html as htmlmod, yaml
from html.parser import HTMLParser
import truth
from truth import TRUTH, FILES, BASE

shutil.rmtree(FILES, ignore_errors=True)
os.makedirs(FILES)

import b_text, b_md, b_html, b_mhtml, b_exports, b_docx, b_pdf, b_hostile
for m in (b_text, b_md, b_html, b_mhtml, b_exports, b_docx, b_pdf, b_hostile):
    m.build()


# ----------------------------------------------------------------------------- verification
def norm(s):
    return ' '.join(s.split())


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def html_text(raw):
    p = Vis()
    p.feed(raw)
    return norm(' '.join(p.parts))


def pdf_text(path, strip=()):
    import pypdf
    r = pypdf.PdfReader(path)
    lines = []
    for pg in r.pages:
        for ln in (pg.extract_text() or '').split('\n'):
            if not ln.strip() or any(re.match(x, ln.strip()) for x in strip):
                continue
            lines.append(ln)
    t = '\n'.join(lines)
    t = re.sub(r'([a-z])-\n([a-z])', r'\1\2', t)          # join added hyphens (verifier only)
    t = re.sub(r'(\w-)\n(\w)', r'\1\2', t)
    return norm(t)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            parts += [c.text for c in row.cells]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return norm(' '.join(parts))


def rtf_text(raw):
    t = re.sub(r'\\u(-?\d+)\?', lambda m: chr(int(m.group(1)) % 65536), raw)
    t = re.sub(r'\\par\b|\\tab\b', ' ', t)
    t = re.sub(r'\\[a-z]+-?\d* ?', '', t)
    t = t.replace('\\{', '{').replace('\\}', '}').replace('\\\\', '\\')
    t = re.sub(r'[{}]', '', t)
    return norm(t)


def md_plain(raw):
    raw = re.sub(r'^---\n.*?\n---\n', '', raw, flags=re.S)
    raw = re.sub(r'\[([^\]]+)\]\([^)]+\)', r'\1', raw)
    raw = raw.replace('**', '')
    raw = re.sub(r'(?<!\w)_([^_\n]+)_(?!\w)', r'\1', raw)
    raw = re.sub(r'^(> |- |# )', '', raw, flags=re.M)
    return norm(raw)


problems = []


def in_order_missing(body, txt):
    t = txt.replace('-', '')
    pos = miss = 0
    for w in body.replace('-', '').split():
        k = t.find(w, pos)
        if k < 0:
            miss += 1
        else:
            pos = k + len(w)
    return miss



def check(cond, msg):
    if not cond:
        problems.append(msg)


def file_text(rel):
    path = os.path.join(FILES, rel)
    ext = rel.rsplit('.', 1)[-1]
    lay = TRUTH[rel]['layout']
    if lay == 'hostile':
        return None
    if ext == 'html':
        enc = 'cp1252' if 'cp1252' in rel else 'utf-8'
        return html_text(open(path, encoding=enc).read())
    if ext == 'pdf':
        return pdf_text(path, TRUTH[rel].get('_strip', ()))
    if ext == 'docx':
        return docx_text(path)
    if ext == 'rtf':
        return rtf_text(open(path, encoding='ascii').read())
    if ext == 'mhtml':
        import email
        msg = email.message_from_bytes(open(path, 'rb').read())
        part = next(p for p in msg.walk() if p.get_content_type() == 'text/html')
        return html_text(part.get_payload(decode=True).decode('utf-8'))
    if ext == 'md':
        return md_plain(open(path, encoding='utf-8').read())
    return norm(open(path, encoding='utf-8').read())


for rel, e in sorted(TRUTH.items()):
    txt = file_text(rel)
    if txt is None:
        continue
    arts = e.get('articles') or ([e] if 'title' in e else [])
    for a in arts:
        if a.get('first_words'):
            check(a['first_words'] in txt, f'{rel}: first_words not found: {a["first_words"]}')
            check(a['last_words'] in txt, f'{rel}: last_words not found: {a["last_words"]}')
            miss = in_order_missing(a['_body'], txt)
            check(miss == 0, f'{rel}: {miss} body words not found in order')
        ftxt = pdf_text(os.path.join(FILES, rel)) if rel.endswith('.pdf') else txt
        for f in a.get('furniture', []):
            check(f in ftxt, f'{rel}: furniture not on page: {f!r}')
            check(f not in a['_body'], f'{rel}: furniture occurs in body: {f!r}')
    if e['layout'] == 'markdown':
        check(e['_body'] in txt, f'{rel}: markdown plain text differs from body')

for rel, e in TRUTH.items():
    if rel.endswith('.pdf') and e.get('_body'):
        check(len(e.get('hyphenated', [])) > 0, f'{rel}: no hyphenated breaks')

# record pages whose last body line ends in an added hyphen (word continues on the next page)
import pypdf
for rel, e in TRUTH.items():
    if rel.endswith('.pdf') and e.get('hyphenated'):
        r = pypdf.PdfReader(os.path.join(FILES, rel))
        pages = []
        for i, pg in enumerate(r.pages[:-1]):
            lines = [ln for ln in (pg.extract_text() or '').split('\n') if ln.strip()
                     and not any(re.match(x, ln.strip()) for x in e.get('_strip', ()))]
            if lines and re.search(r'[a-z]-$', lines[-1].rstrip()):
                pages.append(i + 1)
        if pages:
            e['hyphen_at_page_end'] = pages

print('files:', len(TRUTH))
print('problems:', len(problems))
for p in problems:
    print('  ', p)


# ----------------------------------------------------------------------------- write truth.yaml
def clean(o):
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items() if not k.startswith('_')}
    if isinstance(o, list):
        return [clean(v) for v in o]
    return o


HEADER = """# Truth for the reader evaluation files under files/ (paths are relative to files/).
# Built independently of briefing's readers from real article text (BASIL, PolNeAR train) and the
# corpora's own metadata. Per file (or per article in `articles:` for multi-article exports):
#   title, outlet (proper name), published (ISO date; date-time with offset when the file prints a
#   time), authors (list, [] when none), url (null when none), first_words / last_words (first and
#   last 8 whitespace tokens of the article body), furniture (exact strings from page furniture that
#   must NOT appear in an extracted body), source (corpus file), note (what is tricky).
#   PDF entries also list `hyphenated` (words broken across lines with an added hyphen, shown with
#   the break), `compound_breaks` (hyphenated compounds broken after their own hyphen) and
#   `hyphen_at_page_end` (pages whose last body line ends in an added hyphen).
# Hostile files: expect: skip (or scanned) and why; some also accept `or_parse_as` with the truth
# in `alternative`. Flags outlet_in_file / date_in_file / url_in_file: false mark truth values a
# reader cannot find inside the file.
"""
data = {k: clean(TRUTH[k]) for k in sorted(TRUTH)}
with open(os.path.join(BASE, 'truth.yaml'), 'w', encoding='utf-8') as fh:
    fh.write(HEADER)
    yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
print('wrote truth.yaml')
sys.exit(1 if problems else 0)
