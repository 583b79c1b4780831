"""Every help page and argument error is Indonesian, the frame typer and click draw included."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from lkjip.cli import app

runner = CliRunner()
ENGLISH = ("Show this message", "Usage:", "Options", "Arguments", "Commands", "[default",
           "[required]", "[OPTIONS]", "COMMAND", "Error", "Try '")  # fmt: skip
COMMANDS = [[], ["validate"], ["build"], ["calc"], ["schema"], ["rules"], ["init"], ["export"],
            ["import"], ["import", "anggaran"]]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "lkjip")
def test_help_is_indonesian(command):
    result = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0
    assert "Penggunaan:" in result.output and "Tampilkan bantuan ini lalu keluar." in result.output
    assert not [word for word in ENGLISH if word in result.output], result.output


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["validate"], "argumen DIR... belum diberikan."),
        (["validate", "--xx", "."], "pilihan tidak dikenal: --xx"),
        (["validate", ".", "--format", "x"], "'x' bukan salah satu dari 'text', 'json', 'github'"),
        (["valdate"], "perintah tidak dikenal: 'valdate'. Maksud Anda 'validate'?"),
        (["build", ".", "--jobs", "nol"], "'--jobs' / '-j': harus bilangan bulat."),
        (["build", ".", "--out-dir", "x", "--jobs", "0"], "'-j': paling kecil 1."),
    ],
)
def test_usage_errors_are_indonesian(arguments, expected):
    result = runner.invoke(app, arguments, terminal_width=200)
    assert result.exit_code == 2
    text = " ".join(result.output.replace("│", " ").split())
    assert expected in text
    assert not [word for word in ENGLISH if word in result.output], result.output
