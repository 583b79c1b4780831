"""The checks of the paragraphs: percentages of amounts typed before them, written formulas,
averages, counts, categories, dates, and pagu/realisasi pairs told the other way round.

Each number is read in its context (`lkjip.checks.konteks`): the words between the previous
number and this one say what quantity it is (pagu, realisasi, capaian, …).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from lkjip import codes, idfmt
from lkjip.checks import konteks
from lkjip.checks.konteks import Bilangan, cetak, jumlah_rupiah, sama_dicetak
from lkjip.reviu.dokumen import Dokumen, Paragraf, Sel, Tabel
from lkjip.reviu.kolom import angka_sel, baris_jumlah, kolom_tabel, normal, subjek
from lkjip.reviu.periksa_banding import periksa_perbandingan, periksa_rujukan, periksa_selisih
from lkjip.reviu.periksa_tabel import Temuan

_PERSEN = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?%")


def _persen(m: re.Match[str]) -> Bilangan | None:
    return konteks.baca(m.group(1))


_KALIMAT_BARU = re.compile(r"[.!?]\s+(?=[A-Z])|;\s*")


def periksa_rasio(p: Paragraf) -> Iterator[Temuan]:
    """LK603: a percentage right after two amounts is the share of one in the other."""
    amounts = jumlah_rupiah(p.teks)
    for m in _PERSEN.finditer(p.teks):
        # the amounts of the percentage's own sentence
        starts = [b.end() for b in _KALIMAT_BARU.finditer(p.teks, 0, m.start())]
        start = starts[-1] if starts else 0
        before = [a for a in amounts if a.end <= m.start()]
        own = [a for a in before if start <= a.start]
        pct = _persen(m)
        if pct is None or len(before) < 2:
            continue
        # a pair of the sentence, or a pagu told just before the sentence of its realisasi
        told_before = len(own) == 1 and (before[-2].peran, own[0].peran) == ("pagu", "realisasi")
        if len(own) < 2 and not told_before:
            continue
        a, b = before[-2], before[-1]
        if p.teks[b.end : m.start()].count(" ") > 6:
            continue  # the percentage is not stated of these amounts
        pagu, real = konteks.pagu_realisasi(a, b)
        if pagu.nilai == 0:
            continue
        value = real.nilai / pagu.nilai * 100
        if sama_dicetak(value, pct):
            continue
        swapped = pagu.nilai / real.nilai * 100 if real.nilai else None
        pesan = (
            f'"{m.group(0)}" tidak sama dengan realisasi {cetak(real.nilai, 0)} / pagu '
            f"{cetak(pagu.nilai, 0)} × 100 = {cetak(value, max(pct.desimal, 2))}"
        )
        if swapped is not None and real.nilai > pagu.nilai:
            pesan += f" (bila pagu dan realisasi ditukar: {cetak(swapped, max(pct.desimal, 2))})"
        yield Temuan(codes.REVIU_PERSEN, p.tempat, pesan)


_RUMUS = re.compile(
    r"(?<![\d.,])(\d[\d.,]*)\s*/\s*(\d[\d.,]*)\s*[x×]\s*100\s*%?\s*=\s*(\d[\d.,]*)\s*%"
)


def periksa_rumus_tertulis(p: Paragraf) -> Iterator[Temuan]:
    """LK603: a written calculation "a / b × 100% = c%"."""
    for m in _RUMUS.finditer(p.teks):
        a, b, c = (konteks.baca(m.group(k)) for k in (1, 2, 3))
        if a is None or b is None or c is None or b.nilai == 0:
            continue
        value = a.nilai / b.nilai * 100
        if not sama_dicetak(value, c):
            yield Temuan(
                codes.REVIU_PERSEN,
                p.tempat,
                f'"{m.group(0)}": {a.teks} / {b.teks} × 100 = {cetak(value, max(c.desimal, 2))}'
                f", bukan {c.teks}",
            )


def periksa_tertukar(p: Paragraf, peran_lain: dict[Decimal, set[str]]) -> Iterator[Temuan]:
    """LK614: an amount called pagu here that is realisasi elsewhere, with a "realisasi" above
    it: the pair is told the other way round."""
    amounts = jumlah_rupiah(p.teks)
    for a, b in zip(amounts, amounts[1:], strict=False):
        if (a.peran, b.peran) != ("pagu", "realisasi") or b.nilai <= a.nilai:
            continue
        if "realisasi" in peran_lain.get(a.nilai, set()) or "pagu" in peran_lain.get(
            b.nilai, set()
        ):
            yield Temuan(
                codes.REVIU_TERTUKAR,
                p.tempat,
                f"{cetak(a.nilai, 0)} disebut pagu dan {cetak(b.nilai, 0)} realisasi "
                f"(realisasi melebihi pagu), padahal di bagian lain dokumen "
                f"{cetak(a.nilai, 0)} adalah realisasi dan {cetak(b.nilai, 0)} pagunya",
            )


def peran_dokumen(dokumen: Dokumen) -> dict[Decimal, list[tuple[int, str]]]:
    """Every amount of the paragraphs with its role and paragraph number."""
    out: dict[Decimal, list[tuple[int, str]]] = {}
    for p in dokumen.paragraf:
        for a in jumlah_rupiah(p.teks):
            if a.peran:
                out.setdefault(a.nilai, []).append((p.nomor, a.peran))
    return out


# --- averages --------------------------------------------------------------------------------


def capaian_indikator(dokumen: Dokumen) -> dict[str, Decimal]:
    """The capaian of every indicator, recomputed from the realisasi and target the first
    performance table prints (the formula the printed capaian fits; realisasi / target when
    none fits)."""
    from lkjip.reviu.periksa_tabel import _pasangan, _rumus_capaian

    for tabel in dokumen.tabel:
        kolom = kolom_tabel(tabel)
        for c in kolom:
            if c.besaran != konteks.CAPAIAN or c.uang or c.renstra:
                continue
            t_col, r_col = (
                _pasangan(kolom, c, konteks.TARGET),
                _pasangan(kolom, c, konteks.REALISASI),
            )
            if t_col is None or r_col is None or (c.periode and c.periode[0] == "triwulan"):
                continue
            out: dict[str, Decimal] = {}
            for _, row in tabel.baris_data():
                who = subjek(row, kolom, uang=False)
                t, r, p = (angka_sel(row[k.indeks]) for k in (t_col, r_col, c))
                if who is None or who[0] != "indikator" or t is None or r is None:
                    continue
                rumus = _rumus_capaian(r.nilai, t.nilai)
                if not rumus:
                    continue
                fit = next(
                    (v for _, v in rumus if p is not None and sama_dicetak(v, p)), rumus[0][1]
                )
                out.setdefault(normal(who[1]), fit)
            if len(out) >= 1:
                return out
    return {}


_RATA = re.compile(r"rata-rata\s+capaian[^%]{0,120}?(\d+(?:[.,]\d+)?)\s?%", re.IGNORECASE)


def periksa_rata_teks(p: Paragraf, capaian: dict[str, Decimal]) -> Iterator[Temuan]:
    """LK605: "rata-rata capaian … N%" against the mean of the indicators' capaian."""
    if not capaian:
        return
    mean = sum(capaian.values(), Decimal(0)) / len(capaian)
    for m in _RATA.finditer(p.teks):
        typed = konteks.baca(m.group(1))
        if typed is not None and not sama_dicetak(mean, typed):
            yield Temuan(
                codes.REVIU_RATA,
                p.tempat,
                f"rata-rata capaian {m.group(1)}% tidak sama dengan rata-rata capaian "
                f"{len(capaian)} indikator di tabel kinerja: {cetak(mean, 2)}%",
            )


