"""An organisation chart drawn as a Word table, from the structure in profil.yaml, for an
agency that supplies no picture of its chart.

The head of the unit stands in a box at the top; a stem and a bar of cell borders lead down
to one box per unit below it, and a unit's own sub-units stand under its box. Boxes are
shaded cells with thick white borders, so neighbouring boxes read as separate; the lines are
the borders of empty cells. Everything stays editable in Word, and no drawing layer is needed.

The grid has two half-columns per unit, so the stem can leave the head's box at its centre and
every drop reach its box's centre: the boundary between a unit's two halves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lkjip.render import ooxml
from lkjip.render.ooxml import el, sub

WHITE = "FFFFFF"
LINE = "404040"
BOX_EDGE = 36  # eighths of a point: the white gap between boxes (4.5 pt)
LINE_WIDTH = 8  # 1 pt
MAX_UNITS_PER_ROW = 6


@dataclass(frozen=True)
class Kotak:
    """A box of the chart: a unit's name and the sub-units listed under it."""

    nama: str
    sub: list[str] = field(default_factory=list)


def org_chart_tables(
    head: str, units: list[Kotak], width_cm: float, *, fill: str, size_pt: float = 9
) -> list:
    """The chart as `w:tbl` elements: the head with the first row of units, then (for a wide
    structure) further rows of at most MAX_UNITS_PER_ROW units under a bar of their own."""
    rows = [units[i : i + MAX_UNITS_PER_ROW] for i in range(0, len(units), MAX_UNITS_PER_ROW)]
    count = max((len(r) for r in rows), default=1)
    half = width_cm / (2 * count)
    tables = []
    for n, row in enumerate(rows or [[]]):
        tbl = _table(2 * count, half)
        if n == 0:
            _head_row(tbl, head, 2 * count, half, fill, size_pt)
        if row:
            if n == 0:
                _stem_row(tbl, 2 * count, half)
            _bar_row(tbl, len(row), 2 * count, half)
            _box_rows(tbl, row, 2 * count, half, fill, size_pt)
        tables.append(tbl)
    return tables


def _table(columns: int, half_cm: float):
    tbl = el("w:tbl")
    tblpr = sub(tbl, "w:tblPr")
    sub(tblpr, "w:tblW", {"w:w": ooxml.twips(half_cm) * columns, "w:type": "dxa"})
    sub(tblpr, "w:jc", {"w:val": "center"})
    tblpr.append(
        ooxml.borders(
            "w:tblBorders",
            visible=False,
            sides=("top", "left", "bottom", "right", "insideH", "insideV"),
        )
    )
    sub(tblpr, "w:tblLayout", {"w:type": "fixed"})
    margins = sub(tblpr, "w:tblCellMar")
    for side, width in (("top", 40), ("left", 40), ("bottom", 40), ("right", 40)):
        sub(margins, f"w:{side}", {"w:w": width, "w:type": "dxa"})
    grid = sub(tbl, "w:tblGrid")
    for _ in range(columns):
        sub(grid, "w:gridCol", {"w:w": ooxml.twips(half_cm)})
    return tbl


def _row(tbl, height_cm: float | None = None):
    tr = sub(tbl, "w:tr")
    trpr = sub(tr, "w:trPr")
    sub(trpr, "w:cantSplit")
    if height_cm is not None:
        sub(trpr, "w:trHeight", {"w:val": ooxml.twips(height_cm), "w:hRule": "exact"})
    return tr


