"""The stages import one way only (see CONTRIBUTING.md)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "lkjip"
LEAVES = {"diagnostics", "idfmt", "terbilang", "resources", "codes", "errors", "atomic"}
ALLOWED = {
    "source": LEAVES | {"source", "model"},  # the loader knows which documents exist
    "model": LEAVES | {"model", "source"},
    "calc": LEAVES | {"calc", "model", "source"},
    "checks": LEAVES | {"checks", "calc", "model", "source"},
    "render": LEAVES | {"render", "calc", "model", "source"},
    "excel": LEAVES | {"excel", "calc", "model", "source"},
}


def _lkjip_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lkjip."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "lkjip":
            found.update(alias.name for alias in node.names)  # from lkjip import idfmt
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("lkjip."):
                    found.add(alias.name.split(".")[1])
    return found


def _modules():
    for stage in ALLOWED:
        folder = PACKAGE / stage
        if folder.is_dir():
            for path in sorted(folder.rglob("*.py")):
                yield stage, path


@pytest.mark.parametrize(("stage", "path"), list(_modules()), ids=lambda v: str(v))
def test_stage_imports_only_what_it_may(stage, path):
    forbidden = _lkjip_imports(path) - ALLOWED[stage]
    assert not forbidden, f"{path.relative_to(PACKAGE)} imports {sorted(forbidden)}"


@pytest.mark.parametrize("leaf", sorted(LEAVES))
def test_leaf_modules_import_no_stage(leaf):
    path = PACKAGE / f"{leaf}.py"
    if path.exists():
        allowed = {"diagnostics"} if leaf == "codes" else set()
        assert _lkjip_imports(path) <= allowed, f"{leaf}.py must not import other lkjip modules"
