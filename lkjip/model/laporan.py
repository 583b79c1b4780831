"""`lkjip.yaml`: who reports, for which year, who signs, and the report's settings."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field, model_validator

from lkjip.model.common import Angka, Dasar, Tahun, Teks
from lkjip.model.jenis import JenisInstansi, tebak_jenis


class Istilah(Dasar):
    """Texts the report takes from `instansi.jenis`, replaced for this report."""

    sebutan_kepala: Teks | None = Field(
        default=None, description="Sebutan pimpinan instansi, mis. 'Kepala Dinas', 'Inspektur'."
    )
    sebutan_instansi: Teks | None = Field(
        default=None,
        description="Cara laporan menyebut instansinya, mis. 'perangkat daerah', 'satuan kerja'.",
    )
    perencanaan_menengah: Teks | None = Field(
        default=None, description="Dokumen perencanaan jangka menengah, mis. 'Renstra PD'."
    )
    perencanaan_tahunan: Teks | None = Field(
        default=None, description="Dokumen perencanaan tahunan, mis. 'Renja PD', 'RKPD'."
    )
    perencanaan_acuan: Teks | None = Field(
        default=None, description="Dokumen perencanaan yang diacu, mis. 'RPJMD', 'Renstra K/L'."
    )
    dokumen_anggaran: Teks | None = Field(
        default=None, description="Dokumen anggaran, mis. 'Dokumen Pelaksanaan Anggaran (DPA)'."
    )
    dokumen_anggaran_singkat: Teks | None = Field(
        default=None, description="Singkatannya: 'DPA', 'APBD' atau 'DIPA'."
    )


class Instansi(Dasar):
    jenis: JenisInstansi | None = Field(
        default=None,
        description="Jenis instansi: menentukan sebutan pimpinan, Pihak Kedua PK, dokumen "
        "perencanaan dan anggaran, skema kode anggaran, dasar hukum bawaan, dan kata-kata "
        "templat. Kosong = disimpulkan dari awal nama (LK131).",
    )
    nama: Teks = Field(description="Nama instansi, mis. 'Dinas Perhubungan Kabupaten Sleman'.")
    induk: Teks | None = Field(
        default=None,
        description="Instansi di atasnya, dicetak di atas nama pada sampul: pemerintah daerah "
        "('Pemerintah Kota Dumai') atau kementerian ('Kementerian Keuangan'). Wajib kecuali "
        "untuk pemerintah daerah, kementerian dan lembaga sendiri (LK132).",
    )
    pemda: Teks | None = Field(
        default=None, description="Nama lama untuk `induk` (tetap diterima)."
    )
    kota: Teks | None = Field(
        default=None, description="Nama daerah tanpa sebutan, mis. 'Dumai' (tidak wajib)."
    )
    sebutan_kepala_daerah: Teks | None = Field(
        default=None,
        description="Sebutan kepala daerah, mis. 'Walikota'; kosong = dari nama induk "
        "(Bupati, Wali Kota, Gubernur).",
    )
    istilah: Istilah = Field(
        default_factory=Istilah,
        description="Teks dari jenis instansi yang diganti untuk laporan ini.",
    )
    alamat: Teks = Field(description="Alamat kantor.")
    telepon: Teks | None = Field(default=None, description="Nomor telepon kantor.")
    kode_pos: Teks | None = Field(default=None, description="Kode pos (teks, beri tanda kutip).")
    email: Teks | None = Field(default=None, description="Alamat surel kantor.")
    logo: Teks | None = Field(
        default=None, description="Berkas logo daerah (PNG/JPEG), relatif terhadap folder data."
    )

    @model_validator(mode="after")
    def _induk_dan_pemda(self) -> Instansi:
        """`pemda` is the older name of `induk`: either fills the other, so templates that
        write `instansi.pemda` keep working."""
        if self.induk is None and self.pemda is not None:
            object.__setattr__(self, "induk", self.pemda)
        elif self.pemda is None and self.induk is not None:
            object.__setattr__(self, "pemda", self.induk)
        return self

    @property
    def induk_nama(self) -> str | None:
        """The parent organisation's name, from `induk` or its older name `pemda`."""
        return self.induk or self.pemda

    @property
    def jenis_terpakai(self) -> JenisInstansi | None:
        """The jenis written, else the one the name's opening words give."""
        return self.jenis or tebak_jenis(self.nama)


class Pejabat(Dasar):
    nama: Teks = Field(description="Nama lengkap beserta gelar, sebagaimana ditandatangankan.")
    jabatan: Teks = Field(description="Jabatan, mis. 'Camat Dumai Kota'.")
    pangkat: Teks | None = Field(default=None, description="Pangkat, mis. 'Pembina'.")
    golongan: Teks | None = Field(default=None, description="Golongan ruang, mis. 'IV/a'.")
    nip: Teks | None = Field(
        default=None,
        description="NIP 18 angka, boleh dengan spasi: '19820211 200312 1 004'. Kosong untuk "
        "kepala daerah.",
    )


