"""Kinds of agency (jenis instansi) and the regulations a report cites, from `data/`.

Every *instansi pemerintah* writes an LKjIP; what changes between them (the head's title, who
signs the PK as Pihak Kedua, the planning and budget documents, the budget code scheme, the
default legal basis) is data in `data/jenis.yaml`, and the year each regulation took effect
and what replaced it is data in `data/regulasi.yaml` (domain.md §10, §11). This module reads
both once and answers the questions the rest of lkjip asks: "what does a `dinas` call its
head?", "which regulations were in force in 2015?".
"""

from __future__ import annotations

import dataclasses
import functools
import re
from enum import Enum
from typing import Any

from lkjip.resources import reference_data


class JenisInstansi(str, Enum):
    KECAMATAN = "kecamatan"
    DINAS = "dinas"
    BADAN = "badan"
    SEKRETARIAT_DAERAH = "sekretariat-daerah"
    SEKRETARIAT_DPRD = "sekretariat-dprd"
    INSPEKTORAT = "inspektorat"
    KABUPATEN = "kabupaten"
    KOTA = "kota"
    PROVINSI = "provinsi"
    KEMENTERIAN = "kementerian"
    LEMBAGA = "lembaga"
    UNIT_ESELON_I = "unit-eselon-i"
    INSTANSI_VERTIKAL = "instansi-vertikal"


class PihakKedua(str, Enum):
    KEPALA_DAERAH = "kepala-daerah"
    MENTERI = "menteri"
    PIMPINAN_ATASAN = "pimpinan-atasan"
    TIDAK_ADA = "tidak-ada"


# The texts a report's wording takes from its jenis; `instansi.istilah` in lkjip.yaml may
# override each of them (same names).
ISTILAH = (
    "sebutan_kepala",
    "sebutan_instansi",
    "perencanaan_menengah",
    "perencanaan_tahunan",
    "perencanaan_acuan",
    "dokumen_anggaran",
    "dokumen_anggaran_singkat",
)


@dataclasses.dataclass(frozen=True)
class CiriJenis:
    """What one jenis changes in a report (after the data's overrides, for a report)."""

    kode: str
    label: str
    tingkat: str  # perangkat-daerah | pemda | kementerian | unit
    sebutan_kepala: str
    sebutan_instansi: str
    perencanaan_menengah: str
    perencanaan_tahunan: str
    perencanaan_acuan: str
    dokumen_anggaran: str
    dokumen_anggaran_singkat: str
    penerima_laporan: tuple[str, ...]  # "{atasan}" stands for the Pihak Kedua's title
    pihak_kedua: PihakKedua
    skema_anggaran: str  # pemda | rka-kl | tanpa-kode
    urusan: str | None
    dasar_hukum: tuple[str, ...]

    @property
    def punya_pihak_kedua(self) -> bool:
        return self.pihak_kedua is not PihakKedua.TIDAK_ADA

    @property
    def di_bawah_pemda(self) -> bool:
        return self.tingkat in ("perangkat-daerah", "pemda")

    def penerima(self, atasan: str | None) -> str:
        """To whom the report is accountable, in words: "Wali Kota Dumai, Dewan Perwakilan
        Rakyat Daerah dan masyarakat"."""
        names = [
            (atasan or "pimpinan di atasnya") if n == "{atasan}" else n
            for n in self.penerima_laporan
        ]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]

    def dengan(self, overrides: dict[str, str]) -> CiriJenis:
        """The same jenis with some texts replaced (`instansi.istilah`)."""
        changes: dict[str, Any] = {k: v for k, v in overrides.items() if k in ISTILAH}
        return dataclasses.replace(self, **changes)


@functools.cache
def semua_ciri() -> dict[JenisInstansi, CiriJenis]:
    """Every jenis with its defaults, the tingkat's texts under the jenis's own."""
    raw = reference_data("jenis.yaml")
    out = {}
    for kode, isi in raw["jenis"].items():
        tingkat: dict[str, Any] = raw["tingkat"][isi["tingkat"]]
        merged = {**tingkat, **isi}
        out[JenisInstansi(kode)] = CiriJenis(
            kode=kode,
            label=merged["label"],
            tingkat=merged["tingkat"],
            sebutan_kepala=merged["sebutan_kepala"],
            sebutan_instansi=merged["sebutan_instansi"],
            perencanaan_menengah=merged["perencanaan_menengah"],
            perencanaan_tahunan=merged["perencanaan_tahunan"],
            perencanaan_acuan=merged["perencanaan_acuan"],
            dokumen_anggaran=merged["dokumen_anggaran"],
            dokumen_anggaran_singkat=merged["dokumen_anggaran_singkat"],
            penerima_laporan=tuple(merged["penerima_laporan"]),
            pihak_kedua=PihakKedua(merged["pihak_kedua"]),
            skema_anggaran=merged["skema_anggaran"],
            urusan=merged.get("urusan"),
            dasar_hukum=(*merged["dasar_hukum"], *merged.get("dasar_hukum_tambahan", [])),
        )
    return out


