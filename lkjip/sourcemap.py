"""Where each value came from: (file, path) → line and column, 1-based.

A path is a tuple of mapping keys and sequence indexes, the same shape as pydantic's error
`loc`: ("indikator", 0, "target", 2022). Locating a path that has no entry of its own (a
missing field) falls back to its nearest ancestor, so "missing required field" points at the
mapping that lacks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lkjip.diagnostics import Location, excerpt

Path = tuple[str | int, ...]


def format_path(path: Path) -> str:
    """("indikator", 0, "target", 2022) → "$.indikator[0].target.2022".

    A key is shown as an excerpt: a key of the data may be megabytes long.
    """
    out = "$"
    for part in path:
        if isinstance(part, int) and not _is_year_key(part):
            out += f"[{part}]"
        else:
            out += f".{excerpt(part)}"
    return out


def _is_year_key(part: int) -> bool:
    # Year-keyed mappings (target: {2022: 87}) read better as ".2022" than "[2022]".
    return part >= 1000


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class RawScalar:
    """A scalar as written: its text and YAML style (None = plain, '"', "'", '|', '>').

    Kept so the schema stage can tell `nama: no` (YAML 1.1 turned the word into False) from
    `aktif: false`, and say so in the diagnostic.
    """

    text: str
    style: str | None

    @property
    def plain(self) -> bool:
        return self.style is None


# A position is kept as one int, line << 32 | column: a large dataset records hundreds of
# thousands of them, and an int costs a fraction of an object with two fields.
_COLUMN_BITS = 32


def _pack(line: int, col: int) -> int:
    return line << _COLUMN_BITS | col


def _unpack(packed: int) -> Position:
    return Position(packed >> _COLUMN_BITS, packed & ((1 << _COLUMN_BITS) - 1))


@dataclass
class SourceMap:
    """Positions of keys and values per file. Keys are recorded separately from values so a
    diagnostic about a key (unknown field, duplicate) can point at the key itself."""

    values: dict[str, dict[Path, int]] = field(default_factory=dict)
    keys: dict[str, dict[Path, int]] = field(default_factory=dict)
    scalars: dict[str, dict[Path, RawScalar]] = field(default_factory=dict)
    # Values the loader refused and already reported (a hex number, `!!bool abc`): the schema
    # stage says nothing more about them.
    refused: dict[str, set[Path]] = field(default_factory=dict)

    def add_value(self, file: str, path: Path, line: int, col: int) -> None:
        self.values.setdefault(file, {})[path] = _pack(line, col)

    def add_key(self, file: str, path: Path, line: int, col: int) -> None:
        self.keys.setdefault(file, {})[path] = _pack(line, col)

    def add_scalar(self, file: str, path: Path, text: str, style: str | None) -> None:
        self.scalars.setdefault(file, {})[path] = RawScalar(text, style)

    def refuse(self, file: str, path: Path) -> None:
        self.refused.setdefault(file, set()).add(path)

    def is_refused(self, file: str, path: Path) -> bool:
        return tuple(path) in self.refused.get(file, ())

    def scalar(self, file: str, path: Path) -> RawScalar | None:
        """The scalar written at exactly `path`, or None (a mapping, a list, or nothing)."""
        return self.scalars.get(file, {}).get(tuple(path))

    def position(self, file: str, path: Path, *, key: bool = False) -> Position | None:
        """Where exactly `path` (its key, with key=True) was written, or None."""
        packed = (self.keys if key else self.values).get(file, {}).get(tuple(path))
        return None if packed is None else _unpack(packed)

    def locate(self, file: str, path: Path = (), *, key: bool = False) -> Location:
        """The location of `path` in `file`, or of its nearest recorded ancestor."""
        probe = tuple(path)
        while True:
            for as_key in (key, not key):
                pos = self.position(file, probe, key=as_key)
                if pos is not None:
                    return Location(file, pos.line, pos.col, format_path(tuple(path)))
            if not probe:
                return Location(file, 1, 1, format_path(tuple(path)))
            probe = probe[:-1]
