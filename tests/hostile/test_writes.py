"""Writes, batches and printed output under attack (issue 17, items 1–3 and 15–17).

A pull request can commit links, FIFOs and oddly named folders wherever lkjip writes or
names things. Each case runs lkjip as CI does — a separate process within the harness's time
and memory bounds — and must end through lkjip's own exit path with no traceback, write
nothing through a link, leave the previous report as it was, and print no line a CI runner
would read as a workflow command.

Faults that no input can cause on purpose (a crash inside one dataset's build, a worker
process dying) are injected the way `test_output.py` does: a small wrapper, here a
`sitecustomize` on PYTHONPATH, so the worker processes of a batch see it too.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest

from lkjip import pdf
from tests.hostile.harness import (
    OLD_REPORT,
    TIMEOUT_SECONDS,
    Outcome,
    _bounded,
    assert_clean_ending,
    minimal_dataset,
    run_lkjip,
)

VICTIM = b"berkas orang lain: tidak boleh tertimpa\n"


def run_bounded(
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    code: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> Outcome:
    """`run_lkjip` with an environment, a working folder, or a wrapper script (`code`, run
    with `python -c` instead of `-m lkjip`); the same time and memory bounds."""
    full_env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200", **(env or {})}
    program = ["-c", code] if code is not None else ["-m", "lkjip"]
    try:
        done = subprocess.run(
            [sys.executable, *program, *args],
            capture_output=True,
            timeout=timeout,
            preexec_fn=_bounded,
            env=full_env,
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        raise AssertionError(f"lkjip {' '.join(args)} berjalan lebih dari {timeout} d") from expired
    return Outcome(
        done.returncode,
        done.stdout.decode("utf-8", errors="replace"),
        done.stderr.decode("utf-8", errors="replace"),
    )


def victim(tmp_path: Path) -> Path:
    path = tmp_path / "di-luar" / "korban.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(VICTIM)
    return path


def previous_report(tmp_path: Path) -> Path:
    out = tmp_path / "keluar" / "laporan.docx"
    out.parent.mkdir(exist_ok=True)
    out.write_bytes(OLD_REPORT)
    return out


# --- writes: the output path (items 1 and 3) -------------------------------------------------


def test_pdf_path_linked_to_a_data_file_is_refused_before_any_work(tmp_path: Path) -> None:
    """Item 1: `out/laporan.pdf → ../kinerja.yaml` committed inside the dataset."""
    root = minimal_dataset(tmp_path / "data")
    (root / "out").mkdir()
    (root / "out" / "laporan.pdf").symlink_to("../kinerja.yaml")
    before = (root / "kinerja.yaml").read_bytes()
    outcome = run_lkjip("build", str(root), "--out", str(root / "out" / "laporan.docx"), "--pdf")
    assert_clean_ending(outcome, 2)
    assert "PDF menunjuk berkas masukan" in outcome.stderr, outcome.explain()
    assert (root / "kinerja.yaml").read_bytes() == before
    assert sorted(os.listdir(root / "out")) == ["laporan.pdf"]  # no .docx, nothing else


def test_pdf_path_linked_outside_is_refused_before_any_work(tmp_path: Path) -> None:
    target = victim(tmp_path)
    out = previous_report(tmp_path)
    out.with_suffix(".pdf").symlink_to(target)
    outcome = run_lkjip(
        "build", str(minimal_dataset(tmp_path / "data")), "--out", str(out), "--pdf"
    )
    assert_clean_ending(outcome, 2)
    assert "PDF adalah tautan simbolik" in outcome.stderr, outcome.explain()
    assert target.read_bytes() == VICTIM
    assert out.read_bytes() == OLD_REPORT
    assert out.with_suffix(".pdf").is_symlink()


def _symlink_out(tmp_path: Path, out: Path) -> Path:
    out.unlink()
    out.symlink_to(victim(tmp_path))
    return out


def _fifo_out(tmp_path: Path, out: Path) -> Path:
    out.unlink()
    os.mkfifo(out)
    return out


def _device_out(tmp_path: Path, out: Path) -> Path:
    return Path(os.devnull)


OUT_KINDS = {
    "tautan-simbolik": (_symlink_out, "adalah tautan simbolik"),
    "fifo": (_fifo_out, "adalah FIFO"),
    "perangkat": (_device_out, "adalah berkas perangkat"),
}


@pytest.mark.parametrize("kind", list(OUT_KINDS))
@pytest.mark.parametrize("command", ["build", "export", "import"])
def test_out_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str, command: str) -> None:
    """Item 3: `--out` at a link, a FIFO (which would also hang a plain open) or a device:
    exit 2 before any work, with what it is in the message; nothing written through it."""
    make, says = OUT_KINDS[kind]
    root = minimal_dataset(tmp_path / "data")
    name = {"build": "laporan.docx", "export": "tabel.xlsx", "import": "anggaran.yaml"}[command]
    out = tmp_path / "keluar" / name
    out.parent.mkdir()
    out.write_bytes(OLD_REPORT)
    out = make(tmp_path, out)
    if command == "import":
        xlsx = tmp_path / "dpa.xlsx"
        xlsx.write_bytes(b"PK\x03\x04 bukan xlsx")  # refused before it is even read
        args = ["import", "anggaran", str(xlsx), "--out", str(out)]
    else:
        args = [command, str(root), "--out", str(out)]
    outcome = run_lkjip(*args)
    assert_clean_ending(outcome, 2)
    assert f"--out {says}" in outcome.stderr, outcome.explain()
    if kind == "tautan-simbolik":
        assert out.is_symlink()
        assert (tmp_path / "di-luar" / "korban.txt").read_bytes() == VICTIM
    if kind == "fifo":
        assert out.exists() and not out.is_file()
    if kind != "perangkat":
        assert os.listdir(out.parent) == [name]
    else:
        assert (tmp_path / "keluar" / name).read_bytes() == OLD_REPORT


def test_import_into_a_dataset_whose_anggaran_is_a_link_is_refused(tmp_path: Path) -> None:
    root = minimal_dataset(tmp_path / "data")
    target = victim(tmp_path)
    (root / "anggaran.yaml").unlink()
    (root / "anggaran.yaml").symlink_to(target)
    xlsx = tmp_path / "dpa.xlsx"
    xlsx.write_bytes(b"PK\x03\x04")
    outcome = run_lkjip("import", "anggaran", str(xlsx), "--dataset", str(root))
    assert_clean_ending(outcome, 2)
    assert "anggaran.yaml adalah tautan simbolik" in outcome.stderr, outcome.explain()
    assert target.read_bytes() == VICTIM


def test_schema_files_are_not_written_through_links(tmp_path: Path) -> None:
    folder = tmp_path / "schema"
    folder.mkdir()
    (folder / "kinerja.schema.json").symlink_to(victim(tmp_path))
    outcome = run_lkjip("schema", "--out", str(folder))
    assert_clean_ending(outcome, 2)
    assert "tautan simbolik" in outcome.stderr, outcome.explain()
    assert (tmp_path / "di-luar" / "korban.txt").read_bytes() == VICTIM
    assert os.listdir(folder) == ["kinerja.schema.json"]  # refused before the first write


def test_batch_report_at_a_link_fails_that_dataset_only(tmp_path: Path) -> None:
    parent = tmp_path / "opd"
    for name in ("a", "b"):
        minimal_dataset(parent / name)
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    (out_dir / "a.docx").symlink_to(victim(tmp_path))
    (out_dir / "b.pdf").symlink_to(tmp_path / "di-luar" / "korban.txt")
    outcome = run_lkjip("build", str(parent), "--out-dir", str(out_dir), "--jobs", "1", "--pdf")
    assert_clean_ending(outcome, 2)
    assert "a: --out adalah tautan simbolik" in outcome.stderr, outcome.explain()
    assert "b: PDF adalah tautan simbolik" in outcome.stderr, outcome.explain()
    assert (tmp_path / "di-luar" / "korban.txt").read_bytes() == VICTIM
    assert sorted(os.listdir(out_dir)) == ["a.docx", "b.pdf"]  # b refused before its .docx


# --- writes: the temporary file (item 2) ----------------------------------------------------

# lkjip, after committing (as a pull request could) a link at the temporary name its own pid
# gives, `.laporan.docx.tmp-<pid>`, pointing at a file outside.
PLANTED_TEMPORARY = """
import os, sys
out, victim = sys.argv[-2], sys.argv[-1]
planted = os.path.join(os.path.dirname(out), f".{os.path.basename(out)}.tmp-{os.getpid()}")
os.symlink(victim, planted)
from lkjip.cli import main
sys.argv = ["lkjip", *sys.argv[1:-1]]
main()
"""


def test_a_link_planted_at_the_temporary_name_is_not_followed_nor_left(tmp_path: Path) -> None:
    target = victim(tmp_path)
    out = previous_report(tmp_path)
    root = minimal_dataset(tmp_path / "data")
    code = PLANTED_TEMPORARY
    outcome = run_bounded("build", str(root), "--out", str(out), str(target), code=code)
    assert_clean_ending(outcome, 0)
    assert target.read_bytes() == VICTIM
    assert os.listdir(out.parent) == ["laporan.docx"]
    docx.Document(str(out))


def test_links_planted_at_every_other_temporary_name_are_removed(tmp_path: Path) -> None:
    """Links named for other pids, running or not, are removed too (lkjip only ever makes
    regular temporary files): never followed, never left behind."""
    target = victim(tmp_path)
    out = previous_report(tmp_path)
    for pid in (1, os.getpid(), 2**22 + 7, 0):
        (out.parent / f".laporan.docx.tmp-{pid}").symlink_to(target)
    outcome = run_lkjip("build", str(minimal_dataset(tmp_path / "data")), "--out", str(out))
    assert_clean_ending(outcome, 0)
    assert target.read_bytes() == VICTIM
    assert os.listdir(out.parent) == ["laporan.docx"]


# --- batch: a crash is one dataset's failure (item 15) ---------------------------------------

CRASHES = """
import os
from pathlib import Path

