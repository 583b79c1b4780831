"""Command-line interface: parse arguments, call the pipeline, print, and pick the exit code.

Exit codes are a contract (users script against them):
  0  nothing to report (with --strict: no unacknowledged warnings either)
  1  the data has problems; they were printed
  2  lkjip could not run: wrong usage, missing folder, a file it could not read (LK001, also
     printed), unwritable output
Results go to stdout, messages about the run to stderr. `_exit` is the one place that ends a
command with a code; user errors never print a traceback (an unexpected exception is a bug, and
its traceback is then the useful thing to see). Every message line goes through `_say`, which
escapes it (`errors.printable`): a folder name from the data cannot start a line of its own,
nor a CI workflow command.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from lkjip import __version__
from lkjip.diagnostics import Diagnostics
from lkjip.errors import LkjipUsageError, os_reason, printable
from lkjip.report import REPORTERS, summary_line

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

_EPILOG = "Kode keluar: 0 bersih, 1 ada temuan, 2 tidak dapat dijalankan."

# --- typer's and click's own words, in Indonesian ------------------------------------------------
# Every help text of lkjip is Indonesian; the frame around it (panel titles, "Usage:", the help
# option, argument errors) comes from typer and click in English. Their texts are replaced
# here, by the names those libraries give them; a name a version lacks is skipped.

_RICH_TEXTS = {
    "DEPRECATED_STRING": "(usang) ",
    "DEFAULT_STRING": "[bawaan: {}]",
    "ENVVAR_STRING": "[variabel lingkungan: {}]",
    "REQUIRED_LONG_STRING": "[wajib]",
    "ARGUMENTS_PANEL_TITLE": "Argumen",
    "OPTIONS_PANEL_TITLE": "Pilihan",
    "COMMANDS_PANEL_TITLE": "Perintah",
    "ERRORS_PANEL_TITLE": "Galat",
    "ABORTED_TEXT": "Dibatalkan.",
    "RICH_HELP": "Coba [blue]'{command_path} {help_option}'[/] untuk bantuan.",
}
_HELP_OPTION_TEXT = "Tampilkan bantuan ini lalu keluar."
_USAGE_PREFIX = "Penggunaan: "
# click's error messages → Indonesian; the first pattern that matches the whole message wins.
_ERRORS = [
    (r"Missing argument '(.*)'\.", "argumen {0} belum diberikan."),
    (r"Missing option '(.*)'\.", "pilihan {0} wajib diberikan."),
    (r"Missing command\.", "perintah belum diberikan."),
    (r"No such option: (\S+)(?: Did you mean (.*)\?)?", "pilihan tidak dikenal: {0}"),
    (r"No such command '(.*)'\.(?: Did you mean (.*)\?)?", "perintah tidak dikenal: '{0}'."),
    (r"Got unexpected extra arguments? \((.*)\)", "argumen berlebih: {0}"),
    (r"Option '(.*)' requires an argument\.", "pilihan {0} membutuhkan nilai."),
    (r"Invalid value for (.*?): (.*)", "nilai tidak sah untuk {0}: {1}"),
    (r"Invalid value: (.*)", "nilai tidak sah: {0}"),
]
_ERROR_DETAILS = [
    (r"(?:Value error, )?'(.*)' is not one of (.*)\.", "'{0}' bukan salah satu dari {1}."),
    (r"'(.*)' is not a valid integer(?: range)?\.", "'{0}' bukan bilangan bulat."),
    (r"Input should be a valid integer.*", "harus bilangan bulat."),
    (r"Input should be greater than or equal to (.*)", "paling kecil {0}."),
    (r"Input should be less than or equal to (.*)", "paling besar {0}."),
    (r"(.*) is not in the range (.*)\.", "{0} di luar rentang {1}."),
    (r"Path '(.*)' does not exist\.", "jalur '{0}' tidak ada."),
]


def _translated(message: str, table: list[tuple[str, str]] = _ERRORS) -> str:
    """click's English error message in Indonesian (unchanged when it is not in the table)."""
    for pattern, text in table:
        match = re.fullmatch(pattern, message.strip(), flags=re.DOTALL)
        if match is None:
            continue
        parts = [part or "" for part in match.groups()]
        if table is _ERRORS and parts:
            parts[-1] = _translated(parts[-1], _ERROR_DETAILS)
        result = text.format(*parts)
        if "Did you mean" in message and len(match.groups()) > 1 and match.group(2):
            result += f" Maksud Anda {match.group(2)}?"
        return result
    return message


