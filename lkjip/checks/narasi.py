"""LK36x: the prose in narasi/*.md — numbers that should be placeholders, counts, names.

Positions are computed on the raw Markdown text; anything inside Jinja delimiters
(`{{ … }}`, `{% … %}`, `{# … #}`) is ignored, because it is already computed. The numeric
rules compare what is typed with the figures calc computed for the run, which they receive
with the narrative files in one `Prose` object (`lkjip.checks.prose`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from lkjip import idfmt
from lkjip.calc.results import Anggaran, Hasil, HasilIndikator, Jumlah
from lkjip.checks import konteks
from lkjip.checks._util import num
from lkjip.checks.prose import Prose, ProseFile
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Location, Severity, diag
from lkjip.model import Project
from lkjip.terbilang import BATAS as terbilang_batas
from lkjip.terbilang import terbilang

_RUPIAH = re.compile(r"\bRp\.? ?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2})|,-)?")
_HITUNG = re.compile(
    r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d)\s*(?:\(\s*([A-Za-z ]+?)\s*\)\s*)?"
    r"(sub[ -]kegiatan|kegiatan|program|bab|sasaran|indikator kinerja utama|iku|indikator)\b",
    re.IGNORECASE,
)
_KECAMATAN = re.compile(r"\bKecamatan((?:\s+[A-Z][\w-]*)+)")
_STOP = {
    "dalam", "dan", "di", "se", "sebagai", "yang", "untuk", "pada", "tahun", "kota", "kabupaten",
    "serta", "atau", "adalah", "dengan", "oleh", "ini", "tersebut", "itu", "agar", "juga",
    "dari", "ke", "bagi", "terhadap", "camat", "kelurahan", "nomor", "kecamatan",
}  # fmt: skip


# ---------------------------------------------------------------- typed numbers ---------


@dataclass(frozen=True)
class Angka:
    """A number typed in the prose and what the rules made of it."""

    code: str  # LK361, LK362 or LK363
    location: Location
    message: str
    subject: str | None = None  # the number as typed ("97,02%"): what `pengakuan` names


def _anggaran_nodes(hasil: Hasil) -> Iterator[tuple[str, Anggaran]]:
    yield "total anggaran", hasil.total
    yield "anggaran pendukung sasaran", hasil.pendukung
    for kode, p in hasil.program.items():
        yield f"program {kode}", p.anggaran
        for k in p.kegiatan:
            yield f"kegiatan {k.kode}", k.anggaran
            for sub in k.sub_kegiatan:
                yield f"sub kegiatan {sub.kode}", sub.anggaran
    for sid, sas in hasil.sasaran.items():
        if sas.anggaran is not None:
            yield f"anggaran sasaran {sid}", sas.anggaran
    for iid, i in hasil.indikator.items():
        if i.anggaran is not None:
            yield f"anggaran indikator {iid}", i.anggaran


# Computed figures by kind ("capaian", "serapan", …; "semua" = all), each with its label.
Pools = dict[str, list[tuple[str, Decimal]]]


def _percent_values(hasil: Hasil) -> dict[str, list[tuple[str, Decimal]]]:
    """Computed percentages by kind: capaian, rata (rollups), serapan; 'semua' = all numbers."""
    out: dict[str, list[tuple[str, Decimal]]] = {"capaian": [], "rata": [], "serapan": []}
    extra: list[tuple[str, Decimal]] = []

    def add(kind: str, label: str, value: Decimal | None) -> None:
        if isinstance(value, Decimal):
            out[kind].append((label, value))

    add("rata", "capaian rata-rata OPD", hasil.capaian_opd.nilai)
    for sid, s in hasil.sasaran.items():
        add("rata", f"capaian sasaran {sid}", s.capaian.nilai)
        for e in (s.efisiensi,):
            add("serapan", f"penyerapan sasaran {sid}", e.serapan)
            if e.nilai is not None:
                extra.append((f"efisiensi sasaran {sid}", e.nilai))
    for iid, i in hasil.indikator.items():
        add("capaian", f"capaian {iid}", i.capaian.nilai)
        add("capaian", f"capaian {iid} terhadap target akhir Renstra", i.capaian_renstra.nilai)
        for r in i.riwayat:
            add("capaian", f"capaian {iid} tahun {r.tahun}", r.capaian.nilai)
            for label, v in (("realisasi", r.realisasi), ("target", r.target)):
                if (n := num(v)) is not None:
                    extra.append((f"{label} {iid} tahun {r.tahun}", n))
        for t in i.triwulan:
            add("capaian", f"capaian {iid} TW {t.triwulan}", t.capaian.nilai)
            for label, v in (("realisasi", t.realisasi), ("target", t.target)):
                if (n := num(v)) is not None:
                    extra.append((f"{label} {iid} TW {t.triwulan}", n))
        for label, v in (("realisasi", i.realisasi), ("target", i.target)):
            if (n := num(v)) is not None:
                extra.append((f"{label} {iid}", n))
        p = i.perubahan
        if p is not None and p.persen is not None and p.selisih is not None:
            extra.append((f"perubahan {iid}", abs(p.persen)))
            extra.append((f"selisih {iid}", abs(p.selisih)))
    if hasil.efisiensi.nilai is not None:
        extra.append(("efisiensi OPD", hasil.efisiensi.nilai))
    for label, a in _anggaran_nodes(hasil):
        add("serapan", f"penyerapan {label}", a.serapan)
    out["semua"] = out["capaian"] + out["rata"] + out["serapan"] + extra
    # A capaian of 10^38 % (realisation 10^17 against a target of 10^-18) is no figure anyone
    # types, and rounding it for display would exceed Decimal's precision.
    return {kind: [(lb, v) for lb, v in pool if _wajar(v)] for kind, pool in out.items()}


def _wajar(value: Decimal) -> bool:
    return value.is_finite() and abs(value) < _NILAI_MAKS


_NILAI_MAKS = Decimal(10) ** 18
_DESIMAL_MAKS = 6  # more decimals than anyone types; comparing them would exceed the precision


def _money_values(project: Project, hasil: Hasil) -> dict[str, list[tuple[str, Decimal]]]:
    out: dict[str, list[tuple[str, Decimal]]] = {"pagu": [], "realisasi": [], "sisa": []}
    for label, a in _anggaran_nodes(hasil):
        out["pagu"].append((f"pagu {label}", a.pagu))
        if a.realisasi is not None:
            out["realisasi"].append((f"realisasi {label}", a.realisasi))
        if a.sisa is not None:
            out["sisa"].append((f"sisa {label}", a.sisa))
    for pk in project.kinerja.perjanjian_kinerja:
        if pk.jumlah is not None:
            out["pagu"].append((f"jumlah PK {pk.jenis.value}", pk.jumlah))
        for ap in pk.anggaran:
            out["pagu"].append((f"anggaran PK program {ap.program}", ap.pagu))
            out["pagu"].extend((f"anggaran PK {ak.kode}", ak.pagu) for ak in ap.kegiatan)
    if hasil.pk_total is not None:
        out["pagu"].append(("jumlah anggaran PK", hasil.pk_total))
    for s in hasil.selisih_pk:
        out["sisa"].append((f"selisih PK {s.kode}", abs(s.selisih)))
    out["semua"] = out["pagu"] + out["realisasi"] + out["sisa"]
    return out


# The kind of percentage the words before it announce (LK367 reads categories with it).
_CONTEXT_PERSEN = (
    ("rata", re.compile(r"rata-rata(?: capaian)?|rerata|capaian rata-rata", re.IGNORECASE)),
    ("serapan", re.compile(r"serap\w*|penyerapan|realisasi (?:keuangan|anggaran)", re.IGNORECASE)),
    ("capaian", re.compile(r"capaian|tercapai|mencapai", re.IGNORECASE)),
)
_CONTEXT_RUPIAH = (
    ("sisa", re.compile(r"\bsisa|selisih|efisiensi anggaran", re.IGNORECASE)),
    ("realisasi", re.compile(r"realisasi|terserap|penyerapan|dibelanjakan", re.IGNORECASE)),
    ("pagu", re.compile(r"pagu|anggar|dialokasikan|alokasi|tersedia", re.IGNORECASE)),
)
# Where a sentence ends: a blank line, a list item's start, or a stop before a capital.
_BATAS = re.compile(r"\n\s*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|[.!?:;]\s+(?=[A-Z*#-])")


def _context(
    text: str,
    start: int,
    floor: int,
    patterns: Iterable[tuple[str, re.Pattern[str]]],
    closest: bool,
) -> str | None:
    """The kind of figure announced by the words just before a number, within its sentence:
    the keyword nearest to the number (`closest`) or the first kind in `patterns` order."""
    lo = max(floor, start - 90)
    for b in _BATAS.finditer(text, lo, start):
        lo = b.end()
    window = text[lo:start]
    found: list[tuple[int, int, str]] = []
    for rank, (kind, pattern) in enumerate(patterns):
        ends = [m.end() for m in pattern.finditer(window)]
        if ends:
            found.append((max(ends) if closest else 0, -rank, kind))
    return max(found)[2] if found else None


_PLACEHOLDER = "tulis sebagai placeholder {{ … | persen }}"
_PLACEHOLDER_RP = "tulis sebagai placeholder {{ … | rupiah }}"

# A percentage as typed, Indonesian ("96,99%") or English ("80.5%") notation.
_PERSEN_KETIK = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?) ?%")
# A bare capaian typed after its word, without "%": "capaian 103,2".
_CAPAIAN_POLOS = re.compile(
    r"\bcapaian(?:\s+kinerja)?(?:\s+(?:sebesar|adalah|yaitu|mencapai))?\s+"
    r"(\d+(?:,\d+)?)(?![\d.,]*\d)(?!\s*%)",
    re.IGNORECASE,
)
_KALI_SERATUS = re.compile(r"[x×*]\s*$")  # "… × 100 %": the formula's factor, no figure


def typed_numbers(prose: Prose) -> list[Angka]:
    """Every typed percentage and Rupiah amount, classified (LK361–LK363, LK391, LK392 share
    one pass: ask through `prose.shared(typed_numbers)`)."""
    semua = _Semua(_percent_values(prose.hasil)["semua"])
    uang = _money_values(prose.project, prose.hasil)
    out: list[Angka] = []
    for f in prose.files:
        out.extend(_typed_in_file(prose, f, semua, uang))
    return out


def _typed_in_file(prose: Prose, f: ProseFile, semua: _Semua, uang: Pools) -> Iterator[Angka]:
    text = f.text
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for m in _PERSEN_KETIK.finditer(text):
        if not _KALI_SERATUS.search(text, max(0, m.start() - 4), m.start()):
            found.append((m.start(), m.end(), "%", m))
    found += [(m.start(), m.end(), "Rp", m) for m in _RUPIAH.finditer(text)]
    found += [(m.start(1), m.end(1), "polos", m) for m in _CAPAIAN_POLOS.finditer(text)]
    found.sort(key=lambda item: item[0])
    floor = 0
    for start, end, kind, m in found:
        line, col = f.position(start)
        where = Location(f.file, line, col)
        shown = m.group(0).strip() if kind != "polos" else m.group(1)
        if kind == "Rp":
            found_rp = _classify_rupiah(m, shown, text, floor, uang, where)
            yield replace(found_rp, subject=shown)
        else:
            typed = konteks.baca(m.group(1))
            if typed is not None:
                if typed.notasi == konteks.EN:
                    yield Angka("LK392", where, f'"{shown}" ditulis dengan notasi Inggris; tulis '
                                f"{konteks.cetak(typed.nilai, typed.desimal)}%", shown)  # fmt: skip
                sentence = _kalimat(text, floor, start)
                period = _periode(sentence, text[max(floor, start - len(sentence)) : start],
                                  text[end : end + 30])  # fmt: skip
                angka = _classify(prose, f, typed, shown, sentence, period, where, semua)
                if angka is not None and not (kind == "polos" and angka.code != "LK361"):
                    yield replace(angka, subject=shown)
        floor = end


_TAHUN_SESUDAH = re.compile(r"^\W{0,3}(?:pada|di|tahun|th\.?)\s+(?:tahun\s+)?(20\d\d)\b", re.I)


def _periode(sentence: str, clause: str, after: str) -> tuple[str, int] | None:
    """The period a number is of: a year right after it ("103,30% pada 2022"), else the one
    named since the previous number ("… 2021 … 100,85%, naik menjadi 103,30%" is not of
    2021), else the sentence's."""
    m = _TAHUN_SESUDAH.match(after)
    if m:
        return ("tahun", int(m.group(1)))
    if len(clause) < len(sentence):
        return konteks.periode(clause)
    return konteks.periode(sentence)


