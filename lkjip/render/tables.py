"""TableSpec builders: one function per table of the report (domain.md §2.3).

Each builder reads the input model for names and structure and `Hasil` for every figure, and
returns a `TableSpec` whose `notes` say what to print under it (why a value shows "–").
Builders never compute a figure; they only format.

Widths: portrait usable width is 16 cm, landscape 24.7 cm.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from lkjip import idfmt
from lkjip.calc import efisiensi as calc_efisiensi
from lkjip.calc import kaskade as calc_kaskade
from lkjip.calc import skala as calc_skala
from lkjip.calc import turunan as calc_turunan
from lkjip.calc.results import (
    Anggaran,
    Capaian,
    Efisiensi,
    Hasil,
    HasilIndikator,
    HasilTriwulan,
)
from lkjip.diagnostics import CATALOGUE, Diagnostic
from lkjip.idfmt import bulatkan
from lkjip.model import Project
from lkjip.model.kinerja import PerjanjianKinerja, TargetIndikator
from lkjip.model.laporan import RumusEfisiensi
from lkjip.model.renstra import Sasaran
from lkjip.render.blocks import Align, Cell, TableSpec
from lkjip.render.filters import KOSONG, angka, nilai, persen_angka
from lkjip.render.word import table_fit

PORTRAIT = 16.0
LANDSCAPE = 24.7
TW = ("TW I", "TW II", "TW III", "TW IV")
ROMAWI_TW = ("I", "II", "III", "IV")

T = TypeVar("T")


# -- cells -------------------------------------------------------------------------------------
def h(text: str, colspan: int = 1, rowspan: int = 1, align: Align = "center") -> Cell:
    """A header cell: bold, shaded, centred."""
    return Cell(text, align=align, colspan=colspan, rowspan=rowspan, bold=True, shade=True)


def c(text: str, rowspan: int = 1, colspan: int = 1, bold: bool = False) -> Cell:
    return Cell(text, align="left", rowspan=rowspan, colspan=colspan, bold=bold)


def m(text: str, rowspan: int = 1, bold: bool = False) -> Cell:
    """A centred cell (No, Satuan)."""
    return Cell(text, align="center", rowspan=rowspan, bold=bold)


def n(text: str, rowspan: int = 1, bold: bool = False) -> Cell:
    """A number cell: right-aligned."""
    return Cell(text, align="right", rowspan=rowspan, bold=bold)


def uang(value: Decimal | None) -> str:
    """Money in a column headed "(Rp)": digits only, "1.103.336.776"."""
    return KOSONG if value is None else angka(value, 0 if value == int(value) else 2)


def pct(value: Capaian | Decimal | None) -> str:
    """A percentage in a column headed "%": "103,30"."""
    return persen_angka(value)


def scale(widths: Sequence[float], total: float) -> list[float]:
    """Stretch or shrink relative widths to exactly `total` cm."""
    s = sum(widths)
    out = [round(w * total / s, 2) for w in widths]
    out[-1] = round(total - sum(out[:-1]), 2)
    return out


# -- shared lookups ----------------------------------------------------------------------------
def per_sasaran(
    project: Project, hasil: Hasil, iku_only: bool = False, tingkat: str | None = None
) -> list[tuple[Sasaran, list[HasilIndikator]]]:
    """Indicators grouped by sasaran, in Renstra order; sasaran without indicators are skipped.

    With `iku_only` only IKU are listed — unless there are none, then all are. With
    `tingkat` only the sasaran of that cascade level (`HasilSasaran.tingkat`) are listed, and
    "none" is of that level: IKU usually sit at the first level, and a lower level's table
    then lists all its indicators rather than none.
    """
    groups = []
    di_tingkat = [
        s
        for s in project.renstra.sasaran
        if tingkat is None
        or ((hs := hasil.sasaran.get(s.id)) is not None and hs.tingkat == tingkat)
    ]
    sasaran_ids = {s.id for s in di_tingkat}
    kandidat = [
        h
        for i in project.renstra.indikator
        if (h := hasil.indikator.get(i.id)) is not None
        and (tingkat is None or i.sasaran in sasaran_ids)
    ]
    wanted = [i for i in kandidat if i.iku] if iku_only else []
    if not wanted:
        wanted = list(hasil.indikator.values())
    ids = {i.id for i in wanted}
    for sasaran in di_tingkat:
        rows = [
            hasil.indikator[i.id]
            for i in project.renstra.indikator
            if i.sasaran == sasaran.id and i.id in ids and i.id in hasil.indikator
        ]
        # An indicator id may repeat in bad data; list it once.
        first: dict[str, HasilIndikator] = {}
        for r in rows:
            first.setdefault(r.id, r)
        rows = list(first.values())
        if rows:
            groups.append((sasaran, rows))
    return groups


def baris_berkelompok(
    groups: Iterable[tuple[str, Sequence[T]]], mulai: int = 1
) -> Iterator[tuple[list[Cell], T]]:
    """Each item of each group with the cells that open its row, groups numbered from
    `mulai` (1).

    The first item of a group gets the No and the group text, both merged down over the
    group's rows; the others get none (the merged cells cover them). A group without items
    still takes its number.
    """
    for no, (teks, items) in enumerate(groups, start=mulai):
        span = len(items)
        for k, item in enumerate(items):
            yield ([m(str(no), rowspan=span), c(teks, rowspan=span)] if k == 0 else []), item


def baris_per_sasaran(
    project: Project,
    hasil: Hasil,
    keep: Callable[[HasilIndikator], bool] | None = None,
    iku_only: bool = False,
    tingkat: str | None = None,
) -> Iterator[tuple[list[Cell], HasilIndikator]]:
    """The indicators of `per_sasaran`, each with the No and sasaran cells that open its row.

    With `keep` only the indicators it accepts are listed; a sasaran left without any is
    skipped and not numbered. With `tingkat` only that cascade level's sasaran are listed.
    """
    groups = []
    for sasaran, items in per_sasaran(project, hasil, iku_only=iku_only, tingkat=tingkat):
        kept = [i for i in items if keep is None or keep(i)]
        if kept:
            groups.append((sasaran.teks, kept))
    return baris_berkelompok(groups)


def baris_target(
    project: Project,
    hasil: Hasil,
    lebar: int,
    isi: Callable[[list[Cell], HasilIndikator], list[Cell]],
    keep: Callable[[HasilIndikator], bool] | None = None,
) -> list[list[Cell]]:
    """The rows of a table of indicators by sasaran (Renstra, RKT, PK, Rencana Aksi): `isi`
    completes the row `baris_per_sasaran` opens. In a cascade the sasaran of each level come
    under a row with that level's name spanning the `lebar` columns, numbered on across the
    levels, so a sasaran program is never read as a sasaran strategis."""
    if not calc_kaskade.bertingkat(project):
        return [isi(lead, hi) for lead, hi in baris_per_sasaran(project, hasil, keep=keep)]
    rows: list[list[Cell]] = []
    no = 0
    for t in project.laporan.pengaturan.tingkat_sasaran:
        groups = []
        for sasaran, items in per_sasaran(project, hasil, tingkat=t.id):
            kept = [i for i in items if keep is None or keep(i)]
            if kept:
                groups.append((sasaran.teks, kept))
        if not groups:
            continue
        rows.append([c(t.nama, colspan=lebar, bold=True)])
        for lead, hi in baris_berkelompok(groups, mulai=no + 1):
            rows.append(isi(lead, hi))
        no += len(groups)
    return rows


def judul_kolom_sasaran(project: Project) -> str:
    """The sasaran column of the target tables: "Sasaran" when rows of several cascade levels
    sit in it under their level's name, else "Sasaran Strategis" as always."""
    return "Sasaran" if calc_kaskade.bertingkat(project) else "Sasaran Strategis"


