"""Saved web pages (``.html``, ``.htm``, and ``.mhtml`` single-file saves).

The article's text is the main text trafilatura finds in the page (chosen by
measuring it against readability-lxml and jusText on the labelled pages:
``benchmarks/readers.py --compare-html``), one block per paragraph,
heading, list item or quotation, whitespace inside a block collapsed,
blocks separated by a blank line. Navigation, share buttons, related links,
cookie banners and comments are left out by the extractor and by our noise
rules after it.

Metadata comes from the page's own statements, in this order: JSON-LD
(``NewsArticle`` and kin, ``@graph`` and ``@id`` references resolved),
then meta tags (Open Graph, Dublin Core, ``article:*``, ``author``/``byl``,
``<link rel=canonical>``), then the ``<title>`` without its site suffix.
Each value records which of these gave it. An Organization named as the
author is the outlet, not a person.

The markup is parsed, never executed: no script runs, no stylesheet, image
or frame is fetched (lxml and trafilatura only read the string they are
given; no URL is passed to them). A page with no article — a login or
paywall page, a section front listing headlines — is refused with a reason.
"""

from __future__ import annotations

import json
import re

from briefing.corpus.readers import Extract, Meta, Unreadable, library_version
from briefing.corpus.segment import byline_names

NAME = "html"
SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht")

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
    "report", "scholarlyarticle", "techarticle",
})
_COLLECTION_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "website"})
_MAX_JSONLD = 2_000_000  # characters of one JSON-LD block we parse
#: the least body a page must have to be an article (a login wall has a sentence or two)
MIN_WORDS = 60


def version() -> str:
    return f"1 (trafilatura {library_version('trafilatura')})"


def sniff(head: bytes, name: str) -> bool:
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if _is_mhtml(head):
        return True
    return start.startswith((b"<!doctype html", b"<html", b"<?xml version")) and b"<html" in head.lower() \
        or (start.startswith(b"<!--") and b"<html" in head[:4096].lower())


def _is_mhtml(head: bytes) -> bool:
    top = head[:4096].lower()
    return re.match(rb"[a-z][a-z0-9-]*:", top) is not None and b"multipart/related" in top


# --------------------------------------------------------------------------- decoding


def page_markup(data: bytes) -> str:
    """The page's markup as text (the HTML part of an MHTML file)."""
    return _markup(data)[0]


def _markup(data: bytes) -> tuple[str, str, str | None]:
    """(markup, encoding, URL the page was saved from when the file says)."""
    if _is_mhtml(data[:4096]):
        return _mhtml(data)
    text, encoding = _decode_html(data)
    saved = re.search(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", text[:4096])
    return text, encoding, saved.group(1) if saved else None


def _mhtml(data: bytes) -> tuple[str, str, str | None]:
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.default)
    url = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            declared = part.get_content_charset()
            content = None
            if declared:
                try:
                    content = payload.decode(declared)
                except (LookupError, UnicodeDecodeError):
                    content = None
            if content is None:
                content, declared = _decode_html(payload)
            return content, f"mhtml ({declared})", url or part.get("Content-Location")
    raise Unreadable("MHTML file without an HTML part")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)


def _decode_html(data: bytes) -> tuple[str, str]:
    import codecs

    from briefing.corpus.read import decode

    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return decode(data)
        except ValueError as exc:
            raise Unreadable(str(exc)) from None
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            codec = codecs.lookup(name).name
            if codec in ("latin-1", "iso8859-1"):  # browsers read latin-1 as windows-1252
                codec = "cp1252"
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(data)
    except ValueError as exc:
        raise Unreadable(str(exc)) from None


# --------------------------------------------------------------------------- reading


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    markup, encoding, saved_from = _markup(data)
    tree = _parse(markup)
    meta, kinds = _metadata(tree)
    if saved_from and "url" not in meta and saved_from.startswith(("http://", "https://")):
        meta["url"] = Meta(saved_from, "html: saved-from URL")
    if kinds & _COLLECTION_TYPES and not kinds & _ARTICLE_TYPES and "published" not in meta:
        raise Unreadable("a page listing articles (an index or section page), not an article")
    text = main_text(tree)
    if len(text.split()) < MIN_WORDS:
        raise Unreadable(f"no article text on the page ({len(text.split())} words; a login, paywall "
                         "or error page?)")
    return [Extract(text, meta)], encoding


