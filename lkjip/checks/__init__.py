"""Cross-document consistency rules: one small function per diagnostic code.

A rule is a plain function `check_<what>(project) -> Iterable[Diagnostic]` decorated with
`@rule(code, name, severity)`. The code, name, severity and title are listed in the static
catalogue `lkjip.codes`; the decorator checks that they agree (title = first docstring line)
and attaches the documentation (the whole docstring, with its "Contoh salah" / "Contoh benar"
snippets), so `lkjip rules CODE` shows exactly what is written here.

`run_checks(project)` runs every rule, in code order. It never raises: a rule that crashes
becomes an `LK901` diagnostic saying that it is a bug of lkjip. Rules that need the calculation
engine (`needs_calc=True`, the narrative rules) run last, on every project that loaded, errors
or not: `lkjip.calc.compute` never raises on a project that passed the schema, and a number
typed in the prose is wrong whatever else is wrong (the seed's "103,2 %" must be reported
beside its budget errors). Should the engine crash anyway, the wrapper turns it into LK901.

Acknowledgements (`pengakuan` in lkjip.yaml) are applied by `lkjip.pengakuan`: a warning whose
code equals `kode` and whose `subject` equals `butir` is acknowledged. Every warning here
therefore sets `subject=` to the id or code of its item (indicator id, program code, the typed
number), and names that item in its message too.
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lkjip import codes
from lkjip.diagnostics import CATALOGUE, Diagnostic, Location, Severity, diag, document_code
from lkjip.model import Project

RuleFunc = Callable[[Project], Iterable[Diagnostic]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    func: RuleFunc
    needs_calc: bool = False

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""


RULES: list[Rule] = []


def rule(
    code: str, name: str, severity: Severity, *, needs_calc: bool = False
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function and its code (title and documentation from the docstring)."""

    def decorate(func: RuleFunc) -> RuleFunc:
        doc = inspect.getdoc(func) or ""
        title = doc.splitlines()[0].strip() if doc else name
        document_code(code, name, severity, title, doc)
        if not any(r.code == code for r in RULES):
            RULES.append(Rule(code, name, severity, func, needs_calc))
            RULES.sort(key=lambda r: r.code)
        return func

    return decorate


BUG_CODE = codes.ATURAN_GAGAL


def _bug(r: Rule, error: BaseException) -> Diagnostic:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" ({frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})" if frame else ""
    return diag(
        BUG_CODE,
        f"aturan {r.code} ({r.name}) gagal dijalankan: {type(error).__name__}: {error}{where}. "
        "Ini bug lkjip, bukan kesalahan data; mohon laporkan.",
        Location("lkjip.yaml", 1, 1),
        subject=r.code,
    )


def _run(r: Rule, project: Project) -> list[Diagnostic]:
    try:
        return list(r.func(project))
    except Exception as error:  # noqa: BLE001 - a crashing rule must never stop the others
        return [_bug(r, error)]


def run_checks(project: Project) -> list[Diagnostic]:
    """Run every registered rule over the project; never raises.

    Rules marked `needs_calc` run last (on contradictory data too; see the module docstring).
    Acknowledgements (`pengakuan`) are applied afterwards (`lkjip.pengakuan`).
    """
    _load_rule_modules()
    out: list[Diagnostic] = []
    for r in RULES:
        if not r.needs_calc:
            out.extend(_run(r, project))
    for r in RULES:
        if r.needs_calc:
            out.extend(_run(r, project))
    return out


_LOADED = False


def _load_rule_modules() -> None:
    global _LOADED
    if _LOADED:
        return
    from lkjip.checks import (  # noqa: F401 - importing registers the rules
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

    _LOADED = True


_load_rule_modules()

__all__ = ["CATALOGUE", "RULES", "Rule", "rule", "run_checks"]
