"""Write the computed tables as an .xlsx workbook for verifiers (Inspektorat, Bappeda).

Sheets: "Capaian", "Realisasi Anggaran", "Efisiensi", and "Anggaran (impor)" — the budget tree
as stated in anggaran.yaml, in exactly the layout `import_anggaran` reads, so export → import
gives the same anggaran.yaml back.

Numbers are written as numbers so a verifier can recompute them:
- money: `Decimal` → `int` (a value with sen → float, exact to the sen for any realistic
  budget, < 10^13), shown with number_format `#,##0` / `#,##0.00`;
- percentages: rounded ROUND_HALF_UP to 2 decimals (exactly what the report prints), then
  `float` at the cell boundary because openpyxl only writes int/float; shown as `#,##0.00`.
The formats use the invariant codes `#,##0` and `#,##0.00`: Excel and LibreOffice display them
with the reader's locale separators, so an id-ID machine shows `1.103.336.776` and `97,02`.
A literal `#.##0` would not work everywhere (the format code language is always en-US).

The file is byte-stable: workbook properties (created/modified) come from the signing date in
lkjip.yaml and the zip is rewritten with fixed entry timestamps.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from lkjip import atomic
from lkjip.calc.results import Anggaran as HasilAnggaran
from lkjip.calc.results import Capaian, Efisiensi, Hasil
from lkjip.excel.importer import EXPORT_HEADER, EXPORT_SHEET
from lkjip.idfmt import angka, bulatkan
from lkjip.model import Project, Rentang

MONEY = "#,##0"
MONEY_SEN = "#,##0.00"
PERCENT = "#,##0.00"
DASH = "–"


def _money(value: Decimal | None) -> tuple[Any, str | None]:
    if value is None:
        return DASH, None
    if value == value.to_integral_value():
        return int(value), MONEY
    return float(value), MONEY_SEN


def _percent(value: Decimal | None) -> tuple[Any, str | None]:
    if value is None:
        return DASH, None
    return float(bulatkan(value, 2)), PERCENT


def _capaian(value: Capaian | None) -> tuple[Any, str | None]:
    return _percent(value.nilai if value is not None else None)


def _nilai(value: Any) -> tuple[Any, str | None]:
    """A target or realisation: number, range (text "80–90") or label."""
    if value is None:
        return DASH, None
    if isinstance(value, Rentang):
        return f"{angka(value.min)}–{angka(value.max)}", None
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value), "#,##0"
        exponent = value.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) else 2
        return float(value), "#,##0." + "0" * places
    return str(value), None


class _SheetWriter:
    """Writes one sheet: a header row (bold, shaded, frozen), rows, column widths."""

    def __init__(self, workbook: Any, title: str, first: bool = False) -> None:
        self.ws = workbook.active if first else workbook.create_sheet()
        self.ws.title = title
        self.row = 0

    def put(self, col: int, value: Any, fmt: str | None = None, **style: Any) -> Any:
        from openpyxl.styles import Alignment, Font

        cell = self.ws.cell(row=self.row, column=col, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text, never a formula
        if fmt:
            cell.number_format = fmt
        if value == DASH:
            cell.alignment = Alignment(horizontal="right")
        if style.get("bold"):
            cell.font = Font(bold=True)
        if style.get("indent"):
            cell.alignment = Alignment(indent=style["indent"], wrap_text=True, vertical="top")
        elif style.get("wrap"):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def line(
        self,
        *values: Any,
        bold: bool = False,
        wrap: tuple[int, ...] = (),
        indent: dict[int, int] | None = None,
    ) -> None:
        """One row; a value may be (value, number_format); None leaves the cell empty."""
        self.row += 1
        for col, item in enumerate(values, start=1):
            value, fmt = item if isinstance(item, tuple) else (item, None)
            if value is None:
                continue
            self.put(
                col,
                value,
                fmt,
                bold=bold,
                wrap=col in wrap,
                indent=(indent or {}).get(col, 0),
            )

    def header(self, titles: tuple[str, ...], widths: tuple[float, ...]) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self.row += 1
        fill = PatternFill("solid", fgColor="D9D9D9")
        for col, title in enumerate(titles, start=1):
            cell = self.ws.cell(row=self.row, column=col, value=title)
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.ws.freeze_panes = f"A{self.row + 1}"
        self.ws.print_title_rows = f"{self.row}:{self.row}"
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        for col, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(col)].width = width


def _sheet_capaian(workbook: Any, hasil: Hasil) -> None:
    sheet = _SheetWriter(workbook, "Capaian", first=True)
    sheet.header(
        (
            "No", "ID", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)",
            "Kategori", "Target Akhir Renstra", "Capaian thd Renstra (%)", "Keterangan",
        ),
        (5, 10, 50, 12, 12, 12, 12, 16, 14, 14, 36),
    )  # fmt: skip
    for number, ind in enumerate(hasil.indikator.values(), start=1):
        notes = [c.alasan for c in (ind.capaian, ind.capaian_renstra) if c.alasan]
        sheet.line(
            number,
            ind.id,
            ind.nama,
            ind.satuan,
            _nilai(ind.target),
            _nilai(ind.realisasi),
            _capaian(ind.capaian),
            ind.kategori or DASH,
            _nilai(ind.target_akhir),
            _capaian(ind.capaian_renstra),
            "; ".join(dict.fromkeys(notes)) or None,
            wrap=(3, 11),
        )
    sheet.row += 1
    sheet.line(
        None, None, "Capaian kinerja instansi (rata-rata sasaran)", None, None, None,
        _capaian(hasil.capaian_opd), hasil.kategori_opd or DASH, bold=True,
    )  # fmt: skip
    for polaritas, rumus in hasil.rumus_capaian.items():
        sheet.line(None, None, f"Rumus capaian indikator {polaritas}: {rumus.teks}")
    sheet.line(None, None, f"Skala kategori: {hasil.skala.nama}")


def _budget_line(
    sheet: _SheetWriter, kode: str, nama: str, tingkat: str, figures: HasilAnggaran,
    indent: int, bold: bool = False,
) -> None:  # fmt: skip
    sheet.line(
        kode,
        nama,
        tingkat,
        _money(figures.pagu),
        _money(figures.realisasi),
        _percent(figures.serapan),
        _money(figures.sisa),
        bold=bold,
        indent={2: indent} if indent else None,
        wrap=(2,),
    )


def _sheet_realisasi(workbook: Any, hasil: Hasil) -> None:
    sheet = _SheetWriter(workbook, "Realisasi Anggaran")
    sheet.header(
        (
            "Kode", "Program/Kegiatan/Sub Kegiatan", "Tingkat", "Pagu (Rp)", "Realisasi (Rp)",
            "Serapan (%)", "Sisa (Rp)",
        ),
        (20, 60, 14, 18, 18, 12, 18),
    )  # fmt: skip
    for program in hasil.program.values():
        _budget_line(sheet, program.kode, program.nama, "Program", program.anggaran, 0, True)
        for kegiatan in program.kegiatan:
            _budget_line(sheet, kegiatan.kode, kegiatan.nama, "Kegiatan", kegiatan.anggaran, 1)
            for sub in kegiatan.sub_kegiatan:
                _budget_line(sheet, sub.kode, sub.nama, "Sub Kegiatan", sub.anggaran, 2)
    _budget_line(sheet, "", "TOTAL", "", hasil.total, 0, True)
    _budget_line(
        sheet, "", "Anggaran pendukung sasaran (tanpa program penunjang)", "", hasil.pendukung,
        0, True,
    )  # fmt: skip


def _efisiensi_line(sheet: _SheetWriter, nama: str, ef: Efisiensi, bold: bool = False) -> None:
    value = _percent(ef.nilai) if ef.satuan else _ratio(ef.nilai)
    sheet.line(
        nama,
        _percent(ef.capaian),
        _percent(ef.serapan),
        value,
        ef.satuan or None,
        ef.rumus,
        ef.keterangan,
        bold=bold,
        wrap=(1, 6),
    )


def _ratio(value: Decimal | None) -> tuple[Any, str | None]:
    if value is None:
        return DASH, None
    return float(bulatkan(value, 2)), "#,##0.00"


def _sheet_efisiensi(workbook: Any, hasil: Hasil) -> None:
    sheet = _SheetWriter(workbook, "Efisiensi")
    sheet.header(
        (
            "Sasaran", "Capaian Kinerja (%)", "Penyerapan Anggaran (%)", "Tingkat Efisiensi",
            "Satuan", "Rumus", "Keterangan",
        ),
        (50, 14, 14, 14, 8, 40, 18),
    )  # fmt: skip
    for sasaran in hasil.sasaran.values():
        _efisiensi_line(sheet, sasaran.teks, sasaran.efisiensi)
    _efisiensi_line(sheet, "Instansi (seluruh sasaran)", hasil.efisiensi, bold=True)


def _sheet_anggaran(workbook: Any, project: Project) -> None:
    """The budget as stated (not computed), in the importer's layout."""
    anggaran = project.anggaran
    sheet = _SheetWriter(workbook, EXPORT_SHEET)
    sheet.line(f"Tahun: {anggaran.tahun}", bold=True)
    sheet.line(f"Dokumen: {project.dokumen_anggaran}")
    if anggaran.sumber_realisasi:
        sheet.line(f"Sumber realisasi: {anggaran.sumber_realisasi}")
    sheet.row += 1
    sheet.header(EXPORT_HEADER, (22, 70, 18, 18))

    def stated(value: Decimal | None) -> Any:
        return (None, None) if value is None else _money(value)

    for program in anggaran.program:
        sheet.line(program.kode, program.nama, stated(program.pagu), stated(program.realisasi),
                   bold=True, wrap=(2,))  # fmt: skip
        for kegiatan in program.kegiatan:
            sheet.line(kegiatan.kode, kegiatan.nama, stated(kegiatan.pagu),
                       stated(kegiatan.realisasi), indent={2: 1})  # fmt: skip
            for sub in kegiatan.sub_kegiatan:
                sheet.line(sub.kode, sub.nama, stated(sub.pagu), stated(sub.realisasi),
                           indent={2: 2})  # fmt: skip


