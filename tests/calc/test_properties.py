"""Hypothesis properties: monotonicity, formula identifiers by polarity, rollups as sums in any
order, display rounding."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from lkjip import idfmt
from lkjip.calc import Rumus, compute, export
from lkjip.calc import anggaran as ag
from lkjip.calc import capaian as cp
from lkjip.model.anggaran import Program
from lkjip.model.laporan import RumusNegatif
from lkjip.model.renstra import PREDIKAT_BAWAAN, Polaritas, RumusCapaian
from tests.calc.conftest import build, indikator

D = Decimal

# Non-negative quantities with up to two decimals, as indicators and money are entered.
angka = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
positif = st.decimals(
    min_value=D("0.01"), max_value=10**9, places=2, allow_nan=False, allow_infinity=False
)
rupiah = st.integers(min_value=0, max_value=10**12).map(D)
sorted_pair = st.tuples(angka, angka).map(sorted)


@given(target=positif, pair=sorted_pair)
def test_positive_is_non_decreasing_in_realisasi(target, pair):
    lo, hi = pair
    assert cp.positif(lo, target).nilai <= cp.positif(hi, target).nilai


@given(target=angka, pair=sorted_pair)
def test_negative_variant_a_is_non_increasing(target, pair):
    lo, hi = pair
    a = RumusNegatif.DUA_KURANG_RASIO
    assert cp.negatif(lo, target, a).nilai >= cp.negatif(hi, target, a).nilai
    assert cp.negatif(hi, target, a).nilai >= 0


@given(target=angka, pair=st.tuples(positif, positif).map(sorted))
def test_negative_variant_b_is_non_increasing_for_positive_realisasi(target, pair):
    # At R = 0 variant B is 100 by policy (T/R would be infinite), so the property holds
    # for R > 0; a zero target (R > 0 → 0) is covered as well.
    lo, hi = pair
    b = RumusNegatif.RASIO_TERBALIK
    assert cp.negatif(lo, target, b).nilai >= cp.negatif(hi, target, b).nilai


@given(bounds=st.tuples(positif, positif).map(sorted), pair=sorted_pair)
def test_range_nearer_bound_is_non_decreasing(bounds, pair):
    lo, hi = pair
    assert cp.rentang_batas(lo, *bounds).nilai <= cp.rentang_batas(hi, *bounds).nilai


@given(bounds=st.tuples(positif, positif).map(sorted), r=angka)
def test_kept_band_is_100_inside_and_less_outside(bounds, r):
    bawah, atas = bounds
    nilai = cp.rentang(r, bawah, atas).nilai
    assert nilai is not None and 0 <= nilai <= 100
    assert (nilai == 100) == (bawah <= r <= atas)


@given(bounds=st.tuples(positif, positif).map(sorted), pair=sorted_pair)
def test_kept_band_rises_up_to_the_band_and_falls_after_it(bounds, pair):
    bawah, atas = bounds
    lo, hi = pair
    lo_c, hi_c = cp.rentang(lo, bawah, atas).nilai, cp.rentang(hi, bawah, atas).nilai
    if hi <= atas:
        assert lo_c <= hi_c
    if lo >= bawah:
        assert lo_c >= hi_c


@given(target=positif, pair=st.tuples(positif, positif).map(sorted))
def test_negative_ratio_is_non_increasing_and_positive(target, pair):
    lo, hi = pair
    lo_c = cp.negatif(lo, target, RumusNegatif.RASIO_TERBALIK).nilai
    hi_c = cp.negatif(hi, target, RumusNegatif.RASIO_TERBALIK).nilai
    assert lo_c >= hi_c > 0


@given(r=st.sampled_from(["ya", "tidak", "YA", " Tidak "]), t=st.sampled_from(["ya", "tidak"]))
def test_binary_is_100_when_equal_else_0(r, t):
    nilai = cp.biner(r, t).nilai
    assert nilai == (100 if r.strip().lower() == t else 0)


@given(
    skala=st.sampled_from(sorted(PREDIKAT_BAWAAN)),
    data=st.data(),
)
def test_qualitative_is_monotone_and_100_at_the_target(skala, data):
    labels = PREDIKAT_BAWAAN[skala]
    t = data.draw(st.sampled_from(labels))
    lo, hi = sorted(data.draw(st.tuples(st.sampled_from(labels), st.sampled_from(labels))),
                    key=labels.index)  # fmt: skip
    assert cp.kualitatif(lo, t, labels).nilai <= cp.kualitatif(hi, t, labels).nilai
    assert cp.kualitatif(t, t, labels).nilai == 100


# The formula each polarity is computed with, by `pengaturan.rumus_negatif`.
EXPECTED_RUMUS = {
    (Polaritas.POSITIF, None): Rumus.POSITIF,
    (Polaritas.NEGATIF, RumusNegatif.DUA_KURANG_RASIO): Rumus.NEGATIF,
    (Polaritas.NEGATIF, RumusNegatif.RASIO_TERBALIK): Rumus.NEGATIF_RASIO,
    (Polaritas.RENTANG, None): Rumus.RENTANG_BATAS,
    (Polaritas.STABIL, None): Rumus.STABIL,
    (Polaritas.KUALITATIF, None): Rumus.KUALITATIF,
}
PREDIKAT = ["C", "B", "A"]
nilai_data = st.one_of(
    st.none(),
    angka,
    st.sampled_from(PREDIKAT + ["X"]),
    sorted_pair.map(lambda p: {"min": p[0], "max": p[1]}),
)


@given(
    polaritas=st.sampled_from(list(Polaritas)),
    varian=st.sampled_from(list(RumusNegatif)),
    target=nilai_data,
    realisasi=nilai_data,
)
def test_formula_identifier_matches_the_polarity(polaritas, varian, target, realisasi):
    """Whatever the figures (missing, zero, a label, a range), every capaian of an indicator
    names the formula of its polarity, and the JSON says the same."""
    ind = indikator(
        "A",
        polaritas=polaritas.value,
        predikat=PREDIKAT,
        target={2022: target if target is not None else D(1)},
        kondisi_akhir=D(1),
    )
    project = build(
        indikator_list=[ind],
        realisasi={"A": {2021: realisasi, 2022: realisasi}},
        pengaturan={"rumus_negatif": varian.value},
        triwulan=[{"indikator": "A", "target": [target] * 4, "realisasi": [realisasi] * 4}],
    )
    expected = EXPECTED_RUMUS[(polaritas, varian if polaritas is Polaritas.NEGATIF else None)]
    hasil = compute(project)
    hi = hasil.indikator["A"]
    capaian = [hi.capaian, hi.capaian_renstra]
    capaian += [r.capaian for r in hi.riwayat] + [t.capaian for t in hi.triwulan]
    assert {c.rumus for c in capaian} == {expected}
    assert hasil.rumus_capaian == {polaritas.value: expected}
    assert export.to_json(hasil)["indikator"]["A"]["rumus"] == expected.value


@given(
    rumus=st.sampled_from(list(RumusCapaian)),
    dari=st.integers(min_value=2021, max_value=2023),
    target=nilai_data,
    realisasi=nilai_data,
)
def test_declared_formula_by_year_names_every_capaian(rumus, dari, target, realisasi):
    """A formula declared from year `dari` names the capaian of that year and after; years
    before it keep the polarity's formula given for the first year (positif)."""
    ind = indikator(
        "A",
        rumus={2021: "positif", dari: rumus.value} if dari > 2021 else {2021: rumus.value},
        predikat="predikat-sakip",
        target={2021: D(1), 2022: target if target is not None else D(1)},
        kondisi_akhir=D(1),
    )
    project = build(
        indikator_list=[ind],
        realisasi={"A": {2021: realisasi, 2022: realisasi}},
        triwulan=[{"indikator": "A", "target": [target] * 4, "realisasi": [realisasi] * 4}],
    )
    hi = compute(project).indikator["A"]
    expected_2022 = Rumus(rumus.value) if dari <= 2022 else Rumus.POSITIF
    this_year = [hi.capaian, hi.capaian_renstra] + [t.capaian for t in hi.triwulan]
    assert {c.rumus for c in this_year} == {expected_2022}
    by_year = {r.tahun: r.capaian.rumus for r in hi.riwayat}
    assert by_year[2021] == (Rumus(rumus.value) if dari == 2021 else Rumus.POSITIF)
    assert export.to_json(compute(project))["indikator"]["A"]["rumus"] == expected_2022.value


