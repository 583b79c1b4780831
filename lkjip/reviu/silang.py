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
    baris_dalam_sel,
    baris_jumlah,
    baris_rata,
    kode_baris,
    kolom_tabel,
    normal,
    rata,
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


def _versi(tabel: Tabel, besaran: str) -> str:
    """The quantity, marked when the table belongs to the revised PK ("Perubahan Perjanjian
    Kinerja"): its targets and budgets may rightly differ from the first PK's."""
    context = f"{tabel.judul_lengkap} {tabel.bagian}".casefold()
    return _versi_perubahan(besaran) if "perubahan" in context else besaran


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
                        (normal(who[1]), _versi(tabel, "satuan"), None),
                        unit,
                        tabel.tempat(nomor, k.indeks),
                        who[1],
                        (tabel.nomor, tabel.header + no, k.indeks),
                    )
                continue
            if k.besaran not in _DIBANDINGKAN or k.renstra:
                continue
            value = angka_sel(row[k.indeks])
            if value is None and k.uang:
                yield from _fakta_sel_baris(tabel, nomor, no, row, kolom, k)
                continue
            who = subjek(row, kolom, uang=k.uang)
            if value is None or who is None or who[0] == "sasaran":
                continue
            code = kode_baris(row, kolom) if k.uang else None
            yield Fakta(
                (code or normal(who[1]), _versi(tabel, k.besaran), _periode(k, tahun)),
                value,
                tabel.tempat(nomor, k.indeks),
                who[1],
                (tabel.nomor, tabel.header + no, k.indeks),
            )


