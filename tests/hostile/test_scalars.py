"""Hostile scalars, numbers, aliases and folder sizes through `lkjip` in a separate process.

The reproductions of issue 17 (items 7, 8, 11, 12, 13, 18 and 21), each with its class around
it: explicit YAML tags whose text is not of their kind, numbers in base 16, 8, 2 or 60, numbers
too long to convert or to display, aliases that expand a long text many times, values quoted
at length in messages, and folders of very many files. Every case runs as CI runs it, within
the harness's time and memory bounds (`tests/hostile/harness.py`), must end with lkjip's own
exit code and no traceback, report the expected code at the expected place, print a short
report, and leave the previous report untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lkjip.source import loader
from tests.hostile.harness import (
    OLD_REPORT,
    Case,
    Change,
    Result,
    append,
    assert_clean_ending,
    assert_reported,
    replace,
    run_all,
    run_case,
    write,
)

MB = 1024 * 1024
PAGU = "        pagu: 100000000\n"  # anggaran.yaml line 9, the value at column 15
TARGET = "      2022: 87\n"  # renstra.yaml line 24, the value at column 13
NILAI = "      2022: 89.87\n"  # kinerja.yaml line 25, the value at column 13
MAX_OUTPUT = 64 * 1024  # whatever the input, the report stays short


def pagu(value: str) -> Change:
    return replace("anggaran.yaml", PAGU, f"        pagu: {value}\n")


def target(value: str) -> Change:
    return replace("renstra.yaml", TARGET, f"      2022: {value}\n")


def aliases(size: int, count: int) -> Change:
    """profil.yaml: one text of `size` characters, then `count` aliases of it."""

    def text() -> str:
        return "dasar_hukum:\n  - &a " + "x" * size + "\n" + "  - *a\n" * count

    return write("profil.yaml", text)


def many_files(count: int, folder: str = "narasi/indikator") -> Change:
    def change(root: Path) -> None:
        path = root / folder
        path.mkdir(parents=True, exist_ok=True)
        for n in range(count):
            (path / f"IK{n}.md").touch()

    return change


# fmt: off
CASES = [
    # --- explicit tags (item 11) -----------------------------------------------------------
    Case("tag-float-abc", target("!!float abc"), "LK010", "renstra.yaml:24:13",
         says="tidak dapat dibaca sebagai !!float"),
    Case("tag-bool-abc", target("!!bool abc"), "LK010", "renstra.yaml:24:13"),
    Case("tag-timestamp-abc",
         replace("kinerja.yaml", "tanggal: 2022-01-10", "tanggal: !!timestamp abc"), "LK010",
         "kinerja.yaml:13:14"),
    Case("tag-int-abc-kunci", replace("renstra.yaml", TARGET, "      !!int abc: 87\n"), "LK010",
         "renstra.yaml:24:7"),
    Case("tag-int-pecahan", pagu("!!int 1.5"), "LK010", "anggaran.yaml:9:15"),
    Case("tag-null-teks", pagu("!!null abc"), "LK010", "anggaran.yaml:9:15"),
    Case("tag-float-sah", target("!!float 87"), None, exit=0, command="validate"),
    # --- other bases (items 7, 12) ---------------------------------------------------------
    Case("heksa-sejuta-digit", pagu("0x" + "F" * MB), "LK013", "anggaran.yaml:9:15"),
    Case("heksa-empat-juta-digit", pagu("0x" + "F" * 4 * MB), "LK013", "anggaran.yaml:9:15",
         command="validate"),
    Case("heksa-kunci-4000-digit",
         replace("renstra.yaml", TARGET, "      ? 0x" + "F" * 4000 + "\n      : 87\n"), "LK013",
         "renstra.yaml:24:9"),
    Case("heksa-pendek", pagu("0x5F5E100"), "LK013", "anggaran.yaml:9:15"),
    Case("heksa-100000-nilai",
         write("profil.yaml", lambda: "dasar_hukum: [" + "0x1, " * 100_000 + "0x1]\n"), "LK013",
         "profil.yaml:1", says="yang berikutnya tidak ditampilkan", command="validate"),
    Case("biner", pagu("0b101"), "LK013", "anggaran.yaml:9:15"),
    Case("oktal", pagu("0100000000"), "LK008", "anggaran.yaml:9:15"),
    Case("oktal-panjang", pagu("0" + "7" * MB), "LK008", "anggaran.yaml:9:15",
         command="validate"),
    Case("basis-60-2600-bagian", target("1" + ":1" * 2600), "LK009", "renstra.yaml:24:13"),
    Case("basis-60-pecahan", target("1" + ":1" * 2600 + ".5"), "LK009", "renstra.yaml:24:13",
         command="validate"),
    Case("basis-60-kunci", replace("renstra.yaml", TARGET, "      1" + ":1" * 200 + ": 87\n"),
         "LK009", "renstra.yaml:24:7", command="validate"),
    # --- digits and exponent (items 13, 18) ------------------------------------------------
    Case("target-1e-999999", target("1.0e-999999"), "LK014", "renstra.yaml:24:13"),
    Case("realisasi-0.1e-999990", replace("kinerja.yaml", NILAI, "      2022: 0.1e-999990\n"),
         "LK014", "kinerja.yaml:25:13"),
    Case("pagu-nol-eksponen-besar", pagu("0.0e+999999"), "LK014", "anggaran.yaml:9:15"),
    Case("pagu-sejuta-digit", pagu("1" * MB), "LK014", "anggaran.yaml:9:15"),
    Case("target-sejuta-digit-desimal", target("0." + "1" * MB), "LK014", "renstra.yaml:24:13"),
    Case("tag-float-sejuta-digit", target("!!float " + "1" * MB), "LK014", "renstra.yaml:24:13",
         command="validate"),
    Case("target-41-desimal", target("1.0e-41"), "LK109", "renstra.yaml:24:13",
         says="terlalu panjang"),
    Case("target-40-desimal", target("1.0e-39"), None, exit=0, command="validate"),
    # --- values quoted in messages ---------------------------------------------------------
    Case("pagu-teks-sejuta-digit", pagu('"' + "1" * MB + '"'), "LK103", "anggaran.yaml:9:15"),
    Case("pagu-teks-sejuta-nol-desimal", pagu('"0,' + "0" * MB + '1"'), "LK103",
         "anggaran.yaml:9:15"),
    Case("tahun-teks-panjang", replace("lkjip.yaml", "tahun: 2022", 'tahun: "' + "x" * MB + '"'),
         "LK103", "lkjip.yaml:6:8"),
    Case("kunci-sejuta-karakter", append("profil.yaml", "? " + "k" * MB + "\n: 1\n"), "LK102",
         "profil.yaml:"),
    Case("kunci-ganda-panjang",
         append("profil.yaml", ("? " + "k" * MB + "\n: 1\n") * 2), "LK004", "profil.yaml:"),
    # --- aliases in bytes (item 8) ---------------------------------------------------------
    Case("alias-1-mb-2000-kali", aliases(MB, 2000), "LK011", "profil.yaml:2:",
         says="mengembang"),
    Case("alias-1-mb-20000-kali", aliases(MB, 20_000), "LK011", "profil.yaml:2:",
         command="validate"),
    Case("alias-kecil-sah", aliases(1000, 100), None, exit=0, command="validate"),
    # --- folder size (item 21) -------------------------------------------------------------
    Case("narasi-50000-berkas-kosong", many_files(50_000), "LK015", "narasi",
         command="validate"),
    Case("narasi-2001-berkas", many_files(loader.MAX_NARASI_FILES + 1), "LK015", "narasi"),
    Case("folder-data-10001-isi", many_files(loader.MAX_ENTRIES + 1, "."), "LK015", ".",
         command="validate"),
]
# fmt: on


@pytest.fixture(scope="module")
def results(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The selected cases, two to four at a time; each is its own bounded process."""
    selected = [
        item.callspec.params["case"]
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_hostile_scalar"
    ]
    return run_all(selected, run_case, tmp_path_factory.mktemp)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_scalar(case: Case, results: dict[str, Result]) -> None:
    outcome, out = results[case.id].outcome, results[case.id].out
    assert_clean_ending(outcome, case.exit)
    if case.code:
        assert_reported(outcome, case.code, case.where)
    assert case.says in outcome.output, outcome.explain()
    assert len(outcome.output) < MAX_OUTPUT, f"{len(outcome.output)} karakter keluaran"
    assert os.listdir(out.parent) == ["laporan.docx"], "berkas sementara tertinggal"
    assert out.read_bytes() == OLD_REPORT, "laporan lama berubah"
