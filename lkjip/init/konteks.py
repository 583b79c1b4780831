"""What the starter files of `lkjip init` say for one jenis, name, parent and year.

`templates/init/` holds small Jinja templates (delimiters `[[ ]]` and `[% %]`, so the
narrative's own `{{ }}` placeholders pass through untouched); this module builds the values
they are rendered with. Every example value is neutral and plausible (a sample head "Budi
Santoso, S.STP, M.Si", a region "Sukamaju") so that a fresh dataset validates clean, and the
comments in the YAML files tell the user what to replace.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lkjip.errors import LkjipUsageError
from lkjip.model.jenis import (
    CiriJenis,
    JenisInstansi,
    ciri,
    dasar_hukum_bawaan,
    peraturan_menurut_peran,
    sebutan_kepala_daerah,
    tebak_jenis,
)

# The example region of a fresh dataset; every name built from it reads as a real one.
DAERAH_CONTOH = "Sukamaju"
INDUK_DAERAH_CONTOH = f"Pemerintah Kabupaten {DAERAH_CONTOH}"
KEMENTERIAN_CONTOH = "Kementerian Perhubungan"

# The name of the example agency of each jenis, and its parent, when --nama is not given.
NAMA_BAWAAN: dict[JenisInstansi, tuple[str, str | None]] = {
    JenisInstansi.KECAMATAN: ("Kecamatan Mekarsari", INDUK_DAERAH_CONTOH),
    JenisInstansi.DINAS: (f"Dinas Perhubungan Kabupaten {DAERAH_CONTOH}", None),
    JenisInstansi.BADAN: (
        f"Badan Perencanaan Pembangunan Daerah Kabupaten {DAERAH_CONTOH}",
        None,
    ),
    JenisInstansi.SEKRETARIAT_DAERAH: (f"Sekretariat Daerah Kabupaten {DAERAH_CONTOH}", None),
    JenisInstansi.SEKRETARIAT_DPRD: (f"Sekretariat DPRD Kabupaten {DAERAH_CONTOH}", None),
    JenisInstansi.INSPEKTORAT: (f"Inspektorat Kabupaten {DAERAH_CONTOH}", None),
    JenisInstansi.KABUPATEN: (INDUK_DAERAH_CONTOH, None),
    JenisInstansi.KOTA: (f"Pemerintah Kota {DAERAH_CONTOH}", None),
    JenisInstansi.PROVINSI: (f"Pemerintah Provinsi {DAERAH_CONTOH}", None),
    JenisInstansi.KEMENTERIAN: (KEMENTERIAN_CONTOH, None),
    JenisInstansi.LEMBAGA: ("Lembaga Administrasi Negara", None),
    JenisInstansi.UNIT_ESELON_I: ("Direktorat Jenderal Perhubungan Darat", KEMENTERIAN_CONTOH),
    JenisInstansi.INSTANSI_VERTIKAL: (
        f"Balai Pengelola Transportasi Darat Wilayah {DAERAH_CONTOH}",
        "Direktorat Jenderal Perhubungan Darat",
    ),
}

# Permendagri 90/2019 urusan of the example budget, per jenis of the pemda scheme (a dinas or
# badan gets the urusan of its example name: perhubungan 2.15, perencanaan 5.01).
URUSAN_BAWAAN = {
    JenisInstansi.DINAS: "2.15",
    JenisInstansi.BADAN: "5.01",
    JenisInstansi.KABUPATEN: "1.02",
    JenisInstansi.KOTA: "1.02",
    JenisInstansi.PROVINSI: "1.02",
}

# The main (non-penunjang) program of each urusan and two of its kegiatan (Permendagri
# 90/2019 nomenclature; the names before TA 2021 are the same, with older codes).
PROGRAM_UTAMA: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "7.01": (
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
        (
            ("01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"),
            ("04", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat"),
        ),
    ),
    "6.01": (
        "Program Penyelenggaraan Pengawasan",
        (
            ("01", "Penyelenggaraan Pengawasan Internal"),
            ("02", "Penyelenggaraan Pengawasan dengan Tujuan Tertentu"),
        ),
    ),
    "4.01": (
        "Program Pemerintahan dan Kesejahteraan Rakyat",
        (
            ("01", "Pelaksanaan Kebijakan Pemerintahan"),
            ("02", "Pelaksanaan Kebijakan Kesejahteraan Rakyat"),
        ),
    ),
    "4.02": (
        "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD",
        (
            ("01", "Pembentukan Peraturan Daerah dan Peraturan DPRD"),
            ("02", "Pembahasan Kebijakan Anggaran"),
        ),
    ),
    "2.15": (
        "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
        (
            ("01", "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota"),
            ("02", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota"),
        ),
    ),
    "5.01": (
        "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
        (
            ("01", "Penyusunan Perencanaan dan Pendanaan"),
            ("02", "Analisis Data dan Informasi Pemerintahan Daerah"),
        ),
    ),
    "1.02": (
        "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
        (
            ("01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP"),
            ("02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan"),
        ),
    ),
}

# The head's title from the opening words of a name that the jenis's label does not start.
_GELAR_AWALAN = (
    ("Direktorat Jenderal ", "Direktur Jenderal "),
    ("Sekretariat Jenderal ", "Sekretaris Jenderal "),
    ("Inspektorat Jenderal ", "Inspektur Jenderal "),
    ("Kementerian ", "Menteri "),
)


@dataclasses.dataclass(frozen=True)
class IndikatorKedua:
    """The second example indicator (the first is IKM, which every jenis measures)."""

    id: str
    nama: str
    formula: str
    sumber_data: str
    strategi: str
    kebijakan: str


# A kecamatan measures the authority delegated to its Camat; any other jenis the share of its
# services completed to standard.
PELIMPAHAN = IndikatorKedua(
    "PELIMPAHAN",
    "Persentase Pelaksanaan Pelimpahan Kewenangan kepada Camat",
    "Jumlah kewenangan yang dilaksanakan / jumlah kewenangan yang dilimpahkan × 100",
    "Laporan Monev Kecamatan",
    "Mengoptimalkan pelaksanaan kewenangan yang dilimpahkan kepada Camat",
    "Meningkatkan koordinasi dengan perangkat daerah teknis",
)
LAYANAN = IndikatorKedua(
    "LAYANAN",
    "Persentase Layanan yang Diselesaikan Sesuai Standar Pelayanan",
    "Jumlah layanan yang diselesaikan sesuai standar / jumlah layanan × 100",
    "Laporan Monitoring dan Evaluasi Pelayanan",
    "Meningkatkan ketepatan waktu dan mutu penyelesaian layanan",
    "Menerapkan standar pelayanan pada setiap jenis layanan",
)


@dataclasses.dataclass(frozen=True)
class Kegiatan:
    kode: str
    nama: str
    pagu: int
    realisasi: int


@dataclasses.dataclass(frozen=True)
class Program:
    kode: str
    nama: str
    penunjang: bool
    kegiatan: tuple[Kegiatan, ...]

    @property
    def pagu(self) -> int:
        return sum(k.pagu for k in self.kegiatan)


def jabatan_kepala(ciri_jenis: CiriJenis, nama: str) -> str:
    """The head's title for an agency's name: "Kepala Dinas Perhubungan …", "Camat
    Mekarsari", "Bupati Sukamaju", "Direktur Jenderal Perhubungan Darat"."""
    if ciri_jenis.tingkat == "pemda":
        return sebutan_kepala_daerah(nama) or f"{ciri_jenis.sebutan_kepala} {nama}"
    label, sebutan = ciri_jenis.label, ciri_jenis.sebutan_kepala
    if nama.startswith(label + " "):
        if sebutan.endswith(label):  # "Kepala Dinas" + "Dinas X" → "Kepala Dinas X"
            return sebutan.removesuffix(label) + nama
        if sebutan != "Kepala":  # "Camat" + "Kecamatan X" → "Camat X"
            return f"{sebutan} {nama.removeprefix(label + ' ')}"
    for awalan, gelar in _GELAR_AWALAN:
        if nama.startswith(awalan):
            return gelar + nama.removeprefix(awalan)
    return f"Kepala {nama}"


