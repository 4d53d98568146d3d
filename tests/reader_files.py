"""Article files the reader tests write: web pages, exports, Word, PDF and RTF.

Written here from the formats' public descriptions, with invented articles,
so each test states what is in its file. Nothing is copied from a real export
or site.
"""

from __future__ import annotations

import io
import json

PARAGRAPHS = [
    "GENEVA — Foreign ministers from twelve countries agreed on Tuesday to extend the grain corridor "
    "for another six months, officials said after a night of talks.",
    "The agreement keeps ships moving through the straits while inspectors check cargo at two ports, "
    "according to a statement released by the host government.",
    "“We have bought time, not peace,” said Amara Okafor, the envoy who chaired the meeting. She added "
    "that the inspection regime would be reviewed in the spring.",
    "Shipping companies welcomed the extension but warned that insurance costs remain high, and several "
    "said they would wait for the first convoys before booking new voyages.",
]
TITLE = "Ministers extend grain corridor for six months"
FURNITURE = ["Subscribe to our newsletter", "We use cookies to improve your experience",
             "Share on Facebook", "Most popular: Ten recipes for autumn",
             "I think this deal will not last the winter"]


def news_page(*, json_ld: bool = True, author_ref: bool = True, encoding: str = "utf-8") -> bytes:
    """A saved article page with the furniture real templates carry."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "#org", "name": "Example Herald"},
            {"@type": "Person", "@id": "#p1", "name": "Lena Marsh"},
            {"@type": "NewsArticle", "headline": TITLE, "datePublished": "2021-03-02T18:30:00-05:00",
             "author": [{"@id": "#p1"}] if author_ref else [{"@type": "Person", "name": "Lena Marsh"}],
             "publisher": {"@id": "#org"},
             "mainEntityOfPage": {"@id": "https://www.reuters.com/world/grain-corridor-2021-03-02/"}},
        ],
    }
    ld = f'<script type="application/ld+json">{json.dumps(graph)}</script>' if json_ld else (
        '<meta property="og:site_name" content="Reuters">'
        '<meta property="article:published_time" content="2021-03-02T18:30:00-05:00">'
        '<meta name="author" content="Lena Marsh">'
        f'<meta property="og:title" content="{TITLE}">'
        '<link rel="canonical" href="https://www.reuters.com/world/grain-corridor-2021-03-02/">')
    body = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{encoding}">
<title>{TITLE} | Example Herald</title>{ld}
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<script>document.write("SCRIPT RAN"); fetch("http://127.0.0.1:9/beacon");</script>
</head><body>
<div class="cookie-banner"><p>{FURNITURE[1]}. <a href="#">Accept</a></p></div>
<header><nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>{TITLE}</h1>
<div class="byline">By Lena Marsh · March 2, 2021</div>
<figure><img src="http://127.0.0.1:9/photo.jpg"><figcaption>Ships wait near the straits. Photo: A. Person/Agency</figcaption></figure>
<div class="article-body">
{body}</div>
<div class="share"><a href="#">{FURNITURE[2]}</a> <a href="#">Share on Twitter</a></div>
<aside class="newsletter"><h3>{FURNITURE[0]}</h3><form><input type="email"><button>Sign up</button></form></aside>
</article>
<section class="comments"><h2>Comments</h2><div class="comment"><p>{FURNITURE[4]}.</p></div></section>
<aside class="related"><h2>{FURNITURE[3]}</h2><ul><li><a href="/a">Ten recipes</a></li></ul></aside>
</main><footer><p>© 2021 Example Herald. All rights reserved.</p></footer>
</body></html>
"""
    return page.encode(encoding)


def login_wall() -> bytes:
    return b"""<!DOCTYPE html><html><head><title>Sign in | Example Herald</title></head><body>
<header><nav><a href="/">Home</a></nav></header><main><h1>Subscribe to keep reading</h1>
<p>Create a free account or log in to continue.</p><form><input name="email"><input type="password">
<button>Log in</button></form></main></body></html>"""


def mhtml(page: bytes, url: str = "https://www.reuters.com/world/grain-corridor-2021-03-02/") -> bytes:
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    message = MIMEMultipart("related", type="text/html")
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = url
    message["Subject"] = TITLE
    part = MIMEText(page.decode("utf-8"), "html", "utf-8")
    part["Content-Location"] = url
    message.attach(part)
    return message.as_bytes()


# --------------------------------------------------------------------------- exports

NEXIS_ACADEMIC_DOC = """\
                            {n} of {m} DOCUMENTS


                           {outlet}

                       March {day}, 2021 Tuesday
                          Late Edition - Final

{title}

BYLINE: By {byline}

SECTION: Section A; Foreign Desk; Pg. 6

LENGTH: 412 words


{body}


LOAD-DATE: March {load}, 2021

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper


                   Copyright 2021 {outlet}


"""


def nexis_academic(n: int = 3) -> str:
    docs = []
    for i in range(1, n + 1):
        body = "\n\n".join(p.replace("Tuesday", f"day {i}") for p in PARAGRAPHS)
        docs.append(NEXIS_ACADEMIC_DOC.format(
            n=i, m=n, outlet=["The New York Times", "The Washington Post", "USA TODAY"][(i - 1) % 3],
            day=i, title=f"Grain deal, part {i}", byline="LENA MARSH and TOMAS VIDAL", body=body,
            load=i + 1))
    return "\n".join(docs)


