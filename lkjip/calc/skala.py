"""Rating scales: which category a capaian falls in (domain.md §4).

The built-in scales ship as data in `data/skala.yaml` (`permendagri86`, the default, and
`lan2003`); a report may instead declare its own `Skala` in `pengaturan.skala`. Bands are
half-open: a capaian belongs to the highest band whose `min` it reaches (91 ≤ C → Sangat Tinggi,
76 ≤ C < 91 → Tinggi, …), and the lowest band also holds everything below its `min`, so every
capaian has a category.

A scale written with bounds (`Skala.eksplisit`: a band with `max`, or without `min`) is
taken as written instead: a value belongs to the first band, in the order written, whose
bounds hold it (`min_inklusif`/`max_inklusif` say whether a bound itself belongs; a missing
bound leaves the band open), and a value outside every band has no category (None). The
same shape rates budget absorption (`pengaturan.skala_serapan`).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from lkjip import idfmt
from lkjip.calc.results import PitaSkala, SkalaTerpakai
from lkjip.model.laporan import Pengaturan, Skala
from lkjip.resources import reference_data

BAWAAN_DEFAULT = "permendagri86"


def dari_model(skala: Skala) -> SkalaTerpakai:
    """A declared scale as the calc engine uses it: bands sorted descending by `min`, or as
    written for a scale with bounds."""
    pita = [
        PitaSkala(
            min=p.min,
            kategori=p.kategori,
            max=p.max,
            min_inklusif=p.min_inklusif,
            max_inklusif=p.max_inklusif,
        )
        for p in skala.pita
    ]
    if not skala.eksplisit:
        pita.sort(key=lambda p: p.min or Decimal(0), reverse=True)
    return SkalaTerpakai(nama=skala.nama, sumber=skala.sumber, pita=pita, eksplisit=skala.eksplisit)


def di_dalam(nilai: Decimal, pita: PitaSkala) -> bool:
    """Whether a value lies within a band written with bounds."""
    if pita.min is not None and (nilai < pita.min or (nilai == pita.min and not pita.min_inklusif)):
        return False
    if pita.max is not None and (nilai > pita.max or (nilai == pita.max and not pita.max_inklusif)):
        return False
    return True


def teks_pita(pita: PitaSkala, atas: Decimal | None = None, terendah: bool = False) -> str:
    """A band as an interval of C: "C ≥ 91", "76 ≤ C < 91", "85 < C ≤ 100", "C < 51".

    For a scale of `min` only, `atas` is the next higher band's `min` and the lowest band
    (`terendah`, min ≤ 0) reads "C < atas"."""
    bawah, batas = pita.min, pita.max if pita.max is not None else atas
    tutup = pita.max_inklusif if pita.max is not None else False
    if terendah and pita.max is None and bawah is not None and bawah <= 0 and atas is not None:
        bawah = None
    if bawah is not None and batas is None:
        return f"C {'≥' if pita.min_inklusif else '>'} {idfmt.angka(bawah)}"
    kiri = "" if bawah is None else f"{idfmt.angka(bawah)} {'≤' if pita.min_inklusif else '<'} "
    kanan = "" if batas is None else f" {'≤' if tutup else '<'} {idfmt.angka(batas)}"
    return f"{kiri}C{kanan}" if kiri or kanan else "semua C"


def interval(skala: SkalaTerpakai) -> list[tuple[str, str]]:
    """(interval text, category) of every band, in the scale's order."""
    out = []
    for k, band in enumerate(skala.pita):
        atas = None if skala.eksplisit or k == 0 else skala.pita[k - 1].min
        terendah = not skala.eksplisit and k == len(skala.pita) - 1
        out.append((teks_pita(band, atas, terendah), band.kategori))
    return out


@lru_cache(maxsize=1)
def bawaan() -> dict[str, SkalaTerpakai]:
    """The built-in scales by their short name ("permendagri86", "lan2003")."""
    raw = reference_data("skala.yaml")
    return {nama: dari_model(Skala.model_validate(isi)) for nama, isi in raw.items()}


def resolve(pengaturan: Pengaturan) -> SkalaTerpakai | None:
    """The scale the report declares, or None when it names no built-in scale.

    Checks use the None to report an unknown scale name; `terpakai` falls back.
    """
    if isinstance(pengaturan.skala, Skala):
        return dari_model(pengaturan.skala)
    return bawaan().get(pengaturan.skala)


def terpakai(pengaturan: Pengaturan) -> SkalaTerpakai:
    """The scale to compute with: the declared one, or `permendagri86` when the declared
    name is unknown (the checks report that name; calc must still produce a result)."""
    return resolve(pengaturan) or bawaan()[BAWAAN_DEFAULT]


def kategori(nilai: Decimal | None, skala: SkalaTerpakai) -> str | None:
    """Category of a capaian (%) on the scale; None when the capaian is None.

    Args:
        nilai: capaian in percent, unrounded.
        skala: bands sorted descending by `min`, or written with bounds.
    """
    if nilai is None or not skala.pita:
        return None
    if skala.eksplisit:
        return next((p.kategori for p in skala.pita if di_dalam(nilai, p)), None)
    for pita in skala.pita:
        if pita.min is not None and nilai >= pita.min:
            return pita.kategori
    return skala.pita[-1].kategori
