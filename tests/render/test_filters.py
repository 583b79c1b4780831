"""The Jinja filters of docs/dev/contracts.md, with every example of its table."""

import datetime as dt
from decimal import Decimal as D

import pytest

from lkjip.calc.results import Capaian
from lkjip.calc.rumus import Rumus
from lkjip.model.renstra import Rentang
from lkjip.render import filters as f


def test_contract_examples():
    assert f.angka(D("89.87")) == "89,87"
    assert f.angka(D("89.8"), 2) == "89,80"
    assert f.persen(D("103.2988505747")) == "103,30%"
    assert f.persen(Capaian(D("103.2988505747"), Rumus.POSITIF)) == "103,30%"
    assert f.persen(Capaian(None, Rumus.POSITIF, "target bernilai 0")) == "–"
    assert f.rupiah(D("11281034946")) == "Rp11.281.034.946"
    assert f.tanggal(dt.date(2023, 1, 31)) == "31 Januari 2023"
    assert f.terbilang(14) == "empat belas"
    assert f.bilangan(14) == "14 (empat belas)"
    assert f.nip("198202112003121004") == "19820211 200312 1 004"
    assert f.nilai(D("87")) == "87"
    assert f.nilai(Rentang(min=D(80), max=D(90))) == "80–90"
    assert f.nilai("WTP") == "WTP"


def test_half_up_and_thousands():
    assert f.persen(D("96.9873")) == "96,99%"
    assert f.persen(D("96.985")) == "96,99%"  # half-up, not half-even
    assert f.angka(D("1103336776")) == "1.103.336.776"


@pytest.mark.parametrize("name", ["angka", "persen", "rupiah", "tanggal", "bilangan", "nilai"])
def test_none_prints_dash(name):
    assert getattr(f, name)(None) == "–"


def test_rupiah_styles_through_make_filters():
    assert f.make_filters("titik_strip")["rupiah"](D("1103336776")) == "Rp. 1.103.336.776,-"
    assert f.make_filters("puebi")["rupiah"](D("1103336776"), "spasi") == "Rp 1.103.336.776"


def test_pangkat():
    class P:
        pangkat, golongan = "Pembina", "IV/a"

    assert f.pangkat(P()) == "Pembina (IV/a)"
