"""`lkjip calc` always prints its numbers when the data can be computed, with the findings
beside them on stderr (issue 14: a wrong typed number in the narrative hid every figure)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lkjip.cli import EXIT_FINDINGS, EXIT_OK, app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_calc_prints_numbers_despite_narrative_errors() -> None:
    result = runner.invoke(app, ["calc", str(ROOT / "tests" / "seed_as_printed"), "--format",
                                 "json"])  # fmt: skip
    assert result.exit_code == EXIT_FINDINGS
    figures = json.loads(result.stdout)  # stdout holds only the figures
    assert figures["indikator"]["IKM"]["capaian"] == "103.30"
    assert "LK361" in result.stderr and "galat" in result.stderr


def test_calc_text_prints_numbers_and_findings() -> None:
    result = runner.invoke(app, ["calc", str(ROOT / "tests" / "seed_as_printed")])
    assert result.exit_code == EXIT_FINDINGS
    assert "IKM" in result.stdout and "103,30" in result.stdout
    assert "LK361" in result.stderr


def test_calc_clean_data_exits_0() -> None:
    result = runner.invoke(app, ["calc", str(ROOT / "examples" / "dumai_kota_2022")])
    assert result.exit_code == EXIT_OK
    assert "103,30" in result.stdout


def test_calc_text_counts_a_cascade_truthfully() -> None:
    """The indicators of every level stand beside the sasaran of every level, not beside the
    first level's only (issue 13); a flat report keeps its short line."""
    result = runner.invoke(app, ["calc", str(ROOT / "examples" / "pemkab_sukamaju_2023")])
    assert result.exit_code == EXIT_OK
    assert (
        "Jumlah: 6 sasaran di 3 tingkat (3 di tingkat pertama), 8 indikator semua tingkat "
        "(5 IKU), 6 program" in result.stdout
    )
    flat = runner.invoke(app, ["calc", str(ROOT / "examples" / "dumai_kota_2022")])
    assert "Jumlah: 1 sasaran, 3 indikator (3 IKU), 5 program" in flat.stdout
