"""The benchmark's synthetic datasets (bench/generate.py) must be data a user could have
written: clean under `lkjip validate --strict`, buildable, and the same for the same seed."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from bench.generate import generate, pilih_instansi
from lkjip.cli import EXIT_OK, app

runner = CliRunner()


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_scale_1_validates_strictly_and_builds(tmp_path: Path) -> None:
    data = generate(1, tmp_path / "data")
    assert len(list((data / "narasi" / "indikator").glob("*.md"))) == 40

    result = runner.invoke(app, ["validate", str(data), "--strict"])
    assert result.exit_code == EXIT_OK, result.output

    out = tmp_path / "laporan.docx"
    result = runner.invoke(app, ["build", str(data), "--out", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert out.stat().st_size > 100_000


def test_same_seed_gives_the_same_files(tmp_path: Path) -> None:
    first = _files(generate(1, tmp_path / "a", seed=7))
    second = _files(generate(1, tmp_path / "b", seed=7))
    assert first == second
    assert first != _files(generate(1, tmp_path / "c", seed=8))


def test_forty_seeds_give_forty_agencies() -> None:
    names = {pilih_instansi(seed).nama for seed in range(40)}
    assert len(names) == 40
