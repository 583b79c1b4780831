"""`lkjip init DIR --dari LAST --tahun T`: next year's dataset from last year's.

What a planner needs at the start of a year, and nothing that would pass for a result:

* lkjip.yaml: `tahun` T and the signing date moved on by the same number of years; the
  accepted differences (`pengakuan`) dropped, since they were about last year's figures;
* renstra.yaml, narasi/ and every other file: copied as they are (the Renstra must cover T);
* kinerja.yaml: written anew — RKT and PK targets for T from the Renstra's targets for T, RKT
  and PK dates moved on, last year's realisations kept as history with T's left empty
  (null), permasalahan and analisis faktor kept as a draft; the Rencana Aksi is not copied
  (its quarterly targets are set anew each year);
* anggaran.yaml: `tahun` T, programs, kegiatan and codes kept, pagu kept as a starting point
  (a comment at the top says it is last year's), every realisasi emptied (null);
* profil.yaml: last year's awards (`penghargaan`) dropped.

lkjip.yaml and anggaran.yaml are edited in place, value by value, through the source map, so
their comments and layout survive; kinerja.yaml is rebuilt, with a header comment. Then
`lkjip validate` lists the empty realisations as warnings.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from lkjip import atomic, pipeline
from lkjip.errors import LkjipUsageError
from lkjip.model import Project

# Folders of last year's dataset that are not carried over: built reports, version control.
_TIDAK_DISALIN = {"build", ".git"}
# A plain scalar value as written in YAML: up to a space, comma, bracket or comment.
_NILAI_POLOS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[^\s,}\]#]+')

HEADER_KINERJA = """\
# yaml-language-server: $schema=schema/kinerja.schema.json
#
# kinerja.yaml tahun {tahun}, dibuat oleh `lkjip init --dari` dari data tahun {lalu}.
# - Target RKT dan PK diambil dari target Renstra tahun {tahun}; sesuaikan dengan dokumen
#   yang ditandatangani, juga tempat dan tanggalnya.
# - Realisasi tahun {tahun} masih kosong (null): isi setelah diukur. Realisasi tahun-tahun
#   sebelumnya disimpan untuk perbandingan.
# - Rencana Aksi tahun lalu tidak disalin: tambahkan `rencana_aksi:` tahun {tahun} bila ada.
# - Permasalahan dan analisis faktor disalin dari tahun lalu sebagai draf: perbarui.
"""

HEADER_ANGGARAN = """\
# CATATAN `lkjip init --dari`: program, kegiatan dan kode disalin dari anggaran tahun {lalu};
# PAGU MASIH PAGU TAHUN {lalu}: ganti dengan pagu dokumen anggaran tahun {tahun}. Realisasi
# dikosongkan (null) dan diisi setelah ada laporan realisasi.
"""


def create_from(target: Path, dari: Path, tahun: int | None = None) -> list[Path]:
    """Write the dataset for `tahun` (bawaan: the year after `dari`'s) into `target` from the
    dataset in `dari`."""
    from lkjip.init import check_target, write, write_schemas

    target, dari = Path(target), Path(dari)
    check_target(target)
    project = _load(dari)
    lalu = project.tahun
    tahun = lalu + 1 if tahun is None else tahun
    _check_tahun(project, tahun)
    geser = tahun - lalu
    written = _copy_tree(dari, target)
    write(target / "lkjip.yaml", _lkjip_yaml(project, dari, tahun, geser))
    write(target / "kinerja.yaml", _kinerja_yaml(project, dari, tahun, geser))
    if (dari / "anggaran.yaml").is_file():
        write(target / "anggaran.yaml", _anggaran_yaml(project, dari, tahun))
    if (dari / "profil.yaml").is_file():
        profil = (dari / "profil.yaml").read_text(encoding="utf-8")
        write(target / "profil.yaml", _kosongkan_daftar(profil, "penghargaan"))
    written += write_schemas(target)
    return sorted(set(written))


def _load(dari: Path) -> Project:
    if not dari.is_dir():
        raise LkjipUsageError(f"--dari {dari}: folder tidak ditemukan")
    project, diagnostics = pipeline.validate(dari)
    if project is None or diagnostics.has_errors():
        jumlah = len(diagnostics.errors)
        raise LkjipUsageError(
            f"--dari {dari}: data tahun lalu belum dapat dimuat ({jumlah} galat); "
            f"perbaiki dahulu dengan `lkjip validate {dari}`"
        )
    return project


def _check_tahun(project: Project, tahun: int) -> None:
    periode = project.renstra.periode
    if tahun <= project.tahun:
        raise LkjipUsageError(f"--tahun {tahun} harus sesudah tahun data --dari ({project.tahun})")
    if tahun > periode.akhir:
        raise LkjipUsageError(
            f"--tahun {tahun} di luar periode Renstra {periode.awal}–{periode.akhir}; "
            "Renstra baru harus disusun lebih dahulu (lkjip init tanpa --dari)"
        )


def _copy_tree(dari: Path, target: Path) -> list[Path]:
    """Every file of last year's dataset, outside build/ and .git/, never through a link."""
    written = []
    for path in sorted(dari.rglob("*")):
        rel = path.relative_to(dari)
        if rel.parts[0] in _TIDAK_DISALIN or path.is_symlink() or not path.is_file():
            continue
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(out, path.read_bytes())
        written.append(out)
    return written


# --- editing YAML text in place -------------------------------------------------------------


def _ganti_nilai(
    text: str, project: Project, file: str, edits: dict[tuple[str | int, ...], str]
) -> str:
    """`text` with the scalar value at each path replaced, from the last line up so earlier
    positions stay valid; comments and layout are kept."""
    lines = text.splitlines(keepends=True)
    places = []
    for path, value in edits.items():
        pos = project.sourcemap.position(file, path, key=False)
        if pos is not None:
            places.append((pos.line, pos.col, value))
    for line, col, value in sorted(places, reverse=True):
        row = lines[line - 1]
        match = _NILAI_POLOS.match(row, col - 1)
        if match is not None:
            lines[line - 1] = row[: match.start()] + value + row[match.end() :]
    return "".join(lines)


def _kosongkan_daftar(text: str, key: str) -> str:
    """`text` with the top-level block `key:` replaced by `key: []` (comments around it kept)."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        return text
    end = start + 1
    while end < len(lines) and (lines[end][:1] in (" ", "\t", "-") or not lines[end].strip()):
        end += 1
    return "".join([*lines[:start], f"{key}: []\n", *lines[end:]])


def _geser_tanggal(tanggal: dt.date, tahun: int) -> dt.date:
    """The same day `tahun` years on; 29 February becomes 28 February."""
    try:
        return tanggal.replace(year=tanggal.year + tahun)
    except ValueError:
        return tanggal.replace(year=tanggal.year + tahun, day=28)


def _lkjip_yaml(project: Project, dari: Path, tahun: int, geser: int) -> str:
    text = (dari / "lkjip.yaml").read_text(encoding="utf-8")
    tanggal = _geser_tanggal(project.laporan.penandatanganan.tanggal, geser)
    text = _ganti_nilai(
        text,
        project,
        "lkjip.yaml",
        {("tahun",): str(tahun), ("penandatanganan", "tanggal"): tanggal.isoformat()},
    )
    return _kosongkan_daftar(text, "pengakuan")


def _anggaran_yaml(project: Project, dari: Path, tahun: int) -> str:
    text = (dari / "anggaran.yaml").read_text(encoding="utf-8")
    lalu = project.tahun
    edits: dict[tuple[str | int, ...], str] = {("tahun",): str(tahun)}
    for i, program in enumerate(project.anggaran.program):
        edits[("program", i, "realisasi")] = "null"
        for j, kegiatan in enumerate(program.kegiatan):
            edits[("program", i, "kegiatan", j, "realisasi")] = "null"
            for k in range(len(kegiatan.sub_kegiatan)):
                edits[("program", i, "kegiatan", j, "sub_kegiatan", k, "realisasi")] = "null"
    text = _ganti_nilai(text, project, "anggaran.yaml", edits)
    text = _ganti_tahun_di_baris(text, ("dokumen:", "sumber_realisasi:"), lalu, tahun)
    header = HEADER_ANGGARAN.format(tahun=tahun, lalu=lalu)
    first, _, rest = text.partition("\n")
    if first.startswith("# yaml-language-server:"):
        return f"{first}\n{header}{rest}"
    return header + text


def _ganti_tahun_di_baris(text: str, keys: tuple[str, ...], lalu: int, tahun: int) -> str:
    """Last year's number in the one-line top-level values `keys` becomes this year's."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith(keys):
            line = re.sub(rf"\b{lalu}\b", str(tahun), line)
        out.append(line)
    return "".join(out)


# --- kinerja.yaml, rebuilt ------------------------------------------------------------------


def _kinerja_yaml(project: Project, dari: Path, tahun: int, geser: int) -> str:
    raw: dict[str, Any] = yaml.safe_load((dari / "kinerja.yaml").read_text(encoding="utf-8"))
    renstra: dict[str, Any] = yaml.safe_load((dari / "renstra.yaml").read_text(encoding="utf-8"))
    targets = {ind["id"]: ind.get("target", {}).get(tahun) for ind in renstra["indikator"]}
    pk_lalu = raw["perjanjian_kinerja"][-1]
    isi: dict[str, Any] = {"tahun": tahun}
    isi["rkt"] = _dokumen_target(raw["rkt"], targets, tahun, geser)
    pk = _dokumen_target(pk_lalu, targets, tahun, geser)
    # The year starts with a PK murni, dated like last year's murni (a perubahan is signed
    # later in the year); its budget is the last PK's, which matches the copied pagu.
    pk["tanggal"] = _tanggal_pk_murni(raw["perjanjian_kinerja"], tahun, geser)
    isi["perjanjian_kinerja"] = [{**pk, "jenis": "murni"}]
    isi["realisasi"] = [_realisasi(r, tahun) for r in raw["realisasi"]]
    for key in ("permasalahan", "analisis_faktor"):
        if key in raw:
            isi[key] = raw[key]
    body = yaml.safe_dump(isi, allow_unicode=True, sort_keys=False, width=96)
    return HEADER_KINERJA.format(tahun=tahun, lalu=project.tahun) + "\n" + body


def _tanggal_pk_murni(pk_lalu: list[dict[str, Any]], tahun: int, geser: int) -> dt.date:
    """Last year's PK murni date moved on; without one (only a perubahan was kept), the end of
    January, when a PK murni is due."""
    for pk in pk_lalu:
        if pk.get("jenis") == "murni" and isinstance(pk.get("tanggal"), dt.date):
            return _geser_tanggal(pk["tanggal"], geser)
    return dt.date(tahun, 1, 31)


def _dokumen_target(
    lalu: dict[str, Any], targets: dict[str, Any], tahun: int, geser: int
) -> dict[str, Any]:
    """An RKT or PK for `tahun`: last year's, in its key order, with the Renstra's targets
    and the date moved on."""
    out: dict[str, Any] = {}
    for key, value in lalu.items():
        if key == "tahun":
            out[key] = tahun
        elif key == "tanggal" and isinstance(value, dt.date):
            out[key] = _geser_tanggal(value, geser)
        elif key == "target":
            out[key] = [
                {**butir, "target": targets.get(butir["indikator"], butir["target"])}
                for butir in value
            ]
        else:
            out[key] = value
    return out


def _realisasi(lalu: dict[str, Any], tahun: int) -> dict[str, Any]:
    """Last year's realisation entry kept as history, with `tahun` still to be measured."""
    nilai = dict(lalu.get("nilai") or {})
    nilai[tahun] = None
    return {"indikator": lalu["indikator"], "nilai": nilai}
