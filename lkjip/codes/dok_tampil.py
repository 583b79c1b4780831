"""The documentation of the codes for rendering (LK4xx) and the Excel import (LK5xx)."""

from __future__ import annotations

from lkjip.codes import nomor as k
from lkjip.codes.nomor import E, I, W

# The tables stay in their compact, readable layout (code, name, severity, title, doc).
# fmt: off
RENDER = [
    (k.TEMPLAT_SINTAKS, "templat-sintaks", E, "Sintaks templat salah",
     """Berkas narasi atau templat berisi sintaks Jinja yang salah, mis. `{{ ind.IKM.capaian }`
tanpa kurung penutup. `lkjip validate` sudah merender semua narasi, jadi galat ini muncul
sebelum `build`.

Contoh salah (narasi/ikhtisar.md):

    Capaian IKM sebesar {{ ind.IKM.capaian | persen }.

Contoh benar:

    Capaian IKM sebesar {{ ind.IKM.capaian | persen }}."""),
    (k.TEMPLAT_VARIABEL, "templat-variabel-tak-dikenal", E, "Variabel templat tidak dikenal",
     """Narasi merujuk nilai yang tidak ada, mis. `{{ ind.IKX.capaian }}` untuk indikator yang
tidak ada di renstra.yaml. lkjip tidak pernah mencetak kosong diam-diam.

Contoh salah (salah tulis id indikator dan nama filter):

    Capaian {{ ind.IKX.capaian | persen }}, anggaran {{ total.pagu | rupia }}.

Contoh benar (nama yang tersedia: docs/dev/contracts.md dan docs/tutorial.md):

    Capaian {{ ind.IKM.capaian | persen }}, anggaran {{ total.pagu | rupiah }}."""),
    (k.TEMPLAT_GALAT, "templat-galat", E, "Templat gagal dirender",
     """Templat gagal dijalankan karena sebab lain (mis. filter diberi nilai yang tidak
sesuai). Pesan menyebut berkas dan sebabnya."""),
    (k.NARASI_TAK_DIKENAL, "narasi-tak-dikenal", W, "Berkas narasi tidak dipakai",
     """Berkas di `narasi/` tidak sesuai nama bagian mana pun (lihat docs), sehingga tidak masuk
laporan. Biasanya salah ketik nama berkas."""),
    (k.MARKDOWN_TAK_DIDUKUNG, "markdown-tak-didukung", W, "Markdown yang tidak didukung",
     """Berkas narasi memakai unsur Markdown di luar bagian yang didukung: tabel (baris `| a | b |`
dengan garis pemisah `|---|`), gambar `![..](..)`, tautan `[..](..)`, atau daftar bertingkat
lebih dari satu tingkat. Unsur itu tidak dikenali dan dicetak sebagai teks biasa, lengkap
dengan tanda `|`, `[` dan `(`. Yang didukung: paragraf, daftar (satu tingkat anak), **tebal**,
*miring* dan judul `#` (docs/dev/contracts.md).

Contoh salah (narasi/ikhtisar.md):

    | Indikator | Capaian |
    |---|---|
    | IKM | {{ ind.IKM.capaian | persen }} |

Contoh benar:

    - IKM: capaian {{ ind.IKM.capaian | persen }}"""),
    (k.GAMBAR_TAK_ADA, "gambar-tak-ada", E, "Berkas gambar tidak ada",
     """Gambar yang dirujuk data (`instansi.logo` di lkjip.yaml, `bagan` di profil.yaml) tidak
ditemukan di folder data. Jalurnya relatif terhadap folder data.

Contoh salah:

    logo: logo.png          # berkasnya ada di lampiran/

Contoh benar:

    logo: lampiran/logo.png"""),
    (k.GAMBAR_TAK_TERBACA, "gambar-tak-terbaca", E, "Berkas gambar tidak dapat dibaca",
     """Gambar bukan PNG, JPEG atau GIF menurut isinya (bukan menurut nama berkasnya), rusak,
berukuran nol piksel, lebih dari 10 MB, atau menyatakan kerapatan (dpi) yang tidak masuk akal:
0, di bawah 10 atau di atas 10.000 dpi (python-docx memakai kerapatan itu untuk ukuran gambar di
dokumen). Simpan ulang gambar sebagai PNG atau JPEG.

Contoh salah: `lampiran/bagan.png` yang sebenarnya berkas PDF atau .docx yang diganti namanya.

Contoh benar: gambar yang diekspor sebagai PNG dari aplikasi penggambar bagan."""),
    (k.GAMBAR_TERLALU_BESAR, "gambar-terlalu-besar", E,
     "Gambar terlalu besar atau terlalu memanjang",
     """Ukuran gambar dibaca dari kepala berkasnya, sebelum gambar disisipkan. Satu gambar paling
banyak 40.000.000 piksel (lebar × tinggi), seluruh gambar satu laporan paling banyak
100.000.000 piksel (dilaporkan di gambar yang melampauinya), dan sisi panjang gambar paling
banyak 100 kali sisi pendeknya. Berkas kecil dapat menyatakan ukuran raksasa (PNG 14000×14000
piksel hanya 4,6 MB, atau kepala yang mengaku 1×2.147.483.648 piksel); LibreOffice dan Word
harus menguraikan setiap pikselnya. `validate` melaporkannya; `build` menolak menyusun laporan.

Contoh salah: `lampiran/bagan.png` berukuran 14000×14000 piksel.

Contoh benar: bagan yang diekspor selebar 2.000–4.000 piksel."""),
    (k.NARASI_MELAMPAUI_BATAS, "narasi-melampaui-batas", E, "Narasi melampaui batas sumber daya",
     """Templat narasi berjalan di sandbox dengan batas: paling banyak 1.000.000 langkah
(putaran `for`, panggilan makro atau fungsi, akses atribut) dan 5 detik per berkas, 5.000.000
langkah dan 30 detik untuk seluruh narasi satu laporan, `range` paling panjang 10.000, teks atau
daftar paling panjang 1.000.000 karakter/butir, teks hasil satu berkas narasi paling panjang
10.000.000 karakter, teks hasil seluruh narasi satu laporan paling panjang 10.000.000 karakter
(dilaporkan di berkas yang melampauinya), dan tambahan memori paling banyak 1 GB. Narasi yang
melampauinya — perulangan bersarang yang sangat besar, makro yang memanggil dirinya sendiri,
`'x' * 10**9` — dihentikan dan dilaporkan.

Contoh salah:

    {% for i in range(100000) %}{% for j in range(100000) %}.{% endfor %}{% endfor %}

Contoh benar:

    {% for i in renstra.indikator %}- {{ i.nama }}
    {% endfor %}"""),
]

