"""Rollups of capaian (domain.md §3.8): sasaran = mean of its indicators, OPD = mean of sasaran.

The optional cap (`pengaturan.batas_capaian`) limits each indicator's capaian inside the mean
only; the indicator keeps its raw capaian everywhere else. Indicators whose capaian cannot be
computed are left out of the mean (never counted as 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lkjip import idfmt
from lkjip.calc.results import Capaian
from lkjip.model.laporan import MetodeRollup, Pengaturan
from lkjip.model.renstra import Indikator

RUMUS_RATA_RATA = "rata-rata capaian indikator"
RUMUS_TERTIMBANG = "rata-rata tertimbang capaian indikator (bobot indikator)"
RUMUS_OPD = "rata-rata capaian sasaran"
BOBOT_BAKU = Decimal(1)


def rata_rata(nilai: Sequence[tuple[Decimal, Decimal]]) -> Decimal:
    """Weighted mean Σ(v·w) / Σw of (value, weight) pairs; the pairs must not be empty."""
    total_bobot = sum((w for _, w in nilai), Decimal(0))
    return sum((v * w for v, w in nilai), Decimal(0)) / total_bobot


def rumus_sasaran(pengaturan: Pengaturan) -> str:
    """The rollup formula as the report prints it, with the cap when one is declared."""
    teks = (
        RUMUS_TERTIMBANG
        if pengaturan.metode_rollup is MetodeRollup.RATA_RATA_TERTIMBANG
        else RUMUS_RATA_RATA
    )
    if pengaturan.batas_capaian is not None:
        batas = idfmt.angka(pengaturan.batas_capaian)
        teks += f"; capaian tiap indikator dibatasi paling tinggi {batas}% di dalam rata-rata"
    return teks


def capaian_sasaran(
    indikator: Sequence[tuple[Indikator, Capaian]], pengaturan: Pengaturan
) -> Capaian:
    """Capaian of a sasaran from its indicators' capaian, by the declared method and cap.

    Args:
        indikator: the sasaran's indicators with their capaian (percent, unrounded).
        pengaturan: `metode_rollup` (weights from `Indikator.bobot`, 1 when not given) and
            `batas_capaian` (cap applied to each indicator inside the mean).
    """
    teks = rumus_sasaran(pengaturan)
    if not indikator:
        return Capaian(None, teks, "sasaran tidak memiliki indikator")
    tertimbang = pengaturan.metode_rollup is MetodeRollup.RATA_RATA_TERTIMBANG
    batas = pengaturan.batas_capaian
    pasangan: list[tuple[Decimal, Decimal]] = []
    for ind, cap in indikator:
        if cap.nilai is None:
            continue
        value = cap.nilai if batas is None else min(cap.nilai, batas)
        bobot = ind.bobot if tertimbang and ind.bobot is not None else BOBOT_BAKU
        pasangan.append((value, bobot))
    if not pasangan:
        sebab = "; ".join(f"{ind.id}: {cap.alasan}" for ind, cap in indikator)
        return Capaian(None, teks, f"tidak ada indikator yang capaiannya dapat dihitung ({sebab})")
    return Capaian(rata_rata(pasangan), teks)


def capaian_opd(sasaran: Sequence[tuple[str, Capaian]]) -> Capaian:
    """Capaian of the OPD: unweighted mean of the sasaran capaian that can be computed."""
    pasangan = [(c.nilai, BOBOT_BAKU) for _, c in sasaran if c.nilai is not None]
    if not pasangan:
        if not sasaran:
            return Capaian(None, RUMUS_OPD, "tidak ada sasaran")
        sebab = "; ".join(f"{sid}: {c.alasan}" for sid, c in sasaran)
        alasan = f"tidak ada sasaran yang capaiannya dapat dihitung ({sebab})"
        return Capaian(None, RUMUS_OPD, alasan)
    return Capaian(rata_rata(pasangan), RUMUS_OPD)