def nama_kode(hasil: Hasil, kode: str) -> str:
    """Name of a program, kegiatan or sub kegiatan by its code ("" when unknown)."""
    if kode in hasil.program:
        return hasil.program[kode].nama
    if kode in hasil.kegiatan:
        return hasil.kegiatan[kode].nama
    for keg in hasil.kegiatan.values():
        for sub in keg.sub_kegiatan:
            if sub.kode == kode:
                return sub.nama
    return ""


class _Kosong:
    """Why cells show "–": reasons with the subjects they apply to, printed as one note."""

    def __init__(self) -> None:
        self.alasan: dict[str, list[str]] = {}

    def add(self, subject: str, capaian: Capaian) -> None:
        if capaian.nilai is None and capaian.alasan:
            subjects = self.alasan.setdefault(capaian.alasan, [])
            if subject not in subjects:
                subjects.append(subject)

    def notes(self) -> list[str]:
        if not self.alasan:
            return []
        parts = [f"{', '.join(subjects)}: {reason}" for reason, subjects in self.alasan.items()]
        return [f"{KOSONG} = tidak dapat dihitung ({'; '.join(parts)})."]


@dataclass(frozen=True)
class Periode:
    """The periods of a year a Rencana Aksi table shows: quarters or semesters."""

    nama: str  # "triwulan" | "semester", as the notes say it
    label: tuple[str, ...]  # column headers, "TW I"…"TW IV" or "Smt I", "Smt II"
    romawi: tuple[str, ...]  # the period numbers in notes, "I"…"IV"

    def dari(self, hi: HasilIndikator) -> list[HasilTriwulan]:
        """The indicator's figures for these periods (empty when it has none)."""
        return hi.triwulan if self is TRIWULAN else hi.semester

    def ada(self, hi: HasilIndikator) -> bool:
        return bool(self.dari(hi))


TRIWULAN = Periode("triwulan", TW, ROMAWI_TW)
SEMESTER = Periode("semester", ("Smt I", "Smt II"), ("I", "II"))


def periode_laporan(hasil: Hasil) -> list[Periode]:
    """The periods the report's indicators have figures for: quarters (the Rencana Aksi),
    semesters (`realisasi[].semester`), or both, in that order."""
    return [p for p in (TRIWULAN, SEMESTER) if any(p.ada(hi) for hi in hasil.indikator.values())]


def _ada_periode(hi: HasilIndikator) -> bool:
    """Whether the indicator has quarterly or semester figures (the Rencana Aksi lists only
    those)."""
    return bool(hi.triwulan or hi.semester)


class _TanpaTarget:
    """Indicators with a period that has no target, whose cells show "–", printed as one note."""

    def __init__(self, periode: Periode | None = None) -> None:
        self.periode = periode or TRIWULAN
        self.nama: list[str] = []

    def add(self, hi: HasilIndikator) -> None:
        tw = {t.triwulan: t for t in self.periode.dari(hi)}
        nomor = range(1, len(self.periode.label) + 1)
        kosong = any(q not in tw or tw[q].target is None for q in nomor)
        if kosong and hi.nama not in self.nama:
            self.nama.append(hi.nama)

    def notes(self) -> list[str]:
        if not self.nama:
            return []
        return [
            f"{KOSONG} = tidak ada target pada {self.periode.nama} tersebut: "
            f"{', '.join(self.nama)}."
        ]


# -- Bab II ------------------------------------------------------------------------------------
def tabel_renstra(project: Project, hasil: Hasil) -> TableSpec:
    """Sasaran & target Renstra over the period (landscape): two-row header "Target"."""
    indikator = [i for i in project.renstra.indikator if i.id in hasil.indikator]
    targets = {i.id: calc_turunan.target_per_tahun(i) for i in indikator}
    years = sorted({y for i in indikator for y in targets[i.id]})
    awal_years = {i.kondisi_awal.tahun for i in indikator if i.kondisi_awal}
    awal_label = "Kondisi Awal"
    if len(awal_years) == 1:
        awal_label += f" ({next(iter(awal_years))})"
    akhir = f"Kondisi Akhir ({project.renstra.periode.akhir})"
    year_w = min(1.8, max(1.3, 9.0 / max(len(years), 1)))
    fixed = 0.8 + 1.6 + 2.0 + 2.2 + year_w * len(years)
    text_w = LANDSCAPE - fixed
    widths = [0.8, text_w * 0.45, text_w * 0.55, 1.6, 2.0] + [year_w] * len(years) + [2.2]
    header = [
        [
            h("No", rowspan=2),
            h("Sasaran", rowspan=2),
            h("Indikator Kinerja", rowspan=2),
            h("Satuan", rowspan=2),
            h(awal_label, rowspan=2),
            h("Target", colspan=len(years)),
            h(akhir, rowspan=2),
        ],
        [h(str(y)) for y in years],
    ]
    by_id = {i.id: i for i in indikator}

    def isi(lead: list[Cell], hi: HasilIndikator) -> list[Cell]:
        data = by_id[hi.id]
        awal = KOSONG
        if data.kondisi_awal:
            awal = nilai(data.kondisi_awal.nilai)
            if len(awal_years) > 1:
                awal += f" ({data.kondisi_awal.tahun})"
        row = lead + [c(data.nama), m(data.satuan), n(awal)]
        row += [n(nilai(targets[data.id].get(y))) for y in years]
        row.append(n(nilai(data.kondisi_akhir)))
        return row

    rows = baris_target(project, hasil, len(widths), isi)
    return TableSpec(widths_cm=scale(widths, LANDSCAPE), header=header, rows=rows)


