"""Identifiers of the capaian formulas, and the text the report prints for each (domain.md §3).

Every `Capaian` carries a `Rumus`: what was computed, as a stable identifier that the report
writer, the workbook and `lkjip calc --format json` read. The formula text is derived from the
identifier here and nowhere else (`RUMUS_TEKS`, `teks`).
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from lkjip import idfmt


class Rumus(str, Enum):
    """A capaian formula. The values are a public contract (`lkjip calc --format json`)."""

    POSITIF = "positif"  # R / T × 100
    NEGATIF = "negatif"  # (2 − R / T) × 100, pengaturan.rumus_negatif: dua_kurang_rasio
    NEGATIF_RASIO = "negatif-rasio"  # T / R × 100, pengaturan.rumus_negatif: rasio_terbalik
    RENTANG = "rentang"  # band to keep [min, max]: 100 inside, less by the distance outside
    RENTANG_BATAS = "rentang-batas"  # R against the nearer bound of [min, max]; 100 inside
    STABIL = "stabil"  # (1 − |R − T| / T) × 100
    BINER = "biner"  # ya/tidak: 100 when realisasi = target, else 0
    KUALITATIF = "kualitatif"  # rank of R's predicate / rank of T's predicate × 100
    RATA_RATA = "rata-rata"  # sasaran: mean of its indicators
    RATA_RATA_TERTIMBANG = "rata-rata-tertimbang"  # sasaran: mean weighted by `bobot`
    RATA_RATA_SASARAN = "rata-rata-sasaran"  # perangkat daerah: mean of the sasaran

    def __str__(self) -> str:
        """The identifier, also where a narrative template prints it."""
        return self.value

    @property
    def teks(self) -> str:
        """The formula in words, as the report prints it."""
        return RUMUS_TEKS[self]


RUMUS_TEKS: dict[Rumus, str] = {
    Rumus.POSITIF: "realisasi / target × 100",
    Rumus.NEGATIF: "(2 − realisasi / target) × 100",
    Rumus.NEGATIF_RASIO: "target / realisasi × 100",
    Rumus.RENTANG: (
        "100 bila realisasi di dalam rentang target; di luar rentang (1 − |realisasi − batas "
        "terdekat| / batas terdekat) × 100, paling rendah 0"
    ),
    Rumus.RENTANG_BATAS: (
        "realisasi / batas rentang × 100 (batas atas bila realisasi di atas rentang, batas "
        "bawah bila di bawahnya; 100 bila di dalam rentang)"
    ),
    Rumus.STABIL: "(1 − |realisasi − target| / target) × 100",
    Rumus.BINER: "100 bila realisasi sama dengan target (ya/tidak), 0 bila berbeda",
    Rumus.KUALITATIF: "peringkat predikat realisasi / peringkat predikat target × 100",
    Rumus.RATA_RATA: "rata-rata capaian indikator",
    Rumus.RATA_RATA_TERTIMBANG: "rata-rata tertimbang capaian indikator (bobot indikator)",
    Rumus.RATA_RATA_SASARAN: "rata-rata capaian sasaran",
}

# Added to a mean's text when each indicator is capped inside it (`pengaturan.batas_capaian`).
RUMUS_BATAS = "capaian tiap indikator dibatasi paling tinggi {batas}% di dalam rata-rata"


def teks(rumus: Rumus, batas: Decimal | None = None) -> str:
    """The formula text of `rumus`; a mean with a cap on each indicator (`batas`, percent)
    says so: "rata-rata capaian indikator; capaian tiap indikator dibatasi paling tinggi
    100% di dalam rata-rata"."""
    if batas is None:
        return rumus.teks
    return f"{rumus.teks}; {RUMUS_BATAS.format(batas=idfmt.angka(batas))}"
