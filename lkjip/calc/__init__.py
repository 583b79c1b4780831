"""The calculation engine: every figure the report prints, computed once (domain.md §3).

`compute(project) -> Hasil` joins the input model by ids and codes and fills the result types
of `lkjip.calc.results`; each capaian names its formula with a `Rumus` (`lkjip.calc.rumus`).
All numbers are unrounded `Decimal`; a figure that cannot be computed is None with its reason.
`compute` never raises on a validated project: whatever cannot be joined (unknown ids, missing
PK targets, …) is skipped here and reported by the checks.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip.calc import anggaran as ag
from lkjip.calc import capaian as cp
from lkjip.calc import efisiensi as ef
from lkjip.calc import kaskade, kurun, rollup, skala, triwulan
from lkjip.calc import turunan as tr
from lkjip.calc.results import (
    Anggaran,
    Capaian,
    Hasil,
    HasilIndikator,
    HasilKegiatan,
    HasilProgram,
    HasilSasaran,
    Jumlah,
    NilaiData,
    Perubahan,
    Riwayat,
    SkalaTerpakai,
)
from lkjip.calc.rumus import Rumus
from lkjip.model import Indikator, Project
from lkjip.model.kinerja import Realisasi, Triwulan

__all__ = ["Hasil", "Rumus", "compute"]

# Realisation by indicator id, then by year; None = explicitly not measured.
RealisasiPerTahun = dict[str, dict[int, NilaiData | None]]


def realisasi_per_indikator(project: Project) -> RealisasiPerTahun:
    """Realisations of `kinerja.realisasi` by indicator and year (the first row of an id wins);
    a year given only as `turunan` gets its computed value."""
    hasil: RealisasiPerTahun = {}
    for row in project.kinerja.realisasi:
        if row.indikator in hasil:
            continue
        nilai: dict[int, NilaiData | None] = dict(row.nilai)
        for year, turunan_ in row.turunan.items():
            if nilai.get(year) is None:
                nilai[year] = tr.nilai(turunan_)  # a typed value is kept; LK234 compares them
        hasil[row.indikator] = nilai
    return hasil


def baris_realisasi(project: Project) -> dict[str, Realisasi]:
    """Each indicator's realisation row by id (the first one when the data repeats it)."""
    rows: dict[str, Realisasi] = {}
    for row in project.kinerja.realisasi:
        rows.setdefault(row.indikator, row)
    return rows


def target_tahun(project: Project, indikator: Indikator) -> NilaiData | None:
    """The year's target: the latest PK's, or the Renstra target for the year."""
    for row in project.pk.target:
        if row.indikator == indikator.id:
            return row.target
    return tr.target_per_tahun(indikator).get(project.tahun)


def target_semua(indikator: Indikator) -> dict[int, NilaiData]:
    """Targets by year: the current Renstra's, and those of earlier plans (`target_lalu`)."""
    return dict(indikator.target_lalu) | tr.target_per_tahun(indikator)


def baris_rencana_aksi(project: Project, indikator_id: str) -> Triwulan | None:
    """The indicator's Rencana Aksi row (the first one when the data repeats it)."""
    rencana_aksi = project.kinerja.rencana_aksi
    if rencana_aksi is None:
        return None
    return next((t for t in rencana_aksi.triwulan if t.indikator == indikator_id), None)


def riwayat(
    project: Project,
    indikator: Indikator,
    nilai: dict[int, NilaiData | None],
    target: NilaiData | None,
) -> list[Riwayat]:
    """Years ascending: kondisi awal, earlier realisation years, and N (with the year's target).

    Earlier years are measured against the Renstra target of that year.
    """
    rumus_negatif = project.laporan.pengaturan.rumus_negatif
    tahun = project.tahun
    per_tahun: dict[int, NilaiData | None] = {}
    if indikator.kondisi_awal is not None and indikator.kondisi_awal.tahun < tahun:
        per_tahun[indikator.kondisi_awal.tahun] = indikator.kondisi_awal.nilai
    for year, value in nilai.items():
        if year < tahun and (value is not None or year not in per_tahun):
            per_tahun[year] = value
    per_tahun[tahun] = nilai.get(tahun)
    hasil = []
    for year in sorted(per_tahun):
        t = target if year == tahun else target_semua(indikator).get(year)
        value = per_tahun[year]
        alasan = cp.ALASAN_TIDAK_DIUKUR if year in nilai else cp.ALASAN_BELUM_ADA
        capaian = cp.compute(indikator, t, value, rumus_negatif, alasan, year)
        hasil.append(Riwayat(tahun=year, target=t, realisasi=value, capaian=capaian))
    return hasil


