"""`lkjip reviu`: lkjip's own report passes it, exit codes, the three formats, and the
Catatan Hasil Reviu."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, app
from lkjip.pipeline import build
from lkjip.reviu import reviu
from tests.reviu.penulis import tulis

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dumai_kota_2022"
runner = CliRunner()

SALAH = [
    "LAPORAN KINERJA TAHUN 2022",
    "Tabel 3.1 Capaian",
    {
        "tabel": [
            ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Indeks Kepuasan Masyarakat", "87", "89,87", "103,2"],
        ]
    },
]


@pytest.fixture(scope="module")
def laporan_lkjip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("contoh") / "laporan.docx"
    diagnostics = build(EXAMPLE, out)
    assert not diagnostics.has_errors()
    return out


def test_lkjip_own_report_passes_reviu(laporan_lkjip: Path) -> None:
    """Every table of the report lkjip builds adds up as printed (Tabel 3.4's efficiency is
    the difference of the shown capaian and penyerapan)."""
    assert [d.message for d in reviu(laporan_lkjip)] == []
    result = runner.invoke(app, ["reviu", str(laporan_lkjip)])
    assert result.exit_code == EXIT_OK, result.output
    assert "Tidak ada masalah." in result.stdout


def test_findings_exit_1_and_name_table_row_column(tmp_path: Path) -> None:
    docx = tulis(tmp_path / "laporan.docx", SALAH)
    result = runner.invoke(app, ["reviu", str(docx)])
    assert result.exit_code == EXIT_FINDINGS
    assert (
        'laporan.docx: galat LK602 [reviu-capaian] Tabel 3.1, baris 1, kolom "Capaian (%)": '
        in result.stdout
    )


def test_json_and_github_formats(tmp_path: Path) -> None:
    docx = tulis(tmp_path / "laporan.docx", SALAH)
    result = runner.invoke(app, ["reviu", str(docx), "--format", "json"])
    assert result.exit_code == EXIT_FINDINGS
    (finding,) = json.loads(result.stdout)["diagnostics"]
    assert finding["code"] == "LK602" and finding["file"] == "laporan.docx"
    assert finding["path"] == 'Tabel 3.1, baris 1, kolom "Capaian (%)"'
    result = runner.invoke(app, ["reviu", str(docx), "--format", "github"])
    line = result.stdout.strip()
    assert line.startswith("::error file=") and "laporan.docx" in line
    assert "title=LK602 reviu-capaian::Tabel 3.1%2C" not in line  # message part keeps commas
    assert "::Tabel 3.1, baris 1" in line


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    bogus = tmp_path / "laporan.docx"
    bogus.write_text("bukan dokumen Word", encoding="utf-8")
    result = runner.invoke(app, ["reviu", str(bogus)])
    assert result.exit_code == EXIT_ERROR
    assert "LK601" in result.stdout
    assert runner.invoke(app, ["reviu", str(tmp_path / "tidak-ada.docx")]).exit_code == EXIT_ERROR


def test_catatan_hasil_reviu(tmp_path: Path) -> None:
    import docx

    source = tulis(tmp_path / "laporan.docx", SALAH)
    out = tmp_path / "catatan" / "catatan.docx"
    result = runner.invoke(app, ["reviu", str(source), "--out", str(out)])
    assert result.exit_code == EXIT_FINDINGS
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "CATATAN HASIL REVIU" in text and "laporan.docx" in text and "1 temuan" in text
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["No", "Tempat", "Temuan", "Jenis", "Kode"]
    row = [c.text for c in table.rows[1].cells]
    assert row[1] == 'Tabel 3.1, baris 1, kolom "Capaian (%)"' and row[4] == "LK602"
    assert "103,30" in row[2] and row[3] == "kesalahan"


def test_out_may_not_replace_the_reviewed_report(tmp_path: Path) -> None:
    source = tulis(tmp_path / "laporan.docx", SALAH)
    before = source.read_bytes()
    result = runner.invoke(app, ["reviu", str(source), "--out", str(source)])
    assert result.exit_code == EXIT_ERROR
    assert source.read_bytes() == before


def test_zip_bomb_and_entities_refused_before_parsing(tmp_path: Path) -> None:
    import zipfile

    source = tulis(tmp_path / "laporan.docx", SALAH)
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(source) as good, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as bad:
        for item in good.infolist():
            bad.writestr(item, good.read(item))
        bad.writestr("word/media/nol.bin", b"\0" * (8 * 1024 * 1024))
    found = reviu(bomb)
    assert [d.code for d in found] == ["LK601"] and "mengembang" in found.items[0].message
    entity = tmp_path / "entitas.docx"
    with zipfile.ZipFile(source) as good, zipfile.ZipFile(entity, "w") as bad:
        for item in good.infolist():
            data = good.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1)
            bad.writestr(item, data)
    found = reviu(entity)
    assert [d.code for d in found] == ["LK601"] and "ENTITY" in found.items[0].message


def test_a_crashing_check_is_lk901_not_a_traceback(tmp_path: Path, monkeypatch) -> None:
    import lkjip.reviu as reviu_package

    def broken(dokumen: object) -> list[object]:
        raise IndexError("kerusakan buatan")

    monkeypatch.setattr(reviu_package, "temuan_dokumen", broken)
    source = tulis(tmp_path / "laporan.docx", SALAH)
    result = runner.invoke(app, ["reviu", str(source)])
    assert result.exit_code == EXIT_FINDINGS
    assert "LK901" in result.stdout and "bug lkjip" in result.stdout


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_reports_pass_reviu(tmp_path: Path, seed: int) -> None:
    """A large report lkjip builds (many sasaran, repeated indicator names, PK murni and
    perubahan, quarterly capaian of accumulating indicators, a sasaran mean under a cap)
    passes reviu too."""
    from bench.generate import generate

    data = generate(1, tmp_path / "data", seed)
    out = tmp_path / "laporan.docx"
    assert not build(data, out).has_errors()
    assert [d.message for d in reviu(out)] == []


@pytest.mark.parametrize("example", sorted(p.name for p in (ROOT / "examples").iterdir()
                                           if (p / "lkjip.yaml").exists()))  # fmt: skip
def test_every_example_passes_reviu(tmp_path: Path, example: str) -> None:
    out = tmp_path / "laporan.docx"
    assert not build(ROOT / "examples" / example, out).has_errors()
    assert [d.message for d in reviu(out)] == []
