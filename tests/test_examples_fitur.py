"""Between them the agency examples show every way lkjip measures an indicator (issue 13,
item 8): five or more capaian formulas, a three-level cascade, a declared scale, a derived
realisation, a breakdown table and five years of history. Read from `lkjip calc --format
json`, so an edit to an example that drops one of them fails here, not only in a golden diff.
The Dumai Kota example is left out: it is the plain case."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from typer.testing import CliRunner

from lkjip.calc.skala import bawaan
from lkjip.cli import app
from tests.helpers import ROOT

AGENCY = sorted(
    p.parent for p in (ROOT / "examples").glob("*/lkjip.yaml") if p.parent.name != "dumai_kota_2022"
)
runner = CliRunner()


@pytest.fixture(scope="module")
def hasil() -> dict[str, dict[str, Any]]:
    """The calc JSON of every agency example, by folder name."""
    out: dict[str, dict[str, Any]] = {}
    for example in AGENCY:
        result = runner.invoke(app, ["calc", str(example), "--format", "json"])
        assert result.exit_code == 0, result.output
        out[example.name] = json.loads(result.stdout)
    return out


def _indikator(hasil: dict[str, dict[str, Any]]) -> list[tuple[str, str, dict[str, Any]]]:
    """(example, indicator id, indicator) over every agency example."""
    return [(name, i, data) for name, h in hasil.items() for i, data in h["indikator"].items()]


def test_five_capaian_formulas(hasil) -> None:
    rumus = {data["rumus"] for _, _, data in _indikator(hasil)}
    assert {"positif", "rentang", "biner", "kualitatif"} <= rumus, rumus
    assert rumus & {"negatif", "negatif-rasio"}, rumus
    assert len(rumus) >= 5, rumus


def test_a_three_level_cascade_with_indicators_at_every_level(hasil) -> None:
    def cascade(h: dict[str, Any]) -> bool:
        sasaran = h["sasaran"]
        for s in sasaran.values():
            induk = sasaran.get(s["induk"]) if s["induk"] else None
            kakek = sasaran.get(induk["induk"]) if induk and induk["induk"] else None
            chain = [s, induk, kakek]
            if all(chain) and len({x["tingkat"] for x in chain}) == 3:  # type: ignore[index]
                return all(x["indikator"] for x in chain)  # type: ignore[index]
        return False

    found = [name for name, h in hasil.items() if len(h["tingkat"]) >= 3 and cascade(h)]
    assert found, "tidak ada contoh dengan kaskade tiga tingkat"


def test_a_declared_scale(hasil) -> None:
    built_in = {s.nama for s in bawaan().values()}
    declared = [name for name, h in hasil.items() if h["skala"]["nama"] not in built_in]
    assert declared, "tidak ada contoh dengan skala kategori sendiri"
    used = {data["kategori"] for name, _, data in _indikator(hasil) if name in declared} - {None}
    labels = {p["kategori"] for name in declared for p in hasil[name]["skala"]["pita"]}
    assert used and used <= labels, (used, labels)


def test_a_derived_realisation(hasil) -> None:
    derived = [
        (name, i, data) for name, i, data in _indikator(hasil) if data["turunan"] is not None
    ]
    assert derived, "tidak ada indikator dengan realisasi turunan"
    for name, i, data in derived:
        t = data["turunan"]
        computed = Decimal(t["pembilang"]) / Decimal(t["penyebut"]) * Decimal(t["pengali"])
        assert abs(computed - Decimal(data["realisasi"])) < Decimal("0.005"), (name, i, t)


def test_a_breakdown_that_adds_up(hasil) -> None:
    rincian = [(name, i, data["rincian"]) for name, i, data in _indikator(hasil) if data["rincian"]]
    assert rincian, "tidak ada indikator dengan tabel rincian"
    assert all(r["sesuai"] for _, _, r in rincian), rincian
    assert {r["agregasi"] for _, _, r in rincian} >= {"jumlah", "rata_rata"}


def test_five_years_of_history(hasil) -> None:
    def measured_years(data: dict[str, Any]) -> int:
        return sum(1 for r in data["riwayat"] if r["capaian"] is not None)

    longest = max(_indikator(hasil), key=lambda x: measured_years(x[2]))
    assert measured_years(longest[2]) >= 5, longest[:2]


def test_yes_no_and_predicates_compare_with_last_year(hasil) -> None:
    """`perubahan` of a `biner` and a `kualitatif` indicator is given in their own terms."""
    biner = hasil["inspektorat_kota_harapan_2022"]["indikator"]["REVIULKPD"]["perubahan"]
    assert biner == {
        "jenis": "biner", "tahun_lalu": 2021, "realisasi_lalu": "tidak", "realisasi": "ya",
        "selisih": None, "persen": None, "arah": "berubah", "makna": "membaik",
    }  # fmt: skip
    predikat = hasil["setda_provinsi_nusa_harapan_2021"]["indikator"]["PREDIKAT"]["perubahan"]
    assert (predikat["jenis"], predikat["realisasi_lalu"], predikat["realisasi"]) == (
        "predikat", "B", "BB"
    )  # fmt: skip
    assert (predikat["selisih"], predikat["arah"], predikat["makna"]) == ("1", "naik", "membaik")
    opini = hasil["pemkab_sukamaju_2023"]["indikator"]["OPINI"]["perubahan"]
    assert (opini["jenis"], opini["arah"], opini["makna"]) == ("predikat", "tetap", "tetap")
