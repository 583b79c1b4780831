"""Diagnostics as data: every problem lkjip finds is a `Diagnostic` with a stable code.

Nothing in the pipeline raises for bad user data; stages return lists of diagnostics and the
CLI decides the exit code from them (see `cli.py`). `CATALOGUE` maps each code to its name,
severity and documentation; it is filled by `lkjip.codes`, the one static list of codes, which
every stage that emits a code imports.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        """Indonesian label used in text output."""
        return {"error": "galat", "warning": "peringatan", "info": "info"}[self.value]


@dataclass(frozen=True)
class Location:
    """Where a problem is: a file relative to the dataset folder, 1-based line and column."""

    file: str
    line: int | None = None
    col: int | None = None
    path: str | None = None  # "$.indikator[0].target.2022"

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    location: Location | None = None
    hint: str | None = None
    # The id or code of the item the finding is about (indicator `IKM`, program `7.01.02`,
    # the number typed in a narrative): what `pengakuan` → `butir` names to acknowledge it.
    subject: str | None = None
    acknowledged: str | None = None  # reason, when lkjip.yaml acknowledges it

    def key(self) -> tuple[str, str | None, int | None]:
        """(code, file, line): what rule-case tests compare."""
        loc = self.location
        return (self.code, loc.file if loc else None, loc.line if loc else None)

    @property
    def name(self) -> str:
        info = CATALOGUE.get(self.code)
        return info.name if info else ""

    def sort_key(self) -> tuple[str, int, int, str]:
        loc = self.location
        if loc is None:
            return ("", 0, 0, self.code)
        return (loc.file, loc.line or 0, loc.col or 0, self.code)


@dataclass
class Diagnostics:
    """An ordered collection of diagnostics with the questions the CLI asks of it."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=Diagnostic.sort_key)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING and not d.acknowledged]

    def has_errors(self) -> bool:
        return bool(self.errors)

    def fails(self, strict: bool) -> bool:
        """True when the data must be rejected: any error, or (strict) an unacknowledged warning."""
        return self.has_errors() or (strict and bool(self.warnings))


@dataclass(frozen=True)
class CodeInfo:
    """One entry of the catalogue: a stable code, a kebab-case name and its documentation."""

    code: str
    name: str
    severity: Severity
    title: str
    doc: str = ""


CATALOGUE: dict[str, CodeInfo] = {}  # filled by lkjip.codes

EXCERPT_CHARS = 40


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """The value as a message may quote it: its first `limit` characters, then "…".

    A value comes from the user's data and may be megabytes long (an 8 MB scalar, a number of
    a million digits); a message quotes at most this much of it, whatever the value.
    """
    if isinstance(value, int) and value.bit_length() > 4 * limit:
        return "(angka yang sangat panjang)"  # str() of a huge int is slow, even refused
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def register_code(code: str, name: str, severity: Severity, title: str, doc: str = "") -> CodeInfo:
    """Add a code to the catalogue (only `lkjip.codes` does); a code is never reused, so a
    second registration under another name is a bug."""
    if code in CATALOGUE and CATALOGUE[code].name != name:
        raise ValueError(f"kode {code} sudah dipakai oleh {CATALOGUE[code].name}")
    info = CodeInfo(code, name, severity, title, doc)
    CATALOGUE[code] = info
    return info


def document_code(code: str, name: str, severity: Severity, title: str, doc: str) -> CodeInfo:
    """Attach documentation to a catalogued code whose entry agrees on name, severity and
    title (the rules of `lkjip.checks` document themselves in their docstrings)."""
    info = CATALOGUE.get(code)
    if info is None:
        raise KeyError(f"kode {code} tidak ada di katalog (lkjip/codes/)")
    if (info.name, info.severity, info.title) != (name, severity, title):
        raise ValueError(
            f"kode {code}: ({name}, {severity.value}, {title!r}) berbeda dari katalog "
            f"({info.name}, {info.severity.value}, {info.title!r}); samakan lkjip/codes/"
        )
    documented = CodeInfo(code, name, severity, title, doc)
    CATALOGUE[code] = documented
    return documented


def diag(
    code: str,
    message: str,
    location: Location | None = None,
    hint: str | None = None,
    severity: Severity | None = None,
    *,
    subject: str | None = None,
) -> Diagnostic:
    """Build a diagnostic whose severity comes from the catalogue unless given.

    The message and hint are bounded (`MAX_MESSAGE_CHARS`): a rule that quotes names or texts
    of the data whole (two 1 MB names in one message) cannot blow a report up; messages of real
    data are a few hundred characters."""
    info = CATALOGUE.get(code)
    if info is None:
        raise KeyError(f"kode diagnostik tidak terdaftar: {code}")
    message = excerpt(message, MAX_MESSAGE_CHARS)
    hint = excerpt(hint, MAX_MESSAGE_CHARS) if hint is not None else None
    return Diagnostic(code, severity or info.severity, message, location, hint, subject)


MAX_MESSAGE_CHARS = 2000
