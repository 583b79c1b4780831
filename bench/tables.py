"""The report's main budget table written four (five) ways, for `make bench`.

One table of N sub kegiatan rows × 6 columns (kode, nama, pagu, realisasi, %, keterangan) plus
a header row, written into a Word document and saved:

- `lkjip`: our writer, as the report calls it (a `TableSpec` of `Cell`s → `DocWriter.table`
  → `DocWriter.save`, which also normalises the zip for byte-identical output);
- `python-docx`: `doc.add_table(rows, cols)` and `cell.text = …`, the way most generators do;
- `docxtpl`: a template with a `{%tr for r in rows %}` row, rendered and saved;
- `lxml`: the lower bound — the same `w:tbl` markup lkjip writes (widths on every cell,
  paragraph and run properties), built with `etree.SubElement` into a python-docx body;
- `pandoc`: a Markdown pipe table converted by pandoc, when pandoc is installed.

Each variant runs in its own process (`python -m bench.tables VARIANT N OUT`) and prints the
milliseconds spent writing the table and saving, excluding interpreter start and loading the
empty document or template, so the variants are compared on the same work.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HEADER = ("Kode", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%", "Keterangan")
WIDTHS_CM = (3.0, 5.6, 2.4, 2.4, 1.1, 2.0)
KETERANGAN = ("Sesuai rencana", "Sisa efisiensi tender", "Sisa belanja pegawai", "Selesai")

Row = tuple[str, str, str, str, str, str]


def ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def rows(n: int, seed: int = 0) -> list[Row]:
    """N budget rows with Indonesian formatting, the same for every variant."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        pagu = rng.randrange(15_000_000, 2_500_000_000, 100)
        real = int(pagu * rng.uniform(0.8, 1.0))
        persen = f"{real / pagu * 100:.2f}".replace(".", ",")
        kode = f"1.02.{i // 600 + 2:02d}.2.{i // 5 % 99 + 1:02d}.{i % 5 + 1:04d}"
        nama = f"Penyediaan Layanan Kesehatan Tahap {i + 1} di Wilayah Kerja Puskesmas"
        out.append((kode, nama, ribuan(pagu), ribuan(real), persen, rng.choice(KETERANGAN)))
    return out


# --- (a) lkjip ------------------------------------------------------------------------------


def write_lkjip(data: list[Row], out: Path) -> float:
    from lkjip.render.blocks import TableSpec
    from lkjip.render.docx_writer import DocWriter
    from lkjip.render.tables import c, h, n
    from lkjip.resources import templates_dir

    writer = DocWriter(templates_dir() / "reference.docx")
    start = time.perf_counter()
    spec = TableSpec(
        widths_cm=list(WIDTHS_CM),
        header=[[h(text) for text in HEADER]],
        rows=[[c(k), c(nm), n(p), n(r), n(pc), c(ket)] for k, nm, p, r, pc, ket in data],
        number_row=False,
        font_size_pt=9,
    )
    writer.table(spec)
    writer.save(out, title="Tabel", author="bench", created=datetime(2025, 1, 31))
    return time.perf_counter() - start


# --- (b) python-docx cell API ----------------------------------------------------------------


