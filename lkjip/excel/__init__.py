"""Excel in and out: import a SIPD-style budget sheet into anggaran.yaml, export the computed
tables for verifiers.

The CLI calls `run_import` and `run_export`; the stage rules (CONTRIBUTING.md) keep this package
away from `pipeline`, so the CLI loads and computes the project itself and hands it over.
openpyxl is imported lazily, inside the functions that need it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lkjip import atomic
from lkjip.diagnostics import Diagnostic
from lkjip.excel.anggaran_yaml import SCHEMA_REF, data_from_model, dump_anggaran_yaml
from lkjip.excel.existing import existing_schema_ref
from lkjip.excel.importer import EXPORT_SHEET, import_anggaran

if TYPE_CHECKING:
    from lkjip.calc.results import Hasil
    from lkjip.model import Project

__all__ = [
    "EXPORT_SHEET",
    "SCHEMA_REF",
    "data_from_model",
    "dump_anggaran_yaml",
    "export_tables",
    "import_anggaran",
    "run_export",
    "run_import",
    "write_atomic",
]


def run_import(
    xlsx: Path,
    *,
    sheet: str | None = None,
    out: Path | None = None,
    dataset: Path | None = None,
    tahun: int | None = None,
) -> tuple[str, list[Diagnostic]]:
    """`lkjip import anggaran`: the anggaran.yaml text and every problem found.

    The existing file whose facts are kept (penunjang, indikator, tahun, dokumen,
    sumber_realisasi) is `dataset/anggaran.yaml`, else `out` when it already exists. The
    caller must not write the text when a diagnostic is an error.
    """
    xlsx = Path(xlsx)
    existing: Path | None = None
    if dataset is not None and (Path(dataset) / "anggaran.yaml").is_file():
        existing = Path(dataset) / "anggaran.yaml"
    elif out is not None and Path(out).is_file():
        existing = Path(out)
    data, diagnostics = import_anggaran(xlsx, sheet=sheet, existing=existing, tahun=tahun)
    if not data:
        return "", diagnostics
    schema = existing_schema_ref(existing) or SCHEMA_REF
    return dump_anggaran_yaml(data, sumber=xlsx.name, schema=schema), diagnostics


def run_export(project: Project, hasil: Hasil, out: Path) -> Path:
    """`lkjip export`: write the verifier workbook; returns the path written."""
    from lkjip.excel.exporter import export_tables

    export_tables(project, hasil, Path(out))
    return Path(out)


def export_tables(project: Project, hasil: Hasil, out: Path) -> None:
    """See `lkjip.excel.exporter.export_tables` (imported lazily: openpyxl is heavy)."""
    from lkjip.excel.exporter import export_tables as _export

    _export(project, hasil, out)


def write_atomic(path: Path, text: str) -> None:
    """Write text beside `path`, fsync and rename it into place (see `lkjip.atomic`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, text)
