"""A small Dumai-like project built in Python, and its computed Hasil, for the render tests.

Independent of the example dataset so the render tests do not move when the example does.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from lkjip.model import Narasi, Project
from lkjip.model.anggaran import Anggaran
from lkjip.model.kinerja import Kinerja
from lkjip.model.laporan import Laporan
from lkjip.model.profil import Profil
from lkjip.model.renstra import Renstra

D = Decimal


def _laporan() -> dict:
    return {
        "instansi": {
            "nama": "Kecamatan Dumai Kota",
            "pemda": "Pemerintah Kota Dumai",
            "kota": "Dumai",
            "alamat": "Jalan Pattimura No. 01",
            "telepon": "(0765) 440287",
            "kode_pos": "28821",
            "email": "kecamatan_dumai_kota@yahoo.co.id",
        },
        "tahun": 2022,
        "penandatanganan": {"tempat": "Dumai", "tanggal": dt.date(2023, 1, 31)},
        "penandatangan": {
            "nama": "INDRA SAFAWI, S.Sos, M.Si",
            "jabatan": "Camat Dumai Kota",
            "pangkat": "Pembina",
            "golongan": "IV/a",
            "nip": "198202112003121004",
        },
        "atasan": {"nama": "H. PAISAL, SKM, MARS", "jabatan": "Walikota Dumai"},
    }


def _indikator(id_, nama, satuan, agregasi, awal, target, akhir, **extra) -> dict:
    return {
        "id": id_,
        "sasaran": "S1",
        "nama": nama,
        "satuan": satuan,
        "polaritas": "positif",
        "agregasi": agregasi,
        "kondisi_awal": {"tahun": 2021, "nilai": D(awal)},
        "target": {2022 + i: D(t) for i, t in enumerate(target)},
        "kondisi_akhir": D(akhir),
        **extra,
    }


def _renstra() -> dict:
    return {
        "periode": {"awal": 2021, "akhir": 2026},
        "rpjmd": "RPJMD Kota Dumai Tahun 2021–2026",
        "visi": "Terwujudnya Dumai Sebagai Kota Pelabuhan Dan Industri Yang Unggul",
        "misi": [{"id": "M4", "nomor": 4, "teks": "Meningkatkan Kualitas Tata Kelola"}],
        "tujuan": [{"id": "T1", "misi": "M4", "teks": "Mewujudkan Kualitas Pelayanan Publik"}],
        "sasaran": [
            {"id": "S1", "tujuan": "T1", "teks": "Meningkatnya Kualitas Pelayanan Kecamatan"}
        ],
        "indikator": [
            _indikator(
                "IKM",
                "Indeks Kepuasan Masyarakat",
                "Indeks",
                "nilai_akhir",
                "85.72",
                ["87", "87", "88", "88", "88"],
                "88",
            ),
            _indikator(
                "TRANTIBUM",
                "Persentase Pelaksanaan Tugas Trantibum",
                "%",
                "kumulatif",
                "60",
                ["100"] * 5,
                "100",
                standar_nasional={"nilai": D(100), "sumber": "Permendagri 121/2018 (SPM)"},
            ),
            _indikator(
                "PELIMPAHAN",
                "Persentase Pelaksanaan Pelimpahan Kewenangan",
                "%",
                "akumulasi",
                "60",
                ["100"] * 5,
                "100",
            ),
        ],
        "strategi": [
            {
                "id": "ST1",
                "sasaran": "S1",
                "indikator": ["IKM"],
                "teks": "Meningkatkan kualitas pelayanan",
                "kebijakan": ["Meningkatkan kualitas sistem pelayanan publik", "Koordinasi"],
            },
            {
                "id": "ST2",
                "sasaran": "S1",
                "indikator": ["TRANTIBUM", "PELIMPAHAN"],
                "teks": "Meningkatkan ketentraman",
                "kebijakan": ["Sinergitas dengan kepolisian"],
            },
        ],
        "keputusan_iku": {
            "nomor": "134/Kpts-DK/2022",
            "tentang": "Indikator Kinerja Utama Kecamatan Dumai Kota Tahun 2021–2026",
            "tempat": "Dumai",
            "tanggal": dt.date(2022, 3, 1),
            "menimbang": ["bahwa perlu menetapkan IKU;", "bahwa berdasarkan huruf a;"],
            "mengingat": ["Undang-Undang Nomor 23 Tahun 2014;", "Perpres Nomor 29 Tahun 2014;"],
            "memutuskan": [
                "IKU sebagaimana tercantum dalam Lampiran.",
                "Berlaku sejak ditetapkan.",
            ],
        },
    }


def _program(kode, nama, kegiatan, indikator=(), penunjang=False) -> dict:
    return {
        "kode": kode,
        "nama": nama,
        "penunjang": penunjang,
        "indikator": list(indikator),
        "kegiatan": [
            {"kode": k, "nama": n, "pagu": D(p), "realisasi": D(r)} for k, n, p, r in kegiatan
        ],
    }


def _anggaran() -> dict:
    return {
        "tahun": 2022,
        "dokumen": "DPA Perubahan 2022",
        "sumber_realisasi": "Laporan E-Monev Triwulan IV 2022",
        "program": [
            _program(
                "7.01.01",
                "Program Penunjang Urusan Pemerintahan Daerah",
                [
                    (
                        "7.01.01.2.02",
                        "Administrasi Keuangan Perangkat Daerah",
                        "5798612403",
                        "5563043761",
                    ),
                    (
                        "7.01.01.2.06",
                        "Administrasi Umum Perangkat Daerah",
                        "460728500",
                        "427311014",
                    ),
                ],
                penunjang=True,
            ),
            _program(
                "7.01.02",
                "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
                [
                    (
                        "7.01.02.2.01",
                        "Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
                        "27090563",
                        "25744000",
                    ),
                    (
                        "7.01.02.2.04",
                        "Pelaksanaan Urusan yang Dilimpahkan kepada Camat",
                        "33119649",
                        "33119600",
                    ),
                ],
                indikator=["IKM", "PELIMPAHAN"],
            ),
            _program(
                "7.01.04",
                "Program Koordinasi Ketentraman dan Ketertiban Umum",
                [("7.01.04.2.01", "Koordinasi Upaya Trantibum", "104800000", "96609900")],
                indikator=["TRANTIBUM"],
            ),
        ],
    }


def _kinerja() -> dict:
    targets = [
        {"indikator": "IKM", "target": D(87)},
        {"indikator": "TRANTIBUM", "target": D(100)},
        {"indikator": "PELIMPAHAN", "target": D(100)},
    ]
    return {
        "tahun": 2022,
        "rkt": {
            "tahun": 2022,
            "tempat": "Dumai",
            "tanggal": dt.date(2022, 1, 10),
            "target": targets,
        },
        "perjanjian_kinerja": [
            {
                "jenis": "perubahan",
                "tahun": 2022,
                "tempat": "Dumai",
                "tanggal": dt.date(2022, 10, 7),
                "target": targets,
                "anggaran": [
                    {
                        "program": "7.01.02",
                        "pagu": D("60225212"),
                        "kegiatan": [
                            {"kode": "7.01.02.2.01", "pagu": D("27090563")},
                            {"kode": "7.01.02.2.04", "pagu": D("33134649")},
                        ],
                    },
                    {
                        "program": "7.01.04",
                        "pagu": D("104800000"),
                        "kegiatan": [
                            {"kode": "7.01.04.2.01", "pagu": D("104800000")},
                        ],
                    },
                ],
            }
        ],
        "rencana_aksi": {
            "tahun": 2022,
            "triwulan": [
                {
                    "indikator": "IKM",
                    "target": [None, None, None, D(87)],
                    "realisasi": [None, None, None, D("89.87")],
                },
                {
                    "indikator": "TRANTIBUM",
                    "target": [D(25), D(50), D(75), D(100)],
                    "realisasi": [D(25), D(50), D(75), D(100)],
                },
                {
                    "indikator": "PELIMPAHAN",
                    "target": [D(25), D(25), D(25), D(25)],
                    "realisasi": [D(25), D(25), D(25), D(25)],
                },
            ],
            "evaluasi": [{"triwulan": 4, "tempat": "Dumai", "tanggal": dt.date(2023, 1, 10)}],
        },
        "realisasi": [
            {"indikator": "IKM", "nilai": {2021: D("85.72"), 2022: D("89.87")}},
            {"indikator": "TRANTIBUM", "nilai": {2021: D(60), 2022: D(100)}},
            {"indikator": "PELIMPAHAN", "nilai": {2021: D(60), 2022: D(100)}},
        ],
        "permasalahan": [
            {
                "masalah": "Keluhan masyarakat terhadap pelayanan yang lambat.",
                "solusi": "Meningkatkan pelayanan administrasi kependudukan.",
            },
        ],
        "analisis_faktor": {
            "kekuatan": ["PP Nomor 17 Tahun 2018 tentang Kecamatan"],
            "kelemahan": ["Belum tersedianya sistem data yang akurat"],
            "peluang": ["Posisi wilayah di pusat kota"],
            "ancaman": ["Kebijakan yang sering berubah"],
        },
    }


def _profil() -> dict:
    return {
        "dasar_hukum": [
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
            "Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP;",
        ],
        "isu_strategis": ["PATEN belum diterapkan.", "Peran serta masyarakat belum optimal."],
        "dasar_struktur": "Peraturan Walikota Dumai Nomor 72 Tahun 2016",
        "struktur_organisasi": [
            {
                "nama": "Kecamatan",
                "unit": [
                    {"nama": "Camat"},
                    {"nama": "Sekretaris Kecamatan", "sub": [{"nama": "Sub Bagian Tata Usaha"}]},
                    {"nama": "Seksi Pemerintahan"},
                ],
            },
        ],
        "sdm": [{"uraian": "PNS", "jumlah": 47}, {"uraian": "Tenaga honorer", "jumlah": 24}],
        "penghargaan": [
            {
                "uraian": "Juara I Penilaian Evaluasi Kinerja Kecamatan",
                "pemenang": "Kecamatan Dumai Kota",
                "tingkat": "Kota Dumai",
                "penyelenggara": "Pemerintah Kota Dumai",
            },
        ],
    }


def make_project(root: Path | None = None, narasi: dict[str, str] | None = None) -> Project:
    narasi_map = {
        name: Narasi(name=name, file=f"narasi/{name}.md", text=text)
        for name, text in (narasi or {}).items()
    }
    return Project(
        root=root or Path("."),
        laporan=Laporan.model_validate(_laporan()),
        renstra=Renstra.model_validate(_renstra()),
        kinerja=Kinerja.model_validate(_kinerja()),
        anggaran=Anggaran.model_validate(_anggaran()),
        profil=Profil.model_validate(_profil()),
        narasi=narasi_map,
    )


@pytest.fixture
def project(tmp_path) -> Project:
    return make_project(tmp_path)


@pytest.fixture
def hasil(project):
    from lkjip.calc import compute

    return compute(project)
