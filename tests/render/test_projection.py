"""The text projection of a .docx: exact output for a writer-built file and for hand-made XML."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

from lkjip.render.blocks import Cell, Run, TableSpec
from lkjip.render.docx_writer import DocWriter
from lkjip.render.projection import project_docx

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "templates" / "reference.docx"


def small_report(out: Path) -> Path:
    doc = DocWriter(REFERENCE)
    doc.section(numbering="lower-roman", restart_at=1, title_page=True)
    doc.title("LAPORAN KINERJA")
    doc.front_heading("DAFTAR ISI")
    doc.toc(levels="1-2")
    doc.list_of("Tabel")
    doc.section(numbering="decimal", restart_at=1)
    doc.heading("PENDAHULUAN", 1, numbered_label="BAB I")
    doc.heading("Latar Belakang", 2, numbered_label="A.")
    doc.paragraph([Run("Satu\tdua "), Run("tebal", bold=True)])
    doc.list(["a", "b"], numbered=True)
    doc.list(["c"], numbered=True, level=1)
    doc.list(["d", "e"], numbered=True)
    doc.list(["f"])
    doc.section(orientation="landscape")
    doc.caption("Tabel", 1, "Capaian")
    doc.table(
        TableSpec(
            widths_cm=[1, 4, 2, 2],
            header=[
                [Cell("No", rowspan=2), Cell("Indikator", rowspan=2), Cell("2022", colspan=2)],
                [Cell("Target"), Cell("Realisasi")],
            ],
            rows=[
                [Cell("1"), Cell("A", rowspan=2), Cell("10"), Cell("9")],
                [Cell("2"), Cell("11"), Cell("12")],
            ],
            footer=[[Cell("Jumlah", colspan=2), Cell("21"), Cell("21")]],
        )
    )
    doc.source_note("Renstra")
    doc.section(new_page=False)
    doc.page_break()
    doc.save(out, title="t", author="a", created=datetime(2023, 1, 1))
    return out


EXPECTED = r"""--- section: portrait, lower-roman from 1, title page ---
[Title] LAPORAN KINERJA
[Heading 1] DAFTAR ISI
{TOC \o "1-2" \h \z \u}
[TOC 1] DAFTAR ISI
[TOC 1] BAB I PENDAHULUAN
[TOC 2] A. Latar Belakang
{TOC \h \z \c "Tabel"}
[Table of Figures] Tabel 1.1 Capaian
[Normal]
--- section: portrait, decimal from 1 ---
[Heading 1] BAB I\nPENDAHULUAN
[Heading 2] A. Latar Belakang
[Normal] Satu\tdua tebal
[List Paragraph] 1. a
[List Paragraph] 2. b
[List Paragraph] a. c
[List Paragraph] 1. d
[List Paragraph] 2. e
[List Paragraph] • f
--- section: landscape, decimal continued ---
[Caption] Tabel 1.1 Capaian
[Table cm: 1.00 4.00 2.00 2.00]
=| No | Indikator | 2022 | < |
=| ^ | ^ | Target | Realisasi |
=| (1) | (2) | (3) | (4) |
| 1 | A | 10 | 9 |
| 2 | ^ | 11 | 12 |
| Jumlah | < | 21 | 21 |
[Sumber] Sumber: Renstra
--- section: portrait, decimal continued, continuous ---
[Normal] <page-break>
=== footer default ===
[Footer] {PAGE}
=== footer first ===
[Footer]
=== header default ===
[Header]
=== header first ===
[Header]
"""


def test_projection_of_a_writer_built_report(tmp_path):
    assert project_docx(small_report(tmp_path / "laporan.docx")) == EXPECTED


def test_projection_is_deterministic(tmp_path):
    path = small_report(tmp_path / "laporan.docx")
    assert project_docx(path) == project_docx(path)


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def handmade(path: Path, body: str, *, footer: str | None = None) -> Path:
    """A minimal package: just the parts the projection reads."""
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    if footer is not None:
        sect = (
            '<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/>'
            '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
        )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "word/document.xml",
            f"<w:document {W_NS} {R_NS}><w:body>{body}{sect}</w:body></w:document>",
        )
        if footer is not None:
            package.writestr(
                "word/_rels/document.xml.rels",
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                'relationships"><Relationship Id="rIdF" Type="footer" Target="footer1.xml"/>'
                "</Relationships>",
            )
            package.writestr("word/footer1.xml", f"<w:ftr {W_NS}>{footer}</w:ftr>")
    return path


def test_simple_and_nested_fields(tmp_path):
    body = (
        '<w:p><w:r><w:t>Hal. </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r>'
        '</w:fldSimple><w:r><w:t xml:space="preserve"> dari </w:t></w:r>'
        '<w:fldSimple w:instr="NUMPAGES"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>'
        # A SEQ field whose code itself holds a nested field: only the result shows.
        '<w:p><w:r><w:t xml:space="preserve">Gambar </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>SEQ Gambar </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
        '</w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:hyperlink r:id="x"><w:r><w:t xml:space="preserve"> tautan</w:t></w:r></w:hyperlink>'
        "<w:del><w:r><w:delText>hapus</w:delText></w:r></w:del></w:p>"
    )
    footer = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>'
        '3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    text = project_docx(handmade(tmp_path / "x.docx", body, footer=footer))
    assert text == (
        "--- section: portrait, decimal continued ---\n"
        "[Normal] Hal. {PAGE} dari {NUMPAGES}\n"
        "[Normal] Gambar 2 tautan\n"
        "=== footer default ===\n"
        "[Normal] {PAGE}\n"
    )


def test_table_cells_with_several_paragraphs_and_spans(tmp_path):
    body = (
        '<w:tbl><w:tblGrid><w:gridCol w:w="567"/><w:gridCol w:w="567"/>'
        '<w:gridCol w:w="567"/></w:tblGrid>'
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>'
        "<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p/></w:tc></w:tr>"
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p/></w:tc>'
        "<w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>"
    )
    text = project_docx(handmade(tmp_path / "t.docx", body))
    assert text.splitlines()[1:4] == [
        "[Table cm: 1.00 1.00 1.00]",
        "| a\\nb | < |  |",
        "| ^ | < | c |",
    ]