def perubahan(indikator: Indikator, rows: list[Riwayat], tahun: int) -> Perubahan | None:
    """Change of year N against the latest earlier year whose realisation compares with it:
    a number with a number; under the year's `biner` or `kualitatif` formula, a yes/no value
    or a predicate with one of its own kind (2021 tidak → 2022 ya; B → BB)."""
    kini = next((r for r in rows if r.tahun == tahun), None)
    if kini is None or kini.realisasi is None:
        return None
    for prev in reversed([r for r in rows if r.tahun < tahun and r.realisasi is not None]):
        hasil = _perubahan_dari(indikator, prev, kini)
        if hasil is not None:
            return hasil
    return None


def _perubahan_dari(indikator: Indikator, prev: Riwayat, kini: Riwayat) -> Perubahan | None:
    """The change from `prev` to `kini`, or None when the two values do not compare."""
    assert prev.realisasi is not None and kini.realisasi is not None
    if isinstance(prev.realisasi, Decimal) and isinstance(kini.realisasi, Decimal):
        return cp.perubahan(
            indikator.polaritas, prev.tahun, prev.realisasi, kini.realisasi, kini.target
        )
    formula = kini.capaian.rumus
    if formula is Rumus.BINER:
        return cp.perubahan_biner(prev.tahun, prev.realisasi, kini.realisasi, kini.target)
    if (
        formula is Rumus.KUALITATIF
        and isinstance(prev.realisasi, str)
        and isinstance(kini.realisasi, str)
    ):
        return cp.perubahan_predikat(
            prev.tahun, prev.realisasi, kini.realisasi, indikator.daftar_predikat
        )
    return None


def hasil_indikator(
    project: Project,
    indikator: Indikator,
    realisasi: RealisasiPerTahun,
    programs: list[HasilProgram],
    skala_: SkalaTerpakai,
    row: Realisasi | None = None,
) -> HasilIndikator:
    """Everything computed for one indicator (`row`: its realisation row, for the derived
    value, the semesters and the breakdown)."""
    pengaturan = project.laporan.pengaturan
    tahun = project.tahun
    nilai = realisasi.get(indikator.id, {})
    alasan = cp.ALASAN_TIDAK_DIUKUR if tahun in nilai else cp.ALASAN_BELUM_ADA
    target = target_tahun(project, indikator)
    r = nilai.get(tahun)
    capaian = cp.compute(indikator, target, r, pengaturan.rumus_negatif, alasan, tahun)
    rows = riwayat(project, indikator, nilai, target)
    baris = baris_rencana_aksi(project, indikator.id)
    turunan_ = row.turunan.get(tahun) if row is not None else None
    target_turunan = indikator.target_turunan.get(tahun)
    rincian = row.rincian if row is not None else None
    semester = row.semester if row is not None else None
    pendukung = [p for p in programs if indikator.id in p.indikator]
    anggaran = ag.anggaran_dari(pendukung)
    efisiensi = None
    if anggaran is not None:
        efisiensi = ef.efisiensi(capaian.nilai, anggaran.serapan, pengaturan.rumus_efisiensi)
    return HasilIndikator(
        id=indikator.id,
        nama=indikator.nama,
        satuan=indikator.satuan,
        polaritas=indikator.polaritas.value,
        agregasi=indikator.agregasi.value,
        sasaran=indikator.sasaran,
        iku=indikator.iku,
        target=target,
        target_renstra=tr.target_per_tahun(indikator).get(tahun),
        realisasi=r,
        capaian=capaian,
        kategori=skala.kategori(capaian.nilai, skala_),
        target_akhir=indikator.kondisi_akhir,
        capaian_renstra=cp.renstra(indikator, nilai, tahun, pengaturan.rumus_negatif, alasan),
        riwayat=rows,
        perubahan=perubahan(indikator, rows, tahun),
        triwulan=[]
        if baris is None
        else triwulan.hasil_triwulan(indikator, baris, pengaturan.rumus_negatif, tahun),
        realisasi_dari_triwulan=None
        if baris is None
        else triwulan.realisasi_tahunan(indikator.agregasi, baris.realisasi),
        program=[p.kode for p in pendukung],
        anggaran=anggaran,
        efisiensi=efisiensi,
        semester=[]
        if semester is None
        else triwulan.hasil_triwulan(indikator, semester, pengaturan.rumus_negatif, tahun),
        realisasi_dari_semester=None
        if semester is None
        else triwulan.realisasi_tahunan(indikator.agregasi, semester.realisasi),
        kurun=kurun.semua_kurun(rows),
        jalur=kurun.jalur(rows, target_semua(indikator), project.renstra.periode.akhir),
        turunan=None if turunan_ is None else tr.hasil_turunan(turunan_),
        target_turunan=None if target_turunan is None else tr.hasil_turunan(target_turunan),
        rincian=None if rincian is None else tr.hasil_rincian(rincian, r),
    )


