"""Derived realisations and breakdowns (rincian) of one indicator.

A derived realisation is pembilang / penyebut × pengali (a rate per 100.000, a percentage
a/b × 100), rounded half-up to the `desimal` places the agency reports it with: that rounded
figure *is* the realisation, as a typed one would be, so every table and sentence prints the
same number. A breakdown's rows make the realisation by their sum (`jumlah`) or their mean
(`rata_rata`, compared at the realisation's own decimals).
"""

from __future__ import annotations

from decimal import Decimal

from lkjip import idfmt
from lkjip.calc.results import HasilRincian, HasilTurunan, NilaiData
from lkjip.model.kinerja import AgregasiRincian, Rincian, Turunan

RUMUS_TURUNAN = "pembilang / penyebut × pengali"
ALASAN_RINCIAN_BUKAN_ANGKA = "realisasi bukan angka, rincian tidak dapat dibandingkan"


def nilai(turunan: Turunan) -> Decimal:
    """pembilang / penyebut × pengali, rounded half-up to `desimal` places
    (3 / 17000 × 100000 → 17,65)."""
    return idfmt.bulatkan(turunan.pembilang / turunan.penyebut * turunan.pengali, turunan.desimal)


def hasil_turunan(turunan: Turunan) -> HasilTurunan:
    return HasilTurunan(
        pembilang=turunan.pembilang,
        penyebut=turunan.penyebut,
        pengali=turunan.pengali,
        nilai=nilai(turunan),
        nama_pembilang=turunan.nama_pembilang,
        nama_penyebut=turunan.nama_penyebut,
    )


def desimal(value: Decimal) -> int:
    """Decimal places a number was written with (89.87 → 2, 120 → 0)."""
    exponent = int(value.as_tuple().exponent)
    return max(0, -exponent)


def agregat(rincian: Rincian) -> Decimal:
    """Σ of the rows, or their mean (unrounded)."""
    total = sum((b.nilai for b in rincian.baris), Decimal(0))
    if rincian.agregasi is AgregasiRincian.JUMLAH:
        return total
    return total / len(rincian.baris)


def sesuai(rincian: Rincian, realisasi: NilaiData | None) -> bool | None:
    """Whether the rows make the realisation (a mean at the realisation's decimals); None when
    the realisation is not a number."""
    if not isinstance(realisasi, Decimal):
        return None
    nilai_rincian = agregat(rincian)
    if rincian.agregasi is AgregasiRincian.RATA_RATA:
        nilai_rincian = idfmt.bulatkan(nilai_rincian, desimal(realisasi))
    return nilai_rincian == realisasi


def hasil_rincian(rincian: Rincian, realisasi: NilaiData | None) -> HasilRincian:
    return HasilRincian(
        judul=rincian.judul,
        agregasi=rincian.agregasi.value,
        baris=[(b.nama, b.nilai) for b in rincian.baris],
        nilai=agregat(rincian),
        sesuai=sesuai(rincian, realisasi),
    )
