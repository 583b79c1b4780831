"""Small helpers shared by the rules: numbers, targets, reference data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from lkjip import idfmt
from lkjip.calc import turunan as tr
from lkjip.model import Project
from lkjip.model.kinerja import PerjanjianKinerja, TargetIndikator
from lkjip.model.renstra import Rentang
from lkjip.resources import reference_data


def num(value: Any) -> Decimal | None:
    """The value as a Decimal when it is a plain number (not a range, label or None)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return None


def show(value: Any) -> str:
    """A target/realisation as Indonesians write it: 89,87; 80–90; WTP."""
    if isinstance(value, Rentang):
        return f"{idfmt.angka(value.min)}–{idfmt.angka(value.max)}"
    n = num(value)
    if n is not None:
        return idfmt.angka(n)
    return str(value)


def same(a: Any, b: Any) -> bool:
    """Equality of two targets/realisations (numbers by value, ranges by bounds)."""
    na, nb = num(a), num(b)
    if na is not None and nb is not None:
        return na == nb
    if isinstance(a, Rentang) and isinstance(b, Rentang):
        return a.min == b.min and a.max == b.max
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().casefold() == b.strip().casefold()
    return False


def rp(value: Decimal) -> str:
    return idfmt.rupiah(value)


def norm_text(text: str) -> str:
    """Case- and whitespace-insensitive form of a name for comparisons."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def pk_target(project: Project, indikator: str) -> tuple[Any, str] | None:
    """The year's target of an indicator from the latest PK, else the Renstra; with its source."""
    for t in project.pk.target:
        if t.indikator == indikator:
            return t.target, "PK"
    ind = project.indikator(indikator)
    renstra = {} if ind is None else tr.target_per_tahun(ind)
    if project.tahun in renstra:
        return renstra[project.tahun], "Renstra"
    return None


def pk_index(project: Project) -> int:
    """Index of the latest PK in kinerja.perjanjian_kinerja."""
    pks = project.kinerja.perjanjian_kinerja
    return pks.index(project.pk)


def pk_label(pk: PerjanjianKinerja) -> str:
    """How diagnostics name a PK: "PK murni 2022"."""
    return f"PK {pk.jenis.value} {pk.tahun}"


def target_rows(
    project: Project,
) -> Iterator[tuple[str, int, tuple[str | int, ...], list[TargetIndikator]]]:
    """(label, tahun, path, targets) of the RKT and of every PK in kinerja.yaml, in file order."""
    k = project.kinerja
    yield f"RKT {k.rkt.tahun}", k.rkt.tahun, ("rkt", "target"), k.rkt.target
    for p, pk in enumerate(k.perjanjian_kinerja):
        yield pk_label(pk), pk.tahun, ("perjanjian_kinerja", p, "target"), pk.target


def iter_nodes(project: Project) -> Iterator[tuple[str, Any, tuple[str | int, ...]]]:
    """(level, node, path) of every program, kegiatan and sub kegiatan in anggaran.yaml."""
    for i, p in enumerate(project.anggaran.program):
        yield "program", p, ("program", i)
        for j, k in enumerate(p.kegiatan):
            yield "kegiatan", k, ("program", i, "kegiatan", j)
            for m, s in enumerate(k.sub_kegiatan):
                yield "sub kegiatan", s, ("program", i, "kegiatan", j, "sub_kegiatan", m)


def iter_codes(project: Project) -> Iterator[tuple[str, str, str, tuple[str | int, ...]]]:
    """(level, kode, nama, path) of every program, kegiatan and sub kegiatan in anggaran.yaml."""
    for level, node, path in iter_nodes(project):
        yield level, node.kode, node.nama, path


def nomenklatur() -> dict[str, str]:
    """Kode → nama of the Kecamatan program/kegiatan/sub kegiatan nomenclature."""
    data = reference_data("nomenklatur.yaml") or {}
    out: dict[str, str] = {}
    for item in data.get("kode", []):
        out[str(item["kode"])] = str(item["nama"])
    return out


def pangkat_table() -> dict[str, str]:
    """Golongan ruang → pangkat ("IV/a" → "Pembina")."""
    data = reference_data("pangkat.yaml") or {}
    return {str(item["golongan"]): str(item["pangkat"]) for item in data.get("pangkat", [])}


def normal_kode(kode: str) -> str:
    """Sub kegiatan codes with a 2-digit suffix map to the 4-digit form ("…2.01.01" → "…0001")."""
    parts = kode.strip().split(".")
    if len(parts) == 6 and len(parts[5]) == 2 and parts[5].isdigit():
        parts[5] = parts[5].zfill(4)
    return ".".join(parts)
