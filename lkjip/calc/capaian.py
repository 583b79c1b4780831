"""Capaian (achievement %) of one indicator for one period (domain.md §3.2).

Every function returns a `Capaian`: the unrounded percentage, the formula used (a `Rumus`,
whose text the report prints) and — when it cannot be computed — `nilai=None` with the
reason. Nothing here rounds.

The formula of an indicator is the one it declares for the year (`rumus` in renstra.yaml,
one identifier or one per year it takes effect), else the one of its polarity:

    positif        R / T × 100
    negatif        (2 − R / T) × 100, at least 0
    negatif-rasio  T / R × 100; R = 0 → 100
    rentang        band to keep [min, max]: 100 inside; outside
                   (1 − |R − nearer bound| / |nearer bound|) × 100, at least 0
                   (80–90: 92 → 97,78; 70 → 87,5; so it is below 100 on both sides)
    rentang-batas  PermenPAN-RB 6/2022: 100 inside; outside R / nearer bound × 100
                   (above the band it exceeds 100); the polarity `rentang` uses it
    stabil         (1 − |R − T| / T) × 100, at least 0
    biner          "ya"/"tidak": 100 when R = T, else 0
    kualitatif     rank(R) / rank(T) × 100 on the ordered predicates (`predikat`: a list,
                   or `opini-bpk` TMP<TW<WDP<WTP, `predikat-sakip` D<C<CC<B<BB<A<AA)

Zero targets, explicitly: positif, stabil, kualitatif (rank 0 never occurs) and a range
whose nearer bound is 0 cannot be computed ("target bernilai 0"; LK313 warns for positif);
negatif and negatif-rasio read T = 0 as zero tolerance: R = 0 → 100, R > 0 → 0. A missing
realisation is never 0: it is None with the reason "belum ada realisasi" or "tidak diukur".
"""

from __future__ import annotations

from decimal import Decimal

from lkjip.calc.results import Capaian, NilaiData, Perubahan
from lkjip.calc.rumus import Rumus
from lkjip.model.laporan import RumusNegatif
from lkjip.model.renstra import Indikator, Polaritas, Rentang

NOL = Decimal(0)
SATU = Decimal(1)
DUA = Decimal(2)
SERATUS = Decimal(100)

# The formula of each polarity; a negative indicator's follows `pengaturan.rumus_negatif`.
RUMUS_POLARITAS = {
    Polaritas.POSITIF: Rumus.POSITIF,
    Polaritas.RENTANG: Rumus.RENTANG_BATAS,
    Polaritas.STABIL: Rumus.STABIL,
    Polaritas.KUALITATIF: Rumus.KUALITATIF,
}
RUMUS_NEGATIF = {
    RumusNegatif.DUA_KURANG_RASIO: Rumus.NEGATIF,
    RumusNegatif.RASIO_TERBALIK: Rumus.NEGATIF_RASIO,
}

ALASAN_TARGET_NOL = "target bernilai 0"
ALASAN_BELUM_ADA = "belum ada realisasi"
ALASAN_TIDAK_DIUKUR = "tidak diukur"
ALASAN_TANPA_TARGET = "target tidak ditetapkan"
ALASAN_JENIS_NILAI = "jenis nilai target/realisasi tidak sesuai dengan polaritas indikator"
ALASAN_TANPA_PREDIKAT = "daftar predikat indikator tidak ditetapkan"
ALASAN_BINER = "nilai indikator biner harus 'ya' atau 'tidak'"

# The two values of a `biner` indicator, as written in the data (case and spaces ignored).
YA, TIDAK = "ya", "tidak"


def rumus(polaritas: Polaritas, rumus_negatif: RumusNegatif) -> Rumus:
    """The formula for an indicator of this polarity."""
    if polaritas is Polaritas.NEGATIF:
        return RUMUS_NEGATIF[rumus_negatif]
    return RUMUS_POLARITAS[polaritas]


def rumus_indikator(indikator: Indikator, tahun: int | None, rumus_negatif: RumusNegatif) -> Rumus:
    """The formula of `indikator` in `tahun`: the one it declares for that year
    (`Indikator.rumus`), else the one of its polarity."""
    declared = None if tahun is None else indikator.rumus_tahun(tahun)
    if declared is not None:
        return Rumus(declared.value)
    return rumus(indikator.polaritas, rumus_negatif)


def positif(realisasi: Decimal, target: Decimal) -> Capaian:
    """Higher is better: R / T × 100; not computable when T = 0.

    Args:
        realisasi, target: in the indicator's unit.
    Returns:
        capaian in percent, unrounded.
    """
    if target == 0:
        return Capaian(None, Rumus.POSITIF, ALASAN_TARGET_NOL)
    return Capaian(realisasi / target * SERATUS, Rumus.POSITIF)


