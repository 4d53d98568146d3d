"""News-database exports: LexisNexis Academic ("N of M DOCUMENTS"), Nexis Uni (text and DOCX,
"Document N of M", "End of Document") and Factiva (field codes HD/BY/WC/PD/SN/SC/LA/CY/LP/TD/AN),
built from the formats' public descriptions. Field values other than the article's own metadata
(sections, page numbers, editions, load dates, subject codes, accession numbers) are invented."""
import datetime as dt
import docx
from docx.shared import Pt
from docx.enum.text import WD_BREAK
from picks import PICKS
from common import *
from truth import out, add, art

# per outlet: (print name in export, section, edition, copyright, publication type, factiva SC, factiva PUB)
EXP = {
    'The New York Times': ('The New York Times', 'Section A; Column 0; National Desk; Pg. 1', 'Late Edition - Final',
                           'Copyright {y} The New York Times Company', 'Newspaper', 'NYTF', 'The New York Times Company'),
    'The Washington Post': ('The Washington Post', 'A-SECTION; Pg. A04', 'Regional Edition',
                            'Copyright {y} The Washington Post\nAll Rights Reserved', 'Newspaper', 'WP',
                            'The Washington Post'),
    'USA Today': ('USA TODAY', 'NEWS; Pg. 4A', 'FIRST EDITION', 'Copyright {y} Gannett Company, Inc.\nAll Rights Reserved',
                  'Newspaper', 'USAT', 'Gannett Company, Inc.'),
    'Politico': ('Politico', 'NEWS', None, 'Copyright {y} Capitol News Company LLC\nAll Rights Reserved',
                 'Web Publication', 'POLCO', 'Capitol News Company LLC'),
    'HuffPost': ('The Huffington Post', 'POLITICS', None, 'Copyright {y} TheHuffingtonPost.com, Inc.\nAll Rights Reserved',
                 'Web Publication', 'HFPO', 'TheHuffingtonPost.com, Inc.'),
    'Breitbart': ('Breitbart', 'POLITICS', None, 'Copyright {y} Breitbart News Network, LLC\nAll Rights Reserved',
                  'Web Publication', 'BRTBRT', 'Breitbart News Network, LLC'),
    'Fox News': ('FoxNews.com', 'POLITICS', None, 'Copyright {y} Fox News Network, LLC\nAll Rights Reserved',
                 'Web Publication', 'FNC', 'Fox News Network, LLC'),
}
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'


def caps_byline(a):
    """Byline as the database prints it."""
    if a.outlet == 'The New York Times':
        return 'By ' + ' and '.join(x.upper() for x in a.authors)
    if a.outlet == 'USA Today':
        return ', '.join(a.authors) + ', USA TODAY'
    if a.outlet == 'The Washington Post':
        return ';'.join(a.authors)
    return ' and '.join(a.authors)


def center(s, w=72):
    return '\n'.join(x.center(w).rstrip() for x in s.split('\n'))


def load_date(a, days=1):
    return long_date((D(a.published) + dt.timedelta(days=days)).isoformat())


# ------------------------------------------------------------------------------ LexisNexis Academic
def ln_academic_doc(a, n, m, web=False, pubname=None):
    y = D(a.published).year
    name, section, edition, copy, ptype = EXP[a.outlet][:5]
    if pubname:
        name = pubname
    if web:
        edition = None
        section = 'POLITICS'
        ptype = 'Web Blog' if 'Blogs' in name else 'Web Publication'
    lines = ['', center(f'{n} of {m} DOCUMENTS'), '', '', center(name), '', center(nexis_date(a.published))]
    if edition:
        lines.append(center(edition))
    lines += ['', a.title, '']
    if a.authors:
        lines += [f'BYLINE: {caps_byline(a)}', '']
    lines += [f'SECTION: {section}', '', f'LENGTH: {word_count(a.paras)} words', '', '']
    for p in a.paras:
        lines += [p, '']
    lines.append('')
    if web and a.url:
        lines += [f'URL: {a.url}', '']
    lines += [f'LOAD-DATE: {load_date(a)}', '', 'LANGUAGE: ENGLISH', '']
    if a.outlet == 'The New York Times' and not web:
        lines += ['GRAPHIC: PHOTO', '']
    lines += [f'PUBLICATION-TYPE: {ptype}', '', '',
              center(copy.format(y=y)), '']
    return '\n'.join(lines) + '\n'


