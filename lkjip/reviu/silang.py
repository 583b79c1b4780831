"""Figures compared across tables: the same figure printed differently in two places (LK607),
and the sasaran's capaian and absorption in an efficiency table against the indicators and
programs the report prints elsewhere (LK605, LK603).

A figure is keyed by what it is about (the program or indicator its row names), its quantity
and its period. Figures an arithmetic check already reported are left out: 103,2 beside
103,30 is reported once, where it is wrong, not again as a difference.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Any

from lkjip import codes, idfmt
from lkjip.checks import konteks
from lkjip.checks.konteks import Bilangan, cetak, sama_dicetak
from lkjip.reviu.dokumen import Dokumen, Paragraf, Sel, Tabel
from lkjip.reviu.kolom import (
    Kolom,
    angka_sel,
    baris_jumlah,
    baris_rata,
    kolom_tabel,
    normal,
    subjek,
)
from lkjip.reviu.periksa_tabel import Temuan

_DIBANDINGKAN = (
    konteks.TARGET,
    konteks.REALISASI,
    konteks.CAPAIAN,
    konteks.PAGU,
    konteks.ANGGARAN,
    konteks.REALISASI_RP,
    konteks.SERAPAN,
)


@dataclass(frozen=True)
class Fakta:
    kunci: tuple[str, str, tuple[str, int] | None]  # (subject, quantity, period)
    nilai: Bilangan | str  # a figure, or the satuan's text
    tempat: str
    nama: str  # the subject as printed
    sel: tuple[int, int, int]


def _periode(k: Kolom, tahun: int | None) -> tuple[str, int] | None:
    if k.periode == ("tahun", tahun):
        return None  # "Target 2022" in a 2022 report is the plain target
    return k.periode


def fakta_tabel(tabel: Tabel, tahun: int | None) -> Iterator[Fakta]:
    kolom = kolom_tabel(tabel)
    for no, (nomor, row) in enumerate(tabel.baris_data()):
        if baris_jumlah(row) or baris_rata(row):
            continue
        for k in kolom:
            if k.satuan:
                who = subjek(row, kolom, uang=False)
                text = row[k.indeks].teks.strip()
                if who and who[0] == "indikator" and text:
                    unit = "%" if text.casefold() in ("%", "persen") else text.casefold()
                    yield Fakta(
                        (normal(who[1]), "satuan", None),
                        unit,
                        tabel.tempat(nomor, k.indeks),
                        who[1],
                        (tabel.nomor, tabel.header + no, k.indeks),
                    )
                continue
            if k.besaran not in _DIBANDINGKAN or k.renstra:
                continue
            value = angka_sel(row[k.indeks])
            who = subjek(row, kolom, uang=k.uang)
            if value is None or who is None or who[0] == "sasaran":
                continue
            yield Fakta(
                (normal(who[1]), k.besaran, _periode(k, tahun)),
                value,
                tabel.tempat(nomor, k.indeks),
                who[1],
                (tabel.nomor, tabel.header + no, k.indeks),
            )


_UNIT_INI = re.compile(r"\b(?:program|kegiatan) ini\b", re.IGNORECASE)
_ATAU_PERSEN = re.compile(r"^[\s,]*(?:atau|\()\s*(\d+(?:,\d+)?)\s?%")


def fakta_paragraf(dokumen: Dokumen) -> Iterator[Fakta]:
    """The budget of a program or kegiatan stated in the text under its title ("B. PROGRAM
    PENYELENGGARAAN …" / "Jumlah Anggaran untuk program ini sebesar Rp… dan realisasi … Rp…
    atau 98%"): its pagu, realisasi and absorption, compared with the tables'."""
    for p in dokumen.paragraf:
        title = _judul_unit(p)
        if title is None:
            continue
        subject = normal(title)
        amounts = konteks.jumlah_rupiah(p.teks)
        for k, a in enumerate(amounts):
            value = konteks.baca(p.teks[a.start : a.end])
            kind = {"pagu": konteks.PAGU, "realisasi": konteks.REALISASI_RP}.get(a.peran or "")
            if value is not None and kind is not None:
                yield Fakta((subject, kind, None), value, p.tempat, title, (-p.nomor, k, 0))
        if len(amounts) >= 2:
            m = _ATAU_PERSEN.match(p.teks[amounts[-1].end :])
            value = konteks.baca(m.group(1)) if m else None
            if value is not None:
                yield Fakta((subject, konteks.SERAPAN, None), value, p.tempat, title,
                            (-p.nomor, len(amounts), 0))  # fmt: skip


def _judul_unit(p: Paragraf) -> str | None:
    """The program or kegiatan "program ini" / "kegiatan ini" refers to: the name the paragraph
    opens with ("Koordinasi …: jumlah anggaran kegiatan ini …"), else its title, when the title
    is of that kind of unit."""
    m = _UNIT_INI.search(p.teks)
    if m is None:
        return None
    head, colon, _ = p.teks.partition(":")
    if colon and len(head) <= 150 and not re.search(r"\d{3}", head):
        return head.strip()
    is_program = normal(p.subjudul).startswith("program")
    if not p.subjudul or is_program != m.group(0).casefold().startswith("program"):
        return None
    return p.subjudul


def _kunci_serupa(
    kunci: tuple[str, str, tuple[str, int] | None], groups: dict[Any, list[Fakta]]
) -> tuple[str, str, tuple[str, int] | None]:
    """The key of a group whose subject differs from this one by a typo only ("Transibum" for
    "Trantibum", "Pelempahan" for "Pelimpahan"), else the key itself. Names of different
    length or of another quantity are never compared (cheap filters before the ratio)."""
    if kunci in groups or len(kunci[0]) < 20:
        return kunci
    digits = re.findall(r"\d+", kunci[0])
    for other in groups:
        if other[1:] != kunci[1:] or abs(len(other[0]) - len(kunci[0])) > 3:
            continue
        if re.findall(r"\d+", other[0]) != digits:
            continue  # "Program 1" and "Program 2" are two programs, not one with a typo
        matcher = SequenceMatcher(None, other[0], kunci[0])
        if matcher.quick_ratio() >= 0.95 and matcher.ratio() >= 0.95:
            return other
    return kunci


def _suara(value: Bilangan | str, group: list[Fakta]) -> object:
    """What a place "votes" for: its figure at the precision of the least precise place of the
    group (103,30 and 103,3 vote alike; 103,2 does not), or the satuan's text."""
    if isinstance(value, str):
        return value
    places = min(f.nilai.desimal for f in group if isinstance(f.nilai, Bilangan))
    return idfmt.bulatkan(value.nilai, places)


def _teks(v: Bilangan | str) -> str:
    return v if isinstance(v, str) else v.teks


def periksa_berbeda(facts: list[Fakta], sudah: set[tuple[int, int, int]]) -> Iterator[Temuan]:
    """LK607 at every place whose figure differs from the one most places print (on a tie,
    the later places)."""
    groups: dict[tuple[str, str, tuple[str, int] | None], list[Fakta]] = {}
    for f in facts:
        if f.sel not in sudah:
            groups.setdefault(_kunci_serupa(f.kunci, groups), []).append(f)
    found: dict[tuple[str, str], list[tuple[str, tuple[int, int, int]]]] = {}
    for kunci, group in groups.items():
        if len({f.sel[0] for f in group}) < 2:
            continue  # one table: rows of one table are different things
        keys = [_suara(f.nilai, group) for f in group]
        votes = Counter(keys)
        best = max(range(len(group)), key=lambda i: (votes[keys[i]], -i))
        ref = group[best]
        for f, key in zip(group, keys, strict=True):
            if key == keys[best]:
                continue
            period = f" {kunci[2][0]} {kunci[2][1]}" if kunci[2] else ""
            found.setdefault((f.tempat, f.nama), []).append(
                (f'{kunci[1]}{period} "{f.nama.splitlines()[0][:60]}" dicetak '
                 f'"{_teks(f.nilai)}", tetapi "{_teks(ref.nilai)}" di {ref.tempat}', f.sel)
            )  # fmt: skip
    # A paragraph states a unit's pagu, realisasi and absorption at one place: one finding.
    for (tempat, _), items in found.items():
        yield Temuan(codes.REVIU_BERBEDA, tempat, "; ".join(m for m, _ in items), items[0][1])


# --- the efficiency table's inputs -----------------------------------------------------------


def serapan_pendukung(dokumen: Dokumen) -> tuple[Decimal, Decimal, str] | None:
    """Σ realisasi, Σ pagu of the programs in the table that sets indicators beside their
    supporting programs' budgets (the "Realisasi Kinerja dan Anggaran" table), and its name."""
    for tabel in dokumen.tabel:
        kolom = kolom_tabel(tabel)
        names = {k.nama for k in kolom}
        pagu = next((k for k in kolom if k.besaran == konteks.PAGU), None)
        real = next((k for k in kolom if k.besaran == konteks.REALISASI_RP), None)
        if not {"indikator", "program"} <= names or pagu is None or real is None:
            continue
        seen: dict[str, tuple[Decimal, Decimal]] = {}
        for _, row in tabel.baris_data():
            who = subjek(row, kolom, uang=True)
            p, r = angka_sel(row[pagu.indeks]), angka_sel(row[real.indeks])
            if who and who[0] == "program" and p is not None and r is not None:
                seen.setdefault(normal(who[1]), (p.nilai, r.nilai))
        if seen:
            return (
                sum((r for _, r in seen.values()), Decimal(0)),
                sum((p for p, _ in seen.values()), Decimal(0)),
                tabel.nama,
            )
    return None


def periksa_efisiensi(dokumen: Dokumen, capaian: dict[str, Decimal]) -> Iterator[Temuan]:
    """The sasaran row of an efficiency table: its capaian against the mean capaian of the
    indicators (LK605) and its absorption against the supporting programs (LK603)."""
    serapan = serapan_pendukung(dokumen)
    for tabel in dokumen.tabel:
        kolom = kolom_tabel(tabel)
        if not any(k.besaran == konteks.EFISIENSI for k in kolom):
            continue
        for no, (nomor, row) in enumerate(tabel.baris_data()):
            who = subjek(row, kolom, uang=False)
            if who is None or (who[0] != "sasaran" and not row_is_sasaran(row)):
                continue
            for k in kolom:
                v = angka_sel(row[k.indeks])
                if v is None:
                    continue
                if k.besaran == konteks.CAPAIAN and capaian:
                    mean = sum(capaian.values(), Decimal(0)) / len(capaian)
                    if not sama_dicetak(mean, v):
                        yield Temuan(
                            codes.REVIU_RATA,
                            tabel.tempat(nomor, k.indeks),
                            f"capaian sasaran {v.teks} tidak sama dengan rata-rata capaian "
                            f"{len(capaian)} indikatornya: {cetak(mean, 2)}",
                            (tabel.nomor, tabel.header + no, k.indeks),
                        )
                if k.besaran == konteks.SERAPAN and serapan and serapan[1]:
                    real, pagu, where = serapan
                    value = real / pagu * 100
                    if not sama_dicetak(value, v):
                        yield Temuan(
                            codes.REVIU_PERSEN,
                            tabel.tempat(nomor, k.indeks),
                            f"penyerapan sasaran {v.teks} tidak sama dengan Σ realisasi / "
                            f"Σ pagu program pendukung di {where}: {cetak(real, 0)} / "
                            f"{cetak(pagu, 0)} × 100 = {cetak(value, max(v.desimal, 2))}",
                            (tabel.nomor, tabel.header + no, k.indeks),
                        )


def row_is_sasaran(row: list[Sel]) -> bool:
    """A row naming a sasaran ("Sasaran: Meningkatnya …") among indicator rows."""
    return any(c.teks.strip().casefold().startswith("sasaran") for c in row[:3])
