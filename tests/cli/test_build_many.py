"""`lkjip build DIR [DIR ...] --out-dir OUT`: many reports in parallel processes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from lkjip import batch
from lkjip.cli import app
from tests.helpers import EXAMPLE, soffice


def _copies(parent: Path, names: list[str]) -> Path:
    for name in names:
        shutil.copytree(EXAMPLE, parent / name, ignore=shutil.ignore_patterns("expected"))
    return parent


def _break(dataset: Path) -> None:
    """An error: a program's pagu no longer matches the sum of its kegiatan."""
    anggaran = dataset / "anggaran.yaml"
    text = anggaran.read_text(encoding="utf-8")
    anggaran.write_text(text.replace("pagu: 67485922", "pagu: 67485923", 1), encoding="utf-8")


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    # A real process: the worker pool must work outside pytest too.
    return subprocess.run(
        [sys.executable, "-m", "lkjip", "build", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_parent_folder_builds_every_dataset_in_parallel(tmp_path: Path) -> None:
    parent = _copies(tmp_path / "opd", ["camat_a", "camat_b", "camat_c"])
    out = tmp_path / "laporan"
    result = _run([str(parent), "--out-dir", str(out), "--jobs", "2"])
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["camat_a.docx", "camat_b.docx", "camat_c.docx"]
    for report in out.iterdir():
        assert docx.Document(str(report)).paragraphs  # opens as Word
    assert "3 dari 3 laporan ditulis" in result.stderr
    # Not a terminal: one progress line per report, so CI logs stay readable.
    assert sorted(line.split("] ")[1] for line in result.stderr.splitlines() if "/3]" in line) == [
        "ditulis: camat_a",
        "ditulis: camat_b",
        "ditulis: camat_c",
    ]


def test_reports_are_identical_to_single_builds(tmp_path: Path) -> None:
    parent = _copies(tmp_path / "opd", ["a", "b"])
    runner = CliRunner()
    many = runner.invoke(app, ["build", str(parent), "--out-dir", str(tmp_path / "many")])
    assert many.exit_code == 0, many.output
    one = runner.invoke(app, ["build", str(parent / "a"), "--out", str(tmp_path / "a.docx")])
    assert one.exit_code == 0, one.output
    assert (tmp_path / "many" / "a.docx").read_bytes() == (tmp_path / "a.docx").read_bytes()


def test_one_bad_dataset_does_not_stop_the_others(tmp_path: Path) -> None:
    parent = _copies(tmp_path / "opd", ["baik", "rusak"])
    _break(parent / "rusak")
    out = tmp_path / "laporan"
    (out).mkdir()
    (out / "rusak.docx").write_bytes(b"laporan lama")
    result = _run([str(parent / "baik"), str(parent / "rusak"), "--out-dir", str(out)])
    assert result.returncode == 1
    assert (out / "baik.docx").is_file()
    assert (out / "rusak.docx").read_bytes() == b"laporan lama"  # previous report kept
    # Findings name the file from the current folder, so two datasets never blur.
    assert f"{(parent / 'rusak').as_posix()}/anggaran.yaml:" in result.stdout
    assert "LK302" in result.stdout
    assert "gagal:" in result.stderr and "rusak" in result.stderr


def test_json_report_covers_all_datasets(tmp_path: Path) -> None:
    parent = _copies(tmp_path / "opd", ["x", "y"])
    _break(parent / "y")
    result = CliRunner().invoke(
        app,
        ["build", str(parent), "--out-dir", str(tmp_path / "o"), "-j", "1", "--format", "json"],
    )
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    files = {d["file"] for d in payload["diagnostics"] if d.get("file")}
    assert any(f.startswith(f"{(parent / 'y').as_posix()}/") for f in files)
    assert any(f.startswith(f"{(parent / 'x').as_posix()}/") for f in files)  # acknowledged


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "a.docx", "--out-dir", "o"], "salah satu"),
        ([], "salah satu"),
        (["--out", "a.docx", "SECOND"], "--out hanya untuk satu folder"),
        (["--out", "a.docx", "PARENT"], "berisi beberapa folder data"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    parent = _copies(tmp_path / "opd", ["p", "q"])
    first = str(parent / "p") if "PARENT" not in args else str(parent)
    args = [str(parent / "q") if a == "SECOND" else a for a in args if a != "PARENT"]
    result = CliRunner().invoke(app, ["build", first, *args])
    assert result.exit_code == 2
    assert message in result.output


def test_two_datasets_with_the_same_name_are_refused(tmp_path: Path) -> None:
    _copies(tmp_path / "satu", ["2022"])
    _copies(tmp_path / "dua", ["2022"])
    result = CliRunner().invoke(
        app,
        ["build", str(tmp_path / "satu/2022"), str(tmp_path / "dua/2022"), "--out-dir", "o"],
    )
    assert result.exit_code == 2
    assert "bernama sama" in result.output


def test_folder_without_datasets_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    with pytest.raises(batch.LkjipUsageError, match="bukan folder data"):
        batch.expand_datasets([tmp_path / "kosong"])


def test_the_same_dataset_named_twice_is_built_once(tmp_path: Path) -> None:
    parent = _copies(tmp_path / "opd", ["a"])
    found = batch.expand_datasets([parent / "a", parent, parent / "a" / ".." / "a"])
    assert found == [parent / "a"]


def test_default_workers_never_exceed_datasets() -> None:
    assert batch.default_workers(1) == 1
    assert 1 <= batch.default_workers(100) <= 100


@pytest.mark.libreoffice
def test_pdf_for_every_report(tmp_path: Path) -> None:
    # Each worker starts its own LibreOffice with a throwaway profile, so they run side by side.
    soffice()
    parent = _copies(tmp_path / "opd", ["a", "b"])
    out = tmp_path / "laporan"
    result = _run([str(parent), "--out-dir", str(out), "--pdf"])
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.docx", "a.pdf", "b.docx", "b.pdf"]
    for pdf in out.glob("*.pdf"):
        assert pdf.read_bytes().startswith(b"%PDF")
