"""Pictures and native charts, each alone in a centered paragraph.

Charts are numbered 1, 2, … in writing order, which names their parts
(/word/charts/chart1.xml) and fixes their ids, so the bytes are stable. Pictures get their
part names and ids from python-docx, deterministically too; the set of drawing ids in use is
kept complete so a chart's id never collides with a picture's.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.oxml import OxmlElement
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from lkjip.render import charts, ooxml
from lkjip.render.chart_spec import ChartSpec


def figure_paragraph(keep_with_next: bool):
    """An empty centered paragraph, of python-docx's class so a run can be added to it."""
    p = OxmlElement("w:p")
    p.append(ooxml.paragraph_properties(align="center", keep_next=keep_with_next))
    return p


class Figures:
    """Puts pictures and charts into figure paragraphs already placed in the body."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._charts = 0  # charts written so far; the next one gets index _charts + 1
        self._docpr_ids: set[int] | None = None  # drawing ids in use, once a chart is written

    def picture(self, p, path: Path, *, width_cm: float) -> None:
        """A picture file in paragraph `p`, `width_cm` wide."""
        run = Paragraph(p, self._document._body).add_run()
        run.add_picture(str(path), width=Cm(width_cm))
        if self._docpr_ids is not None:
            self._docpr_ids.update(int(v) for v in run._r.xpath(".//wp:docPr/@id"))

    def chart(self, p, spec: ChartSpec, *, width_cm: float, height_cm: float) -> None:
        """A native, editable chart (charts.py) in paragraph `p`."""
        self._charts += 1
        if self._docpr_ids is None:
            self._docpr_ids = charts.used_ids(self._document)
        charts.insert_chart(
            self._document,
            Paragraph(p, self._document._body),
            spec,
            width_cm=width_cm,
            height_cm=height_cm,
            index=self._charts,
            taken=self._docpr_ids,
        )
