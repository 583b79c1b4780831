"""Convert the built .docx to PDF with LibreOffice, table of contents and lists with page numbers,
and store those page numbers in the .docx too (`store_page_numbers` does only the latter).

`soffice --convert-to pdf` alone prints the cached results of the TOC and list-of-tables fields,
which the .docx carries without page numbers. So, when a Python interpreter with LibreOffice's
`uno` module is available, lkjip starts its own headless soffice (throwaway profile, a private
pipe named `lkjip_<pid>_<random>`) and runs `lkjip/_uno_pdf.py` under that interpreter: it loads
the document, updates every index twice and exports with writer_pdf_Export. Without `uno`, the
plain conversion is used and `convert_to_pdf` returns a warning to show the user.

Where things are found:
  soffice   env LKJIP_SOFFICE, else `soffice` or `libreoffice` on PATH
  uno       env LKJIP_UNO_PYTHON, else the `python` next to soffice (LibreOffice's own builds),
            else /usr/bin/python3 (Debian/Ubuntu: package python3-uno), else this interpreter

Every soffice this module starts runs in its own process group and is killed in a `finally`,
on success, error, timeout, Ctrl-C, SIGTERM or SIGHUP. lkjip can also die where no `finally`
runs (SIGKILL, the out-of-memory killer), so two more guards make LibreOffice die with it:

* on Linux each child asks the kernel for SIGKILL when lkjip dies (`PR_SET_PDEATHSIG`);
* a small watchdog (`lkjip/_pdf_watchdog.py`, in a session of its own) holds the read end of a
  pipe from lkjip; when the pipe closes — lkjip finished, or died however it died — it ends
  every process group lkjip did not see end and removes the staging folder and the profile.

The PDF is written to a temporary folder beside the target and moved into place by
`atomic.move_into_place`, so an existing PDF stays whole when conversion fails, and a link,
device or FIFO at the PDF's path is refused, never written through.
"""

from __future__ import annotations

import ctypes
import importlib.util
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from lkjip import atomic, docx_pages

DEFAULT_TIMEOUT = 180.0
SCRIPT = Path(__file__).with_name("_uno_pdf.py")
WATCHDOG = Path(__file__).with_name("_pdf_watchdog.py")
SYSTEM_PYTHON = "/usr/bin/python3"
NO_PDF = "-"  # what `_uno_pdf.py` takes for "lay out only, no PDF"
# How long a script may still run after its soffice exited before the run counts as failed
# (soffice exits first on the normal path: the script asks it to terminate).
_AFTER_OFFICE_EXIT = 5.0
_SCRIPT_GRACE = 5.0  # seconds the UNO script may run past our deadline before it gives up
_INSTALL_HINT = (
    "pasang LibreOffice (mis. `apt-get install libreoffice-writer`) "
    "atau tunjuk programnya dengan LKJIP_SOFFICE"
)
NO_UNO_FOR_PAGES = (
    "Python dengan modul uno (paket python3-uno) tidak ditemukan, sehingga nomor halaman Daftar "
    "Isi tidak dapat dihitung. Pasang python3-uno atau tunjuk interpreternya dengan "
    "LKJIP_UNO_PYTHON."
)
INDEX_NAMES = {"toc": "Daftar Isi", "Tabel": "Daftar Tabel", "Gambar": "Daftar Gambar"}
NO_UNO_WARNING = (
    "Python dengan modul uno (paket python3-uno) tidak ditemukan; PDF dibuat dengan konversi "
    "biasa, sehingga Daftar Isi dan Daftar Tabel di PDF dan .docx tanpa nomor halaman. Pasang "
    "python3-uno atau tunjuk interpreternya dengan LKJIP_UNO_PYTHON."
)


class PdfError(Exception):
    """The PDF could not be made; the message is for the user (Bahasa Indonesia)."""


