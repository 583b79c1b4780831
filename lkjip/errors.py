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
