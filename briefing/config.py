"""The YAML config (version 1): pydantic models and a loader that reports
every problem at once, each with file, line and key path.

Every option is documented where it is declared (the ``description`` of
its field), which is also what ``briefing schema`` prints for editors.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from briefing import formats
from briefing.errors import ConfigError, Problem, SettingError
from briefing.yamlload import KeyLines, dotted, load_yaml

__all__ = [
    "BriefConfig",
    "LoadedConfig",
    "SECTION_KINDS",
    "brief_date",
    "config_schema",
    "load_config",
]

MAX_CONFIG_BYTES = 1024 * 1024
MAX_CONFIG_VALUES = 50_000  # a real config has a few hundred
_BASENAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_THEME_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class BriefMeta(_Model):
    title: str = Field(min_length=1, description="Title on the cover and in document properties.")
    subtitle: str | None = Field(None, description="One line under the title.")
    author: str | None = Field(
        None, description="Author shown on the cover; also the author of analyst comments."
    )
    date: _dt.date | None = Field(
        None,
        description="The brief's date (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH when set, else today.",
    )
    marking: str | None = Field(
        None, description="Banner in header and footer, e.g. UNCLASSIFIED. Optional."
    )
    keywords: list[str] = Field(default_factory=list, description="Document keywords (properties).")


class NoiseRuleConfig(_Model):
    name: str = Field(min_length=1, description="Name shown when the rule removes a line.")
    pattern: str = Field(
        min_length=1, description="Python regular expression matched against a whole stripped line."
    )
    scope: Literal["line", "block"] = Field(
        "line", description="line: drop the line; block: drop the blank-line-separated block."
    )

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
        return value


def _usable_path(value: str | None) -> str | None:
    if value is None:
        return value
    if not value.strip():
        raise ValueError("must not be empty")
    if any(ord(c) < 32 for c in value):
        raise ValueError("must not contain control characters")
    return value


class CorpusConfig(_Model):
    path: str = Field(description="Folder of articles (text, Markdown, web pages, Word, PDF, RTF, Nexis "
                      "and Factiva exports), relative to this config file.")
    manifest: str | None = Field(
        None,
        description="Manifest of outlet, authors, published date and URL per file, relative to this "
        "config file. Default: sources.yaml in the corpus folder, when present.",
    )
    max_file_mb: float = Field(
        5.0, gt=0, le=1024, description="Files larger than this (MB) are skipped with a warning."
    )
    noise: list[NoiseRuleConfig] = Field(
        default_factory=list, description="Page-noise rules added to the built-in list."
    )
    index: str | None = Field(
        None,
        description="Folder of the corpus index, relative to this config file. Default: .briefing "
        "in the corpus folder (give one for a read-only corpus).",
    )

    @field_validator("path", "manifest", "index")
    @classmethod
    def _usable(cls, value: str | None) -> str | None:
        return _usable_path(value)


class Theme(_Model):
    title: str = Field(min_length=1, description="Human name of the theme; its words rank too.")
    description: str = Field(
        "", description="A sentence describing the theme: a weaker query of its own."
    )
    keywords: list[Annotated[str, Field(min_length=1)]] = Field(
        default_factory=list,
        description='Words and phrases that signal the theme, each a bag of words (a phrase '
        'in order, or near, counts more); inflected forms match. Optional: the title and '
        'description are a query too.',
    )
    exclude: list[Annotated[str, Field(min_length=1)]] = Field(
        default_factory=list, description="Words or phrases that disqualify a sentence."
    )


class AnalystNoteConfig(_Model):
    text: str = Field(min_length=1, description="The analyst's annotation.")
    anchor: str | None = Field(
        None,
        description="Text that must occur in exactly one selected excerpt of the section; the note "
        "is attached there (a Word comment, a note box in the PDF).",
    )
    author: str | None = Field(None, description="Default: brief.author.")


Order = Literal["relevance", "chronological", "source"]


class _SectionBase(_Model):
    title: str = Field(min_length=1, description="Section heading.")
    intro: str | None = Field(None, description="Analyst prose shown under the heading.")


class ExcerptsSection(_SectionBase):
    kind: Literal["excerpts"] = Field(description="Ranked verbatim excerpts on one or more themes.")
    themes: list[str] = Field(min_length=1, description="Theme ids (keys of `themes`).")
    max_items: int = Field(8, gt=0, le=200, description="At most this many excerpts.")
    max_sentences: int = Field(
        3, gt=0, le=10,
        description="At most this many adjacent sentences of one paragraph in one excerpt.")
    order: Order = Field("relevance", description="relevance, chronological or source.")
    min_score: float | None = Field(
        None, ge=0, description="Relevance floor (BM25 score); default: automatic."
    )
    notes: list[AnalystNoteConfig] = Field(default_factory=list, description="Analyst notes.")


class SummarySection(_SectionBase):
    kind: Literal["summary"] = Field(
        description="Key points: the strongest excerpt of each themed section."
    )
    max_items: int = Field(5, gt=0, le=50, description="At most this many key points.")


class QuotesSection(_SectionBase):
    kind: Literal["quotes"] = Field(description="Quotations grouped by speaker.")
    speakers: list[str] = Field(
        default_factory=list, description="Only these speakers (names, case-insensitive)."
    )
    themes: list[str] = Field(
        default_factory=list, description="Only quotations matching these theme ids."
    )
    max_items: int = Field(30, gt=0, le=500, description="At most this many quotations.")
    max_sentences: int = Field(
        3, gt=0, le=10,
        description="At most this many sentences of a quotation's paragraph in one item.")
    notes: list[AnalystNoteConfig] = Field(default_factory=list, description="Analyst notes.")


class TextSection(_SectionBase):
    kind: Literal["text"] = Field(description="Analyst prose from this file.")
    text: str = Field(min_length=1, description="Paragraphs separated by blank lines.")


class CorroborationSection(_SectionBase):
    kind: Literal["corroboration"] = Field(
        description="Facts several outlets report: each shown once, citing every outlet.")
    min_outlets: int = Field(2, ge=2, le=50, description="Only facts reported by at least this many outlets.")
    themes: list[str] = Field(
        default_factory=list, description="Only facts whose sentences match these theme ids.")
    max_items: int = Field(12, gt=0, le=200, description="At most this many facts.")
    flag_single: bool = Field(
        False, description="Also list figures that rest on a single outlet (no other outlet reports them).")
    max_single: int = Field(8, gt=0, le=200, description="At most this many single-outlet figures.")


class DiscrepanciesSection(_SectionBase):
    kind: Literal["discrepancies"] = Field(
        description="Where outlets give conflicting figures for the same measure: a table per measure.")
    themes: list[str] = Field(
        default_factory=list, description="Only discrepancies whose sentences match these theme ids.")
    max_items: int = Field(12, gt=0, le=200, description="At most this many discrepancies.")


class SourcesSection(_SectionBase):
    kind: Literal["sources"] = Field(description="One entry per cited source.")


class TimelineSection(_SectionBase):
    kind: Literal["timeline"] = Field(
        description="Dated events of the themes in date order, with a chart; each date says how "
                    "it was worked out.")
    themes: list[str] = Field(
        default_factory=list,
        description="Theme ids (keys of `themes`); none: every theme of the config, or every "
                    "dated sentence when the config has no themes.")
    max_items: int = Field(12, gt=0, le=200, description="At most this many events.")
    from_: _dt.date | None = Field(
        None, alias="from", description="Only events on or after this date (YYYY-MM-DD).")
    to: _dt.date | None = Field(None, description="Only events on or before this date (YYYY-MM-DD).")
    granularity: Literal["time", "day", "week", "month", "year"] = Field(
        "month",
        description="The coarsest date shown: 'day' keeps events dated to a day (or a time of "
                    "day); 'week', 'month' and 'year' admit coarser dates too.")
    min_score: float | None = Field(
        None, ge=0, description="Theme relevance floor; default: 15% of the best sentence's score.")

    @model_validator(mode="after")
    def _from_before_to(self):
        if self.from_ and self.to and self.from_ > self.to:
            raise ValueError(f"'from' ({self.from_}) is after 'to' ({self.to})")
        return self


_SECTION_MODELS = (ExcerptsSection, SummarySection, QuotesSection, TextSection, CorroborationSection,
                   DiscrepanciesSection, SourcesSection, TimelineSection)
Section = Annotated[Union[_SECTION_MODELS], Field(discriminator="kind")]
#: section kind -> its model, e.g. "excerpts" -> ExcerptsSection
SECTION_MODELS = {m.model_fields["kind"].annotation.__args__[0]: m for m in _SECTION_MODELS}
SECTION_KINDS = tuple(SECTION_MODELS)
FormatName = Literal[formats.NAMES]  # type: ignore[valid-type]


class OutputConfig(_Model):
    dir: str = Field("out", description="Output folder, relative to this config file.")
    basename: str = Field(
        "brief",
        description="File name without extension: letters, digits, '.', '_' and '-' only.",
    )
    formats: list[FormatName] = Field(
        default_factory=lambda: list(formats.NAMES), min_length=1,
        description="Formats to write: " + "; ".join(f"{f.name}: {f.description}" for f in formats.FORMATS),
    )
    page_size: Literal["A4", "letter"] = Field("A4", description="A4 or letter (any case).")

    @field_validator("dir")
    @classmethod
    def _usable(cls, value: str) -> str:
        return _usable_path(value)

    @field_validator("page_size", mode="before")
    @classmethod
    def _any_case(cls, value):
        if isinstance(value, str):
            return {"a4": "A4", "letter": "letter"}.get(value.strip().casefold(), value)
        return value

    @field_validator("basename")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if not _BASENAME.fullmatch(value) or value in (".", ".."):
            raise ValueError(
                "must be a plain file name (letters, digits, '.', '_', '-'), not a path"
            )
        return value


class BriefConfig(_Model):
    """A briefing config, version 1."""

    version: Literal[1] = Field(1, description="Config format version.")
    brief: BriefMeta
    corpus: CorpusConfig
    themes: dict[str, Theme] = Field(default_factory=dict, description="Themes by id.")
    sections: list[Section] = Field(min_length=1, description="The brief's sections, in order.")
    output: OutputConfig = Field(default_factory=OutputConfig)


def config_schema() -> dict:
    schema = BriefConfig.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "briefing config"
    return schema


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class LoadedConfig:
    config: BriefConfig
    path: Path
    sha256: str

    @property
    def base(self) -> Path:
        return self.path.parent

    def resolve(self, relative: str) -> Path:
        return (self.base / relative) if not Path(relative).is_absolute() else Path(relative)

    @property
    def corpus_path(self) -> Path:
        return self.resolve(self.config.corpus.path)

    @property
    def manifest_path(self) -> Path | None:
        m = self.config.corpus.manifest
        return self.resolve(m) if m else None

    @property
    def output_dir(self) -> Path:
        return self.resolve(self.config.output.dir)

    @property
    def index_dir(self) -> Path | None:
        folder = self.config.corpus.index
        return self.resolve(folder) if folder else None


def brief_date(config: BriefConfig, env: dict | None = None) -> _dt.date:
    """The config's date, else SOURCE_DATE_EPOCH (UTC), else today.

    A SOURCE_DATE_EPOCH that is set but is not a non-negative integer is an
    error even when the config has a date: whoever set it expects the build to
    be reproducible, and a typo must not silently give today's date instead.
    """
    env = os.environ if env is None else env
    epoch = env.get("SOURCE_DATE_EPOCH")
    from_epoch = None
    if epoch is not None and epoch.strip() != "":
        try:
            if not epoch.strip().isdigit():
                raise ValueError
            from_epoch = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date()
        except (ValueError, OverflowError, OSError):
            raise SettingError(f"SOURCE_DATE_EPOCH: must be a non-negative integer (seconds since "
                               f"1970-01-01 UTC), not {epoch!r}") from None
    if config.brief.date is not None:
        return config.brief.date
    return from_epoch or _dt.date.today()


def load_config(path: str | Path) -> LoadedConfig:
    """Read and validate a config; raise ConfigError listing every problem."""
    path = Path(path)
    shown = str(path)
    try:
        if path.is_dir():
            raise ConfigError([Problem(shown, None, "", "is a folder, not a config file")])
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigError([Problem(shown, None, "", f"config is {size} bytes; the limit is 1 MB")])
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError([Problem(shown, None, "", "config file not found")]) from None
    except OSError as exc:
        raise ConfigError([Problem(shown, None, "", f"cannot read ({exc.strerror or exc})")]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError([Problem(shown, None, "", f"not UTF-8 text (byte {exc.start})")]) from None

    raw, lines, problems = load_yaml(text, shown, MAX_CONFIG_VALUES)
    if problems:
        raise ConfigError(problems)
    if not isinstance(raw, dict):
        what = "empty" if raw is None else f"a {type(raw).__name__}"
        raise ConfigError([Problem(shown, 1, "", f"expected a mapping of settings, got {what}")])
    problems = _check_references(raw, shown, lines)
    try:
        config = BriefConfig.model_validate(raw)
    except ValidationError as exc:
        problems += _problems_from_validation(exc, shown, lines)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.where))
        raise ConfigError(problems)
    return LoadedConfig(config, path, hashlib.sha256(data).hexdigest())


def _clean_loc(loc: tuple) -> tuple:
    """Drop pydantic's union tags ('sections', 2, 'excerpts', 'max_items')."""
    out: list = []
    for i, part in enumerate(loc):
        if i == 2 and loc[0] == "sections" and isinstance(loc[1], int) and part in SECTION_KINDS:
            continue
        out.append(part)
    return tuple(out)


