"""The one catalogue of diagnostic codes: every code lkjip can emit, at every stage.

A leaf module (it imports only `lkjip.diagnostics`), so the loader, the schema, the rules, the
render stage and the Excel import all take their codes from here, under one constant name per
code. Importing it fills `lkjip.diagnostics.CATALOGUE`; the list is static and complete
whichever other modules are imported, and `lkjip rules` and docs/referensi/aturan.md read it.

The documentation (`doc`, shown by `lkjip rules KODE`) is written here for every code except
the cross-file rules (LK2xx, LK3xx): their documentation is the docstring of the rule function
in `lkjip.checks`, which `@rule` attaches after checking that code, name, severity and title
agree with this table.

A code is never reused or renumbered: users script against them (`lkjip rules`, pengakuan in
`lkjip.yaml`). Removed codes are listed in `REMOVED` and in CHANGELOG.md.

Each `doc` is Indonesian, like every user-facing text.
"""

from __future__ import annotations

from lkjip.diagnostics import CATALOGUE, CodeInfo, Severity, register_code

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741 - short table columns

# --- LK0xx: reading files -------------------------------------------------------------------

BERKAS_TAK_TERBACA = "LK001"
BUKAN_TEKS = "LK002"
SINTAKS_YAML = "LK003"
KUNCI_GANDA = "LK004"
DOKUMEN_WAJIB_HILANG = "LK005"
BERKAS_TAK_DIKENAL = "LK006"
DOKUMEN_BUKAN_PEMETAAN = "LK007"
ANGKA_OKTAL = "LK008"
ANGKA_SEKSAGESIMAL = "LK009"
YAML_TAK_DIDUKUNG = "LK010"
BERKAS_TERLALU_BESAR = "LK011"
DI_LUAR_FOLDER_DATA = "LK012"
ANGKA_HEKSADESIMAL = "LK013"
ANGKA_TERLALU_PANJANG = "LK014"
FOLDER_TERLALU_BANYAK_BERKAS = "LK015"

# --- LK1xx: schema ---------------------------------------------------------------------------

KOLOM_WAJIB = "LK101"
KUNCI_TAK_DIKENAL = "LK102"
TIPE_SALAH = "LK103"
PILIHAN_TAK_DIKENAL = "LK104"
ANGKA_SEBAGAI_TEKS = "LK105"
YAML11_BOOLEAN = "LK106"
YAML11_ANGKA = "LK107"
YAML11_TANGGAL = "LK108"
DI_LUAR_RENTANG = "LK109"
JUMLAH_BUTIR = "LK110"
FORMAT_TEKS = "LK111"
NILAI_TAK_SAH = "LK112"
PENGAKUAN_USANG = "LK120"
PENGAKUAN_GALAT = "LK121"
PENGAKUAN_BENTUK_LAMA = "LK122"

# --- LK4xx: rendering ------------------------------------------------------------------------

TEMPLAT_SINTAKS = "LK401"
TEMPLAT_VARIABEL = "LK402"
TEMPLAT_GALAT = "LK403"
NARASI_TAK_DIKENAL = "LK404"
MARKDOWN_TAK_DIDUKUNG = "LK405"
GAMBAR_TAK_ADA = "LK406"
GAMBAR_TAK_TERBACA = "LK407"
NARASI_MELAMPAUI_BATAS = "LK409"
GAMBAR_TERLALU_BESAR = "LK410"


# --- LK5xx: Excel import (`lkjip import anggaran`) ---------------------------------------

EXCEL_TIDAK_TERBACA = "LK501"
EXCEL_HEADER_TIDAK_DITEMUKAN = "LK502"
EXCEL_KODE_TIDAK_DIKENAL = "LK503"
EXCEL_INDUK_BELUM_ADA = "LK504"
EXCEL_ANGKA_TIDAK_VALID = "LK505"
EXCEL_ANGKA_NEGATIF = "LK506"
EXCEL_KODE_GANDA = "LK507"
EXCEL_NAMA_KOSONG = "LK508"
EXCEL_PAGU_KOSONG = "LK509"
EXCEL_PROGRAM_TANPA_KEGIATAN = "LK510"
EXCEL_JUMLAH_TIDAK_SAMA = "LK511"
EXCEL_TAHUN_TIDAK_DIKETAHUI = "LK512"
EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA = "LK513"
EXCEL_PROGRAM_LAMA_HILANG = "LK514"
EXCEL_TAHUN_BERBEDA = "LK515"
EXCEL_TERLALU_BESAR = "LK516"
EXCEL_XML_TERLARANG = "LK517"
EXCEL_RUMUS = "LK518"
EXCEL_BARIS_REKENING = "LK519"
EXCEL_INDUK_DARI_KODE = "LK520"

# --- LK6xx: reviu of a Word report lkjip did not make (`lkjip reviu`) ----------------------

REVIU_TAK_TERBACA = "LK601"
REVIU_CAPAIAN = "LK602"
REVIU_PERSEN = "LK603"
REVIU_JUMLAH = "LK604"
REVIU_RATA = "LK605"
REVIU_SISA = "LK606"
REVIU_BERBEDA = "LK607"
REVIU_BILANGAN = "LK608"
REVIU_KATEGORI = "LK609"
REVIU_TANGGAL = "LK610"
REVIU_NOTASI = "LK611"
REVIU_RUMUS = "LK612"
REVIU_TRIWULAN = "LK613"
REVIU_TERTUKAR = "LK614"
REVIU_KOLOM_TANPA_JUDUL = "LK615"
REVIU_ANGGARAN_PK = "LK616"
REVIU_SELISIH = "LK617"
REVIU_PERBANDINGAN = "LK618"
REVIU_RUJUKAN = "LK619"

