"""Low-level WordprocessingML helpers: elements, runs, fields, section properties, zip output.

Everything here builds lxml elements directly. python-docx's proxy objects are convenient but
do per-call lookups that get slow on large tables (python-docx #174), and they have no API for
fields, section numbering or table headers anyway. The helpers are small and free of state so the
writer can compose them and tests can call them one by one.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Iterable
from xml.sax.saxutils import escape

from docx.oxml.ns import qn as _docx_qn
from lxml import etree

# "w:p" → "{http://…/main}p": a large report asks this hundreds of thousands of times, and
# python-docx splits the string on every call. The set of tags is small, so remember them.
qn = functools.cache(_docx_qn)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

TWIPS_PER_CM = 1440 / 2.54
JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}

# A fixed timestamp for every zip entry: the earliest a zip can hold, so identical input gives
# identical bytes (python-docx stamps entries with the current time, python-docx #811/#1042).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def twips(cm: float) -> int:
    """Centimetres to twentieths of a point, the unit of most WordprocessingML lengths."""
    return round(cm * TWIPS_PER_CM)


def half_points(pt: float) -> int:
    """Points to half-points, the unit of w:sz."""
    return round(pt * 2)


def el(tag: str, attrs: dict[str, str | int] | None = None, *children: etree._Element):
    """Make a namespaced element such as el("w:jc", {"w:val": "center"})."""
    node = etree.Element(qn(tag))
    for key, value in (attrs or {}).items():
        node.set(qn(key), str(value))
    for child in children:
        node.append(child)
    return node


def sub(parent, tag: str, attrs: dict[str, str | int] | None = None):
    """Append a namespaced child element and return it."""
    node = etree.SubElement(parent, qn(tag))
    for key, value in (attrs or {}).items():
        node.set(qn(key), str(value))
    return node


# --- runs -------------------------------------------------------------------------------------


def run_properties(
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size_pt: float | None = None,
):
    """A w:rPr with only what is asked for, or None when nothing is (keeps the XML lean)."""
    rpr = el("w:rPr")
    # Schema order inside rPr: b, i, ..., sz, szCs, u.
    if bold:
        sub(rpr, "w:b")
        sub(rpr, "w:bCs")
    if italic:
        sub(rpr, "w:i")
        sub(rpr, "w:iCs")
    if size_pt is not None:
        sub(rpr, "w:sz", {"w:val": half_points(size_pt)})
        sub(rpr, "w:szCs", {"w:val": half_points(size_pt)})
    if underline:
        sub(rpr, "w:u", {"w:val": "single"})
    return rpr if len(rpr) else None


def text_run(text: str, rpr=None):
    """A w:r for text; newlines become w:br and tabs w:tab so Word shows them as typed."""
    run = el("w:r")
    if rpr is not None:
        run.append(clone(rpr))
    for i, line in enumerate(text.split("\n")):
        if i:
            sub(run, "w:br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                sub(run, "w:tab")
            if piece:
                t = sub(run, "w:t")
                t.text = piece
                if piece != piece.strip():
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


# Characters XML 1.0 cannot hold; lxml refuses them in text_run, and so does run_xml.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PRESERVE = ' xml:space="preserve"'
_CARRIAGE_RETURN = {"\r": "&#13;"}  # as lxml writes it, so the parser keeps it


def run_xml(text: str, rpr_xml: str = "") -> str:
    """`text_run` as XML text, for writers that assemble long tables as text: the same
    markup, character for character (a test holds the two together). `rpr_xml` is a
    serialized `w:rPr`, or ""."""
    if _NOT_XML.search(text):
        raise ValueError("All strings must be XML compatible: no NULL bytes or control characters")
    parts = ["<w:r>", rpr_xml]
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if piece:
                space = _PRESERVE if piece != piece.strip() else ""
                parts.append(f"<w:t{space}>{escape(piece, _CARRIAGE_RETURN)}</w:t>")
    if parts == ["<w:r>", ""]:
        return "<w:r/>"  # an empty cell's run, as lxml writes an empty element
    parts.append("</w:r>")
    return "".join(parts)


def break_run(kind: str = "page"):
    """A run holding a page (or column) break."""
    run = el("w:r")
    sub(run, "w:br", {"w:type": kind})
    return run


def clone(node):
    """A deep copy of an element. lxml's `__copy__` already copies the whole subtree, and
    skips the memo bookkeeping of `copy.deepcopy`, which showed in profiles of large tables."""
    return node.__copy__()


# --- fields -----------------------------------------------------------------------------------


def field_runs(instruction: str, cached: str, rpr=None) -> list:
    """A complex field as runs: begin, instruction, separate, cached result, end.

    The cached result is what python-docx, LibreOffice and Word (before an update) show, so
    callers pass the right value rather than a placeholder.
    """
    return [
        *field_begin_runs(instruction, rpr),
        text_run(cached, rpr),
        field_end_run(rpr),
    ]


def field_begin_runs(instruction: str, rpr=None, *, dirty: bool = False) -> list:
    """The runs up to and including the separator; the result runs follow, then field_end_run."""
    begin = el("w:r")
    if rpr is not None:
        begin.append(clone(rpr))
    char = sub(begin, "w:fldChar", {"w:fldCharType": "begin"})
    if dirty:
        char.set(qn("w:dirty"), "true")
    instr = el("w:r")
    if rpr is not None:
        instr.append(clone(rpr))
    text = sub(instr, "w:instrText")
    text.text = f" {instruction} "
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    separate = el("w:r")
    if rpr is not None:
        separate.append(clone(rpr))
    sub(separate, "w:fldChar", {"w:fldCharType": "separate"})
    return [begin, instr, separate]


def field_end_run(rpr=None):
    """The run closing a complex field."""
    end = el("w:r")
    if rpr is not None:
        end.append(clone(rpr))
    sub(end, "w:fldChar", {"w:fldCharType": "end"})
    return end


# --- paragraphs -------------------------------------------------------------------------------


def paragraph_properties(
    *,
    style_id: str | None = None,
    keep_next: bool = False,
    page_break_before: bool = False,
    no_numbering: bool = False,
    space_before_pt: float | None = None,
    space_after_pt: float | None = None,
    line_240ths: int | None = None,
    indent_left_cm: float = 0,
    indent_right_cm: float = 0,
    first_line_cm: float | None = None,
    align: str | None = None,
    outline_level: int | None = None,
):
    """A w:pPr with children in the schema's order (Word rejects out-of-order pPr children)."""
    ppr = el("w:pPr")
    if style_id:
        sub(ppr, "w:pStyle", {"w:val": style_id})
    if keep_next:
        sub(ppr, "w:keepNext")
    if page_break_before:
        sub(ppr, "w:pageBreakBefore")
    if no_numbering:
        # numId 0 switches off numbering a user's reference may attach to heading styles;
        # the labels ("BAB I", "A.") are written as text by the assembly.
        numpr = sub(ppr, "w:numPr")
        sub(numpr, "w:ilvl", {"w:val": 0})
        sub(numpr, "w:numId", {"w:val": 0})
    if space_before_pt is not None or space_after_pt is not None or line_240ths is not None:
        spacing = sub(ppr, "w:spacing")
        if space_before_pt is not None:
            spacing.set(qn("w:before"), str(round(space_before_pt * 20)))
        if space_after_pt is not None:
            spacing.set(qn("w:after"), str(round(space_after_pt * 20)))
        if line_240ths is not None:
            spacing.set(qn("w:line"), str(line_240ths))
            spacing.set(qn("w:lineRule"), "auto")
    if indent_left_cm or indent_right_cm or first_line_cm is not None:
        ind = sub(ppr, "w:ind")
        if indent_left_cm:
            ind.set(qn("w:left"), str(twips(indent_left_cm)))
        if indent_right_cm:
            ind.set(qn("w:right"), str(twips(indent_right_cm)))
        if first_line_cm is not None:
            if first_line_cm >= 0:
                ind.set(qn("w:firstLine"), str(twips(first_line_cm)))
            else:
                ind.set(qn("w:hanging"), str(twips(-first_line_cm)))
    if align:
        sub(ppr, "w:jc", {"w:val": JC.get(align, align)})
    if outline_level is not None:
        sub(ppr, "w:outlineLvl", {"w:val": outline_level})
    return ppr


