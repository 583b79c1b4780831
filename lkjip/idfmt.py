"""Indonesian number, money, date and NIP formatting — the one place rounding happens.

Rounding is ROUND_HALF_UP (96,9873… → 96,99), the way Indonesian reports and readers expect;
Python's default and babel's are half-even, which is why this is our own small module.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Context, Decimal

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def bulatkan(value: Decimal, places: int = 2) -> Decimal:
    """Round half-up to `places` decimals (display only)."""
    # Enough digits for any magnitude: quantize fails when the result needs more digits than
    # the context precision (28), e.g. an absurd capaian of 10^38 from a tiny target.
    digits = max(28, value.adjusted() + places + 2)
    return value.quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=Context(prec=digits)
    )


def _group(digits: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return ".".join(out)


def angka(value: Decimal | int, places: int | None = None) -> str:
    """1103336776 → "1.103.336.776"; Decimal("89.87") → "89,87"; places fixes the decimals.

    Without `places` the value's own decimals are kept (trailing zeros of an exact input such
    as 100.00 are dropped, 87 stays 87).
    """
    value = Decimal(value)
    if places is not None:
        value = bulatkan(value, places)
    elif value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    else:
        value = value.normalize()
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    whole, _, frac = text.partition(".")
    return sign + _group(whole) + ("," + frac if frac else "")


def persen(value: Decimal, places: int = 2, tanda: bool = True) -> str:
    """Decimal("103.2988") → "103,30%" (no space, PUEBI)."""
    return angka(value, places) + ("%" if tanda else "")


GAYA_RUPIAH = ("puebi", "puebi_sen", "spasi", "titik_strip")


def rupiah(value: Decimal | int, gaya: str = "puebi") -> str:
    """Money in the chosen style: puebi "Rp1.103.336.776", puebi_sen "Rp1.103.336.776,00",
    spasi "Rp 1.103.336.776", titik_strip "Rp. 1.103.336.776,-"."""
    value = Decimal(value)
    sen = value != value.to_integral_value()
    if gaya == "puebi_sen" or sen:
        body = angka(value, 2)
    else:
        body = angka(value, 0)
    if gaya == "spasi":
        return "Rp " + body
    if gaya == "titik_strip":
        return "Rp. " + body + ("" if sen else ",-")
    return "Rp" + body


def tanggal(value: dt.date, nol: bool = False) -> str:
    """date(2022, 10, 7) → "7 Oktober 2022" ("07 Oktober 2022" with nol=True)."""
    day = f"{value.day:02d}" if nol else str(value.day)
    return f"{day} {BULAN[value.month - 1]} {value.year}"


def bulan_tahun(value: dt.date) -> str:
    return f"{BULAN[value.month - 1]} {value.year}"


_NIP = re.compile(r"^(\d{8})(\d{6})([12])(\d{3})$")


def nip_digits(text: str) -> str:
    """Keep only the digits of a NIP as typed ("19820211-2003121-004" → 18 digits)."""
    return re.sub(r"\D", "", text)


def nip(text: str) -> str:
    """A NIP spaced as printed: "198202112003121004" → "19820211 200312 1 004"; other text
    is returned unchanged."""
    match = _NIP.match(nip_digits(text))
    if not match:
        return text
    return " ".join(match.groups())


def parse_angka(text: str) -> Decimal | None:
    """Read a number as Indonesians write it: "1.103.336.776", "89,87", "103,30%"."""
    cleaned = text.strip().rstrip("%").strip()
    cleaned = re.sub(r"^Rp\.?\s*", "", cleaned)
    cleaned = re.sub(r",-$", "", cleaned)
    if not re.fullmatch(r"-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?", cleaned):
        return None
    return Decimal(cleaned.replace(".", "").replace(",", "."))


def judul_laporan(judul: str, nama: str) -> str:
    """The report's title followed by the agency's name, without saying a word twice where
    they meet: "Laporan Kinerja Instansi Pemerintah" + "Pemerintah Kabupaten Sukamaju" reads
    "Laporan Kinerja Instansi Pemerintah Kabupaten Sukamaju"."""
    last = judul.split()[-1:] if judul.split() else []
    words = nama.split()
    if last and words and words[0].casefold() == last[0].casefold():
        nama = " ".join(words[1:])
    return f"{judul} {nama}".strip()