def induk_dari_nama(nama: str) -> str | None:
    """ "Pemerintah Kabupaten X" from a name ending in "Kabupaten X" (also Kota, Provinsi)."""
    words = nama.split()
    for i, word in enumerate(words[:-1]):
        if word in ("Kabupaten", "Kota", "Provinsi") and i > 0:
            return "Pemerintah " + " ".join(words[i:])
    return None


def daerah_dari(pemda: str) -> str:
    """ "Sukamaju" from "Pemerintah Kabupaten Sukamaju"."""
    return " ".join(pemda.split()[2:])


def pilih_jenis(jenis: str | None, nama: str | None) -> JenisInstansi:
    """--jenis, else the jenis the name's opening words give, else kecamatan."""
    if jenis is None:
        return (tebak_jenis(nama) if nama else None) or JenisInstansi.KECAMATAN
    try:
        return JenisInstansi(jenis.strip().lower())
    except ValueError:
        pilihan = ", ".join(j.value for j in JenisInstansi)
        raise LkjipUsageError(f"--jenis '{jenis}' tidak dikenal; pilihan: {pilihan}") from None


def pilih_induk(jenis: JenisInstansi, nama: str, induk: str | None, bawaan: bool) -> str | None:
    """The parent organisation: --induk, else derived from the name; required below a pemda
    or a kementerian, never written for a pemda, kementerian or lembaga itself."""
    tingkat = ciri(jenis).tingkat
    if tingkat in ("pemda", "kementerian"):
        return None
    if induk:
        return " ".join(induk.split())
    if bawaan:
        return NAMA_BAWAAN[jenis][1] or induk_dari_nama(nama)
    turunan = induk_dari_nama(nama) if tingkat == "perangkat-daerah" else None
    if turunan is None:
        contoh = INDUK_DAERAH_CONTOH if tingkat == "perangkat-daerah" else KEMENTERIAN_CONTOH
        raise LkjipUsageError(
            f'--induk wajib untuk {ciri(jenis).label} "{nama}": tulis instansi induknya, '
            f'mis. --induk "{contoh}"'
        )
    return turunan


