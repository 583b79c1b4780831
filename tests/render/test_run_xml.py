"""`ooxml.run_xml` (tables, as text) writes exactly what `ooxml.text_run` (elements) writes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from lkjip.render import ooxml

W = f'xmlns:w="{ooxml.W_NS}"'


def _element_text(text: str, rpr) -> str:
    holder = etree.Element(ooxml.qn("w:p"), nsmap={"w": ooxml.W_NS})
    holder.append(ooxml.text_run(text, rpr))
    xml = etree.tostring(holder, encoding="unicode")
    return xml[xml.index(">") + 1 : -len("</w:p>")]


def _rpr_text(rpr) -> str:
    return "" if rpr is None else _element_text("", rpr)[len("<w:r>") : -len("</w:r>")]


XML_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11"
        "\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff",
    )
)


@given(text=XML_TEXT, bold=st.booleans(), italic=st.booleans(), size=st.sampled_from([None, 9]))
def test_run_xml_matches_text_run(text: str, bold: bool, italic: bool, size) -> None:
    rpr = ooxml.run_properties(bold=bold, italic=italic, size_pt=size)
    assert ooxml.run_xml(text, _rpr_text(rpr)) == _element_text(text, rpr)


@pytest.mark.parametrize("text", ["a\x00b", "\x1b[31m", "x\ufffe"])
def test_characters_xml_cannot_hold_are_refused_like_lxml(text: str) -> None:
    with pytest.raises(ValueError):
        ooxml.text_run(text)
    with pytest.raises(ValueError):
        ooxml.run_xml(text)


def test_examples() -> None:
    assert ooxml.run_xml("a & b < c") == "<w:r><w:t>a &amp; b &lt; c</w:t></w:r>"
    assert ooxml.run_xml(" x\ty\nz") == (
        '<w:r><w:t xml:space="preserve"> x</w:t><w:tab/><w:t>y</w:t><w:br/><w:t>z</w:t></w:r>'
    )
