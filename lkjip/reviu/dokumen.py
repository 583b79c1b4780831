"""A Word LKjIP as `lkjip reviu` reads it: paragraphs and tables in document order.

A table becomes a grid: a cell merged across columns (`w:gridSpan`) or down rows (`w:vMerge`)
fills every grid position it covers, marked as a continuation after the first, so a column of
a two-row header ("Kinerja" over "Target | Realisasi | %") reads as "Kinerja › Target". The
header rows are found by the column-number row most reports print under them ("1 2 3 …",
"(1) (2) …"), else by the rows Word repeats as header, else by merged cells in the first
rows. Each table is named by its caption ("Tabel 3.4") when a paragraph just before it holds
one.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkjip.checks import konteks

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A .docx to review comes from someone else: what it may make lkjip read. A .docx is a zip of
# XML parts; the sizes are those its directory declares, which bound what Python's zipfile
# ever inflates. A report of a hundred pages with its images is a few MB.
MAKS_BERKAS = 50 * 1024 * 1024  # the file itself
MAKS_ISI = 200 * 1024 * 1024  # all its parts, inflated
MAKS_BAGIAN = 10_000
MAKS_RASIO = 500  # inflated / compressed, for a part above RASIO_DARI
RASIO_DARI = 1024 * 1024


class DokumenTakTerbaca(Exception):
    """The file is not a Word document lkjip can read (message in Indonesian)."""


@dataclass(frozen=True)
class Sel:
    teks: str
    lanjutan: bool  # a grid position covered by a cell that starts left of or above it
    lebar: int  # how many grid columns the cell spans


@dataclass
class Paragraf:
    nomor: int  # 1-based, among the document's non-empty paragraphs outside tables
    teks: str
    gaya: str
    bagian: str  # the last heading-like paragraph before it ("IKHTISAR EKSEKUTIF")
    subjudul: str = ""  # the last short title before it ("B. PROGRAM PENYELENGGARAAN …")

    @property
    def tempat(self) -> str:
        awal = self.teks[:50] + ("…" if len(self.teks) > 50 else "")
        return f'paragraf {self.nomor} ("{awal}")'


@dataclass
class Tabel:
    nomor: int  # 1-based among the document's tables
    judul: str | None  # the caption's number ("Tabel 3.4"), None without caption
    judul_lengkap: str  # the caption as printed, or ""
    grid: list[list[Sel]]
    header: int  # how many of the first rows are header rows
    kolom: list[str] = field(default_factory=list)  # header text per grid column
    nomor_kolom: list[str] = field(default_factory=list)  # "(5)" / "5" per column, or ""
    sesudah: list[str] = field(default_factory=list)  # the paragraphs up to the next table
    bagian: str = ""
    awal: int = 0  # data rows of earlier sections of the same Word table (numbering goes on)

    @property
    def nama(self) -> str:
        """ "Tabel 3.4"; a table without caption by its order and the part it is in."""
        if self.judul:
            return self.judul
        bagian = self.bagian[:50] + ("…" if len(self.bagian) > 50 else "")
        return f"tabel ke-{self.nomor}" + (f" ({bagian})" if bagian else "")

    def baris_data(self) -> list[tuple[int, list[Sel]]]:
        """(number among data rows, 1-based; cells) of every row below the header."""
        return [(k, row) for k, row in enumerate(self.grid[self.header :], start=self.awal + 1)]

    def tempat(self, baris: int, kolom: int | None = None) -> str:
        where = f"{self.nama}, baris {baris}"
        if kolom is not None:
            label = self.kolom[kolom] or f"ke-{kolom + 1}"
            where += f', kolom "{label}"'
        return where


@dataclass
class Dokumen:
    nama: str  # the file name findings are placed in
    blok: list[Paragraf | Tabel]

    @property
    def paragraf(self) -> list[Paragraf]:
        return [b for b in self.blok if isinstance(b, Paragraf)]

    @property
    def tabel(self) -> list[Tabel]:
        return [b for b in self.blok if isinstance(b, Tabel)]


def baca_dokumen(path: Path) -> Dokumen:
    """Read `path`; raises DokumenTakTerbaca with the reason when it is no readable .docx."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DokumenTakTerbaca(f"berkas tidak dapat dibaca ({error.strerror})") from None
    if size > MAKS_BERKAS:
        raise DokumenTakTerbaca("berkas lebih besar dari 50 MB")
    if not zipfile.is_zipfile(path):
        raise DokumenTakTerbaca(
            "bukan dokumen Word .docx (berkas .doc lama: simpan ulang sebagai .docx)"
        )
    _periksa_arsip(path)
    import docx  # python-docx is loaded only by the commands that read or write Word

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds for a broken package
        raise DokumenTakTerbaca(
            f"isi .docx rusak atau tidak dikenal ({type(error).__name__})"
        ) from None
    return Dokumen(path.name, _blocks(document.element.body))


