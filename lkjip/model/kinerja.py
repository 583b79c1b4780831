"""`kinerja.yaml`: the year's commitments and results — RKT, PK, Rencana Aksi, realisasi."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum

from pydantic import Field, model_validator

from lkjip.model.common import Angka, Dasar, Id, Rupiah, Tahun, Teks, TeksBebas
from lkjip.model.renstra import Nilai, Turunan


class TargetIndikator(Dasar):
    indikator: Id = Field(description="Id indikator Renstra.")
    nama: Teks | None = Field(
        default=None,
        description="Nama indikator sebagaimana tertulis di dokumen ini, bila ingin diperiksa "
        "kesamaannya dengan Renstra.",
    )
    satuan: Teks | None = Field(default=None, description="Satuan sebagaimana tertulis di dokumen.")
    target: Nilai


class Rkt(Dasar):
    """Rencana Kinerja Tahunan."""

    tahun: Tahun
    tempat: Teks | None = Field(
        default=None,
        description="Tempat penandatanganan RKT; bila kosong, tempat penandatanganan laporan.",
    )
    tanggal: dt.date | None = Field(
        default=None,
        description="Tanggal penandatanganan RKT (YYYY-MM-DD), sebelum tahun yang "
        "direncanakan; bila kosong, lampiran RKT mencetak 31 Desember tahun sebelumnya.",
    )
    target: list[TargetIndikator] = Field(min_length=1)


class JenisPk(str, Enum):
    MURNI = "murni"
    PERUBAHAN = "perubahan"


class AnggaranKegiatanPk(Dasar):
    kode: Teks = Field(description="Kode kegiatan (atau sub kegiatan) sesuai DPA.")
    pagu: Rupiah


class AnggaranProgramPk(Dasar):
    program: Teks = Field(description="Kode program sesuai DPA, mis. '7.01.02'.")
    pagu: Rupiah = Field(description="Anggaran program sebagaimana tertulis di PK.")
    kegiatan: list[AnggaranKegiatanPk] = Field(default_factory=list)


class PerjanjianKinerja(Dasar):
    jenis: JenisPk
    tahun: Tahun
    tempat: Teks
    tanggal: dt.date
    target: list[TargetIndikator] = Field(min_length=1)
    anggaran: list[AnggaranProgramPk] = Field(default_factory=list)
    jumlah: Rupiah | None = Field(default=None, description="'Jumlah' anggaran tertulis di PK.")


def _empat_kosong() -> list[Nilai | None]:
    """Four empty quarters: TW I–IV not (yet) reported."""
    return [None, None, None, None]


class Triwulan(Dasar):
    indikator: Id
    target: list[Nilai | None] = Field(
        min_length=4, max_length=4, description="Target TW I–IV; null bila tidak ditetapkan."
    )
    realisasi: list[Nilai | None] = Field(
        default_factory=_empat_kosong,
        min_length=4,
        max_length=4,
        description="Realisasi TW I–IV; null bila belum/tidak dilaporkan.",
    )
    penyesuaian: Teks | None = Field(
        default=None,
        description="Bila target triwulan di sini berbeda dari dokumen Rencana Aksi yang "
        "ditandatangani: penjelasan singkat untuk pembaca, dimuat di lampiran Catatan "
        "Penyesuaian Data.",
    )


class EvaluasiBerkala(Dasar):
    """The quarterly evaluation of the Rencana Aksi, with the quarter it reports on."""

    triwulan: int = Field(ge=1, le=4, description="Triwulan terakhir yang dievaluasi.")
    tempat: Teks
    tanggal: dt.date


class RencanaAksi(Dasar):
    tahun: Tahun
    triwulan: list[Triwulan] = Field(min_length=1)
    evaluasi: list[EvaluasiBerkala] = Field(default_factory=list)


def _dua_kosong() -> list[Nilai | None]:
    """Two empty halves: semester I and II not (yet) reported."""
    return [None, None]


class Semester(Dasar):
    """Semester I and II of an indicator, aggregated to the year by its `agregasi` as quarters
    are: `semester: {target: [40, 40], realisasi: [38, 45]}` (akumulasi → 83)."""

    target: list[Nilai | None] = Field(
        min_length=2, max_length=2, description="Target semester I dan II; null bila tidak ada."
    )
    realisasi: list[Nilai | None] = Field(
        default_factory=_dua_kosong,
        min_length=2,
        max_length=2,
        description="Realisasi semester I dan II; null bila belum/tidak dilaporkan.",
    )


class AgregasiRincian(str, Enum):
    """How the rows of a breakdown make the indicator's realisation."""

    JUMLAH = "jumlah"  # Σ rows = realisasi (counts)
    RATA_RATA = "rata_rata"  # mean of rows = realisasi, at the realisation's decimals
    RASIO = "rasio"  # Σ pembilang / Σ penyebut × pengali = realisasi (a rate over all rows)


