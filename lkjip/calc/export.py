"""Projections of a `Hasil` for `lkjip calc`: JSON for machines, Indonesian text for people.

JSON conventions: money as plain decimal strings without grouping ("11281034946", "1.50" with
sen); percentages and efficiency values rounded half-up to two places ("103.30"); targets and
realisations as entered ("89.87", {"min": "80", "max": "90"} or a label); None as null.
Formulas: `indikator.<id>.rumus` is the identifier of the formula (`lkjip.calc.rumus.Rumus`:
"positif", "negatif", "negatif-rasio", "rentang", "stabil", "kualitatif"); every
`*_rumus`, `rumus_capaian` and `efisiensi.rumus` hold the formula text the report prints.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lkjip import idfmt
from lkjip.calc import kurun
from lkjip.calc.results import (
    Anggaran,
    Capaian,
    Efisiensi,
    Hasil,
    HasilIndikator,
    HasilKegiatan,
    HasilProgram,
    HasilRincian,
    HasilSasaran,
    HasilSubKegiatan,
    HasilTriwulan,
    HasilTurunan,
    Jumlah,
    Kurun,
    NilaiData,
    Perubahan,
    PitaSkala,
    Riwayat,
    SkalaTerpakai,
)
from lkjip.calc.skala import interval as skala_interval
from lkjip.calc.turunan import RUMUS_TURUNAN
from lkjip.errors import printable
from lkjip.model.renstra import Rentang

Json = dict[str, Any]
KOSONG = "–"  # what tables print for a figure that cannot be computed


# --- JSON -----------------------------------------------------------------------------------


def uang(value: Decimal | None) -> str | None:
    """Rupiah as a plain string: integers without decimals, sen with two places."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return format(value.quantize(Decimal(1)), "f")
    return format(idfmt.bulatkan(value, 2), "f")


def dua_desimal(value: Decimal | None) -> str | None:
    """A percentage (or efficiency value) rounded half-up to two places: "103.30"."""
    return None if value is None else format(idfmt.bulatkan(value, 2), "f")


def angka(value: Decimal | None) -> str | None:
    """An exact number as a string, as computed or entered ("4.15", "87")."""
    return None if value is None else format(value, "f")


def nilai(value: NilaiData | None) -> Any:
    """A target or realisation: number string, {"min", "max"} for a range, or the label."""
    if isinstance(value, Decimal):
        return angka(value)
    if isinstance(value, Rentang):
        return {"min": angka(value.min), "max": angka(value.max)}
    return value


def _capaian(capaian: Capaian, prefix: str = "capaian") -> Json:
    return {
        prefix: dua_desimal(capaian.nilai),
        f"{prefix}_rumus": capaian.rumus_teks,
        f"{prefix}_alasan": capaian.alasan,
    }


def anggaran_json(anggaran: Anggaran | None) -> Json | None:
    if anggaran is None:
        return None
    return {
        "pagu": uang(anggaran.pagu),
        "realisasi": uang(anggaran.realisasi),
        "serapan": dua_desimal(anggaran.serapan),
        "sisa": uang(anggaran.sisa),
    }


def efisiensi_json(efisiensi: Efisiensi | None) -> Json | None:
    if efisiensi is None:
        return None
    return {
        "capaian": dua_desimal(efisiensi.capaian),
        "serapan": dua_desimal(efisiensi.serapan),
        "nilai": dua_desimal(efisiensi.nilai),
        "rumus": efisiensi.rumus,
        "satuan": efisiensi.satuan,
        "keterangan": efisiensi.keterangan,
    }


def _perubahan(p: Perubahan | None) -> Json | None:
    if p is None:
        return None
    return {
        "jenis": p.jenis,
        "tahun_lalu": p.tahun_lalu,
        "realisasi_lalu": nilai(p.realisasi_lalu),
        "realisasi": nilai(p.realisasi),
        "selisih": angka(p.selisih),
        "persen": dua_desimal(p.persen),
        "arah": p.arah,
        "makna": p.makna,
    }


def _riwayat(r: Riwayat) -> Json:
    return {"tahun": r.tahun, "target": nilai(r.target), "realisasi": nilai(r.realisasi)} | (
        _capaian(r.capaian)
    )


