"""Read a SIPD-style Excel sheet of program / kegiatan / sub kegiatan into `anggaran.yaml` data.

The sheet is found by its header row (within the first 10 rows), whose columns are recognised
by name in any order and case: kode, nama, pagu and optionally realisasi. The level of each row
comes from the shape of its code (domain.md §5.2). Numbers may be real numbers or Indonesian
text ("1.103.336.776", "Rp 1.103.336.776,00"). Nothing raises for bad rows: every problem is a
Diagnostic pointing at the cell (`Location(file, line=row, col=column, path="Sheet1!C12")`)
and the import carries on with the next row.

The result is a plain dict in the shape of `lkjip.model.anggaran.Anggaran` (money as
`Decimal`), which `dump_anggaran_yaml` writes as stable, commented YAML.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lkjip import codes
from lkjip.diagnostics import Diagnostic, Location, diag
from lkjip.excel.existing import index_existing, lines_of_codes, read_existing
from lkjip.excel.workbook import Formula, Refused, Sheet, check_archive, sheet_rows, unreadable
from lkjip.idfmt import angka, parse_angka

# The sheet the exporter writes in the importer's layout; preferred when no --sheet is given.
EXPORT_SHEET = "Anggaran (impor)"
# Header names the exporter writes; the importer accepts these and the synonyms below.
EXPORT_HEADER = ("Kode", "Nama", "Pagu (Rp)", "Realisasi (Rp)")
HEADER_SEARCH_ROWS = 10
MAX_NUMBER_TEXT = 100  # characters of a money cell written as text
MAX_MONEY_DIGITS = 16  # digits before the sen: the APBN is about Rp 3.300 triliun (16 digits)

_COLUMN_NAMES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    # kind: (exact names after normalisation, accepted prefixes)
    "kode": (
        frozenset({"kode", "kode rekening", "kd rekening", "kode program kegiatan sub kegiatan"}),
        ("kode ",),
    ),
    "nama": (
        frozenset(
            {
                "nama",
                "uraian",
                "nomenklatur",
                "program kegiatan sub kegiatan",
                "program kegiatan",
            }
        ),
        ("nama ", "uraian ", "nomenklatur "),
    ),
    "pagu": (
        frozenset({"pagu", "anggaran", "pagu anggaran", "pagu dpa", "anggaran dpa"}),
        ("pagu ",),
    ),
    "realisasi": (
        frozenset({"realisasi", "realisasi anggaran", "realisasi keuangan"}),
        ("realisasi ",),
    ),
}
_REQUIRED_COLUMNS = ("kode", "nama", "pagu")

_PROGRAM = re.compile(r"^\d\.\d{2}\.\d{2}$")
_KEGIATAN = re.compile(r"^\d\.\d{2}\.\d{2}\.\d\.\d{2}$")
_SUB_KEGIATAN = re.compile(r"^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.(\d{2}|\d{4})$")
_URUSAN = re.compile(r"^\d(\.\d{2})?$")  # urusan "7", bidang urusan "7.01": section rows
_EMPTY_TEXT = {"", "-", "–", "—"}
_CENT = Decimal("0.01")

# The label of a title row ("Tahun Anggaran : 2022"); its value is the rest, stripped, by
# `_meta_label`: a lazy `(.*?)` before `\\s*$` tried every split of a run of spaces.
_META_LABEL = re.compile(r"^\s*(tahun anggaran|tahun|dokumen|sumber realisasi)\s*:", re.IGNORECASE)
_YEAR_IN_TITLE = re.compile(r"\btahun(?:\s+anggaran)?\s*(?::\s*)?(20\d\d)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Columns:
    """1-based column numbers of the recognised header cells."""

    kode: int
    nama: int
    pagu: int
    realisasi: int | None


# ---------------------------------------------------------------------------------------------
# Cells


def _text(value: Any) -> str:
    """Cell content as one line of text ("" for empty)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value).replace("\xa0", " ")).strip()


