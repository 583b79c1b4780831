"""`renstra.yaml`: the five-year strategic plan — visi, misi, tujuan, sasaran, indikator."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator, model_validator

from lkjip.model.common import Angka, Dasar, Id, Tahun, Teks, _to_decimal


class Polaritas(str, Enum):
    POSITIF = "positif"  # semakin tinggi semakin baik
    NEGATIF = "negatif"  # semakin rendah semakin baik
    RENTANG = "rentang"  # target [min, max], di atas/bawah rentang dihitung terhadap batasnya
    STABIL = "stabil"  # deviasi ke arah mana pun buruk
    KUALITATIF = "kualitatif"  # predikat berurutan, mis. opini BPK


class RumusCapaian(str, Enum):
    """The capaian formula an indicator declares (`Indikator.rumus`); the values are the
    identifiers `lkjip calc --format json` prints at `indikator.<id>.rumus`."""

    POSITIF = "positif"  # R / T × 100
    NEGATIF = "negatif"  # (2 − R / T) × 100
    NEGATIF_RASIO = "negatif-rasio"  # T / R × 100
    RENTANG = "rentang"  # target band to keep: 100 inside, less outside
    RENTANG_BATAS = "rentang-batas"  # PermenPAN-RB 6/2022: R against the nearer bound
    STABIL = "stabil"  # (1 − |R − T| / T) × 100
    BINER = "biner"  # ya/tidak: 100 when R = T, else 0
    KUALITATIF = "kualitatif"  # rank of R's predicate / rank of T's predicate × 100


# Built-in ordinal scales for `kualitatif` indicators, lowest first (domain.md §3.2).
PREDIKAT_BAWAAN: dict[str, list[str]] = {
    "opini-bpk": ["TMP", "TW", "WDP", "WTP"],
    "predikat-sakip": ["D", "C", "CC", "B", "BB", "A", "AA"],
}


class Agregasi(str, Enum):
    """How quarterly (triwulan) values relate to the annual value (domain.md §3.3)."""

    AKUMULASI = "akumulasi"  # per-quarter amounts; Σ TW = annual
    KUMULATIF = "kumulatif"  # progress to date; non-decreasing, TW IV = annual
    NILAI_AKHIR = "nilai_akhir"  # level or index; annual = last reported value
    RATA_RATA = "rata_rata"  # a rate measured each period; annual = mean of the periods
    MAKSIMUM = "maksimum"  # a peak; annual = the highest reported value


class Rentang(Dasar):
    min: Angka
    max: Angka

    @model_validator(mode="after")
    def _urut(self) -> Rentang:
        if self.min > self.max:
            raise ValueError("batas 'min' lebih besar dari 'max'")
        return self


def _nilai(value: Any) -> Any:
    """A target or realisation: a number, a {min, max} range, or a predicate label."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        # A label such as "WTP" stays text; a number typed as text is refused by _to_decimal.
        try:
            return _to_decimal(value)
        except Exception as error:
            if getattr(error, "type", "") == "angka_teks":
                raise
            return value
    return _to_decimal(value)


Nilai = Annotated[Decimal | Rentang | str, BeforeValidator(_nilai)]


class Turunan(Dasar):
    """A realisation or target computed from counts: pembilang / penyebut × pengali, e.g. a
    rate per 100.000 (`{pembilang: 3, penyebut: 17000, pengali: 100000}` → 17,65)."""

    pembilang: Angka = Field(description="Pembilang, mis. jumlah kasus.")
    penyebut: Angka = Field(gt=0, description="Penyebut, mis. jumlah penduduk; lebih dari 0.")
    pengali: Angka = Field(
        default=Decimal(100), gt=0, description="Pengali: 100 (persen), 1.000, 100.000, …"
    )
    desimal: int = Field(
        default=2,
        ge=0,
        le=6,
        description="Banyak angka di belakang koma nilai yang dilaporkan (dibulatkan "
        "setengah ke atas).",
    )
    nama_pembilang: Teks | None = Field(
        default=None, description="Arti pembilang yang dicetak, mis. 'jumlah kematian ibu'."
    )
    nama_penyebut: Teks | None = Field(
        default=None, description="Arti penyebut yang dicetak, mis. 'jumlah kelahiran hidup'."
    )


class KondisiAwal(Dasar):
    tahun: Tahun = Field(description="Tahun kondisi awal (biasanya tahun pertama Renstra).")
    nilai: Nilai = Field(description="Capaian pada tahun kondisi awal.")


