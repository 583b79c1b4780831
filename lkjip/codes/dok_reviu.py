"""The documentation of the codes of `lkjip reviu` (LK6xx) and of lkjip's own failure
(LK9xx)."""

from __future__ import annotations

from lkjip.codes import nomor as k
from lkjip.codes.nomor import E, W

# The tables stay in their compact, readable layout (code, name, severity, title, doc).
# fmt: off
REVIU = [
    (k.REVIU_TAK_TERBACA, "dokumen-tak-terbaca", E, "Dokumen Word tidak dapat dibaca",
     """`lkjip reviu` hanya membaca dokumen Word .docx (Word 2007 ke atas). Berkas .doc lama,
PDF, berkas rusak, atau berkas lebih dari 50 MB tidak dapat dibaca; perintah keluar dengan
kode 2.

Contoh salah:

    lkjip reviu laporan.doc

Contoh benar (buka di Word atau LibreOffice, simpan sebagai .docx):

    lkjip reviu laporan.docx"""),
    (k.REVIU_CAPAIAN, "reviu-capaian", E, "Capaian di tabel tidak sesuai realisasi dan target",
     """Capaian yang dicetak sebuah baris dibandingkan dengan realisasi / target × 100 dari
baris yang sama, dan dengan kedua rumus indikator negatif ((2 − R/T) × 100 dan T/R × 100),
pada jumlah desimal yang dicetak: 103,2988 boleh dicetak 103 atau 103,30, tetapi tidak
103,2. Bila angka itu hasil pemotongan, pesan menyebutnya (seed E01).

Contoh salah:

    | Target | Realisasi | Capaian (%) |
    | 87     | 89,87     | 103,2       |

Contoh benar:

    | 87     | 89,87     | 103,30      |"""),
    (k.REVIU_PERSEN, "reviu-persen", E, "Persentase tidak sama dengan rasio angkanya",
     """Persentase penyerapan di tabel (realisasi / pagu × 100), persentase di kalimat yang
mengikuti dua jumlah rupiah ("Rp125.645.000 dengan realisasi Rp119.375.000 atau 100%"), rumus
yang ditulis ("89,87 / 87 × 100% = 103,2%"), dan penyerapan sasaran di tabel efisiensi
(Σ realisasi / Σ pagu program pendukungnya) harus sama dengan hasil baginya, dibulatkan ke
desimal yang dicetak (seed E06, E09, E12, E13).

Contoh salah:

    ... sebesar Rp100.000.000 dengan realisasi Rp91.809.900 atau 92,00%.

Contoh benar:

    ... sebesar Rp100.000.000 dengan realisasi Rp91.809.900 atau 91,81%."""),
    (k.REVIU_JUMLAH, "reviu-jumlah", E, "Baris jumlah tidak sama dengan jumlah rinciannya",
     """Baris "Jumlah"/"Total" sebuah kolom pagu, anggaran, realisasi atau sisa harus sama dengan
jumlah baris di atasnya (seluruh baris, atau baris pada satu tingkat: program "1", "2" atau
kegiatan "1.1", "1.2").

Contoh salah:

    | Program A | 100.000 |
    | Program B | 250.000 |
    | Jumlah    | 360.000 |

Contoh benar:

    | Jumlah    | 350.000 |"""),
    (k.REVIU_RATA, "reviu-rata-rata", E, "Rata-rata tidak sama dengan rata-rata bagiannya",
     """Baris "Rata-rata" harus sama dengan rata-rata baris di atasnya; "rata-rata capaian" di
kalimat dan capaian sasaran di tabel efisiensi harus sama dengan rata-rata capaian indikator
laporan (dihitung dari realisasi dan target yang dicetak), pada desimal yang dicetak (seed
E03: "rata-rata capaian … 100 %" padahal rata-rata 103,30; 100; 100 = 101,10; E11).

Contoh salah:

    Nilai rata-rata capaian kinerja sasaran strategis adalah 100%.

Contoh benar:

    Nilai rata-rata capaian kinerja sasaran strategis adalah 101,10%."""),
    (k.REVIU_SISA, "reviu-sisa", E, "Sisa anggaran tidak sama dengan pagu dikurangi realisasi",
     """Kolom sisa harus sama dengan pagu − realisasi baris yang sama.

Contoh salah:

    | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) |
    | 100.000   | 91.000         | 8.000     |

Contoh benar:

    | 100.000   | 91.000         | 9.000     |"""),
    (k.REVIU_BERBEDA, "reviu-angka-berbeda", E, "Angka yang sama dicetak berbeda di dua tempat",
     """Angka untuk hal yang sama (pagu atau realisasi sebuah program, target, realisasi atau
capaian sebuah indikator pada tahun atau triwulan yang sama, satuannya) dicetak berbeda di
dua tabel. Tempat yang berbeda dari kebanyakan tempat lain dilaporkan (bila sama banyak: yang
belakangan), dengan menyebut tempat pembandingnya. Angka yang sudah dilaporkan salah hitung
tidak dibandingkan lagi (seed E07, E14, E15, E21).

Contoh salah:

    Tabel 3.5: Program Penyelenggaraan Pemerintahan … pagu 67.485.922
    Tabel 3.6: Program Penyelenggaraan Pemerintahan … pagu 67.500.922

Contoh benar: satu pagu untuk satu program di semua tabel."""),
    (k.REVIU_BILANGAN, "reviu-bilangan", E, "Jumlah yang disebut di teks tidak sesuai dokumen",
     """"N Bab", "N program", "N sasaran", "N indikator" di kalimat, dan kolom "Jumlah
Program", dibandingkan dengan yang dimuat dokumen: judul BAB, baris program di tabel, sasaran
dan indikator di tabel kinerja (seed E16, E18, E19). Kalimat tentang program sebuah indikator
atau sasaran ("program yang mendukung indikator ini") tidak dibandingkan dengan seluruh
program. Laporan dengan tabel capaian per tingkat kaskade ("Capaian Indikator Sasaran
Program") dibaca per tingkat: "2 sasaran program" dibandingkan dengan sasaran di tabel
tingkat itu, dan "dengan 3 indikator" tepat sesudahnya tidak boleh kurang dari indikator di
tabel itu (tabel memuat IKU-nya, tingkat itu boleh punya indikator lain).

Contoh salah:

    Laporan ini dibagi dalam 3 (tiga) Bab.   (dokumen memuat BAB I–IV)

Contoh benar:

    Laporan ini dibagi dalam 4 (empat) Bab."""),
    (k.REVIU_KATEGORI, "reviu-kategori", W, "Kategori capaian tidak diberikan oleh skala laporan",
     """Kategori yang disebut ("kategori Sangat Tinggi") harus label skala yang dinyatakan
laporan (tabel skala: interval capaian dan kategorinya) untuk capaian yang disebut di
kalimat yang sama. Laporan yang menyebut kategori tanpa menyatakan skalanya juga dilaporkan
(seed E04, E37).

Contoh salah:

    Rata-rata capaian 101,10% dengan kategori Berhasil.  (skala tidak dinyatakan)

Contoh benar:

    Rata-rata capaian 101,10% dengan kategori Sangat Tinggi.  (skala Permendagri 86/2017
    dicetak di Bab III)"""),
    (k.REVIU_TANGGAL, "reviu-tanggal", E, "Tanggal di luar periode laporan",
     """Tanggal penandatanganan dibandingkan dengan periode laporan (tahun di sampul): laporan
tahun N ditandatangani setelah tahun N berakhir; evaluasi yang memuat triwulan IV tidak
bertanggal sebelum 31 Desember N; Rencana Kinerja Tahunan N disusun sebelum tahun N dimulai
(seed E31, E32, E33).

Contoh salah:

    KATA PENGANTAR … Dumai, Januari 2022   (laporan tahun 2022)

Contoh benar:

    Dumai, 31 Januari 2023"""),
    (k.REVIU_NOTASI, "reviu-notasi", W, "Angka ditulis dengan notasi bukan Indonesia",
     """Angka Indonesia memakai titik pemisah ribuan dan koma desimal (89,87; 1.103.336.776).
"80.5%" atau "1,103,336,776" adalah notasi Inggris: pembaca dapat salah membacanya.

Contoh salah:

    Capaian sebesar 80.5%.

Contoh benar:

    Capaian sebesar 80,5%."""),
    (k.REVIU_RUMUS, "reviu-rumus-kolom", E, "Kolom tidak sesuai rumus yang dinyatakan tabel",
     """Kolom yang judulnya menyatakan rumus ("(5) = (3) − (4)") atau yang rumusnya dinyatakan
di catatan tabel ("Tingkat efisiensi : capaian kinerja – penyerapan anggaran") dihitung ulang
dari angka yang dicetak di baris yang sama (seed E10: 100 − 98,96 = 1,04, tercetak 1,03).

Contoh salah:

    | Capaian (%) | Penyerapan (%) | Efisiensi (5) = (3) − (4) |
    | 103,30      | 98,00          | 5,29                      |

Contoh benar:

    | 103,30      | 98,00          | 5,30                      |"""),
    (k.REVIU_TRIWULAN, "reviu-triwulan", E,
     "Angka triwulan tidak sesuai dengan angka tahunan dengan cara agregasi mana pun",
     """Target (atau realisasi) triwulan harus menghasilkan angka tahunan dengan salah satu cara
agregasi: jumlahnya (akumulasi), atau TW IV (kumulatif, nilai akhir). Seed E20: IKM
30/30/20/17 (jumlah 97, TW IV 17) untuk target 87; E21/E22: TW IV 80 untuk target 87.

Contoh salah:

    | Target Tahunan | TW I | TW II | TW III | TW IV |
    | 87             | 30   | 30    | 20     | 17    |

Contoh benar:

    | 87             | –    | –     | –      | 87    |"""),
    (k.REVIU_TERTUKAR, "reviu-pagu-realisasi-tertukar", E,
     "Pagu dan realisasi tertukar di kalimat",
     """Kalimat menyebut sebagai pagu angka yang di tempat lain dokumen adalah realisasinya
(dan sebaliknya), sehingga realisasi tampak melebihi pagu (seed E05).

Contoh salah:

    … dialokasikan Rp1.070.096.194 … realisasi Rp1.103.336.776 …

Contoh benar:

    … dialokasikan Rp1.103.336.776 … realisasi Rp1.070.096.194 …"""),
    (k.REVIU_KOLOM_TANPA_JUDUL, "reviu-kolom-tanpa-judul", W,
     "Kolom berisi angka tanpa judul kolom",
     """Baris data sebuah tabel lebih lebar dari judulnya: sebuah kolom berisi angka tetapi tidak
berjudul, sehingga pembaca tidak tahu angka apa itu (seed E23: 20 sel di bawah 19 judul).

Contoh salah:

    | Realisasi Tahunan | Persen |        |
    | 89,87             | 103    | 103,30 |

Contoh benar:

    | Realisasi Tahunan | Persen |
    | 89,87             | 103,30 |"""),
    (k.REVIU_ANGGARAN_PK, "reviu-anggaran-pk", W, "Anggaran Perjanjian Kinerja berbeda dari pagu",
     """Anggaran sebuah program atau kegiatan di tabel Perjanjian Kinerja (kolom "Anggaran")
berbeda dari pagu yang dicetak untuk program atau kegiatan itu di tempat lain laporan (pagu
yang dicetak di kebanyakan tempat). Anggaran PK seharusnya pagu DPA; bila laporan memuat PK
Perubahan, hanya PK Perubahan yang dibandingkan. Program dan kegiatan yang dicetak sebagai
baris-baris di dalam satu sel (nama di satu sel, anggarannya di sel sebelahnya, baris demi
baris) juga dibaca (seed E07).

Contoh salah:

    Tabel 2.6 (PK): Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat  Rp 33.134.649
    Bab III: … kegiatan ini sebesar Rp 33.119.649,00 …

Contoh benar: anggaran PK Rp 33.119.649, sama dengan pagunya."""),
    (k.REVIU_SELISIH, "reviu-selisih", E, "Selisih yang disebut tidak sama dengan selisih angkanya",
     """Kalimat menyebut selisih dua angka dalam poin ("tingkat efisiensi … sebesar 5,29 poin",
"naik 4,15 poin dari 85,72"), tetapi selisih angka yang dicetak di kalimat itu lain.
Selisih dihitung dari angka sebagaimana dicetak, seperti pembaca menghitungnya: capaian
103,30% dan penyerapan 98,00% berselisih 5,30 poin, walaupun selisih angka yang belum
dibulatkan 5,29.

Contoh salah:

    Capaian kinerja 103,30% dicapai dengan penyerapan anggaran 98,00% … Tingkat efisiensi
    (capaian kinerja − penyerapan anggaran) sebesar 5,29 poin.

Contoh benar:

    … Tingkat efisiensi (capaian kinerja − penyerapan anggaran) sebesar 5,30 poin."""),
    (k.REVIU_PERBANDINGAN, "reviu-perbandingan", E,
     "Kata pembanding tidak sesuai angka yang dibandingkan",
     """Kalimat membandingkan angka dua tahun dengan kata yang tidak sesuai angkanya: "sama
dengan" padahal angkanya berbeda, "meningkat"/"naik" padahal angka tahun yang lebih baru
lebih kecil, "menurun"/"turun" padahal lebih besar; atau membandingkan sebuah tahun dengan
tahun itu sendiri dengan angka yang berbeda (salah tulis tahun). Hanya perbandingan yang
pasti diperiksa: kedua angka dan kedua tahunnya disebut di kalimat itu. "Membaik" dan
"memburuk" tidak diperiksa, karena arah baiknya bergantung pada polaritas indikator yang
tidak dinyatakan dokumen (seed E34).

Contoh salah:

    Pada tahun 2022 … sebesar 60% sama dengan tahun 2022 sebesar 100%.

Contoh benar:

    Pada tahun 2021 … sebesar 60%, meningkat pada tahun 2022 menjadi 100%."""),
    (k.REVIU_RUJUKAN, "reviu-rujukan", E,
     "Peraturan atau keputusan yang sama disebut dengan dua tahun",
     """Keputusan atau peraturan yang sama (penerbit dan nomor yang sama, dengan judul "tentang
…" yang sama, atau disebut di kalimat yang memuat pokok judul itu) dikutip dengan tahun
berbeda di dua tempat laporan. Nomor keputusan berulang setiap tahun, jadi nomor yang sama
dengan tahun berbeda tanpa judul yang menandakan keputusan yang sama tidak dilaporkan. Tempat
yang tahunnya berbeda dari kebanyakan kutipan dilaporkan (bila sama banyak: yang belakangan)
(seed E36).

Contoh salah:

    Berdasarkan Keputusan Walikota Dumai Nomor 197 Tahun 2022 tentang Pelimpahan sebagian
    Kewenangan Walikota kepada Camat …
    Adanya pelimpahan wewenang dari Walikota Dumai (Keputusan Walikota Dumai Nomor 197 Tahun
    2021)

Contoh benar: kedua kutipan "Nomor 197 Tahun 2022"."""),
]

BUG = [
    (k.ATURAN_GAGAL, "aturan-gagal", E, "Aturan pemeriksaan gagal dijalankan (bug lkjip)",
     """Sebuah aturan pemeriksaan berhenti karena galat pemrograman. Ini adalah bug lkjip,
bukan kesalahan data; laporkan ke pengembang beserta pesan dan datanya."""),
]
# fmt: on