def _triwulan(t: HasilTriwulan) -> Json:
    return {
        "triwulan": t.triwulan,
        "target": nilai(t.target),
        "realisasi": nilai(t.realisasi),
    } | _capaian(t.capaian)


def indikator_json(h: HasilIndikator) -> Json:
    return (
        {
            "nama": h.nama,
            "satuan": h.satuan,
            "polaritas": h.polaritas,
            "rumus": h.capaian.rumus.value,
            "agregasi": h.agregasi,
            "sasaran": h.sasaran,
            "iku": h.iku,
            "target": nilai(h.target),
            "target_renstra": nilai(h.target_renstra),
            "realisasi": nilai(h.realisasi),
        }
        | _capaian(h.capaian)
        | {"kategori": h.kategori, "target_akhir": nilai(h.target_akhir)}
        | _capaian(h.capaian_renstra, "capaian_renstra")
        | {
            "riwayat": [_riwayat(r) for r in h.riwayat],
            "perubahan": _perubahan(h.perubahan),
            "triwulan": [_triwulan(t) for t in h.triwulan],
            "realisasi_dari_triwulan": nilai(h.realisasi_dari_triwulan),
            "program": list(h.program),
            "anggaran": anggaran_json(h.anggaran),
            "efisiensi": efisiensi_json(h.efisiensi),
            "semester": [_semester(t) for t in h.semester],
            "realisasi_dari_semester": nilai(h.realisasi_dari_semester),
            "kurun": {str(k.awal): {str(k.akhir): _kurun(k)} for k in kurun.sampai_akhir(h.kurun)},
            "jalur": [
                {"tahun": t.tahun, "target": nilai(t.target), "realisasi": nilai(t.realisasi)}
                for t in h.jalur
            ],
            "turunan": _turunan(h.turunan),
            "target_turunan": _turunan(h.target_turunan),
            "rincian": _rincian(h.rincian),
        }
    )


def _semester(t: HasilTriwulan) -> Json:
    return {
        "semester": t.triwulan,
        "target": nilai(t.target),
        "realisasi": nilai(t.realisasi),
    } | _capaian(t.capaian)


def _kurun(k: Kurun) -> Json:
    return {
        "tahun": list(k.tahun),
        "jumlah": angka(k.jumlah),
        "rata_rata": dua_desimal(k.rata_rata),
        "perubahan": angka(k.perubahan),
        "perubahan_persen": dua_desimal(k.perubahan_persen),
    }


def _turunan(t: HasilTurunan | None) -> Json | None:
    if t is None:
        return None
    return {
        "pembilang": angka(t.pembilang),
        "penyebut": angka(t.penyebut),
        "pengali": angka(t.pengali),
        "nilai": angka(t.nilai),
        "rumus": RUMUS_TURUNAN,
    }


def _rincian(r: HasilRincian | None) -> Json | None:
    if r is None:
        return None
    return {
        "judul": r.judul,
        "agregasi": r.agregasi,
        "baris": [
            {
                "nama": b.nama,
                "nilai": angka(b.nilai),
                "pembilang": angka(b.pembilang),
                "penyebut": angka(b.penyebut),
            }
            for b in r.baris
        ],
        "nilai": angka(r.nilai),
        "sesuai": r.sesuai,
    }


def sasaran_json(h: HasilSasaran) -> Json:
    return (
        {"teks": h.teks, "tingkat": h.tingkat, "induk": h.induk, "indikator": list(h.indikator)}
        | _capaian(h.capaian)
        | {
            "kategori": h.kategori,
            "program": list(h.program),
            "anggaran": anggaran_json(h.anggaran),
            "efisiensi": efisiensi_json(h.efisiensi),
        }
    )


def _sub_kegiatan(h: HasilSubKegiatan) -> Json:
    return {"nama": h.nama} | (anggaran_json(h.anggaran) or {})


def kegiatan_json(h: HasilKegiatan) -> Json:
    return (
        {"nama": h.nama, "program": h.program}
        | (anggaran_json(h.anggaran) or {})
        | {"sub_kegiatan": {s.kode: _sub_kegiatan(s) for s in h.sub_kegiatan}}
    )