class StandarNasional(Dasar):
    nilai: Nilai = Field(description="Nilai standar nasional (SPM, target nasional).")
    sumber: Teks = Field(description="Dasar standar, mis. peraturan yang menetapkannya.")


class Indikator(Dasar):
    id: Id = Field(description="Pengenal unik indikator, dipakai di semua berkas, mis. 'IKM'.")
    sasaran: Id = Field(description="Id sasaran yang diukur indikator ini.")
    nama: Teks = Field(description="Nama indikator.")
    satuan: Teks = Field(description="Satuan, mis. 'Indeks' atau '%'.")
    polaritas: Polaritas = Field(description="Arah kinerja yang baik.")
    agregasi: Agregasi = Field(
        description="Hubungan nilai triwulan/semester dengan nilai tahunan: 'akumulasi' "
        "(jumlah), 'kumulatif' (kemajuan sampai dengan periode, nilai terakhir), 'nilai_akhir' "
        "(nilai terakhir), 'rata_rata' (rata-rata periode yang dilaporkan), 'maksimum' (nilai "
        "tertinggi)."
    )
    iku: bool = Field(default=True, description="Termasuk Indikator Kinerja Utama.")
    bobot: Angka | None = Field(default=None, gt=0, description="Bobot dalam rata-rata sasaran.")
    rumus: RumusCapaian | dict[Tahun, RumusCapaian] | None = Field(
        default=None,
        description="Rumus capaian indikator ini; kosong = menurut `polaritas` (dan "
        "`pengaturan.rumus_negatif`). Satu nama rumus, mis. `rumus: negatif-rasio`, atau "
        "rumus per tahun mulai berlaku, mis. `rumus: {2021: positif, 2024: rentang}` (tahun "
        "sebelum tahun pertama memakai rumus pertama). Pilihan: `positif` R/T×100; `negatif` "
        "(2−R/T)×100; `negatif-rasio` T/R×100; `rentang` target rentang yang dipertahankan "
        "({min, max}): 100 di dalam rentang, di luar 100 dikurangi persentase jarak ke batas "
        "terdekat, paling rendah 0; `rentang-batas` R/batas terdekat×100 (PermenPAN-RB "
        "6/2022); `stabil` (1−|R−T|/T)×100; `biner` target dan realisasi `ya`/`tidak`, 100 "
        "bila sama, 0 bila tidak; `kualitatif` peringkat predikat R / peringkat predikat "
        "T × 100 (lihat `predikat`).",
    )
    predikat: list[Teks] | Teks | None = Field(
        default=None,
        description="Untuk indikator kualitatif: predikat urut dari terendah, mis. "
        "[TMP, TW, WDP, WTP], atau nama skala bawaan: `opini-bpk` (TMP, TW, WDP, WTP) atau "
        "`predikat-sakip` (D, C, CC, B, BB, A, AA).",
    )
    kondisi_awal: KondisiAwal | None = None
    target: dict[Tahun, Nilai] = Field(
        description="Target Renstra per tahun; tahun yang targetnya dihitung dari pembilang "
        "dan penyebut boleh ditulis di `target_turunan` saja."
    )
    target_turunan: dict[Tahun, Turunan] = Field(
        default_factory=dict,
        description="Target yang dihitung dari pembilang dan penyebut, per tahun: "
        "`{2022: {pembilang: 3, penyebut: 15000, pengali: 100000}}` → 20. Tahun yang ada "
        "di sini boleh tidak ditulis di `target`; bila ditulis, keduanya harus sama (LK236).",
    )
    target_lalu: dict[Tahun, Nilai] = Field(
        default_factory=dict,
        description="Target tahun-tahun sebelum periode Renstra ini (Renstra sebelumnya), "
        "untuk riwayat capaian; realisasinya ditulis di kinerja.yaml seperti tahun lain.",
    )
    kondisi_akhir: Nilai = Field(description="Target akhir periode Renstra.")
    target_akhir_total: bool = Field(
        default=False,
        description="True bila target akhir adalah jumlah lima tahun (capaian Renstra dihitung "
        "dari jumlah realisasi).",
    )
    standar_nasional: StandarNasional | None = None
    definisi: Teks | None = Field(default=None, description="Definisi operasional.")
    formula: Teks | None = Field(
        default=None, description="Cara pengukuran, sebagaimana di SK IKU."
    )
    sumber_data: Teks | None = None
    penanggung_jawab: Teks | None = None

    @field_validator("predikat")
    @classmethod
    def _predikat_bawaan(cls, value: list[str] | str | None) -> list[str] | str | None:
        if isinstance(value, str) and value not in PREDIKAT_BAWAAN:
            pilihan = ", ".join(PREDIKAT_BAWAAN)
            raise ValueError(f"skala predikat bawaan tidak dikenal; pilih {pilihan} atau daftar")
        return value

    @property
    def daftar_predikat(self) -> list[str] | None:
        """The ordered predicate labels, lowest first (a built-in scale resolved)."""
        if isinstance(self.predikat, str):
            return PREDIKAT_BAWAAN[self.predikat]
        return self.predikat

    def rumus_tahun(self, tahun: int) -> RumusCapaian | None:
        """The declared formula in force in `tahun`: the entry of the latest year ≤ `tahun`,
        the first entry before it; None when the indicator declares none."""
        if self.rumus is None or isinstance(self.rumus, RumusCapaian):
            return self.rumus
        if not self.rumus:
            return None
        berlaku = [y for y in sorted(self.rumus) if y <= tahun]
        return self.rumus[berlaku[-1] if berlaku else min(self.rumus)]


