"""One version, written in lkjip/__init__.py: the installed package, the docs' pins (`rev:`,
`@v…`), the copyable templates and the CHANGELOG's section all say the same; every install
address is the repository named once in pyproject's [project.urls]."""

from __future__ import annotations

import re
from importlib.metadata import version

import lkjip
from tests.helpers import ROOT

PINNED = re.compile(r"(?:lkjip(?:\.git)?@v|rev: v)(\d+\.\d+\.\d+)")
TEXTS = sorted(
    [ROOT / "README.md", *(ROOT / "docs").rglob("*.md"), *(ROOT / "contrib").rglob("*")],
)


def _texts():
    for path in TEXTS:
        if path.is_file():
            yield path, path.read_text(encoding="utf-8")


def _repository() -> str:
    """[project.urls] Repository of pyproject.toml (read without tomllib: Python 3.10)."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject  # the version lives in lkjip/__init__.py
    (address,) = re.findall(r'^Repository = "([^"]+)"$', pyproject, re.M)
    return address


def test_installed_version_is_the_package_version():
    assert version("lkjip") == lkjip.__version__


def test_every_pin_is_the_package_version():
    pins = {path.relative_to(ROOT).as_posix(): PINNED.findall(text) for path, text in _texts()}
    found = {name: set(versions) for name, versions in pins.items() if versions}
    for name in ("docs/ci.md", "docs/pre-commit.md", "docs/pemda.md", "docs/windows.md",
                 "contrib/opd/lkjip.yml", "contrib/pemda/lkjip.yml",
                 "contrib/pemda/.pre-commit-config.yaml"):  # fmt: skip
        assert name in found, f"{name}: tidak ada pin versi"
    wrong = {name: v for name, v in found.items() if v != {lkjip.__version__}}
    assert not wrong, f"pin berbeda dari versi {lkjip.__version__}: {wrong}"


def test_every_address_is_the_repository():
    repository = _repository()
    for path, text in _texts():
        assert "ORGANISASI" not in text, path
        for address in re.findall(r"https://github\.com/[\w.-]+/lkjip\b", text):
            assert address == repository, f"{path}: {address}"


def test_changelog_has_a_section_for_the_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    heading = f"## [{lkjip.__version__}]"
    assert any(line.startswith(heading) for line in changelog.splitlines()), (
        f"CHANGELOG.md belum punya bagian {heading}"
    )
