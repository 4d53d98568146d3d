"""Footnotes at the foot of the page of their marker (reportlab has none).

How it works, in one pass per build (``multiBuild`` adds passes only for the
table of contents and the page total):

* A marker is Paragraph markup made by :func:`marker_markup`: an anchor
  ``fnref-N`` (target of the note's back-link), an ``<onDraw>`` callback that
  records the page the marker is really drawn on, and the superscript number
  linking to the note's anchor ``fn-N``. Because the marker is a fragment of
  the paragraph, it travels with the line it is on when platypus splits the
  paragraph, and :func:`note_numbers` reads which notes any piece holds.
* :class:`FootnoteFrame` is the body frame. Before it places a flowable that
  holds markers, it asks the :class:`FootnoteArea` for a *plan*: the notes'
  height (plus the separator rule when they are the page's first) must fit in
  the room left under the flowable. The last note of a plan may be split
  (at least two lines on this page), its rest continuing at the top of the
  next page's notes. If the plan does not fit, the frame splits the paragraph
  itself, trying shorter first pieces until the piece and its own notes fit,
  so a marker never lands on a page without room for its note. The frame's
  bottom is then raised by the height reserved for the notes.
* A table's markers are those of its cells' paragraphs; platypus splits a
  table between rows, and each piece brings the notes of its own rows.
* ``keepWithNext`` groups (a heading and what follows, an excerpt and its
  attribution line) count their notes too (:class:`FootnoteKeepTogether`).
* At the end of each page :class:`FootnoteDocTemplate` draws the notes,
  bottom-aligned in the frame, under a short rule: first the continuations
  carried from the previous page, then the page's own notes in marker order.
* If even one line with its notes cannot fit on an empty page (a line with
  more note text than a page holds), the frame *forces* it: as many notes as
  fit are set and the rest continue on the next page. Layout always ends.

The numbers and wording come from :class:`briefing.render.notes.NoteTable`;
this module only sees note numbers and their Paragraph markup.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

from reportlab.platypus import Paragraph, Table
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.flowables import Flowable, KeepTogether
from reportlab.platypus.frames import Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

__all__ = [
    "MARKER_CALLBACK",
    "FootnoteArea",
    "FootnoteDocTemplate",
    "FootnoteFrame",
    "FootnoteLayoutWarning",
    "MeasuredParagraph",
    "NoteParagraph",
    "marker_markup",
    "note_anchor",
    "note_numbers",
]

#: Name of the canvas callback an ``<onDraw>`` marker calls.
MARKER_CALLBACK = "briefing_footnote_marker"

_MIN_CONTINUED_LINES = 2  # lines of a split note that must stay with its marker


class FootnoteLayoutWarning(UserWarning):
    """A note could not be set on the page of its marker (should not happen)."""


def marker_markup(number: int, color: str) -> str:
    """Paragraph markup of note ``number``'s marker (superscript, linked)."""
    return (
        f'<a name="fnref-{number}"/>'
        f'<onDraw name="{MARKER_CALLBACK}" label="{number}"/>'
        f'<super><a href="#fn-{number}" color="{color}">{number}</a></super>'
    )


def note_anchor(number: int) -> str:
    """Markup that starts note ``number``'s text: the anchor its marker links to."""
    return f'<a name="fn-{number}"/>'


class MeasuredParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width.

    Platypus measures a paragraph several times before it is drawn: a
    ``keepWithNext`` group measures its content, :class:`FootnoteFrame`
    measures a flowable with markers before the frame's own ``wrap``, the
    split loop measures a first piece that the frame then places, and every
    ``multiBuild`` pass measures the story again. reportlab breaks every line
    at each call; for a long paragraph that was most of the layout time.
    The lines depend only on the width (text and style are fixed), so a call
    at the width of the last one returns its answer. A piece made by
    ``split`` is a new paragraph and is measured afresh.
    """

    def wrap(self, availWidth, availHeight):
        if getattr(self, "_lines_width", None) == availWidth and hasattr(self, "blPara"):
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if self.width == availWidth:  # not refused as too narrow: the lines are broken
            self._lines_width = availWidth
        return size


class NoteParagraph(MeasuredParagraph):
    """A note: its number hangs in the indent and links back to the marker.

    The number is the paragraph's bullet, so the text of every note starts at
    the same indent whatever the number's width; the back-link is a link
    rectangle over it. A continuation piece (from a split) has no bullet.
    """

    def draw(self):
        super().draw()
        if self.bulletText:
            style = self.style
            number = str(self.bulletText).strip()
            width = stringWidth(number, style.bulletFontName, style.bulletFontSize)
            top = self.height
            self.canv.linkRect(
                "", f"fnref-{number}",
                (style.bulletIndent, top - style.leading, style.bulletIndent + width, top),
                relative=1, thickness=0,
            )


def _definitions(frags):
    """Every callback definition in a paragraph's fragments.

    Before a Paragraph is wrapped its ``frags`` are fragments; after, and in
    the pieces a split makes, they may be words (lists ``[width, (fragment,
    text), ...]``), so both shapes are read.
    """
    for frag in frags:
        if isinstance(frag, list):
            for piece in frag[1:]:
                defn = getattr(piece[0], "cbDefn", None)
                if defn is not None:
                    yield defn
        else:
            defn = getattr(frag, "cbDefn", None)
            if defn is not None:
                yield defn


def _cell_flowables(table: Table):
    """The flowables of a table's cells, row by row (a cell holds one or a list)."""
    for row in getattr(table, "_cellvalues", ()):
        for value in row:
            if isinstance(value, Flowable):
                yield value
            elif isinstance(value, (list, tuple)):
                yield from (v for v in value if isinstance(v, Flowable))


