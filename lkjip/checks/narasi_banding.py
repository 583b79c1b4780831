"""LK393–LK395: what the prose in narasi/*.md says of two figures it types, and of a decree it
cites twice. The reading is `lkjip.checks.banding`, shared with `lkjip reviu` (LK617–LK619),
so a sentence wrong in a Word report is wrong in a narrative too.

Only typed figures are read: a placeholder (`{{ … }}`) is masked (`lkjip.checks.prose`), and a
sentence whose figures are placeholders states nothing certain to this reader.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkjip.checks import banding
from lkjip.checks.prose import Prose
from lkjip.checks.registry import rule
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
    """Keputusan atau peraturan yang sama dikutip dengan dua tahun di narasi

    Penerbit dan nomor yang sama, dengan judul "tentang …" yang sama atau di kalimat yang
    memuat pokok judul itu, dikutip dengan tahun berbeda. Nomor keputusan berulang setiap
    tahun, jadi nomor sama tanpa judul yang menandakan keputusan yang sama tidak dilaporkan.
    Kutipan yang tahunnya berbeda dari kebanyakan kutipan dilaporkan (bila sama banyak: yang
    belakangan). Seed E36.

    Contoh salah:

        Berdasarkan Keputusan Walikota Dumai Nomor 197 Tahun 2022 tentang Pelimpahan …
        … pelimpahan wewenang dari Walikota Dumai (Keputusan Walikota Dumai Nomor 197 Tahun 2021)

    Contoh benar: kedua kutipan "Nomor 197 Tahun 2022".
    """
    cited = [(f, f.text.find(k.teks), k) for f in prose.files for k in banding.kutipan(f.text)]
    kutipan = [k for _, _, k in cited]
    for group in banding.kelompok_kutipan(kutipan):
        acuan = banding.tahun_acuan(group, kutipan)
        if acuan is None:
            continue
        best, first = acuan
        ref_file, ref_at, _ = cited[first]
        ref_line, _ = ref_file.position(ref_at)
        for g in group:
            f, at, k = cited[g]
            if k.tahun == best:
                continue
            line, col = f.position(at)
            yield diag(
                "LK395",
                f'"{k.teks[:120]}" menyebut tahun {k.tahun}, tetapi keputusan yang sama dikutip '
                f'"Tahun {best}" di {ref_file.file}:{ref_line}',
                Location(f.file, line, col),
                subject=k.teks[:120],
            )