def _speak_indonesian() -> None:
    from typer import rich_utils

    try:
        from typer import _click as click_module  # typer ≥ 0.25 carries its own click
    except ImportError:  # pragma: no cover - older typer on the real click
        import click as click_module  # type: ignore[no-redef]

    for name, text in _RICH_TEXTS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, text)
    format_error = rich_utils.rich_format_error

    def indonesian_error(error: Exception) -> None:
        message = _translated(error.format_message())  # type: ignore[attr-defined]
        error.format_message = lambda: message  # type: ignore[attr-defined]
        format_error(error)  # type: ignore[arg-type]

    rich_utils.rich_format_error = indonesian_error  # type: ignore[assignment]

    formatter = click_module.formatting.HelpFormatter
    write_usage = formatter.write_usage

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, _USAGE_PREFIX if prefix is None else prefix)

    formatter.write_usage = usage  # type: ignore[method-assign]
    command = click_module.core.Command
    get_help_option = command.get_help_option

    def help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = _HELP_OPTION_TEXT
        return option

    command.get_help_option = help_option  # type: ignore[method-assign]
    kinds = [command]
    while kinds:  # the command classes of click and typer (a group is a command)
        kind = kinds.pop()
        _usage_words(kind)
        kinds.extend(kind.__subclasses__())


def _usage_words(kind: Any) -> None:
    """ "[OPTIONS]" and "COMMAND [ARGS]..." of the usage line, in Indonesian."""
    words = {"[OPTIONS]": "[PILIHAN]", "COMMAND [ARGS]...": "PERINTAH [ARGUMEN]..."}
    collect = kind.__dict__.get("collect_usage_pieces")
    if collect is None:
        return

    def pieces(self: Any, ctx: Any) -> list[str]:
        return [words.get(piece, piece) for piece in collect(self, ctx)]

    kind.collect_usage_pieces = pieces


_speak_indonesian()

