"""The stages in order — load → model → checks (→ calc → render) — returning data plus diagnostics.

Bad user data never raises here: it becomes diagnostics, and the CLI turns them into an exit
code. The one exception is `LkjipUsageError`, for when lkjip cannot run at all (no such
folder): that is not a finding about the data, and the CLI exits 2 for it.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
from pathlib import Path
from typing import Any

from lkjip import codes
from lkjip.diagnostics import Diagnostic, Diagnostics
from lkjip.errors import LkjipUsageError
from lkjip.model import DOCUMENTS, REQUIRED_DOCUMENTS, Project
from lkjip.pengakuan import apply_acknowledgements
from lkjip.source.loader import LoadedDataset, load_dataset
from lkjip.source.validation import validate_document


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
    """Load and validate every document; the Project, or None when a required one failed."""
    check_dataset_dir(root)
    loaded, found = load_dataset(root)
    diagnostics = Diagnostics(list(found))
    models: dict[str, Any] = {}
    for file, model in DOCUMENTS.items():
        data = loaded.documents.get(file)
        if data is None:
            continue
        validated, problems = validate_document(model, file, data, loaded.sourcemap)
        diagnostics.extend(problems)
        if validated is not None:
            models[file] = validated
    _drop_repeated_octal_warnings(diagnostics)
    return _project(loaded, models), diagnostics


def _project(loaded: LoadedDataset, models: dict[str, Any]) -> Project | None:
    if any(file not in models for file in REQUIRED_DOCUMENTS):
        return None
    return Project(
        root=loaded.root,
        laporan=models["lkjip.yaml"],
        renstra=models["renstra.yaml"],
        kinerja=models["kinerja.yaml"],
        anggaran=models["anggaran.yaml"],
        profil=models.get("profil.yaml"),
        narasi=loaded.narasi,
        sourcemap=loaded.sourcemap,
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
class Checked:
    """What checking a dataset produced. Later stages reuse the computed figures and the
    rendered narrative instead of doing that work a second time."""

    project: Project | None
    diagnostics: Diagnostics
    hasil: Any = None  # lkjip.calc.Hasil, once the narrative was rendered
    narasi: dict[str, Any] | None = None  # section name → rendered Markdown blocks


def validate(root: Path, *, checks: bool = True) -> tuple[Project | None, Diagnostics]:
    """Everything `lkjip validate` reports: load, model, cross-file checks, acknowledgements."""
    checked = check(root, checks=checks)
    return checked.project, checked.diagnostics


def check(root: Path, *, checks: bool = True, templates: Path | None = None) -> Checked:
    """`validate`, keeping what it computed on the way (see `Checked`)."""
    project, diagnostics = load_project(root)
    if project is None:
        return Checked(None, diagnostics)
    checked = Checked(project, diagnostics)
    ran_checks = False
    if checks:
        run_checks = _checks_runner()
        if run_checks is not None:
            diagnostics.extend(run_checks(project))
            ran_checks = True
        # The narrative is Jinja over computed values: render it here too, so an unknown
        # placeholder or a template syntax error fails `validate` (and CI), not only `build`.
        checked.hasil, checked.narasi, found = _render_narrative(project, templates)
        diagnostics.extend(found)
        diagnostics.extend(image_diagnostics(project))
    diagnostics.items = apply_acknowledgements(project, diagnostics.items, report_stale=ran_checks)
    return checked


def _render_narrative(
    project: Project, templates: Path | None
) -> tuple[Any, dict[str, Any], list[Diagnostic]]:
    from lkjip.calc import compute as calc_compute
    from lkjip.render import render_all_narasi
    from lkjip.render.narrative import Narrator

    hasil = calc_compute(project)
    blocks, found = render_all_narasi(Narrator(project, hasil, templates), project, hasil)
    return hasil, blocks, found


def image_diagnostics(project: Project) -> list[Diagnostic]:
    """LK406/LK407/LK012 findings about the images the data names (nothing is written)."""
    from lkjip.render.images import image_diagnostics as found

    return found(project)


def _checks_runner() -> Any:
    """`lkjip.checks.run_checks`, or None while that package has no runner yet."""
    try:
        module = importlib.import_module("lkjip.checks")
    except ImportError:
        return None
    return getattr(module, "run_checks", None)


def compute(root: Path) -> tuple[Any, Diagnostics]:
    """Validate, then compute every figure (`lkjip calc`); None for the result when the data
    has errors. Imports the calc stage lazily so `validate` works without it."""
    project, diagnostics = validate(root)
    if project is None or diagnostics.has_errors():
        return None, diagnostics
    from lkjip.calc import compute as calc_compute

    return calc_compute(project), diagnostics


def build(
    root: Path, out: Path, *, strict: bool = False, templates: Path | None = None
) -> Diagnostics:
    """Validate, compute and write the report to `out` (`lkjip build`); refuses when the data
    fails (errors, or unacknowledged warnings with `strict`) and leaves `out` untouched."""
    check_output_path(out)
    check_output_not_input(out, _input_files(root, templates))
    checked = check(root, templates=templates)
    project, diagnostics = checked.project, checked.diagnostics
    if project is None or diagnostics.fails(strict):
        return diagnostics
    from lkjip.render import build_document
    from lkjip.render.images import image_fields

    check_output_not_input(out, [project.root / field[0] for field in image_fields(project)])

    _make_parent(out)
    acknowledged = [d for d in diagnostics if d.acknowledged]
    seen = {(d.key(), d.message) for d in diagnostics}
    # The narrative was rendered by `check`; keep only findings it did not report already.
    found = build_document(
        project, checked.hasil, out, templates, acknowledged=acknowledged, narasi=checked.narasi
    )
    for finding in found:
        if (finding.key(), finding.message) not in seen:
            diagnostics.add(finding)
    return diagnostics


def check_output_path(out: Path) -> None:
    """Refuse an output path that can never be written as a file, before any work is done."""
    if out.is_dir():
        raise LkjipUsageError(f"--out menunjuk sebuah folder, bukan berkas: {out}")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise LkjipUsageError(
                    f"folder keluaran tidak dapat dibuat: {parent} adalah berkas, bukan folder"
                )
            break


def check_output_not_input(out: Path, inputs: list[Path]) -> None:
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
                f"--out menunjuk berkas masukan {path}; laporan tidak ditulis agar data tidak "
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