def _without_brackets(text: str) -> str:
    """Each "(…)" replaced by a space: from an opening bracket to the first closing one after
    it, within a line. A scan with str.find; the pattern `\\(.*?\\)` it replaces searched to
    the end of the cell again from every unclosed "(", quadratic on a long run of them."""
    parts: list[str] = []
    pos = 0
    close = -1  # the first ")" at or after `pos`, once found
    while (start := text.find("(", pos)) >= 0:
        if close <= start:
            close = text.find(")", start + 1)
        if close < 0:
            break
        newline = text.find("\n", start + 1, close)
        if newline >= 0:  # the bracket does not close on its line: skip to the next line
            parts.append(text[pos : newline + 1])
            pos = newline + 1
            continue
        parts.append(text[pos:start] + " ")
        pos = close + 1
    parts.append(text[pos:])
    return "".join(parts)


def _normalise_header(value: Any) -> str | None:
    if not isinstance(value, str) or "%" in value:
        return None  # "Realisasi (%)" is a percentage, never the money column
    text = _without_brackets(value.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return text or None


def _header_kind(value: Any) -> tuple[str, int] | None:
    """(kind, score) of a header cell: exact names score 2, accepted prefixes 1."""
    name = _normalise_header(value)
    if name is None:
        return None
    for kind, (exact, _prefixes) in _COLUMN_NAMES.items():
        if name in exact:
            return kind, 2
    for kind, (_exact, prefixes) in _COLUMN_NAMES.items():
        if name.startswith(prefixes):
            return kind, 1
    return None


def _match_header(row: Sequence[Any]) -> dict[str, int]:
    """Column number per recognised kind; the best-scoring, then leftmost, cell wins."""
    best: dict[str, tuple[int, int]] = {}
    for index, value in enumerate(row, start=1):
        found = _header_kind(value)
        if found is None:
            continue
        kind, score = found
        if kind not in best or score > best[kind][0]:
            best[kind] = (score, index)
    return {kind: col for kind, (_score, col) in best.items()}


def find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, Columns] | tuple[None, dict[str, int]]:
    """Find the header row within the first 10 rows.

    Returns (row number, Columns) or, when no row has kode, nama and pagu, (None, the best
    partial match) so the diagnostic can say which column is missing.
    """
    partial: dict[str, int] = {}
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        found = _match_header(row)
        if all(kind in found for kind in _REQUIRED_COLUMNS):
            return number, Columns(
                found["kode"], found["nama"], found["pagu"], found.get("realisasi")
            )
        if len(found) > len(partial):
            partial = found
    return None, partial


def code_level(kode: str) -> str | None:
    """ "program", "kegiatan", "sub_kegiatan", "urusan" (urusan/bidang rows) or None."""
    if _PROGRAM.match(kode):
        return "program"
    if _KEGIATAN.match(kode):
        return "kegiatan"
    if _SUB_KEGIATAN.match(kode):
        return "sub_kegiatan"
    if _URUSAN.match(kode):
        return "urusan"
    return None