def _parse(markup: str):
    from lxml import html as lhtml

    if markup.startswith("<?xml"):  # lxml refuses an encoding declaration in a str
        markup = re.sub(r"^<\?xml[^>]*\?>", "", markup)
    try:
        return lhtml.document_fromstring(markup or "<html></html>")
    except Exception as exc:  # lxml raises ParserError, ValueError… for unparseable markup
        raise Unreadable(f"HTML that cannot be parsed ({type(exc).__name__})") from None


_COMMENT_BLOCKS = frozenset({"comment", "comments", "commentlist", "conversation", "conversations",
                             "discussion", "disqus", "respond", "replies"})


def _prune_comments(tree) -> None:
    """Drop readers' comment sections, which some templates mark only by a
    class or id ("conversation", "fb-comments", "comments-area", "disqus_thread")."""
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "main", "article"):
            continue
        tokens = (element.get("class") or "").split() + [element.get("id") or ""]
        for token in tokens:
            block = re.split(r"__|--|[-_]", token.lower())
            if block[0] in _COMMENT_BLOCKS or (block[0] in ("fb", "wp") and len(block) > 1
                                                and block[1] in _COMMENT_BLOCKS):
                doomed.append(element)
                break
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def main_text(tree) -> str:
    """The page's main text: trafilatura's body, a block per paragraph."""
    import trafilatura

    if isinstance(tree, str):
        tree = _parse(tree)
    _prune_comments(tree)
    document = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, include_images=False,
        include_links=False, with_metadata=False, deduplicate=False, favor_precision=True,
    )
    body = getattr(document, "body", None)
    if body is None:
        return ""
    blocks: list[str] = []
    for element in body:
        if element.tag in ("list",):
            items = [" ".join("".join(item.itertext()).split()) for item in element.iter("item")]
            blocks.extend(i for i in items if i)
            continue
        text = " ".join("".join(element.itertext()).split())
        if text:
            blocks.append(text)
    return "\n\n".join(blocks) + ("\n" if blocks else "")


# --------------------------------------------------------------------------- metadata


def _metadata(tree) -> tuple[dict[str, Meta], set[str]]:
    meta: dict[str, Meta] = {}
    ld, kinds = _json_ld(tree)
    for key, value in ld.items():
        meta[key] = Meta(value, "html: JSON-LD")
    for key, (value, where) in _meta_tags(tree).items():
        if key not in meta and value:
            meta[key] = Meta(value, f"html: meta {where}")
    if "title" not in meta:
        title = tree.findtext(".//title")
        if title and title.strip():
            meta["title"] = Meta(_strip_site(title.strip(), meta.get("outlet")), "html: <title>")
    return meta, kinds


def _strip_site(title: str, outlet: Meta | None) -> str:
    """"Story - NYTimes.com", "Story | Fox News" → "Story"."""
    from briefing.corpus import outlets

    pieces = re.split(r"\s+[|–—-]\s+", title)
    if len(pieces) < 2:
        return title
    last = pieces[-1]
    site = str(outlet.value) if outlet else ""
    if (site and last.casefold() == site.casefold()) or outlets.for_name(last) or len(last.split()) <= 3:
        return " - ".join(pieces[:-1]) if len(pieces) > 2 else pieces[0]
    return title


