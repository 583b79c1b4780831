"""Check the artefact as a reader gets it: LibreOffice converts the built report to PDF and
the PDF's text holds the chapters, every table caption and the key figures."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from tests.helpers import EXAMPLE, docx_to_pdf, pdf_text

pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def report_text(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    out = folder / "laporan.docx"
    result = CliRunner().invoke(app, ["build", str(EXAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = pdf_text(docx_to_pdf(out, folder))
    return re.sub(r"[ \t]+", " ", text)


@pytest.mark.parametrize(
    "heading",
    [
        "KATA PENGANTAR",
        "IKHTISAR EKSEKUTIF",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "PENDAHULUAN",
        "PERENCANAAN KINERJA",
        "AKUNTABILITAS KINERJA",
        "PENUTUP",
        "PERJANJIAN KINERJA",
    ],
)
def test_chapters_are_in_the_pdf(report_text, heading):
    assert heading in report_text


@pytest.mark.parametrize("figure", ["103,30", "101,10", "96,99", "97,02", "11.281.034.946"])
def test_key_figures_are_in_the_pdf(report_text, figure):
    assert figure in report_text


def test_every_table_caption_is_in_the_pdf(report_text, tmp_path):
    from docx import Document

    out = tmp_path / "laporan.docx"
    assert CliRunner().invoke(app, ["build", str(EXAMPLE), "--out", str(out)]).exit_code == 0
    captions = [
        p.text.split(" ", 2)[:2]
        for p in Document(str(out)).paragraphs
        if p.style is not None and p.style.name == "Caption"
    ]
    labels = {" ".join(c) for c in captions if c and c[0] == "Tabel"}
    assert len(labels) >= 10
    for label in labels:
        assert label in report_text, label


def test_seed_errors_are_not_in_the_pdf(report_text):
    # The seed's wrong figures must not survive anywhere in the report.
    assert "103,2 " not in report_text and "103,2%" not in report_text
    assert "96,98" not in report_text
    assert "Medang Kampai" not in report_text
