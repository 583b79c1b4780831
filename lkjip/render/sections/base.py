"""What every section module shares: the assembly context and small writing helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lkjip.calc.results import Hasil, NilaiData
from lkjip.diagnostics import Diagnostic
from lkjip.model import Project
from lkjip.model.laporan import Pejabat
from lkjip.model.profil import Struktur
from lkjip.render.blocks import Run, TableSpec, Text
from lkjip.render.chart_spec import ChartSpec
from lkjip.render.docx_writer import DocWriter
from lkjip.render.filters import KOSONG, nilai, pangkat, rupiah, tanggal
from lkjip.render.images import dataset_image
from lkjip.render.markdown import Block, ListBlock, Paragraph
from lkjip.render.word import table_fit
from lkjip.render.word.numbering import ListEntry, ListFormat
from lkjip.render.word.org_chart import Kotak
from lkjip.render.word.signatures import SignatureBlock

ROMAWI = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
HURUF = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class Ctx:
    """Everything the sections need while writing."""

    project: Project
    hasil: Hasil
    writer: DocWriter
    narasi: dict[str, list[Block]]
    acknowledged: Sequence[Diagnostic] = ()
    _tables: dict[int | None, int] = field(default_factory=dict)
    _figures: dict[int | None, int] = field(default_factory=dict)
    _letters: int = 0

    # -- shortcuts -------------------------------------------------------------------------
    @property
    def laporan(self):
        return self.project.laporan

    @property
    def instansi(self):
        return self.project.laporan.instansi

    @property
    def tahun(self) -> int:
        return self.hasil.tahun

    @property
    def nama(self) -> str:
        return self.instansi.nama

    def rp(self, value: Decimal | None) -> str:
        return rupiah(value, self.laporan.pengaturan.gaya_rupiah.value)

    def place_date(self, tempat: str | None = None, date: Any = None) -> str:
        p = self.laporan.penandatanganan
        return f"{tempat or p.tempat}, {tanggal(date or p.tanggal)}"

    # -- chapters and sub-chapters -----------------------------------------------------------
    def chapter(self, nomor: int, judul: str) -> None:
        self.writer.heading(judul.upper(), 1, numbered_label=f"BAB {ROMAWI[nomor - 1]}")
        self._letters = 0

    def subheading(self, judul: str) -> None:
        """A lettered sub-chapter "A. Latar Belakang" (Heading 2)."""
        self.writer.heading(judul, 2, numbered_label=f"{HURUF[self._letters]}.")
        self._letters += 1

    def runin(self, label: str, text: Text | None = None) -> None:
        """A bold run-in label: alone ("1. Visi") it is a small heading, left-aligned and kept
        with what follows; with `text` after it, it is a body paragraph like any other
        (justified, not kept: a chain of kept paragraphs leaves half a page empty)."""
        runs = [Run(label, bold=True)]
        if not text:
            self.writer.paragraph(runs, align="left", keep_with_next=True, space_after_pt=4)
            return
        more = [Run(text)] if isinstance(text, str) else list(text)
        # A sentence that introduces a list (ends in ":") stays on the page of its first item.
        leads_in = "".join(r.text for r in more).rstrip().endswith(":")
        self.writer.paragraph([*runs, Run(" "), *more], keep_with_next=leads_in)

    def paragraph(self, text: Text, **kwargs: Any) -> None:
        self.writer.paragraph(text, **kwargs)

    def list(self, items: Sequence[Text], numbered: bool = True) -> None:
        if items:
            self.writer.list(list(items), numbered=numbered)

    def note(self, text: str, *, last: bool = True) -> None:
        """A note under a table: "Sumber: …" in the source style, anything else small italic.

        Notes of one table stand together; only the `last` one leaves a gap below.
        """
        if text.lower().startswith("sumber"):
            self.writer.source_note(text)
        else:
            self.writer.paragraph(
                [Run(text, italic=True)], align="left", size_pt=10, space_after_pt=8 if last else 0
            )

    # -- narrative ---------------------------------------------------------------------------
    def write_narasi(self, name: str) -> None:
        write_blocks(self.writer, self.narasi.get(name, []))

    def narasi_text(self, name: str) -> str:
        """The rendered narrative as plain text, to avoid generating what it already says."""
        return teks_blok(self.narasi.get(name, []))

    # -- tables ------------------------------------------------------------------------------
    def table_label(self, chapter: int | None, ahead: int = 0) -> str:
        """The label the next (or a later) table of this chapter will get: "Tabel 3.2"."""
        number = self._tables.get(chapter, 0) + 1 + ahead
        return f"Tabel {chapter}.{number}" if chapter is not None else f"Tabel {number}"

    def table(self, chapter: int | None, judul: str, spec: TableSpec) -> str:
        """Caption + table + notes; returns the label."""
        expected = self.table_label(chapter)
        label = self.writer.caption("Tabel", chapter, judul)
        self._tables[chapter] = self._tables.get(chapter, 0) + 1
        if label != expected:  # pragma: no cover - the writer and we count the same way
            raise AssertionError(f"caption {label} != {expected}")
        self.uncaptioned_table(spec)
        return label

    def present_table(self, chapter: int | None, pokok: str, judul: str, spec: TableSpec) -> str:
        """The sentence "<pokok> disajikan pada Tabel 3.2.", kept with the captioned table that
        follows it; returns the label."""
        self.paragraph(self._sentence_before_table(chapter, pokok), keep_with_next=True)
        return self.table(chapter, judul, spec)

    def present_landscape_table(
        self, chapter: int | None, pokok: str, judul: str, spec: TableSpec
    ) -> str:
        """Like `present_table` for a wide table, in a landscape section of its own that
        opens with the sentence (alone at the foot of a portrait page it would leave that
        page empty); returns the label. A table whose columns fit the portrait width without
        breaking a word stays in portrait, where it does not leave most of a page empty."""
        portrait = table_fit.narrowed(spec, self.writer.text_width_cm())
        if portrait is not None:
            return self.present_table(chapter, pokok, judul, portrait)
        self.writer.section(orientation="landscape")
        label = self.present_table(chapter, pokok, judul, spec)
        self.writer.section(orientation="portrait")
        return label

    def _sentence_before_table(self, chapter: int | None, pokok: str) -> str:
        """The sentence that points to the next table: "<pokok> disajikan pada Tabel 3.2."."""
        return f"{pokok} disajikan pada {self.table_label(chapter)}."

    def uncaptioned_table(self, spec: TableSpec) -> None:
        """The table, then its notes or a small gap so the next paragraph does not touch it.
        A column narrower than its longest word or number (a pagu of fifteen digits in a
        column sized for the usual amounts) takes width from the columns of running text, so
        no number wraps inside itself; the table's total width stays."""
        self.writer.table(_words_unbroken(spec))
        for i, text in enumerate(spec.notes):
            self.note(text, last=i == len(spec.notes) - 1)
        if not spec.notes:
            self.writer.paragraph("", size_pt=4, space_after_pt=6)

    # -- figures -----------------------------------------------------------------------------
    def figure_label(self, chapter: int | None, ahead: int = 0) -> str:
        """The label the next (or a later) figure of this chapter will get: "Gambar 3.1"."""
        number = self._figures.get(chapter, 0) + 1 + ahead
        return f"Gambar {chapter}.{number}" if chapter is not None else f"Gambar {number}"

    def chart(
        self, chapter: int | None, judul: str, spec: ChartSpec, *, width_cm: float, height_cm: float
    ) -> str:
        """A native chart with its caption below; returns the label."""
        self.writer.chart(spec, width_cm=width_cm, height_cm=height_cm)
        return self._keterangan_gambar(chapter, judul)

    def image(self, chapter: int | None, judul: str, path: Path, *, width_cm: float) -> str:
        """A picture file with its caption below; returns the label."""
        self.writer.image(path, width_cm=width_cm, keep_with_next=True)
        return self._keterangan_gambar(chapter, judul)

    def org_chart(self, chapter: int | None, judul: str, struktur: Struktur) -> str:
        """The organisation chart drawn from profil.yaml's structure, caption below: the
        first unit heads it, the others stand below with their own sub-units."""
        head, *rest = struktur.unit
        units = [Kotak(u.nama, [s.nama for s in u.sub]) for u in rest]
        if head.sub:  # a head with sub-units of its own: they stand below it too
            units = [Kotak(s.nama, [t.nama for t in s.sub]) for s in head.sub] + units
        self.writer.org_chart(head.nama, units)
        return self._keterangan_gambar(chapter, judul)

    def _keterangan_gambar(self, chapter: int | None, judul: str) -> str:
        """The caption under a figure (Indonesian practice), counted like the tables."""
        expected = self.figure_label(chapter)
        label = self.writer.caption("Gambar", chapter, judul, keep_with_next=False)
        self._figures[chapter] = self._figures.get(chapter, 0) + 1
        if label != expected:  # pragma: no cover - the writer and we count the same way
            raise AssertionError(f"caption {label} != {expected}")
        return label

    # -- signatures --------------------------------------------------------------------------
    def signature(self, pejabat: Pejabat | None = None, place_date: str | None = None,
                     role: str | None = None, align: str = "right") -> None:  # fmt: skip
        p = pejabat or self.laporan.penandatangan
        # Keeps the block clear of a table above, and moves with it.
        self.writer.paragraph("", space_after_pt=6, keep_with_next=True)
        self.writer.signature(
            place_date=place_date,
            role=role or f"{p.jabatan.upper()},",
            name=p.nama,
            pangkat=pangkat(p) or None,
            nip=p.nip,
            align=align,  # type: ignore[arg-type]
        )


