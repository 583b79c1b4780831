"""TableSpec builders: structure, spans, totals from Hasil, widths."""

from dataclasses import replace
from decimal import Decimal as D

import pytest

from lkjip.calc import compute
from lkjip.calc import efisiensi as calc_efisiensi
from lkjip.model.kinerja import Kinerja
from lkjip.model.laporan import RumusEfisiensi as RE
from lkjip.render import tables as t
from lkjip.render.blocks import TableSpec
from tests.render.conftest import _kinerja


def _grid_width(spec: TableSpec, row) -> int:
    return sum(c.colspan for c in row)


def _check_spans(spec: TableSpec) -> None:
    """Every row covers the grid once rowspans from above are counted."""
    ncols = len(spec.widths_cm)
    for group in (spec.header, spec.rows, spec.footer):
        pending = [0] * ncols
        for row in group:
            col, cells = 0, iter(row)
            while col < ncols:
                if pending[col]:
                    pending[col] -= 1
                    col += 1
                    continue
                cell = next(cells)
                for k in range(cell.colspan):
                    pending[col + k] = cell.rowspan - 1
                col += cell.colspan
            assert next(cells, None) is None, row


BUILDERS = [
    t.tabel_renstra,
    t.tabel_keterkaitan,
    t.tabel_program,
    t.tabel_rkt,
    t.tabel_pk,
    t.tabel_rencana_aksi,
    lambda p, h: t.tabel_skala(h),
    t.tabel_capaian_iku,
    t.tabel_pengukuran,
    lambda p, h: t.tabel_permasalahan(p),
    t.tabel_efisiensi,
    t.tabel_realisasi_anggaran,
    t.tabel_kinerja_anggaran,
    t.tabel_evaluasi_ra,
    t.tabel_iku_lampiran,
    lambda p, h: t.tabel_penghargaan(p),
]


@pytest.mark.parametrize("build", BUILDERS)
def test_every_table_is_well_formed(project, hasil, build):
    spec = build(project, hasil)
    assert spec.rows, "no empty tables"
    assert round(sum(spec.widths_cm), 2) <= t.LANDSCAPE
    _check_spans(spec)


@pytest.mark.parametrize("build", [t.tabel_renstra, t.tabel_kinerja_anggaran, t.tabel_evaluasi_ra])
def test_landscape_tables_use_the_landscape_width(project, hasil, build):
    assert round(sum(build(project, hasil).widths_cm), 2) == t.LANDSCAPE


def _texts(row):
    return [c.text for c in row]


def test_realisasi_anggaran_rows_and_totals(project, hasil):
    spec = t.tabel_realisasi_anggaran(project, hasil)
    programs = [r for r in spec.rows if r[0].text.isdigit()]
    assert len(programs) == 3
    assert _texts(programs[0])[1:4] == [
        "7.01.01",
        "Program Penunjang Urusan Pemerintahan Daerah",
        "6.259.340.903",
    ]
    (footer,) = spec.footer
    assert _texts(footer) == ["Jumlah", "6.424.351.115", "6.145.828.275", "95,66", "278.522.840"]
    assert all(c.align == "right" for c in footer[1:])


def test_capaian_iku_spans_sasaran_and_formats(project, hasil):
    spec = t.tabel_capaian_iku(project, hasil)
    first = spec.rows[0]
    assert first[1].rowspan == 3
    assert _texts(first)[2:] == ["Indeks Kepuasan Masyarakat", "Indeks", "87", "89,87", "103,30"]
    assert len(spec.rows[1]) == 5  # No and Sasaran are covered by the span


def test_pk_total_is_hasil_pk_total(project, hasil):
    spec = t.tabel_pk(project, hasil)
    assert spec.footer[0][-1].text == "165.025.212"
    assert hasil.pk_total == D("165025212")


def test_kinerja_anggaran_joins_by_program_code(project, hasil):
    spec = t.tabel_kinerja_anggaran(project, hasil)
    text = [" ".join(str(c.text) for c in row) for row in spec.rows]
    trantibum = next(r for r in text if "Trantibum" in r)
    assert "7.01.04" in trantibum and "104.800.000" in trantibum and "92,19" in trantibum


def test_pengukuran_explains_dashes(project, hasil):
    spec = t.tabel_pengukuran(project, hasil)
    assert spec.rows[0][3].text == "–"  # capaian 2021: no target for the kondisi awal
    assert any("target tidak ditetapkan" in note for note in spec.notes)


def test_efisiensi_header_states_the_formula(project, hasil):
    spec = t.tabel_efisiensi(project, hasil)
    assert "(5) = (3) − (4)" in spec.header[0][4].text
    sasaran_row = spec.rows[0]
    assert _texts(sasaran_row)[2:] == ["101,10", "94,22", "6,88", "efisien"]


