"""History over spans of years: sums, means and changes of an indicator's realisation, and its
path against the Renstra targets up to the plan's last year.

A span `kurun[awal][akhir]` exists for every pair of years awal < akhir that both have a
numeric realisation; the sum and the mean take every year between them (ends included) that
has one, and `tahun` lists those years. The change is R_akhir − R_awal in the indicator's
unit ("poin" for % and indeks), and in percent of R_awal (None when R_awal = 0). Narratives
print them as placeholders, e.g. `{{ ind.IKM.kurun[2018][2022].perubahan | angka }}`; the
spans are computed when read, and `lkjip calc --format json` lists those ending at the last
year with a number.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from lkjip.calc.results import Kurun, NilaiData, Riwayat, TitikJalur

SERATUS = Decimal(100)


def angka_per_tahun(riwayat: list[Riwayat]) -> dict[int, Decimal]:
    """The numeric realisations of the history, by year."""
    return {r.tahun: r.realisasi for r in riwayat if isinstance(r.realisasi, Decimal)}


def kurun(nilai: dict[int, Decimal], awal: int, akhir: int) -> Kurun:
    """The span awal…akhir of numeric realisations (both ends must have one)."""
    tahun = sorted(y for y in nilai if awal <= y <= akhir)
    values = [nilai[y] for y in tahun]
    jumlah = sum(values, Decimal(0))
    selisih = nilai[akhir] - nilai[awal]
    return Kurun(
        awal=awal,
        akhir=akhir,
        tahun=tahun,
        jumlah=jumlah,
        rata_rata=jumlah / len(values),
        perubahan=selisih,
        perubahan_persen=selisih / nilai[awal] * SERATUS if nilai[awal] != 0 else None,
    )


class KurunDari(Mapping[int, Kurun]):
    """The spans starting at one year, by their last year; each computed when asked for."""

    def __init__(self, nilai: dict[int, Decimal], awal: int) -> None:
        self._nilai = nilai
        self._awal = awal
        self._akhir = [y for y in sorted(nilai) if y > awal]

    def __getitem__(self, akhir: int) -> Kurun:
        if akhir not in self._akhir:
            raise KeyError(akhir)
        return kurun(self._nilai, self._awal, akhir)

    def __iter__(self) -> Iterator[int]:
        return iter(self._akhir)

    def __len__(self) -> int:
        return len(self._akhir)


class SemuaKurun(Mapping[int, KurunDari]):
    """Every span of an indicator's history, `[awal][akhir]`, computed on demand: a history
    of n years has n(n−1)/2 spans, and only the few a narrative names are ever needed."""

    def __init__(self, nilai: dict[int, Decimal]) -> None:
        self._nilai = nilai
        self._awal = sorted(nilai)[:-1]

    def __getitem__(self, awal: int) -> KurunDari:
        if awal not in self._awal:
            raise KeyError(awal)
        return KurunDari(self._nilai, awal)

    def __iter__(self) -> Iterator[int]:
        return iter(self._awal)

    def __len__(self) -> int:
        return len(self._awal)


def semua_kurun(riwayat: list[Riwayat]) -> SemuaKurun:
    """Every span of the history: `[awal][akhir]` (computed when read).(computed when read)."""
    return SemuaKurun(angka_per_tahun(riwayat))


def sampai_akhir(semua: Mapping[int, Mapping[int, Kurun]]) -> list[Kurun]:
    """The spans that end at the last year with a number, one per earlier year (what
    `lkjip calc --format json` lists: n spans, not n²)."""
    akhir = max((y for per_awal in semua.values() for y in per_awal), default=None)
    if akhir is None:
        return []
    return [per_awal[akhir] for per_awal in semua.values() if akhir in per_awal]


def jalur(
    riwayat: list[Riwayat], target_renstra: dict[int, NilaiData], akhir_renstra: int
) -> list[TitikJalur]:
    """Realisation path and Renstra targets from the first year with data to the plan's last
    year (years after N have a target and no realisation yet)."""
    realisasi = {r.tahun: r.realisasi for r in riwayat}
    target = {r.tahun: r.target for r in riwayat} | dict(target_renstra)
    years = set(realisasi) | set(target)
    if not years:
        return []
    return [
        TitikJalur(tahun=y, target=target.get(y), realisasi=realisasi.get(y))
        for y in range(min(years), max(max(years), akhir_renstra) + 1)
    ]
