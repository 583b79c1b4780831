"""Running lkjip on hostile input the way CI does: a separate process, bounded in time and memory.

A case is data: an id, a `change` that turns the minimal valid dataset into the hostile one,
and the outcome expected — exit code, diagnostic code and where it points, or a message. The
changes below are small builders (`replace`, `write`, `symlink`, …) so a table of cases reads
as "case → mutation → expected code/exit".
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from tests.conftest import MINIMAL_FILES, write_dataset

TIMEOUT_SECONDS = 10
MEMORY_BYTES = 1536 * 1024 * 1024
OLD_REPORT = b"PK\x03\x04 laporan lama yang sudah diserahkan"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

Change = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    """One hostile input and what lkjip must answer."""

    id: str
    change: Change
    code: str | None  # a diagnostic code that must be reported; None: none in particular
    where: str = ""  # the start of its location: "kinerja.yaml:9:15"
    exit: int = 1
    says: str = ""  # a fragment of the output (stdout or stderr)
    command: str = "build"  # "validate" where building would only repeat it, slower
    needs_non_root: bool = False  # permissions mean nothing to root

    def __str__(self) -> str:
        return self.id


@dataclass
class Outcome:
    exit: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def diagnostics(self) -> list[dict[str, Any]]:
        """The JSON report (`--format json`), or [] when lkjip printed none."""
        if not self.stdout.strip():
            return []
        return list(json.loads(self.stdout)["diagnostics"])

    def explain(self) -> str:
        return (
            f"exit {self.exit}\n--- stdout\n{self.stdout[:3000]}\n--- stderr\n{self.stderr[:3000]}"
        )


# --- running ---------------------------------------------------------------------------------


def _bounded() -> None:
    """In the child, before exec: at most MEMORY_BYTES of address space."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run_lkjip(*args: str, timeout: float = TIMEOUT_SECONDS) -> Outcome:
    """`lkjip ARGS` in a child process with a time and memory bound; a timeout fails the test."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "lkjip", *args],
            capture_output=True,
            timeout=timeout,
            preexec_fn=_bounded,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        raise AssertionError(
            f"lkjip {' '.join(args)} berjalan lebih dari {timeout} detik"
        ) from expired
    return Outcome(
        done.returncode,
        done.stdout.decode("utf-8", errors="replace"),
        done.stderr.decode("utf-8", errors="replace"),
    )


def assert_clean_ending(outcome: Outcome, exit_code: int) -> None:
    """Ended through lkjip's own exit path with `exit_code`, and no Python traceback."""
    assert "Traceback" not in outcome.output, outcome.explain()
    assert outcome.exit == exit_code, outcome.explain()


def where(diagnostic: dict[str, Any]) -> str:
    parts = [diagnostic["file"], diagnostic["line"], diagnostic["col"]]
    return ":".join(str(p) for p in parts if p is not None)


def assert_reported(outcome: Outcome, code: str, at: str) -> None:
    """`code` was reported at a location starting with `at`; every diagnostic has a file."""
    found = outcome.diagnostics()
    assert all(d["file"] for d in found), outcome.explain()
    places = [where(d) for d in found if d["code"] == code]
    assert any(p.startswith(at) for p in places), f"{code} di {at}?\n{outcome.explain()}"


# --- datasets and changes --------------------------------------------------------------------


def minimal_dataset(root: Path) -> Path:
    """The minimal valid dataset of tests/conftest.py, with one narrative file."""
    files: dict[str, str | bytes] = {n: textwrap.dedent(t) for n, t in MINIMAL_FILES.items()}
    files["narasi/ikhtisar.md"] = "Kecamatan Sukamaju melapor.\n"
    return write_dataset(root, files)


def text_of(name: str) -> str:
    return textwrap.dedent(MINIMAL_FILES[name])


def replace(name: str, old: str, new: str) -> Change:
    def change(root: Path) -> None:
        path = root / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{name} tidak memuat {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


def write(name: str, content: str | bytes | Callable[[], str | bytes]) -> Change:
    """Replace (or add) a file; a callable makes big content only when the case runs."""

    def change(root: Path) -> None:
        data = content() if callable(content) else content
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.exists():
            path.unlink()
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8", newline="")

    return change


def append(name: str, text: str) -> Change:
    def change(root: Path) -> None:
        with (root / name).open("a", encoding="utf-8") as handle:
            handle.write(text)

    return change


def remove(name: str) -> Change:
    def change(root: Path) -> None:
        path = root / name
        if path.is_dir() and not path.is_symlink():
            for child in sorted(path.rglob("*"), reverse=True):
                child.rmdir() if child.is_dir() else child.unlink()
            path.rmdir()
        else:
            path.unlink()

    return change


def mkdir(name: str) -> Change:
    def change(root: Path) -> None:
        (root / name).mkdir(parents=True)

    return change


def symlink(name: str, target: str | Callable[[Path], Path]) -> Change:
    """Make `name` a symbolic link to `target` (a path as written, or computed from root)."""

    def change(root: Path) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.is_file():
            path.unlink()
        path.symlink_to(target(root) if callable(target) else target)

    return change


def outside(name: str, content: str | bytes) -> Callable[[Path], Path]:
    """A file next to (outside) the dataset folder, for links that point out of it."""

    def make(root: Path) -> Path:
        path = root.parent / "di-luar" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make


def chmod(name: str, mode: int) -> Change:
    def change(root: Path) -> None:
        (root / name if name else root).chmod(mode)

    return change


def every(*changes: Change) -> Change:
    def change(root: Path) -> None:
        for one in changes:
            one(root)

    return change


def restore_permissions(root: Path) -> None:
    """Let pytest remove the folder again after a permissions case."""
    root.chmod(0o755)
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


def png(width: int, height: int) -> bytes:
    """A small valid PNG (white pixels) of the given size; 0 makes a broken header."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\xff" * 3 * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# --- running a table of cases ----------------------------------------------------------------


@dataclass
class Result:
    outcome: Outcome
    out: Path  # the output path, holding the previous output before the run


def run_case(case: Case, folder: Path) -> Result:
    """Make the hostile dataset in `folder`, run lkjip on it (build writes over OLD_REPORT),
    and put permissions back."""
    root = minimal_dataset(folder / "data")
    case.change(root)
    out = folder / "keluar" / "laporan.docx"
    out.parent.mkdir()
    out.write_bytes(OLD_REPORT)
    args = [case.command, str(root), "--format", "json"]
    if case.command == "build":
        args += ["--out", str(out)]
    try:
        return Result(run_lkjip(*args), out)
    finally:
        if case.needs_non_root:
            restore_permissions(folder)


class _Named(Protocol):
    @property
    def id(self) -> str: ...


C = TypeVar("C", bound=_Named)


def run_all(
    cases: Sequence[C], run: Callable[[C, Path], Result], make_folder: Callable[[str], Path]
) -> dict[str, Result]:
    """Every case, two to four at a time (by the cores there are): each is its own process
    with its own bounds, and a table of cases stays well under a minute."""
    folders = [make_folder(case.id) for case in cases]
    with ThreadPoolExecutor(max_workers=min(4, max(2, os.cpu_count() or 1))) as pool:
        done = pool.map(run, cases, folders)
        return {case.id: result for case, result in zip(cases, done, strict=True)}
