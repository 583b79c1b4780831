"""Import of a SIPD-style sheet: header detection, Indonesian numbers, bad rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip.diagnostics import CATALOGUE, Location, Severity
from lkjip.excel import import_anggaran
from lkjip.excel.importer import _BadNumber, code_level, parse_money
from lkjip.model.anggaran import Anggaran
from tests.excel.conftest import write_xlsx

GOOD = [
    ["7.01.02", "Program Penyelenggaraan Pemerintahan", 900, 800],
    ["7.01.02.2.01", "Koordinasi Penyelenggaraan", 900, 800],
    ["7.01.02.2.01.0001", "Sinergitas", "Rp 900,00", "800"],
]


def codes_of(diagnostics):
    return [d.code for d in diagnostics]


# --- header detection ---------------------------------------------------------------------


def test_header_found_below_title_rows_in_any_order_and_case(tmp_path):
    rows = [
        ["DOKUMEN PELAKSANAAN ANGGARAN"],
        ["KECAMATAN DUMAI KOTA TAHUN ANGGARAN 2022"],
        [],
        ["No", "URAIAN", "Realisasi (%)", "Kode Rekening", "Realisasi (Rp)", "Pagu Anggaran (Rp)"],
        [1, "Program A", 88.9, "7.01.02", 800, 900],
        [2, "Kegiatan A", 88.9, "7.01.02.2.01", 800, 900],
    ]
    data, diagnostics = import_anggaran(write_xlsx(tmp_path / "dpa.xlsx", rows))
    assert diagnostics == []
    assert data["tahun"] == 2022
    program = data["program"][0]
    assert (program["kode"], program["nama"], program["pagu"], program["realisasi"]) == (
        "7.01.02", "Program A", Decimal(900), Decimal(800),
    )  # fmt: skip
    assert program["kegiatan"][0]["kode"] == "7.01.02.2.01"


@pytest.mark.parametrize(
    ("kode", "nama", "pagu"),
    [("kode", "nama", "pagu"), ("KODE", "Nomenklatur", "Anggaran"), ("Kode", "Uraian", "PAGU")],
)
def test_header_synonyms(tmp_path, kode, nama, pagu):
    rows = [[kode, nama, pagu], ["7.01.02", "P", 1], ["7.01.02.2.01", "K", 1]]
    data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows))
    assert codes_of(diagnostics) == ["LK512"]  # no year anywhere: a warning only
    assert "tahun" not in data
    assert data["program"][0]["kegiatan"][0]["pagu"] == 1


def test_header_after_row_10_is_not_found(tmp_path):
    rows = [["judul"]] * 10 + [["Kode", "Nama", "Pagu"], ["7.01.02", "P", 1]]
    data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows))
    assert data == {}
    assert codes_of(diagnostics) == ["LK502"]
    assert diagnostics[0].location == Location("a.xlsx", path="Sheet1!A1")


def test_missing_pagu_column_is_named(tmp_path):
    rows = [["Kode", "Uraian", "Realisasi"], ["7.01.02", "P", 1]]
    _data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows))
    assert codes_of(diagnostics) == ["LK502"]
    assert "kolom pagu tidak ada" in diagnostics[0].message


def test_percentage_column_is_never_money(tmp_path):
    rows = [["Kode", "Nama", "Pagu (%)"], ["7.01.02", "P", 1]]
    _data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows))
    assert codes_of(diagnostics) == ["LK502"]


def test_first_sheet_with_a_header_is_used(tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [["Sampul"], ["Tahun: 2022"]],
        sheet="Sampul",
        extra={"Data DPA": [["Kode", "Nama", "Pagu"], *[r[:3] for r in GOOD]]},
    )
    data, diagnostics = import_anggaran(path)
    assert diagnostics[0].code == "LK512"  # the year on the cover sheet is not read
    assert data["program"][0]["kode"] == "7.01.02"


def test_named_sheet_and_quoted_reference(tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [["Tahun: 2022"], ["Kode", "Nama", "Pagu"], ["7.01.02", "P", "banyak"]],
        sheet="Data DPA",
    )
    _data, diagnostics = import_anggaran(path, sheet="Data DPA")
    bad = [d for d in diagnostics if d.code == "LK505"]
    assert bad[0].location == Location("a.xlsx", 3, 3, "'Data DPA'!C3")


def test_unknown_sheet_and_unreadable_files(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [["Kode", "Nama", "Pagu"]])
    data, diagnostics = import_anggaran(path, sheet="Tidak Ada")
    assert data == {} and codes_of(diagnostics) == ["LK501"]
    assert '"Sheet1"' in diagnostics[0].message
    assert codes_of(import_anggaran(tmp_path / "hilang.xlsx")[1]) == ["LK501"]
    (tmp_path / "rusak.xlsx").write_text("bukan zip")
    assert codes_of(import_anggaran(tmp_path / "rusak.xlsx")[1]) == ["LK501"]


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (1103336776, Decimal("1103336776")),
        (1103336776.0, Decimal("1103336776")),
        ("1.103.336.776", Decimal("1103336776")),
        ("Rp 1.103.336.776,00", Decimal("1103336776")),
        ("Rp1.103.336.776", Decimal("1103336776")),
        ("Rp. 15.000,-", Decimal("15000")),
        ("rp 15.000", Decimal("15000")),
        ("1.103.336.776,50", Decimal("1103336776.50")),
        ("\xa01.000\xa0", Decimal("1000")),
        ("103", Decimal("103")),
        (0.1 + 0.2, Decimal("0.30")),
        (Decimal("7.5"), Decimal("7.5")),
        (None, None),
        ("", None),
        ("-", None),
        ("–", None),
    ],
)
def test_parse_money_accepts_numbers_and_indonesian_text(cell, expected):
    assert parse_money(cell) == expected


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("1,103,336,776", "LK505"),
        ("seribu", "LK505"),
        ("1.103.336.776,505", "LK505"),
        (1.005, "LK505"),
        (True, "LK505"),
        (-15000, "LK506"),
        ("-15.000", "LK506"),
        ("Rp -1.000", "LK506"),
    ],
)
def test_parse_money_refuses(cell, code):
    with pytest.raises(_BadNumber) as raised:
        parse_money(cell)
    assert raised.value.code == code


@pytest.mark.parametrize(
    ("kode", "level"),
    [
        ("7.01.02", "program"),
        ("7.01.02.2.01", "kegiatan"),
        ("7.01.02.2.01.0001", "sub_kegiatan"),
        ("7.01.02.2.01.01", "sub_kegiatan"),
        ("7", "urusan"),
        ("7.01", "urusan"),
        ("7.1.2", None),
        ("5.1.02.01.01.0052", None),
        ("7.01.02.2.01.001", None),
        ("7.01.0.00.0.00.06.0000", "urusan"),  # the unit (SKPD) row of a SIPD export
        ("5.1", None),  # an account: see account_code
    ],
)
def test_code_level(kode, level):
    assert code_level(kode) == level


# --- bad rows -------------------------------------------------------------------------------


def test_bad_rows_point_at_sheet_row_column_and_import_goes_on(tmp_path):
    # Columns: A no, B kode, C nama, D pagu, E realisasi; header on row 2.
    rows = [
        ["DPA TAHUN ANGGARAN 2022"],  # 1
        ["No", "Kode", "Nama", "Pagu", "Realisasi"],  # 2
        [None, "7", "URUSAN KEWILAYAHAN", 5000, None],  # 3 skipped silently
        [None, "7.01", "Kecamatan", 5000, None],  # 4 skipped silently
        [1, "7.01.02", "Program A", 1000, 900],  # 5
        [2, "7.1.2", "Kode salah", 1, 1],  # 6 LK503 at B6
        [3, "7.01.09.2.01", "Kegiatan program tak dikenal", 5, 5],  # 7 LK504 at B7
        [4, "7.01.02.2.01", "Kegiatan A", "seribu", 900],  # 8 LK505 at D8
        [5, "7.01.02.2.02", "Kegiatan B", -5, None],  # 9 LK506 at D9
        [6, "7.01.02.2.01", "Kegiatan A lagi", 1, 1],  # 10 LK507 at B10
        [7, "7.01.02.2.03", None, 1000, "9,5"],  # 11 LK508 at C11
        [8, "7.01.02.2.03.0001", "Sub tanpa pagu", None, None],  # 12 LK509 at D12
        [9, "7.01.03", "Program tanpa kegiatan", 5, 5],  # 13 LK510 at B13
        [None, None, "JUMLAH", 6005, 905],  # 14 no code: skipped
        [10, "7.01.04", "Program C", 10, None],  # 15 LK511 at D15
        [11, "7.01.04.2.01", "Kegiatan C", 7, None],  # 16
    ]
    data, diagnostics = import_anggaran(write_xlsx(tmp_path / "dpa.xlsx", rows))
    found = sorted((d.code, d.location.line, d.location.col, d.location.path) for d in diagnostics)
    assert found == [
        ("LK503", 6, 2, "Sheet1!B6"),
        ("LK504", 7, 2, "Sheet1!B7"),
        ("LK505", 8, 4, "Sheet1!D8"),
        ("LK506", 9, 4, "Sheet1!D9"),
        ("LK507", 10, 2, "Sheet1!B10"),
        ("LK508", 11, 3, "Sheet1!C11"),
        ("LK509", 12, 4, "Sheet1!D12"),
        ("LK510", 13, 2, "Sheet1!B13"),
        ("LK511", 15, 4, "Sheet1!D15"),
    ]
    assert all(d.location.file == "dpa.xlsx" for d in diagnostics)
    by_code = {d.code: d for d in diagnostics}
    assert "7.1.2" in by_code["LK503"].message
    assert "7.01.09" in by_code["LK504"].message
    assert '"seribu"' in by_code["LK505"].message and "7.01.02.2.01" in by_code["LK505"].message
    assert "selisih 3" in by_code["LK511"].message
    assert by_code["LK511"].severity is Severity.WARNING
    # The good rows are still there.
    kegiatan = [k["kode"] for k in data["program"][0]["kegiatan"]]
    assert kegiatan == ["7.01.02.2.01", "7.01.02.2.02", "7.01.02.2.03"]
    assert data["program"][0]["kegiatan"][2]["realisasi"] == Decimal("9.5")
    assert [p["kode"] for p in data["program"]] == ["7.01.02", "7.01.03", "7.01.04"]


def test_kegiatan_without_sub_needs_pagu(tmp_path):
    rows = [["Kode", "Nama", "Pagu"], ["7.01.02", "P", None], ["7.01.02.2.01", "K", None]]
    _data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows), tahun=2022)
    assert [(d.code, d.location.path) for d in diagnostics] == [("LK509", "Sheet1!C3")]


def test_good_import_validates_against_the_model(tmp_path):
    rows = [["Tahun: 2022"], ["Dokumen: DPA Perubahan"], ["Kode", "Nama", "Pagu", "Realisasi"]]
    data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows + GOOD))
    assert diagnostics == []
    assert data["dokumen"] == "DPA Perubahan"
    model = Anggaran.model_validate(data)
    assert model.program[0].kegiatan[0].sub_kegiatan[0].realisasi == 800


# --- the existing anggaran.yaml -------------------------------------------------------------

EXISTING = """\
# yaml-language-server: $schema=../schema/anggaran.schema.json
tahun: 2021
dokumen: DPA Perubahan 2021
sumber_realisasi: E-Monev TW IV
program:
  - kode: "7.01.02"
    nama: Nama lama
    penunjang: true
    indikator: [IKM, TRANTIB]
    kegiatan:
      - kode: "7.01.02.2.01"
        nama: K
        pagu: 1
        realisasi: 777
        sub_kegiatan:
          - kode: "7.01.02.2.01.0001"
            nama: S
            pagu: 1
            realisasi: 666
  - kode: "7.01.09"
    nama: Program yang hilang
    kegiatan:
      - kode: "7.01.09.2.01"
        nama: K
        pagu: 1