import lkjip.pipeline as pipeline

_run = pipeline.run


def run(root, **kwargs):
    name = Path(root).name
    if name == "b-galat":
        raise RuntimeError("rusak " + "x" * 100_000)
    if name == "c-memori":
        raise MemoryError
    if name == "d-mati":
        os._exit(70)
    return _run(root, **kwargs)


pipeline.run = run
"""


@pytest.fixture
def crashing(tmp_path: Path) -> dict[str, str]:
    """PYTHONPATH with a sitecustomize that makes some datasets crash (see CRASHES)."""
    folder = tmp_path / "suntik"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(textwrap.dedent(CRASHES), encoding="utf-8")
    return {"PYTHONPATH": str(folder)}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crash_in_one_dataset_does_not_stop_the_others(
    tmp_path: Path, crashing: dict[str, str], jobs: str
) -> None:
    names = ["a-baik", "b-galat", "c-memori", "e-baik"] + (["d-mati"] if jobs != "1" else [])
    parent = tmp_path / "opd"
    for name in names:
        minimal_dataset(parent / name)
    out_dir = tmp_path / "keluar"
    outcome = run_bounded(
        "build", str(parent), "--out-dir", str(out_dir), "--jobs", jobs, env=crashing, timeout=30
    )
    assert_clean_ending(outcome, 2)
    assert sorted(os.listdir(out_dir)) == ["a-baik.docx", "e-baik.docx"], outcome.explain()
    for name in ("b-galat", "c-memori"):
        assert f"{name}: laporan tidak dibuat: galat tak terduga" in outcome.stderr
    assert "RuntimeError: rusak xxx" in outcome.stderr
    assert "x" * 1000 not in outcome.stderr  # the exception's text is cut short
    if jobs != "1":
        assert "d-mati: laporan tidak dibuat: proses pembangunnya berhenti" in outcome.stderr
    assert f"2 dari {len(names)} laporan ditulis" in outcome.stderr, outcome.explain()


# --- printed output (item 16) ---------------------------------------------------------------

COMMAND = re.compile(r"^\s*(::|##)")
ANNOTATION = re.compile(r"^::(error|warning|notice) (file=|title=)[^\r\n]*$")
NAMES = {
    "baik\n::error file=lkjip.yaml,line=1::disuntik": "ok",
    "::stop-commands::hentikan\r::error::cr": "findings",
    "##[error]lama\u2028::warning::ls": "ok",
    "\x1b[2J::notice::esc": "findings",
}


def _opd(parent: Path) -> None:
    for name, kind in NAMES.items():
        root = minimal_dataset(parent / name)
        if kind == "findings":
            (root / "kinerja.yaml").write_text("tahun: [\n", encoding="utf-8")


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_folder_names_cannot_write_commands_into_the_ci_log(tmp_path: Path, fmt: str) -> None:
    """Folder names with line breaks and workflow commands, printed in the progress lines, the
    findings (their file names begin the line when the datasets are under '.'), the error
    lines and the "gagal:" list: no line begins a command; in github format the only `::`
    lines are lkjip's own annotations."""
    parent = tmp_path / "opd"
    _opd(parent)
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    (out_dir / "\x1b[2J::notice::esc.docx").symlink_to(victim(tmp_path))  # an error line
    outcome = run_bounded(
        "build", ".", "--out-dir", str(out_dir), "--jobs", "1", "--format", fmt, cwd=parent
    )
    assert_clean_ending(outcome, 2)
    assert "gagal:" in outcome.stderr and "tautan simbolik" in outcome.stderr
    lines = outcome.stdout.splitlines() + outcome.stderr.splitlines()
    for line in lines:
        if fmt == "github" and line.startswith("::"):
            assert ANNOTATION.match(line), line
        else:
            assert not COMMAND.match(line), f"{line!r}\n{outcome.explain()}"
    assert not any(c in outcome.output for c in ("\r", "\x1b", "\u2028")), outcome.explain()
    assert "\\x3a:stop-commands::hentikan\\r::error::cr" in outcome.output