def note_numbers(flowable: Flowable) -> list[int]:
    """The note numbers whose markers this flowable (or piece of one) holds.

    A table's are those of its cells' paragraphs: when platypus splits a table
    between rows, each piece holds the markers of its own rows."""
    if isinstance(flowable, Table):
        numbers: list[int] = []
        for cell in _cell_flowables(flowable):
            numbers += [n for n in note_numbers(cell) if n not in numbers]
        return numbers
    if not isinstance(flowable, Paragraph):
        return []  # markers are Paragraph markup (marker_markup)
    numbers = []
    for defn in _definitions(getattr(flowable, "frags", None) or ()):
        if getattr(defn, "kind", None) == "onDraw" and getattr(defn, "name", None) == MARKER_CALLBACK:
            number = int(defn.label)
            if number not in numbers:
                numbers.append(number)
    return numbers


@dataclass
class _Item:
    """A note, or a piece of one, set in a page's notes area."""

    number: int
    flowable: Flowable
    height: float
    first: bool  # the piece holding the note's number (not a continuation)


@dataclass
class _Plan:
    items: list[_Item] = field(default_factory=list)
    carry: list[_Item] = field(default_factory=list)
    extra: float = 0.0  # height added to the page's notes area


class FootnoteArea:
    """The notes of the page being laid out, and those continuing on the next.

    ``notes`` maps a note number to its text as Paragraph markup (which starts
    with :func:`note_anchor`); the area sets it as a :class:`NoteParagraph`,
    parsed and measured once however often plans ask for it. One area serves
    one document build at a time; :meth:`reset` starts a new pass.
    """

    def __init__(
        self,
        notes: dict[int, str],
        style: ParagraphStyle,
        width: float,
        *,
        rule_width: float = 72.0,
        rule_color=None,
        space_above_rule: float = 10.0,
        space_below_rule: float = 5.0,
        gap: float = 2.5,
        max_carry_fraction: float = 0.5,
        min_body_height: float = 90.0,
    ):
        self._notes = notes
        self._style = style
        self.width = width
        self.rule_width = rule_width
        self.rule_color = rule_color
        self.space_above_rule = space_above_rule
        self.space_below_rule = space_below_rule
        self.gap = gap
        self.max_carry_fraction = max_carry_fraction
        self.min_body_height = min_body_height
        self._whole: dict[int, _Item] = {}  # note number -> the note set whole, measured once
        self.reset()

    def __deepcopy__(self, memo) -> FootnoteArea:
        # platypus deep-copies the frame to measure a keep-together group; the
        # copy must see the same notes (and copying every measured note is slow).
        return self

    # ------------------------------------------------------------------ state

    def reset(self) -> None:
        """Forget everything: a new build pass starts."""
        self.items: list[_Item] = []
        self.carry_next: list[_Item] = []
        self.placed: set[int] = set()
        #: note number -> page its marker was drawn on (from the onDraw callback)
        self.marker_pages: dict[int, int] = {}
        #: note number -> pages its text was drawn on
        self.note_pages: dict[int, list[int]] = {}
        self._markers_this_page: list[int] = []

    @property
    def separator_height(self) -> float:
        return self.space_above_rule + self.space_below_rule

    def _total(self, items: list[_Item]) -> float:
        if not items:
            return 0.0
        return self.separator_height + sum(i.height for i in items) + self.gap * (len(items) - 1)

    @property
    def reserved(self) -> float:
        """Height the notes set so far on this page take at the frame's foot."""
        return self._total(self.items)

    def pending(self, numbers: list[int]) -> list[int]:
        """The numbers among ``numbers`` whose notes are not set yet."""
        return [n for n in numbers if n not in self.placed]

    # ------------------------------------------------------------------ measuring

    def _note(self, number: int) -> _Item:
        """Note ``number`` set whole: parsed and measured once per render."""
        item = self._whole.get(number)
        if item is None:
            paragraph = NoteParagraph(self._notes[number], self._style, bulletText=str(number))
            item = self._whole[number] = self._item(number, paragraph, True)
        return item

    def _item(self, number: int, flowable: Flowable, first: bool) -> _Item:
        _, height = flowable.wrap(self.width, 1e6)
        return _Item(number, flowable, height, first)

    def _split(self, item: _Item, room: float) -> tuple[_Item, _Item] | None:
        """Split a note so its first piece fits ``room``, or None."""
        min_room = _MIN_CONTINUED_LINES * self._style.leading
        if room < min_room:
            return None
        pieces = item.flowable.split(self.width, room)
        if len(pieces) != 2:
            return None
        head = self._item(item.number, pieces[0], item.first)
        tail = self._item(item.number, pieces[1], False)
        if head.height > room + 1e-6:
            return None
        return head, tail

    def plan(self, numbers: list[int], room: float, force: bool = False) -> _Plan | None:
        """How to set the notes ``numbers`` in ``room`` more points, or None.

        Without ``force`` every note but the last must fit whole, and the last
        at least its first lines. With ``force`` as much as fits is set and the
        rest continues on the next page (used only at the top of a page).
        """
        numbers = self.pending(numbers)
        if not numbers:
            return _Plan()
        if self.carry_next and not force:
            return None  # a note already continues on the next page: later ones follow it
        budget = self.reserved + max(room, 0.0)
        new = [self._note(n) for n in numbers]
        if self._total(self.items + new) <= budget + 1e-6:
            return _Plan(new, [], self._total(self.items + new) - self.reserved)
        if not force:
            head_items = self.items + new[:-1]
            if self._total(head_items) > budget + 1e-6:
                return None
            lead = self.gap if head_items else self.separator_height
            split = self._split(new[-1], budget - self._total(head_items) - lead)
            if split is None:
                return None
            items = new[:-1] + [split[0]]
            return _Plan(items, [split[1]], self._total(self.items + items) - self.reserved)
        items: list[_Item] = []
        carry: list[_Item] = []
        for item in new:
            if carry or self.carry_next:  # keep notes in order behind a continuation
                carry.append(item)
                continue
            sofar = self.items + items
            lead = self.gap if sofar else self.separator_height
            room_left = budget - self._total(sofar) - lead
            if item.height <= room_left + 1e-6:
                items.append(item)
                continue
            split = self._split(item, room_left)
            if split is None:
                carry.append(item)
            else:
                items.append(split[0])
                carry.append(split[1])
        return _Plan(items, carry, self._total(self.items + items) - self.reserved)

    def commit(self, plan: _Plan) -> None:
        self.items.extend(plan.items)
        self.carry_next.extend(plan.carry)
        self.placed.update(i.number for i in plan.items + plan.carry)

    # ------------------------------------------------------------------ pages

    def start_page(self, frame_height: float) -> None:
        """Set the continuations carried over at the top of the new page's notes."""
        carried, self.carry_next = self.carry_next, []
        self.items = []
        self._markers_this_page = []
        # Continuations take at most part of the page, unless they would then
        # run on over a further page anyway: finish them sooner instead.
        budget = frame_height * self.max_carry_fraction
        if self._total(carried) > budget:
            budget = max(budget, frame_height - self.min_body_height)
        for item in carried:
            if self.carry_next:
                self.carry_next.append(item)
                continue
            lead = self.gap if self.items else self.separator_height
            room = budget - self._total(self.items) - lead
            if item.height <= room + 1e-6:
                self.items.append(item)
                continue
            split = self._split(item, room)
            if split is not None:
                self.items.append(split[0])
                self.carry_next.append(split[1])
            elif not self.items:
                # Not even two lines fit in the budget: take the whole page's room.
                split = self._split(item, frame_height - self.separator_height)
                if split is None:
                    self.items.append(item)
                else:
                    self.items.append(split[0])
                    self.carry_next.append(split[1])
            else:
                self.carry_next.append(item)

    def marker_drawn(self, canv, kind, label) -> None:
        """``<onDraw>`` callback: a marker has been drawn on the current page."""
        number = int(label)
        self.marker_pages[number] = canv.getPageNumber()
        self._markers_this_page.append(number)

    def finish_page(self, canv, x: float, bottom: float) -> None:
        """Draw this page's notes with their top rule, bottom-aligned at ``bottom``."""
        page = canv.getPageNumber()
        lost = [n for n in self._markers_this_page if n not in self.placed]
        if lost:
            warnings.warn(
                f"footnote(s) {lost} were not planned on page {page}; set on the next page",
                FootnoteLayoutWarning,
                stacklevel=2,
            )
            for number in lost:
                self.carry_next.append(self._note(number))
                self.placed.add(number)
        if not self.items:
            return
        y = bottom + self.reserved - self.space_above_rule
        canv.saveState()
        if self.rule_color is not None:
            canv.setStrokeColor(self.rule_color)
        canv.setLineWidth(0.5)
        canv.line(x, y, x + self.rule_width, y)
        canv.restoreState()
        y -= self.space_below_rule
        for item in self.items:
            item.flowable.wrapOn(canv, self.width, item.height)
            y -= item.height
            item.flowable.drawOn(canv, x, y)
            y -= self.gap
            self.note_pages.setdefault(item.number, []).append(page)
        self.items = []


