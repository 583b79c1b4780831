"""The report's path: odd `--out` values, a full disk, a build killed while it writes.

Whatever happens, the previous report stays as it was (or is replaced by the complete new
one), an input file is never overwritten, and no half-written file is left that could be
mistaken for a report. Temporary files are named `.<report>.tmp-<pid>` (hidden, next to the
report); one left by a killed build is removed by the next build.
"""

from __future__ import annotations

import errno
import io
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from typer.testing import CliRunner

from lkjip import atomic
from lkjip.cli import app
from tests.helpers import EXAMPLE
from tests.hostile.harness import (
    AS_ROOT,
    OLD_REPORT,
    assert_clean_ending,
    minimal_dataset,
    png,
    run_lkjip,
)

TEMPORARY = re.compile(r"\.laporan\.docx\.tmp-\d+")


def with_logo(root: Path) -> Path:
    (root / "lampiran").mkdir()
    (root / "lampiran" / "logo.png").write_bytes(png(4, 4))
    lkjip = root / "lkjip.yaml"
    text = lkjip.read_text(encoding="utf-8")
    lkjip.write_text(
        text.replace(
            "  alamat: Jalan Merdeka No. 1\n",
            "  alamat: Jalan Merdeka No. 1\n  logo: lampiran/logo.png\n",
        )
    )
    return root / "lampiran" / "logo.png"


def link_to(name: str) -> Callable[[Path, Path], Path]:
    def make(root: Path, folder: Path) -> Path:
        link = folder / "laporan.docx"
        link.symlink_to(root / name)
        return link

    return make


def hard_link_to(name: str) -> Callable[[Path, Path], Path]:
    def make(root: Path, folder: Path) -> Path:
        link = folder / "laporan.docx"
        os.link(root / name, link)
        return link

    return make


# --out → what it points at; every one must be refused with exit 2, the input untouched.
INPUTS_AS_OUTPUT: dict[str, Callable[[Path, Path], Path]] = {
    "lkjip.yaml": lambda root, folder: root / "lkjip.yaml",
    "narasi": lambda root, folder: root / "narasi" / "ikhtisar.md",
    "gambar": lambda root, folder: with_logo(root),
    "tautan-ke-kinerja": link_to("kinerja.yaml"),
    "tautan-keras-ke-renstra": hard_link_to("renstra.yaml"),
    "jalur-berputar": lambda root, folder: root / "narasi" / ".." / "anggaran.yaml",
}


@pytest.mark.parametrize("label", list(INPUTS_AS_OUTPUT))
def test_out_that_is_an_input_file_is_refused(label: str, tmp_path: Path) -> None:
    root = minimal_dataset(tmp_path / "data")
    folder = tmp_path / "keluar"
    folder.mkdir()
    out = INPUTS_AS_OUTPUT[label](root, folder)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    outcome = run_lkjip("build", str(root), "--out", str(out))
    assert_clean_ending(outcome, 2)
    assert "berkas masukan" in outcome.stderr, outcome.explain()
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_out_that_is_the_templates_reference_is_refused(tmp_path: Path) -> None:
    root = minimal_dataset(tmp_path / "data")
    templates = tmp_path / "templat"
    templates.mkdir()
    reference = templates / "reference.docx"
    reference.write_bytes((EXAMPLE.parents[1] / "templates" / "reference.docx").read_bytes())
    before = reference.read_bytes()
    outcome = run_lkjip("build", str(root), "--templates", str(templates), "--out", str(reference))
    assert_clean_ending(outcome, 2)
    assert reference.read_bytes() == before


def test_out_that_is_a_folder(tmp_path: Path) -> None:
    outcome = run_lkjip("build", str(minimal_dataset(tmp_path / "data")), "--out", str(tmp_path))
    assert_clean_ending(outcome, 2)
    assert "menunjuk sebuah folder" in outcome.stderr, outcome.explain()


def test_out_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "sub" / "laporan.docx"
    outcome = run_lkjip("build", str(minimal_dataset(tmp_path / "data")), "--out", str(out))
    assert_clean_ending(outcome, 2)
    assert "adalah berkas, bukan folder" in outcome.stderr, outcome.explain()
    assert blocker.read_text(encoding="utf-8") == "x"


def test_out_in_a_new_folder(tmp_path: Path) -> None:
    out = tmp_path / "belum" / "ada" / "laporan.docx"
    outcome = run_lkjip("build", str(minimal_dataset(tmp_path / "data")), "--out", str(out))
    assert_clean_ending(outcome, 0)
    docx.Document(str(out))


@pytest.mark.skipif(AS_ROOT, reason="root menulis ke folder hanya-baca")
def test_out_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    (folder / "laporan.docx").write_bytes(OLD_REPORT)
    folder.chmod(0o500)
    try:
        out = folder / "laporan.docx"
        outcome = run_lkjip("build", str(minimal_dataset(tmp_path / "data")), "--out", str(out))
    finally:
        folder.chmod(0o755)
    assert_clean_ending(outcome, 2)
    assert "izin ditolak" in outcome.stderr, outcome.explain()
    assert (folder / "laporan.docx").read_bytes() == OLD_REPORT


