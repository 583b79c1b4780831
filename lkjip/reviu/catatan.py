"""The *Catatan Hasil Reviu*: the findings of `lkjip reviu` as a Word document the reviewer
(APIP) can edit and sign.

Written with python-docx directly: a heading, what was reviewed, a summary, one table row per
finding (place, what was found, code), and a signature block left blank for the reviewer. The
file is replaced atomically (`lkjip.atomic`), so a failed write never leaves half a document.
Every text it writes comes from lkjip or from the reviewed .docx, whose XML already held it.
"""

from __future__ import annotations

import io
from pathlib import Path

from lkjip import atomic
from lkjip.diagnostics import Diagnostic, Diagnostics, Severity


def tulis_catatan(diagnostics: Diagnostics, dokumen: str, out: Path) -> None:
    """Write the Catatan Hasil Reviu of `dokumen` (the reviewed file's name) to `out`."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    document.add_heading("CATATAN HASIL REVIU", level=0)
    document.add_paragraph(
        f"Laporan yang direviu: {dokumen}. Reviu atas Laporan Kinerja Instansi Pemerintah "
        "sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014 meliputi keandalan angka: capaian "
        "terhadap realisasi dan target, persentase terhadap rasionya, jumlah dan rata-rata "
        "terhadap rinciannya, sisa anggaran, konsistensi angka antartempat, jumlah yang disebut "
        "di teks, kategori capaian dan tanggal."
    )
    items = diagnostics.sorted()
    errors = sum(d.severity is Severity.ERROR for d in items)
    document.add_paragraph(
        f"Hasil: {len(items)} temuan ({errors} kesalahan angka, {len(items) - errors} catatan)."
        if items
        else "Hasil: tidak ada temuan atas angka laporan."
    )
    if items:
        _tabel_temuan(document, items)
    document.add_paragraph("")
    document.add_paragraph("Reviewer,")
    document.add_paragraph("\n\n\n(nama dan NIP)")
    buffer = io.BytesIO()
    document.save(buffer)
    atomic.write_bytes(out, buffer.getvalue())


def _tabel_temuan(document: object, items: list[Diagnostic]) -> None:
    table = document.add_table(rows=1, cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("No", "Tempat", "Temuan", "Jenis", "Kode"), strict=True
    ):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for no, d in enumerate(items, start=1):
        place = d.location.path if d.location and d.location.path else ""
        message = d.message
        if place and message.startswith(place + ": "):
            message = message[len(place) + 2 :]
        kind = "kesalahan" if d.severity is Severity.ERROR else "catatan"
        for cell, text in zip(
            table.add_row().cells, (str(no), place, message, kind, d.code), strict=True
        ):
            cell.text = text  # read from a .docx: text XML can hold
