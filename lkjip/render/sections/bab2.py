"""BAB II PERENCANAAN KINERJA: Renstra (with the landscape Tabel 2.1), keterkaitan, program,
RKT, Perjanjian Kinerja, Rencana Aksi and the IKU decree."""

from __future__ import annotations

from collections.abc import Callable

from lkjip.calc import kaskade
from lkjip.render.blocks import Run
from lkjip.render.filters import bilangan, nilai, tanggal
from lkjip.render.sections.base import Ctx
from lkjip.render.sections.kata import jenis_periode
from lkjip.render.tables import (
    SIFAT_SEMESTER,
    SIFAT_TRIWULAN,
    TRIWULAN,
    judul_kolom_sasaran,
    nama_kode,
    periode_laporan,
    tabel_keterkaitan,
    tabel_pk,
    tabel_program,
    tabel_rencana_aksi,
    tabel_renstra,
    tabel_rkt,
)

JUDUL = "Perencanaan Kinerja"
BAB = 2


def subbab(ctx: Ctx) -> list[tuple[str, Callable[[Ctx], None]]]:
    return [
        ("Rencana Strategis", _renstra),
        ("Rencana Kinerja Tahunan", _rkt),
        ("Perjanjian Kinerja", _pk),
        ("Rencana Aksi Perjanjian Kinerja", _rencana_aksi),
        ("Indikator Kinerja Utama", _iku),
    ]


def tulis(ctx: Ctx) -> None:
    ctx.chapter(BAB, JUDUL)
    ctx.write_narasi("pengantar_bab2")
    for judul, isi in subbab(ctx):
        ctx.subheading(judul)
        isi(ctx)


def _renstra(ctx: Ctx) -> None:
    r = ctx.project.renstra
    ctx.write_narasi("rencana_strategis")
    # The visi, misi, tujuan and sasaran statements are generated unless the narrative
    # already states them (then they would be printed twice in a row).
    isi = " ".join(ctx.narasi_text("rencana_strategis").split())

    def disebut(teks: str) -> bool:
        return " ".join(teks.split()) in isi

    if not disebut(r.visi):
        ctx.runin("Visi")
        ctx.paragraph(f"Visi yang menjadi acuan {ctx.nama} adalah:", keep_with_next=True)
        ctx.paragraph([Run(f"“{r.visi}”", bold=True, italic=True)], align="center")
    if not all(disebut(m.teks) for m in r.misi):
        ctx.runin("Misi")
        ctx.paragraph("Misi yang didukung adalah:", keep_with_next=True)
        ctx.list([(f"Misi {m.nomor}: " if m.nomor is not None else "") + m.teks for m in r.misi])
    if not all(disebut(t.teks) for t in r.tujuan):
        ctx.runin("Tujuan")
        ctx.list([t.teks for t in r.tujuan])
    if not all(disebut(s.teks) for s in r.sasaran):
        ctx.runin("Sasaran")
        ctx.list([s.teks for s in r.sasaran])
    periode = f"Tahun {r.periode.awal}–{r.periode.akhir}"
    # In a cascade the table lists every level, each under its name.
    bertingkat = kaskade.bertingkat(ctx.project)
    sasaran = "Sasaran setiap tingkat" if bertingkat else "Sasaran strategis"
    ctx.present_landscape_table(
        BAB,
        f"{sasaran} beserta indikator, kondisi awal, target tahunan dan kondisi akhir "
        f"{ctx.project.ciri.rencana_strategis} {periode}",
        f"{judul_kolom_sasaran(ctx.project)} dan Target Kinerja "
        f"{ctx.project.ciri.rencana_strategis} {ctx.nama} {periode}",
        tabel_renstra(ctx.project, ctx.hasil),
    )
    ctx.runin("Strategi dan Arah Kebijakan")
    ctx.write_narasi("strategi_kebijakan")
    ctx.present_table(
        BAB,
        "Keterkaitan visi, misi, tujuan, sasaran, strategi dan arah kebijakan",
        "Keterkaitan Visi, Misi, Tujuan, Sasaran, Strategi dan Arah Kebijakan",
        tabel_keterkaitan(ctx.project, ctx.hasil),
    )
    ctx.runin("Program")
    ctx.write_narasi("program")
    if not ctx.project.ada_anggaran:
        return
    ctx.present_table(
        BAB,
        "Program yang mendukung setiap sasaran beserta pagunya",
        f"Program per {judul_kolom_sasaran(ctx.project)} {ctx.nama} Tahun {ctx.tahun}",
        tabel_program(ctx.project, ctx.hasil),
    )


def _rkt(ctx: Ctx) -> None:
    ctx.write_narasi("rkt")
    judul = f"Rencana Kinerja Tahunan {ctx.nama} Tahun {ctx.project.kinerja.rkt.tahun}"
    ctx.present_table(BAB, judul, judul, tabel_rkt(ctx.project, ctx.hasil))


def judul_pk(pk) -> str:
    jenis = (
        "Perubahan Perjanjian Kinerja" if pk.jenis.value == "perubahan" else "Perjanjian Kinerja"
    )
    return f"{jenis} Tahun {pk.tahun}"


