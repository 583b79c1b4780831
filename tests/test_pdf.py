"""`lkjip build --pdf`: LibreOffice (through UNO) writes the PDF next to the .docx, with the
Daftar Isi and Daftar Tabel carrying the real page numbers; when LibreOffice is missing or too
slow the run ends with exit 2, a message in Indonesian, the .docx kept and no soffice left."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import lkjip.pdf
from lkjip.cli import app
from tests.helpers import EXAMPLE, pdf_text, soffice

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


def _uno_python() -> str:
    """The interpreter lkjip.pdf would use for UNO; skip without one, except in CI."""
    found = lkjip.pdf.find_uno_python(soffice())
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("python3-uno tidak terpasang di CI; .ci/run harus memasangnya")
    pytest.skip("Python dengan modul uno (python3-uno) tidak terpasang")


def _build(out: Path, *extra: str):
    return CliRunner().invoke(app, ["build", str(EXAMPLE), "--out", str(out), "--pdf", *extra])


def _office_processes(marker: str) -> list[str]:
    """Command lines of running processes that mention `marker` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if marker in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    _uno_python()
    folder = tmp_path_factory.mktemp("pdf")
    result = _build(folder / "laporan.docx")
    assert result.exit_code == 0, result.output
    pdf = folder / "laporan.pdf"
    return result, pdf


@pytest.fixture(scope="module")
def pages(built) -> list[list[str]]:
    """The PDF's pages as lists of non-empty, stripped lines, without the running header."""
    from tests.render.pdf_pages import running_header

    _, pdf = built
    pages = [
        [line.strip() for line in page.splitlines() if line.strip()]
        for page in pdf_text(pdf).split("\f")
    ]
    header = running_header(pages)
    return [page[1:] if header and page[:1] == [header] else page for page in pages]


def _folio(page: list[str]) -> str:
    """The page number printed in the footer (the page's last line)."""
    return page[-1] if page else ""


def _page_with_folio(pages: list[list[str]], number: str) -> list[str]:
    matches = [page for page in pages if _folio(page) == number]
    assert len(matches) == 1, f"halaman bernomor {number}: {len(matches)}"
    return matches[0]


def _entries(page: list[str], starts: str) -> dict[str, str]:
    """`{entry text: page number}` of a TOC page; an entry whose leader and number wrapped onto
    the next line is joined back."""
    joined: list[str] = []
    for line in page[1:-1]:  # without the title and the folio
        if joined and not re.match(starts, line):
            joined[-1] += " " + line
        else:
            joined.append(line)
    out = {}
    for line in joined:
        match = re.fullmatch(r"(.+?)\s*\.{3,}\s*([ivx]+|\d+)", line)
        assert match, f"entri tanpa nomor halaman: {line!r}"
        out[match.group(1)] = match.group(2)
    return out


@pytest.mark.libreoffice
def test_pdf_is_written_next_to_the_docx(built):
    result, pdf = built
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.with_suffix(".docx").is_file()
    assert f"ditulis: {pdf}" in result.stderr
    assert "peringatan" not in result.stderr.split("ditulis: ")[-1]
    assert not list(pdf.parent.glob(".*pdf-tmp*")), "folder sementara tertinggal"


@pytest.mark.libreoffice
def test_daftar_isi_has_page_numbers_that_match_the_pages(pages):
    [toc] = [page for page in pages if page and page[0] == "DAFTAR ISI"]
    entries = _entries(toc, r"[A-Z]|Sasaran|Permasalahan|Efisiensi|Program|Lampiran")
    # Front matter in roman numerals, the chapters in arabic from Bab I.
    assert entries["KATA PENGANTAR"] == "i"
    assert entries["IKHTISAR EKSEKUTIF"] == "ii"
    assert entries["DAFTAR ISI"] == _folio(toc)
    assert entries["BAB I PENDAHULUAN"] == "1"
    for heading in [
        "KATA PENGANTAR",
        "DAFTAR TABEL",
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
        "LAMPIRAN",
        "Lampiran 6. Catatan Penyesuaian Data",
    ]:
        page = _page_with_folio(pages, entries[heading])
        # A chapter title is printed on two lines: "BAB I", then "PENDAHULUAN".
        ok = (
            page[0] == " ".join(heading.split()[:2])
            if heading[:4] == "BAB "
            else page[0].startswith(heading)
        )
        assert ok, f"{heading}: halaman {entries[heading]} dimulai {page[0]!r}"
    # Subsections: the heading is on the page the TOC names.
    for heading in ["C. Isu Strategis", "A. Rencana Strategis", "B. Realisasi Anggaran"]:
        page = _page_with_folio(pages, entries[heading])
        assert heading in page, f"{heading} tidak di halaman {entries[heading]}"
    numbers = [ROMAN.get(n, 0) if n in ROMAN else 100 + int(n) for n in entries.values()]
    assert numbers == sorted(numbers), "nomor halaman Daftar Isi tidak berurutan"