# --- counts ----------------------------------------------------------------------------------

# "2 (dua) sasaran program" counts a lower level of a cascade, not the sasaran of the tables.
_HITUNG = re.compile(
    r"(?<![\d.,/])(\d{1,3})(?![\d.,]\d)\s*(?:\(\s*[A-Za-z ]+?\s*\)\s*)?"
    r"(bab|program(?: prioritas)?|sasaran(?: strategis)?|indikator(?: kinerja)?|"
    r"sub[ -]?kegiatan|kegiatan)\b",
    re.IGNORECASE,
)
_BAB = re.compile(r"^\s*BAB\s+([IVX]+)\b")
_SEBAGIAN = re.compile(
    r"indikator (?:ini|tersebut|kinerja tersebut)|mendukung|sasaran ini|"
    r"dalam rangka mencapai indikator",
    re.IGNORECASE,
)


# The capaian table of one level of a sasaran cascade: "Capaian Indikator Sasaran Program …".
_TABEL_TINGKAT = re.compile(r"Capaian Indikator Sasaran\s+(\w+)", re.IGNORECASE)


def hitungan_dokumen(dokumen: Dokumen) -> dict[str, int]:
    """What the document holds: BAB headings, program rows, sasaran and indicators; in a
    report with a capaian table per cascade level, also the sasaran of each level
    ("sasaran strategis", "sasaran program", …)."""
    out: dict[str, int] = {}
    per_tingkat: dict[str, set[str]] = {}
    indikator_tingkat: dict[str, set[str]] = {}
    bab = {m.group(1) for p in dokumen.paragraf if (m := _BAB.match(p.teks))}
    if bab:
        out["bab"] = len(bab)
    programs: set[str] = set()
    sasaran: list[int] = []
    indikator: list[int] = []
    for tabel in dokumen.tabel:
        kolom = kolom_tabel(tabel)
        names: dict[str, set[str]] = {"program": set(), "sasaran": set(), "indikator": set()}
        for k in kolom:
            if k.nama not in names:
                continue
            for _, row in tabel.baris_data():
                cell = row[k.indeks]
                if cell.lanjutan or cell.lebar > 1 or not cell.teks.strip():
                    continue
                if k.nama == "program":
                    names["program"] |= {
                        normal(x)
                        for x in re.findall(
                            r"\bProgram\s+[A-Z][^\n]*?(?=\s+\d+\.\s+Program\b|\s*\(Rp|\n|$)",
                            cell.teks,
                        )
                    }
                elif not re.match(r"^\s*(misi|tujuan|program)\b", cell.teks, re.IGNORECASE):
                    names[k.nama].add(normal(cell.teks))
        if len(names["program"]) > len(programs):
            programs = names["program"]
        if names["sasaran"]:
            sasaran.append(len(names["sasaran"]))
        tingkat = _TABEL_TINGKAT.search(tabel.judul_lengkap)
        if tingkat:
            key = f"sasaran {tingkat.group(1).casefold()}"
            per_tingkat.setdefault(key, set()).update(_sasaran_tabel_tingkat(tabel))
            indikator_tingkat.setdefault(f"indikator {key}", set()).update(names["indikator"])
        if names["indikator"]:
            indikator.append(len(names["indikator"]))
    if programs:
        out["program"] = len(programs)
        # "program prioritas": the programs of the sasaran, without the support program every
        # perangkat daerah runs (Program Penunjang Urusan Pemerintahan Daerah)
        out["program prioritas"] = len(
            {p for p in programs if not p.startswith("program penunjang")}
        )
    for key, counts in (("sasaran", sasaran), ("indikator", indikator)):
        if counts:
            out[key] = Counter(counts).most_common(1)[0][0]
    if len(per_tingkat) > 1:  # a cascade: each level counts its own sasaran, and all of them
        out |= {key: len(names) for key, names in per_tingkat.items()}
        out["sasaran"] = sum(len(names) for names in per_tingkat.values())
        # "indikator sasaran program": the indicators that level's table prints (its IKU)
        out |= {key: len(names) for key, names in indikator_tingkat.items() if names}
    if programs:
        out.update(_hitungan_kegiatan(dokumen, len(programs)))
    return out


