"""Regenerate docs/gallery/: three pages of each example report as small PNGs.

Run from the repository root:  make gallery   (or .venv/bin/python tools/gallery.py)

For every folder of examples/ with an lkjip.yaml, the report is built with --pdf (LibreOffice),
and three pages are rendered by pdftoppm at a low resolution: the cover, the first page that
holds a numbered table and the first page that holds a data chart (a "Gambar" after Bab I).
The pictures are written as <example>-sampul.png, <example>-tabel.png and
<example>-grafik.png, and docs/gallery/README.md lists them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GALLERY = ROOT / "docs" / "gallery"
DPI = 40  # small enough to keep the repository light, large enough to judge a layout
NUMBER_ROW = re.compile(r"^\s*\(1\)\s+\(2\)\s+\(3\)", re.M)
# A figure of Bab II or later: Bab I's figures are organisation charts, not data charts.
CHART_CAPTION = re.compile(r"^\s*Gambar (?!1\.)\d+\.\d+ ", re.M)


def main() -> int:
    examples = sorted(p for p in (ROOT / "examples").iterdir() if (p / "lkjip.yaml").is_file())
    GALLERY.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Galeri",
        "",
        "Tiga halaman setiap contoh laporan (sampul, halaman tabel, halaman grafik), dibuat "
        "ulang dengan `make gallery`.",
        "",
    ]
    for example in examples:
        lines += gallery_of(example)
    (GALLERY / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def gallery_of(example: Path) -> list[str]:
    """Render the three pages of one example; the README lines that show them."""
    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / f"{example.name}.docx"
        lkjip = Path(sys.executable).parent / "lkjip"
        subprocess.run(
            [str(lkjip), "build", str(example), "--out", str(docx), "--pdf"],
            check=True,
            capture_output=True,
            timeout=600,
        )
        pdf = docx.with_suffix(".pdf")
        texts = _page_texts(pdf)
        chosen = {"sampul": 1}
        chosen["tabel"] = _first(texts, NUMBER_ROW, after=_lists_end(texts))
        chosen["grafik"] = _first(texts, CHART_CAPTION, after=_lists_end(texts))
        lines = [f"## {example.name}", ""]
        for name, page in chosen.items():
            if page is None:
                continue
            target = GALLERY / f"{example.name}-{name}.png"
            _render(pdf, page, target)
            lines.append(f"![{name} ({example.name}, halaman {page})]({target.name})")
        return [*lines, ""]


def _page_texts(pdf: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=120
    )
    return done.stdout.decode("utf-8").split("\f")


def _lists_end(texts: list[str]) -> int:
    """The page after the Daftar Gambar (whose entries also read "Gambar 3.1 …")."""
    for i, text in enumerate(texts):
        if "DAFTAR GAMBAR" in text[:400]:
            return i + 1
    return 1


def _first(texts: list[str], pattern: re.Pattern[str], *, after: int) -> int | None:
    """The 1-based number of the first page after page `after` whose text matches."""
    for i in range(after, len(texts)):
        if pattern.search(texts[i]):
            return i + 1
    return None


def _render(pdf: Path, page: int, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "p"
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile",
             str(pdf), str(stem)],
            check=True,
            capture_output=True,
            timeout=120,
        )  # fmt: skip
        shutil.move(str(stem.with_suffix(".png")), target)


if __name__ == "__main__":
    sys.exit(main())
