"""Word files, each holding one real article."""
import datetime as dt
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from picks import PICKS
from common import *
from truth import out, add, art

L = 'docx'


def new_doc(author='research-desk', created=dt.datetime(2024, 2, 14, 9, 12), title='', last_by=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = last_by or author
    cp.created = created
    cp.modified = created + dt.timedelta(minutes=7)
    cp.title = title
    cp.revision = 2
    cp.comments = ''
    cp.keywords = ''
    cp.subject = ''
    cp.category = ''
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(11)
    return d


def field_run(par, instr, cached):
    def fc(t):
        e = OxmlElement('w:fldChar')
        e.set(qn('w:fldCharType'), t)
        return e
    r = par.add_run()
    r._r.append(fc('begin'))
    r = par.add_run()
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = f' {instr} '
    r._r.append(it)
    r = par.add_run()
    r._r.append(fc('separate'))
    par.add_run(cached)
    r = par.add_run()
    r._r.append(fc('end'))


def add_hyperlink(par, url, text):
    part = par.part
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink')
    h.set(qn('r:id'), r_id)
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    st = OxmlElement('w:rStyle')
    st.set(qn('w:val'), 'Hyperlink')
    rpr.append(st)
    u = OxmlElement('w:u')
    u.set(qn('w:val'), 'single')
    rpr.append(u)
    c = OxmlElement('w:color')
    c.set(qn('w:val'), '0563C1')
    rpr.append(c)
    r.append(rpr)
    t = OxmlElement('w:t')
    t.text = text
    r.append(t)
    h.append(r)
    par._p.append(h)


def body(d, a, first_line_indent=False):
    for p in a.paras:
        para = d.add_paragraph(p)
        if first_line_indent:
            para.paragraph_format.first_line_indent = Pt(18)


def build():
    # 1. Title style headline, byline and date paragraphs; core props name the person who saved it
    a = PICKS['D01']()
    d = new_doc(author='research-desk', title='Clinton clip')
    d.add_paragraph(a.title, style='Title')
    d.add_paragraph(f'By {a.authors[0]}')
    d.add_paragraph(long_date(a.published))
    body(d, a)
    clip = d.add_paragraph()
    r = clip.add_run('[Clipping saved 14 February 2024 for the 2016 campaign file]')
    r.italic = True
    rel = f'{L}/docx-01-title-style.docx'
    d.save(out(rel))
    add(rel, L, art(a, furniture=['[Clipping saved 14 February 2024 for the 2016 campaign file]'], note='Headline in the Title style. Core properties (author "research-desk", '
                            'title "Clinton clip", created 2024-02-14) describe the person who saved the '
                            'file, not the article; the last paragraph is a clipping note dated 2024 (furniture). WaPo print '
                            'sub-headline omitted.'))

    # 2. Heading 1 headline, header with outlet, footer "Page N of M" fields
    a = PICKS['D02']()
    d = new_doc(author='jlee', created=dt.datetime(2023, 11, 2, 16, 40), title='')
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'THE NEW YORK TIMES | NATIONAL'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run('Page ')
    field_run(fp, 'PAGE', '1')
    fp.add_run(' of ')
    field_run(fp, 'NUMPAGES', '3')
    fp2 = sec.footer.add_paragraph('Clipped for the research file — not for redistribution')
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(a.title, style='Heading 1')
    d.add_paragraph(f'By {a.authors[0]}')
    d.add_paragraph(ap_date(a.published))
    body(d, a, first_line_indent=True)
    rel = f'{L}/docx-02-header-footer.docx'
    d.save(out(rel))
    add(rel, L, art(a, furniture=['THE NEW YORK TIMES | NATIONAL', 'Page 1 of 3',
                                  'Clipped for the research file — not for redistribution'],
                    note='Headline in Heading 1. Page header carries the outlet; footer carries PAGE / '
                         'NUMPAGES fields (cached values "1" and "3") and a clipping notice. Core author '
                         '"jlee" is the saver.'))

    # 3. Core properties carry title/author/created; no visible byline or date
    a = PICKS['D03']()
    d = new_doc(author=a.authors[0], created=dt.datetime.combine(D(a.published), dt.time(12, 0)),
                title=a.title, last_by=a.authors[0])
    d.core_properties.subject = a.outlet
    d.add_paragraph(a.title, style='Heading 1')
    body(d, a)
    rel = f'{L}/docx-03-core-properties-only.docx'
    d.save(out(rel))
    add(rel, L, art(a, note='No visible byline, date or outlet. Core properties: title = headline, '
                            'author = the reporter, created = publication date (12:00 placeholder time, '
                            'truth keeps the date), subject = outlet.'))

    # 4. BASIL article with a source line holding the URL as a hyperlink
    a = PICKS['D04']()
    d = new_doc(author='research-desk', created=dt.datetime(2024, 1, 9, 10, 3), title='')
    d.add_paragraph(a.title, style='Heading 1')
    p = d.add_paragraph(f'{a.outlet} · {ap_date(a.published)} · ')
    add_hyperlink(p, a.url, a.url)
    for i, x in enumerate(a.paras):
        d.add_paragraph(x)
        if i == 2:
            ph = d.add_paragraph()
            ph.add_run('[Photo omitted from clipping]').italic = True
    rel = f'{L}/docx-04-source-hyperlink.docx'
    d.save(out(rel))
    add(rel, L, art(a, furniture=['[Photo omitted from clipping]'],
                    note='One line "<outlet> · <date> · <url>" with the URL as a real hyperlink; a '
                         '"[Photo omitted from clipping]" placeholder sits between paragraphs 3 and 4. '
                            'No byline (BASIL stores none). Body starts with the dateline "WASHINGTON —".'))

    # 5. metadata table above the body
    a = PICKS['D05']()
    d = new_doc(author='research-desk', created=dt.datetime(2024, 1, 9, 10, 30), title='')
    tb = d.add_table(rows=5, cols=2)
    tb.style = 'Table Grid'
    rows = [('Headline', a.title), ('Outlet', a.outlet), ('Date', mdy_slash(a.published)),
            ('Author', a.authors[0]), ('Filed under', 'Democrats / primary debates')]
    for i, (k, v) in enumerate(rows):
        tb.cell(i, 0).text = k
        tb.cell(i, 1).text = v
    d.add_paragraph('')
    body(d, a)
    rel = f'{L}/docx-05-metadata-table.docx'
    d.save(out(rel))
    add(rel, L, art(a, furniture=['Filed under', 'Democrats / primary debates'],
                    note='Metadata in a two-column table (Headline/Outlet/Date/Author/Filed under) above '
                         'the body; date as MM/DD/YYYY. No Title/Heading style anywhere.'))
