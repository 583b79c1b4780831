"""BAB III AKUNTABILITAS KINERJA: counts, scale and formulas, capaian tables, the seven
analyses per indicator, permasalahan, efisiensi, supporting programs and Realisasi Anggaran."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from lkjip import idfmt
from lkjip.calc import capaian as cp
from lkjip.calc import kaskade
from lkjip.calc.results import Efisiensi, Hasil, HasilIndikator, HasilTurunan, Jumlah
from lkjip.calc.rumus import Rumus
from lkjip.model.renstra import Indikator, Rentang
from lkjip.render.blocks import Run
from lkjip.render.chart_spec import ChartSpec, Series
from lkjip.render.filters import KOSONG, angka, bilangan, persen
from lkjip.render.sections import kata
from lkjip.render.sections.base import Ctx, dengan_satuan, satuan_selisih
from lkjip.render.sections.grafik import (
    FORMAT_BULAT,
    FORMAT_DESIMAL,
    grafik_anggaran,
    grafik_indikator,
    tahun_grafik,
    tinggi_anggaran,
    tinggi_grafik,
)
from lkjip.render.tables import (
    efisiensi_tampil,
    per_sasaran,
    tabel_capaian_iku,
    tabel_efisiensi,
    tabel_kinerja_anggaran,
    tabel_pengukuran,
    tabel_permasalahan,
    tabel_realisasi_anggaran,
    tabel_rincian,
    tabel_skala,
)
from lkjip.render.word.layout import CAPTION_CM

JUDUL = "Akuntabilitas Kinerja"
BAB = 3
GRAFIK_LEBAR_CM = 14.0
ANGGARAN_LEBAR_CM = 16.0

# The seven analyses of Bab III.A (PermenPAN-RB 53/2014, domain.md §2.1).
ANALISIS = (
    "Perbandingan antara target dan realisasi kinerja tahun ini",
    "Perbandingan antara realisasi kinerja serta capaian kinerja tahun ini dengan tahun lalu "
    "dan beberapa tahun terakhir",
    "Perbandingan realisasi kinerja sampai dengan tahun ini dengan target jangka menengah yang "
    "terdapat dalam dokumen perencanaan strategis organisasi",
    "Perbandingan realisasi kinerja tahun ini dengan standar nasional (jika ada)",
    "Analisis penyebab keberhasilan/kegagalan atau peningkatan/penurunan kinerja serta "
    "alternatif solusi yang telah dilakukan",
    "Analisis atas efisiensi penggunaan sumber daya",
    "Analisis program/kegiatan yang menunjang keberhasilan ataupun kegagalan pencapaian "
    "pernyataan kinerja",
)

POLARITAS = {
    "positif": "indikator positif (semakin tinggi semakin baik)",
    "negatif": "indikator negatif (semakin rendah semakin baik)",
    "rentang": "indikator dengan target berupa rentang",
    "stabil": "indikator stabilisasi (penyimpangan ke arah mana pun kurang baik)",
    "kualitatif": "indikator kualitatif (predikat berurutan)",
    "negatif-rasio": "indikator negatif (semakin rendah semakin baik)",
    "rentang-batas": "indikator dengan target berupa rentang",
    "biner": "indikator biner (ya/tidak)",
}
# Formulas whose description does not follow from the key (a declared `rentang` is a band to
# keep, whereas the polarity `rentang` is measured against the nearer bound).
DESKRIPSI_RUMUS = {
    Rumus.RENTANG: "indikator dengan rentang target yang dipertahankan",
    Rumus.BINER: "indikator biner (ya/tidak)",
}

# Formulas whose text ends in "× 100": the report prints the result with "%".
PERSEN = frozenset(
    {Rumus.POSITIF, Rumus.NEGATIF, Rumus.NEGATIF_RASIO, Rumus.STABIL, Rumus.KUALITATIF}
)

# The formula line with the indicator's figures, by formula (r realisasi, t target).
BARIS_RUMUS = {
    Rumus.POSITIF: "{r} / {t} × 100% = {hasil}",
    Rumus.NEGATIF: "(2 − {r} / {t}) × 100% = {hasil}",
    Rumus.NEGATIF_RASIO: "{t} / {r} × 100% = {hasil}",
    Rumus.STABIL: "(1 − |{r} − {t}| / {t}) × 100% = {hasil}",
}


def subbab(ctx: Ctx) -> list[tuple[str, Callable[[Ctx], None]]]:
    anggaran = _anggaran if ctx.project.ada_anggaran else _tanpa_anggaran
    return [("Capaian Kinerja Organisasi", _capaian), ("Realisasi Anggaran", anggaran)]


def _tanpa_anggaran(ctx: Ctx) -> None:
    """A unit without a budget document of its own says so instead of printing empty tables."""
    induk = ctx.instansi.induk_nama or "instansi induknya"
    dokumen = ctx.project.ciri.dokumen_anggaran
    ctx.paragraph(
        f"{ctx.nama} tidak mengelola {dokumen} sendiri. Program dan kegiatan yang mendukung "
        f"sasaran {ctx.nama} dianggarkan dan dipertanggungjawabkan oleh {induk}, sehingga "
        "laporan ini tidak menyajikan realisasi anggaran maupun efisiensi penggunaan anggaran."
    )


def tulis(ctx: Ctx) -> None:
    ctx.chapter(BAB, JUDUL)
    ctx.write_narasi("pengantar_bab3")
    _pengantar(ctx)
    for judul, isi in subbab(ctx):
        ctx.subheading(judul)
        isi(ctx)


def _pengantar(ctx: Ctx) -> None:
    h = ctx.hasil
    j = h.jumlah
    if j.tingkat:
        # A total next to the first level's count would read as that level's indicators.
        ditetapkan = (
            f"sasaran secara berjenjang, yaitu {uraian_tingkat(j)}; dari "
            f"{bilangan(j.indikator)} indikator kinerja tersebut, {_iku_dari(j.iku, j.indikator)}"
        )
    else:
        ditetapkan = (
            f"{bilangan(j.sasaran)} sasaran strategis dengan {bilangan(j.indikator)} indikator "
            f"kinerja, {_iku_dari(j.iku, j.indikator)}"
        )
    ctx.paragraph(
        f"Pada tahun {ctx.tahun}, {ctx.nama} menetapkan {ditetapkan}. "
        "Capaian setiap indikator dihitung dengan rumus berikut:",
        keep_with_next=True,
    )
    ctx.list(
        [
            f"{DESKRIPSI_RUMUS.get(rumus) or POLARITAS.get(p, p)}: capaian = {rumus.teks}"
            + ("%" if rumus in PERSEN else "")
            for p, rumus in h.rumus_capaian.items()
        ],
        numbered=False,
    )
    if h.sasaran:
        rumus_sasaran = next(iter(h.sasaran.values())).capaian.rumus
        kalimat = f"Capaian sasaran dihitung sebagai {rumus_sasaran.teks}"
        batas = ctx.laporan.pengaturan.batas_capaian
        if batas is not None:
            # The cap works inside the mean only: the tables print each indicator's own capaian.
            kalimat += (
                f", dengan capaian setiap indikator dibatasi paling tinggi {angka(batas)}% di "
                "dalam rata-rata tersebut"
            )
        if kaskade.bertingkat(ctx.project):
            # The next paragraph says which sasaran the mean of the perangkat daerah takes.
            ctx.paragraph(kalimat + ".")
        else:
            instansi = ctx.project.ciri.sebutan_instansi
            ctx.paragraph(kalimat + f"; capaian {instansi} adalah rata-rata capaian sasaran.")
    if kaskade.bertingkat(ctx.project):
        ctx.paragraph(_kalimat_kaskade(ctx))
    ctx.paragraph(
        f"Kategori capaian ditetapkan menurut {h.skala.nama} sebagaimana skala berikut, dengan "
        "C adalah capaian kinerja dalam persen.",
        keep_with_next=True,
    )
    # A reference table of the method, not a finding: titled but not numbered, so the
    # numbered tables of Bab III keep the numbering readers know (3.1 capaian … 3.6 kinerja
    # dan anggaran), as the Ikhtisar table does in the front matter.
    ctx.writer.paragraph(
        [Run("Skala Kategori Capaian Kinerja", bold=True)],
        align="center",
        keep_with_next=True,
        space_after_pt=4,
    )
    ctx.uncaptioned_table(tabel_skala(h))


def jumlah_per_tingkat(ctx: Ctx) -> list[tuple[str, str, int]]:
    """(level id, level name, number of sasaran) of each cascade level, in declared order."""
    return [
        (t.id, t.nama, sum(1 for s in ctx.hasil.sasaran.values() if s.tingkat == t.id))
        for t in ctx.laporan.pengaturan.tingkat_sasaran
    ]


def uraian_tingkat(jumlah: Jumlah) -> str:
    """ "1 (satu) sasaran strategis dengan 2 (dua) indikator kinerja, …, dan 1 (satu) sasaran
    kegiatan dengan 2 (dua) indikator kinerja": each cascade level with its own counts (the
    Ikhtisar template words it the same way)."""
    bagian = [
        f"{bilangan(t.sasaran)} {t.nama.lower()} dengan {bilangan(t.indikator)} indikator kinerja"
        for t in jumlah.tingkat.values()
    ]
    if len(bagian) < 3:
        return " dan ".join(bagian)
    return ", ".join(bagian[:-1]) + ", dan " + bagian[-1]


def _kalimat_kaskade(ctx: Ctx) -> str:
    """How a cascade is measured: levels are never mixed (the counts are in the sentence
    before)."""
    return (
        "Capaian setiap sasaran dihitung dari indikatornya sendiri, rata-rata capaian dihitung "
        "per tingkat tanpa mencampur tingkat yang berbeda, dan capaian "
        f"{ctx.project.ciri.sebutan_instansi} adalah rata-rata sasaran tingkat pertama."
    )


def _iku_dari(iku: int, indikator: int) -> str:
    """The phrase "seluruhnya …" when every indicator is an IKU, else "3 (tiga) di antaranya …"."""
    if iku == indikator:
        return "seluruhnya merupakan Indikator Kinerja Utama (IKU)"
    if iku == 0:
        return "tanpa Indikator Kinerja Utama (IKU)"
    return f"{bilangan(iku)} di antaranya Indikator Kinerja Utama (IKU)"


def _capaian(ctx: Ctx) -> None:
    h = ctx.hasil
    ctx.write_narasi("capaian_kinerja")
    if kaskade.bertingkat(ctx.project):
        _capaian_per_tingkat(ctx, h)
    else:
        ctx.present_table(
            BAB,
            f"Target, realisasi dan capaian Indikator Kinerja Utama tahun {ctx.tahun}",
            f"Capaian Indikator Kinerja Utama {ctx.nama} Tahun {ctx.tahun}",
            tabel_capaian_iku(ctx.project, h),
        )
    if len(h.sasaran) != 1 and not kaskade.bertingkat(ctx.project):
        # With one sasaran its own paragraph below states the same figure.
        kalimat = f"Rata-rata capaian kinerja sasaran strategis sebesar {persen(h.capaian_opd)}"
        if h.kategori_opd:
            kalimat += f" dengan kategori {h.kategori_opd}"
        ctx.paragraph(kalimat + ".")
    ctx.present_table(
        BAB,
        f"Perbandingan dengan tahun {ctx.tahun - 1} dan dengan target akhir "
        f"{ctx.project.ciri.rencana_strategis}",
        f"Pengukuran Kinerja {ctx.nama} Tahun {ctx.tahun}",
        tabel_pengukuran(ctx.project, h),
    )

    # Labels of the tables that follow the per-indicator analyses.
    # The breakdown tables (rincian) of the analyses come first.
    rincian = sum(1 for _, items in per_sasaran(ctx.project, h) for i in items if i.rincian)
    ada_masalah = bool(ctx.project.kinerja.permasalahan)
    label_masalah = ctx.table_label(BAB, ahead=rincian) if ada_masalah else None
    label_efisiensi = ctx.table_label(BAB, ahead=rincian + (1 if ada_masalah else 0))

    data = {i.id: i for i in ctx.project.renstra.indikator}
    nama_tingkat = {t.id: t.nama for t in ctx.laporan.pengaturan.tingkat_sasaran}
    bertingkat = kaskade.bertingkat(ctx.project)
    # A cascade numbers the sasaran within each level ("Sasaran Program 1"), as the level's
    # capaian table (Tabel 3.2, 3.3 …) numbers them; without one the count runs on.
    nomor_tingkat: dict[str | None, int] = {}
    for sasaran, items in per_sasaran(ctx.project, h):
        hs = h.sasaran.get(sasaran.id)
        label = nama_tingkat.get(hs.tingkat, "Sasaran") if bertingkat and hs else "Sasaran"
        tingkat = hs.tingkat if bertingkat and hs else None
        no = nomor_tingkat[tingkat] = nomor_tingkat.get(tingkat, 0) + 1
        ctx.writer.heading(f"{label} {no}: {sasaran.teks}", 3)
        if hs is not None:
            kalimat = (
                f"Sasaran ini diukur dengan {bilangan(len(items))} indikator kinerja. "
                f"Capaian sasaran ({hs.capaian.rumus_teks}) sebesar {persen(hs.capaian)}"
            )
            if hs.kategori:
                kalimat += f" dengan kategori {hs.kategori}"
            if hs.capaian.nilai is None and hs.capaian.alasan:
                kalimat += f" ({hs.capaian.alasan})"
            ctx.paragraph(kalimat + ".")
        for k, hi in enumerate(items, start=1):
            _indikator(ctx, f"{no}.{k}", hi, data[hi.id], label_masalah, label_efisiensi)

    _permasalahan(ctx)
    _efisiensi(ctx)
    _program_pendukung(ctx)


def _capaian_per_tingkat(ctx: Ctx, h: Hasil) -> None:
    """One capaian table per cascade level, each followed by that level's own mean."""
    for tingkat, nama, jumlah in jumlah_per_tingkat(ctx):
        if not jumlah:
            continue
        ctx.present_table(
            BAB,
            f"Target, realisasi dan capaian indikator {nama.lower()} tahun {ctx.tahun}",
            f"Capaian Indikator {nama} {ctx.nama} Tahun {ctx.tahun}",
            tabel_capaian_iku(ctx.project, h, tingkat=tingkat, judul_sasaran=nama, iku_only=False),
        )
        rata = h.capaian_tingkat.get(tingkat)
        if rata is not None:
            ctx.paragraph(f"Rata-rata capaian {nama.lower()} sebesar {persen(rata)}.")