def _model_fields_at(path: tuple, raw_kind: str | None = None) -> list[str]:
    """Valid keys of the model that sits at a key path (for suggestions)."""
    model: type[BaseModel] | None = BriefConfig
    kinds = SECTION_MODELS
    i = 0
    while i < len(path) and model is not None:
        part = path[i]
        if model is BriefConfig and part == "sections":
            if i + 1 < len(path) and isinstance(path[i + 1], int):
                model = kinds.get(raw_kind) if raw_kind else None
                if model is None:
                    return sorted({f for m in kinds.values() for f in m.model_fields})
                i += 2
                continue
        if model is BriefConfig and part == "themes":
            model = Theme
            i += 2
            continue
        field = model.model_fields.get(part) if isinstance(part, str) else None
        if field is None:
            return []
        annotation = field.annotation
        inner = getattr(annotation, "__args__", None)
        candidate = annotation if isinstance(annotation, type) else (inner[0] if inner else None)
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            model = candidate
            i += 1
            if getattr(annotation, "__origin__", None) is list:
                i += 1
            continue
        return []
    return list(model.model_fields) if model is not None else []


_FRIENDLY = {
    "missing": "required key is missing",
    "int_parsing": "must be an integer",
    "int_type": "must be an integer",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be a mapping",
    "model_type": "must be a mapping",
    "bool_type": "must be true or false",
    "date_from_datetime_parsing": "must be a date (YYYY-MM-DD)",
    "date_parsing": "must be a date (YYYY-MM-DD)",
    "date_type": "must be a date (YYYY-MM-DD)",
}


