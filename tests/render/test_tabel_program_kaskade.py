"""Tabel 2.3 of a cascade report (issue 13): grouped by level and numbered as Tabel 2.1, every
sasaran listed, a program's pagu printed and counted once. Read from the three-level example,
whose health programme serves a sasaran of every level and whose inflation sasaran has none."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from lkjip.calc import compute
from lkjip.pipeline import load_project
from lkjip.render import tables as t
from tests.helpers import ROOT
from tests.render.test_tables import _check_spans

EXAMPLE = ROOT / "examples" / "pemkab_sukamaju_2023"


@pytest.fixture(scope="module")
def sukamaju():
    project, diagnostics = load_project(EXAMPLE)
    assert project is not None, diagnostics
    return project, compute(project)


def _texts(row) -> list[str]:
    return [c.text for c in row]


def _nomor_sasaran(spec) -> dict[str, str]:
    """Sasaran text → the No printed beside it."""
    return {row[1].text: row[0].text for row in spec.rows if row[0].text.isdigit()}


def test_levels_and_numbers_follow_tabel_2_1(sukamaju):
    project, hasil = sukamaju
    spec = t.tabel_program(project, hasil)
    _check_spans(spec)
    levels = [row[0].text for row in spec.rows if row[0].colspan == len(spec.widths_cm)]
    assert levels == ["Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan"]
    renstra = _nomor_sasaran(t.tabel_renstra(project, hasil))
    assert _nomor_sasaran(spec) == renstra
    assert len(renstra) == len(project.renstra.sasaran)  # none left out


def test_a_sasaran_without_a_program_shows_a_dash_and_says_why(sukamaju):
    project, hasil = sukamaju
    spec = t.tabel_program(project, hasil)
    row = next(r for r in spec.rows if len(r) > 1 and r[1].text == "Terkendalinya inflasi daerah")
    assert _texts(row)[2:] == ["–", "–", "–"]
    assert any(n.startswith("– = tidak ada program") and row[1].text in n for n in spec.notes)


def test_a_shared_program_is_counted_once(sukamaju):
    project, hasil = sukamaju
    spec = t.tabel_program(project, hasil)
    pagu = [r[-1].text for r in spec.rows if r[-1].text.replace(".", "").isdigit()]
    total = sum(Decimal(p.replace(".", "")) for p in pagu)
    assert total == hasil.total.pagu
    assert _texts(spec.footer[0]) == ["Jumlah", t.uang(hasil.total.pagu)]
    shared = [r for r in spec.rows if r[-1].text == "lihat No. 1"]
    assert len(shared) == 2 and {r[2].text for r in shared} == {"1.02.02"}
    assert any("1.02.02" in n and "(No. 1, 4 dan 6)" in n for n in spec.notes)


def test_a_program_of_no_sasaran_comes_last_under_its_own_row(sukamaju):
    project, _ = sukamaju
    program = [
        p.model_copy(update={"indikator": []}) if p.kode == "6.01.02" else p
        for p in project.anggaran.program
    ]
    anggaran = project.anggaran.model_copy(update={"program": program})
    project = replace(project, anggaran=anggaran)
    hasil = compute(project)
    spec = t.tabel_program(project, hasil)
    _check_spans(spec)
    lain = next(i for i, r in enumerate(spec.rows) if r[0].text == "Program Lain")
    assert _texts(spec.rows[lain + 1])[0] == "7"  # numbered on after the sixth sasaran
    assert _texts(spec.rows[lain + 1])[2:] == [
        "6.01.02",
        "Program Penyelenggaraan Pengawasan",
        "3.418.250.000",
    ]
    assert _texts(spec.footer[0])[-1] == t.uang(hasil.total.pagu)