def negatif(realisasi: Decimal, target: Decimal, varian: RumusNegatif) -> Capaian:
    """Lower is better, by the declared variant (domain.md §3.2).

    `dua_kurang_rasio`: (2 − R/T) × 100, floored at 0 (T=10, R=8 → 120).
    `rasio_terbalik`: T/R × 100, and 100 when R = 0 (T=10, R=8 → 125).
    A zero-tolerance target (T = 0) gives 100 when R = 0 and 0 when R > 0, in both variants.
    """
    formula = RUMUS_NEGATIF[varian]
    if target == 0:
        return Capaian(SERATUS if realisasi <= 0 else NOL, formula)
    if varian is RumusNegatif.RASIO_TERBALIK:
        if realisasi == 0:
            return Capaian(SERATUS, formula)
        return Capaian(target / realisasi * SERATUS, formula)
    return Capaian(max(NOL, (DUA - realisasi / target) * SERATUS), formula)


def rentang(realisasi: Decimal, bawah: Decimal, atas: Decimal) -> Capaian:
    """A band to keep ("dipertahankan"), [bawah, atas]: 100 inside; outside, 100 less the
    distance to the nearer bound as a percentage of that bound, floored at 0.

    80–90: 85 → 100; 92 → (1 − 2/90) × 100 = 97,77…; 70 → (1 − 10/80) × 100 = 87,5.
    A nearer bound of 0 cannot carry a percentage: not computable ("target bernilai 0").
    """
    if bawah <= realisasi <= atas:
        return Capaian(SERATUS, Rumus.RENTANG)
    batas = atas if realisasi > atas else bawah
    if batas == 0:
        return Capaian(None, Rumus.RENTANG, ALASAN_TARGET_NOL)
    jarak = abs(realisasi - batas) / abs(batas)
    return Capaian(max(NOL, (SATU - jarak) * SERATUS), Rumus.RENTANG)


def rentang_batas(realisasi: Decimal, bawah: Decimal, atas: Decimal) -> Capaian:
    """Target interval [bawah, atas], higher is better (PermenPAN-RB 6/2022).

    Above the range: R / atas × 100; below: R / bawah × 100; inside: 100
    (92 vs 80–90 → 102,22…; 70 vs 80–90 → 87,5).
    """
    if realisasi > atas:
        batas = atas
    elif realisasi < bawah:
        batas = bawah
    else:
        return Capaian(SERATUS, Rumus.RENTANG_BATAS)
    if batas == 0:
        return Capaian(None, Rumus.RENTANG_BATAS, ALASAN_TARGET_NOL)
    return Capaian(realisasi / batas * SERATUS, Rumus.RENTANG_BATAS)


def stabil(realisasi: Decimal, target: Decimal) -> Capaian:
    """Deviation either way is bad: (1 − |R − T| / T) × 100, floored at 0."""
    if target == 0:
        return Capaian(None, Rumus.STABIL, ALASAN_TARGET_NOL)
    return Capaian(max(NOL, (SATU - abs(realisasi - target) / target) * SERATUS), Rumus.STABIL)


def nilai_biner(nilai: NilaiData) -> str | None:
    """ "ya" or "tidak" for a binary value written in any case; None for anything else."""
    if isinstance(nilai, str) and nilai.strip().lower() in (YA, TIDAK):
        return nilai.strip().lower()
    return None


def biner(realisasi: NilaiData, target: NilaiData) -> Capaian:
    """Yes/no: 100 when the realisation is the target ("ya" against "ya"), else 0."""
    r, t = nilai_biner(realisasi), nilai_biner(target)
    if r is None or t is None:
        return Capaian(None, Rumus.BINER, ALASAN_BINER)
    return Capaian(SERATUS if r == t else NOL, Rumus.BINER)


def peringkat(nilai: NilaiData, predikat: list[str] | None) -> Decimal | str:
    """Ordinal position (1-based) of a predicate label in `predikat` (lowest first).

    Returns:
        the position as Decimal; a number passes through unchanged; otherwise the reason
        (text) why the label cannot be ranked.
    """
    if isinstance(nilai, Decimal):
        return nilai
    if isinstance(nilai, Rentang):
        return ALASAN_JENIS_NILAI
    if not predikat:
        return ALASAN_TANPA_PREDIKAT
    if nilai not in predikat:
        return f"predikat '{nilai}' tidak ada dalam daftar predikat indikator"
    return Decimal(predikat.index(nilai) + 1)


