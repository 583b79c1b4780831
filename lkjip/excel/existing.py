"""The anggaran.yaml an import keeps data from (`--dataset`, `--out`): read safely, indexed by
code, with the line of each code and its `$schema` line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from lkjip import codes
from lkjip.diagnostics import Diagnostic, Location, diag
from lkjip.excel.workbook import megabytes

MAX_EXISTING_BYTES = 8 * 1024 * 1024  # the anggaran.yaml kept from: the loader's limit (LK011)
_SCHEMA_LINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)")


def read_existing(path: Path) -> tuple[dict[str, Any] | None, list[Diagnostic]]:
    """The existing anggaran.yaml as plain data (None with a diagnostic when unreadable)."""
    try:
        size = path.stat().st_size
        if size > MAX_EXISTING_BYTES:
            return None, [
                diag(
                    codes.EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA,
                    f"{path.name} berukuran {megabytes(size)}, lebih dari "
                    f"{megabytes(MAX_EXISTING_BYTES)}",
                    Location(path.name),
                )
            ]
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except FileNotFoundError:
        return None, []
    except RecursionError:
        return None, [
            diag(
                codes.EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA,
                f"{path.name} bersarang terlalu dalam",
                Location(path.name),
            )
        ]
    except (OSError, UnicodeDecodeError) as error:
        return None, [
            diag(
                codes.EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA,
                f"{path.name} tidak dapat dibaca: {error}",
                Location(path.name),
            )
        ]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        loc = Location(path.name, mark.line + 1, mark.column + 1) if mark else Location(path.name)
        return None, [
            diag(
                codes.EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA,
                f"{path.name} bukan YAML yang sah: {error}",
                loc,
            )
        ]
    if not isinstance(data, dict):
        return None, [
            diag(
                codes.EXCEL_ANGGARAN_LAMA_TIDAK_TERBACA,
                f"{path.name} tidak berisi pemetaan (kunci: nilai)",
                Location(path.name),
            )
        ]
    return data, []


def existing_schema_ref(path: Path | None) -> str | None:
    """The `$schema` of the existing file's first line, to keep it on rewrite."""
    if path is None or not path.is_file():
        return None
    try:
        with path.open(encoding="utf-8") as handle:
            first = handle.readline(1000).rstrip("\n")
    except (OSError, UnicodeDecodeError):
        return None
    found = _SCHEMA_LINE.match(first)
    return found.group(1) if found else None


def lines_of_codes(path: Path) -> dict[str, int]:
    """The first line of each `kode:` in the file, read once (not once per code)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        text = line.strip().removeprefix("-").strip()
        if text.startswith("kode:"):
            value = text[len("kode:") :].split("#", 1)[0].strip().strip("'\"")
            found.setdefault(value, number)
    return found


def index_existing(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every program, kegiatan and sub kegiatan of the existing data by code."""
    found: dict[str, dict[str, Any]] = {}

    seen: set[int] = set()  # YAML aliases repeat one dict: walk it once

    def walk(items: Any, child_key: str | None, grandchild: str | None) -> None:
        if not isinstance(items, list) or id(items) in seen:
            return
        seen.add(id(items))
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("kode"), str):
                if id(item) in seen:
                    continue
                seen.add(id(item))
                found.setdefault(item["kode"], item)
                if child_key:
                    walk(item.get(child_key), grandchild, None)

    walk(data.get("program"), "kegiatan", "sub_kegiatan")
    return found
