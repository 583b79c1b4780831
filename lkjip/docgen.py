"""Generate the user reference pages in `docs/referensi/` from the code, so they never drift.

* `masukan.md` — every input file, model and field (type, required, default, description),
  read from the same JSON Schema the editor uses (`lkjip.source.schema`);
* `rumus.md` — the formulas: the `RUMUS_*` / `ALASAN_*` constants and the public function
  docstrings of the calculation modules, and the built-in rating scales;
* `aturan.md` — the catalogue of diagnostic codes with their full documentation.

`python -m lkjip.docgen` writes the pages; `python -m lkjip.docgen --check` only compares and
exits 1 when a page is out of date (`tests/test_docs.py` does the same). The output depends on
nothing but the code: no dates, no paths, sorted where the source has no order.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from lkjip import atomic
from lkjip import checks as _checks  # noqa: F401 - the rules document themselves
from lkjip.calc import anggaran as calc_anggaran
from lkjip.calc import capaian as calc_capaian
from lkjip.calc import efisiensi as calc_efisiensi
from lkjip.calc import kaskade as calc_kaskade
from lkjip.calc import kurun as calc_kurun
from lkjip.calc import rollup as calc_rollup
from lkjip.calc import rumus as calc_rumus
from lkjip.calc import skala as calc_skala
from lkjip.calc import triwulan as calc_triwulan
from lkjip.calc import turunan as calc_turunan
from lkjip.codes import all_codes
from lkjip.diagnostics import CodeInfo
from lkjip.model import DOCUMENTS
from lkjip.model.jenis import PihakKedua, semua_ciri, semua_regulasi
from lkjip.source.schema import document_schema

REFERENSI = Path(__file__).resolve().parent.parent / "docs" / "referensi"
REGENERATE = "python -m lkjip.docgen"
MAKE_TARGET = "make docs"

_GENERATED = (
    "<!-- Berkas ini dihasilkan otomatis oleh `{cmd}` ({make}); jangan disunting langsung. -->\n"
)


def _header(title: str, intro: str) -> list[str]:
    return [_GENERATED.format(cmd=REGENERATE, make=MAKE_TARGET), f"# {title}", "", intro, ""]


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|") or "—"


def _finish(lines: list[str]) -> str:
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.rstrip("\n") + "\n"


# --- masukan.md: the input files ---------------------------------------------------------------


def _model_classes() -> dict[str, type[BaseModel]]:
    """Every model reachable from the documents, by class name (the JSON Schema $defs keys)."""
    found: dict[str, type[BaseModel]] = {}

    def visit(tp: Any) -> None:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            if tp.__name__ in found:
                return
            found[tp.__name__] = tp
            for field in tp.model_fields.values():
                visit(field.annotation)
            return
        for arg in typing.get_args(tp):
            visit(arg)

    for model in DOCUMENTS.values():
        visit(model)
    return found


def _dict_key(model: type[BaseModel] | None, field: str) -> str:
    """What the keys of a mapping field are ("tahun" for dict[Tahun, …])."""
    if model is None or field not in model.model_fields:
        return "kunci"
    annotation = model.model_fields[field].annotation
    for tp in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(tp) is dict:
            key = typing.get_args(tp)[0]
            base = typing.get_args(key)[0] if typing.get_origin(key) is typing.Annotated else key
            return "tahun" if base is int else "kunci"
    return "kunci"


class _Schema:
    """One document's JSON Schema and how to describe its types in Indonesian."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.defs: dict[str, dict[str, Any]] = schema.get("$defs", {})
        self.classes = _model_classes()

    def ref_name(self, node: dict[str, Any]) -> str | None:
        ref = node.get("$ref")
        return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None

    def is_enum(self, name: str) -> bool:
        return "enum" in self.defs.get(name, {})

    def type_text(self, node: dict[str, Any], key: str = "kunci", top: bool = True) -> str:
        """The type of a schema node in words. A field's own null alternative is left out
        (the table says "boleh null"); nested ones (list items, mapping values) are named."""
        name = self.ref_name(node)
        if name is not None:
            if self.is_enum(name):
                values = ", ".join(f"`{v}`" for v in self.defs[name]["enum"])
                return f"pilihan: {values}"
            return f"`{name}`"
        if "enum" in node:
            return "pilihan: " + ", ".join(f"`{v}`" for v in node["enum"])
        members = node.get("anyOf")
        if isinstance(members, list):
            parts = [self.type_text(m, key, False) for m in members if m.get("type") != "null"]
            if not top and len(parts) < len(members):
                parts.append("`null`")
            return " atau ".join(dict.fromkeys(parts))
        kind = node.get("type")
        if kind == "array":
            text = "daftar " + self.type_text(node.get("items", {}), key, False)
            lo, hi = node.get("minItems"), node.get("maxItems")
            if lo is not None and lo == hi:
                text += f" (tepat {lo} butir)"
            elif lo:
                text += f" (paling sedikit {lo} butir)"
            return text
        if kind == "object":
            value_node = node.get("additionalProperties")
            if isinstance(value_node, dict):
                return f"pemetaan {key} → " + self.type_text(value_node, key, False)
            return "pemetaan"
        words: dict[str, str] = {
            "string": "teks",
            "number": "angka",
            "integer": "bilangan bulat",
            "boolean": "`true`/`false`",
        }
        text = words.get(kind, "nilai") if isinstance(kind, str) else "nilai"
        if kind == "string" and node.get("format") == "date":
            text = "tanggal (TTTT-BB-HH)"
        elif kind == "string" and node.get("format") == "date-time":
            text = "tanggal dan waktu"
        return text + self._limits(node)

    @staticmethod
    def _limits(node: dict[str, Any]) -> str:
        lo, hi = node.get("minimum"), node.get("maximum")
        if lo is not None and hi is not None:
            return f" ({lo}–{hi})"
        if lo is not None:
            return f" (≥ {lo})"
        if hi is not None:
            return f" (≤ {hi})"
        above = node.get("exclusiveMinimum", node.get("gt"))
        return f" (> {above})" if above is not None else ""

    def nullable(self, node: dict[str, Any]) -> bool:
        members = node.get("anyOf")
        return isinstance(members, list) and any(m.get("type") == "null" for m in members)

    def refs(self, node: Any) -> Iterator[str]:
        """Names of the model definitions a node refers to, in order of appearance."""
        if isinstance(node, dict):
            name = self.ref_name(node)
            if name is not None and not self.is_enum(name):
                yield name
            for key, value in node.items():
                if key != "$defs":
                    yield from self.refs(value)
        elif isinstance(node, list):
            for item in node:
                yield from self.refs(item)

    def models_in_order(self) -> list[str]:
        """Model definitions breadth-first from the document's root, each once."""
        order: list[str] = []
        queue = list(self.refs(self.schema.get("properties", {})))
        while queue:
            name = queue.pop(0)
            if name in order or name not in self.defs:
                continue
            order.append(name)
            queue.extend(self.refs(self.defs[name].get("properties", {})))
        return order

    def description(self, node: dict[str, Any]) -> str:
        if node.get("description"):
            return str(node["description"])
        # A field that is just a model (or a model or null) is described by that model.
        if node.get("type") == "array" and isinstance(node.get("items"), dict):
            node = node["items"]
        members = [m for m in node.get("anyOf", [node]) if m.get("type") != "null"]
        name = self.ref_name(members[0]) if len(members) == 1 else None
        if name and self.defs.get(name, {}).get("description"):
            return str(self.defs[name]["description"])
        return ""

    def default_text(
        self, node: dict[str, Any], required: bool, model: type[BaseModel] | None, name: str
    ) -> str:
        if required:
            return "—"
        field = model.model_fields.get(name) if model is not None else None
        if field is not None:
            value = field.get_default(call_default_factory=True)
            if isinstance(value, BaseModel):
                return "(bawaan tiap isiannya)"
            return _yaml_value(value)
        if "default" in node:
            return _yaml_value(node["default"])
        kind = node.get("type")
        if kind == "array":
            return "`[]`"
        if kind == "object" and "additionalProperties" not in node:
            return "`{}`"
        if self.ref_name(node) is not None:
            return "(bawaan tiap isiannya)"
        return "—"

    def table(self, definition: dict[str, Any], model: type[BaseModel] | None) -> list[str]:
        required = set(definition.get("required", []))
        lines = [
            "| isian | jenis | wajib | bawaan | keterangan |",
            "|---|---|---|---|---|",
        ]
        for name, node in definition.get("properties", {}).items():
            jenis = self.type_text(node, _dict_key(model, name))
            if self.nullable(node):
                jenis += "; boleh `null`"
            wajib = "wajib" if name in required else "opsional"
            bawaan = self.default_text(node, name in required, model, name)
            lines.append(
                f"| `{name}` | {_cell(jenis)} | {wajib} | {_cell(bawaan)} "
                f"| {_cell(self.description(node))} |"
            )
        return lines


