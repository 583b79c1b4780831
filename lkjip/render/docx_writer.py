"""Write the report as WordprocessingML, on top of a reference .docx that carries the look.

`DocWriter` is the only place that knows Word. The assembly (`render/document.py`) calls it in
reading order — sections, headings, paragraphs, captions, tables — and `save` writes the file.

What it takes care of, because Word generators commonly get it wrong (spec/features.md):
- real fields: TOC and list of tables with pre-filled cached entries, SEQ captions whose cached
  number is already right, PAGE in the footer, and `w:updateFields` so Word refreshes on open;
- sections with their own orientation (page size swapped *and* w:orient) and page numbering;
- tables written with lxml directly (fast at 500 rows), fixed layout, widths on gridCol and
  every tcW, repeated header rows, merged two-row headers, rows that do not split;
- lists with real Word numbering, nested ones as one list with levels (`nested_list`);
- native charts (`chart`, see charts.py) numbered in writing order, with captions below;
- byte-identical output for identical input and an atomic save.

A user's own reference.docx may lack our styles: every style is looked up by name and, when
missing, replaced by Normal plus the direct formatting that matters (bold, size, alignment,
outline level for the TOC). It never raises for a missing style.
"""

from __future__ import annotations

import builtins
import copy
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.section import Section
from docx.shared import Cm
from docx.text.paragraph import Paragraph
from lxml import etree

from lkjip import atomic, idfmt
from lkjip.render import charts, ooxml
from lkjip.render.blocks import Cell, Run, TableSpec, Text
from lkjip.render.chart_spec import ChartSpec
from lkjip.render.ooxml import el, qn, sub

Orientation = Literal["portrait", "landscape"]
Numbering = Literal["lower-roman", "decimal"]
CaptionKind = Literal["Tabel", "Gambar"]
ListFormat = Literal["decimal", "lowerLetter", "bullet"]

# What the TOC / list shows when there is nothing to pre-fill; Word replaces it on update.
EMPTY_TOC_TEXT = "Klik kanan lalu pilih Update Field untuk memperbarui daftar ini."

# Children of w:settings that must come after w:updateFields (schema order; Word is strict).
_SETTINGS_AFTER_UPDATE_FIELDS = {
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator",
}  # fmt: skip


@dataclass
class _SectionSettings:
    orientation: Orientation = "portrait"
    numbering: Numbering | None = None
    restart_at: int | None = None
    new_page: bool = True
    title_page: bool = False


@dataclass(frozen=True)
class HeadingEntry:
    """A heading as the TOC lists it: level 1..3 and its text on one line."""

    level: int
    text: str


@dataclass
class _PendingIndex:
    """A TOC or list-of placeholder paragraph, filled in at save time."""

    placeholder: etree._Element
    instruction: str
    kind: str  # "toc" or the caption kind
    levels: tuple[int, int] = (1, 3)


@dataclass(frozen=True)
class ListEntry:
    """One item of a nested list: its text and its level (0 = top, 1 = a sub-item, …)."""

    text: Text
    level: int = 0


@dataclass
class _Lists:
    """numbering.xml bookkeeping: one abstractNum per list kind, one w:num per list."""

    abstract_ids: dict[str | tuple[str, ...], int] = field(default_factory=dict)
    bullet_num: int | None = None


