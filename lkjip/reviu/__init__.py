"""`lkjip reviu`: check the arithmetic and consistency of a Word LKjIP lkjip did not make.

The Inspektorat reviews every LKjIP (reviu LKjIP, PermenPAN-RB 53/2014); most are still
written by hand in Word. This package reads such a .docx (`dokumen`), checks each table's own
arithmetic (`periksa_tabel`), the paragraphs (`periksa_teks`) and the figures across places
(`silang`), and writes the findings as a *Catatan Hasil Reviu* (`catatan`).

A finding is a `Diagnostic` (codes LK601–LK615) placed in the document: `Location.file` is the
.docx's name and `Location.path` a place a reader finds ("Tabel 3.4, baris 1, kolom
"Penyerapan Anggaran %"", "paragraf 12 ("Secara keseluruhan …")"); the message starts with
that place, so the text, JSON and GitHub reports all show it.
"""

from __future__ import annotations

from pathlib import Path

from lkjip import codes
from lkjip.diagnostics import Diagnostic, Diagnostics, Location, diag
from lkjip.reviu.dokumen import Dokumen, DokumenTakTerbaca, baca_dokumen
from lkjip.reviu.periksa_tabel import Temuan, periksa_tabel
from lkjip.reviu.periksa_teks import (
    capaian_indikator,
    hitungan_dokumen,
    periksa_paragraf,
    tahun_laporan,
)
from lkjip.reviu.silang import (
    fakta_paragraf,
    fakta_tabel,
    periksa_anggaran_pk,
    periksa_berbeda,
    periksa_efisiensi,
)


def temuan_dokumen(dokumen: Dokumen) -> list[Temuan]:
    """Every finding of the document, tables first (in document order), then paragraphs."""
    found: list[Temuan] = []
    for tabel in dokumen.tabel:
        found.extend(periksa_tabel(tabel))
    hitungan = hitungan_dokumen(dokumen)
    satu_sasaran = hitungan.get("sasaran", 1) == 1
    found.extend(periksa_efisiensi(dokumen, capaian_indikator(dokumen), satu_sasaran))
    sudah = {t.sel for t in found if t.sel is not None}
    tahun = tahun_laporan(dokumen)
    facts = [f for tabel in dokumen.tabel for f in fakta_tabel(tabel, tahun)]
    facts += fakta_paragraf(dokumen)
    found.extend(periksa_berbeda(facts, sudah))
    found.extend(periksa_anggaran_pk(facts, sudah, dokumen))
    found.extend(periksa_paragraf(dokumen))
    return found


def _temuan_terlindung(dokumen: Dokumen) -> list[Diagnostic]:
    """The findings as diagnostics; a check that crashes is a bug of lkjip, reported as LK901
    like a crashing rule of `validate`, never a traceback for the reviewer."""
    try:
        return [_diagnostic(t, dokumen.nama) for t in temuan_dokumen(dokumen)]
    except Exception as error:  # a bug, whatever the document holds
        return [
            diag(
                codes.ATURAN_GAGAL,
                f"pemeriksaan reviu gagal: {type(error).__name__}: {error} (bug lkjip; "
                "laporkan ke pengembang beserta dokumennya)",
                Location(dokumen.nama),
            )
        ]


def _diagnostic(temuan: Temuan, file: str) -> Diagnostic:
    return diag(
        temuan.code,
        f"{temuan.tempat}: {temuan.pesan}",
        Location(file, path=temuan.tempat),
        subject=temuan.tempat,
    )


def reviu(path: Path) -> Diagnostics:
    """The findings of `path`; one LK601 when it cannot be read (the CLI exits 2 then)."""
    try:
        dokumen = baca_dokumen(path)
    except DokumenTakTerbaca as error:
        return Diagnostics(
            [
                diag(
                    codes.REVIU_TAK_TERBACA,
                    f"{path.name} tidak dapat dibaca: {error}",
                    Location(path.name),
                )
            ]
        )
    return Diagnostics(_temuan_terlindung(dokumen))


__all__ = ["Dokumen", "baca_dokumen", "reviu", "temuan_dokumen"]
