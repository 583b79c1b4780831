"""Lists with real Word numbering: the abstractNum / num bookkeeping of numbering.xml.

One abstractNum per kind of list (bullets, "1.", "a.", or a tuple of per-level formats),
created on first use; one `w:num` per numbered list, whose `w:lvlOverride/w:startOverride`
restarts it at 1 so two lists never continue each other. All bullet lists share one num.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from docx.document import Document

from lkjip.render import ooxml
from lkjip.render.blocks import Text
from lkjip.render.ooxml import el, qn, sub

ListFormat = Literal["decimal", "lowerLetter", "bullet"]
ListKind = Literal["decimal", "letter", "bullet"]

MAX_LEVEL = 8  # Word lists have nine levels, 0..8

_BULLETS = ["•", "–", "▪"]
_KIND_FORMATS: dict[str, tuple[str, ...]] = {
    "decimal": ("decimal", "lowerLetter", "lowerRoman"),
    "letter": ("lowerLetter", "decimal", "lowerRoman"),
    "bullet": ("bullet",) * 3,
}


@dataclass(frozen=True)
class ListEntry:
    """One item of a nested list: its text and its level (0 = top, 1 = a sub-item, …)."""

    text: Text
    level: int = 0


def clamp_level(level: int) -> int:
    return min(max(level, 0), MAX_LEVEL)


def list_properties(style_id: str | None, num_id: int, level: int):
    """The `w:pPr` of a list item: List Paragraph numbered by `w:numPr` (numId, ilvl)."""
    ppr = ooxml.paragraph_properties(style_id=style_id, align="justify")
    numpr = el("w:numPr")
    sub(numpr, "w:ilvl", {"w:val": level})
    sub(numpr, "w:numId", {"w:val": num_id})
    ooxml.set_ppr_child(ppr, numpr)
    return ppr


@dataclass
class ListNumbering:
    """Hands out `w:num` ids for the lists of one document."""

    document: Document
    _abstract_ids: dict[str | tuple[str, ...], int] = field(default_factory=dict)
    _bullet_num: int | None = None

    def for_list(self, kind: ListKind, level: int) -> int:
        """A w:num for a flat list: shared for bullets, new (restarting) for numbered lists."""
        if kind == "bullet":
            if self._bullet_num is None:
                self._bullet_num = self._new_num(self._abstract_for(kind), restart=())
            return self._bullet_num
        return self._new_num(self._abstract_for(kind), restart=(clamp_level(level),))

    def for_nested_list(self, formats: tuple[ListFormat, ...], levels: Iterable[int]) -> int:
        """A new w:num for a list with levels; each level used restarts at 1."""
        key = tuple(formats) or ("decimal",)
        return self._new_num(self._abstract_for(key), restart=levels)

    def _numbering(self):
        # python-docx adds a numbering part to a reference that has none, on first access.
        return self.document.part.numbering_part.element

    def _new_num(self, abstract_id: int, *, restart: Iterable[int]) -> int:
        """A new w:num over `abstract_id`; the levels in `restart` start again at 1."""
        numbering = self._numbering()
        used = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        num_id = max(used, default=0) + 1
        num = sub(numbering, "w:num", {"w:numId": num_id})
        sub(num, "w:abstractNumId", {"w:val": abstract_id})
        for level in restart:
            override = sub(num, "w:lvlOverride", {"w:ilvl": level})
            sub(override, "w:startOverride", {"w:val": 1})
        return num_id

    def _abstract_for(self, kind: str | tuple[str, ...]) -> int:
        """The abstractNum for a list kind or a tuple of per-level formats, made on first use."""
        if kind in self._abstract_ids:
            return self._abstract_ids[kind]
        numbering = self._numbering()
        used = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(used, default=-1) + 1
        abstract = _abstract_num(abstract_id, kind)
        first_num = numbering.find(qn("w:num"))
        # Schema: every abstractNum precedes every num.
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        self._abstract_ids[kind] = abstract_id
        return abstract_id


def _level_format(kind: str | tuple[str, ...], level: int) -> str:
    """The number format of `level` for a list kind or a tuple of per-level formats; levels
    beyond the tuple continue the usual decimal → lowerLetter → lowerRoman cycle."""
    formats = _KIND_FORMATS[kind] if isinstance(kind, str) else kind
    if level < len(formats):
        return formats[level]
    return _KIND_FORMATS["decimal"][level % 3]


def _abstract_num(abstract_id: int, kind: str | tuple[str, ...]):
    """An abstractNum with nine levels for bullets, 1. 2. or a. b. lists, or mixed levels."""
    abstract = el("w:abstractNum", {"w:abstractNumId": abstract_id})
    sub(abstract, "w:multiLevelType", {"w:val": "hybridMultilevel"})
    for level in range(MAX_LEVEL + 1):
        lvl = sub(abstract, "w:lvl", {"w:ilvl": level})
        sub(lvl, "w:start", {"w:val": 1})
        fmt = _level_format(kind, level)
        text = _BULLETS[level % 3] if fmt == "bullet" else f"%{level + 1}."
        sub(lvl, "w:numFmt", {"w:val": fmt})
        sub(lvl, "w:lvlText", {"w:val": text})
        sub(lvl, "w:lvlJc", {"w:val": "left"})
        ppr = sub(lvl, "w:pPr")
        sub(ppr, "w:ind", {"w:left": 567 * (level + 1), "w:hanging": 397})
    return abstract