class BarisRincian(Dasar):
    nama: Teks = Field(description="Nama baris, mis. 'Kelurahan Sukajadi' atau 'Puskesmas A'.")
    nilai: Angka | None = Field(
        default=None,
        description="Realisasi baris ini tahun laporan; boleh kosong bila `pembilang` dan "
        "`penyebut` diisi (nilai = pembilang / penyebut × pengali rincian).",
    )
    pembilang: Angka | None = Field(default=None, description="Pembilang baris ini.")
    penyebut: Angka | None = Field(default=None, gt=0, description="Penyebut baris ini.")

    @model_validator(mode="after")
    def _nilai_atau_pecahan(self) -> BarisRincian:
        if (self.pembilang is None) != (self.penyebut is None):
            raise ValueError("isi 'pembilang' dan 'penyebut' bersama-sama")
        if self.nilai is None and self.pembilang is None:
            raise ValueError("isi 'nilai', atau 'pembilang' dan 'penyebut'")
        return self


class Rincian(Dasar):
    """The report year's realisation broken down by area or unit (kelurahan, puskesmas):

    rincian:
      judul: Kelurahan
      agregasi: jumlah
      baris:
        - {nama: Kelurahan Sukajadi, nilai: 120}
        - {nama: Kelurahan Bintan, nilai: 80}
    """

    judul: Teks = Field(description="Judul kolom baris, mis. 'Kelurahan' atau 'Puskesmas'.")
    agregasi: AgregasiRincian = Field(
        description="'jumlah' (jumlah baris = realisasi), 'rata_rata' (rata-rata baris = "
        "realisasi, pada banyak desimal realisasi) atau 'rasio' (jumlah pembilang / jumlah "
        "penyebut × pengali = realisasi; setiap baris mengisi pembilang dan penyebut)."
    )
    pengali: Angka = Field(
        default=Decimal(100), gt=0, description="Pengali baris berpecahan dan 'rasio'."
    )
    desimal: int = Field(
        default=2, ge=0, le=6, description="Banyak desimal nilai baris yang dihitung."
    )
    baris: list[BarisRincian] = Field(min_length=1)

    @model_validator(mode="after")
    def _rasio_berpecahan(self) -> Rincian:
        if self.agregasi is AgregasiRincian.RASIO and any(b.pembilang is None for b in self.baris):
            raise ValueError("agregasi 'rasio' memerlukan 'pembilang' dan 'penyebut' tiap baris")
        return self


class Realisasi(Dasar):
    indikator: Id
    nilai: dict[Tahun, Nilai | None] = Field(
        default_factory=dict,
        description="Realisasi per tahun; null = tidak diukur (jelaskan di 'keterangan'). "
        "Tahun yang ada di `turunan` boleh tidak ditulis di sini.",
    )
    turunan: dict[Tahun, Turunan] = Field(
        default_factory=dict,
        description="Realisasi yang dihitung dari pembilang dan penyebut, per tahun: "
        "`{2022: {pembilang: 3, penyebut: 17000, pengali: 100000}}`. Bila tahun yang sama "
        "juga ada di `nilai`, keduanya harus sama (LK234).",
    )
    semester: Semester | None = Field(
        default=None,
        description="Target dan realisasi semester I dan II tahun laporan; nilai tahunan "
        "mengikuti `agregasi` indikator (LK324).",
    )
    rincian: Rincian | None = Field(
        default=None,
        description="Rincian realisasi tahun laporan per wilayah atau unit; jumlah atau "
        "rata-rata barisnya harus sama dengan realisasi (LK235).",
    )
    keterangan: Teks | None = None
    sumber: Teks | None = Field(default=None, description="Sumber data realisasi.")


class Permasalahan(Dasar):
    masalah: Teks
    solusi: Teks


class AnalisisFaktor(Dasar):
    kekuatan: list[Teks] = Field(default_factory=list)
    kelemahan: list[Teks] = Field(default_factory=list)
    peluang: list[Teks] = Field(default_factory=list)
    ancaman: list[Teks] = Field(default_factory=list)


class Kinerja(Dasar):
    """Isi `kinerja.yaml`."""

    tahun: Tahun
    rkt: Rkt
    perjanjian_kinerja: list[PerjanjianKinerja] = Field(
        min_length=1, description="PK murni dan/atau Perubahan; laporan memakai yang terakhir."
    )
    rencana_aksi: RencanaAksi | None = None
    realisasi: list[Realisasi] = Field(min_length=1)
    permasalahan: list[Permasalahan] = Field(default_factory=list)
    analisis_faktor: AnalisisFaktor | None = None
    catatan: TeksBebas | None = None
