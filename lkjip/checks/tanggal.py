"""LK33x: dates — when the report, the PK, the RKT and the quarterly evaluations are signed."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from lkjip import idfmt
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Project
from lkjip.model.kinerja import JenisPk

K, L = "kinerja.yaml", "lkjip.yaml"
TW = ("I", "II", "III", "IV")


@rule("LK331", "tanggal-laporan", Severity.ERROR)
def check_tanggal_laporan(project: Project) -> Iterable[Diagnostic]:
    """Laporan tahun N tidak ditandatangani pada awal tahun N+1

    LKjIP perangkat daerah untuk tahun anggaran N disampaikan paling lambat dua bulan setelah
    tahun anggaran berakhir, jadi ditandatangani antara 1 Januari dan akhir Februari N+1
    (batas bulan dapat diatur dengan `pengaturan.toleransi_tanggal_laporan_bulan`). Seed E31:
    laporan 2022 bertanggal "Januari 2022".

    Contoh salah:

        tahun: 2022
        penandatanganan: {tempat: Dumai, tanggal: 2022-01-31}

    Contoh benar:

        tahun: 2022
        penandatanganan: {tempat: Dumai, tanggal: 2023-01-31}
    """
    tanggal = project.laporan.penandatanganan.tanggal
    n = project.tahun
    bulan = project.laporan.pengaturan.toleransi_tanggal_laporan_bulan
    awal = dt.date(n + 1, 1, 1)
    akhir = dt.date(n + 1, bulan, calendar.monthrange(n + 1, bulan)[1])
    if not awal <= tanggal <= akhir:
        yield diag(
            "LK331",
            f"laporan tahun {n} ditandatangani {idfmt.tanggal(tanggal)}, di luar "
            f"{idfmt.tanggal(awal)}–{idfmt.tanggal(akhir)}",
            project.where(L, "penandatanganan", "tanggal"),
            subject=f"laporan {n}",
        )


@rule("LK332", "tanggal-evaluasi", Severity.ERROR)
def check_tanggal_evaluasi(project: Project) -> Iterable[Diagnostic]:
    """Evaluasi triwulan bertanggal sebelum triwulan yang dievaluasi berakhir

    Evaluasi berkala Rencana Aksi hanya dapat ditandatangani setelah triwulan yang
    dilaporkannya berakhir (TW I 31 Maret, TW II 30 Juni, TW III 30 September, TW IV 31
    Desember). Seed E33: evaluasi bertanggal 07 Oktober 2022 memuat TW IV.

    Contoh salah:

        evaluasi:
          - {triwulan: 4, tempat: Dumai, tanggal: 2022-10-07}

    Contoh benar:

        evaluasi:
          - {triwulan: 3, tempat: Dumai, tanggal: 2022-10-07}
          - {triwulan: 4, tempat: Dumai, tanggal: 2023-01-10}
    """
    ra = project.kinerja.rencana_aksi
    if ra is None:
        return
    for i, ev in enumerate(ra.evaluasi):
        bulan = ev.triwulan * 3
        akhir = dt.date(ra.tahun, bulan, calendar.monthrange(ra.tahun, bulan)[1])
        if ev.tanggal < akhir:
            yield diag(
                "LK332",
                f"evaluasi TW {TW[ev.triwulan - 1]} {ra.tahun} bertanggal "
                f"{idfmt.tanggal(ev.tanggal)}, sebelum triwulan itu berakhir "
                f"({idfmt.tanggal(akhir)})",
                project.where(K, "rencana_aksi", "evaluasi", i, "tanggal"),
                subject=f"TW {TW[ev.triwulan - 1]}",
            )


@rule("LK333", "tanggal-pk-perubahan", Severity.ERROR)
def check_tanggal_pk_perubahan(project: Project) -> Iterable[Diagnostic]:
    """PK Perubahan bertanggal sebelum PK murni

    Perubahan Perjanjian Kinerja (mis. setelah APBD-Perubahan) ditandatangani sesudah PK
    murni tahun yang sama; tanggal yang lebih awal berarti salah satu tanggal keliru, dan
    laporan akan memakai PK yang salah sebagai PK terakhir.

    Contoh salah:

        perjanjian_kinerja:
          - {jenis: murni, tanggal: 2022-10-07, …}
          - {jenis: perubahan, tanggal: 2022-01-10, …}

    Contoh benar:

        perjanjian_kinerja:
          - {jenis: murni, tanggal: 2022-01-10, …}
          - {jenis: perubahan, tanggal: 2022-10-07, …}
    """
    pks = project.kinerja.perjanjian_kinerja
    murni = [pk for pk in pks if pk.jenis is JenisPk.MURNI]
    if not murni:
        return
    awal = min(pk.tanggal for pk in murni)
    for p, pk in enumerate(pks):
        if pk.jenis is JenisPk.PERUBAHAN and pk.tanggal < awal:
            yield diag(
                "LK333",
                f"PK perubahan bertanggal {idfmt.tanggal(pk.tanggal)}, sebelum PK murni "
                f"({idfmt.tanggal(awal)})",
                project.where(K, "perjanjian_kinerja", p, "tanggal"),
                subject="PK perubahan",
            )


@rule("LK334", "tanggal-rkt", Severity.WARNING)
def check_tanggal_rkt(project: Project) -> Iterable[Diagnostic]:
    """RKT bertanggal setelah tahunnya dimulai

    Rencana Kinerja Tahunan disusun sebelum tahun yang direncanakan (bersama Renja); RKT
    bertanggal di dalam atau sesudah tahunnya menandakan dokumen yang disusun belakangan atau
    tanggal yang salah (seed E32: RKT ditandatangani 07 Oktober 2022).

    Contoh salah:

        rkt: {tahun: 2022, tempat: Dumai, tanggal: 2022-10-07, target: […]}

    Contoh benar:

        rkt: {tahun: 2022, tempat: Dumai, tanggal: 2021-12-30, target: […]}
    """
    rkt = project.kinerja.rkt
    if rkt.tanggal is not None and rkt.tanggal > dt.date(rkt.tahun, 1, 1):
        yield diag(
            "LK334",
            f"RKT {rkt.tahun} bertanggal {idfmt.tanggal(rkt.tanggal)}, setelah tahun "
            f"{rkt.tahun} dimulai",
            project.where(K, "rkt", "tanggal"),
            subject=f"RKT {rkt.tahun}",
        )