def _program(kode: str, kegiatan: list[tuple[D, D | None]]) -> Program:
    return Program.model_validate(
        {
            "kode": kode,
            "nama": f"Program {kode}",
            "kegiatan": [
                {"kode": f"{kode}.{i}", "nama": "K", "pagu": p, "realisasi": r}
                for i, (p, r) in enumerate(kegiatan)
            ],
        }
    )


programs = st.lists(
    st.lists(st.tuples(rupiah, st.one_of(st.none(), rupiah)), min_size=1, max_size=5),
    min_size=1,
    max_size=6,
)


@given(data=programs, seed=st.randoms(use_true_random=False))
def test_rollup_equals_sum_of_leaves_in_any_order(data, seed):
    leaves = [leaf for kegiatan in data for leaf in kegiatan]
    pagu = sum((p for p, _ in leaves), D(0))
    realisasi = None if any(r is None for _, r in leaves) else sum((r for _, r in leaves), D(0))

    shuffled = [list(kegiatan) for kegiatan in data]
    for kegiatan in shuffled:
        seed.shuffle(kegiatan)
    seed.shuffle(shuffled)
    for order in (data, shuffled):
        total = ag.jumlahkan(
            ag.program(_program(str(i), keg)).anggaran for i, keg in enumerate(order)
        )
        assert total.pagu == pagu
        assert total.realisasi == realisasi
        if realisasi is not None and pagu != 0:
            assert total.serapan == realisasi / pagu * 100
            assert total.sisa == pagu - realisasi


decimals = st.decimals(
    min_value=-(10**12), max_value=10**12, places=6, allow_nan=False, allow_infinity=False
)


@given(value=decimals)
def test_display_rounding_is_half_up(value):
    rounded = idfmt.bulatkan(value, 2)
    assert rounded == value.quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert abs(rounded - value) <= D("0.005")


def test_display_rounding_examples():
    assert idfmt.bulatkan(D("96.98726")) == D("96.99")
    assert idfmt.bulatkan(D("0.125")) == D("0.13")  # half-even would give 0.12
    assert idfmt.bulatkan(D("103.2988505747")) == D("103.30")


@given(value=decimals)
def test_angka_round_trips_through_parse(value):
    assert idfmt.parse_angka(idfmt.angka(value, 2)) == idfmt.bulatkan(value, 2)


@given(target=positif, d=angka)
def test_stabil_is_100_at_the_target_symmetric_and_bounded(target, d):
    atas, bawah = cp.stabil(target + d, target).nilai, cp.stabil(target - d, target).nilai
    assert cp.stabil(target, target).nilai == 100
    assert atas == bawah and 0 <= atas <= 100
