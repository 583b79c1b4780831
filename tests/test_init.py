"""`lkjip init`: the starter dataset validates clean with --strict, builds, and never
overwrites an existing folder."""

from __future__ import annotations

import json

import pytest

from lkjip import pipeline
from lkjip.init import create_dataset, starter_dir
from lkjip.model import DOCUMENTS
from lkjip.pipeline import LkjipUsageError
from lkjip.source.schema import schema_file_name, schema_text


def _problems(diagnostics) -> str:
    return "\n".join(f"{d.location}: {d.code} {d.message}" for d in diagnostics)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    target = tmp_path_factory.mktemp("init") / "data"
    written = create_dataset(target)
    return target, written


def test_writes_every_input_file_with_schema_line(dataset):
    target, written = dataset
    assert all(p.is_file() and p.is_relative_to(target) for p in written)
    for file in DOCUMENTS:
        first = (target / file).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schema/{schema_file_name(file)}"
        schema = target / "schema" / schema_file_name(file)
        assert schema.read_text(encoding="utf-8") == schema_text(file)
        json.loads(schema.read_text(encoding="utf-8"))
    assert (target / ".gitignore").is_file()
    assert (target / "README.md").is_file()
    assert (target / "narasi" / "indikator" / "IKM.md").is_file()


def test_validates_clean_with_strict(dataset):
    target, _ = dataset
    project, diagnostics = pipeline.validate(target)
    assert project is not None
    assert not diagnostics.fails(strict=True), _problems(diagnostics)
    assert len(diagnostics) == 0, _problems(diagnostics)


def test_every_field_is_commented(dataset):
    """Each YAML file explains itself: more comment lines than a bare data file would have."""
    target, _ = dataset
    for file in DOCUMENTS:
        lines = (target / file).read_text(encoding="utf-8").splitlines()
        comments = [line for line in lines if line.lstrip().startswith("#") or " # " in line]
        assert len(comments) >= 10, file


def test_builds(dataset, tmp_path):
    target, _ = dataset
    out = tmp_path / "x.docx"
    diagnostics = pipeline.build(target, out, strict=True)
    assert not diagnostics.has_errors(), _problems(diagnostics)
    assert not diagnostics.fails(strict=True), _problems(diagnostics)
    assert out.stat().st_size > 10_000


def test_refuses_non_empty_folder_and_leaves_it_untouched(tmp_path):
    target = tmp_path / "data"
    target.mkdir()
    existing = target / "lkjip.yaml"
    existing.write_text("tahun: 2020\n", encoding="utf-8")
    with pytest.raises(LkjipUsageError, match="tidak kosong"):
        create_dataset(target)
    assert [p.name for p in target.iterdir()] == ["lkjip.yaml"]
    assert existing.read_text(encoding="utf-8") == "tahun: 2020\n"


def test_refuses_a_folder_holding_only_a_hidden_file(tmp_path):
    (tmp_path / ".git").mkdir()
    with pytest.raises(LkjipUsageError):
        create_dataset(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [".git"]


def test_refuses_a_file(tmp_path):
    path = tmp_path / "data"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(LkjipUsageError, match="bukan folder"):
        create_dataset(path)


def test_works_in_an_existing_empty_folder(tmp_path):
    written = create_dataset(tmp_path)
    assert (tmp_path / "lkjip.yaml") in written
    _, diagnostics = pipeline.validate(tmp_path)
    assert not diagnostics.fails(strict=True), _problems(diagnostics)


def test_creates_missing_parents(tmp_path):
    target = tmp_path / "a" / "b" / "data"
    create_dataset(target)
    assert (target / "kinerja.yaml").is_file()


def test_written_files_match_the_starter_files(dataset):
    target, written = dataset
    starters = {p.relative_to(starter_dir()) for p in starter_dir().rglob("*") if p.is_file()}
    names = {p.relative_to(target) for p in written}
    for rel in starters:
        expected = rel.with_name(".gitignore") if rel.name == "gitignore" else rel
        assert expected in names


@pytest.mark.parametrize(
    ("nama", "jabatan"),
    [
        ("Kecamatan Sukajadi", "Camat Sukajadi"),
        (
            "Dinas Kependudukan dan Pencatatan Sipil",
            "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        ),
        ("Kecamatan Tanjung Pinang Barat", "Camat Tanjung Pinang Barat"),
    ],
)
def test_nama_replaces_the_example_agency(tmp_path, nama, jabatan):
    create_dataset(tmp_path, nama=nama)
    project, diagnostics = pipeline.validate(tmp_path)
    assert project is not None
    assert not diagnostics.fails(strict=True), _problems(diagnostics)
    assert project.laporan.instansi.nama == nama
    assert project.laporan.penandatangan.jabatan == jabatan
    assert nama in project.renstra.sasaran[0].teks
    assert "Kecamatan Contoh" not in (tmp_path / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("nama", ["Kecamatan: Contoh", "  ", "#Kecamatan", 'Kecamatan "X"'])
def test_nama_that_would_break_yaml_is_refused(tmp_path, nama):
    target = tmp_path / "data"
    with pytest.raises(LkjipUsageError):
        create_dataset(target, nama=nama)
    assert not target.exists()
