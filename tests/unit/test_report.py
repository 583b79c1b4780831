"""Reporters on a hand-built collection: exact text, JSON and GitHub output."""

from __future__ import annotations

import json

import lkjip.codes  # noqa: F401 - registers the codes used below
from lkjip.diagnostics import Diagnostic, Diagnostics, Location, Severity, diag
from lkjip.report import (
    REPORTERS,
    github_line,
    report_github,
    report_json,
    report_text,
    rule_explanation,
    rules_table,
    summary_line,
)


def sample() -> Diagnostics:
    return Diagnostics(
        [
            diag(
                "LK104",
                'polaritas: nilai teks "naik" tidak dikenal; pilihan: positif, negatif',
                Location("renstra.yaml", 42, 7, "$.indikator[0].polaritas"),
                hint="maksud Anda 'positif'?",
            ),
            diag(
                "LK006",
                "berkas catatan.yaml tidak dikenal",
                Location("catatan.yaml"),
                subject="catatan.yaml",
            ),
            Diagnostic(
                "LK120",
                Severity.WARNING,
                "diakui",
                Location("lkjip.yaml", 30, 5),
                acknowledged="PK ditandatangani sebelum DPA final",
            ),
        ]
    )


def test_text() -> None:
    assert report_text(sample()) == (
        "catatan.yaml: peringatan LK006 [berkas-tak-dikenal] berkas catatan.yaml tidak dikenal\n"
        "lkjip.yaml:30:5: peringatan LK120 [pengakuan-usang] diakui\n"
        "    diakui: PK ditandatangani sebelum DPA final\n"
        'renstra.yaml:42:7: galat LK104 [pilihan-tak-dikenal] polaritas: nilai teks "naik" '
        "tidak dikenal; pilihan: positif, negatif\n"
        "    saran: maksud Anda 'positif'?\n"
        "1 galat, 2 peringatan (1 diakui).\n"
    )


def test_summary_when_clean() -> None:
    assert summary_line(Diagnostics()) == "Tidak ada masalah."
    assert report_text(Diagnostics()) == "Tidak ada masalah.\n"


def test_json() -> None:
    report = json.loads(report_json(sample()))
    assert report["summary"] == {"errors": 1, "warnings": 2, "acknowledged": 1, "info": 0}
    first = report["diagnostics"][-1]
    assert first == {
        "code": "LK104",
        "name": "pilihan-tak-dikenal",
        "severity": "error",
        "message": 'polaritas: nilai teks "naik" tidak dikenal; pilihan: positif, negatif',
        "file": "renstra.yaml",
        "line": 42,
        "col": 7,
        "path": "$.indikator[0].polaritas",
        "hint": "maksud Anda 'positif'?",
        "subject": None,
        "acknowledged": None,
    }
    assert report["diagnostics"][0]["subject"] == "catatan.yaml"


def test_github() -> None:
    out = report_github(sample(), "examples/x")
    assert out.splitlines() == [
        "::warning file=examples/x/catatan.yaml,title=LK006 berkas-tak-dikenal::"
        "berkas catatan.yaml tidak dikenal",
        "::notice file=examples/x/lkjip.yaml,line=30,col=5,title=LK120 pengakuan-usang::"
        "diakui%0Adiakui: PK ditandatangani sebelum DPA final",
        "::error file=examples/x/renstra.yaml,line=42,col=7,title=LK104 pilihan-tak-dikenal::"
        'polaritas: nilai teks "naik" tidak dikenal; pilihan: positif, negatif'
        "%0Asaran: maksud Anda 'positif'?",
    ]


def test_github_escaping() -> None:
    d = Diagnostic("LK999", Severity.INFO, "100% benar\r\nbaris dua", Location("a,b:c.yaml", 1))
    assert github_line(d, "C:\\data") == (
        "::notice file=C%3A/data/a%2Cb%3Ac.yaml,line=1,title=LK999::100%25 benar%0D%0Abaris dua"
    )


def test_github_without_location() -> None:
    d = Diagnostic("LK999", Severity.ERROR, "pesan")
    assert github_line(d) == "::error title=LK999::pesan"


def test_reporters_share_a_signature() -> None:
    assert sorted(REPORTERS) == ["github", "json", "text"]
    for reporter in REPORTERS.values():
        assert reporter(sample(), "data").endswith("\n")


def test_rules_table_and_explanation() -> None:
    from lkjip.diagnostics import CATALOGUE

    table = rules_table([CATALOGUE["LK004"], CATALOGUE["LK104"]])
    assert table.splitlines()[1].split()[:3] == ["LK004", "kunci-ganda", "galat"]
    text = rule_explanation(CATALOGUE["LK104"])
    assert text.startswith("LK104 pilihan-tak-dikenal (galat)\nNilai di luar pilihan\n")
    assert "Contoh salah" in text and "Contoh benar" in text