def tabel_keterkaitan(project: Project, hasil: Hasil) -> TableSpec:
    """Keterkaitan Visi–Misi–Tujuan–Sasaran–Indikator–Strategi–Arah Kebijakan."""
    renstra = project.renstra
    widths = [3.0, 3.0, 3.4, 3.2, 3.4]
    header = [
        [h(f"VISI: {renstra.visi}", colspan=5, align="left")],
        [h("Tujuan"), h("Sasaran"), h("Indikator Kinerja"), h("Strategi"), h("Arah Kebijakan")],
    ]
    nama_ind = {i.id: i.nama for i in renstra.indikator}
    rows: list[list[Cell]] = []
    for misi in renstra.misi:
        label = f"MISI {misi.nomor}" if misi.nomor is not None else "MISI"
        rows.append([Cell(f"{label}: {misi.teks}", colspan=5, bold=True, shade=True)])
        for tujuan in (t for t in renstra.tujuan if t.misi == misi.id):
            # Rows of a tujuan: one per arah kebijakan of each strategi of each sasaran.
            blocks = []
            for sasaran in (s for s in renstra.sasaran if s.tujuan == tujuan.id):
                strategi = [s for s in renstra.strategi if s.sasaran == sasaran.id]
                ind = [i.nama for i in renstra.indikator if i.sasaran == sasaran.id]
                if not strategi:
                    blocks.append((sasaran, [("; ".join(ind) or KOSONG, KOSONG, [KOSONG])]))
                    continue
                lines = []
                for st in strategi:
                    names = [nama_ind.get(i, i) for i in st.indikator] or ind
                    lines.append(("; ".join(names) or KOSONG, st.teks, st.kebijakan or [KOSONG]))
                blocks.append((sasaran, lines))
            total = sum(len(kb) for _, lines in blocks for _, _, kb in lines) or 1
            first_tujuan = True
            if not blocks:
                rows.append([c(tujuan.teks), c(KOSONG), c(KOSONG), c(KOSONG), c(KOSONG)])
                continue
            for sasaran, lines in blocks:
                sas_rows = sum(len(kb) for _, _, kb in lines)
                first_sasaran = True
                for ind_text, strategi_text, kebijakan in lines:
                    for k, kb in enumerate(kebijakan):
                        row = []
                        if first_tujuan:
                            row.append(c(tujuan.teks, rowspan=total))
                            first_tujuan = False
                        if first_sasaran:
                            row.append(c(sasaran.teks, rowspan=sas_rows))
                            first_sasaran = False
                        if k == 0:
                            row.append(c(ind_text, rowspan=len(kebijakan)))
                            row.append(c(strategi_text, rowspan=len(kebijakan)))
                        row.append(c(kb))
                        rows.append(row)
    return TableSpec(widths_cm=widths, header=header, rows=rows, number_row=False)


def program_per_sasaran(project: Project, hasil: Hasil) -> list[tuple[str, list[str]]]:
    """(sasaran text, program codes) in Renstra order, then the penunjang programs."""
    groups = []
    for sasaran in project.renstra.sasaran:
        hs = hasil.sasaran.get(sasaran.id)
        if hs and hs.program:
            groups.append((sasaran.teks, [k for k in hs.program if k in hasil.program]))
    listed = {k for _, codes in groups for k in codes}
    rest = [k for k, p in hasil.program.items() if k not in listed]
    if rest:
        label = "Program penunjang dan program lain yang mendukung seluruh sasaran"
        groups.append((label, rest))
    return groups


def tabel_program(project: Project, hasil: Hasil) -> TableSpec:
    """Program per sasaran with its pagu (DPA); "Jumlah" = hasil.total when no program repeats."""
    widths = [0.8, 4.4, 1.8, 6.0, 3.0]
    header = [[h("No"), h("Sasaran"), h("Kode"), h("Program"), h("Pagu (Rp)")]]
    if calc_kaskade.bertingkat(project):
        return _tabel_program_bertingkat(project, hasil, widths, header)
    rows = []
    groups = program_per_sasaran(project, hasil)
    for lead, kode in baris_berkelompok(groups):
        prog = hasil.program[kode]
        rows.append(lead + [m(kode), c(prog.nama), n(uang(prog.anggaran.pagu))])
    codes = [k for _, cs in groups for k in cs]
    footer = []
    if len(codes) == len(set(codes)) and set(codes) == set(hasil.program):
        footer = [
            [
                Cell("Jumlah", colspan=4, bold=True, align="center"),
                n(uang(hasil.total.pagu), bold=True),
            ]
        ]
    return TableSpec(widths_cm=widths, header=header, rows=rows, footer=footer)


def _tabel_program_bertingkat(
    project: Project, hasil: Hasil, widths: list[float], header: list[list[Cell]]
) -> TableSpec:
    """Tabel 2.3 of a cascade: the sasaran of each level under a row with the level's name,
    numbered on across the levels as Tabel 2.1 numbers them, each with the programs that
    support its own indicators (`anggaran.program[].indikator`).

    A program serving several sasaran is listed under each, but its pagu is printed once, at
    its first sasaran, so the column adds up to the "Jumlah", which counts every program once.
    A sasaran whose indicators no program names gets "–": the data links programs to
    indicators only, so no program of a parent sasaran is claimed for it.
    """
    rows: list[list[Cell]] = []
    pertama: dict[str, int] = {}  # program code → No of the sasaran its pagu is printed at
    tanpa_program: list[str] = []  # sasaran text
    dicantumkan: list[tuple[str, int]] = []  # (program code, No) per sasaran it is listed at
    no = 0
    for t in project.laporan.pengaturan.tingkat_sasaran:
        sasaran = [s for s, _ in per_sasaran(project, hasil, tingkat=t.id)]
        if not sasaran:
            continue
        rows.append([c(t.nama, colspan=len(widths), bold=True)])
        for s in sasaran:
            no += 1
            hs = hasil.sasaran.get(s.id)
            kode = [k for k in (hs.program if hs else []) if k in hasil.program]
            if not kode:
                tanpa_program.append(s.teks)
                rows.append([m(str(no)), c(s.teks), m(KOSONG), c(KOSONG), n(KOSONG)])
                continue
            dicantumkan += [(k, no) for k in kode]
            for lead, k in baris_berkelompok([(s.teks, kode)], mulai=no):
                rows.append(
                    lead + [m(k), c(hasil.program[k].nama), _pagu_sekali(hasil, k, no, pertama)]
                )
    listed = set(pertama)
    lain = [k for k in hasil.program if k not in listed]
    if lain:
        rows.append([c("Program Lain", colspan=len(widths), bold=True)])
        label = "Program penunjang dan program lain yang mendukung seluruh sasaran"
        for lead, k in baris_berkelompok([(label, lain)], mulai=no + 1):
            rows.append(
                lead + [m(k), c(hasil.program[k].nama), _pagu_sekali(hasil, k, no + 1, pertama)]
            )
    footer = [
        [Cell("Jumlah", colspan=4, bold=True, align="center"), n(uang(hasil.total.pagu), bold=True)]
    ]
    notes = _catatan_program(hasil, dicantumkan, tanpa_program)
    return TableSpec(widths_cm=widths, header=header, rows=rows, footer=footer, notes=notes)


