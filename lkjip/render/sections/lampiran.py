"""LAMPIRAN: Perjanjian Kinerja (statement and annex), SK IKU, RKT, Rencana Aksi with the
quarterly evaluation, awards, and the acknowledged discrepancies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from lkjip import idfmt
from lkjip.model.kinerja import PerjanjianKinerja
from lkjip.model.laporan import Pindaian
from lkjip.render.blocks import Run
from lkjip.render.filters import nilai, tanggal
from lkjip.render.images import image_aspect
from lkjip.render.sections.bab2 import judul_pk
from lkjip.render.sections.base import Ctx, blok_ttd, gambar
from lkjip.render.sections.front import alamat
from lkjip.render.tables import (
    PORTRAIT,
    ROMAWI_TW,
    periode_laporan,
    tabel_evaluasi_ra,
    tabel_iku_lampiran,
    tabel_layout,
    tabel_pengakuan,
    tabel_penghargaan,
    tabel_pk,
    tabel_rencana_aksi,
    tabel_rkt,
)
from lkjip.render.word.letterhead import KopLine

DIKTUM = (
    "KESATU",
    "KEDUA",
    "KETIGA",
    "KEEMPAT",
    "KELIMA",
    "KEENAM",
    "KETUJUH",
    "KEDELAPAN",
    "KESEMBILAN",
    "KESEPULUH",
)


def daftar_lampiran(ctx: Ctx) -> list[tuple[str, Callable[[Ctx], None]]]:
    """(title, writer) of every lampiran this report has, in order."""
    items: list[tuple[str, Callable[[Ctx], None]]] = []
    for pk in sorted(ctx.project.kinerja.perjanjian_kinerja, key=lambda p: p.tanggal):
        items.append((judul_pk(pk), partial(_pk, pk=pk)))
    if ctx.project.renstra.keputusan_iku is not None:
        items.append(("Keputusan tentang Indikator Kinerja Utama", _sk_iku))
    items.append((f"Rencana Kinerja Tahunan {ctx.project.kinerja.rkt.tahun}", _rkt))
    if periode_laporan(ctx.hasil):
        items.append(("Rencana Aksi dan Evaluasi Berkala Perjanjian Kinerja", _rencana_aksi))
    if ctx.project.profil is not None and ctx.project.profil.penghargaan:
        items.append((f"Penghargaan Tahun {ctx.tahun}", _penghargaan))
    if ctx.acknowledged or _target_disesuaikan(ctx):
        items.append(("Catatan Penyesuaian Data", _pengakuan))
    for pindaian in ctx.laporan.pindaian:
        items.append((pindaian.judul, partial(_pindaian, pindaian=pindaian)))
    if ctx.laporan.reviu is not None:
        items.append(("Pernyataan Telah Direviu", _reviu))
    return items


def tulis(ctx: Ctx) -> None:
    items = daftar_lampiran(ctx)
    if not items:
        return
    w = ctx.writer
    w.section(orientation="portrait")
    w.heading("LAMPIRAN", 1)
    new_section = False  # the previous lampiran ended a section: its page is new already
    for k, (judul, isi) in enumerate(items, start=1):
        wide = isi in LANDSCAPE
        if wide:
            w.section(orientation="landscape")
        w.heading(
            f"Lampiran {k}. {judul}", 2, page_break_before=k > 1 and not (wide or new_section)
        )
        isi(ctx)
        if wide:
            w.section(orientation="portrait")
        new_section = wide


def _judul(ctx: Ctx, *lines: str) -> None:
    for i, line in enumerate(lines):
        ctx.writer.title(line, size_pt=12, space_after_pt=12 if i == len(lines) - 1 else 0)


def _kop(ctx: Ctx) -> None:
    """The agency's letterhead, from lkjip.yaml, at the head of a document it issues."""
    induk = ctx.instansi.induk_nama
    ctx.writer.letterhead(
        [
            *([KopLine(induk.upper(), 14)] if induk else []),
            KopLine(ctx.nama.upper(), 16),
            KopLine(alamat(ctx), 10, bold=False),
        ],
        logo=gambar(ctx.project, ctx.instansi.logo),
    )


