"""Estimates of a table's size on the page, from its text alone (no layout engine).

- Whether a table built for a landscape page can stand on a portrait page instead. A landscape
  section costs a page of its own, mostly empty when the table is short, so a table goes
  landscape only when its columns need it: when no column, narrowed, would have to break inside
  a word or a number. The narrowest a column may be is its longest word (or number) at the
  table's font size, estimated from an average character width of Times New Roman, plus the
  cell margins.
- How tall a table will be, to keep a short one on one page without pushing a tall one (a few
  rows of long text) whole to the next page and leaving most of this one empty.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterator

from lkjip.render.blocks import Cell, TableSpec

# Average advance of a character, in ems: Times New Roman regular and bold (bold is wider).
_EM_REGULAR = 0.5
_EM_BOLD = 0.56
_CM_PER_POINT = 2.54 / 72
_CELL_MARGINS_CM = 0.2 + 0.05  # left and right cell margins, and a little slack
_ROW_BORDER_CM = 0.05  # a row's border line and rounding of its height


def narrowed(spec: TableSpec, width_cm: float) -> TableSpec | None:
    """`spec` at `width_cm` wide, each column at least its narrowest; None when the narrowest
    columns together are already wider (the table needs the landscape page)."""
    least = narrowest_columns(spec)
    spare = width_cm - sum(least)
    if spare < 0:
        return None
    # The spare width goes where the builder wanted the most room beyond the narrowest.
    room = [max(w - m, 0.0) for w, m in zip(spec.widths_cm, least, strict=True)]
    weights = room if sum(room) else [1.0] * len(room)
    widths = [m + spare * w / sum(weights) for m, w in zip(least, weights, strict=True)]
    return dataclasses.replace(spec, widths_cm=widths)


def narrowest_columns(spec: TableSpec) -> list[float]:
    """The width in cm below which some word of a column would break, per grid column;
    cells spanning several columns do not count."""
    least = [0.0] * len(spec.widths_cm)
    header = [(row, True) for row in spec.header]
    body = [(row, False) for row in spec.rows] + [(row, True) for row in spec.footer]
    for rows, bold in ((header, True), (body, False)):
        for col, cell in _grid_cells([r for r, _ in rows], len(least)):
            if cell.colspan == 1:
                least[col] = max(least[col], _longest_word_cm(cell, spec.font_size_pt, bold))
    return least


def estimated_height_cm(spec: TableSpec) -> float:
    """The table's height if its text wraps at the column widths (see `row_heights_cm`)."""
    return sum(row_heights_cm(spec))


def row_heights_cm(spec: TableSpec) -> list[float]:
    """The height of every row as the table writer writes them (header rows, the column-number
    row when there is one, body rows, footer rows), if the text wraps at the column widths: per
    row, the cell with the most lines sets the height (a cell spanning rows shares its lines
    among them)."""
    widths = spec.widths_cm
    line_cm = spec.font_size_pt * 1.15 * _CM_PER_POINT
    rows = [*spec.header, *spec.rows, *spec.footer]
    lines = [1.0] * len(rows)
    for index, col, cell in _grid_cells_by_row(rows, len(widths)):
        width = sum(widths[col : col + cell.colspan]) - _CELL_MARGINS_CM
        share = _lines(cell, spec.font_size_pt, width) / cell.rowspan
        for below in range(index, min(index + cell.rowspan, len(rows))):
            lines[below] = max(lines[below], share)
    heights = [n * line_cm + _ROW_BORDER_CM for n in lines]
    if spec.number_row and spec.header:
        heights.insert(len(spec.header), line_cm + _ROW_BORDER_CM)
    return heights


def _lines(cell: Cell, size_pt: float, width_cm: float) -> int:
    text = cell.text if isinstance(cell.text, str) else "".join(r.text for r in cell.text)
    per_line = max(width_cm / (_EM_REGULAR * size_pt * _CM_PER_POINT), 1.0)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _longest_word_cm(cell: Cell, size_pt: float, bold: bool) -> float:
    if isinstance(cell.text, str):
        parts = [(cell.text, bold or cell.bold)]
    else:
        parts = [(run.text, bold or cell.bold or run.bold) for run in cell.text]
    widest = 0.0
    for text, heavy in parts:
        em = _EM_BOLD if heavy else _EM_REGULAR
        for word in text.split():
            widest = max(widest, len(word) * em * size_pt * _CM_PER_POINT)
    return widest + _CELL_MARGINS_CM if widest else 0.0


def _grid_cells(rows: list[list[Cell]], ncols: int) -> Iterator[tuple[int, Cell]]:
    """(grid column, cell) of every written cell; see `_grid_cells_by_row`."""
    for _, col, cell in _grid_cells_by_row(rows, ncols):
        yield col, cell


def _grid_cells_by_row(rows: list[list[Cell]], ncols: int) -> Iterator[tuple[int, int, Cell]]:
    """(row index, grid column, cell) of every written cell; the columns a rowspan from above
    covers are skipped, as the table writer skips them."""
    covered: dict[int, tuple[int, int]] = {}  # column → (rows still covered, colspan)
    for index, row in enumerate(rows):
        cells = iter(row)
        col = 0
        while col < ncols:
            if col in covered:
                left, span = covered[col]
                if left <= 1:
                    del covered[col]
                else:
                    covered[col] = (left - 1, span)
                col += span
                continue
            cell = next(cells, None)
            if cell is None:
                break
            span = max(1, min(cell.colspan, ncols - col))
            if cell.rowspan > 1:
                covered[col] = (cell.rowspan - 1, span)
            yield index, col, cell
            col += span
