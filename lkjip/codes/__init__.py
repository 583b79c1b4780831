"""The one catalogue of diagnostic codes: every code lkjip can emit, at every stage.

A leaf module (it imports only `lkjip.diagnostics`), so the loader, the schema, the rules, the
render stage and the Excel import all take their codes from here, under one constant name per
code. Importing it fills `lkjip.diagnostics.CATALOGUE`; the list is static and complete
whichever other modules are imported, and `lkjip rules` and docs/referensi/aturan.md read it.

The constant names are in `nomor`; the documentation (`doc`, shown by `lkjip rules KODE`) is
in `dok_berkas`, `dok_tampil` and `dok_reviu` for every code except
the cross-file rules (LK2xx, LK3xx): their documentation is the docstring of the rule function
in `lkjip.checks`, which `@rule` attaches after checking that code, name, severity and title
agree with this table.

A code is never reused or renumbered: users script against them (`lkjip rules`, pengakuan in
`lkjip.yaml`). Removed codes are listed in `REMOVED` and in CHANGELOG.md.

Each `doc` is Indonesian, like every user-facing text.
"""

from __future__ import annotations

from lkjip.codes import dok_berkas, dok_reviu, dok_tampil
from lkjip.codes.nomor import *  # noqa: F403 - one constant name per code: codes.SINTAKS_YAML
from lkjip.codes.nomor import E, I, W  # noqa: F401
from lkjip.diagnostics import CATALOGUE, CodeInfo, register_code

