"""Quarterly capaian and the annual value implied by the quarters (domain.md §3.3)."""

from __future__ import annotations

from decimal import Decimal

from lkjip.calc import triwulan as tw
from lkjip.model.kinerja import Triwulan
from lkjip.model.laporan import RumusNegatif
from lkjip.model.renstra import Agregasi
from tests.calc.conftest import model_indikator

D = Decimal
A = RumusNegatif.DUA_KURANG_RASIO


def row(target, realisasi, ind="A") -> Triwulan:
    conv = [None if v is None else D(v) for v in target]
    conr = [None if v is None else D(v) for v in realisasi]
    return Triwulan.model_validate({"indikator": ind, "target": conv, "realisasi": conr})


def capaian(hasil):
    return [h.capaian.nilai for h in hasil]


def test_akumulasi_sums_quarters():
    ind = model_indikator(agregasi="akumulasi")
    hasil = tw.hasil_triwulan(ind, row([1, 1, 1, 1], [2, 0, 1, None]), A)
    assert capaian(hasil) == [D(200), D(100), D(100), None]
    assert hasil[3].capaian.alasan == "belum ada realisasi"
    assert hasil[0].target == D(1) and hasil[0].realisasi == D(2)  # the quarter's own values


def test_akumulasi_gap_blocks_later_quarters():
    ind = model_indikator(agregasi="akumulasi")
    hasil = tw.hasil_triwulan(ind, row([1, 1, 1, 1], [1, None, 1, 1]), A)
    assert hasil[2].capaian.alasan == tw.ALASAN_TW_SEBELUMNYA


def test_akumulasi_unset_target_counts_as_nothing_planned():
    ind = model_indikator(agregasi="akumulasi")
    hasil = tw.hasil_triwulan(ind, row([None, 2, None, 2], [0, 1, 1, 2]), A)
    assert hasil[0].capaian.alasan == "target tidak ditetapkan"
    assert capaian(hasil)[1:] == [D(50), D(100), D(100)]


def test_kumulatif_and_nilai_akhir_use_the_quarter():
    for agregasi in ("kumulatif", "nilai_akhir"):
        ind = model_indikator(agregasi=agregasi)
        hasil = tw.hasil_triwulan(ind, row([25, 50, 75, 100], [20, 50, 90, 100]), A)
        assert capaian(hasil) == [D(80), D(100), D(120), D(100)]


def test_seed_pelimpahan_evaluasi_berkala():
    # Lampiran Evaluasi Berkala: Pelimpahan 50/20 = 250%, 75/40 = 187,5%, 90/100 = 90%.
    ind = model_indikator(agregasi="kumulatif")
    hasil = tw.hasil_triwulan(ind, row([20, 40, 100, 100], [50, 75, 90, None]), A)
    assert capaian(hasil)[:3] == [D(250), D("187.5"), D(90)]


def test_negative_indicator_per_quarter():
    ind = model_indikator(polaritas="negatif", agregasi="nilai_akhir")
    hasil = tw.hasil_triwulan(ind, row([10, 10, 10, 10], [8, 10, 12, 10]), A)
    assert capaian(hasil) == [D(120), D(100), D(80), D(100)]


def test_realisasi_tahunan():
    vals = [D(1), D(2), None, D(4)]
    assert tw.realisasi_tahunan(Agregasi.KUMULATIF, vals) == D(4)
    assert tw.realisasi_tahunan(Agregasi.NILAI_AKHIR, [D(80), D("89.87"), None, None]) == D("89.87")
    assert tw.realisasi_tahunan(Agregasi.AKUMULASI, [D(1), D(2), D(3), D(4)]) == D(10)
    assert tw.realisasi_tahunan(Agregasi.AKUMULASI, [D(1), D(2), None, None]) == D(3)
    assert tw.realisasi_tahunan(Agregasi.AKUMULASI, vals) is None  # a gap before the last
    assert tw.realisasi_tahunan(Agregasi.KUMULATIF, [None] * 4) is None
