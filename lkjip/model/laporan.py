"""`lkjip.yaml`: who reports, for which year, who signs, and the report's settings."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field, model_validator

from lkjip.model.common import Angka, Dasar, Id, Tahun, Teks
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


class Reviu(Dasar):
    """Pernyataan APIP bahwa laporan kinerja telah direviu (Pernyataan Telah Direviu)."""

    apip: Teks = Field(description="APIP yang mereviu, mis. 'Inspektorat Kota Dumai'.")
    pejabat: Pejabat = Field(description="Pejabat APIP yang menandatangani pernyataan.")
    tempat: Teks = Field(description="Tempat penandatanganan pernyataan.")
    tanggal: dt.date = Field(description="Tanggal penandatanganan pernyataan (YYYY-MM-DD).")
    simpulan: Teks | None = Field(
        default=None,
        description="Simpulan reviu bila ada hal yang perlu disampaikan; tanpa ini pernyataan "
        "menyatakan tidak ada hal yang meragukan keandalan informasi laporan.",
    )


class Pindaian(Dasar):
    """Dokumen pindaian yang dimuat sebagai gambar di lampiran, mis. PK yang sudah
    ditandatangani."""

    judul: Teks = Field(
        description="Judul lampiran, mis. 'Perjanjian Kinerja yang Ditandatangani'."
    )
    berkas: list[Teks] = Field(
        min_length=1,
        description="Berkas gambar pindaian (PNG/JPEG), satu per halaman, relatif terhadap "
        "folder data.",
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
    """Efficiency variants in use (domain.md §3.7)."""

    SELISIH = "selisih"  # capaian − penyerapan (poin)
    RASIO = "rasio"  # capaian / penyerapan
    SISA_ANGGARAN = "sisa_anggaran"  # (pagu − realisasi) / pagu × 100 when the target is met
    INDEKS_RKA_KL = "indeks_rka_kl"  # PMK 249/2011: 50 + E/20 × 50, E = (1 − serapan/capaian)


class GayaRupiah(str, Enum):
    PUEBI = "puebi"  # Rp1.103.336.776
    PUEBI_SEN = "puebi_sen"  # Rp1.103.336.776,00
    SPASI = "spasi"  # Rp 1.103.336.776
    TITIK_STRIP = "titik_strip"  # Rp. 1.103.336.776,-


class Pita(Dasar):
    """One band of a rating scale.

    Two ways to write a scale. Bands with only `min` (as the built-in scales): capaian ≥ `min`
    and below the next higher band's `min`; the lowest band also holds everything below it.
    Bands with `max` (or without `min`) are taken as written: `min`/`max` bound the band,
    `min_inklusif`/`max_inklusif` say whether the bound itself belongs to it, a missing bound
    leaves the band open on that side, and a value outside every band has no category.
    Gaps and overlaps between such bands are reported (LK315):

        skala:
          nama: Skala Kinerja Dinas
          pita:
            - {min: 100, kategori: Sangat Baik}
            - {min: 85, max: 100, kategori: Baik}
            - {max: 85, kategori: Kurang}
    """

    min: Angka | None = Field(
        default=None, description="Batas bawah dalam persen; kosong = terbuka ke bawah."
    )
    max: Angka | None = Field(
        default=None,
        description="Batas atas dalam persen; kosong = sampai batas bawah pita di atasnya "
        "(skala tanpa `max`) atau terbuka ke atas.",
    )
    min_inklusif: bool = Field(default=True, description="Batas bawah termasuk pita ini.")
    max_inklusif: bool = Field(default=False, description="Batas atas termasuk pita ini.")
    kategori: Teks = Field(description="Nama kategori, mis. 'Sangat Tinggi'.")


class Skala(Dasar):
    nama: Teks = Field(description="Nama skala yang dicetak di laporan.")
    sumber: Teks | None = Field(default=None, description="Dasar hukum atau sumber skala.")
    pita: list[Pita] = Field(
        min_length=1,
        description="Pita kategori. Hanya `min`: urut dari yang tertinggi. Dengan `max`: "
        "urutan bebas, batas ditulis lengkap.",
    )

    @property
    def eksplisit(self) -> bool:
        """True when the bands are written with their bounds (some band has `max` or no
        `min`), False for the built-in shape of descending `min` only."""
        return any(p.max is not None or p.min is None for p in self.pita)


class TingkatSasaran(Dasar):
    """One level of the sasaran cascade, named as the report prints it."""

    id: Id = Field(description="Pengenal tingkat yang dipakai `sasaran.tingkat`, mis. 'program'.")
    nama: Teks = Field(description="Nama tingkat di laporan, mis. 'Sasaran Program'.")


def _satu_tingkat() -> list[TingkatSasaran]:
    """The default cascade: one level, the sasaran strategis."""
    return [TingkatSasaran(id="strategis", nama="Sasaran Strategis")]


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
    skala_serapan: Skala | None = Field(
        default=None,
        description="Skala kategori penyerapan anggaran (persen), bentuknya sama dengan skala "
        "sendiri; kosong = penyerapan tidak diberi kategori. Contoh: `{nama: Skala Serapan, "
        "pita: [{min: 90, kategori: Sangat Baik}, {min: 75, max: 90, kategori: Baik}, "
        "{max: 75, kategori: Kurang}]}`.",
    )
    metode_rollup: MetodeRollup = Field(
        default=MetodeRollup.RATA_RATA,
        description="Cara menghitung capaian sasaran dari indikatornya.",
    )
    tingkat_sasaran: list[TingkatSasaran] = Field(
        default_factory=_satu_tingkat,
        min_length=1,
        description="Tingkat kaskade sasaran, dari yang tertinggi; bawaannya satu tingkat "
        "(`strategis`, 'Sasaran Strategis'). Kaskade tiga tingkat: `[{id: strategis, nama: "
        "Sasaran Strategis}, {id: program, nama: Sasaran Program}, {id: kegiatan, nama: "
        "Sasaran Kegiatan}]`. Capaian perangkat daerah adalah rata-rata sasaran tingkat "
        "pertama saja; tiap tingkat mendapat tabel capaiannya sendiri.",
    )
    batas_capaian: Angka | None = Field(
        default=None,
        description="Batas atas capaian indikator di dalam rata-rata (mis. 100 atau 120); "
        "kosong = tanpa batas.",
    )
    rumus_efisiensi: RumusEfisiensi = Field(
        default=RumusEfisiensi.SELISIH,
        description="Tingkat efisiensi: 'selisih' = capaian − penyerapan (poin); 'rasio' = "
        "capaian / penyerapan; 'sisa_anggaran' = 100 − penyerapan (persen anggaran yang tidak "
        "terserap), efisien hanya bila capaian mencapai 100%; 'indeks_rka_kl' (PMK 249/2011) = "
        "50 + E / 20 × 50 dengan E = (1 − penyerapan / capaian) × 100 dibatasi −20 s.d. 20, "
        "efisien di atas 50; untuk sasaran dan perangkat daerah E adalah rata-rata E "
        "indikatornya.",
    )
    grafik_sampai_akhir_renstra: bool = Field(
        default=False,
        description="True: grafik tiap indikator memuat target Renstra sampai tahun akhir "
        "periode (jalur realisasi terhadap target), bukan hanya tahun yang sudah berjalan.",
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
    pindaian: list[Pindaian] = Field(
        default_factory=list,
        description="Dokumen pindaian yang dimuat sebagai gambar di lampiran, sesuai urutan.",
    )
    reviu: Reviu | None = Field(
        default=None,
        description="Pernyataan Telah Direviu oleh APIP; bila diisi, dimuat sebagai lampiran.",
    )