# fmt: off
# LK2xx, LK3xx: the cross-file rules of `lkjip.checks` (code, name, severity, title); the
# documentation is the rule function's docstring, whose first line is the title.
_RULES = [
    ("LK130", "jenis-tidak-diketahui", E,
     "Jenis instansi tidak ditulis dan tidak tampak dari namanya"),
    ("LK131", "jenis-disimpulkan", I, "Jenis instansi disimpulkan dari namanya"),
    ("LK132", "induk-hilang", E, "Instansi induk tidak ditulis"),
    ("LK133", "pihak-kedua-hilang", E, "Perjanjian Kinerja tanpa Pihak Kedua"),
    ("LK134", "tanpa-anggaran", I, "Tanpa anggaran.yaml: laporan tanpa tabel anggaran"),
    ("LK201", "referensi-tidak-dikenal", E, "Rujukan ke id yang tidak ada di Renstra"),
    ("LK202", "indikator-di-luar-renstra", E,
     "Indikator di RKT, PK, Rencana Aksi atau realisasi tidak ada di Renstra"),
    ("LK203", "id-ganda", E, "Id yang sama dipakai dua kali dalam satu daftar"),
    ("LK204", "kode-ganda", E, "Kode program, kegiatan atau sub kegiatan dipakai dua kali"),
    ("LK205", "kode-di-luar-induk", E,
     "Kode kegiatan tidak berawalan kode programnya (atau sub kegiatan dari kegiatannya)"),
    ("LK206", "format-kode", E,
     "Kode program/kegiatan/sub kegiatan tidak sesuai pola skema kode anggarannya"),
    ("LK207", "kode-sub-dua-digit", W, "Kode sub kegiatan ditulis dengan akhiran dua angka"),
    ("LK208", "nama-nomenklatur", W,
     "Nama program/kegiatan berbeda dari nomenklatur untuk kodenya"),
    ("LK209", "nama-kembar", E, "Dua baris bernama sama di bawah induk yang sama"),
    ("LK210", "satuan-berbeda", E, "Satuan indikator di RKT/PK/Rencana Aksi berbeda dari Renstra"),
    ("LK211", "nama-indikator-berbeda", W, "Nama indikator di RKT/PK berbeda dari Renstra"),
    ("LK212", "kode-pk-tidak-di-dpa", E,
     "Program atau kegiatan di anggaran PK tidak ada di anggaran.yaml"),
    ("LK213", "iku-tanpa-realisasi", E, "Indikator IKU tanpa realisasi tahun laporan"),
    ("LK214", "program-tanpa-indikator", W,
     "Program (bukan penunjang) tidak mendukung indikator mana pun"),
    ("LK215", "target-renstra-hilang", E, "Indikator Renstra tanpa target untuk tahun laporan"),
    ("LK216", "iku-tidak-di-pk", W, "Indikator IKU tidak ada di Perjanjian Kinerja yang berlaku"),
    ("LK217", "sasaran-tanpa-indikator", E, "Sasaran tanpa indikator"),
    ("LK230", "nilai-tidak-sesuai-rumus", E,
     "Target atau realisasi tidak dapat diukur dengan rumus capaian indikatornya"),
    ("LK231", "sasaran-tanpa-induk", E, "Sasaran tanpa induk"),
    ("LK232", "tingkat-terlewati", E, "Induk sasaran tidak tepat satu tingkat di atasnya"),
    ("LK233", "tingkat-tidak-dikenal", E, "Tingkat sasaran tidak ada di pengaturan"),
    ("LK234", "realisasi-beda-turunan", E,
     "Realisasi yang ditulis berbeda dari hasil pembilang dan penyebutnya"),
    ("LK235", "rincian-tidak-sesuai", E,
     "Jumlah atau rata-rata rincian tidak sama dengan realisasi indikator"),
    ("LK236", "target-beda-turunan", E,
     "Target yang ditulis berbeda dari hasil pembilang dan penyebutnya"),
    ("LK301", "realisasi-melebihi-pagu", E, "Realisasi anggaran melebihi pagu"),
    ("LK302", "jumlah-tidak-sesuai", E, "Jumlah yang ditulis tidak sama dengan jumlah rinciannya"),
    ("LK303", "anggaran-pk-beda-dpa", W, "Anggaran di Perjanjian Kinerja berbeda dari pagu DPA"),
    ("LK304", "jumlah-pk-tidak-sesuai", E,
     "Jumlah anggaran PK tidak sama dengan jumlah programnya"),
    ("LK305", "pagu-kosong", E, "Kegiatan tanpa pagu dan tanpa sub kegiatan"),
    ("LK306", "realisasi-anggaran-kosong", W, "Realisasi anggaran belum diisi"),
    ("LK311", "target-beda-renstra", W, "Target RKT atau PK berbeda dari target Renstra tahun itu"),
    ("LK312", "tahun-dokumen", E, "Tahun dokumen berbeda dari tahun laporan"),
    ("LK313", "target-nol-positif", W, "Target 0 pada indikator berpolaritas positif"),
    ("LK314", "tahun-di-luar-renstra", E, "Tahun laporan di luar periode Renstra"),
    ("LK315", "pita-celah-tumpang", W, "Pita skala berbatas bercelah atau bertumpang tindih"),
    ("LK321", "triwulan-akumulasi-jumlah", E,
     "Jumlah target triwulan indikator akumulasi tidak sama dengan target tahunan"),
    ("LK322", "triwulan-kumulatif", E,
     "Target triwulan indikator kumulatif menurun atau TW IV ≠ target tahunan"),
    ("LK323", "triwulan-nilai-akhir-target", W,
     "Target triwulan indikator nilai akhir berbeda dari target tahunan"),
    ("LK324", "realisasi-tahunan-triwulan", E,
     "Realisasi tahunan tidak sesuai dengan realisasi triwulan"),
    ("LK331", "tanggal-laporan", E, "Laporan tahun N tidak ditandatangani pada awal tahun N+1"),
    ("LK332", "tanggal-evaluasi", E,
     "Evaluasi triwulan bertanggal sebelum triwulan yang dievaluasi berakhir"),
    ("LK333", "tanggal-pk-perubahan", E, "PK Perubahan bertanggal sebelum PK murni"),
    ("LK334", "tanggal-rkt", W, "RKT bertanggal setelah tahunnya dimulai"),
    ("LK341", "nip-tidak-valid", E, "NIP tidak sesuai susunan NIP PNS"),
    ("LK342", "nip-pemisah", W, "NIP ditulis dengan pemisah selain spasi baku"),
    ("LK343", "pangkat-golongan", E, "Pasangan pangkat dan golongan tidak sesuai tabel PNS"),
    ("LK344", "pangkat-kosong", W, "Pejabat ber-NIP tanpa pangkat atau golongan"),
    ("LK351", "skala-tidak-dikenal", E, "Nama skala kategori capaian tidak dikenal"),
    ("LK352", "skala-pita", E, "Pita skala sendiri tidak urut dari yang tertinggi"),
    ("LK353", "pengakuan-kode-tidak-dikenal", E,
     "Pengakuan menyebut kode diagnostik yang tidak ada"),
    ("LK361", "persen-bertentangan", E,
     "Persentase yang diketik di narasi bertentangan dengan hasil hitungan"),
    ("LK362", "rupiah-bertentangan", E,
     "Jumlah rupiah yang diketik di narasi tidak sama dengan angka anggaran"),
    ("LK363", "angka-diketik", W, "Persentase atau jumlah rupiah diketik langsung di narasi"),
    ("LK364", "bilangan-bertentangan", E,
     "Jumlah bab, sasaran, indikator, program atau kegiatan di narasi tidak sesuai data"),
    ("LK365", "analisis-indikator-hilang", W, "Indikator di bawah target tanpa analisis narasi"),
    ("LK366", "nama-instansi-lain", W, "Nama kecamatan lain di narasi"),
    ("LK367", "kategori-bertentangan", E,
     "Kategori capaian diketik di narasi berbeda dari kategori hasil hitungan"),
    ("LK368", "terbilang-kapital", W,
     "Terbilang dalam kurung tidak ditulis huruf kecil atau tidak sama dengan angkanya"),
    ("LK369", "kategori-bukan-skala", W,
     "Kategori capaian diketik di narasi bukan label skala yang dinyatakan"),
    ("LK370", "sisa-templat", W,
     "Teks templat atau kata jenis instansi lain tertinggal di laporan"),
    ("LK371", "regulasi-belum-berlaku", W, "Peraturan yang dikutip terbit setelah tahun laporan"),
    ("LK372", "regulasi-sudah-diganti", W,
     "Peraturan yang dikutip sudah diganti pada tahun laporan"),
    ("LK391", "persen-mungkin-bertentangan", W,
     "Persentase di narasi mendekati hasil hitungan, tetapi rujukannya tidak pasti"),
    ("LK392", "notasi-angka-inggris", W, "Persentase di narasi ditulis dengan notasi Inggris"),
    ("LK393", "perbandingan-bertentangan", E,
     "Kata pembanding di narasi tidak sesuai angka yang dibandingkannya"),
    ("LK394", "selisih-bertentangan", E,
     "Selisih dalam poin di narasi tidak sama dengan selisih angka yang diketik"),
    ("LK395", "rujukan-tahun-berbeda", E,
     "Keputusan atau peraturan yang sama dikutip dengan dua tahun"),
    ("LK396", "arah-bertentangan", E,
     "Kata arah di narasi indikator bertentangan dengan perubahan yang dihitung"),
]
# fmt: on


