"""The package's data files (vocabularies, rules, tables), and how they are read."""

from __future__ import annotations

from importlib import resources

__all__ = ["load"]


def load(name: str):
    """A YAML data file of the package, parsed. These files are ours, so the
    C parser that PyYAML ships with libyaml reads them when it is there
    (several times faster: every worker process of an index run reads them)."""
    import yaml

    text = resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, on the package's own files