def _sasaran_tabel_tingkat(tabel: Tabel) -> set[str]:
    """The sasaran of a cascade level's capaian table: the column headed "Sasaran …" (its
    level's name, "Sasaran Program", may read as a program column elsewhere)."""
    out: set[str] = set()
    for k, label in enumerate(tabel.kolom):
        if not re.match(r"sasaran\b", label.lstrip(), re.IGNORECASE):
            continue
        for _, row in tabel.baris_data():
            cell = row[k]
            if not (cell.lanjutan or cell.lebar > 1 or not cell.teks.strip()):
                out.add(normal(cell.teks))
    return out


def _kunci_hitungan(m: re.Match[str], sentence: str, hitungan: dict[str, int]) -> str:
    """What a count counts: "bab", "program prioritas", "indikator", "sasaran", or in a
    cascade the sasaran of one level ("1 sasaran program" → "sasaran program"), "kegiatan"
    and "sub kegiatan" (also written "subkegiatan", "sub-kegiatan")."""
    key = " ".join(m.group(2).casefold().replace("-", " ").split())
    if key == "subkegiatan":
        return "sub kegiatan"
    if key in ("program prioritas", "kegiatan", "sub kegiatan"):
        return key
    if key.startswith("sasaran"):
        kata = key.split()[1:] or re.findall(r"^\s+(\w+)", sentence[m.end() :])
        tingkat = f"sasaran {kata[0].casefold()}" if kata else ""
        if tingkat in hitungan or tingkat in _TINGKAT_BAWAH:
            return tingkat  # a lower level the document has no table of: not compared
    return key.split()[0]


