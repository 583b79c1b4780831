"""LK34x: people — NIP and pangkat/golongan of the signers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from lkjip import idfmt
from lkjip.checks._util import pangkat_table
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Project
from lkjip.model.laporan import Pejabat

L = "lkjip.yaml"
_SPACED = re.compile(r"^\d{8} \d{6} \d \d{3}$")


def _pejabat(project: Project) -> Iterator[tuple[str, Pejabat]]:
    yield "penandatangan", project.laporan.penandatangan
    if project.laporan.atasan is not None:
        yield "atasan", project.laporan.atasan


def nip_problems(text: str) -> list[str]:
    """What is wrong with a NIP (empty list when it is valid); separators are ignored."""
    if re.search(r"[^\d\s-]", text):
        return ["hanya boleh berisi angka (dan spasi)"]
    digits = idfmt.nip_digits(text)
    if len(digits) != 18:
        return [f"harus 18 angka, tertulis {len(digits)} angka"]
    problems = []
    lahir: dt.date | None
    try:
        lahir = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        lahir = None
        problems.append(f"tanggal lahir {digits[0:8]} (YYYYMMDD) tidak valid")
    tmt_y, tmt_m = int(digits[8:12]), int(digits[12:14])
    if not 1 <= tmt_m <= 12:
        problems.append(f"TMT CPNS {digits[8:14]} (YYYYMM) tidak valid")
    elif lahir is not None and (tmt_y, tmt_m) < (lahir.year + 18, lahir.month):
        problems.append(
            f"TMT CPNS {digits[12:14]}/{digits[8:12]} kurang dari 18 tahun setelah lahir "
            f"({idfmt.tanggal(lahir)})"
        )
    if digits[14] not in "12":
        problems.append(f"angka jenis kelamin {digits[14]} harus 1 (pria) atau 2 (wanita)")
    return problems


@rule("LK341", "nip-tidak-valid", Severity.ERROR)
def check_nip(project: Project) -> Iterable[Diagnostic]:
    """NIP tidak sesuai susunan NIP PNS

    NIP terdiri atas 18 angka: tanggal lahir `YYYYMMDD`, TMT CPNS `YYYYMM` (paling cepat 18
    tahun setelah lahir), jenis kelamin `1`/`2`, dan nomor urut `NNN`; dicetak
    `19820211 200312 1 004`.

    Contoh salah:

        penandatangan: {nama: …, nip: "19821311 200312 3 004"}   # bulan 13, kelamin 3

    Contoh benar:

        penandatangan: {nama: …, nip: "19820211 200312 1 004"}
    """
    for key, p in _pejabat(project):
        if p.nip is None:
            continue
        problems = nip_problems(p.nip)
        if problems:
            yield diag(
                "LK341",
                f'NIP {key} "{p.nip}" tidak valid: ' + "; ".join(problems),
                project.where(L, key, "nip"),
                subject=key,
            )


@rule("LK342", "nip-pemisah", Severity.WARNING)
def check_nip_pemisah(project: Project) -> Iterable[Diagnostic]:
    """NIP ditulis dengan pemisah selain spasi baku

    Tulis NIP sebagai 18 angka tanpa pemisah atau dengan spasi `8 6 1 3`
    (`19820211 200312 1 004`); tanda hubung atau pengelompokan lain (seed E43:
    `19820211-2003121-004`) membuat NIP yang sama tampak berbeda di tiap tanda tangan.

    Contoh salah:

        nip: 19820211-2003121-004

    Contoh benar:

        nip: "19820211 200312 1 004"
    """
    for key, p in _pejabat(project):
        if p.nip is None or nip_problems(p.nip):
            continue
        text = p.nip.strip()
        if not (text.isdigit() or _SPACED.match(text)):
            yield diag(
                "LK342",
                f'NIP {key} "{p.nip}" memakai pemisah tidak baku; tulis "{idfmt.nip(text)}"',
                project.where(L, key, "nip"),
                subject=key,
            )


def _norm_pangkat(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\bTk\.?\s*I\b", "Tingkat I", text, flags=re.IGNORECASE)
    return text.casefold()


def _norm_golongan(text: str) -> str:
    m = re.fullmatch(r"(I{1,3}|IV)\s*/\s*([a-e])", text.strip(), flags=re.IGNORECASE)
    if not m:
        return text.strip()
    return f"{m.group(1).upper()}/{m.group(2).lower()}"


@rule("LK343", "pangkat-golongan", Severity.ERROR)
def check_pangkat_golongan(project: Project) -> Iterable[Diagnostic]:
    """Pasangan pangkat dan golongan tidak sesuai tabel PNS

    Pangkat dan golongan ruang berpasangan tetap (data/pangkat.yaml): Penata III/c, Penata
    Tingkat I III/d, Pembina IV/a, Pembina Tingkat I IV/b, dst. Tulis pangkat dan golongan di
    kolomnya masing-masing (seed E43: "Pembina IV/a" di satu tempat, "Pembina" di tempat lain).

    Contoh salah:

        penandatangan: {…, pangkat: Pembina, golongan: IV/b}

    Contoh benar:

        penandatangan: {…, pangkat: Pembina, golongan: IV/a}
    """
    table = pangkat_table()
    by_name = {_norm_pangkat(v): k for k, v in table.items()}
    for key, p in _pejabat(project):
        gol = _norm_golongan(p.golongan) if p.golongan else None
        if p.pangkat is not None and _norm_pangkat(p.pangkat) not in by_name:
            yield diag(
                "LK343",
                f'pangkat {key} "{p.pangkat}" tidak dikenal; tulis nama pangkat saja (mis. '
                '"Pembina") dan golongan di kolom golongan',
                project.where(L, key, "pangkat"),
                subject=key,
            )
            continue
        if gol is not None and gol not in table:
            yield diag(
                "LK343",
                f'golongan {key} "{p.golongan}" tidak dikenal (I/a … IV/e)',
                project.where(L, key, "golongan"),
                subject=key,
            )
            continue
        if p.pangkat is not None and gol is not None:
            expected = by_name[_norm_pangkat(p.pangkat)]
            if expected != gol:
                yield diag(
                    "LK343",
                    f'pangkat {key} "{p.pangkat}" bergolongan {expected}, bukan {p.golongan} '
                    f"(golongan {gol} = {table[gol]})",
                    project.where(L, key, "golongan"),
                    subject=key,
                )


@rule("LK344", "pangkat-kosong", Severity.WARNING)
def check_pangkat_kosong(project: Project) -> Iterable[Diagnostic]:
    """Pejabat ber-NIP tanpa pangkat atau golongan

    Blok tanda tangan PNS memuat pangkat dan golongan di bawah nama; bila NIP diisi, isi juga
    `pangkat` dan `golongan`. (Kepala daerah tidak mempunyai NIP maupun pangkat.)

    Contoh salah:

        penandatangan: {nama: …, jabatan: Camat Dumai Kota, nip: "19820211 200312 1 004"}

    Contoh benar:

        penandatangan:
          nama: …
          jabatan: Camat Dumai Kota
          pangkat: Pembina
          golongan: IV/a
          nip: "19820211 200312 1 004"
    """
    for key, p in _pejabat(project):
        if p.nip is None:
            continue
        kurang = [f for f in ("pangkat", "golongan") if getattr(p, f) is None]
        if kurang:
            yield diag(
                "LK344",
                f"{key} {p.nama} ber-NIP tetapi tanpa {' dan '.join(kurang)}",
                project.where(L, key),
                subject=key,
            )
