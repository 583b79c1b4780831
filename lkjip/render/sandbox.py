"""The sandbox narrative templates run in: Jinja's immutable sandbox, with a budget.

Narrative files may come from a pull request by someone we do not know (docs/security.md).
Jinja's `ImmutableSandboxedEnvironment` already refuses Python internals (`__class__`,
`__globals__`, every attribute starting with `_`) and the methods that change lists, dicts and
sets, so a narrative can neither escape to Python nor change the figures the tables print.

What the sandbox does not bound is time and memory: `{% for %}` inside `{% for %}`, a macro
calling itself twice, `'x' * 10**9`. Here every loop iteration, call, attribute lookup and
intercepted operator is a step of a `Budget` with a wall-clock deadline; operators, `range`,
string methods and filters that could build a huge value are checked before they run, and
every value they return after; and rendering runs under a ceiling on the process's address
space where the platform has one. Going over any bound raises `BudgetExceeded`, which the
narrator reports as LK409.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from jinja2 import Undefined, nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

# Per narrative file: the example needs at most 253; a section listing every sub kegiatan of
# a dataset sixteen times a large dinas (bench/) about 250,000.
MAX_STEPS = 1_000_000
MAX_SECONDS = 5.0  # per narrative file
MAX_TOTAL_STEPS = 5_000_000  # all narrative files of one report together
MAX_TOTAL_SECONDS = 30.0
MAX_RANGE = 10_000
MAX_LENGTH = 1_000_000  # characters of a text or items of a collection
# The text a narrative file renders to. A section that lists every sub kegiatan of a large
# dinas sixteen times over (bench/, 9,600 rows) renders to about 1.5 million characters.
MAX_OUTPUT = 10_000_000
# The text all narrative files of one report render to together. The example renders to about
# 38,000 characters and the largest generated dataset (bench/, scale 16, 660 files) to about
# 2.1 million; 23 files of 10 million each made a report Word could not open (issue 17).
MAX_TOTAL_OUTPUT = 10_000_000
MAX_INT_BITS = 10_000  # about 3,000 digits: far beyond any figure, far below a slow number
MAX_MEMORY_BYTES = 1024 * 1024 * 1024  # address space a rendering may add

_SIZED = (str, bytes, list, tuple, dict, set, frozenset)
# A width or precision of seven digits or more in a %-format or a {}-format. Before the seven
# digits: characters that are no digit, or runs of at most six digits each followed by one,
# so that the run of seven is found in one way only (`[^%a-zA-Z]*\\d{7,}` could split a long
# run of digits anywhere).
_HUGE_FORMAT_WIDTH = re.compile(
    r"%[^%a-zA-Z\d]*(?:\d{1,6}[^%a-zA-Z\d]+)*\d{7,}|\{[^{}\d]*(?:\d{1,6}[^{}\d]+)*\d{7,}"
)
_COUNTED = "_lkjip_counted"  # the filter every `{% for %}` iterates through


class BudgetExceeded(Exception):
    """A narrative went over a bound; the message is Indonesian, for the diagnostic."""


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Budget:
    """Steps and deadlines of one report's narratives: per file and in total."""

    def __init__(self) -> None:
        now = time.monotonic()
        self.total_steps = 0
        self.total_deadline = now + MAX_TOTAL_SECONDS
        self.steps = 0
        self.deadline = now + MAX_SECONDS
        self.total_output = 0  # characters rendered by the files that succeeded so far

    def start_file(self) -> None:
        """Give the next narrative file its own steps and seconds (within the total)."""
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def step(self) -> None:
        self.steps += 1
        self.total_steps += 1
        if self.steps > MAX_STEPS:
            raise BudgetExceeded(
                f"lebih dari {_number(MAX_STEPS)} langkah (putaran, panggilan, akses atribut)"
            )
        if self.total_steps > MAX_TOTAL_STEPS:
            raise BudgetExceeded(
                f"seluruh narasi laporan melampaui {_number(MAX_TOTAL_STEPS)} langkah"
            )
        now = time.monotonic()
        if now > self.deadline:
            raise BudgetExceeded(f"berjalan lebih dari {MAX_SECONDS:g} detik")
        if now > self.total_deadline:
            raise BudgetExceeded(
                f"seluruh narasi laporan berjalan lebih dari {MAX_TOTAL_SECONDS:g} detik"
            )

    def sized(self, value: Any) -> Any:
        """`value`, after checking that it is not too long a text or collection."""
        if isinstance(value, _SIZED) and len(value) > MAX_LENGTH:
            raise BudgetExceeded(
                f"teks atau daftar lebih dari {_number(MAX_LENGTH)} karakter/butir"
            )
        if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
            raise BudgetExceeded("bilangan bulat terlalu besar")
        return value


def _check_product(left: Any, right: Any) -> None:
    """`left * right` would not build a too long text, list or number."""
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, _SIZED) and isinstance(count, int):
            if len(sequence) * max(count, 0) > MAX_LENGTH:
                raise BudgetExceeded(
                    f"perkalian menghasilkan lebih dari {_number(MAX_LENGTH)} karakter/butir"
                )
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise BudgetExceeded("perkalian menghasilkan bilangan terlalu besar")


def _check_power(base: Any, exponent: Any) -> None:
    """`base ** exponent` would not build a huge integer (10**10**9 never finishes)."""
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0:
        if max(base.bit_length(), 1) * exponent > MAX_INT_BITS:
            raise BudgetExceeded("pangkat menghasilkan bilangan terlalu besar")


def _check_format(text: Any, arguments: Iterable[Any] = ()) -> None:
    """A %- or {}-format would not pad to millions of characters."""
    if isinstance(text, str) and _HUGE_FORMAT_WIDTH.search(text):
        raise BudgetExceeded("lebar format teks terlalu besar")
    _check_size_arguments(arguments)


