"""Numbers in Indonesian words (domain.md §6)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip.terbilang import BATAS, terbilang, terbilang_rupiah


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (14, "empat belas"),
        (20, "dua puluh"),
        (43, "empat puluh tiga"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (11000, "sebelas ribu"),
        (100000, "seratus ribu"),
        (1_000_000, "satu juta"),
        (1_000_000_000, "satu miliar"),
        (1_000_000_000_000, "satu triliun"),
        (
            1_103_336_776,
            "satu miliar seratus tiga juta tiga ratus tiga puluh enam ribu tujuh ratus "
            "tujuh puluh enam",
        ),
        (-5, "minus lima"),
    ],
)
def test_terbilang(n, words):
    assert terbilang(n) == words


def test_terbilang_rupiah():
    assert terbilang_rupiah(Decimal("1103336776")) == (
        "satu miliar seratus tiga juta tiga ratus tiga puluh enam ribu tujuh ratus tujuh puluh "
        "enam rupiah"
    )
    assert terbilang_rupiah(Decimal("1500.50")) == "seribu lima ratus rupiah lima puluh sen"


def test_limits():
    assert terbilang(BATAS - 1).startswith("sembilan ratus sembilan puluh sembilan triliun")
    with pytest.raises(ValueError):
        terbilang(BATAS)
    with pytest.raises(TypeError):
        terbilang(1.5)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=BATAS - 1))
def test_terbilang_is_clean(n):
    words = terbilang(n)
    assert "  " not in words
    assert words == words.strip() == words.lower()
    assert "satu ratus" not in words and not words.startswith("satu ribu")
    assert not any(f"{scale} satu ribu" in words for scale in ("juta", "miliar", "triliun"))
    assert "satu puluh" not in words and "satu belas" not in words
