"""The charts of Bab III as ChartSpecs: realisation and target per year of an indicator, and
budget absorption per program. Every value comes from `Hasil`; the sections place them."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lkjip.calc.results import Hasil, HasilIndikator
from lkjip.render.chart_spec import ChartSpec, Series
from lkjip.render.filters import persen, rupiah

FORMAT_BULAT = "#,##0"
FORMAT_DESIMAL = "#,##0.00"


def grafik_indikator(hi: HasilIndikator) -> ChartSpec | None:
    """Bars: the realisation of every year of `riwayat` (kondisi awal included); line: the
    target (a gap where there is none). None when fewer than two years have a numeric
    realisation or when a realisation or target is a label or a range."""
    realisasi = _angka([r.realisasi for r in hi.riwayat])
    target = _angka([r.target for r in hi.riwayat])
    if realisasi is None or target is None:
        return None
    if sum(v is not None for v in realisasi) < 2:
        return None
    series = [Series("Realisasi", realisasi)]
    if any(v is not None for v in target):
        series.append(Series("Target", target, kind="line"))
    numbers = [v for v in realisasi + target if v is not None]
    return ChartSpec(
        title=hi.nama,
        categories=[str(r.tahun) for r in hi.riwayat],
        series=series,
        y_title=judul_sumbu(hi.satuan),
        number_format=FORMAT_BULAT if all(_bulat(v) for v in numbers) else FORMAT_DESIMAL,
        axis_format=FORMAT_BULAT,
    )


def tahun_grafik(hi: HasilIndikator) -> str:
    """The years the indicator chart covers: "2021–2022"."""
    first, last = hi.riwayat[0].tahun, hi.riwayat[-1].tahun
    return str(first) if first == last else f"{first}–{last}"


def grafik_anggaran(hasil: Hasil) -> ChartSpec | None:
    """Horizontal bars (long program names fit on the left): the budget absorption of every
    program in percent, so small and large programs compare on one scale; each label also
    gives the realisation in rupiah. None when no program has a pagu."""
    programs = [p for p in hasil.program.values() if p.anggaran.serapan is not None]
    if not programs:
        return None
    return ChartSpec(
        title="Penyerapan Anggaran per Program",
        categories=[nama_pendek(p.nama) for p in programs],
        series=[
            Series(
                "Penyerapan",
                [p.anggaran.serapan for p in programs],
                labels=[
                    f"{persen(p.anggaran.serapan)} ({rupiah(p.anggaran.realisasi)})"
                    for p in programs
                ],
            ),
        ],
        y_title="Penyerapan (%)",
        number_format=FORMAT_DESIMAL,
        axis_format=FORMAT_BULAT,
        horizontal=True,
    )


def tinggi_anggaran(spec: ChartSpec) -> float:
    """Height in cm: room for a bar and its label per program, between 5 and 20 cm."""
    return min(max(2.0 + 0.9 * len(spec.categories), 5.0), 20.0)


def nama_pendek(nama: str) -> str:
    """A program name without the leading word "Program" (the caption says "per Program")."""
    words = nama.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() == "program":
        return words[1]
    return nama


def judul_sumbu(satuan: str) -> str:
    """The value axis title: "Persen (%)" for percentages, the unit otherwise."""
    return "Persen (%)" if satuan.strip().lower() in ("%", "persen") else satuan


def ada_grafik(hasil: Hasil) -> bool:
    """Whether Bab III will hold at least one chart (for Daftar Gambar)."""
    if grafik_anggaran(hasil) is not None:
        return True
    return any(grafik_indikator(hi) is not None for hi in hasil.indikator.values())


def _angka(values: Sequence[object]) -> list[Decimal | None] | None:
    """`values` as numbers (None kept as a gap), or None when one is a label or a range."""
    out: list[Decimal | None] = []
    for v in values:
        if v is not None and not isinstance(v, Decimal):
            return None
        out.append(v)
    return out


def _bulat(value: Decimal) -> bool:
    return value == value.to_integral_value()
