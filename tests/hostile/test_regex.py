"""Every regular expression of lkjip against hostile text: no pattern may take super-linear time.

A pattern whose quantified parts can match the same characters (`\\s+(.*?)\\s*$`, `.*?` from
every unclosed opener) tries every split of a long run against every other: a 2 kB heading
took 19 s, 60 kB of unclosed `{%` 84 s. This module finds every pattern lkjip compiles — the
module-level ones by walking the globals of every lkjip module, the inline ones (`re.sub(r"…",
…)`) by reading the source, and the ones built at run time from a list below — and runs each
on 100 kB strings made of the characters it mentions: long runs of each, alternations of two,
an opener followed by a run and a character that makes the match fail, and the reported
reproductions. One search or full scan (`finditer`) over 100 kB may take at most 50 ms, a
bound a linear pattern meets by two orders of magnitude and a quadratic one misses by far.

The end of the module runs the reported reproductions through `lkjip validate` and `build` in
a bounded subprocess, as CI meets them.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import lkjip
from lkjip.checks import narasi_kategori
from lkjip.pengakuan import butir_pattern
from tests.hostile.harness import (
    OLD_REPORT,
    Change,
    assert_clean_ending,
    assert_reported,
    minimal_dataset,
    replace,
    run_lkjip,
    write,
)

try:  # Python 3.11 renamed the parser module; its parse tree is what the probes are made of.
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

SIZE = 100 * 1024
LIMIT_SECONDS = 0.050
PACKAGE = Path(lkjip.__file__).parent


# --- every pattern ----------------------------------------------------------------------------


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def module_patterns() -> dict[str, re.Pattern]:
    """Compiled patterns held by the globals of every lkjip module (in tuples and dicts too)."""
    found: dict[str, re.Pattern] = {}
    for info in pkgutil.walk_packages([str(PACKAGE)], "lkjip."):
        if info.name in ("lkjip.__main__", "lkjip._uno_pdf"):
            continue  # the entry point runs the CLI; _uno_pdf runs inside LibreOffice
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for index, pattern in enumerate(_patterns_in(value)):
                found[f"{info.name}.{name}[{index}]"] = pattern
    return found


_RE_CALLS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
}


def _flags(node: ast.expr | None) -> int:
    """`re.IGNORECASE | re.DOTALL` as written in the source, or 0."""
    if node is None:
        return 0
    flags = 0
    for part in ast.walk(node):
        if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name):
            if part.value.id == "re":
                flags |= int(getattr(re, part.attr))
    return flags


def inline_patterns() -> dict[str, re.Pattern]:
    """Patterns written as a literal in a call (`re.sub(r"\\s+", " ", text)`) anywhere in lkjip."""
    found: dict[str, re.Pattern] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_CALLS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str | bytes)
            ):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            position = (
                1 if node.func.attr == "compile" else {"sub": 3, "subn": 3}.get(node.func.attr, 2)
            )
            flag_node = keywords.get("flags") or (
                node.args[position] if len(node.args) > position else None
            )
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            found[where] = re.compile(node.args[0].value, _flags(flag_node))
    return found


def run_time_patterns() -> dict[str, re.Pattern]:
    """Patterns built while lkjip runs, from text the dataset supplies (a name, a label)."""
    # Labels typed with runs of spaces, leading and trailing ones. (Matching a label costs its
    # length at each place it could start, as any literal does; that is not backtracking.)
    labels = ["Sangat  Tinggi", "Di Atas   Rata  Rata", " Baik ", "a" * 50, "x " * 8]
    after, bare = narasi_kategori._mention_patterns(labels)
    found = {
        "narasi_kategori._mention_patterns.after": after,
        "pengakuan.butir_pattern": butir_pattern("7.01.02 " + " " * 50 + "x"),
        "atomic.clear_stale": re.compile(rf"\.{re.escape('laporan.docx')}\.tmp-(\d+)"),
        "excel.existing.lines_of_codes": re.compile(
            r"kode:\s*['\"]?" + re.escape("7.01.02") + r"['\"]?\s*(#.*)?$"
        ),
    }
    if bare is not None:
        found["narasi_kategori._mention_patterns.bare"] = bare
    return found


def every_pattern() -> dict[str, re.Pattern]:
    found = {**module_patterns(), **inline_patterns(), **run_time_patterns()}
    unique: dict[tuple[object, int], str] = {}
    for name, pattern in found.items():
        unique.setdefault((pattern.pattern, pattern.flags), name)
    return {name: found[name] for name in unique.values()}


# --- hostile strings --------------------------------------------------------------------------

_CATEGORY_SAMPLE = {"DIGIT": "7", "SPACE": " ", "WORD": "a", "LINEBREAK": "\n"}


def _mentioned(tree: object, chars: set[str]) -> None:
    """The characters a parsed pattern names: its literals, a sample of each class it uses."""
    for op, arg in tree:  # type: ignore[attr-defined]
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            chars.add(chr(arg))
        elif name == "IN":
            for item_op, item_arg in arg:
                item = str(item_op)
                if item == "LITERAL":
                    chars.add(chr(item_arg))
                elif item == "RANGE":
                    chars.update({chr(item_arg[0]), chr(item_arg[1])})
                elif item == "CATEGORY":
                    for key, sample in _CATEGORY_SAMPLE.items():
                        if key in str(item_arg):
                            chars.add(sample)
        elif name == "ANY":
            chars.add("a")
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _mentioned(arg[2], chars)
        elif name == "SUBPATTERN":
            _mentioned(arg[-1], chars)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _mentioned(arg[1], chars)
        elif name == "BRANCH":
            for branch in arg[1]:
                _mentioned(branch, chars)
        elif name == "ATOMIC_GROUP":
            _mentioned(arg, chars)
        elif name == "GROUPREF_EXISTS":
            _mentioned(arg[1], chars)
            if arg[2] is not None:
                _mentioned(arg[2], chars)


def alphabet(pattern: re.Pattern) -> list[str]:
    """The characters of the pattern's runs: what it names, plus space, a digit and a letter."""
    source = pattern.pattern
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    chars: set[str] = {" ", "7", "a", "\n"}
    _mentioned(sre_parse.parse(text, pattern.flags & ~re.UNICODE & ~re.ASCII | 0), chars)
    return sorted(c for c in chars if c.isprintable() or c in " \t\n")