def _kalimat(text: str, floor: int, start: int) -> str:
    """The words of the sentence before a number (at most 160 characters back)."""
    lo = max(0, start - 160)
    for b in _BATAS.finditer(text, lo, start):
        lo = b.end()
    return text[lo:start]


# What may stand between "… Rp<realisasi>" and the percentage that states it as a share of the
# pagu typed just before: "Rp125.645.000 dengan realisasi Rp119.375.000 atau 100%".
# A word is followed by its own spaces, so no two runs of spaces meet (linear under fullmatch).
_RASIO_SELA = re.compile(r"[\s,]*(?:(?:atau|\(|yaitu|sebesar|=)\s*)?")


def _classify(
    prose: Prose,
    f: ProseFile,
    typed: konteks.Bilangan,
    shown: str,
    sentence: str,
    period: tuple[str, int] | None,
    where: Location,
    semua: _Semua,
) -> Angka | None:
    """LK361 when the figure the number states is certain and it is wrong; LK391 (a warning)
    when it is uncertain and close to a computed figure; LK363 otherwise."""
    if typed.desimal > _DESIMAL_MAKS or not _wajar(typed.nilai):
        return Angka("LK363", where, f'persentase "{shown}" diketik di narasi; {_PLACEHOLDER}')
    ratio = _rasio(typed, shown, sentence, where)
    if ratio is not None:
        return ratio
    certain = _rujukan(prose, f, sentence, period)
    if certain:
        label, value = certain[0]
        if _sama(value, typed):
            return Angka("LK363", where, f'persentase "{shown}" diketik di narasi, sama dengan '
                         f"{label}; {_PLACEHOLDER}")  # fmt: skip
        return Angka(
            "LK361",
            where,
            f'persentase "{shown}" di narasi bertentangan dengan {label} yang dihitung: '
            f"{idfmt.persen(value)}",
        )
    same = semua.sama(typed)
    if same:
        return Angka("LK363", where, f'persentase "{shown}" diketik di narasi, sama dengan '
                     f"{same}; {_PLACEHOLDER}")  # fmt: skip
    near = min(semua.pool, key=lambda lv: abs(lv[1] - typed.nilai), default=None)
    if near is not None and abs(near[1] - typed.nilai) < 1:
        return Angka(
            "LK391",
            where,
            f'persentase "{shown}" di narasi mendekati {near[0]} yang dihitung '
            f"({idfmt.persen(near[1])}), tetapi kalimatnya tidak menyebut pasti angka apa itu; "
            f"{_PLACEHOLDER}",
        )
    return Angka("LK363", where, f'persentase "{shown}" diketik di narasi; {_PLACEHOLDER}')


