"""The registry of rules: `@rule` and the list it fills.

A rule is a plain function `check_<what>(project) -> Iterable[Diagnostic]` decorated with
`@rule(code, name, severity)`; a rule about the narrative (`prose=True`) is
`check_<what>(prose) -> Iterable[Diagnostic]` and reads the narrative files together with the
figures calc computed for the run (`lkjip.checks.prose.Prose`). The code, name, severity and
title are listed in the static catalogue `lkjip.codes`; the decorator checks that they agree
(title = first docstring line) and attaches the documentation (the whole docstring, with its
"Contoh salah" / "Contoh benar" snippets), so `lkjip rules CODE` shows exactly what is written
with the rule.

The rule modules import this module, and `lkjip.checks` imports them: the registry sits below
both, so no module imports its importer back.
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar, cast

from lkjip import codes
from lkjip.checks.prose import Prose
from lkjip.diagnostics import Diagnostic, Location, Severity, diag, document_code
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

    def run(self, project: Project, prose: Prose) -> list[Diagnostic]:
        """The rule's findings; a rule that crashes is one LK901 finding, never an exception."""
        try:
            if self.prose:
                return list(cast(ProseRuleFunc, self.func)(prose))
            return list(cast(RuleFunc, self.func)(project))
        except Exception as error:  # noqa: BLE001 - a crashing rule must never stop the others
            return [_bug(self, error)]


RULES: list[Rule] = []


def rule(code: str, name: str, severity: Severity, *, prose: bool = False) -> Callable[[F], F]:
    """Register a rule function; its code must be in the catalogue with this name, severity
    and title (the first line of the docstring)."""

    def decorate(func: F) -> F:
        doc = inspect.getdoc(func) or ""
        title = doc.splitlines()[0].strip() if doc else name
        document_code(code, name, severity, title, doc)
        if not any(r.code == code for r in RULES):
            RULES.append(Rule(code, name, severity, func, prose))
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
