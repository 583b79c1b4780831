"""LK367/LK369: category words typed in the prose ("kategori Berhasil", "kategori BAIK").

A category printed in the report must come from the scale the report declares
(`pengaturan.skala`, domain.md §4) and must be the one that scale gives for the figure the
sentence describes. Positions are computed on the raw Markdown; Jinja (`{{ … }}`, `{% … %}`)
is masked, so `kategori {{ sas.S1.kategori }}` is never looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from lkjip import idfmt
from lkjip.calc import skala as calc_skala
from lkjip.calc.results import Hasil, PitaSkala, SkalaTerpakai
from lkjip.checks._util import num
from lkjip.checks.narasi import _BATAS, _CONTEXT_PERSEN, _context
from lkjip.checks.prose import Prose
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Location, Severity, diag
from lkjip.model import Indikator, Project

# PermenPAN-RB 14/2017 (domain.md §4.4): mutu pelayanan of the IKM value (not of a capaian).
SKALA_IKM = SkalaTerpakai(
    nama="Skala Mutu Pelayanan IKM PermenPAN-RB 14/2017",
    sumber="Peraturan Menteri PANRB Nomor 14 Tahun 2017",
    pita=[
        PitaSkala(Decimal("88.31"), "Sangat Baik"),
        PitaSkala(Decimal("76.61"), "Baik"),
        PitaSkala(Decimal("65"), "Kurang Baik"),
        PitaSkala(Decimal("0"), "Tidak Baik"),
    ],
)

# Category words of the scales in use in Indonesian reports (domain.md §4): built-in scales,
# SAKIP predicates, the Sampang variant, e-SAKIP statuses. A word after "kategori" is only
# looked at when it is one of these (or a label of the declared scale); "kategori ini",
# "kategori pelayanan" are prose, not a category.
_LABEL_DIKENAL = (
    "Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah",
    "Sangat Berhasil", "Berhasil", "Cukup Berhasil", "Kurang Berhasil", "Tidak Berhasil",
    "Sangat Memuaskan", "Memuaskan", "Sangat Baik", "Baik", "Cukup Baik", "Kurang Baik",
    "Tidak Baik", "Cukup", "Memadai", "Kurang", "Sangat Kurang",
    "Kritis", "Perlu Perhatian", "Mendekati Target", "Tercapai", "Melampaui",
)  # fmt: skip

_KATEGORI = r"\b((?:ber)?kategori)[ \t]{0,2}:?[ \t]{0,2}[\"“”'‘’*_(]{0,3}[ \t]?"
_ANGKA = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])([ \t]?%)?")
_DAFTAR = re.compile(r"\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t]|#)")
_IKM_KATA = re.compile(r"kepuasan masyarakat|\bIKM\b", re.IGNORECASE)
_JANGKAUAN = 160  # how far back (characters, within the sentence) the described figure is sought


def _alternation(labels: Iterable[str]) -> str:
    """The labels as alternatives, longest first; a run of k spaces in a label matches k or
    more whitespace characters. One `\\s{k,}` per run, never k adjacent `\\s+`: a scale label
    typed with several spaces made those try every split of a run of spaces in the prose."""
    words = sorted({re.escape(lb) for lb in labels}, key=len, reverse=True)
    return "|".join(_ESCAPED_SPACES.sub(_spaces, w) for w in words)


_ESCAPED_SPACES = re.compile(r"(?:\\ )+")  # what re.escape makes of a run of spaces


def _spaces(run: re.Match[str]) -> str:
    count = len(run.group(0)) // 2
    return r"\s+" if count == 1 else rf"\s{{{count},}}"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _labels(skala: SkalaTerpakai) -> list[str]:
    return [p.kategori for p in skala.pita]


def _kategori(nilai: Decimal, skala: SkalaTerpakai) -> str:
    """The category calc gives (one rule for scales of `min` only and scales with bounds);
    the built-in IKM scale used here covers every value."""
    return calc_skala.kategori(nilai, skala) or skala.pita[-1].kategori


def ikm_like(ind: Indikator) -> bool:
    """An indicator whose value is an IKM (PermenPAN-RB 14/2017): satuan "Indeks" and a name
    containing "Kepuasan Masyarakat". Its realisation has its own service-quality category."""
    return (
        str(ind.satuan).strip().casefold() == "indeks"
        and "kepuasan masyarakat" in str(ind.nama).casefold()
    )


@dataclass(frozen=True)
class Angka:
    """The figure a typed category describes and the category it should have."""

    label: str  # "capaian sasaran S1", "nilai IKM tahun 2022"
    nilai: Decimal
    persen: bool
    kategori: str
    skala: SkalaTerpakai
    placeholder: str | None


# The figure before the category is something else (a score, an absorption): not checked.
LAIN = Angka("angka lain", Decimal(0), False, "", SKALA_IKM, None)


def _capaian_nodes(hasil: Hasil) -> tuple[dict[str, Angka], list[Angka]]:
    """(indicator capaian by id, rollups): computed capaian with their category on the
    declared scale."""
    skala = hasil.skala
    rollup: list[Angka] = []
    for sid, s in hasil.sasaran.items():
        if s.capaian.nilai is not None and s.kategori:
            rollup.append(
                Angka(f"capaian sasaran {sid}", s.capaian.nilai, True, s.kategori, skala,
                      f"{{{{ sas.{sid}.kategori }}}}")
            )  # fmt: skip
    if hasil.capaian_opd.nilai is not None and hasil.kategori_opd:
        rollup.append(
            Angka("capaian rata-rata OPD", hasil.capaian_opd.nilai, True, hasil.kategori_opd,
                  skala, "{{ hasil.kategori_opd }}")
        )  # fmt: skip
    ind: dict[str, Angka] = {}
    for iid, i in hasil.indikator.items():
        if i.capaian.nilai is not None and i.kategori:
            ind[iid] = Angka(f"capaian {iid}", i.capaian.nilai, True, i.kategori, skala,
                             f"{{{{ ind.{iid}.kategori }}}}")  # fmt: skip
    return ind, rollup


def _own_first(ind: dict[str, Angka], file_ind: str | None) -> list[Angka]:
    """The indicators' capaian with the file's own (narasi/indikator/<ID>.md) first."""
    own = ind.get(file_ind) if file_ind is not None else None
    return ([own] if own else []) + [a for iid, a in ind.items() if iid != file_ind]


def _ikm_nodes(project: Project, hasil: Hasil) -> list[Angka]:
    """Realisations (this year and earlier) of the IKM-like indicators, on the IKM scale."""
    out: list[Angka] = []
    for ind in project.renstra.indikator:
        h = hasil.indikator.get(ind.id)
        if h is None or not ikm_like(ind):
            continue
        values = [(hasil.tahun, num(h.realisasi))]
        values += [(r.tahun, num(r.realisasi)) for r in h.riwayat]
        for tahun, v in values:
            if v is not None and v.is_finite():
                out.append(
                    Angka(f"nilai {ind.id} tahun {tahun}", v, False, _kategori(v, SKALA_IKM),
                          SKALA_IKM, None)
                )  # fmt: skip
    return out


def _sentence_start(text: str, start: int) -> int:
    lo = max(0, start - _JANGKAUAN)
    for b in _BATAS.finditer(text, lo, start):
        lo = b.end()
    for b in _DAFTAR.finditer(text, lo, start):
        lo = b.end()
    return lo


def _figure(
    text: str, start: int, nodes: tuple[list[Angka], list[Angka]], ikm: list[Angka]
) -> Angka | None:
    """The figure the category at `start` describes: the last number typed before it in the
    same sentence, identified among the computed capaian (a percentage) or the IKM values;
    `LAIN` when that number is something else (a score, an absorption), None when the sentence
    has no number or a percentage that matches nothing."""
    lo = _sentence_start(text, start)
    last = None
    for m in _ANGKA.finditer(text, lo, start):
        if "." in m.group(1):
            continue  # an amount (Rp1.070.096.194), not a capaian or an index
        if not m.group(2) and not m.group(3) and 1900 <= int(m.group(1)) <= 2100:
            continue  # a year
        last = m
    if last is None:
        return None
    digits = last.group(1) + ("," + last.group(2) if last.group(2) else "")
    places = len(last.group(2) or "")
    typed = idfmt.parse_angka(digits)
    if typed is None or places > 6:
        return None
    if not last.group(3):
        found = next((a for a in ikm if idfmt.bulatkan(a.nilai, places) == typed), None)
        return found or LAIN  # a plain number that is no IKM value: not a capaian
    ind, rollup = nodes
    kind = _context(text, last.start(), lo, _CONTEXT_PERSEN, closest=True)
    if kind == "serapan":
        return LAIN  # budget absorption is not rated on the capaian scale
    pool = rollup if kind == "rata" else ind + rollup
    same = next((a for a in pool if idfmt.bulatkan(a.nilai, places) == typed), None)
    if same is not None:
        return same
    near = min(pool, key=lambda a: abs(a.nilai - typed), default=None)
    if near is not None and (kind == "rata" or abs(near.nilai - typed) < 1):
        return near
    return None


_KONTEKS_LAIN = re.compile(r"\bS?AKIP\b|predikat|\bLHE\b|reformasi birokrasi|\bSKP\b", re.I)


@dataclass(frozen=True)
class Sebutan:
    """A category word in the prose."""

    start: int
    shown: str  # as typed, with "kategori" when it was there
    label: str  # the category word itself
    explicit: bool  # preceded by "kategori"


def _mention_patterns(declared: list[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The category word after "kategori" (any label lkjip knows or the scale declares), and
    the bare multi-word labels of the declared scale and of the IKM scale (None: there are
    none). Built once per run: the labels come from the report's scale."""
    known = [*_LABEL_DIKENAL, *declared]
    after = re.compile(_KATEGORI + rf"({_alternation(known)})(?![\w-])", re.IGNORECASE)
    bare = [lb for lb in {*declared, *_labels(SKALA_IKM)} if " " in lb.strip()]
    if not bare:
        return after, None
    return after, re.compile(rf"(?<![\w-])({_alternation(sorted(bare))})(?![\w-])")


