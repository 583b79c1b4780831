"""The Markdown subset of the narrative files (docs/dev/contracts.md) → blocks.

Supported: paragraphs (a blank line starts a new one; consecutive lines join with a space),
lists with `-`/`*`/`+`, `1.`/`1)` or `a.`/`a)` markers and one nesting level (indent the
child by two or more spaces), `**bold**`, `*italic*`/`_italic_`, `\\*` escapes, and `#`…`######`
headings, which become a bold run-in sub-heading paragraph. Anything else is plain text;
`unsupported` finds the usual culprits in a narrative file (tables, images, links, deep lists:
LK405).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lkjip.render.blocks import Run


@dataclass(frozen=True)
class Paragraph:
    runs: list[Run]
    heading: bool = False  # a `###` sub-heading: bold, kept with the next paragraph


@dataclass
class ListItem:
    runs: list[Run]
    children: ListBlock | None = None


@dataclass
class ListBlock:
    items: list[ListItem] = field(default_factory=list)
    numbered: bool = False
    letter: bool = False  # a., b., c.


Block = Paragraph | ListBlock

# A heading: up to three spaces, one to six "#", whitespace, then the text; the closing "#"s
# and spaces are stripped by `_heading` with str methods. One pattern doing both
# (`\s+(.*?)\s*#*\s*$`) tried every split of a run of spaces three ways: cubic, 19 s on a
# 2 kB line. Here each quantified part stops where the next must begin.
_HEADING = re.compile(r"\s{0,3}(#{1,6})(\s.*)")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)]|[a-z][.)])\s+(.*)$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def _heading(line: str) -> str | None:
    """The text of a heading line ("## Bab I ##" → "Bab I"); None when the line is not one."""
    match = _HEADING.fullmatch(line)
    if match is None:
        return None
    return match.group(2).strip().rstrip("#").rstrip()


def parse(text: str) -> list[Block]:
    """Parse the Markdown subset into paragraphs and lists."""
    blocks: list[Block] = []
    para: list[str] = []
    current: ListBlock | None = None  # the top-level list being built
    last_item: ListItem | None = None  # the item continuation lines belong to
    item_lines: list[str] = []
    base_indent = 0

    def flush_para() -> None:
        if para:
            blocks.append(Paragraph(inline(" ".join(s.strip() for s in para))))
            para.clear()

    def flush_item() -> None:
        nonlocal last_item
        if last_item is not None and item_lines:
            last_item.runs = inline(" ".join(s.strip() for s in item_lines))
        item_lines.clear()

    def close_list() -> None:
        nonlocal current, last_item
        flush_item()
        if current is not None:
            blocks.append(current)
        current = None
        last_item = None

    blank_before = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush_para()
            blank_before = True
            continue
        heading = _heading(line)
        if heading is not None:
            flush_para()
            close_list()
            runs = inline(heading, bold=True)
            blocks.append(Paragraph(runs, heading=True))
            blank_before = False
            continue
        item = _ITEM.match(line)
        if item and not _RULE.match(line):
            flush_para()
            indent = len(item.group(1).replace("\t", "    "))
            marker = item.group(2)
            numbered = marker[0].isdigit()
            letter = marker[0].isalpha()
            kind = (numbered or letter, letter)
            if current is not None and indent < base_indent + 2:
                if (current.numbered, current.letter) != kind:
                    close_list()  # a different kind of marker starts a new list
            if current is None:
                current = ListBlock(numbered=numbered or letter, letter=letter)
                base_indent = indent
            flush_item()
            new = ListItem(runs=[])
            if indent >= base_indent + 2 and current.items:
                parent = current.items[-1]
                if parent.children is None:
                    parent.children = ListBlock(numbered=numbered or letter, letter=letter)
                parent.children.items.append(new)
            else:
                current.items.append(new)
            last_item = new
            item_lines.append(item.group(3))
            blank_before = False
            continue
        if current is not None:
            # An indented line (or a line right after an item) continues the item; an
            # unindented line after a blank line starts a paragraph.
            if raw[:1] in (" ", "\t") or not blank_before:
                item_lines.append(line)
                blank_before = False
                continue
            close_list()
        para.append(line)
        blank_before = False
    flush_para()
    close_list()
    return blocks


_INLINE = re.compile(
    r"\\([\\*_`])"  # escape
    r"|\*\*\*(?P<bi>.+?)\*\*\*"  # bold italic
    r"|\*\*(?P<b>.+?)\*\*"  # bold
    r"|__(?P<b2>.+?)__"
    r"|(?<![\w*])\*(?P<i>[^*\s](?:[^*]*?[^*\s])?)\*(?!\*)"  # italic
    r"|(?<![\w_])_(?P<i2>[^_\s](?:[^_]*?[^_\s])?)_(?![\w_])"
)


def inline(text: str, *, bold: bool = False, italic: bool = False) -> list[Run]:
    """`**bold**`, `*italic*` and escapes → runs; adjacent runs of one style are merged."""
    runs: list[Run] = []
    pos = 0
    for match in _INLINE.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos : match.start()], bold=bold, italic=italic))
        if match.group(1) is not None:
            runs.append(Run(match.group(1), bold=bold, italic=italic))
        elif match.group("bi") is not None:
            runs += inline(match.group("bi"), bold=True, italic=True)
        elif match.group("b") is not None or match.group("b2") is not None:
            inner = match.group("b") if match.group("b") is not None else match.group("b2")
            runs += inline(inner, bold=True, italic=italic)
        else:
            inner = match.group("i") if match.group("i") is not None else match.group("i2")
            runs += inline(inner, bold=bold, italic=True)
        pos = match.end()
    if pos < len(text):
        runs.append(Run(text[pos:], bold=bold, italic=italic))
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, bold=run.bold, italic=run.italic)
        elif run.text:
            merged.append(run)
    return merged


def plain(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


# --- what the subset does not support (LK405) ----------------------------------------------------

# A "|" is followed by its own spaces, so no two runs of spaces meet: `\\s*\\|?\\s*` tried every
# split of a line of spaces, quadratic.
_TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")
# No "[" or "(" inside and bounded lengths, so that a hostile 256 kB line stays linear.
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\n]{0,300}\)")
_LINK = re.compile(r"(?<!!)\[[^\[\]\n]{1,300}\]\([^()\s]{0,300}\)")


@dataclass(frozen=True)
class Unsupported:
    """Markdown outside the subset, found in a narrative file: printed as plain text."""

    line: int  # 1-based, in the file as written (before Jinja)
    what: str  # "tabel", "gambar", "tautan", "daftar bertingkat lebih dari satu"
    text: str  # the markup itself, what a pengakuan names


def unsupported(text: str) -> list[Unsupported]:
    """Tables, images, links and lists nested deeper than one level in a narrative's source.

    The source is scanned as written, Jinja included, so the line numbers are the file's; the
    list tracking follows `parse` (a child is indented two or more spaces past its parent)."""
    found: list[Unsupported] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    base: int | None = None  # indent of the current list's items
    child: int | None = None  # indent of the first child item under the current item
    blank_before = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if not line.strip():
            blank_before = True
            continue
        if "|" in line and _TABLE_RULE.match(line) and number > 1 and "|" in lines[number - 2]:
            found.append(Unsupported(number - 1, "tabel", _short(lines[number - 2])))
        for match in _IMAGE.finditer(line):
            found.append(Unsupported(number, "gambar", match.group(0)))
        for match in _LINK.finditer(line):
            found.append(Unsupported(number, "tautan", match.group(0)))
        item = _ITEM.match(line)
        if _heading(line) is not None:
            base = child = None
        elif item and not _RULE.match(line):
            indent = len(item.group(1).replace("\t", "    "))
            if base is None:
                base, child = indent, None
            elif indent < base + 2:
                child = None
            elif child is None or indent < child:
                child = indent
            elif indent >= child + 2:
                what = "daftar bertingkat lebih dari satu"
                found.append(Unsupported(number, what, _short(line)))
        elif base is not None and blank_before and raw[:1] not in (" ", "\t"):
            base = child = None
        blank_before = False
    return found


def _short(line: str) -> str:
    text = line.strip()
    return text if len(text) <= 80 else text[:79] + "…"