class _Semua:
    """Every computed figure of the run, with tables of them rounded to a number of decimals,
    built on first use: a narrative typed full of numbers is compared in linear time, not in
    figures × numbers roundings. Lives for one `typed_numbers` pass only."""

    def __init__(self, pool: list[tuple[str, Decimal]]) -> None:
        self.pool = pool
        self._tables: dict[int, dict[Decimal, str]] = {}

    def sama(self, typed: konteks.Bilangan) -> str | None:
        """The first figure the typed number states as printed (see `_sama`)."""
        places = [typed.desimal]
        if format(typed.nilai, "f").partition(".")[2].endswith("0"):
            places.append(typed.desimal - 1)
        for d in places:
            label = self._table(d).get(typed.nilai)
            if label is not None:
                return label
        return None

    def _table(self, places: int) -> dict[Decimal, str]:
        if places not in self._tables:
            table: dict[Decimal, str] = {}
            for label, value in self.pool:
                table.setdefault(idfmt.bulatkan(value, places), label)
            self._tables[places] = table
        return self._tables[places]


def _sama(value: Decimal, typed: konteks.Bilangan) -> bool:
    """The figure as printed: rounded half-up to the typed decimals, or to one fewer when the
    last typed decimal is a zero (73,30 for 73,3: one decimal printed with two). "92,00" for
    91,81 stays wrong: 91,8 is not 92,0."""
    if konteks.sama_dicetak(value, typed):
        return True
    digits = format(typed.nilai, "f").partition(".")[2]
    return digits.endswith("0") and konteks.sama_dicetak(value, typed.nilai, typed.desimal - 1)


