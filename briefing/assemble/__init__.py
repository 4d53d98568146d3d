"""Assembly: a validated config and a read corpus in, a ``Brief`` out.

Each section kind is registered once (:mod:`.kinds`): its builder is a pure
function of the build context and the sections built before it. Building
runs phase by phase (content, then key points, then sources); the brief
keeps the config's order. ``Brief.sources`` is derived from the notes of the
finished sections, so the brief lists exactly the sources it cites.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path

from briefing.assemble.context import BuildContext, cited_sources
from briefing.assemble.kinds import KINDS
from briefing.config import LoadedConfig
from briefing.corpus import Corpus
from briefing.model import Brief, Section

__all__ = ["KINDS", "assemble", "built_before"]


def _section_ids(titles: list[str]) -> list[str]:
    ids: list[str] = []
    for title in titles:
        base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "section"
        candidate, n = base, 2
        while candidate in ids:
            candidate, n = f"{base}-{n}", n + 1
        ids.append(candidate)
    return ids


def _relative(target: Path, folder: Path | None) -> str:
    """``target`` as seen from ``folder`` (the brief's), POSIX-style; absolute when
    there is no relative way (another drive)."""
    if folder is None:
        return target.as_posix()
    try:
        return Path(os.path.relpath(target.resolve(), folder.resolve())).as_posix()
    except ValueError:
        return target.resolve().as_posix()


def _build(ctx: BuildContext, until: int | None = None, on_section=None) -> dict[int, Section]:
    """The sections, built phase by phase (config order within a phase); with
    ``until``, only those built before that section."""
    sections = ctx.config.sections
    ids = _section_ids([s.title for s in sections])
    order = sorted(range(len(sections)), key=lambda i: (KINDS[sections[i].kind].phase, i))
    built: dict[int, Section] = {}
    for i in order:
        if i == until:
            break
        earlier = tuple(built[j] for j in built)
        built[i] = KINDS[sections[i].kind].build(ctx, i, sections[i], ids[i], earlier)
        if on_section is not None:
            on_section(sections[i].title)
    return built


def built_before(ctx: BuildContext, index: int) -> tuple[Section, ...]:
    """The sections a build has made when it comes to section ``index``: what
    that section's builder gets as ``earlier``."""
    return tuple(_build(ctx, until=index).values())


def assemble(loaded: LoadedConfig, corpus: Corpus, date: _dt.date, config_path: str | None = None,
             output_dir: Path | None = None, on_section=None) -> Brief:
    """The brief. ``output_dir`` is where it will be written: the manifest records
    the config and corpus relative to it, so ``verify`` finds them from anywhere.
    ``on_section(title)`` is called as each section is done (progress)."""
    config = loaded.config
    ctx = BuildContext(config, corpus, config_path or str(loaded.path), config.brief.author)
    built = _build(ctx, on_section=on_section)
    sections = tuple(built[i] for i in range(len(config.sections)))
    return Brief(
        title=config.brief.title,
        subtitle=config.brief.subtitle,
        author=config.brief.author,
        date=date.isoformat(),
        marking=config.brief.marking,
        keywords=tuple(config.brief.keywords),
        sections=sections,
        sources=tuple(cited_sources(sections, corpus)),
        config_path=_relative(loaded.path, output_dir),
        config_sha256=loaded.sha256,
        corpus_path=_relative(loaded.corpus_path, output_dir),
    )
