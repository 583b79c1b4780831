"""The catalogue of diagnostic codes for loading (LK0xx), the schema (LK1xx) and rendering (LK4xx).

Importing this module registers the codes with `lkjip.diagnostics.register_code`. Cross-file
rules (LK2xx, LK3xx) register themselves in `lkjip.checks`. A code is never reused or
renumbered: users script against them (`lkjip rules`, pengakuan in `lkjip.yaml`).

Each `doc` is shown by `lkjip rules KODE`; it is Indonesian, like every user-facing text.
"""

from __future__ import annotations

import importlib

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
SKEMA_LAIN = "LK199"

# --- LK4xx: rendering ------------------------------------------------------------------------

TEMPLAT_SINTAKS = "LK401"
TEMPLAT_VARIABEL = "LK402"
TEMPLAT_GALAT = "LK403"
NARASI_TAK_DIKENAL = "LK404"
MARKDOWN_TAK_DIDUKUNG = "LK405"
GAMBAR_TAK_ADA = "LK406"
GAMBAR_TAK_TERBACA = "LK407"
GAYA_TAK_ADA = "LK408"
NARASI_MELAMPAUI_BATAS = "LK409"


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
    (ANGKA_OKTAL, "angka-oktal", W, "Angka dengan nol di depan dibaca sebagai oktal",
     """YAML 1.1 membaca bilangan bulat yang diawali nol sebagai bilangan oktal: `010` menjadi 8,
`07` menjadi 7. Hampir selalu itu bukan maksud penulis.

Contoh salah:

    kode_pos: 010

Contoh benar:

    kode_pos: "010"     # teks
    jumlah: 10          # angka"""),
    (ANGKA_SEKSAGESIMAL, "angka-seksagesimal", W, "Angka dengan titik dua dibaca basis 60",
     """YAML 1.1 membaca `1:30` sebagai bilangan basis 60 (90). Jika yang dimaksud jam atau
perbandingan, beri tanda kutip.

Contoh salah:

    waktu: 1:30

Contoh benar:

    waktu: "1:30\""""),
    (YAML_TAK_DIDUKUNG, "yaml-tak-didukung", E, "Fitur YAML yang tidak didukung",
     """Tag YAML (`!!python/...`, `!tag`), kunci yang bukan teks atau angka (`? [a, b]`), alias
yang merujuk dirinya sendiri, alias bersarang yang mengembang menjadi sangat banyak nilai, dan
struktur yang bersarang lebih dari 64 tingkat tidak didukung. Tulis data sebagai pemetaan dan
daftar biasa.

Contoh salah:

    tanggal: !!timestamp 2023-01-31
    a: &a [x, x]
    b: &b [*a, *a]

Contoh benar:

    tanggal: 2023-01-31"""),
    (BERKAS_TERLALU_BESAR, "berkas-terlalu-besar", E, "Berkas terlalu besar",
     """Berkas YAML lebih dari 8 MB atau berisi lebih dari 250.000 unsur (kunci dan nilai), berkas
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

Sebuah pengakuan cocok bila `kode` sama dan `butir` muncul utuh di pesan diagnostik (atau
sama dengan jalurnya, mis. `$.program[0].pagu`).

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
    (SKEMA_LAIN, "skema-lain", E, "Galat skema lain",
     """Nilai ditolak oleh skema karena alasan yang tidak punya kode sendiri. Pesan menyebut
jenis galatnya; laporkan bila pesan itu kurang jelas."""),
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
     """Narasi memakai unsur Markdown di luar bagian yang didukung (tabel, gambar, tautan, daftar
bertingkat lebih dari satu). Unsur itu dicetak sebagai teks biasa."""),
    (GAMBAR_TAK_ADA, "gambar-tak-ada", E, "Berkas gambar tidak ada",
     """Gambar yang dirujuk data (`instansi.logo` di lkjip.yaml, `bagan` di profil.yaml) tidak
ditemukan di folder data. Jalurnya relatif terhadap folder data.

Contoh salah:

    logo: logo.png          # berkasnya ada di lampiran/

Contoh benar:

    logo: lampiran/logo.png"""),
    (GAMBAR_TAK_TERBACA, "gambar-tak-terbaca", E, "Berkas gambar tidak dapat dibaca",
     """Gambar bukan PNG, JPEG atau GIF menurut isinya (bukan menurut nama berkasnya), rusak,
berukuran nol piksel, atau lebih dari 10 MB. Simpan ulang gambar sebagai PNG atau JPEG.

Contoh salah: `lampiran/bagan.png` yang sebenarnya berkas PDF atau .docx yang diganti namanya.

Contoh benar: gambar yang diekspor sebagai PNG dari aplikasi penggambar bagan."""),
    (GAYA_TAK_ADA, "gaya-tak-ada", W, "Gaya dokumen tidak ada di reference.docx",
     """Templat Word rujukan tidak memuat gaya paragraf atau tabel yang dipakai; Word akan
memakai gaya Normal."""),
    (NARASI_MELAMPAUI_BATAS, "narasi-melampaui-batas", E, "Narasi melampaui batas sumber daya",
     """Templat narasi berjalan di sandbox dengan batas: paling banyak 1.000.000 langkah
(putaran `for`, panggilan makro atau fungsi, akses atribut) dan 5 detik per berkas, 5.000.000
langkah dan 30 detik untuk seluruh narasi satu laporan, `range` paling panjang 10.000, teks atau
daftar paling panjang 1.000.000 karakter/butir, teks hasil satu berkas narasi paling panjang
10.000.000 karakter, dan tambahan memori paling banyak 1 GB. Narasi yang melampauinya —
perulangan bersarang yang sangat besar, makro yang memanggil dirinya sendiri, `'x' * 10**9` —
dihentikan dan dilaporkan.

Contoh salah:

    {% for i in range(100000) %}{% for j in range(100000) %}.{% endfor %}{% endfor %}

Contoh benar:

    {% for i in renstra.indikator %}- {{ i.nama }}
    {% endfor %}"""),
]
# fmt: on


def _register_all() -> None:
    for code, name, severity, title, doc in (*_LOAD, *_SCHEMA, *_RENDER):
        register_code(code, name, severity, title, doc)


_register_all()


# Packages that register further codes when imported: the rules (LK2xx, LK3xx, LK901) and the
# Excel import (LK5xx). Imported by name, lazily, so that this leaf module stays a leaf.
_REGISTRARS = ("lkjip.checks", "lkjip.excel.codes")


def all_codes() -> list[CodeInfo]:
    """Every registered code, sorted: these plus the codes `_REGISTRARS` register on import."""
    for module in _REGISTRARS:
        try:
            importlib.import_module(module)
        except ImportError:
            pass  # a package not written yet; list what is registered
    return [CATALOGUE[code] for code in sorted(CATALOGUE)]


def find_code(text: str) -> CodeInfo | None:
    """A code by its number (`LK104`, `lk104`) or its name (`pilihan-tak-dikenal`)."""
    wanted = text.strip()
    for info in all_codes():
        if info.code.lower() == wanted.lower() or info.name == wanted.lower():
            return info
    return None