def nexis_academic(key, rel, web=False, pubnames=None, notes=None):
    arts = PICKS[key]()
    m = len(arts)
    text = ''.join(ln_academic_doc(a, i + 1, m, web, (pubnames or {}).get(i)) for i, a in enumerate(arts))
    with open(out(rel), 'w', encoding='utf-8', newline='\r\n') as fh:
        fh.write(text)
    entries = []
    for i, a in enumerate(arts):
        e = art(a, note=(notes or {}).get(i))
        entries.append(e)
    add(rel, 'nexis', articles=entries, format='LexisNexis Academic plain-text export (CRLF line ends)')


# ------------------------------------------------------------------------------ Nexis Uni text
UNI_COVER = '''User Name: Research Desk
Date and Time: Monday, March 11, 2024 2:05:00 PM EDT
Job Number: 218477312


Documents ({m})
{listing}
Client/Matter: -None-
Search Terms: clinton AND (campaign OR email)
Search Type: Terms and Connectors
Narrowed by:
Content Type: News
Narrowed by: Timeline: Nov 01, 2015 to Sep 30, 2016

'''


def uni_fields(a):
    y = D(a.published).year
    name, section, edition, copy, ptype = EXP[a.outlet][:5]
    head = [a.title, name, nexis_date(a.published)]
    if edition:
        head.append(edition)
    return head, copy.replace('\n', ' ').format(y=y), section


def nexis_uni_text(key, rel):
    arts = PICKS[key]()
    m = len(arts)
    listing = '\n'.join(f'{i + 1}. {a.title}' for i, a in enumerate(arts))
    parts = [UNI_COVER.format(m=m, listing=listing)]
    for i, a in enumerate(arts):
        head, copy, section = uni_fields(a)
        lines = [f'Document {i + 1} of {m}', ''] + head + ['', copy, '',
                 f'Section: {section}', f'Length: {word_count(a.paras)} words']
        if a.authors:
            lines.append(f'Byline: {caps_byline(a)}')
        lines += ['Body', '', '']
        for p in a.paras:
            lines += [p, '']
        lines += ['', f'Load-Date: {load_date(a)}', '', '', 'End of Document', '', '']
        parts.append('\n'.join(lines))
    with open(out(rel), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(parts))
    add(rel, 'nexis', articles=[art(a) for a in arts],
        format='Nexis Uni plain-text export; the cover block\'s "Date and Time" is the download date, '
               'not a publication date')


def nexis_uni_docx(key, rel, notes=None):
    arts = PICKS[key]()
    m = len(arts)
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = 'Nexis Uni'
    cp.title = f'Documents ({m})'
    cp.created = dt.datetime(2024, 3, 11, 18, 5, 0)
    cp.last_modified_by = 'Nexis Uni'
    d.add_paragraph('User Name: Research Desk')
    d.add_paragraph('Date and Time: Monday, March 11, 2024 2:05:00 PM EDT')
    d.add_paragraph('Job Number: 218477555')
    p = d.add_paragraph()
    r = p.add_run(f'Documents ({m})')
    r.bold = True
    for i, a in enumerate(arts):
        d.add_paragraph(f'{i + 1}. {a.title}')
    d.add_paragraph('Client/Matter: -None-')
    d.add_paragraph('Search Terms: trump AND (senate OR terrorism OR layoffs OR netanyahu)')
    d.add_paragraph('Search Type: Terms and Connectors')
    for i, a in enumerate(arts):
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        head, copy, section = uni_fields(a)
        d.add_paragraph(f'Document {i + 1} of {m}')
        p = d.add_paragraph()
        r = p.add_run(head[0])
        r.bold = True
        r.font.size = Pt(14)
        for h in head[1:]:
            d.add_paragraph(h)
        d.add_paragraph(copy)
        for lab, val in [('Section', section), ('Length', f'{word_count(a.paras)} words')] + \
                        ([('Byline', caps_byline(a))] if a.authors else []):
            p = d.add_paragraph()
            r = p.add_run(f'{lab}: ')
            r.bold = True
            p.add_run(val)
        p = d.add_paragraph()
        r = p.add_run('Body')
        r.bold = True
        for x in a.paras:
            d.add_paragraph(x)
        p = d.add_paragraph()
        r = p.add_run('Load-Date: ')
        r.bold = True
        p.add_run(load_date(a))
        d.add_paragraph('End of Document')
    d.save(out(rel))
    add(rel, 'nexis', articles=[art(a, note=(notes or {}).get(i)) for i, a in enumerate(arts)],
        format='Nexis Uni DOCX export (one document per page); core properties describe the export, '
               'not the articles')