def hasil_sasaran(
    project: Project,
    indikator: dict[str, HasilIndikator],
    programs: list[HasilProgram],
    skala_: SkalaTerpakai,
) -> dict[str, HasilSasaran]:
    """Each sasaran: rollup of its indicators, its supporting budget and efficiency."""
    pengaturan = project.laporan.pengaturan
    hasil: dict[str, HasilSasaran] = {}
    for sasaran in project.renstra.sasaran:
        if sasaran.id in hasil:
            continue
        inds = [i for i in project.renstra.indikator if i.sasaran == sasaran.id]
        pasangan = [(i, indikator[i.id].capaian) for i in inds if i.id in indikator]
        capaian = rollup.capaian_sasaran(pasangan, pengaturan)
        pendukung = ag.pendukung(programs, {i.id for i in inds})
        anggaran = ag.anggaran_dari(pendukung)
        serapan = anggaran.serapan if anggaran is not None else None
        hasil[sasaran.id] = HasilSasaran(
            id=sasaran.id,
            teks=sasaran.teks,
            indikator=[i.id for i in inds],
            capaian=capaian,
            kategori=skala.kategori(capaian.nilai, skala_),
            program=[p.kode for p in pendukung],
            anggaran=anggaran,
            efisiensi=ef.gabungan(
                capaian.nilai,
                serapan,
                [indikator[i.id].efisiensi for i in inds if i.id in indikator],
                pengaturan.rumus_efisiensi,
            ),
            tingkat=kaskade.tingkat_dari(project, sasaran).id,
            induk=sasaran.induk,
        )
    return hasil


def capaian_tingkat(project: Project, sasaran: dict[str, HasilSasaran]) -> dict[str, Capaian]:
    """Mean capaian of each cascade level over its own sasaran only (levels never mix)."""
    return {
        t.id: rollup.capaian_opd([(s.id, s.capaian) for s in sasaran.values() if s.tingkat == t.id])
        for t in project.laporan.pengaturan.tingkat_sasaran
    }


def jumlah(project: Project) -> Jumlah:
    """Counts from the data tree (never typed)."""
    kegiatan = [k for p in project.anggaran.program for k in p.kegiatan]
    semua_sub = all(k.sub_kegiatan for k in kegiatan)
    return Jumlah(
        sasaran=sum(1 for s in project.renstra.sasaran if kaskade.indeks_tingkat(project, s) == 0),
        indikator=len(project.renstra.indikator),
        iku=sum(1 for i in project.renstra.indikator if i.iku),
        program=len(project.anggaran.program),
        kegiatan=len(kegiatan),
        sub_kegiatan=sum(len(k.sub_kegiatan) for k in kegiatan) if semua_sub else None,
        tingkat=kaskade.jumlah_per_tingkat(project) if kaskade.bertingkat(project) else {},
    )