def _mentions(
    raw: str, text: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None]
) -> Iterator[Sebutan]:
    after, bare = patterns
    seen: set[int] = set()
    for m in after.finditer(text):
        if "{" in raw[m.start() : m.start(2)]:
            continue  # "kategori {{ … }} Baik": the word after the placeholder is prose
        seen.update(range(m.start(2), m.end(2)))
        label = " ".join(m.group(2).split())
        yield Sebutan(m.start(), f"{m.group(1)} {label}", label, True)
    # Bare labels: only multi-word labels of the declared scale and of the IKM scale, written
    # exactly as the scale writes them ("Sangat Tinggi", not "sangat tinggi" prose).
    if bare is None:
        return
    for m in bare.finditer(text):
        if m.start() not in seen:
            yield Sebutan(m.start(), " ".join(m.group(0).split()), m.group(1), False)


def _daftar(skala: SkalaTerpakai) -> str:
    return ", ".join(_labels(skala))


def _saran(file: str, project: Project) -> str:
    ind = _indikator_berkas(file)
    if ind:
        return f"{{{{ ind.{ind}.kategori }}}}"
    sid = project.renstra.sasaran[0].id if project.renstra.sasaran else "S1"
    return f"{{{{ sas.{sid}.kategori }}}} / {{{{ ind.<ID>.kategori }}}}"


