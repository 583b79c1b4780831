"""Diagnostic codes of the Excel import (LK5xx), registered in the shared catalogue.

Every code points at a cell: `Location(file=<xlsx name>, line=<row>, col=<column number>,
path="Sheet1!C12")`. Codes are never reused; a new problem gets a new number.
"""

from __future__ import annotations

from lkjip.diagnostics import Severity, register_code

E = Severity.ERROR
W = Severity.WARNING

FILE_UNREADABLE = "LK501"
HEADER_NOT_FOUND = "LK502"
UNKNOWN_CODE = "LK503"
PARENT_MISSING = "LK504"
NOT_A_NUMBER = "LK505"
NEGATIVE = "LK506"
DUPLICATE_CODE = "LK507"
NAME_MISSING = "LK508"
PAGU_MISSING = "LK509"
PROGRAM_EMPTY = "LK510"
SUM_MISMATCH = "LK511"
YEAR_UNKNOWN = "LK512"
EXISTING_UNREADABLE = "LK513"
EXISTING_DROPPED = "LK514"
YEAR_DIFFERS = "LK515"

register_code(
    FILE_UNREADABLE,
    "excel-tidak-terbaca",
    E,
    "Berkas Excel atau lembarnya tidak dapat dibaca",
    """Berkas .xlsx tidak ada, rusak, bukan format .xlsx (mis. .xls lama), atau lembar yang
diminta dengan --sheet tidak ada.

Contoh salah:
    lkjip import anggaran dpa.xls --sheet "Lembar 9"

Contoh benar:
    lkjip import anggaran dpa.xlsx --sheet "Sheet1"
""",
)
register_code(
    HEADER_NOT_FOUND,
    "excel-header-tidak-ditemukan",
    E,
    "Baris judul kolom (kode, nama, pagu) tidak ditemukan di 10 baris pertama",
    """Impor mencari baris judul kolom di 10 baris pertama lembar. Kolom wajib: kode (atau
"kode rekening"), nama (atau "uraian", "nomenklatur") dan pagu (atau "anggaran",
"pagu anggaran"). Kolom realisasi boleh ada. Urutan dan huruf besar/kecil bebas.

Contoh salah (judul kolom tidak dikenali):
    | No | Program | Dana |

Contoh benar:
    | Kode | Uraian | Pagu Anggaran (Rp) | Realisasi (Rp) |
""",
)
register_code(
    UNKNOWN_CODE,
    "excel-kode-tidak-dikenal",
    E,
    "Bentuk kode bukan program, kegiatan, atau sub kegiatan",
    """Tingkat baris ditentukan dari bentuk kodenya (Permendagri 90/2019): program `7.01.02`,
kegiatan `7.01.02.2.01`, sub kegiatan `7.01.02.2.01.0001` atau `7.01.02.2.01.01`. Baris urusan
(`7`) dan bidang urusan (`7.01`) dilewati tanpa pesan; kode lain (mis. kode rekening belanja
`5.1.02.01.01.0052`) dilaporkan dan barisnya dilewati.

Contoh salah:
    | 7.1.2 | Program Penyelenggaraan Pemerintahan | 1.103.336.776 |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | 1.103.336.776 |
""",
)
register_code(
    PARENT_MISSING,
    "excel-induk-belum-ada",
    E,
    "Kegiatan muncul sebelum programnya (atau sub kegiatan sebelum kegiatannya)",
    """Setiap kegiatan harus berada di bawah baris programnya, dan setiap sub kegiatan di bawah
baris kegiatannya. Induk dicari dari awalan kode: kegiatan `7.01.02.2.01` milik program
`7.01.02`.

Contoh salah:
    | 7.01.02.2.01 | Koordinasi Penyelenggaraan Kegiatan Pemerintahan | 500.000.000 |
    | 7.01.02      | Program Penyelenggaraan Pemerintahan             | 500.000.000 |

Contoh benar:
    | 7.01.02      | Program Penyelenggaraan Pemerintahan             | 500.000.000 |
    | 7.01.02.2.01 | Koordinasi Penyelenggaraan Kegiatan Pemerintahan | 500.000.000 |
""",
)
register_code(
    NOT_A_NUMBER,
    "excel-angka-tidak-valid",
    E,
    "Pagu atau realisasi bukan angka rupiah",
    """Sel pagu dan realisasi berisi angka, atau teks angka cara Indonesia: `1.103.336.776`,
`Rp 1.103.336.776,00`, `Rp. 1.103.336.776,-`. Titik memisahkan ribuan, koma memulai sen
(paling banyak dua angka). Sel kosong atau `-` berarti belum ada nilai.

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... | 1,103,336,776 |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 1.103.336.776 |
""",
)
register_code(
    NEGATIVE,
    "excel-angka-negatif",
    E,
    "Pagu atau realisasi bernilai negatif",
    """Pagu dan realisasi anggaran tidak pernah negatif.

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... | -15.000 |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 15.000 |
""",
)
register_code(
    DUPLICATE_CODE,
    "excel-kode-ganda",
    E,
    "Kode yang sama muncul dua kali",
    """Setiap program, kegiatan dan sub kegiatan hanya boleh satu baris. Baris kedua dilewati.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
""",
)
register_code(
    NAME_MISSING,
    "excel-nama-kosong",
    E,
    "Baris berkode tanpa nama",
    """Setiap program, kegiatan dan sub kegiatan membutuhkan nama (nomenklatur).

Contoh salah:
    | 7.01.02 |  | 1.103.336.776 |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | 1.103.336.776 |
""",
)
register_code(
    PAGU_MISSING,
    "excel-pagu-kosong",
    E,
    "Sub kegiatan (atau kegiatan tanpa sub kegiatan) tanpa pagu",
    """Pagu wajib untuk setiap sub kegiatan, dan untuk kegiatan yang tidak memiliki sub
kegiatan. Pagu program dan kegiatan yang punya rincian boleh kosong (dihitung dari jumlahnya).

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... |  |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 250.000.000 |
""",
)
register_code(
    PROGRAM_EMPTY,
    "excel-program-tanpa-kegiatan",
    E,
    "Program tanpa satu pun kegiatan",
    """Setiap program di anggaran.yaml membutuhkan setidaknya satu kegiatan di bawahnya.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | 500.000.000 |
    | 7.01.03 | Program Pemberdayaan Masyarakat      | 300.000.000 |

Contoh benar:
    | 7.01.02      | Program Penyelenggaraan Pemerintahan | 500.000.000 |
    | 7.01.02.2.01 | Koordinasi Penyelenggaraan ...       | 500.000.000 |
""",
)
register_code(
    SUM_MISMATCH,
    "excel-jumlah-tidak-sama",
    W,
    "Pagu atau realisasi induk tidak sama dengan jumlah rinciannya",
    """Pagu (atau realisasi) yang tertulis pada baris program atau kegiatan harus sama dengan
jumlah baris di bawahnya. Nilai tertulis tetap diimpor apa adanya; periksa sumber Excel.

Contoh salah:
    | 7.01.02      | Program ...   | 1.000.000 |
    | 7.01.02.2.01 | Kegiatan A    |   600.000 |
    | 7.01.02.2.02 | Kegiatan B    |   300.000 |

Contoh benar:
    | 7.01.02      | Program ...   |   900.000 |
    | 7.01.02.2.01 | Kegiatan A    |   600.000 |
    | 7.01.02.2.02 | Kegiatan B    |   300.000 |
""",
)
register_code(
    YEAR_UNKNOWN,
    "excel-tahun-tidak-diketahui",
    W,
    "Tahun anggaran tidak ditemukan",
    """Tahun diambil dari anggaran.yaml yang sudah ada, atau dari judul lembar di atas baris
judul kolom (mis. "TAHUN ANGGARAN 2022" atau "Tahun: 2022"). Bila tidak ada, isi `tahun:`
sendiri di anggaran.yaml hasil impor.

Contoh salah (tanpa judul dan tanpa anggaran.yaml lama):
    | Kode | Uraian | Pagu |

Contoh benar:
    | DPA PERUBAHAN TAHUN ANGGARAN 2022 |
    | Kode | Uraian | Pagu |
""",
)
register_code(
    EXISTING_UNREADABLE,
    "excel-anggaran-lama-tidak-terbaca",
    E,
    "anggaran.yaml yang sudah ada tidak dapat dibaca",
    """Impor membaca anggaran.yaml lama untuk mempertahankan isian yang tidak ada di Excel
(`tahun`, `dokumen`, `sumber_realisasi`, `penunjang`, `indikator`). Perbaiki dulu berkas itu
(`lkjip validate`), atau impor tanpa --dataset.

Contoh salah:
    program: [ {kode: '7.01.02'

Contoh benar:
    program:
      - kode: '7.01.02'
""",
)
register_code(
    EXISTING_DROPPED,
    "excel-program-lama-hilang",
    W,
    "Program di anggaran.yaml lama tidak ada di Excel",
    """Program yang ada di anggaran.yaml lama tetapi tidak ada di Excel tidak ikut ditulis,
beserta isian `penunjang` dan `indikator`-nya. Bila program itu memang masih ada, tambahkan
barisnya di Excel.

Contoh salah (lama: 7.01.05, Excel: tidak ada):
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
    | 7.01.05 | Program Penyelenggaraan Urusan Pemerintahan Umum |
""",
)
register_code(
    YEAR_DIFFERS,
    "excel-tahun-berbeda",
    W,
    "Tahun di judul Excel berbeda dengan tahun anggaran.yaml lama",
    """Tahun dari anggaran.yaml lama dipertahankan. Bila Excel adalah anggaran tahun baru,
ubah `tahun:` setelah impor, atau impor tanpa --dataset.

Contoh salah:
    anggaran.yaml: tahun: 2021; Excel: "TAHUN ANGGARAN 2022"

Contoh benar:
    anggaran.yaml: tahun: 2022; Excel: "TAHUN ANGGARAN 2022"
""",
)