# ------------------------------------------------------------------------------ Factiva
def factiva_an(a, seq):
    d = D(a.published)
    sc = EXP[a.outlet][5]
    yc = {2015: 'b', 2016: 'c', 2014: 'a', 2013: '9', 2012: '8'}[d.year]
    return f'Document {sc.ljust(8, "0")}{d.strftime("%Y%m%d")}e{yc}{B36[d.month]}{B36[d.day]}{seq:04d}{B36[(seq * 7) % 36]}'


def factiva_by(a):
    if a.outlet == 'The New York Times':
        return 'By ' + ' and '.join(x.upper() for x in a.authors)
    if a.outlet == 'USA Today':
        # the messy form the corpus itself carries
        return a.raw_author
    return 'By ' + ' and '.join(a.authors)


def factiva_fields(a, seq):
    y = D(a.published).year
    name, section, edition, copy, ptype, sc, pub = EXP[a.outlet]
    wc = word_count(a.paras)
    f = [('HD', a.title), ('BY', factiva_by(a)), ('WC', f'{wc:,} words'), ('PD', dmy(a.published)),
         ('SN', name if a.outlet != 'HuffPost' else 'The Huffington Post'), ('SC', sc)]
    if edition:
        f.append(('ED', edition.title() if a.outlet != 'The New York Times' else 'Late Edition - Final'))
    pg = {'The New York Times': 'A16', 'The Washington Post': 'A04', 'USA Today': '4A'}.get(a.outlet)
    if pg:
        f.append(('PG', pg))
    f += [('LA', 'English'), ('CY', copy.replace('\n', ' ').format(y=y))]
    return f, a.paras[:2], a.paras[2:], [
        ('NS', 'gpol : Domestic Politics | gvote : Elections | gcat : Political/General News'),
        ('RE', 'usa : United States | namz : North America'),
        ('IPD', 'Politics'), ('PUB', pub), ('AN', factiva_an(a, seq))]


