"""Write an output file so that it is always either the previous file or the whole new one.

Every file lkjip produces (the report, the PDF, the verifier workbook, an imported
anggaran.yaml, the JSON Schemas, the files of `lkjip init`) goes through here: the bytes are
written to `.<name>.tmp-<pid>` in the target's own folder (a rename is atomic only within one
file system), flushed and fsynced, renamed over the target, and the folder is fsynced so the
rename itself survives a power cut. On any failure the temporary file is removed and the
target is untouched. A build killed outright (SIGKILL) can still leave its temporary file; the
next write to the same target removes it.

A dataset folder can come from a stranger's pull request, with links committed where lkjip
writes. So nothing here writes through a link:

* the target must be missing or a regular file; a symbolic link (wherever it points), a
  device, a FIFO, a socket or a folder is refused with `UnsafeTarget`, before anything is
  written (`refusal` lets the CLI ask the same question before any work) and again just
  before the rename;
* the temporary file is created with O_CREAT|O_EXCL|O_NOFOLLOW: a link or file already at its
  name is never opened, followed or reused (the name is removed first when it cannot belong
  to a running write, else another name is taken);
* a rename replaces the directory entry itself, never what a link there points to.

The folders on the way to the target are the user's choice and are followed as given.

A leaf module: it imports nothing from lkjip.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from pathlib import Path

# The flags of a temporary file: new, never through a link; O_NOFOLLOW and O_BINARY exist on
# some systems only.
_CREATE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_MODE = 0o644
_ATTEMPTS = 4  # names tried for the temporary file before giving up


class UnsafeTarget(OSError):
    """The target, or a temporary name beside it, is not a regular file lkjip may replace.

    An OSError without errno: `strerror` is the reason in Indonesian and `filename` the path,
    so the CLI prints it like any other file it could not write (exit 2).
    """

    def __init__(self, reason: str, path: Path | str) -> None:
        super().__init__(None, reason, str(path))


def refusal(target: Path) -> str | None:
    """What `target` is when lkjip may not replace it ("tautan simbolik", "FIFO (pipa
    bernama)", …, in Indonesian), or None: missing or a regular file."""
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        return None  # missing; or the write itself will fail and say why
    return _kind(mode)


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "tautan simbolik"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "berkas perangkat (device)"
    if stat.S_ISFIFO(mode):
        return "FIFO (pipa bernama)"
    if stat.S_ISSOCK(mode):
        return "soket"
    return "berkas khusus"


def refusal_message(kind: str) -> str:
    """The reason printed for a target that is a `kind` (see `refusal`)."""
    return f"{kind}, bukan berkas biasa; lkjip tidak menimpanya dan tidak menulis lewatnya"


def check_target(target: Path) -> None:
    """Raise `UnsafeTarget` when `target` exists and is not a regular file."""
    kind = refusal(target)
    if kind is not None:
        raise UnsafeTarget(refusal_message(kind), target)


def write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` by `data` atomically and durably (see the module docstring).

    An OSError (disk full, no permission) names `target`, not the temporary file, so the user
    reads which file was not written.
    """
    target = Path(target)
    check_target(target)
    remove_stale_temporaries(target)
    temporary, descriptor = _create_temporary(target)
    try:
        with open(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        check_target(target)
        os.replace(temporary, target)
    except BaseException as error:
        _unlink_quietly(temporary)
        if isinstance(error, OSError) and error.errno is not None:
            raise OSError(error.errno, error.strerror, str(target)) from error
        raise
    _sync_folder(target.parent)


def write_text(target: Path, text: str) -> None:
    """`write_bytes` for UTF-8 text; line endings are written as given."""
    write_bytes(target, text.encode("utf-8"))


def move_into_place(source: Path, target: Path) -> None:
    """Rename a finished file (made by another program) over `target`, durably.

    `source` must be a regular file on the same file system as `target`, e.g. in a private
    folder beside it; `target` must be missing or a regular file (`UnsafeTarget` otherwise).
    """
    source, target = Path(source), Path(target)
    check_target(target)
    descriptor = os.open(source, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise UnsafeTarget(refusal_message("berkas khusus"), source)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    check_target(target)
    os.replace(source, target)
    _sync_folder(target.parent)


def temporary_path(target: Path) -> Path:
    """The temporary file a write to `target` tries first: hidden, beside it, named by our
    pid (`.<name>.tmp-<pid>`; when that name is taken, `.<name>.tmp-<pid>.<random>`)."""
    return target.parent / f".{target.name}.tmp-{os.getpid()}"


def _create_temporary(target: Path) -> tuple[Path, int]:
    """Create a new temporary file beside `target`; never opens an existing name."""
    candidate = temporary_path(target)
    for _ in range(_ATTEMPTS):
        try:
            return candidate, os.open(candidate, _CREATE, _MODE)
        except FileExistsError:
            pass
        except OSError as error:
            if error.errno is not None:
                raise OSError(error.errno, error.strerror, str(target)) from error
            raise
        candidate = target.parent / f".{target.name}.tmp-{os.getpid()}.{secrets.token_hex(4)}"
    raise UnsafeTarget(
        "berkas sementara di sebelahnya tidak dapat dibuat (nama sudah terpakai)", target
    )


def remove_stale_temporaries(target: Path) -> None:
    """Remove the `.<name>.tmp-<pid>[.<random>]` entries next to `target` that cannot belong
    to a write in progress: those of a process that no longer runs (a killed write), those
    named by our own pid (this process makes its temporary file only after this call), and
    any that is not a regular file (lkjip only ever makes regular ones: a link or FIFO there
    was planted). A link is removed, never followed. POSIX only: on Windows `os.kill(pid, 0)`
    would end the process instead of asking about it."""
    if os.name != "posix":
        return
    pattern = re.compile(rf"\.{re.escape(target.name)}\.tmp-(\d+)(?:\.[0-9a-f]+)?")
    try:
        names = [entry.name for entry in os.scandir(target.parent)]
    except OSError:
        return
    own = os.getpid()
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        path = target.parent / name
        pid = int(match.group(1))
        try:
            regular = stat.S_ISREG(os.lstat(path).st_mode)
        except OSError:
            continue
        if not regular or pid == own or not _process_runs(pid):
            _unlink_quietly(path)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass  # another build removed it, or we may not: harmless either way


def _process_runs(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OverflowError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def _sync_folder(folder: Path) -> None:
    """fsync a folder so a rename in it is on disk. Best effort: the file is already whole and
    in place; some systems (Windows, a few network file systems) cannot open or sync a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
