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
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lkjip import codes
from lkjip.diagnostics import Diagnostic, Location, diag
from lkjip.excel.existing import index_existing, lines_of_codes, read_existing
from lkjip.excel.nomenklatur import is_penunjang_code, known_names, normal_name
from lkjip.excel.workbook import Formula, Refused, Sheet, check_archive, sheet_rows, unreadable
from lkjip.idfmt import angka, parse_angka

# The sheet the exporter writes in the importer's layout; preferred when no --sheet is given.
EXPORT_SHEET = "Anggaran (impor)"
# Header names the exporter writes; the importer accepts these and the synonyms below.
EXPORT_HEADER = ("Kode", "Nama", "Pagu (Rp)", "Realisasi (Rp)")
HEADER_SEARCH_ROWS = 10
MAX_NUMBER_TEXT = 100  # characters of a money cell written as text
MAX_MONEY_DIGITS = 16  # digits before the sen: the APBN is about Rp 3.300 triliun (16 digits)

# Header names after normalisation (lower case, punctuation as spaces, brackets dropped):
# kind → ((score, exact names), …) and the prefixes accepted with score 1. The best-scoring
# cell of a kind wins, so of "Anggaran Sebelum Perubahan" and "Anggaran Setelah Perubahan"
# the latest budget is imported, and of "Realisasi s.d. Bulan Lalu" and "Realisasi s.d.
# Bulan Ini" the cumulative one.
_EXACT: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {
    "kode": (
        (2, frozenset({"kode", "kode rekening", "kd rekening", "kd rek", "no rekening",
                       "nomor rekening", "kode program kegiatan sub kegiatan"})),
    ),
    "nama": (
        (2, frozenset({"nama", "uraian", "nomenklatur", "program kegiatan sub kegiatan",
                       "program kegiatan", "uraian program kegiatan sub kegiatan"})),
    ),
    "pagu": (
        (3, frozenset({"anggaran setelah perubahan", "anggaran sesudah perubahan",
                       "pagu setelah perubahan", "pagu sesudah perubahan", "pagu perubahan",
                       "anggaran perubahan", "setelah perubahan", "sesudah perubahan", "dppa",
                       "pagu dppa", "anggaran dppa", "jumlah setelah perubahan"})),
        (2, frozenset({"pagu", "anggaran", "pagu anggaran", "pagu dpa", "anggaran dpa",
                       "jumlah anggaran", "total anggaran", "nilai anggaran"})),
    ),
    "realisasi": (
        (2, frozenset({"realisasi", "realisasi anggaran", "realisasi keuangan"})),
    ),
}  # fmt: skip
_PREFIXES = {
    "kode": ("kode ",),
    "nama": ("nama ", "uraian ", "nomenklatur "),
    "pagu": ("pagu ", "anggaran "),
    "realisasi": ("realisasi ",),
}
# Words that make a money header something other than the budget or its cumulative
# realisation: a difference, a remainder, last year's figure, one month's spending.
_NOT_MONEY = frozenset({"bertambah", "berkurang", "selisih", "sisa", "sebelumnya", "lalu",
                        "fisik", "kas", "persen", "persentase"})  # fmt: skip
_REQUIRED_COLUMNS = ("kode", "nama", "pagu")

_PROGRAM = re.compile(r"^\d\.\d{2}\.\d{2}$")
_KEGIATAN = re.compile(r"^\d\.\d{2}\.\d{2}\.\d\.\d{2}$")
_SUB_KEGIATAN = re.compile(r"^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.(\d{2}|\d{4})$")
_URUSAN = re.compile(r"^\d(\.\d{2})?$")  # urusan "7", bidang urusan "7.01": section rows
# The unit (SKPD) row of a SIPD export: "7.01.0.00.0.00.06.0000" (bidang urusan, two more
# bidang, the unit's number, the sub unit): a section row as well.
_UNIT = re.compile(r"^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$")
# An account (rekening) row: 5.1.02.01.01.0024 "Belanja Alat Tulis Kantor" below its sub
# kegiatan, from akun "5" to sub rincian objek; the second part has one digit, where a
# program's has two. Some exports write the sub kegiatan's code in front of it.
_ACCOUNT = re.compile(
    r"^(?:(\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4})\.)?"  # the sub kegiatan, when written
    r"([4-6](?:\.\d(?:\.\d{2}){0,3}(?:\.\d{4})?)?)$"  # akun . kelompok . jenis … sub rincian
)
_ACCOUNT_LEAF_PARTS = 6  # the sub rincian objek: the level whose amounts add up to the total
_EMPTY_TEXT = {"", "-", "–", "—"}
_CENT = Decimal("0.01")