def rumus_baris(hi: HasilIndikator, predikat: list[str] | None = None) -> str | None:
    """The formula line with the figures: "89,87 / 87 × 100% = 103,30%"; for a kept band
    "(1 − |4,5 − 4| / 4) × 100% = 87,50%", for predicates "WDP (3) / WTP (4) × 100% = 75,00%"
    (`predikat`: the indicator's ordered labels)."""
    c = hi.capaian
    if c.nilai is not None and c.rumus is Rumus.RENTANG:
        return _baris_rentang(hi)
    if c.nilai is not None and c.rumus is Rumus.KUALITATIF:
        return _baris_kualitatif(hi, predikat)
    if (
        c.nilai is None
        or not isinstance(hi.target, type(c.nilai))
        or not isinstance(hi.realisasi, type(c.nilai))
    ):
        return None
    baris = BARIS_RUMUS.get(c.rumus)
    if baris is None:
        return None
    return baris.format(r=angka(hi.realisasi), t=angka(hi.target), hasil=persen(c))


def _baris_rentang(hi: HasilIndikator) -> str | None:
    t, r = hi.target, hi.realisasi
    if not isinstance(t, Rentang) or not isinstance(r, Decimal):
        return None
    if t.min <= r <= t.max:
        return f"{angka(r)} di dalam rentang {angka(t.min)}–{angka(t.max)}: capaian 100%"
    b = t.max if r > t.max else t.min
    return f"(1 − |{angka(r)} − {angka(b)}| / {angka(b)}) × 100% = {persen(hi.capaian)}"