def ciri(jenis: JenisInstansi) -> CiriJenis:
    return semua_ciri()[jenis]


# A name's opening words → its jenis, for a lkjip.yaml that does not say (longest first, so
# "Sekretariat DPRD" is not read as "Sekretariat Daerah" and "Pemerintah Kabupaten" not as a
# kabupaten-level OPD).
_AWALAN: tuple[tuple[str, JenisInstansi], ...] = (
    ("sekretariat dewan perwakilan rakyat daerah", JenisInstansi.SEKRETARIAT_DPRD),
    ("sekretariat dprd", JenisInstansi.SEKRETARIAT_DPRD),
    ("sekretariat daerah", JenisInstansi.SEKRETARIAT_DAERAH),
    ("pemerintah kabupaten", JenisInstansi.KABUPATEN),
    ("pemerintah kota", JenisInstansi.KOTA),
    ("pemerintah provinsi", JenisInstansi.PROVINSI),
    ("direktorat jenderal", JenisInstansi.UNIT_ESELON_I),
    ("sekretariat jenderal", JenisInstansi.UNIT_ESELON_I),
    ("inspektorat jenderal", JenisInstansi.UNIT_ESELON_I),
    ("kantor wilayah", JenisInstansi.INSTANSI_VERTIKAL),
    ("kanwil", JenisInstansi.INSTANSI_VERTIKAL),
    ("balai", JenisInstansi.INSTANSI_VERTIKAL),
    ("kecamatan", JenisInstansi.KECAMATAN),
    ("dinas", JenisInstansi.DINAS),
    ("badan", JenisInstansi.BADAN),
    ("inspektorat", JenisInstansi.INSPEKTORAT),
    ("kementerian", JenisInstansi.KEMENTERIAN),
)


def tebak_jenis(nama: str) -> JenisInstansi | None:
    """The jenis a name's opening words give ("Dinas Perhubungan …" → dinas), or None."""
    text = " ".join(nama.lower().split())
    for awalan, jenis in _AWALAN:
        if text == awalan or text.startswith(awalan + " "):
            return jenis
    return None


def sebutan_kepala_daerah(induk: str | None) -> str | None:
    """The kepala daerah of a pemda named like "Pemerintah Kabupaten Sleman": "Bupati
    Sleman"; None for a name that is not a pemda's."""
    if not induk:
        return None
    words = induk.split()
    if len(words) < 3 or words[0].lower() != "pemerintah":
        return None
    gelar = {"kabupaten": "Bupati", "kota": "Wali Kota", "provinsi": "Gubernur"}.get(
        words[1].lower()
    )
    return f"{gelar} {' '.join(words[2:])}" if gelar else None


# --- regulations -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Regulasi:
    id: str
    jenis: str  # "Peraturan Menteri Dalam Negeri"
    nomor: str
    tahun: int
    tentang: str
    berlaku: int
    diganti_oleh: str | None

    @property
    def judul(self) -> str:
        """ "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas …"."""
        return f"{self.jenis} Nomor {self.nomor} Tahun {self.tahun} tentang {self.tentang}"

    @property
    def singkat(self) -> str:
        """ "Peraturan Presiden Nomor 29 Tahun 2014"."""
        return f"{self.jenis} Nomor {self.nomor} Tahun {self.tahun}"


@functools.cache
def semua_regulasi() -> dict[str, Regulasi]:
    raw = reference_data("regulasi.yaml")
    return {
        r["id"]: Regulasi(
            id=r["id"],
            jenis=r["jenis"],
            nomor=str(r["nomor"]),
            tahun=int(r["tahun"]),
            tentang=r["tentang"],
            berlaku=int(r["berlaku"]),
            diganti_oleh=r.get("diganti_oleh"),
        )
        for r in raw["regulasi"]
    }


