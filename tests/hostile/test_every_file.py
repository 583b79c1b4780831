"""Broken input in every file, in-process: each way a YAML file can break, in each of the five.

The subprocess table in test_cases.py holds one case per kind of hostile input; here the cheap
kinds are crossed with every document, and odd but valid figures are computed, through
`typer.testing.CliRunner` (fast enough to run a few hundred times). Every case must end
through lkjip's own exit path with an Indonesian explanation, never a traceback or LK901.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from lkjip.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, app
from lkjip.model import DOCUMENTS
from tests.conftest import MINIMAL_FILES, write_dataset

runner = CliRunner()
YAML_FILES = list(DOCUMENTS)  # lkjip.yaml, renstra.yaml, kinerja.yaml, anggaran.yaml, profil.yaml


def base() -> dict[str, Any]:
    return {name: textwrap.dedent(text) for name, text in MINIMAL_FILES.items()}


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def explain(result: Result) -> str:
    return f"exit {result.exit_code}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


def clean_exit(result: Result, allowed: set[int] = frozenset({EXIT_FINDINGS, EXIT_ERROR})) -> None:  # type: ignore[assignment]
    """Ended by lkjip itself, with an allowed code and no Python traceback anywhere."""
    escaped = result.exception if not isinstance(result.exception, SystemExit) else None
    assert escaped is None, f"{type(escaped).__name__}: {escaped}\n{explain(result)}"
    assert "Traceback" not in result.output, explain(result)
    assert result.exit_code in allowed, explain(result)


def finding(result: Result, code: str, where: str = "") -> None:
    """Exit 1 with the given code reported (at `where`, e.g. 'kinerja.yaml:3'); exit 2 when
    the code is LK001, a file lkjip could not read."""
    clean_exit(result, {EXIT_ERROR} if code == "LK001" else {EXIT_FINDINGS})
    lines = [line for line in result.stdout.splitlines() if f" {code} [" in line]
    assert any(line.startswith(where) for line in lines), explain(result)


def validate_with(project_dir: Any, **files: str | bytes | None) -> Result:
    data = base()
    for name, content in files.items():
        name = name.replace("__", "/").replace("_yaml", ".yaml").replace("_md", ".md")
        if content is None:
            data.pop(name, None)
        else:
            data[name] = content
    return invoke("validate", str(project_dir(data)))


def one_file(project_dir: Any, name: str, content: str | bytes) -> Result:
    data = base()
    data[name] = content
    return invoke("validate", str(project_dir(data)))


BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)

BROKEN: dict[str, tuple[str | bytes, str, str]] = {
    # label: (content, code, message fragment)
    "kosong": ("", "LK007", "berkas kosong"),
    "hanya-komentar": ("# belum diisi\n", "LK007", "berkas kosong"),
    "daftar": ("- a\n- b\n", "LK007", "bukan daftar"),
    "skalar": ("42\n", "LK007", "bukan nilai tunggal"),
    "teks": ("halo dunia\n", "LK007", "bukan nilai tunggal"),
    "biner": (b"PK\x03\x04\x00\x00\xff\xfe\x00", "LK002", "bukan teks UTF-8"),
    "bukan-utf8": ("nama: Caf\xe9\n".encode("latin-1"), "LK002", "bukan teks UTF-8"),
    "utf16": ("tahun: 2022\n".encode("utf-16"), "LK002", "bukan teks UTF-8"),
    "karakter-kontrol": ("tahun: 2022\x07\n", "LK002", "karakter yang tidak boleh"),
    "bersarang-dalam": ("x: " + "[" * 5000 + "]" * 5000 + "\n", "LK010", "terlalu dalam"),
    "bersarang-blok": (
        "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v\n",
        "LK010",
        "terlalu dalam",
    ),
    "billion-laughs": (BILLION_LAUGHS, "LK010", "terlalu banyak nilai"),
    "alias-ke-diri-sendiri": ("a: &x [1, *x]\n", "LK010", "merujuk dirinya sendiri"),
    "tab": ("a:\n\tb: 1\n", "LK003", "karakter tab"),
    "banyak-dokumen": ("a: 1\n---\nb: 2\n", "LK003", "lebih dari satu dokumen"),
    "kutip-tak-ditutup": ('a: "tidak ditutup\nb: 2\n', "LK003", "sintaks YAML salah"),
    "tag-python": ("a: !!python/object/apply:os.system [ls]\n", "LK010", "tidak didukung"),
    "tag-sendiri": ("a: !rahasia x\n", "LK010", "tidak didukung"),
    "kunci-kompleks": ("? [a, b]\n: c\n", "LK010", "kunci harus teks atau angka"),
    "kunci-ganda": ("a: 1\na: 2\n", "LK004", "ditulis dua kali"),
    "nul-escape": ('a: "x\\x00"\n', "LK002", "karakter kode 0x0 yang"),
    "surrogat-escape": ('a: "\\udfff"\n', "LK003", "escape Unicode tidak sah"),
    "kunci-nul": ('"k\\x1f": 1\n', "LK002", "karakter kode 0x1f yang"),
}


@pytest.mark.parametrize("name", YAML_FILES)
@pytest.mark.parametrize("label", [label for label in BROKEN if label != "billion-laughs"])
def test_broken_yaml_file(project_dir: Any, name: str, label: str) -> None:
    content, code, fragment = BROKEN[label]
    started = time.monotonic()
    result = one_file(project_dir, name, content)
    assert time.monotonic() - started < 20, f"{label} terlalu lama"
    finding(result, code, name)
    assert fragment in result.stdout, explain(result)


# --- encodings and line endings ---------------------------------------------------------------


def test_windows_line_endings_and_bom_work(project_dir: Any) -> None:
    data = {
        name: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
        for name, text in base().items()
    }
    data["narasi/ikhtisar.md"] = b"\xef\xbb\xbfKecamatan Sukamaju melapor.\r\n"
    result = invoke("validate", str(project_dir(data)))
    clean_exit(result, {EXIT_OK})
    assert result.stdout == "Tidak ada masalah.\n"


@pytest.mark.parametrize("name", YAML_FILES)
def test_windows_line_endings_keep_positions(project_dir: Any, name: str) -> None:
    text = base()[name] + "kunci_asing: 1\n"
    line = text.count("\n")
    result = one_file(project_dir, name, text.replace("\n", "\r\n").encode("utf-8"))
    finding(result, "LK102", f"{name}:{line}:1")


# --- duplicate and odd keys -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "duplicate"),
    [
        ("lkjip.yaml", "tahun: 2022", "tahun: 2023"),  # top level
        ("lkjip.yaml", "  alamat: Jalan Merdeka No. 1", "  alamat: Jalan Lain"),  # in a mapping
        ("renstra.yaml", "      2022: 87", "      2022: 88"),  # year key in a list item
        ("anggaran.yaml", "        pagu: 100000000", "        pagu: 1"),  # 4 levels deep
        ("kinerja.yaml", "      2022: 89.87", "      2022: 90"),
    ],
)
def test_duplicate_keys_at_any_depth(
    project_dir: Any, name: str, line: str, duplicate: str
) -> None:
    text = base()[name]
    assert line + "\n" in text
    number = text[: text.index(line + "\n")].count("\n") + 2
    column = len(duplicate) - len(duplicate.lstrip()) + 1
    result = one_file(project_dir, name, text.replace(line + "\n", f"{line}\n{duplicate}\n", 1))
    finding(result, "LK004", f"{name}:{number}:{column}:")
    assert f"yang pertama di baris {number - 1}" in result.stdout


@pytest.mark.parametrize(
    ("key", "fragment"),
    [("1", "1: kunci tidak dikenal"), ("true", "true: kunci tidak dikenal"),
     ("1.5", "1.5: kunci tidak dikenal"), ("null", "null: kunci tidak dikenal"),
     ("2022-01-31", "2022-01-31: kunci tidak dikenal"), ('""', "kunci tidak dikenal")],
)  # fmt: skip
def test_keys_that_are_not_names(project_dir: Any, key: str, fragment: str) -> None:
    result = one_file(project_dir, "profil.yaml", base()["profil.yaml"] + f"{key}: x\n")
    finding(result, "LK102", "profil.yaml:3:1")
    assert fragment in result.stdout, explain(result)


@pytest.mark.parametrize("name", YAML_FILES)
def test_null_everywhere(project_dir: Any, name: str) -> None:
    lines = []
    for line in base()[name].splitlines():
        key, sep, value = line.partition(":")
        if line.lstrip().startswith("- ") and not sep:
            line = line[: line.index("-")] + "- null"
        lines.append(f"{key}: null" if sep and value.strip() else line)
    result = one_file(project_dir, name, "\n".join(lines) + "\n")
    clean_exit(result, {EXIT_FINDINGS})
    assert "LK101" in result.stdout or "LK103" in result.stdout, explain(result)


def test_null_document_values(project_dir: Any) -> None:
    result = validate_with(project_dir, lkjip_yaml="instansi: null\ntahun: ~\npengakuan: null\n")
    finding(result, "LK101", "lkjip.yaml")


# --- figures ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1.0e+400", "-1.0e+400"])
def test_odd_targets_and_realisations(project_dir: Any, value: str) -> None:
    renstra = base()["renstra.yaml"].replace("2022: 87", f"2022: {value}", 1)
    kinerja = base()["kinerja.yaml"].replace("2022: 89.87", f"2022: {value}", 1)
    result = validate_with(project_dir, renstra_yaml=renstra, kinerja_yaml=kinerja)
    finding(result, "LK109", "renstra.yaml")
    assert "kinerja.yaml" in result.stdout, explain(result)


def test_zero_and_tiny_targets_do_not_crash(project_dir: Any) -> None:
    renstra = base()["renstra.yaml"].replace("2022: 87", "2022: 0.0000000000000000001", 1)
    kinerja = base()["kinerja.yaml"].replace("target: 87", "target: 0", 1)
    result = validate_with(project_dir, renstra_yaml=renstra, kinerja_yaml=kinerja)
    clean_exit(result, {EXIT_OK, EXIT_FINDINGS})
    assert "LK901" not in result.stdout, explain(result)


# --- absurd but valid figures ----------------------------------------------------------------


def absurd_capaian() -> dict[str, Any]:
    """A target of 10^-18 met by 10^18 − 1: capaian 10^38 %, valid data nobody means."""
    files = base()
    files["renstra.yaml"] = files["renstra.yaml"].replace("2022: 87", "2022: 0.000000000000000001")
    files["kinerja.yaml"] = (
        files["kinerja.yaml"]
        .replace("target: 87", "target: 0.000000000000000001")
        .replace("2022: 89.87", "2022: 999999999999999999")
    )
    files["narasi/ikhtisar.md"] = "Capaian IKM 100% dengan anggaran Rp100.000.000 atau 95%.\n"
    return files


def test_absurd_capaian_validates_without_internal_error(project_dir: Any) -> None:
    result = invoke("validate", str(project_dir(absurd_capaian())))
    clean_exit(result, {EXIT_OK, EXIT_FINDINGS})
    assert "LK901" not in result.stdout, explain(result)


def test_absurd_capaian_calc_has_no_traceback(project_dir: Any) -> None:
    result = invoke("calc", str(project_dir(absurd_capaian())), "--format", "json")
    clean_exit(result, {EXIT_OK, EXIT_FINDINGS})


@pytest.mark.parametrize(
    "text",
    [
        "Anggaran Rp999999999999999999999999999999 dengan realisasi Rp1 atau 5%.",
        "Anggaran Rp1 dengan realisasi Rp999999999999999999999999999999 atau 5%.",
        "Capaian 1,00000000000000000000000000000001%.",
        "Capaian 99999999999999999999999999999999999,5%.",
        "Anggaran Rp100 dengan realisasi Rp95 atau 95,000000000000000000000000000001%.",
    ],
)
def test_absurd_typed_numbers(project_dir: Any, text: str) -> None:
    result = validate_with(project_dir, narasi__ikhtisar_md=text)
    clean_exit(result, {EXIT_OK, EXIT_FINDINGS})
    assert "LK901" not in result.stdout, explain(result)


# --- the folder as a whole -------------------------------------------------------------------


def test_only_lkjip_yaml(tmp_path: Path) -> None:
    write_dataset(tmp_path, {"lkjip.yaml": MINIMAL_FILES["lkjip.yaml"]})
    result = invoke("validate", str(tmp_path))
    clean_exit(result, {EXIT_FINDINGS})
    assert "2 galat" in result.stdout  # renstra.yaml and kinerja.yaml; anggaran.yaml is optional
    assert "lkjip.yaml" not in result.stdout.replace("jalankan `lkjip init`", ""), explain(result)


def test_validate_writes_nothing(project_dir: Any) -> None:
    root = project_dir(base())
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    clean_exit(invoke("validate", str(root)), {EXIT_OK})
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


# --- the CI log ------------------------------------------------------------------------------

INJECTION = '"x\\n::error file=lkjip.yaml,line=1::palsu\\r\\n::stop-commands::abc": 1\n'


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_data_cannot_write_commands_into_the_ci_log(project_dir: Any, fmt: str) -> None:
    """A line break in a YAML key stays inside its diagnostic: GitHub reads a log line that
    starts with `::` as a command (`::stop-commands::` would hide every later annotation)."""
    root = project_dir({**base(), "profil.yaml": base()["profil.yaml"] + INJECTION})
    result = invoke("validate", str(root), "--format", fmt)
    clean_exit(result, {EXIT_FINDINGS})
    commands = [line for line in result.stdout.splitlines() if line.startswith("::")]
    if fmt == "text":
        assert not commands, result.stdout
    else:
        assert len(commands) == 1 and commands[0].startswith("::error file="), result.stdout


# --- unreadable files, simulated in-process ---------------------------------------------------
# CI runs as root, for whom permission bits mean nothing (the chmod cases of test_cases.py skip
# there). The same refusal by the operating system is simulated here, so it is tested anywhere.


@pytest.mark.parametrize("name", [*DOCUMENTS, "narasi/ikhtisar.md"])
def test_a_file_the_system_refuses_to_open(
    project_dir: Any, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = base()
    files.setdefault(name, "Ikhtisar.\n")
    root = project_dir(files)
    refused = (root / name).resolve()
    real_open = Path.open

    def open_or_refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.resolve() == refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_or_refuse)
    result = invoke("validate", str(root))
    finding(result, "LK001", name)  # lkjip could not check everything: exit 2
    assert "berkas tidak dapat dibaca: izin ditolak" in result.stdout, explain(result)


def test_calc_text_keeps_data_on_one_line(project_dir: Any) -> None:
    files = base()
    program = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    files["anggaran.yaml"] = str(files["anggaran.yaml"]).replace(
        f"nama: {program}", f'nama: "{program}\\n::stop-commands::x"', 1
    )
    result = invoke("calc", str(project_dir(files)))
    clean_exit(result, {EXIT_OK, EXIT_FINDINGS})
    assert "Publik\\n::stop-commands::x" in result.stdout, explain(result)
    assert not any(line.startswith("::") for line in result.stdout.splitlines()), explain(result)
