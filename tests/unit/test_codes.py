"""The catalogue of codes (`lkjip.codes`) is static: the same list whatever is imported."""

from __future__ import annotations

import json
import subprocess
import sys

from lkjip import checks, codes
from lkjip.diagnostics import CATALOGUE


def _listing() -> list[list[str]]:
    return [[i.code, i.name, i.severity.value, i.title] for i in codes.all_codes()]


def test_catalogue_is_complete_without_the_stages() -> None:
    script = (
        "import json, sys, lkjip.codes as c\n"
        "assert 'lkjip.checks' not in sys.modules and 'lkjip.excel' not in sys.modules\n"
        "print(json.dumps([[i.code, i.name, i.severity.value, i.title] for i in c.all_codes()]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == _listing()


def test_every_rule_is_catalogued_and_every_rule_code_has_a_rule() -> None:
    rules = {r.code for r in checks.RULES}
    catalogued = {c for c in CATALOGUE if c.startswith(("LK13", "LK2", "LK3"))}
    assert rules == catalogued
    for r in checks.RULES:
        info = CATALOGUE[r.code]
        assert (info.name, info.severity) == (r.name, r.severity)


def test_one_constant_name_per_code() -> None:
    constants: dict[str, list[str]] = {}
    for name, value in vars(codes).items():
        if name.isupper() and isinstance(value, str) and value.startswith("LK"):
            constants.setdefault(value, []).append(name)
    assert not {code: names for code, names in constants.items() if len(names) > 1}
    assert set(constants) <= set(CATALOGUE)


def test_removed_codes_stay_removed() -> None:
    assert codes.REMOVED
    assert not set(codes.REMOVED) & set(CATALOGUE)
