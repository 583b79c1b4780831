"""`lkjip --help` stays light: it must not load pydantic, python-docx, lxml or the rules.

Speed itself is measured by `make bench`; this pins the cause (what gets imported), which
does not depend on the machine.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pydantic", "docx", "lxml", "openpyxl", "jinja2", "lkjip.model", "lkjip.checks")

PROBE = """
import sys
from lkjip.cli import main
sys.argv = ["lkjip", *{args!r}]
try:
    main()
except SystemExit:
    pass
heavy = {heavy!r}
loaded = sorted({{m.split(".")[0] if m.split(".")[0] in heavy else m
                 for m in sys.modules if m.split(".")[0] in heavy or m in heavy}})
print("DIMUAT:" + ",".join(loaded))
"""


def _loaded(args: list[str]) -> set[str]:
    probe = PROBE.format(args=args, heavy=HEAVY)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("DIMUAT:"))
    return {m for m in line.removeprefix("DIMUAT:").split(",") if m}


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_loads_no_heavy_library(args: list[str]) -> None:
    assert _loaded(args) == set()


def test_command_help_loads_none_of_ours() -> None:
    # typer itself imports pydantic to render a subcommand's help (typer._adapters); what
    # lkjip controls is that no stage, python-docx or lxml is loaded for it.
    assert _loaded(["build", "--help"]) - {"pydantic"} == set()
