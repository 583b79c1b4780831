"""The Markdown subset of the narrative files."""

from lkjip.render.blocks import Run
from lkjip.render.markdown import ListBlock, Paragraph, inline, parse


def test_paragraphs_join_lines_and_split_on_blank():
    blocks = parse("satu\ndua\n\ntiga\n")
    assert [b.runs for b in blocks] == [[Run("satu dua")], [Run("tiga")]]


def test_inline_styles():
    assert inline("a **b** *c* \\*d") == [
        Run("a "),
        Run("b", bold=True),
        Run(" "),
        Run("c", italic=True),
        Run(" *d"),
    ]
    assert inline("***x***") == [Run("x", bold=True, italic=True)]


def test_heading_is_bold_run_in():
    (block,) = parse("### Sub judul *miring*")
    assert isinstance(block, Paragraph) and block.heading
    assert all(r.bold for r in block.runs)


def test_lists_with_one_nesting_level():
    blocks = parse("- a\n  lanjut\n  1. anak\n  2. anak dua\n- b\n\n1. x\n2. y\n\na. p\nb. q\n")
    bullets, numbers, letters = blocks
    assert isinstance(bullets, ListBlock) and not bullets.numbered
    assert bullets.items[0].runs == [Run("a lanjut")]
    assert bullets.items[0].children is not None and bullets.items[0].children.numbered
    assert len(bullets.items[0].children.items) == 2
    assert numbers.numbered and not numbers.letter and len(numbers.items) == 2
    assert letters.numbered and letters.letter


def test_paragraph_after_list():
    blocks = parse("- a\n\nteks biasa\n")
    assert isinstance(blocks[0], ListBlock) and isinstance(blocks[1], Paragraph)