def _pk(ctx: Ctx, pk: PerjanjianKinerja) -> None:
    """The Perjanjian Kinerja on the agency's letterhead: the parties, the pledge, the
    signatures; then its annex."""
    lap = ctx.laporan
    pertama, kedua = lap.penandatangan, lap.atasan
    _kop(ctx)
    _judul(ctx, judul_pk(pk).upper(), ctx.nama.upper())
    penanda = "kami yang" if kedua else "yang"
    ctx.paragraph(
        "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel "
        f"serta berorientasi pada hasil, {penanda} bertanda tangan di bawah ini:"
    )
    widths = [0.6, 2.4, 0.5, PORTRAIT - 3.5]
    nomor = "1." if kedua else ""
    ctx.writer.table(
        tabel_layout(
            [[nomor, "Nama", ":", pertama.nama], ["", "Jabatan", ":", pertama.jabatan]], widths
        )
    )
    if kedua is None:
        # A kepala daerah or a minister signs alone: the promise is made to the public.
        ctx.paragraph(
            f"berjanji akan mewujudkan target kinerja tahun {pk.tahun} sesuai lampiran "
            "perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang "
            "telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian "
            "target kinerja tersebut menjadi tanggung jawab kami."
        )
        _ttd_pk(ctx, pk)
        ctx.writer.page_break()
        _judul(ctx, f"LAMPIRAN {judul_pk(pk).upper()}", ctx.nama.upper())
        ctx.uncaptioned_table(tabel_pk(ctx.project, ctx.hasil, pk))
        _ttd_pk(ctx, pk)
        return
    ctx.paragraph(
        [Run("selanjutnya disebut "), Run("Pihak Pertama", bold=True), Run(";")], indent_cm=0.6
    )
    ctx.writer.table(
        tabel_layout([["2.", "Nama", ":", kedua.nama], ["", "Jabatan", ":", kedua.jabatan]], widths)
    )
    ctx.paragraph(
        [
            Run("selaku atasan langsung Pihak Pertama, selanjutnya disebut "),
            Run("Pihak Kedua", bold=True),
            Run("."),
        ],
        indent_cm=0.6,
    )
    ctx.paragraph(
        [
            Run("Pihak Pertama", bold=True),
            Run(
                f" pada tahun {pk.tahun} ini berjanji akan mewujudkan target kinerja yang "
                "seharusnya sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja "
                "jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. "
                "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung "
                "jawab "
            ),
            Run("Pihak Pertama", bold=True),
            Run("."),
        ]
    )
    ctx.paragraph(
        [
            Run("Pihak Kedua", bold=True),
            Run(
                " akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
                "akuntabilitas terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan "
                "yang diperlukan dalam rangka pemberian penghargaan dan sanksi."
            ),
        ]
    )
    _ttd_pk(ctx, pk)
    ctx.writer.page_break()
    _judul(ctx, f"LAMPIRAN {judul_pk(pk).upper()}", ctx.nama.upper())
    ctx.uncaptioned_table(tabel_pk(ctx.project, ctx.hasil, pk))
    _ttd_pk(ctx, pk)


def _ttd_pk(ctx: Ctx, pk: PerjanjianKinerja) -> None:
    lap = ctx.laporan
    place_date = f"{pk.tempat}, {tanggal(pk.tanggal)}"
    if lap.atasan is None:
        ctx.signature(place_date=place_date)
        return
    ctx.writer.signatures_side_by_side(
        blok_ttd(lap.atasan, f"Pihak Kedua,\n{lap.atasan.jabatan.upper()}"),
        blok_ttd(
            lap.penandatangan,
            f"Pihak Pertama,\n{lap.penandatangan.jabatan.upper()}",
            place_date=place_date,
        ),
    )


