"""No user input ever produces a traceback: hostile and broken datasets through the CLI.

Every case runs a command with `typer.testing.CliRunner` and asserts that it ended through
lkjip's own exit path (code 1 = findings, 2 = could not run; 0 where the input is valid), that
no exception escaped, and that the user got an Indonesian explanation.
"""

from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from lkjip.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, app
from lkjip.model import DOCUMENTS
from lkjip.pipeline import validate
from tests.conftest import MINIMAL_FILES, write_dataset

runner = CliRunner()
YAML_FILES = list(DOCUMENTS)  # lkjip.yaml, renstra.yaml, kinerja.yaml, anggaran.yaml, profil.yaml
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


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


# --- the folder ------------------------------------------------------------------------------


def test_empty_folder(tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path))
    clean_exit(result, {EXIT_FINDINGS})
    for name in ("lkjip.yaml", "renstra.yaml", "kinerja.yaml", "anggaran.yaml"):
        assert f"{name}: galat LK005 [dokumen-wajib-hilang] berkas wajib {name} tidak ada" in (
            result.stdout
        ), explain(result)


def test_only_lkjip_yaml(tmp_path: Path) -> None:
    write_dataset(tmp_path, {"lkjip.yaml": MINIMAL_FILES["lkjip.yaml"]})
    result = invoke("validate", str(tmp_path))
    clean_exit(result, {EXIT_FINDINGS})
    assert "3 galat" in result.stdout
    assert "lkjip.yaml" not in result.stdout.replace("jalankan `lkjip init`", ""), explain(result)


def test_missing_folder_is_exit_2(tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path / "tidak-ada"))
    clean_exit(result, {EXIT_ERROR})
    assert "folder data tidak ditemukan" in result.stderr


# --- each YAML file, broken in every way -------------------------------------------------------

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
}


@pytest.mark.parametrize("name", YAML_FILES)
@pytest.mark.parametrize("label", list(BROKEN))
def test_broken_yaml_file(project_dir: Any, name: str, label: str) -> None:
    content, code, fragment = BROKEN[label]
    started = time.monotonic()
    result = one_file(project_dir, name, content)
    assert time.monotonic() - started < 20, f"{label} terlalu lama"
    finding(result, code, name)
    assert fragment in result.stdout, explain(result)


