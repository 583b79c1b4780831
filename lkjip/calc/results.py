"""Typed results of the calculation engine: what every table and sentence of the report prints.

`calc.compute(project) -> Hasil` fills these; `render` and `lkjip calc` only read them. All
numbers are unrounded `Decimal`; rounding (ROUND_HALF_UP) happens at display time only.
A value that cannot be computed is `None` with a reason — never a silent 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from lkjip.calc.rumus import Rumus, teks
from lkjip.model.laporan import RumusEfisiensi
from lkjip.model.renstra import Rentang

# A target or realisation as the data gives it: a number, a range or a predicate label.
NilaiData = Decimal | Rentang | str


@dataclass(frozen=True)
class Capaian:
    """An achievement percentage, or the reason it cannot be computed."""

    nilai: Decimal | None
    rumus: Rumus  # the formula used; its text is `rumus_teks`
    alasan: str | None = None  # why nilai is None: "target bernilai 0", "tidak diukur", …
    batas: Decimal | None = None  # a mean only: the cap on each indicator inside it (percent)

    @property
    def ada(self) -> bool:
        return self.nilai is not None

    @property
    def rumus_teks(self) -> str:
        """The formula in words the report prints, e.g. "realisasi / target × 100"."""
        return teks(self.rumus, self.batas)


@dataclass(frozen=True)
class Perubahan:
    """Change of realisation against an earlier year (analysis 2 of PermenPAN-RB 53/2014).

    `jenis` says how the two values compare: "angka" (numbers: a difference and a percent),
    "predikat" (labels of an ordered scale, `kualitatif`: the difference is in ranks) or
    "biner" (ya/tidak: only whether it changed).
    """

    tahun_lalu: int
    realisasi_lalu: NilaiData
    realisasi: NilaiData
    # R_N − R_{N−1}, in the indicator's unit ("poin" for % and indeks); for "predikat" the
    # difference of ranks (BB over B is 1); None for "biner"
    selisih: Decimal | None
    persen: Decimal | None  # selisih / R_{N−1} × 100; None when R_{N−1} = 0 or not "angka"
    arah: str  # "naik" | "turun" | "tetap"; "berubah" | "tetap" for "biner"
    makna: str  # "membaik" | "memburuk" | "tetap" — by polarity, scale order or target
    jenis: str = "angka"  # "angka" | "predikat" | "biner"


@dataclass(frozen=True)
class Riwayat:
    """One year of an indicator: target (Renstra/PK), realisation and capaian."""

    tahun: int
    target: NilaiData | None
    realisasi: NilaiData | None
    capaian: Capaian


@dataclass(frozen=True)
class Kurun:
    """An indicator's realisation over the years awal…akhir (`lkjip.calc.kurun`)."""

    awal: int
    akhir: int
    tahun: list[int]  # the years with a numeric realisation, ends included
    jumlah: Decimal  # Σ realisasi of those years
    rata_rata: Decimal  # their mean
    perubahan: Decimal  # R_akhir − R_awal, in the indicator's unit
    perubahan_persen: Decimal | None  # perubahan / R_awal × 100; None when R_awal = 0


@dataclass(frozen=True)
class TitikJalur:
    """One year of the path of realisation against the Renstra target (for charts)."""

    tahun: int
    target: NilaiData | None
    realisasi: NilaiData | None


@dataclass(frozen=True)
class HasilTriwulan:
    triwulan: int  # 1..4
    target: NilaiData | None
    realisasi: NilaiData | None
    capaian: Capaian


@dataclass(frozen=True)
class Anggaran:
    """Budget figures of one node (sub kegiatan, kegiatan, program, a sasaran, the OPD)."""

    pagu: Decimal
    realisasi: Decimal | None  # None when any leaf has no realisation yet
    serapan: Decimal | None  # realisasi / pagu × 100 from sums; None when pagu = 0
    sisa: Decimal | None  # pagu − realisasi


