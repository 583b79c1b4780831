"""`pdf._complete_pdf`: when the UNO script dies after saving, a finished PDF still counts."""

from __future__ import annotations

from pathlib import Path

from lkjip.pdf import _complete_pdf


def test_a_finished_pdf(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 5000 + b"\n%%EOF\n")
    assert _complete_pdf(path)


def test_a_pdf_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 5000)
    assert not _complete_pdf(path)


def test_no_pdf(tmp_path: Path) -> None:
    assert not _complete_pdf(tmp_path / "tidak-ada.pdf")
    (tmp_path / "kosong.pdf").write_bytes(b"")
    assert not _complete_pdf(tmp_path / "kosong.pdf")