def _rasio(typed: konteks.Bilangan, shown: str, sentence: str, where: Location) -> Angka | None:
    """A percentage right after two amounts of one sentence is realisasi / pagu × 100 of them
    (seed E12: Rp119.375.000 of Rp125.645.000 "100%", E13: "92,00%"); None when it is not."""
    if "Rp" not in sentence and "rp" not in sentence and not re.search(r"\d\.\d{3}\.", sentence):
        return None  # no amount in the sentence: spare reading them for every number
    amounts = konteks.jumlah_rupiah(sentence)
    if len(amounts) < 2 or not _RASIO_SELA.fullmatch(sentence, amounts[-1].end):
        return None
    pagu, realisasi = konteks.pagu_realisasi(amounts[-2], amounts[-1])
    if pagu.nilai <= 0 or not (_wajar(pagu.nilai) and _wajar(realisasi.nilai)):
        return None
    value = realisasi.nilai / pagu.nilai * 100
    if not _wajar(value):
        return None
    pair = f"{idfmt.rupiah(realisasi.nilai)} dari {idfmt.rupiah(pagu.nilai)}"
    if _sama(value, typed):
        return Angka("LK363", where, f'persentase "{shown}" diketik di narasi, sama dengan '
                     f"{pair}; {_PLACEHOLDER}")  # fmt: skip
    return Angka(
        "LK361",
        where,
        f'persentase "{shown}" di narasi tidak sama dengan {pair} yang ditulis sebelumnya: '
        f"{idfmt.persen(value)}",
    )


_RENSTRA = re.compile(r"renstra|jangka menengah|target akhir|rencana strategis", re.IGNORECASE)
_SELURUH = re.compile(r"\btotal\b|keseluruhan|seluruh", re.IGNORECASE)


def _rujukan(
    prose: Prose, f: ProseFile, sentence: str, period: tuple[str, int] | None
) -> list[tuple[str, Decimal]]:
    """The computed figure a typed percentage states, when its sentence says for certain which
    one: the quantity (capaian, rata-rata, serapan, efisiensi), the subject (an indicator by id
    or name, or the indicator whose narrative file this is; a program or kegiatan by code or
    name; the sasaran; the whole instansi) and the period (an earlier year, a quarter). Every
    reading left must give the same figure; otherwise the referent is uncertain: []."""
    hasil, kind = prose.hasil, konteks.besaran(sentence)
    if period == ("tahun", prose.project.laporan.tahun):
        period = None
    found = _figures(prose, f, sentence, kind, period)
    values = {idfmt.bulatkan(v, 6) for _, v in found}
    return found[:1] if found and len(values) == 1 and hasil is not None else []


def _figures(
    prose: Prose, f: ProseFile, sentence: str, kind: str | None, period: tuple[str, int] | None
) -> list[tuple[str, Decimal]]:
    hasil, low = prose.hasil, sentence.casefold()
    if kind not in _BESARAN_PERSEN:
        return []
    inds = [
        i for i in hasil.indikator.values()
        if re.search(rf"\b{re.escape(i.id)}\b", sentence) or i.nama.casefold() in low
    ]  # fmt: skip
    if not inds and f.file.startswith("narasi/indikator/"):
        own = hasil.indikator.get(f.file.removeprefix("narasi/indikator/").removesuffix(".md"))
        inds = [own] if own is not None else []
    money = kind in (konteks.SERAPAN, konteks.REALISASI_RP)
    units = _anggaran_disebut(hasil, sentence) if money else []
    sasaran = "sasaran" in low
    out: list[tuple[str, Decimal | None]] = []
    if kind == konteks.RATA_RATA:
        out.append(("capaian rata-rata OPD", hasil.capaian_opd.nilai))
        out += [(f"capaian sasaran {s.id}", s.capaian.nilai) for s in hasil.sasaran.values()]
    elif kind in (konteks.CAPAIAN, konteks.REALISASI, konteks.TARGET) and len(inds) == 1:
        out.append(_figure_indikator(inds[0], kind, period, bool(_RENSTRA.search(sentence))))
    elif kind == konteks.CAPAIAN and (sasaran or f.file == "narasi/efisiensi.md") and not inds:
        out.append(("capaian rata-rata OPD", hasil.capaian_opd.nilai))
        out += [(f"capaian sasaran {s.id}", s.capaian.nilai) for s in hasil.sasaran.values()]
    elif kind in (konteks.SERAPAN, konteks.REALISASI_RP):
        if len(units) == 1:
            out.append((f"penyerapan {units[0][0]}", units[0][1].serapan))
        elif len(inds) == 1 and inds[0].anggaran is not None:
            out.append((f"penyerapan anggaran indikator {inds[0].id}", inds[0].anggaran.serapan))
        elif not units and (sasaran or f.file == "narasi/efisiensi.md"):
            out += [(f"penyerapan sasaran {s.id}", s.efisiensi.serapan)
                    for s in hasil.sasaran.values()]  # fmt: skip
            out.append(("penyerapan anggaran pendukung sasaran", hasil.pendukung.serapan))
        elif not units and _SELURUH.search(sentence):
            out.append(("penyerapan total anggaran", hasil.total.serapan))
    if period is not None and kind != konteks.CAPAIAN:
        return []  # an earlier year's absorption or average is nothing calc keeps
    return [(label, v) for label, v in out if v is not None and _wajar(v)]


