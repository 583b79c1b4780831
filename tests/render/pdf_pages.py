"""Measure a rendered PDF page by page, as a reviewer sees it: how much of each page's text
area is left empty at the bottom, and what each page begins with.

Pages are rasterised in grey by pdftoppm (PGM, parsed here: no imaging library needed).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import pdf_text, poppler

DPI = 24
INK = 160  # a pixel darker than this (0..255) is ink
MARGIN_INCHES = 1701 / 1440  # top and bottom margin of the reference template (30 mm)


@dataclass(frozen=True)
class Page:
    number: int  # 1-based, in the PDF
    lines: list[str]  # non-empty text lines, stripped
    blank: float  # share of the text area below its last inked row (0..1)
    landscape: bool = False  # wider than tall


def measure(pdf: Path) -> list[Page]:
    texts = pdf_text(pdf).split("\f")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [poppler("pdftoppm"), "-gray", "-r", str(DPI), str(pdf), f"{folder}/p"],
            check=True,
            capture_output=True,
            timeout=120,
        )
        images = sorted(Path(folder).glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[1]))
        rasters = [_read_pgm(image) for image in images]
        blanks = [_blank_share(rows) for rows in rasters]
        landscape = [len(rows[0]) > len(rows) for rows in rasters]
    lines = [
        [line.strip() for line in texts[i].splitlines() if line.strip()] for i in range(len(blanks))
    ]
    header = running_header(lines)
    return [
        Page(i + 1, page[1:] if header and page[:1] == [header] else page, blank, wide)
        for i, (page, blank, wide) in enumerate(zip(lines, blanks, landscape, strict=True))
    ]


def running_header(pages: list[list[str]]) -> str | None:
    """The line that opens most pages: the running header, not part of the page's text."""
    firsts = Counter(page[0] for page in pages if page)
    if not firsts:
        return None
    line, count = firsts.most_common(1)[0]
    return line if count > len(pages) / 2 else None


def _read_pgm(path: Path) -> list[bytes]:
    """The rows of a binary (P5, 8-bit) PGM file."""
    data = path.read_bytes()
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:  # magic, width, height, maxval
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    position += 1  # the single whitespace before the raster
    assert fields[0] == b"P5", "pdftoppm -gray writes P5"
    width, height = int(fields[1]), int(fields[2])
    return [data[position + r * width : position + (r + 1) * width] for r in range(height)]


def _blank_share(rows: list[bytes]) -> float:
    """Share of the text area (between the top and bottom margins) below its last inked row;
    the footer with the page number sits in the bottom margin and does not count."""
    margin = round(MARGIN_INCHES * DPI)
    area = rows[margin : len(rows) - margin]
    inked = [i for i, row in enumerate(area) if min(row) < INK]
    if not inked:
        return 1.0
    return (len(area) - 1 - inked[-1]) / len(area)


# A chapter-level title: what opens a new page by design (front matter, chapters, lampiran,
# and the annex of a document in the lampiran: "LAMPIRAN PERJANJIAN KINERJA …", the head
# "LAMPIRAN : KEPUTUSAN …" of a decree's annex).
CHAPTER_START = re.compile(
    r"^(BAB [IVX]+$|KATA PENGANTAR|IKHTISAR EKSEKUTIF|DAFTAR (ISI|TABEL|GAMBAR)|LAMPIRAN\b"
    r"|Lampiran \d+\. )"
)
NUMBER_ROW = re.compile(r"^\(1\)\s+\(2\)\s+\(3\)")
# At most this many lines of a repeated two-row header, as pdftotext reads it: a grouped header
# over narrow period columns ("Target Semester" above "Smt I", "Smt II") wraps into several.
_HEADER_LINES = 9
_CAPTION = re.compile(r"^Tabel \d+(\.\d+)? ")


def ends_a_chapter(pages: list[Page], index: int) -> bool:
    """Whether pages[index] is the last page of a chapter (or of the report, or the cover), or
    of a run of pages of one orientation: a table too wide for a portrait page is set on
    pages of its own, and the page before it ends where the portrait text does."""
    if index == 0 or index == len(pages) - 1:
        return True
    if pages[index + 1].landscape != pages[index].landscape:
        return True
    following = pages[index + 1].lines
    return bool(following) and CHAPTER_START.match(following[0]) is not None


def table_starts(pages: list[Page]) -> list[tuple[int, bool]]:
    """(page number, continued) for every appearance of a table's column-number row
    "(1) (2) (3) …", which every data table repeats with its header on each page it covers.
    An appearance continues the table before it when it opens its page: only the repeated
    header (a few lines) above it, no caption and no all-capitals title."""
    found = []
    for page in pages:
        rows = [i for i, line in enumerate(page.lines) if NUMBER_ROW.match(line)]
        for k, i in enumerate(rows):
            above = page.lines[:i]
            introduced = any(_CAPTION.match(line) or _is_title(line) for line in above)
            found.append((page.number, k == 0 and i <= _HEADER_LINES and not introduced))
    return found


def _is_title(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 15 and all(c.isupper() for c in letters)