def _baris_kualitatif(hi: HasilIndikator, predikat: list[str] | None) -> str | None:
    if not isinstance(hi.target, str) or not isinstance(hi.realisasi, str):
        return None
    r, t = cp.peringkat(hi.realisasi, predikat), cp.peringkat(hi.target, predikat)
    if not isinstance(r, Decimal) or not isinstance(t, Decimal):
        return None
    return f"{hi.realisasi} ({angka(r)}) / {hi.target} ({angka(t)}) × 100% = {persen(hi.capaian)}"


def _indikator(
    ctx: Ctx,
    nomor: str,
    hi: HasilIndikator,
    data: Indikator,
    label_masalah: str | None,
    label_efisiensi: str,
) -> None:
    w = ctx.writer
    w.paragraph(
        [Run(f"Indikator {nomor}: {hi.nama}", bold=True, italic=True)],
        align="left",
        keep_with_next=True,
        space_after_pt=4,
    )
    tahun = ctx.tahun

    # 1. target vs realisasi
    ctx.runin(f"1) {ANALISIS[0]}")
    kalimat = kata.kalimat_target(hi, tahun, data.daftar_predikat)
    if hi.capaian.nilai is not None:
        kalimat += f", sehingga capaian kinerja sebesar {persen(hi.capaian)}"
        if hi.kategori:
            kalimat += f" (kategori {hi.kategori})"
        kalimat += "."
        ctx.paragraph(kalimat, keep_with_next=True)
        baris = rumus_baris(hi, data.daftar_predikat)
        if baris:
            ctx.paragraph(
                f"Capaian = {hi.capaian.rumus_teks}" + ("%" if hi.capaian.rumus in PERSEN else ""),
                align="center",
                keep_with_next=True,
                space_after_pt=2,
            )
            ctx.paragraph(baris, align="center")
    else:
        kalimat += f"; capaian kinerja tidak dapat dihitung ({hi.capaian.alasan or KOSONG})."
        ctx.paragraph(kalimat)
    _turunan(ctx, hi)
    _semester(ctx, hi)
    _rincian(ctx, hi)

    # 2. earlier years
    ctx.runin(f"2) {ANALISIS[1]}")
    ctx.paragraph(_perbandingan(ctx, hi))
    if not _grafik_jalur(ctx, hi):
        _grafik_indikator(ctx, hi)

    # 3. Renstra end target
    ctx.runin(f"3) {ANALISIS[2]}")
    akhir = ctx.project.renstra.periode.akhir
    dasar = "jumlah realisasi sampai dengan" if data.target_akhir_total else "realisasi"
    jenis = hi.jenis_nilai
    if jenis != "angka" and not data.target_akhir_total:
        # Not a number: the realisation is named, so "mencapai 100%" is not read as a size.
        dasar = f"realisasi tahun {tahun} ({kata.sebutan(hi.realisasi, hi.satuan, jenis)})"
    else:
        dasar = f"{dasar} tahun {tahun}"
    kalimat = (
        f"Target akhir {ctx.project.ciri.rencana_strategis} (tahun {akhir}) "
        f"{kata.besaran(hi.target_akhir, hi.satuan, jenis)}. Dibandingkan dengan target "
        f"tersebut, {dasar} mencapai {persen(hi.capaian_renstra)}"
    )
    if hi.capaian_renstra.nilai is None and hi.capaian_renstra.alasan:
        kalimat += f" ({hi.capaian_renstra.alasan})"
    ctx.paragraph(kalimat + " dari target akhir.")
    if _grafik_jalur(ctx, hi):
        _grafik_indikator(ctx, hi)  # the path to the plan's last year belongs here

    # 4. national standard
    ctx.runin(f"4) {ANALISIS[3]}")
    if data.standar_nasional is not None:
        s = data.standar_nasional
        jenis = hi.jenis_nilai
        ctx.paragraph(
            f"Standar nasional untuk indikator ini {kata.besaran(s.nilai, hi.satuan, jenis)}"
            f" ({s.sumber}), sedangkan realisasi tahun {tahun} "
            f"{kata.besaran(hi.realisasi, hi.satuan, jenis)}."
        )
    else:
        ctx.paragraph(
            "Belum terdapat standar nasional yang ditetapkan untuk indikator ini, sehingga "
            "perbandingan dengan standar nasional tidak dapat dilakukan."
        )

    # 5. causes and solutions
    ctx.runin(f"5) {ANALISIS[4]}")
    ctx.write_narasi(f"indikator/{hi.id}")
    if label_masalah:
        ctx.paragraph(
            f"Permasalahan dan solusi pada tingkat {ctx.project.ciri.sebutan_instansi} diuraikan "
            f"pada {label_masalah}."
        )

    # 6. efficiency
    ctx.runin(f"6) {ANALISIS[5]}")
    e = hi.efisiensi
    if not ctx.project.ada_anggaran:
        ctx.paragraph(
            f"{ctx.nama} tidak mengelola {ctx.project.ciri.dokumen_anggaran_singkat} sendiri, "
            "sehingga efisiensi penggunaan anggaran tidak diukur."
        )
    elif e is None or hi.anggaran is None:
        ctx.paragraph(
            "Indikator ini tidak didukung program dengan anggaran tersendiri, sehingga "
            "efisiensi penggunaan anggaran tidak dapat dihitung."
        )
    else:
        a = hi.anggaran
        ctx.paragraph(
            f"Capaian kinerja {persen(e.capaian)} dicapai dengan penyerapan anggaran program "
            f"pendukung {persen(e.serapan)} (pagu {ctx.rp(a.pagu)}, realisasi "
            f"{ctx.rp(a.realisasi)}). Tingkat efisiensi ({e.rumus}) sebesar "
            f"{_tingkat_efisiensi(e)}, sehingga penggunaan sumber daya dinilai {e.keterangan} "
            f"({label_efisiensi})."
        )

    # 7. supporting programs
    ctx.runin(f"7) {ANALISIS[6]}")
    programs = [ctx.hasil.program[k] for k in hi.program if k in ctx.hasil.program]
    if not ctx.project.ada_anggaran:
        induk = ctx.instansi.induk_nama or "instansi induknya"
        ctx.paragraph(f"Program dan kegiatan yang menunjang indikator ini dianggarkan {induk}.")
        return
    if not programs:
        ctx.paragraph("Tidak ada program yang dipetakan untuk mendukung indikator ini.")
        return
    ctx.paragraph("Indikator ini didukung oleh program berikut:", keep_with_next=True)
    ctx.list(
        [
            f"{p.kode} {p.nama}: pagu {ctx.rp(p.anggaran.pagu)}, realisasi "
            f"{ctx.rp(p.anggaran.realisasi)} ({persen(p.anggaran.serapan)})."
            for p in programs
        ],
        numbered=False,
    )