def _cell(tr, span: int, half_cm: float, *, borders: dict[str, tuple[str, int]] | None = None,
          fill: str | None = None, text: str = "", bold: bool = False,
          size_pt: float = 9) -> None:  # fmt: skip
    """One cell over `span` half-columns: borders per side (colour, width), a fill, a line of
    centred text. Every line keeps with the next: the chart stays whole, with its caption."""
    tc = sub(tr, "w:tc")
    tcpr = sub(tc, "w:tcPr")
    sub(tcpr, "w:tcW", {"w:w": ooxml.twips(half_cm) * span, "w:type": "dxa"})
    if span > 1:
        sub(tcpr, "w:gridSpan", {"w:val": span})
    if borders:
        node = sub(tcpr, "w:tcBorders")
        for side in ("top", "left", "bottom", "right"):
            if side in borders:
                colour, width = borders[side]
                sub(node, f"w:{side}", {"w:val": "single", "w:sz": width, "w:space": 0,
                                        "w:color": colour})  # fmt: skip
    if fill:
        sub(tcpr, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill})
    sub(tcpr, "w:vAlign", {"w:val": "center"})
    ppr = ooxml.paragraph_properties(
        keep_next=True, space_before_pt=0, space_after_pt=0, line_240ths=240, align="center"
    )
    runs = [ooxml.text_run(text, ooxml.run_properties(bold=bold, size_pt=size_pt))] if text else []
    tc.append(ooxml.paragraph(ppr, runs))


def _box_borders() -> dict[str, tuple[str, int]]:
    return {side: (WHITE, BOX_EDGE) for side in ("top", "left", "bottom", "right")}


def _head_row(tbl, head: str, columns: int, half: float, fill: str, size_pt: float) -> None:
    """The head's box, two units wide (all of a narrow chart), centred."""
    tr = _row(tbl)
    box = min(4, columns)
    side = (columns - box) // 2
    if side:
        _cell(tr, side, half)
    _cell(tr, box, half, borders=_box_borders(), fill=fill, text=head, bold=True,
          size_pt=size_pt + 1)  # fmt: skip
    if columns - side - box:
        _cell(tr, columns - side - box, half)


def _stem_row(tbl, columns: int, half: float) -> None:
    """The stem down from the head's centre: the right border of the left half."""
    tr = _row(tbl, 0.4)
    _cell(tr, columns // 2, half, borders={"right": (LINE, LINE_WIDTH)})
    _cell(tr, columns - columns // 2, half)


def _bar_row(tbl, units: int, columns: int, half: float) -> None:
    """The bar from the first unit's centre to the last's, and a drop to each unit."""
    tr = _row(tbl, 0.4)
    first, last = 1, 2 * units - 1  # half-columns at whose right edge the bar ends
    offset = (columns - 2 * units) // 2
    if offset:
        _cell(tr, offset, half)
    for k in range(2 * units):
        borders: dict[str, tuple[str, int]] = {}
        if first <= k < last:
            borders["top"] = (LINE, LINE_WIDTH)
        if k % 2 == 0:
            borders["right"] = (LINE, LINE_WIDTH)
        _cell(tr, 1, half, borders=borders)
    rest = columns - offset - 2 * units
    if rest:
        _cell(tr, rest, half)


def _box_rows(tbl, row: list[Kotak], columns: int, half: float, fill: str, size_pt: float):
    """The units' boxes, then one row per level of sub-units under the units that have them."""
    offset = (columns - 2 * len(row)) // 2
    depth = max(len(k.sub) for k in row)
    for level in range(-1, depth):
        tr = _row(tbl)
        if offset:
            _cell(tr, offset, half)
        for kotak in row:
            if level < 0:
                _cell(tr, 2, half, borders=_box_borders(), fill=fill, text=kotak.nama,
                      size_pt=size_pt)  # fmt: skip
            elif level < len(kotak.sub):
                _cell(tr, 2, half, borders=_box_borders(), fill=_lighter(fill),
                      text=kotak.sub[level], size_pt=size_pt - 1)  # fmt: skip
            else:
                _cell(tr, 2, half)
        rest = columns - offset - 2 * len(row)
        if rest:
            _cell(tr, rest, half)


def tint(colour: str, share: float) -> str:
    """`colour` mixed with white: `share` of the colour, the rest white."""
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - (255 - c) * share):02X}" for c in channels)


def _lighter(colour: str) -> str:
    """A sub-unit's fill: half as strong as its unit's."""
    return tint(colour, 0.5)
