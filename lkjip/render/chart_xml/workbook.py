"""The small workbook embedded behind a chart so Word's "Edit Data" opens the numbers.

Layout (what Word itself writes): A1 empty, series names in row 1 from B1, category labels in
column A from A2, series values below their names. `space.py` points its formulas here.

The package is written here directly — seven short XML parts — rather than through openpyxl:
a report has one chart per indicator, and openpyxl's general machinery (about 10 ms a
workbook, plus its import) made charts the slowest part of a large build. Strings are inline
(`t="inlineStr"`), so there is no shared-strings part; one number format carries the chart's.
Every zip entry has the same fixed time, so the same chart always gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from lkjip.render.chart_spec import ChartSpec
from lkjip.render.chart_xml.space import SHEET, localized
from lkjip.render.ooxml import zip_entry

FIXED_TIME = "2000-01-01T00:00:00Z"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NUMBER_STYLE = 1  # cellXfs index of the chart's number format
_CUSTOM_FORMAT_ID = 164  # the first id Excel leaves for custom formats

_CONTENT_TYPES = (
    f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'{_XML}<Relationships xmlns="{_PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_R}">'
    f'<sheets><sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'{_XML}<Relationships xmlns="{_PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{_R}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_R}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_CORE = (
    f"{_XML}<cp:coreProperties "
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:creator>lkjip</dc:creator>"
    f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_TIME}</dcterms:created>'
    f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_TIME}</dcterms:modified>'
    "</cp:coreProperties>"
)


def _styles(number_format: str) -> str:
    """Default style 0, and style 1 with the chart's number format (schema order)."""
    return (
        f'{_XML}<styleSheet xmlns="{_MAIN}">'
        f'<numFmts count="1"><numFmt numFmtId="{_CUSTOM_FORMAT_ID}" '
        f"formatCode={quoteattr(number_format)}/></numFmts>"
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        f'<xf numFmtId="{_CUSTOM_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def column_letter(number: int) -> str:
    """1 → A, 26 → Z, 27 → AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def _number_cell(ref: str, value: Decimal | float | int) -> str:
    number = format(value, "f") if isinstance(value, Decimal) else repr(value)
    return f'<c r="{ref}" s="{_NUMBER_STYLE}"><v>{number}</v></c>'


def _rows(spec: ChartSpec) -> Iterable[str]:
    header = "".join(
        _text_cell(f"{column_letter(col)}1", series.name)
        for col, series in enumerate(spec.series, start=2)
    )
    yield f'<row r="1">{header}</row>'
    for row, label in enumerate(spec.categories, start=2):
        cells = [_text_cell(f"A{row}", label)]
        for col, series in enumerate(spec.series, start=2):
            value = series.values[row - 2]
            if value is not None:
                cells.append(_number_cell(f"{column_letter(col)}{row}", value))
        yield f'<row r="{row}">{"".join(cells)}</row>'


def _sheet(spec: ChartSpec) -> str:
    width = max([12, *(len(c) + 2 for c in spec.categories)])
    return (
        f'{_XML}<worksheet xmlns="{_MAIN}">'
        f'<cols><col min="1" max="1" width="{width}" customWidth="1"/></cols>'
        f"<sheetData>{''.join(_rows(spec))}</sheetData></worksheet>"
    )


def workbook_bytes(spec: ChartSpec) -> bytes:
    """The .xlsx bytes for `spec`, identical on every call."""
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "docProps/core.xml": _CORE,
        "xl/workbook.xml": _WORKBOOK,
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
        "xl/styles.xml": _styles(localized(spec.number_format)),
        "xl/worksheets/sheet1.xml": _sheet(spec),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(zip_entry(name), text.encode("utf-8"))
    return out.getvalue()
