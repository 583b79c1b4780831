"""The JSON and text projections of `lkjip calc`."""

from __future__ import annotations

import json
from decimal import Decimal

from lkjip.calc import compute
from lkjip.calc import export as ex
from lkjip.model.renstra import Rentang
from tests.calc.conftest import build, indikator

D = Decimal


def test_value_conventions():
    assert ex.uang(D("11281034946")) == "11281034946"
    assert ex.uang(D("11281034946.00")) == "11281034946"
    assert ex.uang(D("1.50")) == "1.50"
    assert ex.uang(None) is None
    assert ex.dua_desimal(D("103.2988")) == "103.30"
    assert ex.dua_desimal(D("96.98726")) == "96.99"
    assert ex.dua_desimal(D(100)) == "100.00"
    assert ex.nilai(D("89.87")) == "89.87"
    assert ex.nilai(Rentang(min=D(80), max=D(90))) == {"min": "80", "max": "90"}
    assert ex.nilai("WTP") == "WTP"


def test_json_is_serialisable_and_nested(dumai_project):
    data = ex.to_json(compute(dumai_project))
    json.dumps(data)
    assert set(data) >= {
        "indikator", "sasaran", "opd", "program", "kegiatan", "total", "pendukung",
        "efisiensi", "jumlah", "skala", "selisih_pk",
    }  # fmt: skip
    ikm = data["indikator"]["IKM"]
    assert set(ikm) >= {
        "target", "target_renstra", "realisasi", "capaian", "capaian_alasan", "kategori",
        "target_akhir", "capaian_renstra", "riwayat", "perubahan", "triwulan",
    }  # fmt: skip
    assert data["kegiatan"]["7.01.02.2.04"]["program"] == "7.01.02"
    assert data["program"]["7.01.04"]["serapan"] == "92.19"
    assert data["jumlah"]["sub_kegiatan"] is None
    assert data["skala"]["pita"][0] == {"min": "91", "kategori": "Sangat Tinggi"}
    assert data["selisih_pk"][0]["selisih"] == "15000"


def test_json_null_for_not_computable():
    data = ex.to_json(compute(build(realisasi={"A": {2022: None}})))
    a = data["indikator"]["A"]
    assert a["capaian"] is None and a["capaian_alasan"] == "tidak diukur"
    assert a["realisasi"] is None


def test_text_is_indonesian(dumai_project):
    text = ex.to_text(compute(dumai_project))
    assert "103,30% (Sangat Tinggi)" in text
    assert "102,13%" in text
    assert "naik 4,15 poin (4,84%); membaik" in text
    assert "pagu Rp11.281.034.946, realisasi Rp10.944.772.000, serapan 97,02%" in text
    assert "Efisiensi OPD: 4,11 poin (efisien" in text
    assert "5 program, 14 kegiatan" in text
    assert "(+Rp15.000)" in text


def test_text_dash_for_missing():
    text = ex.to_text(compute(build(indikator_list=[indikator("A")], realisasi={"A": {}})))
    assert "capaian – (belum ada realisasi)" in text


def test_json_names_the_formula_by_identifier(dumai_project):
    data = ex.to_json(compute(dumai_project))
    ikm = data["indikator"]["IKM"]
    assert ikm["rumus"] == "positif"
    assert ikm["capaian_rumus"] == "realisasi / target × 100"  # the text, as before
    assert data["rumus_capaian"] == {"positif": "realisasi / target × 100"}
    rng = {"min": D(80), "max": D(90)}
    project = build(
        indikator_list=[
            indikator("N", polaritas="negatif"),
            indikator("R", polaritas="rentang", target={2022: rng}, kondisi_akhir=rng),
        ],
        pengaturan={"rumus_negatif": "rasio_terbalik"},
    )
    data = ex.to_json(compute(project))
    assert {k: v["rumus"] for k, v in data["indikator"].items()} == {
        "N": "negatif-rasio",
        "R": "rentang-batas",
    }
    assert "rumus" not in data["sasaran"]["S1"]
    assert data["sasaran"]["S1"]["capaian_rumus"] == "rata-rata capaian indikator"
