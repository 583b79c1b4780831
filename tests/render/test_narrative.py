"""Narrative rendering: defaults, overrides, and LK4xx diagnostics with file and line."""

from pathlib import Path

import pytest

from lkjip import codes
from lkjip.calc import compute
from lkjip.diagnostics import Severity
from lkjip.render.markdown import Paragraph
from lkjip.render.narrative import SECTIONS, Narrator
from tests.render.conftest import make_project


def _narrator(narasi: dict[str, str], templates: Path | None = None) -> Narrator:
    project = make_project(narasi=narasi)
    return Narrator(project, compute(project), templates)


def test_every_default_renders_for_the_fixture():
    narrator = _narrator({})
    for name in SECTIONS:
        blocks, diagnostics = narrator.render_narasi(name)
        assert diagnostics == [], name
        assert blocks, name
    hasil = narrator.hasil
    blocks, diagnostics = narrator.render_narasi(
        "indikator/IKM", {"indikator": hasil.indikator["IKM"]}
    )
    assert diagnostics == [] and "tercapai" in blocks[0].runs[0].text


def test_context_values_and_dict_attribute_access():
    text = (
        "{{ ind.IKM.capaian | persen }} {{ ind['IKM'].realisasi | angka }} "
        "{{ prog['7.01.02'].anggaran.pagu | rupiah }} {{ jumlah.kegiatan | bilangan }} "
        "{{ laporan.penandatangan.nip | nip }} {{ tahun_lalu }}"
    )
    narrator = _narrator({"penutup": text})
    blocks, diagnostics = narrator.render_narasi("penutup")
    assert diagnostics == []
    assert isinstance(blocks[0], Paragraph)
    assert blocks[0].runs[0].text == (
        "103,30% 89,87 Rp60.210.212 5 (lima) 19820211 200312 1 004 2021"
    )


def test_dataset_wins_over_templates_folder(tmp_path):
    (tmp_path / "narasi").mkdir()
    (tmp_path / "narasi" / "penutup.md").write_text("dari templat pengguna\n")
    (tmp_path / "narasi" / "rkt.md").write_text("rkt pengguna\n")
    narrator = _narrator({"penutup": "dari dataset"}, tmp_path)
    assert narrator.render_text("penutup")[0] == "dari dataset"
    assert narrator.render_text("rkt")[0] == "rkt pengguna\n"


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("baris satu\n\n{{ ind.IKX.capaian }}\n", codes.TEMPLAT_VARIABEL, 3),
        ("a\n{{ tidak_ada }}", codes.TEMPLAT_VARIABEL, 2),
        ("{{ ind.IKM.capai }}", codes.TEMPLAT_VARIABEL, 1),
        ("a\nb\n{{ ind.IKM.capaian | tidak_ada }}", codes.TEMPLAT_VARIABEL, 3),
        ("a\n{% if true %}\nx\n", codes.TEMPLAT_SINTAKS, None),
        ("a\n\n{{ ind.IKM.capaian }", codes.TEMPLAT_SINTAKS, 3),
        ("a\n{{ ind.IKM.realisasi + none }}", codes.TEMPLAT_GALAT, 2),
        ("{{ ''.__class__ }}", codes.TEMPLAT_GALAT, 1),
    ],
)
def test_errors_become_diagnostics_with_file_and_line(text, code, line):
    narrator = _narrator({"rkt": text})
    blocks, diagnostics = narrator.render_narasi("rkt")
    assert blocks == []
    (d,) = diagnostics
    assert d.code == code and d.severity is Severity.ERROR
    assert d.location.file == "narasi/rkt.md"
    if line is not None:
        assert d.location.line == line


def test_unknown_key_message_names_the_available_keys():
    narrator = _narrator({"rkt": "{{ ind.IKX }}"})
    _, (d,) = narrator.render_narasi("rkt")
    assert "IKX" in d.message and "IKM" in d.message
