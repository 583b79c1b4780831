"""Every kind of indicator and scale end to end: `tests/fixtures/indikator` validates clean,
`lkjip calc --format json` gives the figures worked out by hand below, and the built report
prints them (a three-level cascade with one table per level, five formula identifiers, a
formula that changes by year, a declared scale with bounds, an absorption scale, a derived
target and realisation, a breakdown table and semesters)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from lkjip.cli import app
from lkjip.pipeline import build
from lkjip.reviu import reviu
from tests.helpers import ROOT, W

DATASET = ROOT / "tests" / "fixtures" / "indikator"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def hasil() -> dict:
    result = run("calc", str(DATASET), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> list[str]:
    out = tmp_path_factory.mktemp("docx") / "laporan.docx"
    result = run("build", str(DATASET), "--out", str(out))
    assert result.exit_code == 0, result.output
    body = etree.fromstring(zipfile.ZipFile(Path(out)).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in body.iter(f"{{{W}}}p")]


def test_validates_clean():
    result = run("validate", str(DATASET), "--strict")
    assert result.exit_code == 0, result.output


def test_formula_identifiers(hasil):
    rumus = {k: v["rumus"] for k, v in hasil["indikator"].items()}
    assert rumus == {
        "IKM": "positif",
        "OPINI": "kualitatif",
        "AKI": "negatif-rasio",  # declared {2021: negatif, 2022: negatif-rasio}
        "INFLASI": "rentang",
        "LAYANAN": "biner",
        "KTP": "positif",
    }


def test_capaian_by_formula(hasil):
    ind = hasil["indikator"]
    assert ind["IKM"]["capaian"] == "103.30"  # 89,87 / 87
    assert ind["OPINI"]["capaian"] == "75.00"  # WDP (3) / WTP (4) on opini-bpk
    assert ind["AKI"]["realisasi"] == "17.65"  # 3 / 17.000 × 100.000, two decimals
    assert ind["AKI"]["capaian"] == "113.31"  # 20 / 17,65
    assert ind["INFLASI"]["capaian"] == "87.50"  # (1 − 0,5 / 4) × 100 above the 2–4 band
    assert ind["LAYANAN"]["capaian"] == "100.00"


def test_formula_of_earlier_year_is_the_one_declared_for_it(hasil):
    riwayat = {r["tahun"]: r for r in hasil["indikator"]["AKI"]["riwayat"]}
    # 2021 is measured with `negatif`: (2 − 21 / 22) × 100.
    assert riwayat[2021]["capaian"] == "104.55"
    assert riwayat[2021]["capaian_rumus"] == "(2 − realisasi / target) × 100"


def test_derived_and_breakdown(hasil):
    aki = hasil["indikator"]["AKI"]["turunan"]
    assert aki == {
        "pembilang": "3",
        "penyebut": "17000",
        "pengali": "100000",
        "nilai": "17.65",
        "rumus": "pembilang / penyebut × pengali",
    }
    # The 2022 target is derived too: 3 / 15.000 × 100.000 at 0 decimals.
    assert hasil["indikator"]["AKI"]["target_turunan"] == {
        "pembilang": "3",
        "penyebut": "15000",
        "pengali": "100000",
        "nilai": "20",
        "rumus": "pembilang / penyebut × pengali",
    }
    assert hasil["indikator"]["AKI"]["target_renstra"] == "20"
    assert hasil["indikator"]["IKM"]["target_turunan"] is None
    aki = hasil["indikator"]["AKI"]["rincian"]
    assert aki["agregasi"] == "rasio" and aki["sesuai"] is True  # (1 + 2) / 17.000 × 100.000
    assert [b["nilai"] for b in aki["baris"]] == ["11.11", "25.00"]
    rincian = hasil["indikator"]["KTP"]["rincian"]
    assert rincian["nilai"] == "190" and rincian["sesuai"] is True
    assert [b["nama"] for b in rincian["baris"]] == ["Kelurahan Sukajadi", "Kelurahan Bintan"]


def test_semesters_aggregate_by_the_indicator(hasil):
    inflasi = hasil["indikator"]["INFLASI"]
    assert inflasi["agregasi"] == "rata_rata"
    assert [s["capaian"] for s in inflasi["semester"]] == ["95.00", "80.00"]
    assert inflasi["realisasi_dari_semester"] == "4.5"  # (4,2 + 4,8) / 2


def test_history_spans_and_path(hasil):
    ikm = hasil["indikator"]["IKM"]
    riwayat = {r["tahun"]: r for r in ikm["riwayat"]}
    assert riwayat[2018]["target"] == "80"  # a target of the previous Renstra
    assert riwayat[2018]["capaian"] == "100.13"  # 80,1 / 80
    assert ikm["kurun"]["2018"]["2022"] == {
        "tahun": [2018, 2019, 2020, 2021, 2022],
        "jumlah": "422.19",
        "rata_rata": "84.44",
        "perubahan": "9.77",
        "perubahan_persen": "12.20",
    }
    jalur = {t["tahun"]: t for t in ikm["jalur"]}
    assert sorted(jalur) == list(range(2018, 2027))
    assert jalur[2026] == {"tahun": 2026, "target": "90", "realisasi": None}


def test_cascade_levels_never_mix(hasil):
    sasaran = hasil["sasaran"]
    assert {k: (v["tingkat"], v["induk"]) for k, v in sasaran.items()} == {
        "SS1": ("strategis", None),
        "SP1": ("program", "SS1"),
        "SK1": ("kegiatan", "SP1"),
    }
    # SS1: (103,30 × 1 + 75 × 2) / 3 with bobot; SP1: (113,31 + 87,5) / 2.
    assert sasaran["SS1"]["capaian"] == "84.43"
    assert sasaran["SP1"]["capaian"] == "100.41"
    assert {k: v["capaian"] for k, v in hasil["tingkat"].items()} == {
        "strategis": "84.43",
        "program": "100.41",
        "kegiatan": "100.00",
    }
    assert hasil["opd"]["capaian"] == "84.43"  # the first level only
    assert hasil["jumlah"]["sasaran"] == 1


def test_declared_scales(hasil):
    assert hasil["indikator"]["OPINI"]["kategori"] == "Cukup"  # 70 ≤ C < 85
    assert hasil["sasaran"]["SP1"]["kategori"] == "Sangat Baik"  # C ≥ 100
    assert hasil["indikator"]["INFLASI"]["kategori"] == "Baik"  # 85 ≤ C < 100
    assert hasil["kategori_serapan"]["total"] == "Sangat Baik"  # 95% ≥ 90


@pytest.mark.parametrize(
    "expected",
    [
        "Tabel 3.1 Capaian Indikator Sasaran Strategis Dinas Kesehatan Sukamaju Tahun 2022",
        "Tabel 3.2 Capaian Indikator Sasaran Program Dinas Kesehatan Sukamaju Tahun 2022",
        "Tabel 3.3 Capaian Indikator Sasaran Kegiatan Dinas Kesehatan Sukamaju Tahun 2022",
        "Rata-rata capaian sasaran program sebesar 100,41%.",
        # Bab III numbers the sasaran within their level, as each level's capaian table does.
        "Sasaran Kegiatan 1: Terselenggaranya layanan administrasi kependudukan",
        "untuk setiap pernyataan kinerja sasaran strategis, sasaran program dan sasaran "
        "kegiatan, dengan analisis:",
        "Target dihitung sebagai pembilang / penyebut × pengali (batas jumlah kematian ibu / "
        "perkiraan kelahiran hidup × 100.000): 3 / 15.000 × 100.000 = 20.",
        "Realisasi dihitung sebagai pembilang / penyebut × pengali (jumlah kematian ibu / "
        "jumlah kelahiran hidup × 100.000): 3 / 17.000 × 100.000 = 17,65.",
        "Tabel 3.5 Rincian Realisasi Angka kematian ibu per 100.000 kelahiran hidup per "
        "Puskesmas Tahun 2022",
        "Rincian realisasi indikator ini per puskesmas (jumlah pembilang / jumlah penyebut × "
        "pengali = realisasi) disajikan pada Tabel 3.5.",
        "Tabel 3.6 Rincian Realisasi Jumlah KTP elektronik yang diterbitkan per Kelurahan "
        "Tahun 2022",
        "indikator biner (ya/tidak): capaian = 100 bila realisasi sama dengan target (ya/tidak), "
        "0 bila berbeda",
        "85 ≤ C < 100",
        "WDP (3) / WTP (4) × 100% = 75,00%",
        "(1 − |4,5 − 4| / 4) × 100% = 87,50%",
        "Target semester setiap indikator disajikan pada Tabel 2.6.",
        "Target Semester",
        "Sifat target semester setiap indikator:",
        "Tingkat inflasi daerah: nilai pada semester berjalan; realisasi tahunan adalah "
        "rata-rata semester yang dilaporkan.",
        "T = target, R = realisasi, % = capaian semester.",
        "Selama 5 tahun terakhir rata-rata IKM sebesar 84,44, naik 9,77 poin (12,20%) dari "
        "tahun 2018.",
        "Per semester: semester I target 2–4%, realisasi 4,2% (capaian 95,00%); semester II "
        "target 2–4%, realisasi 4,8% (capaian 80,00%). Realisasi tahunan adalah rata-rata "
        "semester yang dilaporkan, yaitu 4,5%.",
    ],
)
def test_report_prints(paragraphs, expected):
    assert any(expected in p for p in paragraphs), expected


def test_report_prints_absorption_category(paragraphs):
    assert any(
        "95,00% (kategori Sangat Baik menurut Skala Serapan Anggaran)" in p for p in paragraphs
    )


def test_ikhtisar_speaks_of_the_first_level_only(paragraphs):
    ikhtisar = next(p for p in paragraphs if "Rata-rata capaian kinerja sasaran strategis" in p)
    assert "84,43%" in ikhtisar
    assert "stabilitas harga" not in ikhtisar  # a sasaran program is not a sasaran strategis


def test_chart_runs_to_the_renstra_end(tmp_path, paragraphs):
    assert "Gambar 3.1 Realisasi dan Target Indeks Kepuasan Masyarakat Tahun 2018–2026" in (
        paragraphs
    )
    out = tmp_path / "laporan.docx"
    assert run("build", str(DATASET), "--out", str(out)).exit_code == 0
    with zipfile.ZipFile(out) as docx:
        chart = etree.fromstring(docx.read("word/charts/chart1.xml"))
    values = [
        v.text for v in chart.iter("{http://schemas.openxmlformats.org/drawingml/2006/chart}v")
    ]
    target = values[values.index("Target Renstra") + 1 :]
    assert target[:9] == [str(y) for y in range(2018, 2027)]
    assert target[9:] == ["80", "82", "84", "86", "87", "88", "89", "89.5", "90"]


def test_the_path_chart_stands_with_the_comparison_to_the_renstra_end_target(paragraphs):
    """The chart that runs to the plan's last year follows analysis 3 (the medium-term
    target), not analysis 2 (the years gone by)."""
    judul = "Gambar 3.1 Realisasi dan Target Indeks Kepuasan Masyarakat Tahun 2018–2026"
    caption = max(i for i, p in enumerate(paragraphs) if p == judul)  # not the list of figures
    before = paragraphs[:caption]
    third = max(i for i, p in enumerate(before) if p.startswith("3) Perbandingan realisasi"))
    second = max(i for i, p in enumerate(before) if p.startswith("2) Perbandingan antara"))
    assert second < third < caption
    assert not any(p.startswith("4) ") for p in before[third:])


def test_references_to_later_tables_count_the_breakdown_tables(paragraphs):
    def caption(judul: str) -> str:
        return next(p.split(" ", 2)[1] for p in paragraphs if p.startswith("Tabel ") and judul in p)

    masalah, efisiensi = caption("Permasalahan dan Langkah"), caption("Analisis Efisiensi")
    assert (masalah, efisiensi) == ("3.7", "3.8")  # after the breakdown tables 3.5 and 3.6
    assert any(f"diuraikan pada Tabel {masalah}." in p for p in paragraphs)
    dinilai = [p for p in paragraphs if "penggunaan sumber daya dinilai" in p]
    assert dinilai and all(p.endswith(f"(Tabel {efisiensi}).") for p in dinilai)


@pytest.mark.parametrize("rumus_efisiensi", [None, "sisa_anggaran", "indeks_rka_kl"])
def test_built_report_passes_reviu(tmp_path, rumus_efisiensi):
    """The report of a cascade with a weighted mean, declared scales, derived values,
    semesters and each newer efficiency variant passes `lkjip reviu` with no finding."""
    data = tmp_path / "data"
    shutil.copytree(DATASET, data)
    if rumus_efisiensi is not None:
        lkjip_yaml = data / "lkjip.yaml"
        teks = lkjip_yaml.read_text(encoding="utf-8")
        lkjip_yaml.write_text(
            teks.replace("pengaturan:\n", f"pengaturan:\n  rumus_efisiensi: {rumus_efisiensi}\n"),
            encoding="utf-8",
        )
        assert f"rumus_efisiensi: {rumus_efisiensi}" in lkjip_yaml.read_text(encoding="utf-8")
    out = tmp_path / "laporan.docx"
    assert not build(data, out).has_errors()
    assert [d.message for d in reviu(out)] == []


def test_counts_per_cascade_level(hasil):
    assert hasil["jumlah"]["tingkat"] == {
        "strategis": {"nama": "Sasaran Strategis", "sasaran": 1, "indikator": 2},
        "program": {"nama": "Sasaran Program", "sasaran": 1, "indikator": 2},
        "kegiatan": {"nama": "Sasaran Kegiatan", "sasaran": 1, "indikator": 2},
    }


PER_TINGKAT = (
    "sasaran secara berjenjang, yaitu 1 (satu) sasaran strategis dengan 2 (dua) indikator "
    "kinerja, 1 (satu) sasaran program dengan 2 (dua) indikator kinerja, dan 1 (satu) sasaran "
    "kegiatan dengan 2 (dua) indikator kinerja"
)


@pytest.mark.parametrize(
    "awal, lanjut",
    [
        # Ikhtisar
        ("Pada tahun 2022, Dinas Kesehatan Sukamaju menetapkan ", ". Dari 6 (enam) indikator"),
        # Bab III
        ("Pada tahun 2022, Dinas Kesehatan Sukamaju menetapkan ", "; dari 6 (enam) indikator"),
    ],
)
def test_summary_counts_each_level_on_its_own(paragraphs, awal, lanjut):
    """ "1 sasaran strategis dengan 6 indikator" would put the lower levels' indicators
    under the first level."""
    assert any(p.startswith(awal + PER_TINGKAT + lanjut) for p in paragraphs)
    assert not any("sasaran strategis yang diukur dengan 6" in p for p in paragraphs)
    assert not any("sasaran strategis dengan 6" in p for p in paragraphs)


def test_cap_on_capaian_is_stated_once(paragraphs):
    metode = next(p for p in paragraphs if p.startswith("Capaian sasaran dihitung sebagai"))
    assert metode == (
        "Capaian sasaran dihitung sebagai rata-rata tertimbang capaian indikator (bobot "
        "indikator), dengan capaian setiap indikator dibatasi paling tinggi 120% di dalam "
        "rata-rata tersebut."
    )
    assert all(p.count("dibatasi paling tinggi") <= 1 for p in paragraphs)


def _tabel(path: Path, kepala: str) -> list[list[str]]:
    """The rows (cell texts) of the first table whose last header column is `kepala`."""
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    for tbl in body.iter(f"{{{W}}}tbl"):
        rows = [
            ["".join(t.text or "" for t in tc.iter(f"{{{W}}}t")) for tc in tr.iter(f"{{{W}}}tc")]
            for tr in tbl.iter(f"{{{W}}}tr")
        ]
        if rows and rows[0][-1] == kepala:
            return rows
    raise AssertionError(kepala)


@pytest.mark.parametrize(
    "kepala", ["Kondisi Akhir (2026)", "Target Tahun 2022", "Target 2022", "Target Semester"]
)
def test_target_tables_group_sasaran_by_level(tmp_path, kepala):
    """Renstra, RKT, PK and Rencana Aksi: the column is "Sasaran", each level's sasaran under
    a row with that level's name; numbering runs on across the levels."""
    out = tmp_path / "laporan.docx"
    assert not build(DATASET, out).has_errors()
    rows = _tabel(out, kepala)
    assert rows[0][:3] == ["No", "Sasaran", "Indikator Kinerja"]
    judul = [r[0] for r in rows if len(r) == 1]
    if kepala == "Target Semester":  # only INFLASI (a sasaran program) has semesters
        assert judul == ["Sasaran Program"]
        return
    assert judul == ["Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan"]
    nomor = [r[:2] for r in rows if len(r) > 1 and r[0].isdigit()]
    assert nomor[:3] == [
        ["1", "Meningkatnya kualitas pelayanan"],
        ["2", "Meningkatnya kesehatan ibu dan stabilitas harga"],
        ["3", "Terselenggaranya layanan administrasi kependudukan"],
    ]


def test_reviu_reads_the_counts_per_level(tmp_path):
    """lkjip reviu checks a level's sasaran count against that level's capaian table, and
    a level's indicator count may not be fewer than the table prints."""
    out = tmp_path / "laporan.docx"
    assert not build(DATASET, out).has_errors()
    salah = tmp_path / "salah.docx"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(salah, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                teks = data.decode("utf-8")
                benar = "1 (satu) sasaran program dengan 2 (dua) indikator kinerja"
                assert teks.count(benar) == 2
                teks = teks.replace(
                    benar, "2 (dua) sasaran program dengan 1 (satu) indikator kinerja"
                )
                data = teks.encode("utf-8")
            dst.writestr(item, data)
    pesan = [d.message for d in reviu(salah)]
    assert sum('"2 (dua) sasaran"' in m and "1 sasaran program" in m for m in pesan) == 2
    assert sum("tabel capaian sasaran program memuat 2 indikator" in m for m in pesan) == 2
    assert len(pesan) == 4