def jabatan_atasan(ciri_jenis: CiriJenis, induk: str | None) -> str | None:
    """The Pihak Kedua's title: the kepala daerah of the pemda, or the head of the eselon I
    unit or kementerian above; None when the head signs alone."""
    if not ciri_jenis.punya_pihak_kedua or induk is None:
        return None
    kepala_daerah = sebutan_kepala_daerah(induk)
    if kepala_daerah is not None:
        return kepala_daerah
    jenis_induk = tebak_jenis(induk)
    if jenis_induk is None:
        return f"Kepala {induk}"
    return jabatan_kepala(ciri(jenis_induk), induk)


def _anggaran(jenis: JenisInstansi, ciri_jenis: CiriJenis, tahun: int) -> dict[str, Any]:
    """The example budget: a penunjang program and a main program with two kegiatan each,
    coded by the jenis's scheme and year."""
    if ciri_jenis.skema_anggaran == "rka-kl":
        return _anggaran_rka_kl()
    urusan = ciri_jenis.urusan or URUSAN_BAWAAN[jenis]
    nama_utama, kegiatan_utama = PROGRAM_UTAMA[urusan]
    lingkup = "Provinsi" if jenis is JenisInstansi.PROVINSI else "Kabupaten/Kota"
    if tahun >= 2021:  # Permendagri 90/2019: U.BB.PP and U.BB.PP.2.KK
        penunjang = Program(
            f"{urusan}.01",
            f"Program Penunjang Urusan Pemerintahan Daerah {lingkup}",
            True,
            (
                Kegiatan(
                    f"{urusan}.01.2.02",
                    "Administrasi Keuangan Perangkat Daerah",
                    2450000000,
                    2398750000,
                ),
                Kegiatan(
                    f"{urusan}.01.2.06", "Administrasi Umum Perangkat Daerah", 185000000, 176420500
                ),
            ),
        )
        utama_kode = f"{urusan}.02"
        kode_kegiatan = [f"{utama_kode}.2.{nomor}" for nomor, _ in kegiatan_utama]
        skema = "Permendagri 90/2019 (Kepmendagri 050-5889/2021)"
    else:  # Permendagri 13/2006: dotted urusan.bidang.program.kegiatan
        penunjang = Program(
            f"{urusan}.01",
            "Program Pelayanan Administrasi Perkantoran",
            True,
            (
                Kegiatan(f"{urusan}.01.01", "Penyediaan Jasa Surat Menyurat", 45000000, 43800000),
                Kegiatan(
                    f"{urusan}.01.02",
                    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                    185000000,
                    176420500,
                ),
            ),
        )
        utama_kode = f"{urusan}.15"
        kode_kegiatan = [f"{utama_kode}.{nomor}" for nomor, _ in kegiatan_utama]
        skema = "Permendagri 13/2006"
    utama = Program(
        utama_kode,
        nama_utama,
        False,
        (
            Kegiatan(kode_kegiatan[0], kegiatan_utama[0][1], 95000000, 91250000),
            Kegiatan(kode_kegiatan[1], kegiatan_utama[1][1], 60000000, 58800000),
        ),
    )
    sub = f"{kode_kegiatan[1]}.0001" if tahun >= 2021 else f"{kode_kegiatan[1]}.01"
    return {"program": (penunjang, utama), "utama": utama, "skema_kode": skema, "contoh_sub": sub}


