"""LK393–LK396: what the prose in narasi/*.md says of two figures it types, of a decree it
cites twice, and of an indicator's change since last year. The reading of LK393–LK395 is
`lkjip.checks.banding`, shared with `lkjip reviu` (LK617–LK619), so a sentence wrong in a Word
report is wrong in a narrative too; LK396 compares a direction word with calc's figures.

Typed figures only: a placeholder (`{{ … }}`) is masked (`lkjip.checks.prose`), and a sentence
whose figures are placeholders states nothing certain to LK393–LK395.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from lkjip import idfmt
from lkjip.calc.results import HasilIndikator
from lkjip.checks import banding
from lkjip.checks.prose import Prose
from lkjip.checks.registry import rule
from lkjip.checks.teks import report_texts
from lkjip.diagnostics import Diagnostic, Location, Severity, diag


@rule("LK393", "perbandingan-bertentangan", Severity.ERROR, prose=True)
def check_perbandingan(prose: Prose) -> Iterable[Diagnostic]:
    """Kata pembanding di narasi tidak sesuai angka yang dibandingkannya

    Kalimat membandingkan persentase dua tahun yang diketik di narasi dengan kata yang tidak
    sesuai: "sama dengan" untuk dua angka berbeda, "meningkat"/"naik" padahal angka tahun yang
    lebih baru lebih kecil, "menurun"/"turun" padahal lebih besar, "lebih tinggi/rendah dari"
    yang terbalik, atau sebuah tahun dibandingkan dengan tahun itu sendiri. Hanya kalimat yang
    menyebut kedua angka dan kedua tahunnya yang dibaca. Seed E34.

    Contoh salah:

        Pada tahun 2022 … sebesar 60% sama dengan tahun 2022 sebesar 100%.

    Contoh benar:

        Pada tahun 2021 … sebesar 60%, meningkat pada tahun 2022 menjadi 100%.
    """
    for f in prose.files:
        for c in banding.perbandingan(f.text):
            wrong = c.salah()
            if wrong:
                line, col = f.position(f.text.find(c.teks))
                yield diag(
                    "LK393",
                    f'"{c.teks}": ' + "; ".join(wrong),
                    Location(f.file, line, col),
                    subject=c.teks,
                )


@rule("LK394", "selisih-bertentangan", Severity.ERROR, prose=True)
def check_selisih(prose: Prose) -> Iterable[Diagnostic]:
    """Selisih dalam poin di narasi tidak sama dengan selisih angka yang diketik

    "Tingkat efisiensi … sebesar X poin" sesudah capaian dan penyerapan yang diketik, atau
    "sebesar A …, naik D poin … dari B": selisihnya dihitung dari angka sebagaimana diketik,
    seperti pembaca menghitungnya, dan arah "naik"/"turun" harus sesuai.

    Contoh salah:

        Capaian kinerja 103,30% dengan penyerapan anggaran 98,00%, sehingga tingkat efisiensi
        sebesar 5,29 poin.

    Contoh benar:

        Tingkat efisiensi sebesar {{ efisiensi.nilai | angka(2) }} poin.
    """
    for f in prose.files:
        for s in banding.selisih_poin(f.text):
            if not s.benar:
                line, col = f.position(f.text.find(s.teks))
                yield diag("LK394", s.pesan, Location(f.file, line, col), subject=s.teks)


@rule("LK395", "rujukan-tahun-berbeda", Severity.ERROR, prose=True)
def check_rujukan(prose: Prose) -> Iterable[Diagnostic]:
    """Keputusan atau peraturan yang sama dikutip dengan dua tahun

    Di teks laporan (narasi dan teks di berkas data, mis. faktor internal di kinerja.yaml),
    penerbit dan nomor yang sama, dengan judul "tentang …" yang sama atau di kalimat yang
    memuat pokok judul itu, dikutip dengan tahun berbeda. Nomor keputusan berulang setiap
    tahun, jadi nomor sama tanpa judul yang menandakan keputusan yang sama tidak dilaporkan.
    Kutipan yang tahunnya berbeda dari kebanyakan kutipan dilaporkan (bila sama banyak: yang
    belakangan). Seed E36.

    Contoh salah:

        Berdasarkan Keputusan Walikota Dumai Nomor 197 Tahun 2022 tentang Pelimpahan …
        … pelimpahan wewenang dari Walikota Dumai (Keputusan Walikota Dumai Nomor 197 Tahun 2021)

    Contoh benar: kedua kutipan "Nomor 197 Tahun 2022".
    """
    project = prose.project
    cited = [
        (t, t.text.find(k.teks), k)
        for t in prose.shared(report_texts)
        for k in banding.kutipan(t.text)
    ]
    kutipan = [k for _, _, k in cited]
    for group in banding.kelompok_kutipan(kutipan):
        acuan = banding.tahun_acuan(group, kutipan)
        if acuan is None:
            continue
        best, first = acuan
        ref_teks, ref_at, _ = cited[first]
        ref = ref_teks.where(project, ref_at)
        for g in group:
            t, at, k = cited[g]
            if k.tahun == best:
                continue
            yield diag(
                "LK395",
                f'"{k.teks[:120]}" menyebut tahun {k.tahun}, tetapi keputusan yang sama dikutip '
                f'"Tahun {best}" di {ref.file}' + (f":{ref.line}" if ref.line else ""),
                t.where(project, at),
                subject=k.teks[:120],
            )


# A sentence of an indicator's narrative comparing the year with the one before: the quantity
# (realisasi, capaian, kinerja), a direction word, and the previous year named.
_ARAH = re.compile(
    r"\b(realisasi|capaian|kinerja)\b[^.;:]{0,80}?(?<!tidak )(?<!belum )"
    r"\b(meningkat|naik|menurun|turun|membaik|memburuk|tetap)\b[^.;:]{0,60}?"
    r"\b(?:dari|dibandingkan(?: dengan)?|dibanding|daripada)\s+(?:pada\s+)?tahun\s+"
    r"(lalu|sebelumnya|\d{4})\b",
    re.IGNORECASE,
)
_ARTI = {"meningkat": "naik", "naik": "naik", "menurun": "turun", "turun": "turun"}


def _arah_capaian(h: HasilIndikator, tahun_lalu: int) -> str | None:
    """ "naik", "turun" or "tetap": the capaian of the year against the capaian of
    `tahun_lalu`; None when either is not computed."""
    by_year = {r.tahun: r.capaian.nilai for r in h.riwayat}
    now, before = h.capaian.nilai, by_year.get(tahun_lalu)
    if now is None or before is None:
        return None
    return "naik" if now > before else "turun" if now < before else "tetap"


def _salah_arah(h: HasilIndikator, quantity: str, word: str, year: str) -> str | None:
    """What the word gets wrong about the computed change, or None (right, or uncertain)."""
    p = h.perubahan
    if p is None or (year.isdigit() and int(year) != p.tahun_lalu):
        return None  # no previous year, or another year than the one calc compares with
    lalu, kini = p.realisasi_lalu, p.realisasi
    if not (isinstance(lalu, Decimal) and isinstance(kini, Decimal)):
        return None  # a yes/no or a predicate: its words are checked with its own wording
    if word in ("membaik", "memburuk"):
        if quantity == "capaian" or p.makna == word:
            return None  # a capaian's direction is its own: only realisasi/kinerja have makna
        return (
            f'"{word}", padahal realisasi {idfmt.angka(lalu)} (tahun '
            f"{p.tahun_lalu}) → {idfmt.angka(kini)} berarti kinerja {p.makna} menurut "
            f"polaritas {h.polaritas}"
        )
    if quantity == "kinerja":
        return None  # "kinerja meningkat": realisasi or capaian, uncertain
    actual = p.arah if quantity == "realisasi" else _arah_capaian(h, p.tahun_lalu)
    expected = _ARTI.get(word.casefold(), "tetap")
    if actual is None or actual == expected:
        return None
    return f'{quantity} "{word}" dibandingkan tahun {p.tahun_lalu}, padahal hasil hitungan {actual}'


@rule("LK396", "arah-bertentangan", Severity.ERROR, prose=True)
def check_arah(prose: Prose) -> Iterable[Diagnostic]:
    """Kata arah di narasi indikator bertentangan dengan perubahan yang dihitung

    Di `narasi/indikator/<ID>.md`, kalimat yang menyatakan realisasi atau capaian indikator itu
    "meningkat"/"naik", "menurun"/"turun" atau "tetap" dibandingkan tahun lalu (tahun
    sebelumnya, atau tahun yang disebut), atau kinerjanya "membaik"/"memburuk", dibandingkan
    dengan perubahan yang dihitung dari data riwayat. "Membaik" dan "memburuk" dibaca menurut
    polaritas indikator: realisasi indikator negatif yang turun berarti membaik. "Kinerja
    meningkat" tidak diperiksa (realisasi atau capaian, tidak pasti). Seed E34.

    Contoh salah:

        # realisasi 60 pada 2021, 100 pada 2022, polaritas positif
        Realisasi indikator ini menurun dibandingkan tahun lalu.

    Contoh benar:

        Realisasi indikator ini {{ ind.TRANTIBUM.perubahan.arah }} dibandingkan tahun lalu.
    """
    for f in prose.files:
        if not f.file.startswith("narasi/indikator/"):
            continue
        h = prose.hasil.indikator.get(f.file.removeprefix("narasi/indikator/").removesuffix(".md"))
        if h is None:
            continue
        for m in _ARAH.finditer(f.text):
            wrong = _salah_arah(h, m.group(1).casefold(), m.group(2).casefold(), m.group(3))
            if wrong:
                line, col = f.position(m.start())
                yield diag("LK396", wrong, Location(f.file, line, col), subject=h.id)
