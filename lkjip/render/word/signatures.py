"""Signature blocks: place and date, role, room for the signature and stamp, the NAME bold and
underlined, pangkat, NIP. Alone (centered in one half of the page) or two side by side in a
borderless table (Perjanjian Kinerja: Pihak Kedua left, Pihak Pertama right)."""

from __future__ import annotations

from typing import TypedDict

from lkjip import idfmt
from lkjip.render import ooxml
from lkjip.render.blocks import TableSpec
from lkjip.render.ooxml import sub
from lkjip.render.word.table_xml import TableBuilder

_ROOM_FOR_SIGNATURE_PT = 60


class SignatureBlock(TypedDict, total=False):
    place_date: str | None
    role: str
    name: str
    pangkat: str | None
    nip: str | None


def signature_paragraphs(
    place_date: str | None,
    role: str,
    name: str,
    pangkat: str | None,
    nip: str | None,
    indent_left: float,
    indent_right: float,
) -> list:
    """The paragraphs of one block, kept together on a page; the NIP printed by `idfmt.nip`."""

    def line(text: str, *, bold=False, underline=False, after=0.0, keep=True):
        ppr = ooxml.paragraph_properties(
            keep_next=keep,
            space_before_pt=0,
            space_after_pt=after,
            line_240ths=240,
            indent_left_cm=indent_left,
            indent_right_cm=indent_right,
            align="center",
        )
        rpr = ooxml.run_properties(bold=bold, underline=underline)
        return ooxml.paragraph(ppr, [ooxml.text_run(text, rpr)] if text else [])

    lines = []
    if place_date is not None:
        lines.append(line(place_date))
    lines.append(line(role, after=_ROOM_FOR_SIGNATURE_PT))
    tail = [t for t in (pangkat, f"NIP. {idfmt.nip(nip)}" if nip else None) if t]
    lines.append(line(name, bold=True, underline=True, keep=bool(tail)))
    for i, text in enumerate(tail):
        lines.append(line(text, keep=i < len(tail) - 1))
    return lines


def borderless_row(widths_cm: list[float]):
    """A borderless `w:tbl` of one row that does not split, its cells sized and empty."""
    spec = TableSpec(
        widths_cm=widths_cm,
        header=[],
        rows=[],
        number_row=False,
        borders=False,
        repeat_header=False,
    )
    tbl = TableBuilder(spec, None).skeleton()
    tr = sub(tbl, "w:tr")
    sub(sub(tr, "w:trPr"), "w:cantSplit")
    for width in widths_cm:
        tcpr = sub(sub(tr, "w:tc"), "w:tcPr")
        sub(tcpr, "w:tcW", {"w:w": ooxml.twips(width), "w:type": "dxa"})
        sub(tcpr, "w:vAlign", {"w:val": "center"})
    return tbl


def side_by_side_table(left: SignatureBlock, right: SignatureBlock, half_cm: float):
    """A borderless two-column `w:tbl`, one block per cell, on one page."""
    blocks = [SignatureBlock(**left), SignatureBlock(**right)]
    # Line the names up: if only one side has a place/date line, give the other a blank one.
    if any(b.get("place_date") for b in blocks):
        for b in blocks:
            b["place_date"] = b.get("place_date") or ""
    layout = TableSpec(
        widths_cm=[half_cm, half_cm],
        header=[],
        rows=[],
        number_row=False,
        borders=False,
        repeat_header=False,
    )
    tbl = TableBuilder(layout, None).skeleton()
    tr = sub(tbl, "w:tr")
    sub(sub(tr, "w:trPr"), "w:cantSplit")  # the two blocks stay on one page
    for block in blocks:
        tc = sub(tr, "w:tc")
        tcpr = sub(tc, "w:tcPr")
        sub(tcpr, "w:tcW", {"w:w": ooxml.twips(half_cm), "w:type": "dxa"})
        for p in signature_paragraphs(
            block.get("place_date"),
            block.get("role", ""),
            block.get("name", ""),
            block.get("pangkat"),
            block.get("nip"),
            0,
            0,
        ):
            tc.append(p)
    return tbl
