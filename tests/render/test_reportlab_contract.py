"""What the PDF footnote machinery relies on in reportlab beyond its public API.

``briefing/render/pdf/footnotes.py`` reserves room for page-bottom notes by
working inside platypus' ``Frame`` and reading paragraph fragments. Those are
reportlab internals, so ``pyproject.toml`` caps reportlab below its next major
version. Each test here names one internal the machinery uses; when a
reportlab release changes it, this file says which, before a brief's layout
silently goes wrong.
"""

from __future__ import annotations

import inspect

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph
from reportlab.platypus.flowables import KeepTogether

FRAME_STATE = ("_x1", "_y1", "_y1p", "_y", "_aH", "_leftPadding", "_bottomPadding",
               "_atTop", "_oASpace", "_prevASpace")


@pytest.fixture
def frame(tmp_path):
    canvas = Canvas(str(tmp_path / "probe.pdf"))
    frame = Frame(50, 60, 400, 600, leftPadding=3, bottomPadding=4, topPadding=0, rightPadding=0)
    frame._reset()
    return frame, canvas


@pytest.mark.parametrize("name", FRAME_STATE)
def test_frame_keeps_its_geometry_and_spacing_state_in_these_attributes(frame, name):
    frame, _ = frame
    assert hasattr(frame, name), f"reportlab Frame no longer has {name}"


def test_frame_content_box_is_where_the_footnote_frame_computes_it(frame):
    frame, _ = frame
    # FootnoteFrame.notes_bottom = _y1 + _bottomPadding; _aH is the frame's height
    assert frame._y1 + frame._bottomPadding == 64
    assert frame._x1 + frame._leftPadding == 53
    assert frame._aH == 600 - 4  # the room inside the paddings
    assert frame._y1p == frame._y1 + frame._bottomPadding  # lowered by the notes' room


def test_frame_add_takes_flowable_canvas_and_try_split(frame):
    frame, canvas = frame
    params = list(inspect.signature(Frame._add).parameters)
    assert params[:4] == ["self", "flowable", "canv", "trySplit"]
    assert callable(frame._getAvailableWidth)
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=12)
    top = frame._y
    assert frame._add(Paragraph("One line.", style), canvas, 0) == 1
    assert frame._y == pytest.approx(top - 12)  # _y moves down by what was placed
    assert frame._atTop == 0


def test_frame_add_refuses_a_flowable_below_y1p(frame):
    frame, canvas = frame
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=12)
    frame._y1p = frame._y - 5  # what FootnoteFrame does to keep the notes' room free
    assert frame._add(Paragraph("Too tall for what is left.", style), canvas, 0) == 0


def test_on_draw_markers_are_callback_definitions_in_paragraph_fragments():
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=12)
    paragraph = Paragraph('Text<onDraw name="briefing-note" label="7"/> more.', style)
    defs = [f.cbDefn for f in paragraph.frags if getattr(f, "cbDefn", None) is not None]
    assert [(d.kind, d.name, d.label) for d in defs] == [("onDraw", "briefing-note", "7")]
    paragraph.wrap(200, 100)
    assert hasattr(paragraph, "blPara")  # MeasuredParagraph caches on it


def test_keep_together_keeps_its_content_and_measured_height(frame):
    _, canvas = frame
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=12)
    group = KeepTogether([Paragraph("a", style), Paragraph("b", style)])
    assert len(group._content) == 2
    group.wrapOn(canvas, 300, 500)
    assert hasattr(group, "_H")


def test_canvas_takes_named_callbacks():
    assert callable(getattr(Canvas, "setNamedCB", None))
