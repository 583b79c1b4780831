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
from lkjip.calc.results import Anggaran, Hasil
from lkjip.checks._util import num
from lkjip.checks.prose import Prose
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Location, Severity, diag
from lkjip.model import Project
from lkjip.terbilang import BATAS as terbilang_batas
from lkjip.terbilang import terbilang

_PERSEN = re.compile(r"(?<![\d.,])(\d+(?:,\d+)?) ?%")
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
        if i.perubahan is not None and i.perubahan.persen is not None:
            extra.append((f"perubahan {iid}", abs(i.perubahan.persen)))
            extra.append((f"selisih {iid}", abs(i.perubahan.selisih)))
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
_BATAS = re.compile(r"\n\s*\n|[.!?:;]\s+(?=[A-Z*#-])")


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


def _match(typed: Decimal, places: int, values: list[tuple[str, Decimal]]) -> str | None:
    for label, value in values:
        if idfmt.bulatkan(value, places) == typed:
            return label
    return None


def _nearest(typed: Decimal, values: list[tuple[str, Decimal]]) -> tuple[str, Decimal] | None:
    best = min(values, key=lambda lv: abs(lv[1] - typed), default=None)
    return best


_PLACEHOLDER = "tulis sebagai placeholder {{ … | persen }}"
_PLACEHOLDER_RP = "tulis sebagai placeholder {{ … | rupiah }}"


def typed_numbers(prose: Prose) -> list[Angka]:
    """Every typed percentage and Rupiah amount, classified (LK361–LK363 share one pass:
    ask through `prose.shared(typed_numbers)`)."""
    persen = _percent_values(prose.hasil)
    uang = _money_values(prose.project, prose.hasil)
    out: list[Angka] = []
    for f in prose.files:
        text = f.text
        matches = [(m, "%") for m in _PERSEN.finditer(text)]
        matches += [(m, "Rp") for m in _RUPIAH.finditer(text)]
        matches.sort(key=lambda mk: mk[0].start())
        floor = 0
        amounts: list[Decimal] = []  # Rupiah amounts typed so far in the current sentence
        for m, kind in matches:
            line, col = f.position(m.start())
            where = Location(f.file, line, col)
            shown = m.group(0).strip()
            if _BATAS.search(text, floor, m.start()):
                amounts = []
            if kind == "%":
                ratio = None
                if _RASIO_SELA.fullmatch(text, floor, m.start()):
                    ratio = _classify_rasio(m, shown, amounts, where)
                found = ratio or _classify_persen(m, shown, text, floor, persen, where)
            else:
                amounts.append(_rupiah_value(m))
                found = _classify_rupiah(m, shown, text, floor, uang, where)
            out.append(replace(found, subject=shown))
            floor = m.end()
    return out


# What may stand between "… Rp<realisasi>" and the percentage that states it as a share of the
# pagu typed just before: "Rp125.645.000 dengan realisasi Rp119.375.000 atau 100%".
# A word is followed by its own spaces, so no two runs of spaces meet (linear under fullmatch).
_RASIO_SELA = re.compile(r"[\s,]*(?:(?:atau|\(|yaitu|sebesar|=)\s*)?")


def _rupiah_value(m: re.Match[str]) -> Decimal:
    typed = idfmt.parse_angka(m.group(1)) or Decimal(0)
    if m.group(2):
        typed += Decimal(m.group(2)) / 100
    return typed


def _classify_rasio(
    m: re.Match[str], shown: str, amounts: list[Decimal], where: Location
) -> Angka | None:
    """A percentage right after two amounts of one sentence is realisasi / pagu × 100 of them
    (seed E12: Rp119.375.000 of Rp125.645.000 "100%", E13: "92,00%"); None when it is not."""
    if len(amounts) < 2 or amounts[-2] <= 0:
        return None
    pagu, realisasi = amounts[-2], amounts[-1]
    digits = m.group(1)
    typed = Decimal(digits.replace(",", "."))
    places = len(digits.split(",")[1]) if "," in digits else 0
    if not (_wajar(pagu) and _wajar(realisasi) and places <= _DESIMAL_MAKS):
        return None
    value = realisasi / pagu * 100
    if not _wajar(value):
        return None
    pair = f"{idfmt.rupiah(realisasi)} dari {idfmt.rupiah(pagu)}"
    if idfmt.bulatkan(value, places) == typed:
        return Angka(
            "LK363", where, f'persentase "{shown}" diketik di narasi, sama dengan {pair}; '
            f"{_PLACEHOLDER}",
        )  # fmt: skip
    return Angka(
        "LK361",
        where,
        f'persentase "{shown}" di narasi tidak sama dengan {pair} yang ditulis sebelumnya: '
        f"{idfmt.persen(value)}",
    )


def _classify_persen(
    m: re.Match[str], shown: str, text: str, floor: int, values: Pools, where: Location
) -> Angka:
    digits = m.group(1)
    typed = Decimal(digits.replace(",", "."))
    places = len(digits.split(",")[1]) if "," in digits else 0
    if places > _DESIMAL_MAKS or not _wajar(typed):
        return Angka("LK363", where, f'persentase "{shown}" diketik di narasi; {_PLACEHOLDER}')
    kind = _context(text, m.start(), floor, _CONTEXT_PERSEN, closest=True)
    pool = values.get(kind, []) if kind else []
    strong = kind in ("rata", "serapan") and bool(pool)
    same = _match(typed, places, pool)
    if not same and not strong:
        same = _match(typed, places, values["semua"])
    if same:
        return Angka(
            "LK363", where, f'persentase "{shown}" diketik di narasi, sama dengan {same}; '
            f"{_PLACEHOLDER}",
        )  # fmt: skip
    near = _nearest(typed, pool if strong else values["semua"])
    if near is not None and (strong or abs(near[1] - typed) < 1):
        return Angka(
            "LK361",
            where,
            f'persentase "{shown}" di narasi bertentangan dengan {near[0]} yang dihitung: '
            f"{idfmt.persen(near[1])}",
        )
    return Angka("LK363", where, f'persentase "{shown}" diketik di narasi; {_PLACEHOLDER}')


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

    Persentase di narasi yang mendekati, tetapi tidak sama dengan, capaian atau penyerapan yang
    dihitung lkjip (pada jumlah desimal yang diketik), atau yang didahului "rata-rata" /
    "penyerapan" tetapi tidak sama dengan rata-rata capaian / penyerapan mana pun, mencetak
    kontradiksi di laporan (seed E01: "103,2 %" di samping 103,30; E06: "96,98%").

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


def _temuan_bilangan(prose: Prose) -> Iterator[tuple[str, int, Diagnostic]]:
    jumlah = prose.hasil.jumlah
    for f in prose.files:
        file = f.file
        for m in _HITUNG.finditer(f.text):
            n = int(m.group(1).replace(".", ""))
            key = _jumlah_key(m.group(3))
            actual = getattr(jumlah, key, None)
            line, col = f.position(m.start())
            where = Location(file, line, col)
            label = _NAMA_JUMLAH[key]
            if actual is not None and n != actual:
                yield (
                    file,
                    m.start(),
                    diag(
                        "LK364",
                        f'"{m.group(0).strip()}" di narasi, padahal jumlah {label} menurut data '
                        f"{actual}; tulis {{{{ jumlah.{key} | bilangan }}}}",
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
