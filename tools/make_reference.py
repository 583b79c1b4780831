"""Generate templates/reference.docx: the styles and page setup every lkjip report starts from.

Run from the repository root:  .venv/bin/python tools/make_reference.py [OUT]

The reference carries the *look* of the report — page size and margins, fonts, heading, caption,
table-of-contents and list styles, the footer with its PAGE field — and no content; the docx
writer clears the body and keeps the rest. Users may pass their own reference.docx instead; the
writer falls back to Normal plus direct formatting for any style their file lacks.

Choices, and why:
- A4 portrait, margins top 3 cm, bottom 3 cm, left 3 cm, right 2 cm: the common layout of
  Indonesian government reports (tata naskah dinas), the wider left margin leaving room for
  binding. Header and footer sit 1.25 cm from the edge.
- "Times New Roman" 12 pt, 1.15 line spacing, justified body. LibreOffice substitutes the
  metric-compatible Liberation Serif where Times New Roman is not installed, so line breaks and
  page counts match between Word and the PDF build.
- Heading 1 is centered, bold, 14 pt, starts a new page and keeps with the next paragraph: the
  chapter title "BAB I / PENDAHULUAN". Heading 2 bold 12, Heading 3 bold italic 12.
- Caption is bold, centered, 11 pt and keeps with the table under it; "Sumber" is the small
  italic source note under a table.
- "toc 1..3" and "table of figures" are left-aligned (a justified wrapped entry spreads its
  first line), end 1 cm short of the text edge and carry a right-aligned dot-leader tab at the
  edge (16 cm), so a long entry wraps before the page numbers instead of leaving its leader and
  number alone on the next line; "table of figures" hangs its wrapped lines after "Tabel 3.6 ".
- Everything black: the python-docx base template colours headings blue.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lkjip.render import ooxml  # noqa: E402

FONT = "Times New Roman"
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)
TEXT_WIDTH_CM = 16.0  # A4 portrait, 21 cm less margins of 3 and 2 cm
# TOC and list-of entries stop 1 cm short of the text edge, leaving the page-number column free.
INDEX_RIGHT_INDENT_CM = 1.0
# Width of "Tabel 3.6 " in Times New Roman 12 pt (Liberation Serif has the same metrics): the
# wrapped lines of a list-of-tables entry start under its title.
FIGURES_HANGING_CM = 1.7


def set_font(rpr_owner, name: str) -> None:
    """Set every rFonts slot to `name` and drop theme fonts, which would otherwise win."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def style_paragraph(
    style,
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    align=None,
    before: float = 0,
    after: float = 6,
    line: float | None = None,
    keep_next: bool = False,
    page_break_before: bool = False,
    left_cm: float | None = None,
    right_cm: float | None = None,
    first_line_cm: float | None = None,
) -> None:
    """Apply one consistent set of paragraph and character properties to a style."""
    set_font(style.element, FONT)
    font = style.font
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line
    if align is not None:
        fmt.alignment = align
    fmt.keep_with_next = keep_next or None
    fmt.page_break_before = page_break_before or None
    if left_cm is not None:
        fmt.left_indent = Cm(left_cm)
    if right_cm is not None:
        fmt.right_indent = Cm(right_cm)
    if first_line_cm is not None:
        fmt.first_line_indent = Cm(first_line_cm)
    # The base template's Title has a bottom border; a report title must not.
    ppr = style.element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def paragraph_style(document, name: str, style_id: str, base: str = "Normal", builtin: bool = True):
    """Get or create a built-in paragraph style under Word's own (lower-case) name and id.

    Word recognises built-ins such as "toc 1" and "table of figures" by name and uses them for
    the entries it generates; LibreOffice maps them to its "Contents 1" and "Figure Index".
    """
    for style in document.styles:
        if style.style_id == style_id:
            return style
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    style.element.find(qn("w:name")).set(qn("w:val"), name)
    style.base_style = document.styles[base]
    if builtin:
        style.element.attrib.pop(qn("w:customStyle"), None)
    return style


