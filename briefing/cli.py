"""The command line. Thin: parse arguments, call the library, print.

This is the only module that prints, exits, or knows about exit codes:
0 ok · 1 the brief or a verification failed · 2 usage or input error.
Errors are one line on stderr (``--debug`` shows the traceback). Heavy
modules are imported inside the commands so ``briefing --help`` is fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Turn a folder of news articles into an annotated, footnoted policy brief.",
)

DEFAULT_CONFIG = Path("config/brief.yaml")
DEFAULT_CORPUS = Path("seeds")
_state = {"debug": False}


def _printable(text: str) -> str:
    """A message for the terminal: control codes and bidi overrides from files and keys escaped."""
    from briefing.errors import one_line

    return one_line(text)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {_printable(message)}", err=True)
    raise typer.Exit(code)


def _warn(message: str) -> None:
    typer.echo(f"warning: {_printable(message)}", err=True)


def _run(fn):
    """Call fn, turning project errors into one line and exit code 2."""
    from briefing.errors import BriefingError, ConfigError

    try:
        return fn()
    except typer.Exit:
        raise
    except ConfigError as exc:
        if _state["debug"]:
            raise
        for problem in exc.problems:
            typer.echo(f"error: {_printable(str(problem))}", err=True)
        raise typer.Exit(2) from None
    except BriefingError as exc:
        if _state["debug"]:
            raise
        _fail(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug: still one line, with --debug for the trace
        if _state["debug"]:
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)", 1)


def _print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _progress(quiet: bool):
    """A context giving the library's progress reporter: bars with counts and an
    ETA on stderr when it is a terminal, else (or with --quiet) nothing."""
    import contextlib

    from briefing.progress import Progress

    if quiet or not sys.stderr.isatty():
        return contextlib.nullcontext(Progress())
    return _Bars()


def _cluster(scheduler: str | None):
    """A context giving the Dask cluster of ``--scheduler``, connected and checked
    (closed at the end), or None: then articles are analysed on this machine."""
    import contextlib

    if scheduler is None:
        return contextlib.nullcontext(None)
    from briefing.index.cluster import connect

    return connect(scheduler)


_SCHEDULER_HELP = ("Analyse new and changed articles on the Dask cluster of this scheduler "
                   "(tcp://HOST:PORT; pip install 'briefing[cluster]'). Its workers run the same "
                   "briefing and see the corpus folder at the same path.")


class _Bars:
    """rich progress bars on stderr, one per stage."""

    def __enter__(self):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._bars = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                              TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                              TextColumn("{task.fields[what]}"),
                              console=Console(stderr=True), transient=True)
        self._bars.__enter__()
        self._task = None
        return self

    def __exit__(self, *exc):
        return self._bars.__exit__(*exc)

    def start(self, total: int, label: str) -> None:
        self._task = self._bars.add_task(label, total=total, what="")

    def advance(self, n: int = 1, what: str = "") -> None:
        if self._task is not None:
            self._bars.update(self._task, advance=n, what=_printable(what)[:40])

    def finish(self) -> None:
        if self._task is not None:
            self._bars.remove_task(self._task)
            self._task = None


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
) -> None:
    _state["debug"] = debug


@app.command()
def build(
    config: Path = typer.Argument(DEFAULT_CONFIG, help="The brief's YAML config."),
    fmt: Optional[List[str]] = typer.Option(
        None, "--format", "-f", help="Format to write (json, md, docx, pdf); repeat for several. "
        "Replaces the config's list."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output folder (replaces the config's)."),
    index: Optional[Path] = typer.Option(None, "--index", help="Folder of the corpus index (replaces "
                                         "corpus.index; default: .briefing in the corpus folder)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Processes that analyse new "
                                       "and changed articles (default: every core)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDR", help=_SCHEDULER_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
) -> None:
    """Build the brief a config describes and write its formats (the corpus
    index is brought up to date first)."""
    from briefing.formats import NAMES

    for name in fmt or []:
        if name not in NAMES:
            _fail(f"--format {name}: unknown format (choose from {', '.join(NAMES)})")

    def run():
        from briefing.pipeline import build as do_build

        with _cluster(scheduler) as cluster, _progress(quiet) as progress:
            return do_build(config, fmt or None, out, index=index, jobs=jobs, progress=progress,
                            cluster=cluster)

    result = _run(run)
    from briefing.model import iter_notes
    from briefing.words import plural

    for warning in result.warnings:
        _warn(warning)
    notes = sum(1 for _ in iter_notes(result.brief))
    for path in result.written:
        typer.echo(f"wrote {os.path.normpath(path)}")
    typer.echo(f"{plural(len(result.brief.sections), 'section')}, {plural(notes, 'footnote')}, "
               f"{plural(len(result.brief.sources), 'source')}")


@app.command("index")
def index_command(
    corpus: Path = typer.Argument(DEFAULT_CORPUS, help="Folder of articles."),
    index: Optional[Path] = typer.Option(None, "--index", help="Folder of the index (default: "
                                         ".briefing in the corpus folder)."),
    manifest: Optional[Path] = typer.Option(None, "--manifest", help="The corpus manifest (default: "
                                            "sources.yaml in the corpus folder, when present)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Processes that analyse "
                                       "articles (default: every core)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDR", help=_SCHEDULER_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
) -> None:
    """Bring a corpus's index up to date: read and analyse new and changed
    articles, forget removed ones. `briefing build` does this itself; run it
    ahead to have builds start at once."""

    def run():
        from briefing.index import open_index

        with _cluster(scheduler) as cluster, _progress(quiet) as progress:
            return open_index(corpus, manifest, index=index, jobs=jobs, progress=progress, cluster=cluster)

    found = _run(run)
    from briefing.words import plural

    report = found.report
    for warning in found.warnings:
        _warn(warning)
    done = [f"{report.analysed} read and analysed"]
    if report.rederived:
        done.append(f"{report.rederived} re-analysed from the index")
    if report.touched:
        done.append(f"{report.touched} touched, unchanged")
    if report.removed:
        done.append(f"{report.removed} removed")
    typer.echo(f"{os.path.normpath(found.store.path)}: {plural(len(found), 'article')} from "
               f"{plural(report.files, 'file')}; {', '.join(done)} in {report.seconds:.1f} s")


@app.command()
def check(config: Path = typer.Argument(DEFAULT_CONFIG, help="The YAML config to validate.")) -> None:
    """Validate a config and show how many excerpts each section can draw on."""

    def run():
        from briefing.assemble.report import section_report
        from briefing.config import load_config
        from briefing.pipeline import open_corpus

        loaded = load_config(config)
        with _progress(False) as progress:
            corpus = open_corpus(loaded, progress=progress)
        return loaded, corpus, section_report(loaded, corpus, str(config))

    loaded, corpus, rows = _run(run)
    from briefing.words import plural

    for warning in corpus.warnings:
        _warn(warning)
    typer.echo(f"{config}: valid; corpus {loaded.corpus_path} has {plural(len(corpus.ids()), 'article')}")
    width = max((len(r.title) for r in rows), default=10)
    kinds = max((len(r.kind) for r in rows), default=10)
    for row in rows:
        typer.echo(f"  {row.kind:<{kinds}} {row.title:<{width}}  {row.detail}")


@app.command()
def sources(
    corpus: Path = typer.Argument(DEFAULT_CORPUS, help="Folder of articles (or one file)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    with_text: bool = typer.Option(False, "--with-text", help="With --json: include each article's "
                                   "text, the string a brief's offsets index."),
    export: Optional[Path] = typer.Option(None, "--export", help="Write each article's text and a "
                                          "sources.yaml snapshot to this folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
) -> None:
    """List the articles of a corpus with their metadata, reader and structure
    (a folder is read through its index; JSON is written as it is read)."""
    if with_text and not as_json:
        _fail("--with-text goes with --json")

    def run():
        from briefing.corpus import is_folder, read_corpus

        if is_folder(corpus):
            from briefing.index import open_index

            with _progress(quiet) as progress:
                loaded = open_index(corpus, progress=progress)
        else:
            loaded = read_corpus(corpus)
        written = []
        if export is not None:
            from briefing.corpus.export import export_corpus

            written = export_corpus(loaded, export)
        return loaded, written

    result, written = _run(run)
    from briefing.corpus.describe import describe_article, table_rows

    if as_json:
        _stream_json_list(describe_article(a, with_text) for a in result.iter_articles())
    elif export is None:
        for line in table_rows(result.iter_articles()):
            typer.echo(line)
    if written:
        from briefing.words import plural

        typer.echo(f"wrote {plural(len(written) - 1, 'article text')} and {written[-1]}", err=as_json)
    for warning in result.warnings:
        _warn(warning)


def _stream_json_list(items) -> None:
    """A JSON list written item by item: the same text as json.dumps(list, indent=2)."""
    out = sys.stdout
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2)
        out.write(("[\n" if first else ",\n") + "  " + text.replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")
    out.flush()


@app.command()
def excerpts(
    config: Path = typer.Argument(DEFAULT_CONFIG, help="The YAML config."),
    theme: str = typer.Option(..., "--theme", "-t", help="Theme id from the config."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="How many candidates."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    explain: bool = typer.Option(False, "--explain", help="Per ranked sentence of each section "
                                 "showing the theme: the parts of its score, the section's floor, "
                                 "and why it was or was not selected."),
) -> None:
    """Show ranked candidate excerpts for a theme, with scores and matched terms."""

    def run():
        from briefing.assemble.report import explain_theme, theme_candidates
        from briefing.config import load_config
        from briefing.errors import BriefingError
        from briefing.pipeline import open_corpus

        loaded = load_config(config)
        with _progress(False) as progress:
            corpus = open_corpus(loaded, progress=progress)
        if theme not in loaded.config.themes:
            import difflib

            close = difflib.get_close_matches(theme, list(loaded.config.themes), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise BriefingError(f"{config}: no theme '{theme}'{hint}")
        if explain:
            return explain_theme(loaded, corpus, str(config), theme, limit)
        return theme_candidates(loaded, corpus, str(config), theme, limit)

    rows = _run(run)
    if as_json:
        _print_json(rows)
        return
    if explain:
        _print_explanation(rows)
        return
    if not rows:
        typer.echo("no sentence matches this theme's keywords")
    for i, row in enumerate(rows, 1):
        cite = row["citations"][0]
        typer.echo(f"{i:>3}. [{row['score']:.2f}] {row['text']}")
        typer.echo(f"      matched: {', '.join(row['matched'])} · {cite['source']} ¶{cite['paragraph']}")


def _print_explanation(found: dict) -> None:
    """``briefing excerpts --explain`` as text: per section, its floor, then each
    ranked sentence with the parts of its score (which add up to it) and its fate."""
    for section in found["sections"]:
        floor = section["floor"]
        if section["index"] is None:
            typer.echo(f"theme {found['theme']}: no excerpts section shows it; "
                       f"{section['ranked']} ranked sentences")
        else:
            typer.echo(f"sections[{section['index']}] \"{_printable(section['title'])}\" (themes: "
                       f"{', '.join(section['themes'])}; max_items {section['max_items']}): "
                       f"{section['selected']} selected of {section['ranked']} ranked sentences")
        if floor["rule"] == "min_score":
            typer.echo(f"floor {floor['value']:.2f} (min_score)")
        else:
            typer.echo(f"floor {floor['value']:.2f} = {floor['share']:.0%} of the best score {floor['best']:.2f}")
        for row in section["candidates"]:
            cite = row["citations"][0]
            rank = f"{row['rank']:>3}." if row["rank"] is not None else "  -"
            typer.echo(f"{rank} [{row['score']:.2f}] {_printable(row['reason'])}")
            typer.echo(f"      {_printable(row['text'])}")
            typer.echo(f"      {cite['source']} ¶{cite['paragraph']}")
            for part in row["parts"]:
                typer.echo(f"        {part['score']:+8.2f}  {_printable(_part_words(part))}")
            if row["parts"]:
                typer.echo(f"        {'= ' + format(row['score'], '.2f'):>8}")
        if section["excluded"] > sum(1 for r in section["candidates"] if r["outcome"] == "excluded"):
            typer.echo(f"  ({section['excluded']} sentences excluded in all)")


def _part_words(part: dict) -> str:
    match part["part"]:
        case "term":
            source = f"keyword \"{part['keyword']}\"" if part["from"] == "keyword" else part["from"]
            weight = "" if part["weight"] == 1 else f" ×{part['weight']:.2f}"
            return f"{part['word']} ({part['term']}): {source}{weight}"
        case "phrase":
            return f"phrase bonus: \"{part['keyword']}\" in order"
        case "near":
            return f"near bonus: the words of \"{part['keyword']}\" close together"
        case "question":
            return "question: damped"
        case "neighbours":
            return "share borrowed from its paragraph neighbours"
    return part["part"]


def _analysed(corpus: Path, analyse):
    """``analyse(articles)`` of a corpus read into memory, its warnings printed first;
    ``analyse`` is a function or "module:function", imported only now."""
    if isinstance(analyse, str):
        import importlib

        module, _, name = analyse.partition(":")
        analyse = getattr(importlib.import_module(module), name)

    def run():
        from briefing.corpus import read_corpus

        loaded = read_corpus(corpus)
        return loaded, analyse(loaded.articles)

    loaded, found = _run(run)
    for warning in loaded.warnings:
        _warn(warning)
    return found


@app.command()
def quotes(
    corpus: Path = typer.Argument(DEFAULT_CORPUS, help="Folder of articles (or one file)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: content, cue and source "
                                 "mention spans, speaker, confidence and reason."),
    explain: bool = typer.Option(False, "--explain", help="Say why each speaker was chosen."),
) -> None:
    """List every quotation with its speaker, cue and confidence."""

    def analyse(articles):
        from briefing.analysis.speakers import SpeakerLookup

        lookup = SpeakerLookup(articles)
        return lookup, lookup.all()

    lookup, found = _analysed(corpus, analyse)
    if as_json:
        from briefing.analysis.speakers import neutral_role

        def as_dict(article, q):
            data = q.to_dict(article.text)
            if q.speaker is not None:
                data["speaker"]["neutral_role"] = neutral_role(q.speaker, lookup.analysis(article))
            return data

        _print_json([as_dict(a, q) for a, q in found])
        return
    from briefing.corpus.describe import clip

    for _, q in found:
        who = "scare quote" if q.scare else (
            f"{q.speaker.name}" + (f", {q.speaker.role}" if q.speaker.role else "") if q.speaker
            else "unattributed")
        quote = clip(q.quote, 90)
        typer.echo(f"{q.source[:28]:<28} {q.start:>6}  \u201c{quote}\u201d")
        typer.echo(f"{'':<36}— {who}" + (f" ({q.cue}, {q.confidence:.2f})" if q.speaker else ""))
        if explain and q.reason:
            typer.echo(f"{'':<36}  why: {_printable(q.reason)}")


@app.command()
def claims(
    corpus: Path = typer.Argument(DEFAULT_CORPUS, help="Folder of articles (or one file)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """List the quantities of a corpus and where outlets agree or disagree on them."""

    found = _analysed(corpus, "briefing.analysis.claims:corpus_claims")
    if as_json:
        _print_json(found.to_dict())
        return
    from briefing.analysis.claims import describe_value

    for q in found.quantities:
        typer.echo(f"{q.source[:28]:<28} {q.start:>6}  {_printable(q.text)[:40]:<40} "
                   f"{describe_value(q)} ({q.qualifier})")
    byid = {q.id: q for q in found.quantities}
    for group in found.groups:
        typer.echo(f"{group.relation}: {_printable(group.measures)}")
        for qid in group.to_dict()["members"]:
            q = byid[qid]
            typer.echo(f"    {q.outlet[:24]:<24} {_printable(q.text)}")


@app.command()
def dates(
    corpus: Path = typer.Argument(DEFAULT_CORPUS, help="Folder of articles (or one file)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """List every temporal expression: its value, granularity, anchor and rule."""

    found = _analysed(corpus, "briefing.analysis.dates:corpus_expressions")
    from briefing.analysis.dates import record

    if as_json:
        _print_json([record(article, expr) for article, expr in found])
        return
    current = None
    for article, expr in found:
        if article is not current:
            current = article
            published = article.metadata.published.value or "no date"
            typer.echo(f"{'' if found[0][0] is article else chr(10)}{article.id} (published {published})")
        text = _printable(" ".join(expr.text.split()))
        value = expr.value or "—"
        typer.echo(f"  {expr.start:>6}  {text[:34]:<34} {value:<23} {expr.granularity:<6} {expr.rule}")


@app.command()
def verify(
    brief: Path = typer.Argument(..., help="A brief: .json manifest, .docx or .pdf."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", "-c", help="Corpus folder "
                                          "(default: the one the brief's config names)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Check every citation of a brief against the corpus; exit 1 on any problem."""

    def run():
        from briefing.verify import verify_brief

        return verify_brief(brief, corpus)

    report = _run(run)
    if as_json:
        _print_json(report.to_dict())
    else:
        for line in report.lines():
            typer.echo(_printable(line))
    raise typer.Exit(0 if report.ok else 1)


