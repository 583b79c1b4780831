"""Rule cases as data: `cases/LKnnn.yaml` holds named cases for one diagnostic code.

Every code of the catalogue (`lkjip.codes`) has a case file with at least one case that emits
it (`test_every_catalogued_code_is_emitted`). Each case starts from the minimal valid dataset
(`minimal_files` in tests/conftest.py) and changes it with any of:

- `files: {path: text}` — replace (or add) a whole file; `null` deletes it;
- `edit: {path: [[old, new], …]}` — replace the first occurrence of `old` in that file
  (keeps the line numbers of the minimal dataset when `old` and `new` have as many lines);
- `append: {path: text}` — add lines at the end of the file;
- `bytes: {path: hex}` — a file with exactly these bytes (binary or non-UTF-8 content);
- `repeat: {path: [text, count]}` — a file of `text` repeated `count` times (size limits);
- `copies: {path: [text, count]}` — `count` files holding `text`, named by `path` with `{n}`
  replaced by 1…count (limits on the number of files);
- `folders: [path, …]` — an empty folder, e.g. where a file is expected.

Then `lkjip validate` runs on it, except:

- `loads: false` — a required file fails to load or validate: the run fails (the valid rest
  of a file that fails its schema may still be cross-checked);
- `crash: LKnnn` — that rule raises when it runs, a stand-in for a bug (the case of LK901);
- `excel: {rows: [[cell, …], …], title: Sheet1, sheet: name, bytes: hex, dataset: true}` —
  `lkjip import anggaran` of `dpa.xlsx` holding `rows` on sheet `title` (or exactly `bytes`),
  asking for `--sheet sheet`; with `dataset: true` the case's dataset is `--dataset`, so its
  anggaran.yaml is the existing file (the cases of LK5xx).

- `reviu: [block, …]` — `lkjip reviu` of `laporan.docx` typed from the blocks by the reviu
  tests' Word writer (`tests/reviu/penulis.py`: a string is a paragraph, `{tabel: rows,
  gabung: [[r0, c0, r1, c1], …]}` a table with merged cells), or `reviu_bytes: hex` for a file
  of exactly these bytes (the cases of LK6xx). A reviu finding has no line: its `expect`
  entries are `[code, file, place]`, the place being `Location.path` ("Tabel 3.1, baris 1,
  kolom …").

`expect` lists `[code, file, line]` of every diagnostic with the case's code (the file name
`LKnnn`), in any order; `expect: []` is a passing case. Other codes are ignored, except the
internal-error code LK901, which fails the test unless the case is about it.
"""

from __future__ import annotations

import inspect
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from lkjip import checks
from lkjip.codes import all_codes
from lkjip.diagnostics import CATALOGUE, Diagnostic, Severity
from lkjip.pipeline import validate
from tests.helpers import put_files, replace_first

CASES_DIR = Path(__file__).parent / "cases"


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("LK*.yaml"))


def _load(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["cases"])


def _params() -> list[Any]:
    out = []
    for path in _case_files():
        for case in _load(path):
            out.append(pytest.param(path.stem, case, id=f"{path.stem}-{case['name']}"))
    return out