def _periksa_arsip(path: Path) -> None:
    """Refuse a zip bomb and XML declarations before python-docx inflates or parses a part."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAKS_BAGIAN:
                raise DokumenTakTerbaca(f"berisi lebih dari {MAKS_BAGIAN} bagian")
            if sum(p.file_size for p in parts) > MAKS_ISI:
                raise DokumenTakTerbaca("isinya setelah dibuka lebih dari 200 MB")
            for part in parts:
                ratio = part.file_size / max(part.compress_size, 1)
                if part.file_size > RASIO_DARI and ratio > MAKS_RASIO:
                    raise DokumenTakTerbaca(f"bagian {part.filename} mengembang {ratio:.0f} kali")
                if part.filename.endswith(".xml") or part.filename.endswith(".rels"):
                    with archive.open(part) as stream:
                        head = stream.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise DokumenTakTerbaca(
                            f"bagian {part.filename} memuat deklarasi <!DOCTYPE atau <!ENTITY"
                        )
    except (zipfile.BadZipFile, OSError) as error:
        raise DokumenTakTerbaca(f"arsip .docx rusak ({type(error).__name__})") from None


def _blocks(body: Any) -> list[Paragraf | Tabel]:
    blocks: list[Paragraf | Tabel] = []
    bagian = ""
    subjudul = ""
    pending: list[str] = []  # paragraphs since the last table (captions come from here)
    n_par = n_tab = 0
    last_table: Tabel | None = None
    for element in body.iterchildren():
        if element.tag == _W + "p":
            text = _text(element)
            if not text.strip():
                continue
            n_par += 1
            style = _style(element)
            if _is_heading(text, style):
                bagian = text.strip()
            blocks.append(Paragraf(n_par, text.strip(), style, bagian, subjudul))
            if _is_title(text):
                subjudul = text.strip()
            pending.append(text.strip())
            if last_table is not None:
                last_table.sesudah.append(text.strip())
        elif element.tag == _W + "tbl":
            n_tab += 1
            grid = _grid(element)
            if not grid:
                continue
            judul, lengkap = _caption(pending)
            awal = 0
            for rows, header in _sections(grid, _header_rows(element, grid)):
                table = Tabel(n_tab, judul, lengkap, rows, header, bagian=bagian, awal=awal)
                _label_columns(table)
                blocks.append(table)
                awal += len(rows) - header
                last_table = table
            pending = []
    return blocks


def _text(p: Any) -> str:
    """The paragraph's text: runs, tabs as spaces, line breaks as spaces."""
    out: list[str] = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        out.append(node.text or "" if node.tag == _W + "t" else " ")
    return "".join(out)


def _style(p: Any) -> str:
    node = p.find(f"{_W}pPr/{_W}pStyle")
    return node.get(_W + "val", "") if node is not None else ""


# The parts of a report a date or a figure belongs to: a heading naming one of these starts
# a new part (a title line such as "KECAMATAN DUMAI KOTA" does not).
_BAGIAN = re.compile(
    r"^(?:BAB\s+[IVX]+\b|LAMPIRAN\b)|KATA PENGANTAR|IKHTISAR|PENUTUP|DAFTAR (?:ISI|TABEL)|"
    r"PERJANJIAN KINERJA|RENCANA KINERJA TAHUNAN|RENCANA AKSI|EVALUASI|KEPUTUSAN|"
    r"INDIKATOR KINERJA UTAMA|PENGHARGAAN|REALISASI ANGGARAN|CAPAIAN KINERJA",
    re.IGNORECASE,
)


def _is_heading(text: str, style: str) -> bool:
    t = text.strip()
    styled = style.lower().startswith(("heading", "title", "judul"))
    if not (styled or (t.isupper() and len(t) <= 150)):
        return False
    return bool(_BAGIAN.search(t))


def _is_title(text: str) -> bool:
    """A short line that names what the next paragraphs are about: "B. PROGRAM …",
    "1. Koordinasi Penyelenggaraan …" — no sentence (no final stop), no figure."""
    t = text.strip()
    return 0 < len(t) <= 150 and not t.endswith((".", ",", ";")) and not re.search(r"\d{3}", t)


_CAPTION = re.compile(r"^\s*(?:\*+\s*)?Tabel\.?\s*((?:\d+|[IVX]+)(?:\.\d+)*)", re.IGNORECASE)


