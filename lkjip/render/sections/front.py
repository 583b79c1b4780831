"""Cover, Kata Pengantar, Ikhtisar Eksekutif and the lists (Daftar Isi/Tabel/Gambar)."""

from __future__ import annotations

from lkjip import idfmt
from lkjip.render.blocks import Run
from lkjip.render.sections.base import Ctx, gambar
from lkjip.render.sections.grafik import ada_grafik
from lkjip.render.tables import tabel_capaian_iku

# The cover fills its page: what its emblem (or the space kept for it) does not take, the gap
# above the agency's name at the foot takes. Heights in points, tuned on A4 with 3 cm margins.
_SAMPUL_KAKI_DENGAN_LOGO = 120
_SAMPUL_KAKI_TANPA_LOGO = 200


def sampul(ctx: Ctx) -> None:
    """The cover: the government and the agency at the head, the emblem, the title between
    two rules in the theme's accent colour, the year, and at the foot the agency, its
    address, the place and the year of signing."""
    w = ctx.writer
    w.section(numbering=None, title_page=True)
    w.running_header(f"{idfmt.judul_laporan(ctx.laporan.judul, ctx.nama)} Tahun {ctx.tahun}")
    induk = ctx.instansi.induk_nama
    if induk:  # a pemda, kementerian or lembaga is its own top line
        w.cover_line(induk.upper(), size_pt=16, space_before_pt=12)
    logo = gambar(ctx.project, ctx.instansi.logo)
    w.cover_line(
        ctx.nama.upper(),
        size_pt=16,
        space_before_pt=0 if induk else 12,
        space_after_pt=84 if logo is None else 36,
    )
    if logo is not None:
        w.image(logo, width_cm=4.0)
        w.paragraph("", align="center", space_after_pt=18)
    w.rule(space_after_pt=18)
    w.cover_line(ctx.laporan.judul.upper(), size_pt=22, coloured=True, space_after_pt=6)
    w.cover_line("(LKjIP)", size_pt=20, coloured=True, space_after_pt=18)
    w.rule(thick=False, space_after_pt=18)
    w.cover_line(f"TAHUN {ctx.tahun}", size_pt=18)
    gap = _SAMPUL_KAKI_DENGAN_LOGO if logo is not None else _SAMPUL_KAKI_TANPA_LOGO
    w.cover_line(ctx.nama.upper(), size_pt=14, space_before_pt=gap)
    w.cover_line(alamat(ctx), size_pt=10, bold=False, space_after_pt=12)
    p = ctx.laporan.penandatanganan
    w.cover_line(p.tempat.upper(), size_pt=14)
    w.cover_line(str(p.tanggal.year), size_pt=14)


def alamat(ctx: Ctx) -> str:
    """The office address on one line: street, postcode, phone, e-mail — what is known."""
    i = ctx.instansi
    parts = [i.alamat + (f" {i.kode_pos}" if i.kode_pos else "")]
    if i.telepon:
        parts.append(f"Telepon {i.telepon}")
    if i.email:
        parts.append(f"Surel {i.email}")
    return ", ".join(parts)


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
    if profil is not None and profil.struktur_organisasi:  # a picture, or the chart drawn
        return True
    return ada_grafik(ctx.hasil)