class Misi(Dasar):
    id: Id
    nomor: int | None = Field(default=None, description="Nomor misi di RPJMD, mis. 4.")
    teks: Teks


class Tujuan(Dasar):
    id: Id
    misi: Id = Field(description="Id misi yang didukung.")
    teks: Teks


class Sasaran(Dasar):
    """A sasaran at any level of the cascade (`pengaturan.tingkat_sasaran`).

    The first level (sasaran strategis) names its `tujuan`; a lower level names its `induk`,
    a sasaran exactly one level above it:

        sasaran:
          - {id: SS1, tujuan: T1, teks: Meningkatnya kualitas pelayanan}
          - {id: SP1, tingkat: program, induk: SS1, teks: Meningkatnya layanan administrasi}
          - {id: SK1, tingkat: kegiatan, induk: SP1, teks: Terselesaikannya permohonan KTP}
    """

    id: Id
    tujuan: Id | None = Field(
        default=None,
        description="Id tujuan yang didukung; wajib untuk sasaran tingkat pertama (sasaran "
        "strategis).",
    )
    tingkat: Id | None = Field(
        default=None,
        description="Id tingkat kaskade dari `pengaturan.tingkat_sasaran`, mis. 'program'; "
        "kosong = tingkat pertama (sasaran strategis).",
    )
    induk: Id | None = Field(
        default=None,
        description="Id sasaran induk, tepat satu tingkat di atasnya; wajib untuk sasaran "
        "di bawah tingkat pertama.",
    )
    teks: Teks


class Strategi(Dasar):
    id: Id
    sasaran: Id
    indikator: list[Id] = Field(default_factory=list, description="Indikator yang dituju.")
    teks: Teks
    kebijakan: list[Teks] = Field(default_factory=list, description="Arah kebijakan.")


class Periode(Dasar):
    awal: Tahun
    akhir: Tahun

    @model_validator(mode="after")
    def _urut(self) -> Periode:
        if self.awal >= self.akhir:
            raise ValueError("tahun 'awal' harus sebelum 'akhir'")
        return self


class KeputusanIku(Dasar):
    """The decree (SK Kepala PD) that sets the IKU; its annex is generated from `indikator`."""

    nomor: Teks
    tentang: Teks
    tempat: Teks
    tanggal: dt.date
    menimbang: list[Teks] = Field(default_factory=list)
    mengingat: list[Teks] = Field(default_factory=list)
    memutuskan: list[Teks] = Field(
        default_factory=list, description="Diktum KESATU, KEDUA, … berurutan."
    )


class Renstra(Dasar):
    """Isi `renstra.yaml`."""

    periode: Periode
    dasar_hukum: Teks | None = Field(default=None, description="Penetapan Renstra.")
    rpjmd: Teks | None = Field(default=None, description="RPJMD yang diacu (nama dan periode).")
    visi: Teks
    misi: list[Misi] = Field(min_length=1)
    tujuan: list[Tujuan] = Field(min_length=1)
    sasaran: list[Sasaran] = Field(min_length=1)
    indikator: list[Indikator] = Field(min_length=1)
    strategi: list[Strategi] = Field(default_factory=list)
    keputusan_iku: KeputusanIku | None = None