def factiva_text(key, rel, own_line=False, summary=False, notes=None):
    arts = PICKS[key]()
    blocks = []
    for i, a in enumerate(arts):
        head, lp, td, tail = factiva_fields(a, 17 + i * 3)
        lines = []
        for c, v in head:
            lines += [c, v] if own_line else [f'{c} {v}' if c != 'HD' else f'{c} {v} ']
        lines += ['LP', ''] if own_line else ['LP ']
        for p in lp:
            lines += [p, '']
        lines += ['TD', ''] if own_line else ['TD ']
        for p in td:
            lines += [p, '']
        for c, v in tail:
            lines += [c, v] if own_line else [f'{c} {v}']
        blocks.append('\n'.join(lines))
    text = '\n\n\n'.join(blocks) + '\n'
    if summary:
        text += ('\n\nSearch Summary\nText\tclinton\nDate\t01/01/2016 to 12/31/2016\nSource\tAll Sources\n'
                 'Author\tAll Authors\nCompany\tAll Companies\nSubject\tAll Subjects\nIndustry\tAll Industries\n'
                 'Region\tAll Regions\nLanguage\tEnglish\nResults Found\t1,204\nTimestamp\t11 March 2024 14:05\n')
    with open(out(rel), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    add(rel, 'factiva', articles=[art(a, note=(notes or {}).get(i)) for i, a in enumerate(arts)],
        format=('Factiva text, field code on its own line and value below'
                if own_line else 'Factiva text, field code and value on one line')
        + ('; trailing "Search Summary" block (its Timestamp is the download time)' if summary else ''))


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in '\\{}':
            o.append('\\' + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append(f'\\u{c if c < 32768 else c - 65536}?')
    return ''.join(o)


def factiva_rtf(key, rel):
    arts = PICKS[key]()
    out_parts = [r'{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}'
                 r'{\colortbl;\red0\green0\blue0;\red102\green102\blue102;}' '\n'
                 r'\viewkind4\uc1\pard\f0\fs20' '\n']
    for i, a in enumerate(arts):
        head, lp, td, tail = factiva_fields(a, 41 + i)
        for c, v in head:
            if c == 'HD':
                out_parts.append(r'\pard\sb240\b\cf2 HD\cf1\tab\fs28 ' + rtf_esc(v) + r'\fs20\b0\par' '\n')
            else:
                out_parts.append(r'\pard\cf2 ' + c + r'\cf1\tab ' + rtf_esc(v) + r'\par' '\n')
        out_parts.append(r'\pard\cf2 LP\cf1\par' '\n')
        for p in lp:
            out_parts.append(r'\pard\li720\sa120 ' + rtf_esc(p) + r'\par' '\n')
        out_parts.append(r'\pard\cf2 TD\cf1\par' '\n')
        for p in td:
            out_parts.append(r'\pard\li720\sa120 ' + rtf_esc(p) + r'\par' '\n')
        for c, v in tail:
            out_parts.append(r'\pard\cf2 ' + c + r'\cf1\tab ' + rtf_esc(v) + r'\par' '\n')
        out_parts.append(r'\pard\par\page' '\n')
    out_parts.append('}\n')
    with open(out(rel), 'w', encoding='ascii', newline='\r\n') as fh:
        fh.write(''.join(out_parts))
    add(rel, 'factiva', articles=[art(a) for a in arts],
        format='Factiva RTF export (real RTF markup; non-ASCII as \\uN? escapes)')


def build():
    nexis_academic('N01', 'nexis/nexis-01-academic.txt',
                   notes={1: 'Byline "Philip Rucker"; WaPo print sub-headline omitted.',
                          2: 'Byline printed "Paul Singer, USA TODAY" (suffix is the outlet).'})
    nexis_uni_text('N02', 'nexis/nexis-02-uni.txt')
    nexis_uni_docx('N03', 'nexis/nexis-03-uni.docx',
                   notes={0: 'Publication printed as "The Huffington Post" (outlet proper name HuffPost).'})
    nexis_academic('N04', 'nexis/nexis-04-academic-web.txt', web=True,
                   pubnames={0: 'The New York Times Blogs\n(The Caucus)'},
                   notes={0: 'Publication printed as "The New York Times Blogs (The Caucus)": a blog of '
                             'The New York Times. No byline (BASIL stores none).',
                          1: 'Publication printed as "FoxNews.com" (outlet proper name Fox News).',
                          2: 'Publication printed as "The Huffington Post" (outlet proper name HuffPost).'})
    factiva_text('F01', 'factiva/factiva-01-inline-codes.txt',
                 notes={2: 'BY line is "Donovan Slack, @donovanslack, USA TODAY": one author; the handle and outlet are not names.'})
    factiva_text('F02', 'factiva/factiva-02-codes-own-line.txt', own_line=True, summary=True)
    factiva_rtf('F03', 'factiva/factiva-03-export.rtf')
    factiva_text('F04', 'factiva/factiva-04-inline-codes.txt')