class FootnoteFrame(Frame):
    """A body frame whose foot is kept free for the notes of its markers."""

    def __init__(self, area: FootnoteArea, *args, **kwargs):
        self.__dict__["_area"] = area
        self.__dict__["_force"] = None
        super().__init__(*args, **kwargs)

    @property
    def notes_bottom(self) -> float:
        """Where the notes area ends (the frame's content bottom)."""
        return self._y1 + self._bottomPadding

    def _sync(self) -> None:
        self._y1p = self.notes_bottom + self._area.reserved

    def _space_before(self, flowable: Flowable) -> float:
        # The same collapsing of space as Frame._add, needed to know the room.
        if self._atTop:
            return 0.0
        space = flowable.getSpaceBefore()
        if self._oASpace:
            if getattr(flowable, "_SPACETRANSFER", False) or getattr(flowable, "_ZEROSIZE", False):
                space = self._prevASpace
            space = max(space - self._prevASpace, 0)
        return space

    def add(self, flowable, canv, trySplit=0):
        self._sync()
        numbers = self._area.pending(note_numbers(flowable))
        if not numbers:
            return Frame._add(self, flowable, canv, trySplit)
        room = self._y - self._y1p - self._space_before(flowable)
        if room <= 0:
            return 0
        _, height = flowable.wrapOn(canv, self._getAvailableWidth(), room)
        if height > room + 1e-6:
            return 0
        plan = self._area.plan(numbers, room - height)
        if plan is None and self._atTop and self._force is flowable:
            plan = self._area.plan(numbers, room - height, force=True)
        if plan is None:
            return 0
        self._y1p += plan.extra
        try:
            added = Frame._add(self, flowable, canv, trySplit)
        finally:
            self._sync()
        if added:
            self._area.commit(plan)
            self._force = None
            self._sync()
        return added

    def split(self, flowable, canv):
        self._sync()
        numbers = self._area.pending(note_numbers(flowable))
        if not numbers:
            return Frame.split(self, flowable, canv)
        room = self._y - self._y1p - self._space_before(flowable)
        if room <= 0:
            return []
        width = self._getAvailableWidth()
        height = room
        smallest = None
        while height > 0:
            pieces = flowable.splitOn(canv, width, height)
            if not pieces:
                break
            _, first_height = pieces[0].wrapOn(canv, width, height)
            if len(pieces) > 1:
                smallest = pieces
                if self._area.plan(note_numbers(pieces[0]), room - first_height) is not None:
                    return pieces
            height = min(height, first_height) - 1.0
        if self._atTop:
            chosen = smallest or [flowable]
            self._force = chosen[0]
            return chosen
        return []


