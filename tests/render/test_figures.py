"""Figures and nested lists in the report: the DocWriter's chart and nested_list, judged by the
saved XML; the Bab III charts built from Hasil; Daftar Gambar; LibreOffice's PDF of the example."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from lxml import etree

from lkjip.calc import compute
from lkjip.model.renstra import Rentang
from lkjip.render import build_document
from lkjip.render.chart_spec import ChartSpec, Series
from lkjip.render.docx_writer import DocWriter
from lkjip.render.filters import persen, rupiah
from lkjip.render.markdown import parse
from lkjip.render.ooxml import qn
from lkjip.render.projection import chart_line, project_docx
from lkjip.render.sections.base import level_formats, list_entries, write_blocks
from lkjip.render.sections.grafik import grafik_anggaran, grafik_indikator, tahun_grafik
from lkjip.render.word.numbering import ListEntry
from tests.helpers import EXAMPLE, REFERENCE, W, docx_to_pdf, pdf_text
from tests.render.conftest import make_project

NS = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
SPEC = ChartSpec(
    title="Indeks Kepuasan Masyarakat",
    categories=["2021", "2022"],
    series=[
        Series("Realisasi", [D("85.72"), D("89.87")]),
        Series("Target", [None, D("87")], kind="line"),
    ],
    y_title="Indeks",
)


def xml(path: Path, part: str = "word/document.xml"):
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(part))


def text_of(node) -> str:
    return "".join(node.xpath(".//w:t/text()", namespaces=NS))


def numbered(path: Path) -> list[tuple[str, int, str]]:
    """(numId, ilvl, text) of every numbered paragraph of the body."""
    rows = []
    for p in xml(path).iter(f"{{{W}}}p"):
        num_id = p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=NS)
        if num_id and num_id != "0":
            ilvl = int(p.xpath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=NS))
            rows.append((num_id, ilvl, text_of(p)))
    return rows


# --- DocWriter.chart ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chart_doc(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("chart") / "grafik.docx"
    doc = DocWriter(REFERENCE)
    doc.front_heading("DAFTAR GAMBAR")
    doc.list_of("Gambar")
    doc.paragraph("Realisasi disajikan pada Gambar 3.1.", keep_with_next=True)
    doc.chart(SPEC, width_cm=14, height_cm=7.5)
    doc.caption("Gambar", 3, "Realisasi dan Target IKM Tahun 2021–2022", keep_with_next=False)
    doc.chart(dataclasses.replace(SPEC, title="Lebar"), width_cm=40, height_cm=6)
    doc.caption("Gambar", 3, "Grafik kedua", keep_with_next=False)
    doc.save(out, title="t", author="a", created=datetime(2023, 1, 31))
    return out


def test_chart_parts_are_numbered_in_writing_order(chart_doc):
    names = zipfile.ZipFile(chart_doc).namelist()
    assert "word/charts/chart1.xml" in names and "word/charts/chart2.xml" in names
    rels = xml(chart_doc, "word/_rels/document.xml.rels")
    targets = {
        r.get("Id"): r.get("Target")
        for r in rels.iterfind("rel:Relationship", NS)
        if r.get("Type") == CHART_REL
    }
    assert sorted(targets.values()) == ["charts/chart1.xml", "charts/chart2.xml"]
    drawn = xml(chart_doc).xpath("//c:chart/@r:id", namespaces=NS)
    assert [targets[rid] for rid in drawn] == ["charts/chart1.xml", "charts/chart2.xml"]


def test_chart_paragraph_is_centered_and_kept_with_its_caption_below(chart_doc):
    body = xml(chart_doc).find(f"{{{W}}}body")
    paragraphs = body.findall(f"{{{W}}}p")
    at = next(i for i, p in enumerate(paragraphs) if p.find(".//c:chart", NS) is not None)
    chart_p, caption = paragraphs[at], paragraphs[at + 1]
    assert chart_p.xpath("string(w:pPr/w:jc/@w:val)", namespaces=NS) == "center"
    assert chart_p.find("w:pPr/w:keepNext", NS) is not None
    assert caption.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) == "Caption"
    assert text_of(caption) == "Gambar 3.1 Realisasi dan Target IKM Tahun 2021–2022"
    instr = "".join(caption.xpath(".//w:instrText/text()", namespaces=NS))
    assert instr.strip().startswith("SEQ Gambar")
    # The Caption style keeps with next; a caption below a figure must not.
    assert caption.xpath("string(w:pPr/w:keepNext/@w:val)", namespaces=NS) == "0"


def test_chart_is_narrowed_to_the_text_width(chart_doc):
    extents = xml(chart_doc).xpath("//w:drawing//*[local-name()='extent']/@cx", namespaces=NS)
    widths = [int(cx) / 360000 for cx in extents]
    assert widths[0] == pytest.approx(14)
    assert widths[1] == pytest.approx(16.0, abs=0.05)  # A4 minus 3 cm + 2 cm margins


def test_list_of_figures_lists_the_chart_captions(chart_doc):
    text = project_docx(chart_doc)
    assert '{TOC \\h \\z \\c "Gambar"}' in text
    assert "[Table of Figures] Gambar 3.1 Realisasi dan Target IKM Tahun 2021–2022" in text
    assert "[Table of Figures] Gambar 3.2 Grafik kedua" in text


def test_projection_shows_the_cached_chart_values(chart_doc):
    text = project_docx(chart_doc)
    assert (
        "[Normal] [Chart: Indeks Kepuasan Masyarakat | categories 2021; 2022 | "
        "Realisasi (bar): 85.72; 89.87 | Target (line): –; 87]"
    ) in text.splitlines()
    chart = zipfile.ZipFile(chart_doc).read("word/charts/chart2.xml")
    assert chart_line(chart).startswith("[Chart: Lebar | categories 2021; 2022")


# --- nested lists -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def list_doc(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("lists") / "daftar.docx"
    doc = DocWriter(REFERENCE)
    doc.nested_list(
        [
            ListEntry("satu"),
            ListEntry("a1", 1),
            ListEntry("a2", 1),
            ListEntry("dua"),
            ListEntry("b1", 1),
        ]
    )
    doc.nested_list([ListEntry("lagi"), ListEntry("sub", 1)])
    write_blocks(doc, parse("- butir\n  1. pertama\n  2. kedua\n- butir lain\n"))
    doc.save(out, title="t", author="a", created=datetime(2023, 1, 31))
    return out


def test_nested_list_is_one_numbered_list_with_levels(list_doc):
    rows = numbered(list_doc)
    first, second, third = rows[:5], rows[5:7], rows[7:]
    assert [ilvl for _, ilvl, _ in first] == [0, 1, 1, 0, 1]
    assert len({num for num, _, _ in first}) == 1
    assert len({num for num, _, _ in second}) == 1 and second[0][0] != first[0][0]
    assert [ilvl for _, ilvl, _ in third] == [0, 1, 1, 0]
    assert third[0][0] not in (first[0][0], second[0][0])


def test_each_nested_list_restarts_its_levels(list_doc):
    numbering = xml(list_doc, "word/numbering.xml")
    for num_id in {num for num, _, _ in numbered(list_doc)}:
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        overrides = {
            int(o.get(f"{{{W}}}ilvl")): o.xpath("string(w:startOverride/@w:val)", namespaces=NS)
            for o in num.iterfind("w:lvlOverride", NS)
        }
        assert overrides == {0: "1", 1: "1"}


def test_nested_list_level_formats(list_doc):
    numbering = xml(list_doc, "word/numbering.xml")

    def formats(num_id: str) -> list[str]:
        abstract_id = numbering.xpath(
            f"string(w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val)", namespaces=NS
        )
        abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
        return [
            abstract.xpath(f"string(w:lvl[@w:ilvl='{i}']/w:numFmt/@w:val)", namespaces=NS)
            for i in (0, 1)
        ]

    rows = numbered(list_doc)
    assert formats(rows[0][0]) == ["decimal", "lowerLetter"]
    assert formats(rows[7][0]) == ["bullet", "decimal"]


def test_nested_list_labels_as_a_reader_sees_them(list_doc):
    lines = [line for line in project_docx(list_doc).splitlines() if "List Paragraph" in line]
    assert lines == [
        "[List Paragraph] 1. satu", "[List Paragraph] a. a1", "[List Paragraph] b. a2",
        "[List Paragraph] 2. dua", "[List Paragraph] a. b1",
        "[List Paragraph] 1. lagi", "[List Paragraph] a. sub",
        "[List Paragraph] • butir", "[List Paragraph] 1. pertama", "[List Paragraph] 2. kedua",
        "[List Paragraph] • butir lain",
    ]  # fmt: skip


def test_markdown_nesting_gives_entries_and_formats():
    (block,) = parse("1. satu\n   a. sub satu\n   b. sub dua\n2. dua\n")
    assert [(e.level, "".join(r.text for r in e.text)) for e in list_entries(block)] == [
        (0, "satu"), (1, "sub satu"), (1, "sub dua"), (0, "dua"),
    ]  # fmt: skip
    assert level_formats(block) == ("decimal", "lowerLetter")


# --- the report ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "laporan.docx"
    project = make_project(out.parent)
    assert build_document(project, compute(project), out) == []
    return out


def test_report_has_daftar_gambar_after_daftar_tabel_and_in_the_toc(report):
    lines = project_docx(report).splitlines()
    headings = [line for line in lines if line.startswith("[Heading 1]")]
    assert headings.index("[Heading 1] DAFTAR GAMBAR") == (
        headings.index("[Heading 1] DAFTAR TABEL") + 1
    )
    assert "[TOC 1] DAFTAR GAMBAR" in lines
    assert '{TOC \\h \\z \\c "Gambar"}' in lines


def test_report_charts_and_captions_in_order(report):
    lines = project_docx(report).splitlines()
    captions = [line for line in lines if line.startswith("[Caption] Gambar 3.")]
    assert [c.split()[2] for c in captions] == ["3.1", "3.2", "3.3", "3.4"]
    assert captions[0] == (
        "[Caption] Gambar 3.1 Realisasi dan Target Indeks Kepuasan Masyarakat Tahun 2021–2022"
    )
    assert captions[3] == "[Caption] Gambar 3.4 Penyerapan Anggaran per Program Tahun 2022"
    for caption in captions:  # every caption sits right below its chart
        assert lines[lines.index(caption) - 1].startswith("[Normal] [Chart: ")
    assert "disajikan pada Gambar 3.1." in "\n".join(lines)


def test_an_organisation_chart_is_drawn_when_no_picture_is_supplied(report):
    """The test project gives a structure and no picture: the chart is a table of boxes, the
    head on top and every unit below it, captioned Gambar 1.1."""
    from docx import Document

    lines = project_docx(report).splitlines()
    caption = next(line for line in lines if line.startswith("[Caption] Gambar 1.1"))
    assert "Bagan Organisasi" in caption
    body = Document(str(report)).element.body
    [chart] = [  # the table whose empty cells draw the connecting lines
        t for t in body.iter(qn("w:tbl")) if t.xpath(".//w:tcBorders/w:right[@w:color='404040']")
    ]
    boxes = ["".join(tc.xpath(".//w:t/text()")) for tc in chart.iter(qn("w:tc"))]
    assert boxes[boxes.index("Camat") :].count("Camat") == 1
    for unit in ("Sekretaris Kecamatan", "Sub Bagian Tata Usaha", "Seksi Pemerintahan"):
        assert unit in boxes, unit
    # The lines are borders of empty cells; the boxes are shaded.
    assert chart.xpath(".//w:tcBorders/w:right[@w:color='404040']")
    assert len(chart.xpath(".//w:shd[@w:fill]")) >= 3


def test_struktur_organisasi_is_one_nested_list(report):
    rows = numbered(report)
    at = next(i for i, row in enumerate(rows) if row[2] == "Camat")
    unit = rows[at : at + 4]
    assert [(ilvl, text) for _, ilvl, text in unit] == [
        (0, "Camat"), (0, "Sekretaris Kecamatan"), (1, "Sub Bagian Tata Usaha"),
        (0, "Seksi Pemerintahan"),
    ]  # fmt: skip
    assert len({num for num, _, _ in unit}) == 1


def test_indicator_chart_from_riwayat():
    project = make_project()
    hi = compute(project).indikator["IKM"]
    spec = grafik_indikator(hi)
    assert spec is not None and tahun_grafik(hi) == "2021–2022"
    assert spec.categories == ["2021", "2022"]
    assert [(s.name, s.kind, s.values) for s in spec.series] == [
        ("Realisasi", "bar", [D("85.72"), D("89.87")]),
        ("Target", "line", [None, D("87")]),
    ]
    assert spec.number_format == "#,##0.00" and spec.axis_format == "#,##0"
    assert spec.title == ""  # the caption below the chart names it


def test_indicator_chart_skipped_for_one_year_labels_or_ranges():
    hi = compute(make_project()).indikator["IKM"]
    one_year = dataclasses.replace(hi, riwayat=hi.riwayat[-1:])
    assert grafik_indikator(one_year) is None
    label = dataclasses.replace(
        hi, riwayat=[dataclasses.replace(r, realisasi="Baik") for r in hi.riwayat]
    )
    assert grafik_indikator(label) is None
    rentang = dataclasses.replace(
        hi,
        riwayat=[hi.riwayat[0], dataclasses.replace(hi.riwayat[1], target=Rentang(min=80, max=90))],
    )
    assert grafik_indikator(rentang) is None


def test_budget_chart_is_absorption_per_program_with_rupiah_in_the_labels():
    hasil = compute(make_project())
    spec = grafik_anggaran(hasil)
    assert spec is not None and spec.horizontal
    [series] = spec.series
    programs = [p for p in hasil.program.values() if p.anggaran.serapan is not None]
    assert series.values == [p.anggaran.serapan for p in programs]
    assert spec.categories[0] == "Penunjang Urusan Pemerintahan Daerah"
    first = programs[0].anggaran
    assert series.labels is not None
    assert series.labels[0] == f"{persen(first.serapan)} ({rupiah(first.realisasi)})"


# --- LibreOffice ---------------------------------------------------------------------------------


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_draws_the_example_charts(tmp_path):
    from lkjip.pipeline import load_project

    project, _ = load_project(EXAMPLE)
    assert project is not None
    out = tmp_path / "laporan.docx"
    assert build_document(project, compute(project), out) == []
    pages = pdf_text(docx_to_pdf(out, tmp_path)).split("\f")
    text = re.sub(r"[ \t]+", " ", "\f".join(pages))
    for caption in (
        "Gambar 3.1 Realisasi dan Target Indeks Kepuasan Masyarakat",
        "Gambar 3.4 Penyerapan Anggaran per Program",
        "DAFTAR GAMBAR",
    ):
        assert caption in text, caption
    # The chart's own labels, drawn by LibreOffice, on the page of its caption.
    page = next(p for p in pages if "Gambar 3.1 Realisasi" in p and "DAFTAR" not in p)
    for label in ("2021", "2022", "Realisasi", "Target", "85,72", "89,87"):
        assert label in page, label
    assert not re.search(r"\b87,00\b", page), "the target prints as in the tables: 87"
    anggaran = re.sub(
        r"\s+", " ", next(p for p in pages if "Gambar 3.4 Penyerapan" in p and "DAFTAR" not in p)
    )
    for label in (
        "Pemberdayaan Masyarakat Desa Dan Kelurahan",
        "Penyerapan (%)",
        "97,02% (Rp9.874.675.806)",
        "92,19% (Rp96.609.900)",
    ):
        assert label in anggaran, label
    assert "89.87" not in text and "10,177,713,170" not in text  # Indonesian separators


def test_chart_heights_stay_within_the_page_until_legibility_needs_more():
    """A chart moved whole to the next page leaves at most 30% of an A4 page empty, until the
    budget chart's programs need more room to stay legible (a bar and a two-line name each)."""
    from lkjip.render.sections.grafik import (
        BATANG_TERKECIL_CM,
        GRAFIK_TERENDAH_CM,
        tinggi_anggaran,
        tinggi_grafik,
    )
    from lkjip.render.word import layout
    from lkjip.render.word.table_xml import A4_TEXT_HEIGHT_CM

    page = layout.MOST_BLANK_SHARE * A4_TEXT_HEIGHT_CM
    indicator = layout.tallest_kept_block_cm(A4_TEXT_HEIGHT_CM)
    assert GRAFIK_TERENDAH_CM <= tinggi_grafik(indicator) <= indicator

    budget = layout.tallest_kept_block_cm(A4_TEXT_HEIGHT_CM, layout.CAPTION_CM)
    spec = grafik_anggaran(compute(make_project()))
    assert spec is not None

    def height(programs: int) -> float:
        return tinggi_anggaran(dataclasses.replace(spec, categories=["x"] * programs), budget)

    for programs in range(1, 7):
        assert height(programs) + layout.CAPTION_CM <= page, programs
        assert height(programs) >= programs * BATANG_TERKECIL_CM
    assert height(20) >= 20 * BATANG_TERKECIL_CM > budget  # legible first
