"""Three layouts of real SIPD exports, built as .xlsx the way SIPD and the BPKAD write them:
a DPPA with account rows and amounts before and after the revision, a realisation report
with amounts on the account rows only, and a sheet with a two-row merged header."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lkjip.excel import import_anggaran
from lkjip.model.anggaran import Anggaran


def _workbook(path: Path, rows: list[list], merged: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "DPPA SKPD"
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def _by_code(data: dict) -> dict[str, dict]:
    found = {}
    for program in data["program"]:
        found[program["kode"]] = program
        for kegiatan in program["kegiatan"]:
            found[kegiatan["kode"]] = kegiatan
            for sub in kegiatan.get("sub_kegiatan", []):
                found[sub["kode"]] = sub
    return found


# A DPPA (Dokumen Pelaksanaan Perubahan Anggaran) of a kecamatan: section rows for urusan,
# bidang urusan and the unit, names in capitals, every sub kegiatan followed by its account
# rows down to the sub rincian objek, and a total row without a code.
DPPA = [
    ["DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN"],
    ["SATUAN KERJA PERANGKAT DAERAH"],
    ["PEMERINTAH KOTA DUMAI TAHUN ANGGARAN 2023"],
    [],
    ["Kode Rekening", "Uraian", "Sumber Dana", "Anggaran Sebelum Perubahan",
     "Anggaran Setelah Perubahan", "Bertambah/(Berkurang)"],
    ["7", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", None,
     1_500_000, 1_650_000, 150_000],
    ["7.01", "KECAMATAN", None, 1_500_000, 1_650_000, 150_000],
    ["7.01.0.00.0.00.06.0000", "KECAMATAN DUMAI KOTA", None, 1_500_000, 1_650_000, 150_000],
    ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None,
     1_000_000, 1_200_000, 200_000],
    ["7.01.01.2.02", "ADMINISTRASI KEUANGAN PERANGKAT DAERAH", None, 1_000_000, 1_200_000,
     200_000],
    ["7.01.01.2.02.0001", "PENYEDIAAN GAJI DAN TUNJANGAN ASN", "DAU", 1_000_000, 1_200_000,
     200_000],
    ["5", "BELANJA DAERAH", None, 1_000_000, 1_200_000, 200_000],
    ["5.1", "BELANJA OPERASI", None, 1_000_000, 1_200_000, 200_000],
    ["5.1.01", "Belanja Pegawai", None, 1_000_000, 1_200_000, 200_000],
    ["5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", "DAU", 800_000, 900_000, 100_000],
    ["5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS", "DAU", 200_000, 300_000, 100_000],
    ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", None, 500_000,
     450_000, -50_000],
    ["7.01.02.2.01", "KOORDINASI PENYELENGGARAAN KEGIATAN PEMERINTAHAN DI TINGKAT KECAMATAN",
     None, 500_000, 450_000, -50_000],
    ["7.01.02.2.01.0001", "KOORDINASI/SINERGI PERENCANAAN DAN PELAKSANAAN KEGIATAN PEMERINTAHAN",
     "PAD", 500_000, 450_000, -50_000],
    ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "PAD",
     500_000, 450_000, -50_000],
    [None, "JUMLAH", None, 1_500_000, 1_650_000, 150_000],
]  # fmt: skip


def test_dppa_with_account_rows(tmp_path):
    data, diagnostics = import_anggaran(_workbook(tmp_path / "dppa.xlsx", DPPA))
    # Row 12, "5", is akun or urusan 5: a section row either way; 5.1 is the first account.
    assert [(d.code, d.location.line) for d in diagnostics] == [("LK519", 13)]
    assert "5 baris rekening belanja" in diagnostics[0].message
    assert (data["tahun"], data["dokumen"]) == (2023, "DPA Perubahan")
    rows = _by_code(data)
    assert list(rows) == [
        "7.01.01", "7.01.01.2.02", "7.01.01.2.02.0001",
        "7.01.02", "7.01.02.2.01", "7.01.02.2.01.0001",
    ]  # fmt: skip
    penunjang, pemerintahan = data["program"]
    # The revised budget, not the one before the revision nor the difference.
    assert penunjang["pagu"] == Decimal(1_200_000)
    assert rows["7.01.01.2.02.0001"]["pagu"] == Decimal(1_200_000)
    assert (penunjang["penunjang"], pemerintahan["penunjang"]) == (True, False)
    assert penunjang["nama"] == "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    assert pemerintahan["nama"] == "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    assert rows["7.01.01.2.02"]["nama"] == "Administrasi Keuangan Perangkat Daerah"
    assert rows["7.01.01.2.02.0001"]["nama"] == "Penyediaan Gaji dan Tunjangan ASN"
    assert Anggaran.model_validate(data).program[1].kegiatan[0].pagu == 450_000


# A realisation report (Laporan Realisasi Anggaran per sub kegiatan) of the BPKAD: amounts on
# the account rows only, the account code written after the sub kegiatan code, a kegiatan row
# after its sub kegiatan, no program row, and three realisation columns of which only the
# cumulative one is the year so far.
LRA = [
    ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"],
    ["TAHUN ANGGARAN 2022"],
    ["No", "Kode", "Uraian", "Anggaran", "Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini",
     "Realisasi s.d. Bulan Ini", "Sisa Anggaran", "%"],
    [1, "7.01.03.2.02.0001", "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah",
     None, None, None, None, None, None],
    [2, "7.01.03.2.02.0001.5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", "2.500.000",
     "1.000.000", "500.000", "1.500.000", "1.000.000", 60],
    [3, "7.01.03.2.02.0001.5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan",
     "1.000.000", "250.000", "250.000", "500.000", "500.000", 50],
    [4, "7.01.03.2.02", "Kegiatan Pemberdayaan Kelurahan", None, None, None, None, None, None],
]  # fmt: skip


def test_realisation_report_summed_from_accounts(tmp_path):
    data, diagnostics = import_anggaran(_workbook(tmp_path / "lra.xlsx", LRA))
    found = sorted((d.code, d.location.line) for d in diagnostics)
    assert found == [("LK519", 5), ("LK520", 7)]
    summary = next(d for d in diagnostics if d.code == "LK519")
    assert "dijumlahkan" in summary.message and "7.01.03.2.02.0001" in summary.message
    (program,) = data["program"]
    assert (program["kode"], program["nama"]) == (
        "7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
    )  # fmt: skip
    sub = program["kegiatan"][0]["sub_kegiatan"][0]
    assert (sub["pagu"], sub["realisasi"]) == (Decimal(3_500_000), Decimal(2_000_000))
    model = Anggaran.model_validate(data)
    assert model.program[0].kegiatan[0].kode == "7.01.03.2.02"


# A sheet typed by the planning staff from the DPPA: a merged two-row header ("Pagu" over
# "Murni | Perubahan", "Realisasi" over "Triwulan IV | s.d. Triwulan IV"), sub kegiatan codes
# of two digits, a provincial penunjang program in capitals.
TWO_ROW = [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu", None, "Realisasi", None, "Keterangan"],
    [None, None, "Murni", "Perubahan", "Triwulan IV", "s.d. Triwulan IV", None],
    ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", 900, 1000, 300, 950,
     None],
    ["1.02.01.1.02", "Administrasi Keuangan Perangkat Daerah", 900, 1000, 300, 950, None],
    ["1.02.01.1.02.01", "Penyediaan Gaji dan Tunjangan ASN", 900, 1000, 300, 950, "lunas"],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
     50, 60, 10, 55, None],
    ["1.02.02.1.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 50, 60, 10, 55, None],
]  # fmt: skip


def test_two_row_merged_header(tmp_path):
    merged = ("A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2")
    data, diagnostics = import_anggaran(
        _workbook(tmp_path / "pagu.xlsx", TWO_ROW, merged), tahun=2022
    )
    assert diagnostics == []
    penunjang, kesehatan = data["program"]
    assert (penunjang["pagu"], penunjang["realisasi"]) == (Decimal(1000), Decimal(950))
    assert penunjang["penunjang"] is True and kesehatan["penunjang"] is False
    assert penunjang["nama"] == "Program Penunjang Urusan Pemerintahan Daerah Provinsi"
    assert penunjang["kegiatan"][0]["sub_kegiatan"][0]["kode"] == "1.02.01.1.02.01"
    assert Anggaran.model_validate(data).program[1].kegiatan[0].pagu == 60
