"""Spans of history (`lkjip.calc.kurun`): worked example and properties."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from lkjip.calc import kurun
from lkjip.calc.results import Capaian, Riwayat
from lkjip.calc.rumus import Rumus

D = Decimal
angka = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


def _riwayat(nilai: dict[int, Decimal | None]) -> list[Riwayat]:
    return [
        Riwayat(tahun=y, target=None, realisasi=v, capaian=Capaian(None, Rumus.POSITIF, "x"))
        for y, v in sorted(nilai.items())
    ]


def test_span_skips_years_without_a_number():
    spans = kurun.semua_kurun(_riwayat({2018: D(80), 2019: None, 2020: D(84), 2021: D(90)}))
    k = spans[2018][2021]
    assert k.tahun == [2018, 2020, 2021]
    assert k.jumlah == D(254) and k.perubahan == D(10)
    assert k.perubahan_persen == D(10) / D(80) * 100
    assert 2019 not in spans  # no span starts or ends at a year without a number


def test_change_from_zero_has_no_percentage():
    k = kurun.semua_kurun(_riwayat({2020: D(0), 2021: D(5)}))[2020][2021]
    assert k.perubahan == D(5) and k.perubahan_persen is None


@given(values=st.lists(angka, min_size=3, max_size=8))
def test_changes_add_up_and_means_stay_within_the_values(values):
    nilai = {2015 + i: v for i, v in enumerate(values)}
    spans = kurun.semua_kurun(_riwayat(nilai))
    first, last = min(nilai), max(nilai)
    middle = first + 1
    whole = spans[first][last]
    assert whole.perubahan == spans[first][middle].perubahan + spans[middle][last].perubahan
    assert whole.jumlah == sum(values, D(0))
    assert min(values) <= whole.rata_rata <= max(values)


def test_path_runs_to_the_plans_last_year():
    path = kurun.jalur(_riwayat({2021: D(85)}), {2022: D(87), 2023: D(88)}, 2026)
    assert [t.tahun for t in path] == [2021, 2022, 2023, 2024, 2025, 2026]
    assert path[0].realisasi == D(85) and path[2].target == D(88) and path[-1].target is None


def test_spans_are_computed_on_demand_and_json_lists_those_ending_last():
    nilai = {2000 + i: D(i) for i in range(101)}  # a century: 5.050 spans, none built upfront
    spans = kurun.semua_kurun(_riwayat(nilai))
    assert len(spans) == 100 and len(spans[2000]) == 100
    assert spans[2010][2090].perubahan == D(80)
    ending = kurun.sampai_akhir(spans)
    assert [(k.awal, k.akhir) for k in ending[:2]] == [(2000, 2100), (2001, 2100)]
    assert len(ending) == 100
