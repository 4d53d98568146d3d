"""Large article corpora for ``benchmarks/scale.py``, made from real news text.

    python benchmarks/scale_corpus.py --make DIR --articles 100000 [--seed 7]
    python benchmarks/scale_corpus.py --add DIR --articles 1000
    python benchmarks/scale_corpus.py --touch DIR --articles 1000

The material is the two corpora in ``../shared/corpora``: PolNeAR (924
articles of seven outlets, 2016) and BASIL (90 stories, each told by three
outlets, 2010-2018). A *story* is one PolNeAR article or one BASIL event; its
*related* stories are the few whose titles share the rarest words with its own.

Each generated article takes the title, outlet, byline and date of one source
article, and 4-40 paragraphs drawn from that article's story (and, one time in
three, a related story), kept in their original order so a theme still finds
sentences that belong together. A paragraph that ends inside a quotation (news
style opens each paragraph of a long quotation and closes only the last) is
drawn together with the paragraphs that finish it, so quotations stay intact.
The article is written in one of several layouts: a plain-text header (title,
outlet, "By ..." and a date line in one of several formats, in varied orders,
some files with CRLF line ends), Markdown with YAML front matter, a saved web
page (``<title>``, ``<meta>`` tags, navigation and footer around
``<article><p>``), or bare paragraphs with no header at all. Files average
~4.6 KB, so 100,000 articles are ~460 MB, 1,000 to a folder
(``DIR/0042/some-title-slug-042137.txt``).

Everything follows from the seed and the article's number, so a corpus is the
same on every machine and articles can be written in parallel. ``DIR/.scale-
corpus.json`` (a hidden file, which no reader takes) records the seed, the count
and which articles were changed; ``--make`` on an existing corpus trims it back
to exactly its first N articles, unchanged, rewriting only what differs.
``--add`` appends new articles; ``--touch`` rewrites K existing ones with
other paragraphs of their stories (same name, header and layout).
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import math
import multiprocessing
import os
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
STATE_NAME = ".scale-corpus.json"
PER_FOLDER = 1000
DEFAULT_SEED = 7

_OUTLETS = {  # PolNeAR's publisher codes
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journalism",
}
_SITES = {
    "Breitbart": "breitbart.com",
    "HuffPost": "huffingtonpost.com",
    "The New York Times": "nytimes.com",
    "Politico": "politico.com",
    "USA Today": "usatoday.com",
    "The Washington Post": "washingtonpost.com",
    "Western Journalism": "westernjournalism.com",
    "Fox News": "foxnews.com",
}
_TITLE_STOPWORDS = frozenset("""about after again against amid among before being between
could does from have into just more most over says said than that their them then there these
they this those through under what when where which while will with would your""".split())
_OPEN_QUOTES = "\u201c\u00ab"
_CLOSE_QUOTES = "\u201d\u00bb"


# --------------------------------------------------------------------------- material


@dataclass(frozen=True)
class Source:
    """One article of the material: what a generated article borrows from it."""

    story: int
    title: str
    outlet: str
    author: str  # "" when the corpus gives none
    date: str  # YYYY-MM-DD
    url: str  # "" when the corpus gives none
    blocks: tuple[str, ...]  # paragraphs, a quotation's paragraphs joined


@dataclass
class Material:
    sources: list[Source] = field(default_factory=list)
    stories: list[list[int]] = field(default_factory=list)  # story → indexes of its sources
    related: list[tuple[int, ...]] = field(default_factory=list)  # story → related stories


def _ends_inside_quotation(paragraph: str) -> bool:
    marks = [c for c in paragraph if c in _OPEN_QUOTES or c in _CLOSE_QUOTES or c == '"']
    if not marks:
        return False
    if '"' in marks:  # straight marks: an odd count leaves one open
        return marks.count('"') % 2 == 1
    return marks[-1] in _OPEN_QUOTES


def quotation_blocks(paragraphs: list[str], longest: int = 6) -> tuple[str, ...]:
    """Paragraphs, each joined with those that close a quotation it leaves open."""
    blocks: list[str] = []
    run: list[str] = []
    for paragraph in paragraphs:
        run.append(paragraph)
        if not _ends_inside_quotation(paragraph) or len(run) == longest:
            blocks.append("\n\n".join(run))
            run = []
    if run:
        blocks.append("\n\n".join(run))
    return tuple(blocks)


def _body(path: Path) -> list[str]:
    """The paragraphs after the headline line of a material file."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    _, _, body = text.partition("\n")
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]


def _polnear_sources() -> list[dict]:
    root = SHARED / "polnear"
    with open(root / "metadata.tsv", encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda r: r["filename"])
    found = []
    for row in rows:
        author = row["author"].strip()
        found.append({
            "title": row["title"].strip(),
            "outlet": _OUTLETS[row["publisher"]],
            "author": "" if author == "None" else author,
            "date": row["publication_date"],
            "url": "",
            "paragraphs": _body(root / row["compartment"] / "text" / f"{row['filename']}.txt"),
            "story": row["filename"],
        })
    return found


