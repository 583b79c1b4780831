"""`lkjip init`: the starter dataset of every jenis validates clean with --strict, builds
without another jenis's wording, and never overwrites an existing folder."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from lkjip import pipeline
from lkjip.init import create_dataset, starter_dir
from lkjip.model import DOCUMENTS
from lkjip.model.jenis import JenisInstansi, ciri, dasar_hukum_bawaan
from lkjip.pipeline import LkjipUsageError
from lkjip.resources import reference_data
from lkjip.source.schema import schema_file_name, schema_text


def _problems(diagnostics) -> str:
    return "\n".join(f"{d.location}: {d.code} {d.message}" for d in diagnostics)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    target = tmp_path_factory.mktemp("init") / "data"
    written = create_dataset(target, tahun=2024)
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
        create_dataset(tmp_path, tahun=2024)
    assert [p.name for p in tmp_path.iterdir()] == [".git"]


def test_refuses_a_file(tmp_path):
    path = tmp_path / "data"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(LkjipUsageError, match="bukan folder"):
        create_dataset(path)


def test_works_in_an_existing_empty_folder(tmp_path):
    written = create_dataset(tmp_path, tahun=2024)
    assert (tmp_path / "lkjip.yaml") in written
    _, diagnostics = pipeline.validate(tmp_path)
    assert not diagnostics.fails(strict=True), _problems(diagnostics)


def test_creates_missing_parents(tmp_path):
    target = tmp_path / "a" / "b" / "data"
    create_dataset(target, tahun=2024)
    assert (target / "kinerja.yaml").is_file()


def test_written_files_match_the_starter_files(dataset):
    target, written = dataset
    starters = {p.relative_to(starter_dir()) for p in starter_dir().rglob("*") if p.is_file()}
    names = {p.relative_to(target) for p in written}
    renamed = {"gitignore": ".gitignore", "INDIKATOR2.md": "PELIMPAHAN.md"}
    for rel in starters:
        assert rel.with_name(renamed.get(rel.name, rel.name)) in names
    assert (target / "lampiran" / "README.md").is_file()


@pytest.mark.parametrize(
    ("nama", "induk", "jabatan", "atasan"),
    [
        ("Kecamatan Sukajadi", "Pemerintah Kota Dumai", "Camat Sukajadi", "Wali Kota Dumai"),
        (
            "Dinas Kependudukan dan Pencatatan Sipil",
            "Pemerintah Kabupaten Siak",
            "Kepala Dinas Kependudukan dan Pencatatan Sipil",
            "Bupati Siak",
        ),
        (
            "Dinas Perhubungan Kabupaten Sleman",
            None,
            "Kepala Dinas Perhubungan Kabupaten Sleman",
            "Bupati Sleman",
        ),
        ("Inspektorat Provinsi Riau", None, "Inspektur Provinsi Riau", "Gubernur Riau"),
        ("Pemerintah Kota Dumai", None, "Wali Kota Dumai", None),
        (
            "Direktorat Jenderal Pajak",
            "Kementerian Keuangan",
            "Direktur Jenderal Pajak",
            "Menteri Keuangan",
        ),
    ],
)
def test_nama_gives_jenis_head_and_pihak_kedua(tmp_path, nama, induk, jabatan, atasan):
    create_dataset(tmp_path, nama=nama, induk=induk, tahun=2023)
    project, diagnostics = pipeline.validate(tmp_path)
    assert project is not None
    assert len(diagnostics) == 0, _problems(diagnostics)
    assert project.laporan.instansi.nama == nama
    assert project.laporan.penandatangan.jabatan == jabatan
    if atasan is None:
        assert project.laporan.atasan is None
        assert project.laporan.penandatangan.nip is None
    else:
        assert project.laporan.atasan.jabatan == atasan
    assert nama in project.renstra.sasaran[0].teks
    assert nama in (tmp_path / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("nama", ["Kecamatan: Contoh", "  ", "#Kecamatan", 'Kecamatan "X"'])
def test_nama_that_would_break_yaml_is_refused(tmp_path, nama):
    target = tmp_path / "data"
    with pytest.raises(LkjipUsageError):
        create_dataset(target, nama=nama, tahun=2024)
    assert not target.exists()


def test_unknown_jenis_is_refused_with_the_choices(tmp_path):
    with pytest.raises(LkjipUsageError, match="pilihan: kecamatan, dinas, badan"):
        create_dataset(tmp_path / "data", jenis="dinaz", tahun=2024)
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [("Kecamatan Sukajadi", "kecamatan"), ("Kantor Wilayah Kementerian Agama", "unit-eselon-i")],
)
def test_induk_required_when_it_cannot_be_derived(tmp_path, nama, jenis):
    with pytest.raises(LkjipUsageError, match="--induk wajib"):
        create_dataset(tmp_path / "data", nama=nama, jenis=jenis, tahun=2024)


def test_jenis_is_inferred_from_nama(tmp_path):
    create_dataset(tmp_path, nama="Badan Pendapatan Daerah Kota Dumai", tahun=2024)
    project, _ = pipeline.validate(tmp_path)
    assert project.laporan.instansi.jenis is JenisInstansi.BADAN
    assert project.laporan.instansi.induk == "Pemerintah Kota Dumai"


def _docx_text(path) -> str:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return " ".join(re.sub(r"<[^>]+>", " ", xml).split())


def _asing(jenis: JenisInstansi) -> list[str]:
    """The phrases data/jenis.yaml reserves for other jenis."""
    khas = reference_data("jenis.yaml")["kata_khas"]
    return [frasa for frasa, boleh in khas.items() if jenis.value not in boleh]


@pytest.mark.parametrize("tahun", [2020, 2024])
@pytest.mark.parametrize("jenis", list(JenisInstansi), ids=lambda j: j.value)
def test_every_jenis_validates_clean_and_builds_in_its_own_words(tmp_path, jenis, tahun):
    data = tmp_path / "data"
    create_dataset(data, jenis=jenis.value, tahun=tahun)
    project, diagnostics = pipeline.validate(data)
    assert project is not None
    assert len(diagnostics) == 0, _problems(diagnostics)
    laporan, ciri_jenis = project.laporan, ciri(jenis)
    assert laporan.instansi.jenis is jenis
    assert laporan.penandatangan.jabatan.startswith(ciri_jenis.sebutan_kepala.split()[0])
    assert (laporan.atasan is not None) == ciri_jenis.punya_pihak_kedua
    assert (laporan.penandatangan.nip is not None) == ciri_jenis.punya_pihak_kedua
    assert project.profil.dasar_hukum == [r.judul for r in dasar_hukum_bawaan(ciri_jenis, tahun)]
    assert project.renstra.periode.awal <= tahun <= project.renstra.periode.akhir
    assert laporan.penandatanganan.tanggal.year == tahun + 1
    assert project.kinerja.perjanjian_kinerja[0].tanggal.year == tahun
    out = tmp_path / "laporan.docx"
    diagnostics = pipeline.build(data, out, strict=True)
    assert not diagnostics.fails(strict=True), _problems(diagnostics)
    text = _docx_text(out)
    assert laporan.instansi.nama in text
    for frasa in _asing(jenis):
        assert frasa not in text, f"{frasa!r} in a {jenis.value} report"
    for path in data.rglob("*"):
        if path.is_file() and path.suffix in (".yaml", ".md"):
            written = path.read_text(encoding="utf-8")
            assert "Contoh" not in written.replace("Contoh (hapus", ""), path


def _cli(*args: str):
    from typer.testing import CliRunner

    from lkjip.cli import app

    return CliRunner().invoke(app, ["init", *args])


def test_cli_writes_the_jenis_asked_for(tmp_path):
    result = _cli(
        str(tmp_path / "d"),
        "--jenis",
        "inspektorat",
        "--nama",
        "Inspektorat Kota Dumai",
        "--tahun",
        "2023",
    )
    assert result.exit_code == 0, result.output
    project, diagnostics = pipeline.validate(tmp_path / "d")
    assert project.laporan.instansi.jenis is JenisInstansi.INSPEKTORAT
    assert project.laporan.atasan.jabatan == "Wali Kota Dumai"
    assert project.tahun == 2023
    assert len(diagnostics) == 0, _problems(diagnostics)


@pytest.mark.parametrize(
    ("args", "pesan"),
    [
        (["--jenis", "kelurahan"], "tidak dikenal; pilihan: kecamatan"),
        (["--nama", "Kecamatan Sukajadi"], "--induk wajib"),
        (["--dari", "x", "--nama", "Dinas X"], "jangan dipakai bersama"),
        (["--tahun", "1999"], "di luar rentang"),
    ],
)
def test_cli_usage_errors_exit_2_without_writing(tmp_path, args, pesan):
    result = _cli(str(tmp_path / "d"), *args)
    assert result.exit_code == 2
    assert pesan in result.output
    assert not (tmp_path / "d").exists()


def test_tahun_defaults_to_last_year():
    import datetime as dt

    from lkjip.init import tahun_bawaan

    assert tahun_bawaan(dt.date(2026, 1, 10)) == 2025
