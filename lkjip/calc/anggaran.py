"""Budget rollups (domain.md §3.6): Σ pagu and Σ realisasi at every level, serapan from sums.

Sub kegiatan → kegiatan → program → OPD. Totals typed in the data (a program's or a kegiatan's
own `pagu` when it lists children) are never used for sums; the checks compare them.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from lkjip.calc.results import (
    Anggaran,
    HasilKegiatan,
    HasilProgram,
    HasilSubKegiatan,
    SelisihPk,
)
from lkjip.model.anggaran import Kegiatan, Program, SubKegiatan
from lkjip.model.kinerja import PerjanjianKinerja

SERATUS = Decimal(100)


def simpul(pagu: Decimal, realisasi: Decimal | None) -> Anggaran:
    """One budget node with serapan and sisa.

    Args:
        pagu, realisasi: Rupiah; realisasi None = not reported yet.
    Returns:
        serapan = realisasi / pagu × 100 (percent; None when pagu = 0 or realisasi is None),
        sisa = pagu − realisasi (None when realisasi is None).
    """
    if realisasi is None:
        return Anggaran(pagu=pagu, realisasi=None, serapan=None, sisa=None)
    serapan = realisasi / pagu * SERATUS if pagu != 0 else None
    return Anggaran(pagu=pagu, realisasi=realisasi, serapan=serapan, sisa=pagu - realisasi)


def jumlahkan(bagian: Iterable[Anggaran]) -> Anggaran:
    """Σ pagu and Σ realisasi of the parts; realisasi None when any part has none.

    Serapan is recomputed from the sums, never averaged.
    """
    pagu = Decimal(0)
    realisasi: Decimal | None = Decimal(0)
    for node in bagian:
        pagu += node.pagu
        if realisasi is not None and node.realisasi is not None:
            realisasi += node.realisasi
        else:
            realisasi = None
    return simpul(pagu, realisasi)


def sub_kegiatan(sub: SubKegiatan) -> HasilSubKegiatan:
    return HasilSubKegiatan(kode=sub.kode, nama=sub.nama, anggaran=simpul(sub.pagu, sub.realisasi))


def kegiatan(keg: Kegiatan, program_kode: str) -> HasilKegiatan:
    """A kegiatan: Σ of its sub kegiatan when it lists them, else its own figures.

    A kegiatan with neither sub kegiatan nor pagu (invalid; the checks report it) counts pagu 0.
    """
    subs = [sub_kegiatan(s) for s in keg.sub_kegiatan]
    if subs:
        anggaran = jumlahkan(s.anggaran for s in subs)
    else:
        anggaran = simpul(keg.pagu if keg.pagu is not None else Decimal(0), keg.realisasi)
    return HasilKegiatan(
        kode=keg.kode, nama=keg.nama, program=program_kode, anggaran=anggaran, sub_kegiatan=subs
    )


def program(prog: Program) -> HasilProgram:
    """A program: Σ of its kegiatan (its own typed pagu/realisasi are then not used), or its
    own figures when the detail stops at the program (no kegiatan; pagu 0 when missing, which
    the checks report)."""
    kegs = [kegiatan(k, prog.kode) for k in prog.kegiatan]
    if kegs:
        anggaran = jumlahkan(k.anggaran for k in kegs)
    else:
        anggaran = simpul(prog.pagu if prog.pagu is not None else Decimal(0), prog.realisasi)
    return HasilProgram(
        kode=prog.kode,
        nama=prog.nama,
        penunjang=prog.penunjang,
        indikator=list(prog.indikator),
        anggaran=anggaran,
        kegiatan=kegs,
    )


def pendukung(programs: Iterable[HasilProgram], indikator: set[str]) -> list[HasilProgram]:
    """Non-penunjang programs that support at least one of `indikator` (ids)."""
    return [p for p in programs if not p.penunjang and indikator.intersection(p.indikator)]


def anggaran_dari(programs: list[HasilProgram]) -> Anggaran | None:
    """Σ of the programs' budgets; None when there is no program."""
    return jumlahkan(p.anggaran for p in programs) if programs else None


def pk_total(pk: PerjanjianKinerja) -> Decimal | None:
    """Σ of the programs' pagu in the PK; None when the PK lists no budget."""
    if not pk.anggaran:
        return None
    return sum((p.pagu for p in pk.anggaran), Decimal(0))


def selisih_pk(pk: PerjanjianKinerja, programs: dict[str, HasilProgram]) -> list[SelisihPk]:
    """Every PK program, kegiatan or sub kegiatan whose pagu differs from the DPA figure
    (computed from anggaran.yaml), matched by code. Codes not in the DPA are skipped."""
    kegiatan_dpa: dict[str, tuple[str, Decimal]] = {}
    for prog in programs.values():
        for keg in prog.kegiatan:
            kegiatan_dpa.setdefault(keg.kode, (keg.nama, keg.anggaran.pagu))
            for sub in keg.sub_kegiatan:
                kegiatan_dpa.setdefault(sub.kode, (sub.nama, sub.anggaran.pagu))
    hasil: list[SelisihPk] = []
    for prog_pk in pk.anggaran:
        dpa = programs.get(prog_pk.program)
        if dpa is not None and dpa.anggaran.pagu != prog_pk.pagu:
            hasil.append(_selisih(prog_pk.program, dpa.nama, prog_pk.pagu, dpa.anggaran.pagu))
        for keg_pk in prog_pk.kegiatan:
            found = kegiatan_dpa.get(keg_pk.kode)
            if found is not None and found[1] != keg_pk.pagu:
                hasil.append(_selisih(keg_pk.kode, found[0], keg_pk.pagu, found[1]))
    return hasil


def _selisih(kode: str, nama: str, pagu_pk: Decimal, pagu_dpa: Decimal) -> SelisihPk:
    return SelisihPk(
        kode=kode, nama=nama, pagu_pk=pagu_pk, pagu_dpa=pagu_dpa, selisih=pagu_pk - pagu_dpa
    )
