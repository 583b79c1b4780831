"""Runs and paragraphs of text: headings, cover titles, body text, source notes, spacers.

Where the reference lacks a style, the paragraph gets the direct formatting that style would
have given (bold, size, alignment, and the outline level the TOC needs to find a heading).
"""

from __future__ import annotations

from lkjip.render import ooxml
from lkjip.render.blocks import Run, Text
from lkjip.render.word.styles import StyleIndex


def runs(
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


def heading_label(text: str, level: int, numbered_label: str | None) -> str:
    """What a heading shows: "BAB I" + line break + "PENDAHULUAN" for level 1, "A. Latar
    Belakang" below. Chapter labels are text, not Word numbering."""
    if not numbered_label:
        return text
    return f"{numbered_label}\n{text}" if level == 1 else f"{numbered_label} {text}"


def heading(styles: StyleIndex, shown: str, level: int, *, page_break_before: bool):
    """A Heading 1..3 paragraph, or its look-alike when the reference lacks the style."""
    style_id = styles.id_for(f"heading {level}")
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
    heading_runs = runs(
        shown,
        bold=missing,
        size_pt=(14 if level == 1 else 12) if missing else None,
        italic=missing and level == 3,
    )
    return ooxml.paragraph(ppr, heading_runs)


def title(styles: StyleIndex, text: str, *, size_pt: float | None, space_after_pt: float):
    """Centered bold text outside the TOC: a title, kept with the next paragraph or table (a
    title alone at the foot of a page, its table on the next, reads as a page that ends early
    and a table without a title)."""
    ppr = ooxml.paragraph_properties(
        style_id=styles.id_for("Title"),
        keep_next=True,
        align="center",
        space_after_pt=space_after_pt,
        space_before_pt=0,
    )
    return ooxml.paragraph(ppr, runs(text, bold=True, size_pt=size_pt))


def body(
    styles: StyleIndex,
    text: Text,
    *,
    style: str | None,
    align: str,
    indent_cm: float,
    first_line_cm: float | None,
    keep_with_next: bool,
    space_after_pt: float | None,
    size_pt: float | None,
):
    """A body paragraph; an unknown `style` falls back to Normal."""
    ppr = ooxml.paragraph_properties(
        style_id=styles.id_for(style),
        keep_next=keep_with_next,
        space_after_pt=space_after_pt,
        indent_left_cm=indent_cm,
        first_line_cm=first_line_cm,
        align=align,
    )
    return ooxml.paragraph(ppr, runs(text, size_pt=size_pt))


def source_note(styles: StyleIndex, text: str):
    """The "Sumber: …" line under a table, small italic; the prefix is added when missing."""
    if not text.lower().startswith("sumber"):
        text = f"Sumber: {text}"
    style_id = styles.id_for("Sumber")
    missing = style_id is None
    ppr = ooxml.paragraph_properties(
        style_id=style_id, align="left", space_after_pt=12 if missing else None
    )
    return ooxml.paragraph(ppr, runs(text, italic=missing, size_pt=10 if missing else None))


def page_break():
    return ooxml.paragraph(None, [ooxml.break_run("page")])


def spacer():
    """A tiny empty paragraph: after a table (Word needs one) or to carry a sectPr."""
    ppr = ooxml.paragraph_properties(space_before_pt=0, space_after_pt=0, line_240ths=240)
    ppr.append(ooxml.run_properties(size_pt=2))
    return ooxml.paragraph(ppr)
