"""LK315, LK35x: report settings in lkjip.yaml — rating scales and acknowledgements."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from decimal import Decimal

from lkjip import idfmt
from lkjip.checks.registry import rule
from lkjip.diagnostics import CATALOGUE, Diagnostic, Severity, diag
from lkjip.model import Project
from lkjip.model.laporan import Pita, Skala
from lkjip.resources import reference_data

L = "lkjip.yaml"
SKALA_BAWAAN = ("permendagri86", "lan2003")


def known_scales() -> set[str]:
    """Built-in scale names: the documented ones plus any in data/skala.yaml."""
    names = set(SKALA_BAWAAN)
    data = reference_data("skala.yaml") or {}
    if isinstance(data, dict):
        items = data.get("skala", data)
        if isinstance(items, dict):
            names.update(str(k) for k in items)
        elif isinstance(items, list):
            names.update(str(i.get("id", i.get("nama"))) for i in items if isinstance(i, dict))
    return names


@rule("LK351", "skala-tidak-dikenal", Severity.ERROR)
def check_skala(project: Project) -> Iterable[Diagnostic]:
    """Nama skala kategori capaian tidak dikenal

    `pengaturan.skala` berisi nama skala bawaan (`permendagri86`, `lan2003`) atau skala
    sendiri dengan `nama` dan `pita`. Nama lain tidak dapat dipakai untuk memberi kategori.

    Contoh salah:

        pengaturan:
          skala: permendagri_86

    Contoh benar:

        pengaturan:
          skala: permendagri86
    """
    skala = project.laporan.pengaturan.skala
    if isinstance(skala, str):
        known = known_scales()
        if skala not in known:
            yield diag(
                "LK351",
                f'skala "{skala}" tidak dikenal; pilih {", ".join(sorted(known))} atau tulis '
                "skala sendiri (nama, pita)",
                project.where(L, "pengaturan", "skala"),
                subject=skala,
            )


@rule("LK352", "skala-pita", Severity.ERROR)
def check_skala_pita(project: Project) -> Iterable[Diagnostic]:
    """Pita skala sendiri tidak urut dari yang tertinggi

    Pita skala sendiri yang hanya memakai `min` ditulis urut menurun menurut `min` (pita
    tertinggi lebih dulu), tanpa batas bawah yang sama dua kali; capaian masuk ke pita pertama
    yang `min`-nya terlampaui. (Pita yang ditulis dengan `max` dibaca apa adanya; lihat LK315.)

    Contoh salah:

        skala:
          nama: Skala Kota
          pita: [{min: 76, kategori: Tinggi}, {min: 91, kategori: Sangat Tinggi}]

    Contoh benar:

        skala:
          nama: Skala Kota
          pita: [{min: 91, kategori: Sangat Tinggi}, {min: 76, kategori: Tinggi}]
    """
    skala = project.laporan.pengaturan.skala
    if isinstance(skala, str) or skala.eksplisit:
        return  # a scale written with bounds is read as written; LK315 checks its bands
    for i in range(1, len(skala.pita)):
        before, band = skala.pita[i - 1], skala.pita[i]
        if band.min is not None and before.min is not None and band.min >= before.min:
            yield diag(
                "LK352",
                f'pita "{band.kategori}" (min {band.min}) tidak lebih rendah dari pita '
                f'sebelumnya "{before.kategori}" (min {before.min})',
                project.where(L, "pengaturan", "skala", "pita", i, "min"),
                subject=band.kategori,
            )


def _batas_bawah(pita: Pita) -> tuple[int, Decimal]:
    """Sort key of a band by its lower bound; an open lower bound comes first."""
    return (0, Decimal(0)) if pita.min is None else (1, pita.min)


def celah_tumpang(pita: list[Pita]) -> Iterator[tuple[Pita, Pita, str]]:
    """(lower band, upper band, "bercelah" | "bertumpang tindih") of each pair of neighbouring bands
    (by lower bound) that leaves values uncovered between them or covers some twice."""
    urut = sorted(pita, key=_batas_bawah)
    for bawah, atas in itertools.pairwise(urut):
        if bawah.max is None or atas.min is None:
            yield bawah, atas, "bertumpang tindih"  # an open side reaches into the other band
        elif bawah.max < atas.min or (
            bawah.max == atas.min and not (bawah.max_inklusif or atas.min_inklusif)
        ):
            yield bawah, atas, "bercelah"
        elif bawah.max > atas.min or (bawah.max_inklusif and atas.min_inklusif):
            yield bawah, atas, "bertumpang tindih"


def _skala_berbatas(project: Project) -> Iterator[tuple[str, Skala]]:
    """(settings key, scale) of each declared scale written with bounds."""
    p = project.laporan.pengaturan
    for kunci, skala in (("skala", p.skala), ("skala_serapan", p.skala_serapan)):
        if isinstance(skala, Skala) and skala.eksplisit:
            yield kunci, skala


def _batas(pita: Pita) -> str:
    """A band's bounds as written: "[85, 100)", "(−, 85)"."""
    if pita.min is None:
        kiri = "(−"
    else:
        kiri = ("[" if pita.min_inklusif else "(") + idfmt.angka(pita.min)
    if pita.max is None:
        kanan = "+)"
    else:
        kanan = idfmt.angka(pita.max) + ("]" if pita.max_inklusif else ")")
    return f"{kiri}, {kanan}"


