"""LK35x: report settings in lkjip.yaml — rating scale and acknowledgements."""

from __future__ import annotations

from collections.abc import Iterable

from lkjip.checks.registry import rule
from lkjip.diagnostics import CATALOGUE, Diagnostic, Severity, diag
from lkjip.model import Project
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

    Pita skala sendiri ditulis urut menurun menurut `min` (pita tertinggi lebih dulu), tanpa
    batas bawah yang sama dua kali; capaian masuk ke pita pertama yang `min`-nya terlampaui.

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
    if isinstance(skala, str):
        return
    for i in range(1, len(skala.pita)):
        before, band = skala.pita[i - 1], skala.pita[i]
        if band.min >= before.min:
            yield diag(
                "LK352",
                f'pita "{band.kategori}" (min {band.min}) tidak lebih rendah dari pita '
                f'sebelumnya "{before.kategori}" (min {before.min})',
                project.where(L, "pengaturan", "skala", "pita", i, "min"),
                subject=band.kategori,
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
