"""`lkjip validate`: codes and positions of load/schema problems in every format, exit codes,
--strict, acknowledgements, and no traceback for user errors.

The location cases are data: `tests/cases/load/*.yaml` (see the README there).
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner, Result

from lkjip.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, app
from lkjip.diagnostics import CATALOGUE
from tests.conftest import MINIMAL_FILES, write_dataset
from tests.helpers import put_files, replace_first

CASES = Path(__file__).resolve().parents[1] / "cases" / "load"
runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def explain(result: Result) -> str:
    """Shown when an assertion fails: everything the command said."""
    return f"exit {result.exit_code}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


# --- the case corpus ------------------------------------------------------------------------------


def case_files(case: dict[str, Any]) -> dict[str, str | bytes]:
    """The minimal dataset with a case's replacements and files applied."""
    files: dict[str, str | bytes] = {k: textwrap.dedent(v) for k, v in MINIMAL_FILES.items()}
    replace_first(files, case.get("replace"))
    put_files(files, case.get("files"))
    return files


def load_cases() -> list[Any]:
    return [
        pytest.param(yaml.safe_load(path.read_text(encoding="utf-8")), id=path.stem)
        for path in sorted(CASES.glob("*.yaml"))
    ]


def expected(case: dict[str, Any]) -> list[tuple[str, str, int | None, int | None]]:
    return sorted((c, f, line, col) for c, f, line, col in case["expect"])


@pytest.mark.parametrize("case", load_cases())
def test_case_json(tmp_path: Path, case: dict[str, Any]) -> None:
    root = write_dataset(tmp_path / "data", case_files(case))
    result = run("validate", str(root), "--format", "json")
    report = json.loads(result.stdout)
    found = sorted((d["code"], d["file"], d["line"], d["col"]) for d in report["diagnostics"])
    assert found == expected(case), explain(result)
    errors = any(CATALOGUE[c].severity.value == "error" for c, *_ in case["expect"])
    assert result.exit_code == (EXIT_FINDINGS if errors else EXIT_OK), explain(result)


@pytest.mark.parametrize("case", load_cases())
def test_case_text(tmp_path: Path, case: dict[str, Any]) -> None:
    root = write_dataset(tmp_path / "data", case_files(case))
    result = run("validate", str(root))
    for code, file, line, col in expected(case):
        where = ":".join(str(p) for p in (file, line, col) if p is not None)
        label = CATALOGUE[code].severity.label
        assert f"{where}: {label} {code} [{CATALOGUE[code].name}]" in result.stdout, explain(result)


@pytest.mark.parametrize("case", load_cases())
def test_case_github(tmp_path: Path, case: dict[str, Any]) -> None:
    root = write_dataset(tmp_path / "data", case_files(case))
    result = run("validate", str(root), "--format", "github")
    lines = result.stdout.splitlines()
    assert len(lines) == len(case["expect"]), explain(result)
    for code, file, line, col in expected(case):
        level = {"error": "error", "warning": "warning"}[CATALOGUE[code].severity.value]
        props = f"file={root.as_posix().replace(':', '%3A')}/{file}"
        if line is not None:
            props += f",line={line},col={col}"
        props += f",title={code} {CATALOGUE[code].name}::"
        assert any(row.startswith(f"::{level} {props}") for row in lines), explain(result)


# --- messages worth pinning -----------------------------------------------------------------------


def test_unknown_key_suggests_nearest_field(project_dir, minimal_files) -> None:
    kinerja = textwrap.dedent(minimal_files["kinerja.yaml"]).replace("realisasi:\n", "realisai:\n")
    root = project_dir({**minimal_files, "kinerja.yaml": kinerja})
    result = run("validate", str(root))
    assert "saran: maksud Anda 'realisasi'?" in result.stdout, explain(result)


def test_yaml11_boolean_message(project_dir, minimal_files) -> None:
    laporan = textwrap.dedent(minimal_files["lkjip.yaml"]).replace("IV/a", "no")
    root = project_dir({**minimal_files, "lkjip.yaml": laporan})
    result = run("validate", str(root))
    assert 'YAML membaca no sebagai boolean false; tulis "no" dengan tanda kutip' in result.stdout


def test_enum_lists_allowed_values(project_dir, minimal_files) -> None:
    renstra = textwrap.dedent(minimal_files["renstra.yaml"]).replace("positif", "naik", 1)
    root = project_dir({**minimal_files, "renstra.yaml": renstra})
    result = run("validate", str(root))
    assert "pilihan: positif, negatif, rentang, stabil, kualitatif" in result.stdout


def test_duplicate_key_names_the_first_line(project_dir, minimal_files) -> None:
    renstra = textwrap.dedent(minimal_files["renstra.yaml"]).replace(
        "visi:", "visi: Satu\nvisi:", 1
    )
    root = project_dir({**minimal_files, "renstra.yaml": renstra})
    result = run("validate", str(root))
    assert "renstra.yaml:5:1: galat LK004" in result.stdout, explain(result)
    assert "yang pertama di baris 4" in result.stdout


