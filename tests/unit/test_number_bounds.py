"""Numbers are bounded before they become a Decimal, and messages quote a bounded excerpt."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic_core import PydanticCustomError

from lkjip.diagnostics import excerpt
from lkjip.model.common import BATAS_DIGIT, _strict_text, _to_decimal, _to_money


def refused(value: object) -> PydanticCustomError:
    with pytest.raises(PydanticCustomError) as caught:
        _to_decimal(value)
    return caught.value


@pytest.mark.parametrize(
    "value",
    [
        Decimal("1.0e-999999"),
        Decimal("0.1e-999990"),
        Decimal("0E+5000"),
        Decimal(f"1e-{BATAS_DIGIT + 1}"),
        Decimal("0." + "1" * (2 * BATAS_DIGIT + 1)),
        16**4000,
    ],
    ids=["1e-999999", "0.1e-999990", "nol-eksponen-besar", "41-desimal", "81-digit", "int-besar"],
)
def test_long_numbers_are_refused_with_a_short_message(value: object) -> None:
    error = refused(value)
    assert error.type == "angka_terlalu_panjang"
    assert len(error.message()) < 200


@pytest.mark.parametrize(
    "value", [Decimal("89.87"), Decimal(f"1e-{BATAS_DIGIT}"), 100_000_000, Decimal("1E+5")]
)
def test_ordinary_numbers_pass(value: object) -> None:
    assert _to_decimal(value) == Decimal(value)


def test_too_large_is_still_too_large() -> None:
    error = refused(Decimal("1.0e+400"))
    assert error.type == "angka_terlalu_besar" and "1.0E+400" in error.message()


def test_money_with_many_decimals_is_refused_before_quantize() -> None:
    with pytest.raises(PydanticCustomError) as caught:
        _to_money(Decimal("1e-999999"))
    assert caught.value.type == "angka_terlalu_panjang"


@pytest.mark.parametrize(
    "text", ['"' + "1" * 1_000_000 + '"', "0." + "0" * 1_000_000 + "1", " " * 100_000]
)
def test_text_where_a_number_is_expected_is_quoted_briefly(text: str) -> None:
    error = refused(text)
    assert error.type == "angka" and len(error.message()) < 200


def test_indonesian_number_typed_as_text_is_still_recognised() -> None:
    error = refused("Rp 1.103.336.776,-")
    assert error.type == "angka_teks" and "tulis 1103336776 tanpa tanda kutip" in error.message()


def test_text_field_quotes_a_bounded_excerpt() -> None:
    with pytest.raises(PydanticCustomError) as caught:
        _strict_text(10**90)
    assert len(caught.value.message()) < 200


def test_excerpt() -> None:
    assert excerpt("abc") == "abc"
    assert excerpt("x" * 100) == "x" * 40 + "…"
    assert excerpt(Decimal("1E-999999")) == "1E-999999"
    assert excerpt(2**100_000) == "(angka yang sangat panjang)"


def test_every_message_is_bounded_whatever_it_quotes() -> None:
    from lkjip import codes
    from lkjip.diagnostics import MAX_MESSAGE_CHARS, diag

    name = "Kecamatan " + "x" * 1_000_000
    d = diag(codes.KOLOM_WAJIB, f"nama '{name}' berbeda dari '{name}'", hint=name)
    assert len(d.message) == MAX_MESSAGE_CHARS + 1 and d.message.endswith("…")
    assert d.hint is not None and len(d.hint) == MAX_MESSAGE_CHARS + 1
