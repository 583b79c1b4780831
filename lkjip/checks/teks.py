"""LK370–LK372: what the report's texts say about its agency and its legal basis.

Every text of the data (each string value of the YAML files) and every narrative file is read
for text left over from a template or from another agency's report (LK370), and for
regulations cited in a year they did not apply to (LK371, LK372). These are warnings: a
sentence may be right on purpose, and is then acknowledged (`pengakuan`, butir = the phrase
or the regulation as the finding names it); `--strict` makes them stop the build.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from lkjip.checks.prose import Prose
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Location, Severity, diag, excerpt
from lkjip.model import Project
from lkjip.model.jenis import Kutipan, kutipan_regulasi, pengganti
from lkjip.resources import reference_data


@dataclass(frozen=True)
class Teks:
    """One text of the report and where it is: a YAML value or a narrative file."""

    text: str
    file: str
    path: tuple[str | int, ...] | None  # the YAML path; None for a narrative file
    prose_file: Any = None  # the ProseFile, for positions inside a narrative

    def where(self, project: Project, offset: int) -> Location:
        if self.prose_file is not None:
            line, col = self.prose_file.position(offset)
            return Location(self.file, line, col)
        return project.where(self.file, *(self.path or ()))


DataPath = tuple[str | int, ...]


def _yaml_texts(value: Any, path: DataPath) -> Iterator[tuple[DataPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _yaml_texts(getattr(value, name), (*path, name))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _yaml_texts(item, (*path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _yaml_texts(item, (*path, key))


def report_texts(prose: Prose) -> list[Teks]:
    """Every string value of the data files and every narrative file (Jinja blanked out)."""
    project = prose.project
    documents: list[tuple[str, BaseModel | None]] = [
        ("lkjip.yaml", project.laporan),
        ("renstra.yaml", project.renstra),
        ("kinerja.yaml", project.kinerja),
        ("anggaran.yaml", project.anggaran if project.ada_anggaran else None),
        ("profil.yaml", project.profil),
    ]
    out = []
    for file, model in documents:
        if model is None:
            continue
        for path, text in _yaml_texts(model, ()):
            if file == "lkjip.yaml" and path[:1] == ("pengakuan",):
                continue  # an acknowledgement quotes the finding it accepts
            out.append(Teks(text, file, path))
    out.extend(Teks(f.text, f.file, None, f) for f in prose.files)
    return out


@dataclass(frozen=True)
class Corpus:
    """All texts joined by NUL (which no pattern here matches), so each pattern runs once
    over the report instead of once per YAML value: a dataset of 100.000 short values took
    seconds the other way. `locate` maps an offset back to its text."""

    joined: str
    starts: tuple[int, ...]
    texts: tuple[Teks, ...]

    def locate(self, offset: int) -> tuple[Teks, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.texts[index], offset - self.starts[index]


def report_corpus(prose: Prose) -> Corpus:
    texts = tuple(prose.shared(report_texts))
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t.text) + 1
    return Corpus("\x00".join(t.text for t in texts), tuple(starts), texts)


def _found(project: Project, corpus: Corpus, offset: int) -> tuple[Teks, Location]:
    teks, at = corpus.locate(offset)
    return teks, teks.where(project, at)


# --- LK370 ----------------------------------------------------------------------------------


@functools.cache
def _sisa_templat() -> tuple[re.Pattern[str], list[str]]:
    """One pattern for every template leftover (one pass over a text, however long), and
    what each alternative (group `s0`, `s1`, …) means."""
    raw = reference_data("jenis.yaml")["sisa_templat"]
    pola = "|".join(f"(?P<s{i}>{item['pola']})" for i, item in enumerate(raw))
    # Every leftover starts with a capital or "[": the lookahead rejects other positions
    # before the alternation is tried (3–6× faster on long texts).
    return re.compile(rf"(?=[A-Z\[])(?:{pola})"), [item["arti"] for item in raw]


@functools.cache
def _kata_khas() -> tuple[re.Pattern[str], list[tuple[str, frozenset[str]]]]:
    """One pattern for every phrase of `kata_khas` (group `k0`, `k1`, …) and, per group, the
    phrase and the jenis allowed to use it. A phrase matches as whole words, and "Inspektur"
    not as the first word of "Inspektur Jenderal", which is an eselon I's."""
    parts, info = [], []
    for i, (frasa, boleh) in enumerate(reference_data("jenis.yaml")["kata_khas"].items()):
        pola = r"\s+".join(map(re.escape, frasa.split()))
        if frasa == "Inspektur":
            pola += r"(?!\s+Jenderal)"
        parts.append(f"(?P<k{i}>{pola})")
        info.append((frasa, frozenset(boleh)))
    pattern = r"(?=[A-Z])(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"  # phrases are capitalised
    return re.compile(pattern), info


def _group_index(m: re.Match[str]) -> int:
    assert m.lastgroup is not None  # every alternative is a named group
    return int(m.lastgroup[1:])


