"""Text a Word document can hold.

A leaf module: the loader refuses such characters in the data (LK002), and the render stage
refuses them in narrative text produced by templates, with one definition between them.
"""

from __future__ import annotations

import re

# Characters XML 1.0 cannot hold: a Word document with one of them does not open. PyYAML's
# reader refuses them when written raw, but "\x00" in double quotes, or a Markdown file, can
# still carry them.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_unsafe(text: str) -> str | None:
    """The first character a Word document cannot hold, or None."""
    found = _XML_UNSAFE.search(text)
    return found.group() if found else None
