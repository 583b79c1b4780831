"""Targets derived from pembilang / penyebut × pengali (`renstra.indikator[].target_turunan`):
computed once in calc and read as the Renstra target of their year everywhere."""

from __future__ import annotations

from decimal import Decimal

from lkjip.calc import compute
from lkjip.calc import turunan as tr
from lkjip.model.renstra import Indikator
from tests.calc.conftest import build, indikator

D = Decimal

# 3 / 15.000 × 100.000 = 20 (a rate per 100.000 births), two decimals by default.
AKI = {2022: {"pembilang": D(3), "penyebut": D(15000), "pengali": D(100000)}}


def test_a_year_given_only_as_counts_gets_its_computed_target():
    ind = Indikator.model_validate(indikator(target={2021: D(22)}, target_turunan=AKI))
    assert tr.target_per_tahun(ind) == {2021: D(22), 2022: D("20.00")}


def test_a_written_target_is_kept_beside_its_counts():
    # LK236 reports the disagreement; calc keeps what the agency wrote.
    ind = Indikator.model_validate(indikator(target={2022: D(21)}, target_turunan=AKI))
    assert tr.target_per_tahun(ind) == {2022: D(21)}


def test_the_derived_target_is_the_year_target_and_measures_the_capaian():
    project = build(
        indikator_list=[
            indikator(polaritas="negatif", rumus="negatif-rasio", target={}, target_turunan=AKI)
        ],
        pk_target={"A": D(20)},
        realisasi={"A": {2022: D("17.65")}},
    )
    hasil = compute(project).indikator["A"]
    assert hasil.target_renstra == D(20) and hasil.target == D(20)
    assert hasil.capaian.nilai is not None and round(hasil.capaian.nilai, 2) == D("113.31")
    t = hasil.target_turunan
    assert t is not None and (t.pembilang, t.penyebut, t.pengali, t.nilai) == (
        D(3),
        D(15000),
        D(100000),
        D("20.00"),
    )
    assert [(r.tahun, r.target) for r in hasil.riwayat] == [(2022, D(20))]


def test_a_five_year_total_counts_the_derived_years():
    # Σ realisasi 2021..2022 = 40 + 50 against the end target 100 → 90.
    project = build(
        indikator_list=[
            indikator(
                agregasi="akumulasi",
                target={2021: D(40)},
                target_turunan={2022: {"pembilang": D(1), "penyebut": D(2), "pengali": D(100)}},
                target_akhir_total=True,
                kondisi_akhir=D(100),
            )
        ],
        pk_target={"A": D(50)},
        realisasi={"A": {2021: D(40), 2022: D(50)}},
    )
    assert compute(project).indikator["A"].capaian_renstra.nilai == D(90)