def kata_jenis_lain(text: str, jenis: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each phrase of `kata_khas` in `text` that a report of `jenis` does not use, with its
    match (the rule, and the tests of every example's document, read them the same way)."""
    khas, frasa_boleh = _kata_khas()
    for m in khas.finditer(text):
        frasa, boleh = frasa_boleh[_group_index(m)]
        if jenis not in boleh:
            yield frasa, m


@rule("LK370", "sisa-templat", Severity.WARNING, prose=True)
def check_sisa_templat(prose: Prose) -> Iterable[Diagnostic]:
    """Teks templat atau kata jenis instansi lain tertinggal di laporan

    Laporan yang dimulai dari `lkjip init`, dari laporan tahun lalu, atau dari laporan
    instansi lain sering menyisakan isian yang belum diganti ("NAMA KEPALA", "Kabupaten
    Contoh", "XXX") atau kata yang hanya dipakai jenis instansi lain ("Camat" di laporan
    dinas, "DIPA" di laporan perangkat daerah). Daftar kata per jenis ada di
    `data/jenis.yaml` (`kata_khas`, `sisa_templat`). Sebutan yang memang disengaja dapat
    diakui dengan `pengakuan` (butir = kata itu).

    Contoh salah:

        # laporan dinas
        Dinas Perhubungan dipimpin oleh seorang Camat yang berkedudukan …

    Contoh benar:

        {{ instansi.nama }} dipimpin oleh seorang {{ jenis.sebutan_kepala }} yang …
    """
    project = prose.project
    jenis = project.laporan.instansi.jenis_terpakai
    sisa, arti = _sisa_templat()
    corpus = prose.shared(report_corpus)
    for m in sisa.finditer(corpus.joined):
        yield diag(
            "LK370",
            f'{arti[_group_index(m)]}: "{excerpt(m.group(0))}"',
            _found(project, corpus, m.start())[1],
            hint="ganti dengan teks laporan ini",
            subject=m.group(0),
        )
    if jenis is None:
        return
    for frasa, m in kata_jenis_lain(corpus.joined, jenis.value):
        yield diag(
            "LK370",
            f'"{frasa}" tidak dipakai di laporan {project.ciri.label.lower()}: '
            "sisa templat atau laporan instansi lain?",
            _found(project, corpus, m.start())[1],
            hint="ganti dengan sebutan instansi ini, atau akui bila memang disengaja",
            subject=frasa,
        )


# --- LK371, LK372 ---------------------------------------------------------------------------


def report_citations(prose: Prose) -> list[tuple[Teks, Kutipan]]:
    """Every regulation cited in the report's texts (both rules read them), each with its
    text and its offset inside that text."""
    corpus = prose.shared(report_corpus)
    out = []
    for k in kutipan_regulasi(corpus.joined):
        teks, at = corpus.locate(k.start)
        out.append((teks, dataclasses.replace(k, start=at, end=at + k.end - k.start)))
    return out


@rule("LK371", "regulasi-belum-berlaku", Severity.WARNING, prose=True)
def check_regulasi_belum_berlaku(prose: Prose) -> Iterable[Diagnostic]:
    """Peraturan yang dikutip terbit setelah tahun laporan

    Laporan tahun N hanya dapat berdasar pada peraturan yang sudah ada pada tahun N. Peraturan
    yang tahunnya lebih baru biasanya tersalin dari laporan tahun lain (laporan 2015 yang
    menyebut Permendagri 86/2017).

    Contoh salah:

        # laporan tahun 2015
        … berpedoman pada Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 …

    Contoh benar:

        … berpedoman pada Peraturan Menteri Dalam Negeri Nomor 54 Tahun 2010 …
    """
    project = prose.project
    for teks, kutipan in prose.shared(report_citations):
        if kutipan.tahun > project.tahun:
            shown = f"{kutipan.jenis} Nomor {kutipan.nomor} Tahun {kutipan.tahun}"
            yield diag(
                "LK371",
                f"{shown} dikutip di laporan tahun {project.tahun} ({teks.file}), "
                f"padahal terbit tahun {kutipan.tahun}",
                teks.where(project, kutipan.start),
                hint="kutip peraturan yang berlaku pada tahun laporan",
                subject=shown,
            )


@rule("LK372", "regulasi-sudah-diganti", Severity.WARNING, prose=True)
def check_regulasi_sudah_diganti(prose: Prose) -> Iterable[Diagnostic]:
    """Peraturan yang dikutip sudah diganti pada tahun laporan

    Peraturan yang pada tahun laporan sudah dicabut dan diganti tidak lagi menjadi dasar;
    kutip penggantinya. Tahun berlaku dan penggantinya diambil dari `data/regulasi.yaml`.

    Contoh salah:

        # laporan tahun 2022
        … Peraturan Menteri PANRB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi …

    Contoh benar:

        … Peraturan Menteri PANRB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas …
    """
    project = prose.project
    for teks, kutipan in prose.shared(report_citations):
        reg = kutipan.cocok()
        if reg is None or kutipan.tahun > project.tahun:
            continue
        baru = pengganti(reg, project.tahun)
        if baru is None:
            continue
        yield diag(
            "LK372",
            f"{reg.singkat} sudah diganti {baru.singkat} (berlaku {baru.berlaku}) "
            f"pada laporan tahun {project.tahun}, dikutip di {teks.file}",
            teks.where(project, kutipan.start),
            hint=f"kutip {baru.judul}",
            subject=reg.singkat,
        )