"""


def test_existing_facts_are_kept_by_code(tmp_path):
    existing = tmp_path / "anggaran.yaml"
    existing.write_text(EXISTING)
    rows = [["TAHUN ANGGARAN 2022"], ["Kode", "Nama", "Pagu"]] + [r[:3] for r in GOOD]
    data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows), existing=existing)
    assert sorted((d.code, d.location.file, d.location.line) for d in diagnostics) == [
        ("LK514", "anggaran.yaml", 20),  # program 7.01.09 dropped
        ("LK515", "a.xlsx", None),  # 2022 in the title, 2021 kept
    ]
    assert (data["tahun"], data["dokumen"], data["sumber_realisasi"]) == (
        2021, "DPA Perubahan 2021", "E-Monev TW IV",
    )  # fmt: skip
    program = data["program"][0]
    assert program["nama"] == "Program Penyelenggaraan Pemerintahan"  # Excel wins
    assert (program["penunjang"], program["indikator"]) == (True, ["IKM", "TRANTIB"])
    # No realisasi column: the realisasi of the existing file is kept by code.
    assert program["kegiatan"][0]["realisasi"] == 777
    assert program["kegiatan"][0]["sub_kegiatan"][0]["realisasi"] == 666
    assert "realisasi" not in program  # nothing to keep for the program row


def test_explicit_year_wins(tmp_path):
    rows = [["TAHUN ANGGARAN 2022"], ["Kode", "Nama", "Pagu"]] + [r[:3] for r in GOOD]
    data, _ = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows), tahun=2023)
    assert data["tahun"] == 2023


def test_unreadable_existing_is_reported(tmp_path):
    existing = tmp_path / "anggaran.yaml"
    existing.write_text("program: [ {kode: '7.01.02'\n")
    rows = [["Tahun: 2022"], ["Kode", "Nama", "Pagu"]] + [r[:3] for r in GOOD]
    data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows), existing=existing)
    assert codes_of(diagnostics) == ["LK513"]
    assert diagnostics[0].location.file == "anggaran.yaml"
    assert diagnostics[0].location.line is not None
    assert data["tahun"] == 2022


def test_codes_are_catalogued_with_examples():
    ours = {code: info for code, info in CATALOGUE.items() if code.startswith("LK5")}
    assert len(ours) == 20
    for info in ours.values():
        assert "Contoh salah" in info.doc and "Contoh benar" in info.doc, info.code
        assert info.name.startswith("excel-")


def test_unknown_code_message_is_indonesian(tmp_path):
    rows = [["Kode", "Nama", "Pagu"], ["5.1.2", "Belanja Makan", 1]]
    _data, diagnostics = import_anggaran(write_xlsx(tmp_path / "a.xlsx", rows), tahun=2022)
    assert codes_of(diagnostics) == ["LK503"]
    assert "bukan kode program" in diagnostics[0].message


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Anggaran Setelah Perubahan", ("pagu", 3)),
        ("Pagu Perubahan (Rp)", ("pagu", 3)),
        ("Anggaran", ("pagu", 2)),
        ("Pagu Murni", ("pagu", 1)),
        ("Anggaran Sebelum Perubahan", ("pagu", 1)),
        ("Bertambah/(Berkurang)", None),
        ("Sisa Anggaran", None),
        ("Anggaran Tahun Sebelumnya", None),
        ("Realisasi s.d. Triwulan IV", ("realisasi", 3)),
        ("Realisasi s/d Desember", ("realisasi", 3)),
        ("Realisasi sd Bulan Ini", ("realisasi", 3)),
        ("Realisasi", ("realisasi", 2)),
        ("Realisasi Triwulan IV", ("realisasi", 1)),
        ("Realisasi s.d. Bulan Lalu", None),
        ("Realisasi Bulan Ini", None),
        ("Realisasi Fisik", None),
        ("Realisasi (%)", None),
    ],
)
def test_header_scores(header, kind):
    from lkjip.excel.importer import _header_kind

    assert _header_kind(header) == kind


@pytest.mark.parametrize(
    ("kode", "account"),
    [
        ("5.1.02.01.01.0024", (None, "5.1.02.01.01.0024")),
        ("5.1", (None, "5.1")),
        ("7.01.02.2.01.0001.5.1.02.01.01.0024", ("7.01.02.2.01.0001", "5.1.02.01.01.0024")),
        ("5", None),  # urusan 5 as much as akun 5
        ("5.01.02", None),  # a program of urusan 5
        ("7.1.2", None),
    ],
)
def test_account_code(kode, account):
    from lkjip.excel.importer import account_code

    assert account_code(kode) == account
