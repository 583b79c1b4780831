"""The parts of the docx writer, one responsibility each; `render/docx_writer.py::DocWriter`
coordinates them and is what the rest of lkjip calls.

- `styles`: the reference's styles, looked up by name, with a fallback when one is missing;
- `paragraphs`: runs, headings, cover titles, body paragraphs, source notes, spacers;
- `layout`: page sections (orientation, page numbering, the footer) and the text width;
- `numbering`: Word list numbering (abstractNum / num in numbering.xml);
- `fields`: caption numbers (SEQ), the TOC and lists of tables/figures, `w:updateFields`;
- `table_xml`: tables written as XML text, and the stand-ins that keep their place;
- `figures`: pictures and native charts in their own paragraphs;
- `signatures`: signature blocks, alone or side by side;
- `package`: document properties and the bytes of the finished .docx.
"""
