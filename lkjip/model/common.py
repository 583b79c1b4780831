"""Shared building blocks of the input model: strict text, exact numbers, identifiers.

Numbers are `Decimal`, never float: the YAML loader already turns `89.87` into
`Decimal("89.87")` (see `source/loader.py`), and the validators below refuse anything that
would need guessing, such as an Indonesian number typed as text.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from lkjip.diagnostics import excerpt

# An Indonesian-formatted number typed as text: "89,87", "1.103.336.776", "1.103.336.776,50".
_ID_NUMBER = re.compile(r"^\s*-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s*$")
_PLAIN_NUMBER = re.compile(r"^\s*-?\d+(\.\d+)?\s*$")


def parse_indonesian_number(text: str) -> Decimal | None:
    """Read "1.103.336.776,50" or "89,87" as a Decimal; None when the text is not such a number.

    The one documented rule: a dot groups thousands and a comma starts the decimals, as in
    Indonesian writing. "1.103" is therefore one thousand one hundred and three.
    """
    if _ID_NUMBER.match(text):
        return Decimal(text.strip().replace(".", "").replace(",", "."))
    return None


def _undecorated(value: str) -> str:
    """The number inside "Rp 1.103.336.776,-" or "97,02 %": the text without the decoration
    around a number typed as text (a leading "Rp"/"Rp.", a trailing ",-" or "%", spaces).

    Str methods, not one pattern: `(.*?)` followed by `\\s*%?\\s*$` tried every split of a
    long run of spaces against every other, quadratic on 80 kB of spaces in a quoted pagu. A
    value with a line break inside the number is returned unchanged, as that pattern did."""
    bare = value.lstrip()
    if bare[:2].lower() == "rp":
        bare = bare[2:].removeprefix(".").lstrip()
    bare = bare.rstrip()
    if bare.endswith("%"):
        bare = bare[:-1].rstrip()
    elif bare.endswith(",-"):
        bare = bare[:-2]
    return value if "\n" in bare else bare


def _number_from_text_error(value: str) -> PydanticCustomError:
    bare = _undecorated(value)
    parsed = parse_indonesian_number(bare)
    if parsed is None and _PLAIN_NUMBER.match(bare):
        parsed = Decimal(bare.strip())
    if parsed is not None:
        return PydanticCustomError(
            "angka_teks",
            'angka ditulis sebagai teks "{teks}"; tulis {angka} tanpa tanda kutip '
            "(titik sebagai pemisah desimal, tanpa pemisah ribuan)",
            {"teks": excerpt(value), "angka": excerpt(format(parsed, "f"))},
        )
    return _not_a_number(value)


def _not_a_number(value: str) -> PydanticCustomError:
    return PydanticCustomError(
        "angka", 'harus berupa angka, bukan teks "{teks}"', {"teks": excerpt(value)}
    )


# Larger magnitudes are typing accidents, and would not survive display rounding (Decimal's
# 28-digit precision): no budget or indicator of a government report comes near 10^18.
BATAS_ANGKA = Decimal(10) ** 18
# And smaller ones (1.0e-999999, 0E+5000): at most this many digits after the decimal point, or
# in all. The loader already refuses longer numbers as written (LK014); this bound holds for
# numbers from anywhere, before they are displayed (which writes every digit out).
BATAS_DIGIT = 40
# A Python int beyond this many bits is never turned into a Decimal (a quadratic conversion).
_BATAS_BIT = 256


def _too_long(value: Any) -> PydanticCustomError:
    return PydanticCustomError(
        "angka_terlalu_panjang",
        "angka {nilai} terlalu panjang (paling banyak {batas} digit di belakang titik desimal)",
        {"nilai": excerpt(value), "batas": BATAS_DIGIT},
    )


def _finite(value: Decimal) -> Decimal:
    """Refuse `.nan`, `.inf` and absurdly large numbers, which no calculation can use."""
    if not value.is_finite():
        shown = ".nan" if value.is_nan() else ("-.inf" if value < 0 else ".inf")
        raise PydanticCustomError(
            "angka_tak_hingga", "harus berupa angka biasa, bukan {nilai}", {"nilai": shown}
        )
    if abs(value) >= BATAS_ANGKA:
        shown = format(value, "f") if 0 <= value.adjusted() < 40 else str(value)
        raise PydanticCustomError(
            "angka_terlalu_besar",
            "angka {nilai} terlalu besar (batasnya di bawah 10^18); periksa jumlah digitnya",
            {"nilai": excerpt(shown)},
        )
    sign, digits, exponent = value.as_tuple()
    if not -BATAS_DIGIT <= int(exponent) <= BATAS_DIGIT or len(digits) > 2 * BATAS_DIGIT:
        raise _too_long(value)
    return value


def _to_decimal(value: Any) -> Any:
    if isinstance(value, bool):
        raise PydanticCustomError("angka", "harus berupa angka, bukan {nilai}", {"nilai": value})
    if isinstance(value, Decimal):
        return _finite(value)
    if isinstance(value, int):
        if value.bit_length() > _BATAS_BIT:
            raise _too_long(value)
        return _finite(Decimal(value))
    if isinstance(value, float):
        # Only reachable when a model is built from Python, not from our YAML loader.
        return _finite(Decimal(repr(value)))
    if isinstance(value, str):
        if len(value) > 2 * BATAS_DIGIT:
            raise _not_a_number(value)  # no number of a report is written that long
        raise _number_from_text_error(value)
    return value


def _to_money(value: Any) -> Any:
    value = _to_decimal(value)
    if isinstance(value, Decimal):
        if value < 0:
            raise PydanticCustomError("rupiah_negatif", "nilai rupiah tidak boleh negatif")
        try:
            if value != value.quantize(Decimal("0.01")):
                raise PydanticCustomError("rupiah_sen", "rupiah paling banyak dua angka sen")
        except InvalidOperation:
            raise PydanticCustomError("angka", "nilai rupiah tidak valid") from None
    return value


def _strict_text(value: Any) -> Any:
    """Refuse values YAML turned into something else (`no` → False, `07` → 7, dates)."""
    if isinstance(value, str):
        return value
    raise PydanticCustomError(
        "teks",
        "harus berupa teks, tetapi YAML membacanya sebagai {jenis} ({nilai}); beri tanda kutip",
        {"jenis": type(value).__name__, "nilai": excerpt(value)},
    )


Angka = Annotated[Decimal, BeforeValidator(_to_decimal)]
Rupiah = Annotated[Decimal, BeforeValidator(_to_money)]
Teks = Annotated[str, BeforeValidator(_strict_text), StringConstraints(min_length=1)]
TeksBebas = Annotated[str, BeforeValidator(_strict_text)]
Id = Annotated[
    str,
    BeforeValidator(_strict_text),
    StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_.-]*$"),
]
Tahun = Annotated[int, Field(ge=2000, le=2100)]


class Dasar(BaseModel):
    """Base of every input model: unknown keys are errors, so a typo never goes unnoticed."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)