def _problems_from_validation(exc: ValidationError, shown: str, lines: KeyLines) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors(include_url=False):
        loc = _clean_loc(tuple(error["loc"]))
        kind = error["type"]
        message = _FRIENDLY.get(kind)
        if kind == "extra_forbidden":
            # pydantic's own loc names the section kind: ('sections', 2, 'excerpts', key)
            raw_loc = error["loc"]
            section_kind = raw_loc[2] if len(raw_loc) > 3 and raw_loc[2] in SECTION_MODELS else None
            valid = _model_fields_at(loc[:-1], section_kind)
            close = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.6)
            message = "unknown key" + (f" (did you mean '{close[0]}'?)" if close else
                                       f" (valid keys: {', '.join(valid)})" if valid else "")
        elif kind == "greater_than" and error.get("ctx", {}).get("gt") == 0:
            message = "must be a positive " + ("integer" if isinstance(error.get("input"), int) or
                                               "max_items" in str(loc[-1]) else "number")
        elif kind in ("union_tag_invalid", "union_tag_not_found"):
            got = error.get("ctx", {}).get("tag")
            message = (f"unknown section kind {got!r} (expected one of: {', '.join(SECTION_KINDS)})"
                       if got else f"section needs a kind (one of: {', '.join(SECTION_KINDS)})")
            loc = loc + ("kind",) if got else loc
        elif kind == "literal_error":
            expected = error.get("ctx", {}).get("expected", "")
            message = f"must be one of {expected}"
        elif kind == "too_short":
            message = "must not be empty"
        elif kind == "value_error":
            message = str(error.get("ctx", {}).get("error", error["msg"]))
        if message is None:
            message = error["msg"][0].lower() + error["msg"][1:]
        problems.append(Problem(shown, lines.line_for(loc), dotted(loc), message))
    return problems


