"""The JSON Schema refuses what `lkjip validate` refuses at the schema stage, and accepts what
it accepts: checked with a real JSON Schema validator (python-jsonschema, draft 2020-12) on
every schema-level rule case, on every shipped dataset, and on values of each field type."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from lkjip.model import DOCUMENTS
from lkjip.model.common import Angka, Id, Rupiah, Tahun
from lkjip.model.renstra import Nilai
from lkjip.source.loader import load_dataset
from lkjip.source.schema import schema_text
from tests.helpers import EXAMPLE
from tests.rules.test_cases import CASES_DIR, _load, build_files

jsonschema = pytest.importorskip("jsonschema")

# Codes the schema stage emits (lkjip.source.validation). LK106–LK108 are YAML 1.1 readings
# (`nama: no` read as false): an editor reads YAML 1.2, where those are text, so no schema
# can flag them; `validate` does, with the raw text it recorded.
SCHEMA_CODES = ("LK101", "LK102", "LK103", "LK104", "LK105", "LK109", "LK110", "LK111", "LK112")
# Model rules that compare two values: JSON Schema cannot express them.
# And a quoted year as a key: to an editor every mapping key is text, quoted or not.
BEYOND_SCHEMA = {
    ("LK112", "rentang-terbalik"): "min ≤ max membandingkan dua nilai",
    ("LK105", "kunci-tahun-dikutip"): "kunci pemetaan selalu teks bagi editor",
}


def _validator(file: str) -> Any:
    # Decimal numbers on both sides: multipleOf 0.01 is exact, as in lkjip.
    schema = json.loads(schema_text(file), parse_float=Decimal)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


VALIDATORS = {file: _validator(file) for file in DOCUMENTS}


def _as_editor_sees(value: Any) -> Any:
    """The loaded YAML as an editor hands it to the schema: keys as text, dates as text."""
    if isinstance(value, dict):
        return {str(key): _as_editor_sees(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_editor_sees(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _errors(file: str, data: Any) -> list[str]:
    found = VALIDATORS[file].iter_errors(_as_editor_sees(data))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in found]


def _documents(root: Path) -> dict[str, Any]:
    loaded, _diagnostics = load_dataset(root)
    return loaded.documents


def _schema_cases() -> list[Any]:
    params = []
    for code in SCHEMA_CODES:
        for case in _load(CASES_DIR / f"{code}.yaml"):
            files = sorted({entry[1] for entry in case["expect"]})
            if files and (code, case["name"]) not in BEYOND_SCHEMA:
                params.append(pytest.param(code, case, files, id=f"{code}-{case['name']}"))
    return params


@pytest.mark.parametrize(("code", "case", "files"), _schema_cases())
def test_schema_refuses_every_schema_level_case(code, case, files, project_dir, minimal_files):
    documents = _documents(project_dir(build_files(minimal_files, case)))
    for file in files:
        assert file in documents, f"{file} tidak termuat"
        assert _errors(file, documents[file]), f"{code} {case['name']}: skema menerima {file}"


def test_minimal_dataset_passes(project_dir, minimal_files):
    for file, data in _documents(project_dir(minimal_files)).items():
        assert _errors(file, data) == [], file


def test_example_passes():
    documents = _documents(EXAMPLE)
    assert set(documents) == set(DOCUMENTS)
    for file, data in documents.items():
        assert _errors(file, data) == [], file


def test_init_dataset_passes(tmp_path):
    from typer.testing import CliRunner

    from lkjip.cli import app

    result = CliRunner().invoke(app, ["init", str(tmp_path / "baru")])
    assert result.exit_code == 0, result.output
    for file, data in _documents(tmp_path / "baru").items():
        assert _errors(file, data) == [], file


# --- one type at a time: the schema fragment and pydantic agree on each value ----------------

VALUES = [
    0, 1, -1, 2022, 1500, Decimal("1500.5"), Decimal("1500.55"), Decimal("1500.555"),
    Decimal("-0.01"), Decimal("89.87"), Decimal(10) ** 18, Decimal(10) ** 18 - 1,
    "2023", " 2023 ", "tahun2021", "1.103.336.776", "75,5", "75.5", "Rp 1.000", "97,02 %",
    "WTP", "Baik", "B", "LAKA 1", "IKM", "IKM.1", "1IKM", "", True, None,
    {"min": 1, "max": 2}, {"min": 2, "max": 1},
]  # fmt: skip
TYPES = {"Rupiah": Rupiah, "Angka": Angka, "Id": Id, "Tahun": Tahun, "Nilai": Nilai}


def _fragment(annotated: Any) -> dict[str, Any]:
    from lkjip.source.schema import _Generator

    schema = TypeAdapter(annotated).json_schema(schema_generator=_Generator)
    return json.loads(json.dumps(schema), parse_float=Decimal)


@pytest.mark.parametrize("name", TYPES)
def test_each_type_agrees_with_pydantic(name):
    annotated = TYPES[name]
    fragment = _fragment(annotated)
    check = jsonschema.validators.validator_for(fragment)(fragment)
    for value in VALUES:
        try:
            TypeAdapter(annotated).validate_python(value)
            accepted = True
        except ValidationError:
            accepted = False
        if annotated is Tahun and isinstance(value, str):
            accepted = False  # LK105 in validate: an integer typed as text (_quoted_integers)
        if name == "Nilai" and value == {"min": 2, "max": 1}:
            continue  # min ≤ max is a model rule of Rentang: LK112, beyond a schema
        assert check.is_valid(value) == accepted, f"{name} {value!r}: pydantic {accepted}"


def test_year_keys():
    fragment = _fragment(dict[Tahun, Nilai])
    check = jsonschema.validators.validator_for(fragment)(fragment)
    assert check.is_valid({"2022": 1, "2100": 2})
    assert not check.is_valid({"tahun2021": 1})
    assert not check.is_valid({"1999": 1})


@pytest.mark.parametrize(
    ("nip", "valid"),
    [
        ("19820211 200312 1 004", True),
        ("198202112003121004", True),
        ("19820211-200312-1-004", True),
        ("1982021120031210", False),  # 16 digits
        ("19821311 200312 1 004", False),  # month 13
        ("19820211 200312 3 004", False),  # sex 3
        ("19820211 200312 1 00A", False),
    ],
)
def test_nip_pattern(nip, valid):
    from lkjip.checks.pegawai import nip_problems

    schema = json.loads(schema_text("lkjip.yaml"))
    pattern = schema["$defs"]["Pejabat"]["properties"]["nip"]["anyOf"][0]["pattern"]
    check = jsonschema.Draft202012Validator({"type": "string", "pattern": pattern})
    assert check.is_valid(nip) is valid
    assert (nip_problems(nip) == []) is valid
