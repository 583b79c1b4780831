"""The checks of one table: each row's own arithmetic, and its total and average rows.

Every comparison is at the precision printed: a capaian printed "103" for 103,2988 is right,
"103,2" is not. The figures a row prints are compared with the figures the same row prints
(realisasi / target, realisasi / pagu, pagu − realisasi, a column defined as a formula of
others), never with data from outside the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from lkjip import codes, idfmt
from lkjip.checks import konteks
from lkjip.checks.konteks import Bilangan, cetak, dipotong, sama_dicetak
from lkjip.reviu.dokumen import Sel, Tabel
from lkjip.reviu.kolom import Kolom, angka_sel, baris_jumlah, baris_rata, kolom_tabel, rata


@dataclass
class Temuan:
    """A finding before it becomes a Diagnostic: its code, place and message; `sel` marks the
    table cell it is about, so the cross-place check leaves that figure out."""

    code: str
    tempat: str
    pesan: str
    sel: tuple[int, int, int] | None = None  # (table ordinal, grid row, grid column)


def _pct(value: Decimal, places: int) -> str:
    return cetak(value, max(places, 2))


def _pasangan(kolom: list[Kolom], c: Kolom, besaran: str) -> Kolom | None:
    """The column of `besaran` a capaian column `c` is computed from: same quarter, same year
    when both name one; the target of the Renstra for a capaian "terhadap Renstra"; else the
    nearest to its left."""
    pool = [k for k in kolom if k.besaran == besaran and not k.uang]
    tw = c.periode if c.periode and c.periode[0] == "triwulan" else None
    pool = [
        k for k in pool if (k.periode if k.periode and k.periode[0] == "triwulan" else None) == tw
    ]
    if not pool:
        return None
    if besaran == konteks.TARGET and c.renstra:
        renstra = [k for k in pool if k.renstra]
        return renstra[-1] if renstra else None
    if besaran == konteks.TARGET:
        pool = [k for k in pool if not k.renstra] or pool
    if c.periode and c.periode[0] == "tahun" and not c.renstra:
        same = [k for k in pool if k.periode == c.periode]
        if same:
            return same[0]
        if any(k.periode and k.periode[0] == "tahun" for k in pool):
            return None  # "Capaian 2021" beside a target of 2022 only: no pair
    left = [k for k in pool if k.indeks < c.indeks]
    return left[-1] if left else None


def _rumus_capaian(r: Decimal, t: Decimal) -> list[tuple[str, Decimal]]:
    out = []
    if t != 0:
        out.append(("realisasi / target × 100", r / t * 100))
        negatif = (2 - r / t) * 100
        out.append(("(2 − realisasi / target) × 100 (indikator negatif)", negatif))
        if negatif < 0:  # a capaian is never below zero; calculators print 0
            out.append(("(2 − realisasi / target) × 100, paling rendah 0", Decimal(0)))
        # an indicator meant to stay at its target (stabil): 100 less the relative deviation
        out.append(("(1 − |realisasi − target| / target) × 100 (indikator stabil)",
                    max(Decimal(0), (1 - abs(r - t) / t) * 100)))  # fmt: skip
    if r != 0:
        out.append(("target / realisasi × 100 (indikator negatif)", t / r * 100))
    return out


def _rumus_kumulatif(kolom: list[Kolom], c: Kolom, row: list[Sel]) -> list[tuple[str, Decimal]]:
    """For a quarter's capaian of an indicator that accumulates (akumulasi): the realisasi and
    target summed from the first quarter to this one."""
    if not (c.periode and c.periode[0] == "triwulan") or c.periode[1] == 1:
        return []
    sums = {konteks.TARGET: Decimal(0), konteks.REALISASI: Decimal(0)}
    for besaran in sums:
        for q in range(1, c.periode[1] + 1):
            col = next((k for k in kolom if k.besaran == besaran and not k.uang
                        and k.periode == ("triwulan", q)), None)  # fmt: skip
            value = angka_sel(row[col.indeks]) if col else None
            if value is None:
                return []
            sums[besaran] += value.nilai
    # every formula, on the sums from the first quarter
    return _rumus_capaian(sums[konteks.REALISASI], sums[konteks.TARGET])


def periksa_capaian(tabel: Tabel, kolom: list[Kolom]) -> Iterator[Temuan]:
    """LK602: a capaian ≠ realisasi / target under either polarity."""
    for c in kolom:
        if c.besaran != konteks.CAPAIAN or c.uang:
            continue
        t_col, r_col = _pasangan(kolom, c, konteks.TARGET), _pasangan(kolom, c, konteks.REALISASI)
        if t_col is None or r_col is None:
            continue
        for no, (nomor, row) in enumerate(tabel.baris_data()):
            p, t, r = (
                angka_sel(row[c.indeks]),
                angka_sel(row[t_col.indeks]),
                angka_sel(row[r_col.indeks]),
            )
            if p is None or t is None or r is None or baris_jumlah(row) or baris_rata(row):
                continue
            rumus = _rumus_capaian(r.nilai, t.nilai) + _rumus_kumulatif(kolom, c, row)
            if not rumus or any(sama_dicetak(v, p) for _, v in rumus):
                continue
            positif = rumus[0][1]
            pesan = (
                f"capaian {p.teks} tidak sesuai realisasi {r.teks} / target {t.teks} × 100 = "
                f"{_pct(positif, p.desimal)}"
            )
            lain = [f"{cetak(v, max(p.desimal, 2))}" for _, v in rumus[1:]]
            if lain:
                pesan += f", maupun rumus indikator negatif ({'; '.join(lain)})"
            if dipotong(positif, p.desimal) == p.nilai:
                pesan += (
                    f"; {p.teks} adalah {cetak(positif, 4)} yang dipotong, bukan dibulatkan "
                    f"(dibulatkan: {cetak(positif, p.desimal)})"
                )
            yield Temuan(
                codes.REVIU_CAPAIAN,
                tabel.tempat(nomor, c.indeks),
                pesan,
                (tabel.nomor, tabel.header + no, c.indeks),
            )


def _kolom_uang(kolom: list[Kolom], c: Kolom, besaran: str) -> Kolom | None:
    """The budget column of `besaran` in `c`'s group (the same first header part)."""
    group = c.label.split(" › ")[0]
    pool = [k for k in kolom if k.besaran == besaran]
    same = [k for k in pool if k.label.split(" › ")[0] == group] or pool
    return same[-1] if same else None


