"""Where each value came from: (file, path) → line and column, 1-based.

A path is a tuple of mapping keys and sequence indexes, the same shape as pydantic's error
`loc`: ("indikator", 0, "target", 2022). Locating a path that has no entry of its own (a
missing field) falls back to its nearest ancestor, so "missing required field" points at the
mapping that lacks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lkjip.diagnostics import Location

Path = tuple[str | int, ...]


def format_path(path: Path) -> str:
    """("indikator", 0, "target", 2022) → "$.indikator[0].target.2022"."""
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) and not _is_year_key(part) else f".{part}"
    return out


def _is_year_key(part: int) -> bool:
    # Year-keyed mappings (target: {2022: 87}) read better as ".2022" than "[2022]".
    return part >= 1000


@dataclass(frozen=True)
class Position:
    line: int
    col: int


@dataclass(frozen=True)
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


@dataclass
class SourceMap:
    """Positions of keys and values per file. Keys are recorded separately from values so a
    diagnostic about a key (unknown field, duplicate) can point at the key itself."""

    values: dict[tuple[str, Path], Position] = field(default_factory=dict)
    keys: dict[tuple[str, Path], Position] = field(default_factory=dict)
    scalars: dict[tuple[str, Path], RawScalar] = field(default_factory=dict)

    def add_value(self, file: str, path: Path, line: int, col: int) -> None:
        self.values[(file, path)] = Position(line, col)

    def add_key(self, file: str, path: Path, line: int, col: int) -> None:
        self.keys[(file, path)] = Position(line, col)

    def add_scalar(self, file: str, path: Path, text: str, style: str | None) -> None:
        self.scalars[(file, path)] = RawScalar(text, style)

    def scalar(self, file: str, path: Path) -> RawScalar | None:
        """The scalar written at exactly `path`, or None (a mapping, a list, or nothing)."""
        return self.scalars.get((file, tuple(path)))

    def locate(self, file: str, path: Path = (), *, key: bool = False) -> Location:
        """The location of `path` in `file`, or of its nearest recorded ancestor."""
        probe = tuple(path)
        while True:
            table = (self.keys, self.values) if key else (self.values, self.keys)
            for positions in table:
                pos = positions.get((file, probe))
                if pos is not None:
                    return Location(file, pos.line, pos.col, format_path(tuple(path)))
            if not probe:
                return Location(file, 1, 1, format_path(tuple(path)))
            probe = probe[:-1]
