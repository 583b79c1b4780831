"""The generated reference pages in docs/referensi/ are in step with the code.

When this fails, regenerate the pages with `make docs` (`python -m lkjip.docgen`) and commit
them together with the change that made them stale.
"""

from __future__ import annotations

import difflib

import pytest

from lkjip import docgen
from lkjip.codes import all_codes
from lkjip.model import DOCUMENTS

PAGES = docgen.generate()


@pytest.mark.parametrize("name", sorted(docgen.PAGES))
def test_page_is_up_to_date(name):
    path = docgen.REFERENSI / name
    assert path.is_file(), f"docs/referensi/{name} belum ada: jalankan `make docs`"
    committed = path.read_text(encoding="utf-8")
    if committed != PAGES[name]:
        diff = difflib.unified_diff(
            committed.splitlines(), PAGES[name].splitlines(), "tersimpan", "dari kode", lineterm=""
        )
        pytest.fail(
            f"docs/referensi/{name} tidak sesuai dengan kode: jalankan `make docs` "
            f"(`{docgen.REGENERATE}`) lalu commit hasilnya\n" + "\n".join(list(diff)[:40]),
            pytrace=False,
        )


def test_generation_is_deterministic():
    assert docgen.generate() == PAGES


def test_masukan_lists_every_file_and_field():
    text = PAGES["masukan.md"]
    for file, model in DOCUMENTS.items():
        assert f"## {file}" in text
        for field in model.model_fields:
            assert f"| `{field}` |" in text, f"{file}: {field}"


def test_aturan_documents_every_code():
    text = PAGES["aturan.md"]
    for info in all_codes():
        assert f"### {info.code}\n" in text
        assert f"`{info.name}`" in text


def test_rumus_quotes_the_formula_constants():
    from lkjip.calc.rumus import Rumus

    text = PAGES["rumus.md"]
    for rumus in Rumus:
        assert f"| `RUMUS_TEKS[{rumus.value}]` | {docgen._cell(rumus.teks)} |" in text
    assert "Sangat Tinggi" in text  # the built-in scales as tables


def test_check_mode_reports_a_stale_page(tmp_path, capsys):
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert docgen.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "aturan.md").write_text("usang\n", encoding="utf-8")
    assert docgen.main(["--check", "--out", str(tmp_path)]) == 1
    assert "make docs" in capsys.readouterr().err


def test_write_mode_writes_every_page(tmp_path):
    assert docgen.main(["--out", str(tmp_path / "ref")]) == 0
    for name, text in PAGES.items():
        assert (tmp_path / "ref" / name).read_text(encoding="utf-8") == text