def _pagu_sekali(hasil: Hasil, kode: str, no: int, pertama: dict[str, int]) -> Cell:
    """The program's pagu at the first sasaran it serves; at a later one a pointer to it."""
    if kode in pertama:
        return n(f"lihat No. {pertama[kode]}")
    pertama[kode] = no
    return n(uang(hasil.program[kode].anggaran.pagu))


def _catatan_program(
    hasil: Hasil, dicantumkan: list[tuple[str, int]], tanpa_program: list[str]
) -> list[str]:
    """Why a pagu reads "lihat No." and why a sasaran shows "–"."""
    notes = []
    nomor: dict[str, list[int]] = {}
    for kode, no in dicantumkan:
        nomor.setdefault(kode, []).append(no)
    berulang = [
        f"{k} {hasil.program[k].nama} (No. {daftar(nos)})"
        for k, nos in nomor.items()
        if len(nos) > 1
    ]
    if berulang:
        notes.append(
            "Program yang mendukung lebih dari satu sasaran dicantumkan pada setiap sasaran "
            "yang didukungnya; pagunya ditulis sekali, pada sasaran pertama, dan dihitung "
            f"sekali dalam Jumlah: {'; '.join(berulang)}."
        )
    if tanpa_program:
        notes.append(
            f"{KOSONG} = tidak ada program yang dipetakan untuk mendukung indikator sasaran "
            f"ini: {'; '.join(tanpa_program)}."
        )
    return notes


def daftar(nomor: list[int]) -> str:
    """1, 4 dan 6."""
    teks = [str(n) for n in nomor]
    return teks[0] if len(teks) == 1 else ", ".join(teks[:-1]) + " dan " + teks[-1]


def _target_header(project: Project, target: str) -> list[list[Cell]]:
    """The header of the target tables (RKT, PK): No, sasaran, indicator, unit, `target`."""
    sasaran = judul_kolom_sasaran(project)
    return [[h("No"), h(sasaran), h("Indikator Kinerja"), h("Satuan"), h(target)]]


def _target_rows(
    project: Project, hasil: Hasil, target: Sequence[TargetIndikator]
) -> list[list[Cell]]:
    """The indicators that have a target in `target`, by sasaran, with that target."""
    targets = {t.indikator: t.target for t in target}
    return baris_target(
        project,
        hasil,
        lebar=5,
        isi=lambda lead, hi: lead + [c(hi.nama), m(hi.satuan), n(nilai(targets[hi.id]))],
        keep=lambda i: i.id in targets,
    )


def tabel_rkt(project: Project, hasil: Hasil) -> TableSpec:
    """Rencana Kinerja Tahunan: targets as written in the RKT."""
    rkt = project.kinerja.rkt
    widths = [0.8, 4.6, 6.0, 1.8, 2.8]
    header = _target_header(project, f"Target Tahun {rkt.tahun}")
    rows = _target_rows(project, hasil, rkt.target)
    return TableSpec(widths_cm=widths, header=header, rows=rows)


def tabel_pk(project: Project, hasil: Hasil, pk: PerjanjianKinerja | None = None) -> TableSpec:
    """Perjanjian Kinerja: targets, then programs/kegiatan with the anggaran as in the PK.

    "Jumlah" is hasil.pk_total for the PK the report measures against; an earlier PK shows
    the total written in it, if any.
    """
    terakhir = pk is None or pk is project.pk
    pk = pk or project.pk
    widths = [0.8, 4.4, 6.0, 1.8, 3.0]
    header = _target_header(project, f"Target {pk.tahun}")
    rows = _target_rows(project, hasil, pk.target)
    footer = []
    if pk.anggaran:
        rows.append([h("No"), h("Program / Kegiatan", colspan=3), h("Anggaran (Rp)")])
        for no, prog in enumerate(pk.anggaran, start=1):
            name = nama_kode(hasil, prog.program)
            rows.append(
                [
                    m(str(no), bold=True),
                    c(f"{prog.program} {name}".strip(), colspan=3, bold=True),
                    n(uang(prog.pagu), bold=True),
                ]
            )
            for k, keg in enumerate(prog.kegiatan, start=1):
                name = nama_kode(hasil, keg.kode)
                rows.append(
                    [m(f"{no}.{k}"), c(f"{keg.kode} {name}".strip(), colspan=3), n(uang(keg.pagu))]
                )
        jumlah = hasil.pk_total if terakhir else pk.jumlah
        if jumlah is not None:
            footer = [
                [Cell("Jumlah", colspan=4, bold=True, align="center"), n(uang(jumlah), bold=True)]
            ]
    return TableSpec(widths_cm=widths, header=header, rows=rows, footer=footer)


# The note on each indicator's Rencana Aksi targets; {jenis} is the kind of value a period
# holds ("indeks/tingkat", "ya/tidak", "predikat").
SIFAT_TRIWULAN = {
    "akumulasi": "target per triwulan; jumlah keempat triwulan sama dengan target tahunan",
    "kumulatif": "target kumulatif sampai dengan triwulan berjalan; TW IV sama dengan target "
    "tahunan",
    "nilai_akhir": "nilai pada triwulan berjalan ({jenis}); realisasi tahunan adalah "
    "nilai terakhir yang dilaporkan",
    "rata_rata": "nilai pada triwulan berjalan; realisasi tahunan adalah rata-rata triwulan "
    "yang dilaporkan",
    "maksimum": "nilai pada triwulan berjalan; realisasi tahunan adalah nilai tertinggi yang "
    "dilaporkan",
}


SIFAT_SEMESTER = {
    "akumulasi": "target per semester; jumlah kedua semester sama dengan target tahunan",
    "kumulatif": "target kumulatif sampai dengan semester berjalan; semester II sama dengan "
    "target tahunan",
    "nilai_akhir": "nilai pada semester berjalan ({jenis}); realisasi tahunan adalah "
    "nilai terakhir yang dilaporkan",
    "rata_rata": "nilai pada semester berjalan; realisasi tahunan adalah rata-rata semester "
    "yang dilaporkan",
    "maksimum": "nilai pada semester berjalan; realisasi tahunan adalah nilai tertinggi yang "
    "dilaporkan",
}


