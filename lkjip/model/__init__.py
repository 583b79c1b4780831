"""The validated input: one Pydantic model per YAML file, gathered in a `Project`."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from lkjip.diagnostics import Location
from lkjip.model.anggaran import Anggaran, Kegiatan, Program, SkemaAnggaran, SubKegiatan
from lkjip.model.jenis import CiriJenis, JenisInstansi, ciri
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
# anggaran.yaml may be absent: a unit without a DPA/DIPA of its own reports no budget.
REQUIRED_DOCUMENTS = ("lkjip.yaml", "renstra.yaml", "kinerja.yaml")

# Labels of the three budget levels under each code scheme.
TINGKAT_ANGGARAN: dict[SkemaAnggaran, tuple[str, str, str]] = {
    SkemaAnggaran.PERMENDAGRI_90: ("Program", "Kegiatan", "Sub Kegiatan"),
    SkemaAnggaran.PERMENDAGRI_13: ("Program", "Kegiatan", "Sub Kegiatan"),
    SkemaAnggaran.RKA_KL: ("Program", "Kegiatan", "Rincian Output"),
    SkemaAnggaran.TANPA_KODE: ("Program", "Kegiatan", "Sub Kegiatan"),
}

# Budget codes of pemda follow Permendagri 90/2019 from this fiscal year on.
TAHUN_PERMENDAGRI_90 = 2021


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
    # False when the dataset has no anggaran.yaml: `anggaran` is then an empty stand-in (no
    # programs), and the report says in words that the unit has no budget of its own.
    ada_anggaran: bool = True

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

    @functools.cached_property
    def ciri(self) -> CiriJenis:
        """What the report's jenis changes, with `instansi.istilah`'s overrides. A report
        whose jenis is neither written nor evident from its name (LK130) is worded as a
        dinas, the most common kind, so the rest of validation can still run."""
        instansi = self.laporan.instansi
        jenis = instansi.jenis_terpakai or JenisInstansi.DINAS
        overrides = {k: v for k, v in instansi.istilah.model_dump().items() if v}
        return ciri(jenis).dengan(overrides)

    @property
    def skema_anggaran(self) -> SkemaAnggaran:
        """The budget code scheme: written in anggaran.yaml, else from the jenis and year."""
        if self.anggaran.skema is not None:
            return self.anggaran.skema
        if self.ciri.skema_anggaran == "rka-kl":
            return SkemaAnggaran.RKA_KL
        if self.ciri.skema_anggaran == "tanpa-kode":
            return SkemaAnggaran.TANPA_KODE
        if self.tahun >= TAHUN_PERMENDAGRI_90:
            return SkemaAnggaran.PERMENDAGRI_90
        return SkemaAnggaran.PERMENDAGRI_13

    @property
    def tingkat_anggaran(self) -> tuple[str, str, str]:
        """ "Program", "Kegiatan", and "Sub Kegiatan" or "Rincian Output"."""
        return TINGKAT_ANGGARAN[self.skema_anggaran]

    @property
    def dokumen_anggaran(self) -> str:
        """The budget document as written in anggaran.yaml, else the jenis's (DPA, DIPA…)."""
        return self.anggaran.dokumen or self.ciri.dokumen_anggaran_singkat

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
    "SkemaAnggaran",
    "SubKegiatan",
    "TINGKAT_ANGGARAN",
]
