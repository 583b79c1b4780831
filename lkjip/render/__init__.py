"""Render stage: (Project, Hasil) → the LKjIP as a Word document.

`build_document` renders every narrative section first; if any of them fails (LK4xx errors)
it returns the diagnostics without writing anything. Otherwise it assembles the report with
the DocWriter on top of `reference.docx` and saves it deterministically.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from lkjip import codes, idfmt
from lkjip.calc.results import Hasil
from lkjip.diagnostics import Diagnostic, Location, Severity, diag
from lkjip.model import Project
from lkjip.render.images import image_diagnostics
from lkjip.render.markdown import Block, parse, unsupported
from lkjip.render.narrative import SECTIONS, Narrator
from lkjip.resources import templates_dir

__all__ = [
    "RenderedNarasi",
    "build_document",
    "created_at",
    "parse_narasi",
    "reference_docx",
    "render_all_narasi",
    "write_document",
]


def reference_docx(templates: Path | None = None) -> Path:
    """The user's `reference.docx` when their templates folder has one, else ours."""
    if templates is not None and (templates / "reference.docx").is_file():
        return templates / "reference.docx"
    return templates_dir() / "reference.docx"


def created_at(project: Project) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set, else the signing date at 00:00 UTC: never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    tanggal = project.laporan.penandatanganan.tanggal
    return dt.datetime.combine(tanggal, dt.time(0, 0), tzinfo=dt.timezone.utc)


# Section name → the Markdown a narrative rendered to ("" for a section with no text or whose
# template failed). `validate` needs no more; `build` parses it into blocks (`parse_narasi`).
RenderedNarasi = dict[str, str]


def render_all_narasi(
    narrator: Narrator, project: Project, hasil: Hasil
) -> tuple[RenderedNarasi, list[Diagnostic]]:
    """Every narrative section of the report, rendered to Markdown; with the diagnostics of
    all failures."""
    texts: RenderedNarasi = {}
    diagnostics: list[Diagnostic] = []
    for name in SECTIONS:
        text, found = narrator.render_text(name)
        texts[name] = text or ""
        diagnostics += found
    for hi in hasil.indikator.values():
        name = f"indikator/{hi.id}"
        extra = {"indikator": hi, "sasaran": hasil.sasaran.get(hi.sasaran)}
        text, found = narrator.render_text(name, extra)
        texts[name] = text or ""
        diagnostics += found
    known = set(SECTIONS) | {f"indikator/{i}" for i in hasil.indikator}
    for name, narasi in sorted(project.narasi.items()):
        if name not in known:
            diagnostics.append(
                diag(
                    codes.NARASI_TAK_DIKENAL,
                    f"berkas narasi '{narasi.file}' tidak dipakai: tidak ada bagian "
                    f"atau indikator bernama '{name}'",
                    Location(narasi.file),
                    hint="nama bagian: " + ", ".join(SECTIONS) + "; indikator/<ID>",
                    subject=narasi.file,
                )
            )
    diagnostics += markdown_diagnostics(project)
    return texts, diagnostics


def parse_narasi(texts: RenderedNarasi) -> dict[str, list[Block]]:
    """The rendered sections as the Markdown blocks the document is written from."""
    return {name: parse(text) if text else [] for name, text in texts.items()}


def markdown_diagnostics(project: Project) -> list[Diagnostic]:
    """LK405: Markdown outside the supported subset in the dataset's narrative files."""
    found = []
    for _name, narasi in sorted(project.narasi.items()):
        for u in unsupported(narasi.text):
            found.append(
                diag(
                    codes.MARKDOWN_TAK_DIDUKUNG,
                    f"{u.what} tidak didukung di narasi dan dicetak sebagai teks biasa: {u.text}",
                    Location(narasi.file, u.line),
                    hint="tulis sebagai paragraf atau daftar (satu tingkat anak); tabel dan "
                    "gambar laporan dibuat lkjip dari data",
                    subject=u.text,
                )
            )
    return found


def _core_property(text: str) -> str:
    """The text shortened to the 255 characters a document property may hold (python-docx
    refuses more): a long name in the data must not stop the build."""
    return text if len(text) <= 255 else text[:254] + "…"


def build_document(
    project: Project,
    hasil: Hasil,
    out: Path,
    templates: Path | None = None,
    acknowledged: Sequence[Diagnostic] = (),
) -> list[Diagnostic]:
    """Render the narrative, check the images and write the report to `out`; returns the
    diagnostics (nothing is written on an error). For callers that hold only the project and
    its figures; the pipeline, which rendered the narrative already, calls `write_document`.

    Args:
        templates: a user folder with `reference.docx` and/or `narasi/<name>.md` defaults;
            the dataset's own narasi still wins over them.
        acknowledged: diagnostics acknowledged in lkjip.yaml, listed in a lampiran.
    """
    narasi, diagnostics = render_all_narasi(Narrator(project, hasil, templates), project, hasil)
    diagnostics += image_diagnostics(project)
    if not any(d.severity is Severity.ERROR for d in diagnostics):
        write_document(project, hasil, narasi, out, templates, acknowledged)
    return diagnostics


def write_document(
    project: Project,
    hasil: Hasil,
    narasi: RenderedNarasi,
    out: Path,
    templates: Path | None = None,
    acknowledged: Sequence[Diagnostic] = (),
) -> None:
    """Assemble the report from checked data, its figures and its rendered narrative, and
    save it to `out` atomically."""
    from lkjip.render.document import assemble
    from lkjip.render.docx_writer import DocWriter
    from lkjip.render.sections.base import Ctx

    writer = DocWriter(reference_docx(templates))
    blocks = parse_narasi(narasi)
    # The lampiran lists acknowledged discrepancies; an acknowledged note (info, e.g. LK134 "no
    # anggaran.yaml") is no discrepancy and stays out of the signed report.
    listed = tuple(d for d in acknowledged if d.acknowledged and d.severity is not Severity.INFO)
    ctx = Ctx(project, hasil, writer, blocks, listed)
    assemble(ctx)
    instansi = project.laporan.instansi
    writer.save(
        Path(out),
        title=_core_property(
            f"{idfmt.judul_laporan(project.laporan.judul, instansi.nama)} Tahun {hasil.tahun}"
        ),
        author=_core_property(instansi.nama),
        subject=_core_property(f"LKjIP {instansi.nama} Tahun {hasil.tahun}"),
        created=created_at(project),
    )
