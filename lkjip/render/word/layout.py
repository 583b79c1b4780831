"""Page sections: orientation, page-number format and restart, the cover's hidden footer, and
the width left between the margins.

Every section's `w:sectPr` starts as a copy of the reference's own (margins, header and
footer references), so a user's reference.docx keeps its page setup.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Literal

from docx.document import Document
from docx.oxml import OxmlElement
from docx.section import Section

from lkjip.render import ooxml
from lkjip.render.ooxml import qn
from lkjip.render.word.styles import StyleIndex

Orientation = Literal["portrait", "landscape"]
PageNumbering = Literal["lower-roman", "decimal"]

# Pagination (issue 15): a page left more than this share of its text area empty reads as
# unfinished, except where a chapter ends. A block kept whole (a short table, a chart with its
# caption) that does not fit at the foot of a page moves to the next one and leaves at most its
# own height empty behind it, with the text kept with it: the sentence that points to it and its
# caption (LEAD_IN_CM, two lines each with their spacing). So a block is kept whole, or a chart
# drawn, no taller than `tallest_kept_block_cm`.
MOST_BLANK_SHARE = 0.30
LEAD_IN_CM = 2.7
CAPTION_CM = 1.0  # a one-line caption alone, with its spacing


def tallest_kept_block_cm(text_height_cm: float, lead_in_cm: float = LEAD_IN_CM) -> float:
    """The tallest a block kept whole may be on a page with this text height, when
    `lead_in_cm` of text moves with it."""
    return MOST_BLANK_SHARE * text_height_cm - lead_in_cm


# For a reference whose sectPr does not say: A4, 3 cm left and 2 cm right margins.
_A4_TWIPS = (11906, 16838)
_LEFT_RIGHT_MARGINS = (1701, 1134)


@dataclass
class SectionSettings:
    orientation: Orientation = "portrait"
    numbering: PageNumbering | None = None
    restart_at: int | None = None
    new_page: bool = True
    title_page: bool = False


def ensure_footer(document: Document, sectpr, styles: StyleIndex) -> None:
    """Give a reference without a footer one with a centered PAGE field."""
    refs = sectpr.findall(qn("w:footerReference"))
    if any(ref.get(qn("w:type")) == "default" for ref in refs):
        return
    footer = Section(sectpr, document.part).footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]._p
    for old in p.findall(qn("w:pPr")):
        p.remove(old)
    p.insert(0, ooxml.paragraph_properties(style_id=styles.id_for("footer"), align="center"))
    for run in ooxml.field_runs("PAGE", "1"):
        p.append(run)


def rotate_margins(sectpr) -> None:
    """Turn the portrait margins with a landscape page, as it sits in the bound report: the
    page is turned a quarter clockwise to be read, so its top edge lies at the binding (the
    portrait left margin), its left edge at the portrait bottom, and so on round."""
    pgmar = sectpr.find(qn("w:pgMar"))
    if pgmar is None:
        return
    side = {name: pgmar.get(qn(f"w:{name}")) for name in ("top", "right", "bottom", "left")}
    turned = {"top": side["left"], "right": side["top"], "bottom": side["right"],
              "left": side["bottom"]}  # fmt: skip
    for name, value in turned.items():
        if value is not None:
            pgmar.set(qn(f"w:{name}"), value)


def default_header(document: Document, sectpr):
    """The `w:hdr` of the section's default header, made (empty) when the reference has none;
    sections copied from `sectpr` afterwards share it."""
    header = Section(sectpr, document.part).header
    header.is_linked_to_previous = False
    return header._element


class PageLayout:
    """The current section's settings and the `w:sectPr` that closes each section."""

    def __init__(self, document: Document, reference_sectpr) -> None:
        self._document = document
        self._template = copy.deepcopy(reference_sectpr)
        self._first_page_refs: list = []
        self._first_page_ready = False
        self.current = SectionSettings()

    def properties(self, settings: SectionSettings):
        """The `w:sectPr` of a section with these settings."""
        sectpr = copy.deepcopy(self._template)
        if settings.title_page:
            self._ensure_first_page_parts()
            for ref in self._first_page_refs:
                sectpr.insert(0, copy.deepcopy(ref))
        ooxml.apply_section(
            sectpr,
            orientation=settings.orientation,
            numbering=settings.numbering,
            restart_at=settings.restart_at,
            new_page=settings.new_page,
            title_page=settings.title_page,
        )
        if settings.orientation == "landscape":
            rotate_margins(sectpr)
        return sectpr

    def text_width_cm(self) -> float:
        """Width between the margins of the current section's page."""
        width, _ = self._text_area_cm()
        return width

    def text_height_cm(self) -> float:
        """Height between the top and bottom margins of the current section's page."""
        _, height = self._text_area_cm()
        return height

    def _text_area_cm(self) -> tuple[float, float]:
        """(width, height) between the margins of the current section's page."""
        pgsz, pgmar = self._template.find(qn("w:pgSz")), self._template.find(qn("w:pgMar"))
        w = int(pgsz.get(qn("w:w"), str(_A4_TWIPS[0]))) if pgsz is not None else _A4_TWIPS[0]
        h = int(pgsz.get(qn("w:h"), str(_A4_TWIPS[1]))) if pgsz is not None else _A4_TWIPS[1]
        left, right = _LEFT_RIGHT_MARGINS
        top = bottom = left
        if pgmar is not None:
            left = int(pgmar.get(qn("w:left"), str(left)))
            right = int(pgmar.get(qn("w:right"), str(right)))
            top = int(pgmar.get(qn("w:top"), str(top)))
            bottom = int(pgmar.get(qn("w:bottom"), str(bottom)))
        short, long = min(w, h), max(w, h)
        if self.current.orientation == "landscape":  # margins turned with the page
            width, height = long - top - bottom, short - left - right
        else:
            width, height = short - left - right, long - top - bottom
        return width / ooxml.TWIPS_PER_CM, height / ooxml.TWIPS_PER_CM

    def _ensure_first_page_parts(self) -> None:
        """Empty first-page header and footer parts, created once and shared by all sections.

        Without them Word leaves a title page blank but LibreOffice may show the default footer.
        """
        if self._first_page_ready:
            return
        scratch = OxmlElement("w:sectPr")  # python-docx's class, which Section needs
        section = Section(scratch, self._document.part)
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False
        self._first_page_refs = [
            ref for ref in scratch if ref.tag in (qn("w:headerReference"), qn("w:footerReference"))
        ]
        self._first_page_ready = True
