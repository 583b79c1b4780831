"""The docx writer, judged by the saved file: zipfile + lxml on the XML, and LibreOffice's PDF."""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from lxml import etree

from lkjip import atomic, idfmt
from lkjip.render.blocks import Cell, Run, TableSpec
from lkjip.render.docx_writer import DocWriter
from tests.helpers import REFERENCE, ROOT, W, docx_to_pdf, pdf_text, poppler

NS = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}
CREATED = datetime(2023, 1, 31, 8, 0, 0)


def w(attr: str) -> str:
    return f"{{{W}}}{attr}"


def xml(path: Path, part: str = "word/document.xml"):
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(part))


def text_of(node) -> str:
    return "".join(t.text or "" for t in node.iter(w("t")))


def tiny_png(path: Path) -> Path:
    """A 2×2 grey PNG written by hand, so the test needs no imaging library."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def merged_table(rows: int) -> TableSpec:
    """Two-row header (rowspan + colspan), column numbers, a body rowspan, a total row."""
    header = [
        [
            Cell("No", rowspan=2),
            Cell("Indikator", rowspan=2),
            Cell("Satuan", rowspan=2),
            Cell("Tahun 2022", colspan=3),
            Cell("Ket", rowspan=2),
        ],
        [Cell("Target"), Cell("Realisasi"), Cell("Capaian (%)")],
    ]
    body = []
    for i in range(rows):
        number = Cell(str(i + 1), align="center")
        values = [
            Cell("100,00", align="right"),
            Cell("97,50", align="right"),
            Cell("97,50", align="right"),
            Cell(""),
        ]
        if i % 10 == 0:
            body.append(
                [number, Cell(f"Indikator gabungan {i + 1}", rowspan=2), Cell("%"), *values]
            )
        elif i % 10 == 1:
            body.append([number, Cell("%"), *values])
        else:
            body.append([number, Cell(f"Indikator {i + 1}"), Cell("%"), *values])
    return TableSpec(
        widths_cm=[1.2, 9.0, 2.5, 3.0, 3.0, 3.0, 3.0],
        header=header,
        rows=body,
        footer=[[Cell("Rata-rata", colspan=5), Cell("97,50", align="right"), Cell("")]],
        font_size_pt=10,
    )


def build(
    out: Path, *, rows: int = 12, reference: Path = REFERENCE, image: Path | None = None
) -> DocWriter:
    """A small report using every primitive of the writer."""
    doc = DocWriter(reference)
    doc.section(numbering="lower-roman", restart_at=1, title_page=True)
    doc.title("LAPORAN KINERJA INSTANSI PEMERINTAH", size_pt=16)
    doc.title("KECAMATAN DUMAI KOTA TAHUN 2022")
    doc.front_heading("KATA PENGANTAR")
    doc.paragraph("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa.", first_line_cm=1.25)
    doc.signature(
        place_date="Dumai, 31 Januari 2023",
        role="CAMAT DUMAI KOTA",
        name="H. AHMAD, S.Sos",
        pangkat="Pembina (IV/a)",
        nip="198202112003121004",
    )
    doc.front_heading("DAFTAR ISI")
    doc.toc()
    doc.front_heading("DAFTAR TABEL")
    doc.list_of("Tabel")
    doc.section(numbering="decimal", restart_at=1)
    doc.heading("PENDAHULUAN", 1, numbered_label="BAB I")
    doc.heading("Latar Belakang", 2, numbered_label="A.")
    doc.paragraph([Run("Teks "), Run("tebal", bold=True), Run(" dan "), Run("miring", italic=True)])
    doc.list(["satu", "dua"], numbered=True)
    doc.list(["alpha", "beta"], numbered=True, style_letter=True)
    doc.list(["butir a", "butir b"])
    doc.caption("Tabel", 1, "Jumlah Pegawai")
    doc.table(
        TableSpec(
            widths_cm=[1, 6, 3, 3],
            header=[[Cell("No"), Cell("Uraian"), Cell("Jumlah"), Cell("Ket")]],
            rows=[[Cell("1", align="center"), Cell("PNS"), Cell("12", align="right"), Cell("")]],
            footer=[[Cell("Jumlah", colspan=2), Cell("12", align="right"), Cell("")]],
        )
    )
    doc.source_note("Subbag Umum")
    if image is not None:
        doc.image(image, width_cm=4)
    doc.section(orientation="landscape")
    doc.heading("Capaian Kinerja", 2, numbered_label="B.")
    doc.caption("Tabel", 1, "Capaian Indikator Kinerja Utama")
    doc.table(merged_table(rows))
    doc.source_note("Sumber: Dokumen Renstra")
    doc.section(orientation="portrait")
    doc.heading("PERENCANAAN KINERJA", 1, numbered_label="BAB II")
    doc.caption("Tabel", 2, "Perjanjian Kinerja")
    doc.table(
        TableSpec(
            widths_cm=[1, 8, 4],
            header=[[Cell("No"), Cell("Sasaran"), Cell("Target")]],
            rows=[[Cell("1"), Cell("Meningkatnya kinerja"), Cell("90")]],
        )
    )
    doc.page_break()
    doc.signatures_side_by_side(
        {"role": "PIHAK KEDUA", "name": "H. PAISAL", "pangkat": None, "nip": None},
        {
            "place_date": "Dumai, 3 Januari 2022",
            "role": "PIHAK PERTAMA",
            "name": "AHMAD",
            "pangkat": "Pembina (IV/a)",
            "nip": "198202112003121004",
        },
    )
    doc.save(
        out,
        title="LKjIP Kecamatan Dumai Kota 2022",
        author="Kecamatan Dumai Kota",
        subject="LKjIP 2022",
        created=CREATED,
    )
    return doc


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, DocWriter]:
    out = tmp_path_factory.mktemp("docx") / "laporan.docx"
    return out, build(out, rows=60)


def section_props(document) -> list:
    return list(document.iter(w("sectPr")))


# --- fields ---------------------------------------------------------------------------------


def test_settings_ask_word_to_update_fields_on_open(built):
    settings = xml(built[0], "word/settings.xml")
    nodes = settings.findall("w:updateFields", NS)
    assert len(nodes) == 1 and nodes[0].get(w("val")) == "true"
    # Schema order: updateFields comes before compat/rsids/… (Word rejects misplaced children).
    names = [etree.QName(c).localname for c in settings]
    if "compat" in names:
        assert names.index("updateFields") < names.index("compat")


def instructions(document) -> list[str]:
    return [" ".join(t.text.split()) for t in document.iter(w("instrText"))]


def test_toc_field_over_headings_with_prefilled_entries(built):
    document = xml(built[0])
    assert 'TOC \\o "1-3" \\h \\z \\u' in instructions(document)
    toc_paragraphs = [
        p
        for p in document.iter(w("p"))
        if p.find("w:pPr/w:pStyle", NS) is not None
        and p.find("w:pPr/w:pStyle", NS).get(w("val")) in ("TOC1", "TOC2")
    ]
    entries = [text_of(p) for p in toc_paragraphs]
    assert entries == [
        "KATA PENGANTAR",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "BAB I PENDAHULUAN",
        "A. Latar Belakang",
        "B. Capaian Kinerja",
        "BAB II PERENCANAAN KINERJA",
    ]
    # The field is well formed across paragraphs: begin in the first entry, end in the last.
    assert toc_paragraphs[0].find("w:r/w:fldChar[@w:fldCharType='begin']", NS) is not None
    assert toc_paragraphs[-1].find("w:r/w:fldChar[@w:fldCharType='end']", NS) is not None


def test_list_of_tables_keys_on_the_seq_identifier(built):
    document = xml(built[0])
    assert 'TOC \\h \\z \\c "Tabel"' in instructions(document)
    entries = [
        text_of(p)
        for p in document.iter(w("p"))
        if p.find("w:pPr/w:pStyle[@w:val='TableofFigures']", NS) is not None
    ]
    assert entries == [
        "Tabel 1.1 Jumlah Pegawai",
        "Tabel 1.2 Capaian Indikator Kinerja Utama",
        "Tabel 2.1 Perjanjian Kinerja",
    ]
    assert built[1].captions[1] == ("Tabel 1.2", "Capaian Indikator Kinerja Utama")


def test_captions_are_seq_fields_with_the_right_cached_number(built):
    document = xml(built[0])
    captions = [
        p
        for p in document.iter(w("p"))
        if p.find("w:pPr/w:pStyle[@w:val='Caption']", NS) is not None
    ]
    assert [text_of(p) for p in captions] == [
        "Tabel 1.1 Jumlah Pegawai",
        "Tabel 1.2 Capaian Indikator Kinerja Utama",
        "Tabel 2.1 Perjanjian Kinerja",
    ]
    seqs = [i for i in instructions(document) if i.startswith("SEQ")]
    # \r resets where a chapter starts, so Word and LibreOffice compute the cached numbers.
    assert seqs == ["SEQ Tabel \\* ARABIC", "SEQ Tabel \\* ARABIC", "SEQ Tabel \\* ARABIC \\r 1"]
    assert all(p.find("w:pPr/w:keepNext", NS) is not None for p in captions)


def test_caption_numbers_count_per_kind_and_chapter():
    doc = DocWriter(REFERENCE)
    doc.heading("PENUTUP", 1, numbered_label="BAB IV")
    labels = [
        doc.caption("Gambar", 4, "Grafik"),
        doc.caption("Gambar", 4, "Grafik lain"),
        doc.caption("Tabel", 4, "Tabel pertama"),
        doc.caption("Tabel", None, "Lampiran"),
        doc.caption("Tabel", None, "Lampiran lain"),
        doc.caption("Tabel", 4, "Sisipan"),
    ]
    assert labels == ["Gambar 4.1", "Gambar 4.2", "Tabel 4.1", "Tabel 1", "Tabel 2", "Tabel 4.2"]
    seqs = [" ".join(t.text.split()) for t in doc._body.iter(w("instrText"))]
    # Every place where Word's running count would differ from the label carries \r.
    assert seqs == [
        "SEQ Gambar \\* ARABIC",
        "SEQ Gambar \\* ARABIC",
        "SEQ Tabel \\* ARABIC",
        "SEQ Tabel \\* ARABIC \\r 1",
        "SEQ Tabel \\* ARABIC",
        "SEQ Tabel \\* ARABIC \\r 2",
    ]


def test_every_section_has_a_footer_with_a_centered_page_field(built):
    path = built[0]
    document = xml(path)
    rels = xml(path, "word/_rels/document.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    for sectpr in section_props(document):
        refs = sectpr.findall("w:footerReference[@w:type='default']", NS)
        assert len(refs) == 1
        footer = xml(path, "word/" + targets[refs[0].get(f"{{{NS['r']}}}id")])
        assert "PAGE" in instructions(footer)
        assert footer.find(".//w:jc", NS).get(w("val")) == "center"


# --- sections -------------------------------------------------------------------------------


def test_page_numbering_roman_front_matter_then_decimal_from_one(built):
    sects = section_props(xml(built[0]))
    assert len(sects) == 4
    first, body = sects[0].find("w:pgNumType", NS), sects[1].find("w:pgNumType", NS)
    assert (first.get(w("fmt")), first.get(w("start"))) == ("lowerRoman", "1")
    assert (body.get(w("fmt")), body.get(w("start"))) == ("decimal", "1")
    assert sects[2].find("w:pgNumType", NS) is None  # landscape pages continue the count
    assert sects[0].find("w:titlePg", NS) is not None
    assert sects[0].find("w:footerReference[@w:type='first']", NS) is not None


def test_landscape_section_swaps_the_page_and_turns_the_margins(built):
    sects = section_props(xml(built[0]))
    sizes = [
        (
            int(s.find("w:pgSz", NS).get(w("w"))),
            int(s.find("w:pgSz", NS).get(w("h"))),
            s.find("w:pgSz", NS).get(w("orient")),
        )
        for s in sects
    ]
    assert sizes[2] == (16838, 11906, "landscape")
    assert all(size == (11906, 16838, None) for i, size in enumerate(sizes) if i != 2)
    margins = [{k.split("}")[1]: v for k, v in s.find("w:pgMar", NS).attrib.items()} for s in sects]
    portrait = margins[0]
    assert all(m == portrait for i, m in enumerate(margins) if i != 2)
    # Turned a quarter with the page: the binding (portrait left) margin becomes the top.
    turned = {"top": "left", "right": "top", "bottom": "right", "left": "bottom"}
    assert {side: margins[2][side] for side in turned} == {
        side: portrait[was] for side, was in turned.items()
    }
    assert margins[2]["top"] != margins[2]["bottom"]  # the reference's margins differ
    # A section break lives in the last paragraph of the section it ends.
    for sectpr in sects[:-1]:
        assert etree.QName(sectpr.getparent().getparent()).localname == "p"


# --- tables ---------------------------------------------------------------------------------


def tables(path: Path) -> list:
    return list(xml(path).iter(w("tbl")))


def test_table_header_rows_repeat_and_rows_do_not_split(built):
    table = tables(built[0])[1]
    rows = table.findall("w:tr", NS)
    header_flags = [r.find("w:trPr/w:tblHeader", NS) is not None for r in rows]
    assert header_flags[:3] == [True, True, True]  # two header rows + "(1) (2) …"
    assert not any(header_flags[3:])
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    assert [text_of(tc) for tc in rows[2].findall("w:tc", NS)] == [f"({i})" for i in range(1, 8)]


def test_table_widths_fixed_on_grid_and_every_cell(built):
    table = tables(built[0])[1]
    grid = [int(c.get(w("w"))) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    # Built 24.7 cm wide, narrowed in proportion to the landscape text width (margins turned).
    built_for = [680, 5102, 1417, 1701, 1701, 1701, 1701]
    text_width = 16838 - 1701 - 1701
    assert sum(grid) == pytest.approx(text_width, abs=len(grid))
    for got, want in zip(grid, built_for, strict=True):
        assert got == pytest.approx(want * text_width / sum(built_for), abs=1)
    assert table.find("w:tblPr/w:tblLayout", NS).get(w("type")) == "fixed"
    tblw = table.find("w:tblPr/w:tblW", NS)
    assert (int(tblw.get(w("w"))), tblw.get(w("type"))) == (sum(grid), "dxa")
    for row in table.findall("w:tr", NS):
        col = 0
        for tc in row.findall("w:tc", NS):
            span_el = tc.find("w:tcPr/w:gridSpan", NS)
            span = int(span_el.get(w("val"))) if span_el is not None else 1
            assert int(tc.find("w:tcPr/w:tcW", NS).get(w("w"))) == sum(grid[col : col + span])
            col += span
        assert col == len(grid)


def merge_map(row) -> list[tuple[str, int, str | None]]:
    out = []
    for tc in row.findall("w:tc", NS):
        span = tc.find("w:tcPr/w:gridSpan", NS)
        vmerge = tc.find("w:tcPr/w:vMerge", NS)
        out.append(
            (
                text_of(tc),
                int(span.get(w("val"))) if span is not None else 1,
                None if vmerge is None else vmerge.get(w("val"), "continue"),
            )
        )
    return out


def test_two_row_header_and_body_rowspan_are_merged(built):
    rows = tables(built[0])[1].findall("w:tr", NS)
    assert merge_map(rows[0]) == [
        ("No", 1, "restart"),
        ("Indikator", 1, "restart"),
        ("Satuan", 1, "restart"),
        ("Tahun 2022", 3, None),
        ("Ket", 1, "restart"),
    ]
    assert merge_map(rows[1]) == [
        ("", 1, "continue"),
        ("", 1, "continue"),
        ("", 1, "continue"),
        ("Target", 1, None),
        ("Realisasi", 1, None),
        ("Capaian (%)", 1, None),
        ("", 1, "continue"),
    ]
    assert merge_map(rows[3])[1] == ("Indikator gabungan 1", 1, "restart")
    assert merge_map(rows[4])[1] == ("", 1, "continue")


def test_table_cells_alignment_borders_font_footer(built):
    table = tables(built[0])[1]
    rows = table.findall("w:tr", NS)
    first_body = rows[3].findall("w:tc", NS)
    assert first_body[3].find("w:p/w:pPr/w:jc", NS).get(w("val")) == "right"
    assert first_body[0].find("w:p/w:pPr/w:jc", NS).get(w("val")) == "center"
    sizes = {sz.get(w("val")) for sz in table.iter(w("sz")) if sz.getparent().tag == w("rPr")}
    assert sizes == {"20"}
    for side in table.find("w:tblPr/w:tblBorders", NS):
        assert (side.get(w("val")), side.get(w("sz"))) == ("single", "4")
    total = rows[-1].findall("w:tc", NS)
    assert total[0].find("w:tcPr/w:shd", NS) is not None
    assert all(r.find("w:rPr/w:b", NS) is not None for r in total[0].iter(w("r")))
    assert rows[-1].find("w:trPr/w:tblHeader", NS) is None
    margins = table.find("w:tblPr/w:tblCellMar", NS)
    assert int(margins.find("w:left", NS).get(w("w"))) <= 115


def test_adjacent_tables_are_kept_apart_and_the_body_ends_with_a_paragraph(built):
    body = xml(built[0]).find("w:body", NS)
    blocks = [etree.QName(b).localname for b in body]
    assert not any(a == b == "tbl" for a, b in zip(blocks, blocks[1:], strict=False))
    assert blocks[-2:] == ["p", "sectPr"]


def test_a_500_row_table_keeps_every_row(tmp_path):
    # Speed is measured by `make bench`, not here.
    doc = DocWriter(REFERENCE)
    doc.table(merged_table(500))
    doc.save(tmp_path / "big.docx", title="t", author="a", created=CREATED)
    assert len(tables(tmp_path / "big.docx")[0].findall("w:tr", NS)) == 504


def test_a_row_wider_than_the_grid_is_refused():
    doc = DocWriter(REFERENCE)
    with pytest.raises(ValueError, match="more cells"):
        doc.table(TableSpec(widths_cm=[1, 2], header=[], rows=[[Cell("a"), Cell("b"), Cell("c")]]))


# --- text blocks ----------------------------------------------------------------------------


def test_headings_use_heading_styles_and_label_lines(built):
    document = xml(built[0])
    heading1 = [
        p
        for p in document.iter(w("p"))
        if p.find("w:pPr/w:pStyle[@w:val='Heading1']", NS) is not None
    ]
    bab1 = next(p for p in heading1 if "PENDAHULUAN" in text_of(p))
    assert bab1.find(".//w:br", NS) is not None and text_of(bab1) == "BAB IPENDAHULUAN"
    assert built[1].headings[3].text == "BAB I PENDAHULUAN"
    titles = [
        p for p in document.iter(w("p")) if p.find("w:pPr/w:pStyle[@w:val='Title']", NS) is not None
    ]
    assert all(p.find("w:pPr/w:jc", NS).get(w("val")) == "center" for p in titles)
    assert "LAPORAN KINERJA INSTANSI PEMERINTAH" not in [h.text for h in built[1].headings]


def test_lists_use_word_numbering_and_restart(built):
    path = built[0]
    numbering = xml(path, "word/numbering.xml")
    items = [
        p
        for p in xml(path).iter(w("p"))
        if p.find("w:pPr/w:numPr", NS) is not None
        and p.find("w:pPr/w:numPr/w:numId", NS).get(w("val")) != "0"
    ]
    num_ids = [p.find("w:pPr/w:numPr/w:numId", NS).get(w("val")) for p in items]
    assert len(items) == 6 and len(set(num_ids)) == 3
    for num_id in num_ids[:4]:  # the two numbered lists restart at 1
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        assert num.find("w:lvlOverride/w:startOverride", NS).get(w("val")) == "1"
    formats = {}
    for num_id in set(num_ids):
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        abstract_id = num.find("w:abstractNumId", NS).get(w("val"))
        abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
        formats[num_id] = abstract.find("w:lvl[@w:ilvl='0']/w:numFmt", NS).get(w("val"))
    assert [formats[n] for n in num_ids] == ["decimal"] * 2 + ["lowerLetter"] * 2 + ["bullet"] * 2


def test_signature_block(built):
    paragraphs = [text_of(p) for p in xml(built[0]).iter(w("p"))]
    at = paragraphs.index("H. AHMAD, S.Sos")
    assert paragraphs[at - 2 : at + 3] == [
        "Dumai, 31 Januari 2023",
        "CAMAT DUMAI KOTA",
        "H. AHMAD, S.Sos",
        "Pembina (IV/a)",
        "NIP. 19820211 200312 1 004",
    ]
    name = [p for p in xml(built[0]).iter(w("p")) if text_of(p) == "H. AHMAD, S.Sos"][0]
    assert name.find(".//w:rPr/w:b", NS) is not None
    assert name.find(".//w:rPr/w:u", NS).get(w("val")) == "single"


@pytest.mark.parametrize(
    "typed", ["198202112003121004", "19820211-2003121-004", "19820211 200312 1 004", "12345"]
)
def test_signatures_print_the_nip_as_idfmt_does(typed, tmp_path):
    """One NIP format in the whole report: the signature blocks use `idfmt.nip`."""
    doc = DocWriter(REFERENCE)
    doc.signature(place_date=None, role="CAMAT", name="A", pangkat=None, nip=typed)
    doc.signatures_side_by_side(
        {"role": "PIHAK KEDUA", "name": "B", "nip": typed},
        {"role": "PIHAK PERTAMA", "name": "C", "nip": typed},
    )
    out = tmp_path / "ttd.docx"
    doc.save(out, title="t", author="a", created=CREATED)
    printed = [text_of(p) for p in xml(out).iter(w("p")) if text_of(p).startswith("NIP")]
    assert printed == [f"NIP. {idfmt.nip(typed)}"] * 3


def test_side_by_side_signatures_are_a_borderless_two_column_table(built):
    table = tables(built[0])[-1]
    assert len(table.findall("w:tblGrid/w:gridCol", NS)) == 2
    assert {b.get(w("val")) for b in table.find("w:tblPr/w:tblBorders", NS)} == {"nil"}
    left, right = table.findall("w:tr/w:tc", NS)
    assert "PIHAK KEDUA" in text_of(left) and "PIHAK PERTAMA" in text_of(right)
    # Names line up: the left block gets an empty place/date line too.
    assert len(left.findall("w:p", NS)) == 3 and len(right.findall("w:p", NS)) == 5


def test_source_note_is_prefixed_once(built):
    notes = [
        text_of(p)
        for p in xml(built[0]).iter(w("p"))
        if p.find("w:pPr/w:pStyle[@w:val='Sumber']", NS) is not None
    ]
    assert notes == ["Sumber: Subbag Umum", "Sumber: Dokumen Renstra"]


# --- determinism and safety -----------------------------------------------------------------


def test_identical_input_gives_identical_bytes(tmp_path):
    png = tiny_png(tmp_path / "grafik.png")
    build(tmp_path / "a.docx", image=png)
    build(tmp_path / "b.docx", image=png)
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.docx") as package:
        infos = package.infolist()
        names = [i.filename for i in infos]
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert names[0] == "[Content_Types].xml" and names[1:] == sorted(names[1:])
    assert "word/media/image1.png" in names
    assert not any("thumbnail" in n for n in names)
    reopened = docx.Document(str(tmp_path / "a.docx"))
    assert len(reopened.inline_shapes) == 1 and len(reopened.tables) == 4


def test_core_properties_come_from_the_arguments(built):
    core = xml(built[0], "docProps/core.xml")
    assert core.findtext("dc:title", namespaces=NS) == "LKjIP Kecamatan Dumai Kota 2022"
    assert core.findtext("dc:creator", namespaces=NS) == "Kecamatan Dumai Kota"
    assert core.findtext("cp:lastModifiedBy", namespaces=NS) == "Kecamatan Dumai Kota"
    assert core.findtext("dc:subject", namespaces=NS) == "LKjIP 2022"
    assert core.findtext("cp:revision", namespaces=NS) == "1"
    assert core.findtext("dcterms:created", namespaces=NS) == "2023-01-31T08:00:00Z"
    assert core.findtext("dcterms:modified", namespaces=NS) == "2023-01-31T08:00:00Z"


def test_failed_save_leaves_the_previous_file_and_no_temp(tmp_path, monkeypatch):
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")

    def broken_fsync(_fd):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        DocWriter(REFERENCE).save(out, title="t", author="a", created=CREATED)
    assert out.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.docx"]


def test_successful_save_replaces_atomically(tmp_path):
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")
    DocWriter(REFERENCE).save(out, title="t", author="a", created=CREATED)
    assert zipfile.is_zipfile(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.docx"]
    assert f".laporan.docx.tmp-{os.getpid()}" not in os.listdir(tmp_path)


# --- references ---------------------------------------------------------------------------


def bare_reference(path: Path) -> Path:
    """A reference with only Normal: no headings, caption, TOC, list or footer."""
    document = docx.Document()
    styles = document.styles.element
    for style in list(styles.findall(w("style"))):
        if style.get(w("styleId")) not in ("Normal", "DefaultParagraphFont", "TableNormal"):
            styles.remove(style)
    document.save(str(path))
    return path


def test_a_reference_without_our_styles_still_works(tmp_path):
    ref = bare_reference(tmp_path / "polos.docx")
    out = tmp_path / "laporan.docx"
    build(out, reference=ref)
    document = xml(out)
    styles_used = {s.get(w("val")) for s in document.iter(w("pStyle"))}
    assert styles_used <= {"Normal"}
    bab = next(
        p
        for p in document.iter(w("p"))
        if "PENDAHULUAN" in text_of(p) and p.find("w:pPr/w:outlineLvl", NS) is not None
    )
    assert bab.find("w:pPr/w:outlineLvl", NS).get(w("val")) == "0"  # the TOC still finds it
    caption = next(
        p
        for p in document.iter(w("p"))
        if text_of(p).startswith("Tabel 1.1 ") and "SEQ" in " ".join(instructions(p))
    )
    assert caption.find("w:pPr/w:jc", NS).get(w("val")) == "center"
    # A footer with PAGE was added because the reference had none.
    assert "PAGE" in instructions(xml(out, "word/footer1.xml"))


def load_make_reference():
    spec = importlib.util.spec_from_file_location(
        "make_reference", ROOT / "tools" / "make_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_reference_matches_its_generator():
    assert load_make_reference().build() == REFERENCE.read_bytes()


def test_reference_page_setup_and_styles():
    document = docx.Document(str(REFERENCE))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert [
        round(x.cm, 2)
        for x in (
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    ] == [3, 3, 3, 2]
    assert len(document.element.body) == 1  # only the sectPr: no content to copy
    names = {s.name.lower() for s in document.styles}
    for needed in (
        "normal",
        "heading 1",
        "heading 2",
        "heading 3",
        "title",
        "caption",
        "toc 1",
        "toc 2",
        "toc 3",
        "table of figures",
        "list bullet",
        "list number",
        "table grid",
        "sumber",
    ):
        assert needed in names
    h1 = document.styles["Heading 1"]
    assert h1.font.bold and h1.font.size.pt == 14 and h1.paragraph_format.page_break_before
    assert h1.paragraph_format.keep_with_next
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 12
    assert normal.paragraph_format.line_spacing == 1.15
    footer = xml(REFERENCE, "word/footer1.xml")
    assert "PAGE" in instructions(footer)


def test_reference_index_styles_wrap_before_the_page_numbers():
    """TOC and list-of entries: left-aligned, 1 cm short of the edge, dot leader to 16 cm."""
    document = docx.Document(str(REFERENCE))
    for name in ("toc 1", "toc 2", "toc 3", "table of figures"):
        fmt = document.styles[name].paragraph_format
        assert fmt.alignment == WD_ALIGN_PARAGRAPH.LEFT, name
        assert round(fmt.right_indent.cm, 2) == 1.0, name
        tabs = list(fmt.tab_stops)
        assert len(tabs) == 1, name
        assert round(tabs[0].position.cm, 2) == 16.0
        assert tabs[0].alignment == WD_TAB_ALIGNMENT.RIGHT
        assert tabs[0].leader == WD_TAB_LEADER.DOTS
    figures = document.styles["table of figures"].paragraph_format
    assert round(figures.left_indent.cm, 2) == 1.7
    assert round(figures.first_line_indent.cm, 2) == -1.7


# --- the artefact through LibreOffice ---------------------------------------------------------


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_renders_every_primitive(built, tmp_path):
    pdf = docx_to_pdf(built[0], tmp_path)
    text = pdf_text(pdf)
    for expected in (
        "Tabel 1.1 Jumlah Pegawai",
        "Tabel 1.2 Capaian Indikator Kinerja Utama",
        "Tabel 2.1 Perjanjian Kinerja",
        "Tahun 2022",
        "Realisasi",
        "Capaian (%)",
        "NIP. 19820211 200312 1 004",
        "BAB I PENDAHULUAN",
    ):
        assert expected in text.replace("\n", " ").replace("  ", " ") or expected in text
    # Header rows repeat: the 60-row table spans pages, each starting with its header.
    assert text.count("Tahun 2022") >= 2
    info = subprocess.run(
        [poppler("pdfinfo"), "-f", "1", "-l", "99", str(pdf)],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode()
    sizes = [
        line.split("size:")[1].split("pts")[0].split(" x ")
        for line in info.splitlines()
        if line.startswith("Page") and "size:" in line
    ]
    orientations = ["landscape" if float(wd) > float(ht) else "portrait" for wd, ht in sizes]
    assert orientations[0] == "portrait" and orientations[-1] == "portrait"
    assert "landscape" in orientations
    # Page numbers: roman in the front matter, arabic from 1 in the body.
    assert "\nii\n" in "\n" + "\n".join(line.strip() for line in text.splitlines()) + "\n"
