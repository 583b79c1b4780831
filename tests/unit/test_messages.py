"""Messages a writer reads: the character YAML refused, the placeholder meant."""

from __future__ import annotations

import textwrap

import pytest

from lkjip.pipeline import validate


def _messages(project_dir, minimal_files, files, code):
    dataset = {name: textwrap.dedent(text) for name, text in minimal_files.items()}
    dataset.update(files)
    _project, diagnostics = validate(project_dir(dataset))
    return [d.message for d in diagnostics if d.code == code]


@pytest.mark.parametrize(
    ("value", "shown"), [("%", '"%"'), ("@rt", '"@rt"'), ('`a` "b"', "'`a` \"b\"'")]
)
def test_lk003_names_the_character_refused(project_dir, minimal_files, value, shown):
    renstra = textwrap.dedent(minimal_files["renstra.yaml"]).replace(
        'satuan: "%"', f"satuan: {value}"
    )
    (message,) = _messages(project_dir, minimal_files, {"renstra.yaml": renstra}, "LK003")
    assert f"karakter {value[0]} tidak boleh mengawali" in message
    assert shown in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{ ind.IKM.capain }}", "maksud Anda 'capaian'?"),
        ("{{ ind.IKM.capain | persen }}", "maksud Anda 'capaian'?"),
        ("{{ ind.IKN.capaian }}", "maksud Anda 'IKM'?"),
        ("{{ tahn }}", "maksud Anda 'tahun'?"),
        ("{{ total.pagu | rupia }}", "maksud Anda 'rupiah'?"),
    ],
)
def test_lk402_suggests_the_nearest_name(project_dir, minimal_files, text, expected):
    files = {"narasi/ikhtisar.md": f"Capaian {text}.\n"}
    (message,) = _messages(project_dir, minimal_files, files, "LK402")
    assert expected in message
    assert "lkjip." not in message and "object" not in message  # no Python class path
