"""The reference document's styles, found by name or id.

A user's own reference.docx may lack our styles; a lookup then answers None and the caller
writes Normal plus the direct formatting that matters. A missing style never raises.
"""

from __future__ import annotations

from lkjip.render.ooxml import qn


class StyleIndex:
    """(type, lower-case name or id) → styleId for every style of the reference."""

    def __init__(self, styles_element) -> None:
        self._ids: dict[tuple[str, str], str] = {}
        for style in styles_element.findall(qn("w:style")):
            kind = style.get(qn("w:type"), "paragraph")
            style_id = style.get(qn("w:styleId"))
            name = style.find(qn("w:name"))
            if style_id:
                self._ids[(kind, style_id.lower())] = style_id
                if name is not None and name.get(qn("w:val")):
                    self._ids[(kind, name.get(qn("w:val")).lower())] = style_id

    def id_for(self, name: str | None, kind: str = "paragraph") -> str | None:
        """The styleId for a style name, or None when the reference lacks it."""
        if not name:
            return None
        return self._ids.get((kind, name.lower()))
