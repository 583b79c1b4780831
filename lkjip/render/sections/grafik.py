"""The charts of Bab III as ChartSpecs: realisation and target per year of an indicator, and
budget absorption per program. Every value comes from `Hasil`; the sections place them."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lkjip.calc.results import Hasil, HasilIndikator
from lkjip.render.chart_spec import ChartSpec, Series
from lkjip.render.filters import persen, rupiah

# No title inside a chart: the caption below it names what it shows, and the height a chart
# may have on a page (see `tinggi_grafik`) goes to its bars.
TANPA_JUDUL = ""
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
        title=TANPA_JUDUL,
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
        title=TANPA_JUDUL,
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


# Chart heights. A chart and its caption are kept together, and moved whole to the next page
# when they do not fit: drawn no taller than the page allows (`tertinggi_cm`, see
# `layout.tallest_kept_block_cm`), that move leaves at most 30% of a page empty. Legibility
# comes first: a chart is never lower than GRAFIK_TERENDAH_CM (its legend and axes still
# leave room for the bars), and a budget chart gives every program at least BATANG_TERKECIL_CM:
# room for a name of two lines on the axis (9 pt), or the chart skips every other name.
GRAFIK_TINGGI_CM = 5.5  # an indicator chart, when the page allows it
GRAFIK_TERENDAH_CM = 4.0
_RUANG_SUMBU_CM = 1.4  # the budget chart's axis and axis title
_BATANG_CM = 0.85  # room for a bar and its label, as wanted
BATANG_TERKECIL_CM = 0.75  # and at the least, with many programs


def tinggi_grafik(tertinggi_cm: float) -> float:
    """Height in cm of an indicator chart on a page that allows `tertinggi_cm`."""
    return max(min(GRAFIK_TINGGI_CM, tertinggi_cm), GRAFIK_TERENDAH_CM)


def tinggi_anggaran(spec: ChartSpec, tertinggi_cm: float) -> float:
    """Height in cm of the budget chart: room for a bar and its label per program, within
    what the page allows unless the programs are too many to stay legible in it."""
    n = len(spec.categories)
    ingin = min(_RUANG_SUMBU_CM + _BATANG_CM * n, tertinggi_cm)
    return min(max(ingin, _RUANG_SUMBU_CM + BATANG_TERKECIL_CM * n, GRAFIK_TERENDAH_CM), 20.0)


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