def _fakta_sel_baris(
    tabel: Tabel, nomor: int, no: int, row: list[Sel], kolom: list[Kolom], k: Kolom
) -> Iterator[Fakta]:
    """The budgets of a cell of lines (a PK's programs and kegiatan, one per line), each
    placed at its line of the cell."""
    for line, name, value in baris_dalam_sel(row, kolom, k):
        yield Fakta(
            (normal(name), _versi(tabel, k.besaran or ""), None),
            value,
            f"{tabel.tempat(nomor, k.indeks)}, baris ke-{line} di dalam sel",
            name,
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


def _kunci_ambigu(facts: list[Fakta]) -> set[tuple[str, str, tuple[str, int] | None]]:
    """Keys one table gives two values: a name that names two rows (two sasaran each with an
    "Indeks Kepuasan Masyarakat") does not identify a figure, so it is compared nowhere."""
    seen: dict[tuple[object, ...], object] = {}
    out = set()
    for f in facts:
        place = (f.kunci, f.sel[0])
        value = f.nilai if isinstance(f.nilai, str) else f.nilai.nilai
        if place in seen and seen[place] != value:
            out.add(f.kunci)
        seen.setdefault(place, value)
    return out


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
    ambigu = _kunci_ambigu(facts)
    for f in facts:
        if f.sel not in sudah and f.kunci not in ambigu:
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


def _pasangan_dinyatakan(dokumen: Dokumen) -> set[frozenset[Decimal]]:
    """Every pair of amounts one paragraph or one table row prints together: a report that
    sets the PK's amount beside the DPA's ("Perjanjian Kinerja Rp67.500.922, DPA Rp67.485.922
    (selisih Rp15.000)") states the difference itself."""
    groups: list[set[Decimal]] = [
        {a.nilai for a in konteks.jumlah_rupiah(p.teks)} for p in dokumen.paragraf
    ]
    for tabel in dokumen.tabel:
        for _, row in tabel.baris_data():
            groups.append({v.nilai for c in row if (v := angka_sel(c)) is not None})
    return {frozenset((a, b)) for g in groups for a in g for b in g if a != b}


def periksa_anggaran_pk(
    facts: list[Fakta], sudah: set[tuple[int, int, int]], dokumen: Dokumen
) -> Iterator[Temuan]:
    """LK616 at a PK's budget ("Anggaran" of a program or kegiatan) that differs from the pagu
    the other places print for it (the pagu most of them print). The PK's amounts should be
    the DPA's pagu (domain.md §3.6); a report with a revised PK compares the revised one only,
    since the first PK may rightly hold the budget before the DPA was revised. A difference
    the report states itself (both amounts in one paragraph or table row) is explained, not
    found."""
    stated = _pasangan_dinyatakan(dokumen)
    ambigu = _kunci_ambigu(facts)
    usable = [f for f in facts if f.sel not in sudah and f.kunci not in ambigu]
    revised = _versi_perubahan(konteks.ANGGARAN)
    version = revised if any(f.kunci[1] == revised for f in usable) else konteks.ANGGARAN
    pagu: dict[tuple[str, str, tuple[str, int] | None], list[Fakta]] = {}
    for f in usable:
        if f.kunci[1] == konteks.PAGU:
            pagu.setdefault(_kunci_serupa(f.kunci, pagu), []).append(f)
    for f in usable:
        if f.kunci[1] != version or isinstance(f.nilai, str):
            continue
        key = _kunci_serupa((f.kunci[0], konteks.PAGU, f.kunci[2]), pagu)
        group = pagu.get(key)
        if not group:
            continue
        votes = Counter(_suara(g.nilai, group) for g in group)
        best = max(range(len(group)), key=lambda i: (votes[_suara(group[i].nilai, group)], -i))
        ref = group[best]
        if isinstance(ref.nilai, str) or sama_dicetak(ref.nilai.nilai, f.nilai):
            continue
        if frozenset((ref.nilai.nilai, f.nilai.nilai)) in stated:
            continue
        yield Temuan(
            codes.REVIU_ANGGARAN_PK,
            f.tempat,
            f'anggaran PK "{f.nama.splitlines()[0][:60]}" dicetak "{f.nilai.teks}", tetapi '
            f'pagunya "{ref.nilai.teks}" di {ref.tempat} (selisih '
            f"{cetak(f.nilai.nilai - ref.nilai.nilai, 0)})",
            f.sel,
        )


def _versi_perubahan(besaran: str) -> str:
    return f"{besaran} (perubahan)"


# --- the efficiency table's inputs -----------------------------------------------------------


Pendukung = dict[str, tuple[Decimal, Decimal]]  # sasaran → (Σ realisasi, Σ pagu)


def serapan_pendukung(dokumen: Dokumen) -> tuple[Pendukung, str] | None:
    """Σ realisasi and Σ pagu of each sasaran's programs, from the table that sets indicators
    beside their supporting programs' budgets ("Realisasi Kinerja dan Anggaran"), and its name.
    A program supporting two indicators of one sasaran is counted once."""
    for tabel in dokumen.tabel:
        kolom = kolom_tabel(tabel)
        names = {k.nama for k in kolom}
        pagu = next((k for k in kolom if k.besaran == konteks.PAGU), None)
        real = next((k for k in kolom if k.besaran == konteks.REALISASI_RP), None)
        sasaran = next((k for k in kolom if k.nama == "sasaran"), None)
        if not {"indikator", "program"} <= names or pagu is None or real is None:
            continue
        seen: dict[str, dict[str, tuple[Decimal, Decimal]]] = {}
        for _, row in tabel.baris_data():
            who = subjek(row, kolom, uang=True)
            p, r = angka_sel(row[pagu.indeks]), angka_sel(row[real.indeks])
            if who and who[0] == "program" and p is not None and r is not None:
                group = normal(row[sasaran.indeks].teks) if sasaran else ""
                seen.setdefault(group, {}).setdefault(normal(who[1]), (p.nilai, r.nilai))
        if seen:
            sums = {
                group: (sum((r for _, r in units.values()), Decimal(0)),
                        sum((p for p, _ in units.values()), Decimal(0)))
                for group, units in seen.items()
            }  # fmt: skip
            return sums, tabel.nama
    return None


def _baris_sasaran(
    tabel: Tabel, kolom: list[Kolom]
) -> Iterator[tuple[int, int, list[Sel], list[list[Sel]]]]:
    """Each sasaran row of an efficiency table with the indicator rows printed under it."""
    rows = tabel.baris_data()
    for pos, (nomor, row) in enumerate(rows):
        who = subjek(row, kolom, uang=False)
        if who is None or (who[0] != "sasaran" and not row_is_sasaran(row)):
            continue
        under: list[list[Sel]] = []
        for _, other in rows[pos + 1 :]:
            # the next sasaran, or a footer spanning the name columns ("Perangkat daerah")
            if row_is_sasaran(other) or other[0].lebar > 1 or baris_jumlah(other):
                break
            under.append(other)
        yield pos, nomor, row, under


def _sasaran_dari(row: list[Sel], kolom: list[Kolom]) -> str:
    who = subjek(row, kolom, uang=False)
    return normal(who[1]) if who else ""


_TERTIMBANG = re.compile(r"rata-rata\s+tertimbang", re.IGNORECASE)


def periksa_efisiensi(
    dokumen: Dokumen, capaian: dict[str, Decimal], satu_sasaran: bool
) -> Iterator[Temuan]:
    """The sasaran row of an efficiency table: its capaian against the mean capaian of its
    indicators (LK605) and its absorption against its supporting programs (LK603). The
    indicators are the rows printed under it, or every indicator when the report has one
    sasaran; the programs are those the budget table sets beside this sasaran (or its only
    one). A sasaran whose parts cannot be told is not checked, nor the capaian of a sasaran
    the note under the table says is a weighted mean ("rata-rata tertimbang"): the table
    does not print the weights."""
    serapan = serapan_pendukung(dokumen)
    for tabel in dokumen.tabel:
        kolom = kolom_tabel(tabel)
        if not any(k.besaran == konteks.EFISIENSI for k in kolom):
            continue
        tertimbang = any(_TERTIMBANG.search(note) for note in tabel.sesudah[:6])
        for pos, nomor, row, under in _baris_sasaran(tabel, kolom):
            where = (tabel.nomor, tabel.header + pos)
            for k in kolom:
                v = angka_sel(row[k.indeks])
                if v is None:
                    continue
                if k.besaran == konteks.CAPAIAN and not tertimbang:
                    found = _cek_capaian_sasaran(v, k, under, capaian, satu_sasaran)
                    if found:
                        yield Temuan(codes.REVIU_RATA, tabel.tempat(nomor, k.indeks), found,
                                     (*where, k.indeks))  # fmt: skip
                if k.besaran == konteks.SERAPAN and serapan:
                    sums, source = serapan
                    key = _sasaran_dari(row, kolom)
                    pair = sums.get(key) or (next(iter(sums.values())) if len(sums) == 1 else None)
                    if pair is None or pair[1] == 0:
                        continue
                    value = pair[0] / pair[1] * 100
                    if not sama_dicetak(value, v):
                        yield Temuan(
                            codes.REVIU_PERSEN,
                            tabel.tempat(nomor, k.indeks),
                            f"penyerapan sasaran {v.teks} tidak sama dengan Σ realisasi / "
                            f"Σ pagu program pendukung di {source}: {cetak(pair[0], 0)} / "
                            f"{cetak(pair[1], 0)} × 100 = {cetak(value, max(v.desimal, 2))}",
                            (*where, k.indeks),
                        )


# A sasaran's mean may cap each indicator (a declared "batas capaian"); the report's table
# prints the indicators uncapped. The caps reports use, and none (a cap above any value).
_BATAS_LAZIM = (10**9, 100, 110, 120, 125, 150)


def _cek_capaian_sasaran(
    v: Bilangan, k: Kolom, under: list[list[Sel]], capaian: dict[str, Decimal], satu: bool
) -> str | None:
    """The message when a sasaran's capaian is not the mean of its indicators', else None.
    Printed indicator values carry their own rounding: their mean may differ from the printed
    sasaran value by up to half a unit of the last printed place plus 0,005."""
    printed = [x.nilai for r in under if (x := angka_sel(r[k.indeks])) is not None]
    if len(printed) < len(under):
        return None  # an indicator without capaian ("–"): how the sasaran counts it is unknown
    if printed:
        slack = Decimal(5).scaleb(-v.desimal - 1) + Decimal("0.005")
        means = [rata([min(x, Decimal(cap)) for x in printed]) for cap in _BATAS_LAZIM]
        if any(abs(m - v.nilai) <= slack for m in means):
            return None
        mean, count = rata(printed), len(printed)
    elif satu and capaian:
        mean = sum(capaian.values(), Decimal(0)) / len(capaian)
        if sama_dicetak(mean, v):
            return None
        count = len(capaian)
    else:
        return None
    return (f"capaian sasaran {v.teks} tidak sama dengan rata-rata capaian {count} "
            f"indikatornya: {cetak(mean, 2)}")  # fmt: skip


def row_is_sasaran(row: list[Sel]) -> bool:
    """A row naming a sasaran ("Sasaran: Meningkatnya …") among indicator rows."""
    return any(c.teks.strip().casefold().startswith("sasaran") for c in row[:3])