def _basil_sources() -> list[dict]:
    found = []
    for event in sorted(p for p in (SHARED / "basil").iterdir() if p.is_dir()):
        manifest = yaml.safe_load((event / "sources.yaml").read_text(encoding="utf-8"))
        for name, entry in sorted(manifest.items()):
            found.append({
                "title": entry["title"],
                "outlet": entry["outlet"],
                "author": ", ".join(entry.get("authors") or []),
                "date": str(entry["published"]),
                "url": entry.get("url") or "",
                "paragraphs": _body(event / name),
                "story": event.name,
            })
    return found


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", title.lower()) if w not in _TITLE_STOPWORDS}


def _related_stories(titles: list[str], most: int = 5) -> list[tuple[int, ...]]:
    """Per story, the stories whose titles share the rarest words with its own."""
    words = [_title_words(t) for t in titles]
    postings: dict[str, list[int]] = {}
    for story, ws in enumerate(words):
        for w in ws:
            postings.setdefault(w, []).append(story)
    n = len(titles)
    idf = {w: math.log(n / len(p)) for w, p in postings.items()}
    floor = math.log(n / 25)  # a word shared by more than ~25 stories relates nothing
    related = []
    for story, ws in enumerate(words):
        scores: dict[int, float] = {}
        for w in ws:
            if idf[w] < floor:
                continue
            for other in postings[w]:
                if other != story:
                    scores[other] = scores.get(other, 0.0) + idf[w]
        ranked = sorted(scores, key=lambda o: (-scores[o], o))
        related.append(tuple(ranked[:most]))
    return related


def load_material() -> Material:
    rows = _polnear_sources() + _basil_sources()
    story_ids: dict[str, int] = {}
    material = Material()
    for row in rows:
        story = story_ids.setdefault(row["story"], len(story_ids))
        if story == len(material.stories):
            material.stories.append([])
        blocks = quotation_blocks(row["paragraphs"])
        if not blocks:
            continue
        material.stories[story].append(len(material.sources))
        material.sources.append(Source(story, row["title"], row["outlet"], row["author"],
                                       row["date"], row["url"], blocks))
    story_titles = [" ".join(material.sources[s].title for s in members)
                    for members in material.stories]
    material.related = _related_stories(story_titles)
    return material


# --------------------------------------------------------------------------- one article

_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_MONTHS_AP = ("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _date_line(iso: str, rng: random.Random) -> str:
    """A date as news pages print it, in one of several formats."""
    import datetime as _dt

    day = _dt.date.fromisoformat(iso)
    hour, minute = rng.randint(6, 22), rng.choice((0, 5, 12, 30, 41, 57))
    clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    month, ap = _MONTHS[day.month - 1], _MONTHS_AP[day.month - 1]
    return rng.choice((
        f"{month} {day.day}, {day.year}",
        f"{ap} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{_DAYS[day.weekday()]}, {month} {day.day}, {day.year}",
        f"Published {month} {day.day}, {day.year} {clock} ET",
        f"Updated {ap} {day.day}, {day.year}, {clock}",
        f"{iso} {hour:02d}:{minute:02d}",
        f"{day.month:02d}/{day.day:02d}/{day.year}",
        iso,
    ))


def _slug(title: str, longest: int = 48) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:longest].rstrip("-") or "article"


def _text_layout(src: Source, body: list[str], rng: random.Random) -> str:
    by = [f"By {src.author}"] if src.author else []
    lines = rng.choice((
        [src.title, src.outlet, *by, _date_line(src.date, rng)],
        [src.title, *by, _date_line(src.date, rng), src.outlet],
        [src.outlet.upper(), "", src.title, *by, _date_line(src.date, rng)],
        [src.title, "", f"{by[0]}, {src.outlet}" if by else src.outlet, _date_line(src.date, rng)],
    ))
    if src.url and rng.random() < 0.3:
        lines.append(src.url)
    text = "\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n"
    return text.replace("\n", "\r\n") if rng.random() < 0.1 else text


def _markdown_layout(src: Source, body: list[str], rng: random.Random) -> str:
    front = {"title": src.title, "date": src.date}
    if src.author:
        front["author"] = src.author
    if rng.random() < 0.7:
        front[rng.choice(("outlet", "publisher", "source"))] = src.outlet
    if src.url:
        front["url"] = src.url
    # JSON strings are YAML double-quoted scalars: no quoting rule to get wrong
    head = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in front.items())
    return f"---\n{head}---\n\n# {src.title}\n\n" + "\n\n".join(body) + "\n"