# --- LK9xx: lkjip itself --------------------------------------------------------------------

ATURAN_GAGAL = "LK901"  # a rule crashed: a bug of lkjip, not of the data


# The tables stay in their compact, readable layout (code, name, severity, title, doc).
# fmt: off
_LOAD = [
    (BERKAS_TAK_TERBACA, "berkas-tak-terbaca", E, "Berkas tidak dapat dibaca",
     """Berkas ada di folder data tetapi tidak dapat dibuka: izin baca tidak ada, tautan
simbolik rusak, atau nama itu ternyata sebuah folder.

Perbaiki izin berkas (mis. `chmod u+r kinerja.yaml`) atau ganti berkasnya."""),
    (BUKAN_TEKS, "bukan-teks-utf8", E, "Berkas bukan teks UTF-8",
     """Berkas YAML dan Markdown harus berupa teks UTF-8. Berkas biner (mis. .docx yang diberi
nama .yaml) atau teks dengan pengodean lain (Windows-1252) tidak dapat dibaca.

Simpan ulang berkas sebagai "UTF-8" dari penyunting teks.

Karakter kendali (kode 0x00–0x1F selain tab dan baris baru, mis. NUL) juga ditolak, baik
tertulis langsung maupun sebagai escape di dalam tanda kutip ganda (`"\\x00"`, `"\\u0001"`):
dokumen Word tidak dapat memuatnya.

Contoh salah:

    nama: "Kecamatan\\x00Dumai Kota"

Contoh benar:

    nama: Kecamatan Dumai Kota"""),
    (SINTAKS_YAML, "sintaks-yaml", E, "Sintaks YAML salah",
     """YAML tidak dapat diurai. Posisi yang ditunjuk adalah tempat pengurai menyerah; kesalahannya
sering ada satu baris di atasnya (indentasi, tanda kutip yang tidak ditutup, titik dua hilang).

Contoh salah:

    instansi:
      nama: "Kecamatan Dumai Kota
      kota: Dumai

Contoh benar:

    instansi:
      nama: "Kecamatan Dumai Kota"
      kota: Dumai"""),
    (KUNCI_GANDA, "kunci-ganda", E, "Kunci ditulis dua kali",
     """Kunci yang sama muncul dua kali dalam satu pemetaan. Pengurai YAML biasa diam-diam memakai
yang terakhir; lkjip menolaknya agar tidak ada angka yang hilang tanpa disadari.

Contoh salah:

    target:
      2022: 87
      2022: 88

Contoh benar:

    target:
      2022: 87
      2023: 88"""),
    (DOKUMEN_WAJIB_HILANG, "dokumen-wajib-hilang", E, "Berkas wajib tidak ada",
     """Folder data harus berisi `lkjip.yaml`, `renstra.yaml`, `kinerja.yaml` dan `anggaran.yaml`.
`profil.yaml` dan `narasi/` boleh tidak ada. Buat berkas yang hilang (lihat `lkjip init`)."""),
    (BERKAS_TAK_DIKENAL, "berkas-tak-dikenal", W, "Berkas YAML yang tidak dikenal",
     """Ada berkas YAML di folder data yang tidak dibaca lkjip, mis. salah ketik nama berkas
(`kinerja.yml`, `renstra2.yaml`). Isinya tidak masuk ke laporan.

Ganti nama berkas menjadi salah satu dari: lkjip.yaml, renstra.yaml, kinerja.yaml,
anggaran.yaml, profil.yaml — atau pindahkan ke luar folder data."""),
    (DOKUMEN_BUKAN_PEMETAAN, "dokumen-bukan-pemetaan", E, "Isi berkas bukan pemetaan",
     """Setiap berkas YAML harus berisi pemetaan `kunci: nilai` di tingkat teratas, bukan daftar,
teks tunggal, atau berkas kosong.

Contoh salah:

    - tahun: 2022

Contoh benar:

    tahun: 2022"""),
    (ANGKA_OKTAL, "angka-oktal", E, "Angka dengan nol di depan dibaca sebagai oktal",
     """YAML 1.1 membaca bilangan bulat yang diawali nol sebagai bilangan oktal: `010` menjadi 8,
`07` menjadi 7. Hampir selalu itu bukan maksud penulis, karena itu lkjip menolaknya dan tidak
membacanya sebagai angka.

Contoh salah:

    kode_pos: 010

Contoh benar:

    kode_pos: "010"     # teks
    jumlah: 10          # angka"""),
    (ANGKA_SEKSAGESIMAL, "angka-seksagesimal", E, "Angka dengan titik dua dibaca basis 60",
     """YAML 1.1 membaca `1:30` sebagai bilangan basis 60 (90). lkjip menolaknya dan tidak
membacanya sebagai angka; jika yang dimaksud jam atau perbandingan, beri tanda kutip.

Contoh salah:

    waktu: 1:30

Contoh benar:

    waktu: "1:30\""""),
    (YAML_TAK_DIDUKUNG, "yaml-tak-didukung", E, "Fitur YAML yang tidak didukung",
     """Tag YAML (`!!python/...`, `!tag`, `!!set`), kunci yang bukan teks atau angka (`? [a, b]`),
alias yang merujuk dirinya sendiri, alias bersarang yang mengembang menjadi sangat banyak nilai,
dan struktur yang bersarang lebih dari 64 tingkat tidak didukung. Tag skema inti (`!!str`,
`!!int`, `!!float`, `!!bool`, `!!null`, `!!timestamp`) diterima hanya bila teksnya memang
berbentuk jenis itu: `!!float abc` atau `!!bool abc` ditolak dan tidak dibaca.

Contoh salah:

    tanggal: !!timestamp 31-01-2023
    target: !!float abc
    a: &a [x, x]
    b: &b [*a, *a]

Contoh benar:

    tanggal: 2023-01-31"""),
    (BERKAS_TERLALU_BESAR, "berkas-terlalu-besar", E, "Berkas terlalu besar",
     """Berkas YAML lebih dari 8 MB atau berisi lebih dari 250.000 unsur (kunci dan nilai), alias
YAML (`*nama`) yang mengembang menjadi lebih dari 1 MB teks di luar isi berkasnya, berkas
narasi lebih dari 256 kB, atau narasi seluruhnya lebih dari 2 MB. Data satu laporan jauh lebih
kecil (contoh Kecamatan Dumai Kota: YAML sekitar 40 kB, narasi 43 kB); berkas sebesar itu hampir
pasti salah tempel atau salah ekspor. lkjip menolaknya sebelum mengurai, agar pemeriksaan tetap
selesai dalam beberapa detik (docs/security.md).

Pisahkan atau perkecil berkasnya; gambar disimpan sebagai berkas gambar di `lampiran/`, bukan
di dalam YAML."""),
    (DI_LUAR_FOLDER_DATA, "di-luar-folder-data", E, "Berkas di luar folder data",
     """Berkas data, narasi atau gambar harus berada di dalam folder data. lkjip menolak jalur
absolut (`/etc/...`), jalur yang keluar dengan `..`, dan tautan simbolik yang menunjuk ke luar
folder data: data yang dikirim lewat pull request tidak boleh membuat lkjip membaca berkas lain
di mesin CI dan mencetaknya ke laporan (docs/security.md).

Contoh salah (lkjip.yaml):

    instansi:
      logo: ../../rahasia/logo.png

Contoh benar:

    instansi:
      logo: lampiran/logo.png"""),
    (ANGKA_HEKSADESIMAL, "angka-heksadesimal", E, "Angka heksadesimal atau biner tidak diterima",
     """YAML 1.1 membaca `0x5F5E100` sebagai bilangan basis 16 (100000000) dan `0b101` sebagai
bilangan basis 2. Angka laporan ditulis dalam basis 10; lkjip menolak bentuk itu dan tidak
membacanya sebagai angka (angka heksadesimal yang sangat panjang juga cara membuat pemeriksaan
lambat, docs/security.md).

Contoh salah:

    pagu: 0x5F5E100

Contoh benar:

    pagu: 100000000
    kode: "0x5F"        # teks"""),
    (ANGKA_TERLALU_PANJANG, "angka-terlalu-panjang", E, "Angka terlalu panjang",
     """Angka ditulis dengan lebih dari 100 karakter, atau dengan eksponen lebih dari 1000
(`1.0e-999999`). Angka laporan paling banyak belasan digit; angka sepanjang itu salah tempel,
dan lkjip menolaknya sebelum membacanya sebagai angka, agar pemeriksaan tetap cepat dan pesan
tetap pendek (docs/security.md).

Contoh salah:

    target:
      2022: 1.0e-999999

Contoh benar:

    target:
      2022: 87.5"""),
    (FOLDER_TERLALU_BANYAK_BERKAS, "folder-terlalu-banyak-berkas", E,
     "Folder data berisi terlalu banyak berkas",
     """Folder data atau folder `narasi/` berisi lebih banyak berkas dan folder daripada batas
lkjip: 2.000 berkas narasi, 10.000 isi folder `narasi/` seluruhnya, 10.000 isi folder data.
Laporan satu instansi hanya puluhan berkas (contoh Kecamatan Dumai Kota: 29; data buatan
enam belas kali dinas besar: sekitar 650 narasi); folder sebesar itu hampir pasti salah salin.
lkjip berhenti menelusuri folder itu dan tidak membaca narasinya, agar pemeriksaan tetap
selesai dalam beberapa detik (docs/security.md).

Contoh salah:

    narasi/indikator/IK00001.md … narasi/indikator/IK50000.md

Contoh benar:

    narasi/ikhtisar.md
    narasi/indikator/IKM.md"""),
]