def _turunan(ctx: Ctx, hi: HasilIndikator) -> None:
    """How a derived target and a derived realisation are computed, with their figures. A
    derived Renstra target the PK has replaced is named as the Renstra's."""
    if hi.target_turunan is not None:
        t = hi.target_turunan
        dipakai = isinstance(hi.target, Decimal) and hi.target == t.nilai
        ctx.paragraph(_kalimat_turunan("Target" if dipakai else "Target Renstra", t))
    if hi.turunan is not None:
        ctx.paragraph(_kalimat_turunan("Realisasi", hi.turunan))


def _kalimat_turunan(nama: str, t: HasilTurunan) -> str:
    """ "Realisasi dihitung sebagai pembilang / penyebut × pengali (a / b × 100.000): 3 /
    17.000 × 100.000 = 17,65." """
    arti = ""
    if t.nama_pembilang and t.nama_penyebut:
        arti = f" ({t.nama_pembilang} / {t.nama_penyebut} × {angka(t.pengali)})"
    return (
        f"{nama} dihitung sebagai pembilang / penyebut × pengali{arti}: "
        f"{angka(t.pembilang)} / {angka(t.penyebut)} × {angka(t.pengali)} = {angka(t.nilai)}."
    )


# How the annual value follows from the periods, by aggregation type.
CARA_TAHUNAN = {
    "akumulasi": "jumlah kedua semester",
    "kumulatif": "nilai semester terakhir yang dilaporkan",
    "nilai_akhir": "nilai semester terakhir yang dilaporkan",
    "rata_rata": "rata-rata semester yang dilaporkan",
    "maksimum": "nilai semester tertinggi",
}


