"""All findings at once: a document that fails its schema still takes part in the cross-file
checks, without the parts that fail; findings that may only follow from leaving a part out
(in that file, or naming what was left out) are not reported."""

from __future__ import annotations

import textwrap

from lkjip.pipeline import validate
from tests.helpers import replace_first

KINERJA_EDITS = [
    # realisasi[0]: `nilai` must be a mapping by year (LK103), `lain` is unknown (LK102):
    # both are set aside (`nilai` is optional since a year may be given as `turunan`).
    [
        "  - indikator: IKM\n    nilai:\n      2022: 89.87",
        "  - indikator: IKM\n    nilai: 89.87\n    lain: 1",
    ],
    # realisasi[1] names an indicator Renstra lacks: ADUAN has no realisasi (LK213, renstra).
    [
        "  - indikator: ADUAN\n    nilai:\n      2022: 100",
        "  - indikator: HILANG\n    nilai:\n      2022: 100",
    ],
]  # fmt: skip


def _dataset(project_dir, minimal_files, edits):
    files = {name: textwrap.dedent(text) for name, text in minimal_files.items()}
    replace_first(files, edits)
    return project_dir(files)


def test_schema_errors_and_cross_file_findings_in_one_run(project_dir, minimal_files):
    root = _dataset(
        project_dir,
        minimal_files,
        {
            "kinerja.yaml": KINERJA_EDITS,
            "anggaran.yaml": [["indikator: [IKM, ADUAN]", "indikator: [IKM, ADUAN, TIDAKADA]"]],
        },
    )
    project, diagnostics = validate(root)
    found = {(d.code, d.location.file, d.location.line) for d in diagnostics}
    assert found == {
        ("LK103", "kinerja.yaml", 24),
        ("LK102", "kinerja.yaml", 25),
        ("LK201", "anggaran.yaml", 5),  # another file, cross-checked in the same run
        ("LK213", "renstra.yaml", 26),  # ADUAN: its realisasi names HILANG instead
    }  # not LK213 for IKM: its `nilai` was set aside, not missing
    assert project is not None and diagnostics.has_errors()
    assert [r.indikator for r in project.kinerja.realisasi] == ["IKM", "HILANG"]
    assert project.kinerja.realisasi[0].nilai == {}
    assert project.where("kinerja.yaml", "realisasi", 1, "indikator").line == 26


def test_a_year_value_is_set_aside_alone(project_dir, minimal_files):
    root = _dataset(
        project_dir,
        minimal_files,
        {
            "renstra.yaml": [["      2022: 87", '      2022: "87,5"']],
            "anggaran.yaml": [["indikator: [IKM, ADUAN]", "indikator: [IKM, ADUAN, TIDAKADA]"]],
        },
    )
    project, diagnostics = validate(root)
    codes = {d.code for d in diagnostics}
    assert {"LK105", "LK201"} <= codes
    assert project is not None
    ikm = project.indikator("IKM")
    assert ikm is not None and 2022 not in ikm.target  # only the failing year is left out


def test_nothing_usable_left_stops_as_before(project_dir, minimal_files):
    root = _dataset(
        project_dir,
        minimal_files,
        {
            "lkjip.yaml": [["tahun: 2022", "tahun: dua ribu"]],
            "anggaran.yaml": [["indikator: [IKM, ADUAN]", "indikator: [IKM, ADUAN, TIDAKADA]"]],
        },
    )
    project, diagnostics = validate(root)
    assert project is None  # the year of the report is required: no report without it
    assert [d.code for d in diagnostics if d.location.file == "lkjip.yaml"] == ["LK103"]
