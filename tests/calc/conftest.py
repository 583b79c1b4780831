"""Builders for calc tests: small Projects made in Python, and the seed report's figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from lkjip.model import Project
from lkjip.model.anggaran import Anggaran
from lkjip.model.kinerja import Kinerja
from lkjip.model.laporan import Laporan
from lkjip.model.renstra import Indikator, Renstra

D = Decimal


def indikator(id: str = "A", **kw: Any) -> dict[str, Any]:
    """An indicator dict: positive, nilai_akhir, target 100 in 2022 unless overridden."""
    base: dict[str, Any] = {
        "id": id,
        "sasaran": "S1",
        "nama": f"Indikator {id}",
        "satuan": "%",
        "polaritas": "positif",
        "agregasi": "nilai_akhir",
        "target": {2022: D(100)},
        "kondisi_akhir": D(100),
    }
    base.update(kw)
    return base


def program(kode: str = "1.01.02", kegiatan: list[dict] | None = None, **kw: Any) -> dict:
    """A program dict with one kegiatan of pagu 100, realisasi 90 unless given."""
    base: dict[str, Any] = {
        "kode": kode,
        "nama": f"Program {kode}",
        "kegiatan": kegiatan
        or [{"kode": f"{kode}.2.01", "nama": "Kegiatan", "pagu": D(100), "realisasi": D(90)}],
    }
    base.update(kw)
    return base


def build(
    indikator_list: list[dict] | None = None,
    realisasi: dict[str, dict[int, Any]] | None = None,
    program_list: list[dict] | None = None,
    pengaturan: dict[str, Any] | None = None,
    sasaran: list[dict] | None = None,
    pk: list[dict] | None = None,
    pk_target: dict[str, Any] | None = None,
    pk_anggaran: list[dict] | None = None,
    triwulan: list[dict] | None = None,
    tahun: int = 2022,
) -> Project:
    """A valid Project for year `tahun` made from the parts a test cares about.

    Args:
        realisasi: {indicator id: {year: value}}; default every indicator realised 100 in N.
        pk_target: {indicator id: target} for a single PK; default: every indicator's
            Renstra target of the year.
        pk: full PK dicts, overriding pk_target/pk_anggaran.
    """
    inds = indikator_list or [indikator()]
    realisasi = realisasi if realisasi is not None else {i["id"]: {tahun: D(100)} for i in inds}
    if pk_target is None:
        pk_target = {i["id"]: i["target"][tahun] for i in inds if tahun in i["target"]}
    targets = [{"indikator": k, "target": v} for k, v in pk_target.items()] or [
        {"indikator": inds[0]["id"], "target": D(1)}
    ]
    laporan = Laporan.model_validate(
        {
            "instansi": {"nama": "Kecamatan Uji", "pemda": "Pemerintah Kota Uji", "kota": "Uji",
                         "alamat": "Jalan Uji 1"},
            "tahun": tahun,
            "penandatanganan": {"tempat": "Uji", "tanggal": dt.date(tahun + 1, 1, 31)},
            "penandatangan": {"nama": "Camat", "jabatan": "Camat Uji"},
            "atasan": {"nama": "Walikota", "jabatan": "Walikota Uji"},
            "pengaturan": pengaturan or {},
        }
    )  # fmt: skip
    renstra = Renstra.model_validate(
        {
            "periode": {"awal": tahun - 1, "akhir": tahun + 4},
            "visi": "Visi",
            "misi": [{"id": "M1", "teks": "Misi"}],
            "tujuan": [{"id": "T1", "misi": "M1", "teks": "Tujuan"}],
            "sasaran": sasaran or [{"id": "S1", "tujuan": "T1", "teks": "Sasaran satu"}],
            "indikator": inds,
        }
    )
    kinerja = Kinerja.model_validate(
        {
            "tahun": tahun,
            "rkt": {"tahun": tahun, "target": targets},
            "perjanjian_kinerja": pk
            or [
                {
                    "jenis": "murni",
                    "tahun": tahun,
                    "tempat": "Uji",
                    "tanggal": dt.date(tahun, 1, 15),
                    "target": targets,
                    "anggaran": pk_anggaran or [],
                }
            ],
            "rencana_aksi": {"tahun": tahun, "triwulan": triwulan} if triwulan else None,
            "realisasi": [{"indikator": k, "nilai": v} for k, v in realisasi.items()]
            or [{"indikator": inds[0]["id"], "nilai": {}}],
        }
    )
    anggaran = Anggaran.model_validate(
        {"tahun": tahun, "program": program_list or [program(indikator=[inds[0]["id"]])]}
    )
    return Project(root=Path("."), laporan=laporan, renstra=renstra, kinerja=kinerja,
                   anggaran=anggaran)  # fmt: skip


def model_indikator(**kw: Any) -> Indikator:
    return Indikator.model_validate(indikator(**kw))


# --- The seed report (Kecamatan Dumai Kota 2022), from domain.md §3.9/§7 and the seed's Bab III.

_PENUNJANG = [  # kode suffix, nama, pagu, realisasi (Bab III.B.A)
    ("2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja PD", 15685087, 14681000),
    ("2.02", "Administrasi Keuangan Perangkat Daerah", 5798612403, 5563043761),
    ("2.03", "Administrasi Barang Milik Daerah pada Perangkat Daerah", 4875455, 4053500),
    ("2.05", "Administrasi Kepegawaian Perangkat Daerah", 73500000, 73500000),
    ("2.06", "Administrasi Umum Perangkat Daerah", 460728500, 427311014),
    ("2.07", "Pengadaan BMD Penunjang Urusan Pemerintah Daerah", 125645000, 119375000),
    ("2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 3039975725, 3020155006),
    ("2.09", "Pemeliharaan BMD Penunjang Urusan Pemerintahan Daerah", 658691000, 652556525),
]  # fmt: skip


def _keg(kode: str, nama: str, pagu: int, realisasi: int) -> dict:
    return {"kode": kode, "nama": nama, "pagu": D(pagu), "realisasi": D(realisasi)}


def dumai() -> Project:
    """The seed report's data as far as calc needs it (DPA basis; PK Perubahan with the
    Rp15.000 difference of E07)."""
    positif = {
        "satuan": "%",
        "polaritas": "positif",
        "agregasi": "kumulatif",
        "kondisi_awal": {"tahun": 2021, "nilai": D(60)},
        "target": {y: D(100) for y in range(2022, 2027)},
        "kondisi_akhir": D(100),
    }
    inds = [
        indikator(
            "IKM",
            nama="Indeks Kepuasan Masyarakat",
            satuan="Indeks",
            kondisi_awal={"tahun": 2021, "nilai": D("85.72")},
            target={2022: D(87), 2023: D(87), 2024: D(88), 2025: D(88), 2026: D(88)},
            kondisi_akhir=D(88),
        ),
        indikator("TRANTIBUM", **positif),
        indikator("PELIMPAHAN", **positif),
    ]
    programs = [
        program(
            "7.01.01",
            penunjang=True,
            kegiatan=[_keg(f"7.01.01.{k}", n, p, r) for k, n, p, r in _PENUNJANG],
        ),
        program(
            "7.01.02",
            indikator=["IKM"],
            kegiatan=[
                _keg("7.01.02.2.01", "Koordinasi Kegiatan Pemerintahan", 27090563, 25744000),
                _keg("7.01.02.2.02", "Urusan Tidak Dilaksanakan Unit Kerja", 7275710, 7275710),
                _keg("7.01.02.2.04", "Urusan yang Dilimpahkan kepada Camat", 33119649, 33119600),
            ],
        ),
        program(
            "7.01.03",
            indikator=["PELIMPAHAN"],
            kegiatan=[_keg("7.01.03.2.02", "Pemberdayaan Kelurahan", 831418650, 807729780)],
        ),
        program(
            "7.01.04",
            indikator=["TRANTIBUM"],
            kegiatan=[_keg("7.01.04.2.01", "Koordinasi Trantibum", 104800000, 96609900)],
        ),
        program(
            "7.01.05",
            indikator=["TRANTIBUM"],
            kegiatan=[_keg("7.01.05.2.01", "Pemerintahan Umum", 99617204, 99617204)],
        ),
    ]
    pk_anggaran = [
        {"program": "7.01.02", "pagu": D(67500922), "kegiatan": [
            {"kode": "7.01.02.2.01", "pagu": D(27090563)},
            {"kode": "7.01.02.2.02", "pagu": D(7275710)},
            {"kode": "7.01.02.2.04", "pagu": D(33134649)},
        ]},
        {"program": "7.01.03", "pagu": D(831418650)},
        {"program": "7.01.04", "pagu": D(104800000)},
        {"program": "7.01.05", "pagu": D(99617204)},
    ]  # fmt: skip
    return build(
        indikator_list=inds,
        realisasi={
            "IKM": {2021: D("85.72"), 2022: D("89.87")},
            "TRANTIBUM": {2021: D(60), 2022: D(100)},
            "PELIMPAHAN": {2021: D(60), 2022: D(100)},
        },
        program_list=programs,
        sasaran=[
            {
                "id": "S1",
                "tujuan": "T1",
                "teks": "Meningkatnya Kualitas Pelayanan Kecamatan Dumai Kota",
            }
        ],
        pk_anggaran=pk_anggaran,
        triwulan=[
            {
                "indikator": "IKM",
                "target": [None, None, None, D(87)],
                "realisasi": [None, None, None, D("89.87")],
            },
        ],
    )


@pytest.fixture
def dumai_project() -> Project:
    return dumai()
