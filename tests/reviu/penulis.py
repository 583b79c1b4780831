"""A small Word writer for the reviu tests: types a report into a .docx with python-docx,
the way a person does in Word — paragraphs, and tables with merged header cells — and never
through lkjip's own renderer.

A document is a list of blocks: a string is a paragraph; a dict `{"tabel": rows, "gabung":
[[r0, c0, r1, c1], …]}` is a table whose cells from (r0, c0) to (r1, c1) are merged (Word's
gridSpan across, vMerge down). A cell's "\\n" starts a new paragraph inside the cell.

`seed_blocks()` types the seed report (`seed_dumai_kota_2022.txt`, the LKjIP Kecamatan Dumai
Kota 2022 as printed) this way: lines with tabs are table rows, and the merges a Word author
makes are restored — a header cell with empty cells to its right above labelled cells spans
them, an empty header or name cell under a filled one continues it down, and a data row with
one label and nothing after it is a group row spanning the table.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

SEED = Path(__file__).parent / "seed_dumai_kota_2022.txt"

Block = str | dict[str, Any]


def tulis(path: Path, blocks: list[Block]) -> Path:
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        rows: list[list[str]] = block["tabel"]
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            for c in range(width):
                text = row[c] if c < len(row) else ""
                cell = table.cell(r, c)
                lines = text.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
        for r0, c0, r1, c1 in block.get("gabung", []):
            table.cell(r0, c0).merge(table.cell(r1, c1))
        document.add_paragraph("")
    document.save(str(path))
    return path


# --- the seed as printed -------------------------------------------------------------------------

_NOMOR = re.compile(r"^\(?\d{1,2}\)?\s*(=.*)?$")
_NAMA_KOLOM = re.compile(r"^(no\.?|sasaran|indikator|tujuan|strategi|satuan|kebijakan)", re.I)


def _clean(line: str) -> str:
    """Markdown and LaTeX of the text transcription, as the printed page shows them."""
    line = re.sub(r"<[^>]+>", " ", line)
    line = line.replace("**", "").replace("$$", "")
    line = line.replace("\\times", "x").replace("\\%", "%")
    line = re.sub(r"\\text\{([^}]*)\}", r"\1", line)
    line = re.sub(r"^\s*[-❖]\s+", "", line)
    return "\n".join(" ".join(part.split()) for part in line.split("\n"))


def _number_row(row: list[str]) -> bool:
    filled = [c.strip() for c in row if c.strip()]
    numbers = [int(re.sub(r"\D", "", c.split("=")[0])) for c in filled if _NOMOR.match(c)]
    rising = all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
    return rising and len(numbers) >= 3 and len(numbers) >= 0.6 * len(filled)


def _header_count(rows: list[list[str]]) -> int:
    for k, row in enumerate(rows[:6]):
        if _number_row(row):
            return k + 1
    count = 1
    while (
        count < len(rows)
        and not any(re.search(r"\d", c) for c in rows[count])
        and all(not c.strip() for c in rows[count][:1])
    ):
        count += 1
    return count


def _merges(rows: list[list[str]]) -> list[list[int]]:
    header = _header_count(rows)
    width = len(rows[0])
    merges: list[list[int]] = []
    covered: set[tuple[int, int]] = set()
    body = [k for k in range(header) if not _number_row(rows[k])]
    for r in body:  # header cells spanning the labelled cells under them
        c = 0
        while c < width:
            end = c
            if rows[r][c].strip():
                while (
                    end + 1 < width
                    and not rows[r][end + 1].strip()
                    and any(rows[q][end + 1].strip() for q in body if q > r)
                ):
                    end += 1
            if end > c:
                merges.append([r, c, r, end])
                covered |= {(r, k) for k in range(c, end + 1)}
            c = end + 1
    for c in range(width):  # header cells continued down over empty cells
        r = 0
        while r < len(body):
            start = body[r]
            end = start
            while (
                r + 1 < len(body)
                and not rows[body[r + 1]][c].strip()
                and (body[r + 1], c) not in covered
            ):
                r += 1
                end = body[r]
            if end > start and rows[start][c].strip():
                merges.append([start, c, end, c])
            r += 1
    name_columns = {
        c
        for c in range(width)
        if _NAMA_KOLOM.match(" ".join(rows[k][c] for k in range(header)).strip())
    }
    for r in range(header, len(rows)):  # group rows, and names continued down
        filled = [c for c in range(width) if rows[r][c].strip()]
        if (
            1 <= len(filled) <= 2
            and filled[-1] < width - 1
            and filled[-1] >= 1
            and r > header - 1
            and not any(rows[r][k].strip() for k in range(filled[-1] + 1, width))
            and width > 3
        ):
            merges.append([r, filled[-1], r, width - 1])
    for c in sorted(name_columns):
        r = header
        while r < len(rows):
            end = r
            while end + 1 < len(rows) and not rows[end + 1][c].strip() and rows[r][c].strip():
                end += 1
            if end > r:
                merges.append([r, c, end, c])
            r = end + 1
    return merges


# A few cells of the transcription join on one line what the printed page sets on separate
# lines of one cell (three indicator names of Tabel 3.4; the programs, kegiatan and amounts
# of the PK's Tabel 2.6, one per line).
_BARIS_SEL = (
    (" Kualitas sumber daya lembaga masyarakat", "\nKualitas sumber daya lembaga masyarakat"),
    (" Persentase Swadaya Masyarakat", "\nPersentase Swadaya Masyarakat"),
)
# The lines of a PK row's cells: "Kegiatan :" on its own line, then each kegiatan and each
# amount on a line of its own.
_BARIS_PK = (
    (" Kegiatan : ", "\nKegiatan :\n"),
    *(
        (" " + awal, "\n" + awal)
        for awal in (
            "Penyelenggaraan Urusan Pemerintahan yang tidak",
            "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan",
            "Koordinasi Upaya",
            "Rp",
        )
    ),
)


def seed_blocks() -> list[Block]:
    blocks: list[Block] = []
    table: list[list[str]] = []

    def flush() -> None:
        if table:
            width = max(len(r) for r in table)
            rows = [[_clean(c).strip() for c in r] + [""] * (width - len(r)) for r in table]
            rows = [r for r in rows if not all(set(c) <= {"-", ""} for c in r)]
            blocks.append({"tabel": rows, "gabung": _merges(rows)})
            table.clear()

    for raw in SEED.read_text(encoding="utf-8").splitlines():
        if "\t" in raw:
            pk = " Kegiatan : " in raw  # a row of the PK: program, "Kegiatan :", kegiatan
            for old, new in _BARIS_SEL + (_BARIS_PK if pk else ()):
                raw = raw.replace(old, new)
            table.append(raw.split("\t"))
            continue
        flush()
        text = _clean(raw)
        if text:
            blocks.extend(
                part.strip() for part in re.split(r"(?<=\*\*)(?=\S)", text) if part.strip()
            )
    flush()
    return blocks
