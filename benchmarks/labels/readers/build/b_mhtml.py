"""Web pages saved by Chrome as a single file (.mhtml, "Saved by Blink"): a MIME multipart/related
message whose first part is the page HTML in quoted-printable, followed by CSS/image parts."""
import quopri, base64, datetime as dt
from email.header import Header
from picks import PICKS
from common import *
from truth import out, add, art
import b_html

L = 'mhtml'


def qp(text):
    enc = quopri.encodestring(text.encode('utf-8'))
    return enc.decode('ascii').replace('\r\n', '\n').replace('\n', '\r\n')


def mhtml(page_html, url, title, saved, extra_parts):
    bnd = '----MultipartBoundary--Qx7rTz0aLkPp3mV9sN2cW8yHbJ4eF6dG1uK5oI----'
    subj = Header(title, 'utf-8').encode(linesep='\r\n')
    head = (f'From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\n'
            f'Subject: {subj}\r\n'
            f'Date: {saved}\r\nMIME-Version: 1.0\r\n'
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{bnd}"\r\n\r\n\r\n')
    parts = [f'--{bnd}\r\nContent-Type: text/html\r\nContent-ID: <frame-5D1C0A5E6B2F4F1A9C3E@mhtml.blink>\r\n'
             f'Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n{qp(page_html)}\r\n']
    for ctype, loc, body, enc in extra_parts:
        parts.append(f'--{bnd}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {enc}\r\n'
                     f'Content-Location: {loc}\r\n\r\n{body}\r\n')
    return head + ''.join(parts) + f'--{bnd}--\r\n'


CSS = ('@charset "utf-8";\r\n\r\nbody { margin: 0px; font-family: georgia, "times new roman", times, serif; }\r\n'
       '.css-axufdj { font-size: 1.25rem; line-height: 1.875rem; }\r\n')
PNG = base64.encodebytes(bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
                                        '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082')).decode().replace('\n', '\r\n')


def build():
    for key, name, maker, hh, mm, note in [
        ('M01', 'mhtml-01-nyt.mhtml', b_html.t_nyt, 9, 47,
         'Chrome "Save as single file" (.mhtml): MIME headers (From: <Saved by Blink>, '
         'Snapshot-Content-Location = page URL, RFC 2047 encoded Subject = page <title>, Date = SAVE '
         'date 2024, not the publication date); the page HTML is quoted-printable (soft line breaks '
         '"=\\r\\n", "=E2=80=94" for —). NYT-style page, no byline (BASIL stores none).'),
        ('M02', 'mhtml-02-fox.mhtml', b_html.t_fox, 13, 20,
         'Chrome .mhtml of a Fox-style page (meta tags + JSON-LD with organisation author "Fox News", '
         'which is not a person). Quoted-printable HTML; Date header is the save date.'),
    ]:
        a = PICKS[key]()
        t = b_html.stamp(a.published, hh, mm)
        res = maker(a, t, 77 + len(name), ld=True) if key == 'M01' else maker(a, t, 78, ld=True, byline_org=True)
        page, furn = res[0], res[1]
        title = f'{a.title} - The New York Times' if key == 'M01' else f'{a.title} | Fox News'
        doc = mhtml(page, a.url, title, 'Mon, 11 Mar 2024 14:05:12 -0000',
                    [('text/css', 'https://static.example-cdn.com/css/main.css', qp(CSS), 'quoted-printable'),
                     ('image/png', 'https://static.example-cdn.com/img/pixel.png', PNG, 'base64')])
        rel = f'{L}/{name}'
        with open(out(rel), 'w', encoding='ascii', newline='') as fh:
            fh.write(doc)
        add(rel, L, art(a, published=b_html.iso_t(t), furniture=furn,
                        note=note + ' Time of day added for the fixture.'))
