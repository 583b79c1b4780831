"""`lkjip validate` renders the narrative too: a broken placeholder fails CI before `build`."""

from __future__ import annotations

from textwrap import dedent

from typer.testing import CliRunner

from lkjip.cli import app

runner = CliRunner()


def _files(minimal_files, text):
    files = {name: dedent(body) for name, body in minimal_files.items()}
    files["narasi/ikhtisar.md"] = text
    return files


def test_unknown_placeholder_is_reported_by_validate(project_dir, minimal_files):
    root = project_dir(
        _files(minimal_files, "Baris satu.\n\nCapaian {{ ind.TIDAK_ADA.capaian }}.\n")
    )
    result = runner.invoke(app, ["validate", str(root), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert '"code": "LK402"' in result.stdout
    assert '"file": "narasi/ikhtisar.md"' in result.stdout
    assert '"line": 3' in result.stdout


def test_template_syntax_error_is_reported_by_validate(project_dir, minimal_files):
    root = project_dir(_files(minimal_files, "{% for x in %}\n"))
    result = runner.invoke(app, ["validate", str(root)])
    assert result.exit_code == 1, result.output
    assert "LK401" in result.stdout
    assert "narasi/ikhtisar.md:1" in result.stdout


def test_build_reports_narrative_findings_once(project_dir, minimal_files, tmp_path):
    root = project_dir(_files(minimal_files, "{{ ind.TIDAK_ADA }}\n"))
    out = tmp_path / "laporan.docx"
    result = runner.invoke(app, ["build", str(root), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stdout.count("LK402") == 1
    assert not out.exists()
