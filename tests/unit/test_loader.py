"""The loader: exact numbers, positions, refusals, and carrying on after a broken file."""

from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal
from pathlib import Path

from lkjip.diagnostics import Severity
from lkjip.source import loader
from lkjip.source.loader import Refused, load_dataset
from tests.conftest import MINIMAL_FILES, write_dataset


def load(tmp_path: Path, files: dict[str, str | bytes]):
    root = write_dataset(tmp_path / "data", files)
    return load_dataset(root)


def keys(diagnostics) -> list[tuple[str, str | None, int | None, int | None]]:
    return sorted((d.code, d.location.file, d.location.line, d.location.col) for d in diagnostics)


def test_minimal_dataset_loads_clean(tmp_path: Path) -> None:
    dataset, diagnostics = load(tmp_path, MINIMAL_FILES)
    assert diagnostics == []
    assert sorted(dataset.documents) == sorted(MINIMAL_FILES)


def test_floats_are_exact_decimals_and_years_stay_int(tmp_path: Path) -> None:
    files = {**MINIMAL_FILES, "kinerja.yaml": "a: 89.87\nb: 0.1\nc: 1_000.5\nt:\n  2022: 87\n"}
    dataset, _ = load(tmp_path, files)
    data = dataset.documents["kinerja.yaml"]
    assert data["a"] == Decimal("89.87") and str(data["a"]) == "89.87"
    assert data["b"] == Decimal("0.1")
    assert data["c"] == Decimal("1000.5")
    assert list(data["t"]) == [2022] and isinstance(data["t"][2022], int)


def test_dates_and_plain_values(tmp_path: Path) -> None:
    files = {**MINIMAL_FILES, "kinerja.yaml": "d: 2023-01-31\ns: '07'\nn: ~\nb: true\n"}
    dataset, _ = load(tmp_path, files)
    assert dataset.documents["kinerja.yaml"] == {
        "d": dt.date(2023, 1, 31),
        "s": "07",
        "n": None,
        "b": True,
    }


def test_positions_of_keys_and_values(tmp_path: Path) -> None:
    text = "program:\n  - kode: '7.01.02'\n    kegiatan:\n      - pagu: 5\n"
    dataset, _ = load(tmp_path, {**MINIMAL_FILES, "anggaran.yaml": text})
    sm = dataset.sourcemap
    loc = sm.locate("anggaran.yaml", ("program", 0, "kegiatan", 0, "pagu"))
    assert (loc.line, loc.col) == (4, 15)
    key = sm.locate("anggaran.yaml", ("program", 0, "kegiatan", 0, "pagu"), key=True)
    assert (key.line, key.col) == (4, 9)
    assert sm.scalar("anggaran.yaml", ("program", 0, "kode")).style == "'"


def test_raw_scalar_is_recorded_for_yaml11_surprises(tmp_path: Path) -> None:
    dataset, _ = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": "a: no\nb: 'no'\n"})
    assert dataset.documents["profil.yaml"] == {"a": False, "b": "no"}
    raw = dataset.sourcemap.scalar("profil.yaml", ("a",))
    assert raw is not None and raw.text == "no" and raw.plain
    assert not dataset.sourcemap.scalar("profil.yaml", ("b",)).plain


def test_duplicate_key_keeps_the_first_and_reports_the_second(tmp_path: Path) -> None:
    text = "target:\n  2022: 87\n  2022: 88\n"
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "renstra.yaml": text})
    assert keys(diagnostics) == [("LK004", "renstra.yaml", 3, 3)]
    assert "baris 2" in diagnostics[0].message
    assert dataset.documents["renstra.yaml"]["target"] == {2022: 87}


def test_syntax_error_has_the_problem_mark(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, {**MINIMAL_FILES, "kinerja.yaml": "a: 1\nb: c: d\n"})
    assert keys(diagnostics) == [("LK003", "kinerja.yaml", 2, 5)]
    assert "titik dua" in diagnostics[0].message


def test_unclosed_quote_at_end_of_file(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, {**MINIMAL_FILES, "kinerja.yaml": 'a: "abc\n'})
    assert [d.code for d in diagnostics] == ["LK003"]
    assert diagnostics[0].location.line is not None


def test_one_broken_file_does_not_hide_the_others(tmp_path: Path) -> None:
    files = {
        **MINIMAL_FILES,
        "kinerja.yaml": "a: [\n",
        "anggaran.yaml": "x: 1\nx: 2\n",
        "profil.yaml": "- 1\n",
    }
    dataset, diagnostics = load(tmp_path, files)
    assert [d.code for d in sorted(diagnostics, key=lambda d: d.location.file)] == [
        "LK004",
        "LK003",
        "LK007",
    ]
    assert "lkjip.yaml" in dataset.documents and "renstra.yaml" in dataset.documents


def test_missing_required_document_and_optional_profil(tmp_path: Path) -> None:
    files = {k: v for k, v in MINIMAL_FILES.items() if k not in ("renstra.yaml", "profil.yaml")}
    _, diagnostics = load(tmp_path, files)
    assert keys(diagnostics) == [("LK005", "renstra.yaml", None, None)]