def build_files(base: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    files = {name: textwrap.dedent(text) for name, text in base.items()}
    replace_first(files, case.get("edit"))
    for name, extra in (case.get("append") or {}).items():
        text = files.get(name, "")
        files[name] = text + ("" if text.endswith("\n") or not text else "\n") + extra
    put_files(files, case.get("files"))
    for name, hexdigits in (case.get("bytes") or {}).items():
        files[name] = bytes.fromhex(hexdigits)
    for name, (text, count) in (case.get("repeat") or {}).items():
        files[name] = text * count
    for name, (text, count) in (case.get("copies") or {}).items():
        files.update({name.replace("{n}", str(n)): text for n in range(1, count + 1)})
    return files


def _run_case(
    case: dict[str, Any], root: Path, monkeypatch: pytest.MonkeyPatch
) -> list[Diagnostic]:
    for folder in case.get("folders") or []:
        (root / folder).mkdir(parents=True)
    if "excel" in case:
        return _run_import(case["excel"], root)
    if "reviu" in case or "reviu_bytes" in case:
        return _run_reviu(case, root)
    if "crash" in case:

        def crash(project: Any) -> Any:
            raise RuntimeError("kerusakan buatan kasus uji")

        rules = [replace(r, func=crash) if r.code == case["crash"] else r for r in checks.RULES]
        assert rules != checks.RULES, f"crash: aturan {case['crash']} tidak ada"
        monkeypatch.setattr(checks, "RULES", rules)
    project, diagnostics = validate(root)
    listing = _listing(diagnostics)
    if case.get("loads", True):
        assert project is not None, f"dataset kasus tidak valid:\n{listing}"
    else:
        # What is valid of a failing file is still cross-checked (pipeline._load), so the
        # dataset may load; it never passes.
        failed = project is None or diagnostics.has_errors()
        assert failed, f"dataset kasus ternyata lolos:\n{listing}"
    return list(diagnostics)


def _run_import(excel: dict[str, Any], root: Path) -> list[Diagnostic]:
    from openpyxl import Workbook

    from lkjip.excel import run_import

    xlsx = root.parent / "dpa.xlsx"
    if "bytes" in excel:
        xlsx.write_bytes(bytes.fromhex(excel["bytes"]))
    elif "rows" in excel:
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = excel.get("title", "Sheet1")
        for row in excel["rows"]:
            sheet.append(row)
        workbook.save(xlsx)
    dataset = root if excel.get("dataset") else None
    _text, diagnostics = run_import(xlsx, sheet=excel.get("sheet"), dataset=dataset)
    return diagnostics


def _run_reviu(case: dict[str, Any], root: Path) -> list[Diagnostic]:
    from lkjip.reviu import reviu
    from tests.reviu.penulis import tulis

    docx = root.parent / "laporan.docx"
    if "reviu_bytes" in case:
        docx.write_bytes(bytes.fromhex(case["reviu_bytes"]))
    else:
        tulis(docx, case["reviu"])
    return list(reviu(docx))


def _key(d: Diagnostic, case: dict[str, Any]) -> tuple[Any, ...]:
    """(code, file, line); for a reviu finding (code, file, place): a .docx has no lines."""
    if "reviu" in case or "reviu_bytes" in case:
        return (d.code, d.location.file if d.location else None,
                d.location.path if d.location else None)  # fmt: skip
    return d.key()


def _listing(diagnostics: Any) -> str:
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    return "\n".join(f"{d.location} {d.code} {d.message}" for d in ordered)


@pytest.mark.parametrize(("code", "case"), _params())
def test_rule_case(
    code: str,
    case: dict[str, Any],
    project_dir: Any,
    minimal_files: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = project_dir(build_files(minimal_files, case))
    diagnostics = _run_case(case, root, monkeypatch)
    listing = _listing(diagnostics)
    if code != checks.BUG_CODE:
        assert not [d for d in diagnostics if d.code == checks.BUG_CODE], listing
    got = sorted(_key(d, case) for d in diagnostics if d.code == code)
    expected = sorted(tuple(e) for e in case["expect"])
    assert all(e[0] == code for e in expected), "expect hanya boleh memuat kode berkas ini"
    assert got == expected, f"semua temuan:\n{listing}"
    # What `validate` reports may be acknowledged, so every warning names its subject.
    unnamed = [d for d in diagnostics if d.severity is Severity.WARNING and not d.subject]
    assert "excel" in case or not unnamed, f"peringatan tanpa pokok (subject): {unnamed}"


def test_every_catalogued_code_is_emitted() -> None:
    """Walk the catalogue: every code has a case file, and a case there emits it (the case's
    `expect` is compared exactly, so a failing case proves the code is emitted)."""
    missing = []
    for info in all_codes():
        path = CASES_DIR / f"{info.code}.yaml"
        if not path.exists():
            missing.append(f"{info.code}: tidak ada berkas kasus")
        elif not any(c["expect"] for c in _load(path)):
            missing.append(f"{info.code}: tidak ada kasus yang memunculkannya")
    assert not missing, "\n".join(missing)


def _rule_codes() -> list[str]:
    return [r.code for r in checks.RULES]


def test_every_rule_has_cases() -> None:
    """Every registered LK2xx/LK3xx code has a case file with a failing and a passing case."""
    missing = []
    for code in sorted(CATALOGUE):
        if not code.startswith(("LK13", "LK2", "LK3")):
            continue
        path = CASES_DIR / f"{code}.yaml"
        if not path.exists():
            missing.append(f"{code}: tidak ada berkas kasus")
            continue
        cases = _load(path)
        if not any(c["expect"] for c in cases):
            missing.append(f"{code}: tidak ada kasus gagal")
        if not any(not c["expect"] for c in cases):
            missing.append(f"{code}: tidak ada kasus lolos")
    assert not missing, "\n".join(missing)


def test_case_files_name_registered_codes() -> None:
    unknown = [p.stem for p in _case_files() if p.stem not in CATALOGUE]
    assert not unknown


@pytest.mark.parametrize("code", _rule_codes())
def test_rule_documented(code: str) -> None:
    """The docstring is the documentation `lkjip rules CODE` prints."""
    r = next(r for r in checks.RULES if r.code == code)
    doc = inspect.getdoc(r.func) or ""
    assert "Contoh salah" in doc and "Contoh benar" in doc, code
    info = CATALOGUE[code]
    assert info.title == doc.splitlines()[0] and info.doc == doc
    assert info.name == r.name and info.severity is r.severity
    assert r.name == r.name.lower() and " " not in r.name and "_" not in r.name


def test_crashing_rule_becomes_a_diagnostic(
    monkeypatch: pytest.MonkeyPatch, project_dir: Any, minimal_files: Any
) -> None:
    def broken(project: Any) -> Any:
        raise RuntimeError("boom")

    crash = checks.Rule("LK399", "contoh-rusak", Severity.ERROR, broken)
    monkeypatch.setattr(checks, "RULES", [*checks.RULES, crash])
    from lkjip.pipeline import load_project

    project, _ = load_project(project_dir(minimal_files))
    assert project is not None
    from lkjip.calc import compute

    found = checks.run_checks(project, compute(project))
    bugs = [d for d in found if d.code == checks.BUG_CODE]
    assert len(bugs) == 1 and "LK399" in bugs[0].message and "bug lkjip" in bugs[0].message
