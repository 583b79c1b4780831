"""Write an output file so that it is always either the previous file or the whole new one.

Every file lkjip produces (the report, the verifier workbook, an imported anggaran.yaml, the
PDF) goes through here: the bytes are written to `.<name>.tmp-<pid>` in the target's own
folder (a rename is atomic only within one file system), flushed and fsynced, renamed over the
target, and the folder is fsynced so the rename itself survives a power cut. On any failure the
temporary file is removed and the target is untouched. A build killed outright (SIGKILL) can
still leave its temporary file; the next write to the same target removes it.

A leaf module: it imports nothing from lkjip.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


def write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` by `data` atomically and durably (see the module docstring).

    An OSError (disk full, no permission) names `target`, not the temporary file, so the user
    reads which file was not written.
    """
    target = Path(target)
    remove_stale_temporaries(target)
    temporary = temporary_path(target)
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and error.errno is not None:
            raise OSError(error.errno, error.strerror, str(target)) from error
        raise
    _sync_folder(target.parent)


def write_text(target: Path, text: str) -> None:
    """`write_bytes` for UTF-8 text; line endings are written as given."""
    write_bytes(target, text.encode("utf-8"))


def move_into_place(source: Path, target: Path) -> None:
    """Rename a finished file (made by another program) over `target`, durably.

    `source` must be on the same file system as `target`, e.g. in a folder beside it.
    """
    with open(source, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(source, target)
    _sync_folder(Path(target).parent)


def temporary_path(target: Path) -> Path:
    """The temporary file a write to `target` uses: hidden, beside it, named by our pid."""
    return target.parent / f".{target.name}.tmp-{os.getpid()}"


def remove_stale_temporaries(target: Path) -> None:
    """Remove the `.<name>.tmp-<pid>` files a killed write (SIGKILL, power cut) left next to
    `target`, when process <pid> no longer runs. They are hidden and named temporary, and are
    removed here so they do not pile up. POSIX only: on Windows `os.kill(pid, 0)` would end
    the process instead of asking about it."""
    if os.name != "posix":
        return
    pattern = re.compile(rf"\.{re.escape(target.name)}\.tmp-(\d+)")
    try:
        names = [entry.name for entry in os.scandir(target.parent)]
    except OSError:
        return
    for name in names:
        match = pattern.fullmatch(name)
        if match and not _process_runs(int(match.group(1))):
            try:
                (target.parent / name).unlink()
            except OSError:
                pass  # another build removed it, or we may not: harmless either way


def _process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
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