def _semester(ctx: Ctx, hi: HasilIndikator) -> None:
    """Semester I and II with their capaian, and the annual value they give."""
    if not hi.semester:
        return
    romawi = ("I", "II")
    # A yes/no value or a predicate is named as such; numbers and bands as they always were.
    jenis = hi.jenis_nilai if hi.jenis_nilai in ("biner", "predikat") else "angka"
    bagian = "; ".join(
        f"semester {romawi[s.triwulan - 1]} target {kata.sebutan(s.target, hi.satuan, jenis)}, "
        f"realisasi {kata.sebutan(s.realisasi, hi.satuan, jenis)}"
        + (f" (capaian {persen(s.capaian)})" if s.capaian.nilai is not None else "")
        for s in hi.semester
    )
    kalimat = f"Per semester: {bagian}."
    tahunan = hi.realisasi_dari_semester
    if tahunan is not None:
        if isinstance(tahunan, Decimal):
            tahunan = idfmt.bulatkan(tahunan, 2).normalize()
        kalimat += (
            f" Realisasi tahunan adalah {CARA_TAHUNAN.get(hi.agregasi, hi.agregasi)}, yaitu "
            f"{kata.sebutan(tahunan, hi.satuan, jenis)}."
        )
    ctx.paragraph(kalimat)


