"""The efficiency variants of domain.md §3.7: worked examples and properties per variant."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip import idfmt
from lkjip.calc import efisiensi as ef
from lkjip.model.laporan import RumusEfisiensi as RE

D = Decimal
persen = st.decimals(min_value=0, max_value=200, places=2, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(
    ("rumus", "capaian", "serapan", "nilai", "keterangan"),
    [
        (RE.SELISIH, "103.30", "96.42", "6.88", "efisien"),
        (RE.RASIO, "100", "96.99", "1.03", "efisien"),
        # Sisa anggaran: 3,58% of the budget left, target met.
        (RE.SISA_ANGGARAN, "103.30", "96.42", "3.58", "efisien"),
        # The same budget left with the target missed is not efficient.
        (RE.SISA_ANGGARAN, "90", "96.42", "3.58", "tidak efisien"),
        (RE.SISA_ANGGARAN, "100", "100", "0", "sesuai"),
        # PMK 249/2011: E = (1 − 90/100) × 100 = 10 → 50 + 10/20 × 50 = 75.
        (RE.INDEKS_RKA_KL, "100", "90", "75", "efisien"),
        # E = (1 − 100/80) × 100 = −25, bounded to −20 → 0.
        (RE.INDEKS_RKA_KL, "80", "100", "0", "tidak efisien"),
        (RE.INDEKS_RKA_KL, "95", "95", "50", "sesuai"),
    ],
)
def test_worked_examples(rumus, capaian, serapan, nilai, keterangan):
    e = ef.efisiensi(D(capaian), D(serapan), rumus)
    assert idfmt.bulatkan(e.nilai) == idfmt.bulatkan(D(nilai))
    assert e.keterangan == keterangan
    assert e.rumus == ef.RUMUS[rumus] and e.satuan == ef.SATUAN[rumus]


def test_index_needs_a_capaian():
    e = ef.efisiensi(D(0), D(50), RE.INDEKS_RKA_KL)
    assert e.nilai is None and e.keterangan == "tidak dapat dihitung"


@pytest.mark.parametrize("rumus", list(RE))
def test_every_variant_has_text_unit_and_balance(rumus):
    assert ef.RUMUS[rumus] and rumus in ef.SATUAN and rumus in ef.SEIMBANG


@given(capaian=persen.filter(lambda c: c > 0), pair=st.tuples(persen, persen).map(sorted))
def test_index_is_bounded_and_falls_as_absorption_rises(capaian, pair):
    lo, hi = (ef.nilai(capaian, s, RE.INDEKS_RKA_KL) for s in pair)
    assert 0 <= hi <= lo <= 100


@given(capaian=persen, serapan=persen)
def test_left_budget_is_efficient_only_when_the_target_is_met(capaian, serapan):
    e = ef.efisiensi(capaian, serapan, RE.SISA_ANGGARAN)
    assert e.nilai == 100 - serapan
    if capaian < 100:
        assert e.keterangan == "tidak efisien"
    else:
        assert e.keterangan == ("efisien" if serapan < 100 else ef.keterangan(e.nilai, RE.SELISIH))


@given(capaian=persen, serapan=persen.filter(lambda s: s > 0))
def test_difference_and_ratio_agree_on_the_verdict(capaian, serapan):
    selisih = ef.efisiensi(capaian, serapan, RE.SELISIH).keterangan
    rasio = ef.efisiensi(capaian, serapan, RE.RASIO).keterangan
    assert selisih == rasio


def test_index_of_a_unit_averages_its_outputs_before_the_bound():
    # Outputs E = 10 and E = −30 (bounded alone to −20): Σ E / n = −10 → 50 − 25 = 25.
    keluaran = [
        ef.efisiensi(D(100), D(90), RE.INDEKS_RKA_KL),  # E = 10
        ef.efisiensi(D(100), D(130), RE.INDEKS_RKA_KL),  # E = −30
        None,  # an indicator without a supporting budget
    ]
    e = ef.gabungan(D(100), D(110), keluaran, RE.INDEKS_RKA_KL)
    assert e.nilai == D(25) and e.keterangan == "tidak efisien"
    assert (e.capaian, e.serapan) == (D(100), D(110))  # the unit's own figures stay


def test_other_variants_of_a_unit_use_its_own_figures():
    keluaran = [ef.efisiensi(D(100), D(90), RE.SELISIH)]
    assert ef.gabungan(D(80), D(90), keluaran, RE.SELISIH).nilai == D(-10)
