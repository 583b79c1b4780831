"""The per-level counts sentence of a cascade (Bab III; the Ikhtisar template words it alike)."""

from __future__ import annotations

from lkjip.calc.results import Jumlah, JumlahTingkat
from lkjip.render.sections.bab3 import uraian_tingkat


def jumlah(*tingkat: tuple[str, int, int]) -> Jumlah:
    return Jumlah(
        sasaran=tingkat[0][1],
        indikator=sum(t[2] for t in tingkat),
        iku=0,
        program=0,
        kegiatan=0,
        sub_kegiatan=None,
        tingkat={nama: JumlahTingkat(nama, s, i) for nama, s, i in tingkat},
    )


def test_two_levels_joined_by_dan():
    assert uraian_tingkat(jumlah(("Sasaran Strategis", 3, 5), ("Sasaran Program", 2, 4))) == (
        "3 (tiga) sasaran strategis dengan 5 (lima) indikator kinerja dan 2 (dua) sasaran "
        "program dengan 4 (empat) indikator kinerja"
    )


def test_three_levels_listed_with_a_serial_comma():
    teks = uraian_tingkat(
        jumlah(("Sasaran Strategis", 1, 2), ("Sasaran Program", 2, 3), ("Sasaran Kegiatan", 4, 6))
    )
    assert teks == (
        "1 (satu) sasaran strategis dengan 2 (dua) indikator kinerja, 2 (dua) sasaran program "
        "dengan 3 (tiga) indikator kinerja, dan 4 (empat) sasaran kegiatan dengan 6 (enam) "
        "indikator kinerja"
    )
