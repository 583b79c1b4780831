"""The example is a test: it validates clean (strict), its figures are pinned, it builds
deterministically, and its text projection equals the committed golden file."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from tests.helpers import EXAMPLE, GOLDEN, build_example

runner = CliRunner()


def _run(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in (result.output or ""), result.output
    return result


def test_example_validates_clean_in_strict_mode():
    result = _run("validate", str(EXAMPLE), "--strict")
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def figures():
    result = runner.invoke(app, ["calc", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("indikator.IKM.capaian", "103.30"),  # the seed prints 103,2
        ("indikator.IKM.capaian_renstra", "102.13"),  # against the Renstra end target 88
        ("indikator.TRANTIBUM.capaian", "100.00"),
        ("indikator.PELIMPAHAN.capaian", "100.00"),
        ("sasaran.S1.capaian", "101.10"),  # the seed prints 100
        ("total.pagu", "11281034946"),
        ("total.realisasi", "10944772000"),
        ("total.serapan", "97.02"),
        ("pendukung.pagu", "1103321776"),
        ("pendukung.realisasi", "1070096194"),
        ("pendukung.serapan", "96.99"),  # the seed truncates to 96,98
        ("jumlah.program", 5),
        ("jumlah.kegiatan", 14),
        ("jumlah.sasaran", 1),
        ("jumlah.indikator", 3),
    ],
)
def test_example_figures(figures, path, expected):
    value = figures
    for part in path.split("."):
        value = value[part]
    assert value == expected


def test_example_pk_difference_is_fifteen_thousand(figures):
    differences = {row["kode"]: row["selisih"] for row in figures["selisih_pk"]}
    assert differences.get("7.01.02") == "15000"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_example(tmp_path_factory.mktemp("build") / "laporan.docx")


def test_build_is_byte_identical_twice(built, tmp_path):
    again = build_example(tmp_path / "laporan.docx")
    assert again.read_bytes() == built.read_bytes()


def test_source_date_epoch_sets_core_properties(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1675123200")  # 2023-01-31
    out = build_example(tmp_path / "laporan.docx")
    import zipfile

    core = zipfile.ZipFile(out).read("docProps/core.xml").decode()
    assert "2023-01-31T00:00:00Z" in core


def test_golden_projection(built):
    from lkjip.render.projection import project_docx

    actual = project_docx(built)
    if os.environ.get("LKJIP_UPDATE_GOLDEN"):
        GOLDEN.write_text(actual, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    assert actual == expected, "proyeksi beda dari golden: jalankan `make golden`, tinjau diff"