# The lower levels of a cascade as reports name them: "2 sasaran program" is not a count of
# the sasaran of the tables, even where the document has no capaian table of that level.
_TINGKAT_BAWAH = frozenset({"sasaran program", "sasaran kegiatan", "sasaran sub"})


# What may stand between a level's sasaran and the count of its indicators:
# "1 sasaran program dengan 2 indikator", "… yang diukur dengan 2 indikator".
_PENGHUBUNG_TINGKAT = re.compile(r"^\s*(?:\w+\s+)?(?:yang\s+diukur\s+)?dengan\s*$", re.IGNORECASE)


# A row's level in a budget tree, by its code when it prints one (Permendagri 90/2019:
# program 7.01.02, kegiatan 7.01.02.2.01, sub kegiatan 7.01.02.2.01.0001) or by its number
# ("2", "2.1", "2.1.1").
_TINGKAT_KODE = {3: 1, 5: 2, 6: 3}


def _tingkat_baris(row: list[Sel]) -> int | None:
    texts = [c.teks.strip() for c in row[:3] if not c.lanjutan]
    for text in texts:
        m = re.fullmatch(r"(?<!\d)\d+\.\d{2}(?:\.\d+)+", text)  # "7.01.02", not the number "1.1.1"
        if m and text.count(".") + 1 in _TINGKAT_KODE:
            return _TINGKAT_KODE[text.count(".") + 1]
    m = re.fullmatch(r"(\d+(?:\.\d+)*)\.?", texts[0]) if texts else None
    return m.group(1).count(".") + 1 if m else None


def _hitungan_kegiatan(dokumen: Dokumen, programs: int) -> dict[str, int]:
    """The kegiatan and sub kegiatan of a budget table that lists all of them: a table whose
    first-level rows are every program of the document and where every program has kegiatan
    rows under it (every kegiatan its sub kegiatan rows, for the sub kegiatan). A report that
    lists some kegiatan only (the seed lists none of the support program's) gives no count."""
    out: dict[str, int] = {}
    for tabel in dokumen.tabel:
        levels = [
            level
            for _, row in tabel.baris_data()
            if not baris_jumlah(row) and (level := _tingkat_baris(row)) is not None
        ]
        if levels.count(1) != programs or not levels or levels[0] != 1:
            continue
        for level, key in ((2, "kegiatan"), (3, "sub kegiatan")):
            # every row of the level above is followed by at least one row of this level
            complete = all(
                nxt == level
                for here, nxt in zip(levels, [*levels[1:], 0], strict=True)
                if here == level - 1
            )
            if complete and level in levels and key not in out:
                out[key] = levels.count(level)
    return out


# The agency's program count before a kegiatan count: "5 (lima) program yang terdiri dari".
_JUMLAH_PROGRAM = re.compile(r"\b\d{1,3}\s*(?:\([A-Za-z ]+\)\s*)?program\b(?! prioritas)", re.I)


