"""History over spans of years: sums, means and changes of an indicator's realisation, and its
path against the Renstra targets up to the plan's last year.

A span `kurun[awal][akhir]` exists for every pair of years awal < akhir that both have a
numeric realisation; the sum and the mean take every year between them (ends included) that
has one, and `tahun` lists those years. The change is R_akhir − R_awal in the indicator's
unit ("poin" for % and indeks), and in percent of R_awal (None when R_awal = 0). Narratives
print them as placeholders, e.g. `{{ ind.IKM.kurun[2018][2022].perubahan | angka }}`.
"""

from __future__ import annotations

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


def semua_kurun(riwayat: list[Riwayat]) -> dict[int, dict[int, Kurun]]:
    """Every span of the history: `[awal][akhir]`."""
    nilai = angka_per_tahun(riwayat)
    tahun = sorted(nilai)
    return {
        awal: {akhir: kurun(nilai, awal, akhir) for akhir in tahun if akhir > awal}
        for awal in tahun[:-1]
    }


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