class _BadNumber(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def parse_money(value: Any) -> Decimal | None:
    """A money cell as Decimal (None when empty); raises _BadNumber with an LK5xx code.

    Accepts numbers and Indonesian text: "1.103.336.776", "Rp 1.103.336.776,00",
    "Rp. 1.103.336.776,-". A float whose binary noise hides a sen value (0.1 + 0.2) is
    rounded to the sen; anything finer is refused.
    """
    if value is None:
        return None
    if isinstance(value, Formula):
        raise _BadNumber(codes.EXCEL_RUMUS, value.message())
    if isinstance(value, bool):
        raise _BadNumber(codes.EXCEL_ANGKA_TIDAK_VALID, f"berisi {value}, bukan angka")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _BadNumber(codes.EXCEL_ANGKA_TIDAK_VALID, f"berisi {value}, bukan angka")
        amount = Decimal(repr(value))
        cents = amount.quantize(_CENT)
        if amount != cents and abs(amount - cents) < Decimal("0.000001"):
            amount = cents
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = value.replace("\xa0", " ").strip()
        if text in _EMPTY_TEXT:
            return None
        if len(text) > MAX_NUMBER_TEXT:
            raise _BadNumber(
                codes.EXCEL_ANGKA_TIDAK_VALID,
                f"berisi teks {len(text)} karakter, bukan angka rupiah",
            )
        text = re.sub(r"^rp", "Rp", text, flags=re.IGNORECASE)
        parsed = parse_angka(text)
        if parsed is None:
            raise _BadNumber(
                codes.EXCEL_ANGKA_TIDAK_VALID,
                f'"{value}" bukan angka rupiah; tulis mis. 1.103.336.776 atau '
                "Rp 1.103.336.776,00 (titik pemisah ribuan, koma sebelum sen)",
            )
        amount = parsed
    else:
        raise _BadNumber(codes.EXCEL_ANGKA_TIDAK_VALID, f'"{value}" bukan angka rupiah')
    if not amount.is_finite() or amount.adjusted() >= MAX_MONEY_DIGITS:
        shown = _text(value)
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise _BadNumber(
            codes.EXCEL_ANGKA_TIDAK_VALID,
            f"{shown} bukan angka rupiah yang mungkin (paling banyak {MAX_MONEY_DIGITS} angka)",
        )
    if amount < 0:
        raise _BadNumber(codes.EXCEL_ANGKA_NEGATIF, f"bernilai negatif ({_text(value)})")
    try:
        if amount != amount.quantize(_CENT):
            raise _BadNumber(
                codes.EXCEL_ANGKA_TIDAK_VALID, f"{_text(value)}: paling banyak dua angka sen"
            )
    except InvalidOperation:
        raise _BadNumber(codes.EXCEL_ANGKA_TIDAK_VALID, f'"{value}" bukan angka rupiah') from None
    return amount


def _cell(row: Sequence[Any], col: int | None) -> Any:
    if col is None or col > len(row):
        return None
    return row[col - 1]


# ---------------------------------------------------------------------------------------------
# Reading the sheet


@dataclass
class _Node:
    kode: str
    nama: str
    row: int
    pagu: Decimal | None
    realisasi: Decimal | None
    children: list[_Node]


class _Reader:
    def __init__(
        self, where: Sheet, columns: Columns, header_row: int, rows: Sequence[Sequence[Any]]
    ) -> None:
        self.where = where
        self.rows = rows
        self.columns = columns
        self.header_row = header_row
        self.diagnostics: list[Diagnostic] = []
        self.programs: list[_Node] = []
        self.by_code: dict[str, _Node] = {}

    def report(
        self, code: str, message: str, row: int | None, col: int | None, subject: str | None
    ) -> None:
        # The cell reference leads the message: text output shows only file:row:col.
        where = self.where.at(row, col)
        self.diagnostics.append(diag(code, f"sel {where.path}: {message}", where, subject=subject))

    def money(self, row: Sequence[Any], number: int, col: int | None, kode: str, what: str):
        try:
            return parse_money(_cell(row, col))
        except _BadNumber as bad:
            self.report(bad.code, f"{kode}: {what} {bad.message}", number, col, kode)
            return None

    def read_row(self, number: int, row: Sequence[Any]) -> None:
        cols = self.columns
        kode = _text(_cell(row, cols.kode))
        if not kode:
            return  # blank, total ("JUMLAH") and note rows carry no code
        for col in (cols.kode, cols.nama):
            value = _cell(row, col)
            if isinstance(value, Formula):
                self.report(
                    codes.EXCEL_RUMUS, f"{value.message()}; baris dilewati", number, col, None
                )
                return
        level = code_level(kode)
        if level == "urusan":
            return
        if level is None:
            self.report(
                codes.EXCEL_KODE_TIDAK_DIKENAL,
                f'kode "{kode}" bukan kode program (7.01.02), kegiatan (7.01.02.2.01) atau sub '
                "kegiatan (7.01.02.2.01.0001); baris dilewati",
                number,
                cols.kode,
                kode,
            )
            return
        if kode in self.by_code:
            first = self.by_code[kode].row
            self.report(
                codes.EXCEL_KODE_GANDA,
                f"kode {kode} sudah ada di baris {first}; baris ini dilewati",
                number,
                cols.kode,
                kode,
            )
            return
        parent: _Node | None = None
        if level != "program":
            parent_code = ".".join(kode.split(".")[: 3 if level == "kegiatan" else 5])
            parent = self.by_code.get(parent_code)
            if parent is None:
                parent_level = "program" if level == "kegiatan" else "kegiatan"
                self.report(
                    codes.EXCEL_INDUK_BELUM_ADA,
                    f"{level.replace('_', ' ')} {kode} muncul sebelum {parent_level} "
                    f"{parent_code}; baris {parent_level} harus di atasnya; baris dilewati",
                    number,
                    cols.kode,
                    kode,
                )
                return
        nama = _text(_cell(row, cols.nama))
        if not nama:
            self.report(codes.EXCEL_NAMA_KOSONG, f"{kode}: nama kosong", number, cols.nama, kode)
        pagu = self.money(row, number, cols.pagu, kode, "pagu")
        realisasi = self.money(row, number, cols.realisasi, kode, "realisasi")
        if level == "sub_kegiatan" and pagu is None and not _failed(_cell(row, cols.pagu)):
            self.report(
                codes.EXCEL_PAGU_KOSONG,
                f"{kode}: pagu sub kegiatan kosong",
                number,
                cols.pagu,
                kode,
            )
        node = _Node(kode, nama, number, pagu, realisasi, [])
        self.by_code[kode] = node
        if parent is None:
            self.programs.append(node)
        else:
            parent.children.append(node)

    def finish(self) -> None:
        cols = self.columns
        for program in self.programs:
            if not program.children:
                self.report(
                    codes.EXCEL_PROGRAM_TANPA_KEGIATAN,
                    f"program {program.kode} tidak memiliki kegiatan di bawahnya",
                    program.row,
                    cols.kode,
                    program.kode,
                )
            for kegiatan in program.children:
                if not kegiatan.children and kegiatan.pagu is None:
                    if not _failed(self._raw(kegiatan.row, cols.pagu)):
                        self.report(
                            codes.EXCEL_PAGU_KOSONG,
                            f"{kegiatan.kode}: kegiatan tanpa sub kegiatan harus berpagu",
                            kegiatan.row,
                            cols.pagu,
                            kegiatan.kode,
                        )
                self._check_sum(kegiatan)
            self._check_sum(program)

    def _raw(self, row: int, col: int | None) -> Any:
        return _cell(self.rows[row - 1], col)

    def _check_sum(self, node: _Node) -> None:
        if not node.children:
            return
        for field, col in (("pagu", self.columns.pagu), ("realisasi", self.columns.realisasi)):
            stated = getattr(node, field)
            parts = [_effective(child, field) for child in node.children]
            known = [part for part in parts if part is not None]
            if stated is None or len(known) != len(parts):
                continue
            total = sum(known, Decimal(0))
            if total != stated:
                self.report(
                    codes.EXCEL_JUMLAH_TIDAK_SAMA,
                    f"{node.kode}: {field} tertulis {_plain(stated)} tetapi jumlah rinciannya "
                    f"{_plain(total)} (selisih {_plain(stated - total)})",
                    node.row,
                    col,
                    node.kode,
                )


def _failed(raw: Any) -> bool:
    """True when the cell has content that failed to parse (already reported)."""
    try:
        parse_money(raw)
    except _BadNumber:
        return True
    return False


def _effective(node: _Node, field: str) -> Decimal | None:
    stated = getattr(node, field)
    if stated is not None or not node.children:
        return stated
    parts = [_effective(child, field) for child in node.children]
    known = [part for part in parts if part is not None]
    if len(known) != len(parts):
        return None
    return sum(known, Decimal(0))


def _plain(value: Decimal) -> str:
    return angka(value)


def _meta_label(text: str) -> tuple[str, str] | None:
    """("tahun anggaran", "2022") from "Tahun Anggaran : 2022"; None when the cell is no label
    (a value running over lines is none, as `.` stops at a line break)."""
    label = _META_LABEL.match(text)
    if label is None:
        return None
    value = text[label.end() :].strip()
    return None if "\n" in value else (label.group(1).lower(), value)


def _metadata(rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """tahun / dokumen / sumber_realisasi from title rows above the header."""
    meta: dict[str, Any] = {}
    for row in rows:
        cells = [_text(value) for value in row]
        for index, text in enumerate(cells):
            if not text:
                continue
            label = _meta_label(text)
            if label:
                key, value = label
                value = value or next((c for c in cells[index + 1 :] if c), "")
                if not value:
                    continue
                if key.startswith("tahun"):
                    if re.fullmatch(r"20\d\d", value):
                        meta.setdefault("tahun", int(value))
                elif key == "dokumen":
                    meta.setdefault("dokumen", value)
                else:
                    meta.setdefault("sumber_realisasi", value)
                continue
            year = _YEAR_IN_TITLE.search(text)
            if year:
                meta.setdefault("tahun", int(year.group(1)))
    return meta


def _open_rows(
    xlsx: Path, sheet: str | None
) -> tuple[str, list[tuple[Any, ...]], list[str], list[Diagnostic]]:
    """(sheet name, rows) of the sheet to import: the named one, else the exporter's sheet,
    else the first sheet with a recognisable header."""
    from openpyxl import load_workbook

    where = Location(xlsx.name)
    refused = check_archive(xlsx)
    if refused is not None:
        return "", [], [], [refused]
    try:
        workbook = load_workbook(xlsx, read_only=True, data_only=True)
    except FileNotFoundError:
        return "", [], [], [diag(codes.EXCEL_TIDAK_TERBACA, f"berkas {xlsx} tidak ada", where)]
    except Exception as error:  # noqa: BLE001 - openpyxl raises anything on a broken file
        return "", [], [], [unreadable(xlsx, error)]
    try:
        names = list(workbook.sheetnames)
        if sheet is not None:
            if sheet not in names:
                listed = ", ".join(f'"{n}"' for n in names)
                return (
                    "",
                    [],
                    names,
                    [
                        diag(
                            codes.EXCEL_TIDAK_TERBACA,
                            f'lembar "{sheet}" tidak ada di {xlsx.name}; lembar yang ada: {listed}',
                            where,
                        )
                    ],
                )
            candidates = [sheet]
        elif EXPORT_SHEET in names:
            candidates = [EXPORT_SHEET]
        else:
            candidates = names
        first: tuple[str, list[tuple[Any, ...]]] | None = None
        for name in candidates:
            place = Sheet(xlsx.name, name)
            head = sheet_rows(workbook, name, place, HEADER_SEARCH_ROWS)
            if first is None:
                first = (name, head)
            if find_header(head)[0] is not None:
                return name, sheet_rows(workbook, name, place), names, []
        assert first is not None
        return first[0], first[1], names, []
    except Refused as refused_sheet:
        return "", [], [], [refused_sheet.diagnostic]
    except Exception as error:  # noqa: BLE001 - a broken part of the file, found while reading
        return "", [], [], [unreadable(xlsx, error)]
    finally:
        workbook.close()


def import_anggaran(
    xlsx: Path,
    *,
    sheet: str | None = None,
    existing: Path | None = None,
    tahun: int | None = None,
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """Read the budget tree of `xlsx` into anggaran.yaml data, with every problem found.

    `existing` (an anggaran.yaml) supplies what Excel does not hold, matched by code: `tahun`,
    `dokumen`, `sumber_realisasi`, each program's `penunjang` and `indikator`, and — only when
    the sheet has no realisasi column — the realisasi of each row. `tahun` overrides every
    other source of the year. Returns ({}, diagnostics) when the sheet cannot be read at all.
    """
    xlsx = Path(xlsx)
    name, rows, _names, diagnostics = _open_rows(xlsx, sheet)
    if diagnostics:
        return {}, diagnostics
    where = Sheet(xlsx.name, name)
    header_row, columns = find_header(rows)
    if header_row is None:
        assert isinstance(columns, dict)
        missing = [kind for kind in _REQUIRED_COLUMNS if kind not in columns]
        return {}, [
            diag(
                codes.EXCEL_HEADER_TIDAK_DITEMUKAN,
                f'lembar "{name}": baris judul kolom tidak ditemukan di {HEADER_SEARCH_ROWS} '
                f"baris pertama (kolom {', '.join(missing)} tidak ada); judul yang dikenali: "
                "kode/kode rekening, nama/uraian/nomenklatur, pagu/anggaran/pagu anggaran, "
                "realisasi",
                where.at(None, None),
            )
        ]
    assert isinstance(columns, Columns)
    reader = _Reader(where, columns, header_row, rows)
    for number in range(header_row + 1, len(rows) + 1):
        reader.read_row(number, rows[number - 1])
    reader.finish()
    diagnostics = reader.diagnostics

    meta = _metadata(rows[: header_row - 1])
    old: dict[str, Any] | None = None
    old_index: dict[str, dict[str, Any]] = {}
    if existing is not None:
        old, problems = read_existing(existing)
        diagnostics.extend(problems)
        if old is not None:
            old_index = index_existing(old)

    data: dict[str, Any] = {}
    year = tahun
    if year is None and old is not None and isinstance(old.get("tahun"), int):
        year = old["tahun"]
        if "tahun" in meta and meta["tahun"] != year:
            diagnostics.append(
                diag(
                    codes.EXCEL_TAHUN_BERBEDA,
                    f"judul Excel menyebut tahun {meta['tahun']}, anggaran.yaml lama tahun "
                    f"{year}; tahun {year} dipertahankan",
                    where.at(None, None),
                )
            )
    if year is None:
        year = meta.get("tahun")
    if year is None:
        diagnostics.append(
            diag(
                codes.EXCEL_TAHUN_TIDAK_DIKETAHUI,
                "tahun anggaran tidak ditemukan di judul lembar; isi `tahun:` di anggaran.yaml",
                where.at(None, None),
            )
        )
    else:
        data["tahun"] = year
    for key, default in (("dokumen", "DPA"), ("sumber_realisasi", None)):
        value = old.get(key) if old is not None else None
        if not isinstance(value, str):
            value = meta.get(key, default)
        if value is not None:
            data[key] = value

    keep_realisasi = columns.realisasi is None
    data["program"] = [_program_data(p, old_index, keep_realisasi) for p in reader.programs]

    if old is not None and existing is not None and isinstance(old.get("program"), list):
        dropped: dict[str, None] = {}  # in order, once each (aliases repeat a program)
        for item in old["program"]:
            kode = item.get("kode") if isinstance(item, dict) else None
            if isinstance(kode, str) and kode not in reader.by_code:
                dropped[kode] = None
        lines = lines_of_codes(existing) if dropped else {}
        for kode in dropped:
            diagnostics.append(
                diag(
                    codes.EXCEL_PROGRAM_LAMA_HILANG,
                    f"program {kode} ada di {existing.name} tetapi tidak ada di "
                    f"{xlsx.name}; program itu (dengan penunjang/indikatornya) tidak ditulis",
                    Location(existing.name, lines.get(kode)),
                    subject=kode,
                )
            )
    return data, diagnostics


def _program_data(
    node: _Node, old: dict[str, dict[str, Any]], keep_realisasi: bool
) -> dict[str, Any]:
    before = old.get(node.kode, {})
    penunjang = before.get("penunjang")
    indikator = before.get("indikator")
    out: dict[str, Any] = {
        "kode": node.kode,
        "nama": node.nama,
        "penunjang": penunjang if isinstance(penunjang, bool) else False,
        # Only scalar ids: an aliased list inside the list could print as billions of items.
        "indikator": [str(i) for i in indikator if isinstance(i, (str, int, float, Decimal))]
        if isinstance(indikator, list)
        else [],
    }
    _money_fields(out, node, old, keep_realisasi)
    out["kegiatan"] = []
    for kegiatan in node.children:
        item: dict[str, Any] = {"kode": kegiatan.kode, "nama": kegiatan.nama}
        _money_fields(item, kegiatan, old, keep_realisasi)
        subs = []
        for sub in kegiatan.children:
            sub_item: dict[str, Any] = {"kode": sub.kode, "nama": sub.nama}
            _money_fields(sub_item, sub, old, keep_realisasi)
            subs.append(sub_item)
        if subs:
            item["sub_kegiatan"] = subs
        out["kegiatan"].append(item)
    return out


def _money_fields(
    out: dict[str, Any], node: _Node, old: dict[str, dict[str, Any]], keep_realisasi: bool
) -> None:
    if node.pagu is not None:
        out["pagu"] = node.pagu
    realisasi = node.realisasi
    if keep_realisasi and realisasi is None:
        before = old.get(node.kode, {}).get("realisasi")
        try:
            realisasi = parse_money(before)
        except _BadNumber:
            realisasi = None
    if realisasi is not None:
        out["realisasi"] = realisasi
