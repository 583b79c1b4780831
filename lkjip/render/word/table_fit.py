"""Whether a table built for a landscape page can stand on a portrait page instead.

A landscape section costs a page of its own, mostly empty when the table is short. So a table
goes landscape only when its columns need it: when no column, narrowed, would have to break
inside a word or a number. The narrowest a column may be is its longest word (or number) at
the table's font size, estimated from an average character width of Times New Roman, plus
the cell margins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from lkjip.render.blocks import Cell, TableSpec

# Average advance of a character, in ems: Times New Roman regular and bold (bold is wider).
_EM_REGULAR = 0.5
_EM_BOLD = 0.56
_CM_PER_POINT = 2.54 / 72
_CELL_MARGINS_CM = 0.2 + 0.05  # left and right cell margins, and a little slack


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
    """(grid column, cell) of every written cell; the columns a rowspan from above covers
    are skipped, as the table writer skips them."""
    covered: dict[int, tuple[int, int]] = {}  # column → (rows still covered, colspan)
    for row in rows:
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
            yield col, cell
            col += span
