"""Bab III prints a capaian formula by the identifier calc gives it, never by its text."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from lkjip.calc import Rumus, compute
from lkjip.calc.results import Capaian
from lkjip.pipeline import load_project
from lkjip.render import build_document
from lkjip.render.narrative import Narrator
from lkjip.render.sections.bab3 import rumus_baris
from tests.render.conftest import make_project

NEGATIF = "polaritas: negatif\n        agregasi: kumulatif"
POSITIF = "polaritas: positif\n        agregasi: kumulatif"
REALISASI = "- indikator: ADUAN\n        nilai:\n          2022: {}"
PENGATURAN = "    pengaturan:\n      rumus_negatif: {}\n"


def _aduan_negatif(files: dict, rumus_negatif: str) -> dict:
    """ADUAN of the minimal dataset as a negative indicator: target 100, realisasi 80."""
    renstra = str(files["renstra.yaml"])
    kinerja = str(files["kinerja.yaml"])
    assert POSITIF in renstra and REALISASI.format(100) in kinerja
    return {
        **files,
        "renstra.yaml": renstra.replace(POSITIF, NEGATIF).replace(
            "yang ditindaklanjuti", "yang belum ditindaklanjuti"
        ),
        "kinerja.yaml": kinerja.replace(REALISASI.format(100), REALISASI.format(80)),
        "lkjip.yaml": f"{files['lkjip.yaml']}{PENGATURAN.format(rumus_negatif)}",
    }


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


@pytest.mark.parametrize(
    ("varian", "rumus", "teks", "baris"),
    [
        (
            "dua_kurang_rasio",
            Rumus.NEGATIF,
            "(2 − realisasi / target) × 100",
            "(2 − 80 / 100) × 100% = 120,00%",
        ),
        (
            "rasio_terbalik",
            Rumus.NEGATIF_RASIO,
            "target / realisasi × 100",
            "100 / 80 × 100% = 125,00%",
        ),
    ],
)
def test_negative_indicator_formula_in_bab3(
    project_dir, minimal_files, tmp_path, varian, rumus, teks, baris
):
    project, diagnostics = load_project(project_dir(_aduan_negatif(minimal_files, varian)))
    assert project is not None, [d.message for d in diagnostics]
    hasil = compute(project)
    assert hasil.indikator["ADUAN"].capaian.rumus is rumus
    assert hasil.rumus_capaian["negatif"] is rumus
    out = tmp_path / "laporan.docx"
    assert build_document(project, hasil, out) == []
    paragraphs = _paragraphs(out)
    assert f"Capaian = {teks}%" in paragraphs
    assert baris in paragraphs
    assert f"indikator negatif (semakin rendah semakin baik): capaian = {teks}%" in paragraphs


def test_formula_line_follows_the_identifier(project_dir, minimal_files):
    project, _ = load_project(project_dir(_aduan_negatif(minimal_files, "dua_kurang_rasio")))
    assert project is not None
    hi = compute(project).indikator["ADUAN"]
    nilai = hi.capaian.nilai
    assert rumus_baris(hi) == "(2 − 80 / 100) × 100% = 120,00%"
    # The same figures under another identifier: the line follows the identifier alone.
    lain = dataclasses.replace(hi, capaian=Capaian(nilai, Rumus.NEGATIF_RASIO))
    assert rumus_baris(lain) == "100 / 80 × 100% = 120,00%"
    tanpa_baris = dataclasses.replace(hi, capaian=Capaian(Decimal(100), Rumus.RENTANG))
    assert rumus_baris(tanpa_baris) is None


def test_narrative_prints_the_identifier_and_the_text():
    text = "{{ ind.IKM.capaian.rumus }}: {{ ind.IKM.capaian.rumus_teks }}"
    project = make_project(narasi={"penutup": text})
    blocks, diagnostics = Narrator(project, compute(project), None).render_narasi("penutup")
    assert diagnostics == []
    assert blocks[0].runs[0].text == "positif: realisasi / target × 100"