# The reproductions of issue 17 and their kin, tried on every pattern: (prefix, run, suffix).
REPORTED = [
    ("# a", " ", "b"),  # the heading, item 4
    ("", "{%", ""),  # unclosed Jinja statements, item 5
    ("", "{{", ""),
    ("", "{#", ""),
    ("1", " ", "x"),  # spaces where a number is expected, item 6
    ('"', " ", '"'),
    ("Rp", " ", "x"),
    ("", " ", "%x"),
]


def shapes(pattern: re.Pattern) -> Iterator[tuple[str, str, str]]:
    """Hostile strings as (prefix, repeated run, suffix), from the pattern's characters; the
    suffix of most makes a match fail at the very end, where backtracking costs the most."""
    chars = alphabet(pattern)
    yield from REPORTED
    for c in chars:
        yield "", c, ""
        yield "", c, "\x00"
        yield "a", c, "\x00"
    for c in chars:
        for d in chars:
            if c != d:
                yield "", c + d, "\x00"  # "{%{%{%", "a-a-a-", "1.1.1."
                yield c, d, "\x00"  # an opener, then a long run


def made(shape: tuple[str, str, str], size: int) -> str:
    prefix, run, suffix = shape
    return prefix + run * (size // len(run)) + suffix


def _full_scan(pattern: re.Pattern, text: str | bytes) -> None:
    """Every match, left to right, as finditer, findall and sub find them (subn with a plain
    replacement walks them without building a match object for each)."""
    pattern.subn(text[:0], text)


class _TooSlow(Exception):
    pass


def _interrupt(signum: int, frame: object) -> None:
    raise _TooSlow


GIVE_UP_SECONDS = 1.0  # a cubic pattern on 100 kB would run for hours: stop it


def timed(pattern: re.Pattern, text: str) -> float:
    """The longest of one search, one fullmatch and one full scan (finditer, as sub and
    findall do); a call
    still running after GIVE_UP_SECONDS is interrupted (the matcher checks for signals) and
    counts as that long."""
    subject: str | bytes = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    worst = 0.0
    previous = signal.signal(signal.SIGALRM, _interrupt)
    try:
        for attempt in (pattern.search, pattern.fullmatch, lambda s: _full_scan(pattern, s)):
            started = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, GIVE_UP_SECONDS)
            try:
                attempt(subject)
            except _TooSlow:
                return GIVE_UP_SECONDS
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            worst = max(worst, time.perf_counter() - started)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return worst


SCREEN_SIZE = 1024
CONFIRMED = 4


def slowest(pattern: re.Pattern) -> tuple[float, str]:
    """The longest one search or full scan takes on 100 kB, and the start of that string.

    Every shape is first timed on 1 kB, where a linear pattern takes microseconds and a
    quadratic one already milliseconds; the slowest few are then timed on 100 kB. Timing
    every shape on 100 kB would take minutes for the whole of lkjip."""
    screened = sorted(
        ((timed(pattern, made(shape, SCREEN_SIZE)), shape) for shape in set(shapes(pattern))),
        key=lambda pair: pair[0],
        reverse=True,
    )
    worst = (0.0, "")
    for _, shape in screened[:CONFIRMED]:
        text = made(shape, SIZE)
        took = least(lambda text=text: timed(pattern, text))
        if took > worst[0]:
            worst = (took, text[:40])
    return worst


