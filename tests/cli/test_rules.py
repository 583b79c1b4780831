"""`lkjip rules`: the catalogue, one code explained, unknown codes."""

from __future__ import annotations

from typer.testing import CliRunner

from lkjip.cli import EXIT_ERROR, EXIT_OK, app

runner = CliRunner()


def test_table_lists_every_family() -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == EXIT_OK
    codes = [line.split()[0] for line in result.stdout.splitlines()[1:]]
    assert codes == sorted(codes)
    for code in ("LK001", "LK004", "LK102", "LK105", "LK106", "LK120", "LK401"):
        assert code in codes


def test_checks_codes_are_listed_when_the_package_exists() -> None:
    import importlib.util

    if importlib.util.find_spec("lkjip.checks") is None:
        return
    result = runner.invoke(app, ["rules"])
    assert any(line.startswith("LK2") for line in result.stdout.splitlines())


def test_one_code_explained_with_examples() -> None:
    result = runner.invoke(app, ["rules", "LK102"])
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("LK102 kunci-tak-dikenal (galat)\n")
    assert "Contoh salah:" in result.stdout and "Contoh benar:" in result.stdout


def test_code_by_name_and_lower_case() -> None:
    assert runner.invoke(app, ["rules", "kunci-ganda"]).stdout.startswith("LK004 ")
    assert runner.invoke(app, ["rules", "lk004"]).stdout.startswith("LK004 ")


def test_unknown_code_exits_2() -> None:
    result = runner.invoke(app, ["rules", "LK999"])
    assert result.exit_code == EXIT_ERROR
    assert "kode tidak dikenal: LK999" in result.stderr
    assert "Traceback" not in result.output
