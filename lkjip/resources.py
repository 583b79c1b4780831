"""Where the files shipped with lkjip live: templates, reference data, the JSON Schema.

In a wheel they are packaged inside `lkjip/_templates`, `lkjip/_data`, `lkjip/_schema`
(see pyproject's force-include); in a source checkout they are the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

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