# The label of a title row ("Tahun Anggaran : 2022"); its value is the rest, stripped, by
# `_meta_label`: a lazy `(.*?)` before `\\s*$` tried every split of a run of spaces.
_META_LABEL = re.compile(r"^\s*(tahun anggaran|tahun|dokumen|sumber realisasi)\s*:", re.IGNORECASE)
# The title of a DPPA (Dokumen Pelaksanaan Perubahan Anggaran): the budget after revision.
_REVISED_TITLE = re.compile(r"\bDPPA\b|\bpelaksanaan perubahan anggaran\b", re.IGNORECASE)
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
    text = _without_brackets(value.lower()).replace("s/d", "s d")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"\bsd\b", "s d", text)  # "Realisasi sd Triwulan IV"
    return text or None


def _header_kind(value: Any) -> tuple[str, int] | None:
    """(kind, score) of a header cell: 3 for the latest budget and the cumulative
    realisation, 2 for the plain names, 1 for an accepted prefix (and a budget before
    its revision)."""
    name = _normalise_header(value)
    if name is None:
        return None
    for kind, ranked in _EXACT.items():
        for score, names in ranked:
            if name in names:
                return kind, score
    words = set(name.split())
    for kind, prefixes in _PREFIXES.items():
        if not name.startswith(prefixes):
            continue
        if kind in ("pagu", "realisasi") and words & _NOT_MONEY:
            return None
        if kind == "realisasi":
            cumulative = name.startswith("realisasi s d") or "kumulatif" in words
            if not cumulative and "ini" in words:
                return None  # "Realisasi Bulan Ini": one month, not the year so far
            return kind, 3 if cumulative else 1
        return kind, 1
    return None


def _match_header(row: Sequence[Any]) -> dict[str, tuple[int, int]]:
    """(score, column) per recognised kind; the best-scoring, then leftmost, cell wins."""
    best: dict[str, tuple[int, int]] = {}
    for index, value in enumerate(row, start=1):
        found = _header_kind(value)
        if found is None:
            continue
        kind, score = found
        if kind not in best or score > best[kind][0]:
            best[kind] = (score, index)
    return best


def _two_row_header(top: Sequence[Any], below: Sequence[Any]) -> list[Any]:
    """The header of two rows read as one: "Anggaran" over "Sebelum Perubahan | Setelah
    Perubahan" becomes "Anggaran Sebelum Perubahan | Anggaran Setelah Perubahan". A merged
    cell holds its text in its first column only, so an empty top cell above a sub header
    takes the text to its left."""
    combined: list[Any] = []
    carried: Any = None
    for col in range(1, max(len(top), len(below)) + 1):
        upper, lower = _cell(top, col), _cell(below, col)
        if isinstance(upper, str) and upper.strip():
            carried = upper
        elif not (isinstance(lower, str) and lower.strip()):
            carried = None  # the merged cell ended before this column
        head = upper if upper is not None else carried
        if isinstance(lower, str) and lower.strip() and isinstance(head, str):
            combined.append(f"{head} {lower}")
        else:
            combined.append(upper)
    return combined


