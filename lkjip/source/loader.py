"""Read a dataset folder: every YAML document with a source map, and the Markdown prose.

YAML is parsed with PyYAML's safe composer into *nodes*, and the nodes are turned into plain
Python values here rather than by PyYAML's constructor, because only the nodes know where each
value was written. While walking them we record the position of every key and value, the raw
text of every scalar (for the YAML 1.1 diagnostics of the schema stage), refuse duplicate keys,
and build floats as exact `Decimal`s from their text.

Nothing here raises for bad user data: each problem becomes a diagnostic and the loader moves on
to the next file, so one run reports everything.
"""

from __future__ import annotations

import itertools
import re
import stat
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from lkjip import codes
from lkjip.diagnostics import Diagnostic, Location, diag, excerpt
from lkjip.errors import os_reason
from lkjip.model import DOCUMENTS, REQUIRED_DOCUMENTS, Narasi
from lkjip.sourcemap import Path as DataPath
from lkjip.sourcemap import SourceMap, format_path
from lkjip.wordtext import xml_unsafe

NARASI_DIR = "narasi"

_TAG = "tag:yaml.org,2002:"
_MAP, _SEQ = _TAG + "map", _TAG + "seq"
_STR, _INT, _FLOAT = _TAG + "str", _TAG + "int", _TAG + "float"
_BOOL, _NULL, _TIMESTAMP = _TAG + "bool", _TAG + "null", _TAG + "timestamp"
_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP}

# Numbers: YAML 1.1 also reads integers in base 16, 8, 2 and 60 (0x1F, 010, 0b11, 1:30), a base
# the writer rarely means and a way to make a short text into a huge number; lkjip refuses them
# (LK013, LK008, LK009) and keeps only decimal numbers, bounded before they become an int or a
# Decimal (LK014): converting a number of a million digits is quadratic, and a Decimal with an
# exponent of a million expands into a million characters when displayed.
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE]([-+]?[0-9]+))?")
MAX_NUMBER_CHARS = 100  # a number as written, sign, point and exponent included, "_" not
MAX_EXPONENT = 1000
# The text a scalar of each YAML 1.1 tag must match; an explicit tag (`!!bool abc`) whose text
# does not is refused (LK010) rather than constructed.
_TAG_PATTERNS = {
    tag: pattern
    for resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.values()
    for tag, pattern in resolvers
}

# Bounds on hostile or broken input. Real datasets nest about eight levels deep and use few
# aliases; deeper nesting would exhaust Python's stack, and aliases that refer to aliases
# ("billion laughs") would expand exponentially. Beyond the bounds the loader reports LK010.
MAX_DEPTH = 64
ALIAS_BUDGET = 100_000  # values built through aliases beyond those written in the file
# Aliases are budgeted in characters too (LK011): one long text referenced thousands of times
# is a small file that expands into gigabytes. Without aliases the scalars of a file hold at
# most as many characters as the file; aliases may add this many.
ALIAS_CHARS = 1024 * 1024
# Findings of one code in one file: a file of 250,000 refused values would otherwise make a
# report of a hundred megabytes. The values are refused all the same, and the document with them.
MAX_FINDINGS_PER_CODE = 50

# Size bounds (LK011), the bytes checked before parsing. The example dataset is 40 kB in all;
# the largest file of a generated dataset sixteen times a large dinas (bench/, 9,600 sub
# kegiatan) is 1.9 MB with 112,000 nodes. A file built to be slow within these bounds — every
# one of 250,000 nodes part of a wrong value — is loaded, validated and reported in about
# four seconds and under 300 MB here (docs/security.md).
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_VALUES = 250_000  # nodes: keys and values, as composed
# Narrative files are prose of a few kB (the example's largest is 5 kB, all 43 kB); the
# narrative rules look at every number typed in them, so their size is bounded too.
MAX_NARASI_BYTES = 256 * 1024
MAX_NARASI_TOTAL_BYTES = 2 * 1024 * 1024
# Folder size (LK015). The example has 23 narrative files; a generated dataset sixteen times a
# large dinas has about 650. Each narrative file is read and checked, so their number is
# bounded, and so is every entry walked (files of other kinds, folders), in `narasi/` and in
# the dataset folder itself, before anything is read or sorted.
MAX_NARASI_FILES = 2_000
MAX_ENTRIES = 10_000


