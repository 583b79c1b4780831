"""Property-based: arbitrary documents, text and values in every input file never crash lkjip.

Whatever a file holds, `pipeline.validate` — loader, model, checks, narrative and images —
returns diagnostics rather than raising, none of them is the internal-error code LK901, and
every diagnostic says where: always the file, and the line when the file is a YAML document
lkjip could parse. Example counts are modest; the hostile suite stays well under a minute.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkjip.diagnostics import Diagnostics
from lkjip.model import DOCUMENTS
from lkjip.pipeline import validate
from tests.conftest import MINIMAL_FILES, write_dataset
from tests.helpers import EXAMPLE

YAML_FILES = list(DOCUMENTS)
EXAMPLE_NARASI = sorted(p.relative_to(EXAMPLE).as_posix() for p in EXAMPLE.rglob("narasi/**/*.md"))
# Diagnostics about a file as a whole (unreadable, missing, too big, outside): no line.
FILE_LEVEL = {"LK001", "LK005", "LK006", "LK011", "LK012"}
FUZZ = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
FUZZ_EXAMPLE = settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])


def assert_sound(diagnostics: Diagnostics) -> None:
    """No internal error; every diagnostic has a file, and a line when that is a YAML file
    (unless it is about the file as a whole)."""
    found = list(diagnostics)
    assert not [d for d in found if d.code == "LK901"], [str(d.message) for d in found]
    for d in found:
        assert d.location is not None and d.location.file, f"{d.code} tanpa lokasi: {d.message}"
        if d.location.file.endswith(".yaml") and d.code not in FILE_LEVEL:
            assert d.location.line is not None, f"{d.code} tanpa baris: {d.message}"


def validate_files(files: dict[str, str | bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_dataset(Path(folder) / "data", files)
        project, diagnostics = validate(root)
        assert project is not None or diagnostics.has_errors()
        assert_sound(diagnostics)


def minimal() -> dict[str, str | bytes]:
    return {name: textwrap.dedent(text) for name, text in MINIMAL_FILES.items()}


# --- arbitrary YAML documents as whole files ---------------------------------------------------


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


EXAMPLE_DOCUMENTS = {
    name: yaml.safe_load((EXAMPLE / name).read_text(encoding="utf-8")) for name in YAML_FILES
}
# Real field names make arbitrary documents reach deep into the model and the checks.
FIELD_NAMES = sorted({key for doc in EXAMPLE_DOCUMENTS.values() for key in _keys(doc)})

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["IKM", "ADUAN", "S1", "7.01.02", "murni", "positif", "2022", "89,87%"]),
    st.dates(),
)
KEYS = st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=10), st.integers(1990, 2110))
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=25,
)
DOCUMENTS_ = st.dictionaries(KEYS, VALUES, max_size=8)


@FUZZ
@given(name=st.sampled_from(YAML_FILES), document=DOCUMENTS_, unicode=st.booleans())
def test_arbitrary_document_in_each_file(name: str, document: Any, unicode: bool) -> None:
    text = yaml.safe_dump(document, allow_unicode=unicode, sort_keys=False)
    validate_files({**minimal(), name: text})


YAMLISH = st.text(
    alphabet=st.sampled_from(list("abc019 :-[]{}&*!|>'\"#,?%@`.\n\r\t\\~é\ufeff\x00\x85")),
    max_size=80,
)


@FUZZ
@given(name=st.sampled_from([*YAML_FILES, "narasi/ikhtisar.md"]), text=YAMLISH | st.text())
def test_arbitrary_text_in_each_file(name: str, text: str) -> None:
    validate_files({**minimal(), name: text})


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.fixed_dictionaries({name: st.text(max_size=60) for name in YAML_FILES}))
def test_arbitrary_text_in_every_file_at_once(texts: dict[str, str]) -> None:
    validate_files(dict(texts))


# --- arbitrary values substituted into the example ---------------------------------------------


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside a parsed document, the document itself excluded."""
    if path:
        yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


PATHS = {name: list(_paths(doc)) for name, doc in EXAMPLE_DOCUMENTS.items()}


def _substitute(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(document)
    parent = changed
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return changed


def validate_example(changes: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "data"
        shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("expected"))
        for name, text in changes.items():
            (root / name).write_text(text, encoding="utf-8")
        project, diagnostics = validate(root)
        assert project is not None or diagnostics.has_errors()
        assert_sound(diagnostics)


@FUZZ_EXAMPLE
@given(data=st.data())
def test_arbitrary_value_in_the_example(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(YAML_FILES), label="berkas")
    path = data.draw(st.sampled_from(PATHS[name]), label="jalur")
    value = data.draw(VALUES, label="nilai")
    document = _substitute(EXAMPLE_DOCUMENTS[name], path, value)
    validate_example({name: yaml.safe_dump(document, allow_unicode=True, sort_keys=False)})


JINJA_PIECES = st.sampled_from(
    [
        "{{ ", " }}", "{% ", " %}", "{# ", " #}", "if ", "for x in ", "endfor", "endif", "else",
        "macro m()", "endmacro", "m()", "include 'ikhtisar'", "set ns = namespace(a=1)",
        "ind.IKM.capaian", "ind", "total.pagu", "laporan.instansi.nama", "renstra.indikator",
        "| persen", "| rupiah", "| angka(2)", "| terbilang", "| tanggal", "| join(', ')",
        "range(", "10", "**", "*", "(", ")", "'x'", '"', "~", "+", ".", "__class__", "..",
        "Kecamatan ", "Rp100.000 ", "89,87% ", "\n", "\n\n", "- ", "1. ", "**tebal**", "# ",
        "\x00", "\ufeff", "é",
    ]
)  # fmt: skip


@FUZZ_EXAMPLE
@given(name=st.sampled_from(EXAMPLE_NARASI), pieces=st.lists(JINJA_PIECES, max_size=40))
def test_arbitrary_narrative_in_the_example(name: str, pieces: list[str]) -> None:
    validate_example({name: "".join(pieces)})


NUMBERS_IN_PROSE = st.lists(
    st.sampled_from(
        [*"0123456789 ,.%-()\n{}#", "Rp", "Rp. ", "Kecamatan ", "Lain ", "capaian ", "Bab ",
         "rata-rata ", "penyerapan ", "atau ", "dialokasikan ", "realisasi ", "(dua) "]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@FUZZ
@given(text=NUMBERS_IN_PROSE)
def test_typed_numbers_in_prose_never_crash_a_rule(text: str) -> None:
    """Typed numbers of any length and shape in the prose: findings, never LK901."""
    validate_files({**minimal(), "narasi/ikhtisar.md": text})