def write_python_docx(data: list[Row], out: Path) -> float:
    import docx

    doc = docx.Document()
    start = time.perf_counter()
    table = doc.add_table(rows=len(data) + 1, cols=len(HEADER))
    table.style = "Table Grid"
    for row, values in zip(table.rows, [HEADER, *data], strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    doc.save(str(out))
    return time.perf_counter() - start


# --- (c) docxtpl -----------------------------------------------------------------------------


def docxtpl_template() -> bytes:
    """A docx with a header row and docxtpl's three-row loop: for / cells / endfor."""
    import docx

    doc = docx.Document()
    table = doc.add_table(rows=4, cols=len(HEADER))
    table.style = "Table Grid"
    keys = ("kode", "nama", "pagu", "realisasi", "persen", "keterangan")
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "{%tr for r in rows %}"
    for cell, key in zip(table.rows[2].cells, keys, strict=True):
        cell.text = "{{ r." + key + " }}"
    table.rows[3].cells[0].text = "{%tr endfor %}"
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_docxtpl(data: list[Row], out: Path) -> float:
    from docxtpl import DocxTemplate

    template = DocxTemplate(io.BytesIO(docxtpl_template()))
    keys = ("kode", "nama", "pagu", "realisasi", "persen", "keterangan")
    context = {"rows": [dict(zip(keys, r, strict=True)) for r in data]}
    start = time.perf_counter()
    template.render(context)
    template.save(str(out))
    return time.perf_counter() - start


# --- (d) raw lxml ----------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _twips(cm: float) -> str:
    return str(round(cm * 1440 / 2.54))


def write_lxml(data: list[Row], out: Path) -> float:
    """The same markup as lkjip's table, with nothing but etree.SubElement."""
    import docx
    from lxml import etree

    doc = docx.Document()
    body = doc.element.body
    sectpr = body.find(f"{W}sectPr")
    start = time.perf_counter()
    se = etree.SubElement
    widths = [_twips(w) for w in WIDTHS_CM]
    tbl = etree.Element(f"{W}tbl")
    tblpr = se(tbl, f"{W}tblPr")
    se(tblpr, f"{W}tblW", {f"{W}w": str(sum(map(int, widths))), f"{W}type": "dxa"})
    se(tblpr, f"{W}tblLayout", {f"{W}type": "fixed"})
    grid = se(tbl, f"{W}tblGrid")
    for w in widths:
        se(grid, f"{W}gridCol", {f"{W}w": w})
    aligns = ("left", "left", "right", "right", "right", "left")
    for i, values in enumerate([HEADER, *data]):
        tr = se(tbl, f"{W}tr")
        trpr = se(tr, f"{W}trPr")
        se(trpr, f"{W}cantSplit")
        if i == 0:
            se(trpr, f"{W}tblHeader")
        for text, width, align in zip(values, widths, aligns, strict=True):
            tc = se(tr, f"{W}tc")
            se(se(tc, f"{W}tcPr"), f"{W}tcW", {f"{W}w": width, f"{W}type": "dxa"})
            p = se(tc, f"{W}p")
            ppr = se(p, f"{W}pPr")
            se(ppr, f"{W}spacing", {f"{W}before": "0", f"{W}after": "0"})
            se(ppr, f"{W}jc", {f"{W}val": "center" if i == 0 else align})
            r = se(p, f"{W}r")
            rpr = se(r, f"{W}rPr")
            if i == 0:
                se(rpr, f"{W}b")
            se(rpr, f"{W}sz", {f"{W}val": "18"})
            se(r, f"{W}t").text = text
    sectpr.addprevious(tbl)
    doc.save(str(out))
    return time.perf_counter() - start


# --- (e) pandoc ------------------------------------------------------------------------------


def pandoc_available() -> bool:
    return shutil.which("pandoc") is not None


def write_pandoc(data: list[Row], out: Path) -> float:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(r) + " |" for r in data]
    source = out.with_suffix(".md")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(["pandoc", str(source), "-o", str(out)], check=True)
    return time.perf_counter() - start


VARIANTS: dict[str, Callable[[list[Row], Path], float]] = {
    "lkjip": write_lkjip,
    "python-docx": write_python_docx,
    "docxtpl": write_docxtpl,
    "lxml": write_lxml,
    "pandoc": write_pandoc,
}


def main(argv: list[str]) -> None:
    """`python -m bench.tables VARIANT N OUT`: print {"ms": …} for one write."""
    variant, n, out = argv[0], int(argv[1]), Path(argv[2])
    data = rows(n)
    seconds = VARIANTS[variant](data, out)
    print(json.dumps({"variant": variant, "rows": n, "ms": seconds * 1000}))


if __name__ == "__main__":
    main(sys.argv[1:])
