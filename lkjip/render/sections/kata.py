"""The wording of an indicator's values by their kind (`HasilIndikator.jenis_nilai`).

Sentences built for numbers ("Target tahun 2022 sebesar 3 dengan realisasi 3,09") read wrong
for other values: "sebesar ya" or "sebesar WTP". Here a yes/no value is quoted ("ya"), a
predicate is named with its kind ("opini WTP", "predikat BB"), and a band says it is one
("rentang 2–4%"); numbers keep the wording they always had.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip.calc import capaian as cp
from lkjip.calc.results import HasilIndikator, NilaiData, Perubahan
from lkjip.model.renstra import Rentang
from lkjip.render.sections.base import dengan_satuan
from lkjip.terbilang import terbilang

# The kind of a period value in the note on Rencana Aksi targets ("nilai pada triwulan
# berjalan (indeks/tingkat)"), by `HasilIndikator.jenis_nilai`.
JENIS_PERIODE = {"biner": "ya/tidak", "predikat": "predikat"}
JENIS_PERIODE_ANGKA = "indeks/tingkat"


def sebutan(value: NilaiData | None, satuan: str, jenis: str) -> str:
    """A target or realisation as a sentence names it: "89,87%", "ya" (quoted, so it is read
    as the value and not as a word of the sentence), "opini WTP" (the unit names the kind of
    predicate), "rentang 2–4%" (a band, when `jenis` is "rentang"; else "2–4%")."""
    if value is None:
        return dengan_satuan(value, satuan)
    if jenis == "biner" and isinstance(value, str):
        return f'"{value}"'
    if jenis == "predikat" and isinstance(value, str):
        kata = satuan.strip().lower()
        return f"{kata} {value}" if kata.isalpha() and kata != value.lower() else value
    if jenis == "rentang" and isinstance(value, Rentang):
        return f"rentang {dengan_satuan(value, satuan)}"
    return dengan_satuan(value, satuan)


def besaran(value: NilaiData | None, satuan: str, jenis: str) -> str:
    """The predicate of "Target … {besaran}": "sebesar 89,87" for a number (also the number
    realised against a band), "adalah opini WTP" for any other kind of value."""
    if jenis == "angka" or isinstance(value, Decimal):
        return f"sebesar {dengan_satuan(value, satuan)}"
    return f"adalah {sebutan(value, satuan, jenis)}"


def kalimat_target(hi: HasilIndikator, tahun: int, predikat: list[str] | None) -> str:
    """The year's target against its realisation, without the capaian: "Target tahun 2022
    sebesar 80% dengan realisasi 78,2%"; "Target tahun 2022 adalah "ya" dan realisasinya "ya"
    (target tercapai)"; "… adalah opini WTP dan realisasinya opini WDP (di bawah target)"."""
    jenis = hi.jenis_nilai
    if jenis == "angka":
        return (
            f"Target tahun {tahun} sebesar {dengan_satuan(hi.target, hi.satuan)} dengan "
            f"realisasi {dengan_satuan(hi.realisasi, hi.satuan)}"
        )
    kalimat = (
        f"Target tahun {tahun} adalah {sebutan(hi.target, hi.satuan, jenis)} dan realisasinya "
        f"{sebutan(hi.realisasi, hi.satuan, jenis)}"
    )
    keterangan = _keterangan(hi, predikat)
    return f"{kalimat} ({keterangan})" if keterangan else kalimat


def _keterangan(hi: HasilIndikator, predikat: list[str] | None) -> str | None:
    """Where the realisation stands against a target that is not a number; None when it
    cannot be told (no realisation, a value off the scale)."""
    jenis, t, r = hi.jenis_nilai, hi.target, hi.realisasi
    if jenis == "biner" and hi.capaian.nilai is not None:
        return "target tercapai" if hi.capaian.nilai == cp.SERATUS else "target tidak tercapai"
    if jenis == "predikat":
        if isinstance(r, str) and isinstance(t, str):
            kini, dituju = cp.peringkat(r, predikat), cp.peringkat(t, predikat)
            if isinstance(kini, Decimal) and isinstance(dituju, Decimal):
                return _letak(kini - dituju, "sesuai target", "target")
    if jenis == "rentang" and isinstance(t, Rentang) and isinstance(r, Decimal):
        jarak = r - t.max if r > t.max else min(r - t.min, Decimal(0))
        return _letak(jarak, "di dalam rentang", "rentang")
    return None


def _letak(selisih: Decimal, sama: str, nama: str) -> str:
    """ "di atas {nama}" / "di bawah {nama}" by the sign of `selisih`, else `sama`."""
    if selisih > 0:
        return f"di atas {nama}"
    if selisih < 0:
        return f"di bawah {nama}"
    return sama


def kalimat_perubahan(p: Perubahan, hi: HasilIndikator, tahun: int, capaian: str) -> str:
    """The change against the earlier year for a yes/no value or a predicate (`p.jenis`
    "biner" or "predikat"): "Realisasi berubah dari "tidak" pada tahun 2021 menjadi "ya" pada
    tahun 2022; kinerja membaik." `capaian` is " (capaian 100,00%)" or ""."""
    jenis = "biner" if p.jenis == "biner" else "predikat"
    lalu = sebutan(p.realisasi_lalu, hi.satuan, jenis)
    kini = sebutan(p.realisasi, hi.satuan, jenis)
    if p.arah == "tetap":
        return (
            f"Realisasi tahun {tahun} sama dengan tahun {p.tahun_lalu}, yaitu {kini}"
            f"{capaian}; kinerja tetap."
        )
    if p.jenis == "biner" or p.selisih is None:
        return (
            f"Realisasi berubah dari {lalu} pada tahun {p.tahun_lalu} menjadi {kini} pada "
            f"tahun {tahun}{capaian}; kinerja {p.makna}."
        )
    langkah = terbilang(int(abs(p.selisih)))
    return (
        f"Realisasi tahun {tahun} adalah {kini}{capaian}, {p.arah} {langkah} peringkat dari "
        f"{lalu} pada tahun {p.tahun_lalu}; kinerja {p.makna}."
    )


def jenis_periode(hi: HasilIndikator) -> str:
    """The kind of value a period holds, for the note on Rencana Aksi targets."""
    return JENIS_PERIODE.get(hi.jenis_nilai, JENIS_PERIODE_ANGKA)
