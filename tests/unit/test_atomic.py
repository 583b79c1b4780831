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


# --- never through a link (issue 17) --------------------------------------------------------


@pytest.mark.parametrize("write", ["bytes", "move"])
def test_a_link_at_the_target_is_refused_and_not_followed(tmp_path: Path, write: str) -> None:
    victim = tmp_path / "korban.yaml"
    victim.write_bytes(b"data")
    out = tmp_path / "laporan.docx"
    out.symlink_to(victim)
    made = tmp_path / "dibuat.pdf"
    made.write_bytes(b"%PDF")
    with pytest.raises(atomic.UnsafeTarget) as caught:
        if write == "bytes":
            atomic.write_bytes(out, b"isi")
        else:
            atomic.move_into_place(made, out)
    assert caught.value.filename == str(out)
    assert "tautan simbolik" in (caught.value.strerror or "")
    assert victim.read_bytes() == b"data" and out.is_symlink()
    assert sorted(os.listdir(tmp_path)) == ["dibuat.pdf", "korban.yaml", "laporan.docx"]


def test_a_fifo_at_the_target_is_refused_without_blocking(tmp_path: Path) -> None:
    out = tmp_path / "laporan.docx"
    os.mkfifo(out)
    with pytest.raises(atomic.UnsafeTarget, match="FIFO"):
        atomic.write_bytes(out, b"isi")


def test_a_link_planted_while_writing_is_refused_at_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "korban.yaml"
    victim.write_bytes(b"data")
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")
    real_fsync = os.fsync

    def plant_then_sync(descriptor: int) -> None:
        if out.is_file() and not out.is_symlink():
            out.unlink()
            out.symlink_to(victim)
        real_fsync(descriptor)

    monkeypatch.setattr(atomic.os, "fsync", plant_then_sync)
    with pytest.raises(atomic.UnsafeTarget):
        atomic.write_bytes(out, b"isi")
    assert victim.read_bytes() == b"data"
    assert sorted(os.listdir(tmp_path)) == ["korban.yaml", "laporan.docx"]


def test_a_taken_temporary_name_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file appearing at the temporary name after the clean-up (a race) is left alone and
    another name is used: O_EXCL never opens an existing name."""
    out = tmp_path / "laporan.docx"
    planted = atomic.temporary_path(out)
    monkeypatch.setattr(
        atomic, "remove_stale_temporaries", lambda target: planted.write_bytes(b"x")
    )
    atomic.write_bytes(out, b"isi")
    assert out.read_bytes() == b"isi"
    assert planted.read_bytes() == b"x"
    assert sorted(os.listdir(tmp_path)) == sorted(["laporan.docx", planted.name])


def test_links_at_temporary_names_are_removed_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "korban.yaml"
    victim.write_bytes(b"data")
    for pid in (os.getpid(), os.getppid(), 0):
        (tmp_path / f".laporan.docx.tmp-{pid}").symlink_to(victim)
    (tmp_path / f".laporan.docx.tmp-{os.getpid()}.abc123").symlink_to(victim)
    atomic.write_bytes(tmp_path / "laporan.docx", b"isi")
    assert victim.read_bytes() == b"data"
    assert sorted(os.listdir(tmp_path)) == ["korban.yaml", "laporan.docx"]
