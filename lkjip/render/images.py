"""Image files the data names: the logo and scanned documents (lkjip.yaml) and organisation
charts (profil.yaml).

The data of a report may come from a pull request of someone we do not know, so an image path
is only followed inside the dataset folder — never an absolute path, a `..` out of it, or a
symbolic link pointing out — and a file is only embedded when its first bytes say PNG, JPEG or
GIF and python-docx can read its size. A small file can state a huge size, so the header's
pixels are capped per image and per report, and its density (which python-docx divides by) and
the picture's proportions must be sane: whatever `validate` accepts, `build` can place. A path
with a control character (a NUL stops every call of the OS) is refused before it reaches one.
Each refusal is a diagnostic at the YAML field; both `validate` and `build` report them
(docs/security.md).
"""

from __future__ import annotations

import re
import stat
from pathlib import Path, PureWindowsPath

from lkjip import codes
from lkjip.diagnostics import Diagnostic, diag
from lkjip.model import Project
from lkjip.wordtext import xml_unsafe

MAX_IMAGE_BYTES = 10 * 1024 * 1024
# Pixels, as the header states them: what LibreOffice (build --pdf) and Word decode. A photo
# of a 24-megapixel camera fits; eight 14000×14000 PNGs of 4.6 MB took LibreOffice 85 s and
# 1.4 GB (issue 17).
MAX_IMAGE_PIXELS = 40_000_000
MAX_TOTAL_PIXELS = 100_000_000  # every image of one report together
# Density as python-docx reads it (dots per inch; 72 when the file states none). Outside this
# range the picture's size in the document is absurd or a division by zero.
MIN_DPI, MAX_DPI = 10, 10_000
MAX_ASPECT = 100  # the longer side of the picture at most this many times the shorter

# Control characters (and DEL): no file name of a dataset holds one, and a NUL stops the OS.
_CONTROL = re.compile("[\x00-\x1f\x7f]")

# What Word shows everywhere, recognised by content rather than by the file's name.
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def image_fields(project: Project) -> list[tuple[str, str, tuple[str | int, ...]]]:
    """Every image path the data gives: (path as written, YAML file, path in that file)."""
    fields: list[tuple[str, str, tuple[str | int, ...]]] = []
    if project.laporan.instansi.logo:
        fields.append((project.laporan.instansi.logo, "lkjip.yaml", ("instansi", "logo")))
    for index, pindaian in enumerate(project.laporan.pindaian):
        for page, berkas in enumerate(pindaian.berkas):
            fields.append((berkas, "lkjip.yaml", ("pindaian", index, "berkas", page)))
    if project.profil is not None:
        for index, struktur in enumerate(project.profil.struktur_organisasi):
            if struktur.bagan:
                fields.append(
                    (struktur.bagan, "profil.yaml", ("struktur_organisasi", index, "bagan"))
                )
    return fields


def image_diagnostics(project: Project) -> list[Diagnostic]:
    """A diagnostic for each image the data names that lkjip will not embed, and one at the
    image that takes the report over MAX_TOTAL_PIXELS."""
    found = []
    total = 0
    for relative, file, path in image_fields(project):
        problem = image_problem(project.root, relative)
        if problem is not None:
            code, message = problem
            if code == codes.BUKAN_TEKS and xml_unsafe(relative) is not None:
                continue  # the loader reported this character at this field already
            found.append(diag(code, message, project.where(file, *path), subject=relative))
            continue
        pixels = image_pixels(project.root / dataset_relative(relative))
        if total <= MAX_TOTAL_PIXELS < total + pixels:
            message = (
                f"gambar '{relative}' membuat seluruh gambar laporan lebih dari "
                f"{_number(MAX_TOTAL_PIXELS)} piksel"
            )
            found.append(
                diag(
                    codes.GAMBAR_TERLALU_BESAR,
                    message,
                    project.where(file, *path),
                    hint="perkecil gambar (mis. lebar 2.000 piksel cukup untuk satu halaman)",
                    subject=relative,
                )
            )
        total += pixels
    return found


def image_aspect(path: Path) -> float:
    """Height over width of an image `image_problem` accepted."""
    from docx.image.image import Image

    image = Image.from_file(str(path))
    return int(image.px_height) / max(int(image.px_width), 1)


def image_pixels(path: Path) -> int:
    """Width × height of an image `image_problem` accepted."""
    from docx.image.image import Image

    image = Image.from_file(str(path))
    return int(image.px_width) * int(image.px_height)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def dataset_image(project: Project, relative: str | None) -> Path | None:
    """The image file to embed, or None when none is given or it is refused."""
    if not relative or image_problem(project.root, relative) is not None:
        return None
    return project.root / dataset_relative(relative)


def dataset_relative(relative: str) -> str:
    """An image path as written, with Windows separators: `lampiran\\logo.png` names the
    same file on a Windows PC and on the Linux machine of CI."""
    return relative.replace("\\", "/")