def blok_ttd(p: Pejabat, role: str, place_date: str | None = None) -> SignatureBlock:
    """A signature block for signatures_side_by_side."""
    return {
        "place_date": place_date,
        "role": role,
        "name": p.nama,
        "pangkat": pangkat(p) or None,
        "nip": p.nip,
    }


def teks_blok(blocks: Sequence[Block]) -> str:
    """Plain text of narrative blocks (paragraphs and list items, nested), one line each."""
    lines: list[str] = []

    def walk(block: ListBlock) -> None:
        for item in block.items:
            lines.append("".join(r.text for r in item.runs))
            if item.children is not None:
                walk(item.children)

    for b in blocks:
        if isinstance(b, Paragraph):
            lines.append("".join(r.text for r in b.runs))
        elif isinstance(b, ListBlock):
            walk(b)
    return "\n".join(lines)


def write_blocks(writer: DocWriter, blocks: Sequence[Block]) -> None:
    """Write narrative blocks: paragraphs, run-in sub-headings and lists."""
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.heading:
                writer.paragraph(block.runs, align="left", keep_with_next=True, space_after_pt=4)
            else:
                writer.paragraph(block.runs)
        elif isinstance(block, ListBlock):
            write_list(writer, block)


def write_list(writer: DocWriter, block: ListBlock) -> None:
    """A flat list through `DocWriter.list`; a nested one as one Word list with levels
    ("1. … a. … b. … 2. …"), its level formats taken from the first list found at each depth."""
    if not any(item.children for item in block.items):
        writer.list(
            [item.runs for item in block.items], numbered=block.numbered, style_letter=block.letter
        )
        return
    writer.nested_list(list_entries(block), formats=level_formats(block))


