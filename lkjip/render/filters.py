"""Jinja filters for the narrative (docs/dev/contracts.md) — thin wrappers around `idfmt`.

The same functions format the generated tables and sentences, so a figure reads the same in
prose and in a table. Every filter accepts None (or a `Capaian` that cannot be computed) and
prints "–" for it instead of failing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from lkjip import idfmt
from lkjip.calc.results import Capaian
from lkjip.model.renstra import Rentang
from lkjip.terbilang import terbilang as _terbilang

KOSONG = "–"  # en dash: a value that cannot be computed or is not reported


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Capaian):
        return value.nilai
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        parsed = idfmt.parse_angka(value)
        if parsed is None:
            try:
                parsed = Decimal(value)
            except ArithmeticError:
                return None
        return parsed
    return None


def angka(value: Any, places: int | None = None) -> str:
    """Decimal("89.87") → "89,87"; 1103336776 → "1.103.336.776"; `angka(2)` fixes decimals."""
    number = _decimal(value)
    if number is None:
        return KOSONG if value is None or isinstance(value, Capaian) else str(value)
    return idfmt.angka(number, places)


def persen(value: Any, places: int = 2) -> str:
    """Decimal("103.2988") or a Capaian → "103,30%"; "–" when it cannot be computed."""
    number = _decimal(value)
    if number is None:
        return KOSONG
    return idfmt.persen(number, places)


def persen_angka(value: Any, places: int = 2) -> str:
    """Like `persen` without the sign, for table columns headed "%"."""
    number = _decimal(value)
    if number is None:
        return KOSONG
    return idfmt.persen(number, places, tanda=False)


def rupiah(value: Any, gaya: str = "puebi") -> str:
    """Decimal("11281034946") → "Rp11.281.034.946" in the given style."""
    number = _decimal(value)
    if number is None:
        return KOSONG
    return idfmt.rupiah(number, gaya)


def tanggal(value: Any, nol: bool = False) -> str:
    """date(2023, 1, 31) → "31 Januari 2023"."""
    if value is None:
        return KOSONG
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return idfmt.tanggal(value, nol)


def bulan_tahun(value: Any) -> str:
    """date(2023, 1, 31) → "Januari 2023"."""
    if value is None:
        return KOSONG
    return idfmt.bulan_tahun(value)


def terbilang(value: Any) -> str:
    """14 → "empat belas"."""
    number = _decimal(value)
    if number is None:
        return KOSONG
    return _terbilang(int(number))


def bilangan(value: Any) -> str:
    """14 → "14 (empat belas)"."""
    number = _decimal(value)
    if number is None:
        return KOSONG
    return f"{idfmt.angka(int(number))} ({_terbilang(int(number))})"


def nip(value: Any) -> str:
    """ "198202112003121004" → "19820211 200312 1 004"."""
    if value is None:
        return KOSONG
    return idfmt.nip(str(value))


def nilai(value: Any, places: int | None = None) -> str:
    """A target or realisation: a number ("89,87"), a range ("80–90") or a label ("WTP")."""
    if value is None:
        return KOSONG
    if isinstance(value, Rentang):
        return f"{idfmt.angka(value.min, places)}–{idfmt.angka(value.max, places)}"
    if isinstance(value, dict) and {"min", "max"} <= set(value):
        return f"{angka(value['min'], places)}–{angka(value['max'], places)}"
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return idfmt.angka(value, places)
    return str(value)


def pangkat(pejabat: Any) -> str:
    """A Pejabat → "Pembina (IV/a)"; only the part that is known; "" when neither is."""
    nama = getattr(pejabat, "pangkat", None)
    golongan = getattr(pejabat, "golongan", None)
    if nama and golongan:
        return f"{nama} ({golongan})"
    return nama or golongan or ""


def make_filters(gaya_rupiah: str = "puebi") -> dict[str, Callable[..., str]]:
    """The filters of contracts.md, with `rupiah` bound to the report's style."""

    def rupiah_gaya(value: Any, gaya: str | None = None) -> str:
        return rupiah(value, gaya or gaya_rupiah)

    return {
        "angka": angka,
        "persen": persen,
        "rupiah": rupiah_gaya,
        "tanggal": tanggal,
        "bulan_tahun": bulan_tahun,
        "terbilang": terbilang,
        "bilangan": bilangan,
        "nip": nip,
        "nilai": nilai,
        "pangkat": pangkat,
    }
