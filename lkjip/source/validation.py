"""Pydantic validation errors → diagnostics in the user's words, placed by the source map.

Each `ValidationError.errors()` item gets a stable code by its error type (`lkjip.codes`, LK1xx) and
a message without pydantic's English. Three things need care:

* Union members add tags to `loc` ("decimal", "function-after[_urut(), Rentang]"). They are not
  in the data, so `_clean_loc` drops every part the data does not have; the errors of one union
  are then merged into the single most useful one (`_pick_union`).
* A text field that YAML 1.1 turned into a bool, number or date (`nama: no`) is reported as the
  YAML surprise it is, using the raw scalar recorded by the loader.
* An unknown key points at the key and suggests the nearest valid field name.

A document that fails can still be used for the cross-file checks when a part of it can be
set aside (`salvage_document`): the failing values, or the smallest mapping or list item
holding them, are left out, the rest is validated again, and the source map is renumbered so
the later findings point at the right lines. One run then reports the schema errors of one
file and the cross-file findings of the others; the run fails all the same, on the schema
errors. `SetAside` says what was left out, so the pipeline can drop the findings that only
follow from leaving it out.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar, Union

from pydantic import BaseModel, ValidationError
from pydantic_core import core_schema

from lkjip import codes
from lkjip.diagnostics import Diagnostic, diag, excerpt
from lkjip.sourcemap import Path as DataPath
from lkjip.sourcemap import SourceMap

# pydantic's own error types; any other type was raised by our models with an Indonesian message.
_BUILTIN_TYPES = frozenset(typing.get_args(core_schema.ErrorType))
_KEY_TAG = "[key]"
T = TypeVar("T")


def validate_document(
    model: type[BaseModel], file: str, data: dict[Any, Any], sourcemap: SourceMap
) -> tuple[BaseModel | None, list[Diagnostic]]:
    """Validate one document; the model, or None and the diagnostics saying why."""
    quoted = _quoted_integers(model, file, data, sourcemap)
    try:
        validated = model.model_validate(data)
    except ValidationError as error:
        mapper = _Mapper(model, file, data, sourcemap)
        return None, mapper.map(error.errors(include_url=False)) + quoted
    # pydantic read the quoted integers as numbers: the model is usable for the cross-file
    # checks, and the run fails on the LK105 errors.
    return validated, quoted


# --- using what is valid of a failing document -------------------------------------------------

MAX_SALVAGE_ROUNDS = 12  # each round leaves out one level more; paths are about 8 levels deep
# A document with more errors than this is not salvaged: its cross-file findings would be
# noise next to its own, and a hostile file of 250,000 wrong values would cost each round.
MAX_SALVAGE_ERRORS = 200
_DROPPED = object()


@dataclass(frozen=True)
class SetAside:
    """What `salvage_document` left out of one file: findings located in that file, or naming
    one of `subjects` (the ids and codes of the mappings left out), may only follow from it."""

    file: str
    subjects: frozenset[str]

    def explains(self, finding: Diagnostic) -> bool:
        if finding.location is not None and finding.location.file == self.file:
            return True
        if finding.subject in self.subjects:
            return True
        return any(
            re.search(rf"(?<![\w.]){re.escape(s)}(?![\w])", finding.message) for s in self.subjects
        )


# Keys whose text names a mapping for the rest of the dataset (an indicator, a program).
_NAMING_KEYS = ("id", "kode", "indikator", "program", "sasaran")


def salvage_document(
    model: type[BaseModel], file: str, data: dict[Any, Any], sourcemap: SourceMap
) -> tuple[BaseModel, SetAside] | None:
    """The model of a failing document without its failing parts (see the module docstring),
    with what was set aside; None when nothing usable is left."""
    rescued = _salvage(model, file, data, sourcemap)
    if rescued is None:
        return None
    salvaged, dropped = rescued
    subjects: set[str] = set()
    for path in dropped:
        value = _at(data, path)
        if isinstance(value, dict):
            subjects.update(str(value[k]) for k in _NAMING_KEYS if isinstance(value.get(k), str))
    return salvaged, SetAside(file, frozenset(subjects))


def _at(data: Any, path: DataPath) -> Any:
    for part in path:
        data = _child(data, part)
    return data


def _salvage(
    model: type[BaseModel], file: str, data: dict[Any, Any], sourcemap: SourceMap
) -> tuple[BaseModel, set[DataPath]] | None:
    """The model of `data` without the parts that fail, or None when nothing usable is left.

    Each round validates the document without the parts left out so far, and leaves out the
    place of each error: the failing value first; when that value was required (the next
    round reports it missing), the mapping holding it; and so on up, a list item at a time.
    Leaving out the whole document gives up. Paths are kept in the coordinates of `data`."""
    dropped: set[DataPath] = set()
    for _round in range(MAX_SALVAGE_ROUNDS):
        kept: dict[DataPath, list[int]] = {}  # list path → the original indices kept
        view = _without(data, (), dropped, kept)
        try:
            salvaged = model.model_validate(view)
        except ValidationError as error:
            if error.error_count() > MAX_SALVAGE_ERRORS:
                return None
            places = {_place_of(view, kept, e) for e in error.errors(include_url=False)}
            if () in places or places <= dropped:
                return None
            dropped |= places
            continue
        _renumber(sourcemap, file, dropped, kept)
        return salvaged, dropped
    return None


def _place_of(view: Any, kept: dict[DataPath, list[int]], error: Any) -> DataPath:
    """The original path to leave out for one error: the value, or for a missing field the
    mapping that lacks it."""
    path, _union_at = _clean_loc(view, error["loc"], error["type"])
    if error["type"] == "missing":
        path = path[:-1]
    original: list[str | int] = []
    for part in path:
        indices = kept.get(tuple(original))
        original.append(indices[part] if indices is not None and isinstance(part, int) else part)
    return tuple(original)


def _without(
    value: Any, path: DataPath, dropped: set[DataPath], kept: dict[DataPath, list[int]]
) -> Any:
    """A copy of `value` without the dropped paths; `kept` records which items each list
    kept."""
    if path in dropped:
        return _DROPPED
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            child = _without(item, (*path, key), dropped, kept)
            if child is not _DROPPED:
                out[key] = child
        return out
    if isinstance(value, list):
        items, indices = [], []
        for index, item in enumerate(value):
            child = _without(item, (*path, index), dropped, kept)
            if child is not _DROPPED:
                items.append(child)
                indices.append(index)
        kept[path] = indices
        return items
    return value


def _renumber(
    sourcemap: SourceMap, file: str, dropped: set[DataPath], kept: dict[DataPath, list[int]]
) -> None:
    """Make the source map of `file` describe the salvaged document: entries of left-out
    parts go, list items after a left-out one move up."""
    if not dropped:
        return
    moved = {path: {old: new for new, old in enumerate(indices)} for path, indices in kept.items()}

    def renumbered(path: DataPath) -> DataPath | None:
        out: list[str | int] = []
        original: list[str | int] = []
        for part in path:
            if tuple(original) in dropped:
                return None
            index = moved.get(tuple(original))
            new_part: str | int = part
            if index is not None and isinstance(part, int):
                if part not in index:
                    return None
                new_part = index[part]
            original.append(part)
            out.append(new_part)
        return None if tuple(original) in dropped else tuple(out)

    def table(entries: dict[DataPath, T]) -> dict[DataPath, T]:
        return {new: v for old, v in entries.items() if (new := renumbered(old)) is not None}

    if file in sourcemap.values:
        sourcemap.values[file] = table(sourcemap.values[file])
    if file in sourcemap.keys:
        sourcemap.keys[file] = table(sourcemap.keys[file])
    if file in sourcemap.scalars:
        sourcemap.scalars[file] = table(sourcemap.scalars[file])
    refused = sourcemap.refused.get(file)
    if refused:
        sourcemap.refused[file] = {new for old in refused if (new := renumbered(old)) is not None}


# --- integers typed as text ------------------------------------------------------------------


def _integer_text(value: str) -> bool:
    """Whether pydantic would read `value` as an integer: ASCII digits, a sign, spaces around
    (str methods: a pattern with a space run on each side backtracks on a long run)."""
    bare = value.strip()
    if bare[:1] in ("+", "-"):
        bare = bare[1:]
    return bare.isascii() and bare.isdigit()


def _quoted_integers(
    model: type[BaseModel], file: str, data: dict[Any, Any], sourcemap: SourceMap
) -> list[Diagnostic]:
    """LK105 for every integer written as text (`tahun: "2023"`, `target: {"2022": 80}`).
    pydantic would read them as numbers; lkjip refuses numbers typed as text everywhere (a
    money `"1.103.336.776"` is LK105 too), and the JSON Schema refuses them the same way."""
    found: list[Diagnostic] = []
    for path, text, on_key in _integer_texts(model, data, ()):
        if sourcemap.is_refused(file, path):
            continue
        label = _label(data, path) if not on_key else f"kunci {excerpt(text)}"
        shown = excerpt(text.strip().lstrip("+"))
        message = f'angka ditulis sebagai teks "{excerpt(text)}"; tulis {shown} tanpa tanda kutip'
        where = sourcemap.locate(file, path, key=on_key)
        found.append(diag(codes.ANGKA_SEBAGAI_TEKS, f"{label}: {message}", where))
    return found


def _integer_texts(
    annotation: Any, value: Any, path: DataPath
) -> Iterable[tuple[DataPath, str, bool]]:
    """(path, text, whether it is a mapping key) of the texts in `value` where `annotation`
    expects an integer; each place once, whichever union member leads there."""
    seen: set[tuple[DataPath, bool]] = set()
    for place in _walk_integers(annotation, value, path):
        if (place[0], place[2]) not in seen:
            seen.add((place[0], place[2]))
            yield place


def _walk_integers(
    annotation: Any, value: Any, path: DataPath
) -> Iterable[tuple[DataPath, str, bool]]:
    if isinstance(value, str):  # a leaf: most values are, so they are settled first
        if _integer_text(value) and int in _expand(annotation):
            yield path, value, False
        return
    if not isinstance(value, (dict, list)):
        return  # numbers, booleans, dates: never text typed for an integer
    for concrete in _expand(annotation):
        origin = typing.get_origin(concrete)
        if isinstance(concrete, type) and issubclass(concrete, BaseModel):
            if isinstance(value, dict):
                for name, field in concrete.model_fields.items():
                    if name in value:
                        yield from _walk_integers(field.annotation, value[name], (*path, name))
        elif origin is list and isinstance(value, list):
            (item,) = typing.get_args(concrete)
            for index, member in enumerate(value):
                yield from _walk_integers(item, member, (*path, index))
        elif origin is dict and isinstance(value, dict):
            key_type, value_type = typing.get_args(concrete)
            keys_are_integers = int in _expand(key_type)
            for key, member in value.items():
                if keys_are_integers and isinstance(key, str) and _integer_text(key):
                    yield (*path, key), key, True
                yield from _walk_integers(value_type, member, (*path, key))


class _Mapper:
    """Maps the errors of one document; holds what every error needs to be placed."""

    def __init__(
        self, model: type[BaseModel], file: str, data: dict[Any, Any], sourcemap: SourceMap
    ) -> None:
        self.model, self.file, self.data, self.sourcemap = model, file, data, sourcemap

    def map(self, errors: Iterable[Any]) -> list[Diagnostic]:
        groups: dict[DataPath, list[tuple[DataPath, Any]]] = {}
        singles: list[tuple[DataPath, Any]] = []
        for error in errors:
            path, union_at = _clean_loc(self.data, error["loc"], error["type"])
            if self.sourcemap.is_refused(self.file, path):
                continue  # the loader refused this value and said why
            if union_at is None:
                singles.append((path, error))
            else:
                groups.setdefault(path[:union_at], []).append((path, error))
        picked = singles + [p for group in groups.values() for p in _pick_union(group)]
        return [self._diagnostic(path, error) for path, error in picked]

    # --- one error ---------------------------------------------------------------------------

    def _diagnostic(self, path: DataPath, error: Any) -> Diagnostic:
        kind, loc = error["type"], tuple(error["loc"])
        on_key = bool(loc) and loc[-1] == _KEY_TAG
        key = on_key or kind in ("extra_forbidden", "invalid_key")
        where = self.sourcemap.locate(self.file, path, key=key)
        if kind == "missing":
            # Placed at the mapping that lacks the field, so the message names both.
            inside = _label(self.data, path[:-1])
            message = f"kolom wajib '{excerpt(path[-1])}' belum ditulis"
            message += f" di {inside}" if inside else ""
            return diag(codes.KOLOM_WAJIB, message, where)
        label = _label(self.data, path)
        code, message, hint = self._describe(kind, path, error)
        return diag(code, f"{label}: {message}" if label else message, where, hint=hint)

    def _describe(self, kind: str, path: DataPath, error: Any) -> tuple[str, str, str | None]:
        value, ctx = error.get("input"), error.get("ctx") or {}
        if kind == "extra_forbidden":
            return codes.KUNCI_TAK_DIKENAL, "kunci tidak dikenal", self._suggest_field(path)
        if kind == "invalid_key":
            # A number as a field name (`1: x` where names are expected): YAML kept it a number.
            message = "kunci tidak dikenal (nama kolom berupa teks, bukan angka)"
            return codes.KUNCI_TAK_DIKENAL, message, self._suggest_field(path)
        if value is None or kind == "string_too_short":
            return codes.KOLOM_WAJIB, "kolom wajib ini kosong", None
        if kind == "teks":
            return self._text_expected(path, value)
        if kind in ("enum", "literal_error"):
            return _enum(value, ctx)
        if kind == "angka_teks":
            return codes.ANGKA_SEBAGAI_TEKS, error["msg"], None
        return _by_kind(kind, value, ctx, error["msg"])

    def _text_expected(self, path: DataPath, value: Any) -> tuple[str, str, str | None]:
        """A text field got something else; say which YAML 1.1 rule did it, when one did."""
        raw = self.sourcemap.scalar(self.file, path)
        if raw is not None and raw.plain:
            text = excerpt(raw.text)
            quoted = f'tulis "{text}" dengan tanda kutip'
            if isinstance(value, bool):
                read = "true" if value else "false"
                message = f"YAML membaca {text} sebagai boolean {read}; {quoted}"
                return codes.YAML11_BOOLEAN, message, None
            if isinstance(value, (int, Decimal)):
                message = f"YAML membaca {text} sebagai angka {excerpt(value)}; {quoted}"
                return codes.YAML11_ANGKA, message, None
            if isinstance(value, dt.date):
                message = f"YAML membaca {text} sebagai tanggal; {quoted}"
                return codes.YAML11_TANGGAL, message, None
        return codes.TIPE_SALAH, f"harus berupa teks, bukan {_what(value)}", None

    def _suggest_field(self, path: DataPath) -> str | None:
        fields = _fields_at(self.model, path[:-1])
        if not fields:
            return None
        close = difflib.get_close_matches(str(path[-1]), fields, n=1, cutoff=0.6)
        if close:
            return f"maksud Anda '{close[0]}'?"
        return "kunci yang dikenal di sini: " + ", ".join(fields)


# --- loc cleaning and union merging --------------------------------------------------------------


def _clean_loc(data: Any, loc: Iterable[Any], kind: str) -> tuple[DataPath, int | None]:
    """Keep the parts of `loc` that exist in the data; return the path and, when a union tag
    was dropped, the path length at which the union sits (to group its members' errors)."""
    parts = list(loc)
    path: list[str | int] = []
    union_at: int | None = None
    current = data
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif last and kind == "missing" and isinstance(part, str):
            pass  # the missing field itself: not in the data, by definition
        elif part == _KEY_TAG:
            continue
        else:
            if union_at is None:
                union_at = len(path)
            continue
        path.append(part)
    return tuple(path), union_at


# Which member error of a union explains the problem best, when none went deeper than the union.
_UNION_PRIORITY = (
    "angka_teks",
    "angka_tak_hingga",
    "angka_terlalu_besar",
    "angka_terlalu_panjang",
    "value_error",
    "teks",
    "angka",
    "enum",
)


def _pick_union(group: list[tuple[DataPath, Any]]) -> list[tuple[DataPath, Any]]:
    """One union's member errors → the errors worth showing.

    If some member (a model such as Rentang) accepted the shape and failed inside, its errors
    are the real ones. Otherwise show one error, the most specific.
    """
    depth = min(len(path) for path, _ in group)
    inner = [(p, e) for p, e in group if len(p) > depth]
    if inner:
        return inner
    custom = [(p, e) for p, e in group if e["type"] not in _BUILTIN_TYPES]
    for kind in _UNION_PRIORITY:
        for path, error in custom + group:
            if error["type"] == kind:
                return [(path, error)]
    path, first = group[0]
    merged = dict(first, type="union_type", ctx={"expected": _union_expected(group)})
    return [(path, merged)]


def _union_expected(group: list[tuple[DataPath, Any]]) -> str:
    words: list[str] = []
    for _, error in group:
        word = _expected_word(error["type"])
        if word and word not in words:
            words.append(word)
    if len(words) < 2:
        return words[0] if words else "bentuk lain"
    return ", ".join(words[:-1]) + " atau " + words[-1]


# --- messages ------------------------------------------------------------------------------------

_EXPECTED = {
    "int": "bilangan bulat",
    "bool": "true atau false",
    "date": "tanggal (TTTT-BB-HH)",
    "datetime": "tanggal (TTTT-BB-HH)",
    "decimal": "angka",
    "float": "angka",
    "finite": "angka",
    "string": "teks",
    "list": "daftar",
    "dict": "pemetaan (kunci: nilai)",
    "model": "pemetaan (kunci: nilai)",
}


def _expected_word(kind: str) -> str | None:
    return _EXPECTED.get(kind.split("_")[0])


def _what(value: Any) -> str:
    """The value as the user would recognise it: 'daftar', 'teks "abc"', 'boolean true'."""
    if isinstance(value, bool):
        return "boolean " + ("true" if value else "false")
    if isinstance(value, (int, Decimal)):
        return f"angka {excerpt(value)}"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"tanggal {value.isoformat()}"
    if isinstance(value, str):
        return f'teks "{excerpt(value)}"'
    if isinstance(value, list):
        return "daftar"
    if isinstance(value, dict):
        return "pemetaan"
    return "nilai kosong" if value is None else type(value).__name__


def _enum(value: Any, ctx: dict[str, Any]) -> tuple[str, str, str | None]:
    allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
    message = f"nilai {_what(value)} tidak dikenal; pilihan: {', '.join(allowed)}"
    close = difflib.get_close_matches(excerpt(value), allowed, n=1, cutoff=0.6)
    return codes.PILIHAN_TAK_DIKENAL, message, f"maksud Anda '{close[0]}'?" if close else None


_BOUNDS = {
    "gt": "harus lebih dari {}",
    "ge": "paling kecil {}",
    "lt": "harus kurang dari {}",
    "le": "paling besar {}",
}


def _by_kind(kind: str, value: Any, ctx: dict[str, Any], msg: str) -> tuple[str, str, str | None]:
    """Everything that is neither missing, unknown, an enum nor text: by pydantic's type."""
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = next(_BOUNDS[k].format(ctx[k]) for k in _BOUNDS if k in ctx)
        return codes.DI_LUAR_RENTANG, f"nilai {excerpt(value)} di luar batas; {bound}", None
    kinds = ("rupiah_negatif", "rupiah_sen", "angka_tak_hingga", "angka_terlalu_besar")
    if kind in (*kinds, "angka_terlalu_panjang"):
        return codes.DI_LUAR_RENTANG, msg, None
    if kind in ("too_short", "too_long"):
        return codes.JUMLAH_BUTIR, _count(kind, ctx), None
    if kind in ("string_pattern_mismatch", "string_too_long"):
        return codes.FORMAT_TEKS, _text_format(kind, value, ctx), None
    if kind in ("value_error", "assertion_error"):
        text = re.sub(r"^(Value error|Assertion failed), ", "", msg)
        return codes.NILAI_TAK_SAH, text, None
    if kind == "union_type":
        return codes.TIPE_SALAH, f"harus berupa {ctx['expected']}, bukan {_what(value)}", None
    if kind == "int_from_float":
        return codes.TIPE_SALAH, f"harus bilangan bulat, bukan {_what(value)}", None
    if kind == "date_from_datetime_inexact":
        return codes.TIPE_SALAH, "harus tanggal saja, tanpa jam", None
    if kind not in _BUILTIN_TYPES:
        # Raised by our own models (PydanticCustomError), so the message is already Indonesian.
        return (codes.TIPE_SALAH if kind == "angka" else codes.NILAI_TAK_SAH), msg, None
    expected = _expected_word(kind)
    if expected:
        return codes.TIPE_SALAH, f"harus berupa {expected}, bukan {_what(value)}", None
    # No model field yields another kind today; should one appear, it is still a bad value.
    return codes.NILAI_TAK_SAH, f"nilai {_what(value)} tidak sah (jenis galat: {kind})", None


def _count(kind: str, ctx: dict[str, Any]) -> str:
    actual = ctx.get("actual_length")
    if kind == "too_short":
        return f"harus berisi paling sedikit {ctx.get('min_length')} butir, ada {actual}"
    return f"harus berisi paling banyak {ctx.get('max_length')} butir, ada {actual}"


def _text_format(kind: str, value: Any, ctx: dict[str, Any]) -> str:
    if kind == "string_too_long":
        return f"teks terlalu panjang (paling banyak {ctx.get('max_length')} karakter)"
    return (
        f"pengenal {_what(value)} tidak sah: harus diawali huruf dan hanya berisi huruf, "
        "angka, titik, garis bawah atau tanda hubung, tanpa spasi"
    )


def _label(data: Any, path: DataPath) -> str:
    """How the message names the place: 'polaritas', 'target tahun 2022', 'misi butir ke-2'."""
    if not path:
        return ""
    parent_value: Any = data
    for part in path[:-1]:
        parent_value = _child(parent_value, part)
    last = path[-1]
    parent = next((p for p in reversed(path[:-1]) if isinstance(p, str)), None)
    if parent is not None:
        parent = excerpt(parent)
    if isinstance(parent_value, list) and isinstance(last, int):
        return f"{parent or 'daftar'} butir ke-{last + 1}"
    if isinstance(last, int):
        return f"{parent} {last}" if parent else str(last)
    return excerpt(last)


def _child(value: Any, part: str | int) -> Any:
    if isinstance(value, dict):
        return value.get(part)
    if isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
        return value[part]
    return None


# --- the model's shape, for suggestions ----------------------------------------------------------


def _fields_at(model: type[BaseModel], path: DataPath) -> list[str]:
    """Field names of the model found at `path` (through lists, dicts, Optional, unions)."""
    candidates: list[Any] = [model]
    for part in path:
        following: list[Any] = []
        for candidate in candidates:
            following.extend(_step(candidate, part))
        candidates = following
    for candidate in candidates:
        for concrete in _expand(candidate):
            if isinstance(concrete, type) and issubclass(concrete, BaseModel):
                return list(concrete.model_fields)
    return []


def _step(annotation: Any, part: str | int) -> list[Any]:
    found: list[Any] = []
    for concrete in _expand(annotation):
        origin = typing.get_origin(concrete)
        if isinstance(concrete, type) and issubclass(concrete, BaseModel):
            field = concrete.model_fields.get(str(part))
            if field is not None and isinstance(part, str):
                found.append(field.annotation)
        elif origin is list and isinstance(part, int):
            found.append(typing.get_args(concrete)[0])
        elif origin is dict:
            found.append(typing.get_args(concrete)[1])
    return found


def _expand(annotation: Any) -> list[Any]:
    """Unwrap Annotated and unions into the concrete types a value may have."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _expand(typing.get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return [t for arg in typing.get_args(annotation) for t in _expand(arg)]
    return [annotation]
