"""What each column and row of a table holds: its quantity, its period, its subject.

A column's quantity comes from its header (`konteks.besaran_kolom`), read from the innermost
header cell outwards: "Target / Realisasi › Tri Wulan 1 › REALISASI (6)" is a realisation of
the first quarter. A column sits under a budget group when its header (or, in a one-level
table of budget columns, the table) speaks of money: there "%" is absorption, not capaian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from lkjip.checks import konteks
from lkjip.checks.konteks import Bilangan
from lkjip.reviu.dokumen import Sel, Tabel

_UANG = re.compile(r"keuangan|anggaran|\(rp\)|\brp\b|pagu", re.IGNORECASE)
_NAMA = (
    ("indikator", re.compile(r"indikator", re.IGNORECASE)),
    ("program", re.compile(r"program|kegiatan|uraian", re.IGNORECASE)),
    ("sasaran", re.compile(r"sasaran|tujuan", re.IGNORECASE)),
)
_SATUAN = re.compile(r"^(satuan|situasi)$", re.IGNORECASE)


@dataclass(frozen=True)
class Kolom:
    indeks: int
    label: str
    besaran: str | None
    periode: tuple[str, int] | None
    uang: bool
    renstra: bool  # "… terhadap Renstra", "Target Akhir"
    nama: str | None  # "indikator", "program", "sasaran" for a name column
    satuan: bool


def kolom_tabel(tabel: Tabel) -> list[Kolom]:
    labels = tabel.kolom
    money_table = any(re.search(r"pagu", lb, re.IGNORECASE) for lb in labels) and not any(
        re.search(r"\btarget\b", lb, re.IGNORECASE) for lb in labels
    )
    out = []
    for k, label in enumerate(labels):
        parts = label.split(" › ")
        leaf = parts[-1] if parts else ""
        uang = bool(_UANG.search(label)) or money_table
        kind = konteks.besaran_kolom(leaf, uang) if leaf else None
        if kind is None and len(parts) > 1:
            kind = konteks.besaran_kolom(label, uang)
        nama = None
        if kind is None:
            nama = next((n for n, p in _NAMA if p.search(leaf)), None)
        if re.fullmatch(r"\s*no\.?\s*", leaf, re.IGNORECASE) or re.search(
            r"jumlah \w+|kondisi|^\s*kode\s*$", leaf, re.IGNORECASE
        ):
            kind, nama = None, None
        out.append(
            Kolom(
                indeks=k,
                label=label,
                besaran=kind,
                periode=konteks.periode(label),
                uang=uang,
                renstra=bool(re.search(r"renstra|akhir", label, re.IGNORECASE)),
                nama=nama,
                satuan=bool(_SATUAN.match(leaf.strip())),
            )
        )
    return out


def angka_sel(sel: Sel) -> Bilangan | None:
    """The one number a cell holds (continuation cells of a merge hold none of their own)."""
    if sel.lanjutan or not sel.teks.strip() or "\n" in sel.teks.strip():
        return None
    return konteks.baca(sel.teks)


# A total or average row's label is short ("Jumlah", "TOTAL BELANJA", "Rata-rata"): an
# indicator named "Jumlah Jalan Kota yang Ditangani" is no total.
_LABEL_JUMLAH = re.compile(r"^\s*(jumlah|total|sub ?total)(\s+\w+)?\s*:?\s*$", re.IGNORECASE)
_LABEL_RATA = re.compile(r"^\s*(rata-rata|rerata)(\s+\w+)?\s*:?\s*$", re.IGNORECASE)


def label_baris(row: list[Sel]) -> str:
    """The first words of a row: its "No" or its name ("Jumlah", "TOTAL BELANJA")."""
    return " ".join(c.teks for c in row[:3] if c.teks.strip() and not c.lanjutan)


def baris_jumlah(row: list[Sel]) -> bool:
    return any(_LABEL_JUMLAH.match(c.teks) for c in row[:4] if c.teks.strip())


def baris_rata(row: list[Sel]) -> bool:
    return any(_LABEL_RATA.match(c.teks) for c in row[:4] if c.teks.strip())


# Numbering, codes and bullets before a name: "B. ", "1.1 ", "7.01.02 ", "❖ ".
_AWALAN = re.compile(r"^(?:[A-Za-z]\.\s+)?[\s\d.()❖•–\-]*")


def normal(nama: str) -> str:
    """A name as compared across places: no numbering or code, one space, lower case."""
    text = _AWALAN.sub("", nama.replace("\n", " "))
    text = re.sub(r"^sasaran\s*\d*\s*:\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"[^\w\s/]", " ", text)
    return " ".join(text.split()).casefold()


_KODE = re.compile(r"^\s*(\d+(?:\.\d+){2,})\b")


def kode_baris(row: list[Sel], kolom: list[Kolom]) -> str | None:
    """The program/kegiatan code a row prints, in a "Kode" column or before the name: the
    identifier that tells apart two kegiatan of one name."""
    for k in kolom:
        text = row[k.indeks].teks
        if k.label.strip().casefold() == "kode" or k.nama == "program":
            m = _KODE.match(text)
            if m:
                return m.group(1)
    return None


def subjek(row: list[Sel], kolom: list[Kolom], uang: bool) -> tuple[str, str] | None:
    """(kind, name) of what a row's figure is about: for a budget column the program or
    kegiatan, for a performance column the indicator; the sasaran when nothing finer."""
    order = ("program", "indikator", "sasaran") if uang else ("indikator", "sasaran", "program")
    for kind in order:
        for k in kolom:
            if k.nama != kind:
                continue
            text = row[k.indeks].teks.strip()
            if not text or konteks.baca(text) is not None:
                continue
            if kind == "indikator" and "\n" in text:
                continue  # several indicators in one cell: the row is about their sasaran
            return kind, text
    return None


# A label line inside a cell of names ("Kegiatan :"), and the same label before a name.
_LABEL_SEL = re.compile(r"^\s*(?:program|kegiatan|sub kegiatan)\s*:\s*$", re.IGNORECASE)
_AWALAN_LABEL = re.compile(r"^\s*(?:kegiatan|sub kegiatan)\s*:\s*", re.IGNORECASE)


def baris_dalam_sel(
    row: list[Sel], kolom: list[Kolom], k: Kolom
) -> list[tuple[int, str, Bilangan]]:
    """(line number, name, figure) of each line of a cell of lines: a PK prints a program,
    its kegiatan and their amounts as lines of one cell ("Program …\nKegiatan :\nKoordinasi …"
    beside "Rp 67.500.922\nRp 27.090.563"). The lines pair up only when every line of the figure
    cell is one figure and the name cell has as many names (label lines such as "Kegiatan :"
    left out); otherwise the figures cannot be told apart and none is returned. A name printed
    twice in the cell names two figures, so it identifies neither and is left out."""
    cell = row[k.indeks]
    if cell.lanjutan or "\n" not in cell.teks.strip():
        return []
    figures = [konteks.baca(line) for line in cell.teks.strip().split("\n")]
    if any(f is None for f in figures):
        return []
    for name_col in kolom:
        names_cell = row[name_col.indeks]
        if name_col.nama != "program" or names_cell.lanjutan:
            continue
        lines = [line for line in names_cell.teks.strip().split("\n") if line.strip()]
        names = [_AWALAN_LABEL.sub("", n).strip() for n in lines if not _LABEL_SEL.match(n)]
        if len(names) != len(figures):
            continue
        twice = {n for n in names if names.count(n) > 1}
        pairs = enumerate(zip(names, figures, strict=True), start=1)
        return [(k, n, f) for k, (n, f) in pairs if f and n not in twice]
    return []


def bulat_sama(a: Bilangan, b: Bilangan) -> bool:
    """Whether two printed figures agree at the precision of the less precise one."""
    places = min(a.desimal, b.desimal)
    from lkjip import idfmt

    return idfmt.bulatkan(a.nilai, places) == idfmt.bulatkan(b.nilai, places)


def rata(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)