def _json_ld(tree) -> tuple[dict, set[str]]:
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_JSONLD:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        _collect(data, objects, depth=0)
    ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    kinds: set[str] = set()
    article = None
    for obj in objects:
        types = _types(obj)
        kinds |= types
        if article is None and types & _ARTICLE_TYPES:
            article = obj
    if article is None:
        return {}, kinds
    found: dict = {}
    headline = article.get("headline") or article.get("name")
    if isinstance(headline, str) and headline.strip():
        found["title"] = " ".join(headline.split())
    date = article.get("datePublished") or article.get("dateCreated")
    if isinstance(date, str):
        parsed = _iso(date)
        if parsed:
            found["published"] = parsed
    people, organisations = _authors(article.get("author"), ids)
    if people:
        found["authors"] = tuple(people)
    publisher = _resolve(article.get("publisher"), ids)
    name = publisher.get("name") if isinstance(publisher, dict) else publisher if isinstance(publisher, str) else None
    if isinstance(name, str) and name.strip():
        found["outlet"] = name.strip()
    elif organisations:
        found["outlet"] = organisations[0]
    url = article.get("url") or _resolve(article.get("mainEntityOfPage"), ids)
    if isinstance(url, dict):
        url = url.get("@id") or url.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        found["url"] = url
    return found, kinds


def _collect(data, out: list, depth: int) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:200]:
            _collect(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _collect(data["@graph"], out, depth + 1)


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _resolve(value, ids: dict):
    if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in ids:
        return ids[value["@id"]]
    return value


def _authors(value, ids: dict) -> tuple[list[str], list[str]]:
    people: list[str] = []
    organisations: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        item = _resolve(item, ids)
        if isinstance(item, str) and item.strip():
            people.extend(_split_names(item))
        elif isinstance(item, dict):
            name = item.get("name")
            if not isinstance(name, str) or not name.strip():
                continue
            if _types(item) & {"organization", "newsmediaorganization", "corporation"}:
                organisations.append(name.strip())
            else:
                people.extend(_split_names(name))
    return people, organisations


def _split_names(text: str) -> list[str]:
    return list(byline_names(text))  # the bylines' own rules: "By", capitals, handles, outlets


_DATE_META = ("article:published_time", "og:published_time", "datepublished", "dcterms.created",
              "dc.date", "dc.date.issued", "dcterms.issued", "pubdate", "publishdate", "publish-date",
              "date", "sailthru.date", "parsely-pub-date", "ptime", "displaydate")
_AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "parsely-title", "sailthru.title")
_SITE_META = ("og:site_name", "application-name", "dc.publisher", "publisher", "cre")


def _meta_tags(tree) -> dict[str, tuple[object, str]]:
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = element.get("content")
        if key and content and content.strip() and key not in values:
            values[key] = " ".join(content.split())
    found: dict[str, tuple[object, str]] = {}
    for key in _TITLE_META:
        if key in values:
            found["title"] = (values[key], key)
            break
    for key in _SITE_META:
        if key in values:
            found["outlet"] = (values[key], key)
            break
    for key in _DATE_META:
        if key in values:
            parsed = _iso(values[key])
            if parsed:
                found["published"] = (parsed, key)
                break
    if "published" not in found:
        for element in tree.iter("time"):
            stamp = element.get("datetime")
            parsed = _iso(stamp) if stamp else None
            if parsed:
                found["published"] = (parsed, "<time datetime>")
                break
    for key in _AUTHOR_META:
        value = values.get(key)
        if value and not value.startswith(("http://", "https://")):
            names = [n for n in _split_names(value) if not n.startswith("@")]
            if names:
                found["authors"] = (tuple(names), key)
                break
    canonical = None
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            canonical = link.get("href").strip()
            break
    url = canonical or values.get("og:url")
    if url and url.startswith(("http://", "https://")):
        found["url"] = (url, "link canonical" if canonical else "og:url")
    return found


def _iso(value: str) -> str | None:
    """An ISO date or date-time from a machine-readable date ("2016-07-27T21:48:00-04:00")."""
    import datetime as _dt

    value = value.strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?", value)
    if not match:
        from briefing.corpus.dates import parse_date_line

        parsed = parse_date_line(value)
        return parsed.published if parsed else None
    day, clock, zone = match.groups()
    try:
        _dt.date.fromisoformat(day)
    except ValueError:
        return None
    if not clock:
        return day
    if zone and zone != "Z" and ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return f"{day}T{clock}{'+00:00' if zone == 'Z' else zone or ''}"
