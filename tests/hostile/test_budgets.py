"""Budgets on what a small input can make lkjip produce: narrative text, image pixels, and the
Excel import (issue 17, items 9, 10, 13, 14, 19 and 20).

Same harness as test_cases.py: every case is its own `lkjip` process within 10 seconds and
1.5 GB of address space, ends through lkjip's own exit path without a traceback, reports the
expected code where expected, and leaves the previous output byte for byte. Inputs are cheap to
make: an image is a header that states its size, not the pixels.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from tests.hostile.harness import (
    OLD_REPORT,
    Case,
    Change,
    Outcome,
    Result,
    append,
    assert_clean_ending,
    assert_reported,
    every,
    minimal_dataset,
    png,
    replace,
    run_all,
    run_case,
    run_lkjip,
    write,
)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png_header(width: int, height: int, px_per_metre: int | None = None) -> bytes:
    """A PNG that states `width`×`height` pixels (and a density) over one pixel of data."""
    out = b"\x89PNG\r\n\x1a\n" + _chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    )
    if px_per_metre is not None:
        out += _chunk(b"pHYs", struct.pack(">IIB", px_per_metre, px_per_metre, 1))
    return out + _chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + _chunk(b"IEND", b"")


def jpeg_header(width: int, height: int, units: int, density: int) -> bytes:
    """A JPEG (JFIF) that states its size and density (units 1: dpi, 2: dots per cm)."""

    def segment(marker: bytes, data: bytes) -> bytes:
        return marker + struct.pack(">H", len(data) + 2) + data

    app0 = b"JFIF\x00\x01\x01" + struct.pack(">BHHBB", units, density, density, 0, 0)
    sof = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    sos = b"\x01\x01\x00\x00\x3f\x00"
    return (
        b"\xff\xd8"
        + segment(b"\xff\xe0", app0)
        + segment(b"\xff\xc0", sof)
        + segment(b"\xff\xda", sos)
        + b"\x00\xff\xd9"
    )


def logo(path: str) -> Change:
    """lkjip.yaml naming `path` (YAML double-quoted text) as the logo: line 6, column 9."""
    return replace(
        "lkjip.yaml",
        "  alamat: Jalan Merdeka No. 1\n",
        f'  alamat: Jalan Merdeka No. 1\n  logo: "{path}"\n',
    )


def charts(count: int, image: bytes) -> Change:
    """profil.yaml with `count` organisation charts, each its own file holding `image`;
    struktur_organisasi item i names its bagan on line 6 + 3·i."""
    lines = ["struktur_organisasi:\n"]
    files = []
    for i in range(count):
        name = f"lampiran/bagan{i}.png"
        lines += [f"  - nama: Bagian {i}\n", "    unit: [{nama: Kepala}]\n", f"    bagan: {name}\n"]
        files.append(write(name, image))
    return every(append("profil.yaml", "".join(lines)), *files)


def narrative(name: str, millions: int) -> Change:
    """A narrative file rendering to `millions` million characters (under the per-file cap)."""
    template = f"{{% for i in range({millions}) %}}{{{{ 'x' * 1000000 }}}}{{% endfor %}}\n"
    return write(f"narasi/{name}.md", template)


# fmt: off
RENDER_CASES = [
    # 9. 23 files × 10 million characters made a 207-million-character report. Each file
    # here is under the per-file cap; the second one rendered crosses the report's total.
    Case("narasi-jumlah-teks", every(narrative("kata_pengantar", 6), narrative("ikhtisar", 6)),
         "LK409", "narasi/ikhtisar.md", says="seluruh narasi laporan"),
    Case("narasi-jumlah-teks-banyak-berkas",
         every(*(narrative(n, 3) for n in ("kata_pengantar", "ikhtisar", "latar_belakang",
                                           "maksud_tujuan", "isu_strategis"))),
         "LK409", "narasi/maksud_tujuan.md"),
    # 10. Eight 14000×14000 PNGs: LibreOffice decoded 1.5 billion pixels.
    Case("gambar-14000-piksel", charts(8, png_header(14000, 14000)), "LK410", "profil.yaml:6:12"),
    Case("gambar-jumlah-piksel", charts(3, png_header(6000, 6000)), "LK410", "profil.yaml:12:12",
         says="seluruh gambar laporan"),
    Case("gambar-memanjang", charts(1, png_header(2000, 10)), "LK410", "profil.yaml:6:12"),
    # 14. Headers python-docx divides by or overflows with.
    Case("gambar-kepala-2-pangkat-31", every(write("lampiran/logo.png", png_header(1, 2**31)),
                                             logo("lampiran/logo.png")),
         "LK410", "lkjip.yaml:6:9"),
    Case("gambar-png-kerapatan-nol", every(write("lampiran/logo.png", png_header(4, 4, 0)),
                                           logo("lampiran/logo.png")),
         "LK407", "lkjip.yaml:6:9", says="kerapatan"),
    Case("gambar-png-kerapatan-1-per-meter",
         every(write("lampiran/logo.png", png_header(4, 4, 1)), logo("lampiran/logo.png")),
         "LK407", "lkjip.yaml:6:9", says="kerapatan"),
    Case("gambar-jpeg-kerapatan-nol", every(write("lampiran/logo.jpg", jpeg_header(4, 4, 1, 0)),
                                            logo("lampiran/logo.jpg")),
         "LK407", "lkjip.yaml:6:9", says="kerapatan"),
    Case("gambar-jpeg-kerapatan-raksasa",
         every(write("lampiran/logo.jpg", jpeg_header(4, 4, 1, 65535)), logo("lampiran/logo.jpg")),
         "LK407", "lkjip.yaml:6:9"),
    # 13. A NUL (or another control character) in an image path.
    Case("gambar-jalur-nul", logo("lampiran/lo\\x00go.png"), "LK002", "lkjip.yaml:6:9"),
    Case("gambar-jalur-tab", logo("lampiran/lo\\tgo.png"), "LK002", "lkjip.yaml:6:9",
         says="karakter kendali"),
    Case("gambar-jalur-del", logo("lampiran/lo\\x7fgo.png"), "LK002", "lkjip.yaml:6:9"),
    # Valid images still build.
    Case("gambar-wajar", every(write("lampiran/logo.png", png(4, 4)), logo("lampiran/logo.png"),
                               charts(2, png_header(3000, 2000, 11811))),
         None, exit=0),
    Case("gambar-jpeg-wajar", every(write("lampiran/logo.jpg", jpeg_header(4, 4, 1, 300)),
                                    logo("lampiran/logo.jpg")),
         None, exit=0),
]
# fmt: on


@pytest.fixture(scope="module")
def render_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Result]:
    return run_all(RENDER_CASES, run_case, tmp_path_factory.mktemp)


@pytest.mark.parametrize("case", RENDER_CASES, ids=str)
def test_render_budget(case: Case, render_results: dict[str, Result]) -> None:
    outcome, out = render_results[case.id].outcome, render_results[case.id].out
    assert_clean_ending(outcome, case.exit)
    if case.code:
        assert_reported(outcome, case.code, case.where)
    assert case.says in outcome.output, outcome.explain()
    assert os.listdir(out.parent) == ["laporan.docx"], "berkas sementara tertinggal"
    if case.exit == 0:
        import docx

        docx.Document(str(out))  # the new report opens
    else:
        assert out.read_bytes() == OLD_REPORT, "laporan lama berubah"


IMAGE_CASES = [case for case in RENDER_CASES if case.id.startswith("gambar-") and case.exit]


@pytest.mark.parametrize("case", IMAGE_CASES, ids=str)
def test_validate_refuses_the_images_build_refuses(case: Case, tmp_path: Path) -> None:
    """In-process (images cost no time): `validate` says what `build` would refuse."""
    root = minimal_dataset(tmp_path / "data")
    case.change(root)
    result = CliRunner().invoke(app, ["validate", str(root), "--format", "json"])
    outcome = Outcome(result.exit_code, result.stdout, result.stderr)
    assert_clean_ending(outcome, 1)
    assert_reported(outcome, case.code or "", case.where)


# --- Excel import (`lkjip import anggaran`) ---------------------------------------------------

OLD_YAML = b"# anggaran.yaml lama yang sudah ditinjau\ntahun: 2022\n"
HEADER_ROWS = [["DPA TAHUN ANGGARAN 2022"], ["Kode", "Nama", "Pagu", "Realisasi"]]
PROGRAM = ["7.01.02", "Program Penyelenggaraan Pemerintahan", None, None]
KEGIATAN = ["7.01.02.2.01", "Koordinasi Kegiatan Kecamatan", None, None]
SHEET = "xl/worksheets/sheet1.xml"


def workbook_bytes(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def dpa(subs: int = 2) -> list[list[object]]:
    """A valid DPA sheet: one program, one kegiatan, `subs` sub kegiatan."""
    rows = [*HEADER_ROWS, PROGRAM, KEGIATAN]
    rows += [
        [f"7.01.02.2.01.{i:04d}", f"Sub kegiatan {i}", 1_000_000, 900_000]
        for i in range(1, subs + 1)
    ]
    return rows


def rezip(
    data: bytes, edit: Callable[[str, bytes], bytes], extra: dict[str, bytes] | None = None
) -> bytes:
    """The .xlsx `data` with every part passed through `edit` (and `extra` parts added)."""
    import io
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as old,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for item in old.infolist():
            new.writestr(item.filename, edit(item.filename, old.read(item.filename)))
        for name, content in (extra or {}).items():
            new.writestr(name, content)
    return out.getvalue()


def in_sheet(old: bytes, new: bytes, rows: list[list[object]] | None = None) -> Callable[[], bytes]:
    """A DPA workbook whose sheet XML has `old` replaced by `new` (made when the case runs)."""

    def make() -> bytes:
        def edit(name: str, part: bytes) -> bytes:
            if name != SHEET:
                return part
            assert old in part, f"{SHEET} tidak memuat {old!r}"
            return part.replace(old, new, 1)

        return rezip(workbook_bytes(rows or dpa()), edit)

    return make


def with_parts(extra: dict[str, bytes]) -> Callable[[], bytes]:
    return lambda: rezip(workbook_bytes(dpa()), lambda _name, part: part, extra)


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(8))
    + b"]>"
)
XXE = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
ROW_9 = b'<row r="9"><c r="XFD9" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
ROW_200000 = b'<row r="200000"><c r="A200000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
DIGITS_5000 = b"<v>" + b"9" * 5000 + b"</v>"


@dataclass(frozen=True)
class ExcelCase:
    id: str
    content: Callable[[], bytes]
    code: str | None
    where: str = "dpa.xlsx"
    exit: int = 1
    says: str = ""
    old: Callable[[], bytes] = lambda: OLD_YAML  # the anggaran.yaml at --out, kept from

    def __str__(self) -> str:
        return self.id


def aliased_anggaran() -> bytes:
    """An existing anggaran.yaml of 12 kB whose aliases name 10**9 sub kegiatan paths."""
    subs = ", ".join(["*s"] * 1000)
    kegiatan = ", ".join(["*k"] * 1000)
    programs = ", ".join(["*p"] * 1000)
    return (
        "tahun: 2022\n"
        "x:\n"
        '  - &s {kode: "9.99.99.2.01.0001", nama: s}\n'
        f'  - &k {{kode: "9.99.99.2.01", nama: k, sub_kegiatan: [{subs}]}}\n'
        f'  - &p {{kode: "9.99.99", nama: p, kegiatan: [{kegiatan}]}}\n'
        f"program: [{programs}]\n"
    ).encode()


def aliased_indikator() -> bytes:
    """An existing anggaran.yaml whose program lists, as one indikator, 10⁹ aliased ids."""
    levels = ["a0: &a0 [IKU, IKU, IKU, IKU, IKU, IKU, IKU, IKU, IKU, IKU]\n"]
    for n in range(1, 9):
        items = ", ".join([f"*a{n - 1}"] * 10)
        levels.append(f"a{n}: &a{n} [{items}]\n")
    program = 'program:\n  - kode: "7.01.02"\n    indikator: [IKU, *a8]\n'
    return ("tahun: 2022\n" + "".join(levels) + program).encode()


# fmt: off
EXCEL_CASES = [
    # 19. A declared dimension of A1:XFD1048576 is not trusted: the cells are those written.
    ExcelCase("excel-dimensi-raksasa",
              in_sheet(b'<dimension ref="A1:D2004"/>', b'<dimension ref="A1:XFD1048576"/>',
                       dpa(2000)),
              None, exit=0),
    ExcelCase("excel-isi-di-baris-200000", in_sheet(b"</sheetData>", ROW_200000), "LK516",
              "dpa.xlsx:200000", says="100.000 baris"),
    ExcelCase("excel-isi-di-kolom-xfd", in_sheet(b"</sheetData>", ROW_9), "LK516",
              "dpa.xlsx:9:16384", says="100 kolom"),
    ExcelCase("excel-sel-kosong-di-xfd1048576",
              in_sheet(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/></row>'
                                        b"</sheetData>"),
              None, exit=0),
    # Zip bombs: the sizes the archive declares are checked before anything is inflated.
    ExcelCase("excel-bom-zip", with_parts({"xl/media/bom.bin": b"\0" * (4 * 1024 * 1024)}),
              "LK516", says="bom zip"),
    ExcelCase("excel-mengembang-60-mb",
              with_parts({f"xl/media/m{i}.bin": os.urandom(1024) * 1024 * 12 for i in range(5)}),
              "LK516", says="mengembang menjadi"),
    ExcelCase("excel-berkas-21-mb", lambda: b"PK\x03\x04" + b"\0" * (21 * 1024 * 1024), "LK516"),
    # 20. Entities: refused before any XML parser sees them.
    ExcelCase("excel-xxe", in_sheet(b"<worksheet", XXE + b"<worksheet"), "LK517"),
    ExcelCase("excel-bom-entitas", in_sheet(b"<worksheet", LAUGHS + b"<worksheet"), "LK517"),
    ExcelCase("excel-xxe-di-workbook",
              lambda: rezip(workbook_bytes(dpa()),
                            lambda n, p: XXE + p if n == "xl/workbook.xml" else p),
              "LK517"),
    ExcelCase("excel-xml-rusak", in_sheet(b"</sheetData>", b"<row"), "LK501"),
    # Formulas and wrong types.
    ExcelCase("excel-rumus", lambda: workbook_bytes([*dpa()[:4], ["7.01.02.2.01.0001", "Sub",
                                                                  "=1+1", None]]),
              "LK518", "dpa.xlsx:5:3"),
    ExcelCase("excel-angka-5000-digit", in_sheet(b"<v>1000000</v>", DIGITS_5000), "LK501"),
    ExcelCase("excel-angka-tak-hingga", in_sheet(b"<v>1000000</v>", b"<v>1e999</v>"), "LK505",
              "dpa.xlsx:5:3"),
    ExcelCase("excel-angka-nan", in_sheet(b"<v>1000000</v>", b"<v>nan</v>"), "LK501"),
    ExcelCase("excel-teks-panjang", lambda: workbook_bytes([*dpa()[:4], [
        "7.01.02.2.01.0001", "Sub", "1 " * 16_000, None]]), "LK505", "dpa.xlsx:5:3"),
    ExcelCase("excel-indeks-teks-bersama",
              in_sheet(b'<c r="A1" t="inlineStr"><is><t>DPA TAHUN ANGGARAN 2022</t></is>',
                       b'<c r="A1" t="s"><v>99999</v>'),
              "LK501"),
    ExcelCase("excel-sah", lambda: workbook_bytes(dpa()), None, exit=0),
    # The anggaran.yaml kept from (--out, --dataset) belongs to the dataset too.
    ExcelCase("excel-anggaran-lama-alias", lambda: workbook_bytes(dpa()), "LK514",
              "anggaran.yaml", exit=0, old=aliased_anggaran),
    ExcelCase("excel-anggaran-lama-indikator-alias", lambda: workbook_bytes(dpa()), None, exit=0,
              old=aliased_indikator),
    ExcelCase("excel-anggaran-lama-bersarang", lambda: workbook_bytes(dpa()), "LK513",
              "anggaran.yaml", old=lambda: b"tahun: 2022\nx: " + b"[" * 5000 + b"]" * 5000),
    ExcelCase("excel-anggaran-lama-9-mb", lambda: workbook_bytes(dpa()), "LK513", "anggaran.yaml",
              old=lambda: b"tahun: 2022\n" + b"#" * (9 * 1024 * 1024) + b"\n"),
]
# fmt: on


def run_excel_case(case: ExcelCase, folder: Path) -> Result:
    xlsx = folder / "dpa.xlsx"
    xlsx.write_bytes(case.content())
    out = folder / "keluar" / "anggaran.yaml"
    out.parent.mkdir()
    out.write_bytes(case.old())
    return Result(
        run_lkjip("import", "anggaran", str(xlsx), "--out", str(out), "--format", "json"), out
    )


@pytest.fixture(scope="module")
def excel_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Result]:
    return run_all(EXCEL_CASES, run_excel_case, tmp_path_factory.mktemp)


@pytest.mark.parametrize("case", EXCEL_CASES, ids=str)
def test_excel_import(case: ExcelCase, excel_results: dict[str, Result]) -> None:
    outcome, out = excel_results[case.id].outcome, excel_results[case.id].out
    assert_clean_ending(outcome, case.exit)
    if case.code:
        assert_reported(outcome, case.code, case.where)
    assert case.says in outcome.output, outcome.explain()
    assert "root:" not in outcome.output  # nothing of /etc/passwd
    assert os.listdir(out.parent) == ["anggaran.yaml"], "berkas sementara tertinggal"
    if case.exit == 0:
        assert out.read_text(encoding="utf-8").count("kode:") >= 3
    else:
        assert out.read_bytes() == case.old(), "anggaran.yaml lama berubah"
