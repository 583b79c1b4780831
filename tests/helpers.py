"""Shared test helpers: where the example lives, LibreOffice conversion."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dumai_kota_2022"
GOLDEN = EXAMPLE / "expected" / "laporan.txt"


def soffice() -> str:
    """The LibreOffice binary, or skip — except in CI, where a missing LibreOffice fails."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) tidak terpasang di CI; .ci/run harus memasangnya")
    pytest.skip("LibreOffice (soffice) tidak terpasang")


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
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


def pdf_text(pdf: Path) -> str:
    binary = shutil.which("pdftotext")
    if not binary:
        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) tidak terpasang di CI")
        pytest.skip("pdftotext tidak terpasang")
    done = subprocess.run(
        [binary, "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60
    )
    return done.stdout.decode("utf-8")
