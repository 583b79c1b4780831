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
from concurrent.futures import ThreadPoolExecutor
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
    append,
    assert_clean_ending,
    assert_reported,
    every,
    minimal_dataset,
    png,
    replace,
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


@dataclass
class Result:
    outcome: Outcome
    out: Path  # the report path, holding OLD_REPORT before the run


def run_case(case: Case, folder: Path) -> Result:
    root = minimal_dataset(folder / "data")
    case.change(root)
    out = folder / "keluar" / "laporan.docx"
    out.parent.mkdir()
    out.write_bytes(OLD_REPORT)
    args = [case.command, str(root), "--format", "json"]
    if case.command == "build":
        args += ["--out", str(out)]
    return Result(run_lkjip(*args), out)


def _run_all(
    cases: list[Case], run: Callable[[Case, Path], Result], factory: pytest.TempPathFactory
) -> dict[str, Result]:
    folders = [factory.mktemp(case.id) for case in cases]
    with ThreadPoolExecutor(max_workers=min(4, max(2, os.cpu_count() or 1))) as pool:
        done = pool.map(run, cases, folders)
        return {case.id: result for case, result in zip(cases, done, strict=True)}


@pytest.fixture(scope="module")
def render_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Result]:
    return _run_all(RENDER_CASES, run_case, tmp_path_factory)


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
