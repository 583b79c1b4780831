"""The text report prints at most MAX_SAME_IN_TEXT findings of one code in one file."""

from __future__ import annotations

import json

from lkjip.diagnostics import Diagnostic, Diagnostics, Location, Severity
from lkjip.report import MAX_SAME_IN_TEXT, report_json, report_text


def _many(code: str, file: str, count: int) -> list[Diagnostic]:
    return [
        Diagnostic(code, Severity.ERROR, f"salah {i}", Location(file, i + 1, 1))
        for i in range(count)
    ]


def test_the_rest_is_counted_in_one_line() -> None:
    extra = 1_234
    found = Diagnostics(
        _many("LK103", "profil.yaml", MAX_SAME_IN_TEXT + extra) + _many("LK104", "profil.yaml", 3)
    )
    lines = report_text(found).splitlines()
    assert sum("galat LK103" in line for line in lines) == MAX_SAME_IN_TEXT
    assert sum("galat LK104" in line for line in lines) == 3
    assert "profil.yaml: … dan 1.234 temuan LK103 lain (semuanya: --format json)" in lines
    assert lines[-1].startswith(f"{MAX_SAME_IN_TEXT + extra + 3} galat")


def test_json_keeps_every_finding() -> None:
    found = Diagnostics(_many("LK103", "profil.yaml", MAX_SAME_IN_TEXT + 7))
    assert len(json.loads(report_json(found))["diagnostics"]) == MAX_SAME_IN_TEXT + 7


def test_up_to_the_limit_nothing_is_left_out() -> None:
    found = Diagnostics(_many("LK103", "a.yaml", MAX_SAME_IN_TEXT) + _many("LK103", "b.yaml", 2))
    text = report_text(found)
    assert "… dan" not in text
    assert text.count("galat LK103") == MAX_SAME_IN_TEXT + 2
