"""Rollups of capaian (domain.md §3.8): sasaran = mean of its indicators, OPD = mean of sasaran.

The optional cap (`pengaturan.batas_capaian`) limits each indicator's capaian inside the mean
only; the indicator keeps its raw capaian everywhere else. Indicators whose capaian cannot be
computed are left out of the mean (never counted as 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lkjip.calc.results import Capaian
from lkjip.calc.rumus import Rumus
from lkjip.model.laporan import MetodeRollup, Pengaturan
from lkjip.model.renstra import Indikator

RUMUS_SASARAN = {
    MetodeRollup.RATA_RATA: Rumus.RATA_RATA,
    MetodeRollup.RATA_RATA_TERTIMBANG: Rumus.RATA_RATA_TERTIMBANG,
}
RUMUS_OPD = Rumus.RATA_RATA_SASARAN
BOBOT_BAKU = Decimal(1)


def rata_rata(nilai: Sequence[tuple[Decimal, Decimal]]) -> Decimal:
    """Weighted mean Σ(v·w) / Σw of (value, weight) pairs; the pairs must not be empty."""
    total_bobot = sum((w for _, w in nilai), Decimal(0))
    return sum((v * w for v, w in nilai), Decimal(0)) / total_bobot


def rumus_sasaran(pengaturan: Pengaturan) -> Rumus:
    """The rollup formula of a sasaran by the declared method (its cap is `batas_capaian`)."""
    return RUMUS_SASARAN[pengaturan.metode_rollup]


def capaian_sasaran(
    indikator: Sequence[tuple[Indikator, Capaian]], pengaturan: Pengaturan
) -> Capaian:
    """Capaian of a sasaran from its indicators' capaian, by the declared method and cap.

    Args:
        indikator: the sasaran's indicators with their capaian (percent, unrounded).
        pengaturan: `metode_rollup` (weights from `Indikator.bobot`, 1 when not given) and
            `batas_capaian` (cap applied to each indicator inside the mean).
    """
    formula = rumus_sasaran(pengaturan)
    batas = pengaturan.batas_capaian
    if not indikator:
        return Capaian(None, formula, "sasaran tidak memiliki indikator", batas)
    tertimbang = pengaturan.metode_rollup is MetodeRollup.RATA_RATA_TERTIMBANG
    pasangan: list[tuple[Decimal, Decimal]] = []
    for ind, cap in indikator:
        if cap.nilai is None:
            continue
        value = cap.nilai if batas is None else min(cap.nilai, batas)
        bobot = ind.bobot if tertimbang and ind.bobot is not None else BOBOT_BAKU
        pasangan.append((value, bobot))
    if not pasangan:
        sebab = "; ".join(f"{ind.id}: {cap.alasan}" for ind, cap in indikator)
        alasan = f"tidak ada indikator yang capaiannya dapat dihitung ({sebab})"
        return Capaian(None, formula, alasan, batas)
    return Capaian(rata_rata(pasangan), formula, batas=batas)


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