def _rincian(ctx: Ctx, hi: HasilIndikator) -> None:
    """The year's realisation broken down by area or unit, as a numbered table."""
    r = hi.rincian
    if r is None:
        return
    cara = {
        "jumlah": "jumlah baris = realisasi",
        "rata_rata": "rata-rata baris = realisasi",
        "rasio": "jumlah pembilang / jumlah penyebut × pengali = realisasi",
    }.get(r.agregasi, r.agregasi)
    ctx.present_table(
        BAB,
        f"Rincian realisasi indikator ini per {r.judul.lower()} ({cara})",
        f"Rincian Realisasi {hi.nama} per {r.judul} Tahun {ctx.tahun}",
        tabel_rincian(hi),
    )


def grafik_jalur(hi: HasilIndikator, spec: ChartSpec) -> ChartSpec:
    """The indicator chart stretched to the Renstra's last year (`hi.jalur`): realisation bars
    up to N, the Renstra target line to the end of the plan. Labels and ranges leave gaps."""
    realisasi = [t.realisasi if isinstance(t.realisasi, Decimal) else None for t in hi.jalur]
    target = [t.target if isinstance(t.target, Decimal) else None for t in hi.jalur]
    numbers = [v for v in realisasi + target if v is not None]
    bulat = all(v == v.to_integral_value() for v in numbers)
    return replace(
        spec,
        categories=[str(t.tahun) for t in hi.jalur],
        series=[Series("Realisasi", realisasi), Series("Target Renstra", target, kind="line")],
        number_format=FORMAT_BULAT if bulat else FORMAT_DESIMAL,
    )


def _grafik_jalur(ctx: Ctx, hi: HasilIndikator) -> bool:
    """Whether the indicator's chart runs to the plan's last year
    (`pengaturan.grafik_sampai_akhir_renstra`): then it shows the comparison with the
    medium-term target (analysis 3), not only the years gone by (analysis 2)."""
    return ctx.laporan.pengaturan.grafik_sampai_akhir_renstra and bool(hi.jalur)


