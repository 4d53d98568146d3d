"""PDF articles laid out with reportlab: running headers, page-number footers, hyphenated line
breaks, a two-column page, a browser "print to PDF" page, and an image-only "scanned" page."""
import io, os, random, datetime as dt
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import ImageReader
from PIL import Image, ImageDraw, ImageFilter
from picks import PICKS
from common import *
from truth import out, add, art

L = 'pdf'
FD = '/usr/share/fonts/truetype/dejavu/'
for name, f in [('Serif', 'DejaVuSerif.ttf'), ('Serif-Bold', 'DejaVuSerif-Bold.ttf'),
                ('Serif-Italic', 'DejaVuSerif-Italic.ttf'), ('Sans', 'DejaVuSans.ttf'),
                ('Sans-Bold', 'DejaVuSans-Bold.ttf'), ('SansCond', 'DejaVuSansCondensed.ttf'),
                ('SansCond-Bold', 'DejaVuSansCondensed-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + f))

VOW = set('aeiouy')
W, H = letter


NO_SPLIT = {'th', 'ch', 'sh', 'ph', 'wh', 'ck', 'ng', 'gh', 'qu', 'tr', 'pr', 'br', 'cr', 'dr', 'fr',
            'gr', 'pl', 'bl', 'cl', 'fl', 'gl', 'sl', 'wr', 'kn', 'sc', 'sp', 'st'}


def split_points(core):
    """Plausible syllable-ish split positions (prefix length k) for a lower-case word: between two
    consonants that do not form a cluster/digraph, or after a single vowel before consonant+vowel.
    Never leaves fewer than 3 letters on either side or a bare '-ed' ending."""
    pts = []
    for k in range(3, len(core) - 2):
        pre, suf = core[:k], core[k:]
        if not (set(pre) & VOW) or not (set(suf) & VOW):
            continue
        if len(suf) == 3 and suf.endswith('ed'):
            continue
        x, y = core[k - 1], core[k]
        if core[k - 1:k + 1] in NO_SPLIT:
            continue
        if x not in VOW and y not in VOW:
            if x == 's' and core[k - 2] not in VOW:
                continue
            pts.append(k)
        elif x in VOW and core[k - 2] not in VOW and y not in VOW and core[k + 1] in VOW:
            pts.append(k)
    return pts


class Wrapper:
    """Greedy line filling with hyphenation. Records every break inside a word."""

    def __init__(self, font, size, protect_first=8, protect_last=8):
        self.font, self.size = font, size
        self.hyph = []      # words split with an added hyphen: 'adminis-tration'
        self.compound = []  # hyphenated compounds broken after their own hyphen
        self.pf, self.pl = protect_first, protect_last

    def wrap(self, paras, width_for_line, indent=0.0):
        total = sum(len(p.split()) for p in paras)
        gi = 0
        out_paras = []
        for p in paras:
            words = p.split()
            lines, cur = [], ''
            li = 0
            i = 0
            while i < len(words):
                w = words[i]
                width = width_for_line() - (indent if not lines else 0)
                cand = (cur + ' ' + w) if cur else w
                if stringWidth(cand, self.font, self.size) <= width:
                    cur = cand
                    i += 1
                    gi += 1
                    continue
                protected = gi < self.pf or gi >= total - self.pl
                done = False
                if cur and not protected:
                    room = width - stringWidth(cur + ' ', self.font, self.size)
                    if '-' in w[1:-1]:
                        segs = w.split('-')
                        for j in range(len(segs) - 1, 0, -1):
                            pre = '-'.join(segs[:j]) + '-'
                            if segs[j] and stringWidth(pre, self.font, self.size) <= room:
                                self.compound.append(w)
                                lines.append(cur + ' ' + pre)
                                li += 1
                                words[i] = '-'.join(segs[j:])
                                cur = ''
                                done = True
                                break
                    else:
                        lead = len(w) - len(w.lstrip('“"‘(\''))
                        core_end = len(w.rstrip('.,;:!?”"’)\''))
                        core = w[lead:core_end]
                        if core.isalpha() and core.islower() and len(core) >= 7:
                            for k in sorted(split_points(core), reverse=True):
                                pre = w[:lead + k] + '-'
                                if stringWidth(pre, self.font, self.size) <= room:
                                    self.hyph.append(core[:k] + '-' + core[k:])
                                    lines.append(cur + ' ' + pre)
                                    li += 1
                                    words[i] = w[lead + k:]
                                    cur = ''
                                    done = True
                                    break
                if done:
                    continue
                if cur:
                    lines.append(cur)
                    li += 1
                    cur = ''
                else:  # single over-long token
                    lines.append(w)
                    li += 1
                    i += 1
                    gi += 1
            if cur:
                lines.append(cur)
            out_paras.append(lines)
        return out_paras


def title_lines(text, font, size, width):
    words, lines, cur = text.split(), [], ''
    for w in words:
        c = (cur + ' ' + w) if cur else w
        if stringWidth(c, font, size) <= width:
            cur = c
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


class Flow:
    """Places lines into columns/pages; calls header/footer hooks on each new page."""

    def __init__(self, c, cols, top_first, top, bottom, left, right, gutter, leading, on_page):
        self.c, self.cols, self.top, self.bottom = c, cols, top, bottom
        self.left, self.right, self.gutter, self.leading = left, right, gutter, leading
        self.colw = (right - left - gutter * (cols - 1)) / cols
        self.page, self.col = 1, 0
        self.y = top_first
        self.on_page = on_page
        on_page(c, 1)

    def x(self):
        return self.left + self.col * (self.colw + self.gutter)

    def need(self, h):
        if self.y - h < self.bottom:
            self.col += 1
            if self.col >= self.cols:
                self.c.showPage()
                self.page += 1
                self.col = 0
                self.on_page(self.c, self.page)
            self.y = self.top

    def line(self, text, font, size, dx=0):
        self.need(self.leading)
        self.y -= self.leading
        self.c.setFont(font, size)
        self.c.drawString(self.x() + dx, self.y, text)

    def gap(self, h):
        self.y -= h


def set_created(y, m, d, hh=12, mm=0):
    """PDF CreationDate/ModDate via SOURCE_DATE_EPOCH (reportlab reads it when a canvas is made)."""
    os.environ['SOURCE_DATE_EPOCH'] = str(int(dt.datetime(y, m, d, hh, mm, tzinfo=dt.timezone.utc).timestamp()))


def layout_article(path, a, *, header, footer, meta, cols=1, font='Serif', size=10.5, leading=14,
                   title_font='Serif-Bold', title_size=20, kicker=None, byline=None, dateline=None,
                   indent=14, para_gap=0, interludes=None, pdf_meta=None):
    c = canvas.Canvas(path, pagesize=letter, pageCompression=1)
    c.setSubject('')
    for k, v in (pdf_meta or {}).items():
        getattr(c, {'title': 'setTitle', 'author': 'setAuthor', 'subject': 'setSubject',
                    'creator': 'setCreator', 'producer': 'setProducer', 'keywords': 'setKeywords'}[k])(v)
    left, right, top, bottom = 60, W - 60, H - 72, 64

    def on_page(cv, n):
        header(cv, n)
        footer(cv, n)

    # the Flow draws header/footer for page 1; the title block is drawn right after
    flow = Flow(c, cols, top, top, bottom, left, right, 18, leading, on_page)
    if kicker:
        flow.line(kicker, 'Sans-Bold', 8.5)
        flow.gap(4)
    for tl in title_lines(a.title, title_font, title_size, right - left):
        flow.y -= title_size * 1.2
        c.setFont(title_font, title_size)
        c.drawString(left, flow.y, tl)
    flow.gap(10)
    if byline:
        flow.line(byline, 'Sans-Bold', 9.5)
    if dateline:
        flow.line(dateline, 'Sans', 9.5)
    flow.gap(8)
    c.setLineWidth(0.6)
    c.line(left, flow.y, right, flow.y)
    flow.gap(10)
    top_body = flow.y
    wr = Wrapper(font, size)

    def width():
        return flow.colw

    paras = wr.wrap(a.paras, width, indent=indent)
    first_page_top = top_body
    for pi, lines in enumerate(paras):
        for li, ln in enumerate(lines):
            dx = indent if li == 0 else 0
            # on page 1 the second column also starts under the title block
            before = (flow.page, flow.col)
            flow.need(leading)
            if (flow.page, flow.col) != before and flow.page == 1:
                flow.y = first_page_top
            flow.y -= leading
            c.setFont(font, size)
            c.drawString(flow.x() + dx, flow.y, ln)
        if para_gap:
            flow.gap(para_gap)
        if interludes and pi in interludes:
            flow.gap(6)
            for t in interludes[pi]:
                flow.line(t, 'Sans', 8)
            flow.gap(6)
    c.showPage()
    c.save()
    return flow.page, wr


def build():
    # 1. single column, running header, "Page N" footer, hyphenation, 3+ pages
    a = PICKS['P01']()
    rel = f'{L}/pdf-01-single-column.pdf'
    hdr = 'THE WASHINGTON POST · NATIONAL'

    def header(c, n):
        if n > 1:
            c.setFont('Sans', 8)
            c.drawString(60, H - 44, hdr)
            c.drawRightString(W - 60, H - 44, long_date(a.published).upper())
            c.setLineWidth(0.4)
            c.line(60, H - 50, W - 60, H - 50)

    def footer(c, n):
        c.setFont('Sans', 8)
        c.drawCentredString(W / 2, 36, f'Page {n}')

    set_created(2016, 7, 15, 22, 40)
    pages, wr = layout_article(out(rel), a, header=header, footer=footer, meta=None,
                               byline=f'By {a.authors[0]}', dateline=long_date(a.published),
                               kicker='NATIONAL POLITICS',
                               pdf_meta={'title': a.title, 'author': a.authors[0], 'subject': a.outlet,
                                         'creator': 'Adobe InDesign CC 2015 (Macintosh)'})
    add(rel, L, art(a, furniture=[hdr, 'Page 2', 'NATIONAL POLITICS'],
                    note=f'{pages} pages. Running header (pages 2+) "{hdr}" plus the date; footer "Page N". '
                         'WaPo print sub-headline omitted. PDF Info: Title=headline, Author=reporter.',
                    pages=pages, hyphenated=wr.hyph, compound_breaks=sorted(set(wr.compound)),
                    _strip=[r'^THE WASHINGTON POST · NATIONAL.*$', r'^Page \d+$', r'^[A-Z]+ \d+, \d{4}$']))

    # 2. two columns, Word-like PDF metadata that does not describe the article
    a = PICKS['P02']()
    rel = f'{L}/pdf-02-two-column.pdf'

    def header2(c, n):
        c.setFont('SansCond-Bold', 9)
        c.drawString(60, H - 44, 'POLITICO')
        c.setFont('SansCond', 9)
        c.drawRightString(W - 60, H - 44, '2016 ELECTIONS')
        c.setLineWidth(1.2)
        c.line(60, H - 50, W - 60, H - 50)

    def footer2(c, n):
        c.setFont('SansCond', 8)
        c.drawString(60, 36, 'politico.com')
        c.drawRightString(W - 60, 36, f'{n}')

    set_created(2017, 3, 2, 15, 12)
    pages, wr = layout_article(out(rel), a, header=header2, footer=footer2, meta=None, cols=2,
                               font='Serif', size=9.5, leading=12.2, title_size=22,
                               byline=f'By {a.authors[0]}', dateline=weekday_date(a.published),
                               indent=10,
                               pdf_meta={'title': 'Microsoft Word - vogel_data_juggernaut.docx',
                                         'author': 'jsmith', 'creator': 'Microsoft® Word 2016',
                                         'producer': 'Microsoft® Word 2016'})
    add(rel, L, art(a, furniture=['2016 ELECTIONS', 'politico.com'],
                    note=f'{pages} pages, two text columns (title block spans both on page 1). Header '
                         '"POLITICO ... 2016 ELECTIONS" on every page; footer "politico.com" and a bare '
                         'page number. PDF Info is misleading: Title "Microsoft Word - '
                         'vogel_data_juggernaut.docx", Author "jsmith". Body uses "―" (U+2015) dashes.',
                    pages=pages, hyphenated=wr.hyph, compound_breaks=sorted(set(wr.compound)),
                    _strip=[r'^POLITICO ?(2016 ELECTIONS)?$', r'^2016 ELECTIONS$', r'^politico\.com ?\d*$', r'^\d+$']))

    # 3. browser print-to-PDF of a web page: print date/time + page title header, URL + n/N footer
    a = PICKS['P03']()
    rel = f'{L}/pdf-03-browser-print.pdf'
    ptitle = f'{a.title} - The New York Times'
    total = {'n': 4}

    def header3(c, n):
        c.setFont('Sans', 7.5)
        c.drawString(30, H - 22, '3/11/24, 2:05 PM')
        c.drawCentredString(W / 2 + 40, H - 22, ptitle[:95])

    def footer3(c, n):
        c.setFont('Sans', 7.5)
        c.drawString(30, 18, a.url)
        c.drawRightString(W - 30, 18, f'{n}/{total["n"]}')

    inter = {2: ['Advertisement', 'Continue reading the main story'],
             9: ['Sign up for The Morning newsletter from The New York Times']}
    for attempt in range(3):
        set_created(2024, 3, 11, 18, 5)
        pages, wr = layout_article(out(rel), a, header=header3, footer=footer3, meta=None,
                                   font='Serif', size=10, leading=14.5, title_font='Serif-Bold',
                                   title_size=24, kicker='POLITICS', byline=None,
                                   dateline=ap_date(a.published), indent=0, para_gap=8,
                                   interludes=inter,
                                   pdf_meta={'title': ptitle, 'creator': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
                                             'producer': 'Skia/PDF m122', 'author': ''})
        if pages == total['n']:
            break
        total['n'] = pages
    add(rel, L, art(a, furniture=['3/11/24, 2:05 PM', f'1/{pages}', 'Continue reading the main story',
                                  'Sign up for The Morning newsletter from The New York Times'],
                    note=f'{pages} pages printed from a browser: every page has the print date/time and the '
                         'page title at the top and the URL plus "n/N" at the bottom (the print date '
                         '3/11/24 is NOT the publication date). Web furniture ("Advertisement", "Continue '
                         'reading the main story", newsletter line) printed between paragraphs. '
                         'No byline (BASIL stores none). PDF Info Title = page title; CreationDate = print date '
                         '2024-03-11.',
                    pages=pages, hyphenated=wr.hyph, compound_breaks=sorted(set(wr.compound)),
                    _strip=[r'^3/11/24, 2:05 PM.*$', r'^https?://\S+ ?\d+/\d+$', r'^\d+/\d+$', r'^https?://\S+$',
                            r'^Advertisement$', r'^Continue reading the main story$', r'^Sign up for The Morning newsletter.*$']))

    # 4. NYT article, serif, capitals byline with "JR.", newspaper-style running head
    a = PICKS['P04']()
    rel = f'{L}/pdf-04-newspaper-style.pdf'
    d = D(a.published)
    run = f'THE NEW YORK TIMES, {d.strftime("%A").upper()}, {MONTHS[d.month-1].upper()} {d.day}, {d.year}'

    def header4(c, n):
        c.setFont('Serif', 8)
        if n % 2:
            c.drawRightString(W - 60, H - 44, run)
            c.drawString(60, H - 44, f'A{10 + n}')
        else:
            c.drawString(60, H - 44, run)
            c.drawRightString(W - 60, H - 44, f'A{10 + n}')
        c.setLineWidth(0.5)
        c.line(60, H - 50, W - 60, H - 50)

    def footer4(c, n):
        pass

    set_created(2016, 8, 1, 4, 30)
    pages, wr = layout_article(out(rel), a, header=header4, footer=footer4, meta=None,
                               font='Serif', size=10, leading=13, title_font='Serif-Bold', title_size=21,
                               byline='By ' + ' and '.join(x.upper() for x in a.authors), dateline=None,
                               indent=12, pdf_meta={'title': '', 'author': '', 'creator': 'PageSuite'})
    add(rel, L, art(a, furniture=[run, 'A11', 'A12'],
                    note=f'{pages} pages, newspaper page look: running head "{run}" with page folios '
                         '"A11", "A12"... (no separate footer). Byline in capitals with "JR." — truth '
                         '"Richard A. Oppel Jr.". Date only in the running head. PDF Info empty.',
                    pages=pages, hyphenated=wr.hyph, compound_breaks=sorted(set(wr.compound)),
                    _strip=[r'^THE NEW YORK TIMES, .*$', r'^A\d+$', r'^A\d+ ?THE NEW YORK TIMES.*$', r'^THE NEW YORK TIMES.* A\d+$']))

    # 5. scanned: one raster image per page, no text layer at all
    rel = f'{L}/pdf-05-scanned.pdf'
    rnd = random.Random(5)
    set_created(2024, 2, 20, 16, 48)
    c = canvas.Canvas(out(rel), pagesize=letter)
    c.setSubject('')
    c.setCreator('Canon iR-ADV C5535 PDF')
    c.setProducer('Adobe PSL 1.3e for Canon')
    c.setTitle('')
    c.setAuthor('')
    for page in range(2):
        img = Image.new('L', (1275, 1650), 246)
        dr = ImageDraw.Draw(img)
        y = 120
        if page == 0:
            dr.rectangle([120, 80, 600, 98], fill=90)           # masthead
            for i in range(2):                                 # headline bars
                dr.rectangle([120, 150 + i * 52, 1100 - i * 260, 188 + i * 52], fill=25)
            dr.rectangle([120, 280, 480, 294], fill=70)          # byline
            y = 340
        while y < 1540:
            for col in (0, 1):
                x0 = 120 + col * 540
                ln = rnd.randint(380, 500) if rnd.random() > 0.12 else rnd.randint(120, 300)
                dr.rectangle([x0, y, x0 + ln, y + 11], fill=rnd.randint(40, 70))
            y += 24 if rnd.random() > 0.1 else 40
        img = img.rotate(0.6, fillcolor=246).filter(ImageFilter.GaussianBlur(0.8))
        noise = Image.effect_noise((1275, 1650), 18).point(lambda v: 255 if v > 250 else 0)
        img.paste(200, mask=noise)
        buf = io.BytesIO()
        img.save(buf, 'PNG')
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    add(rel, L, expect='scanned', why='Two pages, each a single raster image (grey bars imitating a '
        'scanned news page); no text layer, no fonts, empty Title/Author. Must be reported as scanned '
        '(needs OCR), not as an empty article.', title=None, outlet=None, published=None, authors=[],
        url=None)
