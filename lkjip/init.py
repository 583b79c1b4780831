"""`lkjip init DIR`: a new dataset folder that validates clean and builds, ready to be edited.

The starter files live in `templates/init/` (shipped in the wheel as `lkjip/_templates/init`)
and are copied as they are, except:

* `gitignore` is written as `.gitignore` (a dot file in the package data is easy to lose);
* with `nama`, the marker agency name "Kecamatan Contoh" is replaced by the given name in the
  YAML files and the README, and the signer's title "Camat Contoh" follows it;
* the JSON Schema of each input file is written to `schema/`, so the
  `# yaml-language-server: $schema=schema/<name>.schema.json` line of each YAML file works
  offline.
"""

from __future__ import annotations

import re
from pathlib import Path

from lkjip import atomic
from lkjip.errors import LkjipUsageError
from lkjip.resources import templates_dir
from lkjip.source.schema import DOCUMENT_NAMES, schema_file_name, schema_text

INIT_DIR = "init"
SCHEMA_DIR = "schema"

# The agency the starter files describe; replaced when a name is given.
NAMA_CONTOH = "Kecamatan Contoh"
JABATAN_CONTOH = "Camat Contoh"

# Files of templates/init written under another name in the dataset.
_RENAMED = {"gitignore": ".gitignore"}
# Files where the agency name is replaced (narasi uses {{ instansi.nama }} instead).
_NAMED_SUFFIXES = (".yaml", ".md")

# A name that is safe as a plain YAML scalar inside the starter files: starts with a letter,
# then letters, digits, spaces and . , ' ( ) / -
_NAMA_AMAN = re.compile(r"^[^\W\d_][\w .,'()/-]*$")


def starter_dir() -> Path:
    """The folder holding the starter files (`templates/init`)."""
    return templates_dir() / INIT_DIR


def create_dataset(target: Path, *, nama: str | None = None) -> list[Path]:
    """Write a complete starter dataset into `target` and return the files written, in order.

    `target` may be missing (it is created, with its parents) or an empty folder. A non-empty
    folder, or a path that is a file, is refused with `LkjipUsageError` before anything is
    written. `nama` (e.g. "Kecamatan Sukajadi") replaces the example agency name.
    """
    target = Path(target)
    _check_target(target)
    nama = _check_nama(nama)
    source = starter_dir()
    if not source.is_dir():
        raise LkjipUsageError(f"berkas awal lkjip init tidak ditemukan: {source}")
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        rel = path.relative_to(source)
        out = target / rel.parent / _RENAMED.get(rel.name, rel.name)
        text = path.read_text(encoding="utf-8")
        if nama is not None and rel.parts[0] != "narasi" and path.suffix in _NAMED_SUFFIXES:
            text = _rename(text, nama)
        written.append(_write(out, text))
    for file in DOCUMENT_NAMES.values():
        written.append(_write(target / SCHEMA_DIR / schema_file_name(file), schema_text(file)))
    return written


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise LkjipUsageError(f"{target} sudah ada dan bukan folder; pilih nama folder lain")
    if target.is_dir():
        try:
            isi = next(target.iterdir(), None)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise LkjipUsageError(f"folder tidak dapat dibaca: {target} ({reason})") from None
        if isi is not None:
            raise LkjipUsageError(
                f"folder {target} tidak kosong; lkjip init tidak menimpa berkas yang ada. "
                "Pilih folder baru atau folder kosong."
            )


def _check_nama(nama: str | None) -> str | None:
    if nama is None:
        return None
    nama = " ".join(nama.split())
    if not nama:
        raise LkjipUsageError("--nama tidak boleh kosong")
    if not _NAMA_AMAN.match(nama):
        raise LkjipUsageError(
            f'--nama "{nama}" memuat tanda yang tidak didukung; pakai huruf, angka, spasi dan '
            "tanda . , ' ( ) / - saja, lalu lengkapi nama di lkjip.yaml"
        )
    return nama


def _rename(text: str, nama: str) -> str:
    """The starter text with the example agency (and its head's title) renamed."""
    if nama.startswith("Kecamatan "):
        jabatan = "Camat " + nama.removeprefix("Kecamatan ")
    else:
        jabatan = "Kepala " + nama
    return text.replace(JABATAN_CONTOH, jabatan).replace(NAMA_CONTOH, nama)


def _write(path: Path, text: str) -> Path:
    """Through `lkjip.atomic`, like every file lkjip writes: never through a link."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, text)
    return path