def _grafik_indikator(ctx: Ctx, hi: HasilIndikator) -> None:
    """Realisation (bars) and target (line) per year, announced in the text, caption below;
    with `pengaturan.grafik_sampai_akhir_renstra` the targets run to the plan's last year."""
    spec = grafik_indikator(hi)
    if spec is None:
        return
    tahun = tahun_grafik(hi)
    if _grafik_jalur(ctx, hi):
        spec = grafik_jalur(hi, spec)
        tahun = f"{hi.jalur[0].tahun}–{hi.jalur[-1].tahun}"
    ctx.paragraph(
        f"Perkembangan realisasi dan target indikator ini tahun {tahun} disajikan pada "
        f"{ctx.figure_label(BAB)}.",
        keep_with_next=True,
    )
    ctx.chart(
        BAB,
        f"Realisasi dan Target {hi.nama} Tahun {tahun}",
        spec,
        width_cm=GRAFIK_LEBAR_CM,
        height_cm=tinggi_grafik(ctx.writer.tallest_kept_block_cm()),
    )


def _perbandingan(ctx: Ctx, hi: HasilIndikator) -> str:
    parts = []
    riwayat = [r for r in hi.riwayat if r.realisasi is not None]
    if len(riwayat) > 2:
        # Two years are fully told by the comparison sentence below.
        seri = "; ".join(
            f"{r.tahun}: {dengan_satuan(r.realisasi, hi.satuan)}"
            + (f" (capaian {persen(r.capaian)})" if r.capaian.nilai is not None else "")
            for r in riwayat
        )
        parts.append(f"Realisasi indikator ini dari tahun ke tahun adalah {seri}.")
    p = hi.perubahan
    if p is None:
        parts.append("Tidak tersedia realisasi tahun sebelumnya sebagai pembanding.")
        return " ".join(parts)
    if p.jenis != "angka":
        capaian = (
            f" (capaian {persen(hi.capaian)})"
            if len(riwayat) <= 2 and hi.capaian.nilai is not None
            else ""
        )
        parts.append(kata.kalimat_perubahan(p, hi, ctx.tahun, capaian))
        return " ".join(parts)
    satuan = satuan_selisih(hi.satuan)
    if p.arah == "tetap":
        parts.append(
            f"Realisasi tahun {ctx.tahun} sama dengan tahun {p.tahun_lalu}, yaitu "
            f"{dengan_satuan(p.realisasi, hi.satuan)}; kinerja tetap."
        )
    else:
        besar = KOSONG if p.selisih is None else angka(abs(p.selisih))
        rel = f" ({persen(abs(p.persen))})" if p.persen is not None else ""
        capaian = (
            f" (capaian {persen(hi.capaian)})"
            if len(riwayat) <= 2 and hi.capaian.nilai is not None
            else ""
        )
        parts.append(
            f"Realisasi tahun {ctx.tahun} sebesar {dengan_satuan(p.realisasi, hi.satuan)}"
            f"{capaian}, {p.arah} {besar} {satuan}{rel} dari "
            f"{dengan_satuan(p.realisasi_lalu, hi.satuan)} pada tahun {p.tahun_lalu}; "
            f"kinerja {p.makna}."
        )
    return " ".join(parts)


def _permasalahan(ctx: Ctx) -> None:
    k = ctx.project.kinerja
    faktor = k.analisis_faktor
    if not k.permasalahan and faktor is None and "permasalahan" not in ctx.project.narasi:
        return
    ctx.writer.heading("Permasalahan dan Solusi", 3)
    ctx.write_narasi("permasalahan")
    if faktor is not None:
        for judul, pasangan in (
            ("Faktor internal", (("Kekuatan", faktor.kekuatan), ("Kelemahan", faktor.kelemahan))),
            ("Faktor eksternal", (("Peluang", faktor.peluang), ("Ancaman", faktor.ancaman))),
        ):
            if not any(items for _, items in pasangan):
                continue
            ctx.runin(judul)
            for nama, items in pasangan:
                if items:
                    ctx.paragraph(f"{nama}:", keep_with_next=True, space_after_pt=2)
                    ctx.list(items, numbered=False)
    if k.permasalahan:
        ctx.present_table(
            BAB,
            "Berdasarkan hasil evaluasi dan analisis tersebut, permasalahan yang dihadapi "
            "beserta langkah-langkah/solusi untuk mengatasinya",
            f"Permasalahan dan Langkah/Solusi {ctx.nama} Tahun {ctx.tahun}",
            tabel_permasalahan(ctx.project),
        )


def _tingkat_efisiensi(e: Efisiensi, gabungan: bool = False) -> str:
    """The efficiency value with its unit ("6,88 poin"), or "–" when it cannot be computed:
    the value Tabel 3.4 prints, the difference (or ratio) of the capaian and penyerapan as
    printed, so that the sentence and the table state one number (103,30 − 98,00 = 5,30,
    not the 5,29 of the unrounded operands). `gabungan`: the perangkat daerah's value, as the
    table's last row prints it."""
    nilai_e = KOSONG if e.nilai is None else angka(efisiensi_tampil(e, gabungan), 2)
    satuan = f" {e.satuan}" if e.satuan and e.nilai is not None else ""
    if satuan == " %":
        satuan = "%"  # a percentage is written against its number: "5,00%"
    return nilai_e + satuan


