"""Tables written as XML text, and the stand-ins that keep their place in the body.

`TableBuilder` writes a `w:tbl` from a TableSpec: fixed layout, widths on gridCol and every
tcW, repeated header rows, merged two-row headers, rows that do not split. Rows are written as
text, never as an element tree, so a 10,000-row table stays fast and small; the body holds an
empty stand-in `w:tbl` instead, and `splice_tables` puts the tables in at save time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from lkjip.render import ooxml
from lkjip.render.blocks import Cell, TableSpec
from lkjip.render.ooxml import el, qn, sub
from lkjip.render.word import layout, table_fit

# A data table of at most KEEP_TOGETHER_ROWS body rows is kept whole on one page when it is
# no taller than `layout.tallest_kept_block_cm`: moved whole to the next page it then leaves
# at most 30% of a page empty. A taller one breaks between rows, its header repeated; its first
# and its last rows stay together in blocks as large as that limit allows, so a break leaves
# no lone row where rows are low (ROWS_AT_A_BREAK is what the tests expect at the least).
KEEP_TOGETHER_ROWS = 15
ROWS_AT_A_BREAK = 2
A4_TEXT_HEIGHT_CM = 29.7 - 2 * 3.0  # the reference template: A4, 3 cm top and bottom margins


def _firsts(groups) -> list[int]:
    """The number of the first row of each group, counting rows across the groups."""
    firsts, count = [], 0
    for group, _ in groups:
        firsts.append(count)
        count += len(group)
    return firsts


class TableBuilder:
    """Builds a w:tbl from a TableSpec with lxml, row by row, without python-docx lookups.

    Rowspans are written as vMerge "restart" on the first cell and vMerge continuation cells
    in the rows below at the same grid position (the spec omits those covered cells).
    """

    def __init__(
        self, spec: TableSpec, style_id: str | None, text_height_cm: float = A4_TEXT_HEIGHT_CM
    ):
        self.spec = spec
        self.style_id = style_id
        self.keep_whole_cm = layout.tallest_kept_block_cm(text_height_cm)
        # The last rows move to the next page without a sentence or caption.
        self.keep_last_cm = layout.MOST_BLANK_SHARE * text_height_cm
        self.widths = [ooxml.twips(w) for w in spec.widths_cm]
        self.rpr_size = spec.font_size_pt
        self._prototypes: dict[tuple, str] = {}
        self._keep = False  # the row being written is kept with the next (a short table)

    def xml(self) -> bytes:
        """The serialized `w:tbl`. The table's properties are built as elements, once; its
        rows are written as text, a row at a time, from property XML prepared once per kind
        of cell, so even a 10,000-row table never exists as an element tree."""
        spec = self.spec
        header_rows = list(spec.header)
        if spec.number_row and header_rows:
            header_rows.append(
                [Cell(f"({i + 1})", align="center") for i in range(len(self.widths))]
            )
        opening = _serialized(self.skeleton()).removesuffix(b"</w:tbl>").decode("utf-8")
        groups = ((header_rows, "header"), (spec.rows, "body"), (spec.footer, "footer"))
        firsts = _firsts(groups)
        keep = self._kept_rows(len(header_rows), firsts[-1] + len(spec.footer))
        rows = (
            tr
            for (group, role), first in zip(groups, firsts, strict=True)
            for tr in self._rows(group, role=role, first=first, keep=keep)
        )
        return "".join((opening, *rows, "</w:tbl>")).encode("utf-8")

    def skeleton(self):
        """The `w:tbl` element with its properties and grid and no rows yet."""
        head = _w_root("w:tbl")
        head.append(self._properties())
        grid = sub(head, "w:tblGrid")
        for width in self.widths:
            sub(grid, "w:gridCol", {"w:w": width})
        return head

    def _properties(self):
        spec = self.spec
        tblpr = el("w:tblPr")
        if self.style_id:
            sub(tblpr, "w:tblStyle", {"w:val": self.style_id})
        sub(tblpr, "w:tblW", {"w:w": sum(self.widths), "w:type": "dxa"})
        sub(tblpr, "w:jc", {"w:val": "center"})
        tblpr.append(
            ooxml.borders(
                "w:tblBorders",
                visible=spec.borders,
                sides=("top", "left", "bottom", "right", "insideH", "insideV"),
            )
        )
        sub(tblpr, "w:tblLayout", {"w:type": "fixed"})
        margins = sub(tblpr, "w:tblCellMar")
        # Small margins (0.1 cm sides, none top/bottom) keep numeric columns narrow.
        for side, width in (("top", 0), ("left", 57), ("bottom", 0), ("right", 57)):
            sub(margins, f"w:{side}", {"w:w": width, "w:type": "dxa"})
        sub(
            tblpr,
            "w:tblLook",
            {
                "w:val": "04A0",
                "w:firstRow": 1,
                "w:lastRow": 0,
                "w:firstColumn": 1,
                "w:lastColumn": 0,
                "w:noHBand": 0,
                "w:noVBand": 1,
            },
        )
        return tblpr

    def _kept_rows(self, header_count: int, count: int) -> frozenset[int]:
        """The numbers of the rows (counted over the whole table) kept with the row after.

        A short, low data table stays on one page: every row but the last. A taller one may
        break between rows, but not right after its header: its first rows stay together as
        far as a block kept whole may go, its last rows (up to half the body) as far as moving
        them leaves at most 30% of a page empty, and one place to break stays between them
        (rows of long text, each a good part of a page, break where they must). Layout tables (no
        borders: a decree's considerations, signatures) flow like text. With
        `keep_with_next` the last row also stays with what follows the table.
        """
        last = {count - 1} if self.spec.keep_with_next and count else set()
        if not self.spec.borders or count < 2:
            return frozenset(last)
        heights = table_fit.row_heights_cm(self.spec)
        limit = self.keep_whole_cm
        if count - header_count <= KEEP_TOGETHER_ROWS and sum(heights) <= limit:
            return frozenset([*range(count - 1), *last])
        kept = set(range(header_count)) | last  # the header goes with the first body row
        # The last rows stay together, up to half the body, as many as moving them leaves at
        # most 30% of a page empty...
        most_last = max(ROWS_AT_A_BREAK, (count - header_count) // 2)
        height, first_of_last = heights[count - 1], count - 1
        for row in range(count - 2, max(count - most_last, header_count + 1) - 1, -1):
            height += heights[row]
            if height > self.keep_last_cm:
                break
            kept.add(row)
            first_of_last = row
        # ...and so do the first ones, with the caption and the sentence before the table,
        # up to the limit of a block kept whole, leaving at least one place to break (before
        # the last rows).
        height = sum(heights[: header_count + 1])
        for row in range(header_count, first_of_last - 1):
            height += heights[row + 1]
            if height > limit:
                break
            kept.add(row)
        return frozenset(kept)

    def _rows(
        self, rows: list[list[Cell]], *, role: str, first: int, keep: frozenset[int]
    ) -> Iterator[str]:
        """The `w:tr` of a group of rows, as text, one at a time; rowspans do not cross from
        one group into the next. `first` is the number of the group's first row in the table,
        `keep` the rows kept with the next."""
        pending: dict[int, list] = {}  # grid column → [rows left, colspan, shade, bold]
        ncols = len(self.widths)
        row_start = self._row_start(role)
        for index, row in enumerate(rows, start=first):
            self._keep = index in keep
            tr = [row_start]
            cells = iter(row)
            col = 0
            while col < ncols:
                if col in pending:
                    left, span, shade = pending[col]
                    self._cell(tr, Cell("", colspan=span, shade=shade), col, role, "continue")
                    if left <= 1:
                        del pending[col]
                    else:
                        pending[col][0] = left - 1
                    col += span
                    continue
                cell = next(cells, None)
                if cell is None:
                    cell = Cell("")  # pad a short row so every row covers the grid
                span = max(1, min(cell.colspan, ncols - col))
                merge = None
                if cell.rowspan > 1:
                    merge = "restart"
                    pending[col] = [cell.rowspan - 1, span, cell.shade]
                self._cell(tr, cell, col, role, merge, span)
                col += span
            extra = next(cells, None)
            if extra is not None:
                raise ValueError(f"table row has more cells than the {ncols} grid columns: {row!r}")
            tr.append("</w:tr>")
            yield "".join(tr)

    def _row_start(self, role: str) -> str:
        trpr = el("w:trPr")
        if self.spec.keep_rows_together:
            sub(trpr, "w:cantSplit")
        if role == "header" and self.spec.repeat_header:
            sub(trpr, "w:tblHeader")
        return "<w:tr>" + _xml_text(trpr)

    def _cell(
        self,
        tr: list[str],
        cell: Cell,
        col: int,
        role: str,
        merge: str | None,
        span: int | None = None,
    ) -> None:
        span = span or cell.colspan
        shade = bool(cell.shade) or role == "footer"
        tr.append(self._cell_start(col, span, merge, shade, role, cell.align))
        bold = cell.bold or role == "footer" or (role == "header" and not _is_number_cell(cell))
        text = cell.text
        if isinstance(text, str):
            tr.append(ooxml.run_xml(text, self._run_properties(bold, False, False)))
        else:
            for part in text:
                rpr = self._run_properties(part.bold or bold, part.italic, part.underline)
                tr.append(ooxml.run_xml(part.text, rpr))
        tr.append("</w:p></w:tc>")

    # A table has a handful of kinds of cell; the XML of each kind's properties is built once
    # (as elements, by the same helpers as the rest of the document) and reused as text.
    def _cell_start(
        self, col: int, span: int, merge: str | None, shade: bool, role: str, align: str | None
    ) -> str:
        """`<w:tc><w:tcPr>…</w:tcPr><w:p><w:pPr>…</w:pPr>` for one kind of cell."""
        key = (col, span, merge, shade, role, align, self._keep)
        start = self._prototypes.get(key)
        if start is None:
            tcpr = el("w:tcPr")
            sub(tcpr, "w:tcW", {"w:w": sum(self.widths[col : col + span]), "w:type": "dxa"})
            if span > 1:
                sub(tcpr, "w:gridSpan", {"w:val": span})
            if merge == "restart":
                sub(tcpr, "w:vMerge", {"w:val": "restart"})
            elif merge == "continue":
                sub(tcpr, "w:vMerge")
            if shade:
                sub(tcpr, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": "D9D9D9"})
            if role == "header":
                sub(tcpr, "w:vAlign", {"w:val": "center"})
            ppr = ooxml.paragraph_properties(
                space_before_pt=0,
                space_after_pt=0,
                line_240ths=240,
                align="center" if role == "header" else align,
                keep_next=self._keep,
            )
            start = f"<w:tc>{_xml_text(tcpr)}<w:p>{_xml_text(ppr)}"
            self._prototypes[key] = start
        return start

    def _run_properties(self, bold: bool, italic: bool, underline: bool) -> str:
        """The `w:rPr` XML of a cell's runs ("" when there is nothing to say)."""
        key = ("rPr", bold, italic, underline)
        rpr = self._prototypes.get(key)
        if rpr is None:
            element = ooxml.run_properties(
                bold=bold, italic=italic, underline=underline, size_pt=self.rpr_size
            )
            rpr = "" if element is None else _xml_text(element)
            self._prototypes[key] = rpr
        return rpr


# --- tables serialized ahead of the document --------------------------------------------------

_W_DECLARATION = f' xmlns:w="{ooxml.W_NS}"'.encode()
_STAND_IN = "lkjip-table"
_STAND_IN_BYTES = re.compile(rb"<w:tbl><\?" + _STAND_IN.encode() + rb" (\d+)\?></w:tbl>")


def _w_root(tag: str):
    """A detached element that declares the `w` prefix itself, so it serializes as `w:…`."""
    return etree.Element(qn(tag), nsmap={"w": ooxml.W_NS})


def _xml_text(node) -> str:
    """The XML text of a (copy of an) element, written with the `w` prefix whatever prefix
    lxml gave the element when it was made on its own."""
    holder = _w_root("w:body")
    holder.append(ooxml.clone(node))
    text = etree.tostring(holder, encoding="unicode")
    return text[text.index(">") + 1 : -len("</w:body>")]


def _serialized(node) -> bytes:
    """A detached element's XML without the `w` declaration lxml puts on it: the document
    root declares `w` already."""
    return etree.tostring(node, encoding="UTF-8").replace(_W_DECLARATION, b"", 1)


def table_stand_in(number: int):
    """An empty `w:tbl` (so checks for "the last block is a table" still hold) holding a
    processing instruction that names the serialized table replacing it."""
    stand_in = el("w:tbl")
    stand_in.append(etree.ProcessingInstruction(_STAND_IN, str(number)))
    return stand_in


def splice_tables(document_xml: bytes, tables: list[bytes]) -> bytes:
    """document.xml with every stand-in replaced by its table."""
    return _STAND_IN_BYTES.sub(lambda m: tables[int(m[1])], document_xml)


def _is_number_cell(cell: Cell) -> bool:
    """The "(1) (2) …" column-number cells stay regular weight."""
    return isinstance(cell.text, str) and re.fullmatch(r"\(\d+\)", cell.text) is not None
