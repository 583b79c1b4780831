"""The seed report's correct figures (domain.md §3.9), pinned twice: on the Project built in
Python from the domain figures, and on examples/dumai_kota_2022 loaded from its YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip import idfmt
from lkjip.calc import compute
from lkjip.calc.results import Hasil
from tests.calc.conftest import dumai

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dumai_kota_2022"


def _loaded() -> Hasil:
    from lkjip.pipeline import load_project

    project, diagnostics = load_project(EXAMPLE)
    assert project is not None, list(diagnostics)[:3]
    return compute(project)


@pytest.fixture(scope="module", params=["python", "yaml"])
def hasil(request) -> Hasil:
    return compute(dumai()) if request.param == "python" else _loaded()


def p(value) -> str:
    return idfmt.persen(value, tanda=False)


def test_indicator_capaian(hasil):
    ikm = hasil.indikator["IKM"]
    assert p(ikm.capaian.nilai) == "103,30"
    assert p(ikm.capaian_renstra.nilai) == "102,13"
    assert ikm.kategori == "Sangat Tinggi"
    assert p(hasil.indikator["TRANTIBUM"].capaian.nilai) == "100,00"
    assert p(hasil.indikator["PELIMPAHAN"].capaian.nilai) == "100,00"


def test_previous_year(hasil):
    ikm = hasil.indikator["IKM"].perubahan
    assert (ikm.tahun_lalu, idfmt.angka(ikm.selisih), p(ikm.persen)) == (2021, "4,15", "4,84")
    trantibum = hasil.indikator["TRANTIBUM"].perubahan
    assert (idfmt.angka(trantibum.selisih), p(trantibum.persen)) == ("40", "66,67")


def test_sasaran_and_opd(hasil):
    assert p(hasil.sasaran["S1"].capaian.nilai) == "101,10"
    assert hasil.sasaran["S1"].kategori == "Sangat Tinggi"
    assert p(hasil.capaian_opd.nilai) == "101,10"


def test_budget(hasil):
    assert hasil.total.pagu == 11281034946
    assert hasil.total.realisasi == 10944772000
    assert p(hasil.total.serapan) == "97,02"
    assert hasil.pendukung.pagu == 1103321776
    assert hasil.pendukung.realisasi == 1070096194
    assert p(hasil.pendukung.serapan) == "96,99"
    assert hasil.sasaran["S1"].anggaran == hasil.pendukung
    penunjang = hasil.program["7.01.01"].anggaran
    assert (penunjang.pagu, p(penunjang.serapan)) == (10177713170, "97,02")
    assert p(hasil.program["7.01.02"].anggaran.serapan) == "98,00"
    assert p(hasil.program["7.01.03"].anggaran.serapan) == "97,15"
    assert p(hasil.program["7.01.04"].anggaran.serapan) == "92,19"
    assert p(hasil.program["7.01.05"].anggaran.serapan) == "100,00"


def test_efficiency(hasil):
    e = hasil.sasaran["S1"].efisiensi
    assert (idfmt.angka(e.nilai, 2), e.satuan, e.keterangan) == ("4,11", "poin", "efisien")
    assert idfmt.angka(hasil.efisiensi.nilai, 2) == "4,11"


def test_counts(hasil):
    j = hasil.jumlah
    assert (j.sasaran, j.indikator, j.iku, j.program, j.kegiatan) == (1, 3, 3, 5, 14)


def test_pk_against_dpa(hasil):
    assert hasil.pk_total == 1103336776
    assert {s.kode: s.selisih for s in hasil.selisih_pk}["7.01.02"] == 15000