def periksa_bilangan(p: Paragraf, hitungan: dict[str, int]) -> Iterator[Temuan]:
    """LK608: "N Bab / program / sasaran / indikator" against what the document holds. In a
    cascade, "N sasaran program dengan M indikator" counts that level's indicators: M may not
    be fewer than its capaian table prints (the table lists its IKU, not every indicator)."""
    for sentence in re.split(r"(?<=[.;:])\s+", p.teks):
        if _SEBAGIAN.search(sentence):
            continue
        iku = bool(re.search(r"\butama\b|\bIKU\b", sentence, re.IGNORECASE))
        sebelum: tuple[str, int] | None = None  # the previous count's key and where it ends
        for m in _HITUNG.finditer(sentence):
            key = _kunci_hitungan(m, sentence, hitungan)
            tingkat, sebelum = sebelum, (key, m.end())
            if key == "indikator" and tingkat and tingkat[0].startswith("sasaran "):
                between = sentence[tingkat[1] : m.start()]
                if _PENGHUBUNG_TINGKAT.match(between):
                    if f"indikator {tingkat[0]}" in hitungan:
                        yield from _indikator_tingkat(p, m, f"indikator {tingkat[0]}", hitungan)
                    continue  # one level's indicators, of a level the tables do not show
            if key in ("kegiatan", "sub kegiatan") and not _JUMLAH_PROGRAM.search(
                sentence, 0, m.start()
            ):
                continue  # "dilaksanakan melalui 2 kegiatan": one program's, not the report's
            actual = hitungan.get(key)
            if key == "indikator" and iku:
                continue  # IKU may be some of the indicators: the tables do not say which
            n = int(m.group(1))
            if actual is not None and n != actual:
                yield Temuan(
                    codes.REVIU_BILANGAN,
                    p.tempat,
                    f'"{m.group(0).strip()}", padahal dokumen memuat {actual} {key}',
                )


def _indikator_tingkat(
    p: Paragraf, m: re.Match[str], key: str, hitungan: dict[str, int]
) -> Iterator[Temuan]:
    """LK608: a level's indicator count fewer than its capaian table prints."""
    n, printed = int(m.group(1)), hitungan[key]
    if n < printed:
        yield Temuan(
            codes.REVIU_BILANGAN,
            p.tempat,
            f'"{m.group(0).strip()}", padahal tabel capaian {key.removeprefix("indikator ")} '
            f"memuat {printed} indikator",
        )


def periksa_bilangan_tabel(tabel: Tabel, hitungan: dict[str, int]) -> Iterator[Temuan]:
    """LK608: a column "Jumlah Program" against the program rows of the document."""
    for k, label in enumerate(tabel.kolom):
        m = re.search(r"jumlah\s+(program|sasaran|indikator)", label, re.IGNORECASE)
        if not m or m.group(1).casefold() not in hitungan:
            continue
        actual = hitungan[m.group(1).casefold()]
        for nomor, row in tabel.baris_data():
            v = angka_sel(row[k])
            if v is not None and v.nilai != actual:
                yield Temuan(
                    codes.REVIU_BILANGAN,
                    tabel.tempat(nomor, k),
                    f"jumlah {m.group(1).lower()} {v.teks}, padahal dokumen memuat {actual}",
                )


# --- categories ------------------------------------------------------------------------------

_PITA = re.compile(r"(?<![\d,])(\d+(?:,\d+)?)\s*(?:≤|<=)\s*C|C\s*(?:≥|>=)\s*(\d+(?:,\d+)?)")


def skala_dokumen(dokumen: Dokumen) -> list[tuple[Decimal, str]] | None:
    """The scale the report states: a table of intervals ("76 ≤ C < 91") and categories,
    as (lower bound, category) from the highest band; None when it states none."""
    for tabel in dokumen.tabel:
        cat = next(
            (
                k
                for k, lb in enumerate(tabel.kolom)
                if re.search(r"kategori|predikat", lb, re.IGNORECASE)
            ),
            None,
        )
        if cat is None:
            continue
        bands: list[tuple[Decimal, str]] = []
        for _, row in tabel.baris_data():
            label = row[cat].teks.strip()
            for cell in row:
                m = _PITA.search(cell.teks)
                if m and label:
                    bands.append((Decimal((m.group(1) or m.group(2)).replace(",", ".")), label))
                    break
                if re.search(r"C\s*<\s*\d", cell.teks) and label:
                    bands.append((Decimal("-Infinity"), label))
                    break
        if len(bands) >= 2:
            return sorted(bands, key=lambda b: b[0], reverse=True)
    return None