# The quantities a typed percentage can state, whose figure calc keeps.
_BESARAN_PERSEN = {
    konteks.RATA_RATA, konteks.CAPAIAN, konteks.REALISASI, konteks.TARGET, konteks.SERAPAN,
    konteks.REALISASI_RP,
}  # fmt: skip


def _figure_indikator(
    i: HasilIndikator, kind: str | None, period: tuple[str, int] | None, renstra: bool
) -> tuple[str, Decimal | None]:
    """The indicator's figure for the quantity and period: a percentage typed as "realisasi"
    of an indicator not measured in % is its capaian."""
    percent_unit = i.satuan.strip() in ("%", "persen", "Persen")
    if kind in (konteks.REALISASI, konteks.TARGET) and percent_unit and period is None:
        value = i.realisasi if kind == konteks.REALISASI else i.target
        return (f"{kind} {i.id}", num(value))
    if period is not None and period[0] == "tahun":
        r = next((r for r in i.riwayat if r.tahun == period[1]), None)
        return (f"capaian {i.id} tahun {period[1]}", r.capaian.nilai if r else None)
    if period is not None:
        t = next((t for t in i.triwulan if t.triwulan == period[1]), None)
        return (f"capaian {i.id} TW {period[1]}", t.capaian.nilai if t else None)
    if renstra:
        return (f"capaian {i.id} terhadap target akhir Renstra", i.capaian_renstra.nilai)
    return (f"capaian {i.id}", i.capaian.nilai)


def _anggaran_disebut(hasil: Hasil, sentence: str) -> list[tuple[str, Anggaran]]:
    """Programs and kegiatan the sentence names by code or by name."""
    low = sentence.casefold()
    out: list[tuple[str, Anggaran]] = []
    for kode, p in hasil.program.items():
        if kode in sentence or p.nama.casefold() in low:
            out.append((f"program {kode}", p.anggaran))
        for k in p.kegiatan:
            if k.kode in sentence or k.nama.casefold() in low:
                out.append((f"kegiatan {k.kode}", k.anggaran))
    # A kegiatan's code starts with its program's: keep the most specific unit named.
    return [u for u in out if not any(o[0] != u[0] and o[0].split()[-1].startswith(
        u[0].split()[-1]) for o in out)]  # fmt: skip


def _rupiah_value(m: re.Match[str]) -> Decimal:
    typed = idfmt.parse_angka(m.group(1)) or Decimal(0)
    if m.group(2):
        typed += Decimal(m.group(2)) / 100
    return typed


def _classify_rupiah(
    m: re.Match[str], shown: str, text: str, floor: int, values: Pools, where: Location
) -> Angka:
    typed = _rupiah_value(m)
    kind = _context(text, m.start(), floor, _CONTEXT_RUPIAH, closest=False)
    pool = values.get(kind, []) if kind else values["semua"]
    same = next((label for label, v in pool if v == typed), None)
    if same:
        return Angka(
            "LK363", where, f'jumlah rupiah "{shown}" diketik di narasi, sama dengan {same}; '
            f"{_PLACEHOLDER_RP}",
        )  # fmt: skip
    other = next((label for label, v in values["semua"] if v == typed), None)
    what = {"pagu": "pagu", "realisasi": "realisasi", "sisa": "sisa"}.get(kind or "", "")
    if other:
        message = (
            f'jumlah rupiah "{shown}" ditulis sebagai {what} tetapi itu {other}; {_PLACEHOLDER_RP}'
        )
    else:
        message = (
            f'jumlah rupiah "{shown}" di narasi tidak sama dengan angka anggaran mana pun yang '
            f"dihitung{' (' + what + ')' if what else ''}; {_PLACEHOLDER_RP}"
        )
    return Angka("LK362", where, message)


@rule("LK361", "persen-bertentangan", Severity.ERROR, prose=True)
def check_persen_bertentangan(prose: Prose) -> Iterable[Diagnostic]:
    """Persentase yang diketik di narasi bertentangan dengan hasil hitungan

    Angka yang rujukannya pasti dan nilainya salah. Rujukan pasti bila kalimatnya menyebut
    besarannya (capaian, rata-rata, penyerapan, efisiensi), pokoknya (indikator dengan id atau
    namanya, atau berkas narasi/indikator/<ID>.md; program atau kegiatan dengan kode atau
    namanya; sasaran; seluruh instansi) dan periodenya (tahun lalu dibandingkan dengan data
    riwayat, triwulan), sehingga hanya satu angka hasil hitungan yang mungkin dimaksud; atau
    bila persentase mengikuti dua jumlah rupiah di kalimat yang sama (realisasi / pagu).
    Pembandingan pada desimal yang diketik: 103,2988 boleh ditulis 103 atau 103,30, tidak
    103,2 (seed E01); 73,30 untuk 73,3 juga benar. Angka yang rujukannya tidak pasti tidak
    pernah galat (LK391, LK363).

    Contoh salah:

        Capaian Indeks Kepuasan Masyarakat sebesar 103,2 %.

    Contoh benar:

        Capaian Indeks Kepuasan Masyarakat sebesar {{ ind.IKM.capaian | persen }}.
    """
    for a in prose.shared(typed_numbers):
        if a.code == "LK361":
            yield diag("LK361", a.message, a.location, subject=a.subject)