def periksa_serapan(tabel: Tabel, kolom: list[Kolom]) -> Iterator[Temuan]:
    """LK603 (percentage ≠ realisasi / pagu) and LK606 (sisa ≠ pagu − realisasi)."""
    for c in kolom:
        if c.besaran not in (konteks.SERAPAN, konteks.SISA):
            continue
        pagu = _kolom_uang(kolom, c, konteks.PAGU) or _kolom_uang(kolom, c, konteks.ANGGARAN)
        real = _kolom_uang(kolom, c, konteks.REALISASI_RP)
        if pagu is None or real is None:
            continue
        for no, (nomor, row) in enumerate(tabel.baris_data()):
            v, pg, rl = (
                angka_sel(row[c.indeks]),
                angka_sel(row[pagu.indeks]),
                angka_sel(row[real.indeks]),
            )
            if v is None or pg is None or rl is None:
                continue
            where = (tabel.nomor, tabel.header + no, c.indeks)
            if c.besaran == konteks.SISA:
                if pg.nilai - rl.nilai != v.nilai:
                    yield Temuan(
                        codes.REVIU_SISA,
                        tabel.tempat(nomor, c.indeks),
                        f"sisa {v.teks} tidak sama dengan pagu {pg.teks} − realisasi "
                        f"{rl.teks} = {cetak(pg.nilai - rl.nilai, 0)}",
                        where,
                    )
            elif pg.nilai != 0 and not sama_dicetak(rl.nilai / pg.nilai * 100, v):
                yield Temuan(
                    codes.REVIU_PERSEN,
                    tabel.tempat(nomor, c.indeks),
                    f"persentase {v.teks} tidak sama dengan realisasi {rl.teks} / pagu "
                    f"{pg.teks} × 100 = {_pct(rl.nilai / pg.nilai * 100, v.desimal)}",
                    where,
                )


_RUMUS_HEADER = re.compile(r"\((\d+)\)\s*=\s*\((\d+)\)\s*([−\-–:/x×])\s*\((\d+)\)")
_RUMUS_CATATAN = re.compile(
    r"efisiensi\s*:?\s*capaian(?: kinerja)?\s*([−\-–:/x×])\s*(?:penyerapan|serapan)", re.IGNORECASE
)