def find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, Columns] | tuple[None, dict[str, int]]:
    """Find the header within the first 10 rows: one row, or two (a merged title over sub
    headers).

    Returns (the header's last row number, Columns) or, when no row has kode, nama and pagu,
    (None, the best partial match) so the diagnostic can say which column is missing.
    """
    partial: dict[str, int] = {}
    head = rows[:HEADER_SEARCH_ROWS]
    for number, row in enumerate(head, start=1):
        candidates = [(number, _match_header(row))]
        if number < len(rows):
            below = rows[number]
            candidates.append((number + 1, _match_header(_two_row_header(row, below))))
        complete = [
            (sum(score for score, _col in found.values()), last, found)
            for last, found in candidates
            if all(kind in found for kind in _REQUIRED_COLUMNS)
        ]
        if complete:
            _total, last, found = max(complete, key=lambda item: (item[0], -item[1]))
            cols = {kind: col for kind, (_score, col) in found.items()}
            return last, Columns(cols["kode"], cols["nama"], cols["pagu"], cols.get("realisasi"))
        found = candidates[0][1]
        if len(found) > len(partial):
            partial = {kind: col for kind, (_score, col) in found.items()}
    return None, partial


def code_level(kode: str) -> str | None:
    """ "program", "kegiatan", "sub_kegiatan", "urusan" (urusan/bidang rows) or None."""
    if _PROGRAM.match(kode):
        return "program"
    if _KEGIATAN.match(kode):
        return "kegiatan"
    if _SUB_KEGIATAN.match(kode):
        return "sub_kegiatan"
    if _URUSAN.match(kode) or _UNIT.match(kode):
        return "urusan"
    return None


def account_code(kode: str) -> tuple[str | None, str] | None:
    """(the sub kegiatan code written in front, or None; the account code) of an account row,
    or None when `kode` is no account code."""
    match = _ACCOUNT.match(kode)
    if match is None or (match.group(1) is None and "." not in kode):
        return None  # "5" alone is urusan 5 as much as akun 5: a section row either way
    return match.group(1), match.group(2)


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


_PARENT_LEVEL = {"kegiatan": "program", "sub_kegiatan": "kegiatan"}
_PARENT_PARTS = {"kegiatan": 3, "sub_kegiatan": 5}
_DEPTH = {"program": 0, "kegiatan": 1, "sub_kegiatan": 2}


@dataclass(eq=False)  # nodes are compared by identity: a tree compared field by field is slow
class _Node:
    kode: str
    nama: str
    row: int
    pagu: Decimal | None
    realisasi: Decimal | None
    children: list[_Node]
    level: str = "program"
    implicit: bool = False  # made from its children's codes: the sheet has no row for it
    # The sums of its account rows (sub rincian objek), used when its own cell is empty;
    # None once an account's amount was unreadable.
    account_pagu: Decimal | None = None
    account_realisasi: Decimal | None = None
    accounts: int = 0
    unreadable_accounts: set[str] = field(default_factory=set)  # "pagu", "realisasi"
    summed: bool = False  # its pagu is the sum of its accounts


