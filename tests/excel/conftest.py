"""Helpers for the Excel tests: write a sheet from rows, a small project and its figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from lkjip.calc import anggaran as calc_anggaran
from lkjip.calc.results import Capaian, Efisiensi, Hasil, Jumlah, SkalaTerpakai
from lkjip.calc.rumus import Rumus
from lkjip.model import Project
from lkjip.model.anggaran import Anggaran
from lkjip.model.laporan import Laporan, RumusEfisiensi

FIXTURES = Path(__file__).parent / "fixtures"


def write_xlsx(path: Path, rows: list[list], sheet: str = "Sheet1", extra: dict | None = None):
    """An .xlsx with `rows` on `sheet` (and more sheets from `extra`, name → rows)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = sheet
    for row in rows:
        workbook.active.append(row)
    for name, more in (extra or {}).items():
        ws = workbook.create_sheet(name)
        for row in more:
            ws.append(row)
    workbook.save(path)
    return path


def fixture_anggaran() -> Anggaran:
    return Anggaran.model_validate(yaml.safe_load((FIXTURES / "anggaran.yaml").read_text()))


def small_laporan() -> Laporan:
    pejabat = {"nama": "Budi", "jabatan": "Camat"}
    return Laporan.model_validate(
        {
            "instansi": {"nama": "Kecamatan Sukamaju", "pemda": "Pemerintah Kota Sukamaju",
                         "kota": "Contoh", "alamat": "Jl. Contoh 1"},
            "tahun": 2022,
            "penandatanganan": {"tempat": "Contoh", "tanggal": dt.date(2023, 1, 31)},
            "penandatangan": pejabat,
            "atasan": {"nama": "Wali", "jabatan": "Walikota"},
        }
    )  # fmt: skip


def small_project(anggaran: Anggaran) -> Project:
    # renstra/kinerja are not read by the exporter; the dataclass does not check types.
    return Project(Path("."), small_laporan(), None, None, anggaran)  # type: ignore[arg-type]


def small_hasil(anggaran: Anggaran) -> Hasil:
    programs = {p.kode: calc_anggaran.program(p) for p in anggaran.program}
    total = calc_anggaran.jumlahkan(p.anggaran for p in programs.values())
    pendukung = calc_anggaran.jumlahkan(p.anggaran for p in programs.values() if not p.penunjang)
    efisiensi = Efisiensi(Decimal("100"), pendukung.serapan, None, "capaian − serapan", "poin",
                          "tidak dapat dihitung", RumusEfisiensi.SELISIH)  # fmt: skip
    return Hasil(
        tahun=anggaran.tahun,
        indikator={},
        sasaran={},
        capaian_opd=Capaian(None, Rumus.RATA_RATA_SASARAN, "belum ada indikator"),
        kategori_opd=None,
        program=programs,
        kegiatan={k.kode: k for p in programs.values() for k in p.kegiatan},
        total=total,
        pendukung=pendukung,
        efisiensi=efisiensi,
        jumlah=Jumlah(0, 0, 0, len(programs), 0, None),
        skala=SkalaTerpakai("Contoh", None, []),
    )


@pytest.fixture
def anggaran() -> Anggaran:
    return fixture_anggaran()
