"""The validated input: one Pydantic model per YAML file, gathered in a `Project`."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from lkjip.diagnostics import Location
from lkjip.model.anggaran import Anggaran, Kegiatan, Program, SubKegiatan
from lkjip.model.kinerja import Kinerja, PerjanjianKinerja
from lkjip.model.laporan import Laporan
from lkjip.model.profil import Profil
from lkjip.model.renstra import Agregasi, Indikator, Polaritas, Renstra, Rentang
from lkjip.sourcemap import SourceMap

# File name → model. The order is the order files are reported in.
DOCUMENTS: dict[str, type[BaseModel]] = {
    "lkjip.yaml": Laporan,
    "renstra.yaml": Renstra,
    "kinerja.yaml": Kinerja,
    "anggaran.yaml": Anggaran,
    "profil.yaml": Profil,
}
REQUIRED_DOCUMENTS = ("lkjip.yaml", "renstra.yaml", "kinerja.yaml", "anggaran.yaml")


@dataclass(frozen=True)
class Narasi:
    """One Markdown file of prose; `file` is relative to the dataset folder."""

    name: str  # "kata_pengantar", "indikator/IKM"
    file: str
    text: str


@dataclass
class Project:
    root: Path
    laporan: Laporan
    renstra: Renstra
    kinerja: Kinerja
    anggaran: Anggaran
    profil: Profil | None = None
    narasi: dict[str, Narasi] = field(default_factory=dict)
    sourcemap: SourceMap = field(default_factory=SourceMap)

    def where(self, file: str, *path: str | int, key: bool = False) -> Location:
        """Location of a value (or, with key=True, of its key) for a diagnostic."""
        return self.sourcemap.locate(file, tuple(path), key=key)

    @property
    def tahun(self) -> int:
        return self.laporan.tahun

    def indikator(self, indikator_id: str) -> Indikator | None:
        return self._indikator_by_id.get(indikator_id)

    @functools.cached_property
    def _indikator_by_id(self) -> dict[str, Indikator]:
        """Indicators by id (rules and calc look them up by the thousand); the first of a
        repeated id wins, as a search from the start would give. A Project is not changed
        after loading, so the index is built once."""
        index: dict[str, Indikator] = {}
        for item in self.renstra.indikator:
            index.setdefault(item.id, item)
        return index

    @property
    def pk(self) -> PerjanjianKinerja:
        """The PK the report measures against: the latest one (a Perubahan when there is one)."""
        return max(self.kinerja.perjanjian_kinerja, key=lambda pk: (pk.tanggal, pk.jenis.value))


__all__ = [
    "DOCUMENTS",
    "REQUIRED_DOCUMENTS",
    "Agregasi",
    "Anggaran",
    "Indikator",
    "Kegiatan",
    "Kinerja",
    "Laporan",
    "Narasi",
    "PerjanjianKinerja",
    "Polaritas",
    "Profil",
    "Program",
    "Project",
    "Rentang",
    "Renstra",
    "SubKegiatan",
]
