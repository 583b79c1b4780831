"""Native Word charts: parts, relationships, cached values, format codes, LibreOffice output."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal as D
from pathlib import Path

import docx
import pytest
from lxml import etree

from lkjip.render import charts, ooxml
from lkjip.render.chart_spec import ChartSpec, Series, validate
from lkjip.render.chart_xml import space, workbook
from lkjip.render.charts import insert_chart
from tests.helpers import docx_to_pdf, pdf_text

NS = {
    "c": space.C_NS,
    "a": space.A_NS,
    "r": space.R_NS,
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}
CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
PROGRAMS = [
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah",
]

IKU = ChartSpec(
    title="Indeks Kepuasan Masyarakat",
    categories=["2019", "2020", "2021", "2022"],
    series=[
        Series("Realisasi", [D("1234.56"), D("98.7"), None, D("88.5")]),
        Series("Target", [D("80"), D("82.5"), D("85"), D("87")], kind="line"),
    ],
    y_title="Nilai",
)
PAGU = ChartSpec(
    title="Pagu dan Realisasi Anggaran per Program",
    categories=PROGRAMS,
    series=[
        Series("Pagu", [D("1103336776"), D("523000000"), D("250000000")]),
        Series("Realisasi", [D("991234567.5"), D("500000000"), D("123456789")]),
    ],
    number_format="#,##0",
    horizontal=True,
)

# Child order of the schema types Word checks strictly (ECMA-376 Part 1, dml-chart.xsd).
ORDER = {
    "barSer": "idx order tx spPr invertIfNegative pictureOptions dPt dLbls trendline errBars "
    "cat val shape extLst",
    "lineSer": "idx order tx spPr marker dPt dLbls trendline errBars cat val smooth extLst",
    "barChart": "barDir grouping varyColors ser dLbls gapWidth overlap serLines axId extLst",
    "lineChart": "grouping varyColors ser dLbls dropLines hiLowLines upDownBars marker smooth "
    "axId extLst",
    "catAx": "axId scaling delete axPos majorGridlines minorGridlines title numFmt "
    "majorTickMark minorTickMark tickLblPos spPr txPr crossAx crosses crossesAt auto lblAlgn "
    "lblOffset tickLblSkip tickMarkSkip noMultiLvlLbl extLst",
    "valAx": "axId scaling delete axPos majorGridlines minorGridlines title numFmt "
    "majorTickMark minorTickMark tickLblPos spPr txPr crossAx crosses crossesAt crossBetween "
    "majorUnit minorUnit dispUnits extLst",
    "dLbls": "dLbl delete numFmt spPr txPr dLblPos showLegendKey showVal showCatName "
    "showSerName showPercent showBubbleSize separator showLeaderLines leaderLines extLst",
    "chart": "title autoTitleDeleted pivotFmts view3D floor sideWall backWall plotArea legend "
    "plotVisOnly dispBlanksAs showDLblsOverMax extLst",
    "chartSpace": "date1904 lang roundedCorners AlternateContent style clrMapOvr pivotSource "
    "protection chart spPr txPr externalData printSettings userShapes extLst",
}


def build(specs=(IKU, PAGU)) -> bytes:
    """A docx with one chart per spec, charts numbered from 1."""
    document = docx.Document()
    for index, spec in enumerate(specs, start=1):
        document.add_paragraph(f"Grafik {index}. {spec.title}")
        insert_chart(
            document, document.add_paragraph(), spec, width_cm=15, height_cm=8, index=index
        )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def package() -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(build()))


def xml(package: zipfile.ZipFile, name: str):
    return etree.fromstring(package.read(name))


def texts(node, path: str) -> list[str]:
    """Text of the elements, or the values of the attributes, that `path` selects."""
    return [getattr(t, "text", t) for t in node.xpath(path, namespaces=NS)]


def test_parts_and_content_types(package):
    names = set(package.namelist())
    assert {
        "word/charts/chart1.xml",
        "word/charts/chart2.xml",
        "word/charts/_rels/chart1.xml.rels",
        "word/embeddings/Microsoft_Excel_Worksheet1.xlsx",
        "word/embeddings/Microsoft_Excel_Worksheet2.xlsx",
    } <= names
    types = xml(package, "[Content_Types].xml")
    for n in (1, 2):
        found = types.xpath(f"ct:Override[@PartName='/word/charts/chart{n}.xml']", namespaces=NS)
        assert [o.get("ContentType") for o in found] == [CHART_CT]
    xlsx = types.xpath("ct:Default[@Extension='xlsx']/@ContentType", namespaces=NS)
    assert xlsx == [workbook.XLSX_CONTENT_TYPE]


def test_document_relates_charts_and_places_them_inline(package):
    rels = xml(package, "word/_rels/document.xml.rels")
    chart_rels = {
        r.get("Target"): r.get("Id")
        for r in rels.xpath("rel:Relationship", namespaces=NS)
        if r.get("Type").endswith("/relationships/chart")
    }
    assert set(chart_rels) == {"charts/chart1.xml", "charts/chart2.xml"}
    body = xml(package, "word/document.xml")
    inline = body.xpath("//wp:inline", namespaces=NS)
    assert [i.xpath("string(.//c:chart/@r:id)", namespaces=NS) for i in inline] == [
        chart_rels["charts/chart1.xml"],
        chart_rels["charts/chart2.xml"],
    ]
    assert [i.xpath("string(wp:docPr/@id)", namespaces=NS) for i in inline] == ["70001", "70002"]
    assert inline[0].xpath("string(wp:extent/@cx)", namespaces=NS) == str(15 * 360000)
    assert inline[0].xpath("string(wp:extent/@cy)", namespaces=NS) == str(8 * 360000)


def test_chart_links_its_embedded_workbook(package):
    rels = xml(package, "word/charts/_rels/chart1.xml.rels")
    (rel,) = rels.xpath("rel:Relationship", namespaces=NS)
    assert rel.get("Type").endswith("/relationships/package")
    assert rel.get("Target") == "../embeddings/Microsoft_Excel_Worksheet1.xlsx"
    chart = xml(package, "word/charts/chart1.xml")
    (external,) = chart.xpath("c:externalData", namespaces=NS)
    assert external.get(f"{{{space.R_NS}}}id") == rel.get("Id")
    assert external.xpath("string(c:autoUpdate/@val)", namespaces=NS) == "0"


def test_combo_chart_caches_categories_values_and_formats(package):
    chart = xml(package, "word/charts/chart1.xml")
    assert chart.xpath("string(c:lang/@val)", namespaces=NS) == "id-ID"
    bar = chart.xpath("//c:barChart", namespaces=NS)[0]
    assert bar.xpath("string(c:barDir/@val)", namespaces=NS) == "col"
    (bar_ser,) = bar.xpath("c:ser", namespaces=NS)
    assert texts(bar_ser, "c:tx//c:v") == ["Realisasi"]
    assert texts(bar_ser, "c:tx//c:f") == ["Sheet1!$B$1"]
    assert texts(bar_ser, "c:cat//c:f") == ["Sheet1!$A$2:$A$5"]
    assert texts(bar_ser, "c:cat//c:pt/c:v") == ["2019", "2020", "2021", "2022"]
    cache = bar_ser.xpath("c:val/c:numRef/c:numCache", namespaces=NS)[0]
    assert texts(cache, "c:formatCode") == ["[$-421]#,##0.00"]
    assert cache.xpath("string(c:ptCount/@val)", namespaces=NS) == "4"
    assert [p.get("idx") for p in cache.xpath("c:pt", namespaces=NS)] == ["0", "1", "3"]
    assert texts(cache, "c:pt/c:v") == ["1234.56", "98.7", "88.5"]
    assert texts(bar_ser, "c:val//c:f") == ["Sheet1!$B$2:$B$5"]
    (line_ser,) = chart.xpath("//c:lineChart/c:ser", namespaces=NS)
    assert texts(line_ser, "c:val//c:f") == ["Sheet1!$C$2:$C$5"]
    assert texts(line_ser, "c:val//c:pt/c:v") == ["80", "82.5", "85", "87"]
    assert line_ser.xpath("string(c:marker/c:symbol/@val)", namespaces=NS) != "none"
    assert line_ser.xpath("string(c:spPr/a:ln/a:prstDash/@val)", namespaces=NS) == "dash"
    assert chart.xpath("string(//c:valAx/c:numFmt/@formatCode)", namespaces=NS) == (
        "[$-421]#,##0.00"
    )
    assert set(texts(chart, "//c:dLbls/c:numFmt/@formatCode")) == {"[$-421]#,##0.00"}
    assert texts(chart, "//c:dLbls/c:showVal/@val") == ["1", "1"]
    # Each label prints its value with the decimals it has, as the tables do (87, not 87,00).
    assert texts(bar_ser, "c:dLbls/c:dLbl/c:numFmt/@formatCode") == [
        "[$-421]#,##0.00",
        "[$-421]#,##0.0",
        "[$-421]#,##0.0",
    ]
    assert texts(line_ser, "c:dLbls/c:dLbl/c:numFmt/@formatCode") == [
        "[$-421]#,##0",
        "[$-421]#,##0.0",
        "[$-421]#,##0",
        "[$-421]#,##0",
    ]
    assert chart.xpath("string(//c:legend/c:legendPos/@val)", namespaces=NS) == "b"
    assert chart.xpath("string(//c:dispBlanksAs/@val)", namespaces=NS) == "gap"
    assert not chart.xpath("//c:view3D | //c:bar3DChart | //c:line3DChart", namespaces=NS)


def test_horizontal_bar_chart_for_programs(package):
    chart = xml(package, "word/charts/chart2.xml")
    assert chart.xpath("string(//c:barDir/@val)", namespaces=NS) == "bar"
    assert not chart.xpath("//c:lineChart", namespaces=NS)
    series = chart.xpath("//c:barChart/c:ser", namespaces=NS)
    assert [texts(s, "c:tx//c:v")[0] for s in series] == ["Pagu", "Realisasi"]
    assert texts(series[0], "c:cat//c:v") == PROGRAMS
    assert texts(series[1], "c:val//c:v") == ["991234567.5", "500000000", "123456789"]
    assert texts(chart, "//c:formatCode") == ["[$-421]#,##0", "[$-421]#,##0"]
    assert chart.xpath("string(//c:catAx/c:scaling/c:orientation/@val)", namespaces=NS) == (
        "maxMin"
    )


def test_series_take_the_theme_accents_in_order(package):
    chart = xml(package, "word/charts/chart2.xml")
    fills = chart.xpath("//c:barChart/c:ser/c:spPr/a:solidFill/a:srgbClr/@val", namespaces=NS)
    assert fills == list(space.DEFAULT_PALETTE.colours[:2])  # the reference's Office accents
    outlines = chart.xpath(
        "//c:barChart/c:ser/c:spPr/a:ln/a:solidFill/a:srgbClr/@val", namespaces=NS
    )
    assert outlines == [space._darker(c) for c in fills]


def test_a_target_with_one_point_is_a_marker_in_plot_and_legend():
    spec = ChartSpec(
        title="",
        categories=["2021", "2022"],
        series=[
            Series("Realisasi", [D("85.72"), D("89.87")]),
            Series("Target", [None, D("87")], kind="line"),
        ],
    )
    chart = etree.fromstring(space.chart_space(spec, workbook_rid=None))
    (line_ser,) = chart.xpath("//c:lineChart/c:ser", namespaces=NS)
    assert line_ser.xpath("c:spPr/a:ln/a:noFill", namespaces=NS), "no line to draw"
    assert line_ser.xpath("string(c:marker/c:symbol/@val)", namespaces=NS) == "diamond"
    joined = Series("Target", [D("80"), D("87")], kind="line")
    chart = etree.fromstring(
        space.chart_space(
            ChartSpec("", spec.categories, [spec.series[0], joined]), workbook_rid=None
        )
    )
    assert chart.xpath("//c:lineChart/c:ser/c:spPr/a:ln/a:prstDash", namespaces=NS)


def test_label_text_of_a_series_replaces_its_numbers():
    spec = ChartSpec(
        title="",
        categories=["A"],
        series=[Series("Penyerapan", [D("98")], labels=["98,00% (Rp66.139.310)"])],
        horizontal=True,
    )
    chart = etree.fromstring(space.chart_space(spec, workbook_rid=None))
    assert texts(chart, "//c:dLbl/c:tx//a:t") == ["98,00% (Rp66.139.310)"]
    assert not chart.xpath("//c:legend", namespaces=NS), "one series needs no legend"


def test_the_palette_is_read_from_the_theme_of_the_reference():
    document = docx.Document()
    [theme] = [
        rel.target_part for rel in document.part.rels.values() if rel.reltype == charts.THEME_RT
    ]
    root = etree.fromstring(theme.blob)
    accent1 = root.find(f".//{{{space.A_NS}}}accent1/{{{space.A_NS}}}srgbClr")
    accent1.set("val", "12AB34")
    theme._blob = etree.tostring(root)
    palette = charts.theme_palette(document)
    assert palette.colours[0] == "12AB34"
    assert palette.colours[1:] == space.DEFAULT_PALETTE.colours[1:]


@pytest.mark.parametrize("name", ["word/charts/chart1.xml", "word/charts/chart2.xml"])
def test_children_follow_schema_order(package, name):
    chart = xml(package, name)
    for node in chart.iter(f"{{{space.C_NS}}}*"):
        local = etree.QName(node).localname
        key = local
        if local == "ser":
            key = "barSer" if etree.QName(node.getparent()).localname == "barChart" else "lineSer"
        if key not in ORDER:
            continue
        order = ORDER[key].split()
        children = [etree.QName(c).localname for c in node]
        positions = [order.index(c) for c in children]
        assert positions == sorted(positions), f"{key}: {children}"


def test_embedded_workbook_holds_the_numbers(package):
    openpyxl = pytest.importorskip("openpyxl")
    blob = package.read("word/embeddings/Microsoft_Excel_Worksheet1.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(blob))["Sheet1"]
    assert [c.value for c in sheet[1]] == [None, "Realisasi", "Target"]
    assert [sheet.cell(row=r, column=1).value for r in range(2, 6)] == IKU.categories
    assert sheet["B2"].value == pytest.approx(1234.56)
    assert sheet["B4"].value is None
    assert sheet["C3"].value == pytest.approx(82.5)
    assert sheet["B2"].number_format == "[$-421]#,##0.00"


def test_bytes_are_stable():
    first, second = (zipfile.ZipFile(io.BytesIO(build())) for _ in range(2))
    for name in first.namelist():
        if "chart" in name or "embeddings" in name or name == "word/document.xml":
            assert first.read(name) == second.read(name), name
    for info in first.infolist():
        if info.filename.startswith("word/embeddings/"):
            inner = zipfile.ZipFile(io.BytesIO(first.read(info.filename)))
            assert {i.date_time for i in inner.infolist()} == {ooxml.ZIP_EPOCH}
            assert b"2000-01-01T00:00:00Z" in inner.read("docProps/core.xml")


def test_no_title_and_no_labels():
    spec = ChartSpec(title="", categories=["A"], series=[Series("S", [D(1)])], data_labels=False)
    root = etree.fromstring(space.chart_space(spec, workbook_rid=None))
    assert not root.xpath("//c:chart/c:title", namespaces=NS)
    assert root.xpath("string(//c:autoTitleDeleted/@val)", namespaces=NS) == "1"
    assert texts(root, "//c:dLbls/c:delete/@val") == ["1"]


@pytest.mark.parametrize(
    ("fmt", "written"),
    [("#,##0.00", "[$-421]#,##0.00"), ("0%", "[$-421]0%"), ("[$-409]#,##0", "[$-409]#,##0")],
)
def test_format_gets_indonesian_locale_tag(fmt, written):
    assert space.localized(fmt) == written


def test_column_letters():
    assert [space.col_letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


@pytest.mark.parametrize(
    "spec",
    [
        ChartSpec(title="x", categories=["a", "b"], series=[Series("s", [D(1)])]),
        ChartSpec(title="x", categories=["a"], series=[]),
        ChartSpec(title="x", categories=[], series=[Series("s", [])]),
        ChartSpec(
            title="x",
            categories=["a"],
            series=[Series("s", [D(1)], kind="line")],
            horizontal=True,
        ),
    ],
)
def test_invalid_specs_are_rejected(spec):
    with pytest.raises(ValueError):
        validate(spec)


def test_index_must_be_unique():
    document = docx.Document()
    insert_chart(document, document.add_paragraph(), IKU, width_cm=10, height_cm=6, index=1)
    with pytest.raises(ValueError, match="chart1.xml"):
        insert_chart(document, document.add_paragraph(), IKU, width_cm=10, height_cm=6, index=1)


def _chart_xml(document) -> etree._Element:
    insert_chart(document, document.add_paragraph(), IKU, width_cm=10, height_cm=6, index=1)
    out = io.BytesIO()
    document.save(out)
    return xml(zipfile.ZipFile(io.BytesIO(out.getvalue())), "word/charts/chart1.xml")


def test_chart_text_takes_the_body_font():
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    root = _chart_xml(document)
    props = root.xpath("//a:defRPr | //a:rPr", namespaces=NS)
    assert props
    for node in props:
        assert node.xpath("a:latin/@typeface", namespaces=NS) == ["Times New Roman"]
        assert node.xpath("a:cs/@typeface", namespaces=NS) == ["Times New Roman"]


def test_chart_without_a_body_font_names_none():
    # python-docx's default template takes its fonts from the theme: nothing to copy.
    assert not _chart_xml(docx.Document()).xpath("//a:latin", namespaces=NS)


def test_docpr_id_falls_back_when_taken():
    document = docx.Document()
    insert_chart(document, document.add_paragraph(), IKU, width_cm=10, height_cm=6, index=1)
    assert charts.docpr_id(document, 1) == 70002
    assert charts.docpr_id(document, 5) == 70005


# --- LibreOffice ------------------------------------------------------------------------------


@pytest.mark.libreoffice
def test_libreoffice_draws_both_charts(tmp_path: Path):
    source = tmp_path / "grafik.docx"
    source.write_bytes(build())
    text = pdf_text(docx_to_pdf(source, tmp_path), layout=False)
    flat = " ".join(text.split())
    for label in ("2019", "2022", "Realisasi", "Target", "Pagu", "Program Penunjang"):
        assert label in flat
    # Indonesian separators: data labels of both charts
    assert "1.234,56" in flat
    assert "1.103.336.776" in flat
    assert "1,234.56" not in flat