@dataclass(frozen=True)
class Efisiensi:
    capaian: Decimal | None  # capaian kinerja (%)
    serapan: Decimal | None  # penyerapan anggaran (%)
    nilai: Decimal | None  # by the declared formula
    rumus: str  # "capaian kinerja − penyerapan anggaran" or "capaian kinerja / penyerapan anggaran"
    satuan: str  # "poin" or "" (ratio)
    keterangan: str  # "efisien" | "sesuai" | "tidak efisien" | "tidak dapat dihitung"
    rumus_efisiensi: RumusEfisiensi  # the formula `rumus` is the text of


@dataclass(frozen=True)
class HasilTurunan:
    """A realisation computed from counts (`kinerja.realisasi[].turunan`)."""

    pembilang: Decimal
    penyebut: Decimal
    pengali: Decimal
    nilai: Decimal  # pembilang / penyebut × pengali, at the declared decimals
    nama_pembilang: str | None = None
    nama_penyebut: str | None = None


@dataclass(frozen=True)
class BarisHasilRincian:
    nama: str
    nilai: Decimal  # as entered, or pembilang / penyebut × pengali at the declared decimals
    pembilang: Decimal | None = None
    penyebut: Decimal | None = None


@dataclass(frozen=True)
class HasilRincian:
    """The year's realisation broken down by area or unit."""

    judul: str  # column title, e.g. "Kelurahan"
    agregasi: str  # "jumlah" | "rata_rata" | "rasio"
    baris: list[BarisHasilRincian]
    nilai: Decimal  # Σ, mean or Σ pembilang / Σ penyebut × pengali of the rows, unrounded
    sesuai: bool | None  # the rows make the realisation; None when it is not a number
    pembilang: Decimal | None = None  # Σ pembilang of the rows (`rasio` only)
    penyebut: Decimal | None = None  # Σ penyebut of the rows (`rasio` only)


@dataclass(frozen=True)
class HasilIndikator:
    id: str
    nama: str
    satuan: str
    polaritas: str
    agregasi: str
    sasaran: str  # sasaran id
    iku: bool
    target: NilaiData | None  # the year's target from the latest PK (fallback: Renstra)
    target_renstra: NilaiData | None  # Renstra target for the year
    realisasi: NilaiData | None  # the year's realisation; None = not reported / not measured
    capaian: Capaian
    kategori: str | None  # category of capaian on the declared scale
    target_akhir: NilaiData  # Renstra end target (kondisi akhir)
    capaian_renstra: Capaian  # realisation against the Renstra end target
    riwayat: list[Riwayat]  # every year with data, ascending, including kondisi awal and N
    perubahan: Perubahan | None  # against the previous year with a realisation
    triwulan: list[HasilTriwulan]  # empty when there is no Rencana Aksi row
    realisasi_dari_triwulan: NilaiData | None  # annual realisation derived by the aggregation type
    program: list[str]  # codes of supporting programs
    anggaran: Anggaran | None  # sums of the supporting programs
    efisiensi: Efisiensi | None
    semester: list[HasilTriwulan] = field(default_factory=list)  # semester I, II (`triwulan` 1, 2)
    realisasi_dari_semester: NilaiData | None = None  # annual realisation by the aggregation
    # [awal][akhir]: spans of the history (`lkjip.calc.kurun.SemuaKurun`, computed when read)
    kurun: Mapping[int, Mapping[int, Kurun]] = field(default_factory=dict)
    jalur: list[TitikJalur] = field(default_factory=list)  # to the Renstra's last year
    turunan: HasilTurunan | None = None  # the year's realisation from pembilang/penyebut
    target_turunan: HasilTurunan | None = None  # the year's Renstra target, likewise
    rincian: HasilRincian | None = None  # the year's breakdown by area or unit

    @property
    def jenis_nilai(self) -> str:
        """How the year's target and realisation read, so sentences built for numbers are not
        used for other values: "biner" (ya/tidak), "predikat" (labels of an ordered scale,
        such as opini WTP), "rentang" (a band target, 2–4) or "angka"."""
        if self.capaian.rumus is Rumus.BINER:
            return "biner"
        if self.capaian.rumus is Rumus.KUALITATIF and isinstance(self.target, str):
            return "predikat"
        if isinstance(self.target, Rentang):
            return "rentang"
        return "angka"