def _rumus_kolom(tabel: Tabel, kolom: list[Kolom]) -> list[tuple[Kolom, Kolom, str, Kolom]]:
    """(result, a, operator, b) for every column stated as a formula of two others: in its
    header ("(5) = (3) − (4)"), or for efficiency in a note under the table ("Tingkat
    efisiensi : capaian kinerja – penyerapan anggaran")."""
    by_number = {
        re.sub(r"\D", "", n): k for n, k in zip(tabel.nomor_kolom, kolom, strict=False) if n
    }
    out = []
    for k in kolom:
        m = _RUMUS_HEADER.search(k.label)
        if m and m.group(2) in by_number and m.group(4) in by_number:
            out.append((k, by_number[m.group(2)], m.group(3), by_number[m.group(4)]))
            continue
        if k.besaran != konteks.EFISIENSI:
            continue
        for note in tabel.sesudah[:6]:
            n = _RUMUS_CATATAN.search(note)
            a = next((c for c in kolom if c.besaran == konteks.CAPAIAN), None)
            b = next((c for c in kolom if c.besaran == konteks.SERAPAN), None)
            if n and a and b:
                out.append((k, a, n.group(1), b))
                break
    return out


def periksa_rumus(tabel: Tabel, kolom: list[Kolom]) -> Iterator[Temuan]:
    """LK612: a column stated as (a) − (b) or (a) : (b) of the printed operands."""
    for hasil, a_col, op, b_col in _rumus_kolom(tabel, kolom):
        ratio = op in ":/"
        for no, (nomor, row) in enumerate(tabel.baris_data()):
            v, a, b = (
                angka_sel(row[hasil.indeks]),
                angka_sel(row[a_col.indeks]),
                angka_sel(row[b_col.indeks]),
            )
            if v is None or a is None or b is None or (ratio and b.nilai == 0):
                continue
            exact = a.nilai / b.nilai if ratio else a.nilai - b.nilai
            if sama_dicetak(exact, v):
                continue
            other = b.nilai and (a.nilai - b.nilai if ratio else a.nilai / b.nilai)
            sign = ":" if ratio else "−"
            pesan = (
                f"{v.teks} tidak sama dengan {a.teks} {sign} {b.teks} = "
                f"{cetak(exact, max(v.desimal, 2))} (rumus yang dinyatakan tabel)"
            )
            if other and sama_dicetak(other, v):
                pesan += f"; {v.teks} cocok dengan rumus {'selisih' if ratio else 'rasio'}"
            yield Temuan(
                codes.REVIU_RUMUS,
                tabel.tempat(nomor, hasil.indeks),
                pesan,
                (tabel.nomor, tabel.header + no, hasil.indeks),
            )


_UANG_JUMLAH = (konteks.PAGU, konteks.ANGGARAN, konteks.REALISASI_RP, konteks.SISA)


def _tingkat(nomor: str) -> int | None:
    """Depth of a row's number: "1" or "1." → 1, "1.1" → 2; None when it has none."""
    m = re.fullmatch(r"(\d+(?:\.\d+)*)\.?", nomor.strip())
    return m.group(1).count(".") + 1 if m else None


def periksa_jumlah(tabel: Tabel, kolom: list[Kolom]) -> Iterator[Temuan]:
    """LK604 (a "Jumlah"/"Total" row ≠ the sum of the rows above it) and LK605 (a
    "Rata-rata" row ≠ their mean)."""
    rows = tabel.baris_data()
    start = 0
    for pos, (nomor, row) in enumerate(rows):
        jumlah, rerata = baris_jumlah(row), baris_rata(row)
        if not (jumlah or rerata):
            continue
        parts = [r for _, r in rows[start:pos] if not baris_jumlah(r) and not baris_rata(r)]
        start = pos + 1
        for c in kolom:
            v = angka_sel(row[c.indeks])
            if v is None or not parts:
                continue
            if jumlah and c.besaran in _UANG_JUMLAH:
                yield from _cek_jumlah(tabel, nomor, c, v, parts)
            elif rerata and c.besaran in (konteks.CAPAIAN, konteks.SERAPAN, konteks.EFISIENSI):
                values = [x.nilai for r in parts if (x := angka_sel(r[c.indeks])) is not None]
                if values and not sama_dicetak(rata(values), v):
                    yield Temuan(
                        codes.REVIU_RATA,
                        tabel.tempat(nomor, c.indeks),
                        f"rata-rata {v.teks} tidak sama dengan rata-rata {len(values)} "
                        f"baris di atasnya: {cetak(rata(values), max(v.desimal, 2))}",
                    )


