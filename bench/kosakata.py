"""Word lists the dataset generator draws from: places, people, government affairs.

Everything here is plain data. The lists are long enough that a scale-16 dataset (320
programs, 640 indicators) still reads like a report, and names stay unique where lkjip
requires it (program names per agency, kegiatan names per program, sub kegiatan per kegiatan).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bidang:
    """One government affair (urusan bidang) of Permendagri 90/2019 and the things it manages."""

    kode: str  # "U.BB", e.g. "1.02"
    nama: str  # "Kesehatan"
    dinas: str  # the agency that usually runs it
    singkatan: str  # used in decree numbers and e-mail addresses
    objek: tuple[str, ...]  # what its programs work on


BIDANG: tuple[Bidang, ...] = (
    Bidang(
        "1.02",
        "Kesehatan",
        "Dinas Kesehatan",
        "dinkes",
        (
            "Fasilitas Pelayanan Kesehatan",
            "Puskesmas",
            "Sumber Daya Manusia Kesehatan",
            "Obat dan Perbekalan Kesehatan",
            "Upaya Kesehatan Masyarakat",
            "Gizi Masyarakat",
            "Sistem Informasi Kesehatan",
            "Promosi Kesehatan",
        ),
    ),
    Bidang(
        "1.03",
        "Pekerjaan Umum dan Penataan Ruang",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "dpupr",
        (
            "Jalan Kota",
            "Jembatan",
            "Jaringan Irigasi",
            "Drainase Perkotaan",
            "Sistem Penyediaan Air Minum",
            "Bangunan Gedung",
            "Rencana Tata Ruang",
            "Jasa Konstruksi",
        ),
    ),
    Bidang(
        "1.01",
        "Pendidikan",
        "Dinas Pendidikan",
        "disdik",
        (
            "Sekolah Dasar",
            "Sekolah Menengah Pertama",
            "Pendidikan Anak Usia Dini",
            "Pendidik dan Tenaga Kependidikan",
            "Kurikulum Muatan Lokal",
            "Pendidikan Nonformal",
            "Sarana Pembelajaran",
            "Perizinan Pendidikan",
        ),
    ),
    Bidang(
        "1.04",
        "Perumahan dan Kawasan Permukiman",
        "Dinas Perumahan dan Kawasan Permukiman",
        "disperkim",
        (
            "Rumah Tidak Layak Huni",
            "Kawasan Permukiman Kumuh",
            "Prasarana Sarana dan Utilitas Umum",
            "Rumah Korban Bencana",
            "Penerangan Jalan Umum",
            "Ruang Terbuka Hijau",
            "Sertifikasi Tanah Perumahan",
            "Data Perumahan",
        ),
    ),
    Bidang(
        "1.05",
        "Ketenteraman dan Ketertiban Umum serta Pelindungan Masyarakat",
        "Satuan Polisi Pamong Praja",
        "satpolpp",
        (
            "Penegakan Peraturan Daerah",
            "Pengamanan Aset Daerah",
            "Satuan Perlindungan Masyarakat",
            "Pencegahan Kebakaran",
            "Ketertiban Pedagang Kaki Lima",
            "Patroli Wilayah",
            "Penanganan Gangguan Ketertiban",
            "Kesiapsiagaan Bencana",
        ),
    ),
    Bidang(
        "1.06",
        "Sosial",
        "Dinas Sosial",
        "dinsos",
        (
            "Penyandang Disabilitas",
            "Anak Terlantar",
            "Lanjut Usia Terlantar",
            "Fakir Miskin",
            "Korban Bencana Sosial",
            "Panti Sosial",
            "Data Terpadu Kesejahteraan Sosial",
            "Potensi dan Sumber Kesejahteraan Sosial",
        ),
    ),
    Bidang(
        "2.07",
        "Tenaga Kerja",
        "Dinas Tenaga Kerja",
        "disnaker",
        (
            "Pelatihan Kerja",
            "Penempatan Tenaga Kerja",
            "Hubungan Industrial",
            "Informasi Pasar Kerja",
            "Balai Latihan Kerja",
            "Perlindungan Pekerja",
            "Produktivitas Tenaga Kerja",
            "Sertifikasi Kompetensi",
        ),
    ),
    Bidang(
        "2.08",
        "Pemberdayaan Perempuan dan Pelindungan Anak",
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        "dp3a",
        (
            "Pengarusutamaan Gender",
            "Kualitas Hidup Perempuan",
            "Perlindungan Khusus Anak",
            "Kota Layak Anak",
            "Pusat Pelayanan Terpadu",
            "Data Gender dan Anak",
            "Forum Anak",
            "Ketahanan Keluarga",
        ),
    ),
    Bidang(
        "2.09",
        "Pangan",
        "Dinas Ketahanan Pangan",
        "dkp",
        (
            "Cadangan Pangan",
            "Keamanan Pangan Segar",
            "Distribusi Pangan",
            "Diversifikasi Pangan",
            "Kerawanan Pangan",
            "Lumbung Pangan Masyarakat",
            "Harga Pangan",
            "Pekarangan Pangan Lestari",
        ),
    ),
    Bidang(
        "2.11",
        "Lingkungan Hidup",
        "Dinas Lingkungan Hidup",
        "dlh",
        (
            "Pengelolaan Sampah",
            "Kualitas Air Sungai",
            "Kualitas Udara",
            "Tempat Pemrosesan Akhir",
            "Bank Sampah",
            "Izin Lingkungan",
            "Keanekaragaman Hayati",
            "Limbah Bahan Berbahaya dan Beracun",
        ),
    ),
    Bidang(
        "2.12",
        "Administrasi Kependudukan dan Pencatatan Sipil",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "disdukcapil",
        (
            "Kartu Tanda Penduduk Elektronik",
            "Kartu Identitas Anak",
            "Akta Kelahiran",
            "Akta Kematian",
            "Kartu Keluarga",
            "Data Kependudukan",
            "Pindah Datang Penduduk",
            "Layanan Keliling Adminduk",
        ),
    ),
    Bidang(
        "2.15",
        "Perhubungan",
        "Dinas Perhubungan",
        "dishub",
        (
            "Terminal Penumpang",
            "Rambu Lalu Lintas",
            "Angkutan Umum",
            "Parkir Tepi Jalan",
            "Pengujian Kendaraan Bermotor",
            "Alat Pemberi Isyarat Lalu Lintas",
            "Keselamatan Jalan",
            "Angkutan Sekolah",
        ),
    ),
    Bidang(
        "2.16",
        "Komunikasi dan Informatika",
        "Dinas Komunikasi dan Informatika",
        "diskominfo",
        (
            "Layanan Informasi Publik",
            "Jaringan Intra Pemerintah",
            "Aplikasi Pemerintahan",
            "Keamanan Informasi",
            "Pusat Data Daerah",
            "Hubungan Media",
            "Statistik Sektoral",
            "Smart City",
        ),
    ),
    Bidang(
        "2.17",
        "Koperasi, Usaha Kecil, dan Menengah",
        "Dinas Koperasi dan Usaha Mikro",
        "diskopum",
        (
            "Koperasi Aktif",
            "Usaha Mikro",
            "Pemasaran Produk Lokal",
            "Izin Usaha Mikro",
            "Pendampingan Koperasi",
            "Akses Permodalan",
            "Kewirausahaan",
            "Pengawasan Koperasi",
        ),
    ),
    Bidang(
        "2.19",
        "Kepemudaan dan Olahraga",
        "Dinas Pemuda dan Olahraga",
        "dispora",
        (
            "Organisasi Kepemudaan",
            "Prestasi Olahraga",
            "Sarana Olahraga",
            "Olahraga Rekreasi",
            "Wirausaha Muda",
            "Atlet Berprestasi",
            "Kepramukaan",
            "Pelatih Olahraga",
        ),
    ),
    Bidang(
        "2.23",
        "Perpustakaan",
        "Dinas Perpustakaan dan Kearsipan",
        "dispusip",
        (
            "Koleksi Perpustakaan",
            "Perpustakaan Keliling",
            "Budaya Gemar Membaca",
            "Perpustakaan Sekolah",
            "Arsip Statis",
            "Naskah Kuno",
            "Perpustakaan Digital",
            "Pustakawan",
        ),
    ),
    Bidang(
        "3.25",
        "Kelautan dan Perikanan",
        "Dinas Perikanan",
        "diskan",
        (
            "Nelayan Kecil",
            "Pembudidaya Ikan",
            "Tempat Pelelangan Ikan",
            "Benih Ikan",
            "Olahan Hasil Perikanan",
            "Kapal Perikanan",
            "Konsumsi Ikan",
            "Kawasan Minapolitan",
        ),
    ),
    Bidang(
        "3.27",
        "Pertanian",
        "Dinas Pertanian",
        "distan",
        (
            "Lahan Sawah",
            "Benih Unggul",
            "Penyuluh Pertanian",
            "Alat dan Mesin Pertanian",
            "Kesehatan Hewan",
            "Hortikultura",
            "Kelompok Tani",
            "Pupuk Bersubsidi",
        ),
    ),
)

# Program themes: each program of a bidang is "Program <tema> <bidang>", so 20 per bidang
# stay unique. The first bidang's program 01 is the Program Penunjang instead.
TEMA_PROGRAM: tuple[str, ...] = (
    "Pengelolaan",
    "Peningkatan Mutu Layanan",
    "Pengembangan Sarana dan Prasarana",
    "Pembinaan dan Pengawasan",
    "Perencanaan dan Pengendalian",
    "Pemberdayaan Masyarakat di Bidang",
    "Pengembangan Sistem Informasi",
    "Peningkatan Kapasitas Sumber Daya Manusia",
    "Standardisasi dan Sertifikasi",
    "Penataan Kelembagaan",
    "Kerja Sama dan Kemitraan",
    "Pemantauan dan Evaluasi",
    "Perlindungan dan Jaminan",
    "Penyuluhan dan Edukasi",
    "Pengendalian Mutu",
    "Penegakan Regulasi",
    "Pengembangan Inovasi",
    "Pemeliharaan Aset",
    "Penelitian dan Pengembangan",
    "Percepatan Pelayanan",
    "Peningkatan Partisipasi Publik",
    "Penguatan Data",
    "Pemerataan Akses",
    "Penanganan Darurat",
)

# Kegiatan: "<pola> <objek>"; the patterns differ within a program, so names stay unique.
POLA_KEGIATAN: tuple[str, ...] = (
    "Perencanaan",
    "Penyediaan",
    "Pembangunan dan Rehabilitasi",
    "Pembinaan",
    "Koordinasi dan Sinkronisasi",
    "Pengawasan dan Evaluasi",
    "Fasilitasi",
    "Pengelolaan Data",
    "Pemeliharaan",
    "Pengembangan",
    "Sosialisasi",
    "Pendampingan",
    "Standardisasi",
    "Peningkatan Kualitas",
    "Penataan",
    "Pendataan dan Pemetaan",
)

POLA_SUB: tuple[str, ...] = (
    "Penyusunan Dokumen Perencanaan",
    "Pengadaan Peralatan Pendukung",
    "Rehabilitasi Sarana",
    "Monitoring dan Evaluasi",
    "Sosialisasi dan Bimbingan Teknis",
    "Penyediaan Jasa Tenaga Pendukung",
    "Penyelenggaraan Rapat Koordinasi",
    "Pengembangan Aplikasi",
    "Pemeliharaan Rutin",
    "Verifikasi Lapangan",
    "Penyusunan Laporan Kinerja",
    "Penguatan Kelembagaan",
)

# The Program Penunjang's kegiatan, as in Kepmendagri 050-5889/2021 (the same for every urusan).
KEGIATAN_PENUNJANG: tuple[str, ...] = (
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "Administrasi Keuangan Perangkat Daerah",
    "Administrasi Barang Milik Daerah pada Perangkat Daerah",
    "Administrasi Kepegawaian Perangkat Daerah",
    "Administrasi Umum Perangkat Daerah",
    "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
    "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
)

# (kota or kabupaten name, is a kota, province, area code, postal code prefix)
DAERAH: tuple[tuple[str, bool, str, str, str], ...] = (
    ("Dumai", True, "Riau", "0765", "288"),
    ("Pekanbaru", True, "Riau", "0761", "281"),
    ("Bengkalis", False, "Riau", "0766", "287"),
    ("Siak", False, "Riau", "0764", "287"),
    ("Padang", True, "Sumatera Barat", "0751", "251"),
    ("Bukittinggi", True, "Sumatera Barat", "0752", "261"),
    ("Jambi", True, "Jambi", "0741", "361"),
    ("Palembang", True, "Sumatera Selatan", "0711", "301"),
    ("Ogan Ilir", False, "Sumatera Selatan", "0711", "306"),
    ("Bengkulu", True, "Bengkulu", "0736", "382"),
    ("Medan", True, "Sumatera Utara", "061", "201"),
    ("Deli Serdang", False, "Sumatera Utara", "061", "205"),
    ("Banda Aceh", True, "Aceh", "0651", "231"),
    ("Tanjungpinang", True, "Kepulauan Riau", "0771", "291"),
    ("Bandar Lampung", True, "Lampung", "0721", "351"),
    ("Bogor", False, "Jawa Barat", "0251", "169"),
    ("Cirebon", True, "Jawa Barat", "0231", "451"),
    ("Magelang", False, "Jawa Tengah", "0293", "565"),
    ("Sleman", False, "Daerah Istimewa Yogyakarta", "0274", "555"),
    ("Malang", True, "Jawa Timur", "0341", "651"),
    ("Banjarmasin", True, "Kalimantan Selatan", "0511", "701"),
    ("Balikpapan", True, "Kalimantan Timur", "0542", "761"),
    ("Kendari", True, "Sulawesi Tenggara", "0401", "931"),
    ("Gorontalo", True, "Gorontalo", "0435", "961"),
)

JALAN: tuple[str, ...] = (
    "Jalan Jenderal Sudirman",
    "Jalan Diponegoro",
    "Jalan Pattimura",
    "Jalan Ahmad Yani",
    "Jalan Sultan Syarif Kasim",
    "Jalan Gatot Subroto",
    "Jalan Imam Bonjol",
    "Jalan Hang Tuah",
    "Jalan Merdeka",
    "Jalan Pahlawan",
)

NAMA_PRIA: tuple[str, ...] = (
    "Ahmad",
    "Budi",
    "Syahrial",
    "Hendra",
    "Rizal",
    "Fauzi",
    "Agus",
    "Dedi",
    "Irwan",
    "Joko",
    "Muhammad",
    "Zulkifli",
    "Arif",
    "Bambang",
    "Yusuf",
    "Hasan",
    "Eko",
    "Rahmat",
    "Taufik",
    "Indra",
    "Ridwan",
    "Firman",
    "Syamsul",
    "Hamdani",
)
NAMA_WANITA: tuple[str, ...] = (
    "Siti",
    "Nurhayati",
    "Dewi",
    "Rina",
    "Yusnita",
    "Fitri",
    "Sri",
    "Ratna",
    "Lestari",
    "Wati",
    "Nurul",
    "Rahmawati",
    "Ani",
    "Mega",
    "Suryani",
    "Elvi",
    "Yanti",
    "Desi",
)
NAMA_BELAKANG: tuple[str, ...] = (
    "Saputra",
    "Hidayat",
    "Siregar",
    "Nasution",
    "Harahap",
    "Santoso",
    "Wibowo",
    "Putra",
    "Lubis",
    "Hasibuan",
    "Syahputra",
    "Kurniawan",
    "Rahman",
    "Setiawan",
    "Pratama",
    "Hakim",
    "Sembiring",
    "Effendi",
    "Marpaung",
    "Gunawan",
)
GELAR: tuple[str, ...] = (
    "S.T., M.T.",
    "S.Sos., M.Si.",
    "S.E., M.M.",
    "S.H., M.H.",
    "S.Kom., M.Kom.",
    "S.Pd., M.Pd.",
    "S.KM., M.Kes.",
    "S.P., M.Si.",
    "S.STP., M.Si.",
    "S.IP., M.AP.",
)

# Pangkat and golongan of a Kepala Dinas (eselon II.b): IV/b–IV/d.
PANGKAT_KEPALA: tuple[tuple[str, str], ...] = (
    ("Pembina Tingkat I", "IV/b"),
    ("Pembina Utama Muda", "IV/c"),
    ("Pembina Utama Madya", "IV/d"),
)

MISI: tuple[str, ...] = (
    "Mewujudkan Tata Kelola Pemerintahan yang Bersih, Efektif, dan Melayani",
    "Meningkatkan Kualitas Sumber Daya Manusia yang Sehat, Cerdas, dan Berdaya Saing",
    "Mewujudkan Infrastruktur Kota yang Merata dan Berwawasan Lingkungan",
    "Meningkatkan Perekonomian Daerah yang Tangguh dan Berbasis Potensi Lokal",
    "Mewujudkan Kehidupan Masyarakat yang Religius, Aman, dan Berbudaya",
)

KEKUATAN: tuple[str, ...] = (
    "Tersedianya regulasi daerah yang mendukung penyelenggaraan urusan {bidang}",
    "Komitmen pimpinan yang kuat terhadap peningkatan kinerja",
    "Tersedianya sarana dan prasarana kantor yang memadai",
    "Sistem perencanaan dan penganggaran yang telah terintegrasi secara elektronik",
    "Tersedianya standar pelayanan dan prosedur operasional standar",
)
KELEMAHAN: tuple[str, ...] = (
    "Jumlah aparatur berkompetensi teknis {bidang} belum memadai",
    "Basis data {objek} belum sepenuhnya mutakhir",
    "Koordinasi antarbidang belum optimal",
    "Keterbatasan anggaran pemeliharaan {objek}",
)
PELUANG: tuple[str, ...] = (
    "Dukungan Dana Alokasi Khusus dari Pemerintah Pusat",
    "Partisipasi masyarakat dan dunia usaha yang meningkat",
    "Perkembangan teknologi informasi untuk pelayanan publik",
    "Kerja sama dengan perguruan tinggi di {daerah}",
)
ANCAMAN: tuple[str, ...] = (
    "Tuntutan masyarakat terhadap pelayanan {bidang} yang semakin tinggi",
    "Perubahan regulasi yang cepat",
    "Kondisi cuaca ekstrem yang memengaruhi pelaksanaan pekerjaan fisik",
    "Fluktuasi harga barang dan jasa",
)

MASALAH: tuple[tuple[str, str], ...] = (
    (
        "Data {objek} belum mutakhir sehingga perencanaan kegiatan belum sepenuhnya tepat sasaran.",
        "Melakukan pemutakhiran data {objek} secara berkala bersama kelurahan dan instansi "
        "vertikal, serta mengintegrasikannya ke dalam satu data daerah.",
    ),
    (
        "Sebagian pekerjaan fisik {objek} terlambat karena proses pengadaan baru selesai pada "
        "triwulan ketiga.",
        "Mempercepat jadwal pengadaan barang dan jasa dengan menyiapkan dokumen perencanaan "
        "sejak akhir tahun anggaran sebelumnya.",
    ),
    (
        "Kompetensi aparatur pada layanan {bidang} belum merata antarunit kerja.",
        "Menyelenggarakan bimbingan teknis dan mengusulkan aparatur mengikuti diklat teknis "
        "sesuai kebutuhan jabatan.",
    ),
    (
        "Partisipasi masyarakat dalam pemeliharaan {objek} masih rendah.",
        "Meningkatkan sosialisasi dan membentuk kelompok masyarakat peduli {objek} di setiap "
        "kelurahan.",
    ),
    (
        "Keterbatasan anggaran menyebabkan sebagian usulan musrenbang bidang {bidang} belum "
        "dapat diakomodasi.",
        "Menyusun skala prioritas berbasis data dan mengusulkan pendanaan dari Dana Alokasi "
        "Khusus serta kerja sama dengan dunia usaha.",
    ),
)

PENGHARGAAN: tuple[tuple[str, str, str], ...] = (
    ("Terbaik I Penilaian Kinerja Perangkat Daerah", "Kota/Kabupaten", "BAPPEDA"),
    ("Predikat A Evaluasi SAKIP Perangkat Daerah", "Kota/Kabupaten", "INSPEKTORAT DAERAH"),
    ("Unit Pelayanan Publik Kategori Sangat Baik", "Provinsi", "KEMENTERIAN PANRB"),
    ("Terbaik II Keterbukaan Informasi Publik", "Provinsi", "KOMISI INFORMASI PROVINSI"),
    ("Juara I Inovasi Pelayanan Publik", "Kota/Kabupaten", "BAGIAN ORGANISASI"),
)