def _anggaran_rka_kl() -> dict[str, Any]:
    """RKA-K/L: programs BBB.EE.XX (here bagian anggaran 022), kegiatan of four digits."""
    penunjang = Program(
        "022.01.WA",
        "Program Dukungan Manajemen",
        True,
        (
            Kegiatan(
                "4275",
                "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya",
                2450000000,
                2398750000,
            ),
            Kegiatan("4276", "Pengelolaan Sarana dan Prasarana", 185000000, 176420500),
        ),
    )
    utama = Program(
        "022.01.DF",
        "Program Pelayanan Publik",
        False,
        (
            Kegiatan("5001", "Penyelenggaraan Pelayanan Publik", 95000000, 91250000),
            Kegiatan("5002", "Pembinaan dan Pengawasan Pelayanan", 60000000, 58800000),
        ),
    )
    return {
        "program": (penunjang, utama),
        "utama": utama,
        "skema_kode": "RKA-K/L",
        "contoh_sub": "5002.EBA.001",
    }


def konteks(jenis: JenisInstansi, nama: str, induk: str | None, tahun: int) -> dict[str, Any]:
    """The values the starter templates are rendered with."""
    ciri_jenis = ciri(jenis)
    pemda = (
        induk
        if ciri_jenis.tingkat == "perangkat-daerah"
        else (nama if ciri_jenis.tingkat == "pemda" else None)
    )
    daerah = daerah_dari(pemda) if pemda else None
    kepala_daerah = sebutan_kepala_daerah(pemda) if pemda else None
    wilayah = " ".join(pemda.split()[1:]) if pemda else "Indonesia"
    awal = tahun - 1
    peran = peraturan_menurut_peran(tahun)
    return {
        "jenis": jenis.value,
        "ciri": ciri_jenis,
        "tingkat": ciri_jenis.tingkat,
        "kecamatan": jenis is JenisInstansi.KECAMATAN,
        "ind2": PELIMPAHAN if jenis is JenisInstansi.KECAMATAN else LAYANAN,
        "nama": nama,
        "induk": induk,
        "pemda": pemda,
        "daerah": daerah,
        "wilayah": wilayah,
        "kepala_daerah": kepala_daerah,
        "tempat": daerah or "Jakarta",
        "email": f"info@{(daerah or 'instansi').lower().replace(' ', '')}.go.id",
        "jabatan": jabatan_kepala(ciri_jenis, nama),
        "punya_atasan": ciri_jenis.punya_pihak_kedua,
        "jabatan_atasan": jabatan_atasan(ciri_jenis, induk),
        "tahun": tahun,
        "awal": awal,
        "akhir": awal + 4,
        "dasar_hukum": [r.judul for r in dasar_hukum_bawaan(ciri_jenis, tahun)],
        "peraturan_sakip": peran["sakip"].judul if peran["sakip"] else None,
        **_anggaran(jenis, ciri_jenis, tahun),
    }