class Refused:
    """A scalar the loader refused and reported (`0x5F`, `!!bool abc`): it stands in the data
    where the value was, and no type of the schema accepts it, so the document is not used
    and nothing reads it as a number or a text."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = excerpt(text)

    def __repr__(self) -> str:
        return f"Refused({self.text!r})"


class _TooDeep(Exception):
    """Raised by the composer when a document nests deeper than MAX_DEPTH."""

    def __init__(self, mark: yaml.Mark | None) -> None:
        super().__init__("too deep")
        self.mark = mark


class _TooMany(Exception):
    """Raised by the composer when a document holds more than MAX_VALUES nodes (keys and values)."""

    def __init__(self, mark: yaml.Mark | None) -> None:
        super().__init__("too many values")
        self.mark = mark


# libyaml's scanner and parser (C) are an order of magnitude faster than PyYAML's Python ones,
# which dominate loading a large dataset. The composer stays PyYAML's Python one so that the
# depth limit below applies node by node; positions come from the events' marks either way.
_Events: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)
if _Events is None:  # PyYAML built without libyaml: its pure-Python reader, scanner and parser

    class _Events(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)


class _Loader(
    yaml.composer.Composer, _Events, yaml.constructor.SafeConstructor, yaml.resolver.Resolver
):
    """PyYAML's safe composer over fast events, counting the nodes it composes and refusing
    deep nesting before its recursive composer runs out of stack, and more than MAX_VALUES
    nodes."""

    def __init__(self, stream: str) -> None:
        _Events.__init__(self, stream)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self.depth = 0
        self.composed = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self.depth += 1
        self.composed += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _TooDeep(self.peek_event().start_mark)
            if self.composed > MAX_VALUES:
                raise _TooMany(self.peek_event().start_mark)
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self.depth -= 1

    def compose_scalar_node(self, anchor: Any) -> ScalarNode:
        node: ScalarNode = super().compose_scalar_node(anchor)
        node.style = node.style or None  # libyaml says "" for a plain scalar, PyYAML None
        return node


@dataclass
class LoadedDataset:
    """Raw documents (plain dicts, lists, str, int, Decimal, bool, date, None) and prose.

    `documents` holds only files that parsed to a mapping; a file that failed to load is absent,
    and its diagnostics say why.
    """

    root: Path
    documents: dict[str, dict[str | int, Any]] = field(default_factory=dict)
    narasi: dict[str, Narasi] = field(default_factory=dict)
    sourcemap: SourceMap = field(default_factory=SourceMap)


def load_dataset(root: Path) -> tuple[LoadedDataset, list[Diagnostic]]:
    """Load every known YAML document and `narasi/**/*.md` under `root`.

    `root` must be an existing, listable directory (the pipeline checks that first, because a
    missing folder means lkjip could not run at all rather than that the data is wrong).
    """
    dataset = LoadedDataset(root=root)
    diagnostics: list[Diagnostic] = []
    entries = list(itertools.islice(root.iterdir(), MAX_ENTRIES + 1))
    if len(entries) > MAX_ENTRIES:
        diagnostics.append(_too_many_entries(".", f"lebih dari {MAX_ENTRIES:,} isi"))
        entries = []  # the documents are still looked up by name below; nothing else is listed
    present = {p.name for p in entries} | {n for n in DOCUMENTS if _exists(root / n)}
    diagnostics.extend(_unknown_yaml_files(entries))
    for name in DOCUMENTS:
        if name not in present:
            if name in REQUIRED_DOCUMENTS:
                diagnostics.append(_missing_document(name, _dataset_subfolders(root)))
            continue
        text = _read_text(root / name, name, diagnostics, root=root)
        if text is None:
            continue
        data = _parse_document(text, name, dataset.sourcemap, diagnostics)
        if data is not None:
            dataset.documents[name] = data
    dataset.narasi = _load_narasi(root, diagnostics)
    return dataset, diagnostics


# --- files -----------------------------------------------------------------------------------


def _missing_document(name: str, subfolders: list[str]) -> Diagnostic:
    if subfolders:
        shown = ", ".join(subfolders[:3]) + (", …" if len(subfolders) > 3 else "")
        hint = (
            f"folder ini berisi folder data ({shown}); periksa semuanya dengan "
            "`lkjip validate FOLDER` (folder induk), bukan sebagai satu folder data"
        )
    else:
        hint = "buat berkas itu, atau jalankan `lkjip init` di folder baru untuk contoh"
    return diag(
        codes.DOKUMEN_WAJIB_HILANG,
        f"berkas wajib {name} tidak ada di folder data",
        Location(name),
        hint=hint,
        subject=name,
    )


def _dataset_subfolders(root: Path) -> list[str]:
    """Names of the subfolders that are datasets themselves (they hold lkjip.yaml)."""
    try:
        children = itertools.islice(root.iterdir(), MAX_ENTRIES)
        return sorted(c.name for c in children if (c / "lkjip.yaml").is_file())
    except OSError:
        return []


def _exists(path: Path) -> bool:
    """Whether `path` names anything, a broken symbolic link included."""
    try:
        path.lstat()
    except OSError:
        return False
    return True


def _too_many_entries(rel: str, what: str) -> Diagnostic:
    shown = what.replace(",", ".")
    return diag(
        codes.FOLDER_TERLALU_BANYAK_BERKAS,
        f"folder {'data' if rel == '.' else rel} berisi {shown}; folder ini tidak ditelusuri "
        "lebih jauh",
        Location(rel),
        hint="data satu laporan hanya puluhan berkas; periksa berkas yang salah salin",
    )


def _unknown_yaml_files(entries: list[Path]) -> list[Diagnostic]:
    """Warn about YAML files lkjip will not read: a typo in a name silently drops data."""
    found = []
    for path in sorted(entries):
        if path.suffix not in (".yaml", ".yml") or path.name in DOCUMENTS:
            continue
        expected = path.stem + ".yaml"
        hint = (
            f"ganti nama menjadi {expected}"
            if expected in DOCUMENTS
            else "nama berkas yang dibaca: " + ", ".join(DOCUMENTS)
        )
        found.append(
            diag(
                codes.BERKAS_TAK_DIKENAL,
                f"berkas {path.name} tidak dikenal dan tidak dibaca",
                Location(path.name),
                hint=hint,
                subject=path.name,
            )
        )
    return found


def _read_text(
    path: Path,
    rel: str,
    diagnostics: list[Diagnostic],
    *,
    root: Path,
    limit: int = MAX_FILE_BYTES,
) -> str | None:
    """The file's text, or None with a diagnostic when it cannot be read as UTF-8 text.

    Only regular files inside `root` of at most `limit` bytes are read: a pull request may
    add a symbolic link to a secret on the CI machine, or a file built to exhaust memory.
    """
    refused = _refuse_file(path, rel, root, limit)
    if refused is not None:
        diagnostics.append(refused)
        return None
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)  # never more, whatever stat said
    except OSError as error:
        diagnostics.append(_unreadable(rel, error))
        return None
    if len(raw) > limit:
        diagnostics.append(_too_big(rel, len(raw), limit))
        return None
    try:
        # utf-8-sig: Windows editors (Notepad) often start the file with a byte-order mark.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, col = _line_col(raw[: error.start])
        diagnostics.append(
            diag(
                codes.BUKAN_TEKS,
                f"berkas bukan teks UTF-8 (bita tak terbaca di posisi {error.start})",
                Location(rel, line, col),
                hint="simpan ulang berkas dengan pengodean UTF-8",
            )
        )
        return None


def _refuse_file(path: Path, rel: str, root: Path, limit: int) -> Diagnostic | None:
    """Why `path` may not be read (outside `root`, not a regular file, too big), or None."""
    try:
        inside = path.resolve().is_relative_to(root.resolve())
        info = path.stat()
    except RuntimeError:  # Python < 3.13 reports a symbolic link loop so
        return diag(codes.BERKAS_TAK_TERBACA, "tautan simbolik berputar", Location(rel))
    except OSError as error:
        return _unreadable(rel, error)
    if not inside:
        return diag(
            codes.DI_LUAR_FOLDER_DATA,
            "berkas ini tautan simbolik ke luar folder data dan tidak dibaca",
            Location(rel),
            hint="salin isinya ke folder data sebagai berkas biasa",
        )
    if stat.S_ISDIR(info.st_mode):
        return diag(codes.BERKAS_TAK_TERBACA, "ini sebuah folder, bukan berkas", Location(rel))
    if not stat.S_ISREG(info.st_mode):
        return diag(codes.BERKAS_TAK_TERBACA, "bukan berkas biasa", Location(rel))
    if info.st_size > limit:
        return _too_big(rel, info.st_size, limit)
    return None


def _unreadable(rel: str, error: OSError) -> Diagnostic:
    reason = os_reason(error)
    return diag(codes.BERKAS_TAK_TERBACA, f"berkas tidak dapat dibaca: {reason}", Location(rel))


def _too_big(rel: str, size: int, limit: int) -> Diagnostic:
    return diag(
        codes.BERKAS_TERLALU_BESAR,
        f"berkas terlalu besar ({_size(size)}); batasnya {_size(limit)}",
        Location(rel),
        hint="data satu laporan biasanya puluhan kB; periksa isi yang salah tempel",
    )


def _size(size: int) -> str:
    """'2 MB', '256 kB', '5,3 MB': bytes as the user reads them (1 MB = 1024 kB)."""
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",").removesuffix(",0") + " MB"


def _control_character(char: str, where: Location, *, yaml_escape: bool = False) -> Diagnostic:
    hint = "hapus karakter itu"
    if yaml_escape:
        hint += " (di dalam tanda kutip ganda, escape seperti \\x00 atau \\u0001 menuliskannya)"
    return diag(
        codes.BUKAN_TEKS,
        f"teks berisi karakter kode {ord(char):#x} yang tidak dapat dimuat dokumen Word",
        where,
        hint=hint,
    )


def _line_col(before: bytes | str) -> tuple[int, int]:
    """1-based line and column just after `before` (the text preceding a problem)."""
    if isinstance(before, bytes):
        before = before.decode("utf-8", errors="replace")
    lines = before.split("\n")
    return len(lines), len(lines[-1]) + 1


def _load_narasi(root: Path, diagnostics: list[Diagnostic]) -> dict[str, Narasi]:
    folder = root / NARASI_DIR
    if not folder.is_dir():
        return {}
    narasi: dict[str, Narasi] = {}
    total = 0
    for path in _narasi_files(folder, root, diagnostics):
        rel = path.relative_to(root).as_posix()
        text = _read_text(path, rel, diagnostics, root=root, limit=MAX_NARASI_BYTES)
        if text is None:
            continue
        total += len(text.encode("utf-8"))
        if total > MAX_NARASI_TOTAL_BYTES:
            diagnostics.append(_narasi_too_big(rel))
            break
        char = xml_unsafe(text)
        if char is not None:
            line, col = _line_col(text[: text.index(char)])
            diagnostics.append(_control_character(char, Location(rel, line, col)))
            continue
        name = path.relative_to(folder).with_suffix("").as_posix()
        narasi[name] = Narasi(name=name, file=rel, text=text)
    return narasi


def _narasi_files(folder: Path, root: Path, diagnostics: list[Diagnostic]) -> list[Path]:
    """The `*.md` files under `folder`, sorted; none (and LK015) when the folder holds more than
    MAX_NARASI_FILES of them or MAX_ENTRIES entries in all. Symbolic links to folders are not
    followed (a link back to `narasi/` would make the walk endless)."""
    rel = folder.relative_to(root).as_posix()
    files: list[Path] = []
    for count, path in enumerate(folder.rglob("*"), start=1):
        if count > MAX_ENTRIES:
            diagnostics.append(
                _too_many_entries(rel, f"lebih dari {MAX_ENTRIES:,} berkas dan folder")
            )
            return []
        if path.name.endswith(".md"):
            files.append(path)
    if len(files) > MAX_NARASI_FILES:
        too_many = f"{len(files):,} berkas narasi (batasnya {MAX_NARASI_FILES:,})"
        diagnostics.append(_too_many_entries(rel, too_many))
        return []
    return sorted(files)


def _narasi_too_big(rel: str) -> Diagnostic:
    return diag(
        codes.BERKAS_TERLALU_BESAR,
        f"berkas narasi seluruhnya lebih dari {_size(MAX_NARASI_TOTAL_BYTES)}; berkas ini dan "
        "berikutnya tidak dibaca",
        Location(rel),
        hint="narasi satu laporan biasanya puluhan kB; periksa berkas yang salah tempel",
    )


# --- YAML ------------------------------------------------------------------------------------


def _parse_document(
    text: str, file: str, sourcemap: SourceMap, diagnostics: list[Diagnostic]
) -> dict[str | int, Any] | None:
    """Parse one YAML file into a mapping, recording positions; None when it cannot be used."""
    try:
        # The reader checks the characters as soon as the loader is made, so inside the try.
        loader = _Loader(text)
        node = loader.get_single_node()
    except yaml.reader.ReaderError as error:
        diagnostics.append(_reader_error(error, text, file))
        return None
    except yaml.MarkedYAMLError as error:
        if "maximum nesting depth" in str(error.problem):  # libyaml's own limit (1,000)
            diagnostics.append(_too_deep(error.problem_mark, file))
        else:
            diagnostics.append(_syntax_error(error, file, text))
        return None
    except _TooDeep as error:
        diagnostics.append(_too_deep(error.mark, file))
        return None
    except _TooMany as error:
        diagnostics.append(_too_many(error.mark, file))
        return None
    except RecursionError:  # a safety net: MAX_DEPTH is far below Python's limit
        diagnostics.append(_too_deep(None, file))
        return None
    loader.dispose()
    if not isinstance(node, MappingNode):
        diagnostics.append(_not_a_mapping(node, file))
        return None
    builder = _Builder(
        file,
        sourcemap,
        loader,
        budget=loader.composed + ALIAS_BUDGET,
        chars=len(text) + ALIAS_CHARS,
    )
    data = builder.build(node, ())
    diagnostics.extend(builder.diagnostics)
    if builder.exhausted:
        return None  # cut short by a budget (reported): what was built is not the document
    return data if isinstance(data, dict) else None  # Refused: a key was refused (reported)


def _reader_error(error: yaml.reader.ReaderError, text: str, file: str) -> Diagnostic:
    line, col = _line_col(text[: error.position])
    return diag(
        codes.BUKAN_TEKS,
        f"berkas berisi karakter yang tidak boleh ada di teks (kode {error.character:#x})",
        Location(file, line, col),
        hint="berkas ini mungkin berkas biner; simpan ulang sebagai teks UTF-8",
    )


# The English problem descriptions of libyaml and of PyYAML's Python parser, for the common
# cases, in the user's language (keys are fragments both wordings share where they differ).
_TAB = "karakter tab tidak boleh dipakai untuk indentasi; pakai spasi"
_PROBLEMS = {
    "mapping values are not allowed": "titik dua (:) tidak boleh di sini; "
    "mungkin indentasi salah atau teks berisi ': ' perlu tanda kutip",
    "could not find expected ':'": "titik dua (:) yang diharapkan tidak ditemukan",
    "found character '\\t' that cannot start any token": _TAB,
    "tab character": _TAB,
    "found unexpected end of stream": "berkas berakhir sebelum tanda kutip ditutup",
    "expected a single document in the stream": "berkas berisi lebih dari satu dokumen YAML "
    "(ada pemisah ---)",
    "but found another document": "berkas berisi lebih dari satu dokumen YAML (ada pemisah "
    "---); satu berkas hanya boleh satu dokumen",
    "found undefined alias": "alias (*nama) tanpa jangkar (&nama)",
    "expected <block end>": "indentasi tidak sesuai dengan baris di atasnya, atau ada tanda "
    "kutip yang belum ditutup",
    "did not find expected key": "kunci yang diharapkan tidak ditemukan; periksa indentasi",
    "did not find expected '-' indicator": "butir daftar ('- ') yang diharapkan tidak "
    "ditemukan; periksa indentasi",
    "did not find expected ',' or ']'": "kurung siku [ belum ditutup dengan ], atau koma "
    "antarbutir hilang",
    "did not find expected ',' or '}'": "kurung kurawal { belum ditutup dengan }, atau koma "
    "antarbutir hilang",
    "did not find expected node content": "nilai yang diharapkan tidak ditemukan",
    "did not find expected comment or line break": "ada teks lain sesudah nilai di baris yang "
    "sama; beri tanda kutip pada seluruh nilai",
    "found unknown escape character": "karakter escape tidak dikenal di dalam tanda kutip "
    "ganda; untuk teks berisi \\ pakai tanda kutip tunggal",
    "found invalid Unicode character escape code": "escape Unicode tidak sah di dalam tanda "
    "kutip ganda (mis. \\ud800); tulis karakternya langsung",
    "that cannot start any token": "karakter ini tidak boleh mengawali "
    "nilai (mis. @ atau `); beri tanda kutip",
}


def _syntax_error(error: yaml.MarkedYAMLError, file: str, text: str) -> Diagnostic:
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
    problem = (error.problem or error.context or "").strip()
    said = next((v for k, v in _PROBLEMS.items() if k in problem), None)  # first match wins
    char = _char_at(text, mark.line, mark.column) if mark is not None else ""
    if char == "\t":
        said = _TAB  # libyaml does not name the character it could not use
    elif "that cannot start any token" in problem and char.strip():
        # Name the character refused (`satuan: %`), not only examples of such characters.
        line_text = text.split("\n")[mark.line] if mark is not None else ""
        value = line_text[mark.column :].strip() if mark is not None else char
        quote = "'" if '"' in value else '"'
        said = (
            f"karakter {char} tidak boleh mengawali nilai YAML; beri tanda kutip: "
            f"{quote}{excerpt(value)}{quote}"
        )
    message = "sintaks YAML salah: " + (said or problem or "tidak dapat diurai")
    context = error.context_mark
    if context and error.problem_mark and context.line != error.problem_mark.line:
        message += f" (bagian yang dimulai di baris {context.line + 1})"
    return diag(codes.SINTAKS_YAML, message, Location(file, line, col))


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    return lines[line][column : column + 1] if line < len(lines) else ""


def _too_deep(mark: yaml.Mark | None, file: str) -> Diagnostic:
    line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return diag(
        codes.YAML_TAK_DIDUKUNG,
        f"struktur YAML bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat)",
        Location(file, line, col),
        hint="data laporan cukup beberapa tingkat; periksa kurung [ { yang tidak ditutup",
    )


def _too_many(mark: yaml.Mark | None, file: str) -> Diagnostic:
    line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return diag(
        codes.BERKAS_TERLALU_BESAR,
        f"berkas berisi lebih dari {MAX_VALUES:,} unsur YAML (kunci dan nilai)".replace(",", "."),
        Location(file, line, col),
        hint="data satu laporan jauh lebih kecil; periksa isi yang salah tempel",
    )


def _not_a_mapping(node: Node | None, file: str) -> Diagnostic:
    if node is None:
        return diag(codes.DOKUMEN_BUKAN_PEMETAAN, "berkas kosong", Location(file, 1, 1))
    kind = "daftar" if isinstance(node, SequenceNode) else "nilai tunggal"
    mark = node.start_mark
    return diag(
        codes.DOKUMEN_BUKAN_PEMETAAN,
        f"isi berkas harus berupa pemetaan 'kunci: nilai', bukan {kind}",
        Location(file, mark.line + 1, mark.column + 1),
    )


class _Builder:
    """Turns a node tree into Python values while filling the source map.

    Paths have the shape of pydantic's error `loc`, so a validation error's `loc` is a key
    into the source map: ("indikator", 0, "target", 2022).
    """

    def __init__(
        self, file: str, sourcemap: SourceMap, loader: _Loader, *, budget: int, chars: int
    ) -> None:
        self.file = file
        self.sourcemap = sourcemap
        self.loader = loader  # its SafeConstructor builds bool/null/date scalars
        self.diagnostics: list[Diagnostic] = []
        self._active: set[int] = set()  # nodes being built: an alias cycle would recurse forever
        self._budget = budget  # values left to build; aliases may not expand beyond it
        self._chars = chars  # characters of scalars (keys and values) left to build
        self._counts: dict[str, int] = {}  # findings so far, by code

    def _report(self, diagnostic: Diagnostic) -> None:
        """Keep a finding, up to MAX_FINDINGS_PER_CODE of its code; then say once that more
        were left out."""
        count = self._counts.get(diagnostic.code, 0) + 1
        self._counts[diagnostic.code] = count
        if count <= MAX_FINDINGS_PER_CODE:
            self.diagnostics.append(diagnostic)
        elif count == MAX_FINDINGS_PER_CODE + 1:
            self.diagnostics.append(
                diag(
                    diagnostic.code,
                    f"lebih dari {MAX_FINDINGS_PER_CODE} temuan {diagnostic.code} di berkas ini; "
                    "yang berikutnya tidak ditampilkan",
                    diagnostic.location,
                    hint="perbaiki yang ditampilkan, lalu periksa lagi",
                )
            )

    @property
    def exhausted(self) -> bool:
        """Whether a budget ran out, so that part of the document was not built."""
        return self._budget <= 0

    def _spend(self, node: ScalarNode, path: DataPath) -> bool:
        """Charge a scalar's characters to the budget; False (reported once) when spent."""
        self._chars -= len(node.value)
        if self._chars >= 0:
            return True
        if self._budget > 0:
            self._budget = 0  # build nothing more of this file
            self._report(
                diag(
                    codes.BERKAS_TERLALU_BESAR,
                    "alias YAML (*nama) mengembang menjadi lebih dari "
                    f"{_size(ALIAS_CHARS)} teks di luar isi berkas",
                    self._where(node, path),
                    hint="tulis data tanpa alias yang merujuk teks panjang berulang kali",
                )
            )
        return False

    def build(self, node: Node, path: DataPath) -> Any:
        if self._budget <= 0:
            return None
        self._budget -= 1
        if self._budget == 0:
            self._error(
                node,
                "alias YAML (*nama) mengembang menjadi terlalu banyak nilai; "
                "tulis data tanpa alias bersarang",
                path,
            )
            return None
        mark = node.start_mark
        self.sourcemap.add_value(self.file, path, mark.line + 1, mark.column + 1)
        if id(node) in self._active:
            self._error(node, "alias YAML merujuk dirinya sendiri", path)
            return None
        self._active.add(id(node))
        try:
            if isinstance(node, MappingNode):
                return self._mapping(node, path)
            if isinstance(node, SequenceNode):
                return self._sequence(node, path)
            if isinstance(node, ScalarNode):
                return self._scalar(node, path)
            return None  # PyYAML composes only the three kinds above
        finally:
            self._active.discard(id(node))

    def _where(self, node: Node, path: DataPath) -> Location:
        mark = node.start_mark
        return Location(self.file, mark.line + 1, mark.column + 1, format_path(path))

    def _error(self, node: Node, message: str, path: DataPath) -> None:
        where = self._where(node, path)
        self._report(diag(codes.YAML_TAK_DIDUKUNG, message, where))

    def _mapping(self, node: MappingNode, path: DataPath) -> dict[str | int, Any] | Refused | None:
        if node.tag != _MAP:
            self._error(node, f"tag YAML {_tag(node)} tidak didukung", path)
            return None
        result: dict[str | int, Any] = {}
        first_line: dict[str | int, int] = {}
        refused: Refused | None = None
        for key_node, value_node in node.value:
            key = self._key(key_node, path)
            if isinstance(key, Refused):
                refused = refused or key
                continue
            if key is None:
                continue
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if key in first_line:
                self._duplicate(key, line, col, first_line[key], path)
                continue
            first_line[key] = line
            child = (*path, key)  # one tuple for the key's and the value's entries
            self.sourcemap.add_key(self.file, child, line, col)
            result[key] = self.build(value_node, child)
        if refused is not None:
            # A mapping missing a key it was given would be read wrongly (a year without its
            # target); it is refused whole, like the key.
            self.sourcemap.refuse(self.file, path)
            return refused
        return result

    def _key(self, node: Node, path: DataPath) -> str | int | Refused | None:
        """A mapping key: int for integers (years), otherwise the text as written.

        Keeping `no:` or `2022-01-31:` as the text the user typed means YAML 1.1's guesses
        never rename a key; only integers stay numbers, because year-keyed mappings need them.
        """
        if not isinstance(node, ScalarNode):
            self._error(node, "kunci harus teks atau angka, bukan daftar atau pemetaan", path)
            return None
        if not self._spend(node, path):
            return None
        self._check_characters(node, path)
        if node.tag == _INT:
            number = self._number(node, path)
            return number if isinstance(number, int) else Refused(node.value)
        return str(node.value)

    def _duplicate(self, key: str | int, line: int, col: int, first: int, path: DataPath) -> None:
        self._report(
            diag(
                codes.KUNCI_GANDA,
                f"kunci '{excerpt(key)}' ditulis dua kali; yang pertama di baris {first}",
                Location(self.file, line, col, format_path((*path, key))),
                hint="hapus salah satu, atau gabungkan isinya",
            )
        )

    def _sequence(self, node: SequenceNode, path: DataPath) -> list[Any] | None:
        if node.tag != _SEQ:
            self._error(node, f"tag YAML {_tag(node)} tidak didukung", path)
            return None
        return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]

    def _check_characters(self, node: ScalarNode, path: DataPath) -> None:
        char = xml_unsafe(node.value)
        if char is not None:
            where = self._where(node, path)
            self._report(_control_character(char, where, yaml_escape=True))

    def _scalar(self, node: ScalarNode, path: DataPath) -> Any:
        if not self._spend(node, path):
            return None
        self.sourcemap.add_scalar(self.file, path, node.value, node.style)
        self._check_characters(node, path)
        if node.tag not in _SCALAR_TAGS:
            self._error(node, f"tag YAML {_tag(node)} tidak didukung", path)
            return node.value
        if node.tag in (_INT, _FLOAT):
            number = self._number(node, path)
            return Refused(node.value) if number is None else number
        pattern = _TAG_PATTERNS.get(node.tag)
        if pattern is not None and not pattern.fullmatch(node.value):
            return self._refuse_tagged(node, path)  # only an explicit tag gets here
        try:
            return self.loader.construct_object(node)
        except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError):
            # An impossible date such as 2022-13-45 matches the timestamp pattern; keep the
            # text, and the schema stage says what it expected there.
            return node.value
        except yaml.constructor.ConstructorError:
            return node.value

    def _refuse_tagged(self, node: ScalarNode, path: DataPath) -> Refused:
        """An explicit tag whose text is not of its kind (`!!bool abc`): LK010, refused."""
        self.sourcemap.refuse(self.file, path)
        self._error(
            node, f'nilai "{excerpt(node.value)}" tidak dapat dibaca sebagai {_tag(node)}', path
        )
        return Refused(node.value)

    def _number(self, node: ScalarNode, path: DataPath) -> int | Decimal | None:
        """The int or exact Decimal a scalar tagged int or float stands for, or None (reported,
        and the value refused) when it is not a bounded decimal number.

        Nothing is converted before its form and size are checked: 89.87 stays 89.87, never
        89.8699999…, and a hex number of a million digits is refused unread.
        """
        text = node.value.replace("_", "")  # YAML 1.1 allows 1_000_000
        lowered = text.lower()
        if node.tag == _FLOAT and lowered.lstrip("+-") in (".inf", ".nan") and len(text) <= 5:
            if lowered.endswith("nan"):
                return Decimal("NaN")
            return Decimal("-Infinity" if lowered.startswith("-") else "Infinity")
        body = lowered[1:] if lowered.startswith(("+", "-")) else lowered
        if body.startswith(("0x", "0b")):
            self._refuse_number(node, path, codes.ANGKA_HEKSADESIMAL)
            return None
        if ":" in body:
            self._refuse_number(node, path, codes.ANGKA_SEKSAGESIMAL)
            return None
        if node.tag == _INT and len(body) > 1 and body[0] == "0" and _octal_digits(body):
            self._refuse_number(node, path, codes.ANGKA_OKTAL)
            return None
        if len(text) > MAX_NUMBER_CHARS:
            self._refuse_number(node, path, codes.ANGKA_TERLALU_PANJANG)
            return None
        match = _DECIMAL.fullmatch(text)
        if match is None or (node.tag == _INT and not body.isdigit()):
            self._refuse_tagged(node, path)  # only an explicit tag gets here
            return None
        if match.group(1) is not None and abs(int(match.group(1))) > MAX_EXPONENT:
            self._refuse_number(node, path, codes.ANGKA_TERLALU_PANJANG)
            return None
        return int(text) if node.tag == _INT else Decimal(text)

    def _refuse_number(self, node: ScalarNode, path: DataPath, code: str) -> None:
        self.sourcemap.refuse(self.file, path)
        if self._counts.get(code, 0) > MAX_FINDINGS_PER_CODE:
            return  # no longer shown: spare building the message
        shown = excerpt(node.value)
        quoted = f'tulis "{shown}" dengan tanda kutip bila teks'
        if code == codes.ANGKA_HEKSADESIMAL:
            message = f"YAML 1.1 membaca {shown} sebagai bilangan basis 16 atau 2"
            hint = f"{quoted}, atau tulis angkanya dalam basis 10 (mis. 100000000)"
        elif code == codes.ANGKA_SEKSAGESIMAL:
            message = f"YAML 1.1 membaca {shown} sebagai bilangan basis 60"
            hint = f'tulis "{shown}" dengan tanda kutip'
        elif code == codes.ANGKA_OKTAL:
            message = f"YAML 1.1 membaca {shown} sebagai bilangan oktal"
            if len(node.value) <= MAX_NUMBER_CHARS:
                message += f" {int(node.value.replace('_', ''), 8)}"
            plain = node.value.lstrip("+-").lstrip("0_") or "0"
            hint = f"{quoted}, atau {excerpt(plain)} tanpa nol di depan bila angka"
        else:
            message = (
                f"angka {shown} terlalu panjang: paling banyak {MAX_NUMBER_CHARS} karakter "
                f"dan eksponen paling besar {MAX_EXPONENT}"
            )
            hint = "periksa angka yang salah tempel"
        message += "; lkjip tidak membacanya sebagai angka"
        self._report(
            diag(code, message, self._where(node, path), hint=hint, subject=format_path(path))
        )


def _tag(node: Node) -> str:
    """A tag as the user wrote it: !!float for tag:yaml.org,2002:float, bounded."""
    tag = str(node.tag)
    return excerpt("!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag)


def _octal_digits(text: str) -> bool:
    return all("0" <= char <= "7" for char in text)