@rule("LK362", "rupiah-bertentangan", Severity.ERROR, prose=True)
def check_rupiah_bertentangan(prose: Prose) -> Iterable[Diagnostic]:
    """Jumlah rupiah yang diketik di narasi tidak sama dengan angka anggaran

    Setiap jumlah rupiah yang diketik dibandingkan dengan pagu, realisasi dan sisa yang
    dihitung (program, kegiatan, sub kegiatan, sasaran, OPD, PK). Kata sebelum angka
    ("dialokasikan", "realisasi", "sisa") menentukan jenis angka yang dicari; angka yang tidak
    cocok berarti salah ketik atau tertukar (seed E05: pagu dan realisasi tertukar).

    Contoh salah:

        Anggaran yang dialokasikan untuk sasaran adalah Rp1.070.096.194.

    Contoh benar:

        Anggaran yang dialokasikan untuk sasaran adalah {{ pendukung.pagu | rupiah }}.
    """
    for a in prose.shared(typed_numbers):
        if a.code == "LK362":
            yield diag("LK362", a.message, a.location, subject=a.subject)


@rule("LK363", "angka-diketik", Severity.WARNING, prose=True)
def check_angka_diketik(prose: Prose) -> Iterable[Diagnostic]:
    """Persentase atau jumlah rupiah diketik langsung di narasi

    Angka yang diketik tidak ikut berubah bila data berubah. Tulis persentase dan rupiah
    sebagai placeholder Jinja agar selalu sama dengan tabel; angka yang memang bukan hasil
    hitungan (mis. dasar hukum) dapat diakui dengan `pengakuan` (butir = angka yang ditulis).

    Contoh salah:

        Realisasi anggaran mencapai Rp10.944.772.000 atau 97,02%.

    Contoh benar:

        Realisasi anggaran mencapai {{ total.realisasi | rupiah }} atau
        {{ total.serapan | persen }}.
    """
    for a in prose.shared(typed_numbers):
        if a.code == "LK363":
            yield diag("LK363", a.message, a.location, subject=a.subject)


@rule("LK391", "persen-mungkin-bertentangan", Severity.WARNING, prose=True)
def check_persen_mungkin(prose: Prose) -> Iterable[Diagnostic]:
    """Persentase di narasi mendekati hasil hitungan, tetapi rujukannya tidak pasti

    Kalimatnya tidak menyebut pasti angka apa yang dimaksud (besaran, indikator atau program,
    tahun), dan angkanya kurang dari satu poin dari salah satu hasil hitungan tanpa sama
    dengannya. Mungkin salah ketik; karena rujukannya tidak pasti, ini peringatan, bukan galat.
    Sebutkan pokoknya di kalimat, atau tulis sebagai placeholder.

    Contoh salah:

        Hasilnya sebesar 96,98%.

    Contoh benar:

        Penyerapan anggaran sasaran sebesar {{ sasaran.S1.anggaran.serapan | persen }}.
    """
    for a in prose.shared(typed_numbers):
        if a.code == "LK391":
            yield diag("LK391", a.message, a.location, subject=a.subject)


@rule("LK392", "notasi-angka-inggris", Severity.WARNING, prose=True)
def check_notasi(prose: Prose) -> Iterable[Diagnostic]:
    """Persentase di narasi ditulis dengan notasi Inggris

    Angka Indonesia memakai koma desimal: "80,5%", bukan "80.5%". Notasi Inggris dapat salah
    dibaca (80.5 dibaca delapan ratus lima), dan tetap dibandingkan dengan hasil hitungan.

    Contoh salah:

        Capaian Indeks Kepuasan Masyarakat sebesar 80.5%.

    Contoh benar:

        Capaian Indeks Kepuasan Masyarakat sebesar 80,5%.
    """
    for a in prose.shared(typed_numbers):
        if a.code == "LK392":
            yield diag("LK392", a.message, a.location, subject=a.subject)


def _kata(words: str) -> str:
    """Number words as compared: one space between words, lower case."""
    return " ".join(words.split()).casefold()


def _jumlah_key(word: str) -> str:
    w = word.lower().replace("-", " ")
    if w.startswith("sub"):
        return "sub_kegiatan"
    if w in ("iku", "indikator kinerja utama"):
        return "iku"
    return w


_NAMA_JUMLAH = {
    "sub_kegiatan": "sub kegiatan", "kegiatan": "kegiatan", "program": "program", "bab": "bab",
    "sasaran": "sasaran", "iku": "IKU", "indikator": "indikator",
}  # fmt: skip