def setup_defaults(document) -> None:
    """Document-wide defaults: font, size, Indonesian language for proofing."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), "id-ID")
    lang.set(qn("w:eastAsia"), "id-ID")
    lang.set(qn("w:bidi"), "ar-SA")


def setup_styles(document) -> None:
    styles = document.styles
    center, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    left = WD_ALIGN_PARAGRAPH.LEFT
    style_paragraph(styles["Normal"], size=12, align=justify, after=6, line=1.15)
    style_paragraph(
        styles["Heading 1"],
        size=14,
        bold=True,
        align=center,
        after=18,
        line=1.15,
        keep_next=True,
        page_break_before=True,
    )
    style_paragraph(
        styles["Heading 2"], size=12, bold=True, align=left, before=12, after=6, keep_next=True
    )
    style_paragraph(
        styles["Heading 3"],
        size=12,
        bold=True,
        italic=True,
        align=left,
        before=6,
        after=6,
        keep_next=True,
    )
    style_paragraph(styles["Title"], size=16, bold=True, align=center, after=6)
    style_paragraph(
        styles["Caption"],
        size=11,
        bold=True,
        align=center,
        before=6,
        after=6,
        line=1.0,
        keep_next=True,
    )
    for name in ("List Bullet", "List Number", "List Paragraph"):
        style_paragraph(styles[name], size=12, align=justify, after=3, line=1.15)
    for level in (1, 2, 3):
        toc = paragraph_style(document, f"toc {level}", f"TOC{level}")
        style_paragraph(
            toc,
            size=12,
            bold=level == 1,
            align=left,
            after=3,
            line=1.15,
            left_cm=0.6 * (level - 1),
            right_cm=INDEX_RIGHT_INDENT_CM,
        )
        _right_tab_with_dots(toc)
    figures = paragraph_style(document, "table of figures", "TableofFigures")
    style_paragraph(
        figures,
        size=12,
        align=left,
        after=3,
        line=1.15,
        left_cm=FIGURES_HANGING_CM,
        first_line_cm=-FIGURES_HANGING_CM,
        right_cm=INDEX_RIGHT_INDENT_CM,
    )
    _right_tab_with_dots(figures)
    sumber = paragraph_style(document, "Sumber", "Sumber", builtin=False)
    style_paragraph(sumber, size=10, italic=True, align=left, before=2, after=12, line=1.0)
    for name in ("Header", "Footer"):
        style_paragraph(styles[name], size=10, align=center, after=0, line=1.0)


def _right_tab_with_dots(style) -> None:
    """Dot leader to a right tab at the text edge, where Word puts TOC page numbers (16 cm).

    The tab lies beyond the style's right indent, as in Word's own TOC styles: the entry text
    wraps before the page-number column, while the leader and number still reach the edge.
    """
    style.paragraph_format.tab_stops.clear_all()
    style.paragraph_format.tab_stops.add_tab_stop(
        Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )


def setup_section(document) -> None:
    """A4 portrait with the margins documented above, an empty header and a PAGE footer."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3), Cm(3)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.header_distance = section.footer_distance = Cm(1.25)
    section.header.is_linked_to_previous = False
    header_p = section.header.paragraphs[0]
    header_p.style = document.styles["Header"]
    section.footer.is_linked_to_previous = False
    footer_p = section.footer.paragraphs[0]
    footer_p.style = document.styles["Footer"]
    footer_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in ooxml.field_runs("PAGE", "1"):
        footer_p._p.append(run)


def setup_core(document) -> None:
    """Fixed metadata so the reference itself regenerates byte for byte."""
    core = document.core_properties
    core.title = "lkjip reference"
    core.author = core.last_modified_by = "lkjip"
    core.subject = core.keywords = core.comments = core.category = ""
    core.created = core.modified = FIXED_DATE.replace(tzinfo=None)
    core.revision = 1


def drop_styles_with_effects(document) -> None:
    """Remove python-docx's Word 2010 `stylesWithEffects` part: it is a stale copy of the
    default template's styles (Calibri, en-US) that no longer matches `styles.xml`. Word 2013
    and later ignore it and Word 2010 falls back to `styles.xml`, so a stale copy can only
    mislead a validator or an old Word."""
    rels = document.part.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del rels[rid]


def build() -> bytes:
    document = docx.Document()
    setup_defaults(document)
    setup_styles(document)
    setup_section(document)
    setup_core(document)
    drop_styles_with_effects(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return ooxml.normalise_zip(buffer.getvalue())


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "templates" / "reference.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(build())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
