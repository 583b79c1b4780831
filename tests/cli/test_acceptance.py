"""Acceptance bullets of issues 2 and 3 that the case corpus does not already pin, each from the
command line: YAML 1.1 surprises, Indonesian numbers as text, many problems at once, GitHub
escaping, exit codes, the catalogue behind `lkjip rules`, and the `$schema` lines."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from lkjip.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, app
from lkjip.codes import all_codes
from lkjip.diagnostics import CATALOGUE
from lkjip.model import DOCUMENTS
from lkjip.resources import schema_dir
from tests.conftest import MINIMAL_FILES
from tests.helpers import EXAMPLE, ROOT

runner = CliRunner()


def run(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output, result.output
    return result


def edited(name: str, old: str, new: str) -> dict[str, Any]:
    files = {k: textwrap.dedent(v) for k, v in MINIMAL_FILES.items()}
    assert old in files[name], f"{old!r} tidak ada di {name}"
    files[name] = files[name].replace(old, new, 1)
    return files


def findings(root: Path) -> tuple[int, list[tuple[str, str, int, int, str]]]:
    result = run("validate", str(root), "--format", "json")
    found = [
        (d["code"], d["file"], d["line"], d["col"], d["message"])
        for d in json.loads(result.stdout)["diagnostics"]
    ]
    return result.exit_code, found


# --- YAML 1.1 surprises: code and place of each ----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code", "said"),
    [
        ("no", "LK106", "YAML membaca no sebagai boolean false"),
        ("on", "LK106", "YAML membaca on sebagai boolean true"),
        ("off", "LK106", "YAML membaca off sebagai boolean false"),
        ("Yes", "LK106", "YAML membaca Yes sebagai boolean true"),
        ("1.5", "LK107", "YAML membaca 1.5 sebagai angka 1.5"),
        ("2023-01-31", "LK108", "YAML membaca 2023-01-31 sebagai tanggal"),
    ],
)
def test_yaml11_surprise_in_a_text_field(project_dir, typed: str, code: str, said: str) -> None:
    exit_code, found = findings(
        project_dir(edited("lkjip.yaml", "golongan: IV/a", f"golongan: {typed}"))
    )
    assert exit_code == EXIT_FINDINGS
    # Exactly one finding: no second warning (LK008/LK009) for the same scalar.
    assert [(c, f, line, col) for c, f, line, col, _ in found] == [(code, "lkjip.yaml", 14, 13)]
    assert said in found[0][4] and f'tulis "{typed}" dengan tanda kutip' in found[0][4]


@pytest.mark.parametrize(
    ("typed", "code", "said"),
    [
        ("07", "LK008", "YAML 1.1 membaca 07 sebagai bilangan oktal 7"),
        ("010", "LK008", "YAML 1.1 membaca 010 sebagai bilangan oktal 8"),
        ("1:30", "LK009", "YAML 1.1 membaca 1:30 sebagai bilangan basis 60"),
        ("0x1F", "LK013", "YAML 1.1 membaca 0x1F sebagai bilangan basis 16"),
    ],
)
def test_number_in_another_base_is_refused_in_a_text_field(
    project_dir, typed: str, code: str, said: str
) -> None:
    result = run(
        "validate",
        str(project_dir(edited("lkjip.yaml", "golongan: IV/a", f"golongan: {typed}"))),
        "--format",
        "json",
    )
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == EXIT_FINDINGS
    # Exactly one finding: the loader refused the scalar, the schema adds nothing.
    assert [(d["code"], d["file"], d["line"], d["col"]) for d in found] == [
        (code, "lkjip.yaml", 14, 13)
    ]
    assert said in found[0]["message"] and f'tulis "{typed}" dengan tanda kutip' in found[0]["hint"]


def test_yaml11_surprise_in_an_id(project_dir) -> None:
    _, found = findings(project_dir(edited("renstra.yaml", "id: M1", "id: no")))
    assert [(c, f, line, col) for c, f, line, col, _ in found][:1] == [
        ("LK106", "renstra.yaml", 6, 9)
    ]


def test_nip_typed_as_a_number(project_dir) -> None:
    files = edited("lkjip.yaml", 'nip: "19820211 200312 1 004"', "nip: 198202112003121004")
    _, found = findings(project_dir(files))
    assert [(c, f, line, col) for c, f, line, col, _ in found] == [("LK107", "lkjip.yaml", 15, 8)]


def test_octal_number_where_a_number_is_expected_is_refused(project_dir) -> None:
    exit_code, found = findings(project_dir(edited("kinerja.yaml", "2022: 89.87", "2022: 010")))
    assert exit_code == EXIT_FINDINGS
    assert [(c, f, ln, col) for c, f, ln, col, _ in found] == [("LK008", "kinerja.yaml", 25, 13)]


# --- an Indonesian number typed as text: one rule -------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ('"89,87"', "89.87"),
        ("89,87", "89.87"),
        ('"1.103.336.776"', "1103336776"),
        ("1.103.336.776", "1103336776"),
        ('"1.103.336.776,50"', "1103336776.50"),
        ('"1.103"', "1103"),  # the rule: a dot groups thousands
        ('"89.87"', "89.87"),  # not a thousands group: a decimal point
        ('"Rp 100.000.000"', "100000000"),
        ('"Rp. 1.103.336.776,-"', "1103336776"),
        ('"97,02%"', "97.02"),
    ],
)
def test_indonesian_number_as_text(project_dir, typed: str, meant: str) -> None:
    _, found = findings(project_dir(edited("kinerja.yaml", "2022: 89.87", f"2022: {typed}")))
    assert [(c, f, line, col) for c, f, line, col, _ in found] == [
        ("LK105", "kinerja.yaml", 25, 13)
    ]
    assert f"tulis {meant} tanpa tanda kutip" in found[0][4]


def test_the_rule_is_documented() -> None:
    doc = run("rules", "LK105").stdout
    assert "titik memisahkan ribuan dan koma memulai desimal" in doc
    assert '"1.103" dibaca seribu seratus tiga' in doc


# --- several problems in several files, one run ----------------------------------------------


def test_broken_file_does_not_hide_the_others(project_dir) -> None:
    files = {k: textwrap.dedent(v) for k, v in MINIMAL_FILES.items()}
    files["kinerja.yaml"] = "tahun: 2022\nrkt: [\n"  # syntax error
    files["renstra.yaml"] = files["renstra.yaml"].replace("positif", "naik", 1)
    files["anggaran.yaml"] = files["anggaran.yaml"].replace(
        "tahun: 2022\n", "tahun: 2022\ntahun: 2023\n"
    )
    files["profil.yaml"] = files["profil.yaml"] + "penghargan: []\n"
    files["narasi/ikhtisar.md"] = b"\xff"
    exit_code, found = findings(project_dir(files))
    assert exit_code == EXIT_FINDINGS
    assert {(c, f) for c, f, *_ in found} >= {
        ("LK003", "kinerja.yaml"),
        ("LK104", "renstra.yaml"),
        ("LK004", "anggaran.yaml"),
        ("LK102", "profil.yaml"),
        ("LK002", "narasi/ikhtisar.md"),
    }


# --- --format github ------------------------------------------------------------------------


def test_github_format_escapes_paths_and_messages(tmp_path: Path) -> None:
    files = {k: textwrap.dedent(v) for k, v in MINIMAL_FILES.items()}
    files["narasi/ikhtisar.md"] = "Realisasi anggaran mencapai 95%.\n"
    root = tmp_path / "data, 2022: final"
    from tests.conftest import write_dataset

    write_dataset(root, files)
    result = run("validate", str(root), "--format", "github")
    assert result.exit_code == EXIT_OK  # LK363 is a warning
    (line,) = result.stdout.splitlines()
    props, _, message = line.partition("::")[2].partition("::")
    assert props.startswith("warning file=")
    assert "data%2C 2022%3A final/narasi/ikhtisar.md,line=1,col=" in props
    assert props.endswith(",title=LK363 angka-diketik")
    assert '"95%25"' in message and "%" not in message.replace("%25", "").replace("%0A", "")
    assert "\n" not in line


# --- exit codes ------------------------------------------------------------------------------


def test_exit_codes(project_dir, tmp_path: Path) -> None:
    clean = project_dir({k: textwrap.dedent(v) for k, v in MINIMAL_FILES.items()})
    assert run("validate", str(clean)).exit_code == EXIT_OK
    assert run("validate", str(clean), "--strict").exit_code == EXIT_OK
    assert run("validate", str(tmp_path / "tidak-ada")).exit_code == EXIT_ERROR
    assert run("validate", str(ROOT / "tests" / "seed_as_printed")).exit_code == EXIT_FINDINGS
    assert run("calc", str(ROOT / "tests" / "seed_as_printed")).exit_code == EXIT_FINDINGS
    assert run("calc", str(tmp_path / "tidak-ada")).exit_code == EXIT_ERROR
    assert run("rules", "LK000").exit_code == EXIT_ERROR
    assert run("schema", "tidak-ada").exit_code == EXIT_ERROR


def test_diagnostics_on_stdout_summary_on_stderr(project_dir) -> None:
    root = project_dir(edited("renstra.yaml", "positif", "naik"))
    result = run("validate", str(root), "--format", "json")
    json.loads(result.stdout)  # stdout is only the report
    assert "1 galat" in result.stderr


# --- the catalogue ---------------------------------------------------------------------------


def test_every_code_used_in_the_package_is_registered() -> None:
    from lkjip.codes import REMOVED

    all_codes()
    used: dict[str, str] = {}
    for path in sorted((ROOT / "lkjip").rglob("*.py")):
        for code in re.findall(r"[\"'](LK\d{3})[\"']", path.read_text(encoding="utf-8")):
            used.setdefault(code, str(path.relative_to(ROOT)))
    missing = {
        code: where for code, where in used.items() if code not in CATALOGUE and code not in REMOVED
    }
    assert not missing, f"kode dipakai tetapi tidak terdaftar: {missing}"
    assert len(used) > 80
    assert not set(REMOVED) & set(CATALOGUE), "kode yang dihapus tidak boleh dipakai lagi"


def test_every_registered_code_is_explained_by_lkjip_rules() -> None:
    listed = [line.split()[0] for line in run("rules").stdout.splitlines()[1:]]
    assert listed == sorted(CATALOGUE)
    for code in CATALOGUE:
        result = run("rules", code)
        assert result.exit_code == EXIT_OK, code
        assert result.stdout.startswith(f"{code} {CATALOGUE[code].name} ("), code


@pytest.mark.parametrize(
    "code", [info.code for info in all_codes() if info.code.startswith(("LK13", "LK2", "LK3"))]
)
def test_every_check_shows_a_wrong_and_a_right_example(code: str) -> None:
    text = run("rules", code).stdout
    wrong, _, right = text.partition("Contoh salah:")[2].partition("Contoh benar:")
    assert wrong.strip() and right.strip(), f"{code}: contoh salah/benar tidak lengkap"


# --- schema ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "folder", [EXAMPLE, ROOT / "tests" / "seed_as_printed"], ids=["contoh", "seed"]
)
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_schema_line_points_at_the_committed_schema(folder: Path, name: str) -> None:
    path = folder / name
    if not path.exists():
        pytest.skip(f"{name} tidak ada")
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, f"{path}: baris pertama bukan $schema: {first!r}"
    target = (path.parent / match.group(1)).resolve()
    assert target.is_file(), f"{path}: {match.group(1)} tidak ada"
    assert target == (schema_dir() / name.replace(".yaml", ".schema.json")).resolve()


def test_schema_command_equals_committed_files() -> None:
    for name in DOCUMENTS:
        stem = name.removesuffix(".yaml")
        printed = run("schema", stem).stdout
        committed = (schema_dir() / f"{stem}.schema.json").read_text(encoding="utf-8")
        assert printed == committed, f"schema/{stem}.schema.json usang: jalankan `make schema`"


def test_rules_names_a_removed_code_as_removed() -> None:
    from typer.testing import CliRunner

    from lkjip.cli import app

    result = CliRunner().invoke(app, ["rules", "LK408"])
    assert result.exit_code == 2
    assert "LK408 (gaya-tak-ada) sudah dihapus" in result.output