@rule("LK364", "bilangan-bertentangan", Severity.ERROR, prose=True)
def check_bilangan(prose: Prose) -> Iterable[Diagnostic]:
    """Jumlah bab, sasaran, indikator, program atau kegiatan di narasi tidak sesuai data

    "N (terbilang) Bab/sasaran/indikator/program/kegiatan/sub kegiatan" di narasi dibandingkan
    dengan jumlah yang dihitung dari data (`jumlah`); terbilang dalam kurung juga harus sama
    dengan angkanya. Seed E16/E18/E19: "4 Program" (ada 5), "3 (tiga) Bab" (ada 4), "2 (Dua)
    sasaran" (ada 1).

    Dengan kaskade sasaran, jumlah dihitung per tingkat: "2 sasaran program" dibandingkan
    dengan jumlah sasaran tingkat itu, dan "dengan 3 indikator" tepat sesudahnya dengan jumlah
    indikator tingkat itu (atau semua indikator). "N sasaran" tanpa nama tingkat boleh jumlah
    sasaran tingkat pertama atau semua tingkat. Placeholder-nya
    `{{ jumlah.tingkat.program.sasaran | bilangan }}` dan
    `{{ jumlah.tingkat.program.indikator | bilangan }}` (id tingkat dari
    `pengaturan.tingkat_sasaran`).

    Contoh salah:

        Laporan ini dibagi dalam 3 (tiga) Bab.

    Contoh benar:

        Laporan ini dibagi dalam {{ jumlah.bab | bilangan }} Bab.
    """
    for _file, _start, d in prose.shared(temuan_bilangan):
        yield d


def temuan_bilangan(prose: Prose) -> list[tuple[str, int, Diagnostic]]:
    """LK364's findings with the file and the offset of the number they are about (LK368
    leaves these numbers to LK364)."""
    return list(_temuan_bilangan(prose))


# What may stand between a cascade level's sasaran and the count of its indicators:
# "1 sasaran program dengan 2 indikator", "… yang diukur dengan 2 indikator".
# (Matched on the stripped text between: no leading \s*, which is quadratic on blank text.)
_PENGHUBUNG_TINGKAT = re.compile(r"(?:yang\s+diukur\s+)?dengan", re.IGNORECASE)


@dataclass(frozen=True)
class _Harapan:
    """What a count in the narrative may be, and the placeholder to write instead."""

    boleh: tuple[int, ...]  # the counts the data gives for it (a level's, or all levels')
    label: str
    placeholder: str


def _tingkat_sesudah(jumlah: Jumlah, text: str, end: int) -> tuple[str, int] | None:
    """The cascade level named right after "N sasaran" ("… sasaran program"), with the end of
    its name; None when the words that follow name no level."""
    for key, t in jumlah.tingkat.items():
        kata = t.nama.split()
        if len(kata) < 2 or kata[0].casefold() != "sasaran":
            continue
        nama = re.compile(r"\s+" + r"\s+".join(map(re.escape, kata[1:])) + r"\b", re.I)
        m = nama.match(text, end)  # at `end`, without copying the rest of the text
        if m:
            return key, m.end()
    return None


def _harapan(
    jumlah: Jumlah, key: str, m: re.Match[str], text: str, sebelum: tuple[str, int] | None
) -> tuple[_Harapan | None, tuple[str, int] | None]:
    """What the count `m` may be, and the cascade level it names (for an indicator count
    after it). In a cascade "N sasaran program" is that level's sasaran and "dengan M
    indikator" right after it that level's indicators (or all of them); a plain "N sasaran"
    is the first level's or all levels'."""
    label = _NAMA_JUMLAH[key]
    actual = getattr(jumlah, key, None)
    flat = None if actual is None else _Harapan((actual,), label, f"jumlah.{key}")
    if not jumlah.tingkat or key not in ("sasaran", "indikator"):
        return flat, None
    if key == "sasaran":
        tingkat = _tingkat_sesudah(jumlah, text, m.end())
        if tingkat is None:
            semua = sum(t.sasaran for t in jumlah.tingkat.values())
            return _Harapan((jumlah.sasaran, semua), label, "jumlah.sasaran"), None
        t = jumlah.tingkat[tingkat[0]]
        nama = t.nama.lower()
        return _Harapan((t.sasaran,), nama, f"jumlah.tingkat.{tingkat[0]}.sasaran"), tingkat
    if sebelum is not None and _PENGHUBUNG_TINGKAT.fullmatch(text[sebelum[1] : m.start()].strip()):
        t = jumlah.tingkat[sebelum[0]]
        placeholder = f"jumlah.tingkat.{sebelum[0]}.indikator"
        return _Harapan(
            (t.indikator, jumlah.indikator), f"{label} {t.nama.lower()}", placeholder
        ), None
    return flat, None


def _temuan_bilangan(prose: Prose) -> Iterator[tuple[str, int, Diagnostic]]:
    jumlah = prose.hasil.jumlah
    for f in prose.files:
        file = f.file
        tingkat: tuple[str, int] | None = None  # the level the previous count named
        for m in _HITUNG.finditer(f.text):
            n = int(m.group(1).replace(".", ""))
            key = _jumlah_key(m.group(3))
            harapan, tingkat = _harapan(jumlah, key, m, f.text, tingkat)
            line, col = f.position(m.start())
            where = Location(file, line, col)
            if harapan is not None and n not in harapan.boleh:
                menurut = " atau ".join(str(b) for b in dict.fromkeys(harapan.boleh))
                yield (
                    file,
                    m.start(),
                    diag(
                        "LK364",
                        f'"{m.group(0).strip()}" di narasi, padahal jumlah {harapan.label} '
                        f"menurut data {menurut}; tulis {{{{ {harapan.placeholder} | bilangan }}}}",
                        where,
                        subject=m.group(0).strip(),
                    ),
                )
            elif m.group(2) and n < terbilang_batas and _kata(m.group(2)) != terbilang(n):
                yield (
                    file,
                    m.start(),
                    diag(
                        "LK364",
                        f'terbilang "{m.group(2).strip()}" tidak sama dengan {m.group(1)} '
                        f"({terbilang(n)})",
                        where,
                        subject=m.group(0).strip(),
                    ),
                )