def _html_layout(src: Source, body: list[str], rng: random.Random) -> str:
    def attr(value: str) -> str:
        return html.escape(value, quote=True)

    site = _SITES.get(src.outlet, "example.com")
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    meta = [f'<meta property="og:title" content="{attr(src.title)}">']
    if rng.random() < 0.8:
        meta.append(f'<meta property="og:site_name" content="{attr(src.outlet)}">')
    if src.author and rng.random() < 0.8:
        meta.append(f'<meta name="author" content="{attr(src.author)}">')
    if rng.random() < 0.8:
        meta.append(f'<meta property="article:published_time" '
                    f'content="{src.date}T{hour:02d}:{minute:02d}:00-04:00">')
    if src.url:
        meta.append(f'<link rel="canonical" href="{attr(src.url)}">')
    byline = f'<p class="byline">By {html.escape(src.author)}</p>\n' if src.author else ""
    paragraphs = "\n".join(f"<p>{html.escape(p, quote=False)}</p>"
                           for block in body for p in block.split("\n\n"))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(src.title)} | {html.escape(src.outlet)}</title>\n"
        + "\n".join(meta) + "\n</head>\n<body>\n"
        f'<header><a href="https://www.{site}/">{html.escape(src.outlet)}</a>\n<nav><ul>'
        '<li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/opinion">Opinion</a></li></ul></nav></header>\n'
        f"<main>\n<article>\n<h1>{html.escape(src.title)}</h1>\n{byline}"
        f'<time datetime="{src.date}">{html.escape(_date_line(src.date, rng))}</time>\n'
        f"{paragraphs}\n</article>\n"
        '<aside class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></aside>\n'
        f"</main>\n<footer><p>\u00a9 {src.date[:4]} {html.escape(src.outlet)}. All rights reserved."
        "</p></footer>\n</body>\n</html>\n"
    )


def _bare_layout(src: Source, body: list[str], rng: random.Random) -> str:
    return "\n\n".join(body) + "\n"


# layout name → (weight, file suffix, writer)
LAYOUTS = {
    "text": (50, ".txt", _text_layout),
    "markdown": (20, ".md", _markdown_layout),
    "html": (20, ".html", _html_layout),
    "bare": (10, ".txt", _bare_layout),
}


@dataclass(frozen=True)
class Generated:
    relpath: str
    layout: str
    data: bytes


def generate(material: Material, seed: int, number: int, revision: int = 0) -> Generated:
    """Article ``number`` of the corpus of ``seed``; a later ``revision`` draws other paragraphs."""
    rng = random.Random(f"{seed}:{number}")
    src = material.sources[rng.randrange(len(material.sources))]
    wanted = min(40, int(rng.triangular(4, 41, 11)))  # most articles short: 4.6 KB on average
    stories = [src.story]
    own = sum(len(material.sources[s].blocks) for s in material.stories[src.story])
    if material.related[src.story] and (own < wanted or rng.random() < 0.35):
        stories.append(rng.choice(material.related[src.story]))
    layout = rng.choices(list(LAYOUTS), weights=[w for w, _, _ in LAYOUTS.values()])[0]
    _, suffix, write = LAYOUTS[layout]
    relpath = f"{number // PER_FOLDER:04d}/{_slug(src.title)}-{number:06d}{suffix}"

    pool = [block for story in stories for s in material.stories[story]
            for block in material.sources[s].blocks]
    draw = random.Random(f"{seed}:{number}:{revision}")
    body = [pool[i] for i in sorted(draw.sample(range(len(pool)), min(wanted, len(pool))))]
    return Generated(relpath, layout, write(src, body, draw).encode("utf-8"))


# --------------------------------------------------------------------------- a corpus on disk

_material: Material | None = None


def material() -> Material:
    """The material, loaded once per process (forked workers inherit it)."""
    global _material
    if _material is None:
        _material = load_material()
    return _material


@dataclass
class State:
    seed: int
    articles: int = 0
    revisions: dict[int, int] = field(default_factory=dict)  # changed articles → revision
    touches: int = 0  # how many --touch rounds, so each round picks other articles

    @classmethod
    def load(cls, folder: Path) -> State | None:
        try:
            raw = json.loads((folder / STATE_NAME).read_text())
        except FileNotFoundError:
            return None
        return cls(raw["seed"], raw["articles"], {int(k): v for k, v in raw["revisions"].items()},
                   raw["touches"])

    def save(self, folder: Path) -> None:
        (folder / STATE_NAME).write_text(json.dumps({
            "seed": self.seed, "articles": self.articles,
            "revisions": {str(k): v for k, v in sorted(self.revisions.items())},
            "touches": self.touches}) + "\n")


@dataclass(frozen=True)
class Written:
    files: int
    size: int  # bytes
    layouts: dict[str, int]
    seconds: float


