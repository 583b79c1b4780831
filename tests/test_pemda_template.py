"""The Pemda template (contrib/pemda/): its workflow's commands and its pre-commit hook, run as
written on a repository of three OPD datasets in one job; annotations name each dataset.
And lkjip's own CI runs `.ci/run`, with no data workflow beside it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import EXAMPLE, ROOT

PEMDA = ROOT / "contrib" / "pemda"
# Folder names as a Pemda writes them: a space, a non-ASCII letter.
OPD = ("dinas-pendidikan", "kecamatan dumai kota", "bappéda")
BROKEN = "dinas-pendidikan"


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    """A data repository of three OPD datasets; one of them has an error in kinerja.yaml."""
    root = tmp_path_factory.mktemp("pemda")
    for name in OPD:
        shutil.copytree(EXAMPLE, root / name)
    kinerja = root / BROKEN / "kinerja.yaml"
    kinerja.write_text(
        kinerja.read_text(encoding="utf-8").replace("tahun: 2022", "tahun: 2021", 1),
        encoding="utf-8",
    )
    shutil.copy(PEMDA / ".pre-commit-config.yaml", root / ".pre-commit-config.yaml")
    (root / ".github" / "workflows").mkdir(parents=True)
    shutil.copy(PEMDA / "lkjip.yml", root / ".github" / "workflows" / "lkjip.yml")
    return root


def _workflow() -> dict:
    return yaml.safe_load((PEMDA / "lkjip.yml").read_text(encoding="utf-8"))


def _lkjip_steps() -> list[dict]:
    """The steps that run lkjip (not the install step, which needs the network)."""
    steps = _workflow()["jobs"]["laporan"]["steps"]
    return [s for s in steps if str(s.get("run", "")).startswith("lkjip ")]


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env={**os.environ, **env, "PATH": path},
        capture_output=True,
        text=True,
        timeout=600,
    )


def _annotated_datasets(output: str) -> set[str]:
    return {match.split("/")[0] for match in re.findall(r"^::\w+ file=([^,]+),", output, re.M)}


def test_workflow_checks_every_opd_in_one_job(repository):
    workflow = _workflow()
    assert list(workflow["jobs"]) == ["laporan"]  # one job for all OPDs
    env = {key: str(value) for key, value in workflow["jobs"]["laporan"]["env"].items()}
    (validate,) = [s for s in _lkjip_steps() if s["run"].startswith("lkjip validate")]
    assert "--format github" in validate["run"]
    done = _run(validate["run"], repository, env)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert errors and all(f"file={BROKEN}/kinerja.yaml" in line for line in errors)
    # Every dataset is checked and named in its annotations (the example's acknowledged
    # warnings are notices).
    assert _annotated_datasets(done.stdout) == set(OPD)
    assert "2 dari 3 folder data lolos pemeriksaan" in done.stderr


@pytest.mark.slow
def test_workflow_builds_every_clean_opd(repository):
    env = {key: str(value) for key, value in _workflow()["jobs"]["laporan"]["env"].items()}
    (build,) = [s for s in _lkjip_steps() if s["run"].startswith("lkjip build")]
    assert build.get("if") == "always()"  # reports are built even when a check failed
    done = _run(build["run"], repository, env)
    assert done.returncode == 1, done.stderr  # one OPD failed, the others were written
    written = sorted(p.name for p in (repository / "laporan").glob("*.docx"))
    assert written == sorted(f"{name}.docx" for name in OPD if name != BROKEN)


def test_pre_commit_hook_checks_every_opd(repository):
    """The hook entry of .pre-commit-hooks.yaml with the args of the Pemda configuration,
    as pre-commit runs it (no file names: the whole repository)."""
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["pass_filenames"] is False
    config = yaml.safe_load((PEMDA / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    (used,) = repo["hooks"]
    assert used["id"] == hook["id"]
    command = " ".join([hook["entry"], *(f"'{arg}'" for arg in used["args"])])
    done = _run(command, repository, {})
    assert done.returncode == 1
    assert f"{BROKEN}/kinerja.yaml:" in done.stdout
    assert "2 dari 3 folder data lolos pemeriksaan" in done.stderr
    # The default args of the hook (".") work on such a repository too.
    assert _run(" ".join([hook["entry"], *hook["args"]]), repository, {}).returncode == 1


def test_lkjip_ci_runs_ci_run_and_no_data_workflow():
    workflows = sorted(p.name for p in (ROOT / ".github" / "workflows").iterdir())
    assert workflows == ["ci.yml"]
    ci = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    runs = [step.get("run") for job in ci["jobs"].values() for step in job["steps"]]
    assert ".ci/run" in runs
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
