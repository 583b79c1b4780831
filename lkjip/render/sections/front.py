"""Cover, Kata Pengantar, Ikhtisar Eksekutif and the lists (Daftar Isi/Tabel/Gambar)."""

from __future__ import annotations

from lkjip.render.blocks import Run
from lkjip.render.filters import bilangan, persen
from lkjip.render.sections.base import Ctx, gambar
from lkjip.render.tables import tabel_capaian_iku


def sampul(ctx: Ctx) -> None:
    w = ctx.writer

    def jarak(pt: float) -> None:
        # The Title style has contextual spacing; an empty Normal paragraph makes the gap.
        w.paragraph("", align="center", space_after_pt=pt)

    w.section(numbering=None, title_page=True)
    jarak(48)
    w.title(ctx.instansi.pemda.upper(), size_pt=16)
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
    ctx.tulis_narasi("kata_pengantar")
    ctx.tanda_tangan(place_date=ctx.tempat_tanggal())


def ikhtisar(ctx: Ctx) -> None:
    w = ctx.writer
    h = ctx.hasil
    j = h.jumlah
    w.front_heading("IKHTISAR EKSEKUTIF")
    ctx.tulis_narasi("ikhtisar")
    kegiatan = f"{bilangan(j.kegiatan)} kegiatan"
    if j.sub_kegiatan is not None:
        kegiatan += f" dan {bilangan(j.sub_kegiatan)} sub kegiatan"
    ctx.para(
        f"Pada tahun {ctx.tahun}, {ctx.nama} menetapkan {bilangan(j.sasaran)} sasaran strategis "
        f"yang diukur dengan {bilangan(j.indikator)} indikator kinerja, "
        f"{bilangan(j.iku)} di antaranya Indikator Kinerja Utama (IKU), dan melaksanakan "
        f"{bilangan(j.program)} program yang terdiri atas {kegiatan}. Capaian indikator kinerja "
        f"utama tahun {ctx.tahun} adalah sebagai berikut:"
    )
    tabel = tabel_capaian_iku(ctx.project, h)
    w.paragraph([Run(f"Capaian Indikator Kinerja Utama Tahun {ctx.tahun}", bold=True)],
                align="center", keep_with_next=True, space_after_pt=4)  # fmt: skip
    w.table(tabel.spec)
    for text in tabel.catatan:
        ctx.note(text)
    hasil_sasaran = list(h.sasaran.values())
    kalimat = f"Rata-rata capaian kinerja sasaran strategis tahun {ctx.tahun} sebesar "
    kalimat += persen(h.capaian_opd)
    if h.kategori_opd:
        kalimat += f" dengan kategori {h.kategori_opd} menurut {h.skala.nama}"
    if h.capaian_opd.nilai is None and h.capaian_opd.alasan:
        kalimat += f" ({h.capaian_opd.alasan})"
    kalimat += "."
    if len(hasil_sasaran) > 1:
        rinci = "; ".join(
            f"{s.teks} {persen(s.capaian)}" + (f" ({s.kategori})" if s.kategori else "")
            for s in hasil_sasaran
        )
        kalimat += f" Capaian per sasaran: {rinci}."
    ctx.para(kalimat)
    t = h.total
    p = h.pendukung
    anggaran = (
        f"Secara keseluruhan, {ctx.nama} mengelola anggaran belanja sebesar {ctx.rp(t.pagu)} "
        f"dengan realisasi {ctx.rp(t.realisasi)} atau {persen(t.serapan)}. Dari jumlah tersebut, "
        f"anggaran program pendukung sasaran (di luar program penunjang urusan) sebesar "
        f"{ctx.rp(p.pagu)} dengan realisasi {ctx.rp(p.realisasi)} atau terserap "
        f"{persen(p.serapan)}."
    )
    if t.realisasi is None:
        anggaran += " Realisasi sebagian kegiatan belum dilaporkan."
    ctx.para(anggaran)
    ctx.para(
        f"Laporan ini disajikan dalam {bilangan(j.bab)} bab; kendala yang dihadapi serta langkah "
        "perbaikan yang telah dan akan dilakukan diuraikan pada Bab III dan Bab IV."
    )


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
    profil = ctx.project.profil
    if profil is None:
        return False
    return any(gambar(ctx.project, s.bagan) for s in profil.struktur_organisasi)