# "kategori <label>", ended by punctuation or by "menurut <scale>"; "kategori capaian …" names
# the notion, not a label.
_KATEGORI = re.compile(
    r"(?<!skala )kategori\s*[\"“”']?\s*(?!capaian\b)([A-Za-z][A-Za-z ]*?)\s*[\"“”']?"
    r"(?=[\s)]*[.,;)]|$|\s*menurut\s)",
    re.IGNORECASE,
)
# "… menurut Skala Penyerapan …": a label of the budget absorption scale, which the report
# states by name but does not print as a table of bands. Matched where a "kategori" match
# ends (after its spaces); the bounded name keeps it linear on hostile text.
_SKALA_SERAPAN = re.compile(r"menurut\s[^.;)]{0,150}?\b(?:se|penye)rapan\b", re.IGNORECASE)


# "kategori Baik menurut Skala Kinerja Dinas": the label, then the scale it is read on.
# Searched from a word boundary, not from the spaces before it: "\s+menurut" tries every
# space of a long run as a start, which is quadratic on hostile text.
_MENURUT = re.compile(r"\bmenurut\s+(.*)$", re.IGNORECASE)


def periksa_kategori(p: Paragraf, skala: list[tuple[Decimal, str]] | None) -> Iterator[Temuan]:
    """LK609: a category the stated scale does not give for the capaian beside it. A label
    named "menurut" a scale of budget absorption ("menurut Skala Serapan Anggaran") is read on
    that scale, which the capaian scale does not describe: it is not checked."""
    if not re.search(r"\d", p.teks):
        return  # a title ("Skala Kategori Capaian Kinerja"), not a statement of a category
    for m in _KATEGORI.finditer(p.teks):
        if _SKALA_SERAPAN.match(p.teks, m.end()):
            continue
        label = " ".join(m.group(1).split())
        menurut = _MENURUT.search(label)
        if menurut:
            label = label[: menurut.start()].rstrip()
            if re.search(r"serapan|penyerapan|anggaran", menurut.group(1), re.IGNORECASE):
                continue
        if skala is None:
            yield Temuan(
                codes.REVIU_KATEGORI,
                p.tempat,
                f'kategori "{label}" disebut, tetapi laporan tidak menyatakan skala kategori '
                f"capaiannya",
            )
            continue
        labels = {b[1].casefold() for b in skala}
        if label.casefold() not in labels:
            yield Temuan(
                codes.REVIU_KATEGORI,
                p.tempat,
                f'kategori "{label}" bukan label skala laporan ({", ".join(b[1] for b in skala)})',
            )
            continue
        before = list(_PERSEN.finditer(p.teks, 0, m.start()))
        value = konteks.baca(before[-1].group(1)) if before else None
        if value is None:
            continue
        expected = next((b[1] for b in skala if value.nilai >= b[0]), skala[-1][1])
        if expected.casefold() != label.casefold():
            yield Temuan(
                codes.REVIU_KATEGORI,
                p.tempat,
                f'capaian {before[-1].group(0)} berkategori "{expected}" menurut skala '
                f'laporan, bukan "{label}"',
            )


# --- dates -----------------------------------------------------------------------------------

_BULAN = {b.casefold(): k for k, b in enumerate(idfmt.BULAN, start=1)}
_TANGGAL = re.compile(
    r"^(?:[A-Z][\w ]{1,30},|pada tanggal,?|ditetapkan di [\w ]+ pada tanggal,?)\s*"
    r"(\d{1,2}\s+)?(" + "|".join(idfmt.BULAN) + r")\s+(\d{4}),?$",
    re.IGNORECASE,
)


