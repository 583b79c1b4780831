"""LK230, LK234–LK236: values an indicator's formula cannot measure, derived realisations and
targets that disagree with the value written beside them, and breakdowns that disagree with
the realisation."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from lkjip import idfmt
from lkjip.calc import capaian as cp
from lkjip.calc import realisasi_per_indikator
from lkjip.calc import turunan as tr
from lkjip.calc.results import NilaiData
from lkjip.calc.rumus import Rumus
from lkjip.checks._util import show, target_rows
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Indikator, Project, Rentang
from lkjip.model.renstra import Turunan

K, R = "kinerja.yaml", "renstra.yaml"

# The formulas that measure numbers; a range target is allowed only by the range formulas.
RUMUS_RENTANG = frozenset({Rumus.RENTANG, Rumus.RENTANG_BATAS})


def masalah_nilai(ind: Indikator, formula: Rumus, value: NilaiData, target: bool) -> str | None:
    """Why `value` (a target when `target`, else a realisation) does not fit `formula`; None
    when it fits."""
    if formula is Rumus.BINER:
        return None if cp.nilai_biner(value) is not None else "harus 'ya' atau 'tidak'"
    if formula is Rumus.KUALITATIF:
        predikat = ind.daftar_predikat
        if isinstance(value, Decimal):
            return None
        if not predikat:
            return "indikator kualitatif tanpa daftar `predikat`"
        if isinstance(value, str) and value in predikat:
            return None
        return f"harus salah satu predikat: {', '.join(predikat)}"
    if isinstance(value, Decimal):
        return None
    if isinstance(value, Rentang) and target and formula in RUMUS_RENTANG:
        return None
    if formula in RUMUS_RENTANG and target:
        return "harus angka atau rentang {min, max}"
    return "harus angka"


def _nilai_renstra(project: Project) -> Iterator[tuple[Indikator, int, NilaiData, tuple, bool]]:
    """(indicator, year, value, path in renstra.yaml, is a target) of every Renstra target."""
    for n, ind in enumerate(project.renstra.indikator):
        for kunci in ("target_lalu", "target"):
            for tahun, value in getattr(ind, kunci).items():
                yield ind, tahun, value, ("indikator", n, kunci, tahun), True


def _nilai_kinerja(project: Project) -> Iterator[tuple[Indikator, int, NilaiData, tuple, bool]]:
    """The same for RKT/PK targets and realisations of kinerja.yaml."""
    for _label, tahun, base, targets in target_rows(project):
        for i, t in enumerate(targets):
            ind = project.indikator(t.indikator)
            if ind is not None:
                yield ind, tahun, t.target, (*base, i, "target"), True
    for i, row in enumerate(project.kinerja.realisasi):
        ind = project.indikator(row.indikator)
        if ind is None:
            continue
        for tahun, value in row.nilai.items():
            if value is not None:
                yield ind, tahun, value, ("realisasi", i, "nilai", tahun), False


@rule("LK230", "nilai-tidak-sesuai-rumus", Severity.ERROR)
def check_nilai_sesuai_rumus(project: Project) -> Iterable[Diagnostic]:
    """Target atau realisasi tidak dapat diukur dengan rumus capaian indikatornya

    Rumus capaian (`rumus`, atau menurut `polaritas`) menentukan jenis nilai: `biner`
    memakai `ya`/`tidak`; `kualitatif` memakai predikat dari `predikat` (daftar sendiri atau
    `opini-bpk`, `predikat-sakip`); `rentang` dan `rentang-batas` memakai angka atau rentang
    `{min, max}` sebagai target; rumus lain memakai angka. Nilai lain membuat capaian tidak
    dapat dihitung.

    Contoh salah:

        - id: OPINI
          rumus: kualitatif
          predikat: opini-bpk
          target: {2022: WTB}

    Contoh benar:

        - id: OPINI
          rumus: kualitatif
          predikat: opini-bpk
          target: {2022: WTP}
    """
    rumus_negatif = project.laporan.pengaturan.rumus_negatif
    for file, rows in ((R, _nilai_renstra(project)), (K, _nilai_kinerja(project))):
        for ind, tahun, value, path, target in rows:
            formula = cp.rumus_indikator(ind, tahun, rumus_negatif)
            masalah = masalah_nilai(ind, formula, value, target)
            if masalah is None:
                continue
            jenis = "target" if target else "realisasi"
            yield diag(
                "LK230",
                f"{jenis} {ind.id} tahun {tahun} ({show(value)}) tidak dapat diukur dengan "
                f"rumus '{formula.value}': {masalah}",
                project.where(file, *path),
                subject=ind.id,
            )


@rule("LK234", "realisasi-beda-turunan", Severity.ERROR)
def check_realisasi_turunan(project: Project) -> Iterable[Diagnostic]:
    """Realisasi yang ditulis berbeda dari hasil pembilang dan penyebutnya

    Realisasi turunan dihitung dari `turunan` (pembilang / penyebut × pengali, dibulatkan ke
    `desimal` angka). Bila tahun yang sama juga ditulis di `nilai`, keduanya harus sama;
    cukup tulis salah satunya.

    Contoh salah:

        - indikator: AKI
          nilai: {2022: 18}
          turunan: {2022: {pembilang: 3, penyebut: 17000, pengali: 100000}}   # = 17,65

    Contoh benar:

        - indikator: AKI
          turunan: {2022: {pembilang: 3, penyebut: 17000, pengali: 100000}}
    """
    for i, row in enumerate(project.kinerja.realisasi):
        for tahun, turunan in row.turunan.items():
            ditulis = row.nilai.get(tahun)
            if ditulis is None:
                continue
            beda = _beda_turunan(ditulis, turunan)
            if beda:
                yield diag(
                    "LK234",
                    f"realisasi {row.indikator} tahun {tahun} {beda}",
                    project.where(K, "realisasi", i, "nilai", tahun),
                    subject=row.indikator,
                )


@rule("LK236", "target-beda-turunan", Severity.ERROR)
def check_target_turunan(project: Project) -> Iterable[Diagnostic]:
    """Target yang ditulis berbeda dari hasil pembilang dan penyebutnya

    Target turunan dihitung dari `target_turunan` indikator Renstra (pembilang / penyebut ×
    pengali, dibulatkan ke `desimal` angka). Bila tahun yang sama juga ditulis di `target`,
    keduanya harus sama; cukup tulis salah satunya.

    Contoh salah:

        - id: AKI
          target: {2022: 21}
          target_turunan: {2022: {pembilang: 3, penyebut: 15000, pengali: 100000}}   # = 20

    Contoh benar:

        - id: AKI
          target: {2021: 22}
          target_turunan: {2022: {pembilang: 3, penyebut: 15000, pengali: 100000}}
    """
    for n, ind in enumerate(project.renstra.indikator):
        for tahun, turunan in ind.target_turunan.items():
            if tahun not in ind.target:
                continue
            ditulis = ind.target[tahun]
            beda = _beda_turunan(ditulis, turunan)
            if beda:
                yield diag(
                    "LK236",
                    f"target {ind.id} tahun {tahun} {beda}",
                    project.where(R, "indikator", n, "target", tahun),
                    subject=ind.id,
                )


def _beda_turunan(ditulis: NilaiData, turunan: Turunan) -> str | None:
    """What a value written beside its pembilang and penyebut gets wrong ("ditulis 21,
    padahal 3 / 15.000 × 100.000 = 20"), or None when it is the computed value."""
    dihitung = tr.nilai(turunan)
    if isinstance(ditulis, Decimal) and ditulis == dihitung:
        return None
    return (
        f"ditulis {show(ditulis)}, padahal {idfmt.angka(turunan.pembilang)} / "
        f"{idfmt.angka(turunan.penyebut)} × {idfmt.angka(turunan.pengali)} = "
        f"{idfmt.angka(dihitung)}"
    )


@rule("LK235", "rincian-tidak-sesuai", Severity.ERROR)
def check_rincian(project: Project) -> Iterable[Diagnostic]:
    """Jumlah atau rata-rata rincian tidak sama dengan realisasi indikator

    Baris `rincian` (per kelurahan, per puskesmas, …) membentuk realisasi tahun laporan:
    jumlahnya (`agregasi: jumlah`) atau rata-ratanya (`agregasi: rata_rata`, dibulatkan ke
    banyak desimal realisasi) harus sama dengan realisasi itu.

    Contoh salah:

        - indikator: KTP
          nilai: {2022: 200}
          rincian:
            judul: Kelurahan
            agregasi: jumlah
            baris: [{nama: Sukajadi, nilai: 120}, {nama: Bintan, nilai: 70}]

    Contoh benar:

        - indikator: KTP
          nilai: {2022: 190}
          rincian:
            judul: Kelurahan
            agregasi: jumlah
            baris: [{nama: Sukajadi, nilai: 120}, {nama: Bintan, nilai: 70}]
    """
    realisasi = realisasi_per_indikator(project)
    for i, row in enumerate(project.kinerja.realisasi):
        if row.rincian is None:
            continue
        nilai = realisasi.get(row.indikator, {}).get(project.tahun)
        if tr.sesuai(row.rincian, nilai) is False:
            cara = {"jumlah": "jumlah", "rata_rata": "rata-rata"}.get(
                row.rincian.agregasi.value, "rasio"
            )
            yield diag(
                "LK235",
                f"{cara} rincian {row.indikator} per {row.rincian.judul.lower()} "
                f"{idfmt.angka(idfmt.bulatkan(tr.agregat(row.rincian), 4).normalize())} tidak sama "
                f"dengan realisasi tahun {project.tahun} {show(nilai)}",
                project.where(K, "realisasi", i, "rincian"),
                subject=row.indikator,
            )
