"""Shared test helpers: where the example lives, building it, editing datasets, LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lkjip.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dumai_kota_2022"
GOLDEN = EXAMPLE / "expected" / "laporan.txt"
REFERENCE = ROOT / "templates" / "reference.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def build_example(out: Path) -> Path:
    """`lkjip build` of the example into `out`, asserting that it succeeded."""
    result = CliRunner().invoke(app, ["build", str(EXAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


# --- datasets as {path: text} ----------------------------------------------------------------


def replace_first(files: dict[str, Any], edits: Mapping[str, Iterable[Any]] | None) -> None:
    """In each named file, replace the first occurrence of every `old` with `new`
    (`{path: [[old, new], …]}`); an `old` that is not there fails the test."""
    for name, pairs in (edits or {}).items():
        text = str(files[name])
        for old, new in pairs:
            assert old in text, f"{name} tidak memuat {old!r}"
            text = text.replace(old, new, 1)
        files[name] = text


def put_files(files: dict[str, Any], replacements: Mapping[str, Any] | None) -> None:
    """Replace (or add) whole files (`{path: content}`); `None` deletes the file."""
    for name, content in (replacements or {}).items():
        if content is None:
            files.pop(name, None)
        else:
            files[name] = content


# --- LibreOffice and poppler: skipped locally when missing, a failure in CI ------------------


def _tool_or_skip(found: str | None, name: str, ci_message: str) -> str:
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(ci_message)
    pytest.skip(f"{name} tidak terpasang")


def soffice() -> str:
    """The LibreOffice binary, or skip — except in CI, where a missing LibreOffice fails."""
    return _tool_or_skip(
        shutil.which("soffice") or shutil.which("libreoffice"),
        "LibreOffice (soffice)",
        "LibreOffice (soffice) tidak terpasang di CI; .ci/run harus memasangnya",
    )


def poppler(tool: str) -> str:
    """A poppler-utils program (pdftotext, pdfinfo), or skip — except in CI, where it fails."""
    return _tool_or_skip(shutil.which(tool), tool, f"{tool} (poppler-utils) tidak terpasang di CI")


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
    """The PDF LibreOffice makes of `docx`, written to `outdir`."""
    binary = soffice()
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            binary,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = outdir / (docx.stem + ".pdf")
    assert pdf.exists(), "LibreOffice tidak menghasilkan PDF"
    return pdf


def pdf_text(pdf: Path, *, layout: bool = True) -> str:
    """The text of a PDF by pdftotext (`-layout` unless `layout=False`)."""
    args = [poppler("pdftotext"), *(["-layout"] if layout else []), str(pdf), "-"]
    done = subprocess.run(args, check=True, capture_output=True, timeout=60)
    return done.stdout.decode("utf-8")
