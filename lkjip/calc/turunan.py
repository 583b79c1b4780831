"""Derived realisations and targets, and breakdowns (rincian) of one indicator.

A derived realisation is pembilang / penyebut × pengali (a rate per 100.000, a percentage
a/b × 100), rounded half-up to the `desimal` places the agency reports it with: that rounded
figure *is* the realisation, as a typed one would be, so every table and sentence prints the
same number. A derived target (`renstra.indikator[].target_turunan`) is computed the same way
and stands for the Renstra target of its year wherever that target is read.

A breakdown's rows make the realisation by their sum (`jumlah`), their mean (`rata_rata`) or
the rate over all rows (`rasio`: Σ pembilang / Σ penyebut × pengali); the mean and the rate
are compared at the realisation's own decimals. A row given as a fraction has the value
pembilang / penyebut × pengali at the breakdown's `desimal` places.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip import idfmt
from lkjip.calc.results import BarisHasilRincian, HasilRincian, HasilTurunan, NilaiData
from lkjip.model.kinerja import AgregasiRincian, BarisRincian, Rincian
from lkjip.model.renstra import Indikator, Turunan

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


def target_per_tahun(indikator: Indikator) -> dict[int, NilaiData]:
    """The Renstra targets by year: as written in `target`, then each year given only in
    `target_turunan` with its computed value (a year written in both keeps the written one;
    LK236 compares them)."""
    hasil: dict[int, NilaiData] = dict(indikator.target)
    for tahun, turunan in indikator.target_turunan.items():
        hasil.setdefault(tahun, nilai(turunan))
    return hasil


def desimal(value: Decimal) -> int:
    """Decimal places a number was written with (89.87 → 2, 120 → 0)."""
    exponent = int(value.as_tuple().exponent)
    return max(0, -exponent)


def nilai_baris(baris: BarisRincian, rincian: Rincian) -> Decimal:
    """A row's value: as entered, or pembilang / penyebut × pengali at `desimal` places."""
    if baris.nilai is not None:
        return baris.nilai
    assert baris.pembilang is not None and baris.penyebut is not None  # the model requires it
    return idfmt.bulatkan(baris.pembilang / baris.penyebut * rincian.pengali, rincian.desimal)


def jumlah_pecahan(rincian: Rincian) -> tuple[Decimal, Decimal]:
    """(Σ pembilang, Σ penyebut) of the rows (a row without them counts 0)."""
    pembilang = sum((b.pembilang or Decimal(0) for b in rincian.baris), Decimal(0))
    penyebut = sum((b.penyebut or Decimal(0) for b in rincian.baris), Decimal(0))
    return pembilang, penyebut


def agregat(rincian: Rincian) -> Decimal:
    """Σ of the rows, their mean, or Σ pembilang / Σ penyebut × pengali (unrounded)."""
    if rincian.agregasi is AgregasiRincian.RASIO:
        pembilang, penyebut = jumlah_pecahan(rincian)
        return pembilang / penyebut * rincian.pengali
    total = sum((nilai_baris(b, rincian) for b in rincian.baris), Decimal(0))
    if rincian.agregasi is AgregasiRincian.JUMLAH:
        return total
    return total / len(rincian.baris)


def sesuai(rincian: Rincian, realisasi: NilaiData | None) -> bool | None:
    """Whether the rows make the realisation (a mean at the realisation's decimals); None when
    the realisation is not a number."""
    if not isinstance(realisasi, Decimal):
        return None
    nilai_rincian = agregat(rincian)
    if rincian.agregasi is not AgregasiRincian.JUMLAH:
        nilai_rincian = idfmt.bulatkan(nilai_rincian, desimal(realisasi))
    return nilai_rincian == realisasi


def hasil_rincian(rincian: Rincian, realisasi: NilaiData | None) -> HasilRincian:
    rasio = rincian.agregasi is AgregasiRincian.RASIO
    return HasilRincian(
        judul=rincian.judul,
        agregasi=rincian.agregasi.value,
        baris=[
            BarisHasilRincian(b.nama, nilai_baris(b, rincian), b.pembilang, b.penyebut)
            for b in rincian.baris
        ],
        nilai=agregat(rincian),
        sesuai=sesuai(rincian, realisasi),
        pembilang=jumlah_pecahan(rincian)[0] if rasio else None,
        penyebut=jumlah_pecahan(rincian)[1] if rasio else None,
    )