def image_problem(root: Path, relative: str) -> tuple[str, str] | None:
    """(code, Indonesian message) saying why `relative` cannot be embedded, or None."""
    control = _CONTROL.search(relative)
    if control is not None:  # a NUL makes every call of the OS raise ValueError
        return codes.BUKAN_TEKS, (
            f"jalur gambar {relative!r} memuat karakter kendali kode {ord(control.group()):#04x}"
        )
    if Path(relative).is_absolute() or PureWindowsPath(relative).anchor:
        message = f"jalur gambar '{relative}' absolut; tulis jalur relatif terhadap folder data"
        return codes.DI_LUAR_FOLDER_DATA, message
    path = root / dataset_relative(relative)
    try:
        inside = path.resolve().is_relative_to(root.resolve())
    except (RuntimeError, OSError):  # a symbolic link loop (RuntimeError before Python 3.13)
        return (
            codes.GAMBAR_TAK_TERBACA,
            f"berkas gambar '{relative}' adalah tautan simbolik berputar",
        )
    if not inside:
        return codes.DI_LUAR_FOLDER_DATA, f"jalur gambar '{relative}' menunjuk ke luar folder data"
    try:
        info = path.stat()
    except OSError:
        return codes.GAMBAR_TAK_ADA, f"berkas gambar '{relative}' tidak ditemukan di folder data"
    if not stat.S_ISREG(info.st_mode):
        return codes.GAMBAR_TAK_TERBACA, f"'{relative}' bukan berkas gambar biasa"
    if info.st_size > MAX_IMAGE_BYTES:
        megabytes = MAX_IMAGE_BYTES // 1024 // 1024
        return codes.GAMBAR_TAK_TERBACA, f"berkas gambar '{relative}' lebih dari {megabytes} MB"
    return _content_problem(path, relative)


def _content_problem(path: Path, relative: str) -> tuple[str, str] | None:
    """A problem with the bytes: not PNG/JPEG/GIF, or a header python-docx cannot size."""
    from docx.image.image import Image

    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        if not head.startswith(_SIGNATURES):
            return codes.GAMBAR_TAK_TERBACA, (
                f"berkas '{relative}' bukan gambar PNG, JPEG atau GIF menurut isinya"
            )
        image = Image.from_file(str(path))
        if image.px_width <= 0 or image.px_height <= 0:
            return codes.GAMBAR_TAK_TERBACA, f"gambar '{relative}' berukuran nol piksel"
        if image.px_width * image.px_height > MAX_IMAGE_PIXELS:
            return codes.GAMBAR_TERLALU_BESAR, (
                f"gambar '{relative}' berukuran {_number(image.px_width)}×"
                f"{_number(image.px_height)} piksel, lebih dari {_number(MAX_IMAGE_PIXELS)} piksel"
            )
        dpi = (image.horz_dpi, image.vert_dpi)
        if head.startswith(_SIGNATURES[0]) and _png_states_zero_density(path):
            dpi = (0, 0)  # python-docx reads 72 for it, LibreOffice or Word may not
        if not all(isinstance(d, (int, float)) and MIN_DPI <= d <= MAX_DPI for d in dpi):
            return codes.GAMBAR_TAK_TERBACA, (
                f"gambar '{relative}' menyatakan kerapatan {dpi[0]}×{dpi[1]} dpi; yang masuk "
                f"akal {MIN_DPI}–{_number(MAX_DPI)} dpi (simpan ulang gambarnya)"
            )
        # The picture's size as python-docx will place it; both sides are positive here.
        width, height = int(image.width), int(image.height)
        if width <= 0 or height <= 0 or max(width, height) > MAX_ASPECT * min(width, height):
            return codes.GAMBAR_TERLALU_BESAR, (
                f"gambar '{relative}' terlalu memanjang: sisi panjangnya lebih dari "
                f"{MAX_ASPECT} kali sisi pendeknya"
            )
    except Exception as error:  # noqa: BLE001 - any failure to read a user's file
        reason = type(error).__name__
        return (
            codes.GAMBAR_TAK_TERBACA,
            f"gambar '{relative}' rusak atau tidak dapat dibaca ({reason})",
        )
    return None


def _png_states_zero_density(path: Path) -> bool:
    """Whether the PNG's pHYs chunk (before the image data) states 0 pixels per unit."""
    import struct

    with path.open("rb") as handle:
        handle.seek(8)
        while True:
            header = handle.read(8)
            if len(header) < 8:
                return False
            length, kind = struct.unpack(">I4s", header)
            if kind in (b"IDAT", b"IEND"):
                return False
            if kind == b"pHYs" and length == 9:
                horizontal, vertical, _unit = struct.unpack(">IIB", handle.read(9))
                return horizontal == 0 or vertical == 0
            handle.seek(length + 4, 1)  # the chunk's data and CRC
