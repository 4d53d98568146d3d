"""Markdown files: YAML front matter in some, '#'/setext headline + '*By ...*' in others.
Inline markup is added around existing words only, so the plain text of the body is unchanged."""
import re
from picks import PICKS
from common import *
from truth import out, add, art

L = 'markdown'


def write(rel, text):
    with open(out(rel), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)


def yq(s):
    """YAML double-quoted scalar."""
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def mdesc(p):
    # keep literal characters that would start markdown structures at line start from changing text
    return p


def decorate(paras, link_url, bold_idx=1, list_run=None):
    """Return markdown body lines. Adds **bold**, _italics_, one [link](...), a > block quote
    (a paragraph that opens with a quotation mark) and turns list_run=(i, j) paragraphs into a
    bulleted list. Word sequence is unchanged once markup is stripped."""
    out_ps = []
    quote_done = link_done = ital_done = False
    i = 0
    while i < len(paras):
        p = paras[i]
        if list_run and i == list_run[0]:
            out_ps.append('\n'.join('- ' + q for q in paras[list_run[0]:list_run[1]]))
            i = list_run[1]
            continue
        if i == bold_idx:
            w = p.split(' ')
            k = min(4, len(w))
            p = '**' + ' '.join(w[:k]) + '** ' + ' '.join(w[k:])
        elif not ital_done and i >= 2:
            m = re.search(r'\b(Clinton|Trump|Obama|Sanders|Rubio|Cruz|Congress|Senate)\b', p)
            if m:
                p = p[:m.start()] + '_' + m.group(0) + '_' + p[m.end():]
                ital_done = True
        elif not link_done and i >= 3:
            w = p.split(' ')
            if len(w) > 6:
                w[2] = f'[{w[2]}]({link_url})'
                p = ' '.join(w)
                link_done = True
        if not quote_done and i >= 4 and p[:1] in '“"' and '**' not in p and '_' not in p and '[' not in p:
            p = '> ' + p
            quote_done = True
        out_ps.append(p)
        i += 1
    return '\n\n'.join(out_ps) + '\n'


def build():
    # 1. YAML front matter, no author (BASIL)
    a = PICKS['MD01']()
    rel = f'{L}/markdown-01-front-matter.md'
    fm = (f'---\ntitle: {yq(a.title)}\ndate: {a.published}\nsource: {a.outlet}\nurl: {a.url}\n'
          f'tags: [politics, election-2016]\n---\n\n')
    write(rel, fm + decorate(a.paras, 'https://www.whitehouse.gov/', list_run=(6, 9)))
    add(rel, L, art(a, note='Front matter has no author field (BASIL stores no byline).'))

    # 2. YAML front matter with authors list and outlet key
    a = PICKS['MD02']()
    rel = f'{L}/markdown-02-front-matter-authors.md'
    fm = (f'---\nlayout: article\ntitle: {yq(a.title)}\nauthors:\n' +
          ''.join(f'  - {x}\n' for x in a.authors) +
          f'date: {a.published}\noutlet: {a.outlet}\nsection: Politics\n---\n\n')
    write(rel, fm + decorate(a.paras, 'https://oig.state.gov/', list_run=(9, 12)))
    add(rel, L, art(a, note='The print sub-headline of the original is omitted.'))

    # 3. ATX headline, italic byline and date line
    a = PICKS['MD03']()
    rel = f'{L}/markdown-03-atx-byline.md'
    head = f'# {a.title}\n\n*By {a.authors[0]}*  \n*{a.outlet} — {long_date(a.published)}*\n\n---\n\n'
    write(rel, head + decorate(a.paras, 'https://berniesanders.com/issues/', list_run=(7, 9)))
    add(rel, L, art(a))

    # 4. Setext headline, bold outlet, date and byline on one line
    a = PICKS['MD04']()
    rel = f'{L}/markdown-04-setext.md'
    head = (f'{a.title}\n{"=" * len(a.title)}\n\n**{a.outlet}** | {dmy(a.published)} | by {a.authors[0]}\n\n')
    write(rel, head + decorate(a.paras, 'https://www.gop.com/', list_run=(10, 13)))
    add(rel, L, art(a, note='Setext (===) headline; byline in lower-case "by".'))

    # 5. Jekyll-style front matter with canonical_url and author: null
    a = PICKS['MD05']()
    rel = f'{L}/markdown-05-jekyll.md'
    fm = (f'---\nlayout: post\ntitle: {yq(a.title)}\nauthor: null\npublisher: {a.outlet}\n'
          f'date: {a.published} 00:00:00 -0500\ncanonical_url: {a.url}\n'
          f'categories: [news, guns]\n---\n\n')
    write(rel, fm + decorate(a.paras, 'https://www.nraschoolshield.com/', list_run=(5, 8)))
    add(rel, L, art(a, note='Jekyll date "YYYY-MM-DD 00:00:00 -0500": midnight placeholder, truth keeps '
                            'the date only. Key names differ: publisher, canonical_url.'))
