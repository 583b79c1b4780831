"""The seed exactly as printed (`tests/seed_as_printed/`) fails `lkjip validate` with the codes
below, and each listed finding is the seed error (spec/domain.md §7) it stands for.

When a rule changes, update `SEED_FINDINGS`, the set of codes and the table in
`tests/seed_as_printed/README.md` together: the README table is the list the issue note cites.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.checks.registry import BUG_CODE
from lkjip.cli import EXIT_FINDINGS, app
from lkjip.idfmt import bulatkan
from lkjip.pipeline import load_project, validate

SEED = Path(__file__).parent / "seed_as_printed"
runner = CliRunner()

# Every code `lkjip validate` reports on the seed, and nothing else.
SEED_CODES = {
    "LK203", "LK208", "LK209", "LK210", "LK211",
    "LK302", "LK303",
    "LK312",
    "LK322", "LK323", "LK324",
    "LK331", "LK332", "LK334",
    "LK342", "LK344",
    "LK361", "LK362", "LK363", "LK364", "LK366", "LK367", "LK368", "LK369",
    "LK393", "LK395",
}  # fmt: skip

# (code, file, line, a fragment of the message, seed error of domain.md §7)
SEED_FINDINGS = [
    ("LK203", "kinerja.yaml", 85, '"IKM" muncul lebih dari sekali di Rencana Aksi', "E21"),
    ("LK208", "anggaran.yaml", 71, '"Kegiatan Pemberdayaan Kelurahan" berbeda dari nomenklatur',
     "E28"),
    ("LK208", "anggaran.yaml", 60, "7.01.04.2.02", "E29"),
    ("LK209", "anggaran.yaml", 60, "bernama sama dengan 7.01.04.2.01", "E29"),
    ("LK210", "kinerja.yaml", 39, 'IKM di PK perubahan 2022 "%" berbeda dari Renstra "Indeks"',
     "E15"),
    ("LK211", "kinerja.yaml", 20, '"Kualitas sumber daya lembaga masyarakat"', "E26"),
    ("LK211", "kinerja.yaml", 43, "Transibum", "E23"),
    ("LK211", "kinerja.yaml", 47, "Pelempahan", "E23"),
    ("LK302", "anggaran.yaml", 32, "pagu program 7.01.02 tertulis Rp67.500.922", "E07"),
    ("LK302", "anggaran.yaml", 44, "pagu program 7.01.03 tertulis Rp99.617.204", "E14"),
    ("LK302", "anggaran.yaml", 53, "pagu program 7.01.04 tertulis Rp831.418.650", "E14"),
    ("LK302", "anggaran.yaml", 67, "pagu program 7.01.05 tertulis Rp104.800.000", "E14"),
    ("LK303", "kinerja.yaml", 53, "program 7.01.02 di PK perubahan Rp67.500.922", "E07"),
    ("LK303", "kinerja.yaml", 57, "kegiatan 7.01.02.2.04 di PK perubahan Rp33.134.649", "E07"),
    ("LK312", "kinerja.yaml", 10, "tahun RKT 2021 berbeda dari tahun laporan 2022", "E32"),
    ("LK334", "kinerja.yaml", 12, "RKT 2021 bertanggal 7 Oktober 2022", "E32"),
    ("LK323", "kinerja.yaml", 79, "IKM (30/30/20/17) berbeda dari target tahunan 87", "E20"),
    ("LK322", "kinerja.yaml", 81, "TRANTIBUM TW IV 25 tidak sama dengan target tahunan 100",
     "E21"),
    ("LK322", "kinerja.yaml", 89, "TRANTIBUM TW IV 75 tidak sama dengan target tahunan 100",
     "E21"),
    ("LK323", "kinerja.yaml", 86, "IKM (30/60/80/80)", "E21"),
    ("LK324", "kinerja.yaml", 102, "realisasi tahunan IKM 89,87", "E22"),
    ("LK324", "kinerja.yaml", 104, "realisasi tahunan TRANTIBUM 100", "E22"),
    ("LK331", "lkjip.yaml", 20, "ditandatangani 31 Januari 2022", "E31"),
    ("LK332", "kinerja.yaml", 98, "evaluasi TW IV 2022 bertanggal 7 Oktober 2022", "E33"),
    ("LK342", "lkjip.yaml", 29, '"19820211-2003121-004"', "E43"),
    ("LK344", "lkjip.yaml", 23, "tanpa golongan", "E43"),
    ("LK361", "narasi/indikator/IKM.md", 1, '"103,2 %"', "E01"),
    ("LK361", "narasi/ikhtisar.md", 7, '"100 %" di narasi bertentangan dengan capaian '
     "rata-rata OPD yang dihitung: 101,10%", "E03"),
    ("LK361", "narasi/ikhtisar.md", 10, '"96,98%"', "E06"),
    ("LK361", "narasi/realisasi_anggaran.md", 1, '"96,98%"', "E06"),
    ("LK361", "narasi/efisiensi.md", 1, '"98,96%"', "E09"),
    ("LK361", "narasi/program_pendukung.md", 1, '"100%"', "E12"),
    ("LK361", "narasi/program_pendukung.md", 3, '"92,00%"', "E13"),
    ("LK362", "narasi/ikhtisar.md", 10, '"Rp. 1.070.096.194,-" ditulis sebagai pagu', "E05"),
    ("LK362", "narasi/ikhtisar.md", 10, '"Rp. 1.103.336.776,-" ditulis sebagai realisasi', "E05"),
    ("LK363", "narasi/indikator/IKM.md", 1, '"103%"', "E01"),
    ("LK363", "narasi/indikator/IKM.md", 7, '"102,1 %"', "E02"),
    ("LK364", "narasi/ikhtisar.md", 1, '"3 (tiga) Bab"', "E18"),
    ("LK364", "narasi/ikhtisar.md", 3, '"4 Program"', "E16"),
    ("LK364", "narasi/ikhtisar.md", 3, '"14 Kegiatan"', "E16"),
    ("LK364", "narasi/pengantar_bab3.md", 1, '"2 (Dua) sasaran"', "E19"),
    ("LK366", "narasi/rencana_strategis.md", 1, '"Kecamatan Medang Kampai"', "E24"),
    ("LK366", "narasi/capaian_kinerja.md", 1, '"Kecamatan Medang Kampai"', "E24"),
    ("LK366", "narasi/pengantar_bab3.md", 1, '"Kecamatan Dumai"', "E19"),
    ("LK369", "narasi/ikhtisar.md", 7, '"kategori Berhasil" bukan kategori Skala Nilai '
     "Peringkat Kinerja Permendagri 86/2017", "E04"),
    ("LK367", "narasi/indikator/IKM.md", 5, '"kategori BAIK" tidak sesuai: nilai IKM tahun 2022 '
     "89,87 berkategori Sangat Baik", "E37"),
    # The same kind as E04 (a category word off the declared scale), not numbered in §7.
    ("LK369", "narasi/indikator/TRANTIBUM.md", 3, '"kategori BAIK" bukan kategori', "E04"),
    ("LK368", "narasi/ikhtisar.md", 3, '"43 (Empat puluh Tiga)" harus ditulis dengan huruf kecil',
     "E17"),
    ("LK393", "narasi/indikator/TRANTIBUM.md", 3, '"60% sama dengan tahun 2022 sebesar 100%"',
     "E34"),
    # one decree, "Tahun 2022" here and "Tahun 2021" in kinerja.yaml (the earlier text read)
    ("LK395", "narasi/indikator/PELIMPAHAN.md", 3, "Nomor 197 Tahun 2022", "E36"),
]  # fmt: skip


@pytest.fixture(scope="module")
def report() -> list[dict[str, object]]:
    result = runner.invoke(app, ["validate", str(SEED), "--format", "json"])
    assert result.exit_code == EXIT_FINDINGS, result.output
    assert "Traceback" not in result.output
    diagnostics: list[dict[str, object]] = json.loads(result.stdout)["diagnostics"]
    return diagnostics


def test_exact_set_of_codes(report: list[dict[str, object]]) -> None:
    found = {str(d["code"]) for d in report}
    assert found == SEED_CODES
    assert BUG_CODE not in found


def test_at_least_twelve_distinct_rules(report: list[dict[str, object]]) -> None:
    assert len({d["code"] for d in report}) >= 12


@pytest.mark.parametrize(
    ("code", "file", "line", "fragment", "seed_error"),
    SEED_FINDINGS,
    ids=[f"{f[4]}-{f[0]}-{f[1]}:{f[2]}" for f in SEED_FINDINGS],
)
def test_seed_error_is_caught(
    report: list[dict[str, object]], code: str, file: str, line: int, fragment: str,
    seed_error: str,
) -> None:  # fmt: skip
    here = [d for d in report if (d["code"], d["file"], d["line"]) == (code, file, line)]
    assert any(fragment in str(d["message"]) for d in here), (
        f"{seed_error} tidak lagi dilaporkan sebagai {code} di {file}:{line}: "
        + "; ".join(str(d["message"]) for d in here)
    )


def test_every_code_stands_for_a_seed_error() -> None:
    assert {f[0] for f in SEED_FINDINGS} == SEED_CODES


def test_narrative_rules_run_despite_data_errors(report: list[dict[str, object]]) -> None:
    """The seed's data has errors; the narrative rules (LK361–LK368) report anyway."""
    assert any(d["severity"] == "error" and str(d["code"]) < "LK360" for d in report)
    narrative = {"LK361", "LK362", "LK363", "LK364", "LK366", "LK367", "LK368", "LK369"}
    assert narrative <= {str(d["code"]) for d in report}


def test_readme_table_lists_every_code() -> None:
    readme = (SEED / "README.md").read_text(encoding="utf-8")
    for code, *_, seed_error in SEED_FINDINGS:
        assert f"| {code} |" in readme, code
        assert seed_error in readme, seed_error


def test_calc_never_raises_on_the_seed() -> None:
    """`lkjip.calc.compute` is total on any project that passed the schema: the seed's
    contradictions (shifted budgets, twin rows, duplicate Rencana Aksi rows) give figures,
    not exceptions. That is why the narrative rules may run on data with errors."""
    from lkjip.calc import compute

    project, diagnostics = load_project(SEED)
    assert project is not None, [str(d) for d in diagnostics]
    hasil = compute(project)
    assert bulatkan(hasil.indikator["IKM"].capaian.nilai) == Decimal("103.30")
    assert hasil.jumlah.program == 5
    assert hasil.total.pagu > 0


def test_validate_on_the_seed_has_no_internal_error() -> None:
    _, diagnostics = validate(SEED)
    assert not [d for d in diagnostics if d.code == BUG_CODE]
