"""The narrative of one run, as the narrative rules (LK36x) read it.

`run_checks` builds one `Prose` per run from the project and the figures calc computed once
for that run. What several rules share (the masked text of every file, the classified typed
numbers) is computed on first use and kept on this object, so it lives exactly as long as the
run: no module-level cache can hand one project's findings to another.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar, cast

from lkjip.calc.results import Hasil
from lkjip.model import Project

T = TypeVar("T")

# A Jinja expression, statement or comment: from its opener to the first closer after it
# ("{{ … }}", "{% … %}", "{# … #}", across lines).
_JINJA = {"{{": "}}", "{%": "%}", "{#": "#}"}


def jinja_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of every Jinja expression, statement and comment, left to right.

    A scan with str.find, not one lazy pattern (`\\{%.*?%\\}`): that pattern searched to the
    end of the text again from every unclosed "{%", quadratic (84 s on 60 kB). Each find here
    starts past where the previous one of its kind stopped, and once an opener finds no closer
    after it, no later opener of its kind can: its kind is dropped. Linear in the text."""
    ahead = {opener: at for opener in _JINJA if (at := text.find(opener)) >= 0}
    while ahead:
        opener = min(ahead, key=ahead.__getitem__)
        start = ahead[opener]
        end = text.find(_JINJA[opener], start + 2)
        if end < 0:
            del ahead[opener]  # the other kinds' next openers lie further on, still valid
            continue
        yield start, end + 2
        for passed in [kind for kind, at in ahead.items() if at < end + 2]:
            at = text.find(passed, end + 2)
            if at < 0:
                del ahead[passed]
            else:
                ahead[passed] = at


def masked(text: str) -> str:
    """The text with Jinja expressions blanked out (same length, newlines kept)."""
    parts: list[str] = []
    pos = 0
    for start, end in jinja_spans(text):
        parts.append(text[pos:start])
        parts.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


@dataclass(frozen=True)
class ProseFile:
    """One narrative file: its raw Markdown and the same text with Jinja blanked out."""

    file: str
    raw: str
    text: str
    line_starts: tuple[int, ...]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset.

        Found by bisection in the line starts: counting the newlines before every number anew
        took minutes for a narrative of a few MB typed full of numbers."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1


def prose_file(file: str, raw: str) -> ProseFile:
    starts = (0, *(m.end() for m in re.finditer("\n", raw)))
    return ProseFile(file, raw, masked(raw), starts)


@dataclass
class Prose:
    """The project, the run's computed figures and its narrative files (in name order)."""

    project: Project
    hasil: Hasil
    _files: list[ProseFile] | None = field(default=None, init=False, repr=False)
    _shared: dict[Callable[[Prose], object], object] = field(
        default_factory=dict, init=False, repr=False
    )

    @property
    def files(self) -> list[ProseFile]:
        if self._files is None:
            narasi = self.project.narasi
            self._files = [prose_file(narasi[n].file, narasi[n].text) for n in sorted(narasi)]
        return self._files

    def shared(self, derive: Callable[[Prose], T]) -> T:
        """`derive(self)`, computed once for this run however many rules ask for it."""
        if derive not in self._shared:
            self._shared[derive] = derive(self)
        return cast(T, self._shared[derive])
