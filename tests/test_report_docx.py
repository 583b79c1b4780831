"""The example report itself, inspected at the XML level: the Word-quality promises of the
build issue hold for the real document, not only for the writer's own samples."""

from __future__ import annotations

import re
import shutil
import zipfile

import pytest
from lxml import etree
from typer.testing import CliRunner

from lkjip import idfmt
from lkjip.cli import app
from tests.helpers import EXAMPLE, REFERENCE, W, build_example

NS = {"w": W}
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_example(tmp_path_factory.mktemp("docx") / "laporan.docx")


@pytest.fixture(scope="module")
def body(built):
    return etree.fromstring(zipfile.ZipFile(built).read("word/document.xml")).find("w:body", NS)


def _text(element) -> str:
    """Visible text: the w:t runs, without field instructions."""
    return "".join(t.text or "" for t in element.iter(f"{{{W}}}t"))


def _sections(body):
    """Each section as (orientation, [paragraph texts]) in document order."""
    sections, texts = [], []
    for child in body:
        style = child.find("w:pPr/w:pStyle", NS)
        is_caption = style is not None and style.get(f"{{{W}}}val") in ("Caption", "Title")
        # Only captions and titles name a table; the lists of tables repeat their text.
        texts.append(_text(child) if is_caption else "")
        sect = child.find("w:pPr/w:sectPr", NS)
        if child.tag == f"{{{W}}}sectPr":
            sect = child
        if sect is not None:
            size = sect.find("w:pgSz", NS)
            orient = size.get(f"{{{W}}}orient") or "portrait"
            wide = int(size.get(f"{{{W}}}w")) > int(size.get(f"{{{W}}}h"))
            sections.append((orient, wide, "\n".join(texts)))
            texts = []
    return sections


@pytest.mark.parametrize(
    "caption",
    ["Tabel 3.6 ", "EVALUASI BERKALA RENCANA AKSI"],
)
def test_wide_tables_sit_in_landscape_sections(body, caption):
    holders = [s for s in _sections(body) if caption in s[2]]
    assert holders, caption
    orient, wide, _ = holders[0]
    assert orient == "landscape" and wide


def test_a_table_whose_columns_fit_stays_portrait(body):
    """Tabel 2.1 is built for landscape, but its words fit the portrait width."""
    [holder] = [s for s in _sections(body) if "Tabel 2.1 " in s[2]]
    assert holder[0] == "portrait"


def test_the_rest_stays_portrait(body):
    sections = _sections(body)
    portrait = [s for s in sections if s[0] == "portrait"]
    assert len(portrait) >= len(sections) - 4
    assert all(not wide for orient, wide, _ in portrait)


def test_every_table_repeats_its_header_and_rows_do_not_split(body):
    tables = body.findall(".//w:tbl", NS)
    assert len(tables) >= 15
    for table in tables:
        rows = table.findall("w:tr", NS)
        top = table.find("w:tblPr/w:tblBorders/w:top", NS)
        if top is None or top.get(f"{{{W}}}val") in ("nil", "none"):
            continue  # borderless layout tables (signatures, PK parties) have no header
        assert rows[0].find("w:trPr/w:tblHeader", NS) is not None, _text(rows[0])[:60]
        assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)


def test_widths_are_set_on_the_grid_and_on_every_cell(body):
    for table in body.findall(".//w:tbl", NS):
        assert table.findall("w:tblGrid/w:gridCol", NS)
        for cell in table.findall(".//w:tc", NS):
            assert cell.find("w:tcPr/w:tcW", NS) is not None


def test_money_is_right_aligned_in_the_budget_table(body):
    for paragraph in body.iter(f"{{{W}}}p"):
        if _text(paragraph) == "11.281.034.946":
            assert paragraph.find("w:pPr/w:jc", NS).get(f"{{{W}}}val") in ("right", "end")
            return
    pytest.fail("total pagu 11.281.034.946 not found in any table cell")


