"""Export → import gives the same anggaran back; the workbook is deterministic and readable."""

from __future__ import annotations

import shutil
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from lkjip.excel import EXPORT_SHEET, data_from_model, dump_anggaran_yaml, run_import
from lkjip.excel.exporter import export_tables
from lkjip.excel.importer import import_anggaran
from lkjip.model.anggaran import Anggaran
from tests.excel.conftest import FIXTURES, small_hasil, small_project
from tests.helpers import EXAMPLE


def _export(anggaran: Anggaran, out: Path) -> Path:
    export_tables(small_project(anggaran), small_hasil(anggaran), out)
    return out


def test_fixture_round_trip_with_existing(tmp_path, anggaran):
    xlsx = _export(anggaran, tmp_path / "tabel.xlsx")
    data, diagnostics = import_anggaran(xlsx, existing=FIXTURES / "anggaran.yaml")
    assert diagnostics == []
    assert data == data_from_model(anggaran)
    assert Anggaran.model_validate(data) == anggaran
    assert dump_anggaran_yaml(data, sumber="x.xlsx") == dump_anggaran_yaml(
        data_from_model(anggaran), sumber="x.xlsx"
    )


def test_fixture_round_trip_without_existing_keeps_every_excel_fact(tmp_path, anggaran):
    data, diagnostics = import_anggaran(_export(anggaran, tmp_path / "tabel.xlsx"))
    assert diagnostics == []
    expected = data_from_model(anggaran)
    for program in expected["program"]:  # not in Excel: from the code, and empty
        program["penunjang"], program["indikator"] = program["kode"].endswith(".01"), []
    assert data == expected  # tahun, dokumen, sumber_realisasi come from the title rows


def test_dumped_yaml_reads_back_as_the_same_data(anggaran):
    text = dump_anggaran_yaml(data_from_model(anggaran), sumber="dpa.xlsx")
    lines = text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=schema/anggaran.schema.json"
    assert "dpa.xlsx" in lines[1]
    assert '  - kode: "7.01.01"' in lines
    assert "    pagu: 300500" in lines  # no thousands separators
    assert '            nama: "yes"' in lines  # YAML 1.1 would read yes as true
    assert Anggaran.model_validate(yaml.safe_load(text)) == anggaran
    top = [line.split(":")[0] for line in lines if line and line[0].isalpha()]
    assert top == ["tahun", "dokumen", "sumber_realisasi", "program"]
    start = lines.index('  - kode: "7.01.01"')
    program = [ln.strip().split(":")[0].lstrip("- ") for ln in lines[start : start + 7]]
    assert program == ["kode", "nama", "penunjang", "indikator", "pagu", "realisasi", "kegiatan"]


def test_export_is_byte_stable(tmp_path, anggaran):
    first = _export(anggaran, tmp_path / "a.xlsx").read_bytes()
    time.sleep(1.1)  # openpyxl would stamp "now" (to the second) into docProps/core.xml
    second = _export(anggaran, tmp_path / "b.xlsx").read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(2023, 1, 31, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2023-01-31T00:00:00Z" in core
    assert not list(tmp_path.glob(".*.tmp"))


def test_workbook_layout(tmp_path, anggaran):
    from openpyxl import load_workbook

    hasil = small_hasil(anggaran)
    workbook = load_workbook(_export(anggaran, tmp_path / "tabel.xlsx"))
    assert workbook.sheetnames == ["Capaian", "Realisasi Anggaran", "Efisiensi", EXPORT_SHEET]
    for ws in workbook.worksheets:
        header_row = int(ws.freeze_panes[1:]) - 1
        assert all(c.font.b for c in ws[header_row] if c.value is not None)
    ws = workbook["Realisasi Anggaran"]
    assert [c.value for c in ws[1]] == [
        "Kode", "Program/Kegiatan/Sub Kegiatan", "Tingkat", "Pagu (Rp)", "Realisasi (Rp)",
        "Serapan (%)", "Sisa (Rp)",
    ]  # fmt: skip
    rows = {r[0].value or r[1].value: r for r in ws.iter_rows(min_row=2)}
    total = rows["TOTAL"]
    assert total[3].value == int(hasil.total.pagu) == 1103697276
    assert total[3].number_format == "#,##0"
    program = rows["7.01.01"]
    assert program[4].value == 290000.5 and program[4].number_format == "#,##0.00"
    assert program[5].value == 96.51 and program[5].number_format == "#,##0.00"
    assert rows["7.01.04.2.01.0001"][2].value == "Sub Kegiatan"
    assert rows["7.01.02.2.01"][4].value == "–"  # a realisasi not reported is never 0
    assert ws.column_dimensions["B"].width == 60


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """The example dataset's project and figures, when the pipeline can compute them."""
    if not (EXAMPLE / "anggaran.yaml").is_file():
        pytest.skip("contoh belum memiliki anggaran.yaml")
    from lkjip import pipeline

    project, diagnostics = pipeline.validate(EXAMPLE)
    if project is None or diagnostics.has_errors():
        pytest.skip("contoh belum lolos validasi")
    from lkjip.calc import compute

    return project, compute(project)


def test_example_round_trip(tmp_path, example):
    """Export the example, import the sheet back into a copy of the dataset, rebuild the
    project from it: the same anggaran, and the same YAML text."""
    from lkjip import pipeline

    project, hasil = example
    xlsx = tmp_path / "tabel.xlsx"
    export_tables(project, hasil, xlsx)
    copy = tmp_path / "data"
    shutil.copytree(EXAMPLE, copy)
    text, diagnostics = run_import(xlsx, dataset=copy)
    assert diagnostics == []
    assert text.startswith("# yaml-language-server: $schema=../../schema/anggaran.schema.json")
    (copy / "anggaran.yaml").write_text(text, encoding="utf-8")
    again, found = pipeline.load_project(copy)
    assert again is not None and not found.has_errors(), [str(d) for d in found]
    assert again.anggaran == project.anggaran
    assert text == dump_anggaran_yaml(
        data_from_model(project.anggaran),
        sumber="tabel.xlsx",
        schema="../../schema/anggaran.schema.json",
    )


def test_example_capaian_and_efisiensi_sheets(tmp_path, example):
    from openpyxl import load_workbook

    project, hasil = example
    export_tables(project, hasil, tmp_path / "tabel.xlsx")
    workbook = load_workbook(tmp_path / "tabel.xlsx")
    capaian = workbook["Capaian"]
    ids = [row[1].value for row in capaian.iter_rows(min_row=2) if row[0].value]
    assert ids == list(hasil.indikator)
    first = next(iter(hasil.indikator.values()))
    row = next(r for r in capaian.iter_rows(min_row=2) if r[1].value == first.id)
    if first.capaian.nilai is not None:
        assert row[6].value == pytest.approx(float(first.capaian.nilai), abs=0.005)
    efisiensi = workbook["Efisiensi"]
    names = [r[0].value for r in efisiensi.iter_rows(min_row=2)]
    assert names == [s.teks for s in hasil.sasaran.values()] + ["Instansi (seluruh sasaran)"]