def pengganti(regulasi: Regulasi, tahun: int) -> Regulasi | None:
    """The regulation in force in `tahun` that replaced `regulasi`, following the chain; None
    when `regulasi` was not yet replaced by then."""
    table = semua_regulasi()
    current, found = regulasi, None
    while current.diganti_oleh is not None:
        nxt = table[current.diganti_oleh]
        if nxt.berlaku > tahun:
            break
        current = found = nxt
    return found


def berlaku_pada(regulasi: Regulasi, tahun: int) -> bool:
    return regulasi.berlaku <= tahun and pengganti(regulasi, tahun) is None


def dasar_hukum_bawaan(ciri_jenis: CiriJenis, tahun: int) -> list[Regulasi]:
    """The default legal basis of a report of `tahun`: the jenis's regulations in force that
    year, each replaced one giving way to its successor, in the order the data lists them."""
    table = semua_regulasi()
    out: list[Regulasi] = []
    for reg_id in ciri_jenis.dasar_hukum:
        reg = table[reg_id]
        if reg.berlaku > tahun:
            continue
        reg = pengganti(reg, tahun) or reg
        if reg not in out:
            out.append(reg)
    return out


def peraturan_menurut_peran(tahun: int) -> dict[str, Regulasi | None]:
    """For each purpose of data/regulasi.yaml's `peran` (sakip, pelaporan, …) the regulation
    in force in `tahun`, or None when none of its candidates was."""
    table = semua_regulasi()
    out: dict[str, Regulasi | None] = {}
    for peran, ids in reference_data("regulasi.yaml")["peran"].items():
        out[peran] = next((table[i] for i in ids if berlaku_pada(table[i], tahun)), None)
    return out


@functools.cache
def _bentuk_jenis() -> list[tuple[str, str]]:
    """(written form, full jenis) pairs, longest form first so a long name wins over its
    abbreviation ("Peraturan Menteri Dalam Negeri" before "PP")."""
    raw = reference_data("regulasi.yaml")
    pairs = []
    for full, short in raw["singkatan"].items():
        pairs.append((full, full))
        pairs.extend((s, full) for s in short)
    return sorted(pairs, key=lambda p: -len(p[0]))


@dataclasses.dataclass(frozen=True)
class Kutipan:
    """A regulation cited in a text: where, and which (the full jenis, nomor, tahun)."""

    start: int
    end: int
    jenis: str
    nomor: str
    tahun: int

    def cocok(self) -> Regulasi | None:
        """The known regulation cited, if it is in data/regulasi.yaml."""
        for reg in semua_regulasi().values():
            if (reg.jenis, reg.nomor.lstrip("0"), reg.tahun) == (
                self.jenis,
                self.nomor.lstrip("0"),
                self.tahun,
            ):
                return reg
        return None


@functools.cache
def _jenis_lengkap() -> dict[str, str]:
    """Written form (lower case) → the full jenis."""
    return {form.lower(): full for form, full in _bentuk_jenis()}


@functools.cache
def _pola_kutipan() -> re.Pattern[str]:
    # "<jenis> [Republik Indonesia] [(<singkatan>)] Nomor N Tahun YYYY" or "<singkatan> N/YYYY".
    forms = "|".join(r"\s+".join(map(re.escape, form.split())) for form, _ in _bentuk_jenis())
    return re.compile(
        rf"\b(?P<jenis>{forms})"
        r"(?:\s+Republik\s+Indonesia)?(?:\s*\([^()\x00]{1,60}\))?\s+"
        r"(?:(?:Nomor|No\.?)\s*(?P<nomor>[0-9A-Za-z./]+?)\s+Tahun\s+(?P<tahun>\d{4})"
        r"|(?P<nomor2>\d{1,4})\s*/\s*(?P<tahun2>\d{4}))\b",
        re.IGNORECASE,
    )


# A citation has a year after "Tahun" or a slash; a text with neither (most texts, and the
# megabytes of a hostile value) is skipped without running the long alternation.
_TAHUN = re.compile(r"(?:Tahun\s+|/\s*)\d{4}", re.IGNORECASE)


def kutipan_regulasi(text: str) -> list[Kutipan]:
    """Every citation of a regulation of a known jenis in `text`."""
    if not _TAHUN.search(text):
        return []
    full_of = _jenis_lengkap()
    out = []
    for m in _pola_kutipan().finditer(text):
        nomor = m.group("nomor") or m.group("nomor2")
        tahun = m.group("tahun") or m.group("tahun2")
        jenis = full_of[" ".join(m.group("jenis").split()).lower()]
        out.append(Kutipan(m.start(), m.end(), jenis, nomor, int(tahun)))
    return out
