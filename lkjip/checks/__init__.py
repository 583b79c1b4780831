"""Cross-document consistency rules: one small function per diagnostic code.

The rules live in the modules below and register themselves with `@rule`
(`lkjip.checks.registry`); importing this package imports them all.

`run_checks(project, hasil)` runs every rule, in code order; `hasil` is what calc computed
once for the run. It never raises: a rule that crashes becomes an `LK901` diagnostic saying
that it is a bug of lkjip. The narrative rules run last, on every project that loaded, errors
or not: `lkjip.calc.compute` never raises on a project that passed the schema, and a number
typed in the prose is wrong whatever else is wrong (the seed's "103,2 %" must be reported
beside its budget errors).

Acknowledgements (`pengakuan` in lkjip.yaml) are applied by `lkjip.pengakuan`: a warning whose
code equals `kode` and whose `subject` equals `butir` is acknowledged. Every warning here
therefore sets `subject=` to the id or code of its item (indicator id, program code, the typed
number), and names that item in its message too.
"""

from __future__ import annotations

from lkjip.calc.results import Hasil
from lkjip.checks import (  # noqa: F401 - importing a rule module registers its rules
    anggaran,
    instansi,
    kaskade,
    kode_anggaran,
    narasi,
    narasi_banding,
    narasi_kategori,
    pegawai,
    pengaturan,
    referensi,
    rumus,
    tanggal,
    target,
    teks,
    triwulan,
)
from lkjip.checks.prose import Prose
from lkjip.checks.registry import BUG_CODE, RULES, Rule, rule
from lkjip.diagnostics import Diagnostic
from lkjip.model import Project


def run_checks(project: Project, hasil: Hasil) -> list[Diagnostic]:
    """Run every registered rule over the project; never raises.

    The narrative rules run last (on contradictory data too; see the module docstring).
    Acknowledgements (`pengakuan`) are applied afterwards (`lkjip.pengakuan`).
    """
    prose = Prose(project, hasil)
    out: list[Diagnostic] = []
    for r in RULES:
        if not r.prose:
            out.extend(r.run(project, prose))
    for r in RULES:
        if r.prose:
            out.extend(r.run(project, prose))
    return out


__all__ = ["BUG_CODE", "RULES", "Rule", "rule", "run_checks"]
