"""Generated text takes its words from the jenis: no pemda wording in a K/L unit's report, no
"0 kegiatan" when the budget stops at the program, and a unit without a budget says so
(examples pemkab_sukamaju_2023, bbpjn_nusa_harapan_2022, unit_tanpa_dipa_2022)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from lkjip.render.projection import project_docx

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _text(name: str, tmp_path: Path) -> str:
    out = tmp_path / f"{name}.docx"
    result = CliRunner().invoke(app, ["build", str(EXAMPLES / name), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return project_docx(out)


@pytest.fixture(scope="module")
def pemkab(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _text("pemkab_sukamaju_2023", tmp_path_factory.mktemp("pemkab"))


@pytest.fixture(scope="module")
def balai(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _text("bbpjn_nusa_harapan_2022", tmp_path_factory.mktemp("balai"))


def test_pemda_rollup_names_the_pemda_not_a_perangkat_daerah(pemkab: str) -> None:
    # the example has a sasaran cascade: the pemda's capaian is the mean of its first level
    assert "capaian pemerintah daerah adalah rata-rata sasaran tingkat pertama" in pemkab
    assert "capaian perangkat daerah" not in pemkab
    assert "pada tingkat pemerintah daerah diuraikan" in pemkab


def test_budget_by_program_only_counts_no_kegiatan(pemkab: str) -> None:
    assert "0 (nol) kegiatan" not in pemkab
    assert "melaksanakan 6 (enam) program." in pemkab


def test_unit_report_has_no_pemda_budget_words(balai: str) -> None:
    assert "capaian satuan kerja adalah rata-rata capaian sasaran" in balai
    assert "Pagu program (program dukungan manajemen)" in balai
    for word in ("penunjang urusan", "perangkat daerah", "APBD", "DPA", "RPJMD", "Permendagri"):
        assert word not in balai, word


def test_unit_without_budget_says_so_in_words(tmp_path: Path) -> None:
    text = _text("unit_tanpa_dipa_2022", tmp_path)
    assert "tidak mengelola DPA sendiri" in text
    assert "merupakan unit pelaksana teknis di lingkungan Badan Pendapatan Daerah" in text
    # LK134 is acknowledged in lkjip.yaml, but a note is no discrepancy for the lampiran.
    assert "SELISIH DATA YANG DIAKUI" not in text
    assert "Sasaran, indikator dan target dalam Perjanjian Kinerja" in text
    assert "program dan anggaran dalam Perjanjian Kinerja" not in text
    assert "Pagu (Rp)" not in text


def test_pemda_plan_is_the_rpjmd_and_a_predicate_has_no_unit(pemkab: str, balai: str) -> None:
    assert "Sasaran dan Target Kinerja RPJMD Pemerintah Kabupaten Sukamaju" in pemkab
    assert "Target akhir RPJMD (tahun 2026) adalah opini WTP." in pemkab
    assert "sebesar WTP" not in pemkab  # a predicate is no size
    assert "Target akhir Rencana Strategis" not in pemkab
    assert "WTP opini" not in pemkab
    assert "Target akhir Rencana Strategis (tahun 2024)" in balai
