"""The user docs stand on their own: the formula reference is Indonesian, and no page points
at a file the repository does not have."""

from __future__ import annotations

import re

from lkjip import docgen
from tests.helpers import ROOT

DOCS = ROOT / "docs"


def test_rumus_is_indonesian_and_self_contained():
    text = docgen.rumus_md()
    assert "domain.md" not in text
    # No developer docstrings (English): their markers and common English words.
    for english in ("Args:", "Returns:", " the ", " of the ", "when "):
        assert english not in text, english
    assert "Capaian satu indikator" in text and "makin rendah makin baik" in text


def test_relative_links_of_the_docs_exist():
    missing = []
    for page in [ROOT / "README.md", *DOCS.rglob("*.md")]:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:\s]+)(?:#[^)]*)?\)", text):
            if not (page.parent / target).exists():
                missing.append(f"{page.relative_to(ROOT)} → {target}")
    assert not missing