app = typer.Typer(
    help="lkjip — menyusun Laporan Kinerja Instansi Pemerintah (LKjIP) dari YAML dan Markdown.",
    epilog=_EPILOG,
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    """Output formats; the values are the keys of `report.REPORTERS`."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


class Dokumen(str, Enum):
    """Documents `lkjip schema` describes; the values are `lkjip.model.DOCUMENTS` stems."""

    LKJIP = "lkjip"
    RENSTRA = "renstra"
    KINERJA = "kinerja"
    ANGGARAN = "anggaran"
    PROFIL = "profil"


# --- shared plumbing -----------------------------------------------------------------------------


def _exit(code: int) -> NoReturn:
    raise typer.Exit(code)


def _say(line: str) -> None:
    """One line about the run on stderr, escaped: it may name folders and files of the data."""
    typer.echo(printable(line), err=True)


def _fail(message: str) -> NoReturn:
    _say(f"lkjip: {message}")
    _exit(EXIT_ERROR)


@contextmanager
def _could_not_run() -> Iterator[None]:
    """Turn 'lkjip cannot do its job' into a message on stderr and exit code 2."""
    try:
        yield
    except LkjipUsageError as error:
        _fail(str(error))
    except OSError as error:
        reason = os_reason(error)
        _fail(f"{reason}: {error.filename}" if error.filename else reason)


def _findings_code(diagnostics: Diagnostics) -> int:
    """Exit code for data that fails: 2 when a file could not even be read (LK001), since
    lkjip then could not check everything; 1 for findings in what it read."""
    from lkjip.codes import BERKAS_TAK_TERBACA

    if any(d.code == BERKAS_TAK_TERBACA for d in diagnostics):
        return EXIT_ERROR
    return EXIT_FINDINGS


def _print_report(diagnostics: Diagnostics, fmt: Format, base: Path) -> None:
    typer.echo(REPORTERS[fmt.value](diagnostics, str(base)), nl=False)
    if fmt is not Format.TEXT:
        typer.echo(summary_line(diagnostics), err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lkjip {__version__}")
        _exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Tampilkan versi."),
    ] = False,
) -> None:
    """lkjip — menyusun LKjIP dari YAML dan Markdown."""


DirArg = Annotated[Path, typer.Argument(help="Folder data laporan (berisi lkjip.yaml, …).")]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Peringatan yang belum diakui juga dianggap gagal.")
]
FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="Bentuk keluaran: text, json atau github.")
]


# --- validate ------------------------------------------------------------------------------------


DirsArg = Annotated[
    list[Path],
    typer.Argument(
        help="Folder data laporan (berisi lkjip.yaml); boleh beberapa, atau folder induk yang "
        "subfoldernya folder data.",
        metavar="DIR...",
        show_default=False,
    ),
]


@app.command(epilog=_EPILOG)
def validate(dirs: DirsArg, strict: StrictOpt = False, format: FormatOpt = Format.TEXT) -> None:
    """Periksa data: skema, rujukan dan konsistensi. Semua temuan sekaligus; banyak folder
    data (mis. semua OPD satu daerah) dalam satu perintah."""
    from lkjip.batch import expand_datasets, is_parent_folder

    with _could_not_run():
        many = len(dirs) > 1 or is_parent_folder(dirs[0])
    if not many:
        _validate_one(dirs[0], strict, format)
    with _could_not_run():
        datasets = expand_datasets(dirs)
    _validate_many(datasets, strict, format)


def _validate_one(dir: Path, strict: bool, format: Format) -> NoReturn:
    from lkjip.pipeline import validate as run_validate

    with _could_not_run():
        _, diagnostics = run_validate(dir)
    _print_report(diagnostics, format, dir)
    _exit(_findings_code(diagnostics) if diagnostics.fails(strict) else EXIT_OK)


def _validate_many(datasets: list[Path], strict: bool, format: Format) -> NoReturn:
    """Every dataset checked in turn; findings name their files from the current folder
    ("opd-a/kinerja.yaml:12:3"). A dataset that cannot be read does not stop the others."""
    from lkjip.batch import merged_findings
    from lkjip.pipeline import validate as run_validate

    results: list[tuple[Path, Diagnostics]] = []
    could_not_run: list[str] = []
    for dataset in datasets:
        try:
            _, found = run_validate(dataset)
        except LkjipUsageError as error:
            could_not_run.append(str(error))
            continue
        results.append((dataset, found))
    diagnostics = merged_findings(results)
    _print_report(diagnostics, format, Path(""))
    for message in could_not_run:
        _say(f"lkjip: {message}")
    failed = [dataset for dataset, found in results if found.fails(strict)]
    _say(
        f"{len(datasets) - len(failed) - len(could_not_run)} dari {len(datasets)} folder data "
        "lolos pemeriksaan"
        + (f"; bermasalah: {', '.join(printable(d) for d in failed)}" if failed else "")
    )
    if could_not_run:
        _exit(EXIT_ERROR)
    _exit(_findings_code(diagnostics) if failed else EXIT_OK)


# --- schema --------------------------------------------------------------------------------------


@app.command(epilog=_EPILOG)
def schema(
    dokumen: Annotated[
        Dokumen | None, typer.Argument(help="Dokumen: lkjip, renstra, kinerja, anggaran, profil.")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Tulis <dokumen>.schema.json ke folder ini."),
    ] = None,
) -> None:
    """Cetak JSON Schema berkas masukan, untuk YAML language server di penyunting."""
    from lkjip import atomic
    from lkjip.pipeline import check_output_path
    from lkjip.source.schema import DOCUMENT_NAMES, schema_file_name, schema_text

    if dokumen is None and out is None:
        _fail("sebutkan DOKUMEN (" + ", ".join(DOCUMENT_NAMES) + ") atau --out FOLDER")
    files = [DOCUMENT_NAMES[dokumen.value]] if dokumen else list(DOCUMENT_NAMES.values())
    if out is None:
        typer.echo(schema_text(files[0]), nl=False)
        _exit(EXIT_OK)
    targets = {file: out / schema_file_name(file) for file in files}
    with _could_not_run():
        for target in targets.values():
            check_output_path(target)
        out.mkdir(parents=True, exist_ok=True)
        for file, target in targets.items():
            atomic.write_text(target, schema_text(file))
            _say(f"ditulis: {target}")
    _exit(EXIT_OK)


# --- rules ---------------------------------------------------------------------------------------


@app.command(epilog=_EPILOG)
def rules(
    kode: Annotated[str | None, typer.Argument(help="Kode (mis. LK104) atau namanya.")] = None,
) -> None:
    """Daftar kode diagnostik, atau penjelasan satu kode beserta contohnya."""
    import lkjip.checks  # noqa: F401 - the rules' docstrings are their documentation
    from lkjip.codes import REMOVED, all_codes, find_code
    from lkjip.report import rule_explanation, rules_table

    if kode is None:
        typer.echo(rules_table(all_codes()), nl=False)
        _exit(EXIT_OK)
    info = find_code(kode)
    if info is None:
        wanted = kode.strip()
        for code, name in REMOVED.items():
            if wanted.upper() == code or wanted.lower() == name:
                _fail(
                    f"kode {code} ({name}) sudah dihapus dan tidak dipakai lagi (lihat CHANGELOG)"
                )
        _fail(f"kode tidak dikenal: {kode} (lihat `lkjip rules`)")
    typer.echo(rule_explanation(info), nl=False)
    _exit(EXIT_OK)


# --- calc and build ------------------------------------------------------------------------------


@app.command(epilog=_EPILOG)
def calc(dir: DirArg, format: FormatOpt = Format.TEXT) -> None:
    """Cetak semua angka hasil perhitungan (capaian, rollup, efisiensi); --format json untuk
    mesin (format github memakai json). Angka selalu dicetak bila data dapat dihitung, juga
    bila narasi atau data lain bermasalah; temuannya dicetak di sampingnya (stderr)."""
    from lkjip.pipeline import run

    with _could_not_run():
        result = run(dir)
    hasil, diagnostics = result.hasil, result.diagnostics
    if hasil is None:
        _print_report(diagnostics, format, dir)
        _exit(_findings_code(diagnostics))
    from lkjip.report import hasil_json, hasil_text

    typer.echo(hasil_text(hasil) if format is Format.TEXT else hasil_json(hasil), nl=False)
    if len(diagnostics):
        # Beside the numbers, never mixed into them: stdout stays the figures (valid JSON).
        report = REPORTERS[format.value](diagnostics, str(dir))
        typer.echo(report, nl=False, err=True)
        if format is not Format.TEXT:
            typer.echo(summary_line(diagnostics), err=True)
    _exit(_findings_code(diagnostics) if result.fails else EXIT_OK)


OutDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--out-dir",
        help="Bangun banyak laporan sekaligus: tiap folder data ditulis ke "
        "OUT_DIR/<nama folder>.docx.",
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, help="Jumlah proses paralel dengan --out-dir (bawaan: jumlah inti)."
    ),
]


@app.command(epilog=_EPILOG)
def build(
    dirs: Annotated[
        list[Path],
        typer.Argument(
            help="Folder data laporan; dengan --out-dir boleh beberapa, atau folder induk yang "
            "subfoldernya folder data.",
            metavar="DIR...",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Berkas .docx yang ditulis.")
    ] = None,
    out_dir: OutDirOpt = None,
    jobs: JobsOpt = None,
    strict: StrictOpt = False,
    format: FormatOpt = Format.TEXT,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            "-t",
            help="Folder templat sendiri: reference.docx (gaya, margin, kop) dan/atau "
            "narasi/<bagian>.md pengganti teks bawaan.",
        ),
    ] = None,
    pdf: Annotated[
        bool,
        typer.Option(
            "--pdf",
            help="Tulis juga PDF di samping .docx (nama sama, .pdf) lewat LibreOffice, dengan "
            "Daftar Isi dan Daftar Tabel bernomor halaman.",
            rich_help_panel="LibreOffice",
        ),
    ] = False,
    nomor_halaman: Annotated[
        bool,
        typer.Option(
            "--nomor-halaman",
            help="Tata letak lewat LibreOffice (tanpa menulis PDF) lalu simpan nomor halaman "
            "Daftar Isi, Daftar Tabel dan Daftar Gambar di .docx; --pdf selalu melakukannya.",
            rich_help_panel="LibreOffice",
        ),
    ] = False,
) -> None:
    """Periksa, hitung, dan tulis laporan Word. Menolak bila data bermasalah; berkas lama
    tetap utuh bila pembuatan gagal. Dengan --out-dir, banyak laporan dibangun paralel."""
    if templates is not None and not templates.is_dir():
        _fail(f"folder templat tidak ada: {templates}")
    if (out is None) == (out_dir is None):
        _fail("sebutkan salah satu: --out BERKAS.docx (satu laporan) atau --out-dir FOLDER")
    if out_dir is not None:
        _build_many(dirs, out_dir, jobs, strict, format, templates, pdf, nomor_halaman)
    assert out is not None
    if len(dirs) != 1:
        _fail("--out hanya untuk satu folder data; untuk beberapa laporan pakai --out-dir FOLDER")
    _build_one(dirs[0], out, strict, format, templates, pdf, nomor_halaman)


def _build_one(
    dir: Path,
    out: Path,
    strict: bool,
    format: Format,
    templates: Path | None,
    pdf: bool,
    nomor_halaman: bool,
) -> NoReturn:
    from lkjip.batch import is_parent_folder
    from lkjip.pipeline import build as run_build
    from lkjip.pipeline import check_output

    with _could_not_run():
        if is_parent_folder(dir):
            _fail(f"{dir} berisi beberapa folder data; bangun semuanya dengan --out-dir FOLDER")
    pdf_out = out.with_suffix(".pdf")
    if pdf and out.suffix.lower() == ".pdf":
        _fail(f"dengan --pdf, --out harus berkas .docx, bukan {out}")
    with _could_not_run():
        if pdf:  # a link or device at the PDF's path is refused before any work
            check_output(pdf_out, dir, templates, option="PDF")
        diagnostics = run_build(dir, out, strict=strict, templates=templates)
    _print_report(diagnostics, format, dir)
    if diagnostics.fails(strict):
        _exit(_findings_code(diagnostics))
    _say(f"ditulis: {out}")
    if pdf:
        from lkjip import pdf as pdf_module

        try:
            with _could_not_run():
                warning = pdf_module.convert_to_pdf(out, pdf_out)
        except pdf_module.PdfError as error:
            _fail(f"PDF tidak dibuat: {error} (berkas .docx tetap ditulis: {out})")
        if warning:
            _say(f"lkjip: peringatan: {warning}")
        _say(f"ditulis: {pdf_out}")
    elif nomor_halaman:
        _store_page_numbers(out)
    _exit(EXIT_OK)


def _store_page_numbers(out: Path) -> None:
    from lkjip import pdf as pdf_module

    try:
        with _could_not_run():
            warning = pdf_module.store_page_numbers(out)
    except pdf_module.PdfError as error:
        _fail(f"nomor halaman tidak ditulis: {error} (berkas .docx tetap ditulis: {out})")
    if warning:
        _say(f"lkjip: peringatan: {warning}")
    _say(f"nomor halaman disimpan: {out}")


def _build_many(
    dirs: list[Path],
    out_dir: Path,
    jobs: int | None,
    strict: bool,
    format: Format,
    templates: Path | None,
    pdf: bool,
    nomor_halaman: bool,
) -> NoReturn:
    from lkjip import batch

    with _could_not_run():
        planned = batch.plan_jobs(batch.expand_datasets(dirs), out_dir)
    workers = jobs or batch.default_workers(len(planned))
    options = batch.Options(
        strict=strict, templates=templates, pdf=pdf, nomor_halaman=nomor_halaman
    )
    outcomes = batch.run_jobs(planned, options, workers, batch.ProgressBar())
    diagnostics = batch.merged_diagnostics(outcomes)
    if len(diagnostics) or format is not Format.TEXT:
        _print_report(diagnostics, format, Path(""))
    for outcome in outcomes:
        if outcome.error:
            _say(f"lkjip: {outcome.job.dataset}: {outcome.error}")
        elif outcome.pdf_warning:
            _say(f"lkjip: {outcome.job.dataset}: peringatan: {outcome.pdf_warning}")
    failed = [o for o in outcomes if o.failed]
    _say(
        f"{len(outcomes) - len(failed)} dari {len(outcomes)} laporan ditulis ke {out_dir}"
        + (f"; gagal: {', '.join(printable(o.job.dataset) for o in failed)}" if failed else "")
    )
    if any(o.error for o in failed):
        _exit(EXIT_ERROR)
    _exit(_findings_code(diagnostics) if failed else EXIT_OK)


# --- reviu ---------------------------------------------------------------------------------------


@app.command(epilog=_EPILOG)
def reviu(
    berkas: Annotated[
        Path,
        typer.Argument(
            help="Laporan Word (.docx) yang direviu, buatan tangan atau lkjip.",
            metavar="BERKAS.docx",
            show_default=False,
        ),
    ],
    format: FormatOpt = Format.TEXT,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Tulis Catatan Hasil Reviu (.docx) ke berkas ini."),
    ] = None,
) -> None:
    """Reviu LKjIP buatan tangan: periksa angka tabel dan teks sebuah dokumen Word (capaian,
    persentase, jumlah, rata-rata, sisa, angka yang berbeda antartempat, tanggal)."""
    from lkjip.codes import REVIU_TAK_TERBACA
    from lkjip.pipeline import check_output_path
    from lkjip.reviu import reviu as run_reviu

    with _could_not_run():
        if not berkas.is_file():
            raise LkjipUsageError(f"berkas tidak ada: {berkas}")
        if out is not None:
            check_output_path(out)
            if out.resolve() == berkas.resolve():
                raise LkjipUsageError(f"--out menunjuk laporan yang direviu: {out}")
        diagnostics = run_reviu(berkas)
    _print_report(diagnostics, format, berkas.parent)
    if any(d.code == REVIU_TAK_TERBACA for d in diagnostics):
        _exit(EXIT_ERROR)
    if out is not None:
        from lkjip.reviu.catatan import tulis_catatan

        with _could_not_run():
            out.parent.mkdir(parents=True, exist_ok=True)
            tulis_catatan(diagnostics, berkas.name, out)
        _say(f"ditulis: {out}")
    _exit(EXIT_FINDINGS if len(diagnostics) else EXIT_OK)


# --- init ----------------------------------------------------------------------------------------


@app.command(epilog=_EPILOG)
def init(
    dir: Annotated[Path, typer.Argument(help="Folder data baru: belum ada, atau masih kosong.")],
    nama: Annotated[
        str | None,
        typer.Option(
            "--nama",
            help='Nama instansi, mis. "Dinas Perhubungan Kabupaten Sleman"; bawaan: nama contoh.',
        ),
    ] = None,
    jenis: Annotated[
        str | None,
        typer.Option(
            "--jenis",
            help="Jenis instansi (kecamatan, dinas, badan, sekretariat-daerah, "
            "sekretariat-dprd, inspektorat, kabupaten, kota, provinsi, kementerian, lembaga, "
            "unit-eselon-i, instansi-vertikal); bawaan: dari awal --nama, selain itu kecamatan.",
        ),
    ] = None,
    tahun: Annotated[
        int | None,
        typer.Option("--tahun", help="Tahun laporan; bawaan: tahun lalu."),
    ] = None,
    induk: Annotated[
        str | None,
        typer.Option(
            "--induk",
            help='Instansi induk, mis. "Pemerintah Kabupaten Sleman" atau "Kementerian '
            'Keuangan"; bawaan: dari akhir --nama ("… Kabupaten Sleman").',
        ),
    ] = None,
    dari: Annotated[
        Path | None,
        typer.Option(
            "--dari",
            help="Folder data tahun lalu: Renstra, program dan narasi disalin, target dari "
            "Renstra, realisasi dikosongkan; --tahun bawaan: tahun berikutnya.",
        ),
    ] = None,
) -> None:
    """Buat folder data baru berisi contoh lengkap untuk satu jenis instansi yang lolos
    `lkjip validate --strict`. Tidak pernah menimpa: folder yang sudah berisi ditolak."""
    import shlex

    from lkjip.init import create_dataset
    from lkjip.init.dari import create_from

    with _could_not_run():
        if dari is None:
            written = create_dataset(dir, nama=nama, jenis=jenis, tahun=tahun, induk=induk)
        elif nama is not None or jenis is not None or induk is not None:
            raise LkjipUsageError(
                "--dari menyalin instansi dari data tahun lalu: jangan dipakai bersama --nama, "
                "--jenis atau --induk"
            )
        else:
            written = create_from(dir, dari, tahun)
    for path in written:
        _say(f"ditulis: {path}")
    folder = printable(shlex.quote(str(dir)))
    langkah_pertama = (
        f"  1. ganti contoh isian di {folder} (berkas *.yaml dan narasi/) dengan data Anda;\n"
        "     setiap isian dijelaskan oleh catatan # di atasnya\n"
        if dari is None
        else f"  1. di {folder}: ganti pagu di anggaran.yaml, periksa target dan tanggal PK di\n"
        "     kinerja.yaml, perbarui narasi/; isi realisasi setelah diukur\n"
    )
    langkah_berikutnya = (
        f"  2. lkjip validate {folder}\n  3. lkjip build {folder} --out laporan.docx"
    )
    typer.echo("\nLangkah berikutnya:\n" + langkah_pertama + langkah_berikutnya, err=True)
    _exit(EXIT_OK)


# --- import / export (Excel) ---------------------------------------------------------------------

import_app = typer.Typer(
    help="Impor data dari berkas lain ke folder data.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(import_app, name="import")


@import_app.command("anggaran", epilog=_EPILOG)
def import_anggaran(
    xlsx: Annotated[Path, typer.Argument(help="Berkas Excel (.xlsx), mis. ekspor DPA dari SIPD.")],
    sheet: Annotated[
        str | None,
        typer.Option("--sheet", help="Nama lembar; bawaan: lembar pertama yang berjudul kolom."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="anggaran.yaml yang ditulis; bawaan DIR/anggaran.yaml bila --dataset diberikan, "
            "selain itu dicetak ke layar.",
        ),
    ] = None,
    dataset: Annotated[
        Path | None,
        typer.Option(
            "--dataset",
            "-d",
            help="Folder data: isian anggaran.yaml lamanya (tahun, dokumen, penunjang, "
            "indikator) dipertahankan.",
        ),
    ] = None,
    tahun: Annotated[
        int | None, typer.Option("--tahun", help="Tahun anggaran, bila tidak ada di judul lembar.")
    ] = None,
    strict: StrictOpt = False,
    format: FormatOpt = Format.TEXT,
) -> None:
    """Impor program/kegiatan/sub kegiatan (kode, nama, pagu, realisasi) dari Excel."""
    from lkjip.excel import run_import, write_atomic
    from lkjip.pipeline import check_dataset_dir, check_output_path

    target = out or (dataset / "anggaran.yaml" if dataset is not None else None)
    with _could_not_run():
        if dataset is not None:
            check_dataset_dir(dataset)
        if not xlsx.is_file():
            raise LkjipUsageError(f"berkas Excel tidak ada: {xlsx}")
        if target is not None:
            check_output_path(target, option="--out" if out is not None else "anggaran.yaml")
    with _could_not_run():
        text, found = run_import(xlsx, sheet=sheet, out=target, dataset=dataset, tahun=tahun)
    diagnostics = Diagnostics(found)
    if len(diagnostics):
        # With the YAML on stdout, the findings go to stderr so a redirect stays valid YAML.
        report = REPORTERS[format.value](diagnostics, str(xlsx.parent))
        typer.echo(report, nl=False, err=target is None)
    if not text or diagnostics.fails(strict):
        _say("lkjip: anggaran.yaml tidak ditulis")
        _exit(EXIT_FINDINGS)
    if target is None:
        typer.echo(text, nl=False)
    else:
        with _could_not_run():
            write_atomic(target, text)
        _say(f"ditulis: {target}")
    _exit(EXIT_OK)


@app.command(epilog=_EPILOG)
def export(
    dir: DirArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Berkas .xlsx yang ditulis.")],
    format: FormatOpt = Format.TEXT,
) -> None:
    """Tulis tabel hasil perhitungan ke Excel untuk verifikator: capaian, realisasi anggaran,
    efisiensi, dan lembar anggaran yang dapat diimpor kembali."""
    from lkjip.pipeline import check_output, run

    with _could_not_run():
        check_output(out, dir)
        result = run(dir)
        if result.project is None or result.hasil is None or result.fails:
            _print_report(result.diagnostics, format, dir)
            _exit(_findings_code(result.diagnostics))
        from lkjip.excel import run_export

        run_export(result.project, result.hasil, out)
    _say(f"ditulis: {out}")
    _exit(EXIT_OK)


def main() -> None:
    """Entry point of the `lkjip` script."""
    # Loading a large dataset allocates hundreds of thousands of objects that live for the
    # whole run (nodes, models, positions), and Python's cycle collector walks them again
    # every 700 allocations by default. lkjip creates few reference cycles, so collecting a
    # fraction as often saves seconds on large datasets for a few megabytes.
    gc.set_threshold(20_000, 20, 20)
    app()
