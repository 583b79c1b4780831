"""Budget rollups, serapan from sums, pendukung and PK differences (domain.md §3.6)."""

from __future__ import annotations

from decimal import Decimal

from lkjip import idfmt
from lkjip.calc import anggaran as ag
from lkjip.calc import compute
from lkjip.model.anggaran import Program
from tests.calc.conftest import build, indikator, program

D = Decimal


def test_simpul():
    a = ag.simpul(D(200), D(150))
    assert (a.serapan, a.sisa) == (D(75), D(50))
    assert ag.simpul(D(0), D(0)).serapan is None
    kosong = ag.simpul(D(100), None)
    assert kosong.realisasi is None and kosong.serapan is None and kosong.sisa is None


def test_serapan_is_from_sums_not_mean_of_percentages():
    total = ag.jumlahkan([ag.simpul(D(100), D(100)), ag.simpul(D(300), D(0))])
    assert total.serapan == D(25)  # mean of % would be 50


def test_one_missing_realisation_blocks_the_sum():
    total = ag.jumlahkan([ag.simpul(D(100), D(100)), ag.simpul(D(300), None)])
    assert total.pagu == D(400) and total.realisasi is None and total.serapan is None


def test_kegiatan_sums_sub_kegiatan_and_ignores_typed_totals():
    prog = Program.model_validate(
        {
            "kode": "7.01.04",
            "nama": "Trantibum",
            "pagu": D(1),  # typed total: not used
            "kegiatan": [
                {
                    "kode": "7.01.04.2.01",
                    "nama": "Koordinasi",
                    "pagu": D(5),  # typed total: not used
                    "sub_kegiatan": [
                        {"kode": "7.01.04.2.01.0001", "nama": "Sinergitas",
                         "pagu": D(100000000), "realisasi": D(91809900)},
                        {"kode": "7.01.04.2.01.0002", "nama": "Lain",
                         "pagu": D(4800000), "realisasi": D(4800000)},
                    ],
                },
            ],
        }
    )  # fmt: skip
    hasil = ag.program(prog)
    assert hasil.anggaran.pagu == D(104800000)
    assert hasil.anggaran.realisasi == D(96609900)
    assert idfmt.persen(hasil.anggaran.serapan) == "92,19%"
    assert idfmt.persen(hasil.kegiatan[0].sub_kegiatan[0].anggaran.serapan) == "91,81%"


def test_kegiatan_without_pagu_counts_zero_and_does_not_raise():
    prog = Program.model_validate(
        {"kode": "1", "nama": "P", "kegiatan": [{"kode": "1.1", "nama": "K", "realisasi": D(5)}]}
    )
    assert ag.program(prog).anggaran.pagu == D(0)


def test_pendukung_excludes_penunjang_and_unmapped_programs():
    project = build(
        indikator_list=[indikator("A"), indikator("B")],
        program_list=[
            program("1", penunjang=True, indikator=["A"]),
            program("2", indikator=["A", "B"]),
            program("3", indikator=["B"]),
            program("4"),  # supports nothing
            program("5", indikator=["ZZZ"]),  # unknown indicator: the checks report it
        ],
    )
    hasil = compute(project)
    assert hasil.pendukung.pagu == D(200)
    assert hasil.total.pagu == D(500)
    assert hasil.sasaran["S1"].program == ["2", "3"]
    assert hasil.indikator["A"].program == ["1", "2"]
    assert hasil.indikator["B"].anggaran.pagu == D(200)


def test_selisih_pk_matches_by_code():
    project = build(
        program_list=[program("1", indikator=["A"])],
        pk_anggaran=[
            {"program": "1", "pagu": D(115), "kegiatan": [{"kode": "1.2.01", "pagu": D(100)}]},
            {"program": "9", "pagu": D(7)},  # not in the DPA: skipped
        ],
    )
    hasil = compute(project)
    assert hasil.pk_total == D(122)
    assert [(s.kode, s.selisih) for s in hasil.selisih_pk] == [("1", D(15))]


def test_pk_without_budget():
    assert compute(build()).pk_total is None
