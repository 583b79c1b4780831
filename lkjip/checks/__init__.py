"""Cross-document consistency rules: one small function per diagnostic code.

A rule is a plain function `check_<what>(project) -> Iterable[Diagnostic]` decorated with
`@rule(code, name, severity)`; a rule about the narrative (`prose=True`) is
`check_<what>(prose) -> Iterable[Diagnostic]` and reads the narrative files together with the
figures calc computed for the run (`lkjip.checks.prose.Prose`). The decorator registers the
code in the catalogue of
`lkjip.diagnostics`, taking the title (first docstring line) and the documentation (the whole
docstring, with its "Contoh salah" / "Contoh benar" snippets) from the function, so
`lkjip rules CODE` shows exactly what is written here.

`run_checks(project, hasil)` runs every rule, in code order; `hasil` is what calc computed
once for the run. It never raises: a rule that crashes becomes an `LK901` diagnostic saying
that it is a bug of lkjip. The narrative rules run last, on every project that loaded, errors
or not: `lkjip.calc.compute` never raises on a project that passed the schema, and a number
typed in the prose is wrong whatever else is wrong (the seed's "103,2 %" must be reported
beside its budget errors).

Acknowledgements (`pengakuan` in lkjip.yaml) are applied by the pipeline: a warning whose code
equals `kode` and whose message names `butir` as a whole item (or whose path is `butir`) is
acknowledged. Every warning message here therefore names its item (program code, indicator id)
so that it can be acknowledged.
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar, cast

from lkjip.calc.results import Hasil
from lkjip.checks.prose import Prose
from lkjip.diagnostics import CATALOGUE, Diagnostic, Location, Severity, diag, register_code
from lkjip.model import Project

RuleFunc = Callable[[Project], Iterable[Diagnostic]]
ProseRuleFunc = Callable[[Prose], Iterable[Diagnostic]]
F = TypeVar("F", RuleFunc, ProseRuleFunc)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    func: RuleFunc | ProseRuleFunc
    prose: bool = False  # func takes the run's `Prose`, not the project

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""


RULES: list[Rule] = []


def rule(code: str, name: str, severity: Severity, *, prose: bool = False) -> Callable[[F], F]:
    """Register a rule function and its code (title and documentation from the docstring)."""

    def decorate(func: F) -> F:
        doc = inspect.getdoc(func) or ""
        title = doc.splitlines()[0].strip() if doc else name
        register_code(code, name, severity, title=title, doc=doc)
        if not any(r.code == code for r in RULES):
            RULES.append(Rule(code, name, severity, func, prose))
            RULES.sort(key=lambda r: r.code)
        return func

    return decorate


BUG_CODE = "LK901"
register_code(
    BUG_CODE,
    "aturan-gagal",
    Severity.ERROR,
    title="Aturan pemeriksaan gagal dijalankan (bug lkjip)",
    doc="Aturan pemeriksaan gagal dijalankan (bug lkjip)\n\n"
    "Sebuah aturan pemeriksaan berhenti karena galat pemrograman. Ini adalah bug lkjip, "
    "bukan kesalahan data; laporkan ke pengembang beserta pesan dan datanya.",
)


def _bug(r: Rule, error: BaseException) -> Diagnostic:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" ({frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})" if frame else ""
    return diag(
        BUG_CODE,
        f"aturan {r.code} ({r.name}) gagal dijalankan: {type(error).__name__}: {error}{where}. "
        "Ini bug lkjip, bukan kesalahan data; mohon laporkan.",
        Location("lkjip.yaml", 1, 1),
    )


def _run(r: Rule, project: Project, prose: Prose) -> list[Diagnostic]:
    try:
        if r.prose:
            return list(cast(ProseRuleFunc, r.func)(prose))
        return list(cast(RuleFunc, r.func)(project))
    except Exception as error:  # noqa: BLE001 - a crashing rule must never stop the others
        return [_bug(r, error)]


def run_checks(project: Project, hasil: Hasil) -> list[Diagnostic]:
    """Run every registered rule over the project; never raises.

    `hasil` is what calc computed for this run; the narrative rules run last (on contradictory
    data too; see the module docstring). Acknowledgements (`pengakuan`) are applied afterwards
    by the pipeline.
    """
    prose = Prose(project, hasil)
    out: list[Diagnostic] = []
    for r in RULES:
        if not r.prose:
            out.extend(_run(r, project, prose))
    for r in RULES:
        if r.prose:
            out.extend(_run(r, project, prose))
    return out


# Importing the rule modules registers their rules (they import `rule` from this package, so
# they come after it).
from lkjip.checks import (  # noqa: E402, F401
    anggaran,
    narasi,
    narasi_kategori,
    pegawai,
    pengaturan,
    referensi,
    tanggal,
    target,
    triwulan,
)

__all__ = ["CATALOGUE", "RULES", "Rule", "rule", "run_checks"]
