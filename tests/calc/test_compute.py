"""`compute(project)`: joins by id, the year's target, riwayat, odd data never raises."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lkjip.calc import Rumus, compute
from tests.calc.conftest import build, indikator, program

D = Decimal


def pk(jenis, tanggal, target):
    return {"jenis": jenis, "tahun": 2022, "tempat": "Uji", "tanggal": tanggal,
            "target": [{"indikator": "A", "target": target}]}  # fmt: skip


def test_target_is_from_the_latest_pk():
    project = build(
        indikator_list=[indikator("A", target={2022: D(90)})],
        pk=[pk("perubahan", dt.date(2022, 10, 7), D(80)), pk("murni", dt.date(2022, 1, 5), D(95))],
    )
    hasil = compute(project).indikator["A"]
    assert (hasil.target, hasil.target_renstra) == (D(80), D(90))
    assert hasil.capaian.nilai == D(125)


def test_target_falls_back_to_renstra():
    project = build(indikator_list=[indikator("A", target={2022: D(50)}), indikator("B")],
                    pk_target={"B": D(100)})  # fmt: skip
    assert compute(project).indikator["A"].target == D(50)


def test_missing_and_not_measured_realisation():
    project = build(
        indikator_list=[indikator("A"), indikator("B"), indikator("C")],
        realisasi={"A": {2022: None}, "B": {2021: D(5)}},
    )
    ind = compute(project).indikator
    assert ind["A"].capaian.alasan == "tidak diukur"
    assert ind["A"].capaian_renstra.alasan == "tidak diukur"
    assert ind["B"].capaian.alasan == "belum ada realisasi"
    assert ind["C"].capaian.alasan == "belum ada realisasi"
    assert ind["A"].kategori is None


def test_negative_zero_tolerance_target():
    project = build(
        indikator_list=[indikator("A", polaritas="negatif", target={2022: D(0)}),
                        indikator("B", polaritas="negatif", target={2022: D(0)})],
        realisasi={"A": {2022: D(0)}, "B": {2022: D(3)}},
    )  # fmt: skip
    ind = compute(project).indikator
    assert (ind["A"].capaian.nilai, ind["B"].capaian.nilai) == (D(100), D(0))


def test_positive_target_zero():
    project = build(indikator_list=[indikator("A", target={2022: D(0)})])
    assert compute(project).indikator["A"].capaian.alasan == "target bernilai 0"


def test_riwayat_and_perubahan_skip_unmeasured_years():
    project = build(
        indikator_list=[indikator("A", polaritas="negatif",
                                  kondisi_awal={"tahun": 2019, "nilai": D(30)},
                                  target={2020: D(25), 2021: D(20), 2022: D(15)})],
        realisasi={"A": {2020: D(24), 2021: None, 2022: D(16), 2023: D(1)}},
    )  # fmt: skip
    hasil = compute(project).indikator["A"]
    assert [r.tahun for r in hasil.riwayat] == [2019, 2020, 2021, 2022]
    assert hasil.riwayat[2].realisasi is None and hasil.riwayat[2].capaian.alasan == "tidak diukur"
    assert hasil.riwayat[1].target == D(25)
    p = hasil.perubahan
    assert (p.tahun_lalu, p.selisih, p.arah, p.makna) == (2020, D(-8), "turun", "membaik")


def test_no_earlier_year_no_perubahan():
    assert compute(build()).indikator["A"].perubahan is None


def test_triwulan_in_result():
    project = build(
        indikator_list=[indikator("A", agregasi="akumulasi", target={2022: D(4)})],
        realisasi={"A": {2022: D(4)}},
        triwulan=[{"indikator": "A", "target": [D(1)] * 4, "realisasi": [D(1), D(1), D(2), None]}],
    )
    hasil = compute(project).indikator["A"]
    assert [t.capaian.nilai for t in hasil.triwulan[:3]] == [D(100), D(100), D(Decimal(400) / 3)]
    assert hasil.realisasi_dari_triwulan == D(4)


def test_rumus_capaian_lists_used_polarities():
    project = build(indikator_list=[indikator("A"), indikator("B", polaritas="negatif")],
                    pengaturan={"rumus_negatif": "rasio_terbalik"})  # fmt: skip
    assert compute(project).rumus_capaian == {
        "positif": Rumus.POSITIF,
        "negatif": Rumus.NEGATIF_RASIO,
    }


def test_odd_data_does_not_raise():
    project = build(
        indikator_list=[
            indikator("A", sasaran="NOPE"),  # unknown sasaran
            indikator("B", polaritas="kualitatif", target={2022: "WTP"}, kondisi_akhir="WTP"),
            indikator("C", polaritas="rentang", target={2022: D(5)}, kondisi_akhir=D(5),
                      target_akhir_total=True),
            indikator("D", target={2022: {"min": D(1), "max": D(2)}}),
        ],
        realisasi={"B": {2022: "WDP"}, "C": {2022: D(6)}, "D": {2022: "x"}, "ZZZ": {2022: D(1)}},
        program_list=[program("1", indikator=["ZZZ"]), program("1", indikator=["A"])],
        pk_anggaran=[{"program": "1", "pagu": D(1), "kegiatan": [{"kode": "no", "pagu": D(1)}]}],
        triwulan=[{"indikator": "ZZZ", "target": [D(1)] * 4},
                  {"indikator": "B", "target": ["WTP"] * 4, "realisasi": ["WDP"] + [None] * 3}],
    )  # fmt: skip
    hasil = compute(project)
    assert hasil.indikator["B"].capaian.alasan == "daftar predikat indikator tidak ditetapkan"
    assert hasil.indikator["B"].triwulan[0].capaian.nilai is None
    assert hasil.indikator["C"].capaian.nilai == D(120)
    assert hasil.indikator["D"].capaian.nilai is None
    assert hasil.indikator["C"].capaian_renstra.nilai == D(120)
    assert hasil.sasaran["S1"].indikator == ["B", "C", "D"]  # A's sasaran is unknown
    assert hasil.sasaran["S1"].capaian.nilai == D(120)
    assert hasil.total.pagu == D(200)  # both programs count in the total
    assert list(hasil.program) == ["1"]


def test_perubahan_of_a_yes_no_indicator():
    project = build(
        indikator_list=[indikator("A", satuan="Ya/Tidak", rumus="biner",
                                  kondisi_awal={"tahun": 2020, "nilai": "tidak"},
                                  target={2021: "ya", 2022: "ya"}, kondisi_akhir="ya")],
        realisasi={"A": {2021: "tidak", 2022: "ya"}},
    )  # fmt: skip
    hasil = compute(project).indikator["A"]
    p = hasil.perubahan
    assert (p.jenis, p.tahun_lalu, p.realisasi_lalu, p.realisasi) == ("biner", 2021, "tidak", "ya")
    assert (p.arah, p.makna) == ("berubah", "membaik")
    assert hasil.jenis_nilai == "biner"


def test_perubahan_of_a_predicate_skips_a_year_not_measured():
    project = build(
        indikator_list=[indikator("A", satuan="Predikat", polaritas="kualitatif",
                                  rumus="kualitatif", predikat="predikat-sakip",
                                  target={2020: "B", 2021: "BB", 2022: "BB"},
                                  kondisi_akhir="A")],
        realisasi={"A": {2020: "B", 2021: None, 2022: "A"}},
    )  # fmt: skip
    hasil = compute(project).indikator["A"]
    p = hasil.perubahan
    assert (p.jenis, p.tahun_lalu, p.selisih, p.arah, p.makna) == (
        "predikat", 2020, D(2), "naik", "membaik"
    )  # fmt: skip
    assert hasil.jenis_nilai == "predikat"


def test_a_predicate_against_a_number_has_no_perubahan():
    project = build(
        indikator_list=[indikator("A", satuan="Opini", polaritas="kualitatif",
                                  predikat="opini-bpk", target={2022: "WTP"},
                                  kondisi_akhir="WTP")],
        realisasi={"A": {2021: D(3), 2022: "WTP"}},
    )  # fmt: skip
    assert compute(project).indikator["A"].perubahan is None


def test_jenis_nilai_of_a_band_and_a_number():
    project = build(
        indikator_list=[indikator("A", rumus="rentang", target={2022: {"min": D(2), "max": D(4)}},
                                  kondisi_akhir={"min": D(2), "max": D(4)}),
                        indikator("B")],
        realisasi={"A": {2022: D(3)}, "B": {2022: D(90)}},
    )  # fmt: skip
    ind = compute(project).indikator
    assert (ind["A"].jenis_nilai, ind["B"].jenis_nilai) == ("rentang", "angka")
