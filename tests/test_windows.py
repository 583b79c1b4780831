"""Data made on a Windows PC: CRLF line ends and a byte-order mark (Notepad, Excel), image
paths written with backslashes, folder names with spaces and non-ASCII letters. Each gives
the same findings, at the same places, and the same report as the data written on Linux."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

from lkjip.pipeline import run
from tests.helpers import EXAMPLE

# A 1×1 PNG: the smallest image lkjip accepts as a bagan.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


def _windows_copy(source: Path, target: Path, *, bom: bool = False) -> Path:
    """The dataset with every YAML and Markdown file saved with CRLF (and a BOM)."""
    shutil.copytree(source, target)
    for path in [*target.rglob("*.yaml"), *target.rglob("*.md")]:
        text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
        path.write_text(text, encoding="utf-8-sig" if bom else "utf-8", newline="")
    return target


def _findings(root: Path) -> list[tuple[str, str | None, int | None, int | None, str]]:
    result = run(root)
    return sorted(
        (d.code, d.location.file, d.location.line, d.location.col, d.message)
        for d in result.diagnostics
    )


def _broken(tmp_path: Path, name: str) -> Path:
    """The example with a finding in kinerja.yaml and one in a narrative file."""
    root = tmp_path / name
    shutil.copytree(EXAMPLE, root)
    kinerja = root / "kinerja.yaml"
    kinerja.write_text(kinerja.read_text().replace("tahun: 2022", "tahun: 2021", 1))
    narasi = sorted((root / "narasi").glob("*.md"))[0]
    narasi.write_text(narasi.read_text() + "\nCapaian {{ ind.IKM.capain }}.\n")
    return root


def test_crlf_and_bom_give_the_same_findings_at_the_same_places(tmp_path):
    lf = _broken(tmp_path, "lf")
    crlf = _windows_copy(lf, tmp_path / "crlf", bom=True)
    expected = _findings(lf)
    assert {code for code, *_ in expected} >= {"LK312", "LK402"}
    assert _findings(crlf) == expected


def test_crlf_renders_the_same_narrative(tmp_path):
    crlf = _windows_copy(EXAMPLE, tmp_path / "crlf")
    expected, got = run(EXAMPLE), run(crlf)
    assert got.narasi is not None and expected.narasi is not None
    assert not [name for name, text in got.narasi.items() if "\r" in text]
    assert got.narasi == expected.narasi


def test_backslash_image_path_names_the_file(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(EXAMPLE, root)
    (root / "lampiran").mkdir()
    (root / "lampiran" / "bagan kecamatan.png").write_bytes(PNG)
    profil = root / "profil.yaml"
    text = profil.read_text(encoding="utf-8")
    marker = "    judul_bagan: Bagan Organisasi Kecamatan Dumai Kota\n"
    assert marker in text
    profil.write_text(
        text.replace(marker, marker + '    bagan: "lampiran\\\\bagan kecamatan.png"\n', 1),
        encoding="utf-8",
    )
    assert [d for d in run(root).diagnostics if d.code.startswith("LK4")] == []
    absolute = text.replace(marker, marker + '    bagan: "C:\\\\Data\\\\bagan.png"\n', 1)
    profil.write_text(absolute, encoding="utf-8")
    assert "LK012" in {d.code for d in run(root).diagnostics}  # outside the dataset


def test_folder_names_with_spaces_and_non_ascii_letters(tmp_path):
    from typer.testing import CliRunner

    from lkjip.cli import app

    root = tmp_path / "Pemkot Dumai" / "Kecamatan Bukit Kapur – bappéda"
    shutil.copytree(EXAMPLE, root)
    out = tmp_path / "Laporan 2022" / "bappéda.docx"
    result = CliRunner().invoke(app, ["build", str(root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 10_000
    many = CliRunner().invoke(app, ["validate", str(tmp_path / "Pemkot Dumai")])
    assert many.exit_code == 0, many.output