def _caption(pending: list[str]) -> tuple[str | None, str]:
    """The caption among the last paragraphs before a table: "Tabel 3.4" (and its text)."""
    for text in reversed(pending[-3:]):
        m = _CAPTION.match(text)
        if m:
            return f"Tabel {m.group(1)}", text
    return None, ""


def _cell_text(tc: Any) -> str:
    parts = [_text(p).strip() for p in tc.iter(_W + "p")]
    return "\n".join(p for p in parts if p)


def _grid(tbl: Any) -> list[list[Sel]]:
    rows: list[list[Sel]] = []
    above: dict[int, str] = {}  # the text of the cell last started in each grid column
    for tr in tbl.iterchildren(_W + "tr"):
        row: list[Sel] = []
        before = tr.find(f"{_W}trPr/{_W}gridBefore")
        for _ in range(int(before.get(_W + "val", "0")) if before is not None else 0):
            row.append(Sel("", False, 1))
        for tc in tr.iterchildren(_W + "tc"):
            span_node = tc.find(f"{_W}tcPr/{_W}gridSpan")
            span = max(1, int(span_node.get(_W + "val", "1"))) if span_node is not None else 1
            vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
            col = len(row)
            if vmerge is not None and vmerge.get(_W + "val", "continue") == "continue":
                row.extend(Sel(above.get(col, ""), True, span) for _ in range(span))
                continue
            text = _cell_text(tc)
            for k in range(span):
                above[col + k] = text
                row.append(Sel(text, k > 0, span))
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend(Sel("", False, 1) for _ in range(width - len(row)))
    return rows


_NOMOR_KOLOM = re.compile(r"^\(?\d{1,2}\)?\s*(=.*)?$")


def _is_number_row(row: list[Sel]) -> bool:
    """The row of column numbers under a header: "1 2 3 …" or "(1) (2) …", most cells."""
    texts = [c.teks.strip() for c in row if not c.lanjutan and c.teks.strip()]
    if len(texts) < 3:
        return False
    numbers = [
        int(re.sub(r"\D", "", m.group(0).split("=")[0]))
        for t in texts
        if (m := _NOMOR_KOLOM.match(t))
    ]
    rising = all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
    return rising and len(numbers) >= 0.6 * len(texts) and len(numbers) >= 3


def _header_rows(tbl: Any, grid: list[list[Sel]]) -> int:
    for k, row in enumerate(grid[:6]):
        if _is_number_row(row):
            return k + 1
    repeated = 0
    for tr in tbl.iterchildren(_W + "tr"):
        if tr.find(f"{_W}trPr/{_W}tblHeader") is None:
            break
        repeated += 1
    if repeated:
        return repeated
    count = 1
    while count < min(len(grid) - 1, 4):
        merged_above = any(c.lebar > 1 for c in grid[count - 1])
        numeric = any(konteks.baca(c.teks) is not None for c in grid[count] if c.teks)
        if not merged_above or numeric:
            break
        count += 1
    return count if len(grid) > 1 else 0


def _sections(grid: list[list[Sel]], header: int) -> list[tuple[list[list[Sel]], int]]:
    """A table that starts a second header inside its rows ("No | Program / Kegiatan |
    Anggaran (Rp)" under the indicator rows of a PK) is read as two tables: each part's
    columns are named by its own header."""
    parts: list[tuple[list[list[Sel]], int]] = []
    start = 0
    for k in range(header, len(grid)):
        first = next((c.teks.strip() for c in grid[k] if c.teks.strip()), "")
        numbers = any(konteks.baca(c.teks) is not None for c in grid[k] if c.teks.strip())
        if k > header and first.rstrip(".").casefold() == "no" and not numbers:
            parts.append((grid[start:k], header if start == 0 else 1))
            start = k
    parts.append((grid[start:], header if start == 0 else 1))
    return parts


def _label_columns(table: Tabel) -> None:
    """Join the header texts above each column ("Keuangan › Pagu (Rp)"); the column-number
    row gives `nomor_kolom`."""
    width = len(table.grid[0]) if table.grid else 0
    labels: list[str] = []
    numbers: list[str] = []
    for col in range(width):
        parts: list[str] = []
        number = ""
        for row in table.grid[: table.header]:
            text = row[col].teks.strip()
            if _is_number_row(row):
                number = text if not row[col].lanjutan else ""
                continue
            if text and (not parts or parts[-1] != text):
                parts.append(" ".join(text.split()))
        labels.append(" › ".join(parts))
        numbers.append(number)
    table.kolom = labels
    table.nomor_kolom = numbers
