"""The stages import one way only, and no module imports itself back (see CONTRIBUTING.md).

Every import form counts: `import lkjip.x`, `from lkjip import x`, `from lkjip.x import y`,
relative imports, and imports inside functions or under `TYPE_CHECKING` — a lazy import from a
lower layer to a higher one is still a dependency the wrong way. `ALLOWED` is the table of
CONTRIBUTING.md; a test keeps the two equal.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "lkjip"
CONTRIBUTING = PACKAGE.parent / "CONTRIBUTING.md"

# Leaf modules depend on no stage; the ones that import another leaf say which.
LEAF_IMPORTS: dict[str, set[str]] = {
    "diagnostics": set(),
    "errors": set(),
    "idfmt": set(),
    "terbilang": set(),
    "resources": set(),
    "wordtext": set(),
    "atomic": set(),
    "codes": {"diagnostics"},
    "sourcemap": {"diagnostics"},
}
LEAVES = set(LEAF_IMPORTS)

# Layer → the other layers it may import (its own modules always).
ALLOWED: dict[str, set[str]] = {
    **LEAF_IMPORTS,
    "model": LEAVES,
    "source": LEAVES | {"model"},
    "calc": LEAVES | {"model"},
    "checks": LEAVES | {"model", "calc"},
    "render": LEAVES | {"model", "calc"},
    "excel": LEAVES | {"model", "calc"},
    "pengakuan": LEAVES | {"model"},
    "report": LEAVES | {"calc"},
    "pipeline": LEAVES | {"model", "source", "calc", "checks", "render", "pengakuan"},
    "docx_pages": LEAVES,
    "pdf": LEAVES | {"docx_pages"},
    "_uno_pdf": set(),  # runs under the system Python that has `uno`, without lkjip
    "_pdf_watchdog": set(),  # outlives lkjip to clean up after it: standard library only
    "init": LEAVES | {"model", "source", "pipeline"},
    "docgen": LEAVES | {"model", "source", "calc", "checks", "excel"},
    "batch": LEAVES | {"pipeline", "pdf"},
    "reviu": LEAVES | {"checks"},
    "cli": LEAVES
    | {"lkjip", "source", "checks", "excel", "pipeline", "report", "batch", "init", "pdf", "reviu"},
    "__main__": {"cli"},
    "lkjip": set(),  # the package itself: its version only
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _existing(name: str) -> str:
    """The module a dotted name lives in: `lkjip.calc.results.Hasil` → `lkjip.calc.results`."""
    while name not in MODULES and "." in name:
        name = name.rpartition(".")[0]
    return name


def imports(module: str) -> set[str]:
    """Every lkjip module `module` imports, in any form and anywhere in the file."""
    path = MODULES[module]
    return imports_in(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")


def imports_in(source: str, module: str, is_package: bool) -> set[str]:
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {_existing(a.name) for a in node.names if a.name.split(".")[0] == "lkjip"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            if base.split(".")[0] != "lkjip":
                continue
            for alias in node.names:
                found.add(_existing(f"{base}.{alias.name}"))
    found.discard(module)
    return found


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _edges() -> Iterator[tuple[str, str]]:
    for module in MODULES:
        for target in sorted(imports(module)):
            yield module, target


def test_every_layer_is_in_the_table() -> None:
    assert {layer(m) for m in MODULES} <= set(ALLOWED)


@pytest.mark.parametrize(("module", "target"), list(_edges()), ids=lambda v: v)
def test_import_goes_down(module: str, target: str) -> None:
    source, wanted = layer(module), layer(target)
    if source == wanted:
        return
    assert wanted in ALLOWED[source], f"{module} mengimpor {target} ({source} → {wanted})"


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycle() -> None:
    graph = {module: imports(module) for module in MODULES}
    assert cycles(graph) == []


def test_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_every_import_form_is_seen() -> None:
    """The forms a reader could miss: the package itself, relative, lazy and typing-only."""
    source = """
import lkjip.calc.rumus
from lkjip import codes, __version__
from . import prose
from .registry import rule
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from lkjip.render.markdown import Block

def later():
    from lkjip.pipeline import run
"""
    assert imports_in(source, "lkjip.checks.narasi", is_package=False) == {
        "lkjip.calc.rumus",
        "lkjip.codes",
        "lkjip",
        "lkjip.checks.prose",
        "lkjip.checks.registry",
        "lkjip.render.markdown",
        "lkjip.pipeline",
    }


def markdown_table() -> str:
    """`ALLOWED` as the table in CONTRIBUTING.md."""

    def names(layers: set[str]) -> str:
        rest = sorted(layers - LEAVES) if layers >= LEAVES else sorted(layers)
        shown = ["leaf modules"] if layers >= LEAVES else []
        shown += [f"`{n}`" for n in rest]
        return ", ".join(shown) or "nothing"

    rows = ["| layer | may import from lkjip |", "|---|---|"]
    rows += [f"| `{name}` | {names(ALLOWED[name])} |" for name in ALLOWED]
    return "\n".join(rows)


def test_contributing_shows_the_table() -> None:
    assert markdown_table() in CONTRIBUTING.read_text(encoding="utf-8"), markdown_table()
