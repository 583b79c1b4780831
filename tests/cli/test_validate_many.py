"""`lkjip validate DIR [DIR ...]`: many datasets (all OPD of a Pemda) in one command, found the
way `build --out-dir` finds them; a parent folder stands for its dataset subfolders."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from lkjip.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, app
from tests.conftest import MINIMAL_FILES, write_dataset

runner = CliRunner()


def run(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output, result.output
    return result


def _parent(tmp_path: Path, broken: tuple[str, ...] = ()) -> Path:
    """`opd/` with datasets a, b and c; the ones in `broken` miss a realisation (LK213)."""
    parent = tmp_path / "opd"
    for name in ("a", "b", "c"):
        files = dict(MINIMAL_FILES)
        if name in broken:
            files["kinerja.yaml"] = files["kinerja.yaml"].replace("2022: 100", "2021: 100")
        write_dataset(parent / name, files)
    return parent


def test_parent_folder_validates_every_dataset(tmp_path: Path) -> None:
    parent = _parent(tmp_path)
    result = run("validate", str(parent), "--strict")
    assert result.exit_code == EXIT_OK, result.output
    assert "3 dari 3 folder data lolos pemeriksaan" in result.output
    assert "LK005" not in result.output


def test_findings_name_their_dataset(tmp_path: Path) -> None:
    parent = _parent(tmp_path, broken=("b",))
    result = run("validate", str(parent), "--format", "json")
    assert result.exit_code == EXIT_FINDINGS, result.output
    files = {d["file"] for d in json.loads(result.stdout)["diagnostics"]}
    assert files == {f"{parent.as_posix()}/b/kinerja.yaml"}
    assert f"bermasalah: {parent / 'b'}" in result.stderr


def test_several_folders_and_a_repeat(tmp_path: Path) -> None:
    parent = _parent(tmp_path, broken=("c",))
    a, c = str(parent / "a"), str(parent / "c")
    result = run("validate", a, c, a, "--format", "github")
    assert result.exit_code == EXIT_FINDINGS
    assert f"1 dari 2 folder data lolos pemeriksaan; bermasalah: {c}" in result.stderr
    assert f"file={parent.as_posix()}/c/kinerja.yaml" in result.stdout
    assert f"file={parent.as_posix()}/a/" not in result.stdout


def test_one_dataset_reports_as_before(tmp_path: Path) -> None:
    dataset = write_dataset(tmp_path / "data", dict(MINIMAL_FILES))
    result = run("validate", str(dataset))
    assert result.exit_code == EXIT_OK
    assert "folder data lolos" not in result.output  # no summary line for a single dataset


def test_a_missing_folder_among_many_stops_before_any_work(tmp_path: Path) -> None:
    parent = _parent(tmp_path)
    result = run("validate", str(parent / "a"), str(tmp_path / "tidak-ada"))
    assert result.exit_code == EXIT_ERROR
    assert "folder data tidak ditemukan" in result.output


def test_missing_document_hint_names_the_dataset_subfolders(tmp_path: Path) -> None:
    """A folder that is half a dataset and also holds datasets: LK005 points at them."""
    parent = _parent(tmp_path)
    (parent / "renstra.yaml").write_text("periode: {}\n", encoding="utf-8")
    (parent / "lkjip.yaml").write_text(MINIMAL_FILES["lkjip.yaml"], encoding="utf-8")
    result = run("validate", str(parent), "--format", "json")
    found = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "LK005"]
    assert found, result.output
    assert all("folder ini berisi folder data (a, b, c)" in d["hint"] for d in found)
