"""Exceptions and error wording shared by the stages and the CLI, in a module without heavy
imports so the CLI can name them without loading pydantic or python-docx (`lkjip --help`
stays fast)."""

import errno

# The operating system's reasons in the user's language; others keep the system's text.
_OS_REASONS = {
    errno.ENOENT: "berkas atau folder tidak ada",
    errno.EACCES: "izin ditolak",
    errno.EPERM: "izin ditolak",
    errno.ENOSPC: "ruang disk penuh",
    errno.EROFS: "sistem berkas hanya-baca",
    errno.EISDIR: "ini sebuah folder, bukan berkas",
    errno.ENOTDIR: "bukan folder",
    errno.ELOOP: "tautan simbolik berputar",
    errno.EIO: "galat masukan/keluaran pada perangkat penyimpanan",
}


def os_reason(error: OSError) -> str:
    """Why the operating system refused, in Indonesian when it is a common reason."""
    return _OS_REASONS.get(error.errno or 0, error.strerror or str(error) or type(error).__name__)


class LkjipUsageError(Exception):
    """lkjip could not do its job (missing folder, unwritable output): exit code 2.

    The message is Indonesian and shown to the user as is.
    """


# --- printing text that came from the data --------------------------------------------------

# Characters that end a line for some reader of lkjip's output (a CI log splits at LF and CR,
# Python's str.splitlines also at VT, FF, FS, GS, RS, NEL, LS and PS) or that a terminal
# acts on (ESC and the other controls); TAB is kept.
_UNPRINTABLE = {
    **{code: f"\\x{code:02x}" for code in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F)},
    **{code: f"\\x{code:02x}" for code in range(0x80, 0xA0)},
    0x0A: "\\n",
    0x0D: "\\r",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
# What a CI runner reads as a command when a line starts with it, after leading blanks:
# GitHub's `::error::`/`::stop-commands::`, the older `##[error]`, Azure's `##vso[`.
_COMMAND_STARTS = ("::", "##")


def printable(text: object) -> str:
    """`text` (a name, path or message that may come from the data) made safe to print as
    part of one line of text or GitHub output: a line break or other control character is
    written as an escape (`\\n`, `\\x1b`), so it cannot start a line of its own, and text that
    begins like a workflow command (`::`, `##`, after blanks) has its first character
    escaped (`\\x3a:error…`), so it cannot start one either where it begins a line."""
    out = str(text).translate(_UNPRINTABLE)
    body = out.lstrip(" \t")
    if body.startswith(_COMMAND_STARTS):
        blanks = out[: len(out) - len(body)]
        out = f"{blanks}\\x{ord(body[0]):02x}{body[1:]}"
    return out