def kualitatif(realisasi: NilaiData, target: NilaiData, predikat: list[str] | None) -> Capaian:
    """Predicate labels mapped to their ordinal positions, then R / T × 100
    (opini WDP against target WTP on [TMP, TW, WDP, WTP] → 3/4 × 100 = 75)."""
    r = peringkat(realisasi, predikat)
    t = peringkat(target, predikat)
    for hasil in (t, r):
        if isinstance(hasil, str):
            return Capaian(None, Rumus.KUALITATIF, hasil)
    assert isinstance(r, Decimal) and isinstance(t, Decimal)
    if t == 0:
        return Capaian(None, Rumus.KUALITATIF, ALASAN_TARGET_NOL)
    return Capaian(r / t * SERATUS, Rumus.KUALITATIF)


def compute(
    indikator: Indikator,
    target: NilaiData | None,
    realisasi: NilaiData | None,
    rumus_negatif: RumusNegatif,
    alasan_kosong: str = ALASAN_BELUM_ADA,
    tahun: int | None = None,
) -> Capaian:
    """Capaian of `indikator` for a target and a realisation, by its formula in `tahun`.

    Args:
        target, realisasi: as the data gives them (number, range or label).
        rumus_negatif: the report's formula for negative indicators without a declared one.
        alasan_kosong: the reason to give when `realisasi` is None ("belum ada realisasi",
            or "tidak diukur" when the data says so explicitly).
        tahun: the year measured, which picks a formula declared per year; None = by polarity.
    """
    formula = rumus_indikator(indikator, tahun, rumus_negatif)
    if realisasi is None:
        return Capaian(None, formula, alasan_kosong)
    if target is None:
        return Capaian(None, formula, ALASAN_TANPA_TARGET)
    if formula is Rumus.KUALITATIF:
        return kualitatif(realisasi, target, indikator.daftar_predikat)
    if formula is Rumus.BINER:
        return biner(realisasi, target)
    if not isinstance(realisasi, Decimal):
        return Capaian(None, formula, ALASAN_JENIS_NILAI)
    if formula in (Rumus.RENTANG, Rumus.RENTANG_BATAS):
        return _rentang(formula, realisasi, target)
    if not isinstance(target, Decimal):
        return Capaian(None, formula, ALASAN_JENIS_NILAI)
    if formula is Rumus.NEGATIF:
        return negatif(realisasi, target, RumusNegatif.DUA_KURANG_RASIO)
    if formula is Rumus.NEGATIF_RASIO:
        return negatif(realisasi, target, RumusNegatif.RASIO_TERBALIK)
    if formula is Rumus.STABIL:
        return stabil(realisasi, target)
    return positif(realisasi, target)


def _rentang(formula: Rumus, realisasi: Decimal, target: NilaiData) -> Capaian:
    """A range formula on a {min, max} target, or on one number taken as a band of width 0."""
    if isinstance(target, Rentang):
        bawah, atas = target.min, target.max
    elif isinstance(target, Decimal):
        bawah = atas = target
    else:
        return Capaian(None, formula, ALASAN_JENIS_NILAI)
    if formula is Rumus.RENTANG:
        return rentang(realisasi, bawah, atas)
    return rentang_batas(realisasi, bawah, atas)


def renstra(
    indikator: Indikator,
    realisasi_tahun: dict[int, NilaiData | None],
    tahun: int,
    rumus_negatif: RumusNegatif,
    alasan_kosong: str = ALASAN_BELUM_ADA,
) -> Capaian:
    """Capaian against the Renstra end target `kondisi_akhir` (domain.md §3.4).

    Level indicators: R_N against T_akhir (IKM 89,87 / 88 → 102,13…). When the end target is a
    five-year total (`target_akhir_total`): Σ realisasi of the plan years up to N against it;
    every such year must have a numeric realisation.

    Args:
        realisasi_tahun: realisation by year (None = not measured), including year N.
        tahun: the report year N.
    """
    akhir = indikator.kondisi_akhir
    if not indikator.target_akhir_total:
        return compute(
            indikator, akhir, realisasi_tahun.get(tahun), rumus_negatif, alasan_kosong, tahun
        )
    formula = rumus_indikator(indikator, tahun, rumus_negatif)
    jumlah = NOL
    tahun_target = set(indikator.target) | set(indikator.target_turunan)
    for year in sorted(y for y in tahun_target if y <= tahun):
        value = realisasi_tahun.get(year)
        if value is None:
            return Capaian(None, formula, f"realisasi tahun {year} belum ada")
        if not isinstance(value, Decimal):
            return Capaian(None, formula, ALASAN_JENIS_NILAI)
        jumlah += value
    return compute(indikator, akhir, jumlah, rumus_negatif, tahun=tahun)


