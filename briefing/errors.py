"""The errors briefing raises, and when.

::

    BriefingError             anything the CLI reports as one line, exit 2
     ├── ConfigError          the YAML config is unusable (carries every problem found)
     ├── CorpusError          the corpus path is missing/unreadable, or the manifest is bad
     ├── AssemblyError        the config and corpus disagree (an anchor matches no excerpt)
     ├── RenderError          a renderer could not write its format (the PDF's fonts are missing)
     ├── ManifestNotFound     a DOCX or PDF holds no briefing manifest (or is no such file)
     ├── OutputError          an output folder or file cannot be written
     ├── SettingError         an environment variable briefing reads is malformed
     └── ClusterError         a Dask cluster cannot be used: the extra is not installed, the
                              scheduler cannot be reached, its workers run another briefing
                              or do not see the corpus folder, or it stopped mid-run

Library code raises these and never prints or exits; ``briefing.cli`` is the
only place that turns them into messages and exit codes. Problems with one
article are not errors: the article is skipped and a warning is recorded.
"""

from __future__ import annotations

__all__ = [
    "one_line",
    "AssemblyError",
    "BriefingError",
    "ClusterError",
    "ConfigError",
    "CorpusError",
    "ManifestNotFound",
    "OutputError",
    "RenderError",
    "Problem",
    "SettingError",
]

from dataclasses import dataclass


def one_line(text: str) -> str:
    """The message with control codes and bidi overrides shown as escapes
    (``\\r``, ``\\u202e``): one line on a terminal, always, and never reordered."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


@dataclass(frozen=True)
class Problem:
    """One problem in an input file: ``path:line: where: message``."""

    path: str
    line: int | None
    where: str  # key path such as "sections[2].max_items", or ""
    message: str

    def __str__(self) -> str:
        loc = self.path + (f":{self.line}" if self.line else "")
        return one_line(f"{loc}: {self.where + ': ' if self.where else ''}{self.message}")


class BriefingError(Exception):
    """Base class: str(error) is the one line shown to the user."""


class ConfigError(BriefingError):
    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class CorpusError(BriefingError):
    pass


class AssemblyError(BriefingError):
    pass


class RenderError(BriefingError):
    pass


class ManifestNotFound(BriefingError):
    """Raised by the DOCX and PDF renderers' ``read_embedded_manifest``."""


class OutputError(BriefingError):
    pass


class SettingError(BriefingError):
    pass


class ClusterError(BriefingError):
    pass