@pytest.mark.parametrize(
    ("rumus", "kolom", "nilai"),
    [
        (RE.SELISIH, "(poin) (5) = (3) − (4)", ["6,88", "5,54", "7,81", "2,24"]),
        (RE.RASIO, "(5) = (3) : (4)", ["1,07", "1,06", "1,08", "1,02"]),
        # 100 − the printed absorption, whatever the capaian.
        (RE.SISA_ANGGARAN, "(%) (5) = 100 − (4)", ["5,78", "2,24", "7,81", "2,24"]),
        # An indicator: 50 + (1 − 97,76 / 103,30) × 100 / 20 × 50 = 63,41; the sasaran averages
        # the E of its indicators (5,36 + 7,81 + 2,24) / 3 = 5,14 → 62,84.
        (
            RE.INDEKS_RKA_KL,
            "(%) (5) = 50 + E / 20 × 50; E = (1 − (4) : (3)) × 100",
            ["62,84", "63,41", "69,53", "55,60"],
        ),
    ],
)
def test_efisiensi_header_and_values_follow_the_variant(project, rumus, kolom, nilai):
    pengaturan = project.laporan.pengaturan.model_copy(update={"rumus_efisiensi": rumus})
    project = replace(
        project, laporan=project.laporan.model_copy(update={"pengaturan": pengaturan})
    )
    spec = t.tabel_efisiensi(project, compute(project))
    assert spec.header[0][4].text == f"Tingkat Efisiensi {kolom}".replace("  ", " ")
    assert [_texts(row)[4] for row in spec.rows] == nilai
    assert f"tingkat efisiensi: {calc_efisiensi.RUMUS[rumus]}" in spec.notes[0]


def test_skala_intervals(hasil):
    assert t.interval_skala(hasil)[0] == ("C ≥ 91", "Sangat Tinggi")
    assert t.interval_skala(hasil)[1] == ("76 ≤ C < 91", "Tinggi")
    assert t.interval_skala(hasil)[-1] == ("C < 51", "Sangat Rendah")


@pytest.mark.parametrize("build", [t.tabel_rencana_aksi, t.tabel_evaluasi_ra])
def test_quarters_without_a_target_are_explained(project, hasil, build):
    spec = build(project, hasil)
    dashed = [
        hi.nama for hi in hasil.indikator.values() if any(tw.target is None for tw in hi.triwulan)
    ]
    notes = [n for n in spec.notes if "tidak ada target pada triwulan" in n]
    if dashed:
        assert len(notes) == 1 and all(nama in notes[0] for nama in dashed)
    else:
        assert not notes


def _dengan_semester(project):
    """The project with semesters for IKM (nilai_akhir: 86 then 89,87) beside its quarters."""
    data = _kinerja()
    ikm = next(r for r in data["realisasi"] if r["indikator"] == "IKM")
    ikm["semester"] = {"target": [D(86), D(87)], "realisasi": [D(86), D("89.87")]}
    return replace(project, kinerja=Kinerja.model_validate(data))


def test_rencana_aksi_adds_semester_columns_only_when_the_data_has_semesters(project, hasil):
    quarters = t.tabel_rencana_aksi(project, hasil)
    assert [c.text for c in quarters.header[1]] == ["TW I", "TW II", "TW III", "TW IV"]
    assert quarters.widths_cm == [0.8, 3.1, 3.7, 1.4, 1.6, 1.35, 1.35, 1.35, 1.35]

    project = _dengan_semester(project)
    spec = t.tabel_rencana_aksi(project, compute(project))
    assert [c.text for c in spec.header[0][5:]] == ["Target Triwulan", "Target Semester"]
    assert [c.text for c in spec.header[1]] == [
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        "Smt I",
        "Smt II",
    ]
    assert round(sum(spec.widths_cm), 2) == t.PORTRAIT
    ikm = next(r for r in spec.rows if "Indeks Kepuasan Masyarakat" in _texts(r))
    assert _texts(ikm)[-2:] == ["86", "87"]
    # The other indicators have no semester: their semester cells are dashes, explained.
    assert any("tidak ada target pada semester tersebut" in note for note in spec.notes)
    _check_spans(spec)


def test_evaluation_per_semester(project):
    project = _dengan_semester(project)
    hasil = compute(project)
    spec = t.tabel_evaluasi_ra(project, hasil, t.SEMESTER)
    assert [c.text for c in spec.header[0][5:7]] == ["Smt I", "Smt II"]
    (row,) = spec.rows  # only IKM has semesters
    # Semester II: 89,87 / 87 × 100 = 103,30; the year is the last semester (nilai_akhir).
    assert _texts(row)[5:] == ["86", "86", "100,00", "87", "89,87", "103,30", "89,87", "103,30"]
    assert spec.notes[0] == "T = target, R = realisasi, % = capaian semester."
    assert round(sum(spec.widths_cm), 2) == t.LANDSCAPE
    _check_spans(spec)
    assert t.periode_laporan(hasil) == [t.TRIWULAN, t.SEMESTER]


