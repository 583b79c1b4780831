"""Capaian per indicator: every formula of domain.md §3.2 with its worked examples."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip import idfmt
from lkjip.calc import capaian as cp
from lkjip.calc.rumus import RUMUS_TEKS, Rumus
from lkjip.model.laporan import RumusNegatif
from lkjip.model.renstra import Polaritas, Rentang
from tests.calc.conftest import model_indikator

D = Decimal
A = RumusNegatif.DUA_KURANG_RASIO
B = RumusNegatif.RASIO_TERBALIK


def tampil(c) -> str:
    return idfmt.persen(c.nilai)


def test_positive_seed_ikm():
    c = cp.positif(D("89.87"), D(87))
    assert tampil(c) == "103,30%"
    assert c.rumus is Rumus.POSITIF
    assert c.rumus_teks == "realisasi / target × 100"


def test_positive_target_zero_is_not_computable():
    c = cp.positif(D(5), D(0))
    assert c.nilai is None and c.alasan == "target bernilai 0"


@pytest.mark.parametrize(
    ("varian", "r", "t", "expected"),
    [
        (A, "8", "10", "120"),
        (B, "8", "10", "125"),
        (A, "12", "10", "80"),
        (B, "12", "10", "83.33"),
        (A, "6.5", "7", "107.14"),  # PermenPAN-RB 6/2022 example
        (A, "25", "10", "0"),  # floored at 0 when R ≥ 2T
        (A, "20", "10", "0"),
        (B, "0", "10", "100"),  # R = 0 → 100 (avoids ∞)
        (A, "0", "0", "100"),  # zero-tolerance target met
        (A, "1", "0", "0"),
        (B, "0", "0", "100"),
        (B, "3", "0", "0"),
    ],
)
def test_negative_variants(varian, r, t, expected):
    c = cp.negatif(D(r), D(t), varian)
    assert idfmt.bulatkan(c.nilai) == idfmt.bulatkan(D(expected))
    assert c.rumus is {A: Rumus.NEGATIF, B: Rumus.NEGATIF_RASIO}[varian]


def test_negative_formula_texts():
    assert cp.rumus(Polaritas.NEGATIF, A) is Rumus.NEGATIF
    assert cp.rumus(Polaritas.NEGATIF, B) is Rumus.NEGATIF_RASIO
    assert Rumus.NEGATIF.teks == "(2 − realisasi / target) × 100"
    assert Rumus.NEGATIF_RASIO.teks == "target / realisasi × 100"


@pytest.mark.parametrize("polaritas", list(Polaritas))
@pytest.mark.parametrize("varian", list(RumusNegatif))
def test_every_polarity_has_a_formula(polaritas, varian):
    assert isinstance(cp.rumus(polaritas, varian), Rumus)


def test_identifiers_are_stable():
    assert [r.value for r in Rumus] == [
        "positif", "negatif", "negatif-rasio", "rentang", "rentang-batas", "stabil", "biner",
        "kualitatif", "rata-rata", "rata-rata-tertimbang", "rata-rata-sasaran",
    ]  # fmt: skip
    assert str(Rumus.NEGATIF_RASIO) == "negatif-rasio"


@pytest.mark.parametrize("rumus", list(Rumus))
def test_every_formula_has_a_text(rumus):
    assert set(RUMUS_TEKS) == set(Rumus)
    assert rumus.teks.strip() and rumus.teks == RUMUS_TEKS[rumus]
    assert rumus.teks != rumus.value


@pytest.mark.parametrize(
    ("r", "expected"),
    [("92", "102.22"), ("70", "87.50"), ("80", "100"), ("85", "100"), ("90", "100")],
)
def test_range_nearer_bound(r, expected):
    c = cp.rentang_batas(D(r), D(80), D(90))
    assert idfmt.bulatkan(c.nilai) == idfmt.bulatkan(D(expected))
    assert c.rumus is Rumus.RENTANG_BATAS


def test_range_nearer_bound_92_exact():
    assert cp.rentang_batas(D(92), D(80), D(90)).nilai == D(92) / D(90) * 100


def test_range_nearer_bound_zero_not_computable():
    assert cp.rentang_batas(D(5), D(0), D(0)).alasan == "target bernilai 0"


@pytest.mark.parametrize(
    ("r", "expected"),
    [
        ("85", "100"),
        ("80", "100"),
        ("90", "100"),
        ("92", "97.78"),  # (1 − 2/90) × 100
        ("70", "87.50"),  # (1 − 10/80) × 100
        ("180", "0"),  # floored at 0
    ],
)
def test_range_kept_band(r, expected):
    c = cp.rentang(D(r), D(80), D(90))
    assert idfmt.bulatkan(c.nilai) == idfmt.bulatkan(D(expected))
    assert c.rumus is Rumus.RENTANG


def test_range_kept_band_zero_bound_not_computable():
    assert cp.rentang(D(-1), D(0), D(5)).alasan == "target bernilai 0"
    assert cp.rentang(D(3), D(0), D(5)).nilai == 100


@pytest.mark.parametrize(
    ("r", "t", "expected"),
    [("ya", "ya", 100), ("tidak", "ya", 0), ("Ya", "ya", 100), ("tidak", "tidak", 100)],
)
def test_biner(r, t, expected):
    c = cp.biner(r, t)
    assert c.nilai == D(expected) and c.rumus is Rumus.BINER


def test_biner_other_value_not_computable():
    c = cp.biner(D(1), "ya")
    assert c.nilai is None and c.alasan == cp.ALASAN_BINER


@pytest.mark.parametrize(
    ("r", "t", "expected"),
    [("100", "100", "100"), ("90", "100", "90"), ("110", "100", "90"), ("250", "100", "0")],
)
def test_stabil(r, t, expected):
    assert cp.stabil(D(r), D(t)).nilai == D(expected)


def test_stabil_target_zero():
    assert cp.stabil(D(1), D(0)).alasan == "target bernilai 0"


def test_kualitatif_opini():
    predikat = ["TMP", "TW", "WDP", "WTP"]
    assert cp.kualitatif("WDP", "WTP", predikat).nilai == D(75)
    assert cp.kualitatif("WTP", "WTP", predikat).nilai == D(100)
    unknown = cp.kualitatif("XYZ", "WTP", predikat)
    assert unknown.nilai is None and "XYZ" in unknown.alasan
    assert cp.kualitatif("WTP", "WTP", None).alasan == cp.ALASAN_TANPA_PREDIKAT


def test_kualitatif_sakip_predicate_through_compute():
    ind = model_indikator(
        polaritas="kualitatif",
        predikat=["D", "C", "CC", "B", "BB", "A", "AA"],
        target={2022: "BB"},
        kondisi_akhir="A",
    )
    c = cp.compute(ind, "BB", "A", A)
    assert c.nilai == D(6) / D(5) * 100
    assert c.rumus is Rumus.KUALITATIF


def test_compute_dispatch_and_missing():
    pos = model_indikator()
    assert cp.compute(pos, D(100), None, A).alasan == "belum ada realisasi"
    assert cp.compute(pos, D(100), None, A, cp.ALASAN_TIDAK_DIUKUR).alasan == "tidak diukur"
    assert cp.compute(pos, None, D(5), A).alasan == cp.ALASAN_TANPA_TARGET
    assert cp.compute(pos, D(0), D(5), A).alasan == "target bernilai 0"
    rng = Rentang(min=D(80), max=D(90))
    assert cp.compute(pos, rng, D(85), A).alasan == cp.ALASAN_JENIS_NILAI
    neg = model_indikator(polaritas="negatif")
    assert cp.compute(neg, D(10), D(8), B).nilai == D(125)
    rentang = model_indikator(polaritas="rentang", target={2022: rng}, kondisi_akhir=rng)
    assert cp.compute(rentang, rng, D(70), A).nilai == D("87.5")
    assert cp.compute(rentang, D(80), D(80), A).nilai == D(100)
    stabil = model_indikator(polaritas="stabil")
    assert cp.compute(stabil, D(100), D(95), A).nilai == D(95)


def test_renstra_level_seed_ikm():
    ind = model_indikator(target={2022: D(87)}, kondisi_akhir=D(88))
    c = cp.renstra(ind, {2022: D("89.87")}, 2022, A)
    assert idfmt.persen(c.nilai) == "102,13%"


def test_renstra_total():
    ind = model_indikator(
        agregasi="akumulasi",
        target={2021: D(10), 2022: D(10), 2023: D(10), 2024: D(10), 2025: D(10)},
        kondisi_akhir=D(50),
        target_akhir_total=True,
    )
    c = cp.renstra(ind, {2021: D(12), 2022: D(13), 2023: D(99)}, 2022, A)
    assert c.nilai == D(50)  # (12 + 13) / 50 × 100; 2023 is after N
    missing = cp.renstra(ind, {2022: D(13)}, 2022, A)
    assert missing.nilai is None and "2021" in missing.alasan


def test_renstra_negative_uses_the_same_variant():
    ind = model_indikator(polaritas="negatif", target={2022: D(10)}, kondisi_akhir=D(5))
    assert cp.renstra(ind, {2022: D(4)}, 2022, A).nilai == D(120)
    assert cp.renstra(ind, {2022: D(4)}, 2022, B).nilai == D(125)


@pytest.mark.parametrize(
    ("polaritas", "lalu", "kini", "arah", "makna"),
    [
        (Polaritas.POSITIF, "85.72", "89.87", "naik", "membaik"),
        (Polaritas.POSITIF, "60", "60", "tetap", "tetap"),
        (Polaritas.POSITIF, "60", "50", "turun", "memburuk"),
        (Polaritas.NEGATIF, "10", "8", "turun", "membaik"),
        (Polaritas.NEGATIF, "8", "10", "naik", "memburuk"),
    ],
)
def test_perubahan(polaritas, lalu, kini, arah, makna):
    p = cp.perubahan(polaritas, 2021, D(lalu), D(kini))
    assert (p.arah, p.makna) == (arah, makna)
    assert p.selisih == D(kini) - D(lalu)


@pytest.mark.parametrize(
    ("lalu", "kini", "makna"),
    [
        ("5.62", "3.21", "membaik"),  # back into the band 2–4 from above
        ("1.5", "3", "membaik"),  # into the band from below
        ("3", "4.5", "memburuk"),  # out of the band
        ("2.5", "3.5", "tetap"),  # inside the band both years
        ("5", "6", "memburuk"),  # further above it
    ],
)
def test_perubahan_of_a_band_reads_the_distance_to_it(lalu, kini, makna):
    band = Rentang(min=D(2), max=D(4))
    for polaritas in (Polaritas.RENTANG, Polaritas.STABIL):
        assert cp.perubahan(polaritas, 2022, D(lalu), D(kini), band).makna == makna


def test_perubahan_seed_figures():
    p = cp.perubahan(Polaritas.POSITIF, 2021, D("85.72"), D("89.87"))
    assert p.selisih == D("4.15")
    assert idfmt.angka(p.persen, 2) == "4,84"
    p = cp.perubahan(Polaritas.POSITIF, 2021, D(60), D(100))
    assert p.selisih == D(40) and idfmt.angka(p.persen, 2) == "66,67"


def test_perubahan_from_zero_has_no_percent():
    assert cp.perubahan(Polaritas.POSITIF, 2021, D(0), D(5)).persen is None


def test_perubahan_stabil_reads_distance_to_target():
    p = cp.perubahan(Polaritas.STABIL, 2021, D(90), D(105), target=D(100))
    assert p.arah == "naik" and p.makna == "membaik"  # distance 10 → 5
    p = cp.perubahan(Polaritas.STABIL, 2021, D(100), D(105), target=D(100))
    assert p.makna == "memburuk"


@pytest.mark.parametrize(
    ("lalu", "kini", "target", "arah", "makna"),
    [
        ("tidak", "ya", "ya", "berubah", "membaik"),
        ("ya", "tidak", "ya", "berubah", "memburuk"),
        ("ya", "ya", "ya", "tetap", "tetap"),
        ("tidak", "tidak", "ya", "tetap", "tetap"),
        # A target of "tidak" (no repeated finding): leaving "ya" is the improvement.
        ("ya", "tidak", "tidak", "berubah", "membaik"),
        ("tidak", "ya", "tidak", "berubah", "memburuk"),
        # Without a yes/no target, "ya" is the value aimed at; case and spaces are ignored.
        (" Tidak", "YA", None, "berubah", "membaik"),
    ],
)
def test_perubahan_biner(lalu, kini, target, arah, makna):
    p = cp.perubahan_biner(2021, lalu, kini, target)
    assert (p.jenis, p.arah, p.makna) == ("biner", arah, makna)
    assert (p.realisasi_lalu, p.realisasi) == (lalu.strip().lower(), kini.strip().lower())
    assert p.selisih is None and p.persen is None and p.tahun_lalu == 2021


def test_perubahan_biner_of_other_values_is_none():
    assert cp.perubahan_biner(2021, "mungkin", "ya", "ya") is None
    assert cp.perubahan_biner(2021, D(1), "ya", "ya") is None


SAKIP = ["D", "C", "CC", "B", "BB", "A", "AA"]


@pytest.mark.parametrize(
    ("lalu", "kini", "selisih", "arah", "makna"),
    [
        ("B", "BB", 1, "naik", "membaik"),
        ("CC", "A", 3, "naik", "membaik"),
        ("A", "B", -2, "turun", "memburuk"),
        ("BB", "BB", 0, "tetap", "tetap"),
    ],
)
def test_perubahan_predikat_by_the_order_of_the_scale(lalu, kini, selisih, arah, makna):
    p = cp.perubahan_predikat(2020, lalu, kini, SAKIP)
    assert (p.jenis, p.selisih, p.arah, p.makna) == ("predikat", D(selisih), arah, makna)
    assert (p.realisasi_lalu, p.realisasi, p.persen) == (lalu, kini, None)


def test_perubahan_predikat_off_the_scale_is_none():
    assert cp.perubahan_predikat(2020, "WTB", "WTP", ["TMP", "TW", "WDP", "WTP"]) is None
    assert cp.perubahan_predikat(2020, "B", "BB", None) is None
