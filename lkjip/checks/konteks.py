"""A number in its context: how it is written, what quantity it states, for which period.

One engine for the narrative rules (LK36x, LK39x, reading `narasi/*.md`) and for `lkjip reviu`
(reading a Word report lkjip did not make). It knows nothing of a project or of `Hasil`: it
reads text. What it answers:

- `baca(text)`: the value of a number as printed, in Indonesian (`1.103.336.776`, `89,87`),
  English (`1,103,336,776`, `80.5`) or mixed notation, with the decimals printed, so a figure
  can be compared at the precision it was printed with (`sama_dicetak`);
- `besaran(text)`: the quantity words announce (capaian, realisasi, target, serapan, …);
- `periode(text)`: the year or the quarter words announce.

A printed figure is right when the exact value, rounded half-up to the printed decimals, is
the printed value: 103,2988 printed "103,30" or "103" is right, printed "103,2" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from lkjip import idfmt

ID = "id"  # Indonesian: "." groups thousands, "," starts the decimals
EN = "en"  # English: "," groups thousands, "." starts the decimals


@dataclass(frozen=True)
class Bilangan:
    """A number as printed: its value, the decimals printed and the notation."""

    nilai: Decimal
    desimal: int
    notasi: str  # ID or EN; a number with no separator is ID
    teks: str


_RP = re.compile(r"^Rp\.?\s*", re.IGNORECASE)
_ID_RIBUAN = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_RIBUAN = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ID_DESIMAL = re.compile(r"-?\d+(?:,\d+)?")
_EN_DESIMAL = re.compile(r"-?(?<!\d)\d+\.\d+")  # (?<!\d): one try per run of digits


def baca(text: str) -> Bilangan | None:
    """The number a cell or a phrase holds ("Rp 67.500.922,-", "103,30 %", "80.5%"), or None
    when it is not exactly one number.

    "1.234" is read the Indonesian way (one thousand two hundred thirty-four), as an
    Indonesian reader does; "80.5" and "1,234,567" can only be English.
    """
    cleaned = _RP.sub("", text.strip()).strip()
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].rstrip()
    cleaned = re.sub(r",-$", "", cleaned).strip()
    if not cleaned or len(cleaned) > 40:
        return None
    if _ID_RIBUAN.fullmatch(cleaned) or _ID_DESIMAL.fullmatch(cleaned):
        whole, _, frac = cleaned.partition(",")
        return _bilangan(whole.replace(".", "") + ("." + frac if frac else ""), frac, ID, text)
    if _EN_RIBUAN.fullmatch(cleaned) or _EN_DESIMAL.fullmatch(cleaned):
        whole, _, frac = cleaned.partition(".")
        return _bilangan(whole.replace(",", "") + ("." + frac if frac else ""), frac, EN, text)
    return None


def _bilangan(digits: str, frac: str, notasi: str, text: str) -> Bilangan | None:
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return Bilangan(value, len(frac), notasi, text.strip())


def sama_dicetak(exact: Decimal, printed: Bilangan | Decimal, desimal: int | None = None) -> bool:
    """Whether `printed` is `exact` rounded half-up to the decimals printed."""
    if isinstance(printed, Bilangan):
        desimal, printed = printed.desimal, printed.nilai
    assert desimal is not None
    if not exact.is_finite() or abs(exact) >= Decimal(10) ** 18:
        return False
    return idfmt.bulatkan(exact, desimal) == printed


def dipotong(exact: Decimal, desimal: int) -> Decimal:
    """`exact` cut (not rounded) to `desimal` places: what a hand calculation often prints."""
    step = Decimal(1).scaleb(-desimal)
    return (exact / step).to_integral_value(rounding="ROUND_DOWN") * step


def cetak(value: Decimal, desimal: int) -> str:
    """`value` the Indonesian way at `desimal` places: "103,30"."""
    return idfmt.angka(value, desimal)


# --- quantities ------------------------------------------------------------------------------

CAPAIAN = "capaian"
REALISASI = "realisasi"
TARGET = "target"
SERAPAN = "serapan"
EFISIENSI = "efisiensi"
PAGU = "pagu"
ANGGARAN = "anggaran"  # an amount under "anggaran" alone (the PK's column): not the DPA pagu
REALISASI_RP = "realisasi anggaran"
SISA = "sisa"
JUMLAH = "jumlah"
RATA_RATA = "rata-rata"
SELISIH = "selisih"

# The order matters: the first pattern found in a column header names its quantity.
_BESARAN_KOLOM = (
    (EFISIENSI, r"efisiensi"),
    (SISA, r"\bsisa\b"),
    (SERAPAN, r"serap"),
    (PAGU, r"\bpagu\b|alokasi"),
    (CAPAIAN, r"capaian|\bpersen\b|%"),
    (TARGET, r"\btarget\b|\bt\b"),
    (REALISASI, r"realisasi|\br\b"),
    (ANGGARAN, r"anggaran"),
)


def besaran_kolom(header: str, uang: bool) -> str | None:
    """The quantity a column header names; `uang` when the column sits under a budget group
    ("Keuangan", "(Rp)"), where "%" is absorption and "Realisasi" is money."""
    text = header.casefold()
    for kind, pattern in _BESARAN_KOLOM:
        if re.search(pattern, text):
            if uang and kind == CAPAIAN:
                return SERAPAN
            if uang and kind == REALISASI:
                return REALISASI_RP
            if uang and kind == TARGET:
                return PAGU
            return kind
    return None


_BESARAN_TEKS = (
    (RATA_RATA, re.compile(r"rata-rata|rerata", re.IGNORECASE)),
    (EFISIENSI, re.compile(r"efisiensi", re.IGNORECASE)),
    (SERAPAN, re.compile(r"serap\w*|penyerapan", re.IGNORECASE)),
    (SISA, re.compile(r"\bsisa\b", re.IGNORECASE)),
    (SELISIH, re.compile(r"selisih|\bpoin\b", re.IGNORECASE)),
    (CAPAIAN, re.compile(r"capaian|tercapai|mencapai", re.IGNORECASE)),
    (
        PAGU,
        re.compile(
            r"\bpagu\b|dialokasikan|alokasi|tersedia|jumlah anggaran|menganggarkan", re.IGNORECASE
        ),
    ),
    (REALISASI_RP, re.compile(r"realisasi (?:keuangan|anggaran)", re.IGNORECASE)),
    (REALISASI, re.compile(r"realisasi", re.IGNORECASE)),
    (TARGET, re.compile(r"\btarget", re.IGNORECASE)),
    (JUMLAH, re.compile(r"\bjumlah\b|\btotal\b", re.IGNORECASE)),
)


@lru_cache(maxsize=4096)
def besaran(window: str) -> str | None:
    """The quantity the words just before a number announce: the keyword nearest to it (on a
    tie, the first of `_BESARAN_TEKS`). A pure function of the words, remembered for the last
    few thousand windows: a narrative typing the same phrase before thousands of numbers asks
    the same question again."""
    best: tuple[int, int, str] | None = None
    for rank, (kind, pattern) in enumerate(_BESARAN_TEKS):
        ends = [m.end() for m in pattern.finditer(window)]
        if ends:
            found = (max(ends), -rank, kind)
            best = found if best is None or found > best else best
    return best[2] if best else None


# --- amounts and their role ------------------------------------------------------------------

# A Rupiah amount: "Rp 1.103.336.776", "Rp. 1.103.336.776,-", or a grouped number of millions
# ("1.070.096.194,-") that only money takes in a report.
_UANG = re.compile(
    r"(?:\bRp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{2}|,-)?)"
    r"|(?<![\d.,])(\d{1,3}(?:\.\d{3}){2,})(?:,\d{2}|,-)?(?![\d.,]\d)"
)


@dataclass(frozen=True)
class Jumlah:
    nilai: Decimal
    peran: str | None  # "pagu", "realisasi" or None
    start: int
    end: int


_PERAN = (
    ("pagu", re.compile(r"\bpagu|dialokasikan|alokasi|tersedia|anggaran|menganggarkan", re.I)),
    ("realisasi", re.compile(r"realisasi|terserap|penyerapan|dibelanjakan", re.I)),
)


def _peran(window: str) -> str | None:
    """The role the words before an amount give it: the keyword nearest to it, within its
    sentence ("realisasi anggaran", "realisasi penyerapan anggaran" are a realisation, not a
    budget)."""
    window = re.split(r"[.;:](?:\s|$)", window)[-1]
    window = re.sub(
        r"(?:realisasi|penyerapan|serapan)(?:\s+\w+){0,2}?\s+(?:anggaran|keuangan)",
        "realisasi",
        window,
        flags=re.I,
    )
    best: tuple[int, str] | None = None
    for role, pattern in _PERAN:
        for m in pattern.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), role)
    return best[1] if best else None


def jumlah_rupiah(text: str) -> list[Jumlah]:
    out: list[Jumlah] = []
    previous = 0
    for m in _UANG.finditer(text):
        digits = m.group(1) or m.group(2)
        value = idfmt.parse_angka(digits)
        if value is None:
            continue
        out.append(Jumlah(value, _peran(text[previous : m.start()]), m.start(), m.end()))
        previous = m.end()
    return out


def pagu_realisasi(a: Jumlah, b: Jumlah) -> tuple[Jumlah, Jumlah]:
    """(pagu, realisasi) of two amounts typed in this order: by the roles their words give
    them ("realisasi … Rp1.070.096.194 dari jumlah anggaran Rp1.103.336.776"), else pagu
    first, as reports write them."""
    realisasi_first = (a.peran, b.peran) in (
        ("realisasi", "pagu"), ("realisasi", None), (None, "pagu"),
    )  # fmt: skip
    return (b, a) if realisasi_first else (a, b)


# --- periods ---------------------------------------------------------------------------------

_ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_TRIWULAN = re.compile(
    r"\b(?:tw|tri\s?wulan|triwulan)\s*\.?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE
)
_TAHUN = re.compile(r"(?<![\d.,])(20\d\d|19\d\d)(?!\d)(?![.,]\d)")


def periode(text: str) -> tuple[str, int] | None:
    """("triwulan", 4) for "TW IV" / "Tri Wulan 4", ("tahun", 2021) for the last year named,
    None when the text names neither."""
    tw = list(_TRIWULAN.finditer(text))
    if tw:
        raw = tw[-1].group(1).casefold()
        return ("triwulan", _ROMAWI.get(raw) or int(raw))
    years = _TAHUN.findall(text)
    if years:
        return ("tahun", int(years[-1]))
    return None
