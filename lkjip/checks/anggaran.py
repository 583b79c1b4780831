"""LK30x: budget — realisasi within pagu, declared totals equal to their parts, PK = DPA."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from lkjip.checks._util import iter_nodes, normal_kode, pk_index, pk_label, rp
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Kegiatan, Program, Project

A, K = "anggaran.yaml", "kinerja.yaml"


def _keg_pagu(k: Kegiatan) -> Decimal | None:
    if k.sub_kegiatan:
        return sum((s.pagu for s in k.sub_kegiatan), Decimal(0))
    return k.pagu


def _sum_all(values: list[Decimal | None]) -> Decimal | None:
    """The sum of the values, or None when any of them is missing."""
    present = [v for v in values if v is not None]
    if len(present) != len(values):
        return None
    return sum(present, Decimal(0))


def _keg_realisasi(k: Kegiatan) -> Decimal | None:
    if k.sub_kegiatan:
        total = _sum_all([s.realisasi for s in k.sub_kegiatan])
        return k.realisasi if total is None else total
    return k.realisasi


def _prog_pagu(p: Program) -> Decimal | None:
    total = _sum_all([_keg_pagu(k) for k in p.kegiatan])
    return p.pagu if total is None else total


def _prog_realisasi(p: Program) -> Decimal | None:
    total = _sum_all([_keg_realisasi(k) for k in p.kegiatan])
    return p.realisasi if total is None else total


def _effective(level: str, node: Any) -> tuple[Decimal | None, Decimal | None]:
    if level == "program":
        return _prog_pagu(node), _prog_realisasi(node)
    if level == "kegiatan":
        return _keg_pagu(node), _keg_realisasi(node)
    return node.pagu, node.realisasi


@rule("LK301", "realisasi-melebihi-pagu", Severity.ERROR)
def check_realisasi_melebihi_pagu(project: Project) -> Iterable[Diagnostic]:
    """Realisasi anggaran melebihi pagu

    Belanja tidak boleh melampaui pagu DPA, di tingkat sub kegiatan, kegiatan maupun program
    (jumlah dihitung dari rinciannya bila ada). Realisasi di atas pagu biasanya berarti pagu
    dan realisasi tertukar (seed E05) atau salah ketik.

    Contoh salah:

        - {kode: 7.01.05.2.01, nama: …, pagu: 99617204, realisasi: 99617240}

    Contoh benar:

        - {kode: 7.01.05.2.01, nama: …, pagu: 99617204, realisasi: 99617204}
    """
    for level, node, path in iter_nodes(project):
        # A parent's sums cannot exceed unless a child does, so parents are checked only on
        # their declared realisasi (against the declared pagu, else the sum of the children).
        parent = level == "program" or (level == "kegiatan" and node.sub_kegiatan)
        pagu = node.pagu if node.pagu is not None else _effective(level, node)[0]
        realisasi = node.realisasi if parent else _effective(level, node)[1]
        if pagu is None or realisasi is None or realisasi <= pagu:
            continue
        yield diag(
            "LK301",
            f"realisasi {level} {node.kode} {rp(realisasi)} melebihi pagu {rp(pagu)} "
            f"(selisih {rp(realisasi - pagu)})",
            project.where(A, *path, "realisasi"),
            subject=node.kode,
        )


@rule("LK302", "jumlah-tidak-sesuai", Severity.ERROR)
def check_jumlah_tidak_sesuai(project: Project) -> Iterable[Diagnostic]:
    """Jumlah yang ditulis tidak sama dengan jumlah rinciannya

    `pagu`/`realisasi` yang ditulis pada program harus sama dengan jumlah kegiatannya, dan pada
    kegiatan yang mempunyai sub kegiatan harus sama dengan jumlah sub kegiatannya. Laporan
    mencetak jumlah hasil hitungan; angka tertulis yang berbeda berarti salah satu keliru.

    Contoh salah:

        - kode: 7.01.04
          pagu: 104800000
          kegiatan:
            - {kode: 7.01.04.2.01, nama: …, pagu: 4800000}
            - {kode: 7.01.04.2.02, nama: …, pagu: 91809900}

    Contoh benar:

        - kode: 7.01.04
          pagu: 104800000
          kegiatan:
            - {kode: 7.01.04.2.01, nama: …, pagu: 4800000}
            - {kode: 7.01.04.2.02, nama: …, pagu: 100000000}
    """
    for level, node, path in iter_nodes(project):
        if level == "sub kegiatan":
            continue
        if level == "kegiatan" and not node.sub_kegiatan:
            continue
        if level == "program" and not node.kegiatan:
            continue  # detail stops at the program: its own figures are the figures
        children = "sub kegiatan" if level == "kegiatan" else "kegiatan"
        if level == "program":
            sums = (
                _sum_all([_keg_pagu(k) for k in node.kegiatan]),
                _sum_all([_keg_realisasi(k) for k in node.kegiatan]),
            )
        else:
            sums = (
                _sum_all([s.pagu for s in node.sub_kegiatan]),
                _sum_all([s.realisasi for s in node.sub_kegiatan]),
            )
        for field, declared, total in (
            ("pagu", node.pagu, sums[0]),
            ("realisasi", node.realisasi, sums[1]),
        ):
            if declared is None or total is None or declared == total:
                continue
            yield diag(
                "LK302",
                f"{field} {level} {node.kode} tertulis {rp(declared)}, tetapi jumlah {children}nya "
                f"{rp(total)} (selisih {rp(abs(declared - total))})",
                project.where(A, *path, field),
                subject=node.kode,
            )


@rule("LK303", "anggaran-pk-beda-dpa", Severity.WARNING)
def check_anggaran_pk_beda_dpa(project: Project) -> Iterable[Diagnostic]:
    """Anggaran di Perjanjian Kinerja berbeda dari pagu DPA

    Anggaran program/kegiatan di PK yang berlaku (yang terakhir) dibandingkan dengan pagu di
    anggaran.yaml. Selisih bisa benar adanya (PK ditandatangani sebelum pergeseran anggaran),
    tetapi harus disadari: akui di lkjip.yaml dengan `pengakuan` (kode LK303, butir = kode
    program/kegiatan) beserta alasannya, atau perbaiki angkanya (seed E07: selisih Rp15.000 pada
    7.01.02 dan 7.01.02.2.04).

    Contoh salah:

        # anggaran.yaml: 7.01.02 pagu 67485922
        anggaran:
          - {program: 7.01.02, pagu: 67500922}

    Contoh benar:

        anggaran:
          - {program: 7.01.02, pagu: 67485922}
        # atau, bila selisih itu benar, di lkjip.yaml:
        pengakuan:
          - {kode: LK303, butir: 7.01.02, alasan: PK ditandatangani sebelum pergeseran}
    """
    pagu: dict[str, tuple[str, Decimal | None]] = {}
    for level, node, _path in iter_nodes(project):
        pagu[normal_kode(node.kode)] = (level, _effective(level, node)[0])
    p_i = pk_index(project)
    pk = project.pk
    for i, ap in enumerate(pk.anggaran):
        rows: list[tuple[str, Decimal, tuple[str | int, ...]]] = [
            (ap.program, ap.pagu, ("anggaran", i, "pagu"))
        ]
        rows += [
            (ak.kode, ak.pagu, ("anggaran", i, "kegiatan", j, "pagu"))
            for j, ak in enumerate(ap.kegiatan)
        ]
        for kode, nilai, path in rows:
            found = pagu.get(normal_kode(kode))
            if found is None:
                continue
            level, dpa = found
            if dpa is None or dpa == nilai:
                continue
            beda = nilai - dpa
            arah = "lebih besar" if beda > 0 else "lebih kecil"
            yield diag(
                "LK303",
                f"anggaran {level} {kode} di PK {pk.jenis.value} {rp(nilai)} {arah} "
                f"{rp(abs(beda))} dari pagu di anggaran.yaml ({project.dokumen_anggaran}) "
                f"{rp(dpa)}",
                project.where(K, "perjanjian_kinerja", p_i, *path),
                hint=f"perbaiki angkanya, atau akui di lkjip.yaml: pengakuan: "
                f"[{{kode: LK303, butir: '{kode}', alasan: …}}]",
                subject=kode,
            )


@rule("LK304", "jumlah-pk-tidak-sesuai", Severity.ERROR)
def check_jumlah_pk(project: Project) -> Iterable[Diagnostic]:
    """Jumlah anggaran PK tidak sama dengan jumlah programnya

    "Jumlah Anggaran" yang tertulis di PK (`jumlah`) harus sama dengan jumlah anggaran program
    di PK itu, dan anggaran program yang dirinci per kegiatan harus sama dengan jumlah
    kegiatannya.

    Contoh salah:

        anggaran:
          - {program: 7.01.02, pagu: 67500922}
          - {program: 7.01.04, pagu: 104800000}
        jumlah: 172285922

    Contoh benar:

        anggaran:
          - {program: 7.01.02, pagu: 67500922}
          - {program: 7.01.04, pagu: 104800000}
        jumlah: 172300922
    """
    for p_i, pk in enumerate(project.kinerja.perjanjian_kinerja):
        base = ("perjanjian_kinerja", p_i)
        label = pk_label(pk)
        total = sum((ap.pagu for ap in pk.anggaran), Decimal(0))
        if pk.jumlah is not None and pk.anggaran and pk.jumlah != total:
            yield diag(
                "LK304",
                f"jumlah anggaran {label} tertulis {rp(pk.jumlah)}, tetapi jumlah programnya "
                f"{rp(total)} (selisih {rp(abs(pk.jumlah - total))})",
                project.where(K, *base, "jumlah"),
                subject=label,
            )
        for i, ap in enumerate(pk.anggaran):
            if not ap.kegiatan:
                continue
            sub = sum((ak.pagu for ak in ap.kegiatan), Decimal(0))
            if sub != ap.pagu:
                yield diag(
                    "LK304",
                    f"anggaran program {ap.program} di {label} tertulis {rp(ap.pagu)}, tetapi "
                    f"jumlah kegiatannya {rp(sub)} (selisih {rp(abs(ap.pagu - sub))})",
                    project.where(K, *base, "anggaran", i, "pagu"),
                    subject=ap.program,
                )


@rule("LK305", "pagu-kosong", Severity.ERROR)
def check_pagu_kosong(project: Project) -> Iterable[Diagnostic]:
    """Kegiatan tanpa pagu dan tanpa sub kegiatan

    Pagu kegiatan ditulis langsung (`pagu`) atau dihitung dari sub kegiatannya. Kegiatan yang
    tidak mempunyai keduanya tidak dapat dijumlahkan ke program dan instansi. Demikian pula
    program yang rinciannya berhenti di program (tanpa kegiatan) harus menulis pagunya.

    Contoh salah:

        - {kode: 7.01.05.2.01, nama: Penyelenggaraan Urusan Pemerintahan Umum …}

    Contoh benar:

        - {kode: 7.01.05.2.01, nama: Penyelenggaraan Urusan Pemerintahan Umum …, pagu: 99617204}
    """
    for level, node, path in iter_nodes(project):
        if level == "kegiatan" and node.pagu is None and not node.sub_kegiatan:
            yield diag(
                "LK305",
                f"kegiatan {node.kode} tidak mempunyai pagu maupun sub kegiatan",
                project.where(A, *path, "kode"),
                subject=node.kode,
            )
        elif level == "program" and node.pagu is None and not node.kegiatan:
            yield diag(
                "LK305",
                f"program {node.kode} tidak mempunyai pagu maupun kegiatan",
                project.where(A, *path, "kode"),
                subject=node.kode,
            )


@rule("LK306", "realisasi-anggaran-kosong", Severity.WARNING)
def check_realisasi_anggaran_kosong(project: Project) -> Iterable[Diagnostic]:
    """Realisasi anggaran belum diisi

    Laporan tahunan membutuhkan realisasi setiap kegiatan (atau setiap sub kegiatannya). Tanpa
    realisasi, penyerapan program, sasaran dan OPD tidak dapat dihitung dan dicetak "–".

    Contoh salah:

        - {kode: 7.01.05.2.01, nama: …, pagu: 99617204}

    Contoh benar:

        - {kode: 7.01.05.2.01, nama: …, pagu: 99617204, realisasi: 99617204}
    """
    for level, node, path in iter_nodes(project):
        if level == "program" and not node.kegiatan and node.realisasi is None:
            yield diag(
                "LK306",
                f"program {node.kode} belum mempunyai realisasi anggaran",
                project.where(A, *path, "kode"),
                subject=node.kode,
            )
        if level != "kegiatan":
            continue
        if node.realisasi is None and _keg_realisasi(node) is None:
            yield diag(
                "LK306",
                f"kegiatan {node.kode} belum mempunyai realisasi anggaran",
                project.where(A, *path, "kode"),
                subject=node.kode,
            )