@pytest.mark.libreoffice
@pytest.mark.parametrize(
    ("title", "kind"), [("DAFTAR TABEL", "Tabel"), ("DAFTAR GAMBAR", "Gambar")]
)
def test_lists_have_page_numbers_that_match_the_captions(pages, title, kind):
    found = [page for page in pages if page and page[0] == title]
    if not found and kind == "Gambar":
        pytest.skip("laporan ini tanpa Daftar Gambar")
    [listing] = found
    entries = _entries(listing, rf"{kind} \d")
    labels = [" ".join(text.split()[:2]) for text in entries]
    assert labels and all(label.startswith(f"{kind} ") for label in labels)
    if kind == "Tabel":
        assert "Tabel 3.1" in labels and "Tabel 3.6" in labels
    for text, number in entries.items():
        label = " ".join(text.split()[:2])
        page = _page_with_folio(pages, number)
        assert any(line.startswith(label + " ") for line in page), f"{label} bukan di hlm {number}"


def test_missing_libreoffice_exits_2_and_keeps_the_docx(tmp_path, monkeypatch):
    monkeypatch.setenv("LKJIP_SOFFICE", "/nonexistent")
    (tmp_path / "laporan.pdf").write_bytes(b"PDF lama")
    result = _build(tmp_path / "laporan.docx")
    assert result.exit_code == 2, result.output
    assert "LibreOffice tidak ditemukan" in result.stderr
    assert "berkas .docx tetap ditulis" in result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert (tmp_path / "laporan.docx").is_file()
    assert (tmp_path / "laporan.pdf").read_bytes() == b"PDF lama"  # untouched


def test_pdf_needs_a_docx_out(tmp_path):
    result = _build(tmp_path / "laporan.pdf")
    assert result.exit_code == 2
    assert "--out harus berkas .docx" in result.stderr
    assert not (tmp_path / "laporan.pdf").exists()


@pytest.mark.libreoffice
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to list processes")
def test_timeout_exits_2_and_leaves_no_soffice(tmp_path, monkeypatch):
    soffice()
    monkeypatch.setattr(
        lkjip.pdf, "convert_to_pdf", functools.partial(lkjip.pdf.convert_to_pdf, timeout=1.0)
    )
    result = _build(tmp_path / "laporan.docx")
    assert result.exit_code == 2, result.output
    assert "tidak selesai membuat PDF dalam 1 detik" in result.stderr
    assert "Traceback" not in result.output
    assert (tmp_path / "laporan.docx").is_file()
    assert not (tmp_path / "laporan.pdf").exists()
    assert not list(tmp_path.glob(".*pdf-tmp*"))
    # The pipe name is lkjip_<pid>_<random>; CliRunner runs in this process.
    assert _office_processes(f"lkjip_{os.getpid()}_") == []


@pytest.mark.libreoffice
def test_without_uno_plain_conversion_warns(tmp_path, monkeypatch):
    soffice()
    monkeypatch.setattr(lkjip.pdf, "find_uno_python", lambda _soffice: None)
    result = _build(tmp_path / "laporan.docx")
    assert result.exit_code == 0, result.output
    assert "tanpa nomor halaman" in result.stderr
    assert (tmp_path / "laporan.pdf").read_bytes().startswith(b"%PDF")


def test_uno_script_is_standalone():
    source = Path(lkjip.pdf.SCRIPT).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+lkjip\b", source, re.M)