def program_json(h: HasilProgram) -> Json:
    return (
        {"nama": h.nama, "penunjang": h.penunjang, "indikator": list(h.indikator)}
        | (anggaran_json(h.anggaran) or {})
        | {"kegiatan": [k.kode for k in h.kegiatan]}
    )


def skala_json(skala: SkalaTerpakai) -> Json:
    """A scale; bands written with bounds also give `max` and which bounds are inclusive."""

    def pita(p: PitaSkala) -> Json:
        out: Json = {"min": angka(p.min), "kategori": p.kategori}
        if skala.eksplisit:
            out |= {"max": angka(p.max), "min_inklusif": p.min_inklusif}
            out |= {"max_inklusif": p.max_inklusif}
        return out

    return {"nama": skala.nama, "sumber": skala.sumber, "pita": [pita(p) for p in skala.pita]}


def to_json(hasil: Hasil) -> Json:
    """Every computed figure as plain JSON-ready data (see the module docstring)."""
    return {
        "tahun": hasil.tahun,
        "indikator": {k: indikator_json(v) for k, v in hasil.indikator.items()},
        "sasaran": {k: sasaran_json(v) for k, v in hasil.sasaran.items()},
        "opd": _capaian(hasil.capaian_opd) | {"kategori": hasil.kategori_opd},
        "tingkat": {k: _capaian(v) for k, v in hasil.capaian_tingkat.items()},
        "program": {k: program_json(v) for k, v in hasil.program.items()},
        "kegiatan": {k: kegiatan_json(v) for k, v in hasil.kegiatan.items()},
        "total": anggaran_json(hasil.total),
        "pendukung": anggaran_json(hasil.pendukung),
        "efisiensi": efisiensi_json(hasil.efisiensi),
        "jumlah": {
            "sasaran": hasil.jumlah.sasaran,
            "indikator": hasil.jumlah.indikator,
            "iku": hasil.jumlah.iku,
            "program": hasil.jumlah.program,
            "kegiatan": hasil.jumlah.kegiatan,
            "sub_kegiatan": hasil.jumlah.sub_kegiatan,
            "bab": hasil.jumlah.bab,
            # a cascade only: the counts of each level (absent from a flat report's output)
            **(
                {
                    "tingkat": {
                        k: {"nama": t.nama, "sasaran": t.sasaran, "indikator": t.indikator}
                        for k, t in hasil.jumlah.tingkat.items()
                    }
                }
                if hasil.jumlah.tingkat
                else {}
            ),
        },
        "skala": skala_json(hasil.skala),
        "skala_serapan": None if hasil.skala_serapan is None else skala_json(hasil.skala_serapan),
        "kategori_serapan": dict(hasil.kategori_serapan),
        "rumus_capaian": {k: v.teks for k, v in hasil.rumus_capaian.items()},
        "pk_total": uang(hasil.pk_total),
        "selisih_pk": [
            {
                "kode": s.kode,
                "nama": s.nama,
                "pagu_pk": uang(s.pagu_pk),
                "pagu_dpa": uang(s.pagu_dpa),
                "selisih": uang(s.selisih),
            }
            for s in hasil.selisih_pk
        ],
    }


# --- Text -----------------------------------------------------------------------------------


def teks_nilai(value: NilaiData | None) -> str:
    """A target or realisation as Indonesians write it: 89,87; 80–90; WTP; – when absent."""
    if value is None:
        return KOSONG
    if isinstance(value, Decimal):
        return idfmt.angka(value)
    if isinstance(value, Rentang):
        return f"{idfmt.angka(value.min)}–{idfmt.angka(value.max)}"
    return value


def teks_persen(value: Decimal | None) -> str:
    return KOSONG if value is None else idfmt.persen(value)


def teks_capaian(capaian: Capaian, kategori: str | None = None) -> str:
    """ "103,30% (Sangat Tinggi)", or "– (belum ada realisasi)"."""
    if capaian.nilai is None:
        return f"{KOSONG} ({capaian.alasan})"
    return idfmt.persen(capaian.nilai) + (f" ({kategori})" if kategori else "")


