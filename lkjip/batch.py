"""Many reports in one command: `lkjip build DIR [DIR ...] --out-dir OUT`.

A Bappeda builds the reports of all its OPD at once. Each dataset is built by `pipeline.build`
in its own worker process (the work is CPU-bound Python, so threads would not help), and the
reports are written to OUT/<folder name>.docx. One dataset's bad data does not stop the
others: every result is collected, and the exit code is the worst of them. Nor does a crash:
an unexpected exception while building one dataset, or its worker process dying (out of
memory, a signal), is that dataset's failure (exit 2), and the others are still built.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from lkjip.diagnostics import Diagnostic, Diagnostics, Location
from lkjip.errors import LkjipUsageError, os_reason, printable

DATASET_MARKER = "lkjip.yaml"


@dataclasses.dataclass(frozen=True)
class Job:
    """One dataset to build and where its report goes."""

    dataset: Path
    out: Path


@dataclasses.dataclass
class Outcome:
    """What building one dataset gave: its findings, or why it could not run at all."""

    job: Job
    diagnostics: Diagnostics
    failed: bool
    error: str | None = None  # an environment problem (exit 2), already in Indonesian
    pdf_warning: str | None = None


# --- which datasets ------------------------------------------------------------------------------


def is_parent_folder(path: Path) -> bool:
    """A folder that is not a dataset itself but holds dataset folders."""
    if not path.is_dir() or (path / DATASET_MARKER).is_file():
        return False
    return any((child / DATASET_MARKER).is_file() for child in path.iterdir())


def expand_datasets(paths: Iterable[Path]) -> list[Path]:
    """The dataset folders named by `paths`: a folder with lkjip.yaml is one dataset; a folder
    without it stands for its subfolders that have one (a parent folder of many OPD)."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            raise LkjipUsageError(f"folder data tidak ditemukan: {path}")
        if (path / DATASET_MARKER).is_file():
            found.append(path)
            continue
        children = sorted(c for c in path.iterdir() if (c / DATASET_MARKER).is_file())
        if not children:
            raise LkjipUsageError(
                f"{path} bukan folder data (tidak ada {DATASET_MARKER}) dan tidak berisi "
                "subfolder data"
            )
        found.extend(children)
    return _without_repeats(found)