def tabel_rencana_aksi(project: Project, hasil: Hasil) -> TableSpec:
    """Rencana Aksi: annual target and the targets per period, two-row header: a group of
    quarter columns when an indicator has quarters, and of semester columns when one has
    semesters (a report with quarters only has the quarter table it always had)."""
    periode = periode_laporan(hasil) or [TRIWULAN]
    widths = [0.8, 3.1, 3.7, 1.4, 1.6] + [1.35] * sum(len(p.label) for p in periode)
    header = [
        [
            h("No", rowspan=2),
            h(judul_kolom_sasaran(project), rowspan=2),
            h("Indikator Kinerja", rowspan=2),
            h("Satuan", rowspan=2),
            h("Target Tahunan", rowspan=2),
        ]
        + [h(f"Target {p.nama.capitalize()}", colspan=len(p.label)) for p in periode],
        [h(t) for p in periode for t in p.label],
    ]
    tanpa_target = [_TanpaTarget(p) for p in periode]

    def isi(lead: list[Cell], hi: HasilIndikator) -> list[Cell]:
        row = lead + [c(hi.nama), m(hi.satuan), n(nilai(hi.target))]
        for p, catatan in zip(periode, tanpa_target, strict=True):
            tw = {t.triwulan: t for t in p.dari(hi)}
            nomor = range(1, len(p.label) + 1)
            row += [n(nilai(tw[q].target) if q in tw else KOSONG) for q in nomor]
            catatan.add(hi)
        return row

    rows = baris_target(project, hasil, len(widths), isi, keep=_ada_periode)
    if periode != [TRIWULAN]:
        widths = scale(widths, PORTRAIT)
    notes = [note for catatan in tanpa_target for note in catatan.notes()]
    spec = TableSpec(widths_cm=widths, header=header, rows=rows, notes=notes)
    if periode != [TRIWULAN]:
        # More period columns than the quarter table: scaled down, "Satuan" and "Indikator"
        # would break inside the word; each column gets at least its longest word instead.
        spec = table_fit.narrowed(spec, PORTRAIT) or spec
    return spec


# -- Bab III -----------------------------------------------------------------------------------
def interval_skala(hasil: Hasil) -> list[tuple[str, str]]:
    """(interval text, category) per band, highest first: "C ≥ 91", "76 ≤ C < 91", "C < 51";
    a scale written with bounds in its own order ("85 < C ≤ 100")."""
    return calc_skala.interval(hasil.skala)


def tabel_skala(hasil: Hasil) -> TableSpec:
    widths = [1.0, 6.0, 6.0]
    header = [[h("No"), h("Capaian Kinerja (C, %)"), h("Kategori")]]
    rows = [
        [m(str(k)), m(text), c(kategori)]
        for k, (text, kategori) in enumerate(interval_skala(hasil), start=1)
    ]
    notes = [f"Sumber: {hasil.skala.sumber}."] if hasil.skala.sumber else []
    return TableSpec(widths_cm=widths, header=header, rows=rows, number_row=False, notes=notes)


def tabel_capaian_iku(
    project: Project,
    hasil: Hasil,
    tingkat: str | None = None,
    judul_sasaran: str = "Sasaran Strategis",
    iku_only: bool = True,
) -> TableSpec:
    """Capaian IKU: target, realisation and capaian of the year (also the Ikhtisar table).

    With `tingkat` only the sasaran of that cascade level, under the column `judul_sasaran`
    (one table per level: levels are never mixed in one table); without it, a cascade lists
    its first level (the Ikhtisar's table of sasaran strategis). `iku_only=False` lists every
    indicator: the indicators of lower cascade levels are seldom IKU, and a level's table
    would otherwise be empty.
    """
    if tingkat is None and calc_kaskade.bertingkat(project):
        tingkat = project.laporan.pengaturan.tingkat_sasaran[0].id
    widths = [0.8, 3.6, 4.6, 1.6, 1.7, 1.8, 1.9]
    tahun = hasil.tahun
    header = [
        [
            h("No"),
            h(judul_sasaran),
            h("Indikator Kinerja"),
            h("Satuan"),
            h(f"Target {tahun}"),
            h(f"Realisasi {tahun}"),
            h("Capaian (%)"),
        ]
    ]
    rows = []
    kosong = _Kosong()
    for lead, hi in baris_per_sasaran(project, hasil, iku_only=iku_only, tingkat=tingkat):
        rows.append(
            lead
            + [
                c(hi.nama),
                m(hi.satuan),
                n(nilai(hi.target)),
                n(nilai(hi.realisasi)),
                n(pct(hi.capaian)),
            ]
        )
        kosong.add(hi.nama, hi.capaian)
    return TableSpec(widths_cm=widths, header=header, rows=rows, notes=kosong.notes())


def tabel_rincian(hi: HasilIndikator) -> TableSpec:
    """An indicator's breakdown by area or unit, closed by the row that makes the realisation
    (Jumlah or Rata-rata, as computed from the rows)."""
    r = hi.rincian
    assert r is not None
    pecahan = any(b.pembilang is not None for b in r.baris)
    widths = [1.0, 6.0, 3.0, 3.0, 3.0] if pecahan else [1.0, 9.0, 4.0]
    kepala = [h("No"), h(r.judul)]
    if pecahan:
        kepala += [h("Pembilang"), h("Penyebut")]
    header = [kepala + [h(f"Realisasi ({hi.satuan})")]]
    rows = []
    for k, b in enumerate(r.baris, start=1):
        row = [m(str(k)), c(b.nama)]
        if pecahan:
            row += [n(angka(b.pembilang)), n(angka(b.penyebut))]
        rows.append(row + [n(angka(b.nilai))])
    penutup = {"jumlah": "Jumlah", "rata_rata": "Rata-rata"}.get(r.agregasi, "Seluruhnya")
    places = calc_turunan.desimal(hi.realisasi) if isinstance(hi.realisasi, Decimal) else 2
    total = r.nilai if r.agregasi == "jumlah" else idfmt.bulatkan(r.nilai, places)
    akhir = [c(penutup, colspan=2, bold=True)]
    if pecahan:
        akhir += [
            n(angka(v) if v is not None else KOSONG, bold=True) for v in (r.pembilang, r.penyebut)
        ]
    rows.append(akhir + [n(angka(total), bold=True)])
    return TableSpec(widths_cm=widths, header=header, rows=rows)


