"""LK32x: quarterly (triwulan) targets and realisations, checked per aggregation type."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from lkjip import idfmt
from lkjip.calc import triwulan, turunan
from lkjip.checks._util import num, pk_target, same, show
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Location, Severity, diag
from lkjip.model import Agregasi, Indikator, Project

K = "kinerja.yaml"
TW = ("I", "II", "III", "IV")


def _rows(project: Project, agregasi: Agregasi | None = None) -> Iterable[tuple[int, Any, Any]]:
    """(index, Triwulan row, Indikator) of the Rencana Aksi rows of one aggregation type."""
    ra = project.kinerja.rencana_aksi
    if ra is None:
        return
    for i, row in enumerate(ra.triwulan):
        ind = project.indikator(row.indikator)
        if ind is None or (agregasi is not None and ind.agregasi is not agregasi):
            continue
        yield i, row, ind


def _periode(
    project: Project, agregasi: Agregasi
) -> Iterable[tuple[list[Any], tuple[str | int, ...], Indikator, tuple[str, ...]]]:
    """(targets, path of the targets, Indikator, period labels) of every Rencana Aksi row and
    every semester row of one aggregation type: "TW I"…"TW IV", or "semester I", "semester II"."""
    for i, row, ind in _rows(project, agregasi):
        yield list(row.target), ("rencana_aksi", "triwulan", i, "target"), ind, LABEL_TW
    for n, real in enumerate(project.kinerja.realisasi):
        ind = project.indikator(real.indikator)
        if real.semester is None or ind is None or ind.agregasi is not agregasi:
            continue
        yield list(real.semester.target), ("realisasi", n, "semester", "target"), ind, LABEL_SM


LABEL_TW = tuple(f"TW {q}" for q in TW)
LABEL_SM = ("semester I", "semester II")


def _list(values: list[Any]) -> str:
    return "/".join("–" if v is None else show(v) for v in values)


def _last(values: list[Any]) -> tuple[int, Any] | None:
    for q in range(len(values) - 1, -1, -1):
        if values[q] is not None:
            return q, values[q]
    return None


@rule("LK321", "triwulan-akumulasi-jumlah", Severity.ERROR)
def check_triwulan_akumulasi(project: Project) -> Iterable[Diagnostic]:
    """Jumlah target triwulan indikator akumulasi tidak sama dengan target tahunan

    Untuk indikator `agregasi: akumulasi` (jumlah laporan, kegiatan, peserta) target triwulan
    adalah bagian per triwulan, sehingga TW I + TW II + TW III + TW IV = target tahunan (PK,
    atau Renstra bila tidak ada di PK); begitu pula semester I + semester II
    (`realisasi[].semester`). Seed E20: IKM 30 + 30 + 20 + 17 = 97, bukan 87.

    Contoh salah:

        # target tahunan IKM 87
        - {indikator: IKM, target: [30, 30, 20, 17]}

    Contoh benar:

        - {indikator: LAPORAN, target: [1, 1, 1, 1]}    # target tahunan 4
    """
    for targets, path, ind, label in _periode(project, Agregasi.AKUMULASI):
        found = pk_target(project, ind.id)
        annual = num(found[0]) if found else None
        values = [num(v) for v in targets]
        if annual is None or all(v is None for v in values):
            continue
        if any(v is None and t is not None for v, t in zip(values, targets, strict=False)):
            continue  # ranges or labels cannot be summed
        total = sum((v for v in values if v is not None), Decimal(0))
        if total != annual:
            periode = "triwulan" if label is LABEL_TW else "semester"
            yield diag(
                "LK321",
                f"jumlah target {periode} {ind.id} {_list(targets)} = {show(total)} tidak "
                f"sama dengan target tahunan {show(annual)} ({found[1]})",  # type: ignore[index]
                project.where(K, *path),
                subject=ind.id,
            )


@rule("LK322", "triwulan-kumulatif", Severity.ERROR)
def check_triwulan_kumulatif(project: Project) -> Iterable[Diagnostic]:
    """Target triwulan indikator kumulatif menurun atau TW IV ≠ target tahunan

    Untuk indikator `agregasi: kumulatif` (persentase kemajuan) target triwulan adalah capaian
    sampai dengan triwulan itu: tidak boleh turun, dan TW IV sama dengan target tahunan (seed
    E21: Trantibum 25/50/75/75 dengan target tahunan 100). Target semester diperiksa sama.

    Contoh salah:

        # target tahunan TRANTIBUM 100
        - {indikator: TRANTIBUM, target: [25, 50, 75, 75]}

    Contoh benar:

        - {indikator: TRANTIBUM, target: [25, 50, 75, 100]}
    """
    for targets, path, ind, label in _periode(project, Agregasi.KUMULATIF):
        where = project.where(K, *path)
        values = [num(v) for v in targets]
        prev: tuple[int, Decimal] | None = None
        for q, v in enumerate(values):
            if v is None:
                continue
            if prev is not None and v < prev[1]:
                yield diag(
                    "LK322",
                    f"target kumulatif {ind.id} turun dari {show(prev[1])} ({label[prev[0]]}) "
                    f"menjadi {show(v)} ({label[q]})",
                    project.where(K, *path, q),
                    subject=ind.id,
                )
            prev = (q, v)
        found = pk_target(project, ind.id)
        last = _last(targets)
        if found is None or last is None:
            continue
        if not same(last[1], found[0]):
            yield diag(
                "LK322",
                f"target kumulatif {ind.id} {label[last[0]]} {show(last[1])} tidak sama dengan "
                f"target tahunan {show(found[0])} ({found[1]})",
                where,
                subject=ind.id,
            )


@rule("LK323", "triwulan-nilai-akhir-target", Severity.WARNING)
def check_triwulan_nilai_akhir(project: Project) -> Iterable[Diagnostic]:
    """Target triwulan indikator nilai akhir berbeda dari target tahunan

    Indikator `agregasi: nilai_akhir` (indeks, rasio, tingkat) tidak dapat dipecah menjadi
    tambahan per triwulan: target triwulannya biasanya kosong atau sama dengan target tahunan.
    Target triwulan lain bisa sah (tahapan), tetapi periksalah (seed E20: IKM 30/30/20/17).

    Contoh salah:

        # IKM: agregasi nilai_akhir, target tahunan 87
        - {indikator: IKM, target: [30, 30, 20, 17]}

    Contoh benar:

        - {indikator: IKM, target: [null, null, null, 87]}
    """
    for i, row, ind in _rows(project, Agregasi.NILAI_AKHIR):
        found = pk_target(project, ind.id)
        if found is None:
            continue
        if any(v is not None and not same(v, found[0]) for v in row.target):
            yield diag(
                "LK323",
                f"target triwulan {ind.id} ({_list(row.target)}) berbeda dari target tahunan "
                f"{show(found[0])}; indikator nilai akhir tidak dipecah per triwulan",
                project.where(K, "rencana_aksi", "triwulan", i, "target"),
                subject=ind.id,
            )


@rule("LK324", "realisasi-tahunan-triwulan", Severity.ERROR)
def check_realisasi_tahunan(project: Project) -> Iterable[Diagnostic]:
    """Realisasi tahunan tidak sesuai dengan realisasi triwulan

    Realisasi tahunan mengikuti jenis agregasi: `akumulasi` = jumlah realisasi TW I–IV (bila
    keempatnya dilaporkan); `kumulatif` dan `nilai_akhir` = realisasi triwulan terakhir yang
    dilaporkan; `rata_rata` = rata-rata triwulan yang dilaporkan (dibandingkan pada banyak
    desimal realisasi tahunan); `maksimum` = nilai tertinggi. Realisasi semester
    (`realisasi[].semester`) diperiksa dengan aturan yang sama. Seed E22: IKM TW IV 80
    tetapi realisasi tahunan 89,87.

    Contoh salah:

        rencana_aksi:
          triwulan:
            - {indikator: IKM, target: [87, 87, 87, 87], realisasi: [null, null, null, 80]}
        realisasi:
          - {indikator: IKM, nilai: {2022: 89.87}}

    Contoh benar:

        rencana_aksi:
          triwulan:
            - {indikator: IKM, target: [87, 87, 87, 87], realisasi: [null, null, null, 89.87]}
        realisasi:
          - {indikator: IKM, nilai: {2022: 89.87}}
    """
    tahun = project.tahun
    rows = {r.indikator: (n, r) for n, r in enumerate(project.kinerja.realisasi)}
    for _i, row, ind in _rows(project):
        found = rows.get(ind.id)
        if found is None or found[1].nilai.get(tahun) is None:
            continue
        n, real = found
        annual = real.nilai[tahun]
        where = project.where(K, "realisasi", n, "nilai", tahun)
        if ind.agregasi in (Agregasi.RATA_RATA, Agregasi.MAKSIMUM):
            yield from _periode_tahunan(ind, "triwulan", row.realisasi, annual, where)
            continue
        if ind.agregasi is Agregasi.AKUMULASI:
            values = [num(v) for v in row.realisasi]
            present = [v for v in values if v is not None]
            if len(present) != len(values) or num(annual) is None:
                continue
            total = sum(present, Decimal(0))
            if total != num(annual):
                yield diag(
                    "LK324",
                    f"realisasi tahunan {ind.id} {show(annual)} tidak sama dengan jumlah "
                    f"realisasi triwulan {_list(row.realisasi)} = {show(total)}",
                    where,
                    subject=ind.id,
                )
            continue
        last = _last(list(row.realisasi))
        if last is not None and not same(last[1], annual):
            yield diag(
                "LK324",
                f"realisasi tahunan {ind.id} {show(annual)} tidak sama dengan realisasi "
                f"triwulan terakhir (TW {TW[last[0]]}) {show(last[1])}; indikator "
                f"{ind.agregasi.value.replace('_', ' ')} mengambil nilai terakhir",
                where,
                subject=ind.id,
            )
    for n, real in enumerate(project.kinerja.realisasi):
        ind = project.indikator(real.indikator)
        annual = real.nilai.get(tahun)
        if ind is None or real.semester is None or annual is None:
            continue
        where = project.where(K, "realisasi", n, "nilai", tahun)
        yield from _periode_tahunan(ind, "semester", real.semester.realisasi, annual, where)


CARA = {
    Agregasi.AKUMULASI: "jumlah",
    Agregasi.KUMULATIF: "nilai terakhir",
    Agregasi.NILAI_AKHIR: "nilai terakhir",
    Agregasi.RATA_RATA: "rata-rata",
    Agregasi.MAKSIMUM: "nilai tertinggi",
}


def _periode_tahunan(
    ind: Indikator, periode: str, realisasi: list[Any], annual: Any, where: Location
) -> Iterable[Diagnostic]:
    """LK324 for the periods the calc engine aggregates (a mean is compared at the annual
    value's decimals): the annual realisation against the one the periods give."""
    expected = triwulan.realisasi_tahunan(ind.agregasi, realisasi)
    if expected is None:
        return
    if isinstance(expected, Decimal) and isinstance(annual, Decimal):
        cocok = idfmt.bulatkan(expected, turunan.desimal(annual)) == annual
    else:
        cocok = same(expected, annual)
    if not cocok:
        shown = expected
        if isinstance(expected, Decimal):
            shown = idfmt.bulatkan(expected, 4).normalize()
        yield diag(
            "LK324",
            f"realisasi tahunan {ind.id} {show(annual)} tidak sama dengan {CARA[ind.agregasi]} "
            f"realisasi {periode} {_list(realisasi)} = {show(shown)}",
            where,
            subject=ind.id,
        )
