"""lkjip.atomic: the one way lkjip replaces an output file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lkjip import atomic


def test_write_bytes_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")
    atomic.write_bytes(out, b"versi baru")
    assert out.read_bytes() == b"versi baru"
    assert os.listdir(tmp_path) == ["laporan.docx"]


def test_write_text_writes_utf8_with_line_endings_as_given(tmp_path: Path) -> None:
    out = tmp_path / "anggaran.yaml"
    atomic.write_text(out, "uraian: Belanja Pegawai – rutin\n")
    assert out.read_bytes() == "uraian: Belanja Pegawai – rutin\n".encode()


def test_the_file_and_then_its_folder_are_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "laporan.docx"
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(descriptor: int) -> None:
        mode = os.fstat(descriptor).st_mode
        synced.append("folder" if stat.S_ISDIR(mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    atomic.write_bytes(out, b"isi")
    assert synced == ["file", "folder"]


def test_a_failed_write_keeps_the_target_and_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")

    def full_disk(_descriptor: int) -> None:
        raise OSError(28, "No space left on device", "/tmp/sesuatu.tmp")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(OSError) as caught:
        atomic.write_bytes(out, b"versi baru")
    assert caught.value.filename == str(out)
    assert out.read_bytes() == b"versi lama"
    assert os.listdir(tmp_path) == ["laporan.docx"]


def test_a_temporary_of_a_dead_process_is_removed(tmp_path: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    stale = tmp_path / f".laporan.docx.tmp-{finished.stdout.strip()}"
    stale.write_bytes(b"setengah")
    alive = tmp_path / f".laporan.docx.tmp-{os.getppid()}"
    alive.write_bytes(b"sedang ditulis")
    atomic.write_bytes(tmp_path / "laporan.docx", b"isi")
    assert sorted(os.listdir(tmp_path)) == sorted(["laporan.docx", alive.name])


def test_move_into_place_renames_a_finished_file(tmp_path: Path) -> None:
    staging = tmp_path / ".staging"
    staging.mkdir()
    made = staging / "laporan.pdf"
    made.write_bytes(b"%PDF")
    out = tmp_path / "laporan.pdf"
    out.write_bytes(b"lama")
    atomic.move_into_place(made, out)
    assert out.read_bytes() == b"%PDF"
    assert not made.exists()