EXCEL = [
    (k.EXCEL_TIDAK_TERBACA, "excel-tidak-terbaca", E,
     "Berkas Excel atau lembarnya tidak dapat dibaca",
     """Berkas .xlsx tidak ada, rusak, bukan format .xlsx (mis. .xls lama), atau lembar yang
diminta dengan --sheet tidak ada.

Contoh salah:
    lkjip import anggaran dpa.xls --sheet "Lembar 9"

Contoh benar:
    lkjip import anggaran dpa.xlsx --sheet "Sheet1"
"""),
    (k.EXCEL_HEADER_TIDAK_DITEMUKAN, "excel-header-tidak-ditemukan", E,
     "Baris judul kolom (kode, nama, pagu) tidak ditemukan di 10 baris pertama",
     """Impor mencari baris judul kolom di 10 baris pertama lembar; judul dua baris (mis.
"Anggaran" di atas "Sebelum Perubahan | Setelah Perubahan") dibaca sebagai satu. Kolom wajib:
kode (atau "kode rekening"), nama (atau "uraian", "nomenklatur") dan pagu (atau "anggaran",
"pagu anggaran", "anggaran setelah perubahan", "pagu perubahan"; bila ada anggaran sebelum
dan setelah perubahan, yang setelah perubahan dipakai). Kolom realisasi boleh ada
("realisasi", "realisasi s.d. triwulan IV"; realisasi kumulatif didahulukan, kolom "bulan
ini" dan "s.d. bulan lalu" tidak dipakai). Urutan dan huruf besar/kecil bebas.

Contoh salah (judul kolom tidak dikenali):
    | No | Program | Dana |

Contoh benar:
    | Kode | Uraian | Pagu Anggaran (Rp) | Realisasi (Rp) |
"""),
    (k.EXCEL_KODE_TIDAK_DIKENAL, "excel-kode-tidak-dikenal", E,
     "Bentuk kode bukan program, kegiatan, atau sub kegiatan",
     """Tingkat baris ditentukan dari bentuk kodenya (Permendagri 90/2019): program `7.01.02`,
kegiatan `7.01.02.2.01`, sub kegiatan `7.01.02.2.01.0001` atau `7.01.02.2.01.01`. Baris urusan
(`7`), bidang urusan (`7.01`) dan unit SKPD (`7.01.0.00.0.00.06.0000`) dilewati tanpa pesan,
baris rekening belanja (`5.1.02.01.01.0024`) dengan LK519; kode lain (mis. `7.1.2`, atau kode
unit yang salah ketik) dilaporkan dan barisnya dilewati.

Contoh salah:
    | 7.1.2 | Program Penyelenggaraan Pemerintahan | 1.103.336.776 |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | 1.103.336.776 |
"""),
    (k.EXCEL_INDUK_BELUM_ADA, "excel-induk-belum-ada", E,
     "Program atau kegiatan induk tidak ada di lembar maupun di nomenklatur",
     """Induk setiap baris dicari dari awalan kodenya, di mana pun barisnya: kegiatan
`7.01.02.2.01` milik program `7.01.02`, sub kegiatan `7.01.02.2.01.0001` milik kegiatan
`7.01.02.2.01`. Bila baris induk tidak ada, induk dibuat dari nomenklatur (LK520); bila
kodenya juga tidak ada di nomenklatur, baris itu dilewati karena namanya tidak diketahui.

Contoh salah (program 7.01.09 tidak ada di lembar maupun di nomenklatur):
    | 7.01.09.2.01 | Kegiatan Lain | 500.000.000 |

Contoh benar:
    | 7.01.09      | Program Lain  | 500.000.000 |
    | 7.01.09.2.01 | Kegiatan Lain | 500.000.000 |
"""),
    (k.EXCEL_ANGKA_TIDAK_VALID, "excel-angka-tidak-valid", E,
     "Pagu atau realisasi bukan angka rupiah",
     """Sel pagu dan realisasi berisi angka, atau teks angka cara Indonesia: `1.103.336.776`,
`Rp 1.103.336.776,00`, `Rp. 1.103.336.776,-`. Titik memisahkan ribuan, koma memulai sen
(paling banyak dua angka). Sel kosong atau `-` berarti belum ada nilai.

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... | 1,103,336,776 |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 1.103.336.776 |
"""),
    (k.EXCEL_ANGKA_NEGATIF, "excel-angka-negatif", E, "Pagu atau realisasi bernilai negatif",
     """Pagu dan realisasi anggaran tidak pernah negatif.

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... | -15.000 |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 15.000 |
"""),
    (k.EXCEL_KODE_GANDA, "excel-kode-ganda", E, "Kode yang sama muncul dua kali",
     """Setiap program, kegiatan dan sub kegiatan hanya boleh satu baris. Baris kedua dilewati.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
"""),
    (k.EXCEL_NAMA_KOSONG, "excel-nama-kosong", E, "Baris berkode tanpa nama",
     """Setiap program, kegiatan dan sub kegiatan membutuhkan nama (nomenklatur).

Contoh salah:
    | 7.01.02 |  | 1.103.336.776 |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | 1.103.336.776 |
"""),
    (k.EXCEL_PAGU_KOSONG, "excel-pagu-kosong", E,
     "Sub kegiatan (atau kegiatan tanpa sub kegiatan) tanpa pagu",
     """Pagu wajib untuk setiap sub kegiatan, dan untuk kegiatan yang tidak memiliki sub
kegiatan. Pagu program dan kegiatan yang punya rincian boleh kosong (dihitung dari jumlahnya).

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... |  |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 250.000.000 |
"""),
    (k.EXCEL_PROGRAM_TANPA_KEGIATAN, "excel-program-tanpa-kegiatan", E,
     "Program tanpa satu pun kegiatan",
     """Setiap program di anggaran.yaml membutuhkan setidaknya satu kegiatan di bawahnya.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | 500.000.000 |
    | 7.01.03 | Program Pemberdayaan Masyarakat      | 300.000.000 |

Contoh benar:
    | 7.01.02      | Program Penyelenggaraan Pemerintahan | 500.000.000 |
    | 7.01.02.2.01 | Koordinasi Penyelenggaraan ...       | 500.000.000 |
"""),
    (k.EXCEL_JUMLAH_TIDAK_SAMA, "excel-jumlah-tidak-sama", W,
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
"""),
    (k.EXCEL_TAHUN_TIDAK_DIKETAHUI, "excel-tahun-tidak-diketahui", W,
     "Tahun anggaran tidak ditemukan",
     """Tahun diambil dari anggaran.yaml yang sudah ada, atau dari judul lembar di atas baris
judul kolom (mis. "TAHUN ANGGARAN 2022" atau "Tahun: 2022"). Bila tidak ada, isi `tahun:`
sendiri di anggaran.yaml hasil impor.

Contoh salah (tanpa judul dan tanpa anggaran.yaml lama):
    | Kode | Uraian | Pagu |

Contoh benar:
    | DPA PERUBAHAN TAHUN ANGGARAN 2022 |
    | Kode | Uraian | Pagu |
"""),
    (k.EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA, "excel-anggaran-lama-tidak-terbaca", E,
     "anggaran.yaml yang sudah ada tidak dapat dibaca",
     """Impor membaca anggaran.yaml lama untuk mempertahankan isian yang tidak ada di Excel
(`tahun`, `dokumen`, `sumber_realisasi`, `penunjang`, `indikator`). Perbaiki dulu berkas itu
(`lkjip validate`), atau impor tanpa --dataset.

Contoh salah:
    program: [ {kode: '7.01.02'

Contoh benar:
    program:
      - kode: '7.01.02'
"""),
    (k.EXCEL_PROGRAM_LAMA_HILANG, "excel-program-lama-hilang", W,
     "Program di anggaran.yaml lama tidak ada di Excel",
     """Program yang ada di anggaran.yaml lama tetapi tidak ada di Excel tidak ikut ditulis,
beserta isian `penunjang` dan `indikator`-nya. Bila program itu memang masih ada, tambahkan
barisnya di Excel.

Contoh salah (lama: 7.01.05, Excel: tidak ada):
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
    | 7.01.05 | Program Penyelenggaraan Urusan Pemerintahan Umum |
"""),
    (k.EXCEL_TAHUN_BERBEDA, "excel-tahun-berbeda", W,
     "Tahun di judul Excel berbeda dengan tahun anggaran.yaml lama",
     """Tahun dari anggaran.yaml lama dipertahankan. Bila Excel adalah anggaran tahun baru,
ubah `tahun:` setelah impor, atau impor tanpa --dataset.

Contoh salah:
    anggaran.yaml: tahun: 2021; Excel: "TAHUN ANGGARAN 2022"

Contoh benar:
    anggaran.yaml: tahun: 2022; Excel: "TAHUN ANGGARAN 2022"
"""),
    (k.EXCEL_TERLALU_BESAR, "excel-terlalu-besar", E, "Berkas Excel terlalu besar",
     """Berkas Excel berasal dari orang lain, jadi ukurannya dibatasi sebelum dibaca: berkas
.xlsx paling besar 20 MB, isinya setelah dibuka (.xlsx adalah arsip zip) paling banyak 50 MB
dan 10.000 bagian, dan tidak ada bagian berukuran lebih dari 1 MB yang mengembang lebih dari
500 kali (bom zip). Lembar yang dibaca paling banyak berisi 100.000 baris dan 100 kolom; yang
dihitung adalah sel yang berisi, bukan ukuran yang dinyatakan berkas (`<dimension
ref="A1:XFD1048576">` tidak membuat lkjip menyiapkan miliaran sel). Anggaran satu Pemda
hanya beberapa MB dan beberapa puluh ribu baris.

Contoh salah: berkas 200 kB yang mengembang menjadi 5 GB, atau lembar dengan isi di sel
XFD1048576.

Contoh benar: ekspor DPA dari SIPD, disimpan ulang sebagai .xlsx bila perlu."""),
    (k.EXCEL_XML_TERLARANG, "excel-xml-terlarang", E, "Berkas Excel memuat deklarasi XML terlarang",
     """Salah satu bagian berkas .xlsx memuat deklarasi `<!DOCTYPE` atau `<!ENTITY`. Excel dan
LibreOffice tidak pernah menulisnya; deklarasi itu dipakai untuk bom entitas (*billion laughs*)
atau entitas eksternal (XXE) yang mencoba membaca berkas lain. Berkas ditolak sebelum XML-nya
diurai.

Contoh salah:

    <!DOCTYPE x [<!ENTITY a "aaaa…"><!ENTITY b "&a;&a;&a;…">]>

Contoh benar: berkas yang disimpan langsung dari Excel atau LibreOffice Calc."""),
    (k.EXCEL_RUMUS, "excel-rumus", E, "Sel Excel berisi rumus",
     """Sel kode, nama, pagu atau realisasi pada baris program, kegiatan atau sub kegiatan berisi
rumus. lkjip tidak menghitung rumus, dan nilai yang tersimpan bersama rumus bisa kosong atau
usang (berkas yang tidak dihitung ulang sebelum disimpan). Sel itu tidak diimpor. Baris tanpa
kode (mis. baris `JUMLAH`) boleh berisi rumus.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | =SUM(C4:C9) |

Contoh benar (salin kolom, lalu Paste Special → Values):
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | 100000000 |
"""),
    (k.EXCEL_BARIS_REKENING, "excel-baris-rekening", I,
     "Baris rekening belanja dilewati (atau dijumlahkan ke sub kegiatannya)",
     """Ekspor DPA dari SIPD memuat baris rekening belanja (kode `5.1.02.01.01.0024`, "Belanja
Alat/Bahan untuk Kegiatan Kantor") di bawah setiap sub kegiatan. anggaran.yaml hanya sampai
sub kegiatan, jadi baris rekening tidak ditulis. Bila baris sub kegiatan tidak berisi pagu
(atau realisasi) sendiri, angkanya dijumlahkan dari rekening paling rinci (enam bagian kode)
di bawahnya. Satu temuan per lembar, di baris rekening pertama.

Contoh salah (pagu sub kegiatan kosong, dijumlahkan = 1.500.000):
    | 7.01.02.2.01.0001 | Sinergitas ...             |           |
    | 5.1.02.01.01.0024 | Belanja Alat Tulis Kantor  | 1.000.000 |
    | 5.1.02.01.01.0026 | Belanja Bahan Cetak        |   500.000 |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ...             | 1.500.000 |
"""),
    (k.EXCEL_INDUK_DARI_KODE, "excel-induk-dari-kode", I,
     "Program atau kegiatan induk dibuat dari kode dan nomenklatur",
     """Lembar berisi kegiatan (atau sub kegiatan) tanpa baris program (atau kegiatan) di
atasnya. Induknya dibuat dari awalan kode, dengan nama dari nomenklatur
(`data/nomenklatur.yaml`), tanpa pagu sendiri: pagunya jumlah rinciannya.

Contoh salah (tanpa baris program 7.01.02):
    | 7.01.02.2.01 | Koordinasi Penyelenggaraan Kegiatan Pemerintahan | 500.000.000 |

Contoh benar:
    | 7.01.02      | Program Penyelenggaraan Pemerintahan             | 500.000.000 |
    | 7.01.02.2.01 | Koordinasi Penyelenggaraan Kegiatan Pemerintahan | 500.000.000 |
"""),
]
# fmt: on
