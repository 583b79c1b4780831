"""Narrative files (narasi/*.md): Jinja templates rendered in a sandbox, then Markdown.

Lookup order for a section `name`: the dataset's `narasi/<name>.md` (loaded into
`Project.narasi`), then a user `--templates` folder, then the defaults shipped in
`templates/narasi/`; in each templates folder `narasi/_jenis/<jenis>/<name>.md` (wording of
one kind of agency) comes before `narasi/<name>.md`. An indicator without its own
`indikator/<ID>.md` gets `indikator/_default.md`.

Every problem becomes a diagnostic with file and line: LK401 an unknown name, attribute, key
or filter; LK402 a template syntax error; LK403 any other failure while rendering.
"""

from __future__ import annotations

import difflib
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import (
    FunctionLoader,
    StrictUndefined,
    TemplateAssertionError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.bccache import Bucket, BytecodeCache
from jinja2.sandbox import SecurityError
from jinja2.utils import missing

from lkjip import codes
from lkjip.calc.results import Hasil
from lkjip.diagnostics import Diagnostic, Location, diag
from lkjip.model import Project
from lkjip.model.jenis import peraturan_menurut_peran
from lkjip.render.filters import make_filters
from lkjip.render.markdown import Block, parse
from lkjip.render.sandbox import BoundedSandbox, BudgetExceeded
from lkjip.resources import templates_dir
from lkjip.wordtext import xml_unsafe

# The section files of contracts.md, in document order.
SECTIONS = (
    "kata_pengantar", "ikhtisar",
    "latar_belakang", "maksud_tujuan", "isu_strategis", "struktur_organisasi",
    "pengantar_bab2", "rencana_strategis", "strategi_kebijakan", "program", "rkt",
    "perjanjian_kinerja", "rencana_aksi",
    "pengantar_bab3", "capaian_kinerja", "program_pendukung", "permasalahan", "efisiensi",
    "realisasi_anggaran", "penutup",
)  # fmt: skip
DEFAULT_INDIKATOR = "indikator/_default"

# Section names, also those `{% include %}` and `{% import %}` may use: path parts of letters,
# digits, `_`, `.` and `-`, never `..` and never absolute, so a narrative reaches no other file.
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")


@dataclass(frozen=True)
class Sumber:
    """Where a narrative text comes from: its name, the file shown in diagnostics, its text."""

    name: str
    file: str
    text: str


class _Undefined(StrictUndefined):
    """StrictUndefined with Indonesian messages that name what is available."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:  # type: ignore[override]
        if self._undefined_hint:
            return self._undefined_hint
        name = self._undefined_name
        if self._undefined_obj is missing:
            return f"placeholder '{name}' tidak dikenal"
        obj = self._undefined_obj
        if isinstance(obj, dict):
            keys = [str(k) for k in obj]
            shown = ", ".join(keys[:20]) + (", …" if len(keys) > 20 else "")
            return f"kunci '{name}' tidak ada (yang ada: {shown}){_maksud(name, keys)}"
        fields = getattr(type(obj), "__dataclass_fields__", None) or getattr(
            type(obj), "model_fields", None
        )
        # The Python class of the object means nothing to a writer: the names it has do.
        if fields:
            names = [str(f) for f in fields]
            return (
                f"atribut '{name}' tidak ada (yang ada: {', '.join(names)}){_maksud(name, names)}"
            )
        return f"atribut '{name}' tidak ada pada nilai ini"


def _maksud(name: Any, choices: list[str]) -> str:
    """ "; maksud Anda 'capaian'?" for the nearest of `choices`, or ""."""
    close = difflib.get_close_matches(str(name), choices, n=1, cutoff=0.6)
    return f"; maksud Anda '{close[0]}'?" if close else ""


def build_context(project: Project, hasil: Hasil) -> dict[str, Any]:
    """The names a narrative template can use (docs/dev/contracts.md)."""
    laporan = project.laporan
    return {
        "laporan": laporan,
        "instansi": laporan.instansi,
        "renstra": project.renstra,
        "kinerja": project.kinerja,
        "anggaran": project.anggaran,
        "profil": project.profil,
        "pk": project.pk,
        "tahun": hasil.tahun,
        "tahun_lalu": hasil.tahun - 1,
        "hasil": hasil,
        "ind": hasil.indikator,
        "sas": hasil.sasaran,
        "prog": hasil.program,
        "keg": hasil.kegiatan,
        "total": hasil.total,
        "pendukung": hasil.pendukung,
        "efisiensi": hasil.efisiensi,
        "jumlah": hasil.jumlah,
        "skala": hasil.skala,
        # What the agency's jenis changes in the wording (data/jenis.yaml).
        "jenis": project.ciri,
        "atasan": laporan.atasan,
        "penerima_laporan": project.ciri.penerima(
            laporan.atasan.jabatan if laporan.atasan else None
        ),
        "peraturan": peraturan_menurut_peran(hasil.tahun),
        "ada_anggaran": project.ada_anggaran,
        "skema_anggaran": project.skema_anggaran.value,
        "dokumen_anggaran": project.dokumen_anggaran,
        "tingkat_anggaran": project.tingkat_anggaran,
    }


class _CompiledTemplates(BytecodeCache):
    """Compiled narrative templates kept in memory for the life of the process.

    `build` renders every narrative twice (validate reports its problems, then the report is
    written) with a fresh environment each time, and a batch worker builds many datasets;
    compiling the Jinja source is most of the rendering cost. Jinja keys a bucket by template
    name and file and checks the source's checksum, so an edited text is compiled again.
    """

    MAX_ENTRIES = 4096  # bounds memory in a long batch; starting over is merely slower

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self._store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        if len(self._store) >= self.MAX_ENTRIES:
            self._store.clear()
        self._store[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


class Narrator:
    """Renders narrative sections of one project."""

    def __init__(self, project: Project, hasil: Hasil, templates: Path | None = None) -> None:
        self.project = project
        self.hasil = hasil
        self.folders = [p for p in (templates, templates_dir()) if p is not None]
        self._sources: dict[str, Sumber] = {}
        gaya = project.laporan.pengaturan.gaya_rupiah.value
        self.env = BoundedSandbox(
            filters=make_filters(gaya),
            undefined=_Undefined,
            autoescape=False,
            keep_trailing_newline=True,
            loader=FunctionLoader(self._load),
            auto_reload=False,
            bytecode_cache=_COMPILED,
            # Jinja's constant-folding pass costs ~15% of compiling and saves nothing here:
            # each narrative is rendered once or twice, and compiling is most of the cost.
            optimized=False,
        )
        self.context = build_context(project, hasil)

    # -- sources -------------------------------------------------------------------------
    def source(self, name: str) -> Sumber | None:
        """The text of section `name`, or None when neither the dataset nor any templates
        folder has it."""
        if not _NAME.fullmatch(name):
            return None
        narasi = self.project.narasi.get(name)
        if narasi is not None:
            return Sumber(name, narasi.file, narasi.text)
        for folder in self.folders:
            for path in self._candidates(folder, name):
                if path.is_file():
                    return Sumber(name, str(path), path.read_text(encoding="utf-8"))
        return None

    def _candidates(self, folder: Path, name: str) -> list[Path]:
        """`narasi/_jenis/<jenis>/<name>.md` (wording only one kind of agency uses), then
        `narasi/<name>.md`."""
        paths = [folder / "narasi" / f"{name}.md"]
        jenis = self.project.laporan.instansi.jenis_terpakai
        if jenis is not None:
            paths.insert(0, folder / "narasi" / "_jenis" / jenis.value / f"{name}.md")
        return paths

    def _load(self, name: str) -> tuple[str, str, Any] | None:
        sumber = self._sources.get(name) or self.source(name)
        if sumber is None:
            return None
        self._sources[name] = sumber
        return sumber.text, sumber.file, lambda: True

    # -- rendering -----------------------------------------------------------------------
    def render_text(
        self, name: str, extra: dict[str, Any] | None = None
    ) -> tuple[str | None, list[Diagnostic]]:
        """Render section `name` to Markdown text; (None, []) when there is no text at all."""
        if name.startswith("indikator/") and self.source(name) is None:
            name = DEFAULT_INDIKATOR
        sumber = self._sources.get(name) or self.source(name)
        if sumber is None:
            return None, []
        self._sources[name] = sumber
        context = dict(self.context)
        if extra:
            context.update(extra)
        try:
            template = self.env.get_template(name)
            text = self.env.render_bounded(template, context)
        except TemplateAssertionError as error:  # unknown filter or test: compile time
            code = (
                codes.TEMPLAT_VARIABEL
                if "filter" in str(error) or "test" in str(error)
                else codes.TEMPLAT_SINTAKS
            )
            message = _pesan_assert(error, sorted(self.env.filters), sorted(self.env.tests))
            return None, [self._diag(code, sumber, error.lineno, message)]
        except TemplateSyntaxError as error:
            return None, [
                self._diag(
                    codes.TEMPLAT_SINTAKS, sumber, error.lineno, f"sintaksis: {error.message}"
                )
            ]
        except UndefinedError as error:
            line = _template_line(error, sumber.file)
            message = str(error)
            unknown = re.fullmatch(r"placeholder '(.*)' tidak dikenal", message)
            if unknown is not None:
                message += _maksud(unknown.group(1), sorted(context))
            return None, [
                self._diag(
                    codes.TEMPLAT_VARIABEL,
                    sumber,
                    line,
                    message,
                    hint="nama yang tersedia: " + ", ".join(sorted(context)),
                )
            ]
        except SecurityError as error:
            line = _template_line(error, sumber.file)
            return None, [
                self._diag(codes.TEMPLAT_GALAT, sumber, line, f"tidak diizinkan: {error}")
            ]
        except (BudgetExceeded, MemoryError, RecursionError) as error:
            return None, [self._over_budget(error, sumber)]
        except TemplateNotFound as error:
            line = _template_line(error, sumber.file)
            message = f"bagian narasi '{error.name}' tidak ada (include/import hanya bagian narasi)"
            return None, [self._diag(codes.TEMPLAT_VARIABEL, sumber, line, message)]
        except Exception as error:  # noqa: BLE001 - any failure of user template code
            line = _template_line(error, sumber.file)
            message = f"gagal dirender: {type(error).__name__}: {error}"
            return None, [self._diag(codes.TEMPLAT_GALAT, sumber, line, message)]
        char = xml_unsafe(text)
        if char is not None:  # "{{ '\\x00' }}": Word could not open the report
            message = (
                f"menghasilkan karakter kode {ord(char):#x} yang tidak dapat dimuat dokumen Word"
            )
            return None, [self._diag(codes.TEMPLAT_GALAT, sumber, None, message)]
        return text, []

    def render_narasi(
        self, name: str, extra: dict[str, Any] | None = None
    ) -> tuple[list[Block], list[Diagnostic]]:
        """Render section `name` to Markdown blocks, with the diagnostics of any failure."""
        text, diagnostics = self.render_text(name, extra)
        if text is None:
            return [], diagnostics
        return parse(text), diagnostics

    def _over_budget(self, error: BaseException, sumber: Sumber) -> Diagnostic:
        if isinstance(error, MemoryError):
            reason = "memori yang dipakai melampaui batas"
        elif isinstance(error, RecursionError):
            reason = "makro atau include memanggil dirinya sendiri terlalu dalam"
        else:
            reason = str(error)
        line = _template_line(error, sumber.file)
        hint = "narasi adalah teks dengan placeholder; perulangan besar tidak diperlukan"
        return self._diag(codes.NARASI_MELAMPAUI_BATAS, sumber, line, f"dihentikan: {reason}", hint)

    def _diag(
        self, code: str, sumber: Sumber, line: int | None, message: str, hint: str | None = None
    ) -> Diagnostic:
        return diag(code, f"narasi '{sumber.name}': {message}", Location(sumber.file, line), hint)


def _template_line(error: BaseException, filename: str) -> int | None:
    """The template line of the innermost traceback frame that belongs to the template."""
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == filename and frame.lineno:
            line = frame.lineno
    return line


def _pesan_assert(error: TemplateAssertionError, filters: list[str], tests: list[str]) -> str:
    text = str(error.message or error)
    if text.startswith("No filter named"):
        name = text.split("'")[1] if "'" in text else text
        return f"filter '{name}' tidak dikenal{_maksud(name, filters)}"
    if text.startswith("No test named"):
        name = text.split("'")[1] if "'" in text else text
        return f"tes '{name}' tidak dikenal{_maksud(name, tests)}"
    return text