def build_workbook(project: Project, hasil: Hasil) -> Any:
    """The openpyxl Workbook with the four sheets and fixed document properties."""
    from openpyxl import Workbook

    workbook = Workbook()
    _sheet_capaian(workbook, hasil)
    _sheet_realisasi(workbook, hasil)
    _sheet_efisiensi(workbook, hasil)
    _sheet_anggaran(workbook, project)
    when = _fixed_time(project)
    props = workbook.properties
    props.creator = "lkjip"
    props.lastModifiedBy = "lkjip"
    props.title = f"Tabel LKjIP {project.laporan.instansi.nama} {project.tahun}"
    props.created = when
    props.modified = when
    return workbook


def _fixed_time(project: Project) -> dt.datetime:
    tanggal = project.laporan.penandatanganan.tanggal
    return dt.datetime(tanggal.year, tanggal.month, tanggal.day)


def workbook_bytes(workbook: Any, when: dt.datetime) -> bytes:
    """Serialise without openpyxl's "modified = now" and with fixed zip entry timestamps."""
    from openpyxl.writer.excel import ExcelWriter

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        # ExcelWriter.save() is what openpyxl's save_workbook() calls after stamping
        # properties.modified with the current time; calling it directly keeps our date.
        ExcelWriter(workbook, archive).save()
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    stable = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(stable, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            entry.create_system = 0
            target.writestr(entry, source.read(info.filename))
    return stable.getvalue()


def export_tables(project: Project, hasil: Hasil, out: Path) -> None:
    """Write the verifier workbook to `out`, atomically (temporary file, then rename)."""
    out = Path(out)
    data = workbook_bytes(build_workbook(project, hasil), _fixed_time(project))
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(out, data)