def test_grouped_rows_merge_no_and_group_text_over_the_group():
    rows = list(t.baris_berkelompok([("A", ["a1", "a2"]), ("B", []), ("C", ["c1"])]))
    assert [item for _, item in rows] == ["a1", "a2", "c1"]
    (no, teks), rest, (no_c, teks_c) = rows[0][0], rows[1][0], rows[2][0]
    assert (no.text, no.rowspan, teks.text, teks.rowspan) == ("1", 2, "A", 2)
    assert rest == []
    assert (no_c.text, teks_c.text, teks_c.rowspan) == ("3", "C", 1)  # B keeps its number


def test_rows_per_sasaran_span_only_the_kept_indicators(project, hasil):
    ((sasaran, items),) = t.per_sasaran(project, hasil)
    last = items[-1].id
    ((lead, hi),) = t.baris_per_sasaran(project, hasil, keep=lambda i: i.id == last)
    assert hi.id == last
    assert [(x.text, x.rowspan) for x in lead] == [("1", 1), (sasaran.teks, 1)]
    assert list(t.baris_per_sasaran(project, hasil, keep=lambda i: False)) == []


def test_short_tables_are_kept_on_one_page_and_tall_ones_may_break():
    """Every row but the last keeps with the next in a table of at most 15 rows that is low
    enough to move whole to the next page without leaving 30% of a page empty; a longer or
    taller one may break between rows, but not right after its header: its first rows stay
    together up to that limit, its last rows (at most half) up to 30% of a page, and one
    place to break stays between them, as long as those rows are not themselves too tall."""
    from lkjip.render.blocks import Cell, TableSpec
    from lkjip.render.word import layout
    from lkjip.render.word.table_fit import estimated_height_cm
    from lkjip.render.word.table_xml import A4_TEXT_HEIGHT_CM, TableBuilder

    def spec(rows: list[list[Cell]]) -> TableSpec:
        return TableSpec(widths_cm=[1.0, 15.0], header=[[Cell("No"), Cell("Uraian")]], rows=rows)

    def kept_rows(rows: list[list[Cell]]) -> list[bool]:
        xml = TableBuilder(spec(rows), None).xml().decode()
        return ["<w:keepNext/>" in tr for tr in xml.split("<w:tr>")[1:]]

    limit = layout.tallest_kept_block_cm(A4_TEXT_HEIGHT_CM)
    assert 0.25 * A4_TEXT_HEIGHT_CM > limit > 0.15 * A4_TEXT_HEIGHT_CM
    rows = [[Cell(str(i)), Cell("singkat")] for i in range(6)]
    assert estimated_height_cm(spec(rows)) <= limit
    assert kept_rows(rows) == [True] * 7 + [False]  # header, number row, 6 rows: all but last
    # Ten short rows are too tall to move whole: they break in one place only, five rows
    # either side, never leaving a lone row at the foot of a page or at the top of the next.
    rows = [[Cell(str(i)), Cell("singkat")] for i in range(10)]
    assert estimated_height_cm(spec(rows)) > limit
    assert kept_rows(rows) == [True] * 6 + [False] + [True] * 4 + [False]
    many = kept_rows([[Cell(str(i)), Cell("singkat")] for i in range(16)])
    assert many == [True] * 8 + [False, False] + [True] * 7 + [False]
    long_text = "kata " * 400  # rows each taller than a table may be to stay whole
    tall = kept_rows([[Cell(str(i)), Cell(long_text)] for i in range(3)])
    assert tall == [True, True, False, False, False]


def test_a_landscape_page_keeps_only_lower_tables_whole():
    """The limit follows the text height of the page the table is on."""
    from lkjip.render.blocks import Cell, TableSpec
    from lkjip.render.word.table_xml import A4_TEXT_HEIGHT_CM, TableBuilder

    spec = TableSpec(
        widths_cm=[1.0, 15.0],
        header=[[Cell("No"), Cell("Uraian")]],
        rows=[[Cell(str(i)), Cell("singkat")] for i in range(6)],
    )

    def kept(text_height_cm: float) -> int:
        xml = TableBuilder(spec, None, text_height_cm).xml().decode()
        return sum("<w:keepNext/>" in tr for tr in xml.split("<w:tr>")[1:])

    assert kept(A4_TEXT_HEIGHT_CM) == 7
    assert kept(16.0) == 5  # header, number row, the first row, the last three together


def test_a_layout_table_can_keep_its_last_row_with_what_follows():
    """A decree's last article stays with the signature below it; other layout rows flow."""
    import dataclasses

    from lkjip.render.tables import tabel_layout
    from lkjip.render.word.table_xml import TableBuilder

    spec = tabel_layout([["KESATU", ":", "a"], ["KEDUA", ":", "b"]], [3.0, 0.5, 12.5])

    def kept(spec) -> list[bool]:
        xml = TableBuilder(spec, None).xml().decode()
        return ["<w:keepNext/>" in tr for tr in xml.split("<w:tr>")[1:]]

    assert kept(spec) == [False, False]
    assert kept(dataclasses.replace(spec, keep_with_next=True)) == [False, True]
