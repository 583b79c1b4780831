"""`lkjip schema`: the committed schema/ files equal the command's output, and the schema
helps editors (Indonesian text, numbers only where lkjip wants numbers)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lkjip.cli import EXIT_ERROR, EXIT_OK, app
from lkjip.model import DOCUMENTS
from lkjip.resources import schema_dir

runner = CliRunner()


def test_committed_schema_is_up_to_date(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == EXIT_OK, result.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f.removesuffix(".yaml") + ".schema.json" for f in DOCUMENTS)
    for name in written:
        committed = schema_dir() / name
        assert committed.read_text(encoding="utf-8") == (tmp_path / name).read_text(
            encoding="utf-8"
        ), f"schema/{name} usang: jalankan `make schema`"


def test_one_document_to_stdout() -> None:
    result = runner.invoke(app, ["schema", "kinerja"])
    assert result.exit_code == EXIT_OK
    schema = json.loads(result.stdout)
    assert schema["title"].startswith("kinerja.yaml")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert result.stdout.endswith("}\n")


def test_money_is_a_number_and_targets_may_be_labels() -> None:
    anggaran = json.loads(runner.invoke(app, ["schema", "anggaran"]).stdout)
    assert anggaran["$defs"]["SubKegiatan"]["properties"]["pagu"]["type"] == "number"
    renstra = json.loads(runner.invoke(app, ["schema", "renstra"]).stdout)
    members = renstra["$defs"]["Indikator"]["properties"]["kondisi_akhir"]["anyOf"]
    assert [m.get("type") for m in members] == ["number", None, "string"]  # None: Rentang
    assert "pattern" in members[2]["not"]  # a label, never a number typed as text


def test_definitions_have_indonesian_descriptions() -> None:
    laporan = json.loads(runner.invoke(app, ["schema", "lkjip"]).stdout)
    assert laporan["$defs"]["Pengakuan"]["description"].startswith("Selisih yang benar")


def test_unknown_document_and_no_argument_exit_2() -> None:
    assert runner.invoke(app, ["schema", "laporan"]).exit_code == EXIT_ERROR
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == EXIT_ERROR
    assert "sebutkan DOKUMEN" in result.stderr


def test_unwritable_out_exits_2_without_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["schema", "--out", str(blocker / "sub")])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith("lkjip: ")
    assert "Traceback" not in result.output
