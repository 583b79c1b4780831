"""Image files the data names: the logo (lkjip.yaml) and organisation charts (profil.yaml).

The data of a report may come from a pull request of someone we do not know, so an image path
is only followed inside the dataset folder — never an absolute path, a `..` out of it, or a
symbolic link pointing out — and a file is only embedded when its first bytes say PNG, JPEG or
GIF and python-docx can read its size. Each refusal is a diagnostic at the YAML field; both
`validate` and `build` report them (docs/security.md).
"""

from __future__ import annotations

import stat
from pathlib import Path

from lkjip import codes
from lkjip.diagnostics import Diagnostic, diag
from lkjip.model import Project

MAX_IMAGE_BYTES = 10 * 1024 * 1024

# What Word shows everywhere, recognised by content rather than by the file's name.
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def image_fields(project: Project) -> list[tuple[str, str, tuple[str | int, ...]]]:
    """Every image path the data gives: (path as written, YAML file, path in that file)."""
    fields: list[tuple[str, str, tuple[str | int, ...]]] = []
    if project.laporan.instansi.logo:
        fields.append((project.laporan.instansi.logo, "lkjip.yaml", ("instansi", "logo")))
    if project.profil is not None:
        for index, struktur in enumerate(project.profil.struktur_organisasi):
            if struktur.bagan:
                fields.append(
                    (struktur.bagan, "profil.yaml", ("struktur_organisasi", index, "bagan"))
                )
    return fields


def image_diagnostics(project: Project) -> list[Diagnostic]:
    """A diagnostic for each image the data names that lkjip will not embed."""
    found = []
    for relative, file, path in image_fields(project):
        problem = image_problem(project.root, relative)
        if problem is not None:
            code, message = problem
            found.append(diag(code, message, project.where(file, *path), subject=relative))
    return found


def dataset_image(project: Project, relative: str | None) -> Path | None:
    """The image file to embed, or None when none is given or it is refused."""
    if not relative or image_problem(project.root, relative) is not None:
        return None
    return project.root / relative


def image_problem(root: Path, relative: str) -> tuple[str, str] | None:
    """(code, Indonesian message) saying why `relative` cannot be embedded, or None."""
    if Path(relative).is_absolute():
        message = f"jalur gambar '{relative}' absolut; tulis jalur relatif terhadap folder data"
        return codes.DI_LUAR_FOLDER_DATA, message
    path = root / relative
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
    except Exception as error:  # noqa: BLE001 - any failure to read a user's file
        reason = type(error).__name__
        return (
            codes.GAMBAR_TAK_TERBACA,
            f"gambar '{relative}' rusak atau tidak dapat dibaca ({reason})",
        )
    return None