def _sk_iku(ctx: Ctx) -> None:
    k = ctx.project.renstra.keputusan_iku
    assert k is not None
    jabatan = ctx.laporan.penandatangan.jabatan.upper()
    _kop(ctx)
    _judul(
        ctx, f"KEPUTUSAN {jabatan}", f"NOMOR {k.nomor}", "TENTANG", k.tentang.upper(), f"{jabatan},"
    )
    widths = [3.0, 0.5, 0.8, PORTRAIT - 4.3]
    rows: list[list[str]] = []
    for judul, items, marker in (("Menimbang", k.menimbang, "huruf"),
                                 ("Mengingat", k.mengingat, "angka")):  # fmt: skip
        for i, item in enumerate(items):
            label = f"{chr(ord('a') + i)}." if marker == "huruf" else f"{i + 1}."
            rows.append([judul if i == 0 else "", ":" if i == 0 else "", label, item])
    if rows:
        ctx.writer.table(tabel_layout(rows, widths))
    ctx.writer.title("MEMUTUSKAN:", size_pt=12, space_after_pt=6)
    diktum = [["Menetapkan", ":", f"KEPUTUSAN {jabatan} TENTANG {k.tentang.upper()}."]]
    for i, text in enumerate(k.memutuskan):
        label = DIKTUM[i] if i < len(DIKTUM) else f"KE-{i + 1}"
        diktum.append([label, ":", text])
    # The last article goes with the signature: a decree's signature never stands alone.
    ctx.writer.table(replace(tabel_layout(diktum, [3.0, 0.5, PORTRAIT - 3.5]), keep_with_next=True))
    ctx.signature(place_date=f"Ditetapkan di {k.tempat}\npada tanggal {tanggal(k.tanggal)}")
    ctx.writer.page_break()
    head = [
        ["LAMPIRAN", ":", f"KEPUTUSAN {jabatan}"],
        ["NOMOR", ":", k.nomor],
        ["TANGGAL", ":", tanggal(k.tanggal)],
    ]
    ctx.writer.table(tabel_layout(head, [3.0, 0.5, PORTRAIT - 3.5]))
    r = ctx.project.renstra
    _judul(
        ctx,
        "INDIKATOR KINERJA UTAMA",
        ctx.nama.upper(),
        f"TAHUN {r.periode.awal}–{r.periode.akhir}",
    )
    ctx.uncaptioned_table(tabel_iku_lampiran(ctx.project, ctx.hasil))
    # The decree's annex is signed as the decree is.
    ctx.signature(place_date=f"Ditetapkan di {k.tempat}\npada tanggal {tanggal(k.tanggal)}")


def _rkt(ctx: Ctx) -> None:
    rkt = ctx.project.kinerja.rkt
    _judul(ctx, "RENCANA KINERJA TAHUNAN", ctx.nama.upper(), f"TAHUN {rkt.tahun}")
    ctx.uncaptioned_table(tabel_rkt(ctx.project, ctx.hasil))
    ctx.signature(place_date=tempat_tanggal_rkt(ctx))


def tempat_tanggal_rkt(ctx: Ctx) -> str:
    """The place and date under the RKT: its own when kinerja.yaml gives them. An RKT is set
    before the year it plans (LK334), so an unknown date is printed as the last day before
    that year, 31 December of the year before; an unknown place is the report's. A signature
    block never goes without a place and date."""
    rkt = ctx.project.kinerja.rkt
    return ctx.place_date(rkt.tempat, rkt.tanggal or dt.date(rkt.tahun - 1, 12, 31))


def _rencana_aksi(ctx: Ctx) -> None:
    _judul(ctx, "RENCANA AKSI PERJANJIAN KINERJA", ctx.nama.upper(), f"TAHUN {ctx.tahun}")
    ctx.uncaptioned_table(tabel_rencana_aksi(ctx.project, ctx.hasil))
    _judul(
        ctx,
        "EVALUASI BERKALA RENCANA AKSI PERJANJIAN KINERJA",
        ctx.nama.upper(),
        f"TAHUN {ctx.tahun}",
    )
    periode = periode_laporan(ctx.hasil)
    for p in periode:
        if len(periode) > 1:
            ctx.paragraph(f"Per {p.nama}:", keep_with_next=True)
        ctx.uncaptioned_table(tabel_evaluasi_ra(ctx.project, ctx.hasil, p))
    ra = ctx.project.kinerja.rencana_aksi
    evaluasi = sorted(ra.evaluasi, key=lambda e: e.tanggal) if ra else []
    # Signed as of the last evaluation; without one, as the report is.
    place_date = ctx.place_date()
    if evaluasi:
        e = evaluasi[-1]
        place_date = f"{e.tempat}, {tanggal(e.tanggal)}"
    ctx.signature(place_date=place_date)


