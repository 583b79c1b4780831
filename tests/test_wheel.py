"""The wheel `python -m build` makes carries templates, reference data and schema: installing
it into a fresh virtual environment and running `lkjip build` on the example works, and it
reports the version of lkjip/__init__.py."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

import lkjip
from tests.helpers import EXAMPLE, ROOT

pytestmark = pytest.mark.slow


def test_wheel_installs_and_builds(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(dist.glob("lkjip-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    pip = env_dir / "bin" / "pip"
    done = subprocess.run(
        [str(pip), "install", "--quiet", str(wheel)], capture_output=True, timeout=600
    )
    assert done.returncode == 0, done.stderr.decode()
    out = tmp_path / "laporan.docx"
    run = subprocess.run(
        [str(env_dir / "bin" / "lkjip"), "build", str(EXAMPLE), "--out", str(out)],
        capture_output=True,
        cwd=tmp_path,  # not the checkout: resources must come from the wheel
        timeout=300,
    )
    assert run.returncode == 0, run.stdout.decode() + run.stderr.decode()
    assert out.stat().st_size > 10_000
    shown = subprocess.run(
        [str(env_dir / "bin" / "lkjip"), "--version"], capture_output=True, text=True, timeout=60
    )
    assert shown.stdout.strip() == f"lkjip {lkjip.__version__}"  # one version, from __init__
    names = subprocess.run(
        [sys.executable, "-m", "zipfile", "-l", str(wheel)], capture_output=True, check=True
    ).stdout.decode()
    for packaged in ("lkjip/_templates/reference.docx", "lkjip/_schema/", "lkjip/_data/"):
        assert packaged in names, packaged
    assert Path(out).exists()
