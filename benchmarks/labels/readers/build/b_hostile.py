"""Files a reader must refuse (or, for the mislabelled ones, may parse only after sniffing the
real format)."""
import io, os, random, zipfile, json
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from picks import PICKS
from common import *
from truth import out, add, art
import b_html, b_exports, b_pdf

L = 'hostile'


def build():
    # 1. login wall, no article
    rel = f'{L}/hostile-01-login-wall.html'
    html = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign In | The Metro Tribune</title>
<meta name="robots" content="noindex, nofollow">
<meta property="og:site_name" content="The Metro Tribune">
<meta property="og:title" content="Subscribe to keep reading">
<link rel="canonical" href="https://account.metrotribune.example/login?return=%2Fpolitics%2F2016%2F07%2F05%2Fstory.html">
</head>
<body class="paywall">
<header class="masthead"><a href="/">The Metro Tribune</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a></nav></header>
<main class="paywall-modal" role="dialog" aria-modal="true">
<h1>You have read all of your free articles this month.</h1>
<p class="lede">Subscribe now for unlimited access to award-winning journalism. Cancel anytime.</p>
<ul class="offer"><li>Unlimited digital access</li><li>The Morning Briefing newsletter</li><li>Ad-free reading on the app</li></ul>
<a class="btn btn-primary" href="/subscribe?offer=99c">Subscribe for 99¢</a>
<h2>Already a subscriber?</h2>
<form action="/login" method="post" class="login-form">
<label for="email">Email address</label><input id="email" type="email" name="email" autocomplete="username">
<label for="password">Password</label><input id="password" type="password" name="password" autocomplete="current-password">
<label><input type="checkbox" name="remember"> Keep me signed in</label>
<button type="submit">Sign In</button>
<a href="/forgot">Forgot your password?</a>
</form>
<p class="fine-print">By signing in you agree to our Terms of Service and acknowledge our Privacy Policy.</p>
</main>
<footer><p>© 2016 The Metro Tribune. All rights reserved.</p></footer>
</body></html>
'''
    open(out(rel), 'w', encoding='utf-8').write(html)
    add(rel, L, expect='skip', why='Subscription/login wall: a sign-in form and an offer, no article '
        'text at all (the <h1> is a paywall message, not a headline).')

    # 2. section front listing many headlines
    rel = f'{L}/hostile-02-index-page.html'
    pool = b_html.POOL
    items = []
    for i in range(30):
        o, t = pool[(i * 7) % len(pool)]
        items.append(f'<li class="story-card"><h3 class="story-card__headline"><a href="/politics/story-{1000 + i}.html">{esc(t)}</a></h3>'
                     f'<p class="story-card__meta"><span class="source">{esc(o)}</span> · <time>{i % 23 + 1} hours ago</time></p></li>')
    html = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Politics: Latest News and Headlines | News Digest</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="News Digest">
<meta property="og:title" content="Politics: Latest News and Headlines">
<link rel="canonical" href="https://newsdigest.example/politics/">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "CollectionPage", "name": "Politics", "url": "https://newsdigest.example/politics/"})}</script>
</head><body class="section-front">
<header><a href="/">News Digest</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main><h1 class="section-title">Politics</h1>
<ol class="story-list">
{chr(10).join(items)}
</ol>
<nav class="pagination"><a href="?page=2">Next page</a></nav></main>
<footer>© News Digest</footer></body></html>
'''
    open(out(rel), 'w', encoding='utf-8').write(html)
    add(rel, L, expect='skip', why='Section front / index page: 30 headline links with one-line '
        'metadata each and no article body (JSON-LD @type CollectionPage, og:type website).')

    # 3. truncated LexisNexis export
    a = PICKS['X03']()
    rel = f'{L}/hostile-03-nexis-truncated.txt'
    full = b_exports.ln_academic_doc(a, 1, 3)
    cut = full.index(a.paras[5]) + len(a.paras[5]) // 2
    open(out(rel), 'w', encoding='utf-8', newline='\r\n').write(full[:cut])
    add(rel, L, expect='skip', why='LexisNexis export announcing "1 of 3 DOCUMENTS" that ends in the '
        'middle of a sentence of the first document: no LOAD-DATE, no copyright footer, documents 2 and 3 '
        'missing. Must be reported as truncated/malformed, not emitted as a complete article.',
        source=a.source)

    # 4. password-protected PDF
    rel = f'{L}/hostile-04-password-protected.pdf'
    b_pdf.set_created(2016, 9, 1, 10, 0)
    c = canvas.Canvas(out(rel), pagesize=letter, encrypt='s3cret-2016')
    c.setFont('Helvetica-Bold', 16)
    c.drawString(72, 700, 'Internal briefing — restricted')
    c.setFont('Helvetica', 11)
    c.drawString(72, 670, 'This document requires a password to open.')
    c.showPage()
    c.save()
    add(rel, L, expect='skip', why='PDF encrypted with a user password (reportlab encrypt=); cannot be '
        'opened without it. Report as encrypted, do not crash.')

    # 5. .docx that is a zip of junk
    rel = f'{L}/hostile-05-zip-of-junk.docx'
    rnd = random.Random(55)
    with zipfile.ZipFile(out(rel), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('junk/0001.bin', bytes(rnd.getrandbits(8) for _ in range(4096)))
        z.writestr('readme.txt', 'nothing to see here\n')
        z.writestr('word/document.xml', b'\x00\x01not xml at all\xff\xfe')
    add(rel, L, expect='skip', why='A zip archive with a .docx name but no [Content_Types].xml and a '
        'word/document.xml that is not XML. Not a Word document.')

    # 6. HTML page saved with a .txt extension
    a = PICKS['X06']()
    t = b_html.stamp(a.published, 21, 48)
    html, furn = b_html.t_fox(a, t, 66, ld=True)
    rel = f'{L}/hostile-06-html-page-saved-as.txt'
    open(out(rel), 'w', encoding='utf-8').write(html)
    alt = art(a, published=b_html.iso_t(t), furniture=furn)
    add(rel, L, expect='skip', why='A complete HTML page (Fox-style template) saved with a .txt '
        'extension. Reading it as plain text would put markup into the body. Skip, or sniff the content '
        'and parse it as HTML (then the truth below applies).', or_parse_as='html', alternative=alt)

    # 7. PDF named .docx
    a = PICKS['X07']()
    rel = f'{L}/hostile-07-pdf-named.docx'
    tmp = out(f'{L}/_tmp.pdf')

    def h(c, n):
        c.setFont('Sans', 8)
        c.drawString(60, 748, 'THE FACT CHECKER')

    def f(c, n):
        c.setFont('Sans', 8)
        c.drawCentredString(306, 36, str(n))
    b_pdf.set_created(2016, 2, 6, 9, 0)
    pages, wr = b_pdf.layout_article(tmp, a, header=h, footer=f, meta=None,
                                     byline=f'By {a.authors[0]}', dateline=long_date(a.published),
                                     pdf_meta={'title': a.title, 'author': a.authors[0]})
    os.replace(tmp, out(rel))
    alt = art(a, furniture=['THE FACT CHECKER'], hyphenated=wr.hyph)
    add(rel, L, expect='skip', why='A PDF file (starts with %PDF-) named .docx; python-docx/zip readers '
        'fail on it. Skip with a clear message, or sniff the magic bytes and parse it as PDF (then the '
        'truth below applies).', or_parse_as='pdf', alternative=alt)

    # 8. UTF-16 text with BOM
    a = PICKS['X08']()
    rel = f'{L}/hostile-08-utf16-bom.txt'
    text = f'{a.title}\nBy {a.authors[0]}\nPolitico\n{long_date(a.published)}\n\n' + '\n\n'.join(a.paras) + '\n'
    with open(out(rel), 'wb') as fh:
        fh.write(b'\xff\xfe' + text.replace('\n', '\r\n').encode('utf-16-le'))
    alt = art(a)
    add(rel, L, expect='skip', why='UTF-16LE text with a byte-order mark (FF FE), CRLF line ends, as '
        'saved by Windows Notepad "Unicode". Decoding it as UTF-8 yields NUL-riddled garbage. Skip, or '
        'honour the BOM and parse it as a text-header file (then the truth below applies).',
        or_parse_as='text-header', alternative=alt)

    # 9. empty file
    rel = f'{L}/hostile-09-empty.md'
    open(out(rel), 'wb').close()
    add(rel, L, expect='skip', why='Zero-byte file.')

    # 10. binary junk with a .txt name
    rel = f'{L}/hostile-10-binary-junk.txt'
    rnd = random.Random(10)
    with open(out(rel), 'wb') as fh:
        fh.write(b'\x89\x00\x13' + bytes(rnd.getrandbits(8) for _ in range(8192)))
    add(rel, L, expect='skip', why='8 KB of random bytes including NULs, named .txt. Not text.')