def nexis_uni_paragraphs(n: int = 2) -> list[str]:
    """A Nexis Uni export as paragraphs (for a text file, one per line; for Word, one per paragraph)."""
    out = ["User Name: Research Desk", "Date and Time: Monday, March 11, 2024 2:05:00 PM EDT",
           "Job Number: 1234", "", f"Documents ({n})"]
    out += [f"{i}. Grain deal, part {i}" for i in range(1, n + 1)]
    out += ["Search Terms: grain", "", ""]
    for i in range(1, n + 1):
        out += [f"Document {i} of {n}", "", f"Grain deal, part {i}", "Politico", f"March {i}, 2021 Tuesday",
                "", "Copyright 2021 Example Company LLC All Rights Reserved", "", "Section: NEWS",
                "Length: 400 words", "Byline: Lena Marsh", "Body", "", ""]
        for p in PARAGRAPHS:
            out += [p, ""]
        out += ["", f"Load-Date: March {i + 1}, 2021", "", "", "End of Document", "", ""]
    return out


def factiva(inline: bool = True, n: int = 2) -> str:
    docs = []
    for i in range(1, n + 1):
        fields = [("HD", f"Grain deal, part {i}"), ("BY", "By Lena Marsh, @lenamarsh, USA TODAY"),
                  ("WC", "412 words"), ("PD", f"{i} March 2021"), ("SN", "USA Today"), ("SC", "USAT"),
                  ("LA", "English"), ("CY", "Copyright 2021 USA Today")]
        lines = []
        for code, value in fields:
            lines += [f"{code} {value}"] if inline else [code, value]
        lines += ["LP", "", PARAGRAPHS[0], "", PARAGRAPHS[1], "", "TD", ""]
        lines += [PARAGRAPHS[2], "", PARAGRAPHS[3], "", ""]
        lines += ["NS gpol : Domestic Politics | gcat : Political/General News",
                  "RE usa : United States", f"AN Document USAT000020210302eh3{i}0000{i}", "", ""]
        docs.append("\n".join(lines))
    return "\n".join(docs) + "\nSearch Summary\nText\tgrain\nTimestamp\t11 March 2024 14:05\n"


def rtf(text: str) -> bytes:
    """An RTF file showing ``text`` (cp1252 bytes as \\'hh, others as \\uN?)."""
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}{\info{\author jsmith}}\f0\fs24 "]
    for ch in text:
        if ch == "\n":
            out.append("\\par\n")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    out.append("}")
    return "".join(out).encode("ascii")


# --------------------------------------------------------------------------- Word, PDF


def word_article(*, header_text: str | None = "THE WASHINGTON POST | WORLD", table: bool = False,
                 core_only: bool = False) -> bytes:
    import datetime as _dt

    import docx

    document = docx.Document()
    section = document.sections[0]
    if header_text:
        section.header.paragraphs[0].text = header_text
    section.footer.paragraphs[0].text = "Page 1 of 2 — clipped for the research file"
    core = document.core_properties
    core.author = "research-desk" if not core_only else "Lena Marsh"
    core.title = "grain clip" if not core_only else TITLE
    core.created = _dt.datetime(2024, 2, 14, 9, 0) if not core_only else _dt.datetime(2021, 3, 2, 12, 0)
    if core_only:
        core.subject = "The Washington Post"
    if table:
        grid = document.add_table(rows=4, cols=2)
        for row, (label, value) in zip(grid.rows, [("Headline", TITLE), ("Outlet", "Politico"),
                                                   ("Date", "2 March 2021"), ("Author", "Lena Marsh")]):
            row.cells[0].text, row.cells[1].text = label, value
    elif not core_only:
        document.add_paragraph(TITLE, style="Title")
        document.add_paragraph("By Lena Marsh")
        document.add_paragraph("March 2, 2021")
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    document.add_paragraph("[Clipping saved 14 February 2024 for the grain file]")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_lines(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_article(*, encrypt: str | None = None, pages_text: list[str] | None = None) -> bytes:
    """A two-page article: running head and folio on every page, a word broken
    at a line end with an added hyphen, a compound broken after its own hyphen."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter, encrypt=encrypt, invariant=1)
    width, height = letter
    body = [
        ["GENEVA - Foreign ministers agreed on Tuesday to extend the grain corridor for",
         "another six months, officials said after a night of talks about the inspec-",
         "tion regime and the Geneva-based secretariat that runs it.",
         None,
         "The agreement keeps ships moving through the straits while inspectors check",
         "cargo at two ports, according to a statement from the host government."],
        ["Shipping companies welcomed the extension but warned that insurance costs",
         "remain high, and several said they would wait for the first convoys before",
         "booking new voyages, a spokeswoman for the shippers' association said."],
    ]
    for number, lines in enumerate(body, 1):
        c.setFont("Helvetica", 8)
        c.drawString(72, height - 40, "THE WASHINGTON POST · WORLD")
        c.drawRightString(width - 72, height - 40, "MARCH 2, 2021")
        c.drawCentredString(width / 2, 30, f"Page {number}")
        y = height - 90
        if number == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(72, y, "Ministers extend grain corridor")
            c.drawString(72, y - 24, "for six months")
            c.setFont("Helvetica", 10)
            c.drawString(72, y - 50, "By Lena Marsh")
            c.drawString(72, y - 63, "March 2, 2021")
            y -= 95
        c.setFont("Helvetica", 10)
        first = True
        for line in lines:
            if line is None:
                y -= 8
                first = True
                continue
            c.drawString(84 if first else 72, y, line)
            first = False
            y -= 13
        c.showPage()
    c.save()
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """Pages that are only pictures: grey bars, no text layer."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    for _ in range(2):
        for i in range(30):
            c.setFillGray(0.6)
            c.rect(72, 700 - i * 20, 400, 8, fill=1, stroke=0)
        c.showPage()
    c.save()
    return buffer.getvalue()