def paragraph(ppr=None, runs: Iterable = ()):
    """A w:p from properties and runs."""
    p = el("w:p")
    if ppr is not None and len(ppr):
        p.append(ppr)
    for run in runs:
        p.append(run)
    return p


def set_ppr_child(ppr, child) -> None:
    """Insert a pPr child keeping schema order for the few children the writer adds late."""
    order = [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
        "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
        "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
        "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
        "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ]  # fmt: skip
    name = etree.QName(child).localname
    for old in ppr.findall(qn(f"w:{name}")):
        ppr.remove(old)
    rank = order.index(name)
    for i, existing in enumerate(ppr):
        if order.index(etree.QName(existing).localname) > rank:
            ppr.insert(i, child)
            return
    ppr.append(child)


# --- sections ---------------------------------------------------------------------------------

SECT_ORDER = [
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
    "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
]  # fmt: skip


def set_sect_child(sectpr, child) -> None:
    """Replace or insert a sectPr child at its schema position."""
    name = etree.QName(child).localname
    for old in sectpr.findall(qn(f"w:{name}")):
        sectpr.remove(old)
    rank = SECT_ORDER.index(name)
    for i, existing in enumerate(sectpr):
        local = etree.QName(existing).localname
        if local in SECT_ORDER and SECT_ORDER.index(local) > rank:
            sectpr.insert(i, child)
            return
    sectpr.append(child)


def remove_sect_child(sectpr, name: str) -> None:
    for old in sectpr.findall(qn(f"w:{name}")):
        sectpr.remove(old)


def apply_section(
    sectpr,
    *,
    orientation: str,
    numbering: str | None,
    restart_at: int | None,
    new_page: bool,
    title_page: bool = False,
) -> None:
    """Set orientation, page numbering and start type on a sectPr, keeping its margins.

    Landscape needs both the swapped page size and w:orient (python-docx #298): Word lays out by
    the size, printers and LibreOffice also look at the attribute.
    """
    pgsz = sectpr.find(qn("w:pgSz"))
    if pgsz is None:
        pgsz = el("w:pgSz", {"w:w": twips(21.0), "w:h": twips(29.7)})
        set_sect_child(sectpr, pgsz)
    w, h = int(pgsz.get(qn("w:w"))), int(pgsz.get(qn("w:h")))
    short, long_ = min(w, h), max(w, h)
    if orientation == "landscape":
        pgsz.set(qn("w:w"), str(long_))
        pgsz.set(qn("w:h"), str(short))
        pgsz.set(qn("w:orient"), "landscape")
    else:
        pgsz.set(qn("w:w"), str(short))
        pgsz.set(qn("w:h"), str(long_))
        pgsz.attrib.pop(qn("w:orient"), None)
    set_sect_child(sectpr, el("w:type", {"w:val": "nextPage" if new_page else "continuous"}))
    remove_sect_child(sectpr, "pgNumType")
    if numbering or restart_at is not None:
        pgnum = el("w:pgNumType")
        if numbering:
            pgnum.set(qn("w:fmt"), {"lower-roman": "lowerRoman"}.get(numbering, numbering))
        if restart_at is not None:
            pgnum.set(qn("w:start"), str(restart_at))
        set_sect_child(sectpr, pgnum)
    remove_sect_child(sectpr, "titlePg")
    if title_page:
        set_sect_child(sectpr, el("w:titlePg"))


# --- tables -----------------------------------------------------------------------------------


def borders(tag: str, *, visible: bool, sides: Iterable[str]):
    """tblBorders/tcBorders: single 1/2-pt lines (sz 4 eighths of a point) or none."""
    node = el(tag)
    line: dict[str, str | int] = {"w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000"}
    for side in sides:
        if visible:
            sub(node, f"w:{side}", line)
        else:
            sub(node, f"w:{side}", {"w:val": "nil"})
    return node


# --- zip --------------------------------------------------------------------------------------


def normalise_zip(data: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """Rewrite a package with fixed timestamps and a stable entry order.

    [Content_Types].xml stays first (Office and some validators expect it there); the other
    entries are sorted by name so the order does not depend on how the parts were reached.
    `replace` swaps the bytes of existing entries (e.g. docProps/app.xml).
    """
    replace = replace or {}
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    ordered = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in ordered:
            target.writestr(zip_entry(name), replace.get(name) or source.read(name))
    return out.getvalue()


def zip_entry(name: str) -> zipfile.ZipInfo:
    """A deflated zip entry stamped with ZIP_EPOCH and fixed attributes: same bytes every time."""
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0
    info.external_attr = 0o600 << 16
    return info