def teks_rupiah(value: Decimal | None) -> str:
    return KOSONG if value is None else idfmt.rupiah(value)


def teks_jumlah_sasaran(j: Jumlah) -> str:
    """ "3 sasaran", or in a cascade all levels' sasaran with the first level's share
    ("6 sasaran di 3 tingkat (3 di tingkat pertama)"): `Jumlah.sasaran` counts the first level
    only, and set beside the indicators of every level it would misstate the ratio."""
    if not j.tingkat:
        return f"{j.sasaran} sasaran"
    semua = sum(t.sasaran for t in j.tingkat.values())
    return f"{semua} sasaran di {len(j.tingkat)} tingkat ({j.sasaran} di tingkat pertama)"


def teks_anggaran(a: Anggaran | None) -> str:
    if a is None:
        return "tanpa anggaran"
    return (
        f"pagu {teks_rupiah(a.pagu)}, realisasi {teks_rupiah(a.realisasi)}, "
        f"serapan {teks_persen(a.serapan)}, sisa {teks_rupiah(a.sisa)}"
    )


def teks_efisiensi(e: Efisiensi) -> str:
    if e.nilai is None:
        return f"{KOSONG} ({e.keterangan})"
    satuan = f" {e.satuan}" if e.satuan else ""
    return f"{idfmt.angka(e.nilai, 2)}{satuan} ({e.keterangan}; {e.rumus})"


def _teks_perubahan(p: Perubahan, satuan: str) -> str:
    lalu = f"dibanding {p.tahun_lalu} ({teks_nilai(p.realisasi_lalu)})"
    if p.arah == "tetap":
        return f"{lalu}: tetap"
    if p.jenis == "biner":
        return f"{lalu}: berubah menjadi {teks_nilai(p.realisasi)}; {p.makna}"
    if p.jenis == "predikat" and p.selisih is not None:
        return f"{lalu}: {p.arah} {idfmt.angka(abs(p.selisih))} peringkat; {p.makna}"
    persen = f" ({idfmt.persen(abs(p.persen))})" if p.persen is not None else ""
    besar = KOSONG if p.selisih is None else idfmt.angka(abs(p.selisih))
    return f"{lalu}: {p.arah} {besar} {satuan}{persen}; {p.makna}"


def _teks_indikator(h: HasilIndikator) -> list[str]:
    satuan = "poin" if h.satuan in ("%", "Indeks", "indeks", "Persen", "persen") else h.satuan
    baris = [
        f"- {h.id} {h.nama} ({h.satuan}, {h.polaritas}): target {teks_nilai(h.target)}, "
        f"realisasi {teks_nilai(h.realisasi)}, capaian {teks_capaian(h.capaian, h.kategori)}",
        f"    rumus: {h.capaian.rumus_teks}",
        f"    terhadap target akhir Renstra {teks_nilai(h.target_akhir)}: "
        f"{teks_capaian(h.capaian_renstra)}",
    ]
    if h.perubahan is not None:
        baris.append("    " + _teks_perubahan(h.perubahan, satuan))
    for t in h.triwulan:
        baris.append(
            f"    TW {t.triwulan}: target {teks_nilai(t.target)}, realisasi "
            f"{teks_nilai(t.realisasi)}, capaian {teks_capaian(t.capaian)}"
        )
    for s in h.semester:
        baris.append(
            f"    semester {s.triwulan}: target {teks_nilai(s.target)}, realisasi "
            f"{teks_nilai(s.realisasi)}, capaian {teks_capaian(s.capaian)}"
        )
    if h.realisasi_dari_semester is not None:
        baris.append(
            f"    realisasi tahunan dari semester ({h.agregasi}): "
            f"{teks_nilai(h.realisasi_dari_semester)}"
        )
    for nama, d in (("target", h.target_turunan), ("realisasi", h.turunan)):
        if d is not None:
            baris.append(
                f"    {nama} = {RUMUS_TURUNAN}: {idfmt.angka(d.pembilang)} / "
                f"{idfmt.angka(d.penyebut)} × {idfmt.angka(d.pengali)} = {idfmt.angka(d.nilai)}"
            )
    if h.anggaran is not None and h.efisiensi is not None:
        baris.append(f"    program pendukung {', '.join(h.program)}: {teks_anggaran(h.anggaran)}")
        baris.append(f"    efisiensi: {teks_efisiensi(h.efisiensi)}")
    return baris