def _cek_jumlah(
    tabel: Tabel, nomor: int, c: Kolom, v: Bilangan, parts: list[list[Sel]]
) -> Iterator[Temuan]:
    levels: dict[int | None, Decimal] = {}
    everything = Decimal(0)
    for r in parts:
        x = angka_sel(r[c.indeks])
        if x is None:
            continue
        everything += x.nilai
        level = _tingkat(r[0].teks) if r and not r[0].lanjutan else None
        if level is None and re.match(
            r"^\s*program\b", " ".join(s.teks for s in r[:3]), re.IGNORECASE
        ):
            level = 1
        levels[level] = levels.get(level, Decimal(0)) + x.nilai
    candidates = [everything, *levels.values()]
    if any(v.nilai == s for s in candidates):
        return
    shown = levels.get(1, everything)
    yield Temuan(
        codes.REVIU_JUMLAH,
        tabel.tempat(nomor, c.indeks),
        f"jumlah {v.teks} tidak sama dengan jumlah rinciannya {cetak(shown, v.desimal)} "
        f"(selisih {cetak(v.nilai - shown, v.desimal)})",
    )


def _nilai_tw(row: list[Sel], cols: dict[int, Kolom]) -> dict[int, Decimal]:
    out = {}
    for tw, k in cols.items():
        x = angka_sel(row[k.indeks])
        if x is not None:
            out[tw] = x.nilai
    return out


def _bulat(value: Decimal) -> str:
    """A quarterly figure as reports print it: "30", "87,5"."""
    return idfmt.angka(value)


def periksa_triwulan(tabel: Tabel, kolom: list[Kolom]) -> Iterator[Temuan]:
    """LK613: quarterly targets or realisations that fit no aggregation of the annual value:
    neither their sum (akumulasi) nor the fourth quarter (kumulatif, nilai akhir)."""
    for besaran in (konteks.TARGET, konteks.REALISASI):
        quarters = {
            k.periode[1]: k
            for k in kolom
            if k.besaran == besaran and not k.uang and k.periode and k.periode[0] == "triwulan"
        }
        annual = next(
            (
                k
                for k in kolom
                if k.besaran == besaran
                and not k.uang
                and not (k.periode and k.periode[0] == "triwulan")
                and not k.renstra
            ),
            None,
        )
        if 4 not in quarters or annual is None:
            continue
        for nomor, row in tabel.baris_data():
            values, year = _nilai_tw(row, quarters), angka_sel(row[annual.indeks])
            if year is None or 4 not in values:
                continue
            if values[4] == year.nilai or (
                len(values) == 4 and sum(values.values(), Decimal(0)) == year.nilai
            ):
                continue
            listed = "/".join(_bulat(values[k]) if k in values else "–" for k in (1, 2, 3, 4))
            yield Temuan(
                codes.REVIU_TRIWULAN,
                tabel.tempat(nomor, quarters[4].indeks),
                f"{besaran} triwulan {listed} tidak sesuai dengan {besaran} tahunan "
                f"{year.teks}: TW IV berbeda"
                + (
                    f" dan jumlahnya {_bulat(sum(values.values(), Decimal(0)))}"
                    if len(values) == 4
                    else ""
                ),
            )


def periksa_judul_kolom(tabel: Tabel, kolom: list[Kolom]) -> Iterator[Temuan]:
    """LK615: a column holding figures under no header."""
    if tabel.header == 0:
        return
    for k in kolom:
        if k.label.strip():
            continue
        filled = [n for n, row in tabel.baris_data() if angka_sel(row[k.indeks]) is not None]
        if filled:
            yield Temuan(
                codes.REVIU_KOLOM_TANPA_JUDUL,
                tabel.tempat(filled[0], k.indeks),
                f"kolom ke-{k.indeks + 1} berisi angka di {len(filled)} baris tetapi tidak "
                f"berjudul: baris data lebih lebar dari judul tabel",
            )


def periksa_tabel(tabel: Tabel) -> Iterator[Temuan]:
    kolom = kolom_tabel(tabel)
    for check in (
        periksa_capaian,
        periksa_serapan,
        periksa_rumus,
        periksa_jumlah,
        periksa_triwulan,
        periksa_judul_kolom,
    ):
        yield from check(tabel, kolom)
