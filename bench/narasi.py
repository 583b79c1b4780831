"""Narrative Markdown of a generated dataset: every section file the example has, plus one
analysis per indicator.

The texts live in `bench/templat/` as Jinja templates written the way
`examples/dumai_kota_2022/narasi/` writes them: every figure is a placeholder
(`{{ sas.S1.capaian | persen }}`, `{{ total.pagu | rupiah }}`), counts use `| bilangan`, lists
loop over `sas`, `prog` and `renstra`, and a few sentences name one sasaran, indicator or
program directly by its id or code. No percentage, amount or count is typed, so the
consistency rules LK361–LK369 stay quiet. `@…@` markers are filled in here with ids and codes
that exist only in the generated data.
"""

from __future__ import annotations

import functools
from pathlib import Path

from lkjip.render.narrative import SECTIONS  # the section files, in document order
from lkjip.terbilang import terbilang

TEMPLAT = Path(__file__).parent / "templat"


@functools.cache
def _templat(name: str) -> str:
    return (TEMPLAT / f"{name}.md").read_text(encoding="utf-8")


def _fill(text: str, marks: dict[str, str]) -> str:
    for mark, value in marks.items():
        text = text.replace(mark, value)
    return text


def sections(first_sasaran: str, penunjang: str, second_program: str) -> dict[str, str]:
    """Section name → template text, with the generated ids and codes filled in."""
    marks = {"@S1@": first_sasaran, "@PENUNJANG@": penunjang, "@PROGRAM2@": second_program}
    return {name: _fill(_templat(name), marks) for name in SECTIONS}


def indikator(ind_id: str, objek: str, petugas: int, ikm: bool) -> str:
    """The analysis of one indicator: result, cause, supporting programs, service quality (for
    a satisfaction index), trend. `petugas` is a typed fact, written with its words."""
    parts = ["hasil", "penyebab", "program", *(["mutu_ikm"] if ikm else []), "tren"]
    text = "\n".join(_templat(f"indikator/{p}") for p in parts)
    marks = {
        "@ID@": ind_id,
        "@OBJEK@": objek.lower(),
        "@PETUGAS@": f"{petugas} ({terbilang(petugas)})",
    }
    return _fill(text, marks)