class FootnoteKeepTogether(KeepTogether):
    """``keepWithNext`` groups whose height counts the notes of their markers.

    Without this a heading, an excerpt and its attribution line that fit
    the frame by height alone could be parted by the notes the excerpt brings.
    """

    def wrap(self, aW, aH):
        size = super().wrap(aW, aH)
        area = getattr(getattr(self, "_frame", None), "_area", None)
        if area is not None:
            numbers = [n for flowable in self._content for n in note_numbers(flowable)]
            plan = area.plan(numbers, float("inf"))
            self._H += plan.extra if plan is not None else aH  # None: notes must wait a page
        return size


class FootnoteDocTemplate(BaseDocTemplate):
    """A doc template whose pages set footnotes (frames: :class:`FootnoteFrame`)."""

    def __init__(self, filename, area: FootnoteArea, **kwargs):
        self.footnotes = area
        kwargs.setdefault("keepTogetherClass", FootnoteKeepTogether)
        super().__init__(filename, **kwargs)

    def beforeDocument(self):
        self.footnotes.reset()
        self.canv.setNamedCB(MARKER_CALLBACK, self.footnotes.marker_drawn)

    def beforePage(self):
        frame = self.pageTemplate.frames[0]
        self.footnotes.start_page(frame._aH)

    def afterPage(self):
        frame = self.pageTemplate.frames[0]
        self.footnotes.finish_page(self.canv, frame._x1 + frame._leftPadding, frame.notes_bottom)
