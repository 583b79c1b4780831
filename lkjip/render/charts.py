"""Native, editable Word charts: DrawingML chart parts with cached values, no images.

No Python docx library writes charts (python-docx #179), so this module adds the parts itself:

- `/word/charts/chart{index}.xml` — the `c:chartSpace`, related from the document part, with
  every label and value cached so Word and LibreOffice draw it without opening any data;
- `/word/embeddings/Microsoft_Excel_Worksheet{index}.xlsx` — the same numbers as a workbook,
  related from the chart (`c:externalData`, auto-update off) so Word's "Edit Data" works;
- an inline `w:drawing` holding `c:chart r:id` in the given paragraph.

Number formats are locale-independent codes ("#,##0.00"); the written format carries the
Indonesian locale tag "[$-421]" because LibreOffice ignores `c:lang` and shows 1,234.56
otherwise (see `chart_xml.space.localized`). Everything derives from the spec and `index`,
so the bytes are stable.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from lkjip.render.chart_spec import ChartSpec, validate
from lkjip.render.chart_xml import space, workbook

EMU_PER_CM = 360000
DOCPR_BASE = 70000  # chart n gets docPr id 70000 + n, far above python-docx's picture ids
WORKBOOK_RID = "rId1"  # the chart part's only relationship
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DRAWING_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": space.A_NS,
    "c": space.C_NS,
    "r": space.R_NS,
}


def chart_partname(index: int) -> PackURI:
    return PackURI(f"/word/charts/chart{index}.xml")


def workbook_partname(index: int) -> PackURI:
    return PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{index}.xlsx")


def _ensure_free(document: Document, partname: PackURI) -> None:
    if any(part.partname == partname for part in document.part.package.iter_parts()):
        raise ValueError(f"{partname} already exists; chart index must be unique")


def _chart_part(document: Document, spec: ChartSpec, index: int) -> Part:
    """Create the chart part and the workbook part behind it."""
    package = document.part.package
    blob = space.chart_space(
        spec, workbook_rid=WORKBOOK_RID, font=body_font(document), palette=theme_palette(document)
    )
    chart = Part(chart_partname(index), CT.DML_CHART, blob, package)
    xlsx_blob = workbook.workbook_bytes(spec)
    xlsx = Part(workbook_partname(index), workbook.XLSX_CONTENT_TYPE, xlsx_blob, package)
    chart.rels.add_relationship(RT.PACKAGE, xlsx, WORKBOOK_RID)
    return chart


def body_font(document: Document) -> str | None:
    """The Latin font of the Normal style, else of the document defaults; None if neither says."""
    try:
        name = document.styles["Normal"].font.name
    except KeyError:
        name = None
    if name:
        return name
    styles = document.styles.element
    fonts = styles.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}"
    )
    return fonts.get(qn("w:ascii")) if fonts is not None else None


THEME_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
ACCENTS = tuple(f"accent{n}" for n in range(1, 7))


def theme_palette(document: Document) -> space.Palette:
    """Accents 1–6 of the document's theme (the reference.docx's colours), as set in RGB;
    the default Office accents where the theme has none or gives a system colour."""
    theme = next(
        (rel.target_part for rel in document.part.rels.values() if rel.reltype == THEME_RT),
        None,
    )
    if theme is None:
        return space.DEFAULT_PALETTE
    scheme = parse_xml(theme.blob).find(f".//{{{space.A_NS}}}clrScheme")
    if scheme is None:
        return space.DEFAULT_PALETTE
    colours = []
    for name, fallback in zip(ACCENTS, space.DEFAULT_PALETTE.colours, strict=True):
        rgb = scheme.find(f"{{{space.A_NS}}}{name}/{{{space.A_NS}}}srgbClr")
        value = rgb.get("val", "") if rgb is not None else ""
        colours.append(value.upper() if _is_rgb(value) else fallback)
    return space.Palette(tuple(colours))


def _is_rgb(value: str) -> bool:
    return len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value)


def used_ids(document: Document) -> set[int]:
    """Every numeric `id` attribute in the body (docPr ids must be unique across it)."""
    return {int(v) for v in document.part.element.xpath("//@id") if v.isdigit()}


def docpr_id(document: Document, index: int, taken: set[int] | None = None) -> int:
    """`DOCPR_BASE + index`, or the next free id if something already uses that number.

    `taken` is the caller's running set of used ids; without it the body is searched, which
    costs a pass over the whole document for every chart."""
    used = used_ids(document) if taken is None else taken
    wanted = DOCPR_BASE + index
    return wanted if wanted not in used else max(used) + 1


def inline_drawing(rid: str, shape_id: int, index: int, cx: int, cy: int):
    """The `w:drawing` element placing the chart inline, at cx × cy EMU."""
    name = quoteattr(f"Grafik {index}")
    xml = (
        f'<w:drawing xmlns:w="{DRAWING_NS["w"]}" xmlns:wp="{DRAWING_NS["wp"]}" '
        f'xmlns:a="{DRAWING_NS["a"]}" xmlns:c="{DRAWING_NS["c"]}" xmlns:r="{DRAWING_NS["r"]}">'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name={name}/>'
        f"<wp:cNvGraphicFramePr/>"
        f'<a:graphic><a:graphicData uri="{CHART_URI}"><c:chart r:id="{rid}"/></a:graphicData>'
        f"</a:graphic></wp:inline></w:drawing>"
    )
    return parse_xml(xml)


def insert_chart(
    document: Document,
    paragraph: Paragraph,
    spec: ChartSpec,
    *,
    width_cm: float,
    height_cm: float,
    index: int,
    taken: set[int] | None = None,
) -> None:
    """Add /word/charts/chart{index}.xml (+ embedded workbook) and an inline chart in `paragraph`.

    `index` (1, 2, …) must be unique per document; it names the parts and fixes the docPr id.
    A caller that numbers charts itself passes `taken`, its running set of used docPr ids
    (updated here): then neither the parts nor the body are searched again for every chart,
    which made a report with hundreds of charts quadratic.
    """
    validate(spec)
    if index < 1:
        raise ValueError("chart index starts at 1")
    if taken is None:
        _ensure_free(document, chart_partname(index))
    rid = document.part.relate_to(_chart_part(document, spec, index), RT.CHART)
    shape_id = docpr_id(document, index, taken)
    if taken is not None:
        taken.add(shape_id)
    cx, cy = round(width_cm * EMU_PER_CM), round(height_cm * EMU_PER_CM)
    paragraph.add_run()._r.append(inline_drawing(rid, shape_id, index, cx, cy))
