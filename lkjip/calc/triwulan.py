"""Quarterly (triwulan) capaian of the Rencana Aksi and the annual value they imply (§3.3).

- akumulasi: per-quarter amounts; capaian TW k = Σ realisasi TW1..k against Σ target TW1..k;
  annual realisation = Σ of the quarters.
- kumulatif: progress to date; capaian TW k = R_k against T_k; annual = last filled quarter.
- nilai_akhir: a level or index; capaian TW k = R_k against T_k; annual = last filled quarter.
- rata_rata: a rate measured each quarter; capaian TW k = R_k against T_k; annual = mean of the
  filled quarters.
- maksimum: a peak; capaian TW k = R_k against T_k; annual = the highest filled quarter.

Semesters (`kinerja.realisasi[].semester`) follow the same rules with two periods instead of
four: every function here takes a row of any number of periods.

The polarity formula of the indicator is applied to the pair (so a negative indicator uses the
negative formula on the quarter's values).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lkjip.calc import capaian as cp
from lkjip.calc.results import Capaian, HasilTriwulan, NilaiData
from lkjip.model.kinerja import Semester, Triwulan
from lkjip.model.laporan import RumusNegatif
from lkjip.model.renstra import Agregasi, Indikator

ALASAN_TW_SEBELUMNYA = "realisasi triwulan sebelumnya belum lengkap"
ALASAN_BUKAN_ANGKA = "nilai triwulan bukan angka sehingga tidak dapat dijumlahkan"


def _jumlah_target(nilai: Sequence[NilaiData | None]) -> Decimal | str:
    """Σ of quarterly targets; a target not set (None) counts as nothing planned that quarter.

    Returns the sum, or the reason it cannot be formed.
    """
    terisi = [v for v in nilai if v is not None]
    if not terisi:
        return cp.ALASAN_TANPA_TARGET
    angka = [v for v in terisi if isinstance(v, Decimal)]
    if len(angka) != len(terisi):
        return ALASAN_BUKAN_ANGKA
    return sum(angka, Decimal(0))


def _jumlah_realisasi(nilai: Sequence[NilaiData | None]) -> Decimal | str:
    """Σ of quarterly realisations TW1..k; every one of them must be reported."""
    if nilai[-1] is None:
        return cp.ALASAN_BELUM_ADA
    if any(v is None for v in nilai):
        return ALASAN_TW_SEBELUMNYA
    angka = [v for v in nilai if isinstance(v, Decimal)]
    if len(angka) != len(nilai):
        return ALASAN_BUKAN_ANGKA
    return sum(angka, Decimal(0))


def capaian_akumulasi(
    indikator: Indikator,
    baris: Triwulan | Semester,
    k: int,
    rumus_negatif: RumusNegatif,
    tahun: int | None = None,
) -> Capaian:
    """Capaian up to period k of an akumulasi indicator: Σ R_1..k against Σ T_1..k."""
    formula = cp.rumus_indikator(indikator, tahun, rumus_negatif)
    realisasi = _jumlah_realisasi(baris.realisasi[:k])
    if isinstance(realisasi, str):
        return Capaian(None, formula, realisasi)
    target = _jumlah_target(baris.target[:k])
    if isinstance(target, str):
        return Capaian(None, formula, target)
    return cp.compute(indikator, target, realisasi, rumus_negatif, tahun=tahun)


def capaian_triwulan(
    indikator: Indikator,
    baris: Triwulan | Semester,
    k: int,
    rumus_negatif: RumusNegatif,
    tahun: int | None = None,
) -> Capaian:
    """Capaian of quarter k (1..4) by the indicator's aggregation type and its formula of
    `tahun`."""
    if indikator.agregasi is Agregasi.AKUMULASI:
        return capaian_akumulasi(indikator, baris, k, rumus_negatif, tahun)
    target, realisasi = baris.target[k - 1], baris.realisasi[k - 1]
    return cp.compute(indikator, target, realisasi, rumus_negatif, tahun=tahun)


def hasil_triwulan(
    indikator: Indikator,
    baris: Triwulan | Semester,
    rumus_negatif: RumusNegatif,
    tahun: int | None = None,
) -> list[HasilTriwulan]:
    """The periods of a row (four quarters, or two semesters): each period's own target and
    realisation (as entered) with the capaian by aggregation type; `triwulan` is the period's
    number."""
    return [
        HasilTriwulan(
            triwulan=k,
            target=baris.target[k - 1],
            realisasi=baris.realisasi[k - 1],
            capaian=capaian_triwulan(indikator, baris, k, rumus_negatif, tahun),
        )
        for k in range(1, len(baris.target) + 1)
    ]


def realisasi_tahunan(
    agregasi: Agregasi, realisasi: Sequence[NilaiData | None]
) -> NilaiData | None:
    """Annual realisation implied by the periods.

    akumulasi: Σ of the first period up to the last filled one (None when a period before it
    is empty, or when a value is not a number); kumulatif and nilai_akhir: the last filled
    period; rata_rata: the mean, maksimum: the highest of the filled periods (None when one of
    them is not a number). None when no period is filled.
    """
    terisi = [k for k, v in enumerate(realisasi) if v is not None]
    if not terisi:
        return None
    terakhir = terisi[-1]
    if agregasi in (Agregasi.RATA_RATA, Agregasi.MAKSIMUM):
        angka = [v for v in realisasi if isinstance(v, Decimal)]
        if len(angka) != len(terisi):
            return None
        if agregasi is Agregasi.MAKSIMUM:
            return max(angka)
        return sum(angka, Decimal(0)) / len(angka)
    if agregasi is not Agregasi.AKUMULASI:
        return realisasi[terakhir]
    jumlah = _jumlah_realisasi(realisasi[: terakhir + 1])
    return None if isinstance(jumlah, str) else jumlah
