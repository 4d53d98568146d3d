"""How long work reports how far it is.

The library calls a :class:`Progress`; the CLI passes one that draws bars
with counts and an ETA on stderr when it is a terminal. This default says
nothing, so library callers and tests see no output.
"""

from __future__ import annotations

__all__ = ["Progress"]


class Progress:
    def start(self, total: int, label: str) -> None:
        """A new stage of ``total`` steps begins (``label``: "indexing files", "building")."""

    def advance(self, n: int = 1, what: str = "") -> None:
        """``n`` steps are done (``what``: the last one, to show)."""

    def finish(self) -> None:
        """The stage is over (done or failed)."""