class Penandatanganan(Dasar):
    tempat: Teks = Field(description="Tempat penandatanganan laporan, mis. 'Dumai'.")
    tanggal: dt.date = Field(description="Tanggal penandatanganan laporan (YYYY-MM-DD).")


class RumusNegatif(str, Enum):
    """Formula for indicators where lower is better (domain.md §3.2)."""

    DUA_KURANG_RASIO = "dua_kurang_rasio"  # (2 − R/T) × 100, PermenPAN-RB 6/2022
    RASIO_TERBALIK = "rasio_terbalik"  # T/R × 100, SIPD "tren negatif"


class MetodeRollup(str, Enum):
    RATA_RATA = "rata_rata"
    RATA_RATA_TERTIMBANG = "rata_rata_tertimbang"


class RumusEfisiensi(str, Enum):
    SELISIH = "selisih"  # capaian − penyerapan (poin)
    RASIO = "rasio"  # capaian / penyerapan


class GayaRupiah(str, Enum):
    PUEBI = "puebi"  # Rp1.103.336.776
    PUEBI_SEN = "puebi_sen"  # Rp1.103.336.776,00
    SPASI = "spasi"  # Rp 1.103.336.776
    TITIK_STRIP = "titik_strip"  # Rp. 1.103.336.776,-


class Pita(Dasar):
    """One band of a rating scale: capaian ≥ `min` (and < the next band's min)."""

    min: Angka = Field(description="Batas bawah (inklusif) dalam persen.")
    kategori: Teks = Field(description="Nama kategori, mis. 'Sangat Tinggi'.")


class Skala(Dasar):
    nama: Teks = Field(description="Nama skala yang dicetak di laporan.")
    sumber: Teks | None = Field(default=None, description="Dasar hukum atau sumber skala.")
    pita: list[Pita] = Field(min_length=1, description="Pita kategori, urut dari yang tertinggi.")


class Pengaturan(Dasar):
    rumus_negatif: RumusNegatif = Field(
        default=RumusNegatif.DUA_KURANG_RASIO,
        description="Rumus capaian indikator negatif: 'dua_kurang_rasio' = (2 − R/T) × 100 "
        "(PermenPAN-RB 6/2022) atau 'rasio_terbalik' = T/R × 100.",
    )
    skala: Teks | Skala = Field(
        default="permendagri86",
        description="Skala kategori capaian: nama skala bawaan ('permendagri86', 'lan2003') "
        "atau skala sendiri.",
    )
    metode_rollup: MetodeRollup = Field(
        default=MetodeRollup.RATA_RATA,
        description="Cara menghitung capaian sasaran dari indikatornya.",
    )
    batas_capaian: Angka | None = Field(
        default=None,
        description="Batas atas capaian indikator di dalam rata-rata (mis. 100 atau 120); "
        "kosong = tanpa batas.",
    )
    rumus_efisiensi: RumusEfisiensi = Field(
        default=RumusEfisiensi.SELISIH,
        description="Tingkat efisiensi: 'selisih' = capaian − penyerapan (poin), 'rasio' = "
        "capaian / penyerapan.",
    )
    gaya_rupiah: GayaRupiah = Field(
        default=GayaRupiah.PUEBI, description="Penulisan rupiah di laporan."
    )
    toleransi_tanggal_laporan_bulan: int = Field(
        default=2,
        ge=1,
        le=12,
        description="Laporan tahun N ditandatangani paling lambat akhir bulan ke-n tahun N+1.",
    )


class Pengakuan(Dasar):
    """A discrepancy that is real and accepted, with its reason (shown in the report)."""

    kode: Teks = Field(description="Kode diagnostik yang diakui, mis. 'LK305'.")
    butir: Teks = Field(
        description="Butir yang diakui, sama dengan yang disebut diagnostik (mis. kode program)."
    )
    alasan: Teks = Field(description="Alasan selisih itu benar adanya.")


class Laporan(Dasar):
    """Isi `lkjip.yaml`."""

    instansi: Instansi
    tahun: Tahun = Field(description="Tahun anggaran yang dilaporkan.")
    judul: Teks = Field(
        default="Laporan Kinerja Instansi Pemerintah", description="Judul laporan pada sampul."
    )
    penandatanganan: Penandatanganan
    penandatangan: Pejabat = Field(description="Pimpinan instansi (Pihak Pertama).")
    atasan: Pejabat | None = Field(
        default=None,
        description="Atasan langsung yang menandatangani PK sebagai Pihak Kedua, mis. Wali Kota. "
        "Kosong bila pimpinan menandatangani sendiri (kepala daerah, menteri); wajib bila "
        "jenis instansi mempunyai Pihak Kedua (LK133).",
    )
    pengaturan: Pengaturan = Field(default_factory=Pengaturan)
    pengakuan: list[Pengakuan] = Field(
        default_factory=list, description="Selisih yang diakui beserta alasannya."
    )
