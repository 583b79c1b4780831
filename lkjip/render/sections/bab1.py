"""BAB I PENDAHULUAN: latar belakang, maksud dan tujuan, isu strategis, struktur organisasi,
dasar hukum and the generated Sistematika Penyajian."""

from __future__ import annotations

from collections.abc import Callable

from lkjip.calc import kaskade
from lkjip.model.profil import UnitOrganisasi
from lkjip.render.blocks import Run
from lkjip.render.filters import bilangan
from lkjip.render.markdown import ListBlock, ListItem
from lkjip.render.sections import bab2, bab3, bab4, lampiran
from lkjip.render.sections.base import Ctx, gambar, write_list

JUDUL = "Pendahuluan"


def subbab(ctx: Ctx) -> list[tuple[str, Callable[[Ctx], None]]]:
    parts: list[tuple[str, Callable[[Ctx], None]]] = [
        ("Latar Belakang", lambda c: c.write_narasi("latar_belakang")),
        ("Maksud dan Tujuan", lambda c: c.write_narasi("maksud_tujuan")),
        ("Isu Strategis", _isu_strategis),
        ("Struktur Organisasi", _struktur),
    ]
    if ctx.project.profil is not None and ctx.project.profil.dasar_hukum:
        parts.append(("Dasar Hukum", _dasar_hukum))
    parts.append(("Sistematika Penyajian", _sistematika))
    return parts


def tulis(ctx: Ctx) -> None:
    ctx.chapter(1, JUDUL)
    for judul, isi in subbab(ctx):
        ctx.subheading(judul)
        isi(ctx)


def _isu_strategis(ctx: Ctx) -> None:
    ctx.write_narasi("isu_strategis")
    profil = ctx.project.profil
    if profil is not None:
        ctx.list(profil.isu_strategis)


def _units(units: list[UnitOrganisasi], level: int = 0) -> ListBlock:
    """Units as a numbered list, their sub-units lettered (a., b., …)."""
    return ListBlock(
        items=[ListItem([Run(u.nama)], _units(u.sub, level + 1) if u.sub else None) for u in units],
        numbered=True,
        letter=level > 0,
    )


def _struktur(ctx: Ctx) -> None:
    ctx.write_narasi("struktur_organisasi")
    profil = ctx.project.profil
    if profil is None:
        return
    if profil.struktur_organisasi:
        dasar = f"Berdasarkan {profil.dasar_struktur}, s" if profil.dasar_struktur else "S"
        ctx.paragraph(f"{dasar}usunan organisasi {ctx.nama} terdiri atas:")
        for struktur in profil.struktur_organisasi:
            if len(profil.struktur_organisasi) > 1:
                ctx.runin(f"{struktur.nama}:")
            write_list(ctx.writer, _units(struktur.unit))
    if profil.sdm:
        total = sum(s.jumlah for s in profil.sdm)
        ctx.paragraph(
            f"Dalam melaksanakan tugas dan fungsinya, {ctx.nama} didukung oleh sumber daya "
            f"manusia sebanyak {bilangan(total)} orang, terdiri atas:",
            keep_with_next=True,
        )
        ctx.list([f"{s.uraian}: {bilangan(s.jumlah)} orang" for s in profil.sdm], False)
    if profil.struktur_organisasi:
        ctx.paragraph("Bagan organisasi disajikan pada gambar berikut.", keep_with_next=True)
    for struktur in profil.struktur_organisasi:
        path = gambar(ctx.project, struktur.bagan)
        judul = struktur.judul_bagan or f"Bagan Organisasi {struktur.nama} {ctx.nama}"
        if path is not None:
            ctx.image(1, judul, path, width_cm=15.0)
        else:  # no picture supplied: the chart is drawn from the structure itself
            ctx.org_chart(1, judul, struktur)


def _dasar_hukum(ctx: Ctx) -> None:
    profil = ctx.project.profil
    ctx.paragraph(
        f"Dasar hukum penyusunan Laporan Kinerja {ctx.nama} Tahun {ctx.tahun} adalah:",
        keep_with_next=True,
    )
    ctx.list(profil.dasar_hukum if profil else [])


def _sistematika(ctx: Ctx) -> None:
    ctx.paragraph(
        "Sistematika penyajian Laporan Kinerja ini berpedoman pada Peraturan Menteri "
        "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
        "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan "
        "Kinerja Instansi Pemerintah, sebagai berikut:",
        keep_with_next=True,
    )
    ctx.runin(
        "Ikhtisar Eksekutif",
        "menyajikan ringkasan tujuan dan sasaran yang ingin dicapai, capaian kinerja dan "
        "realisasi anggaran, serta kendala dan langkah perbaikan.",
    )

    def isi(subs: list[str]) -> str:
        names = [s.lower() for s in subs]
        if len(names) > 1:
            return ", ".join(names[:-1]) + " dan " + names[-1]
        return names[0] if names else ""

    bab = [
        ("I", JUDUL, [s for s, _ in subbab(ctx)]),
        ("II", bab2.JUDUL, [s for s, _ in bab2.subbab(ctx)]),
        ("III", bab3.JUDUL, [s for s, _ in bab3.subbab(ctx)]),
        ("IV", bab4.JUDUL, []),
    ]
    for nomor, judul, subs in bab:
        label = f"Bab {nomor} {judul}"
        if nomor == "III":
            ctx.runin(
                label,
                f"menyajikan {subs[0].lower()} untuk setiap pernyataan kinerja "
                f"{_sasaran_dianalisis(ctx)}, dengan analisis:",
            )
            ctx.list(
                [a[0].lower() + a[1:] + ";" for a in bab3.ANALISIS[:-1]]
                + [bab3.ANALISIS[-1][0].lower() + bab3.ANALISIS[-1][1:] + "."]
            )
            if len(subs) > 1:
                ctx.paragraph(
                    f"serta {isi(subs[1:])} yang digunakan untuk mewujudkan kinerja "
                    "sesuai dokumen Perjanjian Kinerja."
                )
        elif nomor == "IV":
            ctx.runin(
                label,
                "menyajikan simpulan atas capaian kinerja dan langkah yang akan "
                "dilakukan untuk meningkatkan kinerja.",
            )
        else:
            ctx.runin(label, f"menyajikan {isi(subs)}.")
    items = [judul for judul, _ in lampiran.daftar_lampiran(ctx)]
    if items:
        ctx.runin("Lampiran", "memuat " + isi(items) + ".")


def _sasaran_dianalisis(ctx: Ctx) -> str:
    """The sasaran Bab III analyses: "sasaran strategis", or in a cascade every level that has
    sasaran ("sasaran strategis, sasaran program dan sasaran kegiatan"), since Bab III gives
    each of them its own analysis."""
    if not kaskade.bertingkat(ctx.project):
        return "sasaran strategis"
    nama = [t.nama.lower() for t in kaskade.jumlah_per_tingkat(ctx.project).values()]
    return nama[0] if len(nama) == 1 else ", ".join(nama[:-1]) + " dan " + nama[-1]