def test_unknown_yaml_files_warn(tmp_path: Path) -> None:
    files = {**MINIMAL_FILES, "kinerja.yml": "a: 1\n", "catatan.yaml": "a: 1\n"}
    _, diagnostics = load(tmp_path, files)
    assert [(d.code, d.location.file) for d in diagnostics] == [
        ("LK006", "catatan.yaml"),
        ("LK006", "kinerja.yml"),
    ]
    assert diagnostics[1].hint == "ganti nama menjadi kinerja.yaml"


def test_empty_file_and_not_a_mapping(tmp_path: Path) -> None:
    files = {**MINIMAL_FILES, "profil.yaml": "", "renstra.yaml": "just text\n"}
    _, diagnostics = load(tmp_path, files)
    assert keys(diagnostics) == [("LK007", "profil.yaml", 1, 1), ("LK007", "renstra.yaml", 1, 1)]


def test_non_utf8_file(tmp_path: Path) -> None:
    latin = "dasar_hukum:\n  - Peraturan Caf\xe9\n".encode("cp1252")
    files = {**MINIMAL_FILES, "profil.yaml": latin}
    _, diagnostics = load(tmp_path, files)
    assert keys(diagnostics) == [("LK002", "profil.yaml", 2, 18)]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    files = {**MINIMAL_FILES, "profil.yaml": b"\xef\xbb\xbfdasar_hukum: [a]\n"}
    dataset, diagnostics = load(tmp_path, files)
    assert diagnostics == []
    assert dataset.documents["profil.yaml"] == {"dasar_hukum": ["a"]}


def test_unreadable_file(tmp_path: Path) -> None:
    root = write_dataset(tmp_path / "data", MINIMAL_FILES)
    (root / "profil.yaml").unlink()
    (root / "profil.yaml").symlink_to(root / "tidak-ada.yaml")  # a broken link
    _, diagnostics = load_dataset(root)
    assert keys(diagnostics) == [("LK001", "profil.yaml", None, None)]


def test_octal_sexagesimal_and_hex_are_refused(tmp_path: Path) -> None:
    text = "a: 010\nb: '010'\nc: 10\nd: 1:30\ne: 0\nf: 0x1F\ng: -0b11\nh: 1:30.5\n"
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    assert keys(diagnostics) == [
        ("LK008", "profil.yaml", 1, 4),
        ("LK009", "profil.yaml", 4, 4),
        ("LK009", "profil.yaml", 8, 4),
        ("LK013", "profil.yaml", 6, 4),
        ("LK013", "profil.yaml", 7, 4),
    ]
    data = dataset.documents["profil.yaml"]
    assert {k: v for k, v in data.items() if not isinstance(v, Refused)} == {
        "b": "010",
        "c": 10,
        "e": 0,
    }
    assert all(d.severity is Severity.ERROR for d in diagnostics)


def test_unsupported_tags_and_keys(tmp_path: Path) -> None:
    text = "a: !!python/name:os.system x\n? [1, 2]\n: b\nc: !!set {x}\n"
    _, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    assert [d.code for d in diagnostics] == ["LK010", "LK010", "LK010"]


def test_narasi_files(tmp_path: Path) -> None:
    files = {
        **MINIMAL_FILES,
        "narasi/kata_pengantar.md": "Puji syukur.\n",
        "narasi/indikator/IKM.md": "Analisis IKM.\n",
        "narasi/catatan.txt": "bukan markdown\n",
    }
    dataset, diagnostics = load(tmp_path, files)
    assert diagnostics == []
    assert sorted(dataset.narasi) == ["indikator/IKM", "kata_pengantar"]
    ikm = dataset.narasi["indikator/IKM"]
    assert (ikm.file, ikm.text) == ("narasi/indikator/IKM.md", "Analisis IKM.\n")


def test_minimal_files_fixture_is_dedented_yaml() -> None:
    # Other test modules rely on MINIMAL_FILES being indented for dedent, like inline YAML.
    assert textwrap.dedent(MINIMAL_FILES["lkjip.yaml"]).startswith("instansi:\n")


# --- scalars, numbers and budgets (docs/security.md) ------------------------------------------


def test_explicit_tags_are_read_only_when_the_text_fits(tmp_path: Path) -> None:
    text = (
        "a: !!float abc\nb: !!bool abc\nc: !!timestamp abc\nd: !!int 1.5\ne: !!null abc\n"
        "f: !!float 1.5\ng: !!int 7\nh: !!bool yes\ni: !!str 10\nj: !!float 2\n"
    )
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    assert keys(diagnostics) == [("LK010", "profil.yaml", n, 4) for n in range(1, 6)]
    assert 'nilai "abc" tidak dapat dibaca sebagai !!float' in diagnostics[0].message
    data = dataset.documents["profil.yaml"]
    assert all(isinstance(data[k], Refused) for k in "abcde")
    assert [data[k] for k in "fghij"] == [Decimal("1.5"), 7, True, "10", Decimal("2")]