def _docx_indexes(docx: Path) -> dict[str, list[tuple[str, str | None]]]:
    """{kind: [(entry text, stored page)]} of the .docx's TOC and list fields' cached results."""
    import zipfile

    from lxml import etree

    from lkjip import docx_pages

    root = etree.fromstring(zipfile.ZipFile(docx).read(docx_pages.DOCUMENT_PART))
    return {
        kind: [(docx_pages.entry_text(p), docx_pages.entry_page(p)) for p in paragraphs]
        for kind, paragraphs in docx_pages.index_fields(root)
    }


@pytest.mark.libreoffice
def test_docx_stores_the_page_numbers_the_pdf_prints(built, pages):
    _, pdf = built
    stored = _docx_indexes(pdf.with_suffix(".docx"))
    assert set(stored) == {"toc", "Tabel", "Gambar"}
    for kind, entries in stored.items():
        assert entries and all(page for _, page in entries), f"{kind}: entri tanpa nomor"
    [toc] = [page for page in pages if page and page[0] == "DAFTAR ISI"]
    printed = _entries(toc, r"[A-Z]|Sasaran|Permasalahan|Efisiensi|Program|Lampiran")
    compared = [(text, page) for text, page in stored["toc"] if text in printed]
    assert len(compared) >= len(stored["toc"]) // 2
    for text, page in compared:
        assert printed[text] == page, f"{text}: .docx {page}, PDF {printed[text]}"


@pytest.mark.libreoffice
def test_plain_conversion_of_the_docx_shows_the_stored_numbers(built, tmp_path):
    """A viewer that never updates fields (here: `soffice --convert-to pdf`) prints the pages."""
    _, pdf = built
    plain = pdf_text(_plain_pdf(pdf.with_suffix(".docx"), tmp_path))
    listing = [p for p in plain.split("\f") if "DAFTAR TABEL" in p[:300]]
    assert listing, "halaman Daftar Tabel tidak ditemukan"
    lines = [line.strip() for line in listing[0].splitlines() if line.strip()]
    lines = lines[lines.index("DAFTAR TABEL") :]
    entries = _entries(lines, r"Tabel \d")
    stored = dict(_docx_indexes(pdf.with_suffix(".docx"))["Tabel"])
    for text, number in entries.items():
        assert stored.get(text) == number, text


def _plain_pdf(docx: Path, folder: Path) -> Path:
    from tests.helpers import docx_to_pdf

    return docx_to_pdf(docx, folder)


@pytest.mark.libreoffice
def test_nomor_halaman_stores_pages_without_a_pdf(tmp_path):
    _uno_python()
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(app, ["build", str(EXAMPLE), "--out", str(out), "--nomor-halaman"])
    assert result.exit_code == 0, result.output
    assert "nomor halaman disimpan" in result.stderr
    assert not out.with_suffix(".pdf").exists()
    assert not list(tmp_path.glob(".*pdf-tmp*")), "folder sementara tertinggal"
    stored = _docx_indexes(out)
    assert all(page for entries in stored.values() for _, page in entries)
    assert dict(stored["toc"])["BAB I PENDAHULUAN"] == "1"


def test_nomor_halaman_without_uno_fails_and_keeps_the_docx(tmp_path, monkeypatch):
    monkeypatch.setattr(lkjip.pdf, "find_soffice", lambda: "soffice")
    monkeypatch.setattr(lkjip.pdf, "find_uno_python", lambda _soffice: None)
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(app, ["build", str(EXAMPLE), "--out", str(out), "--nomor-halaman"])
    assert result.exit_code == 2, result.output
    assert "python3-uno" in result.stderr and "berkas .docx tetap ditulis" in result.stderr
    assert out.is_file()


@pytest.mark.libreoffice
def test_batch_build_stores_page_numbers_without_a_pdf(tmp_path):
    """`build --out-dir … --nomor-halaman`: each report's own job lays it out."""
    from lkjip import batch

    _uno_python()
    job = batch.Job(EXAMPLE, tmp_path / "a.docx")
    outcome = batch.build_one(job, batch.Options(nomor_halaman=True))
    assert not outcome.failed, outcome.error
    assert not (tmp_path / "a.pdf").exists()
    stored = _docx_indexes(tmp_path / "a.docx")
    assert all(page for entries in stored.values() for _, page in entries)
