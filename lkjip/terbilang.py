"""Numbers in Indonesian words ("terbilang"), lower case, as in `43 (empat puluh tiga)`.

Rules (domain.md §6): the se- forms sebelas, seratus, seribu; "satu juta", "satu miliar",
"satu triliun"; scales ribu, juta, miliar, triliun. Supported up to 10^15 − 1.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_SATUAN = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
)  # fmt: skip
_SKALA = ("", "ribu", "juta", "miliar", "triliun")
BATAS = 10**15  # exclusive upper bound


def _ratusan(n: int) -> list[str]:
    """Words for 1 ≤ n ≤ 999."""
    words: list[str] = []
    ratus, sisa = divmod(n, 100)
    if ratus == 1:
        words.append("seratus")
    elif ratus > 1:
        words += [_SATUAN[ratus], "ratus"]
    if sisa == 0:
        return words
    if sisa < 10:
        words.append(_SATUAN[sisa])
    elif sisa == 10:
        words.append("sepuluh")
    elif sisa == 11:
        words.append("sebelas")
    elif sisa < 20:
        words += [_SATUAN[sisa - 10], "belas"]
    else:
        puluh, satu = divmod(sisa, 10)
        words += [_SATUAN[puluh], "puluh"]
        if satu:
            words.append(_SATUAN[satu])
    return words


def terbilang(n: int) -> str:
    """12 → "dua belas"; 1000 → "seribu"; 1_103_336_776 → "satu miliar seratus tiga juta …".

    Negative numbers are prefixed with "minus". Raises ValueError at or beyond 10^15.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        if isinstance(n, Decimal) and n == n.to_integral_value():
            n = int(n)
        else:
            raise TypeError(f"terbilang needs an integer, got {n!r}")
    if n < 0:
        return "minus " + terbilang(-n)
    if n >= BATAS:
        raise ValueError(f"terbilang supports numbers below 10^15, got {n}")
    if n == 0:
        return "nol"
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words: list[str] = []
    for level in range(len(groups) - 1, -1, -1):
        group = groups[level]
        if group == 0:
            continue
        if level == 1 and group == 1:
            words.append("seribu")
            continue
        words += _ratusan(group)
        if _SKALA[level]:
            words.append(_SKALA[level])
    return " ".join(words)


def terbilang_rupiah(value: Decimal | int) -> str:
    """Decimal("1103336776") → "satu miliar … tujuh puluh enam rupiah"; sen, when present,
    are added as "… rupiah lima puluh sen" (rounded half-up to whole sen)."""
    value = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    rupiah = int(value)
    sen = int(abs(value - rupiah) * 100)
    text = terbilang(rupiah) + " rupiah"
    if sen:
        text += " " + terbilang(sen) + " sen"
    return text
