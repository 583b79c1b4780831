"""Efficiency: capaian kinerja against penyerapan anggaran (domain.md §3.7).

`selisih` (default, the seed's footnote): capaian − serapan in percentage points, efisien
above 0; `rasio`: capaian / serapan, efisien above 1; `sisa_anggaran`: the budget left unspent,
(pagu − realisasi) / pagu × 100 = 100 − serapan, efisien when it is above 0 *and* the target is
met (capaian ≥ 100), "tidak efisien" whenever the target is missed; `indeks_rka_kl` (the
RKA-K/L index of PMK 249/2011): E = (1 − serapan / capaian) × 100 bounded to −20…20,
nilai = 50 + E / 20 × 50 (0…100), efisien above 50; an indicator is one output, and a sasaran
or the perangkat daerah averages the unbounded E of its indicators (Σ E_i / n) before the
bound (`gabungan`). The formula text returned is
the one the table header prints, so the text and the value always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from lkjip.calc.results import Efisiensi
from lkjip.model.laporan import RumusEfisiensi

RUMUS = {
    RumusEfisiensi.SELISIH: "capaian kinerja − penyerapan anggaran",
    RumusEfisiensi.RASIO: "capaian kinerja / penyerapan anggaran",
    RumusEfisiensi.SISA_ANGGARAN: "100 − penyerapan anggaran",
    RumusEfisiensi.INDEKS_RKA_KL: (
        "50 + E / 20 × 50, E = (1 − penyerapan anggaran / capaian kinerja) × 100 dibatasi "
        "−20 s.d. 20"
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
        e = e_rka_kl(capaian, serapan)
        return None if e is None else indeks_dari_e(e)
    return capaian - serapan


def e_rka_kl(capaian: Decimal, serapan: Decimal) -> Decimal | None:
    """E of one output, unbounded: (1 − serapan / capaian) × 100; None when capaian = 0."""
    return None if capaian == 0 else (1 - serapan / capaian) * SERATUS


def indeks_dari_e(e: Decimal) -> Decimal:
    """The 0…100 index of PMK 249/2011 from E, bounded to −20…20 first."""
    e = max(-BATAS_E, min(BATAS_E, e))
    seimbang = SEIMBANG[RumusEfisiensi.INDEKS_RKA_KL]
    return seimbang + e / BATAS_E * seimbang


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


def gabungan(
    capaian: Decimal | None,
    serapan: Decimal | None,
    keluaran: Sequence[Efisiensi | None],
    rumus: RumusEfisiensi,
) -> Efisiensi:
    """Efficiency of a sasaran or the perangkat daerah. `indeks_rka_kl` averages the E of its
    outputs (`keluaran`, the indicators' efficiency: Σ E_i / n over those that can be
    computed, then bounded); the other variants apply to the unit's own capaian and serapan."""
    hasil = efisiensi(capaian, serapan, rumus)
    if rumus is not RumusEfisiensi.INDEKS_RKA_KL:
        return hasil
    e = [
        e_rka_kl(k.capaian, k.serapan)
        for k in keluaran
        if k is not None and k.capaian is not None and k.serapan is not None
    ]
    angka = [v for v in e if v is not None]
    value = indeks_dari_e(sum(angka, Decimal(0)) / len(angka)) if angka else None
    return replace(hasil, nilai=value, keterangan=keterangan(value, rumus, capaian))
