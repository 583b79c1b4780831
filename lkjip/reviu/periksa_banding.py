"""The checks of what a paragraph says of two figures or of a decree: a difference in points
(LK617), a comparison word (LK618), and one decree cited with two years (LK619). The reading
is `lkjip.checks.banding`, shared with the narrative rules."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip import codes
from lkjip.checks import banding
from lkjip.reviu.dokumen import Dokumen, Paragraf
from lkjip.reviu.periksa_tabel import Temuan


def periksa_selisih(p: Paragraf) -> Iterator[Temuan]:
    """LK617: "… sebesar 5,29 poin" of 103,30% and 98,00%."""
    for s in banding.selisih_poin(p.teks):
        if not s.benar:
            yield Temuan(codes.REVIU_SELISIH, p.tempat, s.pesan)


def periksa_perbandingan(p: Paragraf) -> Iterator[Temuan]:
    """LK618: "60% sama dengan tahun 2022 sebesar 100%"."""
    for c in banding.perbandingan(p.teks):
        wrong = c.salah()
        if wrong:
            yield Temuan(codes.REVIU_PERBANDINGAN, p.tempat, f'"{c.teks}": ' + "; ".join(wrong))


def periksa_rujukan(dokumen: Dokumen) -> Iterator[Temuan]:
    """LK619 at each citation of a decree whose year differs from the year most citations of
    the same decree give (on a tie, the later citations)."""
    cited = [(p, k) for p in dokumen.paragraf for k in banding.kutipan(p.teks)]
    kutipan = [k for _, k in cited]
    for group in banding.kelompok_kutipan(kutipan):
        acuan = banding.tahun_acuan(group, kutipan)
        if acuan is None:
            continue
        best, first = acuan
        for g in group:
            p, k = cited[g]
            if k.tahun != best:
                yield Temuan(
                    codes.REVIU_RUJUKAN,
                    p.tempat,
                    f'"{k.teks[:120]}" menyebut tahun {k.tahun}, tetapi keputusan yang sama '
                    f'dikutip "Tahun {best}" di {cited[first][0].tempat}',
                )
