"""`pengakuan` matching: `butir` equals the finding's subject. The old rule (a whole item of
the message, or the path) is kept only to recognise old-form entries (LK122)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lkjip.diagnostics import Location, diag
from lkjip.pengakuan import matches
from lkjip.pengakuan import matches_old_form as _matches

PROGRAM = diag(
    "LK303",
    "anggaran program 7.01.02 di PK perubahan Rp67.500.922 lebih besar Rp15.000 dari pagu",
    Location("kinerja.yaml", 45, 15, "$.perjanjian_kinerja[1].anggaran[0].pagu"),
    hint="akui di lkjip.yaml: pengakuan: [{kode: LK303, butir: '7.01.02', alasan: …}]",
    subject="7.01.02",
)
KEGIATAN = diag(
    "LK303",
    "anggaran kegiatan 7.01.02.2.04 di PK perubahan Rp33.134.649 lebih besar Rp15.000 dari pagu",
    Location("kinerja.yaml", 52, 19, "$.perjanjian_kinerja[1].anggaran[0].kegiatan[3].pagu"),
    subject="7.01.02.2.04",
)


def entry(kode: str, butir: str) -> SimpleNamespace:
    return SimpleNamespace(kode=kode, butir=butir, alasan="alasan")


@pytest.mark.parametrize(
    ("butir", "program", "kegiatan"),
    [
        ("7.01.02", True, False),
        ("7.01.02.2.04", False, True),
        ("7.01.0", False, False),  # a prefix of both acknowledges neither
        ("7.01", False, False),
        ("01.02", False, False),  # nor does a tail
        ("2.04", False, False),
        ("7", False, False),
        ("  7.01.02  ", True, False),  # surrounding blanks are not part of the item
        ("Rp15.000", True, True),  # a whole token of both messages
        ("$.perjanjian_kinerja[1].anggaran[0].pagu", True, False),  # the path, exactly
        ("$.perjanjian_kinerja[1]", False, False),  # not a prefix of the path
    ],
)
def test_butir_is_a_whole_item(butir: str, program: bool, kegiatan: bool) -> None:
    assert _matches(entry("LK303", butir), PROGRAM) is program
    assert _matches(entry("LK303", butir), KEGIATAN) is kegiatan


def test_other_code_never_matches() -> None:
    assert not _matches(entry("LK302", "7.01.02"), PROGRAM)


def test_blank_butir_matches_nothing() -> None:
    assert not _matches(entry("LK303", "   "), PROGRAM)


@pytest.mark.parametrize(
    ("butir", "message", "expected"),
    [
        ("Medang Kampai", 'narasi menyebut "Kecamatan Medang Kampai", bukan X', True),
        ("Medang", 'narasi menyebut "Kecamatan Medang Kampai", bukan X', True),  # a word
        ("Medan", 'narasi menyebut "Kecamatan Medang Kampai", bukan X', False),
        ("100%", 'persentase "100%" diketik di narasi', True),
        ("10%", 'persentase "100%" diketik di narasi', False),
        ("IKM", "target triwulan IKM (30/30/20/17) berbeda", True),
        ("IKM", "target triwulan IKM2 (30/30/20/17) berbeda", False),
        ("7.01.02", "program 7.01.02.", True),  # a full stop ending the sentence is fine
        ("7.01.02", "kode 17.01.02 dan 7.01.021", False),
        ("7.01.02", "kode 1.7.01.02", False),
        ("catatan.yaml", "berkas catatan.yaml tidak dikenal", True),
    ],
)
def test_butir_in_message(butir: str, message: str, expected: bool) -> None:
    code = "LK366"
    found = diag(code, message, Location("narasi/x.md", 1, 1))
    assert _matches(entry(code, butir), found) is expected


@pytest.mark.parametrize(
    ("butir", "program", "kegiatan"),
    [
        ("7.01.02", True, False),
        ("7.01.02.2.04", False, True),
        ("  7.01.02  ", True, False),  # surrounding blanks are not part of the item
        ("7.01.0", False, False),
        ("Rp15.000", False, False),  # in both messages, but the subject of neither
        ("$.perjanjian_kinerja[1].anggaran[0].pagu", False, False),  # a path is not a subject
        ("", False, False),
    ],
)
def test_butir_equals_the_subject(butir: str, program: bool, kegiatan: bool) -> None:
    assert matches(entry("LK303", butir), PROGRAM) is program
    assert matches(entry("LK303", butir), KEGIATAN) is kegiatan
    assert not matches(entry("LK302", butir), PROGRAM)


def test_a_finding_without_subject_matches_nothing() -> None:
    found = diag("LK303", "anggaran program 7.01.02 berbeda", Location("kinerja.yaml", 1, 1))
    assert not matches(entry("LK303", "7.01.02"), found)
