"""Cover, Kata Pengantar, Ikhtisar Eksekutif and the lists (Daftar Isi/Tabel/Gambar)."""

from __future__ import annotations

from lkjip.render.blocks import Run
from lkjip.render.sections.base import Ctx, gambar
from lkjip.render.sections.grafik import ada_grafik
from lkjip.render.tables import tabel_capaian_iku


def sampul(ctx: Ctx) -> None:
    w = ctx.writer

    def jarak(pt: float) -> None:
        # The Title style has contextual spacing; an empty Normal paragraph makes the gap.
        w.paragraph("", align="center", space_after_pt=pt)

    w.section(numbering=None, title_page=True)
    jarak(48)
    induk = ctx.instansi.induk_nama
    if induk:  # a pemda, kementerian or lembaga is its own top line
        w.title(induk.upper(), size_pt=16)
    w.title(ctx.nama.upper(), size_pt=16)
    jarak(48)
    logo = gambar(ctx.project, ctx.instansi.logo)
    if logo is not None:
        w.image(logo, width_cm=4.0)
        jarak(36)
    w.title(ctx.laporan.judul.upper(), size_pt=20)
    w.title("(LKjIP)", size_pt=20)
    jarak(12)
    w.title(f"TAHUN {ctx.tahun}", size_pt=18)
    jarak(200 if logo is None else 120)
    p = ctx.laporan.penandatanganan
    w.title(p.tempat.upper(), size_pt=14)
    w.title(str(p.tanggal.year), size_pt=14)


def kata_pengantar(ctx: Ctx) -> None:
    w = ctx.writer
    w.section(numbering="lower-roman", restart_at=1)
    w.front_heading("KATA PENGANTAR")
    ctx.write_narasi("kata_pengantar")
    ctx.signature(place_date=ctx.place_date())


def ikhtisar(ctx: Ctx) -> None:
    """Narrative (which carries the counts, mean capaian and budget through placeholders,
    see templates/narasi/ikhtisar.md), then the generated summary table of the IKU."""
    w = ctx.writer
    w.front_heading("IKHTISAR EKSEKUTIF")
    ctx.write_narasi("ikhtisar")
    spec = tabel_capaian_iku(ctx.project, ctx.hasil)
    w.paragraph(
        [Run(f"Capaian Indikator Kinerja Utama Tahun {ctx.tahun}", bold=True)],
        align="center",
        keep_with_next=True,
        space_after_pt=4,
    )
    ctx.uncaptioned_table(spec)


def daftar(ctx: Ctx) -> None:
    w = ctx.writer
    w.front_heading("DAFTAR ISI")
    w.toc(levels="1-3")
    w.front_heading("DAFTAR TABEL")
    w.list_of("Tabel")
    if ada_gambar(ctx):
        w.front_heading("DAFTAR GAMBAR")
        w.list_of("Gambar")


def ada_gambar(ctx: Ctx) -> bool:
    """Whether the report will hold a figure: an organisation chart picture or a chart."""
    profil = ctx.project.profil
    if profil is not None and any(gambar(ctx.project, s.bagan) for s in profil.struktur_organisasi):
        return True
    return ada_grafik(ctx.hasil)