def _yaml_value(value: Any) -> str:
    if value is None:
        return "`null`"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        return f"`{value}`"
    if isinstance(value, list):
        return "`[" + ", ".join(_yaml_value(v).strip("`") for v in value) + "]`"
    return f"`{value}`"


def masukan_md() -> str:
    """docs/referensi/masukan.md: every input file, model and field."""
    lines = _header(
        "Referensi isian berkas masukan",
        "Halaman ini mendaftar setiap isian berkas data lkjip: jenis nilainya, wajib atau "
        "tidak, nilai bawaan bila tidak ditulis, dan keterangannya. Isinya sama dengan skema "
        "yang dipakai penyunting (`lkjip schema`). Jenis `angka` ditulis tanpa tanda kutip "
        'dengan titik sebagai tanda desimal (tulis `89.87`, bukan `"89,87"`); isian yang '
        "tidak dikenal ditolak (LK102). Nama dalam tanda `` `Nama` `` merujuk bagian model di "
        'berkas yang sama. Jenis "angka atau teks atau `Rentang`" (target dan realisasi) '
        "berarti angka, predikat berupa teks untuk indikator kualitatif (mis. `WTP`), atau "
        "rentang `{min: 80, max: 90}`. Rupiah (`pagu`, `realisasi`, `jumlah`) ditulis sebagai "
        "angka tanpa titik ribuan, tidak negatif, paling banyak dua angka sen.",
    )
    classes = _model_classes()
    for file, model in DOCUMENTS.items():
        schema = document_schema(file)
        s = _Schema(schema)
        lines += [f"## {schema.get('title', file)}", "", str(schema.get("description", "")), ""]
        lines += [f"### Isi `{file}` (`{model.__name__}`)", ""]
        lines += s.table(schema, model)
        lines.append("")
        for name in s.models_in_order():
            definition = s.defs[name]
            lines += [f"### `{name}`", ""]
            if definition.get("description"):
                lines += [str(definition["description"]), ""]
            lines += s.table(definition, classes.get(name))
            lines.append("")
    return _finish(lines)


