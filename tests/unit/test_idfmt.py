"""Indonesian formatting: the examples of domain.md §6, and round trips."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip import idfmt


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Decimal("1103336776"), None, "1.103.336.776"),
        (Decimal("89.87"), None, "89,87"),
        (Decimal("87"), None, "87"),
        (Decimal("100.00"), None, "100"),
        (Decimal("103.29885"), 2, "103,30"),
        (Decimal("96.98726"), 2, "96,99"),
        (Decimal("0.005"), 2, "0,01"),
        (Decimal("-4.155"), 2, "-4,16"),
        (Decimal("999.995"), 2, "1.000,00"),
    ],
)
def test_angka(value, places, expected):
    assert idfmt.angka(value, places) == expected


def test_persen_has_no_space():
    assert idfmt.persen(Decimal("103.2988")) == "103,30%"


@pytest.mark.parametrize(
    ("gaya", "expected"),
    [
        ("puebi", "Rp1.103.336.776"),
        ("puebi_sen", "Rp1.103.336.776,00"),
        ("spasi", "Rp 1.103.336.776"),
        ("titik_strip", "Rp. 1.103.336.776,-"),
    ],
)
def test_rupiah_styles(gaya, expected):
    assert idfmt.rupiah(Decimal("1103336776"), gaya) == expected


def test_tanggal():
    assert idfmt.tanggal(dt.date(2022, 10, 7)) == "7 Oktober 2022"
    assert idfmt.tanggal(dt.date(2022, 10, 7), nol=True) == "07 Oktober 2022"


@pytest.mark.parametrize(
    "typed", ["198202112003121004", "19820211-2003121-004", "19820211 200312 1 004"]
)
def test_nip_is_grouped_8_6_1_3(typed):
    assert idfmt.nip(typed) == "19820211 200312 1 004"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567,89", Decimal("1234567.89")),
        ("89,87", Decimal("89.87")),
        ("103,30%", Decimal("103.30")),
        ("Rp1.103.336.776", Decimal("1103336776")),
        ("Rp. 1.103.336.776,-", Decimal("1103336776")),
        ("satu", None),
        ("1.23.4", None),
    ],
)
def test_parse_angka(text, expected):
    assert idfmt.parse_angka(text) == expected


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_format_then_parse_gives_the_same_decimal(value):
    assert idfmt.parse_angka(idfmt.angka(value, 2)) == value


@given(
    st.decimals(min_value=0, max_value=10**6, places=6, allow_nan=False),
)
def test_rounding_is_half_up(value):
    rounded = idfmt.bulatkan(value)
    assert abs(rounded - value) <= Decimal("0.005")
    # exactly halfway always goes away from zero
    if (value * 1000) % 10 == 5 and value == value.quantize(Decimal("0.001")):
        assert rounded > value