def _pita_teks(skala: SkalaTerpakai) -> list[tuple[str, str]]:
    """The bands as the text summary names them: "≥ 91" for a scale of `min` only, the
    interval ("85 < C ≤ 100") for a scale written with bounds."""
    if skala.eksplisit:
        return skala_interval(skala)
    return [(f"≥ {idfmt.angka(p.min)}", p.kategori) for p in skala.pita if p.min is not None]


def to_text(hasil: Hasil) -> str:
    """A readable Indonesian summary of every computed figure, for people."""
    pita = "; ".join(f"{teks} {kategori}" for teks, kategori in _pita_teks(hasil.skala))
    out = [f"Hasil perhitungan kinerja tahun {hasil.tahun}", f"Skala: {hasil.skala.nama} ({pita})"]
    out += ["", "Indikator"]
    for h in hasil.indikator.values():
        out += _teks_indikator(h)
    out += ["", "Sasaran"]
    bertingkat = len(hasil.capaian_tingkat) > 1
    for s in hasil.sasaran.values():
        induk = f" ← {s.induk}" if s.induk else ""
        kaskade = f" [{s.tingkat}{induk}]" if bertingkat else ""
        out += [
            f"- {s.id}{kaskade} {s.teks}: capaian {teks_capaian(s.capaian, s.kategori)}",
            f"    rumus: {s.capaian.rumus_teks}",
            f"    anggaran pendukung: {teks_anggaran(s.anggaran)}",
            f"    efisiensi: {teks_efisiensi(s.efisiensi)}",
        ]
    if bertingkat:
        out += [
            f"Rata-rata tingkat {tingkat}: {teks_capaian(c)}"
            for tingkat, c in hasil.capaian_tingkat.items()
        ]
    out += [f"Capaian OPD: {teks_capaian(hasil.capaian_opd, hasil.kategori_opd)}", "", "Anggaran"]
    for p in hasil.program.values():
        penunjang = " (penunjang)" if p.penunjang else ""
        out.append(f"- {p.kode} {p.nama}{penunjang}: {teks_anggaran(p.anggaran)}")
        for k in p.kegiatan:
            out.append(f"    {k.kode} {k.nama}: {teks_anggaran(k.anggaran)}")
    j = hasil.jumlah
    sub = KOSONG if j.sub_kegiatan is None else str(j.sub_kegiatan)
    # In a cascade the indicators are those of every level, as the sasaran count says.
    semua = " semua tingkat" if j.tingkat else ""
    out += [
        f"Total: {teks_anggaran(hasil.total)}",
        f"Pendukung sasaran: {teks_anggaran(hasil.pendukung)}",
        f"Efisiensi OPD: {teks_efisiensi(hasil.efisiensi)}",
        "",
        f"Jumlah: {teks_jumlah_sasaran(j)}, {j.indikator} indikator{semua} ({j.iku} IKU), "
        f"{j.program} program, {j.kegiatan} kegiatan, {sub} sub kegiatan",
    ]
    if j.tingkat:
        out.append(
            "Jumlah per tingkat: "
            + "; ".join(
                f"{t.nama} {t.sasaran} sasaran, {t.indikator} indikator" for t in j.tingkat.values()
            )
        )
    if hasil.pk_total is not None:
        out.append(f"Jumlah anggaran Perjanjian Kinerja: {teks_rupiah(hasil.pk_total)}")
    for beda in hasil.selisih_pk:
        tanda = "+" if beda.selisih > 0 else "−"
        out.append(
            f"- selisih PK–DPA {beda.kode} {beda.nama}: PK {teks_rupiah(beda.pagu_pk)}, DPA "
            f"{teks_rupiah(beda.pagu_dpa)} ({tanda}{teks_rupiah(abs(beda.selisih))})"
        )
    # A line break inside data (a name written as a YAML block) is shown as \\n: printed in a
    # CI log, a line of its own could be read as a workflow command (`::stop-commands::`).
    return "\n".join(printable(line) for line in out) + "\n"
