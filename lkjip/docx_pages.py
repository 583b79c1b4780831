"""Store laid-out page numbers in the cached results of a .docx's TOC and list fields.

lkjip writes the Daftar Isi, Daftar Tabel and Daftar Gambar as Word fields whose cached result
already lists every entry, but without page numbers: only a layout engine knows them. When
LibreOffice lays the document out (`lkjip.pdf`), it reports each index's entries with their
pages; this module writes those pages into the .docx, as a tab and the number after each entry
(the toc and "table of figures" styles carry the right-aligned dotted tab stop). Viewers that
never update fields (a plain LibreOffice conversion, WPS Office, Google Docs) then show the
same numbers as the PDF. Word still rebuilds the fields on open (w:updateFields).

An index is only numbered when LibreOffice's entries are exactly the document's, in order; an
index that differs is left as it was and named in the returned list, never numbered wrongly.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from lkjip import atomic

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_PART = "word/document.xml"
_LABEL = re.compile(r'\\c\s+"([^"]+)"')


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass(frozen=True)
class LaidOutIndex:
    """One index as LibreOffice laid it out: "toc" or a caption label, and (text, page) pairs."""

    jenis: str
    entri: tuple[tuple[str, str], ...]


def read_layout(path: Path) -> list[LaidOutIndex]:
    """The JSON `_uno_pdf.py` writes (see its docstring)."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        LaidOutIndex(str(item["jenis"]), tuple((str(t), str(p)) for t, p in item["entri"]))
        for item in raw
    ]


def store_page_numbers(docx: Path, layout: list[LaidOutIndex]) -> list[str]:
    """Write the pages of `layout` into `docx` (replaced atomically); return the kinds of the
    indexes left unnumbered because their entries did not match."""
    with zipfile.ZipFile(docx) as package:
        root = etree.fromstring(package.read(DOCUMENT_PART))
        unmatched = number_indexes(root, layout)
        part = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        data = _replace_part(package, DOCUMENT_PART, part)
    atomic.write_bytes(docx, data)
    return unmatched


def number_indexes(root: etree._Element, layout: list[LaidOutIndex]) -> list[str]:
    """Number every TOC / list-of field of the document body `root` in place."""
    waiting = {kind: [i for i in layout if i.jenis == kind] for kind in {i.jenis for i in layout}}
    unmatched = []
    for kind, paragraphs in index_fields(root):
        candidates = waiting.get(kind, [])
        laid_out = candidates.pop(0) if candidates else None
        if laid_out is None or not _same_entries(paragraphs, laid_out):
            unmatched.append(kind)
            continue
        for paragraph, (_, page) in zip(paragraphs, laid_out.entri, strict=True):
            _set_page(paragraph, page)
    return unmatched


def index_fields(root: etree._Element) -> list[tuple[str, list[etree._Element]]]:
    """(kind, entry paragraphs) of every TOC field, in document order: kind is "toc" for a
    table of contents, else the caption label of a list (`TOC \\c "Tabel"`)."""
    found = []
    for instr in root.iter(_w("instrText")):
        code = (instr.text or "").strip()
        if not code.startswith("TOC"):
            continue
        label = _LABEL.search(code)
        begin = instr.getparent().getparent()
        found.append((label.group(1) if label else "toc", _field_paragraphs(begin)))
    return found


def _field_paragraphs(first: etree._Element) -> list[etree._Element]:
    """The paragraphs from the field's first up to the one holding its end (fields nested in
    an entry open and close in the same paragraph, so the first paragraph whose ends outnumber
    its begins closes the TOC)."""
    paragraphs = []
    paragraph: etree._Element | None = first
    depth = 0
    while paragraph is not None:
        if paragraph.tag == _w("p"):
            paragraphs.append(paragraph)
            for mark in paragraph.iter(_w("fldChar")):
                kind = mark.get(_w("fldCharType"))
                depth += 1 if kind == "begin" else -1 if kind == "end" else 0
            if depth <= 0:
                break
        paragraph = paragraph.getnext()
    return paragraphs


def entry_text(paragraph: etree._Element) -> str:
    """What an entry reads, page number excluded, with runs of whitespace as one space."""
    texts = [t.text or "" for t in paragraph.iter(_w("t")) if not _is_page_run(t.getparent())]
    return " ".join("".join(texts).split())


def entry_page(paragraph: etree._Element) -> str | None:
    """The page number stored after an entry, if any."""
    for run in paragraph.iter(_w("r")):
        if _is_page_run(run):
            return "".join(t.text or "" for t in run.iter(_w("t")))
    return None


def _same_entries(paragraphs: list[etree._Element], laid_out: LaidOutIndex) -> bool:
    ours = [entry_text(p) for p in paragraphs]
    theirs = [" ".join(text.split()) for text, _ in laid_out.entri]
    return ours == theirs


def _is_page_run(run: etree._Element | None) -> bool:
    return run is not None and run.tag == _w("r") and run.find(_w("tab")) is not None


def _set_page(paragraph: etree._Element, page: str) -> None:
    """Put `<tab/>page` after the entry's text, before the field's end when it is here."""
    for old in [r for r in paragraph.iter(_w("r")) if _is_page_run(r)]:
        old.getparent().remove(old)
    run = etree.Element(_w("r"))
    etree.SubElement(run, _w("tab"))
    etree.SubElement(run, _w("t")).text = page
    end = _field_end_run(paragraph)
    if end is not None:
        end.addprevious(run)
    else:
        paragraph.append(run)


def _field_end_run(paragraph: etree._Element) -> etree._Element | None:
    for mark in paragraph.iter(_w("fldChar")):
        if mark.get(_w("fldCharType")) == "end":
            return mark.getparent()
    return None


def _replace_part(package: zipfile.ZipFile, name: str, data: bytes) -> bytes:
    """The package's bytes with part `name` replaced; every other part copied as it was, in
    the same order (so [Content_Types].xml stays first)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in package.infolist():
            target.writestr(info, data if info.filename == name else package.read(info))
    return out.getvalue()
