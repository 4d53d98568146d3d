"""One article's analysis failing never fails a build."""

from __future__ import annotations

__all__ = ["AnalysisWarning", "guarded"]


class AnalysisWarning(UserWarning):
    """One article's analysis failed while a brief was built: it is left out of that
    analysis, the build goes on, and the warning is shown."""


def guarded(article, what: str, analyse, default):
    """``analyse(article)``, or ``default`` with a warning naming the article when it
    fails: one article never fails a build."""
    import warnings

    try:
        return analyse(article)
    except Exception as exc:  # noqa: BLE001 - a bug on one article's text is a warning
        warnings.warn(f"{article.path}: {what} failed ({type(exc).__name__}: {exc}); the article is "
                      "left out of it", AnalysisWarning, stacklevel=2)
        return default
