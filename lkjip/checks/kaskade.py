"""LK231–LK233: the sasaran cascade — every sasaran has its parent one level up."""

from __future__ import annotations

from collections.abc import Iterable

from lkjip.calc import kaskade
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Project
from lkjip.model.renstra import Sasaran

R = "renstra.yaml"


@rule("LK231", "sasaran-tanpa-induk", Severity.ERROR)
def check_sasaran_tanpa_induk(project: Project) -> Iterable[Diagnostic]:
    """Sasaran tanpa induk

    Sasaran tingkat pertama (sasaran strategis) mendukung satu `tujuan`; sasaran di bawahnya
    (sasaran program, sasaran kegiatan) menyebut `induk`, id sasaran yang ada di renstra.yaml.
    Sasaran tanpa induk terlepas dari kaskade dan capaiannya tidak terbaca di tingkat mana pun.

    Contoh salah:

        - {id: SP1, tingkat: program, teks: Meningkatnya layanan administrasi}

    Contoh benar:

        - {id: SP1, tingkat: program, induk: SS1, teks: Meningkatnya layanan administrasi}
    """
    ids = {s.id for s in project.renstra.sasaran}
    for i, s in enumerate(project.renstra.sasaran):
        pertama = kaskade.indeks_tingkat(project, s) == 0
        if pertama and s.tujuan is None and s.induk is None:
            yield diag(
                "LK231",
                f'sasaran "{s.id}" tingkat pertama tidak menyebut `tujuan` yang didukungnya',
                project.where(R, "sasaran", i, "id"),
                subject=s.id,
            )
        elif not pertama and s.induk is None:
            yield diag(
                "LK231",
                f'sasaran "{s.id}" ({kaskade.tingkat_dari(project, s).nama}) tidak menyebut '
                "`induk`, sasaran satu tingkat di atasnya",
                project.where(R, "sasaran", i, "id"),
                subject=s.id,
            )
        elif s.induk is not None and s.induk not in ids:
            yield diag(
                "LK231",
                f'induk "{s.induk}" sasaran "{s.id}" tidak ada di daftar sasaran',
                project.where(R, "sasaran", i, "induk"),
                subject=s.id,
            )


@rule("LK232", "tingkat-terlewati", Severity.ERROR)
def check_tingkat_terlewati(project: Project) -> Iterable[Diagnostic]:
    """Induk sasaran tidak tepat satu tingkat di atasnya

    Kaskade turun satu tingkat setiap kali: sasaran strategis → sasaran program → sasaran
    kegiatan. Sasaran kegiatan yang langsung menginduk ke sasaran strategis melewati satu
    tingkat, dan sasaran yang menginduk ke tingkat yang sama atau lebih rendah membalik
    kaskadenya; keduanya membuat rata-rata per tingkat tidak dapat dibaca.

    Contoh salah:

        - {id: SS1, tujuan: T1, teks: …}
        - {id: SK1, tingkat: kegiatan, induk: SS1, teks: …}

    Contoh benar:

        - {id: SS1, tujuan: T1, teks: …}
        - {id: SP1, tingkat: program, induk: SS1, teks: …}
        - {id: SK1, tingkat: kegiatan, induk: SP1, teks: …}
    """
    by_id: dict[str, Sasaran] = {}
    for s in project.renstra.sasaran:
        by_id.setdefault(s.id, s)
    for i, s in enumerate(project.renstra.sasaran):
        induk = by_id.get(s.induk) if s.induk is not None else None
        if induk is None:
            continue
        anak, atas = kaskade.indeks_tingkat(project, s), kaskade.indeks_tingkat(project, induk)
        if atas != anak - 1:
            yield diag(
                "LK232",
                f'sasaran "{s.id}" ({kaskade.tingkat_dari(project, s).nama}) menginduk ke '
                f'"{induk.id}" ({kaskade.tingkat_dari(project, induk).nama}), bukan ke sasaran '
                "tepat satu tingkat di atasnya",
                project.where(R, "sasaran", i, "induk"),
                subject=s.id,
            )


@rule("LK233", "tingkat-tidak-dikenal", Severity.ERROR)
def check_tingkat_dikenal(project: Project) -> Iterable[Diagnostic]:
    """Tingkat sasaran tidak ada di pengaturan

    `sasaran.tingkat` menyebut id salah satu tingkat di `pengaturan.tingkat_sasaran`
    (lkjip.yaml); bawaannya hanya satu tingkat, `strategis`.

    Contoh salah:

        # lkjip.yaml tanpa pengaturan.tingkat_sasaran
        - {id: SP1, tingkat: program, induk: SS1, teks: …}

    Contoh benar:

        # lkjip.yaml
        pengaturan:
          tingkat_sasaran:
            - {id: strategis, nama: Sasaran Strategis}
            - {id: program, nama: Sasaran Program}
    """
    tingkat = project.laporan.pengaturan.tingkat_sasaran
    known = [t.id for t in tingkat]
    for i, s in enumerate(project.renstra.sasaran):
        if s.tingkat is not None and s.tingkat not in known:
            yield diag(
                "LK233",
                f'tingkat "{s.tingkat}" sasaran "{s.id}" tidak ada di pengaturan.tingkat_sasaran '
                f"({', '.join(known)})",
                project.where(R, "sasaran", i, "tingkat"),
                subject=s.id,
            )
