"""LK31x: targets and years — PK/RKT against the Renstra, one report year everywhere."""

from __future__ import annotations

from collections.abc import Iterable

from lkjip.calc import capaian as cp
from lkjip.calc import turunan as tr
from lkjip.calc.rumus import Rumus
from lkjip.checks._util import num, same, show, target_rows
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Indikator, Project

K, R, L, A = "kinerja.yaml", "renstra.yaml", "lkjip.yaml", "anggaran.yaml"


@rule("LK311", "target-beda-renstra", Severity.WARNING)
def check_target_beda_renstra(project: Project) -> Iterable[Diagnostic]:
    """Target RKT atau PK berbeda dari target Renstra tahun itu

    RKT dan PK menjabarkan target Renstra untuk tahun berjalan. Target yang berbeda bisa sah
    (Renstra direviu, PK Perubahan), tetapi harus disadari; akui dengan `pengakuan` (kode
    LK311, butir = id indikator) atau samakan angkanya.

    Contoh salah:

        # renstra.yaml: IKM target {2022: 87}
        rkt:
          target: [{indikator: IKM, target: 80}]

    Contoh benar:

        rkt:
          target: [{indikator: IKM, target: 87}]
    """
    for label, tahun, base, targets in target_rows(project):
        for i, t in enumerate(targets):
            ind = project.indikator(t.indikator)
            renstra_tahun = {} if ind is None else tr.target_per_tahun(ind)
            if tahun not in renstra_tahun:
                continue
            renstra = renstra_tahun[tahun]
            if not same(t.target, renstra):
                yield diag(
                    "LK311",
                    f"target {t.indikator} di {label} {show(t.target)} berbeda dari target "
                    f"Renstra tahun {tahun} {show(renstra)}",
                    project.where(K, *base, i, "target"),
                    subject=t.indikator,
                )


@rule("LK312", "tahun-dokumen", Severity.ERROR)
def check_tahun_dokumen(project: Project) -> Iterable[Diagnostic]:
    """Tahun dokumen berbeda dari tahun laporan

    Laporan tahun N memakai RKT, PK dan Rencana Aksi tahun N; `tahun` di kinerja.yaml dan
    anggaran.yaml juga harus sama dengan `tahun` di lkjip.yaml (seed E32: lampiran RKT
    bertuliskan "Target Tahunan 2021" di laporan 2022).

    Contoh salah:

        # lkjip.yaml: tahun: 2022
        rkt:
          tahun: 2021

    Contoh benar:

        rkt:
          tahun: 2022
    """
    n = project.tahun
    k = project.kinerja
    checks: list[tuple[str, int, str, tuple[str | int, ...]]] = [
        ("kinerja.yaml", k.tahun, K, ("tahun",)),
        ("anggaran.yaml", project.anggaran.tahun, A, ("tahun",)),
        ("RKT", k.rkt.tahun, K, ("rkt", "tahun")),
    ]
    checks += [
        (f"PK {pk.jenis.value}", pk.tahun, K, ("perjanjian_kinerja", p, "tahun"))
        for p, pk in enumerate(k.perjanjian_kinerja)
    ]
    if k.rencana_aksi is not None:
        checks.append(("Rencana Aksi", k.rencana_aksi.tahun, K, ("rencana_aksi", "tahun")))
    for label, tahun, file, path in checks:
        if tahun != n:
            yield diag(
                "LK312",
                f"tahun {label} {tahun} berbeda dari tahun laporan {n} (lkjip.yaml)",
                project.where(file, *path),
                subject=label,
            )


@rule("LK313", "target-nol-positif", Severity.WARNING)
def check_target_nol_positif(project: Project) -> Iterable[Diagnostic]:
    """Target 0 pada indikator berpolaritas positif

    Capaian indikator positif (rumus `positif`, dinyatakan atau menurut polaritas) adalah
    realisasi / target × 100; dengan target 0 capaian tidak dapat dihitung (dicetak "–"
    dengan alasannya). Periksa apakah target salah ketik atau polaritasnya sebenarnya negatif
    (target nol toleransi: realisasi 0 → 100, realisasi di atas 0 → 0).

    Contoh salah:

        - {id: PENGADUAN, polaritas: positif, target: {2022: 0}, …}

    Contoh benar:

        - {id: PENGADUAN, polaritas: negatif, target: {2022: 0}, …}
    """

    def positif(ind: Indikator | None, tahun: int) -> bool:
        rumus_negatif = project.laporan.pengaturan.rumus_negatif
        return ind is not None and cp.rumus_indikator(ind, tahun, rumus_negatif) is Rumus.POSITIF

    for n, ind in enumerate(project.renstra.indikator):
        # a target written, or derived from pembilang 0 (`target_turunan`)
        for tahun, value in tr.target_per_tahun(ind).items():
            if positif(ind, tahun) and num(value) == 0:
                key = "target" if tahun in ind.target else "target_turunan"
                yield diag(
                    "LK313",
                    f"target Renstra {ind.id} tahun {tahun} bernilai 0 padahal polaritasnya "
                    "positif; capaian tidak dapat dihitung",
                    project.where(R, "indikator", n, key, tahun),
                    subject=ind.id,
                )
    for label, tahun, base, targets in target_rows(project):
        for i, t in enumerate(targets):
            if positif(project.indikator(t.indikator), tahun) and num(t.target) == 0:
                yield diag(
                    "LK313",
                    f"target {t.indikator} di {label} bernilai 0 padahal polaritasnya positif; "
                    "capaian tidak dapat dihitung",
                    project.where(K, *base, i, "target"),
                    subject=t.indikator,
                )


@rule("LK314", "tahun-di-luar-renstra", Severity.ERROR)
def check_tahun_di_luar_renstra(project: Project) -> Iterable[Diagnostic]:
    """Tahun laporan di luar periode Renstra

    Laporan tahun N diukur terhadap Renstra yang periodenya memuat N; Renstra lain berarti
    data Renstra yang salah dipakai.

    Contoh salah:

        # lkjip.yaml: tahun: 2022
        periode: {awal: 2016, akhir: 2021}

    Contoh benar:

        periode: {awal: 2021, akhir: 2026}
    """
    periode = project.renstra.periode
    if not periode.awal <= project.tahun <= periode.akhir:
        yield diag(
            "LK314",
            f"tahun laporan {project.tahun} di luar periode Renstra {periode.awal}–{periode.akhir}",
            project.where(R, "periode"),
            subject=str(project.tahun),
        )