# --- exit codes, --strict, acknowledgements ------------------------------------------------


def test_clean_dataset_exits_0(project_dir, minimal_files) -> None:
    result = run("validate", str(project_dir(minimal_files)))
    assert result.exit_code == EXIT_OK, explain(result)
    assert result.stdout == "Tidak ada masalah.\n"


def test_warning_passes_but_fails_strict(project_dir, minimal_files) -> None:
    root = project_dir({**minimal_files, "catatan.yaml": "x: 1\n"})
    lenient = run("validate", str(root))
    strict = run("validate", str(root), "--strict")
    assert lenient.exit_code == EXIT_OK, explain(lenient)
    assert strict.exit_code == EXIT_FINDINGS, explain(strict)
    assert "0 galat, 1 peringatan." in strict.stdout


def with_pengakuan(minimal_files: dict[str, Any], kode: str, butir: str) -> dict[str, Any]:
    laporan = textwrap.dedent(minimal_files["lkjip.yaml"]) + textwrap.dedent(
        f"""\
        pengakuan:
          - kode: {kode}
            butir: {butir}
            alasan: Berkas catatan pribadi penyusun.
        """
    )
    return {**minimal_files, "lkjip.yaml": laporan}


def test_acknowledged_warning_passes_strict(project_dir, minimal_files) -> None:
    files = with_pengakuan(minimal_files, "LK006", "catatan.yaml")
    root = project_dir({**files, "catatan.yaml": "x: 1\n"})
    result = run("validate", str(root), "--strict", "--format", "json")
    assert result.exit_code == EXIT_OK, explain(result)
    (found,) = json.loads(result.stdout)["diagnostics"]
    assert found["acknowledged"] == "Berkas catatan pribadi penyusun."
    assert json.loads(result.stdout)["summary"]["acknowledged"] == 1


def test_stale_acknowledgement_warns(project_dir, minimal_files) -> None:
    root = project_dir(with_pengakuan(minimal_files, "LK006", "catatan.yaml"))
    result = run("validate", str(root), "--format", "json")
    codes = [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    assert codes == ["LK120"], explain(result)
    assert result.exit_code == EXIT_OK


def test_acknowledging_an_error_is_refused(project_dir, minimal_files) -> None:
    # profil.yaml is optional: its schema error leaves a project, so acknowledgements apply.
    files = with_pengakuan(minimal_files, "LK110", "dasar_hukum")
    root = project_dir({**files, "profil.yaml": "dasar_hukum: []\n"})
    result = run("validate", str(root), "--format", "json")
    assert result.exit_code == EXIT_FINDINGS
    found = json.loads(result.stdout)["diagnostics"]
    assert sorted(d["code"] for d in found) == ["LK110", "LK121"], explain(result)
    assert all(d["acknowledged"] is None for d in found)


# --- could not run: exit 2, never a traceback ---------------------------------------------


def test_missing_folder_exits_2(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "tidak-ada"))
    assert result.exit_code == EXIT_ERROR, explain(result)
    assert "folder data tidak ditemukan" in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_file_instead_of_folder_exits_2(tmp_path: Path) -> None:
    (tmp_path / "berkas.yaml").write_text("a: 1\n", encoding="utf-8")
    result = run("validate", str(tmp_path / "berkas.yaml"))
    assert result.exit_code == EXIT_ERROR, explain(result)
    assert "Traceback" not in result.output


def test_unreadable_file_is_reported_and_exits_2(project_dir, minimal_files) -> None:
    root = project_dir({k: v for k, v in minimal_files.items() if k != "kinerja.yaml"})
    (root / "kinerja.yaml").mkdir()  # cannot be read as a file, even by root
    result = run("validate", str(root))
    assert result.exit_code == EXIT_ERROR, explain(result)
    assert "kinerja.yaml: galat LK001" in result.stdout
    assert "Traceback" not in result.output


def test_binary_file_is_a_finding(project_dir, minimal_files) -> None:
    root = project_dir({**minimal_files, "anggaran.yaml": b"PK\x03\x04\x00\xff\xfe binary"})
    result = run("validate", str(root))
    assert result.exit_code == EXIT_FINDINGS, explain(result)
    assert "anggaran.yaml:1:" in result.stdout and "LK002" in result.stdout
    assert "Traceback" not in result.output


def test_nul_bytes_in_utf8_file(project_dir, minimal_files) -> None:
    root = project_dir({**minimal_files, "profil.yaml": b"dasar_hukum:\n  - a\x00b\n"})
    result = run("validate", str(root))
    assert "profil.yaml:2:6: galat LK002" in result.stdout, explain(result)
    assert "Traceback" not in result.output


def test_bad_format_is_a_usage_error(project_dir, minimal_files) -> None:
    result = run("validate", str(project_dir(minimal_files)), "--format", "xml")
    assert result.exit_code == EXIT_ERROR


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("lkjip ")