def convert_to_pdf(docx: Path, pdf: Path, *, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """Write `pdf` from `docx`, and store the laid-out page numbers in `docx`'s Daftar Isi and
    lists (see `lkjip.docx_pages`), so both show the same pages; return a warning for the user,
    or None.

    Raises PdfError when LibreOffice is missing, fails, or takes longer than `timeout` seconds.
    """
    # The PDF's own name is not resolved: a link planted there is refused, not followed.
    docx, pdf = Path(docx).resolve(), Path(pdf).parent.resolve() / Path(pdf).name
    _check_target(pdf)
    return _lay_out(docx, pdf, timeout)


def store_page_numbers(docx: Path, *, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """Lay `docx` out with LibreOffice and store the page numbers in its Daftar Isi and lists,
    without writing a PDF; return a warning for the user, or None.

    Raises PdfError when LibreOffice or its `uno` module is missing, fails, or is too slow.
    """
    return _lay_out(Path(docx).resolve(), None, timeout)


def _lay_out(docx: Path, pdf: Path | None, timeout: float) -> str | None:
    """Run LibreOffice on `docx`: the PDF when `pdf` is given, and the page numbers whenever
    the `uno` module is there."""
    deadline = time.monotonic() + timeout
    soffice = find_soffice()
    python = find_uno_python(soffice)
    if python is None and pdf is None:
        raise PdfError(NO_UNO_FOR_PAGES)
    beside = pdf if pdf is not None else docx
    beside.parent.mkdir(parents=True, exist_ok=True)
    with _sigterm_unwinds(), _Watchdog() as watchdog, _staging(beside, watchdog) as folders:
        staging, profile = folders
        if python is None:
            assert pdf is not None
            plain = _convert_plain(soffice, docx, staging, profile, deadline, timeout, watchdog)
            _move_pdf(plain, pdf)
            return NO_UNO_WARNING
        produced = staging / pdf.name if pdf is not None else None
        pages = staging / "halaman.json"
        _convert_uno(soffice, python, docx, produced, pages, profile, deadline, timeout, watchdog)
        if produced is not None and pdf is not None:
            _move_pdf(produced, pdf)
        return _store_pages(docx, pages)


def _move_pdf(produced: Path, pdf: Path) -> None:
    if not produced.is_file() or produced.stat().st_size == 0:
        raise PdfError("LibreOffice tidak menghasilkan PDF")
    try:
        atomic.move_into_place(produced, pdf)
    except atomic.UnsafeTarget as error:
        raise PdfError(f"{error.filename} adalah {error.strerror}") from None


def _store_pages(docx: Path, pages: Path) -> str | None:
    """Write the page numbers the UNO script reported into `docx`; a warning names the lists
    whose entries LibreOffice saw differently (left without numbers, never wrong ones)."""
    try:
        layout = docx_pages.read_layout(pages)
    except (OSError, ValueError, KeyError, TypeError):
        raise PdfError("LibreOffice tidak melaporkan nomor halaman") from None
    try:
        unmatched = docx_pages.store_page_numbers(docx, layout)
    except atomic.UnsafeTarget as error:
        raise PdfError(f"{error.filename} adalah {error.strerror}") from None
    if not unmatched:
        return None
    names = ", ".join(INDEX_NAMES.get(kind, f"Daftar {kind}") for kind in unmatched)
    return (
        f"nomor halaman tidak ditulis ke {names} di .docx: entrinya berbeda dengan tata letak "
        "LibreOffice; Word tetap memperbaruinya saat berkas dibuka"
    )


def _check_target(pdf: Path) -> None:
    kind = atomic.refusal(pdf)
    if kind is not None:
        raise PdfError(f"{pdf} adalah {atomic.refusal_message(kind)}")


# --- finding the programs -----------------------------------------------------------------------


def find_soffice() -> str:
    """The LibreOffice program: LKJIP_SOFFICE, else soffice/libreoffice on PATH."""
    configured = os.environ.get("LKJIP_SOFFICE")
    if configured:
        found = shutil.which(configured)
        if found is None:
            raise PdfError(
                f"LibreOffice tidak ditemukan di LKJIP_SOFFICE={configured}; {_INSTALL_HINT}"
            )
        return found
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise PdfError(f"LibreOffice (soffice) tidak terpasang; {_INSTALL_HINT}")
    return found


def find_uno_python(soffice: str) -> str | None:
    """A Python interpreter that can `import uno`, or None (then: plain conversion)."""
    configured = os.environ.get("LKJIP_UNO_PYTHON")
    if configured:
        found = shutil.which(configured)
        if found is None or not _imports_uno(found):
            raise PdfError(
                f"LKJIP_UNO_PYTHON={configured} bukan Python yang dapat memuat modul uno"
            )
        return found
    program_dir = Path(os.path.realpath(soffice)).parent
    for name in ("python", "python.exe", "python.bin"):
        bundled = program_dir / name
        if bundled.is_file() and os.access(bundled, os.X_OK) and _imports_uno(str(bundled)):
            return str(bundled)
    if Path(SYSTEM_PYTHON).is_file() and _imports_uno(SYSTEM_PYTHON):
        return SYSTEM_PYTHON
    if importlib.util.find_spec("uno") is not None:
        return sys.executable
    return None


def _imports_uno(python: str) -> bool:
    try:
        done = subprocess.run(
            [python, "-c", "import uno"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


# --- the two ways to convert -------------------------------------------------------------------


def _convert_uno(
    soffice: str,
    python: str,
    docx: Path,
    produced: Path | None,
    pages: Path,
    profile: Path,
    deadline: float,
    timeout: float,
    watchdog: _Watchdog,
) -> None:
    pipe = f"lkjip_{os.getpid()}_{secrets.token_hex(4)}"
    office = _start(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;",
        ],
        watchdog,
        profile,
    )
    script: subprocess.Popen[bytes] | None = None
    clean = False
    try:
        # The script's own deadline is only a backstop, later than ours: the timeout is
        # decided and reported here, whichever step (connecting, converting) is slow.
        backstop = max(deadline - time.monotonic(), 0.1) + _SCRIPT_GRACE
        target = str(produced) if produced is not None else NO_PDF
        script = _start(
            [python, str(SCRIPT), pipe, str(docx), target, f"{backstop:.1f}", str(pages)],
            watchdog,
            profile,
            stderr=subprocess.PIPE,
        )
        office_gone_at: float | None = None
        while True:
            try:
                script.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                pass
            now = time.monotonic()
            if now >= deadline:
                raise PdfError(_timeout_message(timeout))
            if office_gone_at is None and office.poll() is not None:
                office_gone_at = now
            if office_gone_at is not None and now - office_gone_at > _AFTER_OFFICE_EXIT:
                raise PdfError(
                    f"LibreOffice berhenti sebelum PDF selesai (kode keluar {office.returncode})"
                )
        detail = script.stderr.read().decode("utf-8", "replace").strip() if script.stderr else ""
        crashed_after_saving = script.returncode < 0 and _finished(produced, pages)
        if script.returncode != 0 and not crashed_after_saving:
            last = detail.splitlines()[-1] if detail else f"kode keluar {script.returncode}"
            raise PdfError(f"LibreOffice gagal membuat PDF: {last}")
        clean = True
    finally:
        if script is not None:
            _stop(script, watchdog, grace=0)
            if script.stderr:
                script.stderr.close()
        # On success the script has asked soffice to quit; give it a moment to do so.
        _stop(office, watchdog, grace=10 if clean else 0)


def _finished(produced: Path | None, pages: Path) -> bool:
    """Whether the script wrote everything asked of it before it died."""
    written = pages.is_file() and pages.stat().st_size > 0
    return written and (produced is None or _complete_pdf(produced))


def _complete_pdf(path: Path) -> bool:
    """A PDF LibreOffice finished writing: it ends with the %%EOF marker. The UNO script can
    die by a signal in python3-uno's teardown after the PDF is saved; the PDF is then good."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(size - 1024, 0))
            return size > 0 and b"%%EOF" in handle.read()
    except OSError:
        return False


def _convert_plain(
    soffice: str,
    docx: Path,
    staging: Path,
    profile: Path,
    deadline: float,
    timeout: float,
    watchdog: _Watchdog,
) -> Path:
    office = _start(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(staging),
            str(docx),
        ],
        watchdog,
        profile,
    )
    try:
        office.wait(timeout=max(deadline - time.monotonic(), 0.1))
    except subprocess.TimeoutExpired:
        raise PdfError(_timeout_message(timeout)) from None
    finally:
        _stop(office, watchdog, grace=0)
    if office.returncode != 0:
        raise PdfError(f"LibreOffice gagal membuat PDF (kode keluar {office.returncode})")
    return staging / (docx.stem + ".pdf")


# --- processes and temporary folders -----------------------------------------------------------


def _start(
    argv: list[str], watchdog: _Watchdog, profile: Path, stderr: int = subprocess.DEVNULL
) -> subprocess.Popen[bytes]:
    """Start a process in its own process group, so `_stop` ends it with all its children; on
    Linux it is killed by the kernel if lkjip dies first, and the watchdog ends its group. Its
    temporary files (LibreOffice's `lu*.tmp`) go to a folder beside the profile, removed
    with it."""
    options: dict[str, object] = {"env": {**os.environ, "TMPDIR": str(profile.parent / "tmp")}}
    if os.name == "posix":
        options["start_new_session"] = True
        dies_with_us = _die_with_parent_hook()
        if dies_with_us is not None:
            options["preexec_fn"] = dies_with_us
    else:  # pragma: no cover - Windows
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    try:
        process = subprocess.Popen(  # type: ignore[call-overload]
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            **options,
        )
    except OSError as error:
        raise PdfError(f"tidak dapat menjalankan {argv[0]}: {error.strerror or error}") from None
    watchdog.tell("group", process.pid)
    return process  # type: ignore[no-any-return]


def _stop(process: subprocess.Popen[bytes], watchdog: _Watchdog, *, grace: float) -> None:
    """Let `process` exit within `grace` seconds, then kill its whole process group."""
    if grace > 0:
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    gone = False
    if os.name == "posix":
        # soffice is a shell script → oosplash → soffice.bin: the group holds them all, and
        # soffice.bin can outlive the leader.
        for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(process.pid, sig)
            except (ProcessLookupError, PermissionError):
                gone = True
                break
            if _group_gone(process, wait):
                gone = True
                break
    else:  # pragma: no cover - Windows
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)],
            capture_output=True,
            check=False,
        )
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL did not take
        pass
    if gone:
        watchdog.tell("done", process.pid)


# prctl(2) option: the signal the kernel sends this process when its parent thread ends.
_PR_SET_PDEATHSIG = 1


def _prctl() -> Callable[..., int] | None:
    """libc's prctl on Linux, else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - no libc with prctl
        return None
    return function


def die_with_parent(sig: int = signal.SIGKILL, parent: int | None = None) -> None:
    """Linux: have the kernel send `sig` to this process when its parent ends, however the
    parent ends (SIGKILL included); no-op elsewhere. `parent` is the pid the caller expects as
    its parent: if that one is already gone, this process ends at once."""
    prctl = _prctl()
    if prctl is None:
        return
    _arm(prctl, sig, parent)


def _arm(prctl: Callable[..., int], sig: int, parent: int | None) -> None:
    prctl(_PR_SET_PDEATHSIG, ctypes.c_ulong(sig), ctypes.c_ulong(0), ctypes.c_ulong(0))
    if parent is not None and os.getppid() != parent:
        os.kill(os.getpid(), sig)  # the parent died before the request took effect


def _die_with_parent_hook() -> Callable[[], None] | None:
    """A `preexec_fn` arming PR_SET_PDEATHSIG in the child; prctl is looked up here, in the
    parent, so the child between fork and exec only calls it."""
    prctl = _prctl()
    if prctl is None:
        return None
    parent = os.getpid()

    def arm() -> None:
        _arm(prctl, signal.SIGKILL, parent)

    return arm


class _Watchdog:
    """The process that cleans up if lkjip dies mid-conversion (see `_pdf_watchdog.py`).

    Best effort: where it cannot be started (no interpreter path, not POSIX) conversion goes
    on with the other guards.
    """

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> _Watchdog:
        if os.name == "posix" and sys.executable:
            try:
                self.process = subprocess.Popen(
                    [sys.executable, "-I", "-S", str(WATCHDOG)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            except OSError:
                self.process = None
        return self

    def tell(self, kind: str, value: int | Path) -> None:
        if self.process is None or self.process.stdin is None:
            return
        item = value if isinstance(value, int) else os.fspath(value)
        try:
            self.process.stdin.write(json.dumps([kind, item]).encode("ascii") + b"\n")
            self.process.stdin.flush()
        except OSError:
            self.process = None  # it is gone; the other guards remain

    def __exit__(self, *exc: object) -> None:
        if self.process is None:
            return
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=15)
        except (OSError, subprocess.TimeoutExpired):
            pass  # it finishes on its own; nothing of ours depends on it any more


def _group_gone(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """Wait until no process is left in the group `process` leads (POSIX only)."""
    end = time.monotonic() + seconds
    while True:
        process.poll()  # reap the leader: a zombie still counts as a member
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # pragma: no cover
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(0.05)


@contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """While converting, SIGTERM and SIGHUP raise SystemExit so the `finally` blocks still kill
    soffice and remove the folders (it runs in its own session and would otherwise outlive a
    terminated lkjip)."""
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = {sig: signal.signal(sig, _raise) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def _staging(pdf: Path, watchdog: _Watchdog) -> Iterator[tuple[Path, Path]]:
    """A temporary folder beside `pdf` (for the atomic rename) and a throwaway folder holding
    LibreOffice's profile (`profile`, made by soffice) and its temporary files (`tmp`); the
    watchdog is told of each folder as soon as it exists."""
    staging = Path(tempfile.mkdtemp(prefix=f".{pdf.stem}.", suffix=".pdf-tmp", dir=pdf.parent))
    watchdog.tell("path", staging)
    work: Path | None = None
    try:
        work = Path(tempfile.mkdtemp(prefix="lkjip_lo_"))
        watchdog.tell("path", work)
        (work / "tmp").mkdir()
        yield staging, work / "profile"
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _timeout_message(timeout: float) -> str:
    seconds = f"{timeout:g}".replace(".", ",")
    return f"LibreOffice tidak selesai membuat PDF dalam {seconds} detik; prosesnya dihentikan"
