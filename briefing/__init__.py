"""briefing: news articles in, annotated and footnoted policy brief out."""

__version__ = "0.1.0"
