"""Word fields: caption numbers (SEQ), the TOC and the lists of tables and figures, and the
setting that makes Word refresh them all on open.

Fields carry a cached result that is already right, so the document reads correctly before
any update: a SEQ field holds its number, and a TOC or list-of field holds the entries
collected while writing (without page numbers: only Word or LibreOffice can paginate).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from lkjip.render import ooxml
from lkjip.render.ooxml import el, qn
from lkjip.render.word.styles import StyleIndex

CaptionKind = Literal["Tabel", "Gambar"]
IndexKind = Literal["toc", "Tabel", "Gambar"]

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


@dataclass(frozen=True)
class HeadingEntry:
    """A heading as the TOC lists it: level 1..3 and its text on one line."""

    level: int
    text: str


# --- captions ---------------------------------------------------------------------------------


@dataclass
class CaptionNumbers:
    """Caption numbers per (kind, chapter), and whether Word's SEQ counter must be reset.

    Word keeps one SEQ counter per kind. Where the count does not simply go on from the
    previous caption of that kind (a new chapter), the field carries `\\r <n>`: Word and
    LibreOffice then compute the same number as the cache. `\\s 1` (restart at Heading 1) is
    not used: LibreOffice ignores it, and it would tie numbering to the heading layout.
    """

    _counts: dict[tuple[str, int | None], int] = field(default_factory=dict)
    _seq_last: dict[str, int] = field(default_factory=dict)  # what Word's counter holds

    def next(self, kind: CaptionKind, chapter: int | None) -> tuple[int, bool]:
        """The next number of this kind in this chapter, and whether the SEQ field resets."""
        number = self._counts.get((kind, chapter), 0) + 1
        self._counts[(kind, chapter)] = number
        reset = number != self._seq_last.get(kind, 0) + 1
        self._seq_last[kind] = number
        return number, reset


def caption_paragraph(
    styles: StyleIndex,
    kind: CaptionKind,
    prefix: str,
    number: int,
    reset: bool,
    title: str,
    *,
    keep_with_next: bool,
):
    """ "Tabel 3." + SEQ field holding "1" + " Judul", in the Caption style (or bold, centered
    when the reference lacks it)."""
    style_id = styles.id_for("Caption")
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
    return ooxml.paragraph(ppr, runs)


def _seq_instruction(kind: str, number: int, reset: bool) -> str:
    """The SEQ field code, with `\\r n` where the count restarts (see CaptionNumbers)."""
    return f"SEQ {kind} \\* ARABIC \\r {number}" if reset else f"SEQ {kind} \\* ARABIC"


def _switch_off_keep_next(ppr) -> None:
    """`w:keepNext w:val="0"` right after pStyle (schema order), overriding the style."""
    node = el("w:keepNext", {"w:val": 0})
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(node)
    else:
        ppr.insert(0, node)


# --- TOC and lists of tables / figures --------------------------------------------------------


@dataclass
class _PendingIndex:
    """A TOC or list-of placeholder paragraph, filled in at save time."""

    placeholder: etree._Element
    instruction: str
    kind: IndexKind
    levels: tuple[int, int] = (1, 3)


@dataclass
class Indexes:
    """The headings and captions written so far, and the TOC / list-of fields that list them.

    A field is a placeholder paragraph until `prefill`, because its entries are only known
    once the whole body is written.
    """

    headings: list[HeadingEntry] = field(default_factory=list)
    captions: list[tuple[str, str]] = field(default_factory=list)  # (label, title)
    _pending: list[_PendingIndex] = field(default_factory=list)

    def toc_placeholder(self, levels: str):
        """A TOC over heading levels "1-3"; the caller places the returned paragraph."""
        low, _, high = levels.partition("-")
        span = (int(low), int(high or low))
        return self._placeholder(f'TOC \\o "{levels}" \\h \\z \\u', "toc", span)

    def list_of_placeholder(self, kind: CaptionKind):
        """A list of tables/figures: a TOC field over the SEQ identifier."""
        return self._placeholder(f'TOC \\h \\z \\c "{kind}"', kind)

    def _placeholder(self, instruction: str, kind: IndexKind, levels=(1, 3)):
        placeholder = ooxml.paragraph()
        self._pending.append(_PendingIndex(placeholder, instruction, kind, levels))
        return placeholder

    def is_placeholder(self, block) -> bool:
        """Whether `block` will be replaced at save (so it cannot carry a section break)."""
        return any(pending.placeholder is block for pending in self._pending)

    def prefill(self, styles: StyleIndex) -> None:
        """Replace every placeholder by its field, the collected entries as its result.
        Word rebuilds them on open because of w:updateFields; a second call does nothing."""
        for pending in self._pending:
            entries = self._entries(pending, styles)
            for p in _index_paragraphs(pending.instruction, entries, styles):
                pending.placeholder.addprevious(p)
            pending.placeholder.getparent().remove(pending.placeholder)
        self._pending = []

    def _entries(self, pending: _PendingIndex, styles: StyleIndex) -> list[tuple[str | None, str]]:
        """(styleId, text) for every entry of a TOC or list-of field."""
        if pending.kind == "toc":
            low, high = pending.levels
            return [
                (styles.id_for(f"toc {h.level}"), h.text)
                for h in self.headings
                if low <= h.level <= high
            ]
        style_id = styles.id_for("table of figures")
        return [
            (style_id, f"{label} {title}")
            for label, title in self.captions
            if label.startswith(pending.kind + " ")
        ]


def _index_paragraphs(instruction: str, entries: list[tuple[str | None, str]], styles: StyleIndex):
    """The field spread over paragraphs: begin in the first, end in the last."""
    if not entries:
        entries = [(styles.id_for("toc 1"), EMPTY_TOC_TEXT)]
    paragraphs = []
    for i, (style_id, text) in enumerate(entries):
        ppr = ooxml.paragraph_properties(style_id=style_id, align="left")
        runs = ooxml.field_begin_runs(instruction) if i == 0 else []
        runs.append(ooxml.text_run(text))
        if i == len(entries) - 1:
            runs.append(ooxml.field_end_run())
        paragraphs.append(ooxml.paragraph(ppr, runs))
    return paragraphs


# --- refresh on open --------------------------------------------------------------------------


def set_update_fields(settings) -> None:
    """w:updateFields makes Word refresh TOC, lists and SEQ numbers when it opens the file."""
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
