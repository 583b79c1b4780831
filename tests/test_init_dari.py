"""`lkjip init --dari`: next year's dataset from last year's — the Renstra kept, targets from
the Renstra, last year's realisations kept as history, this year's left empty (warnings, no
errors), dates moved on, comments of the edited files kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lkjip import pipeline
from lkjip.diagnostics import Severity
from lkjip.init import create_dataset
from lkjip.init.dari import create_from
from lkjip.pipeline import LkjipUsageError

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai_kota_2022"


@pytest.fixture(scope="module")
def lalu():
    project, diagnostics = pipeline.validate(EXAMPLE)
    assert project is not None and not diagnostics.has_errors()
    return project


@pytest.fixture(scope="module")
def baru(tmp_path_factory):
    target = tmp_path_factory.mktemp("dari") / "2023"
    create_from(target, EXAMPLE, 2023)
    project, diagnostics = pipeline.validate(target)
    return target, project, diagnostics


def test_validates_with_warnings_only(baru):
    _, project, diagnostics = baru
    assert project is not None
    assert not diagnostics.has_errors(), [d.message for d in diagnostics.errors]
    assert all(d.severity is not Severity.ERROR for d in diagnostics)


def test_missing_realisations_are_listed_as_warnings(baru, lalu):
    _, _, diagnostics = baru
    iku = {i.id for i in lalu.renstra.indikator if i.iku}
    lk213 = [d for d in diagnostics if d.code == "LK213"]
    assert {d.subject for d in lk213} == iku
    assert all(d.severity is Severity.WARNING and "2023" in d.message for d in lk213)
    kegiatan = sum(len(p.kegiatan) for p in lalu.anggaran.program)
    assert len([d for d in diagnostics if d.code == "LK306"]) == kegiatan


def test_year_and_dates_move_on(baru):
    _, project, _ = baru
    assert project.tahun == 2023
    assert project.kinerja.tahun == project.anggaran.tahun == 2023
    assert project.laporan.penandatanganan.tanggal.isoformat() == "2024-01-31"
    assert project.laporan.pengakuan == []
    (pk,) = project.kinerja.perjanjian_kinerja
    assert pk.jenis.value == "murni" and pk.tanggal.year == 2023


def test_targets_come_from_the_renstra(baru):
    _, project, _ = baru
    renstra = {i.id: i.target[2023] for i in project.renstra.indikator}
    for dokumen in (project.kinerja.rkt, project.kinerja.perjanjian_kinerja[0]):
        assert dokumen.tahun == 2023
        assert {t.indikator: t.target for t in dokumen.target} == {
            t.indikator: renstra[t.indikator] for t in dokumen.target
        }


def test_last_years_realisations_become_history(baru, lalu):
    _, project, _ = baru
    before = {r.indikator: r.nilai for r in lalu.kinerja.realisasi}
    for r in project.kinerja.realisasi:
        assert r.nilai[2023] is None
        assert {y: v for y, v in r.nilai.items() if y != 2023} == before[r.indikator]
    assert project.kinerja.rencana_aksi is None


def test_budget_keeps_codes_and_pagu_and_empties_realisasi(baru, lalu):
    target, project, _ = baru
    assert [p.kode for p in project.anggaran.program] == [p.kode for p in lalu.anggaran.program]
    for new, old in zip(project.anggaran.program, lalu.anggaran.program, strict=True):
        assert new.realisasi is None
        assert [k.pagu for k in new.kegiatan] == [k.pagu for k in old.kegiatan]
        assert all(k.realisasi is None for k in new.kegiatan)
    text = (target / "anggaran.yaml").read_text(encoding="utf-8")
    assert "PAGU MASIH PAGU TAHUN 2022" in text
    assert text.splitlines()[0].startswith("# yaml-language-server:")


def test_renstra_narasi_and_comments_are_kept(baru):
    target, _, _ = baru
    for rel in ("renstra.yaml", "narasi/indikator/IKM.md", "narasi/latar_belakang.md"):
        assert (target / rel).read_bytes() == (EXAMPLE / rel).read_bytes(), rel
    old = [ln for ln in (EXAMPLE / "lkjip.yaml").read_text(encoding="utf-8").splitlines()]
    new = (target / "lkjip.yaml").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in old if ln.lstrip().startswith("#") and "pengakuan" not in ln]
    assert kept[:5] and all(ln in new for ln in kept[:10])


def test_builds(baru, tmp_path):
    target, _, _ = baru
    out = tmp_path / "2023.docx"
    diagnostics = pipeline.build(target, out)
    assert not diagnostics.has_errors()
    assert out.stat().st_size > 10_000


@pytest.mark.parametrize(("tahun", "pesan"), [(2027, "di luar periode Renstra"), (2022, "sesudah")])
def test_refuses_a_year_outside_the_renstra_or_not_later(tmp_path, tahun, pesan):
    with pytest.raises(LkjipUsageError, match=pesan):
        create_from(tmp_path / "baru", EXAMPLE, tahun)
    assert not (tmp_path / "baru").exists()


def test_refuses_a_dataset_that_does_not_load(tmp_path):
    rusak = tmp_path / "rusak"
    shutil.copytree(EXAMPLE, rusak)
    (rusak / "renstra.yaml").write_text("periode: [\n", encoding="utf-8")
    with pytest.raises(LkjipUsageError, match="belum dapat dimuat"):
        create_from(tmp_path / "baru", rusak, 2023)


def test_refuses_a_non_empty_target(tmp_path):
    (tmp_path / "x").write_text("x", encoding="utf-8")
    with pytest.raises(LkjipUsageError, match="tidak kosong"):
        create_from(tmp_path, EXAMPLE, 2023)


@pytest.mark.parametrize("jenis", ["kecamatan", "dinas", "kementerian", "unit-eselon-i"])
def test_a_fresh_dataset_rolls_over_without_errors(tmp_path, jenis):
    create_dataset(tmp_path / "2024", jenis=jenis, tahun=2024)
    create_from(tmp_path / "2025", tmp_path / "2024")
    project, diagnostics = pipeline.validate(tmp_path / "2025")
    assert project is not None and project.tahun == 2025
    assert not diagnostics.has_errors(), [d.message for d in diagnostics.errors]
    assert {d.code for d in diagnostics} <= {"LK213", "LK306"}
