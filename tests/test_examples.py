"""Every dataset under `examples/` is a test: it validates clean with --strict, its text
projection equals its committed golden file, its document holds no wording of another kind
of agency, and LibreOffice renders it. The Dumai Kota example has more tests of its own
(`test_example.py`); a new example needs nothing but its folder and `make golden`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.checks.teks import kata_jenis_lain
from lkjip.cli import app
from lkjip.render.projection import project_docx
from lkjip.source.loader import load_dataset
from tests.helpers import ROOT, docx_to_pdf, pdf_text

EXAMPLES = sorted(p.parent for p in (ROOT / "examples").glob("*/lkjip.yaml"))
runner = CliRunner()


def _jenis(example: Path) -> str:
    loaded, _ = load_dataset(example)
    instansi = loaded.documents["lkjip.yaml"]["instansi"]
    assert isinstance(instansi, dict) and instansi.get("jenis"), "contoh harus menulis jenis"
    return str(instansi["jenis"])


@pytest.fixture(scope="module", params=EXAMPLES, ids=[p.name for p in EXAMPLES])
def built(request, tmp_path_factory) -> tuple[Path, Path]:
    example: Path = request.param
    out = tmp_path_factory.mktemp(example.name) / "laporan.docx"
    result = runner.invoke(app, ["build", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return example, out


def test_there_are_examples_of_several_jenis() -> None:
    assert EXAMPLES, "tidak ada contoh"
    assert len({_jenis(e) for e in EXAMPLES}) == len(EXAMPLES), "dua contoh berjenis sama"


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_validates_clean_with_strict(example: Path) -> None:
    result = runner.invoke(app, ["validate", str(example), "--strict", "--format", "json"])
    assert result.exit_code == 0, result.output
    open_findings = [
        f"{d['code']} {d['message']}"
        for d in json.loads(result.stdout)["diagnostics"]
        if d["severity"] != "info" and not d["acknowledged"]
    ]
    assert not open_findings, "temuan yang tidak diakui"


def test_golden_projection(built: tuple[Path, Path]) -> None:
    example, out = built
    golden = example / "expected" / "laporan.txt"
    assert golden.is_file(), f"jalankan `make golden` untuk {example.name}"
    actual = project_docx(out)
    assert actual == golden.read_text(encoding="utf-8"), (
        f"proyeksi {example.name} beda dari golden: jalankan `make golden`, tinjau diff"
    )


def test_no_wording_of_another_jenis(built: tuple[Path, Path]) -> None:
    example, out = built
    text = project_docx(out)
    leaks = [
        f"{frasa}: …{text[max(0, m.start() - 60) : m.end() + 20]}…"
        for frasa, m in kata_jenis_lain(text, _jenis(example))
    ]
    assert not leaks, "\n".join(leaks)


@pytest.mark.libreoffice
def test_libreoffice_renders_it(built: tuple[Path, Path], tmp_path: Path) -> None:
    example, out = built
    text = re.sub(r"\s+", " ", pdf_text(docx_to_pdf(out, tmp_path)))
    for heading in ("KATA PENGANTAR", "DAFTAR ISI", "BAB I", "BAB II", "BAB III", "BAB IV"):
        assert heading in text, f"{example.name}: {heading}"
    loaded, _ = load_dataset(example)
    nama = str(loaded.documents["lkjip.yaml"]["instansi"]["nama"])  # type: ignore[index]
    assert nama.upper() in text.upper()