def _pk(ctx: Ctx) -> None:
    ctx.write_narasi("perjanjian_kinerja")
    pk = ctx.project.pk
    semua = sorted(ctx.project.kinerja.perjanjian_kinerja, key=lambda p: p.tanggal)
    if len(semua) > 1:
        ctx.paragraph(
            f"Pada tahun {ctx.tahun} terdapat {bilangan(len(semua))} dokumen Perjanjian Kinerja; "
            f"pengukuran kinerja dalam laporan ini menggunakan {judul_pk(pk)} yang "
            f"ditandatangani pada tanggal {tanggal(pk.tanggal)}."
        )
        _perubahan_target(ctx, semua)
    # A PK without a budget (a unit without a DPA/DIPA of its own) lists only the targets.
    isi = (
        "Sasaran, indikator, target serta program dan anggaran"
        if pk.anggaran
        else "Sasaran, indikator dan target"
    )
    ctx.present_table(
        BAB,
        f"{isi} dalam {judul_pk(pk)}",
        f"{judul_pk(pk)} {ctx.nama}",
        tabel_pk(ctx.project, ctx.hasil),
    )
    selisih = ctx.hasil.selisih_pk
    if selisih:
        dokumen = ctx.project.dokumen_anggaran
        ctx.paragraph(
            f"Anggaran yang tercantum dalam Perjanjian Kinerja berbeda dengan pagu {dokumen} "
            "pada butir berikut:",
            keep_with_next=True,
        )
        ctx.list(
            [
                f"{s.kode} {s.nama}: Perjanjian Kinerja {ctx.rp(s.pagu_pk)}, {dokumen} "
                f"{ctx.rp(s.pagu_dpa)} (selisih {ctx.rp(abs(s.selisih))})."
                for s in selisih
            ],
            numbered=False,
        )
        ctx.paragraph(f"Realisasi anggaran dalam laporan ini diukur terhadap pagu {dokumen}.")


def _perubahan_target(ctx: Ctx, semua) -> None:
    awal, akhir = semua[0], semua[-1]
    lama = {t.indikator: t.target for t in awal.target}
    baris = []
    for t in akhir.target:
        if t.indikator in lama and lama[t.indikator] != t.target:
            hi = ctx.hasil.indikator.get(t.indikator)
            nama = hi.nama if hi else t.indikator
            baris.append(f"{nama}: dari {nilai(lama[t.indikator])} menjadi {nilai(t.target)}")
    if baris:
        ctx.paragraph(
            "Target yang berubah dalam Perubahan Perjanjian Kinerja:", keep_with_next=True
        )
        ctx.list(baris, numbered=False)


def _rencana_aksi(ctx: Ctx) -> None:
    ctx.write_narasi("rencana_aksi")
    periode = periode_laporan(ctx.hasil)
    if not periode:
        ctx.paragraph(
            f"Rencana Aksi Perjanjian Kinerja Tahun {ctx.tahun} tidak dicantumkan dalam "
            "data laporan ini."
        )
        return
    nama = " dan ".join(p.nama for p in periode)
    ctx.present_table(
        BAB,
        f"Target {nama} setiap indikator",
        f"Rencana Aksi Perjanjian Kinerja {ctx.nama} Tahun {ctx.tahun}",
        tabel_rencana_aksi(ctx.project, ctx.hasil),
    )
    for p in periode:
        sifat = SIFAT_TRIWULAN if p is TRIWULAN else SIFAT_SEMESTER
        ctx.paragraph(f"Sifat target {p.nama} setiap indikator:", keep_with_next=True)
        ctx.list(
            [
                [
                    Run(f"{hi.nama}: ", bold=True),
                    Run(sifat.get(hi.agregasi, hi.agregasi).format(jenis=jenis_periode(hi)) + "."),
                ]
                for hi in ctx.hasil.indikator.values()
                if p.ada(hi)
            ],
            numbered=False,
        )


def _iku(ctx: Ctx) -> None:
    k = ctx.project.renstra.keputusan_iku
    j = ctx.hasil.jumlah
    penandatangan = ctx.laporan.penandatangan
    if k is not None:
        ctx.paragraph(
            f"Indikator Kinerja Utama (IKU) {ctx.nama} ditetapkan dengan Keputusan "
            f"{penandatangan.jabatan} Nomor {k.nomor} tentang {k.tentang} tanggal "
            f"{tanggal(k.tanggal)}, yang memuat {bilangan(j.iku)} indikator kinerja utama. "
            "Keputusan tersebut beserta lampirannya dimuat dalam Lampiran laporan ini."
        )
    else:
        ctx.paragraph(
            f"Indikator Kinerja Utama (IKU) {ctx.nama} terdiri atas {bilangan(j.iku)} indikator "
            f"sebagaimana tercantum dalam {ctx.project.ciri.rencana_strategis}."
        )
    iku = [hi for hi in ctx.hasil.indikator.values() if hi.iku]
    ctx.list([hi.nama for hi in iku])


__all__ = ["JUDUL", "subbab", "tulis", "nama_kode"]