KATEGORI_BERTENTANGAN = "LK367"
KATEGORI_BUKAN_SKALA = "LK369"


@rule(KATEGORI_BERTENTANGAN, "kategori-bertentangan", Severity.ERROR, prose=True)
def check_kategori_bertentangan(prose: Prose) -> Iterable[Diagnostic]:
    """Kategori capaian diketik di narasi berbeda dari kategori hasil hitungan

    Kata kategori di narasi adalah label skala yang dinyatakan di `pengaturan.skala` (bawaan
    `permendagri86`: Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah), tetapi bukan
    kategori yang diberikan skala itu untuk angka yang diuraikan kalimatnya. Laporan akan
    mencetak dua kategori yang bertentangan, jadi ini galat. Kata yang bukan label skala sama
    sekali dilaporkan oleh LK369.

    Yang diperiksa: kata sesudah "kategori" / "berkategori" yang merupakan label skala yang
    lazim (Berhasil, Baik, Sangat Tinggi, …), dan label skala yang dinyatakan yang terdiri atas
    dua kata atau lebih, ditulis persis seperti di skala ("Sangat Tinggi"). Teks di dalam
    `{{ … }}` dan `{% … %}` diabaikan. Angka yang diuraikan adalah angka terakhir yang diketik
    sebelum kata itu dalam kalimat yang sama: persentase dicocokkan dengan capaian indikator,
    sasaran dan rata-rata OPD ("rata-rata" → capaian sasaran/OPD). Kategori angka lain (nilai
    yang bukan IKM, penyerapan anggaran, predikat evaluasi SAKIP, SKP) tidak diperiksa.

    Indeks Kepuasan Masyarakat mempunyai skala mutu pelayanan sendiri (PermenPAN-RB 14/2017:
    ≥ 88,31 A Sangat Baik; ≥ 76,61 B Baik; ≥ 65 C Kurang Baik; di bawahnya D Tidak Baik).
    Skala ini dipakai bila angka yang diuraikan adalah nilai (bukan persentase) yang sama
    dengan realisasi tahun ini atau tahun sebelumnya dari indikator bersatuan "Indeks" yang
    namanya memuat "Kepuasan Masyarakat" (heuristik; indikator lain tidak dinilai dengan skala
    ini). Seed E37: "89,87 termasuk dalam kategori BAIK" (seharusnya Sangat Baik).

    Contoh salah:

        Capaian pengaduan yang ditindaklanjuti sebesar 70% dengan kategori Tinggi.

    (capaian 70,00% berkategori Sedang menurut Permendagri 86/2017)

    Contoh benar:

        Capaian pengaduan yang ditindaklanjuti sebesar {{ ind.ADUAN.capaian | persen }}
        dengan kategori {{ ind.ADUAN.kategori }}.
    """
    yield from (d for d in prose.shared(temuan_kategori) if d.code == KATEGORI_BERTENTANGAN)