_SCHEMA = [
    (KOLOM_WAJIB, "kolom-wajib", E, "Kolom wajib tidak ada atau kosong",
     """Kolom yang wajib diisi tidak ditulis, atau ditulis tanpa nilai. Lokasi menunjuk pemetaan
yang seharusnya memuat kolom itu.

Contoh salah:

    instansi:
      nama: Kecamatan Dumai Kota
      kota:

Contoh benar:

    instansi:
      nama: Kecamatan Dumai Kota
      kota: Dumai"""),
    (KUNCI_TAK_DIKENAL, "kunci-tak-dikenal", E, "Kunci yang tidak dikenal",
     """Kunci ini tidak ada dalam skema. Biasanya salah ketik; lkjip menyebut kunci yang paling
mirip. Nilai di bawah kunci yang salah ketik tidak pernah masuk laporan, karena itu ditolak.

Contoh salah:

    realisai:
      2022: 89.87

Contoh benar:

    realisasi:
      2022: 89.87"""),
    (TIPE_SALAH, "tipe-salah", E, "Jenis nilai salah",
     """Nilai tidak berjenis yang diminta: mis. daftar di tempat teks, teks di tempat tanggal.

Contoh salah:

    tanggal: 31 Januari 2023

Contoh benar:

    tanggal: 2023-01-31"""),
    (PILIHAN_TAK_DIKENAL, "pilihan-tak-dikenal", E, "Nilai di luar pilihan",
     """Kolom ini hanya menerima nilai dari daftar tetap. Pesan menyebut pilihan yang sah.

Contoh salah:

    polaritas: naik

Contoh benar:

    polaritas: positif"""),
    (ANGKA_SEBAGAI_TEKS, "angka-sebagai-teks", E, "Angka ditulis sebagai teks berformat Indonesia",
     """Angka ditulis seperti di laporan (`"89,87"`, `"1.103.336.776"`, `"Rp 100.000.000,-"`,
`"97,02%"`). Di data, angka ditulis tanpa tanda kutip, titik sebagai pemisah desimal, tanpa
pemisah ribuan; format Indonesia dibuat lkjip saat mencetak.

Untuk menyarankan angka yang benar lkjip membaca teks itu dengan satu aturan, aturan tulisan
Indonesia: titik memisahkan ribuan dan koma memulai desimal ("Rp" di depan, ",-" atau "%" di
belakang diabaikan). Jadi "1.103" dibaca seribu seratus tiga, bukan satu koma seratus tiga.
Teks dengan satu titik dan selain tiga angka di belakangnya ("89.87") dibaca sebagai
desimal. Angka itu tidak pernah dipakai diam-diam: datanya tetap harus diperbaiki.

Contoh salah:

    pagu: "1.103.336.776"
    realisasi: "89,87"

Contoh benar:

    pagu: 1103336776
    realisasi: 89.87"""),
    (YAML11_BOOLEAN, "yaml-1.1-boolean", E, "YAML membaca teks sebagai boolean",
     """YAML 1.1 membaca `yes`, `no`, `on`, `off`, `y`, `n` (huruf besar atau kecil) tanpa tanda
kutip sebagai true/false. Di kolom teks, beri tanda kutip.

Contoh salah:

    golongan: no

Contoh benar:

    golongan: "no\""""),
    (YAML11_ANGKA, "yaml-1.1-angka", E, "YAML membaca teks sebagai angka",
     """Teks yang terlihat seperti angka (`07`, `198202112003121004`, `1.5`) dibaca YAML sebagai
angka, dan nol di depan hilang. Di kolom teks (NIP, kode pos, kode), beri tanda kutip.

Contoh salah:

    nip: 198202112003121004

Contoh benar:

    nip: "19820211 200312 1 004\""""),
    (YAML11_TANGGAL, "yaml-1.1-tanggal", E, "YAML membaca teks sebagai tanggal",
     """Teks berbentuk `2022-01-31` dibaca YAML sebagai tanggal. Di kolom teks, beri tanda kutip.

Contoh salah:

    nomor: 2022-01-31

Contoh benar:

    nomor: "2022-01-31\""""),
    (DI_LUAR_RENTANG, "nilai-di-luar-rentang", E, "Nilai di luar batas",
     """Angka berada di luar batas yang diizinkan: tahun di luar 2000–2100, rupiah negatif atau
dengan lebih dari dua angka sen, bobot nol, triwulan di luar 1–4.

Contoh salah:

    tahun: 22

Contoh benar:

    tahun: 2022"""),
    (JUMLAH_BUTIR, "jumlah-butir-salah", E, "Jumlah butir daftar salah",
     """Daftar berisi terlalu sedikit atau terlalu banyak butir, mis. target triwulan harus tepat
empat nilai (tulis `null` untuk triwulan tanpa target).

Contoh salah:

    target: [25, 50, 75]

Contoh benar:

    target: [25, 50, 75, 100]"""),
    (FORMAT_TEKS, "format-teks-salah", E, "Bentuk teks tidak sah",
     """Pengenal (`id`, rujukan ke indikator/sasaran) harus diawali huruf dan hanya berisi huruf,
angka, titik, garis bawah atau tanda hubung, tanpa spasi.

Contoh salah:

    id: 1 IKM

Contoh benar:

    id: IKM"""),
    (NILAI_TAK_SAH, "nilai-tidak-sah", E, "Nilai tidak sah",
     """Nilai lolos pemeriksaan jenis tetapi tidak masuk akal bersama nilai lain, mis. rentang
dengan `min` lebih besar dari `max`, atau periode yang berakhir sebelum dimulai."""),
    (PENGAKUAN_USANG, "pengakuan-usang", W, "Pengakuan tidak cocok dengan temuan mana pun",
     """Butir `pengakuan` di `lkjip.yaml` tidak lagi cocok dengan diagnostik mana pun: datanya sudah
diperbaiki, atau kode/butir salah tulis. Hapus atau perbaiki butir itu agar alasan yang
dicetak di laporan tidak menyesatkan.

Sebuah pengakuan cocok bila `kode` sama dan `butir` sama dengan pokok temuan: id atau kode
butir yang dibicarakan (id indikator `IKM`, kode program/kegiatan `7.01.02`, id sasaran, angka
yang diketik di narasi). Pokok temuan tercantum di keluaran `--format json` (`subject`).

Contoh salah (selisih PK sudah diperbaiki, tetapi pengakuannya tertinggal):

    pengakuan:
      - kode: LK303
        butir: "7.01.02"
        alasan: PK ditandatangani sebelum DPA final.

Contoh benar: hapus butir itu, atau sesuaikan `kode`/`butir` dengan temuan yang masih ada."""),
    (PENGAKUAN_GALAT, "pengakuan-galat", E, "Galat tidak dapat diakui",
     """Hanya peringatan yang boleh diakui di `pengakuan`. Galat berarti data tidak dapat
dipakai untuk menyusun laporan; perbaiki datanya.

Contoh salah (LK301 realisasi melebihi pagu adalah galat):

    pengakuan:
      - kode: LK301
        butir: "7.01.02.2.01"
        alasan: realisasi memang lebih besar.

Contoh benar: perbaiki angka pagu atau realisasi di anggaran.yaml, lalu hapus pengakuan."""),
    (PENGAKUAN_BENTUK_LAMA, "pengakuan-bentuk-lama", W, "Pengakuan ditulis dalam bentuk lama",
     """Butir `pengakuan` di `lkjip.yaml` cocok dengan temuan hanya menurut cara lama: `butir`
muncul di pesan temuan, tetapi tidak sama dengan pokok temuannya. Sejak pengakuan dicocokkan
dengan pokok temuan (id indikator, kode program/kegiatan, id sasaran, angka yang diketik di
narasi), bentuk lama tidak lagi mengakui temuan itu. Pesan menyebut `butir` yang harus ditulis.

Contoh salah (temuan LK311 tentang indikator IKM, butir berisi teks pesan):

    pengakuan:
      - kode: LK311
        butir: "target RKT IKM"
        alasan: target RKT disusun sebelum reviu Renstra.

Contoh benar:

    pengakuan:
      - kode: LK311
        butir: IKM
        alasan: target RKT disusun sebelum reviu Renstra."""),
]