def _check_size_arguments(arguments: Iterable[Any]) -> None:
    """Integers given to string methods and filters are widths and counts: bound them."""
    for argument in arguments:
        if isinstance(argument, int) and not isinstance(argument, bool):
            if abs(argument) > MAX_LENGTH:
                raise BudgetExceeded(f"argumen {argument} terlalu besar")


@pass_context
def _counted(context: Context, iterable: Iterable[Any]) -> Iterator[Any]:
    """Every item a `{% for %}` loop takes is a step (pass_context: never run at compile time)."""
    budget: Budget = context.environment.budget  # type: ignore[attr-defined]
    for item in iterable:
        budget.step()
        yield item


class _BudgetedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with every loop counted and every `~` concatenation checked.

    A loop over a local list, inside another, calls nothing the sandbox sees; passing its
    iterable through a filter makes each iteration a step.
    """

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for loop in node.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, _COUNTED, [], [], None, None, lineno=loop.lineno)
        super().visit_Template(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.budget.sized(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with a `Budget` (see the module docstring)."""

    code_generator_class = _BudgetedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, *, filters: dict[str, Callable[..., Any]], **options: Any) -> None:
        super().__init__(**options)
        self.budget = Budget()
        own = {name: _strict_about_undefined(f) for name, f in filters.items()}
        self.filters.update(own)
        self.filters = {name: self._bounded_filter(name, f) for name, f in self.filters.items()}
        self.filters[_COUNTED] = _counted
        self.globals["range"] = self._range
        # lipsum(10**6) writes placeholder Latin in one long Python loop no step can stop;
        # a report has no use for it.
        del self.globals["lipsum"]

    def render_bounded(self, template: Any, context: dict[str, Any]) -> str:
        """Render `template` within the budget; the output at most MAX_OUTPUT long, and at
        most MAX_TOTAL_OUTPUT with the files rendered before it by this environment."""
        budget = self.budget
        budget.start_file()
        parts: list[str] = []
        length = 0
        with memory_ceiling():
            for chunk in template.generate(context):
                length += len(chunk)
                if length > MAX_OUTPUT:
                    raise BudgetExceeded(
                        f"teks hasil narasi lebih dari {_number(MAX_OUTPUT)} karakter"
                    )
                if budget.total_output + length > MAX_TOTAL_OUTPUT:
                    raise BudgetExceeded(
                        "teks hasil seluruh narasi laporan lebih dari "
                        f"{_number(MAX_TOTAL_OUTPUT)} karakter"
                    )
                parts.append(chunk)
        budget.total_output += length
        return "".join(parts)

    # -- the hooks the sandbox calls -------------------------------------------------------
    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.budget.step()
        # The str, list… a method belongs to; the sandbox wraps str.format (__wrapped__).
        owner = getattr(getattr(obj, "__wrapped__", obj), "__self__", None)
        if isinstance(owner, _SIZED):  # 'x'.center(10**9), '{:>999999999}'.format(1)
            _check_format(owner if isinstance(owner, str) else "", (*args, *kwargs.values()))
        return self.budget.sized(super().call(context, obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self.budget.step()
        if operator == "*":
            _check_product(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_format(left, right if isinstance(right, tuple) else (right,))
        return self.budget.sized(super().call_binop(context, operator, left, right))

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.budget.step()
        return self.budget.sized(super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.budget.step()
        return self.budget.sized(super().getitem(obj, argument))

    def _range(self, *args: int) -> range:
        numbers = range(*args)
        if len(numbers) > MAX_RANGE:
            raise BudgetExceeded(f"range lebih dari {_number(MAX_RANGE)} angka")
        return numbers

    def _bounded_filter(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """Filter `function` as a step, with its size arguments and its result checked.

        functools.wraps keeps Jinja's pass_context/pass_environment mark on the wrapper, so
        Jinja passes the same first argument to it as to the filter.
        """
        passes_first = getattr(function, "jinja_pass_arg", None) is not None

        @functools.wraps(function)
        def bounded(*args: Any, **kwargs: Any) -> Any:
            self.budget.step()
            value, *rest = args[1:] if passes_first else args
            if name == "format":  # "%0999999999d" | format(1)
                _check_format(value)
            _check_size_arguments([*rest, *kwargs.values()])
            return self.budget.sized(function(*args, **kwargs))

        return bounded


def _strict_about_undefined(function: Callable[..., Any]) -> Callable[..., Any]:
    """lkjip's own filter, failing on an undefined value as a placeholder without a filter
    does (LK402 with the nearest name): `{{ ind.IKM.capain | persen }}` printed "–", the
    mark of a figure that cannot be computed, for a misspelt attribute. Jinja's built-in
    filters keep their behaviour (`default` exists for undefined values)."""

    @functools.wraps(function)
    def strict(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, Undefined):
                value._fail_with_undefined_error()
        return function(*args, **kwargs)

    return strict


@contextmanager
def memory_ceiling(extra: int = MAX_MEMORY_BYTES) -> Iterator[None]:
    """Let the process grow by at most `extra` bytes of address space meanwhile: beyond it an
    allocation raises MemoryError instead of taking the machine's memory. Linux only (elsewhere
    the explicit checks above remain); a tighter limit already set is kept."""
    try:
        import resource
    except ImportError:  # Windows
        yield
        return
    used = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = None if used is None else used + extra
    if hard != resource.RLIM_INFINITY and ceiling is not None:
        ceiling = min(ceiling, hard)
    if ceiling is None or (soft != resource.RLIM_INFINITY and soft <= ceiling):
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    """The process's address space in bytes (Linux /proc), or None."""
    import os

    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")