def _register_all() -> None:
    documented = (
        *dok_berkas.LOAD,
        *dok_berkas.SCHEMA,
        *dok_tampil.RENDER,
        *dok_tampil.EXCEL,
        *dok_reviu.REVIU,
        *dok_reviu.BUG,
    )
    for code, name, severity, title, doc in documented:
        register_code(code, name, severity, title, doc)
    for code, name, severity, title in _RULES:
        register_code(code, name, severity, title)


_register_all()
_CODES = tuple(sorted(CATALOGUE))

# Codes that were catalogued once and are gone; never give their numbers to anything else.
REMOVED = {
    "LK199": "skema-lain",  # unreachable: every schema error of the models has its own code
    "LK408": "gaya-tak-ada",  # never emitted: a style missing from reference.docx falls back
}


def all_codes() -> list[CodeInfo]:
    """Every code lkjip can emit, sorted by code (static: the same whatever is imported; the
    entries of the rules carry their docstrings once `lkjip.checks` is imported)."""
    return [CATALOGUE[code] for code in _CODES]


def find_code(text: str) -> CodeInfo | None:
    """A code by its number (`LK104`, `lk104`) or its name (`pilihan-tak-dikenal`)."""
    wanted = text.strip()
    for info in all_codes():
        if info.code.lower() == wanted.lower() or info.name == wanted.lower():
            return info
    return None
