"""`anggaran.yaml`: program → kegiatan → sub kegiatan with pagu and realisasi (DPA/DIPA basis).

Detail may stop at the program or the kegiatan: a node without children carries its own pagu.
The codes follow one of the schemes of `SkemaAnggaran`; under RKA-K/L the third level holds the
rincian output (RO), whose code `KKKK.ABC.001` names its kegiatan and KRO.
"""

from __future__ import annotations

from enum import Enum

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
    pagu: Rupiah | None = Field(
        default=None,
        description="Pagu tertulis; wajib bila tanpa kegiatan (rincian berhenti di program), "
        "bila ada kegiatan harus = jumlahnya.",
    )
    realisasi: Rupiah | None = None
    kegiatan: list[Kegiatan] = Field(
        default_factory=list, description="Kegiatan; boleh kosong bila rincian hanya program."
    )


class SkemaAnggaran(str, Enum):
    """Budget code schemes (domain.md §5, §10)."""

    PERMENDAGRI_90 = "permendagri-90"  # U.BB.PP / U.BB.PP.L.KK / U.BB.PP.L.KK.SSSS, TA 2021 on
    PERMENDAGRI_13 = "permendagri-13"  # dotted numbers, urusan.bidang.program[.kegiatan]
    RKA_KL = "rka-kl"  # program BBB.EE.XX, kegiatan KKKK, RO KKKK.ABC.001
    TANPA_KODE = "tanpa-kode"  # codes are free identifiers


class Anggaran(Dasar):
    """Isi `anggaran.yaml`."""

    tahun: Tahun
    skema: SkemaAnggaran | None = Field(
        default=None,
        description="Skema kode anggaran: 'permendagri-90', 'permendagri-13', 'rka-kl' atau "
        "'tanpa-kode'. Kosong = dari jenis instansi dan tahun (pemerintah daerah: "
        "permendagri-90 sejak TA 2021, permendagri-13 sebelumnya; K/L: rka-kl).",
    )
    dokumen: Teks | None = Field(
        default=None,
        description="Dokumen dasar pagu, mis. 'DPA Perubahan 2022'; kosong = singkatan dokumen "
        "anggaran jenis instansi (DPA, APBD, DIPA).",
    )
    sumber_realisasi: Teks | None = Field(
        default=None, description="Sumber realisasi, mis. 'Laporan E-Monev Triwulan IV 2022'."
    )
    program: list[Program] = Field(min_length=1)