def list_entries(block: ListBlock, level: int = 0) -> list[ListEntry]:
    """The items of a list and of its sub-lists, depth first, with their levels."""
    entries = []
    for item in block.items:
        entries.append(ListEntry(item.runs, level))
        if item.children:
            entries += list_entries(item.children, level + 1)
    return entries


def level_formats(block: ListBlock) -> tuple[ListFormat, ...]:
    """The number format per depth: bullet, decimal or lowerLetter."""
    formats: list[ListFormat] = []
    current: ListBlock | None = block
    while current is not None:
        formats.append(_list_format(current))
        current = next((i.children for i in current.items if i.children), None)
    return tuple(formats)


def _list_format(block: ListBlock) -> ListFormat:
    if not block.numbered:
        return "bullet"
    return "lowerLetter" if block.letter else "decimal"


def dengan_satuan(value: NilaiData | None, satuan: str) -> str:
    """A value with its unit: "100%" for percent, "5 laporan"; an index or score stays a bare
    number ("89,87", not "89,87 indeks")."""
    text = nilai(value)
    if value is None or text == KOSONG:
        return KOSONG
    if isinstance(value, str):
        return text  # a predicate ("WTP") is its own unit: not "WTP opini"
    if satuan.strip() in ("%", "persen", "Persen"):
        return f"{text}%"
    if satuan.strip().lower() in ("indeks", "nilai", "skor", "angka", ""):
        return text
    unit = satuan if not satuan[:1].isupper() or satuan.isupper() else satuan.lower()
    return f"{text} {unit}"


def satuan_selisih(satuan: str) -> str:
    """The unit of a difference: "poin" for percentages and indices (domain.md §3.5)."""
    s = satuan.strip().lower()
    if s in ("%", "persen") or "indeks" in s or s == "nilai":
        return "poin"
    return s


def gambar(project: Project, relative: str | None) -> Path | None:
    """An image file of the dataset (logo, bagan), or None when not given or refused
    (missing, outside the dataset folder, not an image: see render/images.py)."""
    return dataset_image(project, relative)


def _words_unbroken(spec: TableSpec) -> TableSpec:
    least = table_fit.narrowest_columns(spec)
    if all(w >= m for w, m in zip(spec.widths_cm, least, strict=True)):
        return spec
    return table_fit.narrowed(spec, sum(spec.widths_cm)) or spec
