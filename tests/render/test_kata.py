"""Sentences of Bab III name a yes/no value, a predicate and a band as what they are, never
"sebesar ya" or "sebesar WTP"; the change against last year is told in their own terms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip.calc import compute
from lkjip.calc.results import HasilIndikator
from lkjip.model.renstra import Rentang
from lkjip.render.sections import kata
from lkjip.render.sections.grafik import grafik_indikator
from lkjip.render.tables import SIFAT_TRIWULAN
from tests.calc.conftest import build, indikator

D = Decimal
SAKIP = ["D", "C", "CC", "B", "BB", "A", "AA"]


def _hasil(ind: dict, realisasi: dict) -> HasilIndikator:
    return compute(build(indikator_list=[ind], realisasi={"A": realisasi})).indikator["A"]


def _biner(lalu: str, kini: str) -> HasilIndikator:
    ind = indikator("A", satuan="Ya/Tidak", rumus="biner", target={2021: "ya", 2022: "ya"},
                    kondisi_akhir="ya")  # fmt: skip
    return _hasil(ind, {2021: lalu, 2022: kini})


def _predikat(lalu: str, kini: str, target: str = "BB") -> HasilIndikator:
    ind = indikator("A", satuan="Predikat", polaritas="kualitatif", rumus="kualitatif",
                    predikat="predikat-sakip", target={2021: "B", 2022: target},
                    kondisi_akhir="BB")  # fmt: skip
    return _hasil(ind, {2021: lalu, 2022: kini})


@pytest.mark.parametrize(
    ("kini", "kalimat"),
    [
        ("ya", 'Target tahun 2022 adalah "ya" dan realisasinya "ya" (target tercapai)'),
        ("tidak", 'Target tahun 2022 adalah "ya" dan realisasinya "tidak" (target tidak tercapai)'),
    ],
)
def test_target_sentence_of_a_yes_no_indicator(kini, kalimat):
    assert kata.kalimat_target(_biner("tidak", kini), 2022, None) == kalimat


@pytest.mark.parametrize(
    ("kini", "letak"),
    [("BB", "sesuai target"), ("A", "di atas target"), ("B", "di bawah target")],
)
def test_target_sentence_of_a_predicate(kini, letak):
    assert kata.kalimat_target(_predikat("B", kini), 2022, SAKIP) == (
        f"Target tahun 2022 adalah predikat BB dan realisasinya predikat {kini} ({letak})"
    )


@pytest.mark.parametrize(
    ("realisasi", "letak"),
    [("3.21", "di dalam rentang"), ("4.5", "di atas rentang"), ("1.9", "di bawah rentang")],
)
def test_target_sentence_of_a_band(realisasi, letak):
    band = {"min": D(2), "max": D(4)}
    ind = indikator("A", rumus="rentang", target={2022: band}, kondisi_akhir=band)
    hi = _hasil(ind, {2022: D(realisasi)})
    r = realisasi.replace(".", ",")
    assert kata.kalimat_target(hi, 2022, None) == (
        f"Target tahun 2022 adalah rentang 2–4% dan realisasinya {r}% ({letak})"
    )


def test_target_sentence_of_a_number_is_unchanged():
    hi = _hasil(indikator("A", target={2022: D(80)}), {2022: D("78.2")})
    assert kata.kalimat_target(hi, 2022, None) == (
        "Target tahun 2022 sebesar 80% dengan realisasi 78,2%"
    )


def test_change_of_a_yes_no_value():
    hi = _biner("tidak", "ya")
    assert hi.perubahan is not None
    assert kata.kalimat_perubahan(hi.perubahan, hi, 2022, "") == (
        'Realisasi berubah dari "tidak" pada tahun 2021 menjadi "ya" pada tahun 2022; '
        "kinerja membaik."
    )
    hi = _biner("ya", "ya")
    assert kata.kalimat_perubahan(hi.perubahan, hi, 2022, " (capaian 100,00%)") == (
        'Realisasi tahun 2022 sama dengan tahun 2021, yaitu "ya" (capaian 100,00%); kinerja tetap.'
    )


def test_change_of_a_predicate_counts_ranks_in_words():
    hi = _predikat("B", "A", target="A")
    assert kata.kalimat_perubahan(hi.perubahan, hi, 2022, "") == (
        "Realisasi tahun 2022 adalah predikat A, naik dua peringkat dari predikat B pada tahun "
        "2021; kinerja membaik."
    )
    hi = _predikat("BB", "B")
    assert kata.kalimat_perubahan(hi.perubahan, hi, 2022, "") == (
        "Realisasi tahun 2022 adalah predikat B, turun satu peringkat dari predikat BB pada "
        "tahun 2021; kinerja memburuk."
    )


def test_besaran_and_sebutan():
    assert kata.besaran(D("89.87"), "Indeks", "angka") == "sebesar 89,87"
    assert kata.besaran("WTP", "Opini", "predikat") == "adalah opini WTP"
    assert kata.besaran("ya", "Ya/Tidak", "biner") == 'adalah "ya"'
    assert kata.besaran(Rentang(min=D(2), max=D(4)), "%", "rentang") == "adalah rentang 2–4%"
    assert kata.besaran(D("3.21"), "%", "rentang") == "sebesar 3,21%"
    # A unit that is not one word does not name the predicate.
    assert kata.sebutan("WTP", "Jenis Opini", "predikat") == "WTP"


def test_period_note_names_the_kind_of_value():
    nilai_akhir = SIFAT_TRIWULAN["nilai_akhir"]
    assert "(ya/tidak)" in nilai_akhir.format(jenis=kata.jenis_periode(_biner("ya", "ya")))
    assert "(predikat)" in nilai_akhir.format(jenis=kata.jenis_periode(_predikat("B", "BB")))
    angka = _hasil(indikator("A"), {2022: D(90)})
    assert "(indeks/tingkat)" in nilai_akhir.format(jenis=kata.jenis_periode(angka))


def test_a_band_is_named_as_one_only_where_the_indicator_reads_as_a_band():
    band = Rentang(min=D(2), max=D(4))
    assert kata.sebutan(band, "%", "rentang") == "rentang 2–4%"
    assert kata.sebutan(band, "%", "angka") == "2–4%"


def test_no_numeric_chart_of_yes_no_values_or_predicates():
    assert grafik_indikator(_biner("tidak", "ya")) is None
    assert grafik_indikator(_predikat("B", "BB")) is None