def least(measure: Callable[[], float], tries: int = 3) -> float:
    """A time over the limit is measured again, up to `tries` times, and the least counts: a
    busy machine can stall one call, while a super-linear one is slow every time."""
    took = measure()
    for _ in range(tries - 1):
        if took <= LIMIT_SECONDS:
            break
        took = min(took, measure())
    return took


PATTERNS = every_pattern()


def test_the_patterns_are_found() -> None:
    """The collection sees module-level, inline and run-time patterns, among them the ones
    issue 17 reported (or the code that replaced them)."""
    names = " ".join(PATTERNS)
    assert "lkjip.render.markdown._HEADING" in names
    assert "lkjip/checks/_util.py" in names  # an inline re.sub
    assert "narasi_kategori._mention_patterns.after" in names
    assert len(PATTERNS) > 50


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_hostile_text(name: str) -> None:
    took, text = slowest(PATTERNS[name])
    assert took <= LIMIT_SECONDS, (
        f"{name} ({PATTERNS[name].pattern!r}) took {took * 1000:.0f} ms on 100 kB starting {text!r}"
    )


# --- the str scans that replaced patterns -----------------------------------------------------


def _scans() -> dict[str, Callable[[str], object]]:
    from lkjip.checks.prose import masked
    from lkjip.excel.importer import _meta_label, _without_brackets
    from lkjip.model.common import _undecorated
    from lkjip.render.markdown import _heading

    return {
        "prose.masked": masked,
        "markdown._heading": _heading,
        "common._undecorated": _undecorated,
        "importer._without_brackets": _without_brackets,
        "importer._meta_label": _meta_label,
    }


SCAN_TEXTS = [
    made(shape, SIZE)
    for shape in [
        *REPORTED,
        ("", "(", ""),
        ("", "(\n", ")"),
        ("", "{", ""),
        ("{{", "\n", ""),
        ("", "{% a %}", ""),
        ("tahun:", " ", "x"),
        ("", "#", " a"),
    ]
]


@pytest.mark.parametrize("name", sorted(_scans()))
def test_scan_is_linear_on_hostile_text(name: str) -> None:
    scan = _scans()[name]
    for text in SCAN_TEXTS:

        def measure(text: str = text) -> float:
            started = time.perf_counter()
            scan(text)
            return time.perf_counter() - started

        took = least(measure)
        assert took <= LIMIT_SECONDS, f"{name} took {took * 1000:.0f} ms on {text[:40]!r}"


# --- the reproductions of issue 17 through the CLI --------------------------------------------

# Each took between 19 s and more than two minutes before; 10 s is the harness's bound, and the
# memory bound is the harness's too.
REPRODUCTIONS = [
    # item 4: "# a", spaces, "b" on one narrative line (2 kB: 19 s, 4 kB: over 120 s)
    ("judul-2-kb", write("narasi/ikhtisar.md", "# a" + " " * 2048 + "b\n"), None, "", 0),
    ("judul-4-kb", write("narasi/ikhtisar.md", "# a" + " " * 4096 + "b\n"), None, "", 0),
    # item 5: 60 kB of unclosed "{%" (84 s), and unclosed "{#" that Jinja lets through
    ("jinja-60-kb-tak-ditutup", write("narasi/ikhtisar.md", "{%" * 30_000 + "\n"),
     "LK401", "narasi/ikhtisar.md:1", 1),
    ("jinja-komentar-tak-ditutup",
     write("narasi/ikhtisar.md", "{% raw %}" + "{#" * 30_000 + "{% endraw %}\n"), None, "", 0),
    # item 6: 80 kB of spaces in a quoted pagu (50 s)
    ("pagu-80-kb-spasi", replace("anggaran.yaml", "        pagu: 100000000\n",
                                 '        pagu: "1' + " " * 80_000 + 'x"\n'),
     "LK103", "anggaran.yaml:9:15", 1),
]  # fmt: skip


@pytest.mark.parametrize("command", ["validate", "build"])
@pytest.mark.parametrize(
    ("change", "code", "where", "exit_code"),
    [pytest.param(*case[1:], id=case[0]) for case in REPRODUCTIONS],
)
def test_reproduction_ends_in_time(
    change: Change, code: str | None, where: str, exit_code: int, command: str, tmp_path: Path
) -> None:
    root = minimal_dataset(tmp_path / "data")
    change(root)
    out = tmp_path / "keluar" / "laporan.docx"
    out.parent.mkdir()
    out.write_bytes(OLD_REPORT)
    args = [command, str(root), "--format", "json"]
    if command == "build":
        args += ["--out", str(out)]
    outcome = run_lkjip(*args)  # fails the test past TIMEOUT_SECONDS
    assert_clean_ending(outcome, exit_code)
    if code:
        assert_reported(outcome, code, where)
    if command == "build" and exit_code:
        assert out.read_bytes() == OLD_REPORT