def _without_repeats(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    unique = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def plan_jobs(datasets: list[Path], out_dir: Path) -> list[Job]:
    """OUT/<folder name>.docx for each dataset; refuses two datasets that would share a name
    rather than let one report overwrite another."""
    by_name: dict[str, Path] = {}
    for dataset in datasets:
        name = dataset.resolve().name
        if name in by_name:
            raise LkjipUsageError(
                f"dua folder data bernama sama, laporannya akan saling menimpa: "
                f"{by_name[name]} dan {dataset}"
            )
        by_name[name] = dataset
    return [Job(dataset, out_dir / f"{name}.docx") for name, dataset in by_name.items()]


# --- building ------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Options:
    strict: bool = False
    templates: Path | None = None
    pdf: bool = False
    nomor_halaman: bool = False  # lay out with LibreOffice, store page numbers, no PDF


def build_one(job: Job, options: Options) -> Outcome:
    """Build one report; runs in a worker process, so everything it returns is picklable and
    no exception escapes for a problem that belongs to this dataset only."""
    try:
        return _build_one(job, options)
    except Exception as error:  # noqa: BLE001 - a bug must not stop the other datasets
        return crashed(job, error)


def _build_one(job: Job, options: Options) -> Outcome:
    from lkjip.pipeline import build, check_output

    try:
        if options.pdf:  # refused before any work, like the .docx itself
            check_output(_pdf_path(job), job.dataset, options.templates, option="PDF")
        diagnostics = build(
            job.dataset, job.out, strict=options.strict, templates=options.templates
        )
    except LkjipUsageError as error:
        return Outcome(job, Diagnostics(), failed=True, error=str(error))
    except OSError as error:
        return Outcome(job, Diagnostics(), failed=True, error=_os_reason(error))
    failed = diagnostics.fails(options.strict)
    if failed or not (options.pdf or options.nomor_halaman):
        return Outcome(job, diagnostics, failed=failed)
    if not options.pdf:
        return _with_page_numbers(Outcome(job, diagnostics, failed=False))
    return _with_pdf(Outcome(job, diagnostics, failed=False))


# How much of an unexpected exception's text is shown: it may quote a whole value.
_CRASH_DETAIL = 300


def crashed(job: Job, error: BaseException | None) -> Outcome:
    """The outcome of a build that crashed: a bug of lkjip (or the machine ran out of memory),
    reported for this dataset only."""
    if error is None:
        what = "proses pembangunnya berhenti mendadak (kehabisan memori atau dihentikan sinyal)"
    else:
        detail = str(error)
        if len(detail) > _CRASH_DETAIL:
            detail = detail[:_CRASH_DETAIL] + "…"
        what = f"galat tak terduga ({type(error).__name__}{': ' + detail if detail else ''})"
    return Outcome(
        job,
        Diagnostics(),
        failed=True,
        error=f"laporan tidak dibuat: {what}. Ini kesalahan lkjip, bukan data Anda; mohon "
        "laporkan. Folder data lain tetap dibangun.",
    )


def _pdf_path(job: Job) -> Path:
    return job.out.with_suffix(".pdf")


def _with_pdf(outcome: Outcome) -> Outcome:
    from lkjip import pdf

    target = _pdf_path(outcome.job)
    try:
        outcome.pdf_warning = pdf.convert_to_pdf(outcome.job.out, target)
    except (pdf.PdfError, OSError) as error:
        outcome.failed = True
        outcome.error = f"PDF tidak dibuat: {error} (berkas .docx tetap ditulis)"
    return outcome


def _with_page_numbers(outcome: Outcome) -> Outcome:
    from lkjip import pdf

    try:
        outcome.pdf_warning = pdf.store_page_numbers(outcome.job.out)
    except (pdf.PdfError, OSError) as error:
        outcome.failed = True
        outcome.error = f"nomor halaman tidak ditulis: {error} (berkas .docx tetap ditulis)"
    return outcome


def _os_reason(error: OSError) -> str:
    reason = os_reason(error)
    return f"{reason}: {error.filename}" if error.filename else reason


Progress = Callable[[int, int, Outcome], None]


def run_jobs(jobs: list[Job], options: Options, workers: int, progress: Progress) -> list[Outcome]:
    """Build every job, `workers` at a time, calling `progress` as each finishes; the outcomes
    come back in the order of `jobs` so the printed report does not depend on timing."""
    if workers <= 1 or len(jobs) == 1:
        outcomes = []
        for done, job in enumerate(jobs, start=1):
            outcomes.append(build_one(job, options))
            progress(done, len(jobs), outcomes[-1])
        return outcomes
    results: dict[Job, Outcome] = {}

    def finished(outcome: Outcome) -> None:
        results[outcome.job] = outcome
        progress(len(results), len(jobs), outcome)

    _run_pool(jobs, options, workers, finished)
    # A worker that died (out of memory, a signal) breaks the whole pool, and every job still
    # in it fails with it. Those are built again one at a time, each in a fresh process: the
    # one that kills its process is the one that failed, and the others are still built.
    for job in jobs:
        if job not in results:
            finished(_build_alone(job, options))
    return [results[job] for job in jobs]


def _run_pool(
    jobs: list[Job], options: Options, workers: int, finished: Callable[[Outcome], None]
) -> None:
    # Imported here: a single `build --out` asks this module only whether a folder holds
    # datasets, and should not pay for the process-pool machinery.
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(
        max_workers=workers, initializer=_worker_started, initargs=(os.getpid(),)
    ) as pool:
        submitted: dict[Future[Outcome], Job] = {
            pool.submit(build_one, job, options): job for job in jobs
        }
        pending = set(submitted)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    continue  # built again alone (run_jobs)
                except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be pickled
                    outcome = crashed(submitted[future], error)
                finished(outcome)


def _build_alone(job: Job, options: Options) -> Outcome:
    """`build_one` in a process of its own, for a job whose worker died."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(
            max_workers=1, initializer=_worker_started, initargs=(os.getpid(),)
        ) as pool:
            return pool.submit(build_one, job, options).result()
    except BrokenProcessPool:
        return crashed(job, None)
    except Exception as error:  # noqa: BLE001
        return crashed(job, error)


def _worker_started(parent: int) -> None:
    """In each worker: end (SIGTERM, so a PDF conversion still cleans up) when lkjip does, even
    if lkjip is killed outright; the worker would otherwise build on, orphaned."""
    import signal

    from lkjip.pdf import die_with_parent

    die_with_parent(signal.SIGTERM, parent)


def default_workers(count: int) -> int:
    """One worker per core the process may use, never more than there are datasets."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(count, cores or 1))


# --- reporting -----------------------------------------------------------------------------------


def merged_diagnostics(outcomes: list[Outcome]) -> Diagnostics:
    """All findings of the builds in one collection (see `merged_findings`)."""
    return merged_findings([(o.job.dataset, o.diagnostics) for o in outcomes])


def merged_findings(results: Iterable[tuple[Path, Diagnostics]]) -> Diagnostics:
    """All findings in one collection, each file named from the current folder
    ("opd/kinerja.yaml:12:3") so text, JSON and GitHub output stay unambiguous."""
    merged = Diagnostics()
    for dataset, diagnostics in results:
        for d in diagnostics:
            merged.add(_under(dataset, d))
    return merged


def _under(dataset: Path, d: Diagnostic) -> Diagnostic:
    if d.location is None:
        return dataclasses.replace(d, message=f"{dataset}: {d.message}")
    file = (dataset / d.location.file).as_posix()
    location: Location = dataclasses.replace(d.location, file=file)
    return dataclasses.replace(d, location=location)


class ProgressBar:
    """`[#######.......] 12/40 nama-opd` redrawn in place on a terminal; one line per finished
    report otherwise, so CI logs stay readable."""

    WIDTH = 30

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.started = time.monotonic()

    def __call__(self, done: int, total: int, outcome: Outcome) -> None:
        status = "gagal" if outcome.failed else "ditulis"
        name = printable(outcome.job.dataset.name)
        if not self.live:
            self.stream.write(f"[{done}/{total}] {status}: {name}\n")
            self.stream.flush()
            return
        filled = self.WIDTH * done // total
        bar = "#" * filled + "." * (self.WIDTH - filled)
        elapsed = time.monotonic() - self.started
        self.stream.write(f"\r[{bar}] {done}/{total} {elapsed:5.1f} d  {name[:30]:<30}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()
