"""Every example report passes an OOXML schema check (openxml-audit: the ECMA-376 schemas and
Word's semantic rules, in pure Python, offline).

One finding is the checker's, not ours: `w:numId w:val="0"` on headings, which ECMA-376
(§17.9.18) defines as "no numbering" (it keeps a reference's list numbering off the headings);
the checker looks for a numbering definition 0. It is allowed, and nothing else is.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE

EXAMPLES = sorted(p for p in EXAMPLE.parent.iterdir() if (p / "lkjip.yaml").is_file())
NUMBERING_OFF = "Numbering definition '0' referenced but not found"


def _auditor() -> str:
    found = shutil.which("openxml-audit", path=str(Path(sys.executable).parent))
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("openxml-audit tidak terpasang di CI; pasang dengan pip install -e '.[dev]'")
    pytest.skip("openxml-audit tidak terpasang (pip install -e '.[dev]')")


def findings(docx: Path) -> list[dict]:
    done = subprocess.run(
        [_auditor(), str(docx), "--output", "json", "--max-errors", "0"],
        capture_output=True,
        timeout=300,
        check=False,
    )
    [report] = json.loads(done.stdout)
    return report["errors"]


def _build(example: Path, out: Path) -> Path:
    from typer.testing import CliRunner

    from lkjip.cli import app

    result = CliRunner().invoke(app, ["build", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _real(errors: list[dict]) -> list[dict]:
    return [e for e in errors if e["description"] != NUMBERING_OFF]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_report_passes_the_schema_check(example, tmp_path):
    real = _real(findings(_build(example, tmp_path / "laporan.docx")))
    assert real == [], real[:5]


def test_the_check_catches_an_element_out_of_order(tmp_path):
    """The checker does see what matters: a paragraph property out of schema order."""
    import zipfile

    source = _build(EXAMPLE, tmp_path / "baik.docx")
    broken = tmp_path / "rusak.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/document.xml":
                # The first paragraph style moves to the end of its pPr (it must come first).
                text = data.decode()
                at = text.index("<w:pStyle")
                style = text[at : text.index("/>", at) + 2]
                end = text.index("</w:pPr>", at)
                text = text[:at] + text[at + len(style) : end] + style + text[end:]
                data = text.encode()
            zout.writestr(item, data)
    assert any(e["type"] == "schema" for e in _real(findings(broken)))
