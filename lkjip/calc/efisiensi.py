"""Efficiency: capaian kinerja against penyerapan anggaran (domain.md §3.7).

`selisih` (default, the seed's footnote): capaian − serapan in percentage points, efisien
above 0; `rasio`: capaian / serapan, efisien above 1; `sisa_anggaran`: the budget left unspent,
(pagu − realisasi) / pagu × 100 = 100 − serapan, efisien when it is above 0 *and* the target is
met (capaian ≥ 100), "tidak efisien" whenever the target is missed; `indeks_rka_kl` (the
RKA-K/L index of PMK 249/2011, one output per unit): E = (1 − serapan / capaian) × 100 bounded
to −20…20, nilai = 50 + E / 20 × 50 (0…100), efisien above 50. The formula text returned is
the one the table header prints, so the text and the value always agree.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip.calc.results import Efisiensi
from lkjip.model.laporan import RumusEfisiensi

RUMUS = {
    RumusEfisiensi.SELISIH: "capaian kinerja − penyerapan anggaran",
    RumusEfisiensi.RASIO: "capaian kinerja / penyerapan anggaran",
    RumusEfisiensi.SISA_ANGGARAN: "100 − penyerapan anggaran, bila target tercapai",
    RumusEfisiensi.INDEKS_RKA_KL: (
        "50 + E / 20 × 50, E = (1 − penyerapan anggaran / capaian kinerja) × 100 (−20 s.d. 20)"
    ),
}
SATUAN = {
    RumusEfisiensi.SELISIH: "poin",
    RumusEfisiensi.RASIO: "",
    RumusEfisiensi.SISA_ANGGARAN: "%",
    RumusEfisiensi.INDEKS_RKA_KL: "%",
}
# The value at which capaian and serapan are in balance ("sesuai").
SEIMBANG = {
    RumusEfisiensi.SELISIH: Decimal(0),
    RumusEfisiensi.RASIO: Decimal(1),
    RumusEfisiensi.SISA_ANGGARAN: Decimal(0),
    RumusEfisiensi.INDEKS_RKA_KL: Decimal(50),
}
# PMK 249/2011 bounds E to ±20 before it becomes the 0…100 index.
BATAS_E = Decimal(20)
SERATUS = Decimal(100)

EFISIEN = "efisien"
SESUAI = "sesuai"
TIDAK_EFISIEN = "tidak efisien"
TIDAK_DAPAT_DIHITUNG = "tidak dapat dihitung"


def nilai(capaian: Decimal, serapan: Decimal, rumus: RumusEfisiensi) -> Decimal | None:
    """The efficiency value; None for a ratio against serapan 0 or an index against
    capaian 0.

    Args:
        capaian: capaian kinerja (%), serapan: penyerapan anggaran (%), both unrounded.
    Returns:
        percentage points (selisih), a plain ratio (rasio), percent of the budget left
        (sisa_anggaran) or the 0…100 index (indeks_rka_kl).
    """
    if rumus is RumusEfisiensi.RASIO:
        return capaian / serapan if serapan != 0 else None
    if rumus is RumusEfisiensi.SISA_ANGGARAN:
        return SERATUS - serapan
    if rumus is RumusEfisiensi.INDEKS_RKA_KL:
        if capaian == 0:
            return None
        e = max(-BATAS_E, min(BATAS_E, (1 - serapan / capaian) * SERATUS))
        return SEIMBANG[rumus] + e / BATAS_E * SEIMBANG[rumus]
    return capaian - serapan


def keterangan(value: Decimal | None, rumus: RumusEfisiensi, capaian: Decimal | None = None) -> str:
    """ "efisien" above balance, "sesuai" at it, "tidak efisien" below; for `sisa_anggaran`
    a missed target (capaian < 100) is "tidak efisien" whatever is left."""
    if value is None:
        return TIDAK_DAPAT_DIHITUNG
    if rumus is RumusEfisiensi.SISA_ANGGARAN and (capaian is None or capaian < SERATUS):
        return TIDAK_EFISIEN
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
        keterangan=keterangan(value, rumus, capaian),
        rumus_efisiensi=rumus,
    )
