"""Rating scales: which category a capaian falls in (domain.md §4).

The built-in scales ship as data in `data/skala.yaml` (`permendagri86`, the default, and
`lan2003`); a report may instead declare its own `Skala` in `pengaturan.skala`. Bands are
half-open: a capaian belongs to the highest band whose `min` it reaches (91 ≤ C → Sangat Tinggi,
76 ≤ C < 91 → Tinggi, …), and the lowest band also holds everything below its `min`, so every
capaian has a category.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from lkjip.calc.results import PitaSkala, SkalaTerpakai
from lkjip.model.laporan import Pengaturan, Skala
from lkjip.resources import reference_data

BAWAAN_DEFAULT = "permendagri86"


def dari_model(skala: Skala) -> SkalaTerpakai:
    """A declared scale as the calc engine uses it, bands sorted descending by `min`."""
    pita = sorted(
        (PitaSkala(min=p.min, kategori=p.kategori) for p in skala.pita),
        key=lambda p: p.min,
        reverse=True,
    )
    return SkalaTerpakai(nama=skala.nama, sumber=skala.sumber, pita=pita)


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
        skala: bands sorted descending by `min`.
    """
    if nilai is None or not skala.pita:
        return None
    for pita in skala.pita:
        if nilai >= pita.min:
            return pita.kategori
    return skala.pita[-1].kategori