# --- rumus.md: the formulas --------------------------------------------------------------------

_CALC_MODULES: list[tuple[types.ModuleType, str]] = [
    (calc_rumus, "Rumus capaian: pengenal dan teks"),
    (calc_capaian, "Capaian indikator"),
    (calc_triwulan, "Capaian triwulan (Rencana Aksi)"),
    (calc_rollup, "Capaian sasaran dan perangkat daerah"),
    (calc_kaskade, "Kaskade sasaran"),
    (calc_turunan, "Realisasi turunan dan rincian"),
    (calc_kurun, "Riwayat: kurun tahun dan jalur terhadap target Renstra"),
    (calc_anggaran, "Anggaran: jumlah, penyerapan, sisa"),
    (calc_efisiensi, "Efisiensi"),
    (calc_skala, "Skala kategori capaian"),
]


def _constant_text(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _constants(module: types.ModuleType, prefix: str) -> list[tuple[str, Any]]:
    return [
        (name, value)
        for name, value in vars(module).items()
        if name.startswith(prefix) and not callable(value)
    ]


def _constants_table(module: types.ModuleType, prefix: str, heading: str) -> list[str]:
    items = _constants(module, prefix)
    if not items:
        return []
    lines = [f"#### {heading}", "", "| nama | isi |", "|---|---|"]
    for name, value in items:
        if isinstance(value, dict):
            for key, item in value.items():
                lines.append(f"| `{name}[{_constant_text(key)}]` | {_cell(_constant_text(item))} |")
        else:
            lines.append(f"| `{name}` | {_cell(_constant_text(value))} |")
    return [*lines, ""]


def _skala_tables() -> list[str]:
    lines = ["#### Skala bawaan", ""]
    for short, skala in sorted(
        calc_skala.bawaan().items(), key=lambda kv: (kv[0] != calc_skala.BAWAAN_DEFAULT, kv[0])
    ):
        bawaan = " (bawaan)" if short == calc_skala.BAWAAN_DEFAULT else ""
        lines += [f"##### `{short}`{bawaan}: {skala.nama}", ""]
        if skala.sumber:
            lines += [f"Sumber: {skala.sumber}.", ""]
        lines += ["| capaian (%) | kategori |", "|---|---|"]
        pita = skala.pita
        for i, band in enumerate(pita):
            upper = pita[i - 1].min if i > 0 else None
            if i == len(pita) - 1:
                rentang = f"< {upper}" if upper is not None else "semua"
            elif upper is None:
                rentang = f"≥ {band.min}"
            else:
                rentang = f"≥ {band.min} dan < {upper}"
            lines.append(f"| {rentang} | {band.kategori} |")
        lines.append("")
    return lines


# What each calc module computes, in the words of the report's readers. The constants tables
# below each text come from the code itself; the developers' docstrings (English) are not
# copied here: the code is their reference.
_PENJELASAN: dict[types.ModuleType, str] = {
    calc_rumus: """Setiap capaian yang dihitung lkjip membawa pengenal rumusnya. Teks rumus yang
dicetak di laporan, di lembar Excel dan di `lkjip calc --format json` diturunkan dari pengenal
itu di satu tempat, sehingga teks dan angka selalu sepadan. Bila `pengaturan.batas_capaian`
diisi, teks rata-rata menyebutnya: "rata-rata capaian indikator; capaian tiap indikator
dibatasi paling tinggi 100% di dalam rata-rata".""",
    calc_capaian: """Capaian satu indikator untuk satu periode, dalam persen, tidak dibulatkan.
Rumusnya adalah `rumus` yang dinyatakan indikator untuk tahun itu (satu nama, atau per tahun
mulai berlaku), dan bila tidak dinyatakan mengikuti `polaritas` (R = realisasi, T = target):

- **positif** (makin tinggi makin baik): R / T × 100; tidak dapat dihitung bila T = 0.
- **negatif** (makin rendah makin baik), menurut `pengaturan.rumus_negatif`:
  `dua_kurang_rasio` = (2 − R/T) × 100, paling kecil 0 (T = 10, R = 8 → 120);
  `rasio_terbalik` = T / R × 100, dan 100 bila R = 0 (T = 10, R = 8 → 125). Target nol
  (toleransi nol) memberi 100 bila R = 0 dan 0 bila R > 0.
- **negatif-rasio**: T / R × 100 (rumus `rasio_terbalik`, dapat dipilih per indikator).
- **rentang** (rentang yang dipertahankan, `rumus: rentang`): 100 di dalam rentang; di luar
  rentang (1 − |R − batas terdekat| / batas terdekat) × 100, paling kecil 0, sehingga di kedua
  sisi kurang dari 100 (4,5 terhadap 2–4 → 87,5; 92 terhadap 80–90 → 97,78…).
- **rentang-batas** (`polaritas: rentang`, PermenPAN-RB 6/2022): di atas rentang R / batas
  atas × 100, di bawah rentang R / batas bawah × 100, di dalam rentang 100 (92 terhadap
  80–90 → 102,22…; 70 terhadap 80–90 → 87,5).
- **stabil** (menyimpang ke arah mana pun buruk): (1 − |R − T| / T) × 100, paling kecil 0.
- **biner** (`ya`/`tidak`): 100 bila realisasi sama dengan target, 0 bila berbeda.
- **kualitatif** (predikat, mis. opini BPK): peringkat predikat realisasi / peringkat predikat
  target × 100; peringkat dihitung dari urutan predikat, yang terendah lebih dulu (WDP
  terhadap target WTP pada urutan TMP, TW, WDP, WTP → 3/4 × 100 = 75). Urutan bawaan:
  `opini-bpk` (TMP, TW, WDP, WTP) dan `predikat-sakip` (D, C, CC, B, BB, A, AA).

Target nol ditangani tegas: rumus positif, stabil dan rentang dengan batas terdekat 0 tidak
dapat dihitung ("target bernilai 0"); rumus negatif membaca target 0 sebagai toleransi nol.

Capaian terhadap target akhir Renstra (`kondisi_akhir`) membandingkan realisasi tahun N
dengan target akhir (IKM 89,87 / 88 → 102,13…); bila target akhir adalah jumlah lima tahun
(`target_akhir_total`), jumlah realisasi tahun-tahun Renstra sampai N dibandingkan dengannya.
Perbandingan dengan tahun sebelumnya menghitung selisih (dalam satuan indikator) dan persen
perubahan (selisih / realisasi tahun lalu × 100), lalu membacanya: naik/turun/tetap, dan
membaik/memburuk menurut polaritas (indikator negatif membaik bila turun). Indikator
**kualitatif** dibandingkan menurut urutan predikatnya: selisihnya dalam peringkat (B → BB naik
satu peringkat, membaik), tanpa persen. Indikator **biner** hanya tetap atau berubah (tidak →
ya); perubahan membaik bila nilai barunya sama dengan target tahun itu ("ya" bila targetnya
bukan ya/tidak) dan memburuk bila meninggalkannya. Jenis perbandingan ada di
`perubahan.jenis`: `angka`, `predikat` atau `biner`. Capaian yang tidak
dapat dihitung dicetak `–` beserta alasannya (tabel di bawah), tidak pernah 0.""",
    calc_triwulan: """Capaian triwulan Rencana Aksi dan realisasi tahunan yang tersirat, menurut
`agregasi` indikator:

- **akumulasi** (nilai per triwulan): capaian TW k = jumlah realisasi TW I–k terhadap jumlah
  target TW I–k; realisasi tahunan = jumlah keempat triwulan.
- **kumulatif** (kemajuan sampai dengan): capaian TW k = realisasi TW k terhadap target TW k;
  realisasi tahunan = triwulan terakhir yang terisi.
- **nilai_akhir** (tingkat atau indeks): seperti kumulatif.
- **rata_rata**: capaian tiap triwulan dari nilainya sendiri; realisasi tahunan = rata-rata
  triwulan yang terisi.
- **maksimum**: capaian tiap triwulan dari nilainya sendiri; realisasi tahunan = nilai
  tertinggi yang terisi.

Semester (`realisasi[].semester`) mengikuti aturan yang sama dengan dua periode; tabel Rencana
Aksi di Bab II dan lampiran menambah kolom semester bila ada indikator bersemester. Rumus capaian
indikator tahun itu dipakai pada pasangan nilainya, sehingga indikator negatif memakai rumus
negatif pada nilai triwulannya.""",
    calc_rollup: """Capaian sasaran adalah rata-rata capaian indikatornya (`metode_rollup`:
`rata_rata`, atau `rata_rata_tertimbang` dengan bobot `Indikator.bobot`, 1 bila tidak diisi);
capaian perangkat daerah adalah rata-rata capaian sasaran tingkat pertama kaskade (semua
sasaran bila tidak ada kaskade). Batas `batas_capaian` hanya
membatasi capaian tiap indikator di dalam rata-rata; di tempat lain indikator tetap dicetak
dengan capaian aslinya. Indikator yang capaiannya tidak dapat dihitung tidak ikut dirata-rata
(tidak dihitung sebagai 0).""",
    calc_anggaran: """Pagu dan realisasi dijumlahkan dari bawah: sub kegiatan → kegiatan → program
→ perangkat daerah. Penyerapan = realisasi / pagu × 100 dihitung dari jumlah, tidak pernah
dirata-rata; sisa = pagu − realisasi. Realisasi yang belum dilaporkan membuat jumlah
realisasinya kosong, bukan 0. Pagu yang diketik sendiri pada program atau kegiatan yang punya
rincian tidak dipakai untuk menjumlah; pemeriksaan membandingkannya dengan jumlah rinciannya.
Anggaran pendukung sasaran adalah anggaran program yang bukan program penunjang dan
mendukung paling sedikit satu indikator. Pagu di Perjanjian Kinerja dibandingkan dengan pagu
DPA (dari `anggaran.yaml`) menurut kode.""",
    calc_efisiensi: """Efisiensi membandingkan capaian kinerja dengan penyerapan anggaran, menurut
`pengaturan.rumus_efisiensi`: `selisih` (bawaan) = capaian − penyerapan, dalam poin persen;
`rasio` = capaian / penyerapan (tidak dapat dihitung bila penyerapan 0); `sisa_anggaran` =
100 − penyerapan (persen anggaran yang tidak terserap), "efisien" hanya bila capaian mencapai
100% dan "tidak efisien" bila target tidak tercapai; `indeks_rka_kl` (PMK 249/2011) = 50 +
E / 20 × 50 dengan E = (1 − penyerapan / capaian) × 100 dibatasi −20 s.d. 20 (untuk sasaran
dan perangkat daerah E adalah rata-rata E indikatornya), nilai seimbang 50. Di atas nilai
seimbang keterangannya "efisien", tepat di nilai seimbang "sesuai", di bawahnya "tidak
efisien". Kepala kolom Tabel Analisis Efisiensi menyatakan rumus varian yang dipakai atas nomor
kolomnya: `selisih` (5) = (3) − (4), `rasio` (5) = (3) : (4), `sisa_anggaran` (5) = 100 − (4),
`indeks_rka_kl` (5) = 50 + E / 20 × 50 dengan E = (1 − (4) : (3)) × 100; nilai indikator
dihitung dari capaian dan penyerapan yang tercetak (dua desimal), sedangkan indeks sasaran
dan perangkat daerah dari rata-rata E indikatornya. Catatan di bawah tabel memuat teks rumus
yang dipakai.""",
    calc_skala: """Kategori capaian ditentukan skala: bawaan `permendagri86` atau `lan2003`
(`data/skala.yaml`), atau skala sendiri di `pengaturan.skala`. Setiap pita berlaku dari `min`
pita itu sampai sebelum `min` pita di atasnya (91 ≤ C → Sangat Tinggi, 76 ≤ C < 91 → Tinggi,
…); pita terendah juga memuat semua capaian di bawah `min`-nya, sehingga setiap capaian punya
kategori. Nama skala yang tidak dikenal dilaporkan pemeriksaan, dan perhitungan memakai
`permendagri86`. Skala sendiri yang ditulis dengan batas (`max`, atau pita tanpa `min`)
dibaca apa adanya: `min_inklusif`/`max_inklusif` menentukan apakah batasnya termasuk pita,
batas kosong berarti terbuka, dan nilai di luar semua pita tidak berkategori (celah dan
tumpang tindih diperingatkan, LK315). Bentuk yang sama menilai penyerapan anggaran
(`pengaturan.skala_serapan`).""",
    calc_kaskade: """Tingkat kaskade sasaran dinyatakan di `pengaturan.tingkat_sasaran`; sasaran
tanpa `tingkat` berada di tingkat pertama. Capaian sasaran dihitung dari indikatornya sendiri,
rata-rata dihitung per tingkat dari sasaran tingkat itu saja, dan capaian perangkat daerah
adalah rata-rata tingkat pertama: tingkat yang berbeda tidak pernah dicampur.""",
    calc_turunan: """Realisasi turunan = pembilang / penyebut × pengali, dibulatkan setengah ke
atas ke `desimal` angka (bawaan 2); angka itu adalah realisasinya, sehingga semua tabel dan
kalimat mencetak angka yang sama (3 / 17.000 × 100.000 → 17,65). Rincian per wilayah atau
unit membentuk realisasi dengan jumlah barisnya (`jumlah`), rata-ratanya (`rata_rata`), atau
jumlah pembilang / jumlah penyebut × pengali (`rasio`); rata-rata dan rasio dibandingkan pada
banyak desimal realisasi. Target turunan (`target_turunan` indikator Renstra, per tahun)
dihitung dengan cara yang sama dan menjadi target Renstra tahun itu di semua tabel dan
perhitungan; tahun yang juga ditulis di `target` memakai angka yang ditulis (LK236
membandingkan keduanya).""",
    calc_kurun: """Kurun `kurun[awal][akhir]` ada untuk setiap pasangan tahun yang sama-sama
berealisasi angka; jumlah dan rata-rata memakai setiap tahun di antaranya (kedua ujung
termasuk) yang berealisasi angka. Perubahan = realisasi akhir − realisasi awal (satuan
indikator, "poin" untuk persen dan indeks) dan dalam persen realisasi awal (tidak dihitung
bila realisasi awal 0). Jalur memuat realisasi dan target Renstra (juga `target_lalu`) per
tahun sampai tahun akhir Renstra, untuk grafik.""",
}


def rumus_md() -> str:
    """docs/referensi/rumus.md: formulas, reasons and built-in scales, in Indonesian."""
    lines = _header(
        "Referensi rumus perhitungan",
        "Halaman ini menjelaskan rumus perhitungan lkjip (`lkjip/calc/`). Teks rumus yang "
        "dicetak di laporan, alasan ketika sebuah capaian tidak dapat dihitung (dicetak `–`), "
        "dan skala bawaan diambil langsung dari kode. Semua perhitungan memakai angka desimal "
        "persis; pembulatan hanya terjadi saat mencetak. Rumus yang dipakai sebuah laporan "
        "dipilih di `lkjip.yaml`, bagian `pengaturan` (lihat [masukan.md](masukan.md)).",
    )
    for module, title in _CALC_MODULES:
        lines += [f"## {title}", "", f"Modul `{module.__name__}`.", ""]
        lines += [_PENJELASAN[module], ""]
        lines += _constants_table(module, "RUMUS", "Rumus")
        lines += _constants_table(module, "ALASAN", "Alasan capaian tidak dapat dihitung")
        if module is calc_efisiensi:
            lines += _constants_table(module, "SATUAN", "Satuan efisiensi")
            lines += _constants_table(module, "SEIMBANG", 'Nilai seimbang (keterangan "sesuai")')
        if module is calc_skala:
            lines += _skala_tables()
    return _finish(lines)


# --- aturan.md: the diagnostic codes -----------------------------------------------------------

_RANGES = [
    ("LK0", "LK0xx — membaca berkas"),
    ("LK1", "LK1xx — skema isian"),
    ("LK2", "LK2xx — rujukan antarberkas"),
    ("LK3", "LK3xx — konsistensi angka, tanggal, pegawai, narasi"),
    ("LK4", "LK4xx — menyusun laporan"),
    ("LK5", "LK5xx — impor anggaran dari Excel"),
    ("LK6", "LK6xx — reviu laporan buatan tangan"),
    ("LK9", "LK9xx — galat lkjip"),
]


def _doc_body(info: CodeInfo) -> str:
    """The documentation as `lkjip rules` prints it, without the repeated title; an indented
    example directly under its text line gets a blank line, so Markdown shows it as code."""
    doc = inspect.cleandoc(info.doc)
    if doc.startswith(info.title):
        doc = doc[len(info.title) :].strip()
    lines: list[str] = []
    for line in doc.splitlines():
        if (
            line.startswith("    ")
            and lines
            and lines[-1].strip()
            and not lines[-1].startswith("    ")
        ):
            lines.append("")
        lines.append(line)
    return "\n".join(lines)


def aturan_md() -> str:
    """docs/referensi/aturan.md: every diagnostic code with its documentation."""
    codes = all_codes()
    lines = _header(
        "Referensi kode temuan",
        "Setiap temuan `lkjip validate` dan `lkjip build` punya kode tetap (`LKnnn`) dan nama. "
        "**galat** harus diperbaiki sebelum laporan dapat disusun; **peringatan** perlu "
        "diperiksa, dan bila memang benar adanya dapat diakui di `lkjip.yaml` bagian "
        "`pengakuan` (lihat LK120, LK121); **info** hanya pemberitahuan. Penjelasan yang sama "
        "ditampilkan oleh `lkjip rules KODE`.",
    )
    lines += ["## Daftar kode", "", "| kode | nama | tingkat | judul |", "|---|---|---|---|"]
    for info in codes:
        lines.append(
            f"| [{info.code}](#{info.code.lower()}) | `{info.name}` | {info.severity.label} "
            f"| {_cell(info.title)} |"
        )
    lines.append("")
    current = None
    for info in codes:
        group = next((t for p, t in _RANGES if info.code.startswith(p)), "Lainnya")
        if group != current:
            lines += [f"## {group}", ""]
            current = group
        lines += [
            f"### {info.code}",
            "",
            f"`{info.name}` · **{info.severity.label}** · {info.title}",
            "",
        ]
        body = _doc_body(info)
        if body:
            lines += [body, ""]
    return _finish(lines)


# --- jenis.md: the kinds of agency ------------------------------------------------------------

_PIHAK_KEDUA = {
    PihakKedua.KEPALA_DAERAH: "kepala daerah (Bupati/Wali Kota/Gubernur)",
    PihakKedua.MENTERI: "menteri",
    PihakKedua.PIMPINAN_ATASAN: "pimpinan unit di atasnya",
    PihakKedua.TIDAK_ADA: "tidak ada: pimpinan menandatangani sendiri (tanpa NIP)",
}
_SKEMA = {
    "pemda": "Permendagri 90/2019 (TA 2021 dst.), gaya Permendagri 13/2006 sebelumnya",
    "rka-kl": "RKA-K/L (program BBB.EE.XX, kegiatan KKKK, rincian output KKKK.ABC.001)",
    "tanpa-kode": "tanpa kode baku",
}


def jenis_md() -> str:
    """docs/referensi/jenis.md: each jenis instansi and what it changes, and the regulations
    by the year they took effect."""
    lines = _header(
        "Referensi jenis instansi",
        "`instansi.jenis` di `lkjip.yaml` menentukan sebutan pimpinan, Pihak Kedua Perjanjian "
        "Kinerja, dokumen perencanaan dan anggaran, skema kode anggaran, dasar hukum bawaan, "
        "dan kata-kata narasi bawaan. Teks dapat diganti per laporan di `instansi.istilah`; "
        "Pihak Kedua ditulis di `atasan` (kosongkan bila pimpinan menandatangani sendiri); "
        "skema kode di `anggaran.yaml` bagian `skema`; dasar hukum di `profil.yaml`. Narasi "
        "bawaan khusus satu jenis diletakkan di `narasi/_jenis/<jenis>/<bagian>.md` folder "
        "templat. Sumber: `data/jenis.yaml` dan `data/regulasi.yaml`.",
    )
    regulasi = semua_regulasi()
    for kode, c in semua_ciri().items():
        lines += [f"## `{kode.value}` — {c.label}", ""]
        lines += ["| hal | nilai bawaan |", "|---|---|"]
        rows = [
            ("sebutan pimpinan", c.sebutan_kepala),
            ("sebutan instansi di narasi", c.sebutan_instansi),
            ("Pihak Kedua PK", _PIHAK_KEDUA[c.pihak_kedua]),
            ("perencanaan jangka menengah", c.perencanaan_menengah),
            ("perencanaan tahunan", c.perencanaan_tahunan),
            ("perencanaan acuan", c.perencanaan_acuan),
            ("dokumen anggaran", c.dokumen_anggaran),
            ("skema kode anggaran", _SKEMA.get(c.skema_anggaran, c.skema_anggaran)),
            ("urusan (Permendagri 90/2019)", c.urusan or "menurut urusan yang diampu"),
            ("laporan disampaikan kepada", c.penerima("atasan langsung")),
            ("dasar hukum bawaan", "; ".join(regulasi[r].singkat for r in c.dasar_hukum)),
        ]
        lines += [f"| {_cell(a)} | {_cell(b)} |" for a, b in rows]
        lines.append("")
    lines += [
        "## Peraturan menurut tahun berlaku",
        "",
        "Laporan tahun N hanya mengutip peraturan yang sudah berlaku pada tahun N (LK371) dan "
        "mengutip pengganti, bukan peraturan yang sudah diganti (LK372). Dasar hukum bawaan "
        "memakai tabel ini.",
        "",
        "| peraturan | tentang | berlaku | diganti oleh |",
        "|---|---|---|---|",
    ]
    for reg in sorted(regulasi.values(), key=lambda r: (r.berlaku, r.id)):
        ganti = regulasi[reg.diganti_oleh].singkat if reg.diganti_oleh else "—"
        lines.append(f"| {_cell(reg.singkat)} | {_cell(reg.tentang)} | {reg.berlaku} | {ganti} |")
    return _finish(lines)


# --- entry point -------------------------------------------------------------------------------

PAGES: dict[str, Callable[[], str]] = {
    "masukan.md": masukan_md,
    "rumus.md": rumus_md,
    "aturan.md": aturan_md,
    "jenis.md": jenis_md,
}


def generate() -> dict[str, str]:
    """Every page by file name (relative to docs/referensi/)."""
    return {name: make() for name, make in PAGES.items()}


def stale(folder: Path = REFERENSI) -> list[str]:
    """File names whose committed text differs from what the code generates now."""
    out = []
    for name, text in generate().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            out.append(name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=REGENERATE, description="Tulis halaman referensi docs/referensi/ dari kode lkjip."
    )
    parser.add_argument(
        "--check", action="store_true", help="hanya bandingkan; keluar 1 bila ada yang usang"
    )
    parser.add_argument("--out", type=Path, default=REFERENSI, help="folder tujuan")
    args = parser.parse_args(argv)
    if args.check:
        usang = stale(args.out)
        for name in usang:
            print(f"usang: {args.out / name}", file=sys.stderr)
        if usang:
            print(f"jalankan `{MAKE_TARGET}` (atau `{REGENERATE}`)", file=sys.stderr)
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in generate().items():
        path = args.out / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            atomic.write_text(path, text)
            print(f"ditulis: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
