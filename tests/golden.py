"""`make golden`: rebuild every example (or the ones named) and rewrite its golden text
projection.

Review the diff of examples/*/expected/laporan.txt before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from lkjip.cli import app
from lkjip.render.projection import project_docx


def regenerate(example: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "laporan.docx"
        result = CliRunner().invoke(app, ["build", str(example), "--out", str(out)])
        if result.exit_code != 0:
            sys.exit(result.output)
        golden = example / "expected" / "laporan.txt"
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(project_docx(out), encoding="utf-8")
    return golden


if __name__ == "__main__":
    examples = Path(__file__).resolve().parents[1] / "examples"
    targets = [Path(a) for a in sys.argv[1:]] or sorted(
        p.parent for p in examples.glob("*/lkjip.yaml")
    )
    for target in targets:
        print(f"golden ditulis: {regenerate(target)}")
