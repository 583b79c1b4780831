"""Export a .docx to PDF through a running LibreOffice, with every index brought up to date.

Run by `lkjip.pdf` under a Python interpreter that can `import uno` (usually the system
`/usr/bin/python3` with Debian's python3-uno, or LibreOffice's bundled `program/python`), which
is often not the interpreter lkjip runs in. So this file is standalone: standard library and
`uno` only, never `import lkjip`.

    python3 _uno_pdf.py PIPE_NAME DOCX PDF SECONDS [PAGES_JSON]

`lkjip.pdf` has already started `soffice --accept="pipe,name=PIPE_NAME;urp;"` and owns that
process (it kills it however this script ends). This script connects (retrying while soffice
starts, for up to SECONDS), loads DOCX hidden, updates the text fields and every document index
(table of contents, list of tables, list of figures) twice — the first pass can add pages to
the front matter and shift what follows — and stores PDF with the writer_pdf_Export filter.

A plain `soffice --convert-to pdf` keeps the cached field results of the .docx, so its table of
contents has no page numbers; this is the reason for the script.

With PAGES_JSON, the entries of every index, as laid out, are written there too, so lkjip can
store the page numbers in the .docx itself: a JSON list, one item per index,
`{"jenis": "toc" | "<caption label>", "entri": [[text, page], ...]}`. PDF "-" means: lay out
and write PAGES_JSON only, no PDF.

Exit status 0 on success; otherwise 1 and one line on stderr saying what failed (English:
lkjip wraps it in its own message).
"""

from __future__ import annotations

import json
import os
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

UPDATE_PASSES = 2
NO_PDF = "-"  # the PDF argument when only the page numbers are wanted


def _props(**values: object) -> tuple:
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        out.append(prop)
    return tuple(out)


def _connect(pipe: str, deadline: float):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
    while True:
        try:
            return resolver.resolve(url)
        except NoConnectException:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


# Word's style for the entries of a list of tables or figures. LibreOffice imports it as a
# paragraph style of that name but fills the lists it regenerates with its own "Figure Index 1"
# (justified, no indents), so the lists are pointed back at the document's style.
WORD_FIGURES_STYLE = "table of figures"


def _paragraph_style(doc, wanted: str) -> str | None:
    """The name of the document's paragraph style called `wanted` (any case), if any."""
    styles = doc.getStyleFamilies().getByName("ParagraphStyles")
    for name in styles.getElementNames():
        if name.lower() == wanted:
            return name
    return None


def _use_word_index_styles(doc) -> None:
    """Let every list of tables/figures use the document's "table of figures" style.

    The table of contents needs nothing: Word's "toc 1..9" become LibreOffice's "Contents 1..9",
    which its table of contents uses.
    """
    figures = _paragraph_style(doc, WORD_FIGURES_STYLE)
    if figures is None:
        return
    indexes = doc.getDocumentIndexes()
    for i in range(indexes.getCount()):
        index = indexes.getByIndex(i)
        if index.supportsService("com.sun.star.text.IllustrationsIndex") or index.supportsService(
            "com.sun.star.text.TableIndex"
        ):
            index.setPropertyValue("ParaStyleLevel1", figures)


def _update_indexes(doc) -> int:
    """Refresh fields and every index; return how many indexes the document has."""
    _use_word_index_styles(doc)
    count = 0
    for _ in range(UPDATE_PASSES):
        doc.getTextFields().refresh()
        indexes = doc.getDocumentIndexes()
        count = indexes.getCount()
        for i in range(count):
            indexes.getByIndex(i).update()
        doc.refresh()
    return count


def _index_kind(index) -> str:
    """ "toc" for a table of contents, else the caption label a list collects ("Tabel")."""
    if index.supportsService("com.sun.star.text.ContentIndex"):
        return "toc"
    info = index.getPropertySetInfo()
    if info.hasPropertyByName("LabelCategory"):
        return str(index.getPropertyValue("LabelCategory"))
    return ""


def _index_entries(index) -> list[list[str]]:
    """[text, page] for every line of an updated index: LibreOffice writes each entry as one
    paragraph "text<TAB>page"."""
    entries = []
    for line in index.getAnchor().getString().splitlines():
        text, tab, page = line.rpartition("\t")
        if tab and text.strip():
            entries.append([text, page.strip()])
    return entries


def _laid_out_pages(doc) -> list[dict]:
    indexes = doc.getDocumentIndexes()
    found = []
    for i in range(indexes.getCount()):
        index = indexes.getByIndex(i)
        found.append({"jenis": _index_kind(index), "entri": _index_entries(index)})
    return found


def convert(pipe: str, docx: str, pdf: str, seconds: float, pages: str | None = None) -> None:
    ctx = _connect(pipe, time.monotonic() + seconds)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(docx), "_blank", 0, _props(Hidden=True)
    )
    if doc is None:
        raise RuntimeError(f"LibreOffice could not open {docx}")
    try:
        _update_indexes(doc)
        if pages is not None:
            with open(pages, "w", encoding="utf-8") as handle:
                json.dump(_laid_out_pages(doc), handle, ensure_ascii=False)
        if pdf != NO_PDF:
            doc.storeToURL(uno.systemPathToFileUrl(pdf), _props(FilterName="writer_pdf_Export"))
    finally:
        try:
            doc.close(True)
        except Exception:  # noqa: BLE001 - closing is best effort; soffice is killed anyway
            pass
    try:
        desktop.terminate()
    except Exception:  # noqa: BLE001 - the bridge drops while soffice exits
        pass


def main(argv: list[str]) -> int:
    if len(argv) not in (5, 6):
        print("usage: _uno_pdf.py PIPE_NAME DOCX PDF SECONDS [PAGES_JSON]", file=sys.stderr)
        return 1
    pipe, docx, pdf, seconds = argv[1:5]
    pages = argv[5] if len(argv) == 6 else None
    try:
        convert(pipe, docx, pdf, float(seconds), pages)
    except NoConnectException:
        print("could not connect to LibreOffice", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - report in one line, the caller decides
        detail = getattr(error, "Message", "") or str(error) or type(error).__name__
        print(f"{type(error).__name__}: {detail}".strip(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    # Leave without Python's finalisation: with soffice gone (terminate() above), tearing down
    # the UNO bridge at exit now and then segfaults python3-uno after a successful conversion,
    # which read as a failed PDF (exit -11) in some test runs.
    os._exit(code)
