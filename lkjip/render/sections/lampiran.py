"""LAMPIRAN: Perjanjian Kinerja (statement and annex), SK IKU, RKT, Rencana Aksi with the
quarterly evaluation, awards, and the acknowledged discrepancies."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from lkjip.model.kinerja import PerjanjianKinerja
from lkjip.render.blocks import Run
from lkjip.render.filters import tanggal
from lkjip.render.sections.bab2 import judul_pk
from lkjip.render.sections.base import Ctx, blok_ttd
from lkjip.render.tables import (
    PORTRAIT,
    tabel_evaluasi_ra,
    tabel_iku_lampiran,
    tabel_layout,
    tabel_pengakuan,
    tabel_penghargaan,
    tabel_pk,
    tabel_rencana_aksi,
    tabel_rkt,
)

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
    if any(hi.triwulan for hi in ctx.hasil.indikator.values()):
        items.append(("Rencana Aksi dan Evaluasi Berkala Perjanjian Kinerja", _rencana_aksi))
    if ctx.project.profil is not None and ctx.project.profil.penghargaan:
        items.append((f"Penghargaan Tahun {ctx.tahun}", _penghargaan))
    if ctx.acknowledged:
        items.append(("Selisih Data yang Diakui", _pengakuan))
    return items


def tulis(ctx: Ctx) -> None:
    items = daftar_lampiran(ctx)
    if not items:
        return
    w = ctx.writer
    w.section(orientation="portrait")
    w.heading("LAMPIRAN", 1)
    for k, (judul, isi) in enumerate(items, start=1):
        w.heading(f"Lampiran {k}. {judul}", 2, page_break_before=k > 1)
        isi(ctx)


def _judul(ctx: Ctx, *lines: str) -> None:
    for i, line in enumerate(lines):
        ctx.writer.title(line, size_pt=12, space_after_pt=12 if i == len(lines) - 1 else 0)


def _pk(ctx: Ctx, pk: PerjanjianKinerja) -> None:
    lap = ctx.laporan
    pertama, kedua = lap.penandatangan, lap.atasan
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
    ctx.writer.table(tabel_layout(diktum, [3.0, 0.5, PORTRAIT - 3.5]))
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


def _rkt(ctx: Ctx) -> None:
    rkt = ctx.project.kinerja.rkt
    _judul(ctx, "RENCANA KINERJA TAHUNAN", ctx.nama.upper(), f"TAHUN {rkt.tahun}")
    ctx.uncaptioned_table(tabel_rkt(ctx.project, ctx.hasil))
    place_date = None
    if rkt.tempat and rkt.tanggal:
        place_date = f"{rkt.tempat}, {tanggal(rkt.tanggal)}"
    ctx.signature(place_date=place_date)


def _rencana_aksi(ctx: Ctx) -> None:
    _judul(ctx, "RENCANA AKSI PERJANJIAN KINERJA", ctx.nama.upper(), f"TAHUN {ctx.tahun}")
    ctx.uncaptioned_table(tabel_rencana_aksi(ctx.project, ctx.hasil))
    w = ctx.writer
    w.section(orientation="landscape")
    _judul(
        ctx,
        "EVALUASI BERKALA RENCANA AKSI PERJANJIAN KINERJA",
        ctx.nama.upper(),
        f"TAHUN {ctx.tahun}",
    )
    ctx.uncaptioned_table(tabel_evaluasi_ra(ctx.project, ctx.hasil))
    ra = ctx.project.kinerja.rencana_aksi
    evaluasi = sorted(ra.evaluasi, key=lambda e: e.tanggal) if ra else []
    place_date = None
    if evaluasi:
        e = evaluasi[-1]
        place_date = f"{e.tempat}, {tanggal(e.tanggal)}"
    ctx.signature(place_date=place_date)
    w.section(orientation="portrait")


def _penghargaan(ctx: Ctx) -> None:
    _judul(ctx, f"PENGHARGAAN {ctx.nama.upper()}", f"TAHUN {ctx.tahun}")
    ctx.uncaptioned_table(tabel_penghargaan(ctx.project))


def _pengakuan(ctx: Ctx) -> None:
    _judul(ctx, "SELISIH DATA YANG DIAKUI")
    ctx.paragraph(
        "Pemeriksaan konsistensi data laporan menemukan selisih berikut. Selisih tersebut benar "
        "adanya dan diakui dengan alasan sebagaimana tercantum."
    )
    ctx.uncaptioned_table(tabel_pengakuan(ctx.acknowledged))
