"""Reading a .xlsx someone else made: the archive checked before openpyxl opens it, and a
sheet's rows read from the cells its XML holds, never from what it declares.

An Excel file comes from outside (docs/security.md); everything here bounds what it can make
lkjip read or allocate, and ends in a diagnostic, never a traceback.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lkjip import codes
from lkjip.diagnostics import Diagnostic, Location, diag

# An Excel file comes from someone else (docs/security.md): what it may make lkjip read. A
# .xlsx is a zip of XML parts; the sizes are those its directory declares, which bound what
# Python's zipfile will ever inflate. A DPA of a whole Pemda (20,000 rows) is a few MB.
MAX_XLSX_BYTES = 20 * 1024 * 1024  # the file itself
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # all its parts, inflated
MAX_PARTS = 10_000
MAX_RATIO = 500  # inflated / compressed, for a part above RATIO_FROM_BYTES
RATIO_FROM_BYTES = 1024 * 1024
# Rows and columns with content; the sheet's declared <dimension> is never trusted.
MAX_ROWS = 100_000
MAX_COLUMNS = 100


@dataclass
class Sheet:
    """Where diagnostics point: the file name and the sheet name."""

    file: str
    name: str

    def at(self, row: int | None, col: int | None) -> Location:
        from openpyxl.utils import get_column_letter

        ref = _sheet_ref(self.name)
        if row is None:
            return Location(self.file, path=f"{ref}!A1")
        cell = f"{get_column_letter(col)}{row}" if col else f"{row}:{row}"
        return Location(self.file, row, col, f"{ref}!{cell}")


def _sheet_ref(name: str) -> str:
    """Sheet name as Excel writes it in a reference: quoted when not a plain word."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name):
        return name
    return "'" + name.replace("'", "''") + "'"


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula: lkjip computes none, and its cached value is not a number."""

    text: str

    def __str__(self) -> str:
        return self.text

    def message(self) -> str:
        shown = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return (
            f"berisi rumus {shown}; lkjip tidak menghitung rumus: salin sel lalu tempel "
            "sebagai nilai (Paste Special → Values)"
        )


class Refused(Exception):
    """The workbook is not read further; the diagnostic says why."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def check_archive(xlsx: Path) -> Diagnostic | None:
    """Why the .xlsx must not be opened at all, or None: too big a file, too much to inflate
    (a zip bomb), or a part with a document type declaration (entities, XXE). Runs before
    openpyxl reads anything."""
    where = Location(xlsx.name)
    try:
        size = xlsx.stat().st_size
        if size > MAX_XLSX_BYTES:
            return diag(
                codes.EXCEL_TERLALU_BESAR,
                f"{xlsx.name} berukuran {megabytes(size)}, lebih dari {megabytes(MAX_XLSX_BYTES)}",
                where,
            )
        with zipfile.ZipFile(xlsx) as archive:
            parts = archive.infolist()
            too_big = _inflated_problem(xlsx.name, parts)
            if too_big is not None:
                return diag(codes.EXCEL_TERLALU_BESAR, too_big, where)
            for part in parts:
                problem = _xml_problem(archive, part)
                if problem is not None:
                    return diag(
                        codes.EXCEL_XML_TERLARANG,
                        f"{xlsx.name}: bagian {part.filename[:80]!r} {problem}",
                        where,
                        hint="simpan ulang berkasnya dari Excel atau LibreOffice sebagai .xlsx",
                    )
    except FileNotFoundError:
        return diag(codes.EXCEL_TIDAK_TERBACA, f"berkas {xlsx} tidak ada", where)
    except Exception as error:  # noqa: BLE001 - zipfile and zlib raise many kinds on a broken file
        return unreadable(xlsx, error)
    return None


def _inflated_problem(name: str, parts: list[zipfile.ZipInfo]) -> str | None:
    if len(parts) > MAX_PARTS:
        return f"{name} memuat {len(parts)} bagian, lebih dari {MAX_PARTS}"
    total = sum(part.file_size for part in parts)
    if total > MAX_UNCOMPRESSED_BYTES:
        return (
            f"{name} mengembang menjadi {megabytes(total)} setelah dibuka, lebih dari "
            f"{megabytes(MAX_UNCOMPRESSED_BYTES)}"
        )
    for part in parts:
        if part.file_size > RATIO_FROM_BYTES:
            if part.file_size > MAX_RATIO * max(part.compress_size, 1):
                return (
                    f"{name}: bagian {part.filename[:80]!r} mengembang lebih dari {MAX_RATIO} "
                    "kali (bom zip)"
                )
    return None


# A document type declaration, as UTF-8 (and ASCII, Latin-1) or UTF-16 would spell it.
_DECLARATIONS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_CHUNK = 1024 * 1024


def _xml_problem(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> str | None:
    """An Indonesian reason the part must not reach an XML parser, or None. Excel writes no
    DTD: a declaration is an entity bomb or an external entity (XXE) in waiting. Every part is
    scanned, whatever its name: the relationships decide which part is parsed as XML."""
    tail = b""
    with archive.open(part) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                return None
            window = (tail + chunk).upper()
            if any(declaration in window for declaration in _DECLARATIONS):
                return "memuat deklarasi DOCTYPE/ENTITY (entitas XML tidak diizinkan)"
            tail = chunk[-32:]


def unreadable(xlsx: Path, error: BaseException) -> Diagnostic:
    return diag(
        codes.EXCEL_TIDAK_TERBACA,
        f"{xlsx.name} tidak dapat dibaca sebagai .xlsx ({type(error).__name__}); "
        "simpan ulang sebagai Excel Workbook (.xlsx)",
        Location(xlsx.name),
    )


def sheet_rows(
    workbook: Any, name: str, where: Sheet, limit: int | None = None
) -> list[tuple[Any, ...]]:
    """The rows of sheet `name` as tuples of values (a formula cell as `Formula`), row n at
    index n - 1: the cells the XML holds, whatever its <dimension> declares. Stops after
    `limit` rows; raises Refused for content beyond MAX_ROWS or MAX_COLUMNS."""
    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    formula_tag = f"{{{SHEET_MAIN_NS}}}f"

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            formula = element.find(formula_tag)
            if formula is not None:
                cell["value"] = Formula("=" + (formula.text or ""))
            return cell

    sheet = workbook[name]
    rows: list[tuple[Any, ...]] = []
    with sheet._get_source() as source:
        parser = Parser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if limit is not None and number > limit:
                break
            values = {c["column"]: c["value"] for c in cells if c["value"] is not None}
            if not values:
                continue
            if number > MAX_ROWS:
                raise Refused(
                    diag(
                        codes.EXCEL_TERLALU_BESAR,
                        f'lembar "{name}" berisi lebih dari {_number(MAX_ROWS)} baris',
                        where.at(number, None),
                    )
                )
            last = max(values)
            if last > MAX_COLUMNS:
                raise Refused(
                    diag(
                        codes.EXCEL_TERLALU_BESAR,
                        f'lembar "{name}" berisi lebih dari {MAX_COLUMNS} kolom',
                        where.at(number, last),
                    )
                )
            if len(rows) < number - 1:
                rows.extend([()] * (number - 1 - len(rows)))
            if len(rows) < number:  # a row written twice keeps its first cells
                rows.append(tuple(values.get(col) for col in range(1, last + 1)))
    return rows


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")
