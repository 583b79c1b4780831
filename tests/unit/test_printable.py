"""errors.printable: text from the data printed on one line that no CI runner obeys."""

from __future__ import annotations

import pytest

from lkjip.diagnostics import Diagnostic, Location, Severity
from lkjip.errors import printable
from lkjip.report import text_line


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("opd-a", "opd-a"),
        ("a\nb\r\nc", "a\\nb\\r\\nc"),
        ("a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g", "a\\x0bb\\x0cc\\x1cd\\x85e\\u2028f\\u2029g"),
        ("\x1b[2Jwarna", "\\x1b[2Jwarna"),
        ("tab\tdi tengah", "tab\tdi tengah"),
        ("::error::palsu", "\\x3a:error::palsu"),
        ("  \t::stop-commands::x", "  \t\\x3a:stop-commands::x"),
        ("##[error]lama", "\\x23#[error]lama"),
        ("##vso[task.setvariable]x", "\\x23#vso[task.setvariable]x"),
        ("di tengah ::error:: saja", "di tengah ::error:: saja"),
    ],
)
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown
    assert len(printable(text).splitlines()) == 1


def test_a_file_name_that_begins_the_line_cannot_begin_a_command() -> None:
    d = Diagnostic(
        "LK003", Severity.ERROR, "pesan\n::error::x", Location("::error::opd/kinerja.yaml", 1, 2)
    )
    line = text_line(d)
    assert line.startswith("\\x3a:error::opd/kinerja.yaml:1:2: galat LK003")
    assert len(line.splitlines()) == 1