def kategori_serapan(
    skala_: SkalaTerpakai | None,
    programs: list[HasilProgram],
    total: Anggaran,
    pendukung: Anggaran,
) -> dict[str, str | None]:
    """Category of budget absorption on the declared scale: "total", "pendukung" and each
    program by code; empty when the report declares no absorption scale."""
    if skala_ is None:
        return {}
    hasil = {
        "total": skala.kategori(total.serapan, skala_),
        "pendukung": skala.kategori(pendukung.serapan, skala_),
    }
    for prog in programs:
        hasil.setdefault(prog.kode, skala.kategori(prog.anggaran.serapan, skala_))
    return hasil


def rumus_capaian(project: Project) -> dict[str, Rumus]:
    """The formulas the report's indicators use in year N: by polarity for those that declare
    none (keyed by the polarity), and by identifier for those that declare one; when a key
    would name two formulas, the second is keyed by its identifier."""
    pengaturan = project.laporan.pengaturan
    hasil: dict[str, Rumus] = {}
    for ind in project.renstra.indikator:
        declared = ind.rumus_tahun(project.tahun)
        if declared is None:
            key, formula = ind.polaritas.value, cp.rumus(ind.polaritas, pengaturan.rumus_negatif)
        else:
            key, formula = declared.value, Rumus(declared.value)
        if hasil.get(key, formula) is not formula:
            key = formula.value  # polarity `rentang` beside a declared `rentang`: both listed
        hasil.setdefault(key, formula)
    return hasil


def compute(project: Project) -> Hasil:
    """Compute every figure of the report from a validated project.

    Returns:
        `Hasil` with unrounded Decimals (percentages in percent, money in Rupiah).
    """
    pengaturan = project.laporan.pengaturan
    skala_ = skala.terpakai(pengaturan)
    programs = [ag.program(p) for p in project.anggaran.program]
    realisasi = realisasi_per_indikator(project)
    rows = baris_realisasi(project)

    indikator: dict[str, HasilIndikator] = {}
    for ind in project.renstra.indikator:
        if ind.id not in indikator:
            indikator[ind.id] = hasil_indikator(
                project, ind, realisasi, programs, skala_, rows.get(ind.id)
            )

    sasaran = hasil_sasaran(project, indikator, programs, skala_)
    per_tingkat = capaian_tingkat(project, sasaran)
    pertama = pengaturan.tingkat_sasaran[0].id
    utama = {s.id for s in sasaran.values() if s.tingkat == pertama}  # the OPD's level
    capaian_opd: Capaian = next(iter(per_tingkat.values()))
    known = {i.id for i in project.renstra.indikator}
    pendukung = ag.jumlahkan(p.anggaran for p in ag.pendukung(programs, known))

    program_by_kode: dict[str, HasilProgram] = {}
    for prog in programs:
        program_by_kode.setdefault(prog.kode, prog)
    kegiatan_by_kode: dict[str, HasilKegiatan] = {}
    for prog in programs:
        for keg in prog.kegiatan:
            kegiatan_by_kode.setdefault(keg.kode, keg)

    pk = project.pk
    total = ag.jumlahkan(p.anggaran for p in programs)
    serapan_skala = (
        None if pengaturan.skala_serapan is None else skala.dari_model(pengaturan.skala_serapan)
    )
    return Hasil(
        tahun=project.tahun,
        indikator=indikator,
        sasaran=sasaran,
        capaian_opd=capaian_opd,
        kategori_opd=skala.kategori(capaian_opd.nilai, skala_),
        program=program_by_kode,
        kegiatan=kegiatan_by_kode,
        total=total,
        pendukung=pendukung,
        efisiensi=ef.gabungan(
            capaian_opd.nilai,
            pendukung.serapan,
            [h.efisiensi for h in indikator.values() if h.sasaran in utama],
            pengaturan.rumus_efisiensi,
        ),
        jumlah=jumlah(project),
        skala=skala_,
        rumus_capaian=rumus_capaian(project),
        skala_serapan=serapan_skala,
        kategori_serapan=kategori_serapan(serapan_skala, programs, total, pendukung),
        capaian_tingkat=per_tingkat,
        pk_total=ag.pk_total(pk),
        selisih_pk=ag.selisih_pk(pk, program_by_kode),
    )
