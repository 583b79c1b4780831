"""`lkjip reviu` reads the sentences lkjip writes for a sasaran cascade and for a declared
budget absorption scale without reporting them, and still reports what they resemble."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip.reviu.dokumen import Paragraf
from lkjip.reviu.periksa_teks import periksa_bilangan, periksa_kategori

SKALA = [(Decimal(100), "Sangat Berhasil"), (Decimal(85), "Berhasil"), (Decimal(-1), "Kurang")]


def _paragraf(teks: str) -> Paragraf:
    return Paragraf(nomor=1, teks=teks, gaya="Normal", bagian="BAB III")


@pytest.mark.parametrize(
    ("teks", "temuan"),
    [
        ("Sasaran dijabarkan secara berjenjang: 3 (tiga) sasaran strategis, 2 (dua) sasaran "
         "program, 1 (satu) sasaran kegiatan.", 0),
        ("Laporan ini memuat 2 (dua) sasaran strategis.", 1),
        ("Laporan ini memuat 2 (dua) sasaran.", 1),
    ],
)  # fmt: skip
def test_lower_cascade_levels_are_not_counted_as_sasaran(teks: str, temuan: int) -> None:
    assert len(list(periksa_bilangan(_paragraf(teks), {"sasaran": 3}))) == temuan


@pytest.mark.parametrize(
    ("teks", "temuan"),
    [
        ("Realisasi Rp14.541.290.636 atau 96,96% (kategori Sangat Baik menurut Skala Penyerapan "
         "Anggaran Dinas), sehingga sisa anggaran Rp456.375.364.", []),
        ("Realisasi 96,96% (kategori Sangat Baik menurut Skala Serapan DIPA Balai).", []),
        ("Kategori capaian mengikuti Skala Keberhasilan Kinerja Dinas sejak 2021.", []),
        ("Capaian 101,07% dengan kategori Sangat Berhasil menurut Skala Keberhasilan Kinerja "
         "Dinas.", []),
        ("Capaian 101,07% dengan kategori Berhasil menurut Skala Keberhasilan Kinerja Dinas.",
         ['bukan "Berhasil"']),
        ("Capaian 101,07% dengan kategori Sangat Tinggi menurut Skala Kinerja Dinas.",
         ['"Sangat Tinggi" bukan label']),
        ("Capaian 101,07% dengan kategori Sangat Tinggi.", ['"Sangat Tinggi" bukan label']),
    ],
)  # fmt: skip
def test_absorption_scale_labels_are_not_capaian_labels(teks: str, temuan: list[str]) -> None:
    found = list(periksa_kategori(_paragraf(teks), SKALA))
    assert len(found) == len(temuan), [t.pesan for t in found]
    for t, bagian in zip(found, temuan, strict=True):
        assert bagian in t.pesan, t.pesan
