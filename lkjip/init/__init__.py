"""`lkjip init DIR`: a new dataset folder that validates clean and builds, ready to be edited.

The starter files live in `templates/init/` (shipped in the wheel as `lkjip/_templates/init`).
Each is a small Jinja template rendered for one jenis, name, parent and year
(`lkjip.init.konteks`), with the delimiters `[[ ]]`, `[% %]` and `[# #]` so that the
narrative's own `{{ }}` placeholders are written untouched. Then:

* `gitignore` is written as `.gitignore` (a dot file in the package data is easy to lose);
* `narasi/indikator/INDIKATOR2.md` is named after the second example indicator's id;
* the JSON Schema of each input file is written to `schema/`, so the
  `# yaml-language-server: $schema=schema/<name>.schema.json` line of each YAML file works
  offline.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import jinja2

from lkjip import atomic
from lkjip.errors import LkjipUsageError
from lkjip.init.konteks import NAMA_BAWAAN, konteks, pilih_induk, pilih_jenis
from lkjip.resources import templates_dir
from lkjip.source.schema import DOCUMENT_NAMES, schema_file_name, schema_text

INIT_DIR = "init"
SCHEMA_DIR = "schema"

# Files of templates/init written under another name in the dataset.
_RENAMED = {"gitignore": ".gitignore"}
# The narrative of the second example indicator, named after its id.
_INDIKATOR2 = "INDIKATOR2.md"

# The years a dataset can be started for: the regulations and code schemes lkjip knows.
TAHUN_PALING_AWAL = 2015

# A name that is safe as a plain YAML scalar inside the starter files: starts with a letter,
# then letters, digits, spaces and . , ' ( ) / -
_NAMA_AMAN = re.compile(r"^[^\W\d_][\w .,'()/-]*$")


def starter_dir() -> Path:
    """The folder holding the starter files (`templates/init`)."""
    return templates_dir() / INIT_DIR


def create_dataset(
    target: Path,
    *,
    nama: str | None = None,
    jenis: str | None = None,
    tahun: int | None = None,
    induk: str | None = None,
) -> list[Path]:
    """Write a complete starter dataset into `target` and return the files written, in order.

    `target` may be missing (it is created, with its parents) or an empty folder. A non-empty
    folder, or a path that is a file, is refused with `LkjipUsageError` before anything is
    written. `jenis` (a `JenisInstansi` value) defaults to the one `nama`'s opening words
    give, else kecamatan; `nama` to an example agency of that jenis; `tahun` to last year;
    `induk` to the parent derived from the name ("… Kabupaten X" → "Pemerintah Kabupaten X").
    """
    target = Path(target)
    check_target(target)
    nama = _check_nama(nama, "--nama")
    induk = _check_nama(induk, "--induk")
    jenis_terpilih = pilih_jenis(jenis, nama)
    tahun = _check_tahun(tahun)
    nama_terpakai = nama or NAMA_BAWAAN[jenis_terpilih][0]
    induk = pilih_induk(jenis_terpilih, nama_terpakai, induk, bawaan=nama is None)
    values = konteks(jenis_terpilih, nama_terpakai, induk, tahun)
    source = starter_dir()
    if not source.is_dir():
        raise LkjipUsageError(f"berkas awal lkjip init tidak ditemukan: {source}")
    env = _environment(source)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        rel = path.relative_to(source)
        name = _RENAMED.get(rel.name, rel.name)
        if name == _INDIKATOR2:
            name = f"{values['ind2'].id}.md"
        text = env.get_template(rel.as_posix()).render(values)
        written.append(write(target / rel.parent / name, text))
    return written + write_schemas(target)


def write_schemas(target: Path) -> list[Path]:
    """The JSON Schema of each input file, under `schema/`, for the editor."""
    return [
        write(target / SCHEMA_DIR / schema_file_name(file), schema_text(file))
        for file in DOCUMENT_NAMES.values()
    ]


def _environment(source: Path) -> jinja2.Environment:
    """Jinja with square-bracket delimiters: the narrative's `{{ }}` and `{# #}` are text."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(source),
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        comment_start_string="[#",
        comment_end_string="#]",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - YAML and Markdown, not HTML
    )


def tahun_bawaan(today: dt.date | None = None) -> int:
    """Last year: the report usually written at the start of a year."""
    return (today or dt.date.today()).year - 1


def _check_tahun(tahun: int | None) -> int:
    if tahun is None:
        return tahun_bawaan()
    batas_akhir = tahun_bawaan() + 1
    if not TAHUN_PALING_AWAL <= tahun <= batas_akhir:
        raise LkjipUsageError(
            f"--tahun {tahun} di luar rentang yang didukung ({TAHUN_PALING_AWAL}–{batas_akhir})"
        )
    return tahun


def check_target(target: Path) -> None:
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


def _check_nama(nama: str | None, option: str) -> str | None:
    if nama is None:
        return None
    nama = " ".join(nama.split())
    if not nama:
        raise LkjipUsageError(f"{option} tidak boleh kosong")
    if not _NAMA_AMAN.match(nama):
        raise LkjipUsageError(
            f'{option} "{nama}" memuat tanda yang tidak didukung; pakai huruf, angka, spasi '
            "dan tanda . , ' ( ) / - saja, lalu lengkapi nama di lkjip.yaml"
        )
    return nama


def write(path: Path, text: str) -> Path:
    """Through `lkjip.atomic`, like every file lkjip writes: never through a link."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, text)
    return path
