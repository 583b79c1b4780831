"""`kinerja.yaml`: the year's commitments and results — RKT, PK, Rencana Aksi, realisasi."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field

from lkjip.model.common import Dasar, Id, Rupiah, Tahun, Teks, TeksBebas
from lkjip.model.renstra import Nilai


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
    tempat: Teks | None = None
    tanggal: dt.date | None = None
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


class Realisasi(Dasar):
    indikator: Id
    nilai: dict[Tahun, Nilai | None] = Field(
        description="Realisasi per tahun; null = tidak diukur (jelaskan di 'keterangan')."
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