@app.command(name="import")
def import_(
    sources: List[str] = typer.Argument(..., help="Web addresses (http, https) or files to add."),
    into: Path = typer.Option(..., "--into", help="The corpus folder to add them to."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for a page."),
    max_mb: float = typer.Option(10.0, "--max-mb", min=0.001, help="Largest page to fetch, in MB."),
) -> None:
    """Fetch pages (one request each, no crawling) or copy files into a corpus folder,
    keeping each page, a text snapshot, and an entry in its sources.yaml."""

    def run():
        from briefing.corpus.importer import import_sources

        return import_sources(list(sources), into, timeout=timeout, max_bytes=int(max_mb * 1024 * 1024))

    done, problems = _run(run)
    for item in done:
        typer.echo(f"imported {item.source} as {item.path}" + (f": {item.title}" if item.title else ""))
    for problem in problems:
        typer.echo(f"error: {_printable(str(problem))}", err=True)
    if problems:
        raise typer.Exit(2)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the config (for editor completion)."""
    from briefing.config import config_schema

    _print_json(config_schema())


@app.command()
def init(directory: Path = typer.Argument(..., help="Folder to create the starter project in, or a "
                                         "folder of articles.")) -> None:
    """Create a starter config and articles folder, and a starter sources.yaml for the
    articles already there (what was found in them; nulls to fill in)."""

    def run():
        from briefing.starter import create_starter

        return create_starter(directory)

    created = _run(run)
    for path in created:
        typer.echo(f"created {path}")
    if any(p.name == "sources.yaml" for p in created):
        typer.echo("next: fill in the nulls of sources.yaml, then run "
                   f"'briefing build {directory / 'brief.yaml'}'")
    else:
        typer.echo(f"next: put articles in {directory / 'articles'} and run "
                   f"'briefing build {directory / 'brief.yaml'}'")


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # e.g. `briefing sources --json | head`
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
