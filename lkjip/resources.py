"""Where the files shipped with lkjip live: templates, reference data, the JSON Schema.

In a wheel they are packaged inside `lkjip/_templates`, `lkjip/_data`, `lkjip/_schema`
(see pyproject's force-include); in a source checkout they are the top-level folders.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _pick(packaged: str, checkout: str) -> Path:
    inside = _PACKAGE / packaged
    return inside if inside.is_dir() else _CHECKOUT / checkout


def templates_dir() -> Path:
    return _pick("_templates", "templates")


def data_dir() -> Path:
    return _pick("_data", "data")


def schema_dir() -> Path:
    return _pick("_schema", "schema")


@functools.cache
def reference_data(name: str) -> Any:
    """A reference table of `data/` (scales, nomenclature, pangkat), parsed once per process:
    these files ship with lkjip and never change while it runs. libyaml parses them when it
    is available (the pure-Python parser took a tenth of `lkjip validate`)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with (data_dir() / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