@pytest.mark.parametrize(
    "expected",
    [
        "19820211 200312 1 004",  # NIP in 8 6 1 3 groups
        "Pembina (IV/a)",  # pangkat with golongan
        "7 Oktober 2022",  # the PK Perubahan date
        "31 Januari 2023",  # signing date
        "Rp11.281.034.946",  # PUEBI Rupiah
        "103,30",
        "14 (empat belas)",  # counts with terbilang in lower case
        "5 (lima)",
    ],
)
def test_indonesian_formatting(body, expected):
    assert expected in _text(body)


def test_no_seed_error_survives(body):
    text = _text(body)
    for wrong in ("103,2 ", "96,98", "Medang Kampai", "19820211-2003121-004", "Januari 2022"):
        assert wrong not in text, wrong


def test_update_fields_on_open(built):
    settings = zipfile.ZipFile(built).read("word/settings.xml").decode()
    assert re.search(r'<w:updateFields w:val="(true|1)"', settings)


def test_user_templates_replace_reference_and_narrative(tmp_path):
    templates = tmp_path / "templat"
    (templates / "narasi").mkdir(parents=True)
    (templates / "reference.docx").write_bytes(REFERENCE.read_bytes())
    # A section the example does not write itself, so the user's template text is used.
    (templates / "narasi" / "program_pendukung.md").write_text(
        "Teks pengganti dari templat sendiri: {{ jumlah.program | bilangan }} program.\n",
        encoding="utf-8",
    )
    dataset = tmp_path / "data"
    import shutil

    shutil.copytree(EXAMPLE, dataset)
    (dataset / "narasi" / "program_pendukung.md").unlink(missing_ok=True)
    out = tmp_path / "laporan.docx"
    result = runner.invoke(
        app, ["build", str(dataset), "--out", str(out), "--templates", str(templates)]
    )
    assert result.exit_code == 0, result.output
    text = _text(etree.fromstring(zipfile.ZipFile(out).read("word/document.xml")))
    assert "Teks pengganti dari templat sendiri: 5 (lima) program." in text


def test_failed_build_keeps_the_previous_report(tmp_path):
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"laporan lama")
    dataset = tmp_path / "data"
    import shutil

    shutil.copytree(EXAMPLE, dataset)
    anggaran = dataset / "anggaran.yaml"
    anggaran.write_text(anggaran.read_text(encoding="utf-8").replace("pagu:", "pagu: 1\n  x:", 1))
    result = runner.invoke(app, ["build", str(dataset), "--out", str(out)])
    assert result.exit_code == 1
    assert out.read_bytes() == b"laporan lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "laporan.docx"]


def test_extended_properties_name_lkjip_not_the_template(built):
    app_xml = zipfile.ZipFile(built).read("docProps/app.xml").decode()
    assert "<Application>lkjip</Application>" in app_xml
    assert "Macintosh" not in app_xml


def test_no_stale_styles_with_effects_part(built):
    names = zipfile.ZipFile(built).namelist()
    assert "word/stylesWithEffects.xml" not in names


def test_signatures_print_a_typed_nip_as_idfmt_does(tmp_path):
    """A NIP typed with other separators (LK342 warns, the build goes on) is printed in every
    signature block exactly as `idfmt.nip` spaces it."""
    dataset = tmp_path / "data"
    shutil.copytree(EXAMPLE, dataset, ignore=shutil.ignore_patterns("expected"))
    config = dataset / "lkjip.yaml"
    typed = "19820211-2003121-004"
    config.write_text(
        config.read_text(encoding="utf-8").replace('nip: "19820211 200312 1 004"', f"nip: {typed}"),
        encoding="utf-8",
    )
    out = tmp_path / "laporan.docx"
    result = runner.invoke(app, ["build", str(dataset), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "LK342" in result.output
    body = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    printed = {_text(p) for p in body.iter(f"{{{W}}}p") if _text(p).startswith("NIP")}
    assert printed == {f"NIP. {idfmt.nip(typed)}"}
