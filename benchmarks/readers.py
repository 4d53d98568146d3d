"""Readers on the labelled reader set: metadata accuracy, page bodies, speed.

    python benchmarks/readers.py [--repeat N] [--compare-html] [--verbose]

The set (``benchmarks/labels/readers/``, see its README and PROVENANCE) is 65
files in 9 layouts whose truth was labelled by reading, before the readers
existed. For every labelled article this prints whether the title, date and
outlet the corpus layer finds are right:

- title: equal once whitespace runs, quote styles and a final full stop are
  ignored (a headline is a headline in any quote style);
- date: the calendar day of ``published`` is the truth's day (a date-time's
  local day: "2014-12-18T22:21-05:00" is 18 December);
- outlet: equal ignoring case and a leading "The".

Bodies: "kept" means the first and last eight words are in the article's text
and not removed as noise (a closing "X contributed to this report" is kept as
a contributor, not as a paragraph); "furniture dropped" means no furniture
string is in a body paragraph.

Authors are scored the same way (set of names, ignoring case) and shown, not
targeted. Bodies are scored for HTML, MHTML, Word, PDF and exports. Hostile
files must give no article, or (where the truth allows ``or_parse_as``) be read
and scored against the truth's alternative.

Files are split into those looked at while the rules were written ("dev") and
those kept aside and opened only by this script ("held out"); both figures are
printed. ``--compare-html`` measures trafilatura, readability-lxml and
jusText on the HTML pages' bodies side by side (the choice the HTML reader
rests on). Speed: files per second per reader, each file read ``--repeat``
times, beside the plain-text reader on the same machine in the same run.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from _common import ROOT  # noqa: F401  (puts the checkout first on sys.path)

import yaml

from briefing.corpus import article_from_extract
from briefing.corpus.noise import default_rules
from briefing.corpus.readers import Unreadable, choose, read_bytes

LABELS = Path(__file__).resolve().parent / "labels" / "readers"
FILES = LABELS / "files"

#: files kept aside while the readers were written: opened only by this script
HELD_OUT = frozenset({
    "html/html-11-usatoday-jsonld.html",
    "html/html-12-politico-p-and-div.html",
    "html/html-14-huffingtonpost-2010.html",
    "mhtml/mhtml-02-fox.mhtml",
    "nexis/nexis-04-academic-web.txt",
    "factiva/factiva-04-inline-codes.txt",
    "docx/docx-05-metadata-table.docx",
    "pdf/pdf-04-newspaper-style.pdf",
    "markdown/markdown-05-jekyll.md",
    "text-header/text-header-16-datetime-edt.txt",
})
BODY_LAYOUTS = ("html", "mhtml", "docx", "pdf")


# --------------------------------------------------------------------------- scoring


def _norm(text: str | None, title: bool = True) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[\u2018\u2019\u201a\u201b`]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f]", '"', text)
    text = text.replace("''", '"')
    text = " ".join(text.split())
    if title:  # a headline's final full stop, inside a closing quote too (PolNeAR adds one)
        text = re.sub(r"\.(['\"]?)$", r"\1", text)
    return text.casefold()


def _outlet(text: str | None) -> str:
    return re.sub(r"^the ", "", _norm(text))


def _words(text: str) -> str:
    text = _norm(text, title=False)
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", text)  # hyphen-insensitive, as the labeller checked
    return re.sub(r"(\w)-(\w)", r"\1\2", text)


def score_article(article, truth: dict) -> dict:
    md = article.metadata
    published = str(md.published.value or "")[:10]
    want_date = str(truth.get("published") or "")[:10]
    authors = {_norm(a) for a in (md.authors.value or ())}
    out = {
        "title": _norm(md.title.value) == _norm(truth.get("title")),
        "date": bool(want_date) and published == want_date,
        "outlet": _outlet(md.outlet.value) == _outlet(truth.get("outlet")),
        "authors": authors == {_norm(a) for a in truth.get("authors") or ()},
        "got": {"title": md.title.value, "date": md.published.value, "outlet": md.outlet.value,
                "authors": list(md.authors.value or ())},
    }
    if truth.get("first_words") and (truth.get("furniture") or truth.get("layout") in BODY_LAYOUTS):
        body = _words(" ".join(article.text[p.start:p.end] for p in article.paragraphs))
        # kept: in the article's text and not removed as noise (a contributor line
        # or a dateline is kept as metadata, not as an excerptable paragraph)
        chars = list(article.text)
        for start, end, _ in article.noise:
            chars[start:end] = " " * (end - start)
        kept_text = _words("".join(chars))
        kept = _words(truth["first_words"]) in kept_text and _words(truth["last_words"]) in kept_text
        dropped = not any(_words(f) in body for f in truth.get("furniture") or ())
        out["body"] = kept and dropped
        out["body_detail"] = ("" if kept else "text lost; ") + ("" if dropped else "furniture kept")
    return out


def read_file(path: Path, rel: str) -> tuple[list, str | None, str]:
    """(articles, reader name, problem) for one labelled file."""
    data = path.read_bytes()
    try:
        reading = read_bytes(data, rel)
    except Unreadable as exc:
        return [], choose(rel, data), str(exc)
    rules = default_rules()
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    return [article_from_extract(x, reading, rel, sha, rules) for x in reading.articles], reading.reader, ""


def evaluate(verbose: bool) -> dict:
    truth = yaml.safe_load((LABELS / "truth.yaml").read_text("utf-8"))
    rows = []  # (rel, layout, held_out, truth, scores or None)
    hostile = []
    breaks = (0, 0)
    for rel, entry in truth.items():
        articles, reader, problem = read_file(FILES / rel, rel)
        layout = entry.get("layout", rel.split("/")[0])
        held = rel in HELD_OUT
        if layout == "hostile" or entry.get("expect") in ("skip", "scanned"):
            alternative = entry.get("alternative")
            if not articles:
                hostile.append((rel, True, f"skipped: {problem}"))
            elif alternative and len(articles) == 1:
                s = score_article(articles[0], {**alternative, "layout": entry.get("or_parse_as")})
                ok = s["title"] and s["date"] and s["outlet"]
                hostile.append((rel, ok, f"read as {reader}: {s['got']}"))
            else:
                hostile.append((rel, False, f"read as {reader} ({len(articles)} articles), expected a skip"))
            continue
        if layout == "pdf" and articles:
            flat = " ".join(articles[0].text.split())
            added = entry.get("hyphenated") or []
            own = entry.get("compound_breaks") or []
            right = sum(w.replace("-", "") in flat for w in added) + sum(w in flat for w in own)
            ok, n = breaks
            breaks = (ok + right, n + len(added) + len(own))
        wanted = entry.get("articles") or [entry]
        if len(articles) != len(wanted):
            print(f"  {rel}: {len(articles)} articles read, {len(wanted)} labelled ({problem})")
        for i, want in enumerate(wanted):
            got = articles[i] if i < len(articles) else None
            scores = score_article(got, {**want, "layout": layout}) if got is not None else None
            rows.append((rel + (f"#{i + 1}" if entry.get("articles") else ""), layout, held, want, scores))
    return {"rows": rows, "hostile": hostile, "breaks": breaks}


def _pct(ok: int, n: int) -> str:
    return f"{ok}/{n} ({100 * ok / n:.0f}%)" if n else "—"


def report(result: dict, verbose: bool) -> None:
    rows = result["rows"]
    fields = ("title", "date", "outlet", "authors")
    print("\nmetadata on the labelled reader set (each cell: right/labelled)")
    print(f"{'layout':<12} {'n':>3}  " + "  ".join(f"{f:<13}" for f in fields) + "  body kept, furniture dropped")
    by_layout = defaultdict(list)
    for row in rows:
        by_layout[row[1]].append(row)
    for layout, group in list(by_layout.items()) + [("ALL", rows)]:
        cells = []
        for f in fields:
            ok = sum(1 for r in group if r[4] and r[4][f])
            cells.append(f"{_pct(ok, len(group)):<13}")
        bodies = [r for r in group if r[4] and "body" in r[4]] + [r for r in group if r[4] is None]
        body = _pct(sum(1 for r in bodies if r[4] and r[4]["body"]), len(bodies))
        print(f"{layout:<12} {len(group):>3}  " + "  ".join(cells) + f"  {body}")
    for name, keep in (("dev (looked at)", False), ("held out", True)):
        group = [r for r in rows if r[2] == keep]
        fields_ok = sum(1 for r in group for f in ("title", "date", "outlet") if r[4] and r[4][f])
        print(f"{name:<16} title+date+outlet {_pct(fields_ok, 3 * len(group))} over {len(group)} articles")
    pages = [r for r in rows if r[1] in ("html", "mhtml")]
    print("saved news pages (html, mhtml): body kept and furniture dropped "
          + _pct(sum(1 for r in pages if r[4] and r[4].get("body")), len(pages))
          + "; title, date and outlet all found "
          + _pct(sum(1 for r in pages if r[4] and r[4]["title"] and r[4]["date"] and r[4]["outlet"]), len(pages)))
    all_fields = sum(1 for r in rows for f in ("title", "date", "outlet") if r[4] and r[4][f])
    print(f"ALL title+date+outlet: {_pct(all_fields, 3 * len(rows))}")
    breaks = result.get("breaks", (0, 0))
    print(f"PDF line-end hyphens (added ones removed, compounds' own kept): {_pct(*breaks)}")
    hostile = result["hostile"]
    print(f"hostile files handled as labelled: {_pct(sum(1 for h in hostile if h[1]), len(hostile))}")
    if verbose:
        print("\nmisses:")
        for rel, layout, held, want, s in rows:
            if s is None:
                print(f"  {rel}: not read")
                continue
            wrong = [f for f in fields if not s[f]] + (["body: " + s["body_detail"]] if s.get("body") is False else [])
            if wrong:
                print(f"  {rel}{' (held out)' if held else ''}: {', '.join(wrong)}")
                for f in ("title", "date", "outlet", "authors"):
                    if f in wrong:
                        key = "published" if f == "date" else f
                        print(f"      {f}: got {s['got'][f]!r}, want {want.get(key)!r}")
        for rel, ok, what in hostile:
            print(f"  {'ok ' if ok else 'BAD'} {rel}: {what}")


# --------------------------------------------------------------------------- speed


def speed(repeat: int) -> None:
    truth = yaml.safe_load((LABELS / "truth.yaml").read_text("utf-8"))
    per_reader: dict[str, list[tuple[bytes, str]]] = defaultdict(list)
    for rel in truth:
        data = (FILES / rel).read_bytes()
        name = choose(rel, data)
        if name:
            per_reader[name].append((data, rel))
    print(f"\nspeed: each file read {repeat} times (reader only; then segmenting and sentences)")
    print(f"{'reader':<10} {'files':>5} {'MB':>6} {'files/s':>9} {'MB/s':>7}   with segmenting: files/s")
    rules = default_rules()
    for name in sorted(per_reader):
        files = per_reader[name]
        size = sum(len(d) for d, _ in files) / 1e6
        start = time.perf_counter()
        readings = []
        for _ in range(repeat):
            for data, rel in files:
                try:
                    readings.append((read_bytes(data, rel, name), rel, data))
                except Unreadable:
                    pass
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        for reading, rel, data in readings:
            for x in reading.articles:
                article_from_extract(x, reading, rel, "", rules)
        seg = time.perf_counter() - start
        n = len(files) * repeat
        print(f"{name:<10} {len(files):>5} {size:>6.2f} {n / elapsed:>9.1f} {size * repeat / elapsed:>7.2f}"
              f"   {n / (elapsed + seg):>9.1f}")


def _kept_and_body(text: str) -> tuple[str, str]:
    """What the corpus layer keeps of an extractor's text, scored as above: the
    text less what was removed as noise, and the body paragraphs. The same
    segmenter and noise rules for every extractor, so only the extractors differ."""
    from briefing.corpus.segment import segment

    seg = segment(text, default_rules())
    chars = list(text)
    for start, end, _ in seg.noise:
        chars[start:end] = " " * (end - start)
    return "".join(chars), " ".join(text[p.start:p.end] for p in seg.paragraphs)


def compare_html() -> None:
    """Body kept / furniture dropped on the labelled pages, per extractor."""
    truth = yaml.safe_load((LABELS / "truth.yaml").read_text("utf-8"))
    from briefing.corpus.readers import html as html_reader

    pages = [(rel, e) for rel, e in truth.items() if e.get("layout") in ("html", "mhtml")]
    extractors = {"trafilatura (ours)": None}

    def trafilatura_alone(markup: str) -> str:
        import trafilatura

        return trafilatura.extract(markup, include_comments=False, include_tables=False,
                                   favor_precision=True) or ""

    extractors["trafilatura alone"] = trafilatura_alone
    try:
        from readability import Document  # readability-lxml

        def readability(markup: str) -> str:
            from lxml import html as lhtml

            summary = Document(markup).summary(html_partial=True)
            return "\n\n".join(p.text_content() for p in lhtml.fromstring(summary).iter("p", "h1", "h2", "li"))

        extractors["readability-lxml"] = readability
    except ImportError:
        print("readability-lxml not installed: pip install readability-lxml")
    try:
        import justext

        def jus(markup: str) -> str:
            return "\n\n".join(p.text for p in justext.justext(markup.encode("utf-8"), justext.get_stoplist("English"))
                               if not p.is_boilerplate)

        extractors["jusText"] = jus
    except ImportError:
        pass
    print("\nHTML body extractors on the labelled pages (body kept and furniture dropped; seconds)")
    for label, fn in extractors.items():
        ok, start = 0, time.perf_counter()
        for rel, entry in pages:
            data = (FILES / rel).read_bytes()
            if fn is None:
                try:
                    reading = read_bytes(data, rel)
                    body = reading.articles[0].text
                except Unreadable:
                    body = ""
            else:
                body = fn(html_reader.page_markup(data))
            if fn is not None:
                body = re.sub(r"\n(?=\S)", "\n\n", body)  # a block per line, as the reader writes them
            kept_text, paragraphs = (_words(t) for t in _kept_and_body(body))
            kept = _words(entry["first_words"]) in kept_text and _words(entry["last_words"]) in kept_text
            dropped = not any(_words(f) in paragraphs for f in entry.get("furniture") or ())
            ok += kept and dropped
        print(f"  {label:<20} {_pct(ok, len(pages)):<14} {time.perf_counter() - start:.2f}s")


CORPORA = ROOT.parent / "shared" / "corpora"


def unseen() -> None:
    """Title and date on corpora no rule was written from: PolNeAR dev (headline,
    then body; the date only in the file name) and BASIL (headline repeated, the
    date in the file name), against their own metadata; manifests not used."""
    import csv

    print("\ncorpora the readers were not tuned on (metadata from their own records; manifests ignored)")
    polnear = CORPORA / "polnear"
    if (polnear / "metadata.tsv").exists():
        with open(polnear / "metadata.tsv", encoding="utf-8", newline="") as fh:
            meta = {r["filename"]: r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == "dev"}
        title = date = n = 0
        for name, row in meta.items():
            path = polnear / "dev" / "text" / f"{name}.txt"
            if not path.exists():
                continue
            articles, _, _ = read_file(path, path.name)
            if not articles:
                continue
            n += 1
            md = articles[0].metadata
            title += _norm(md.title.value) == _norm(row["title"])
            date += str(md.published.value or "")[:10] == row["publication_date"]
        print(f"  PolNeAR dev   {n} files: title {_pct(title, n)}, date (from the file name) {_pct(date, n)}")
    basil = CORPORA / "basil"
    if basil.exists():
        title = date = n = 0
        for manifest in sorted(basil.glob("*/sources.yaml")):
            entries = yaml.safe_load(manifest.read_text("utf-8")) or {}
            for name, want in entries.items():
                path = manifest.parent / name
                articles, _, _ = read_file(path, path.name)
                if not articles:
                    continue
                n += 1
                md = articles[0].metadata
                title += _norm(md.title.value) == _norm(want.get("title"))
                date += str(md.published.value or "")[:10] == str(want.get("published"))[:10]
        print(f"  BASIL         {n} files: title {_pct(title, n)}, date (from the file name) {_pct(date, n)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare-html", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    report(evaluate(args.verbose), args.verbose)
    unseen()
    if args.compare_html:
        compare_html()
    speed(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