def test_an_integer_key_that_is_not_one_refuses_its_mapping(tmp_path: Path) -> None:
    text = "target:\n  !!int abc: 1\n  2022: 2\nlain: 3\n"
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    assert keys(diagnostics) == [("LK010", "profil.yaml", 2, 3)]
    assert isinstance(dataset.documents["profil.yaml"]["target"], Refused)
    assert dataset.sourcemap.is_refused("profil.yaml", ("target",))


def test_numbers_are_bounded_before_they_are_converted(tmp_path: Path) -> None:
    long = "1" * (loader.MAX_NUMBER_CHARS + 1)
    text = (
        f"a: {long}\nb: 1.0e-999999\nc: 0.1e-999990\nd: 1.0e+1001\n"
        f"? 0x{'F' * 4000}\n: 1\nf: {'1:' * 2600}1\ng: 1.0e+400\nh: {long[:-1]}\n"
    )
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    assert [(d.code, d.location.line if d.location else None) for d in diagnostics] == [
        ("LK014", 1),
        ("LK014", 2),
        ("LK014", 3),
        ("LK014", 4),
        ("LK013", 5),
        ("LK009", 7),
    ]
    assert all(len(d.message) < 200 and len(d.hint or "") < 200 for d in diagnostics)
    data = dataset.documents.get("profil.yaml")
    assert data is None  # the hex key refused its mapping, the whole document


def test_numbers_within_the_bounds(tmp_path: Path) -> None:
    text = f"g: 1.0e+400\nh: {'1' * loader.MAX_NUMBER_CHARS}\ni: 1_000.5\nj: -.inf\nk: .NaN\n"
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    assert diagnostics == []
    data = dataset.documents["profil.yaml"]
    assert data["g"] == Decimal("1.0e+400") and data["h"] == int("1" * loader.MAX_NUMBER_CHARS)
    assert data["i"] == Decimal("1000.5") and data["j"] == Decimal("-Infinity")
    assert data["k"].is_nan()


def test_aliases_are_budgeted_in_characters(tmp_path: Path) -> None:
    big = "x" * (256 * 1024)
    text = f"a: &a {big}\nb: [{', '.join(['*a'] * 8)}]\n"
    _, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    # Placed at the anchored text, on the path of the alias that went over the budget.
    assert keys(diagnostics) == [("LK011", "profil.yaml", 1, 4)]
    assert diagnostics[0].location and diagnostics[0].location.path == "$.b[4]"
    assert "mengembang menjadi lebih dari 1 MB teks" in diagnostics[0].message


def test_a_few_aliases_of_long_text_are_fine(tmp_path: Path) -> None:
    text = f"a: &a {'x' * 1000}\nb: [{', '.join(['*a'] * 100)}]\n"
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    assert diagnostics == []
    assert len(dataset.documents["profil.yaml"]["b"]) == 100


def test_narrative_files_are_counted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_NARASI_FILES", 5)
    files = {**MINIMAL_FILES, **{f"narasi/indikator/IK{n}.md": "" for n in range(6)}}
    dataset, diagnostics = load(tmp_path, files)
    assert keys(diagnostics) == [("LK015", "narasi", None, None)]
    assert "6 berkas narasi (batasnya 5)" in diagnostics[0].message
    assert dataset.narasi == {}


def test_entries_walked_are_counted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_ENTRIES", 8)
    files = {**MINIMAL_FILES, **{f"narasi/lain/{n}.txt": "" for n in range(10)}}
    _, diagnostics = load(tmp_path, files)
    assert keys(diagnostics) == [("LK015", "narasi", None, None)]


def test_entries_of_the_dataset_folder_are_counted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_ENTRIES", 7)
    files = {**MINIMAL_FILES, **{f"salinan{n}.yml": "" for n in range(5)}}
    dataset, diagnostics = load(tmp_path, files)
    assert keys(diagnostics) == [("LK015", ".", None, None)]
    assert set(dataset.documents) == set(MINIMAL_FILES)  # read by name all the same


def test_findings_of_one_code_are_capped_per_file(tmp_path: Path) -> None:
    count = loader.MAX_FINDINGS_PER_CODE + 10
    text = "dasar_hukum: [" + ", ".join(["010"] * count) + "]\na: 0x1\n"
    dataset, diagnostics = load(tmp_path, {**MINIMAL_FILES, "profil.yaml": text})
    codes = [d.code for d in diagnostics]
    assert codes.count("LK008") == loader.MAX_FINDINGS_PER_CODE + 1 and "LK013" in codes
    assert "yang berikutnya tidak ditampilkan" in diagnostics[loader.MAX_FINDINGS_PER_CODE].message
    values = dataset.documents["profil.yaml"]["dasar_hukum"]
    assert len(values) == count and all(isinstance(v, Refused) for v in values)
