"""Sasaran and OPD rollups, categories, efficiency, counts (domain.md §3.7, §3.8, §4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip.calc import Rumus, compute, skala
from lkjip.calc import efisiensi as ef
from lkjip.model.laporan import Pengaturan, RumusEfisiensi
from tests.calc.conftest import build, indikator, program

D = Decimal


def three(**pengaturan):
    return build(
        indikator_list=[indikator("A", bobot=D(2)), indikator("B"), indikator("C")],
        realisasi={"A": {2022: D(120)}, "B": {2022: D(90)}, "C": {2022: None}},
        pengaturan=pengaturan,
    )


def test_mean_excludes_indicators_without_capaian():
    hasil = compute(three())
    assert hasil.indikator["C"].capaian.alasan == "tidak diukur"
    assert hasil.sasaran["S1"].capaian.nilai == D(105)


def test_cap_applies_inside_the_mean_only():
    hasil = compute(three(batas_capaian=D(100)))
    assert hasil.sasaran["S1"].capaian.nilai == D(95)
    assert hasil.indikator["A"].capaian.nilai == D(120)
    assert hasil.sasaran["S1"].capaian.rumus is Rumus.RATA_RATA
    assert "dibatasi paling tinggi 100%" in hasil.sasaran["S1"].capaian.rumus_teks


def test_weighted_mean():
    hasil = compute(three(metode_rollup="rata_rata_tertimbang"))
    assert hasil.sasaran["S1"].capaian.nilai == D(110)  # (120·2 + 90·1) / 3


def test_no_capaian_left_says_why():
    project = build(indikator_list=[indikator("A")], realisasi={"A": {}})
    hasil = compute(project)
    sasaran = hasil.sasaran["S1"].capaian
    assert sasaran.nilai is None and "A: belum ada realisasi" in sasaran.alasan
    assert hasil.capaian_opd.nilai is None and hasil.kategori_opd is None
    assert hasil.efisiensi.keterangan == "tidak dapat dihitung"


def test_opd_is_mean_of_sasaran():
    project = build(
        indikator_list=[indikator("A"), indikator("B", sasaran="S2"), indikator("C", sasaran="S2")],
        sasaran=[{"id": "S1", "tujuan": "T1", "teks": "Satu"},
                 {"id": "S2", "tujuan": "T1", "teks": "Dua"}],
        realisasi={"A": {2022: D(100)}, "B": {2022: D(80)}, "C": {2022: D(60)}},
    )  # fmt: skip
    hasil = compute(project)
    assert hasil.sasaran["S2"].capaian.nilai == D(70)
    assert hasil.capaian_opd.nilai == D(85)  # not the mean of the three indicators (80)


@pytest.mark.parametrize(
    ("nilai", "permendagri", "lan"),
    [
        ("103.30", "Sangat Tinggi", "Sangat Berhasil"),
        ("91", "Sangat Tinggi", "Sangat Berhasil"),
        ("90.99", "Tinggi", "Sangat Berhasil"),
        ("85", "Tinggi", "Sangat Berhasil"),
        ("84.99", "Tinggi", "Berhasil"),
        ("76", "Tinggi", "Berhasil"),
        ("75.99", "Sedang", "Berhasil"),
        ("70", "Sedang", "Berhasil"),
        ("66", "Sedang", "Cukup Berhasil"),
        ("65.99", "Rendah", "Cukup Berhasil"),
        ("55", "Rendah", "Cukup Berhasil"),
        ("51", "Rendah", "Tidak Berhasil"),
        ("50.99", "Sangat Rendah", "Tidak Berhasil"),
        ("0", "Sangat Rendah", "Tidak Berhasil"),
    ],
)
def test_builtin_scales_half_open(nilai, permendagri, lan):
    assert skala.kategori(D(nilai), skala.bawaan()["permendagri86"]) == permendagri
    assert skala.kategori(D(nilai), skala.bawaan()["lan2003"]) == lan


def test_resolve_scale():
    assert skala.resolve(Pengaturan()).pita[0].kategori == "Sangat Tinggi"
    assert skala.resolve(Pengaturan(skala="lan2003")).pita[-1].kategori == "Tidak Berhasil"
    assert skala.resolve(Pengaturan(skala="tidak_ada")) is None
    fallback = skala.terpakai(Pengaturan(skala="tidak_ada"))
    assert fallback == skala.bawaan()["permendagri86"]
    custom = Pengaturan.model_validate(
        {"skala": {"nama": "Dasbor", "pita": [{"min": 0, "kategori": "Kritis"},
                                              {"min": 95, "kategori": "Tercapai"}]}}
    )  # fmt: skip
    resolved = skala.resolve(custom)
    assert [p.kategori for p in resolved.pita] == ["Tercapai", "Kritis"]  # sorted descending
    assert skala.kategori(D("94.99"), resolved) == "Kritis"
    assert skala.kategori(None, resolved) is None


def test_category_in_result_uses_declared_scale():
    hasil = compute(three(skala="lan2003"))
    assert hasil.indikator["B"].kategori == "Sangat Berhasil"
    assert hasil.skala.nama.startswith("Skala Keberhasilan")


@pytest.mark.parametrize(
    ("rumus", "capaian", "serapan", "nilai", "keterangan"),
    [
        (RumusEfisiensi.SELISIH, "100", "90", D(10), "efisien"),
        (RumusEfisiensi.SELISIH, "90", "90", D(0), "sesuai"),
        (RumusEfisiensi.SELISIH, "80", "90", D(-10), "tidak efisien"),
        (RumusEfisiensi.RASIO, "100", "80", D("1.25"), "efisien"),
        (RumusEfisiensi.RASIO, "80", "80", D(1), "sesuai"),
        (RumusEfisiensi.RASIO, "40", "80", D("0.5"), "tidak efisien"),
        (RumusEfisiensi.RASIO, "40", "0", None, "tidak dapat dihitung"),
    ],
)
def test_efisiensi(rumus, capaian, serapan, nilai, keterangan):
    e = ef.efisiensi(D(capaian), D(serapan), rumus)
    assert (e.nilai, e.keterangan) == (nilai, keterangan)
    assert e.satuan == ("poin" if rumus is RumusEfisiensi.SELISIH else "")


def test_efisiensi_missing_input():
    e = ef.efisiensi(None, D(90), RumusEfisiensi.SELISIH)
    assert e.nilai is None and e.keterangan == "tidak dapat dihitung"


def test_indicator_efficiency_only_with_programs():
    project = build(
        indikator_list=[indikator("A"), indikator("B")],
        program_list=[program("1", indikator=["A"])],
    )
    hasil = compute(project)
    assert hasil.indikator["A"].efisiensi.nilai == D(10)  # 100 − 90
    assert hasil.indikator["B"].efisiensi is None and hasil.indikator["B"].anggaran is None


def test_counts():
    keg = [{"kode": "1.2.01", "nama": "K", "pagu": D(1), "sub_kegiatan": [
        {"kode": "1.2.01.0001", "nama": "S", "pagu": D(1)},
        {"kode": "1.2.01.0002", "nama": "S", "pagu": D(1)}]}]  # fmt: skip
    project = build(
        indikator_list=[indikator("A"), indikator("B", iku=False)],
        program_list=[program("1", kegiatan=keg), program("2")],
    )
    jumlah = compute(project).jumlah
    assert (jumlah.sasaran, jumlah.indikator, jumlah.iku) == (1, 2, 1)
    assert (jumlah.program, jumlah.kegiatan) == (2, 2)
    assert jumlah.sub_kegiatan is None  # program 2's kegiatan lists no sub kegiatan
    project = build(program_list=[program("1", kegiatan=keg)])
    assert compute(project).jumlah.sub_kegiatan == 2
