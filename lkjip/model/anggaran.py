"""`anggaran.yaml`: program → kegiatan → sub kegiatan with pagu and realisasi (DPA basis)."""

from __future__ import annotations

from pydantic import Field

from lkjip.model.common import Dasar, Id, Rupiah, Tahun, Teks


class SubKegiatan(Dasar):
    kode: Teks = Field(description="Kode sub kegiatan, mis. '7.01.04.2.01.0001'.")
    nama: Teks
    pagu: Rupiah
    realisasi: Rupiah | None = Field(default=None, description="Kosong = belum dilaporkan.")


class Kegiatan(Dasar):
    kode: Teks = Field(description="Kode kegiatan, mis. '7.01.02.2.01'.")
    nama: Teks
    pagu: Rupiah | None = Field(
        default=None, description="Wajib bila tanpa sub kegiatan; bila ada, harus = jumlahnya."
    )
    realisasi: Rupiah | None = None
    sub_kegiatan: list[SubKegiatan] = Field(default_factory=list)


class Program(Dasar):
    kode: Teks = Field(description="Kode program, mis. '7.01.02'.")
    nama: Teks
    penunjang: bool = Field(
        default=False,
        description="Program penunjang urusan: tidak dihitung sebagai anggaran pendukung sasaran.",
    )
    indikator: list[Id] = Field(
        default_factory=list, description="Indikator kinerja yang didukung program ini."
    )
    pagu: Rupiah | None = Field(default=None, description="Pagu tertulis; bila ada, = Σ kegiatan.")
    realisasi: Rupiah | None = None
    kegiatan: list[Kegiatan] = Field(min_length=1)


class Anggaran(Dasar):
    """Isi `anggaran.yaml`."""

    tahun: Tahun
    dokumen: Teks = Field(
        default="DPA", description="Dokumen dasar pagu, mis. 'DPA Perubahan 2022'."
    )
    sumber_realisasi: Teks | None = Field(
        default=None, description="Sumber realisasi, mis. 'Laporan E-Monev Triwulan IV 2022'."
    )
    program: list[Program] = Field(min_length=1)