def test_five_megabyte_file_is_refused(project_dir: Any) -> None:
    row = "  - Peraturan Walikota Contoh Nomor 1 Tahun 2021 tentang sesuatu yang panjang\n"
    big = "dasar_hukum:\n" + row * (5 * 1024 * 1024 // len(row))
    finding(one_file(project_dir, "profil.yaml", big), "LK011", "profil.yaml")


# --- encodings and line endings ---------------------------------------------------------------


def test_windows_line_endings_and_bom_work(project_dir: Any) -> None:
    data = {
        name: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
        for name, text in base().items()
    }
    data["narasi/ikhtisar.md"] = b"\xef\xbb\xbfKecamatan Contoh melapor.\r\n"
    result = invoke("validate", str(project_dir(data)))
    clean_exit(result, {EXIT_OK})
    assert result.stdout == "Tidak ada masalah.\n"


@pytest.mark.parametrize("name", YAML_FILES)
def test_windows_line_endings_keep_positions(project_dir: Any, name: str) -> None:
    text = base()[name] + "kunci_asing: 1\n"
    line = text.count("\n")
    result = one_file(project_dir, name, text.replace("\n", "\r\n").encode("utf-8"))
    finding(result, "LK102", f"{name}:{line}:1")


def test_old_mac_line_endings(project_dir: Any) -> None:
    result = one_file(project_dir, "profil.yaml", base()["profil.yaml"].replace("\n", "\r"))
    clean_exit(result, {EXIT_OK})


# --- duplicate and odd keys -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "duplicate"),
    [
        ("lkjip.yaml", "tahun: 2022", "tahun: 2023"),  # top level
        ("lkjip.yaml", "  kota: Contoh", "  kota: Lain"),  # in a mapping
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


# --- numbers ----------------------------------------------------------------------------------

PAGU = "        pagu: 100000000\n"  # the kegiatan's pagu in anggaran.yaml (line 9)


@pytest.mark.parametrize(
    ("value", "code", "fragment"),
    [
        ("1e400", "LK103", 'harus berupa angka, bukan teks "1e400"'),
        ("1.0e+400", "LK109", "terlalu besar"),
        ("1000000000000000000000000000000", "LK109", "terlalu besar"),  # 10**30 Rupiah
        ("-100000000", "LK109", "tidak boleh negatif"),
        (".nan", "LK109", "bukan .nan"),
        (".inf", "LK109", "bukan .inf"),
        ("-.inf", "LK109", "bukan -.inf"),
        ("100000000.001", "LK109", "dua angka sen"),
        ('"100.000.000"', "LK105", "angka ditulis sebagai teks"),
        ("0x5F5E100", None, None),  # YAML 1.1 hex is an integer: valid, if odd
    ],
)
def test_odd_money(project_dir: Any, value: str, code: str | None, fragment: str | None) -> None:
    text = base()["anggaran.yaml"]
    assert PAGU in text
    result = one_file(project_dir, "anggaran.yaml", text.replace(PAGU, f"        pagu: {value}\n"))
    if code is None:
        clean_exit(result, {EXIT_OK, EXIT_FINDINGS})
        return
    finding(result, code, "anggaran.yaml:9:15:")
    assert fragment in result.stdout, explain(result)


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


@pytest.mark.parametrize(
    ("old", "new"),
    [("tanggal: 2023-01-31", "tanggal: 2022-02-30"), ("tanggal: 2023-01-31", "tanggal: 2023-13-45"),
     ("tanggal: 2023-01-31", 'tanggal: "31 Januari 2023"'),
     ("tanggal: 2023-01-31", "tanggal: 2023-01-31 10:00:00")],
)  # fmt: skip
def test_impossible_dates(project_dir: Any, old: str, new: str) -> None:
    text = base()["lkjip.yaml"]
    assert old in text
    result = one_file(project_dir, "lkjip.yaml", text.replace(old, new))
    finding(result, "LK103", "lkjip.yaml:9:12")
    assert "tanggal" in result.stdout


# --- narasi -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Teks {{ rusak", "{% if %}", "{% for %}{% endfor", "{{ 1/0 }}", "{# tak ditutup"]
)
def test_broken_jinja_does_not_crash_validate(project_dir: Any, text: str) -> None:
    result = validate_with(project_dir, narasi__ikhtisar_md=text)
    clean_exit(result, {EXIT_OK, EXIT_FINDINGS})


def test_non_utf8_narasi(project_dir: Any) -> None:
    result = validate_with(project_dir, narasi__ikhtisar_md="Caf\xe9 di Dumai.\n".encode("cp1252"))
    finding(result, "LK002", "narasi/ikhtisar.md:1:4")


def test_binary_narasi(project_dir: Any) -> None:
    result = validate_with(project_dir, narasi__ikhtisar_md=b"\x89PNG\r\n\x1a\n\x00\x00")
    finding(result, "LK002", "narasi/ikhtisar.md")


def test_symlink_loop_in_narasi(project_dir: Any) -> None:
    root = project_dir({**base(), "narasi/ikhtisar.md": "Teks.\n"})
    (root / "narasi" / "putaran").symlink_to(root / "narasi", target_is_directory=True)
    (root / "narasi" / "diri.md").symlink_to(root / "narasi" / "diri.md")
    started = time.monotonic()
    result = invoke("validate", str(root))
    assert time.monotonic() - started < 20
    finding(result, "LK001", "narasi/diri.md")


def test_dangling_symlink_document(project_dir: Any) -> None:
    root = project_dir({k: v for k, v in base().items() if k != "kinerja.yaml"})
    (root / "kinerja.yaml").symlink_to(root / "tidak-ada.yaml")
    result = invoke("validate", str(root))
    finding(result, "LK001", "kinerja.yaml")


def test_narasi_that_is_a_file(project_dir: Any) -> None:
    result = validate_with(project_dir, narasi="bukan folder\n")
    clean_exit(result, {EXIT_OK})


@pytest.mark.skipif(AS_ROOT, reason="root membaca berkas ber-izin 000")
def test_unreadable_file(project_dir: Any) -> None:
    root = project_dir(base())
    (root / "kinerja.yaml").chmod(0)
    try:
        result = invoke("validate", str(root))
    finally:
        (root / "kinerja.yaml").chmod(0o644)
    finding(result, "LK001", "kinerja.yaml")
    assert "izin" in result.stdout or "Permission" in result.stdout


@pytest.mark.skipif(AS_ROOT, reason="root membaca folder ber-izin 000")
def test_unreadable_folder(project_dir: Any) -> None:
    root = project_dir(base())
    root.chmod(0)
    try:
        result = invoke("validate", str(root))
    finally:
        root.chmod(0o755)
    clean_exit(result, {EXIT_ERROR})
    assert "tidak dapat dibaca" in result.stderr


# --- --out -----------------------------------------------------------------------------------


def test_build_into_a_new_folder(project_dir: Any, tmp_path: Path) -> None:
    out = tmp_path / "belum" / "ada" / "laporan.docx"
    result = invoke("build", str(project_dir(base())), "--out", str(out))
    clean_exit(result, {EXIT_OK})
    assert out.is_file()


def test_build_out_under_a_file(project_dir: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("x", encoding="utf-8")
    result = invoke("build", str(project_dir(base())), "--out", str(blocker / "sub" / "l.docx"))
    clean_exit(result, {EXIT_ERROR})
    assert "adalah berkas, bukan folder" in result.stderr, explain(result)
    assert blocker.read_text(encoding="utf-8") == "x"


def test_build_out_is_a_folder(project_dir: Any, tmp_path: Path) -> None:
    result = invoke("build", str(project_dir(base())), "--out", str(tmp_path))
    clean_exit(result, {EXIT_ERROR})
    assert "menunjuk sebuah folder" in result.stderr, explain(result)


@pytest.mark.skipif(AS_ROOT, reason="root menulis ke folder hanya-baca")
def test_build_into_read_only_folder(project_dir: Any, tmp_path: Path) -> None:
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = invoke("build", str(project_dir(base())), "--out", str(folder / "l.docx"))
    finally:
        folder.chmod(0o755)
    clean_exit(result, {EXIT_ERROR})
    assert "izin ditolak" in result.stderr, explain(result)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("anggaran.yaml", base()["anggaran.yaml"].replace("95000000", "195000000")),  # LK301
        ("lkjip.yaml", ""),  # LK007: no project at all
        ("kinerja.yaml", b"\xff\xfe"),  # LK002
        ("narasi/ikhtisar.md", "Teks {{ rusak"),  # LK401 while rendering
    ],
)
def test_failed_build_leaves_existing_output_intact(
    project_dir: Any, tmp_path: Path, name: str, content: str | bytes
) -> None:
    out = tmp_path / "laporan.docx"
    before = b"PK\x03\x04 laporan lama yang sudah diserahkan"
    out.write_bytes(before)
    result = invoke("build", str(project_dir({**base(), name: content})), "--out", str(out))
    clean_exit(result, {EXIT_FINDINGS})
    assert out.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name != "laporan.docx" and p.name != "data"]


