"""The documentation of the codes for reading files (LK0xx) and for the schema (LK1xx)."""

from __future__ import annotations

from lkjip.codes import nomor as k
from lkjip.codes.nomor import E, W

# The tables stay in their compact, readable layout (code, name, severity, title, doc).
# fmt: off
LOAD = [
    (k.BERKAS_TAK_TERBACA, "berkas-tak-terbaca", E, "Berkas tidak dapat dibaca",
     """Berkas ada di folder data tetapi tidak dapat dibuka: izin baca tidak ada, tautan
simbolik rusak, atau nama itu ternyata sebuah folder.

Perbaiki izin berkas (mis. `chmod u+r kinerja.yaml`) atau ganti berkasnya."""),
    (k.BUKAN_TEKS, "bukan-teks-utf8", E, "Berkas bukan teks UTF-8",
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
    (k.SINTAKS_YAML, "sintaks-yaml", E, "Sintaks YAML salah",
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
    (k.KUNCI_GANDA, "kunci-ganda", E, "Kunci ditulis dua kali",
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
    (k.DOKUMEN_WAJIB_HILANG, "dokumen-wajib-hilang", E, "Berkas wajib tidak ada",
     """Folder data harus berisi `lkjip.yaml`, `renstra.yaml`, `kinerja.yaml` dan `anggaran.yaml`.
`profil.yaml` dan `narasi/` boleh tidak ada. Buat berkas yang hilang (lihat `lkjip init`)."""),
    (k.BERKAS_TAK_DIKENAL, "berkas-tak-dikenal", W, "Berkas YAML yang tidak dikenal",
     """Ada berkas YAML di folder data yang tidak dibaca lkjip, mis. salah ketik nama berkas
(`kinerja.yml`, `renstra2.yaml`). Isinya tidak masuk ke laporan.

Ganti nama berkas menjadi salah satu dari: lkjip.yaml, renstra.yaml, kinerja.yaml,
anggaran.yaml, profil.yaml — atau pindahkan ke luar folder data."""),
    (k.DOKUMEN_BUKAN_PEMETAAN, "dokumen-bukan-pemetaan", E, "Isi berkas bukan pemetaan",
     """Setiap berkas YAML harus berisi pemetaan `kunci: nilai` di tingkat teratas, bukan daftar,
teks tunggal, atau berkas kosong.

Contoh salah:

    - tahun: 2022

Contoh benar:

    tahun: 2022"""),
    (k.ANGKA_OKTAL, "angka-oktal", E, "Angka dengan nol di depan dibaca sebagai oktal",
     """YAML 1.1 membaca bilangan bulat yang diawali nol sebagai bilangan oktal: `010` menjadi 8,
`07` menjadi 7. Hampir selalu itu bukan maksud penulis, karena itu lkjip menolaknya dan tidak
membacanya sebagai angka.

Contoh salah:

    kode_pos: 010

Contoh benar:

    kode_pos: "010"     # teks
    jumlah: 10          # angka"""),
    (k.ANGKA_SEKSAGESIMAL, "angka-seksagesimal", E, "Angka dengan titik dua dibaca basis 60",
     """YAML 1.1 membaca `1:30` sebagai bilangan basis 60 (90). lkjip menolaknya dan tidak
membacanya sebagai angka; jika yang dimaksud jam atau perbandingan, beri tanda kutip.

Contoh salah:

    waktu: 1:30

Contoh benar:

    waktu: "1:30\""""),
    (k.YAML_TAK_DIDUKUNG, "yaml-tak-didukung", E, "Fitur YAML yang tidak didukung",
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
    (k.BERKAS_TERLALU_BESAR, "berkas-terlalu-besar", E, "Berkas terlalu besar",
     """Berkas YAML lebih dari 8 MB atau berisi lebih dari 250.000 unsur (kunci dan nilai), alias
YAML (`*nama`) yang mengembang menjadi lebih dari 1 MB teks di luar isi berkasnya, berkas
narasi lebih dari 256 kB, atau narasi seluruhnya lebih dari 2 MB. Data satu laporan jauh lebih
kecil (contoh Kecamatan Dumai Kota: YAML sekitar 40 kB, narasi 43 kB); berkas sebesar itu hampir
pasti salah tempel atau salah ekspor. lkjip menolaknya sebelum mengurai, agar pemeriksaan tetap
selesai dalam beberapa detik (docs/security.md).

Pisahkan atau perkecil berkasnya; gambar disimpan sebagai berkas gambar di `lampiran/`, bukan
di dalam YAML."""),
    (k.DI_LUAR_FOLDER_DATA, "di-luar-folder-data", E, "Berkas di luar folder data",
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
    (k.ANGKA_HEKSADESIMAL, "angka-heksadesimal", E, "Angka heksadesimal atau biner tidak diterima",
     """YAML 1.1 membaca `0x5F5E100` sebagai bilangan basis 16 (100000000) dan `0b101` sebagai
bilangan basis 2. Angka laporan ditulis dalam basis 10; lkjip menolak bentuk itu dan tidak
membacanya sebagai angka (angka heksadesimal yang sangat panjang juga cara membuat pemeriksaan
lambat, docs/security.md).

Contoh salah:

    pagu: 0x5F5E100

Contoh benar:

    pagu: 100000000
    kode: "0x5F"        # teks"""),
    (k.ANGKA_TERLALU_PANJANG, "angka-terlalu-panjang", E, "Angka terlalu panjang",
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
    (k.FOLDER_TERLALU_BANYAK_BERKAS, "folder-terlalu-banyak-berkas", E,
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

SCHEMA = [
    (k.KOLOM_WAJIB, "kolom-wajib", E, "Kolom wajib tidak ada atau kosong",
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
    (k.KUNCI_TAK_DIKENAL, "kunci-tak-dikenal", E, "Kunci yang tidak dikenal",
     """Kunci ini tidak ada dalam skema. Biasanya salah ketik; lkjip menyebut kunci yang paling
mirip. Nilai di bawah kunci yang salah ketik tidak pernah masuk laporan, karena itu ditolak.

Contoh salah:

    realisai:
      2022: 89.87

Contoh benar:

    realisasi:
      2022: 89.87"""),
    (k.TIPE_SALAH, "tipe-salah", E, "Jenis nilai salah",
     """Nilai tidak berjenis yang diminta: mis. daftar di tempat teks, teks di tempat tanggal.

Contoh salah:

    tanggal: 31 Januari 2023

Contoh benar:

    tanggal: 2023-01-31"""),
    (k.PILIHAN_TAK_DIKENAL, "pilihan-tak-dikenal", E, "Nilai di luar pilihan",
     """Kolom ini hanya menerima nilai dari daftar tetap. Pesan menyebut pilihan yang sah.

Contoh salah:

    polaritas: naik

Contoh benar:

    polaritas: positif"""),
    (k.ANGKA_SEBAGAI_TEKS, "angka-sebagai-teks", E,
     "Angka ditulis sebagai teks berformat Indonesia",
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
    (k.YAML11_BOOLEAN, "yaml-1.1-boolean", E, "YAML membaca teks sebagai boolean",
     """YAML 1.1 membaca `yes`, `no`, `on`, `off`, `y`, `n` (huruf besar atau kecil) tanpa tanda
kutip sebagai true/false. Di kolom teks, beri tanda kutip.

Contoh salah:

    golongan: no

Contoh benar:

    golongan: "no\""""),
    (k.YAML11_ANGKA, "yaml-1.1-angka", E, "YAML membaca teks sebagai angka",
     """Teks yang terlihat seperti angka (`07`, `198202112003121004`, `1.5`) dibaca YAML sebagai
angka, dan nol di depan hilang. Di kolom teks (NIP, kode pos, kode), beri tanda kutip.

Contoh salah:

    nip: 198202112003121004

Contoh benar:

    nip: "19820211 200312 1 004\""""),
    (k.YAML11_TANGGAL, "yaml-1.1-tanggal", E, "YAML membaca teks sebagai tanggal",
     """Teks berbentuk `2022-01-31` dibaca YAML sebagai tanggal. Di kolom teks, beri tanda kutip.

Contoh salah:

    nomor: 2022-01-31

Contoh benar:

    nomor: "2022-01-31\""""),
    (k.DI_LUAR_RENTANG, "nilai-di-luar-rentang", E, "Nilai di luar batas",
     """Angka berada di luar batas yang diizinkan: tahun di luar 2000–2100, rupiah negatif atau
dengan lebih dari dua angka sen, bobot nol, triwulan di luar 1–4.

Contoh salah:

    tahun: 22

Contoh benar:

    tahun: 2022"""),
    (k.JUMLAH_BUTIR, "jumlah-butir-salah", E, "Jumlah butir daftar salah",
     """Daftar berisi terlalu sedikit atau terlalu banyak butir, mis. target triwulan harus tepat
empat nilai (tulis `null` untuk triwulan tanpa target).

Contoh salah:

    target: [25, 50, 75]

Contoh benar:

    target: [25, 50, 75, 100]"""),
    (k.FORMAT_TEKS, "format-teks-salah", E, "Bentuk teks tidak sah",
     """Pengenal (`id`, rujukan ke indikator/sasaran) harus diawali huruf dan hanya berisi huruf,
angka, titik, garis bawah atau tanda hubung, tanpa spasi.

Contoh salah:

    id: 1 IKM

Contoh benar:

    id: IKM"""),
    (k.NILAI_TAK_SAH, "nilai-tidak-sah", E, "Nilai tidak sah",
     """Nilai lolos pemeriksaan jenis tetapi tidak masuk akal bersama nilai lain, mis. rentang
dengan `min` lebih besar dari `max`, atau periode yang berakhir sebelum dimulai."""),
    (k.PENGAKUAN_USANG, "pengakuan-usang", W, "Pengakuan tidak cocok dengan temuan mana pun",
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
    (k.PENGAKUAN_GALAT, "pengakuan-galat", E, "Galat tidak dapat diakui",
     """Hanya peringatan yang boleh diakui di `pengakuan`. Galat berarti data tidak dapat
dipakai untuk menyusun laporan; perbaiki datanya.

Contoh salah (LK301 realisasi melebihi pagu adalah galat):

    pengakuan:
      - kode: LK301
        butir: "7.01.02.2.01"
        alasan: realisasi memang lebih besar.

Contoh benar: perbaiki angka pagu atau realisasi di anggaran.yaml, lalu hapus pengakuan."""),
    (k.PENGAKUAN_BENTUK_LAMA, "pengakuan-bentuk-lama", W, "Pengakuan ditulis dalam bentuk lama",
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
# fmt: on
