"""The finishing of the report's look: coloured rules for the cover, the letterhead (kop) of the
agency's own documents in the lampiran, and the running header of the body pages.

Everything is plain paragraphs with borders and runs with a colour, so a user's reference.docx
keeps its styles and fonts; the colour is the theme's first accent (see `charts.theme_palette`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lkjip.render import ooxml
from lkjip.render.ooxml import el, sub

# Border widths are in eighths of a point.
RULE_THICK = 24  # 3 pt
RULE_THIN = 6  # 0.75 pt


@dataclass(frozen=True)
class KopLine:
    """One centred line of a letterhead."""

    text: str
    size_pt: float
    bold: bool = True


def coloured_run(text: str, *, colour: str | None, size_pt: float | None, bold: bool = False):
    """A run with an explicit RGB colour (schema order in rPr: b, color, sz)."""
    rpr = ooxml.run_properties(bold=bold, size_pt=size_pt)
    if colour:
        if rpr is None:
            rpr = el("w:rPr")
        colour_node = el("w:color", {"w:val": colour})
        size = rpr.find(ooxml.qn("w:sz"))
        if size is not None:
            size.addprevious(colour_node)
        else:
            rpr.append(colour_node)
    return ooxml.text_run(text, rpr)


def rule(colour: str, *, width: int = RULE_THICK, space_after_pt: float = 0):
    """An empty paragraph drawn as a horizontal rule (its bottom border) across the text."""
    ppr = ooxml.paragraph_properties(space_before_pt=0, space_after_pt=space_after_pt)
    _border(ppr, "bottom", colour, width, style="single")
    return ooxml.paragraph(ppr, [coloured_run("", colour=None, size_pt=4)])


def cover_line(
    text: str,
    *,
    style_id: str | None,
    size_pt: float,
    colour: str | None,
    bold: bool = True,
    space_after_pt: float = 0,
    space_before_pt: float = 0,
):
    """A centred cover line in the reference's Title style (its font), at the given size and
    colour. The style's contextual spacing is switched off: the cover spaces its lines."""
    ppr = ooxml.paragraph_properties(
        style_id=style_id,
        align="center",
        space_before_pt=space_before_pt,
        space_after_pt=space_after_pt,
    )
    ooxml.set_ppr_child(ppr, el("w:contextualSpacing", {"w:val": 0}))
    run = coloured_run(text, colour=colour, size_pt=size_pt, bold=bold)
    if not bold:  # the Title style is bold; a plain line says so explicitly
        rpr = run.find(ooxml.qn("w:rPr"))
        rpr.insert(0, el("w:bCs", {"w:val": 0}))
        rpr.insert(0, el("w:b", {"w:val": 0}))
    return ooxml.paragraph(ppr, [run])


def kop_paragraphs(lines: list[KopLine], colour: str | None) -> list:
    """The letterhead lines, centred, the last one closed by the customary thick-thin double
    rule; kept together and with what follows."""
    paragraphs = []
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        ppr = ooxml.paragraph_properties(
            align="center",
            keep_next=True,
            space_before_pt=0,
            space_after_pt=12 if last else 0,
            line_240ths=240,
        )
        if last:
            _border(ppr, "bottom", "000000", RULE_THICK, style="thickThinSmallGap")
        paragraphs.append(
            ooxml.paragraph(
                ppr, [coloured_run(line.text, colour=None, size_pt=line.size_pt, bold=line.bold)]
            )
        )
    return paragraphs


def running_header(text: str, colour: str | None):
    """The body pages' header line: small, right-aligned, above a thin rule."""
    ppr = ooxml.paragraph_properties(align="right", space_before_pt=0, space_after_pt=0)
    _border(ppr, "bottom", colour or "000000", RULE_THIN, style="single")
    return ooxml.paragraph(ppr, [coloured_run(text, colour=None, size_pt=9)])


def _border(ppr, side: str, colour: str, width: int, *, style: str) -> None:
    """A paragraph border on one side, placed at its schema position in pPr."""
    borders = el("w:pBdr")
    sub(borders, f"w:{side}", {"w:val": style, "w:sz": width, "w:space": 1, "w:color": colour})
    ooxml.set_ppr_child(ppr, borders)