def test_validate_writes_nothing(project_dir: Any) -> None:
    root = project_dir(base())
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    clean_exit(invoke("validate", str(root)), {EXIT_OK})
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


# --- random text as every document ------------------------------------------------------------

YAMLISH = st.text(
    alphabet=st.sampled_from(list("abc019 :-[]{}&*!|>'\"#,?%@`.\n\r\t\\~é\ufeff")), max_size=80
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=st.sampled_from(YAML_FILES), text=YAMLISH)
def test_random_text_never_raises(tmp_path_factory: Any, name: str, text: str) -> None:
    """Whatever the text of one document, `pipeline.validate` returns diagnostics."""
    root = write_dataset(tmp_path_factory.mktemp("acak"), {**base(), name: text})
    project, diagnostics = validate(root)
    assert project is not None or diagnostics.has_errors()
    assert not [d for d in diagnostics if d.code == "LK901"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.fixed_dictionaries({name: st.text(max_size=60) for name in YAML_FILES}))
def test_random_unicode_in_every_document(tmp_path_factory: Any, texts: dict[str, str]) -> None:
    root = write_dataset(tmp_path_factory.mktemp("acak"), texts)
    project, diagnostics = validate(root)
    assert project is not None or diagnostics.has_errors()
    assert not [d for d in diagnostics if d.code == "LK901"]


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


NARASI = st.lists(
    st.sampled_from(
        [*"0123456789 ,.%-()\n{}#", "Rp", "Rp. ", "Kecamatan ", "Lain ", "capaian ", "Bab ",
         "rata-rata ", "penyerapan ", "atau ", "dialokasikan ", "realisasi ", "(dua) "]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NARASI)
def test_random_narasi_never_crashes_a_rule(tmp_path_factory: Any, text: str) -> None:
    """Typed numbers of any length and shape in the prose: findings, never LK901."""
    root = write_dataset(tmp_path_factory.mktemp("narasi"), {**base(), "narasi/ikhtisar.md": text})
    project, diagnostics = validate(root)
    assert project is not None
    assert not [d for d in diagnostics if d.code == "LK901"], [str(d) for d in diagnostics]


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