class _Reader:
    """Reads the rows below the header into nodes by code, then links each node to its
    parent by the parent's code (wherever its row is), so the hierarchy comes from the codes,
    not from the order of the rows."""

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
        self.order: list[_Node] = []  # rows with a code, in sheet order
        self.last_leaf: _Node | None = None  # the row account rows below belong to
        self.account_rows: list[tuple[int, str]] = []

    def report(
        self,
        code: str,
        message: str,
        row: int | None,
        col: int | None,
        subject: str | None,
        *,
        hint: str | None = None,
    ) -> None:
        # The cell reference leads the message: text output shows only file:row:col.
        where = self.where.at(row, col)
        self.diagnostics.append(
            diag(code, f"sel {where.path}: {message}", where, subject=subject, hint=hint)
        )

    def money(self, row: Sequence[Any], number: int, col: int | None, kode: str, what: str):
        try:
            return parse_money(_cell(row, col))
        except _BadNumber as bad:
            self.report(bad.code, f"{kode}: {what} {bad.message}", number, col, kode)
            return None

    def read_row(self, number: int, row: Sequence[Any]) -> None:
        cols = self.columns
        kode = _text(_cell(row, cols.kode)).rstrip(".")
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
            account = account_code(kode)
            if account is not None:
                self.read_account(number, row, *account)
                return
            self.report(
                codes.EXCEL_KODE_TIDAK_DIKENAL,
                f'kode "{kode}" bukan kode program (7.01.02), kegiatan (7.01.02.2.01), sub '
                "kegiatan (7.01.02.2.01.0001) atau rekening belanja (5.1.02.01.01.0024); "
                "baris dilewati",
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
        nama = _text(_cell(row, cols.nama))
        if not nama:
            self.report(codes.EXCEL_NAMA_KOSONG, f"{kode}: nama kosong", number, cols.nama, kode)
        pagu = self.money(row, number, cols.pagu, kode, "pagu")
        realisasi = self.money(row, number, cols.realisasi, kode, "realisasi")
        node = _Node(kode, normal_name(kode, nama), number, pagu, realisasi, [], level)
        self.by_code[kode] = node
        self.order.append(node)
        self.last_leaf = node if level != "program" else None

    def read_account(self, number: int, row: Sequence[Any], owner: str | None, kode: str) -> None:
        """An account row: never a node of anggaran.yaml; its amounts, at the most detailed
        level, add up into the sub kegiatan (or kegiatan) above it."""
        self.account_rows.append((number, kode))
        node = self.by_code.get(owner) if owner is not None else self.last_leaf
        if node is None or len(kode.split(".")) != _ACCOUNT_LEAF_PARTS:
            return
        node.accounts += 1
        cols = self.columns
        for kind, col in (("pagu", cols.pagu), ("realisasi", cols.realisasi)):
            try:
                amount = parse_money(_cell(row, col))
            except _BadNumber:
                node.unreadable_accounts.add(kind)
                amount = None
            if amount is None or kind in node.unreadable_accounts:
                continue
            total = getattr(node, f"account_{kind}") or Decimal(0)
            setattr(node, f"account_{kind}", total + amount)

    # --- after the last row ------------------------------------------------------------------

    def finish(self) -> None:
        # Parents before children, each level in sheet order: a kegiatan row may come after
        # its sub kegiatan.
        for node in sorted(self.order, key=lambda n: (_DEPTH[n.level], n.row)):
            self._link(node)
        self.programs.sort(key=lambda n: n.row)
        for node in self.by_code.values():
            node.children.sort(key=lambda n: n.row)
        self._use_account_sums()
        self._check_tree()
        self._report_accounts()

    def _link(self, node: _Node) -> bool:
        """Put `node` under its parent (made from the nomenclature when the sheet has no row
        for it); False, reported, when the parent is unknown."""
        if node.level == "program":
            if node not in self.programs:
                self.programs.append(node)
            return True
        parent_code = ".".join(node.kode.split(".")[: _PARENT_PARTS[node.level]])
        parent = self.by_code.get(parent_code)
        if parent is None:
            parent = self._implicit_parent(node, parent_code)
            if parent is None:
                return False
        elif not self._linked(parent):
            return False  # its parent could not be placed (reported there)
        if node not in parent.children:
            parent.children.append(node)
        return True

    def _linked(self, node: _Node) -> bool:
        if node.level == "program":
            return node in self.programs
        parent_code = ".".join(node.kode.split(".")[: _PARENT_PARTS[node.level]])
        parent = self.by_code.get(parent_code)
        return parent is not None and node in parent.children and self._linked(parent)

    def _implicit_parent(self, node: _Node, parent_code: str) -> _Node | None:
        parent_level = _PARENT_LEVEL[node.level]
        names = known_names().get(parent_code)
        if not names:
            self.report(
                codes.EXCEL_INDUK_BELUM_ADA,
                f"{node.level.replace('_', ' ')} {node.kode}: baris {parent_level} "
                f"{parent_code} tidak ada di lembar, dan kodenya tidak ada di nomenklatur; "
                "baris dilewati",
                node.row,
                self.columns.kode,
                node.kode,
                hint=f"tambahkan baris {parent_level} {parent_code} dengan namanya",
            )
            return None
        parent = _Node(parent_code, names[0], node.row, None, None, [], parent_level, True)
        self.by_code[parent_code] = parent
        if not self._link(parent):
            del self.by_code[parent_code]
            return None
        self.report(
            codes.EXCEL_INDUK_DARI_KODE,
            f"{parent_level} {parent_code} tidak berbaris sendiri; dibuat dari kode "
            f'{node.kode} dengan nama nomenklatur "{names[0]}"',
            node.row,
            self.columns.kode,
            parent_code,
        )
        return parent

    def _use_account_sums(self) -> None:
        cols = self.columns
        for node in self.order:
            if not node.accounts:
                continue
            usable = {"pagu", "realisasi"} - node.unreadable_accounts
            if node.pagu is None and "pagu" in usable and node.account_pagu is not None:
                if not _failed(self._raw(node.row, cols.pagu)):
                    node.pagu = node.account_pagu
                    node.summed = True
            if cols.realisasi is not None and node.realisasi is None and "realisasi" in usable:
                if not _failed(self._raw(node.row, cols.realisasi)):
                    node.realisasi = node.account_realisasi

    def _check_tree(self) -> None:
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
                for sub in kegiatan.children:
                    self._need_pagu(sub, f"{sub.kode}: pagu sub kegiatan kosong")
                if not kegiatan.children:
                    self._need_pagu(
                        kegiatan, f"{kegiatan.kode}: kegiatan tanpa sub kegiatan harus berpagu"
                    )
                self._check_sum(kegiatan)
            self._check_sum(program)

    def _need_pagu(self, node: _Node, message: str) -> None:
        col = self.columns.pagu
        if node.pagu is None and not node.implicit and not _failed(self._raw(node.row, col)):
            self.report(codes.EXCEL_PAGU_KOSONG, message, node.row, col, node.kode)

    def _report_accounts(self) -> None:
        if not self.account_rows:
            return
        first_row, first_code = self.account_rows[0]
        summed = [n for n in self.order if n.summed]
        message = (
            f"{len(self.account_rows)} baris rekening belanja (mis. {first_code}) bukan "
            "program, kegiatan atau sub kegiatan dan tidak ditulis ke anggaran.yaml"
        )
        if summed:
            message += (
                f"; pagu {len(summed)} baris tanpa angka sendiri (mis. {summed[0].kode}) "
                "dijumlahkan dari rekeningnya yang paling rinci"
            )
        self.report(codes.EXCEL_BARIS_REKENING, message, first_row, self.columns.kode, None)

    def _raw(self, row: int, col: int | None) -> Any:
        return _cell(self.rows[row - 1], col)

    def _check_sum(self, node: _Node) -> None:
        if not node.children or node.implicit:
            return
        for kind, col in (("pagu", self.columns.pagu), ("realisasi", self.columns.realisasi)):
            stated = getattr(node, kind)
            parts = [_effective(child, kind) for child in node.children]
            known = [part for part in parts if part is not None]
            if stated is None or len(known) != len(parts):
                continue
            total = sum(known, Decimal(0))
            if total != stated:
                self.report(
                    codes.EXCEL_JUMLAH_TIDAK_SAMA,
                    f"{node.kode}: {kind} tertulis {_plain(stated)} tetapi jumlah rinciannya "
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


def _effective(node: _Node, kind: str) -> Decimal | None:
    stated = getattr(node, kind)
    if stated is not None or not node.children:
        return stated
    parts = [_effective(child, kind) for child in node.children]
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
    revised = False
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
            if _REVISED_TITLE.search(text):
                revised = True
    if revised and "dokumen" not in meta:
        meta["dokumen"] = "DPA Perubahan"  # a DPPA's title, when no "Dokumen:" cell says
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
        # Program X.XX.01 is the penunjang program of its bidang urusan; a value written in
        # the kept anggaran.yaml wins.
        "penunjang": penunjang if isinstance(penunjang, bool) else is_penunjang_code(node.kode),
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