def _check_references(raw: dict, shown: str, lines: KeyLines) -> list[Problem]:
    """Cross-references the schema cannot see; works on the raw data so it
    can report alongside schema errors."""
    problems: list[Problem] = []
    themes = raw.get("themes")
    theme_ids = [str(t) for t in themes] if isinstance(themes, dict) else []
    for theme_id in theme_ids:
        if not _THEME_ID.fullmatch(theme_id):
            problems.append(Problem(shown, lines.line_for(("themes", theme_id)),
                                    dotted(("themes", theme_id)),
                                    "theme id must be letters, digits, '-' or '_'"))
    sections = raw.get("sections")
    if not isinstance(sections, list):
        return problems
    titles: dict[str, int] = {}
    for i, section in enumerate(sections):
        if not isinstance(section, dict):
            continue
        wanted = section.get("themes")
        for j, theme in enumerate(wanted if isinstance(wanted, list) else []):
            if isinstance(theme, str) and theme not in theme_ids:
                close = difflib.get_close_matches(theme, theme_ids, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else (
                    f" (defined: {', '.join(theme_ids)})" if theme_ids else " (no themes are defined)")
                problems.append(Problem(shown, lines.line_for(("sections", i, "themes", j)),
                                        f"sections[{i}].themes[{j}]", f"unknown theme '{theme}'{hint}"))
        title = section.get("title")
        if isinstance(title, str):
            if title in titles:
                problems.append(Problem(shown, lines.line_for(("sections", i, "title")),
                                        f"sections[{i}].title",
                                        f"same title as sections[{titles[title]}]"))
            titles.setdefault(title, i)
    return problems
