"""``briefing import URL|FILE… --into DIR``: add articles to a corpus folder.

For a URL: one GET (http or https only), with a timeout, a size cap and a
content-type check (web pages, plain text, Markdown, PDF, Word, RTF); no
link on the page is followed and nothing else is fetched (no images, no
scripts run). The page is kept as fetched (``DIR/NAME.html``), the text the
reader made of it at import time is kept as a snapshot
(``DIR/.snapshots/NAME.txt``: a hidden folder, so the corpus does not read it
twice), and an entry is added to ``DIR/sources.yaml`` with the URL, the time
of retrieval and the metadata found. A page no reader can use (a login
wall, an index page) is not stored. For a FILE: it is copied in the same way.

Errors for one URL are reported and the others still imported
(:class:`ImportProblem` per input); nothing is overwritten.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from briefing.corpus import MANIFEST_NAME
from briefing.output import ensure_dir, write_atomic

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Imported", "ImportProblem", "import_sources"]

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SNAPSHOTS = ".snapshots"

# content type → the suffix the stored file gets
_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "multipart/related": ".mhtml",
    "message/rfc822": ".mhtml",
}


@dataclass(frozen=True)
class Imported:
    source: str  # the URL or file as given
    path: Path  # the stored file
    snapshot: Path
    title: str | None


@dataclass(frozen=True)
class ImportProblem:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class _Refused(Exception):
    pass


def import_sources(sources: list[str], folder: Path, *, timeout: float = DEFAULT_TIMEOUT,
                   max_bytes: int = DEFAULT_MAX_BYTES,
                   now: _dt.datetime | None = None) -> tuple[list[Imported], list[ImportProblem]]:
    ensure_dir(folder)
    done: list[Imported] = []
    problems: list[ImportProblem] = []
    for source in sources:
        try:
            if re.match(r"(?i)^[a-z][a-z0-9+.-]*://", source):
                data, suffix, final_url = _fetch(source, timeout, max_bytes)
                name = _name_for_url(final_url, suffix)
                url = final_url
            else:
                data, name, url = _local(Path(source), max_bytes), Path(source).name, None
            done.append(_store(source, data, name, url, folder, now or _dt.datetime.now(_dt.timezone.utc)))
        except _Refused as exc:
            problems.append(ImportProblem(source, str(exc)))
    return done, problems


def _fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str, str]:
    import urllib.error
    import urllib.request

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _Refused("only http and https addresses are fetched")

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = 5

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise _Refused(f"redirected to a non-web address ({newurl})")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(url, headers={
        "User-Agent": "briefing-import/1 (one page, no crawling)",
        "Accept": "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.1",
    })
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = (response.headers.get_content_type() or "").lower()
            if kind not in _TYPES:
                raise _Refused(f"content type {kind or 'unknown'} is not an article "
                               "(web page, text, PDF, Word or RTF)")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _Refused(f"{int(length)} bytes is over the {max_bytes} byte limit")
            data = response.read(max_bytes + 1)
            final = response.geturl()
    except _Refused:
        raise
    except urllib.error.HTTPError as exc:
        raise _Refused(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise _Refused(f"cannot fetch ({exc.reason})") from None
    except TimeoutError:
        raise _Refused(f"no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:
        raise _Refused(f"cannot fetch ({exc})") from None
    if len(data) > max_bytes:
        raise _Refused(f"over the {max_bytes} byte limit")
    if not data.strip():
        raise _Refused("empty response")
    return data, _TYPES[kind], final


def _local(path: Path, max_bytes: int) -> bytes:
    try:
        if path.stat().st_size > max_bytes:
            raise _Refused(f"over the {max_bytes} byte limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise _Refused("no such file") from None
    except OSError as exc:
        raise _Refused(f"cannot read ({exc.strerror or exc})") from None


def _name_for_url(url: str, suffix: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    path = PurePosixPath(parts.path or "/")
    stem = str(path.with_suffix("")) if path.suffix.lower() in (".html", ".htm", ".php", ".aspx") else str(path)
    slug = re.sub(r"[^a-z0-9]+", "-", f"{host} {stem}".lower()).strip("-")[:90].strip("-") or "page"
    return slug + suffix


def _store(source: str, data: bytes, name: str, url: str | None, folder: Path,
           now: _dt.datetime) -> Imported:
    from briefing.corpus.readers import Unreadable, read_bytes

    target = folder / name
    if target.exists():
        raise _Refused(f"{target} already exists; not overwritten (already imported?)")
    try:
        reading = read_bytes(data, name)
    except Unreadable as exc:
        raise _Refused(f"not stored: {exc}") from None
    first = reading.articles[0]
    write_atomic(target, data)
    snapshots = folder / SNAPSHOTS
    ensure_dir(snapshots)
    snapshot = snapshots / (name + ".txt")
    write_atomic(snapshot, "\n\n".join(a.text for a in reading.articles).encode("utf-8", "surrogatepass"))
    title = _add_to_manifest(folder, name, url, first, reading, now)
    return Imported(source, target, snapshot, title)


def _add_to_manifest(folder: Path, name: str, url: str | None, extract, reading, now) -> str | None:
    """Append an entry for ``name`` to the folder's sources.yaml (kept as written)."""
    import yaml

    from briefing.corpus import article_from_extract
    from briefing.corpus.noise import default_rules

    article = article_from_extract(extract, reading, name, "", default_rules())
    md = article.metadata
    entry = {
        "title": md.title.value,
        "outlet": md.outlet.value,
        "authors": list(md.authors.value or ()),
        "published": md.published.value,
        "url": url or md.url.value,
        "retrieved": now.replace(microsecond=0).isoformat(),
        "reader": reading.reader,
        "reader_version": reading.version,
    }
    if len(reading.articles) > 1:  # an export: its articles are listed by `briefing sources`
        entry = {"retrieved": entry["retrieved"], "reader": reading.reader, "reader_version": reading.version}
    manifest = folder / MANIFEST_NAME
    existing = manifest.read_text("utf-8-sig") if manifest.exists() else ""
    block = yaml.safe_dump({name: entry}, allow_unicode=True, sort_keys=False, width=100)
    if existing and not existing.endswith("\n"):
        existing += "\n"
    if existing.strip() in ("{}", "null", "~"):
        existing = ""
    write_atomic(manifest, (existing + block).encode("utf-8"))
    return md.title.value