@dataclass(frozen=True)
class HasilSasaran:
    id: str
    teks: str
    indikator: list[str]
    capaian: Capaian  # rollup of indicator capaian by the declared method and cap
    kategori: str | None
    program: list[str]  # codes of non-penunjang programs supporting its indicators
    anggaran: Anggaran | None  # anggaran pendukung sasaran
    efisiensi: Efisiensi
    tingkat: str = "strategis"  # id of its cascade level (`pengaturan.tingkat_sasaran`)
    induk: str | None = None  # id of the parent sasaran one level up; None at the first level


@dataclass(frozen=True)
class HasilSubKegiatan:
    kode: str
    nama: str
    anggaran: Anggaran


@dataclass(frozen=True)
class HasilKegiatan:
    kode: str
    nama: str
    program: str
    anggaran: Anggaran
    sub_kegiatan: list[HasilSubKegiatan]


@dataclass(frozen=True)
class HasilProgram:
    kode: str
    nama: str
    penunjang: bool
    indikator: list[str]
    anggaran: Anggaran
    kegiatan: list[HasilKegiatan]


@dataclass(frozen=True)
class JumlahTingkat:
    """The sasaran of one cascade level and the indicators they are measured with."""

    nama: str  # the level's printed name, "Sasaran Program"
    sasaran: int
    indikator: int


@dataclass(frozen=True)
class Jumlah:
    """Counts the report prints; none of them is ever typed."""

    sasaran: int  # of the first cascade level (all sasaran without a cascade)
    indikator: int  # of every level
    iku: int
    program: int
    kegiatan: int
    sub_kegiatan: int | None  # None unless every kegiatan lists its sub kegiatan
    bab: int = 4
    # A cascade only: each level that has sasaran, by level id in declared order; empty
    # without one, so a flat report reads and exports as before.
    tingkat: dict[str, JumlahTingkat] = field(default_factory=dict)


@dataclass(frozen=True)
class PitaSkala:
    min: Decimal | None  # None: open below (a scale written with bounds only)
    kategori: str
    max: Decimal | None = None  # None: up to the next band's min, or open above
    min_inklusif: bool = True
    max_inklusif: bool = False


@dataclass(frozen=True)
class SkalaTerpakai:
    nama: str
    sumber: str | None
    pita: list[PitaSkala]  # descending by min; as written when `eksplisit`
    eksplisit: bool = False  # bands with their own bounds (`lkjip.model.laporan.Skala`)


@dataclass(frozen=True)
class SelisihPk:
    """A PK budget figure that differs from the DPA (budget basis) figure."""

    kode: str
    nama: str
    pagu_pk: Decimal
    pagu_dpa: Decimal
    selisih: Decimal  # pagu_pk − pagu_dpa


@dataclass
class Hasil:
    tahun: int
    indikator: dict[str, HasilIndikator]
    sasaran: dict[str, HasilSasaran]
    capaian_opd: Capaian  # mean over sasaran
    kategori_opd: str | None
    program: dict[str, HasilProgram]
    kegiatan: dict[str, HasilKegiatan]
    total: Anggaran  # all programs
    pendukung: Anggaran  # programs supporting the sasaran (non-penunjang)
    efisiensi: Efisiensi  # OPD level: capaian_opd against pendukung.serapan
    jumlah: Jumlah
    skala: SkalaTerpakai
    rumus_capaian: dict[str, Rumus] = field(default_factory=dict)  # polaritas → formula
    skala_serapan: SkalaTerpakai | None = None  # `pengaturan.skala_serapan`
    # Category of budget absorption on `skala_serapan`: "total", "pendukung", program codes.
    kategori_serapan: dict[str, str | None] = field(default_factory=dict)
    # Mean of each cascade level's sasaran, by level id, in the declared order (first = OPD).
    capaian_tingkat: dict[str, Capaian] = field(default_factory=dict)
    pk_total: Decimal | None = None  # Σ programs in the PK
    selisih_pk: list[SelisihPk] = field(default_factory=list)
