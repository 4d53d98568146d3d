"""The build, top to bottom: config → corpus → brief → rendered bytes → files.

Every format is rendered in memory before any file is written, so a failing
renderer leaves the previous outputs untouched; the files are then written as
one set (``briefing.output``): the folder holds the previous set or the new
one, whatever the moment a build is killed.
"""

from __future__ import annotations

import datetime as _dt
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from briefing.config import LoadedConfig, brief_date, load_config
from briefing.corpus import Corpus, is_folder, read_corpus
from briefing.corpus.noise import compile_rule, default_rules
from briefing.errors import RenderError
from briefing.progress import Progress
from briefing.model import Brief, RenderOptions
from briefing.output import write_set

__all__ = ["BuildResult", "assemble_brief", "build", "load_inputs", "open_corpus", "render_all"]


@dataclass
class BuildResult:
    brief: Brief
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _rules(loaded: LoadedConfig):
    rules = default_rules()
    noise = loaded.config.corpus.noise
    if noise:
        rules = rules.extended([compile_rule(r.name, r.pattern, r.scope) for r in noise])
    return rules


def _reading(loaded: LoadedConfig, out: Path | None) -> dict:
    """How the config reads its corpus: size limit, noise rules, and the folders
    briefs are written to (the config's and ``--out``), which are never articles."""
    return {"max_bytes": int(loaded.config.corpus.max_file_mb * 1024 * 1024), "noise": _rules(loaded),
            "exclude": tuple(dict.fromkeys(p for p in (loaded.output_dir, out) if p is not None))}


def load_inputs(config_path: str | Path, out: Path | None = None) -> tuple[LoadedConfig, Corpus]:
    """The config and its corpus read into memory (no index)."""
    loaded = load_config(config_path)
    return loaded, read_corpus(loaded.corpus_path, loaded.manifest_path, **_reading(loaded, out))


def open_corpus(loaded: LoadedConfig, *, out: Path | None = None, index: Path | None = None,
                jobs: int | None = None, progress=None, cluster=None):
    """The config's corpus through its index, brought up to date first (a corpus
    that is one file is read into memory)."""
    from briefing.index import open_index

    if not is_folder(loaded.corpus_path):  # one file (a path that cannot be looked at: a CorpusError)
        return read_corpus(loaded.corpus_path, loaded.manifest_path, **_reading(loaded, out))
    return open_index(loaded.corpus_path, loaded.manifest_path, **_reading(loaded, out),
                      index=index or loaded.index_dir, jobs=jobs, progress=progress, cluster=cluster)


def assemble_brief(loaded: LoadedConfig, corpus: Corpus, config_path: str | Path,
                   date: _dt.date | None = None, output_dir: Path | None = None,
                   on_section=None) -> Brief:
    from briefing.assemble import assemble

    return assemble(loaded, corpus, date or brief_date(loaded.config), str(config_path), output_dir,
                    on_section)


@contextmanager
def collected_warnings(warnings_out: list[str] | None):
    """Python warnings raised inside (a renderer's missing glyph, an article whose
    analysis failed) go to ``warnings_out`` as lines, once each, when it is given."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        if warnings_out is None:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
        elif str(warning.message) not in warnings_out:
            warnings_out.append(str(warning.message))


def render_all(brief: Brief, formats: list[str], options: RenderOptions,
               warnings_out: list[str] | None = None, on_format=None) -> dict[str, bytes]:
    """Every format's bytes. Renderers' warnings (characters no font has…)
    go to ``warnings_out`` as lines, when given, instead of Python's output."""
    from briefing.render import get_renderer

    out: dict[str, bytes] = {}
    with collected_warnings(warnings_out):
        for fmt in formats:
            try:
                renderer = get_renderer(fmt)
            except (KeyError, ImportError) as exc:
                raise RenderError(f"{fmt}: no renderer for this format ({exc})") from None
            out[fmt] = renderer(brief, options)
            if on_format is not None:
                on_format(fmt)
    return out


def build(config_path: str | Path, formats: list[str] | None = None,
          out_dir: str | Path | None = None, *, index: Path | None = None, jobs: int | None = None,
          progress=None, cluster=None, in_memory: bool = False) -> BuildResult:
    """Build the brief and write its files. The corpus is read through its index
    (``in_memory``: read whole, as ``load_inputs`` does)."""
    from briefing import formats as table

    out = Path(out_dir) if out_dir is not None else None
    if in_memory:
        loaded, corpus = load_inputs(config_path, out)
    else:
        loaded = load_config(config_path)
        corpus = open_corpus(loaded, out=out, index=index, jobs=jobs, progress=progress, cluster=cluster)
    folder = out if out is not None else loaded.output_dir
    chosen = list(dict.fromkeys(formats or loaded.config.output.formats))
    if "json" not in chosen:
        chosen.append("json")  # the manifest is written beside every brief
    steps = progress or Progress()
    steps.start(len(loaded.config.sections) + len(chosen), "building")
    try:
        warnings = list(corpus.warnings)
        with collected_warnings(warnings):
            brief = assemble_brief(loaded, corpus, config_path, output_dir=folder,
                                   on_section=lambda title: steps.advance(1, title))
        result = BuildResult(brief, warnings=warnings)
        options = RenderOptions(page_size=loaded.config.output.page_size)
        rendered = render_all(brief, chosen, options, result.warnings,
                              on_format=lambda fmt: steps.advance(1, fmt))
    finally:
        steps.finish()
    names = {loaded.config.output.basename + table.get(fmt).extension: rendered[fmt] for fmt in chosen}
    result.written.extend(write_set(folder, names))
    return result