def arah(selisih: Decimal) -> str:
    """ "naik", "turun" or "tetap" for a change of realisation."""
    if selisih > 0:
        return "naik"
    if selisih < 0:
        return "turun"
    return "tetap"


def makna(
    polaritas: Polaritas,
    realisasi_lalu: Decimal,
    realisasi: Decimal,
    target: NilaiData | None = None,
) -> str:
    """ "membaik", "memburuk" or "tetap": the change read by the indicator's polarity.

    Negative indicators improve when they go down; stabil indicators when the distance to the
    year's target shrinks (read as positive when there is no numeric target); an indicator
    with a band to keep when the distance to the year's band shrinks (5,62 → 3,21 against
    2–4 is membaik, though it went down); the others improve when they go up.
    """
    if isinstance(target, Rentang):
        perbaikan = _jarak_rentang(realisasi_lalu, target) - _jarak_rentang(realisasi, target)
    elif polaritas is Polaritas.STABIL and isinstance(target, Decimal):
        perbaikan = abs(realisasi_lalu - target) - abs(realisasi - target)
    elif polaritas is Polaritas.NEGATIF:
        perbaikan = realisasi_lalu - realisasi
    else:
        perbaikan = realisasi - realisasi_lalu
    return {"naik": "membaik", "turun": "memburuk", "tetap": "tetap"}[arah(perbaikan)]


def _jarak_rentang(nilai: Decimal, rentang: Rentang) -> Decimal:
    """How far `nilai` lies outside the band; 0 inside it."""
    return max(rentang.min - nilai, NOL, nilai - rentang.max)


def perubahan(
    polaritas: Polaritas,
    tahun_lalu: int,
    realisasi_lalu: Decimal,
    realisasi: Decimal,
    target: NilaiData | None = None,
) -> Perubahan:
    """Change against an earlier year (§3.5): 85,72 → 89,87 is +4,15 (+4,84…%), naik, membaik.

    Returns:
        selisih in the indicator's unit; persen = selisih / realisasi_lalu × 100 (None when
        realisasi_lalu = 0).
    """
    selisih = realisasi - realisasi_lalu
    persen = selisih / realisasi_lalu * SERATUS if realisasi_lalu != 0 else None
    return Perubahan(
        tahun_lalu=tahun_lalu,
        realisasi_lalu=realisasi_lalu,
        realisasi=realisasi,
        selisih=selisih,
        persen=persen,
        arah=arah(selisih),
        makna=makna(polaritas, realisasi_lalu, realisasi, target),
    )


def perubahan_predikat(
    tahun_lalu: int, realisasi_lalu: str, realisasi: str, predikat: list[str] | None
) -> Perubahan | None:
    """Change of a predicate on its ordered scale (`kualitatif`): B → BB on the SAKIP scale is
    one rank up, naik and membaik (a higher rank is always better: the scale is written lowest
    first). None when either label is not on the scale.

    Returns:
        selisih = rank(R) − rank(R_lalu), in ranks; no percent.
    """
    kini, lalu = peringkat(realisasi, predikat), peringkat(realisasi_lalu, predikat)
    if not isinstance(kini, Decimal) or not isinstance(lalu, Decimal):
        return None
    selisih = kini - lalu
    arah_ = arah(selisih)
    return Perubahan(
        tahun_lalu=tahun_lalu,
        realisasi_lalu=realisasi_lalu,
        realisasi=realisasi,
        selisih=selisih,
        persen=None,
        arah=arah_,
        makna={"naik": "membaik", "turun": "memburuk", "tetap": "tetap"}[arah_],
        jenis="predikat",
    )


def perubahan_biner(
    tahun_lalu: int, realisasi_lalu: NilaiData, realisasi: NilaiData, target: NilaiData | None
) -> Perubahan | None:
    """Change of a yes/no value: "tetap", or "berubah" from one to the other. It is membaik
    when the new value is the year's target (tidak → ya against target ya) and memburuk when
    it leaves it; without a yes/no target, "ya" is taken as the value aimed at. None when
    either value is not ya/tidak."""
    kini, lalu = nilai_biner(realisasi), nilai_biner(realisasi_lalu)
    if kini is None or lalu is None:
        return None
    dituju = nilai_biner(target) if target is not None else None
    if kini == lalu:
        arah_, makna_ = "tetap", "tetap"
    else:
        arah_ = "berubah"
        makna_ = "membaik" if kini == (dituju or YA) else "memburuk"
    return Perubahan(
        tahun_lalu=tahun_lalu,
        realisasi_lalu=lalu,
        realisasi=kini,
        selisih=None,
        persen=None,
        arah=arah_,
        makna=makna_,
        jenis="biner",
    )
