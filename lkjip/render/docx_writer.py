"""Write the report as WordprocessingML, on top of a reference .docx that carries the look.

`DocWriter` is the only place the rest of lkjip talks Word to. The assembly
(`render/document.py`) calls it in reading order — sections, headings, paragraphs, captions,
tables — and `save` writes the file. It keeps the body and the order of blocks; the work is
done by the modules of `render/word/`, one responsibility each:

- real fields (`word.fields`): TOC and list of tables with pre-filled cached entries, SEQ
  captions whose cached number is already right, and `w:updateFields` so Word refreshes on
  open; PAGE in the footer (`word.layout`);
- sections with their own orientation (page size swapped *and* w:orient) and page numbering
  (`word.layout`);
- tables written as XML text (`word.table_xml`): fast at 500 rows, fixed layout, widths on
  gridCol and every tcW, repeated header rows, merged two-row headers, rows that do not split;
- lists with real Word numbering, nested ones as one list with levels (`word.numbering`);
- native charts (`chart`, see charts.py) numbered in writing order, with captions below
  (`word.figures`); signature blocks (`word.signatures`);
- byte-identical output for identical input (`word.package`) and an atomic save
  (`lkjip.atomic`).

A user's own reference.docx may lack our styles: every style is looked up by name and, when
missing, replaced by Normal plus the direct formatting that matters (bold, size, alignment,
outline level for the TOC). It never raises for a missing style.
"""

from __future__ import annotations

import builtins
import dataclasses
from datetime import datetime
from pathlib import Path
from typing import Literal

import docx

from lkjip import atomic
from lkjip.render import charts, ooxml
from lkjip.render.blocks import TableSpec, Text
from lkjip.render.chart_spec import ChartSpec
from lkjip.render.ooxml import el, qn, sub
from lkjip.render.word import (
    fields,
    layout,
    letterhead,
    org_chart,
    package,
    paragraphs,
    signatures,
    table_xml,
)
from lkjip.render.word.fields import CaptionKind, HeadingEntry
from lkjip.render.word.figures import Figures, figure_paragraph
from lkjip.render.word.layout import Orientation, PageNumbering, SectionSettings
from lkjip.render.word.numbering import (
    ListEntry,
    ListFormat,
    ListKind,
    ListNumbering,
    clamp_level,
    list_properties,
)
from lkjip.render.word.signatures import SignatureBlock
from lkjip.render.word.styles import StyleIndex


