"""The timeline chart: a Timeline block's events on a time axis, as PNG bytes.

One helper for the DOCX and the PDF, so both show the same picture. Each
event is one row, numbered as in the list that follows the chart; a day (or
a time) is a dot, a week, month, year or range a bar over the days it
covers. The alt text says the same in words.

matplotlib is imported here only, when a chart is drawn (never for
``briefing --help`` or a brief without a timeline), and only its object API
(``Figure`` + the Agg canvas): no pyplot, no global state. The PNG carries
no timestamp or software tag, so the same block gives the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass

from briefing.model import Timeline, date_interval

__all__ = ["Chart", "alt_text", "timeline_chart"]

DPI = 200
ROW_INCHES = 0.26
FRAME_INCHES = 0.75  # axis, ticks and margins
INK = "#1a1a1a"
POINT = "#1f3a5f"
SPAN = "#8fa8c8"
GRID = "#d9dde3"


@dataclass(frozen=True)
class Chart:
    png: bytes
    alt: str
    width_inches: float
    height_inches: float


def _short(day: _dt.date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def alt_text(block: Timeline) -> str:
    """The chart in words (the DOCX picture's description, the PDF's caption)."""
    spans = [date_interval(e.date) for e in block.entries]
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans)
    n = len(block.entries)
    what = "event" if n == 1 else "events"
    return (f"Timeline chart of {n} dated {what} from {_short(first)} to {_short(last)}, "
            f"one row each, numbered as in the list below: a dot marks a day, a bar a longer period.")


def timeline_chart(block: Timeline, width_inches: float) -> Chart:
    """Draw the block's events (in its order) on a time axis."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    entries = block.entries
    height = FRAME_INCHES + ROW_INCHES * max(len(entries), 2)
    figure = Figure(figsize=(width_inches, height), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.2, 0.55 / height, 0.77, 1 - 0.7 / height))
    spans = [date_interval(e.date) for e in entries]
    lo = min(s[0] for s in spans)
    hi = max(s[1] for s in spans)
    pad = max((hi - lo).days * 0.04, 1.5)
    for row, ((first, last), entry) in enumerate(zip(spans, entries)):
        y = len(entries) - row
        if first == last:
            axes.plot([date2num(first) + 0.5], [y], "o", color=POINT, markersize=4.5, zorder=3)
        else:
            axes.barh(y, (last - first).days + 1, left=date2num(first), height=0.5, color=SPAN,
                      edgecolor=POINT, linewidth=0.6, zorder=2)
    axes.set_yticks(range(len(entries), 0, -1))
    axes.set_yticklabels([f"{i}  {e.label}" for i, e in enumerate(entries, 1)], fontsize=6.5,
                         color=INK, fontfamily="DejaVu Sans")
    axes.set_ylim(0.4, len(entries) + 0.6)
    axes.set_xlim(date2num(lo) - pad, date2num(hi) + 1 + pad)
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.tick_params(axis="x", labelsize=6.5, colors=INK)
    axes.xaxis.get_offset_text().set_fontsize(6.5)
    axes.tick_params(axis="y", length=0)
    axes.grid(axis="x", color=GRID, linewidth=0.5, zorder=0)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(GRID)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return Chart(buffer.getvalue(), alt_text(block), width_inches, height)
