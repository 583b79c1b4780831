"""The stages in order, run once per command and held in one `Run`:

    load → schema → calc → checks (given the computed figures) → narrative → render

Each stage runs at most once: calc computes the figures once, the checks read them, the
narrative is rendered from them, and `build` writes the document from the same objects.

Bad user data never raises here: it becomes diagnostics, and the CLI turns them into an exit
code. The one exception is `LkjipUsageError`, for when lkjip cannot run at all (no such
folder): that is not a finding about the data, and the CLI exits 2 for it.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from lkjip import atomic, codes
from lkjip.calc import compute
from lkjip.calc.results import Hasil
from lkjip.checks import run_checks
from lkjip.diagnostics import Diagnostic, Diagnostics
from lkjip.errors import LkjipUsageError
from lkjip.model import (
    DOCUMENTS,
    REQUIRED_DOCUMENTS,
    Anggaran,
    Kinerja,
    Laporan,
    Profil,
    Project,
    Renstra,
)
from lkjip.pengakuan import apply_acknowledgements
from lkjip.render import RenderedNarasi, render_all_narasi
from lkjip.render.images import image_diagnostics
from lkjip.render.narrative import Narrator
from lkjip.source.loader import LoadedDataset, load_dataset
from lkjip.source.validation import SetAside, salvage_document, validate_document


def check_dataset_dir(root: Path) -> None:
    """Refuse a path that is not a readable folder, before any diagnostics are produced."""
    if not root.exists():
        raise LkjipUsageError(f"folder data tidak ditemukan: {root}")
    if not root.is_dir():
        raise LkjipUsageError(f"bukan folder: {root}")
    try:
        next(root.iterdir(), None)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise LkjipUsageError(f"folder data tidak dapat dibaca: {root} ({reason})") from None


def load_project(root: Path) -> tuple[Project | None, Diagnostics]:
    """Load and validate every document; the Project, or None when a required one could not
    be loaded or validated even without its failing parts."""
    project, diagnostics, _aside = _load(root)
    return project, diagnostics


def _load(root: Path) -> tuple[Project | None, Diagnostics, list[SetAside]]:
    check_dataset_dir(root)
    loaded, found = load_dataset(root)
    diagnostics = Diagnostics(list(found))
    models: dict[str, BaseModel] = {}
    aside: list[SetAside] = []
    for file, model in DOCUMENTS.items():
        data = loaded.documents.get(file)
        if data is None:
            continue
        validated, problems = validate_document(model, file, data, loaded.sourcemap)
        diagnostics.extend(problems)
        if validated is None:
            # All findings at once: the valid rest of the document still takes part in the
            # cross-file checks; the run fails on the findings above all the same.
            rescued = salvage_document(model, file, data, loaded.sourcemap)
            if rescued is not None:
                validated, set_aside = rescued
                aside.append(set_aside)
        if validated is not None:
            models[file] = validated
    _drop_repeated_octal_warnings(diagnostics)
    return _project(loaded, models), diagnostics, aside


M = TypeVar("M", bound=BaseModel)


def _document(models: dict[str, BaseModel], file: str, kind: type[M]) -> M:
    model = models[file]
    assert isinstance(model, kind)  # DOCUMENTS maps each file to this model class
    return model


def _project(loaded: LoadedDataset, models: dict[str, BaseModel]) -> Project | None:
    if any(file not in models for file in REQUIRED_DOCUMENTS):
        return None
    laporan = _document(models, "lkjip.yaml", Laporan)
    ada_anggaran = "anggaran.yaml" in models
    if not ada_anggaran and (loaded.root / "anggaran.yaml").exists():
        return None  # present but unreadable or invalid: its diagnostics say why
    return Project(
        root=loaded.root,
        laporan=laporan,
        renstra=_document(models, "renstra.yaml", Renstra),
        kinerja=_document(models, "kinerja.yaml", Kinerja),
        anggaran=(
            _document(models, "anggaran.yaml", Anggaran)
            if ada_anggaran
            else _no_budget(laporan.tahun)
        ),
        profil=_document(models, "profil.yaml", Profil) if "profil.yaml" in models else None,
        narasi=loaded.narasi,
        sourcemap=loaded.sourcemap,
        ada_anggaran=ada_anggaran,
    )


def _no_budget(tahun: int) -> Anggaran:
    """The stand-in for a missing anggaran.yaml: no programs. `model_construct` skips the
    rule that a written anggaran.yaml lists at least one program."""
    return Anggaran.model_construct(
        tahun=tahun, skema=None, dokumen=None, sumber_realisasi=None, program=[]
    )


def _drop_repeated_octal_warnings(diagnostics: Diagnostics) -> None:
    """`kode: 010` (or `1:30`) in a text field yields the LK107 error; its LK008 (LK009)
    warning would say the same thing twice."""
    said = {_place(d) for d in diagnostics if d.code == codes.YAML11_ANGKA}
    repeated = (codes.ANGKA_OKTAL, codes.ANGKA_SEKSAGESIMAL)
    diagnostics.items = [d for d in diagnostics if not (d.code in repeated and _place(d) in said)]


def _place(d: Diagnostic) -> tuple[str, int | None, int | None] | None:
    loc = d.location
    return (loc.file, loc.line, loc.col) if loc else None


@dataclasses.dataclass
class Run:
    """One pass through the stages for one dataset: what each stage produced.

    `project` is None when a required document failed to load or validate; the later stages
    did not run then. Otherwise `hasil` holds the figures, computed once, that the checks,
    the narrative, the document and `lkjip calc` all read; `narasi` the rendered narrative
    sections (section name → Markdown text; only `build` parses it into blocks).
    """

    project: Project | None
    diagnostics: Diagnostics
    hasil: Hasil | None = None
    narasi: RenderedNarasi | None = None

    @property
    def fails(self) -> bool:
        return self.project is None or self.diagnostics.has_errors()


def run(root: Path, *, templates: Path | None = None) -> Run:
    """Load, validate, compute, check and render the narrative of the dataset in `root`:
    everything `lkjip validate` reports, and what `calc` and `build` reuse."""
    project, diagnostics, aside = _load(root)
    if project is None:
        return Run(None, diagnostics)
    loaded = len(diagnostics.items)
    hasil = compute(project)
    diagnostics.extend(run_checks(project, hasil))
    # The narrative is Jinja over the computed figures: render it here, so an unknown
    # placeholder or a template syntax error fails `validate` (and CI), not only `build`.
    narasi, found = render_all_narasi(Narrator(project, hasil, templates), project, hasil)
    diagnostics.extend(found)
    diagnostics.extend(image_diagnostics(project))
    if aside:  # findings that may only follow from a part set aside are not reported
        later = [d for d in diagnostics.items[loaded:] if not any(a.explains(d) for a in aside)]
        diagnostics.items = diagnostics.items[:loaded] + later
    diagnostics.items = apply_acknowledgements(project, diagnostics.items)
    return Run(project, diagnostics, hasil, narasi)


def validate(root: Path) -> tuple[Project | None, Diagnostics]:
    """Everything `lkjip validate` reports: load, model, cross-file checks, acknowledgements."""
    result = run(root)
    return result.project, result.diagnostics


def build(
    root: Path, out: Path, *, strict: bool = False, templates: Path | None = None
) -> Diagnostics:
    """Validate, compute and write the report to `out` (`lkjip build`); refuses when the data
    fails (errors, or unacknowledged warnings with `strict`) and leaves `out` untouched."""
    check_output(out, root, templates)
    result = run(root, templates=templates)
    project, diagnostics = result.project, result.diagnostics
    if (
        project is None
        or result.hasil is None
        or result.narasi is None
        or diagnostics.fails(strict)
    ):
        return diagnostics
    # python-docx and lxml are loaded only by the command that writes a document.
    from lkjip.render import write_document
    from lkjip.render.images import image_fields

    check_output_not_input(out, [project.root / field[0] for field in image_fields(project)])

    _make_parent(out)
    acknowledged = [d for d in diagnostics if d.acknowledged]
    write_document(project, result.hasil, result.narasi, out, templates, acknowledged)
    return diagnostics


def check_output(
    out: Path, root: Path, templates: Path | None = None, *, option: str = "--out"
) -> None:
    """Everything `check_output_path` and `check_output_not_input` refuse, before any work:
    for a command that reads the dataset in `root` and writes `out`."""
    check_output_not_input(out, _input_files(root, templates), option=option)
    check_output_path(out, option=option)


def check_output_path(out: Path, *, option: str = "--out") -> None:
    """Refuse an output path that can never be written as a file, or that lkjip must not
    replace (a symbolic link, a device, a FIFO: `atomic.refusal`), before any work is done.
    The write itself checks again (`lkjip.atomic`). `option` names the path in the message
    ("--out", or "PDF" for the one beside the report)."""
    kind = atomic.refusal(out)
    if kind == "folder":
        raise LkjipUsageError(f"{option} menunjuk sebuah folder, bukan berkas: {out}")
    if kind is not None:
        raise LkjipUsageError(
            f"{option} adalah {kind}, bukan berkas biasa: {out}. lkjip tidak menimpanya dan "
            "tidak menulis lewatnya; tidak ada yang ditulis. Pilih nama lain, atau hapus dulu "
            "yang ada di jalur itu."
        )
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise LkjipUsageError(
                    f"folder keluaran tidak dapat dibuat: {parent} adalah berkas, bukan folder"
                )
            break


def check_output_not_input(out: Path, inputs: list[Path], *, option: str = "--out") -> None:
    """Refuse an output that is one of the files lkjip reads (also through a link): the
    report would replace the data it is made from."""
    if not out.is_file():
        return
    for path in inputs:
        try:
            same = path.is_file() and os.path.samefile(out, path)
        except OSError:
            continue
        if same:
            raise LkjipUsageError(
                f"{option} menunjuk berkas masukan {path}; laporan tidak ditulis agar data tidak "
                "tertimpa"
            )


def _input_files(root: Path, templates: Path | None) -> list[Path]:
    """The files lkjip reads besides images: the YAML documents, the narrative and any
    templates folder."""
    files = [root / name for name in DOCUMENTS]
    for folder in (root / "narasi", templates):
        if folder is not None and folder.is_dir():
            files += [path for path in folder.rglob("*") if path.is_file()]
    return files


def _make_parent(out: Path) -> None:
    """Create the output's folder; other OSErrors (read-only, no space) reach the CLI: exit 2."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise LkjipUsageError(
            f"folder keluaran tidak dapat dibuat: {out.parent} (ada berkas dengan nama itu)"
        ) from None
