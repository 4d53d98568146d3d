"""From decoded text to structure: noise, header metadata, paragraphs, entries.

The text is never edited. We scan it line by line, give each line a role,
and keep spans (offsets into the text) of what is body:

1. noise rules (data) mark banner, credit and navigation lines;
2. live-blog timestamp lines, signature lines ("— Pierre Vaux", a bare
   name in a live blog), contributor lines and agency sign-offs are found
   anywhere;
3. the header is what precedes the first block that reads like body text:
   there the byline, the date line, the headline, the standfirst and
   kickers/captions are told apart;
4. the remaining runs of ordinary lines become paragraphs (hard-wrapped
   lines joined) or, when short and title-like, headings;
5. live-blog entries run from one timestamp line to the next; a trailing
   signature names the author of the paragraphs it closes, a signature
   right after the timestamp names the entry's author.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from briefing.corpus.article import Entry, Heading, Paragraph
from briefing.corpus.dates import DateMatch, TimeOfDay, parse_date_line, parse_time_line, search_date
from briefing.corpus import outlets
from briefing.corpus.noise import NoiseRules
from briefing.text.names import is_organisation

__all__ = ["Segmented", "byline_names", "segment"]

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = tuple('.!?…"\'\u201d\u2019)]')
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha())
_LO = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower() and c.isalpha())
_NAME_WORD = (
    rf"(?:[{_UP}][{_LO}'\u2019]+(?:-[{_UP}]?[{_LO}'\u2019]+)*|[{_UP}]\.|(?:Jr|Sr)\.?|II|III|IV"
    rf"|(?:de|da|del|della|van|von|der|den|al|el|bin|ibn|la|le|du|dos)(?:-[{_UP}][{_LO}]+)?"
    rf"|Mc[{_UP}][{_LO}]+|O'[{_UP}][{_LO}]+)"
)
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_NAME_RE = re.compile(rf"{_NAME}")
_DASH_SIGNATURE = re.compile(rf"^(?:—|–|--|-)\s*(?P<name>{_NAME})\s*$")
_BARE_NAME = re.compile(rf"^(?P<name>{_NAME})$")
_BYLINE = re.compile(r"(?i)^by[:\s]\s*(?P<rest>.+)$")
# "By Jane Doe and John Roe Key Takeaway:Russian airstrikes…": a byline and a
# label glued to the paragraph they head (a page flattened to text)
_INLINE_BYLINE = re.compile(
    r"^By\s+[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|and|&))+\s*:\s*(?=[A-Z\"“])"
)
_CONTRIBUTOR = re.compile(
    r"(?i)^(?:(?P<who>.+?)\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)"
    r"|(?:additional\s+)?reporting\s+by\s+(?P<who2>.+?)(?:;.*)?)\.?$"
)
_SIGNOFF = re.compile(
    r"(?i)^(?:—\s*)?(?P<org>[\w.&' -]{2,40}?)\s+(?:and|with)\s+(?:news\s+)?(?:agencies|wires|wire services)\.?$"
)
_SPLIT_NAMES = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to with vs via per is are".split()
)


@dataclass
class _Line:
    start: int  # stripped content
    end: int
    text: str
    block: int
    role: str = "text"  # text | blank | noise | timestamp | signature | byline | date | contributor | signoff | title | dek | header
    rule: str | None = None
    date: DateMatch | None = None
    time: TimeOfDay | None = None
    names: tuple[str, ...] = ()


@dataclass
class Segmented:
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    noise: list[tuple[int, int, str]] = field(default_factory=list)
    title: tuple[str, int, int] | None = None
    dek: tuple[str, int, int] | None = None
    authors: tuple[str, ...] = ()
    authors_span: tuple[int, int] | None = None
    published: DateMatch | None = None
    published_span: tuple[int, int] | None = None
    outlet: tuple[str, int, int] | None = None
    url: tuple[str, int, int] | None = None
    contributors: tuple[str, ...] = ()


_MD_DECOR = re.compile(r"^(?:#{1,6}\s+|[*_]{1,3}(?=\S))|(?<=\S)[*_]{1,3}$")


def _undecorated(line: "_Line") -> tuple[str, int, int]:
    """The line without Markdown heading marks or wrapping emphasis, and its span."""
    text, start, end = line.text, line.start, line.end
    while True:
        match = _MD_DECOR.search(text)
        if not match:
            return text, start, end
        if match.start() == 0:
            start += match.end()
            text = text[match.end():]
        else:
            end -= len(text) - match.start()
            text = text[: match.start()]
        if not text:
            return line.text, line.start, line.end


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    previous_blank = True
    for match in _LINE_RE.finditer(text):
        raw_start, raw_end = match.span()
        if raw_start == raw_end:
            break
        content = match.group().rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            lines.append(_Line(raw_start, raw_start, "", block, "blank"))
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        lead = len(content) - len(content.lstrip())
        start = raw_start + lead
        end = start + len(stripped)
        lines.append(_Line(start, end, stripped, block))
        previous_blank = False
    return lines


def _is_name_list(text: str) -> tuple[str, ...]:
    """The names of a byline ("Jane Doe and John Roe", "Donovan Slack, @donovanslack,
    USA TODAY"), or () when it is not one; handles and outlet names are dropped."""
    pieces = [n.strip(" ,") for n in _SPLIT_NAMES.split(text) if n.strip(" .,")]
    kept = [n for n in pieces if not n.startswith("@") and not outlets.is_outlet_name(n)]
    if not kept:  # "By VOA News": the outlet is the byline
        kept = [n for n in pieces if not n.startswith("@")]
    names = tuple(_name_case(n) for n in kept)
    names = tuple(n[:-1] if n.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", n) else n
                  for n in names)
    if names and all(_NAME_RE.fullmatch(n) or is_organisation(n) for n in names):
        return names
    return ()


def byline_names(text: str) -> tuple[str, ...]:
    """The people a byline field names ("By MICHAEL BARBARO and JEREMY W. PETERS",
    "Robert Costa; Abby Phillip", "Donovan Slack, @donovanslack, USA TODAY"),
    in normal case; handles and outlet names dropped."""
    text = re.sub(r"(?i)^\s*by[:\s]\s*", "", text.strip()).replace(";", ",")
    names = _is_name_list(text)
    if names:
        return names
    pieces = [n.strip(" ,.") for n in _SPLIT_NAMES.split(text) if n.strip(" ,.")]
    return tuple(_name_case(n) for n in pieces
                 if not n.startswith("@") and not outlets.is_outlet_name(n) and len(n.split()) <= 5)


def _name_case(name: str) -> str:
    """A name printed in capitals in normal case ("RICHARD A. OPPEL JR." →
    "Richard A. Oppel Jr."); any other name as printed."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters) or outlets.is_outlet_name(name):
        return name
    words = []
    for word in name.split():
        if re.fullmatch(r"(?:II|III|IV)", word):
            words.append(word)
            continue
        cased = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
        cased = re.sub(r"^(Mc|O')(\w)", lambda m: m.group(1) + m.group(2).upper(), cased)
        words.append(cased)
    return " ".join(words)


def _parse_byline(rest: str) -> tuple[tuple[str, ...], DateMatch | None]:
    """Names and date of 'Carla Babb, Chris Hannas October 21, 2015' (the
    date's offsets are relative to ``rest``)."""
    date = search_date(rest)
    names_part = rest[: date.start] if date else rest
    names_part = re.split(r"\s[|·•]\s|\s[-–—]\s", names_part)[0].strip(" ,;")
    return _is_name_list(names_part), date


def _title_case_ratio(text: str) -> float:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _is_heading(text: str) -> bool:
    """A subhead, post headline or caption line: short, title-like, no full stop."""
    words = text.split()
    if not words or text.endswith((".", ",", ";", ":")):
        return False
    title_like = _title_case_ratio(text) >= 0.75 and len(words) >= 3
    if len(words) > (20 if title_like else 14):
        return False
    if re.search(r"[.!?]\s+[A-Z]", text[:-1]) and not title_like:  # several sentences
        return False
    if not text.endswith(_TERMINAL):
        return True
    return len(words) <= 6 or _title_case_ratio(text) >= 0.6


def _reads_like_body(text: str) -> bool:
    words = text.split()
    return (len(words) >= 12 and text.rstrip().endswith(_TERMINAL)) or len(words) >= 30


def segment(text: str, rules: NoiseRules, known_authors: tuple[str, ...] = (), header: bool = True) -> Segmented:
    lines = _split_lines(text)
    out = Segmented()
    known = {a.lower() for a in known_authors}

    # 1. noise, block-scoped first so a caption goes as a whole
    noisy_blocks: dict[int, str] = {}
    for line in lines:
        if line.role == "blank":
            continue
        name = rules.match_block(line.text)
        if name:
            noisy_blocks.setdefault(line.block, name)
    for line in lines:
        if line.role == "blank":
            continue
        if line.block in noisy_blocks:
            line.role, line.rule = "noise", noisy_blocks[line.block]
            continue
        name = rules.match_line(line.text)
        if name:
            line.role, line.rule = "noise", name

    # 2. roles found anywhere
    live = False
    for line in lines:
        if line.role != "text":
            continue
        stamp = parse_date_line(line.text)
        if stamp is not None and stamp.time is not None:
            line.role, line.date = "timestamp", stamp
            live = True
            continue
        clock = parse_time_line(line.text)
        if clock is not None:
            line.role, line.time = "timestamp", clock
            live = True
    stamps = [ln for ln in lines if ln.role == "timestamp"]
    if len(stamps) == 1 and stamps[0].block < _first_body_block(lines):
        # one dated, timed line above the story is its dateline, not a live blog
        stamps[0].role, stamps[0].date, stamps[0].time = "text", None, None
        live = False
    blocks: dict[int, list[_Line]] = {}
    for line in lines:
        if line.role != "blank":
            blocks.setdefault(line.block, []).append(line)
    for line in lines:
        if line.role != "text":
            continue
        dash = _DASH_SIGNATURE.match(line.text)
        bare = _BARE_NAME.match(line.text)
        if dash:
            line.role, line.names = "signature", (dash.group("name"),)
        elif bare and (line.text.lower() in known or (live and _standalone_or_leading(line, blocks))):
            line.role, line.names = "signature", (bare.group("name"),)
            continue
        contributor = _CONTRIBUTOR.match(line.text)
        if contributor:
            who = contributor.group("who") or contributor.group("who2")
            # "State Department correspondent Pam Dockins" -> the trailing name
            names = _is_name_list(who) or tuple(m.group() for m in _NAME_RE.finditer(who))[-1:]
            line.role, line.names = "contributor", names
        inline = _INLINE_BYLINE.match(line.text)
        if line.role == "text" and inline and len(line.text) - inline.end() >= 40:
            out.noise.append((line.start, line.start + inline.end(), "byline"))
            line.start += inline.end()
            line.text = line.text[inline.end():]
    last = next((ln for ln in reversed(lines) if ln.role == "text"), None)
    if last is not None:
        signoff = _SIGNOFF.match(last.text)
        if signoff:
            last.role, last.names = "signoff", (signoff.group("org").strip(),)

    # 3. the header: everything before the first block that reads like body
    body_start = _first_body_block(lines) if header else 0
    if live:  # a live blog's first entry starts at its first timestamp
        body_start = min([body_start] + [ln.block for ln in lines if ln.role == "timestamp"])
    _read_header([ln for ln in lines if ln.block < body_start and ln.role != "blank"], out)

    # 4 and 5. paragraphs, headings, entries, authors
    _build_body([ln for ln in lines if ln.block >= body_start], out, live, text)
    for line in lines:
        if line.role in ("noise", "header"):
            out.noise.append((line.start, line.end, line.rule or line.role))
        if line.role == "contributor":
            out.contributors += line.names
        if line.role == "signoff" and out.outlet is None:
            out.outlet = (line.names[0], line.start, line.end)
    if out.outlet is None and len(out.authors) == 1 and is_organisation(out.authors[0]) and out.authors_span:
        out.outlet = (out.authors[0], *out.authors_span)  # "by VOA News"
    if not out.authors:
        signed = []
        for line in lines:
            if line.role == "signature":
                for name in line.names:
                    if name not in signed:
                        signed.append(name)
        out.authors = tuple(signed)
    return out


def _standalone_or_leading(line: _Line, blocks: dict[int, list[_Line]]) -> bool:
    """A bare name is a signature when alone in its block or heading one."""
    same_block = blocks[line.block]
    return same_block[0] is line and (len(same_block) == 1 or _is_heading(same_block[1].text))


def _first_body_block(lines: list[_Line]) -> int:
    blocks: dict[int, list[_Line]] = {}
    for line in lines:
        if line.role == "text":
            blocks.setdefault(line.block, []).append(line)
    ordered = sorted(blocks)
    for position, block in enumerate(ordered):
        lines = blocks[block]
        if position == 0 and len(ordered) > 1 and _headline_style(lines):
            continue  # a title-cased headline, even a long one ending in a full stop
        if _reads_like_body(" ".join(ln.text for ln in lines)):
            return block
    return 0


def _headline_style(lines: list[_Line]) -> bool:
    """One short line in title case: a headline, not the first paragraph."""
    return len(lines) == 1 and len(lines[0].text.split()) <= 25 and _title_case_ratio(lines[0].text) >= 0.8


_KEY_VALUE = re.compile(
    r"(?i)^(?P<key>title|headline|heading|author|authors|by|byline|writer|source|publication|publisher"
    r"|outlet|newspaper|date|published|publication date|posted|section|words|length|word count|url"
    r"|link|web address)\s*:\s*(?P<value>\S.*)$")
_KEY_FIELD = {
    "title": "title", "headline": "title", "heading": "title", "author": "byline", "authors": "byline",
    "by": "byline", "byline": "byline", "writer": "byline", "source": "outlet", "publication": "outlet",
    "publisher": "outlet", "outlet": "outlet", "newspaper": "outlet", "date": "date", "published": "date",
    "publication date": "date", "posted": "date", "section": "kicker", "words": "furniture",
    "length": "furniture", "word count": "furniture", "url": "url", "link": "url", "web address": "url",
}
_URL_LINE = re.compile(
    r"(?i)^(?:(?:source|url|link|canonical|original(?:ly published at)?|read (?:it )?online|web)"
    r"\s*:?\s*)?<?(?P<url>https?://[^\s<>]+)>?$")
_PIECES = re.compile(r"\s+[|·•]\s+|\s+[—–]\s+|\s+-\s+")
_SMALL_TRAILING = frozenset("a an and as at by for from in into of on or the to with".split())


@dataclass
class _Found:
    """What one header line says: each key a field (value, span in the text)."""

    fields: dict = field(default_factory=dict)
    role: str = "header"  # title-candidate | byline | date | header (outlet, url, kicker: not body)


def _classify(line: _Line) -> _Found | None:
    """What a header line is, or None for a headline or standfirst candidate."""
    plain, pstart, _ = _undecorated(line)
    found = _Found()
    kv = _KEY_VALUE.match(plain)
    if kv:
        key = _KEY_FIELD[kv.group("key").lower()]
        value = kv.group("value").strip()
        vstart = pstart + kv.start("value")
        span = (vstart, vstart + len(value))
        if key == "title":
            found.fields["title"] = (value, *span)
            found.role = "title"
        elif key == "byline":
            names = _is_name_list(re.sub(r"(?i)^by\s+", "", value).replace(";", ","))
            found.fields["authors"] = (names, line.start, line.end) if names else None
            found.role = "byline"
        elif key == "outlet":
            url = _URL_LINE.match(value)
            if url:
                found.fields["url"] = (url.group("url"), vstart + url.start("url"), vstart + url.end("url"))
            else:
                found.fields["outlet"] = (value, *span)
        elif key == "date":
            date = parse_date_line(value)
            if date is None:
                return found  # a date we cannot read: still a header line, not a headline
            found.fields["published"] = (date, vstart + date.start, vstart + date.end)
            found.role = "date"
        elif key == "url":
            found.fields["url"] = (value, *span)
        found.fields = {k: v for k, v in found.fields.items() if v is not None}
        return found
    url = _URL_LINE.match(plain)
    if url:
        found.fields["url"] = (url.group("url"), pstart + url.start("url"), pstart + url.end("url"))
        return found
    byline = _BYLINE.match(plain)
    if byline:
        rest = byline.group("rest")
        base = pstart + byline.start("rest")
        names, date = _parse_byline(rest)
        if names or date:
            found.role = "byline"
            if names:
                found.fields["authors"] = (names, line.start, line.end)
            if date:
                found.fields["published"] = (date, base + date.start, base + date.end)
            pieces = _pieces(rest)[1:] + [(p.strip(), rest.find(p.strip())) for p in rest.split(",")[1:]]
            for piece, at in pieces:
                if piece and outlets.is_outlet_name(piece):
                    found.fields.setdefault("outlet", (piece, base + at, base + at + len(piece)))
            return found
    date = parse_date_line(plain)
    if date is not None:
        found.role = "date"
        found.fields["published"] = (date, pstart + date.start, pstart + date.end)
        return found
    if outlets.is_outlet_name(plain):
        found.fields["outlet"] = (plain, pstart, pstart + len(plain))
        return found
    pieces = _pieces(plain)
    if len(pieces) > 1:
        composite = _composite(pieces, pstart)
        if composite is not None:
            return composite
    # "Heidi M. Przybyla, USA TODAY": a byline without "By", the outlet after a comma
    if "," in plain:
        who, _, where = plain.rpartition(",")
        names = _is_name_list(who)
        if names and outlets.is_outlet_name(where.strip()):
            wstart = pstart + len(who) + 1 + (len(where) - len(where.lstrip()))
            found.role = "byline"
            found.fields["authors"] = (names, pstart, pstart + len(who))
            found.fields["outlet"] = (where.strip(), wstart, wstart + len(where.strip()))
            return found
    letters = [c for c in plain if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(plain.split()) <= 4:
        return found  # a kicker in capitals ("POLITICS", "WORLD NEWS")
    return None


def _pieces(text: str) -> list[tuple[str, int]]:
    """Pieces of "HuffPost | Politics", "The New York Times · Feb. 20, 2013", with offsets."""
    out, at = [], 0
    for sep in _PIECES.finditer(text):
        out.append((text[at:sep.start()], at))
        at = sep.end()
    out.append((text[at:], at))
    return [(p.strip(), a + (len(p) - len(p.lstrip()))) for p, a in out if p.strip()]


def _composite(pieces: list[tuple[str, int]], base: int) -> _Found | None:
    """A line of outlet, date, byline, URL and section pieces, or None when a
    piece is none of these (then the line is a headline with a dash in it)."""
    found = _Found()
    sections = 0
    for piece, at in pieces:
        start, end = base + at, base + at + len(piece)
        date = parse_date_line(piece)
        byline = _BYLINE.match(piece)
        url = _URL_LINE.match(piece)
        if date is not None:
            found.fields.setdefault("published", (date, start + date.start, start + date.end))
            found.role = "date"
        elif url:
            found.fields.setdefault("url", (url.group("url"), start + url.start("url"), start + url.end("url")))
        elif outlets.is_outlet_name(piece):
            found.fields.setdefault("outlet", (piece, start, end))
        elif byline and _is_name_list(byline.group("rest")):
            found.fields.setdefault("authors", (_is_name_list(byline.group("rest")), start, end))
        elif len(piece.split()) <= 3 and _title_case_ratio(piece) >= 0.99 and sections == 0:
            sections += 1  # "Politics", "World News": a section name
        else:
            return None
    if not ({"outlet", "published"} & found.fields.keys()):
        return None
    return found


def _read_header(header: list[_Line], out: Segmented) -> None:
    candidates: list[_Line] = []
    anchor_index = None  # position in candidates where the byline/date came
    for line in header:
        if line.role != "text":
            continue
        found = _classify(line)
        if found is None:
            candidates.append(line)
            continue
        line.role = {"byline": "byline", "date": "date"}.get(found.role, "header")
        line.rule = "header: " + ", ".join(sorted(found.fields)) if found.fields else "header: kicker or label"
        for key, value in found.fields.items():
            _set(out, key, value)
        if found.role == "title":
            line.role, line.rule = "title", None
        if found.role in ("byline", "date") and anchor_index is None:
            anchor_index = len(candidates)
    if out.title is not None:  # "Title: …" said it
        candidates_left = candidates
        for line in candidates_left:
            line.role, line.rule = "header", "header: kicker or caption"
        return
    if not candidates:
        return
    groups = _groups(candidates)
    usable = [g for g in groups if sum(len(ln.text.split()) for ln in g) >= 3] or \
        [g for g in groups if sum(len(ln.text.split()) for ln in g) >= 2]
    title_group = None
    if anchor_index:
        before = candidates[anchor_index - 1]
        title_group = next((g for g in usable if g[-1] is before), None)
    if title_group is None:
        title_group = next((g for g in usable if not g[0].text.islower()), None)
    for line in candidates:
        line.role, line.rule = "header", "header: kicker or caption"
    if title_group is None:
        return
    for line in title_group:
        line.role, line.rule = "title", None
    first, last = _undecorated(title_group[0]), _undecorated(title_group[-1])
    value = " ".join(_undecorated(ln)[0] for ln in title_group)
    out.title = (value, first[1], last[2])
    following = [ln for ln in candidates if ln.start > title_group[-1].start]
    # a standfirst follows the headline: a sentence-like line, not a title
    if following and len(following[0].text.split()) >= 6 and _title_case_ratio(following[0].text) < 0.6:
        dek = following[0]
        dek.role, dek.rule = "dek", None
        out.dek = (dek.text, dek.start, dek.end)


def _groups(candidates: list[_Line]) -> list[list[_Line]]:
    """Candidate lines as headline groups: a headline wrapped over two or three
    lines is one group (same block, adjacent, the first line unfinished)."""
    groups: list[list[_Line]] = []
    for line in candidates:
        if groups and _continues(groups[-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _continues(group: list[_Line], line: _Line) -> bool:
    last = group[-1]
    if len(group) >= 3 or last.block != line.block or line.start - last.end > 2:
        return False
    if last.text.endswith((".", "!", "?", ":", "\u201d", '"')):
        return False
    words = last.text.split()
    if line.text[:1].islower() or words[-1].lower() in _SMALL_TRAILING:
        return True
    return (len(words) >= 4 and len(line.text.split()) >= 2
            and _title_case_ratio(last.text) >= 0.75 and _title_case_ratio(line.text) >= 0.75)


def _set(out: Segmented, key: str, value) -> None:
    if key == "title" and out.title is None:
        out.title = value
    elif key == "authors" and not out.authors:
        out.authors, out.authors_span = value[0], (value[1], value[2])
    elif key == "published" and out.published is None:
        out.published, out.published_span = value[0], (value[1], value[2])
    elif key == "outlet" and out.outlet is None:
        out.outlet = value
    elif key == "url" and out.url is None:
        out.url = value


def _build_body(lines: list[_Line], out: Segmented, live: bool, text: str) -> None:
    entry_index = 0
    entry_start = lines[0].start if lines else 0
    entry_time: str | None = None
    entry_author: str | None = None
    entry_has_body = False
    last_date = out.published.date if out.published else None
    pending: list[int] = []  # paragraph positions not yet closed by a signature
    run: list[_Line] = []

    def flush_run() -> None:
        nonlocal entry_has_body
        if not run:
            return
        start, end = run[0].start, run[-1].end
        joined = " ".join(ln.text for ln in run)
        if len(run) == 1 and (_is_heading(joined) or joined.startswith("#")):
            out.headings.append(Heading(start, end, entry_index if live else None))
        else:
            out.paragraphs.append(
                Paragraph(len(out.paragraphs) + 1, start, end, entry_index if live else None)
            )
            pending.append(len(out.paragraphs) - 1)
        entry_has_body = True
        run.clear()

    def close_entry(end: int) -> None:
        if live:
            out.entries.append(Entry(entry_index, entry_start, end, entry_time, entry_author))
        _assign(out, pending, entry_author)

    previous_block = None
    for line in lines:
        if line.role == "blank" or line.block != previous_block:
            flush_run()
        previous_block = line.block
        if line.role == "blank":
            continue
        if line.role == "text":
            run.append(line)
            continue
        flush_run()
        if line.role == "timestamp":
            close_entry(line.start)
            entry_index += 1
            if line.date is not None:
                last_date = line.date.date
                stamp = line.date.iso
            elif last_date is not None:
                stamp = _near(line.time.on(last_date), entry_time).iso
            else:
                stamp = None  # a time with no date known yet
            entry_start, entry_time, entry_author = line.start, stamp, None
            entry_has_body = False
        elif line.role == "signature":
            name = line.names[0]
            if live and not entry_has_body and entry_author is None and entry_index > 0:
                entry_author = name
            else:
                _assign(out, pending, name)
    flush_run()
    close_entry(len(text))


def _near(candidate: DateMatch, previous: str | None) -> DateMatch:
    """A dateless time on the day that keeps it within 12 hours of the previous
    stamp: blogs cross midnight going forwards or, newest first, backwards."""
    if not previous or "T" not in previous:
        return candidate
    prev = _dt.datetime.fromisoformat(previous.rstrip("Z"))
    this = _dt.datetime.fromisoformat(candidate.iso.rstrip("Z"))
    shift = _dt.timedelta(days=1)
    if this - prev > _dt.timedelta(hours=12):
        this -= shift
    elif prev - this > _dt.timedelta(hours=12):
        this += shift
    return DateMatch(this.date(), 0, 0, f"{this.hour:02d}:{this.minute:02d}", candidate.zone)


def _assign(out: Segmented, pending: list[int], author: str | None) -> None:
    for pos in pending:
        para = out.paragraphs[pos]
        out.paragraphs[pos] = Paragraph(para.index, para.start, para.end, para.entry, author)
    pending.clear()
