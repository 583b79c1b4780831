"""`lkjip.docx_pages`: laid-out page numbers go into the cached results of the TOC and list
fields, only where LibreOffice's entries are the document's own."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from lkjip import docx_pages
from lkjip.docx_pages import LaidOutIndex

W = docx_pages.W_NS


def _field(instruction: str, entries: list[str]) -> str:
    """A TOC field spread over paragraphs, as lkjip writes it."""
    out = []
    for i, text in enumerate(entries):
        runs = ""
        if i == 0:
            runs += (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        runs += f"<w:r><w:t>{text}</w:t></w:r>"
        if i == len(entries) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        out.append(f"<w:p>{runs}</w:p>")
    return "".join(out)


def _body() -> etree._Element:
    xml = (
        f'<w:document xmlns:w="{W}"><w:body>'
        "<w:p><w:r><w:t>DAFTAR ISI</w:t></w:r></w:p>"
        + _field('TOC \\o "1-3" \\h \\z \\u', ["BAB I PENDAHULUAN", "A. Latar  Belakang"])
        + _field('TOC \\h \\z \\c "Tabel"', ["Tabel 2.1 Sasaran"])
        + "<w:p><w:r><w:t>Isi bab</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    return etree.fromstring(xml.encode())


def _pages(root) -> dict[str, list[tuple[str, str | None]]]:
    return {
        kind: [(docx_pages.entry_text(p), docx_pages.entry_page(p)) for p in paragraphs]
        for kind, paragraphs in docx_pages.index_fields(root)
    }


LAYOUT = [
    LaidOutIndex("toc", (("BAB I PENDAHULUAN", "1"), ("A. Latar Belakang", "2"))),
    LaidOutIndex("Tabel", (("Tabel 2.1 Sasaran", "9"),)),
]


def test_each_entry_gets_its_page_before_the_field_end():
    root = _body()
    assert docx_pages.number_indexes(root, LAYOUT) == []
    assert _pages(root) == {
        "toc": [("BAB I PENDAHULUAN", "1"), ("A. Latar Belakang", "2")],
        "Tabel": [("Tabel 2.1 Sasaran", "9")],
    }
    last = root.findall(f".//{{{W}}}p")[3]  # the list's only entry: page, then the end
    runs = last.findall(f"{{{W}}}r")
    assert runs[-2].find(f"{{{W}}}tab") is not None
    assert runs[-1].find(f"{{{W}}}fldChar").get(f"{{{W}}}fldCharType") == "end"


def test_numbering_again_replaces_the_old_numbers():
    root = _body()
    docx_pages.number_indexes(root, LAYOUT)
    moved = [LAYOUT[0], LaidOutIndex("Tabel", (("Tabel 2.1 Sasaran", "10"),))]
    docx_pages.number_indexes(root, moved)
    assert _pages(root)["Tabel"] == [("Tabel 2.1 Sasaran", "10")]


def test_an_index_laid_out_differently_is_left_unnumbered():
    root = _body()
    other = [LAYOUT[0], LaidOutIndex("Tabel", (("Tabel 2.1 Lain", "9"),))]
    assert docx_pages.number_indexes(root, other) == ["Tabel"]
    assert _pages(root)["Tabel"] == [("Tabel 2.1 Sasaran", None)]
    assert _pages(root)["toc"][0] == ("BAB I PENDAHULUAN", "1")


def test_an_index_libreoffice_did_not_report_is_left_unnumbered():
    root = _body()
    assert docx_pages.number_indexes(root, LAYOUT[:1]) == ["Tabel"]


def test_the_package_keeps_its_other_parts(tmp_path: Path):
    docx = tmp_path / "laporan.docx"
    with zipfile.ZipFile(docx, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr(docx_pages.DOCUMENT_PART, etree.tostring(_body()))
        package.writestr("word/styles.xml", "<styles/>")
    assert docx_pages.store_page_numbers(docx, LAYOUT) == []
    with zipfile.ZipFile(docx) as package:
        assert package.namelist()[0] == "[Content_Types].xml"
        assert package.read("word/styles.xml") == b"<styles/>"
        root = etree.fromstring(package.read(docx_pages.DOCUMENT_PART))
    assert _pages(root)["toc"][1] == ("A. Latar Belakang", "2")


def test_the_layout_file_is_read(tmp_path: Path):
    path = tmp_path / "halaman.json"
    path.write_text('[{"jenis": "toc", "entri": [["BAB I", "1"]]}]', encoding="utf-8")
    assert docx_pages.read_layout(path) == [LaidOutIndex("toc", (("BAB I", "1"),))]