@rule("LK365", "analisis-indikator-hilang", Severity.WARNING, prose=True)
def check_analisis_indikator(prose: Prose) -> Iterable[Diagnostic]:
    """Indikator di bawah target tanpa analisis narasi

    Untuk indikator yang capaiannya di bawah 100% laporan harus menjelaskan penyebab
    kegagalan dan solusinya (analisis 5 PermenPAN-RB 53/2014). Tulis analisis itu di
    `narasi/indikator/<ID>.md`.

    Contoh salah:

        # capaian TRANTIBUM 92,19%, tidak ada narasi/indikator/TRANTIBUM.md

    Contoh benar:

        # narasi/indikator/TRANTIBUM.md
        Target belum tercapai karena … Langkah yang diambil: …
    """
    project, hasil = prose.project, prose.hasil
    for n, ind in enumerate(project.renstra.indikator):
        h = hasil.indikator.get(ind.id)
        if h is None or h.capaian.nilai is None or h.capaian.nilai >= 100:
            continue
        if f"indikator/{ind.id}" not in project.narasi:
            yield diag(
                "LK365",
                f"capaian {ind.id} {idfmt.persen(h.capaian.nilai)} di bawah target, tetapi "
                f"tidak ada analisis di narasi/indikator/{ind.id}.md",
                project.where("renstra.yaml", "indikator", n, "id"),
                subject=ind.id,
            )


@rule("LK366", "nama-instansi-lain", Severity.WARNING, prose=True)
def check_nama_instansi_lain(prose: Prose) -> Iterable[Diagnostic]:
    """Nama kecamatan lain di narasi

    Narasi sebuah kecamatan yang menyebut "Kecamatan <nama lain>" biasanya hasil salin-tempel
    dari laporan instansi lain (seed E24: "Kecamatan Medang Kampai" di laporan Kecamatan Dumai
    Kota). Sebutan yang memang disengaja dapat diakui dengan `pengakuan` (butir = nama itu).

    Contoh salah:

        Sebagai bagian dari Kecamatan Medang Kampai, …

    Contoh benar:

        Sebagai bagian dari {{ instansi.nama }}, …
    """
    nama = prose.project.laporan.instansi.nama.strip()
    if not nama.startswith("Kecamatan "):
        return
    own = nama[len("Kecamatan ") :].split()
    for f in prose.files:
        file = f.file
        for m in _KECAMATAN.finditer(f.text):
            words = m.group(1).split()
            if words[0].casefold() in _STOP:
                continue
            if words[: len(own)] == own:
                continue
            other: list[str] = []
            for w in words:
                if w.casefold() in _STOP:
                    break
                other.append(w)
            line, col = f.position(m.start())
            yield diag(
                "LK366",
                f'narasi menyebut "Kecamatan {" ".join(other)}", bukan {nama}',
                Location(file, line, col),
                subject=f"Kecamatan {' '.join(other)}",
            )


_KATA_BILANGAN = frozenset(
    "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh "
    "ratus seratus ribu seribu juta miliar milyar triliun se".split()
)
_TERBILANG = re.compile(
    r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d)"
    r"[ \t]*\(\s*([A-Za-z]+(?:\s+[A-Za-z]+)*)\s*\)"
)


@rule("LK368", "terbilang-kapital", Severity.WARNING, prose=True)
def check_terbilang(prose: Prose) -> Iterable[Diagnostic]:
    """Terbilang dalam kurung tidak ditulis huruf kecil atau tidak sama dengan angkanya

    Bilangan yang diikuti kata-katanya dalam kurung ditulis dengan huruf kecil semua (PUEBI)
    dan kata-katanya harus sama dengan angkanya, dengan bentuk se- (sebelas, seratus, seribu).
    Hanya kurung yang isinya seluruhnya kata bilangan yang diperiksa ("2022 (Tahun Anggaran)"
    tidak). Seed E17: "43 (Empat puluh Tiga) Sub kegiatan". Jumlah bab, sasaran, indikator,
    program dan kegiatan yang sudah dilaporkan LK364 (jumlah salah atau terbilang salah) tidak
    dilaporkan lagi di sini: placeholder `{{ jumlah.… | bilangan }}` yang disarankan LK364
    memperbaiki keduanya.

    Contoh salah:

        Kecamatan melaksanakan 43 (Empat puluh Tiga) Sub kegiatan di 5 (enam) Kelurahan.

    Contoh benar:

        Kecamatan melaksanakan 43 (empat puluh tiga) Sub kegiatan di 5 (lima) Kelurahan.
    """
    sudah = {(file, start) for file, start, _ in prose.shared(temuan_bilangan)}
    for f in prose.files:
        file = f.file
        for m in _TERBILANG.finditer(f.text):
            words = m.group(2).split()
            if not all(w.casefold() in _KATA_BILANGAN for w in words):
                continue
            if (file, m.start()) in sudah:
                continue
            n = int(m.group(1).replace(".", ""))
            if n >= terbilang_batas:
                continue
            typed, expected = " ".join(words), terbilang(n)
            if typed == expected:
                continue
            line, col = f.position(m.start())
            shown, benar = f"{m.group(1)} ({typed})", f"{m.group(1)} ({expected})"
            if typed.casefold() == expected:
                message = f'terbilang "{shown}" harus ditulis dengan huruf kecil: "{benar}"'
            else:
                message = f'terbilang "{shown}" tidak sama dengan angkanya: "{benar}"'
            yield diag("LK368", message, Location(file, line, col), subject=shown)