@rule(KATEGORI_BUKAN_SKALA, "kategori-bukan-skala", Severity.WARNING, prose=True)
def check_kategori_bukan_skala(prose: Prose) -> Iterable[Diagnostic]:
    """Kategori capaian diketik di narasi bukan label skala yang dinyatakan

    Kategori yang dicetak harus berasal dari skala di `pengaturan.skala`; kata lain (mis.
    "Berhasil" dari pedoman LAN, padahal skala yang dinyatakan Permendagri 86/2017) membuat
    pembaca tidak tahu skala mana yang dipakai. Seed E04: "100 % dengan kategori Berhasil";
    rata-rata capaian 101,10% berkategori Sangat Tinggi. Tulis kategorinya sebagai placeholder.

    Contoh salah:

        Nilai rata-rata capaian kinerja sasaran strategis adalah 101,10% dengan kategori
        Berhasil.

    Contoh benar:

        Nilai rata-rata capaian kinerja sasaran strategis adalah
        {{ sas.S1.capaian | persen }} dengan kategori {{ sas.S1.kategori }}.
    """
    yield from (d for d in prose.shared(temuan_kategori) if d.code == KATEGORI_BUKAN_SKALA)


def temuan_kategori(prose: Prose) -> list[Diagnostic]:
    """The findings of LK367 and LK369, from one pass over the narrative (both rules ask for
    it through `prose.shared`)."""
    return list(_temuan_kategori(prose))


def _temuan_kategori(prose: Prose) -> Iterator[Diagnostic]:
    """Every typed category word of the narrative, as the finding it is."""
    project, hasil = prose.project, prose.hasil
    declared = hasil.skala
    labels = _labels(declared)
    ikm = _ikm_nodes(project, hasil)
    ikm_ids = {i.id for i in project.renstra.indikator if ikm_like(i)}
    ind, rollup = _capaian_nodes(hasil)
    patterns = _mention_patterns(labels)
    for f in prose.files:
        file, raw, text = f.file, f.raw, f.text
        file_ind = _indikator_berkas(file)
        mentions = list(_mentions(raw, text, patterns))
        if not mentions:
            continue
        nodes = (_own_first(ind, file_ind), rollup)
        for s in mentions:
            line, col = f.position(s.start)
            where = Location(file, line, col)
            fig = _figure(text, s.start, nodes, ikm)
            lo = _sentence_start(text, s.start)
            if fig is LAIN or _KONTEKS_LAIN.search(text, lo, s.start):
                continue  # a category of another figure, on another scale (SAKIP, SKP, …)
            if fig is None:
                about_ikm = file_ind in ikm_ids or bool(_IKM_KATA.search(text, lo, s.start))
                on_ikm = _on(SKALA_IKM, s.label) is not None
                skala = SKALA_IKM if about_ikm and on_ikm else declared
            else:
                skala = fig.skala
            on_scale = _on(skala, s.label)
            if on_scale is not None:
                if fig is None or _same(on_scale, fig.kategori):
                    continue
                yield diag(
                    KATEGORI_BERTENTANGAN,
                    f'"{s.shown}" tidak sesuai: {fig.label} {_tampil(fig)} berkategori '
                    f"{fig.kategori} menurut {skala.nama}; {_tulis(fig)}",
                    where,
                    subject=s.shown,
                )
            elif s.explicit:
                what = (
                    f"; {fig.label} {_tampil(fig)} berkategori {fig.kategori}"
                    if fig is not None
                    else ""
                )
                tulis = _tulis(fig) if fig is not None else f"tulis {_saran(file, project)}"
                yield diag(
                    KATEGORI_BUKAN_SKALA,
                    f'"{s.shown}" bukan kategori {skala.nama} ({_daftar(skala)}){what}; {tulis}',
                    where,
                    subject=s.shown,
                )


def _on(skala: SkalaTerpakai, label: str) -> str | None:
    """The label of the scale that `label` names (any capitalisation), or None."""
    return next((lb for lb in _labels(skala) if _same(lb, label)), None)


def _indikator_berkas(file: str) -> str | None:
    """ "IKM" for narasi/indikator/IKM.md, None for other files."""
    prefix = "narasi/indikator/"
    return file[len(prefix) :].removesuffix(".md") if file.startswith(prefix) else None


def _tampil(a: Angka) -> str:
    return idfmt.persen(a.nilai) if a.persen else idfmt.angka(a.nilai)


def _tulis(a: Angka) -> str:
    if a.placeholder:
        return f"tulis {a.placeholder}"
    return f'tulis "{a.kategori}"'
