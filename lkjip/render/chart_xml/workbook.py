"""The small workbook embedded behind a chart so Word's "Edit Data" opens the numbers.

Layout (what Word itself writes): A1 empty, series names in row 1 from B1, category labels in
column A from A2, series values below their names. `space.py` points its formulas here.

openpyxl stamps the core properties and every zip entry with the current time; both are
pinned so the same chart gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING

from lkjip.render.chart_xml.space import SHEET, localized

if TYPE_CHECKING:
    from lkjip.render.charts import ChartSpec

FIXED_TIME = dt.datetime(2000, 1, 1)
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def available() -> bool:
    """Whether openpyxl can be imported; without it charts carry cached values only."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def _fill_sheet(sheet, spec: ChartSpec) -> None:
    """Write names, categories and values; values get the chart's number format."""
    for col, series in enumerate(spec.series, start=2):
        sheet.cell(row=1, column=col, value=series.name)
    for row, label in enumerate(spec.categories, start=2):
        sheet.cell(row=row, column=1, value=label)
        for col, series in enumerate(spec.series, start=2):
            value = series.values[row - 2]
            if value is not None:
                cell = sheet.cell(row=row, column=col, value=value)
                cell.number_format = localized(spec.number_format)
    sheet.column_dimensions["A"].width = max([12, *(len(c) + 2 for c in spec.categories)])


def _pin_zip(blob: bytes) -> bytes:
    """Rewrite a zip with every entry at the zip epoch, in the original order."""
    source = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def workbook_bytes(spec: ChartSpec) -> bytes:
    """The .xlsx bytes for `spec`, identical on every call."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    _fill_sheet(sheet, spec)
    book.properties.creator = "lkjip"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    # ExcelWriter directly: openpyxl's save() would reset `modified` to now
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    return _pin_zip(raw.getvalue())