@rule("LK315", "pita-celah-tumpang", Severity.WARNING)
def check_pita_celah_tumpang(project: Project) -> Iterable[Diagnostic]:
    """Pita skala berbatas bercelah atau bertumpang tindih

    Pita yang ditulis dengan `max` (atau tanpa `min`) dibaca apa adanya: nilai di celah antara
    dua pita tidak mendapat kategori, dan nilai di bagian yang tumpang tindih mendapat kategori
    pita yang ditulis lebih dulu. Keduanya biasanya salah ketik batas atau tanda inklusif.
    Pita yang memang bercelah (mis. kelas laporan dengan jeda) boleh diakui dengan `pengakuan`
    (kode LK315, butir = nama skala).

    Contoh salah:

        skala:
          nama: Skala Dinas
          pita:
            - {min: 90, kategori: Baik}
            - {min: 70, max: 85, kategori: Cukup}

    Contoh benar:

        skala:
          nama: Skala Dinas
          pita:
            - {min: 85, kategori: Baik}
            - {min: 70, max: 85, kategori: Cukup}
    """
    for kunci, skala in _skala_berbatas(project):
        for bawah, atas, jenis in celah_tumpang(skala.pita):
            yield diag(
                "LK315",
                f'pita "{bawah.kategori}" {_batas(bawah)} dan "{atas.kategori}" {_batas(atas)} '
                f'pada skala "{skala.nama}" {jenis}',
                project.where(L, "pengaturan", kunci, "pita", skala.pita.index(atas)),
                subject=skala.nama,
            )


@rule("LK353", "pengakuan-kode-tidak-dikenal", Severity.ERROR)
def check_pengakuan_kode(project: Project) -> Iterable[Diagnostic]:
    """Pengakuan menyebut kode diagnostik yang tidak ada

    `pengakuan` mengakui peringatan (mis. LK303 selisih anggaran PK dan DPA) dengan kode yang
    terdaftar (`lkjip rules`); kode yang salah tulis tidak pernah cocok dengan temuan apa pun.

    Contoh salah:

        pengakuan:
          - {kode: LK999, butir: 7.01.02, alasan: …}

    Contoh benar:

        pengakuan:
          - {kode: LK303, butir: 7.01.02, alasan: PK ditandatangani sebelum pergeseran anggaran}
    """
    for i, p in enumerate(project.laporan.pengakuan):
        info = CATALOGUE.get(p.kode)
        if info is None:
            yield diag(
                "LK353",
                f'pengakuan menyebut kode "{p.kode}" yang tidak dikenal (lihat `lkjip rules`)',
                project.where(L, "pengakuan", i, "kode"),
                subject=p.kode,
            )