# Lampiran on landscape pages from their heading on: the quarterly evaluation needs the width,
# and the plan before it shares the pages rather than leaving a portrait page mostly empty.
LANDSCAPE = {_rencana_aksi}


def _penghargaan(ctx: Ctx) -> None:
    _judul(ctx, f"PENGHARGAAN {ctx.nama.upper()}", f"TAHUN {ctx.tahun}")
    ctx.uncaptioned_table(tabel_penghargaan(ctx.project))


def _pengakuan(ctx: Ctx) -> None:
    _judul(ctx, "CATATAN PENYESUAIAN DATA")
    ctx.paragraph(
        "Dalam penyusunan laporan ini, sejumlah data berbeda antara dokumen sumbernya atau "
        "disesuaikan agar dapat dibandingkan. Perbedaan dan penyesuaian tersebut, beserta "
        "alasannya, diuraikan berikut ini."
    )
    ctx.uncaptioned_table(tabel_pengakuan(ctx.acknowledged, _target_disesuaikan(ctx)))


def _target_disesuaikan(ctx: Ctx) -> list[tuple[str, str, str]]:
    """(data, adjustment, reason) for every Rencana Aksi target restated in kinerja.yaml."""
    ra = ctx.project.kinerja.rencana_aksi
    if ra is None:
        return []
    nama = {i.id: i.nama for i in ctx.project.renstra.indikator}
    out = []
    for tw in ra.triwulan:
        if tw.penyesuaian:
            target = ", ".join(
                f"TW {ROMAWI_TW[k]} {nilai(v)}" for k, v in enumerate(tw.target) if v is not None
            )
            out.append(
                (
                    f"Target triwulan Rencana Aksi: {nama.get(tw.indikator, tw.indikator)}",
                    f"Target yang dipakai dalam laporan: {target}.",
                    tw.penyesuaian,
                )
            )
    return out


def _reviu(ctx: Ctx) -> None:
    """The APIP's statement that it reviewed this report, signed by its official."""
    reviu = ctx.laporan.reviu
    assert reviu is not None
    _judul(ctx, "PERNYATAAN TELAH DIREVIU", ctx.nama.upper(), f"TAHUN ANGGARAN {ctx.tahun}")
    ctx.paragraph(
        f"Kami telah melakukan reviu atas "
        f"{idfmt.judul_laporan('Laporan Kinerja Instansi Pemerintah', ctx.nama)} "
        f"Tahun Anggaran {ctx.tahun} berdasarkan Pedoman Reviu atas Laporan Kinerja. "
        f"Substansi informasi yang dimuat dalam laporan kinerja tersebut menjadi tanggung jawab "
        f"manajemen {ctx.nama}."
    )
    ctx.paragraph(
        "Reviu dilakukan untuk memberikan keyakinan terbatas bahwa laporan kinerja telah "
        "disajikan secara akurat, andal dan valid."
    )
    ctx.paragraph(
        reviu.simpulan
        or "Berdasarkan reviu tersebut, kami tidak menemukan kondisi atau hal yang menimbulkan "
        "keraguan atas keandalan informasi yang disajikan dalam laporan kinerja ini."
    )
    ctx.signature(
        reviu.pejabat,
        place_date=f"{reviu.tempat}, {tanggal(reviu.tanggal)}",
        role=f"{reviu.pejabat.jabatan.upper()},",
    )


PINDAIAN_TINGGI_CM = 20.0  # a scanned page's height: the A4 text height less a heading


def _pindaian(ctx: Ctx, pindaian: Pindaian) -> None:
    """A scanned document, one picture per page, as wide as the text and no taller than
    what the page leaves under the lampiran's heading."""
    for page, berkas in enumerate(pindaian.berkas):
        path = gambar(ctx.project, berkas)
        if path is None:
            continue  # refused, and reported by the image check
        if page:
            ctx.writer.page_break()
        width = min(ctx.writer.text_width_cm(), PINDAIAN_TINGGI_CM / image_aspect(path))
        ctx.writer.image(path, width_cm=width)