def test_validate_writes_nothing(tmp_path: Path) -> None:
    root = minimal_dataset(tmp_path / "data")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert_clean_ending(run_lkjip("validate", str(root)), 0)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


# --- write failures, simulated in-process ----------------------------------------------------


class _FailingFile(io.FileIO):
    """A real file that takes half of what is written, then fails like the OS would."""

    failure = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def write(self, data: Any) -> int:
        super().write(bytes(data)[: len(data) // 2])
        raise self.failure


@pytest.mark.parametrize(
    ("failure", "says"),
    [
        (OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "ruang disk penuh"),
        (OSError(errno.EACCES, os.strerror(errno.EACCES)), "izin ditolak"),
        (OSError(errno.EROFS, os.strerror(errno.EROFS)), "sistem berkas hanya-baca"),
    ],
    ids=["disk-penuh", "izin", "hanya-baca"],
)
def test_write_failure_keeps_the_previous_report(
    failure: OSError, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = minimal_dataset(tmp_path / "data")
    out = tmp_path / "keluar" / "laporan.docx"
    out.parent.mkdir()
    out.write_bytes(OLD_REPORT)
    monkeypatch.setattr(_FailingFile, "failure", failure)
    monkeypatch.setattr(atomic, "open", _FailingFile, raising=False)
    result = CliRunner().invoke(app, ["build", str(root), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"{says}: {out}" in result.stderr, result.stderr
    assert out.read_bytes() == OLD_REPORT
    assert os.listdir(out.parent) == ["laporan.docx"]


# --- killed while writing --------------------------------------------------------------------

# lkjip, made to SIGKILL itself once the temporary file is written and before it is renamed.
KILLED_IN_FSYNC = """
import os, signal, sys
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
from lkjip.cli import main
sys.argv = ["lkjip", *sys.argv[1:]]
main()
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The bytes of an existing report (of the minimal dataset) and of the example's report,
    which the killed builds were making."""
    folder = tmp_path_factory.mktemp("laporan")
    data = minimal_dataset(folder / "data")
    assert_clean_ending(run_lkjip("build", str(data), "--out", str(folder / "lama.docx")), 0)
    assert_clean_ending(run_lkjip("build", str(EXAMPLE), "--out", str(folder / "baru.docx")), 0)
    return (folder / "lama.docx").read_bytes(), (folder / "baru.docx").read_bytes()


def _previous_report(tmp_path: Path, old: bytes) -> Path:
    out = tmp_path / "keluar" / "laporan.docx"
    out.parent.mkdir()
    out.write_bytes(old)
    return out


def _assert_report_whole(out: Path, allowed: tuple[bytes, ...]) -> None:
    assert out.read_bytes() in allowed, "laporan setengah jadi"
    docx.Document(str(out))
    stray = [p.name for p in out.parent.iterdir() if p != out]
    assert all(TEMPORARY.fullmatch(name) for name in stray), stray


def test_killed_before_the_rename_keeps_the_previous_report(
    tmp_path: Path, reports: tuple[bytes, bytes]
) -> None:
    old, new = reports
    out = _previous_report(tmp_path, old)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IN_FSYNC, "build", str(EXAMPLE), "--out", str(out)],
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    _assert_report_whole(out, (old,))
    assert out.read_bytes() == old
    left = [p.name for p in out.parent.iterdir() if TEMPORARY.fullmatch(p.name)]
    assert len(left) == 1, "the killed build's temporary file is hidden and named .tmp"
    # The next build removes it: its process is gone.
    assert_clean_ending(run_lkjip("build", str(EXAMPLE), "--out", str(out)), 0)
    assert os.listdir(out.parent) == ["laporan.docx"]
    assert out.read_bytes() == new


@pytest.mark.parametrize("delay", [0.05, 0.3, "berkas-sementara-muncul"])
def test_killed_at_any_moment_leaves_a_whole_report(
    tmp_path: Path, reports: tuple[bytes, bytes], delay: float | str
) -> None:
    """SIGKILL at a moment chosen by the clock: the report is the old one or the whole new
    one, never a mix, and it opens; a temporary file left is hidden and named .tmp."""
    old, new = reports
    out = _previous_report(tmp_path, old)
    build = subprocess.Popen(
        [sys.executable, "-m", "lkjip", "build", str(EXAMPLE), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if isinstance(delay, float):
            time.sleep(delay)
        else:  # as soon as the temporary file exists, i.e. while it is written
            deadline = time.monotonic() + 20
            while build.poll() is None and time.monotonic() < deadline:
                if any(TEMPORARY.fullmatch(name) for name in os.listdir(out.parent)):
                    break
                time.sleep(0.0005)
        build.send_signal(signal.SIGKILL)
    finally:
        build.wait(timeout=30)
    _assert_report_whole(out, (old, new))