def tahun_laporan(dokumen: Dokumen) -> int | None:
    """The report's year: the first "Tahun N" of its first paragraphs (the cover)."""
    for p in dokumen.paragraf[:15]:
        m = re.search(r"\bTahun\s+(20\d\d)\b", p.teks, re.IGNORECASE)
        if m:
            return int(m.group(1))
    return None


def periksa_tanggal(p: Paragraf, tahun: int, triwulan_iv: bool) -> Iterator[Temuan]:
    """LK610: the report signed before its year ended; an evaluation holding TW IV dated
    before 31 December; an RKT of year N dated in N."""
    m = _TANGGAL.match(p.teks.strip())
    if not m:
        return
    month = _BULAN[m.group(2).casefold()]
    day = int(m.group(1)) if m.group(1) else 1
    try:
        date = dt.date(int(m.group(3)), month, day)
    except ValueError:
        return
    bagian = p.bagian.upper()
    shown = m.group(0).strip().rstrip(",")
    if re.search(r"KATA PENGANTAR|IKHTISAR|PENUTUP", bagian) and date <= dt.date(tahun, 12, 31):
        yield Temuan(
            codes.REVIU_TANGGAL,
            p.tempat,
            f'laporan tahun {tahun} ditandatangani "{shown}", sebelum tahun {tahun} berakhir',
        )
    elif "EVALUASI" in bagian and triwulan_iv and date < dt.date(tahun, 12, 31):
        yield Temuan(
            codes.REVIU_TANGGAL,
            p.tempat,
            f'evaluasi yang memuat triwulan IV {tahun} bertanggal "{shown}", sebelum '
            f"triwulan itu berakhir (31 Desember {tahun})",
        )
    elif "RENCANA KINERJA TAHUNAN" in bagian and date >= dt.date(tahun, 1, 1):
        yield Temuan(
            codes.REVIU_TANGGAL,
            p.tempat,
            f'Rencana Kinerja Tahunan {tahun} bertanggal "{shown}", setelah tahun itu dimulai',
        )


# --- notation --------------------------------------------------------------------------------


def periksa_notasi(p: Paragraf) -> Iterator[Temuan]:
    """LK611: a percentage or an amount in English notation ("80.5%", "Rp1,103,336,776")."""
    pattern = re.compile(
        r"(?<![\d.,])(\d+\.\d{1,2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s?%|"
        r"\bRp\.?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?)"
    )
    for m in pattern.finditer(p.teks):
        yield Temuan(
            codes.REVIU_NOTASI,
            p.tempat,
            f'"{m.group(0).strip()}" ditulis dengan notasi Inggris; tulis cara Indonesia '
            f"(titik pemisah ribuan, koma desimal)",
        )


def periksa_paragraf(dokumen: Dokumen) -> Iterator[Temuan]:
    peran = peran_dokumen(dokumen)
    capaian = capaian_indikator(dokumen)
    hitungan = hitungan_dokumen(dokumen)
    skala = skala_dokumen(dokumen)
    tahun = tahun_laporan(dokumen)
    triwulan_iv = False
    for blok in dokumen.blok:
        if isinstance(blok, Tabel):
            triwulan_iv = any(
                re.search(r"(?:tw|tri\s?wulan)\s*(?:iv|4)\b", k, re.IGNORECASE) for k in blok.kolom
            )
            yield from periksa_bilangan_tabel(blok, hitungan)
            continue
        p = blok
        yield from periksa_rasio(p)
        yield from periksa_rumus_tertulis(p)
        others = {v: {r for n, r in uses if n != p.nomor} for v, uses in peran.items()}
        yield from periksa_tertukar(p, others)
        if hitungan.get("sasaran", 1) == 1:  # the OPD's mean is the mean of its sasaran's
            yield from periksa_rata_teks(p, capaian)
        yield from periksa_bilangan(p, hitungan)
        yield from periksa_kategori(p, skala)
        yield from periksa_notasi(p)
        yield from periksa_selisih(p)
        yield from periksa_perbandingan(p)
        if tahun is not None:
            yield from periksa_tanggal(p, tahun, triwulan_iv)
    yield from periksa_rujukan(dokumen)