def tabel_pengukuran(project: Project, hasil: Hasil) -> TableSpec:
    """Pengukuran kinerja: N−1, N and against the Renstra end target."""
    tahun = hasil.tahun
    akhir = project.renstra.periode.akhir
    widths = [0.8, 3.9, 1.6, 1.5, 1.4, 1.6, 1.5, 1.6, 2.1]
    header = [
        [
            h("No", rowspan=2),
            h("Indikator Kinerja", rowspan=2),
            h(str(tahun - 1), colspan=2),
            h(str(tahun), colspan=3),
            h(f"{project.ciri.renstra_singkat} (akhir {akhir})", colspan=2),
        ],
        [
            h("Realisasi"),
            h("Capaian (%)"),
            h("Target"),
            h("Realisasi"),
            h("Capaian (%)"),
            h("Target Akhir"),
            h("Capaian thd Target Akhir (%)"),
        ],
    ]
    rows = []
    kosong = _Kosong()
    no = 0
    for _sasaran, items in per_sasaran(project, hasil):
        for hi in items:
            no += 1
            lalu = next((r for r in hi.riwayat if r.tahun == tahun - 1), None)
            if lalu is not None:
                kosong.add(f"capaian {tahun - 1}", lalu.capaian)
            kosong.add(f"capaian {tahun} {hi.nama}", hi.capaian)
            kosong.add(f"capaian terhadap target akhir {hi.nama}", hi.capaian_renstra)
            rows.append(
                [
                    m(str(no)),
                    c(hi.nama),
                    n(nilai(lalu.realisasi) if lalu else KOSONG),
                    n(pct(lalu.capaian) if lalu else KOSONG),
                    n(nilai(hi.target)),
                    n(nilai(hi.realisasi)),
                    n(pct(hi.capaian)),
                    n(_target_akhir(project, hi, tahun)),
                    n(pct(hi.capaian_renstra)),
                ]
            )
    return TableSpec(
        widths_cm=widths, header=header, rows=rows, font_size_pt=9, notes=kosong.notes()
    )


def _target_akhir(project: Project, hi: HasilIndikator, tahun: int) -> str:
    """The end target; for a five-year-total target also the running total it is measured
    against ("53 (Σ s.d. 2022: 29,6)"), so the printed capaian follows from printed figures
    and not from the year's realisation beside it."""
    indikator = project.indikator(hi.id)
    if indikator is None or not indikator.target_akhir_total:
        return nilai(hi.target_akhir)
    years = {r.tahun: r.realisasi for r in hi.riwayat}
    years[tahun] = hi.realisasi
    target = calc_turunan.target_per_tahun(indikator)
    values = [years.get(y) for y in sorted(target) if y <= tahun]
    if not values or not all(isinstance(v, Decimal) for v in values):
        return nilai(hi.target_akhir)
    jumlah = sum((v for v in values if isinstance(v, Decimal)), Decimal(0))
    return f"{nilai(hi.target_akhir)} (Σ s.d. {tahun}: {nilai(jumlah)})"


def tabel_permasalahan(project: Project) -> TableSpec:
    widths = [0.8, 7.6, 7.6]
    header = [[h("No"), h("Permasalahan"), h("Langkah/Solusi")]]
    rows = [
        [m(str(k)), c(p.masalah), c(p.solusi)]
        for k, p in enumerate(project.kinerja.permasalahan, start=1)
    ]
    return TableSpec(widths_cm=widths, header=header, rows=rows)


def _efisiensi_cells(e: Efisiensi | None, bold: bool = False, gabungan: bool = False) -> list[Cell]:
    """Capaian, penyerapan, efficiency and its verdict. The efficiency is computed from the
    capaian and penyerapan as shown (two decimals): the header says "(5) = (3) − (4)", so a
    reader who subtracts the printed columns must get the printed value (103,30 − 98,00 is
    5,30, although the unrounded difference 103,2988 − 97,9955 rounds to 5,29). `gabungan`:
    the row of a sasaran or of the perangkat daerah (see `efisiensi_tampil`)."""
    if e is None:
        return [n(KOSONG), n(KOSONG), n(KOSONG), m("tidak dapat dihitung")]
    value = KOSONG if e.nilai is None else angka(efisiensi_tampil(e, gabungan), 2)
    return [
        n(pct(e.capaian), bold=bold),
        n(pct(e.serapan), bold=bold),
        n(value, bold=bold),
        m(e.keterangan, bold=bold),
    ]


def efisiensi_tampil(e: Efisiensi, gabungan: bool = False) -> Decimal:
    """The efficiency of the capaian and penyerapan rounded as the table prints them, by the
    declared variant. The RKA-K/L index of a sasaran or the perangkat daerah averages the E of
    its indicators (`calc.efisiensi.gabungan`), which its own printed columns cannot give: that
    row prints the computed value. The table and every sentence that states the value print
    this one."""
    if e.capaian is None or e.serapan is None or e.nilai is None:
        return e.nilai if e.nilai is not None else Decimal(0)
    if gabungan and e.rumus_efisiensi is RumusEfisiensi.INDEKS_RKA_KL:
        return e.nilai
    capaian, serapan = bulatkan(e.capaian, 2), bulatkan(e.serapan, 2)
    value = calc_efisiensi.nilai(capaian, serapan, e.rumus_efisiensi)
    return e.nilai if value is None else value


# The efficiency column's header formula per variant, over the table's column numbers
# ((3) capaian, (4) penyerapan): the formula of `calc.efisiensi.RUMUS` in the table's terms.
RUMUS_KOLOM_EFISIENSI = {
    RumusEfisiensi.SELISIH: "(5) = (3) − (4)",
    RumusEfisiensi.RASIO: "(5) = (3) : (4)",
    RumusEfisiensi.SISA_ANGGARAN: "(5) = 100 − (4)",
    RumusEfisiensi.INDEKS_RKA_KL: "(5) = 50 + E / 20 × 50; E = (1 − (4) : (3)) × 100",
}

# What the note under the table adds to the formula, per variant: when the value counts as
# efficient, and how a sasaran's index is formed.
CATATAN_EFISIENSI = {
    RumusEfisiensi.SELISIH: "",
    RumusEfisiensi.RASIO: "",
    RumusEfisiensi.SISA_ANGGARAN: "; efisien bila sisa anggaran lebih dari 0 dan capaian kinerja "
    "mencapai 100%, tidak efisien bila target tidak tercapai",
    RumusEfisiensi.INDEKS_RKA_KL: "; efisien bila lebih dari 50; E sasaran dan {unit} adalah "
    "rata-rata E indikatornya sebelum dibatasi",
}


def rumus_efisiensi(hasil: Hasil) -> str:
    e = hasil.efisiensi
    return e.rumus + (f" ({e.satuan})" if e.satuan else "")