def test_validate_of_many_escapes_folder_names(tmp_path: Path) -> None:
    parent = tmp_path / "opd"
    _opd(parent)
    outcome = run_bounded("validate", ".", cwd=parent)
    assert_clean_ending(outcome, 1)
    for line in outcome.output.splitlines():
        assert not COMMAND.match(line), f"{line!r}\n{outcome.explain()}"
    assert "bermasalah:" in outcome.stderr


# --- soffice dies with lkjip (item 17) --------------------------------------------------------


def _processes() -> Iterator[tuple[int, int, str]]:
    """(pid, process group, command line) of every live process (Linux /proc; no zombies)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            fields = (entry / "stat").read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z":
            yield int(entry.name), int(fields[2]), cmdline


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


# A UNO interpreter that says it can `import uno` and then never connects: the real soffice it
# was started with waits forever, as a long conversion would. Its child keeps its group alive.
NEVER_CONNECTS = """\
#!/bin/sh
[ "$1" = "-c" ] && exit 0
sleep 300 &
wait
"""


@pytest.mark.libreoffice
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_soffice_dies_with_lkjip(tmp_path: Path, sig: signal.Signals) -> None:
    """Item 17: kill lkjip while a real LibreOffice runs for its PDF: within seconds no process
    of that conversion is left (soffice, soffice.bin, the UNO script and their children), and
    the staging folder, the profile and LibreOffice's temporary files are gone."""
    if not (shutil.which("soffice") or shutil.which("libreoffice")) or not Path("/proc").is_dir():
        pytest.skip("LibreOffice (soffice) dan /proc diperlukan")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    uno_python = tmp_path / "python-uno"
    uno_python.write_text(NEVER_CONNECTS, encoding="utf-8")
    uno_python.chmod(0o755)
    out = previous_report(tmp_path)
    root = minimal_dataset(tmp_path / "data")
    env = {**os.environ, "TMPDIR": str(temporary), "LKJIP_UNO_PYTHON": str(uno_python)}
    build = subprocess.Popen(
        [sys.executable, "-m", "lkjip", "build", str(root), "--out", str(out), "--pdf"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # as a CI step: lkjip's group, which soffice is not in
    )
    marker = str(tmp_path)

    def groups() -> set[int]:
        return {group for pid, group, cmd in _processes() if marker in cmd and pid != build.pid}

    try:

        def converting() -> bool:
            commands = [cmd for _, _, cmd in _processes() if marker in cmd]
            return any("soffice.bin" in c for c in commands) and any(
                "_uno_pdf.py" in c for c in commands
            )

        assert _wait_for(converting, 60), "LibreOffice tidak mulai"
        office = groups()
        os.killpg(build.pid, sig)  # lkjip (and whatever shares its group)
    finally:
        build.wait(timeout=30)
    assert len(office) >= 2, office  # soffice's group and the script's

    def left() -> list[str]:
        return [f"{pid}: {cmd}" for pid, group, cmd in _processes() if group in office]

    assert _wait_for(lambda: not left(), 20), left()
    assert _wait_for(lambda: os.listdir(temporary) == [], 10), os.listdir(temporary)
    assert os.listdir(out.parent) == ["laporan.docx"]
    docx.Document(str(out))  # the .docx was written before the PDF began


def test_the_watchdog_is_standalone() -> None:
    source = pdf.WATCHDOG.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+lkjip\b", source, re.M)
