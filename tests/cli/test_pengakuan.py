"""`pengakuan` from the command line: one entry acknowledges one item, and --strict follows."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from typer.testing import CliRunner

from lkjip.cli import EXIT_FINDINGS, EXIT_OK, app
from tests.helpers import EXAMPLE

runner = CliRunner()

# PK anggaran Rp15.000 above the DPA for the program and for its kegiatan: two LK303 warnings.
PK_ANGGARAN = """\
        anggaran:
          - program: "7.01.02"
            pagu: 100015000
            kegiatan:
              - kode: "7.01.02.2.01"
                pagu: 100015000
"""


def dataset(minimal_files: dict[str, Any], *butir: str) -> dict[str, Any]:
    kinerja = textwrap.dedent(minimal_files["kinerja.yaml"])
    old = '    anggaran:\n      - program: "7.01.02"\n        pagu: 100000000\n'
    assert old in kinerja
    kinerja = kinerja.replace(old, textwrap.indent(textwrap.dedent(PK_ANGGARAN), "    "))
    laporan = textwrap.dedent(minimal_files["lkjip.yaml"])
    if butir:
        laporan += "pengakuan:\n" + "".join(
            f'  - {{kode: LK303, butir: "{b}", alasan: PK ditandatangani lebih dulu}}\n'
            for b in butir
        )
    return {**minimal_files, "kinerja.yaml": kinerja, "lkjip.yaml": laporan}


def findings(project_dir, files: dict[str, Any], *args: str) -> tuple[int, list[dict[str, Any]]]:
    result = runner.invoke(app, ["validate", str(project_dir(files)), "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def test_program_code_does_not_acknowledge_its_kegiatan(project_dir, minimal_files) -> None:
    code, found = findings(project_dir, dataset(minimal_files, "7.01.02"), "--strict")
    lk303 = {d["message"].split()[2]: d["acknowledged"] for d in found if d["code"] == "LK303"}
    assert lk303 == {"7.01.02": "PK ditandatangani lebih dulu", "7.01.02.2.01": None}
    assert code == EXIT_FINDINGS


def test_each_item_acknowledged_passes_strict(project_dir, minimal_files) -> None:
    files = dataset(minimal_files, "7.01.02", "7.01.02.2.01")
    code, found = findings(project_dir, files, "--strict")
    assert [d["code"] for d in found] == ["LK303", "LK303"]
    assert all(d["acknowledged"] for d in found)
    assert code == EXIT_OK


def test_prefix_acknowledges_nothing_and_is_stale(project_dir, minimal_files) -> None:
    code, found = findings(project_dir, dataset(minimal_files, "7.01.0"), "--strict")
    assert sorted(d["code"] for d in found) == ["LK120", "LK303", "LK303"]
    assert not any(d["acknowledged"] for d in found)
    assert code == EXIT_FINDINGS


def test_example_passes_strict_with_its_acknowledgements() -> None:
    result = runner.invoke(app, ["validate", str(EXAMPLE), "--strict", "--format", "json"])
    assert result.exit_code == EXIT_OK, result.stdout
    found = json.loads(result.stdout)["diagnostics"]
    assert [(d["code"], bool(d["acknowledged"])) for d in found] == [
        ("LK303", True),
        ("LK303", True),
        ("LK372", True),
        ("LK372", True),
    ]


def test_old_message_form_is_named_with_the_butir_to_write(project_dir, minimal_files) -> None:
    files = dataset(minimal_files, "anggaran program 7.01.02")
    code, found = findings(project_dir, files, "--strict")
    assert sorted(d["code"] for d in found) == ["LK122", "LK303", "LK303"]
    assert not any(d["acknowledged"] for d in found)
    (old,) = [d for d in found if d["code"] == "LK122"]
    assert "tulis butir: '7.01.02'" in old["message"]
    assert code == EXIT_FINDINGS


def test_json_names_the_subject(project_dir, minimal_files) -> None:
    _code, found = findings(project_dir, dataset(minimal_files))
    assert sorted(d["subject"] for d in found if d["code"] == "LK303") == [
        "7.01.02",
        "7.01.02.2.01",
    ]