def tabel_efisiensi(project: Project, hasil: Hasil) -> TableSpec:
    """Efficiency per sasaran and indicator; the header states the variant's formula."""
    widths = [0.8, 5.3, 2.1, 2.3, 2.6, 2.9]
    e = hasil.efisiensi
    rumus = RUMUS_KOLOM_EFISIENSI[e.rumus_efisiensi]
    satuan = f" ({e.satuan})" if e.satuan else ""
    header = [
        [
            h("No"),
            h("Sasaran / Indikator Kinerja"),
            h("Capaian Kinerja (%)"),
            h("Penyerapan Anggaran (%)"),
            h(f"Tingkat Efisiensi{satuan} {rumus}"),
            h("Keterangan"),
        ]
    ]
    rows = []
    groups = per_sasaran(project, hasil)
    for no, (sasaran, items) in enumerate(groups, start=1):
        hs = hasil.sasaran.get(sasaran.id)
        rows.append(
            [m(str(no), bold=True), c(f"Sasaran: {sasaran.teks}", bold=True)]
            + _efisiensi_cells(hs.efisiensi if hs else None, bold=True, gabungan=True)
        )
        for hi in items:
            rows.append([m(""), c(f"– {hi.nama}")] + _efisiensi_cells(hi.efisiensi))
    unit = project.ciri.sebutan_instansi
    footer = []
    if len(groups) > 1:
        footer = [
            [Cell(f"{unit.capitalize()} (seluruh sasaran)", colspan=2, bold=True)]
            + _efisiensi_cells(hasil.efisiensi, bold=True, gabungan=True)
        ]
    notes = [
        "Capaian kinerja sasaran: "
        + (next(iter(hasil.sasaran.values())).capaian.rumus_teks if hasil.sasaran else KOSONG)
        + "; penyerapan anggaran: realisasi / pagu program pendukung × 100; tingkat efisiensi: "
        + rumus_efisiensi(hasil)
        + CATATAN_EFISIENSI[e.rumus_efisiensi].format(unit=unit)
        + "."
    ]
    return TableSpec(widths_cm=widths, header=header, rows=rows, footer=footer, notes=notes)


def _anggaran_cells(a: Anggaran | None, bold: bool = False) -> list[Cell]:
    if a is None:
        return [n(KOSONG), n(KOSONG), n(KOSONG), n(KOSONG)]
    return [
        n(uang(a.pagu), bold=bold),
        n(uang(a.realisasi), bold=bold),
        n(pct(a.serapan), bold=bold),
        n(uang(a.sisa), bold=bold),
    ]


def tabel_realisasi_anggaran(project: Project, hasil: Hasil) -> TableSpec:
    """Budget realisation per program and kegiatan; the totals row is hasil.total."""
    widths = [0.8, 2.3, 4.9, 2.5, 2.5, 1.2, 1.8]
    header = [
        [
            h("No"),
            h("Kode"),
            h("Program / Kegiatan"),
            h("Pagu (Rp)"),
            h("Realisasi (Rp)"),
            h("%"),
            h("Sisa (Rp)"),
        ]
    ]
    rows = []
    for no, prog in enumerate(hasil.program.values(), start=1):
        rows.append(
            [m(str(no), bold=True), c(prog.kode, bold=True), c(prog.nama, bold=True)]
            + _anggaran_cells(prog.anggaran, bold=True)
        )
        for k, keg in enumerate(prog.kegiatan, start=1):
            rows.append([m(f"{no}.{k}"), c(keg.kode), c(keg.nama)] + _anggaran_cells(keg.anggaran))
    footer = [
        [Cell("Jumlah", colspan=3, bold=True, align="center")]
        + _anggaran_cells(hasil.total, bold=True)
    ]
    notes = []
    if project.anggaran.sumber_realisasi:
        notes.append(f"Sumber: {project.dokumen_anggaran}; {project.anggaran.sumber_realisasi}.")
    if hasil.total.realisasi is None:
        notes.append(f"{KOSONG} = realisasi belum dilaporkan untuk sebagian kegiatan.")
    return TableSpec(
        widths_cm=widths, header=header, rows=rows, footer=footer, font_size_pt=9, notes=notes
    )


def tabel_kinerja_anggaran(project: Project, hasil: Hasil) -> TableSpec:
    """Kinerja & anggaran joined by program code (landscape): "Kinerja" / "Keuangan" headers."""
    widths = [0.8, 3.2, 4.0, 1.5, 1.4, 1.5, 1.5, 4.4, 2.4, 2.4, 1.6]
    header = [
        [
            h("No", rowspan=2),
            h("Sasaran", rowspan=2),
            h("Indikator Kinerja", rowspan=2),
            h("Satuan", rowspan=2),
            h("Kinerja", colspan=3),
            h("Program", rowspan=2),
            h("Keuangan", colspan=3),
        ],
        [h("Target"), h("Realisasi"), h("%"), h("Pagu (Rp)"), h("Realisasi (Rp)"), h("%")],
    ]
    rows = []
    kosong = _Kosong()
    for no, (sasaran, items) in enumerate(per_sasaran(project, hasil), start=1):
        spans = [max(1, len([k for k in hi.program if k in hasil.program])) for hi in items]
        first_sasaran = True
        for hi, span in zip(items, spans, strict=True):
            codes: list[str | None] = [k for k in hi.program if k in hasil.program] or [None]
            kosong.add(hi.nama, hi.capaian)
            for j, kode in enumerate(codes):
                row = []
                if first_sasaran:
                    row += [m(str(no), rowspan=sum(spans)), c(sasaran.teks, rowspan=sum(spans))]
                    first_sasaran = False
                if j == 0:
                    row += [
                        c(hi.nama, rowspan=span),
                        m(hi.satuan, rowspan=span),
                        n(nilai(hi.target), rowspan=span),
                        n(nilai(hi.realisasi), rowspan=span),
                        n(pct(hi.capaian), rowspan=span),
                    ]
                if kode is None:
                    row += [c(KOSONG), n(KOSONG), n(KOSONG), n(KOSONG)]
                else:
                    prog = hasil.program[kode]
                    a = prog.anggaran
                    row += [
                        c(f"{prog.kode} {prog.nama}"),
                        n(uang(a.pagu)),
                        n(uang(a.realisasi)),
                        n(pct(a.serapan)),
                    ]
                rows.append(row)
    notes = kosong.notes()
    if project.anggaran.sumber_realisasi:
        notes.append(f"Sumber: {project.anggaran.sumber_realisasi}.")
    return TableSpec(
        widths_cm=scale(widths, LANDSCAPE), header=header, rows=rows, font_size_pt=9, notes=notes
    )


