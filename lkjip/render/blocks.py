"""The vocabulary the document assembly speaks to the docx writer.

`render/document.py` describes the report with these plain objects; `render/docx_writer.py`
turns them into WordprocessingML. Keeping them apart lets the assembly be tested without
Word and the writer be tested without the domain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


Text = str | list[Run]


@dataclass(frozen=True)
class Cell:
    text: Text = ""
    align: Align = "left"
    colspan: int = 1
    rowspan: int = 1  # the writer emits vMerge continuation cells below this one
    bold: bool = False
    shade: bool = False  # light grey fill, for header and total rows


@dataclass
class TableSpec:
    widths_cm: list[float]  # one per grid column; the writer sets gridCol and every tcW
    header: list[list[Cell]]  # one or two header rows, repeated on every page
    rows: list[list[Cell]]  # cells covered by a rowspan/colspan above or left are omitted
    number_row: bool = True  # add "(1) (2) …" under the header
    footer: list[list[Cell]] = field(default_factory=list)  # totals, bold and shaded
    font_size_pt: float = 10
    borders: bool = True  # False for layout tables (signature blocks)
    repeat_header: bool = True
    keep_rows_together: bool = True  # w:cantSplit on every row
    # The last row stays on the page of what follows: a decree's last article goes with the
    # signature, which then never stands alone on a page.
    keep_with_next: bool = False
    style: str | None = None
    # Printed under the table by the section (why a value shows "–", the source); the writer
    # itself writes only the grid.
    notes: list[str] = field(default_factory=list)