class DocWriter:
    """Builds one report document; see the module docstring."""

    def __init__(self, reference: Path):
        self._doc = docx.Document(str(reference))
        self._body = self._doc.element.body
        self._final_sectpr = self._body.find(qn("w:sectPr"))
        if self._final_sectpr is None:
            self._final_sectpr = sub(self._body, "w:sectPr")
        for child in list(self._body):
            if child is not self._final_sectpr:
                self._body.remove(child)
        self._styles = StyleIndex(self._doc.styles.element)
        package.drop_thumbnail(self._doc)
        layout.ensure_footer(self._doc, self._final_sectpr, self._styles)
        self._header = layout.default_header(self._doc, self._final_sectpr)
        # Every section starts as a copy of the reference's sectPr (now with its footer).
        self._layout = layout.PageLayout(self._doc, self._final_sectpr)
        self._section_has_content = False
        self._lists = ListNumbering(self._doc)
        self._captions = fields.CaptionNumbers()
        self._indexes = fields.Indexes()
        self._figures = Figures(self._doc)
        self._tables: list[bytes] = []  # serialized tables, spliced into document.xml at save
        self._saved = False

    @property
    def headings(self) -> list[HeadingEntry]:
        """The headings written so far, as the TOC lists them."""
        return self._indexes.headings

    @property
    def captions(self) -> list[tuple[str, str]]:
        """(label, title) of every caption written so far: ("Tabel 3.1", "Capaian IKU")."""
        return self._indexes.captions

    # --- body plumbing ------------------------------------------------------------------------

    def _append(self, node) -> None:
        """Add a block element at the end of the body, before the final sectPr."""
        self._final_sectpr.addprevious(node)
        self._section_has_content = True

    def _last_block(self):
        return self._final_sectpr.getprevious()

    def _separate_from_a_table_above(self) -> None:
        """Two adjacent tables would merge into one in Word: put a spacer between them."""
        last = self._last_block()
        if last is not None and last.tag == qn("w:tbl"):
            self._append(paragraphs.spacer())

    # --- sections -----------------------------------------------------------------------------

    # --- finishing: colour, cover lines, letterhead, running header -------------------------

    def accent_colour(self) -> str:
        """The first accent colour of the reference's theme (RGB hex)."""
        return charts.theme_palette(self._doc).colour(0)

    def cover_line(
        self,
        text: str,
        *,
        size_pt: float,
        coloured: bool = False,
        bold: bool = True,
        space_before_pt: float = 0,
        space_after_pt: float = 0,
    ) -> None:
        """A centred line of the cover, in the accent colour when `coloured`."""
        self._append(
            letterhead.cover_line(
                text,
                style_id=self._styles.id_for("Title"),
                size_pt=size_pt,
                colour=self.accent_colour() if coloured else None,
                bold=bold,
                space_before_pt=space_before_pt,
                space_after_pt=space_after_pt,
            )
        )

    def rule(self, *, thick: bool = True, space_after_pt: float = 0) -> None:
        """A horizontal rule across the text width, in the accent colour."""
        width = letterhead.RULE_THICK if thick else letterhead.RULE_THIN
        self._append(
            letterhead.rule(self.accent_colour(), width=width, space_after_pt=space_after_pt)
        )

    def letterhead(self, lines: list[letterhead.KopLine], logo: Path | None = None) -> None:
        """The agency's letterhead (kop): its emblem on the left when there is one, the
        centred lines, and a thick-thin rule below."""
        kop = letterhead.kop_paragraphs(lines, self.accent_colour())
        if logo is None:
            for p in kop:
                self._append(p)
            return
        width = self._layout.text_width_cm()
        tbl = signatures.borderless_row([2.6, width - 2.6])
        logo_cell, text_cell = tbl.findall(f"{qn('w:tr')}/{qn('w:tc')}")
        picture = figure_paragraph(keep_with_next=True)
        logo_cell.append(picture)
        self._figures.picture(picture, logo, width_cm=2.2)
        for p in kop:
            text_cell.append(p)
        self._append(tbl)

    def org_chart(self, head: str, units: list[org_chart.Kotak]) -> None:
        """An organisation chart drawn as a table (see `org_chart`), boxes in a light tint of
        the accent colour; kept together with the caption that follows."""
        fill = org_chart.tint(self.accent_colour(), 0.3)
        width = min(self._layout.text_width_cm(), 16.0)
        self._separate_from_a_table_above()
        for tbl in org_chart.org_chart_tables(head, units, width, fill=fill):
            self._append(tbl)
            gap = paragraphs.spacer()
            ooxml.set_ppr_child(gap.find(qn("w:pPr")), el("w:keepNext"))
            self._append(gap)

    def running_header(self, text: str) -> None:
        """The line at the top of every page but the cover (its first-page header is empty)."""
        for old in list(self._header):
            self._header.remove(old)
        self._header.append(letterhead.running_header(text, self.accent_colour()))

    def text_width_cm(self) -> float:
        """The width between the margins of the current section's pages."""
        return self._layout.text_width_cm()

    def tallest_kept_block_cm(self, lead_in_cm: float = layout.LEAD_IN_CM) -> float:
        """The tallest a block kept whole (a chart, a short table) with `lead_in_cm` of text
        may be on the current section's pages; see `layout.tallest_kept_block_cm`."""
        return layout.tallest_kept_block_cm(self._layout.text_height_cm(), lead_in_cm)

    def section(
        self,
        *,
        orientation: Orientation = "portrait",
        numbering: PageNumbering | None = None,
        restart_at: int | None = None,
        new_page: bool = True,
        title_page: bool = False,
    ) -> None:
        """Start a new section from the next block on.

        `numbering` is the page-number format and `restart_at` the first page number; None
        continues the previous section's count. `title_page` hides the footer on the section's
        first page (the cover). A call before any content just sets up the first section.
        """
        if self._section_has_content:
            self._close_section()
        self._layout.current = SectionSettings(
            orientation, numbering, restart_at, new_page, title_page
        )
        self._section_has_content = False

    def _close_section(self) -> None:
        """End the current section: its sectPr goes into the last paragraph of the section."""
        last = self._last_block()
        if not self._can_carry_sectpr(last):
            last = paragraphs.spacer()
            self._append(last)
        ppr = last.find(qn("w:pPr"))
        if ppr is None:
            ppr = el("w:pPr")
            last.insert(0, ppr)
        ooxml.set_ppr_child(ppr, self._layout.properties(self._layout.current))

    def _can_carry_sectpr(self, block) -> bool:
        """A plain body paragraph; not a table, and not a TOC placeholder replaced at save."""
        if block is None or block.tag != qn("w:p"):
            return False
        if block.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            return False
        return not self._indexes.is_placeholder(block)

    # --- headings and text --------------------------------------------------------------------

    def heading(
        self,
        text: str,
        level: int,
        *,
        numbered_label: str | None = None,
        page_break_before: bool = False,
    ) -> None:
        """A heading in Heading 1..3, listed in the TOC; see `paragraphs.heading_label`."""
        level = min(max(level, 1), 3)
        shown = paragraphs.heading_label(text, level, numbered_label)
        self._heading(shown, level, page_break_before=page_break_before)

    def front_heading(self, text: str) -> None:
        """Unnumbered Heading 1 for Kata Pengantar, Ikhtisar, Daftar Isi…; in the TOC."""
        self._heading(text, 1)

    def _heading(self, shown: str, level: int, *, page_break_before: bool = False) -> None:
        self._append(
            paragraphs.heading(self._styles, shown, level, page_break_before=page_break_before)
        )
        self._indexes.headings.append(HeadingEntry(level, " ".join(shown.split())))

    def title(self, text: str, *, size_pt: float | None = None, space_after_pt: float = 6) -> None:
        """Centered bold text outside the TOC: the title of a document in the lampiran, kept
        with what it introduces."""
        self._append(
            paragraphs.title(self._styles, text, size_pt=size_pt, space_after_pt=space_after_pt)
        )

    def paragraph(
        self,
        text: Text,
        *,
        style: str | None = None,
        align: str = "justify",
        indent_cm: float = 0,
        first_line_cm: float | None = None,
        keep_with_next: bool = False,
        space_after_pt: float | None = None,
        size_pt: float | None = None,
    ) -> None:
        """A body paragraph; an unknown `style` falls back to Normal."""
        self._append(
            paragraphs.body(
                self._styles,
                text,
                style=style,
                align=align,
                indent_cm=indent_cm,
                first_line_cm=first_line_cm,
                keep_with_next=keep_with_next,
                space_after_pt=space_after_pt,
                size_pt=size_pt,
            )
        )

    def page_break(self) -> None:
        self._append(paragraphs.page_break())

    # --- lists --------------------------------------------------------------------------------

    def list(
        self,
        items: list[Text],
        *,
        numbered: bool = False,
        level: int = 0,
        style_letter: bool = False,
    ) -> None:
        """A bulleted or numbered list using Word numbering; each numbered list restarts at 1."""
        kind: ListKind = (
            "letter" if numbered and style_letter else "decimal" if numbered else "bullet"
        )
        num_id = self._lists.for_list(kind, level)
        for item in items:
            self._append(self._list_paragraph(item, num_id, clamp_level(level)))

    def nested_list(
        self,
        entries: builtins.list[ListEntry],
        formats: tuple[ListFormat, ...] = ("decimal", "lowerLetter"),
    ) -> None:
        """One Word list with levels: "1. … a. … b. … 2. …" as real numbering.

        `formats[n]` is the number format of level n (levels beyond it continue the usual
        decimal → lowerLetter → lowerRoman cycle). Every call gets its own `w:num` whose
        levels restart at 1, so two lists never continue each other; a sub-level restarts
        under each new parent item, as Word counts.
        """
        if not entries:
            return
        levels = sorted({clamp_level(e.level) for e in entries})
        num_id = self._lists.for_nested_list(formats, levels)
        for entry in entries:
            self._append(self._list_paragraph(entry.text, num_id, clamp_level(entry.level)))

    def _list_paragraph(self, text: Text, num_id: int, level: int):
        style_id = self._styles.id_for("List Paragraph")
        ppr = list_properties(style_id, num_id, level)
        return ooxml.paragraph(ppr, paragraphs.runs(text))

    # --- captions and indexes -----------------------------------------------------------------

    def caption(
        self, kind: CaptionKind, chapter: int | None, title: str, *, keep_with_next: bool = True
    ) -> str:
        """A caption "Tabel 3.1 Judul" above a table; returns the label "Tabel 3.1".

        A figure's caption goes below it (`chart`/`image` with `keep_with_next=True`, then the
        caption with `keep_with_next=False`).

        Numbers count per (kind, chapter); `chapter=None` gives "Tabel 7", counted apart. The
        number is a `SEQ Tabel \\* ARABIC` field whose cached result is already right, so the
        text is right before any field update (see `fields.CaptionNumbers`). The chapter
        prefix is plain text.
        """
        number, reset = self._captions.next(kind, chapter)
        prefix = f"{kind} {chapter}." if chapter is not None else f"{kind} "
        self._append(
            fields.caption_paragraph(
                self._styles, kind, prefix, number, reset, title, keep_with_next=keep_with_next
            )
        )
        label = f"{prefix}{number}"
        self._indexes.captions.append((label, title))
        return label

    def toc(self, *, levels: str = "1-3") -> None:
        """Table of contents field over heading levels; entries pre-filled at save time."""
        self._append(self._indexes.toc_placeholder(levels))

    def list_of(self, kind: CaptionKind) -> None:
        """List of tables/figures: a TOC field over the SEQ identifier, pre-filled at save."""
        self._append(self._indexes.list_of_placeholder(kind))

    def prefill_toc_entries(self) -> None:
        """Replace TOC/list placeholders by the field with the collected entries as its result.

        Entries carry no page numbers (only Word or LibreOffice can paginate); Word rebuilds
        them on open because of w:updateFields. `save` calls this; calling it twice is harmless.
        """
        self._indexes.prefill(self._styles)

    # --- tables -------------------------------------------------------------------------------

    def table(self, spec: TableSpec) -> None:
        """A table from a TableSpec; see `table_xml.TableBuilder`."""
        self._separate_from_a_table_above()
        style_id = (
            self._styles.id_for(spec.style or "Table Grid", "table") if spec.borders else None
        )
        # The table is serialized now and a stand-in keeps its place in the body (see
        # `splice_tables`): a large report's tables as an lxml tree took most of its memory.
        spec = _fitted(spec, self._layout.text_width_cm())
        builder = table_xml.TableBuilder(spec, style_id, self._layout.text_height_cm())
        self._tables.append(builder.xml())
        self._append(table_xml.table_stand_in(len(self._tables) - 1))

    def source_note(self, text: str) -> None:
        """The "Sumber: …" line under a table, small italic."""
        self._append(paragraphs.source_note(self._styles, text))

    # --- figures ------------------------------------------------------------------------------

    def image(self, path: Path, *, width_cm: float, keep_with_next: bool = False) -> None:
        """A centered picture; python-docx picks deterministic part names and ids."""
        p = figure_paragraph(keep_with_next)
        self._append(p)
        self._figures.picture(p, path, width_cm=width_cm)

    def chart(
        self, spec: ChartSpec, *, width_cm: float, height_cm: float, keep_with_next: bool = True
    ) -> None:
        """A native, editable chart (charts.py) in a centered paragraph.

        The paragraph is kept with the next one: the caption, which goes below a figure. A
        chart wider than the text area is narrowed to it, keeping its height.
        """
        p = figure_paragraph(keep_with_next)
        self._append(p)
        width_cm = min(width_cm, self._layout.text_width_cm())
        self._figures.chart(p, spec, width_cm=width_cm, height_cm=height_cm)

    # --- signatures ---------------------------------------------------------------------------

    def signature(
        self,
        *,
        place_date: str | None,
        role: str,
        name: str,
        pangkat: str | None,
        nip: str | None,
        align: Literal["left", "right", "center"] = "right",
    ) -> None:
        """A signature block; "right" puts it, centered, in the right half of the page."""
        half = self._layout.text_width_cm() / 2
        indent_left = half if align == "right" else 0
        indent_right = half if align == "left" else 0
        for p in signatures.signature_paragraphs(
            place_date, role, name, pangkat, nip, indent_left, indent_right
        ):
            self._append(p)

    def signatures_side_by_side(self, left: SignatureBlock, right: SignatureBlock) -> None:
        """Two signature blocks in a borderless two-column table (PK: Pihak Kedua left)."""
        tbl = signatures.side_by_side_table(left, right, self._layout.text_width_cm() / 2)
        self._separate_from_a_table_above()
        self._append(tbl)

    # --- saving -------------------------------------------------------------------------------

    def save(
        self, out: Path, *, title: str, author: str, subject: str | None = None, created: datetime
    ) -> None:
        """Write the document atomically; identical input gives identical bytes.

        The file is written to `.<name>.tmp-<pid>` next to `out`, fsynced, then renamed over
        `out`; on any error the temporary file is removed and an existing `out` is untouched.
        """
        if self._saved:
            raise RuntimeError("DocWriter.save may be called only once per document")
        self._saved = True
        self.prefill_toc_entries()
        self._finish_body()
        fields.set_update_fields(self._doc.settings.element)
        package.set_core_properties(
            self._doc, title=title, author=author, subject=subject, created=created
        )
        atomic.write_bytes(Path(out), package.package_bytes(self._doc, self._tables))

    def _finish_body(self) -> None:
        """Close the last section: its sectPr ends the body, after a paragraph. A section
        started at the very end and left empty (a lampiran that switched back to portrait)
        would print one blank page: the section before it ends the body instead."""
        last = self._last_block()
        carried = None if last is None else last.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
        if not self._section_has_content and carried is not None:
            carried.getparent().remove(carried)
            self._final_sectpr.addprevious(carried)
            self._body.remove(self._final_sectpr)
            self._final_sectpr = carried
            return
        if last is None or last.tag != qn("w:p"):
            self._final_sectpr.addprevious(paragraphs.spacer())
        final = self._layout.properties(self._layout.current)
        self._final_sectpr.addprevious(final)
        self._body.remove(self._final_sectpr)
        self._final_sectpr = final


def _fitted(spec: TableSpec, width_cm: float) -> TableSpec:
    """`spec` narrowed to `width_cm` when wider (columns in proportion): builders size tables
    for the template's usual text width, and a reference.docx or a landscape page with other
    margins may leave less."""
    total = sum(spec.widths_cm)
    if total <= width_cm + 0.01:
        return spec
    factor = width_cm / total
    return dataclasses.replace(spec, widths_cm=[w * factor for w in spec.widths_cm])
