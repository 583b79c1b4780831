"""The finished .docx as bytes: document properties that come only from the arguments,
tables spliced into document.xml, and zip entries normalised so identical input gives
identical bytes. Writing the bytes to disk is `lkjip.atomic`'s job."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from lkjip.render import ooxml
from lkjip.render.ooxml import qn
from lkjip.render.word.table_xml import splice_tables

# python-docx copies its template's extended properties ("Microsoft Macintosh Word", one
# page): say honestly what wrote the file; Word recomputes the statistics.
_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>lkjip</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)

# Core properties the reference may carry that would only describe the reference.
_CLEARED_CORE_PROPERTIES = (
    "keywords",
    "comments",
    "category",
    "content_status",
    "identifier",
    "language",
    "version",
)


def drop_thumbnail(document: Document) -> None:
    """A reference's thumbnail would show the reference, not the report."""
    rels = document.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rid]


def set_core_properties(
    document: Document, *, title: str, author: str, subject: str | None, created: datetime
) -> None:
    """Core properties from the arguments only: nothing from the clock or the reference."""
    if created.tzinfo is not None:
        created = created.astimezone(timezone.utc).replace(tzinfo=None)
    core = document.core_properties
    core.title = title
    core.author = author
    core.last_modified_by = author
    core.subject = subject or ""
    for attr in _CLEARED_CORE_PROPERTIES:
        setattr(core, attr, "")
    core.created = created
    core.modified = created
    core.revision = 1
    core_el = core._element
    for node in core_el.findall(qn("cp:lastPrinted")):
        core_el.remove(node)


def package_bytes(document: Document, tables: list[bytes]) -> bytes:
    """The .docx: python-docx's package with the serialized tables in place of their
    stand-ins, our app.xml, and stable zip entries."""
    buffer = io.BytesIO()
    document.save(buffer)
    main = document.part.partname.lstrip("/")
    with zipfile.ZipFile(buffer) as package:
        document_xml = splice_tables(package.read(main), tables)
    replace = {"docProps/app.xml": _APP_XML, main: document_xml}
    return ooxml.normalise_zip(buffer.getvalue(), replace=replace)
