"""What a sentence says of two figures: their difference in points, the word comparing them,
and the decrees it cites. One reader for `lkjip reviu` (a Word report) and the narrative rules.

It reads text only and reports what the text itself contradicts:

- `selisih_poin(text)`: "Tingkat efisiensi (capaian kinerja − penyerapan anggaran) sebesar
  5,29 poin" after "capaian … 103,30%" and "penyerapan anggaran … 98,00%"; "… sebesar 89,87
  …, naik 4,15 poin … dari 85,72": the stated difference against the difference of the
  figures as printed (a reader subtracts what is printed);
- `perbandingan(text)`: "tahun 2022 … 60% sama dengan tahun 2022 sebesar 100%": the
  comparison word ("sama dengan", "meningkat", "menurun", …) against the two figures and the
  two years it compares;
- `kutipan(text)`: "Keputusan Walikota Dumai Nomor 197 Tahun 2022 tentang …": each cited
  decree or regulation, to compare the year one decree is cited with across a report.

Only what is certain is returned: both figures and, for a direction, both years are in the
sentence. A sentence that leaves one out is not read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from lkjip.checks.konteks import Bilangan, baca, cetak

_N = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
_MINUS = str.maketrans({"−": "-", "–": "-"})


def _angka(text: str) -> Bilangan | None:
    return baca(text.translate(_MINUS))


def _kalimat(text: str) -> Iterator[tuple[int, str]]:
    """(start, sentence) of a text: a stop followed by a capital or the end ends a sentence;
    the stops of numbers ("1.103.336") and of abbreviations before a digit do not."""
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z(\"“]|\s*$)", text):
        yield start, text[start : m.end()]
        start = m.end()
    if start < len(text):
        yield start, text[start:]


# --- differences in points -------------------------------------------------------------------


@dataclass(frozen=True)
class Selisih:
    """A stated difference and the difference of the two figures it is stated of."""

    teks: str  # the phrase stating it ("sebesar 5,29 poin")
    dinyatakan: Bilangan
    a: Bilangan
    b: Bilangan
    naik: bool | None  # "naik 4,15 poin": the size in the figure, the sign in the word

    @property
    def hitungan(self) -> Decimal:
        d = self.a.nilai - self.b.nilai
        return d if self.naik is None else abs(d)

    @property
    def arah_benar(self) -> bool:
        d = self.a.nilai - self.b.nilai
        return self.naik is None or d == 0 or (d > 0) == self.naik

    @property
    def benar(self) -> bool:
        return self.hitungan == self.dinyatakan.nilai and self.arah_benar

    @property
    def pesan(self) -> str:
        places = max(self.a.desimal, self.b.desimal)
        d = self.a.nilai - self.b.nilai
        out = (
            f'"{self.teks}", padahal {self.a.teks} − {self.b.teks} = '
            f"{cetak(d, places)} poin (selisih angka sebagaimana dicetak)"
        )
        if not self.arah_benar:
            out += (
                f": {self.a.teks} {'lebih rendah' if d < 0 else 'lebih tinggi'} dari {self.b.teks}"
            )
        return out


_CAPAIAN = re.compile(r"capaian(?: kinerja)?(?: sasaran)?\s+(?:sebesar\s+)?(" + _N + r")\s?%", re.I)
_SERAPAN = re.compile(r"penyerapan anggaran(?:[a-z ]{0,40}?)\s+(" + _N + r")\s?%", re.I)
_EFISIENSI = re.compile(
    r"efisiensi\b[^.\d%]{0,80}?sebesar\s+([−–-]?\s?(?:" + _N + r"))\s*poin", re.I
)
_ARAH_POIN = re.compile(
    r"sebesar\s+(" + _N + r")\b[^;]{0,60}?,\s*(naik|turun|meningkat|menurun)\s+(" + _N
    + r")\s*poin(?:\s*\([^)]*\))?\s+dari\s+(" + _N + r")",
    re.I,
)  # fmt: skip


def selisih_poin(text: str) -> Iterator[Selisih]:
    """Every difference in points the text states of two figures it prints."""
    for m in _EFISIENSI.finditer(text):
        capaian = list(_CAPAIAN.finditer(text, 0, m.start()))
        serapan = list(_SERAPAN.finditer(text, 0, m.start()))
        stated = _angka(m.group(1).replace(" ", ""))
        if not capaian or not serapan or stated is None:
            continue
        a, b = _angka(capaian[-1].group(1)), _angka(serapan[-1].group(1))
        if a is not None and b is not None:
            yield Selisih(m.group(0)[m.group(0).find("sebesar") :], stated, a, b, None)
    for m in _ARAH_POIN.finditer(text):
        a, d, b = _angka(m.group(1)), _angka(m.group(3)), _angka(m.group(4))
        if a is not None and d is not None and b is not None:
            naik = m.group(2).casefold() in ("naik", "meningkat")
            yield Selisih(f"{m.group(2)} {m.group(3)} poin", d, a, b, naik)


# --- comparison words ------------------------------------------------------------------------

SAMA = "sama"
NAIK = "naik"
TURUN = "turun"
LEBIH_TINGGI = "lebih tinggi"
LEBIH_RENDAH = "lebih rendah"

_KATA = (
    (SAMA, r"sama dengan"),
    (LEBIH_TINGGI, r"lebih (?:tinggi|besar) (?:dari(?:pada)?|dibandingkan(?: dengan)?)"),
    (LEBIH_RENDAH, r"lebih (?:rendah|kecil) (?:dari(?:pada)?|dibandingkan(?: dengan)?)"),
    (NAIK, r"(?:meningkat|naik) (?:dari(?:pada)?|dibandingkan(?: dengan)?|dibanding)"),
    (TURUN, r"(?:menurun|turun) (?:dari(?:pada)?|dibandingkan(?: dengan)?|dibanding)"),
)
_PERBANDINGAN = re.compile(
    r"(?<![\d.,])(?P<a>" + _N + r")\s?%\s*,?\s*(?P<kata>" + "|".join(p for _, p in _KATA) + r")\s+"
    r"(?:(?:capaian|realisasi|nilai)\s+)?(?:pada\s+)?tahun\s+(?P<y2>\d{4})\s*,?\s*"
    r"(?:(?:yaitu|yakni|sebesar|yang sebesar|dengan capaian)\s+)?(?P<b>" + _N + r")\s?%",
    re.I,
)  # fmt: skip
_TAHUN = re.compile(r"\btahun\s+(\d{4})\b", re.I)


@dataclass(frozen=True)
class Perbandingan:
    teks: str
    kata: str  # SAMA, NAIK, …
    a: Bilangan
    b: Bilangan
    tahun_a: int | None  # the year of `a`: the last year the sentence names before it
    tahun_b: int

    def salah(self) -> list[str]:
        """What the comparison gets wrong, in words; empty when it is right or uncertain."""
        out = []
        differ = self.a.nilai != self.b.nilai
        if self.tahun_a == self.tahun_b and differ:
            out.append(
                f"tahun {self.tahun_b} dibandingkan dengan tahun {self.tahun_b} sendiri "
                f"dengan angka yang berbeda ({self.a.teks}% dan {self.b.teks}%): salah satu "
                "tahunnya salah"
            )
        if self.kata == SAMA and differ:
            out.append(f'"sama dengan", padahal {self.a.teks}% dan {self.b.teks}% berbeda')
        if self.kata in (LEBIH_TINGGI, LEBIH_RENDAH):
            higher = self.a.nilai > self.b.nilai
            if higher != (self.kata == LEBIH_TINGGI) or not differ:
                out.append(self._arah(self.a, self.b))
        if self.kata in (NAIK, TURUN) and self.tahun_a is not None:
            if self.tahun_a != self.tahun_b:
                later, earlier = (
                    (self.a, self.b) if self.tahun_a > self.tahun_b else (self.b, self.a)
                )
                rose = later.nilai > earlier.nilai
                if rose != (self.kata == NAIK) or not differ:
                    out.append(self._arah(later, earlier))
        return out

    def _arah(self, x: Bilangan, y: Bilangan) -> str:
        if x.nilai == y.nilai:
            fact = "sama"
        else:
            fact = "lebih tinggi" if x.nilai > y.nilai else "lebih rendah"
        return f'"{self.kata}", padahal {x.teks}% {fact} dari {y.teks}%'


def perbandingan(text: str) -> Iterator[Perbandingan]:
    """Every comparison of two percentages of two years the text states."""
    for _, sentence in _kalimat(text):
        for m in _PERBANDINGAN.finditer(sentence):
            a, b = _angka(m.group("a")), _angka(m.group("b"))
            if a is None or b is None:
                continue
            years = list(_TAHUN.finditer(sentence, 0, m.start()))
            kata = next(k for k, p in _KATA if re.fullmatch(p, m.group("kata"), re.I))
            yield Perbandingan(
                m.group(0),
                kata,
                a,
                b,
                int(years[-1].group(1)) if years else None,
                int(m.group("y2")),
            )


# --- cited decrees ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Kutipan:
    """A cited decree or regulation: who issued what kind ("keputusan walikota dumai"), its
    number and year, its title when the text gives one, and the sentence around it."""

    penerbit: str
    nomor: str
    tahun: int
    judul: str | None
    kalimat: str  # the sentence without the citation itself
    teks: str


_JENIS = re.compile(
    r"\b(?:Keputusan|Peraturan|Instruksi|Surat Edaran|Undang-Undang|Undang-undang)\b"
)
_NOMOR = re.compile(r"\b(?:Nomor|No\.)\s*([\w./-]*\d[\w./-]*)\s+Tahun\s+(\d{4})\b")
_TENTANG = re.compile(r"(?<!\s)\s*tentang\s+([^.;:()]{3,160})", re.I)


@functools.lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    text = re.sub(r"\([^()]*\)", " ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()).casefold()


def kutipan(text: str) -> tuple[Kutipan, ...]:
    """Every "<Keputusan/Peraturan …> Nomor N Tahun YYYY [tentang …]" of the text. The issuer
    is the words from the kind of decree to "Nomor" (no figures among them: "Lembaran Negara
    Tahun 2014 Nomor 244" is no decree). A report repeats its legal bases word for word in
    many places: each distinct text is read once."""
    if "Tahun" not in text:
        return ()
    return _kutipan(text)


@functools.lru_cache(maxsize=1024)
def _kutipan(text: str) -> tuple[Kutipan, ...]:
    return tuple(_kutipan_satu_per_satu(text))


def _kutipan_satu_per_satu(text: str) -> Iterator[Kutipan]:
    for _, sentence in _kalimat(text):
        for m in _NOMOR.finditer(sentence):
            kinds = list(_JENIS.finditer(sentence, max(0, m.start() - 160), m.start()))
            if not kinds:
                continue
            issuer = sentence[kinds[-1].start() : m.start()]
            if re.search(r"\d", issuer) or "nomor" in issuer.casefold():
                continue
            title = _TENTANG.match(sentence, m.end())
            end = title.end() if title else m.end()
            rest = sentence[: kinds[-1].start()] + " " + sentence[end:]
            yield Kutipan(
                _normal(issuer),
                m.group(1).rstrip("."),
                int(m.group(2)),
                _normal(title.group(1)) if title else None,
                _normal(rest),
                sentence[kinds[-1].start() : end].strip(),
            )


def kutipan_sama(a: Kutipan, b: Kutipan) -> bool:
    """Whether two citations of one issuer and number are certainly one decree: their titles
    agree, or one gives a title and the other's sentence names the title's subject (its first
    word: "pelimpahan")."""
    if (a.penerbit, a.nomor) != (b.penerbit, b.nomor):
        return False
    if a.judul and b.judul:
        return a.judul.startswith(b.judul[:40]) or b.judul.startswith(a.judul[:40])
    titled, other = (a, b) if a.judul else (b, a)
    if not titled.judul:
        return False
    subject = next((w for w in titled.judul.split() if len(w) >= 5), None)
    return subject is not None and re.search(rf"\b{subject}\b", other.kalimat) is not None


# Different wordings of one issuer's one number compared pairwise, at most: a report cites a
# decree a few ways; a file of thousands of distinct citations of one number links none.
MAKS_RAGAM_KUTIPAN = 200


def kelompok_kutipan(cited: list[Kutipan]) -> list[list[int]]:
    """The citations (by index) grouped by decree: a citation joins a group when it is
    certainly the same decree as one of its members (a titled citation links untitled ones)."""
    by_number: dict[tuple[str, str], dict[tuple[object, ...], list[int]]] = {}
    for i, k in enumerate(cited):  # only one issuer's one number can be one decree
        same = by_number.setdefault((k.penerbit, k.nomor), {})
        same.setdefault((k.judul, k.kalimat, k.tahun), []).append(i)  # alike: compared once
    groups: list[list[int]] = []
    for alike in by_number.values():
        if len({key[2] for key in alike}) < 2 or len(alike) > MAKS_RAGAM_KUTIPAN:
            continue  # one year: nothing to compare; hundreds of wordings: no certain link
        reps = [members[0] for members in alike.values()]
        local: list[list[int]] = []
        for i in reps:
            joined = [g for g in local if any(kutipan_sama(cited[j], cited[i]) for j in g)]
            merged = [i] + [j for g in joined for j in g]
            local = [g for g in local if g not in joined] + [merged]
        by_rep = {members[0]: members for members in alike.values()}
        groups.extend(sorted(j for r in g for j in by_rep[r]) for g in local)
    return sorted(groups)


def tahun_acuan(group: list[int], cited: list[Kutipan]) -> tuple[int, int] | None:
    """(year, index of its first citation) most citations of one decree give (on a tie, the
    year cited first); None when all give one year."""
    years = {cited[g].tahun for g in group}
    if len(years) < 2:
        return None
    count = {y: sum(cited[g].tahun == y for g in group) for y in years}
    first = {y: min(g for g in group if cited[g].tahun == y) for y in years}
    best = max(years, key=lambda y: (count[y], -first[y]))
    return best, first[best]