def _write_batch(job: tuple[str, int, list[tuple[int, int]]]) -> tuple[int, dict[str, int]]:
    folder, seed, numbers = job
    size, layouts = 0, {}
    made: set[Path] = set()
    for number, revision in numbers:
        article = generate(material(), seed, number, revision)
        path = Path(folder, article.relpath)
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(article.data)
        size += len(article.data)
        layouts[article.layout] = layouts.get(article.layout, 0) + 1
    return size, layouts


def _write(folder: Path, seed: int, numbers: list[tuple[int, int]], jobs: int) -> Written:
    """Write these (article, revision) pairs, a batch per folder of the corpus, in parallel."""
    start = time.perf_counter()
    material()  # before forking: every worker inherits it
    batches: dict[int, list[tuple[int, int]]] = {}
    for number, revision in numbers:
        batches.setdefault(number // PER_FOLDER, []).append((number, revision))
    work = [(str(folder), seed, batch) for _, batch in sorted(batches.items())]
    if jobs > 1 and len(work) > 1:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(work))) as pool:
            results = pool.map(_write_batch, work, chunksize=1)
    else:
        results = [_write_batch(job) for job in work]
    layouts: dict[str, int] = {}
    for _, counts in results:
        for name, n in counts.items():
            layouts[name] = layouts.get(name, 0) + n
    return Written(len(numbers), sum(size for size, _ in results), layouts,
                   time.perf_counter() - start)


def make(folder: Path, articles: int, seed: int = DEFAULT_SEED, jobs: int | None = None) -> Written:
    """Make ``folder`` hold exactly articles 0..N-1 of ``seed``, as first generated.

    A folder made before is brought back to that state: articles added since are
    removed, changed ones rewritten, missing ones written; the rest is untouched
    (so its files keep their modification times).
    """
    jobs = jobs or os.cpu_count() or 1
    state = State.load(folder)
    if state is None:
        if folder.exists() and any(folder.iterdir()):
            raise SystemExit(f"{folder}: not empty and not a generated corpus; choose another folder")
        state = State(seed)
    elif state.seed != seed:
        raise SystemExit(f"{folder}: generated with seed {state.seed}, not {seed}")
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(articles, state.articles):
        Path(folder, generate(material(), seed, number).relpath).unlink(missing_ok=True)
    todo = [(n, 0) for n in sorted(state.revisions) if n < articles]
    todo += [(n, 0) for n in range(state.articles, articles)]
    written = _write(folder, seed, todo, jobs)
    State(seed, articles).save(folder)
    return written


def _existing(folder: Path) -> State:
    state = State.load(folder)
    if state is None:
        raise SystemExit(f"{folder}: no generated corpus here (make one with --make)")
    return state


def add(folder: Path, articles: int, jobs: int | None = None) -> Written:
    """Append ``articles`` new articles to a generated corpus."""
    state = _existing(folder)
    todo = [(n, 0) for n in range(state.articles, state.articles + articles)]
    written = _write(folder, state.seed, todo, jobs or os.cpu_count() or 1)
    state.articles += articles
    state.save(folder)
    return written


def touch(folder: Path, articles: int, jobs: int | None = None) -> Written:
    """Rewrite ``articles`` existing articles with other paragraphs of their stories."""
    state = _existing(folder)
    rng = random.Random(f"{state.seed}:touch:{state.touches}")
    chosen = sorted(rng.sample(range(state.articles), min(articles, state.articles)))
    todo = [(n, state.revisions.get(n, 0) + 1) for n in chosen]
    written = _write(folder, state.seed, todo, jobs or os.cpu_count() or 1)
    state.revisions.update(todo)
    state.touches += 1
    state.save(folder)
    return written


def describe(written: Written) -> str:
    mix = ", ".join(f"{n:,} {name}" for name, n in sorted(written.layouts.items()))
    mean = written.size / written.files / 1024 if written.files else 0
    return (f"{written.files:,} files, {written.size / 1e6:.1f} MB ({mean:.1f} KiB each; {mix}) "
            f"in {written.seconds:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--make", type=Path, metavar="DIR", help="make (or reset) a corpus of N articles")
    action.add_argument("--add", type=Path, metavar="DIR", help="add N new articles to a corpus")
    action.add_argument("--touch", type=Path, metavar="DIR", help="change N existing articles")
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="with --make (default 7)")
    parser.add_argument("--jobs", type=int, help="processes writing files (default: all cores)")
    args = parser.parse_args()
    if args.make:
        written = make(args.make, args.articles, args.seed, args.jobs)
    elif args.add:
        written = add(args.add, args.articles, args.jobs)
    else:
        written = touch(args.touch, args.articles, args.jobs)
    print(describe(written))


if __name__ == "__main__":
    main()