_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>lkjip</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


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
        self._styles = self._style_index()
        self._drop_thumbnail()
        self._ensure_footer()
        # Every section starts as a copy of the reference's sectPr: margins, header/footer refs.
        self._template_sectpr = copy.deepcopy(self._final_sectpr)
        self._section = _SectionSettings()
        self._section_has_content = False
        self._first_footer_ready = False
        self._first_refs: list = []
        self._lists = _Lists()
        self._pending: list[_PendingIndex] = []
        self._seq_counts: dict[tuple[str, int | None], int] = {}
        self._seq_last: dict[str, int] = {}  # the number Word's SEQ counter holds, per kind
        self._charts = 0  # charts written so far; the next one gets index _charts + 1
        self._docpr_ids: set[int] | None = None  # docPr ids in use, once a chart is written
        self._tables: list[bytes] = []  # serialized tables, spliced into document.xml at save
        self._saved = False
        self.headings: list[HeadingEntry] = []
        self.captions: list[tuple[str, str]] = []

    # --- setup --------------------------------------------------------------------------------

    def _style_index(self) -> dict[tuple[str, str], str]:
        """(type, lower-case name or id) → styleId for every style in the reference."""
        index: dict[tuple[str, str], str] = {}
        for style in self._doc.styles.element.findall(qn("w:style")):
            kind = style.get(qn("w:type"), "paragraph")
            style_id = style.get(qn("w:styleId"))
            name = style.find(qn("w:name"))
            if style_id:
                index[(kind, style_id.lower())] = style_id
                if name is not None and name.get(qn("w:val")):
                    index[(kind, name.get(qn("w:val")).lower())] = style_id
        return index

    def _style(self, name: str | None, kind: str = "paragraph") -> str | None:
        """The styleId for a style name, or None when the reference lacks it."""
        if not name:
            return None
        return self._styles.get((kind, name.lower()))

    def _drop_thumbnail(self) -> None:
        """A reference's thumbnail would show the reference, not the report."""
        rels = self._doc.part.package.rels
        for rid, rel in list(rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                del rels[rid]

    def _ensure_footer(self) -> None:
        """Give a reference without a footer one with a centered PAGE field."""
        refs = self._final_sectpr.findall(qn("w:footerReference"))
        if any(ref.get(qn("w:type")) == "default" for ref in refs):
            return
        footer = Section(self._final_sectpr, self._doc.part).footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]._p
        for old in p.findall(qn("w:pPr")):
            p.remove(old)
        p.insert(0, ooxml.paragraph_properties(style_id=self._style("footer"), align="center"))
        for run in ooxml.field_runs("PAGE", "1"):
            p.append(run)

    # --- body plumbing ------------------------------------------------------------------------

    def _append(self, node) -> None:
        """Add a block element at the end of the body, before the final sectPr."""
        self._final_sectpr.addprevious(node)
        self._section_has_content = True

    def _last_block(self):
        return self._final_sectpr.getprevious()

    def _runs(
        self,
        text: Text,
        *,
        size_pt: float | None = None,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
    ) -> list:
        """Runs for plain text or a list of Run, with extra formatting applied to all."""
        parts = [Run(text)] if isinstance(text, str) else list(text)
        return [
            ooxml.text_run(
                part.text,
                ooxml.run_properties(
                    bold=part.bold or bold,
                    italic=part.italic or italic,
                    underline=part.underline or underline,
                    size_pt=size_pt,
                ),
            )
            for part in parts
        ]

    def _text_width_cm(self) -> float:
        """Width between the margins of the current section's page."""
        sectpr = self._template_sectpr
        pgsz, pgmar = sectpr.find(qn("w:pgSz")), sectpr.find(qn("w:pgMar"))
        w = int(pgsz.get(qn("w:w"), "11906")) if pgsz is not None else 11906
        h = int(pgsz.get(qn("w:h"), "16838")) if pgsz is not None else 16838
        page = max(w, h) if self._section.orientation == "landscape" else min(w, h)
        left = int(pgmar.get(qn("w:left"), "1701")) if pgmar is not None else 1701
        right = int(pgmar.get(qn("w:right"), "1134")) if pgmar is not None else 1134
        return (page - left - right) / ooxml.TWIPS_PER_CM

    # --- sections -----------------------------------------------------------------------------

    def section(
        self,
        *,
        orientation: Orientation = "portrait",
        numbering: Numbering | None = None,
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
        self._section = _SectionSettings(orientation, numbering, restart_at, new_page, title_page)
        self._section_has_content = False

    def _section_properties(self, settings: _SectionSettings):
        sectpr = copy.deepcopy(self._template_sectpr)
        if settings.title_page:
            self._ensure_first_page_footer()
            for ref in self._first_refs:
                sectpr.insert(0, copy.deepcopy(ref))
        ooxml.apply_section(
            sectpr,
            orientation=settings.orientation,
            numbering=settings.numbering,
            restart_at=settings.restart_at,
            new_page=settings.new_page,
            title_page=settings.title_page,
        )
        return sectpr

    def _ensure_first_page_footer(self) -> None:
        """Empty first-page header and footer parts, created once and shared by all sections.

        Without them Word leaves a title page blank but LibreOffice may show the default footer.
        """
        if self._first_footer_ready:
            return
        scratch = OxmlElement("w:sectPr")  # python-docx's class, which Section needs
        section = Section(scratch, self._doc.part)
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False
        self._first_refs = [
            ref for ref in scratch if ref.tag in (qn("w:headerReference"), qn("w:footerReference"))
        ]
        self._first_footer_ready = True

    def _close_section(self) -> None:
        """End the current section: its sectPr goes into the last paragraph of the section."""
        last = self._last_block()
        if not self._can_carry_sectpr(last):
            last = self._spacer_paragraph()
            self._append(last)
        ppr = last.find(qn("w:pPr"))
        if ppr is None:
            ppr = el("w:pPr")
            last.insert(0, ppr)
        ooxml.set_ppr_child(ppr, self._section_properties(self._section))

    def _can_carry_sectpr(self, block) -> bool:
        """A plain body paragraph; not a table, and not a TOC placeholder replaced at save."""
        if block is None or block.tag != qn("w:p"):
            return False
        if block.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            return False
        return all(pending.placeholder is not block for pending in self._pending)

    def _spacer_paragraph(self):
        """A tiny empty paragraph: after a table (Word needs one) or to carry a sectPr."""
        ppr = ooxml.paragraph_properties(space_before_pt=0, space_after_pt=0, line_240ths=240)
        ppr.append(ooxml.run_properties(size_pt=2))
        return ooxml.paragraph(ppr)

    # --- headings and text --------------------------------------------------------------------

    def heading(
        self,
        text: str,
        level: int,
        *,
        numbered_label: str | None = None,
        page_break_before: bool = False,
    ) -> None:
        """A heading in Heading 1..3, listed in the TOC.

        Chapter labels are text, not Word numbering: "BAB I" + line break + "PENDAHULUAN" for
        level 1, "A. Latar Belakang" below.
        """
        level = min(max(level, 1), 3)
        if numbered_label:
            shown = f"{numbered_label}\n{text}" if level == 1 else f"{numbered_label} {text}"
        else:
            shown = text
        self._heading(shown, level, page_break_before=page_break_before)

    def front_heading(self, text: str) -> None:
        """Unnumbered Heading 1 for Kata Pengantar, Ikhtisar, Daftar Isi…; in the TOC."""
        self._heading(text, 1)

    def _heading(self, shown: str, level: int, *, page_break_before: bool = False) -> None:
        style_id = self._style(f"heading {level}")
        missing = style_id is None
        ppr = ooxml.paragraph_properties(
            style_id=style_id,
            keep_next=missing,
            page_break_before=page_break_before,
            no_numbering=not missing,
            align="center" if missing and level == 1 else None,
            # Without the style the TOC's \u switch still finds the paragraph by outline level.
            outline_level=level - 1 if missing else None,
        )
        runs = self._runs(
            shown,
            bold=missing,
            size_pt=(14 if level == 1 else 12) if missing else None,
            italic=missing and level == 3,
        )
        self._append(ooxml.paragraph(ppr, runs))
        self.headings.append(HeadingEntry(level, " ".join(shown.split())))

    def title(self, text: str, *, size_pt: float | None = None, space_after_pt: float = 6) -> None:
        """Centered bold text outside the TOC (cover lines)."""
        ppr = ooxml.paragraph_properties(
            style_id=self._style("Title"),
            align="center",
            space_after_pt=space_after_pt,
            space_before_pt=0,
        )
        self._append(ooxml.paragraph(ppr, self._runs(text, bold=True, size_pt=size_pt)))

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
        ppr = ooxml.paragraph_properties(
            style_id=self._style(style),
            keep_next=keep_with_next,
            space_after_pt=space_after_pt,
            indent_left_cm=indent_cm,
            first_line_cm=first_line_cm,
            align=align,
        )
        self._append(ooxml.paragraph(ppr, self._runs(text, size_pt=size_pt)))

    def page_break(self) -> None:
        self._append(ooxml.paragraph(None, [ooxml.break_run("page")]))

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
        kind = "letter" if numbered and style_letter else "decimal" if numbered else "bullet"
        num_id = self._num_for(kind, level)
        level = min(max(level, 0), 8)
        for item in items:
            self._append(self._list_paragraph(item, num_id, level))

    def nested_list(
        self,
        entries: builtins.list[ListEntry],
        formats: tuple[ListFormat, ...] = ("decimal", "lowerLetter"),
    ) -> None:
        """One Word list with levels: "1. … a. … b. … 2. …" as real numbering.

        `formats[n]` is the number format of level n (levels beyond it continue the usual
        decimal → lowerLetter → lowerRoman cycle). Every call gets its own `w:num` whose
        levels restart at 1 (`w:lvlOverride/w:startOverride`), so two lists never continue
        each other; a sub-level restarts under each new parent item, as Word counts.
        """
        if not entries:
            return
        key = tuple(formats) or ("decimal",)
        levels = sorted({min(max(e.level, 0), 8) for e in entries})
        num_id = self._new_num(self._abstract_for(key), restart=levels)
        for entry in entries:
            level = min(max(entry.level, 0), 8)
            self._append(self._list_paragraph(entry.text, num_id, level))

    def _list_paragraph(self, text: Text, num_id: int, level: int):
        """A List Paragraph numbered by `w:numPr` (numId, ilvl)."""
        ppr = ooxml.paragraph_properties(style_id=self._style("List Paragraph"), align="justify")
        numpr = el("w:numPr")
        sub(numpr, "w:ilvl", {"w:val": level})
        sub(numpr, "w:numId", {"w:val": num_id})
        ooxml.set_ppr_child(ppr, numpr)
        return ooxml.paragraph(ppr, self._runs(text))

    def _numbering(self):
        return self._doc.part.numbering_part.element

    def _num_for(self, kind: str, level: int) -> int:
        """A w:num for this list: shared for bullets, new (restarting) for numbered lists."""
        if kind == "bullet" and self._lists.bullet_num is not None:
            return self._lists.bullet_num
        abstract_id = self._abstract_for(kind)
        if kind == "bullet":
            self._lists.bullet_num = self._new_num(abstract_id, restart=())
            return self._lists.bullet_num
        return self._new_num(abstract_id, restart=(min(max(level, 0), 8),))

    def _new_num(self, abstract_id: int, *, restart) -> int:
        """A new w:num over `abstract_id`; the levels in `restart` start again at 1."""
        numbering = self._numbering()
        used = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        num_id = max(used, default=0) + 1
        num = sub(numbering, "w:num", {"w:numId": num_id})
        sub(num, "w:abstractNumId", {"w:val": abstract_id})
        for level in restart:
            override = sub(num, "w:lvlOverride", {"w:ilvl": level})
            sub(override, "w:startOverride", {"w:val": 1})
        return num_id

    def _abstract_for(self, kind: str | tuple[str, ...]) -> int:
        """The abstractNum for a list kind ("decimal", "letter", "bullet") or a tuple of
        per-level formats, created on first use."""
        if kind in self._lists.abstract_ids:
            return self._lists.abstract_ids[kind]
        numbering = self._numbering()
        used = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(used, default=-1) + 1
        abstract = _abstract_num(abstract_id, kind)
        first_num = numbering.find(qn("w:num"))
        # Schema: every abstractNum precedes every num.
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        self._lists.abstract_ids[kind] = abstract_id
        return abstract_id

    # --- captions and indexes -----------------------------------------------------------------

    def caption(
        self, kind: CaptionKind, chapter: int | None, title: str, *, keep_with_next: bool = True
    ) -> str:
        """A caption "Tabel 3.1 Judul" above a table; returns the label "Tabel 3.1".

        A figure's caption goes below it (`chart`/`image` with `keep_with_next=True`, then the
        caption with `keep_with_next=False`).

        Numbers count per (kind, chapter); `chapter=None` gives "Tabel 7", counted apart. The
        number is a `SEQ Tabel \\* ARABIC` field whose cached result is already right, so the
        text is right before any field update. Where the count does not simply go on from the
        previous caption of that kind (a new chapter), the field carries `\\r <n>`: Word and
        LibreOffice then compute the same number as the cache. `\\s 1` (restart at Heading 1)
        is not used: LibreOffice ignores it, and it would tie numbering to the heading layout.
        The chapter prefix is plain text.
        """
        number = self._seq_counts.get((kind, chapter), 0) + 1
        self._seq_counts[(kind, chapter)] = number
        reset = number != self._seq_last.get(kind, 0) + 1
        self._seq_last[kind] = number
        prefix = f"{kind} {chapter}." if chapter is not None else f"{kind} "
        label = f"{prefix}{number}"
        style_id = self._style("Caption")
        missing = style_id is None
        ppr = ooxml.paragraph_properties(
            style_id=style_id, keep_next=keep_with_next, align="center" if missing else None
        )
        if not keep_with_next:
            _switch_off_keep_next(ppr)  # the Caption style itself keeps with next
        rpr = ooxml.run_properties(bold=missing)
        runs = [
            ooxml.text_run(prefix, rpr),
            *ooxml.field_runs(_seq_instruction(kind, number, reset), str(number), rpr),
            ooxml.text_run(f" {title}", rpr),
        ]
        self._append(ooxml.paragraph(ppr, runs))
        self.captions.append((label, title))
        return label

    def toc(self, *, levels: str = "1-3") -> None:
        """Table of contents field over heading levels; entries pre-filled at save time."""
        low, _, high = levels.partition("-")
        span = (int(low), int(high or low))
        self._pending_index(f'TOC \\o "{levels}" \\h \\z \\u', "toc", span)

    def list_of(self, kind: CaptionKind) -> None:
        """List of tables/figures: a TOC field over the SEQ identifier, pre-filled at save."""
        self._pending_index(f'TOC \\h \\z \\c "{kind}"', kind)

    def _pending_index(self, instruction: str, kind: str, levels=(1, 3)) -> None:
        placeholder = ooxml.paragraph()
        self._append(placeholder)
        self._pending.append(_PendingIndex(placeholder, instruction, kind, levels))

    def prefill_toc_entries(self) -> None:
        """Replace TOC/list placeholders by the field with the collected entries as its result.

        Entries carry no page numbers (only Word or LibreOffice can paginate); Word rebuilds
        them on open because of w:updateFields. `save` calls this; calling it twice is harmless.
        """
        for pending in self._pending:
            entries = self._index_entries(pending)
            for p in self._index_paragraphs(pending.instruction, entries):
                pending.placeholder.addprevious(p)
            pending.placeholder.getparent().remove(pending.placeholder)
        self._pending = []

    def _index_entries(self, pending: _PendingIndex) -> builtins.list[tuple[str | None, str]]:
        """(styleId, text) for every entry of a TOC or list-of field."""
        if pending.kind == "toc":
            low, high = pending.levels
            return [
                (self._style(f"toc {h.level}"), h.text)
                for h in self.headings
                if low <= h.level <= high
            ]
        style_id = self._style("table of figures")
        return [
            (style_id, f"{label} {title}")
            for label, title in self.captions
            if label.startswith(pending.kind + " ")
        ]

    def _index_paragraphs(self, instruction: str, entries: builtins.list[tuple[str | None, str]]):
        """The field spread over paragraphs: begin in the first, end in the last."""
        if not entries:
            entries = [(self._style("toc 1"), EMPTY_TOC_TEXT)]
        paragraphs = []
        for i, (style_id, text) in enumerate(entries):
            ppr = ooxml.paragraph_properties(style_id=style_id, align="left")
            runs = ooxml.field_begin_runs(instruction) if i == 0 else []
            runs.append(ooxml.text_run(text))
            if i == len(entries) - 1:
                runs.append(ooxml.field_end_run())
            paragraphs.append(ooxml.paragraph(ppr, runs))
        return paragraphs

    # --- tables -------------------------------------------------------------------------------

    def table(self, spec: TableSpec) -> None:
        """A table from a TableSpec; see `_TableBuilder`."""
        last = self._last_block()
        if last is not None and last.tag == qn("w:tbl"):
            # Two adjacent tables would merge into one in Word.
            self._append(self._spacer_paragraph())
        style_id = self._style(spec.style or "Table Grid", "table") if spec.borders else None
        # The table is serialized now and a stand-in keeps its place in the body (see
        # `_splice_tables`): a large report's tables as an lxml tree took most of its memory.
        self._tables.append(_TableBuilder(spec, style_id).xml())
        self._append(_table_stand_in(len(self._tables) - 1))

    def source_note(self, text: str) -> None:
        """The "Sumber: …" line under a table, small italic."""
        if not text.lower().startswith("sumber"):
            text = f"Sumber: {text}"
        style_id = self._style("Sumber")
        missing = style_id is None
        ppr = ooxml.paragraph_properties(
            style_id=style_id, align="left", space_after_pt=12 if missing else None
        )
        self._append(
            ooxml.paragraph(ppr, self._runs(text, italic=missing, size_pt=10 if missing else None))
        )

    # --- images -------------------------------------------------------------------------------

    def image(self, path: Path, *, width_cm: float, keep_with_next: bool = False) -> None:
        """A centered picture; python-docx picks deterministic part names and ids."""
        p = self._figure_paragraph(keep_with_next)
        run = Paragraph(p, self._doc._body).add_run()
        run.add_picture(str(path), width=Cm(width_cm))
        if self._docpr_ids is not None:  # keep the charts' running set of ids complete
            self._docpr_ids.update(int(v) for v in run._r.xpath(".//wp:docPr/@id"))

    def chart(
        self, spec: ChartSpec, *, width_cm: float, height_cm: float, keep_with_next: bool = True
    ) -> None:
        """A native, editable chart (charts.py) in a centered paragraph.

        Charts are numbered 1, 2, … in writing order, which names their parts
        (/word/charts/chart1.xml) and fixes their ids, so the bytes are stable. The paragraph is
        kept with the next one: the caption, which goes below a figure. A chart wider than the
        text area is narrowed to it, keeping its height.
        """
        p = self._figure_paragraph(keep_with_next)
        self._charts += 1
        if self._docpr_ids is None:
            self._docpr_ids = charts.used_ids(self._doc)
        charts.insert_chart(
            self._doc,
            Paragraph(p, self._doc._body),
            spec,
            width_cm=min(width_cm, self._text_width_cm()),
            height_cm=height_cm,
            index=self._charts,
            taken=self._docpr_ids,
        )

    def _figure_paragraph(self, keep_with_next: bool):
        """An empty centered paragraph (python-docx's class, for add_run) at the body's end."""
        p = OxmlElement("w:p")
        p.append(ooxml.paragraph_properties(align="center", keep_next=keep_with_next))
        self._append(p)
        return p

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
        half = self._text_width_cm() / 2
        indent_left = half if align == "right" else 0
        indent_right = half if align == "left" else 0
        for p in _signature_paragraphs(
            place_date, role, name, pangkat, nip, indent_left, indent_right
        ):
            self._append(p)

    def signatures_side_by_side(self, left: dict, right: dict) -> None:
        """Two signature blocks in a borderless two-column table (PK: Pihak Kedua left)."""
        half = self._text_width_cm() / 2
        blocks = [dict(left), dict(right)]
        # Line the names up: if only one side has a place/date line, give the other a blank one.
        if any(b.get("place_date") for b in blocks):
            for b in blocks:
                b["place_date"] = b.get("place_date") or ""
        tbl = _TableBuilder(
            TableSpec(
                widths_cm=[half, half],
                header=[],
                rows=[],
                number_row=False,
                borders=False,
                repeat_header=False,
            ),
            None,
        ).skeleton()
        tr = sub(tbl, "w:tr")
        sub(sub(tr, "w:trPr"), "w:cantSplit")  # the two blocks stay on one page
        for block in blocks:
            tc = sub(tr, "w:tc")
            tcpr = sub(tc, "w:tcPr")
            sub(tcpr, "w:tcW", {"w:w": ooxml.twips(half), "w:type": "dxa"})
            for p in _signature_paragraphs(
                block.get("place_date"),
                block.get("role", ""),
                block.get("name", ""),
                block.get("pangkat"),
                block.get("nip"),
                0,
                0,
            ):
                tc.append(p)
        last = self._last_block()
        if last is not None and last.tag == qn("w:tbl"):
            self._append(self._spacer_paragraph())
        self._append(tbl)

    # --- saving -------------------------------------------------------------------------------

    def save(
        self, out: Path, *, title: str, author: str, subject: str | None = None, created: datetime
    ) -> None:
        """Write the document atomically; identical input gives identical bytes.

        The file is written to `.<name>.tmp-<pid>` next to `out`, fsynced, then renamed over
        `out`; on any error the temporary file is removed and an existing `out` is untouched.
        """
        out = Path(out)
        if self._saved:
            raise RuntimeError("DocWriter.save may be called only once per document")
        self._saved = True
        self.prefill_toc_entries()
        self._finish_body()
        self._set_update_fields()
        self._set_core(title=title, author=author, subject=subject, created=created)
        buffer = io.BytesIO()
        self._doc.save(buffer)
        main = self._doc.part.partname.lstrip("/")
        with zipfile.ZipFile(buffer) as package:
            document_xml = _splice_tables(package.read(main), self._tables)
        # python-docx copies its template's extended properties ("Microsoft Macintosh Word",
        # one page): say honestly what wrote the file; Word recomputes the statistics.
        replace = {"docProps/app.xml": _APP_XML, main: document_xml}
        data = ooxml.normalise_zip(buffer.getvalue(), replace=replace)
        atomic.write_bytes(out, data)

    def _finish_body(self) -> None:
        last = self._last_block()
        if last is None or last.tag != qn("w:p"):
            self._final_sectpr.addprevious(self._spacer_paragraph())
        final = self._section_properties(self._section)
        self._final_sectpr.addprevious(final)
        self._body.remove(self._final_sectpr)
        self._final_sectpr = final

    def _set_update_fields(self) -> None:
        """w:updateFields makes Word refresh TOC, lists and SEQ numbers when it opens the file."""
        settings = self._doc.settings.element
        for old in settings.findall(qn("w:updateFields")):
            settings.remove(old)
        node = el("w:updateFields", {"w:val": "true"})
        for child in settings:
            if (
                child.tag.startswith("{" + ooxml.W_NS)
                and child.tag.split("}")[1] in _SETTINGS_AFTER_UPDATE_FIELDS
            ):
                child.addprevious(node)
                return
        settings.append(node)

    def _set_core(self, *, title: str, author: str, subject: str | None, created: datetime) -> None:
        """Core properties from the arguments only: nothing from the clock or the reference."""
        if created.tzinfo is not None:
            created = created.astimezone(timezone.utc).replace(tzinfo=None)
        core = self._doc.core_properties
        core.title = title
        core.author = author
        core.last_modified_by = author
        core.subject = subject or ""
        for attr in (
            "keywords",
            "comments",
            "category",
            "content_status",
            "identifier",
            "language",
            "version",
        ):
            setattr(core, attr, "")
        core.created = created
        core.modified = created
        core.revision = 1
        core_el = core._element
        for node in core_el.findall(qn("cp:lastPrinted")):
            core_el.remove(node)


# --- tables ---------------------------------------------------------------------------------


class _TableBuilder:
    """Builds a w:tbl from a TableSpec with lxml, row by row, without python-docx lookups.

    Rowspans are written as vMerge "restart" on the first cell and vMerge continuation cells
    in the rows below at the same grid position (the spec omits those covered cells).
    """

    def __init__(self, spec: TableSpec, style_id: str | None):
        self.spec = spec
        self.style_id = style_id
        self.widths = [ooxml.twips(w) for w in spec.widths_cm]
        self.rpr_size = spec.font_size_pt
        self._prototypes: dict[tuple, str] = {}

    def xml(self) -> bytes:
        """The serialized `w:tbl`. The table's properties are built as elements, once; its
        rows are written as text, a row at a time, from property XML prepared once per kind
        of cell, so even a 10,000-row table never exists as an element tree."""
        spec = self.spec
        header_rows = list(spec.header)
        if spec.number_row and header_rows:
            header_rows.append(
                [Cell(f"({i + 1})", align="center") for i in range(len(self.widths))]
            )
        opening = _serialized(self.skeleton()).removesuffix(b"</w:tbl>").decode("utf-8")
        groups = ((header_rows, "header"), (spec.rows, "body"), (spec.footer, "footer"))
        rows = (tr for group, role in groups for tr in self._rows(group, role=role))
        return "".join((opening, *rows, "</w:tbl>")).encode("utf-8")

    def skeleton(self):
        """The `w:tbl` element with its properties and grid and no rows yet."""
        head = _w_root("w:tbl")
        head.append(self._properties())
        grid = sub(head, "w:tblGrid")
        for width in self.widths:
            sub(grid, "w:gridCol", {"w:w": width})
        return head

    def _properties(self):
        spec = self.spec
        tblpr = el("w:tblPr")
        if self.style_id:
            sub(tblpr, "w:tblStyle", {"w:val": self.style_id})
        sub(tblpr, "w:tblW", {"w:w": sum(self.widths), "w:type": "dxa"})
        sub(tblpr, "w:jc", {"w:val": "center"})
        tblpr.append(
            ooxml.borders(
                "w:tblBorders",
                visible=spec.borders,
                sides=("top", "left", "bottom", "right", "insideH", "insideV"),
            )
        )
        sub(tblpr, "w:tblLayout", {"w:type": "fixed"})
        margins = sub(tblpr, "w:tblCellMar")
        # Small margins (0.1 cm sides, none top/bottom) keep numeric columns narrow.
        for side, width in (("top", 0), ("left", 57), ("bottom", 0), ("right", 57)):
            sub(margins, f"w:{side}", {"w:w": width, "w:type": "dxa"})
        sub(
            tblpr,
            "w:tblLook",
            {
                "w:val": "04A0",
                "w:firstRow": 1,
                "w:lastRow": 0,
                "w:firstColumn": 1,
                "w:lastColumn": 0,
                "w:noHBand": 0,
                "w:noVBand": 1,
            },
        )
        return tblpr

    def _rows(self, rows: builtins.list[builtins.list[Cell]], *, role: str) -> Iterator[str]:
        """The `w:tr` of a group of rows, as text, one at a time; rowspans do not cross from
        one group into the next."""
        pending: dict[int, list] = {}  # grid column → [rows left, colspan, shade, bold]
        ncols = len(self.widths)
        row_start = self._row_start(role)
        for row in rows:
            tr = [row_start]
            cells = iter(row)
            col = 0
            while col < ncols:
                if col in pending:
                    left, span, shade = pending[col]
                    self._cell(tr, Cell("", colspan=span, shade=shade), col, role, "continue")
                    if left <= 1:
                        del pending[col]
                    else:
                        pending[col][0] = left - 1
                    col += span
                    continue
                cell = next(cells, None)
                if cell is None:
                    cell = Cell("")  # pad a short row so every row covers the grid
                span = max(1, min(cell.colspan, ncols - col))
                merge = None
                if cell.rowspan > 1:
                    merge = "restart"
                    pending[col] = [cell.rowspan - 1, span, cell.shade]
                self._cell(tr, cell, col, role, merge, span)
                col += span
            extra = next(cells, None)
            if extra is not None:
                raise ValueError(f"table row has more cells than the {ncols} grid columns: {row!r}")
            tr.append("</w:tr>")
            yield "".join(tr)

    def _row_start(self, role: str) -> str:
        trpr = el("w:trPr")
        if self.spec.keep_rows_together:
            sub(trpr, "w:cantSplit")
        if role == "header" and self.spec.repeat_header:
            sub(trpr, "w:tblHeader")
        return "<w:tr>" + _xml_text(trpr)

    def _cell(
        self,
        tr: builtins.list[str],
        cell: Cell,
        col: int,
        role: str,
        merge: str | None,
        span: int | None = None,
    ) -> None:
        span = span or cell.colspan
        shade = bool(cell.shade) or role == "footer"
        tr.append(self._cell_start(col, span, merge, shade, role, cell.align))
        bold = cell.bold or role == "footer" or (role == "header" and not _is_number_cell(cell))
        text = cell.text
        if isinstance(text, str):
            tr.append(ooxml.run_xml(text, self._run_properties(bold, False, False)))
        else:
            for part in text:
                rpr = self._run_properties(part.bold or bold, part.italic, part.underline)
                tr.append(ooxml.run_xml(part.text, rpr))
        tr.append("</w:p></w:tc>")

    # A table has a handful of kinds of cell; the XML of each kind's properties is built once
    # (as elements, by the same helpers as the rest of the document) and reused as text.
    def _cell_start(
        self, col: int, span: int, merge: str | None, shade: bool, role: str, align: str | None
    ) -> str:
        """`<w:tc><w:tcPr>…</w:tcPr><w:p><w:pPr>…</w:pPr>` for one kind of cell."""
        key = (col, span, merge, shade, role, align)
        start = self._prototypes.get(key)
        if start is None:
            tcpr = el("w:tcPr")
            sub(tcpr, "w:tcW", {"w:w": sum(self.widths[col : col + span]), "w:type": "dxa"})
            if span > 1:
                sub(tcpr, "w:gridSpan", {"w:val": span})
            if merge == "restart":
                sub(tcpr, "w:vMerge", {"w:val": "restart"})
            elif merge == "continue":
                sub(tcpr, "w:vMerge")
            if shade:
                sub(tcpr, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": "D9D9D9"})
            if role == "header":
                sub(tcpr, "w:vAlign", {"w:val": "center"})
            ppr = ooxml.paragraph_properties(
                space_before_pt=0,
                space_after_pt=0,
                line_240ths=240,
                align="center" if role == "header" else align,
            )
            start = f"<w:tc>{_xml_text(tcpr)}<w:p>{_xml_text(ppr)}"
            self._prototypes[key] = start
        return start

    def _run_properties(self, bold: bool, italic: bool, underline: bool) -> str:
        """The `w:rPr` XML of a cell's runs ("" when there is nothing to say)."""
        key = ("rPr", bold, italic, underline)
        rpr = self._prototypes.get(key)
        if rpr is None:
            element = ooxml.run_properties(
                bold=bold, italic=italic, underline=underline, size_pt=self.rpr_size
            )
            rpr = "" if element is None else _xml_text(element)
            self._prototypes[key] = rpr
        return rpr


# --- tables serialized ahead of the document --------------------------------------------------

_W_DECLARATION = f' xmlns:w="{ooxml.W_NS}"'.encode()
_STAND_IN = "lkjip-tabel"
_STAND_IN_BYTES = re.compile(rb"<w:tbl><\?" + _STAND_IN.encode() + rb" (\d+)\?></w:tbl>")


def _w_root(tag: str):
    """A detached element that declares the `w` prefix itself, so it serializes as `w:…`."""
    return etree.Element(qn(tag), nsmap={"w": ooxml.W_NS})


def _xml_text(node) -> str:
    """The XML text of a (copy of an) element, written with the `w` prefix whatever prefix
    lxml gave the element when it was made on its own."""
    holder = _w_root("w:body")
    holder.append(ooxml.clone(node))
    text = etree.tostring(holder, encoding="unicode")
    return text[text.index(">") + 1 : -len("</w:body>")]


def _serialized(node) -> bytes:
    """A detached element's XML without the `w` declaration lxml puts on it: the document
    root declares `w` already."""
    return etree.tostring(node, encoding="UTF-8").replace(_W_DECLARATION, b"", 1)


def _table_stand_in(number: int):
    """An empty `w:tbl` (so checks for "the last block is a table" still hold) holding a
    processing instruction that names the serialized table replacing it."""
    stand_in = el("w:tbl")
    stand_in.append(etree.ProcessingInstruction(_STAND_IN, str(number)))
    return stand_in


def _splice_tables(document_xml: bytes, tables: builtins.list[bytes]) -> bytes:
    """document.xml with every stand-in replaced by its table."""
    return _STAND_IN_BYTES.sub(lambda m: tables[int(m[1])], document_xml)


def _seq_instruction(kind: str, number: int, reset: bool) -> str:
    """The SEQ field code, with `\\r n` where the count restarts (see DocWriter.caption)."""
    return f"SEQ {kind} \\* ARABIC \\r {number}" if reset else f"SEQ {kind} \\* ARABIC"


def _switch_off_keep_next(ppr) -> None:
    """`w:keepNext w:val="0"` right after pStyle (schema order), overriding the style."""
    node = el("w:keepNext", {"w:val": 0})
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(node)
    else:
        ppr.insert(0, node)


def _is_number_cell(cell: Cell) -> bool:
    """The "(1) (2) …" column-number cells stay regular weight."""
    return isinstance(cell.text, str) and re.fullmatch(r"\(\d+\)", cell.text) is not None


# --- numbering definitions --------------------------------------------------------------------

_BULLETS = ["•", "–", "▪"]
_KIND_FORMATS = {
    "decimal": ("decimal", "lowerLetter", "lowerRoman"),
    "letter": ("lowerLetter", "decimal", "lowerRoman"),
    "bullet": ("bullet",) * 3,
}


def _level_format(kind: str | tuple[str, ...], level: int) -> str:
    """The number format of `level` for a list kind or a tuple of per-level formats."""
    formats = _KIND_FORMATS[kind] if isinstance(kind, str) else kind
    if level < len(formats):
        return formats[level]
    return _KIND_FORMATS["decimal"][level % 3]


def _abstract_num(abstract_id: int, kind: str | tuple[str, ...]):
    """An abstractNum with nine levels for bullets, 1. 2. or a. b. lists, or mixed levels."""
    abstract = el("w:abstractNum", {"w:abstractNumId": abstract_id})
    sub(abstract, "w:multiLevelType", {"w:val": "hybridMultilevel"})
    for level in range(9):
        lvl = sub(abstract, "w:lvl", {"w:ilvl": level})
        sub(lvl, "w:start", {"w:val": 1})
        fmt = _level_format(kind, level)
        text = _BULLETS[level % 3] if fmt == "bullet" else f"%{level + 1}."
        sub(lvl, "w:numFmt", {"w:val": fmt})
        sub(lvl, "w:lvlText", {"w:val": text})
        sub(lvl, "w:lvlJc", {"w:val": "left"})
        ppr = sub(lvl, "w:pPr")
        sub(ppr, "w:ind", {"w:left": 567 * (level + 1), "w:hanging": 397})
    return abstract


# --- signature blocks -------------------------------------------------------------------------


def _signature_paragraphs(place_date, role, name, pangkat, nip, indent_left, indent_right):
    """Place/date, role, space for the signature, NAME bold underlined, pangkat, NIP."""

    def line(text: str, *, bold=False, underline=False, after=0.0, keep=True):
        ppr = ooxml.paragraph_properties(
            keep_next=keep,
            space_before_pt=0,
            space_after_pt=after,
            line_240ths=240,
            indent_left_cm=indent_left,
            indent_right_cm=indent_right,
            align="center",
        )
        rpr = ooxml.run_properties(bold=bold, underline=underline)
        return ooxml.paragraph(ppr, [ooxml.text_run(text, rpr)] if text else [])

    lines = []
    if place_date is not None:
        lines.append(line(place_date))
    lines.append(line(role, after=60))  # room for signature and stamp
    tail = [t for t in (pangkat, f"NIP. {idfmt.nip(nip)}" if nip else None) if t]
    lines.append(line(name, bold=True, underline=True, keep=bool(tail)))
    for i, text in enumerate(tail):
        lines.append(line(text, keep=i < len(tail) - 1))
    return lines
