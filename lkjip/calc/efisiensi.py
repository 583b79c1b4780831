"""Efficiency: capaian kinerja against penyerapan anggaran (domain.md §3.7).

`selisih` (default, the seed's footnote): capaian − serapan in percentage points;
`rasio`: capaian / serapan. The formula text returned is the one the table header prints, so
the text and the value always agree.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip.calc.results import Efisiensi
from lkjip.model.laporan import RumusEfisiensi

RUMUS = {
    RumusEfisiensi.SELISIH: "capaian kinerja − penyerapan anggaran",
    RumusEfisiensi.RASIO: "capaian kinerja / penyerapan anggaran",
}
SATUAN = {RumusEfisiensi.SELISIH: "poin", RumusEfisiensi.RASIO: ""}
# The value at which capaian and serapan are in balance ("sesuai").
SEIMBANG = {RumusEfisiensi.SELISIH: Decimal(0), RumusEfisiensi.RASIO: Decimal(1)}

EFISIEN = "efisien"
SESUAI = "sesuai"
TIDAK_EFISIEN = "tidak efisien"
TIDAK_DAPAT_DIHITUNG = "tidak dapat dihitung"


def nilai(capaian: Decimal, serapan: Decimal, rumus: RumusEfisiensi) -> Decimal | None:
    """The efficiency value; None for a ratio against serapan 0.

    Args:
        capaian: capaian kinerja (%), serapan: penyerapan anggaran (%), both unrounded.
    Returns:
        percentage points (selisih) or a plain ratio (rasio).
    """
    if rumus is RumusEfisiensi.RASIO:
        return capaian / serapan if serapan != 0 else None
    return capaian - serapan


def keterangan(value: Decimal | None, rumus: RumusEfisiensi) -> str:
    """ "efisien" above balance, "sesuai" at it, "tidak efisien" below."""
    if value is None:
        return TIDAK_DAPAT_DIHITUNG
    seimbang = SEIMBANG[rumus]
    if value > seimbang:
        return EFISIEN
    if value == seimbang:
        return SESUAI
    return TIDAK_EFISIEN


def efisiensi(capaian: Decimal | None, serapan: Decimal | None, rumus: RumusEfisiensi) -> Efisiensi:
    """Efficiency of one unit (indicator, sasaran, OPD) by the declared formula."""
    value = None if capaian is None or serapan is None else nilai(capaian, serapan, rumus)
    return Efisiensi(
        capaian=capaian,
        serapan=serapan,
        nilai=value,
        rumus=RUMUS[rumus],
        satuan=SATUAN[rumus],
        keterangan=keterangan(value, rumus),
        rumus_efisiensi=rumus,
    )