# -- Lampiran ----------------------------------------------------------------------------------
def tabel_evaluasi_ra(project: Project, hasil: Hasil, periode: Periode = TRIWULAN) -> TableSpec:
    """Evaluasi berkala Rencana Aksi (landscape): per period (quarter, or semester) target /
    realisasi / %, then the annual realisation and capaian."""
    tw_w = 1.1
    widths = [0.7, 2.6, 3.2, 1.2, 1.3] + [tw_w] * 3 * len(periode.label) + [1.5, 1.6]
    header = [
        [
            h("No", rowspan=2),
            h(judul_kolom_sasaran(project), rowspan=2),
            h("Indikator Kinerja", rowspan=2),
            h("Satuan", rowspan=2),
            h(f"Target {hasil.tahun}", rowspan=2),
        ]
        + [h(t, colspan=3) for t in periode.label]
        + [h("Realisasi Tahunan", rowspan=2), h("Capaian Tahunan (%)", rowspan=2)],
        [h(x) for _ in periode.label for x in ("T", "R", "%")],
    ]
    kosong = _Kosong()
    tanpa_target = _TanpaTarget(periode)
    singkat = "TW" if periode is TRIWULAN else "semester"

    def isi(lead: list[Cell], hi: HasilIndikator) -> list[Cell]:
        row = lead + [c(hi.nama), m(hi.satuan), n(nilai(hi.target))]
        tw = {t.triwulan: t for t in periode.dari(hi)}
        for q in range(1, len(periode.label) + 1):
            t = tw.get(q)
            if t is None:
                row += [n(KOSONG)] * 3
            else:
                row += [n(nilai(t.target)), n(nilai(t.realisasi)), n(pct(t.capaian))]
        row += [n(nilai(hi.realisasi)), n(pct(hi.capaian))]
        tanpa_target.add(hi)
        kosong.add(f"capaian tahunan {hi.nama}", hi.capaian)
        for t in periode.dari(hi):
            if t.target is not None or t.realisasi is not None:
                kosong.add(f"{singkat} {periode.romawi[t.triwulan - 1]} {hi.nama}", t.capaian)
        return row

    rows = baris_target(project, hasil, len(widths), isi, keep=periode.ada)
    notes = (
        [f"T = target, R = realisasi, % = capaian {periode.nama}."]
        + tanpa_target.notes()
        + kosong.notes()
    )
    return TableSpec(
        widths_cm=scale(widths, LANDSCAPE), header=header, rows=rows, font_size_pt=8, notes=notes
    )


def tabel_iku_lampiran(project: Project, hasil: Hasil) -> TableSpec:
    """Annex of the SK IKU: Tujuan/Sasaran · Indikator · Satuan · targets per year."""
    renstra = project.renstra
    iku = [i for i in renstra.indikator if i.iku]
    targets = {i.id: calc_turunan.target_per_tahun(i) for i in iku}
    years = sorted({y for i in iku for y in targets[i.id]})
    year_w = 1.3
    widths = [4.6, 4.8, 1.6] + [year_w] * len(years)
    widths = scale(widths, PORTRAIT) if sum(widths) > PORTRAIT else widths
    header = [
        [
            h("Tujuan / Sasaran", rowspan=2),
            h("Indikator Kinerja", rowspan=2),
            h("Satuan", rowspan=2),
            h("Target Tahunan", colspan=len(years)),
        ],
        [h(str(y)) for y in years],
    ]
    tujuan = {t.id: t for t in renstra.tujuan}
    rows = []
    for sasaran in renstra.sasaran:
        items = [i for i in iku if i.sasaran == sasaran.id]
        for k, ind in enumerate(items):
            row = []
            if k == 0:
                t = tujuan.get(sasaran.tujuan) if sasaran.tujuan is not None else None
                label = f"Tujuan: {t.teks}\nSasaran: {sasaran.teks}" if t else sasaran.teks
                row.append(c(label, rowspan=len(items)))
            row += [c(ind.nama), m(ind.satuan)]
            row += [n(nilai(targets[ind.id].get(y))) for y in years]
            rows.append(row)
    return TableSpec(widths_cm=widths, header=header, rows=rows)


def tabel_penghargaan(project: Project) -> TableSpec:
    widths = [0.8, 5.6, 3.4, 2.6, 3.6]
    header = [[h("No"), h("Uraian Prestasi"), h("Pemenang"), h("Tingkat"), h("Penyelenggara")]]
    items = project.profil.penghargaan if project.profil else []
    rows = [
        [m(str(k)), c(p.uraian), c(p.pemenang), c(p.tingkat), c(p.penyelenggara)]
        for k, p in enumerate(items, start=1)
    ]
    return TableSpec(widths_cm=widths, header=header, rows=rows)


# Reader-facing names of the input files, for messages printed in the report itself.
_DOKUMEN = {
    "lkjip.yaml": "data laporan",
    "renstra.yaml": "Renstra",
    "kinerja.yaml": "data kinerja",
    "anggaran.yaml": "data anggaran",
    "profil.yaml": "profil instansi",
}


# "anggaran.yaml (DPA …)": a name starts where a run of word characters and hyphens starts
# (its leading hyphens kept, as `\\b` did). `\\b[\\w-]+` started again inside every run, at
# each letter after a hyphen, and scanned to the run's end each time: quadratic on "a-a-a-…".
_FILE_AND_DOCUMENT = re.compile(r"(?<![\w-])(-*)\w[\w-]*\.yaml \(([^)]*)\)")


def uraian_pembaca(message: str) -> str:
    """A diagnostic message as a reader of the report should see it: "anggaran.yaml (DPA
    Tahun Anggaran 2022)" becomes "DPA Tahun Anggaran 2022", other file names their document."""
    text = _FILE_AND_DOCUMENT.sub(r"\1\2", message)
    for file, name in _DOKUMEN.items():
        text = text.replace(file, name)
    return text[:1].upper() + text[1:]


def tabel_pengakuan(
    acknowledged: Sequence[Diagnostic], penyesuaian: Sequence[tuple[str, str, str]] = ()
) -> TableSpec:
    """Catatan Penyesuaian Data, in plain words (no rule codes): every acknowledged
    discrepancy, then every restated figure as (data, what was adjusted, why)."""
    widths = [0.8, 3.6, 6.6, 5.0]
    header = [[h("No"), h("Data"), h("Penyesuaian"), h("Alasan")]]
    rows = []
    for d in acknowledged:
        info = CATALOGUE.get(d.code)
        data = info.title if info else "Selisih data"
        rows.append([c(data), c(uraian_pembaca(d.message)), c(d.acknowledged or "")])
    rows += [[c(data), c(apa), c(alasan)] for data, apa, alasan in penyesuaian]
    numbered = [[m(str(k)), *row] for k, row in enumerate(rows, start=1)]
    return TableSpec(widths_cm=widths, header=header, rows=numbered)


def tabel_layout(rows: list[list[str]], widths: list[float]) -> TableSpec:
    """A borderless layout table (label : value), e.g. the parties of the PK."""
    return TableSpec(
        widths_cm=widths,
        header=[],
        rows=[[Cell(text) for text in row] for row in rows],
        number_row=False,
        borders=False,
        repeat_header=False,
        keep_rows_together=True,
        font_size_pt=11,
    )