_RENDER = [
    (TEMPLAT_SINTAKS, "templat-sintaks", E, "Sintaks templat salah",
     """Berkas narasi atau templat berisi sintaks Jinja yang salah, mis. `{{ ind.IKM.capaian }`
tanpa kurung penutup. `lkjip validate` sudah merender semua narasi, jadi galat ini muncul
sebelum `build`.

Contoh salah (narasi/ikhtisar.md):

    Capaian IKM sebesar {{ ind.IKM.capaian | persen }.

Contoh benar:

    Capaian IKM sebesar {{ ind.IKM.capaian | persen }}."""),
    (TEMPLAT_VARIABEL, "templat-variabel-tak-dikenal", E, "Variabel templat tidak dikenal",
     """Narasi merujuk nilai yang tidak ada, mis. `{{ ind.IKX.capaian }}` untuk indikator yang
tidak ada di renstra.yaml. lkjip tidak pernah mencetak kosong diam-diam.

Contoh salah (salah tulis id indikator dan nama filter):

    Capaian {{ ind.IKX.capaian | persen }}, anggaran {{ total.pagu | rupia }}.

Contoh benar (nama yang tersedia: docs/dev/contracts.md dan docs/tutorial.md):

    Capaian {{ ind.IKM.capaian | persen }}, anggaran {{ total.pagu | rupiah }}."""),
    (TEMPLAT_GALAT, "templat-galat", E, "Templat gagal dirender",
     """Templat gagal dijalankan karena sebab lain (mis. filter diberi nilai yang tidak
sesuai). Pesan menyebut berkas dan sebabnya."""),
    (NARASI_TAK_DIKENAL, "narasi-tak-dikenal", W, "Berkas narasi tidak dipakai",
     """Berkas di `narasi/` tidak sesuai nama bagian mana pun (lihat docs), sehingga tidak masuk
laporan. Biasanya salah ketik nama berkas."""),
    (MARKDOWN_TAK_DIDUKUNG, "markdown-tak-didukung", W, "Markdown yang tidak didukung",
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
    (GAMBAR_TAK_ADA, "gambar-tak-ada", E, "Berkas gambar tidak ada",
     """Gambar yang dirujuk data (`instansi.logo` di lkjip.yaml, `bagan` di profil.yaml) tidak
ditemukan di folder data. Jalurnya relatif terhadap folder data.

Contoh salah:

    logo: logo.png          # berkasnya ada di lampiran/

Contoh benar:

    logo: lampiran/logo.png"""),
    (GAMBAR_TAK_TERBACA, "gambar-tak-terbaca", E, "Berkas gambar tidak dapat dibaca",
     """Gambar bukan PNG, JPEG atau GIF menurut isinya (bukan menurut nama berkasnya), rusak,
berukuran nol piksel, lebih dari 10 MB, atau menyatakan kerapatan (dpi) yang tidak masuk akal:
0, di bawah 10 atau di atas 10.000 dpi (python-docx memakai kerapatan itu untuk ukuran gambar di
dokumen). Simpan ulang gambar sebagai PNG atau JPEG.

Contoh salah: `lampiran/bagan.png` yang sebenarnya berkas PDF atau .docx yang diganti namanya.

Contoh benar: gambar yang diekspor sebagai PNG dari aplikasi penggambar bagan."""),
    (GAMBAR_TERLALU_BESAR, "gambar-terlalu-besar", E, "Gambar terlalu besar atau terlalu memanjang",
     """Ukuran gambar dibaca dari kepala berkasnya, sebelum gambar disisipkan. Satu gambar paling
banyak 40.000.000 piksel (lebar × tinggi), seluruh gambar satu laporan paling banyak
100.000.000 piksel (dilaporkan di gambar yang melampauinya), dan sisi panjang gambar paling
banyak 100 kali sisi pendeknya. Berkas kecil dapat menyatakan ukuran raksasa (PNG 14000×14000
piksel hanya 4,6 MB, atau kepala yang mengaku 1×2.147.483.648 piksel); LibreOffice dan Word
harus menguraikan setiap pikselnya. `validate` melaporkannya; `build` menolak menyusun laporan.

Contoh salah: `lampiran/bagan.png` berukuran 14000×14000 piksel.

Contoh benar: bagan yang diekspor selebar 2.000–4.000 piksel."""),
    (NARASI_MELAMPAUI_BATAS, "narasi-melampaui-batas", E, "Narasi melampaui batas sumber daya",
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

_EXCEL = [
    (EXCEL_TIDAK_TERBACA, "excel-tidak-terbaca", E,
     "Berkas Excel atau lembarnya tidak dapat dibaca",
     """Berkas .xlsx tidak ada, rusak, bukan format .xlsx (mis. .xls lama), atau lembar yang
diminta dengan --sheet tidak ada.

Contoh salah:
    lkjip import anggaran dpa.xls --sheet "Lembar 9"

Contoh benar:
    lkjip import anggaran dpa.xlsx --sheet "Sheet1"
"""),
    (EXCEL_HEADER_TIDAK_DITEMUKAN, "excel-header-tidak-ditemukan", E,
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
    (EXCEL_KODE_TIDAK_DIKENAL, "excel-kode-tidak-dikenal", E,
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
    (EXCEL_INDUK_BELUM_ADA, "excel-induk-belum-ada", E,
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
    (EXCEL_ANGKA_TIDAK_VALID, "excel-angka-tidak-valid", E,
     "Pagu atau realisasi bukan angka rupiah",
     """Sel pagu dan realisasi berisi angka, atau teks angka cara Indonesia: `1.103.336.776`,
`Rp 1.103.336.776,00`, `Rp. 1.103.336.776,-`. Titik memisahkan ribuan, koma memulai sen
(paling banyak dua angka). Sel kosong atau `-` berarti belum ada nilai.

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... | 1,103,336,776 |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 1.103.336.776 |
"""),
    (EXCEL_ANGKA_NEGATIF, "excel-angka-negatif", E, "Pagu atau realisasi bernilai negatif",
     """Pagu dan realisasi anggaran tidak pernah negatif.

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... | -15.000 |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 15.000 |
"""),
    (EXCEL_KODE_GANDA, "excel-kode-ganda", E, "Kode yang sama muncul dua kali",
     """Setiap program, kegiatan dan sub kegiatan hanya boleh satu baris. Baris kedua dilewati.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan |
"""),
    (EXCEL_NAMA_KOSONG, "excel-nama-kosong", E, "Baris berkode tanpa nama",
     """Setiap program, kegiatan dan sub kegiatan membutuhkan nama (nomenklatur).

Contoh salah:
    | 7.01.02 |  | 1.103.336.776 |

Contoh benar:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | 1.103.336.776 |
"""),
    (EXCEL_PAGU_KOSONG, "excel-pagu-kosong", E,
     "Sub kegiatan (atau kegiatan tanpa sub kegiatan) tanpa pagu",
     """Pagu wajib untuk setiap sub kegiatan, dan untuk kegiatan yang tidak memiliki sub
kegiatan. Pagu program dan kegiatan yang punya rincian boleh kosong (dihitung dari jumlahnya).

Contoh salah:
    | 7.01.02.2.01.0001 | Sinergitas ... |  |

Contoh benar:
    | 7.01.02.2.01.0001 | Sinergitas ... | 250.000.000 |
"""),
    (EXCEL_PROGRAM_TANPA_KEGIATAN, "excel-program-tanpa-kegiatan", E,
     "Program tanpa satu pun kegiatan",
     """Setiap program di anggaran.yaml membutuhkan setidaknya satu kegiatan di bawahnya.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | 500.000.000 |
    | 7.01.03 | Program Pemberdayaan Masyarakat      | 300.000.000 |

Contoh benar:
    | 7.01.02      | Program Penyelenggaraan Pemerintahan | 500.000.000 |
    | 7.01.02.2.01 | Koordinasi Penyelenggaraan ...       | 500.000.000 |
"""),
    (EXCEL_JUMLAH_TIDAK_SAMA, "excel-jumlah-tidak-sama", W,
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
    (EXCEL_TAHUN_TIDAK_DIKETAHUI, "excel-tahun-tidak-diketahui", W,
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
    (EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA, "excel-anggaran-lama-tidak-terbaca", E,
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
    (EXCEL_PROGRAM_LAMA_HILANG, "excel-program-lama-hilang", W,
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
    (EXCEL_TAHUN_BERBEDA, "excel-tahun-berbeda", W,
     "Tahun di judul Excel berbeda dengan tahun anggaran.yaml lama",
     """Tahun dari anggaran.yaml lama dipertahankan. Bila Excel adalah anggaran tahun baru,
ubah `tahun:` setelah impor, atau impor tanpa --dataset.

Contoh salah:
    anggaran.yaml: tahun: 2021; Excel: "TAHUN ANGGARAN 2022"

Contoh benar:
    anggaran.yaml: tahun: 2022; Excel: "TAHUN ANGGARAN 2022"
"""),
    (EXCEL_TERLALU_BESAR, "excel-terlalu-besar", E, "Berkas Excel terlalu besar",
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
    (EXCEL_XML_TERLARANG, "excel-xml-terlarang", E, "Berkas Excel memuat deklarasi XML terlarang",
     """Salah satu bagian berkas .xlsx memuat deklarasi `<!DOCTYPE` atau `<!ENTITY`. Excel dan
LibreOffice tidak pernah menulisnya; deklarasi itu dipakai untuk bom entitas (*billion laughs*)
atau entitas eksternal (XXE) yang mencoba membaca berkas lain. Berkas ditolak sebelum XML-nya
diurai.

Contoh salah:

    <!DOCTYPE x [<!ENTITY a "aaaa…"><!ENTITY b "&a;&a;&a;…">]>

Contoh benar: berkas yang disimpan langsung dari Excel atau LibreOffice Calc."""),
    (EXCEL_RUMUS, "excel-rumus", E, "Sel Excel berisi rumus",
     """Sel kode, nama, pagu atau realisasi pada baris program, kegiatan atau sub kegiatan berisi
rumus. lkjip tidak menghitung rumus, dan nilai yang tersimpan bersama rumus bisa kosong atau
usang (berkas yang tidak dihitung ulang sebelum disimpan). Sel itu tidak diimpor. Baris tanpa
kode (mis. baris `JUMLAH`) boleh berisi rumus.

Contoh salah:
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | =SUM(C4:C9) |

Contoh benar (salin kolom, lalu Paste Special → Values):
    | 7.01.02 | Program Penyelenggaraan Pemerintahan | 100000000 |
"""),
    (EXCEL_BARIS_REKENING, "excel-baris-rekening", I,
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
    (EXCEL_INDUK_DARI_KODE, "excel-induk-dari-kode", I,
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

_REVIU = [
    (REVIU_TAK_TERBACA, "dokumen-tak-terbaca", E, "Dokumen Word tidak dapat dibaca",
     """`lkjip reviu` hanya membaca dokumen Word .docx (Word 2007 ke atas). Berkas .doc lama,
PDF, berkas rusak, atau berkas lebih dari 50 MB tidak dapat dibaca; perintah keluar dengan
kode 2.

Contoh salah:

    lkjip reviu laporan.doc

Contoh benar (buka di Word atau LibreOffice, simpan sebagai .docx):

    lkjip reviu laporan.docx"""),
    (REVIU_CAPAIAN, "reviu-capaian", E, "Capaian di tabel tidak sesuai realisasi dan target",
     """Capaian yang dicetak sebuah baris dibandingkan dengan realisasi / target × 100 dari
baris yang sama, dan dengan kedua rumus indikator negatif ((2 − R/T) × 100 dan T/R × 100),
pada jumlah desimal yang dicetak: 103,2988 boleh dicetak 103 atau 103,30, tetapi tidak
103,2. Bila angka itu hasil pemotongan, pesan menyebutnya (seed E01).

Contoh salah:

    | Target | Realisasi | Capaian (%) |
    | 87     | 89,87     | 103,2       |

Contoh benar:

    | 87     | 89,87     | 103,30      |"""),
    (REVIU_PERSEN, "reviu-persen", E, "Persentase tidak sama dengan rasio angkanya",
     """Persentase penyerapan di tabel (realisasi / pagu × 100), persentase di kalimat yang
mengikuti dua jumlah rupiah ("Rp125.645.000 dengan realisasi Rp119.375.000 atau 100%"), rumus
yang ditulis ("89,87 / 87 × 100% = 103,2%"), dan penyerapan sasaran di tabel efisiensi
(Σ realisasi / Σ pagu program pendukungnya) harus sama dengan hasil baginya, dibulatkan ke
desimal yang dicetak (seed E06, E09, E12, E13).

Contoh salah:

    ... sebesar Rp100.000.000 dengan realisasi Rp91.809.900 atau 92,00%.

Contoh benar:

    ... sebesar Rp100.000.000 dengan realisasi Rp91.809.900 atau 91,81%."""),
    (REVIU_JUMLAH, "reviu-jumlah", E, "Baris jumlah tidak sama dengan jumlah rinciannya",
     """Baris "Jumlah"/"Total" sebuah kolom pagu, anggaran, realisasi atau sisa harus sama dengan
jumlah baris di atasnya (seluruh baris, atau baris pada satu tingkat: program "1", "2" atau
kegiatan "1.1", "1.2").

Contoh salah:

    | Program A | 100.000 |
    | Program B | 250.000 |
    | Jumlah    | 360.000 |

Contoh benar:

    | Jumlah    | 350.000 |"""),
    (REVIU_RATA, "reviu-rata-rata", E, "Rata-rata tidak sama dengan rata-rata bagiannya",
     """Baris "Rata-rata" harus sama dengan rata-rata baris di atasnya; "rata-rata capaian" di
kalimat dan capaian sasaran di tabel efisiensi harus sama dengan rata-rata capaian indikator
laporan (dihitung dari realisasi dan target yang dicetak), pada desimal yang dicetak (seed
E03: "rata-rata capaian … 100 %" padahal rata-rata 103,30; 100; 100 = 101,10; E11).

Contoh salah:

    Nilai rata-rata capaian kinerja sasaran strategis adalah 100%.

Contoh benar:

    Nilai rata-rata capaian kinerja sasaran strategis adalah 101,10%."""),
    (REVIU_SISA, "reviu-sisa", E, "Sisa anggaran tidak sama dengan pagu dikurangi realisasi",
     """Kolom sisa harus sama dengan pagu − realisasi baris yang sama.

Contoh salah:

    | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) |
    | 100.000   | 91.000         | 8.000     |

Contoh benar:

    | 100.000   | 91.000         | 9.000     |"""),
    (REVIU_BERBEDA, "reviu-angka-berbeda", E, "Angka yang sama dicetak berbeda di dua tempat",
     """Angka untuk hal yang sama (pagu atau realisasi sebuah program, target, realisasi atau
capaian sebuah indikator pada tahun atau triwulan yang sama, satuannya) dicetak berbeda di
dua tabel. Tempat yang berbeda dari kebanyakan tempat lain dilaporkan (bila sama banyak: yang
belakangan), dengan menyebut tempat pembandingnya. Angka yang sudah dilaporkan salah hitung
tidak dibandingkan lagi (seed E07, E14, E15, E21).

Contoh salah:

    Tabel 3.5: Program Penyelenggaraan Pemerintahan … pagu 67.485.922
    Tabel 3.6: Program Penyelenggaraan Pemerintahan … pagu 67.500.922

Contoh benar: satu pagu untuk satu program di semua tabel."""),
    (REVIU_BILANGAN, "reviu-bilangan", E, "Jumlah yang disebut di teks tidak sesuai dokumen",
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
    (REVIU_KATEGORI, "reviu-kategori", W, "Kategori capaian tidak diberikan oleh skala laporan",
     """Kategori yang disebut ("kategori Sangat Tinggi") harus label skala yang dinyatakan
laporan (tabel skala: interval capaian dan kategorinya) untuk capaian yang disebut di
kalimat yang sama. Laporan yang menyebut kategori tanpa menyatakan skalanya juga dilaporkan
(seed E04, E37).

Contoh salah:

    Rata-rata capaian 101,10% dengan kategori Berhasil.  (skala tidak dinyatakan)

Contoh benar:

    Rata-rata capaian 101,10% dengan kategori Sangat Tinggi.  (skala Permendagri 86/2017
    dicetak di Bab III)"""),
    (REVIU_TANGGAL, "reviu-tanggal", E, "Tanggal di luar periode laporan",
     """Tanggal penandatanganan dibandingkan dengan periode laporan (tahun di sampul): laporan
tahun N ditandatangani setelah tahun N berakhir; evaluasi yang memuat triwulan IV tidak
bertanggal sebelum 31 Desember N; Rencana Kinerja Tahunan N disusun sebelum tahun N dimulai
(seed E31, E32, E33).

Contoh salah:

    KATA PENGANTAR … Dumai, Januari 2022   (laporan tahun 2022)

Contoh benar:

    Dumai, 31 Januari 2023"""),
    (REVIU_NOTASI, "reviu-notasi", W, "Angka ditulis dengan notasi bukan Indonesia",
     """Angka Indonesia memakai titik pemisah ribuan dan koma desimal (89,87; 1.103.336.776).
"80.5%" atau "1,103,336,776" adalah notasi Inggris: pembaca dapat salah membacanya.

Contoh salah:

    Capaian sebesar 80.5%.

Contoh benar:

    Capaian sebesar 80,5%."""),
    (REVIU_RUMUS, "reviu-rumus-kolom", E, "Kolom tidak sesuai rumus yang dinyatakan tabel",
     """Kolom yang judulnya menyatakan rumus ("(5) = (3) − (4)") atau yang rumusnya dinyatakan
di catatan tabel ("Tingkat efisiensi : capaian kinerja – penyerapan anggaran") dihitung ulang
dari angka yang dicetak di baris yang sama (seed E10: 100 − 98,96 = 1,04, tercetak 1,03).

Contoh salah:

    | Capaian (%) | Penyerapan (%) | Efisiensi (5) = (3) − (4) |
    | 103,30      | 98,00          | 5,29                      |

Contoh benar:

    | 103,30      | 98,00          | 5,30                      |"""),
    (REVIU_TRIWULAN, "reviu-triwulan", E,
     "Angka triwulan tidak sesuai dengan angka tahunan dengan cara agregasi mana pun",
     """Target (atau realisasi) triwulan harus menghasilkan angka tahunan dengan salah satu cara
agregasi: jumlahnya (akumulasi), atau TW IV (kumulatif, nilai akhir). Seed E20: IKM
30/30/20/17 (jumlah 97, TW IV 17) untuk target 87; E21/E22: TW IV 80 untuk target 87.

Contoh salah:

    | Target Tahunan | TW I | TW II | TW III | TW IV |
    | 87             | 30   | 30    | 20     | 17    |

Contoh benar:

    | 87             | –    | –     | –      | 87    |"""),
    (REVIU_TERTUKAR, "reviu-pagu-realisasi-tertukar", E,
     "Pagu dan realisasi tertukar di kalimat",
     """Kalimat menyebut sebagai pagu angka yang di tempat lain dokumen adalah realisasinya
(dan sebaliknya), sehingga realisasi tampak melebihi pagu (seed E05).

Contoh salah:

    … dialokasikan Rp1.070.096.194 … realisasi Rp1.103.336.776 …

Contoh benar:

    … dialokasikan Rp1.103.336.776 … realisasi Rp1.070.096.194 …"""),
    (REVIU_KOLOM_TANPA_JUDUL, "reviu-kolom-tanpa-judul", W,
     "Kolom berisi angka tanpa judul kolom",
     """Baris data sebuah tabel lebih lebar dari judulnya: sebuah kolom berisi angka tetapi tidak
berjudul, sehingga pembaca tidak tahu angka apa itu (seed E23: 20 sel di bawah 19 judul).

Contoh salah:

    | Realisasi Tahunan | Persen |        |
    | 89,87             | 103    | 103,30 |

Contoh benar:

    | Realisasi Tahunan | Persen |
    | 89,87             | 103,30 |"""),
    (REVIU_ANGGARAN_PK, "reviu-anggaran-pk", W, "Anggaran Perjanjian Kinerja berbeda dari pagu",
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
    (REVIU_SELISIH, "reviu-selisih", E, "Selisih yang disebut tidak sama dengan selisih angkanya",
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
    (REVIU_PERBANDINGAN, "reviu-perbandingan", E,
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
    (REVIU_RUJUKAN, "reviu-rujukan", E,
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

_BUG = [
    (ATURAN_GAGAL, "aturan-gagal", E, "Aturan pemeriksaan gagal dijalankan (bug lkjip)",
     """Sebuah aturan pemeriksaan berhenti karena galat pemrograman. Ini adalah bug lkjip,
bukan kesalahan data; laporkan ke pengembang beserta pesan dan datanya."""),
]
# fmt: on


def _register_all() -> None:
    for code, name, severity, title, doc in (*_LOAD, *_SCHEMA, *_RENDER, *_EXCEL, *_REVIU, *_BUG):
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
