"""Clean up after `lkjip.pdf` when lkjip dies: end LibreOffice's process groups, remove the
staging folder and the throwaway profile.

    python _pdf_watchdog.py

`lkjip.pdf` starts this script in a session of its own (so a Ctrl-C or a signal sent to
lkjip's process group does not reach it), with a pipe as stdin, and writes one JSON line per
thing to clean up:

    ["group", PID]    a process group to end (soffice, the UNO script)
    ["done", PID]     that group has ended: never signal it (its id may be reused)
    ["path", PATH]    a folder to remove

lkjip closes the pipe once it has cleaned up itself. The end of input — that close, or lkjip
dying however it dies, SIGKILL included, since the kernel closes a dead process's pipes —
makes this script end every group not marked done (SIGTERM, then SIGKILL) and remove every
folder, then exit. On the normal path there is nothing left to do.

Standalone: standard library only, never `import lkjip` (it must work with lkjip gone).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import time
from collections.abc import Iterable

_TERM_WAIT = 3.0  # seconds a group gets to exit after SIGTERM before SIGKILL


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def _end_group(pgid: int) -> None:
    for sig, wait in ((signal.SIGTERM, _TERM_WAIT), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pgid, sig)
        except (ProcessLookupError, PermissionError):
            return
        end = time.monotonic() + wait
        while time.monotonic() < end:
            if not _group_alive(pgid):
                return
            time.sleep(0.05)


def _read(stream: Iterable[str]) -> tuple[list[int], list[str]]:
    groups: list[int] = []
    paths: list[str] = []
    for raw in stream:
        try:
            kind, value = json.loads(raw)
        except ValueError:
            continue
        if kind == "group" and isinstance(value, int) and value > 1:
            groups.append(value)
        elif kind == "done" and value in groups:
            groups.remove(value)
        elif kind == "path" and isinstance(value, str) and os.path.isabs(value):
            paths.append(value)
    return groups, paths


def main() -> int:
    # A terminal's signals go to lkjip's group, not here; these only make sure a stray one
    # does not stop the clean-up half-way.
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_IGN)
    groups, paths = _read(sys.stdin)
    for pgid in groups:
        _end_group(pgid)
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