def _efisiensi(ctx: Ctx) -> None:
    if not ctx.project.ada_anggaran:
        return
    h = ctx.hasil
    ctx.writer.heading("Efisiensi Penggunaan Sumber Daya", 3)
    ctx.write_narasi("efisiensi")
    ctx.present_table(
        BAB,
        "Tingkat efisiensi per sasaran dan per indikator",
        "Analisis Efisiensi Penggunaan Sumber Daya",
        tabel_efisiensi(ctx.project, h),
    )
    e = h.efisiensi
    ctx.paragraph(
        f"Secara keseluruhan, capaian kinerja sasaran {persen(e.capaian)} dicapai dengan "
        f"penyerapan anggaran program pendukung sasaran {persen(e.serapan)}, sehingga tingkat "
        f"efisiensi sebesar {_tingkat_efisiensi(e, gabungan=True)} ({e.keterangan})."
    )


def _program_pendukung(ctx: Ctx) -> None:
    """The programs and kegiatan with their budgets: the `program_pendukung` narrative (its
    default lists every program and kegiatan from `prog`)."""
    if not ctx.project.ada_anggaran:
        return
    ctx.writer.heading("Program dan Kegiatan Pendukung", 3)
    ctx.write_narasi("program_pendukung")


def _anggaran(ctx: Ctx) -> None:
    h = ctx.hasil
    t, p = h.total, h.pendukung
    ctx.write_narasi("realisasi_anggaran")
    kalimat = (
        f"Total pagu anggaran {ctx.nama} tahun {ctx.tahun} sebesar {ctx.rp(t.pagu)} dengan "
        f"realisasi {ctx.rp(t.realisasi)} atau {persen(t.serapan)}"
        f"{_kategori_serapan(h, 'total')}, sehingga sisa anggaran sebesar {ctx.rp(t.sisa)}."
    )
    if not _narasi_memuat(ctx, "realisasi_anggaran", ctx.rp(p.pagu), ctx.rp(p.realisasi)):
        kalimat += (
            f" Anggaran program pendukung sasaran sebesar {ctx.rp(p.pagu)} dengan realisasi "
            f"{ctx.rp(p.realisasi)} atau {persen(p.serapan)}."
        )
    ctx.paragraph(kalimat)
    ctx.present_table(
        BAB,
        "Realisasi anggaran per program dan kegiatan",
        f"Realisasi Anggaran per Program dan Kegiatan {ctx.nama} Tahun {ctx.tahun}",
        tabel_realisasi_anggaran(ctx.project, h),
    )
    _grafik_anggaran(ctx)
    ctx.present_landscape_table(
        BAB,
        "Keterkaitan realisasi kinerja dan realisasi anggaran program yang mendukungnya",
        f"Realisasi Kinerja dan Anggaran {ctx.nama} Tahun {ctx.tahun}",
        tabel_kinerja_anggaran(ctx.project, h),
    )


def _kategori_serapan(h: Hasil, kunci: str) -> str:
    """ " (kategori Baik menurut Skala Serapan)" when the report declares an absorption scale
    and the figure has a category on it; "" otherwise."""
    kategori = h.kategori_serapan.get(kunci)
    if h.skala_serapan is None or kategori is None:
        return ""
    return f" (kategori {kategori} menurut {h.skala_serapan.nama})"


def _narasi_memuat(ctx: Ctx, name: str, *texts: str) -> bool:
    """Whether the rendered narrative already states every one of `texts`."""
    isi = ctx.narasi_text(name)
    return all(t in isi for t in texts)


def _grafik_anggaran(ctx: Ctx) -> None:
    """Budget absorption per program as horizontal bars, caption below. Every program's name
    needs its room on the axis, so the chart is taller than an indicator's: the sentence that
    announces it is not kept with it, and only the caption moves with the chart."""
    spec = grafik_anggaran(ctx.hasil)
    if spec is None:
        return
    ctx.paragraph(
        f"Penyerapan anggaran per program (realisasi terhadap pagu) disajikan pada "
        f"{ctx.figure_label(BAB)}."
    )
    ctx.chart(
        BAB,
        f"Penyerapan Anggaran per Program Tahun {ctx.tahun}",
        spec,
        width_cm=ANGGARAN_LEBAR_CM,
        height_cm=tinggi_anggaran(spec, ctx.writer.tallest_kept_block_cm(CAPTION_CM)),
    )
