"""Reporters: one `Diagnostics` collection → text for people, JSON for tools, GitHub annotations.

Every reporter has the same signature, `(diagnostics, base) -> str`, where `base` is the dataset
folder as the user typed it; only the GitHub reporter needs it (annotations must name files
relative to the repository). The output ends with a newline and is written to stdout by the CLI.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

from lkjip.diagnostics import CodeInfo, Diagnostic, Diagnostics, Severity
from lkjip.errors import printable

if TYPE_CHECKING:  # the figures are imported only by the commands that print them
    from lkjip.calc.results import Hasil

Reporter = Callable[[Diagnostics, str], str]


# --- summary -------------------------------------------------------------------------------------


def summary_counts(diagnostics: Diagnostics) -> dict[str, int]:
    """Counts for the summary line and the JSON `summary`; warnings include acknowledged ones."""
    items = list(diagnostics)
    return {
        "errors": sum(d.severity is Severity.ERROR for d in items),
        "warnings": sum(d.severity is Severity.WARNING for d in items),
        "acknowledged": sum(d.acknowledged is not None for d in items),
        "info": sum(d.severity is Severity.INFO for d in items),
    }


def summary_line(diagnostics: Diagnostics) -> str:
    """ "2 galat, 1 peringatan (1 diakui)" or "Tidak ada masalah."."""
    counts = summary_counts(diagnostics)
    if not any(counts.values()):
        return "Tidak ada masalah."
    line = f"{counts['errors']} galat, {counts['warnings']} peringatan"
    if counts["acknowledged"]:
        line += f" ({counts['acknowledged']} diakui)"
    if counts["info"]:
        line += f", {counts['info']} info"
    return line + "."


# --- text ----------------------------------------------------------------------------------------


def text_line(d: Diagnostic) -> str:
    """`kinerja.yaml:42:7: galat LK104 [pilihan-tak-dikenal] pesan`, plus indented hint lines.

    Every piece that can hold data (file names, messages quoting values, hints) goes through
    `errors.printable`: a line break in a YAML key or a folder name must not start a line of
    its own, and a file name that begins the line must not begin like a command, which a CI
    log would obey (GitHub's `::error::`, `::stop-commands::`)."""
    where = f"{printable(d.location)}: " if d.location else ""
    name = f" [{printable(d.name)}]" if d.name else ""
    out = f"{where}{d.severity.label} {d.code}{name} {printable(d.message)}"
    if d.hint:
        out += f"\n    saran: {printable(d.hint)}"
    if d.acknowledged:
        out += f"\n    diakui: {printable(d.acknowledged)}"
    return out


# Findings of one code in one file printed as text; the rest are counted in one line. A file
# pasted from the wrong export can have tens of thousands of the same mistake, and nobody reads
# past the first screens. The JSON and GitHub reports keep every finding.
MAX_SAME_IN_TEXT = 50


def report_text(diagnostics: Diagnostics, base: str = "") -> str:
    lines = []
    seen: Counter[tuple[str, str | None]] = Counter()
    for d in diagnostics.sorted():
        key = (d.code, d.location.file if d.location else None)
        seen[key] += 1
        if seen[key] <= MAX_SAME_IN_TEXT:
            lines.append(text_line(d))
    for (code, file), count in seen.items():
        if count > MAX_SAME_IN_TEXT:
            where = f"{printable(file)}: " if file else ""
            rest = f"{count - MAX_SAME_IN_TEXT:,}".replace(",", ".")
            lines.append(f"{where}… dan {rest} temuan {code} lain (semuanya: --format json)")
    lines.append(summary_line(diagnostics))
    return "\n".join(lines) + "\n"


# --- json ----------------------------------------------------------------------------------------


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    loc = d.location
    return {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        "message": d.message,
        "file": loc.file if loc else None,
        "line": loc.line if loc else None,
        "col": loc.col if loc else None,
        "path": loc.path if loc else None,
        "hint": d.hint,
        "subject": d.subject,
        "acknowledged": d.acknowledged,
    }


def report_json(diagnostics: Diagnostics, base: str = "") -> str:
    document = {
        "diagnostics": [diagnostic_dict(d) for d in diagnostics.sorted()],
        "summary": summary_counts(diagnostics),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --- github --------------------------------------------------------------------------------------

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    """GitHub workflow-command escaping of the message part: every CR and LF, the data's
    included, is encoded, so an annotation is always one line of the log (a line break in the
    data shows as one inside the annotation). Lines lkjip prints about the run in this format
    go through `errors.printable`, like all of them."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Property values additionally escape ':' and ','."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _repo_path(base: str, file: str) -> str:
    """The file as the repository sees it: the folder given on the command line + the file."""
    if not base:
        return file
    folder = PureWindowsPath(base).as_posix() if "\\" in base else base
    return str(PurePosixPath(folder) / file)


def github_line(d: Diagnostic, base: str = "") -> str:
    """`::error file=data/kinerja.yaml,line=14,col=9,title=LK201 nama::pesan`.

    An acknowledged warning becomes a notice: it is known and explained, not a finding.
    """
    level = "notice" if d.acknowledged else _LEVELS[d.severity]
    props = []
    if d.location:
        props.append(f"file={_escape_property(_repo_path(base, d.location.file))}")
        if d.location.line is not None:
            props.append(f"line={d.location.line}")
            if d.location.col is not None:
                props.append(f"col={d.location.col}")
    props.append(f"title={_escape_property(f'{d.code} {d.name}'.strip())}")
    message = d.message
    if d.hint:
        message += f"\nsaran: {d.hint}"
    if d.acknowledged:
        message += f"\ndiakui: {d.acknowledged}"
    return f"::{level} {','.join(props)}::{_escape_data(message)}"


def report_github(diagnostics: Diagnostics, base: str = "") -> str:
    lines = [github_line(d, base) for d in diagnostics.sorted()]
    return "".join(line + "\n" for line in lines)


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
}


# --- the code catalogue (`lkjip rules`) -----------------------------------------------------------


def rules_table(infos: Iterable[CodeInfo]) -> str:
    """One line per code: code, name, severity, title — aligned columns."""
    rows = [(i.code, i.name, i.severity.label, i.title) for i in infos]
    if not rows:
        return "Belum ada kode terdaftar.\n"
    header = ("KODE", "NAMA", "TINGKAT", "JUDUL")
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(3)]
    lines = []
    for row in [header, *rows]:
        cells = [row[c].ljust(widths[c]) for c in range(3)]
        lines.append("  ".join([*cells, row[3]]))
    return "\n".join(lines) + "\n"


def rule_explanation(info: CodeInfo) -> str:
    """The full entry: heading, title, and the documentation with its examples."""
    out = f"{info.code} {info.name} ({info.severity.label})\n{info.title}\n"
    doc = _dedent_doc(info.doc)
    if doc.startswith(info.title):
        # Rule docstrings open with the title; it is already printed above.
        doc = doc[len(info.title) :].strip()
    if doc:
        out += "\n" + doc + "\n"
    return out


def _dedent_doc(doc: str) -> str:
    """Docstrings of rule functions carry their indentation; strip it as inspect.cleandoc does."""
    import inspect

    return inspect.cleandoc(doc)


# --- computed figures (`lkjip calc`) --------------------------------------------------------------


def hasil_json(hasil: Hasil) -> str:
    """The calculation results as JSON, in the conventions of `lkjip.calc.export.to_json`
    (money as digit strings, percentages rounded half-up to two places)."""
    from lkjip.calc.export import to_json

    return json.dumps(to_json(hasil), ensure_ascii=False, indent=2) + "\n"


def hasil_text(hasil: Hasil) -> str:
    """The calculation results for people (`lkjip calc --format text`)."""
    from lkjip.calc.export import to_text

    text = to_text(hasil)
    return text if text.endswith("\n") else text + "\n"
