"""JSON Schema of the input files, for the YAML language server in editors (`lkjip schema`).

Generated from the Pydantic models, with the constraints `lkjip validate` applies to each
field (`_Generator`): whatever model uses a type (`Rupiah`, `Angka`, `Id`, `Tahun`, a target
per year) gets its constraints, so the editor flags what `validate` refuses, and nothing else:

* money (`Rupiah`): a number, not negative, at most two decimals (sen), below 10^18;
* numbers (`Angka`): a number of magnitude below 10^18; pydantic lets a Decimal also be a
  string, but lkjip refuses `"1.103.336.776"` (LK105), so the editor flags it too;
* a target or realisation (`Nilai`): a number, a {min, max} range, or a label that is not a
  number typed as text ("75,5" is refused, "WTP" is a label);
* identifiers (`Id`): the pattern of the model; text: not empty;
* years as mapping keys (`target: {2022: …}`): the digits of a year in range;
* integers: in range, and never quoted (`tahun: "2023"` is LK105 in `validate` too);
* dates: the pattern YYYY-MM-DD (a date in words is text);
* NIP: 18 digits (spaces and hyphens between them allowed), birth and TMT months 01–12,
  sex 1 or 2 — the structure rule LK341 checks (the dates themselves are checked there).

What no JSON Schema can say stays with `validate`: rules comparing two values (a range's min ≤
max, LK112) and YAML 1.1 readings (`nama: no`, LK106–LK108; editors read YAML 1.2).

Indonesian titles and descriptions are set below (a model's docstring is developer text,
often English, so these take precedence).

The output is stable (sorted keys, indent 2, trailing newline) so `schema/*.json` can be
committed and compared in a test.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BeforeValidator
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from lkjip.model import DOCUMENTS
from lkjip.model.common import BATAS_ANGKA, Angka, Rupiah
from lkjip.model.renstra import Nilai

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Command-line name → file name: `lkjip schema kinerja`.
DOCUMENT_NAMES: dict[str, str] = {file.removesuffix(".yaml"): file for file in DOCUMENTS}

_TITLES = {
    "lkjip.yaml": ("lkjip.yaml — identitas laporan dan pengaturan",
                   "Instansi, tahun, penandatangan, atasan, pengaturan perhitungan dan selisih "
                   "yang diakui."),
    "renstra.yaml": ("renstra.yaml — Rencana Strategis",
                     "Periode, visi, misi, tujuan, sasaran, indikator beserta target per tahun, "
                     "strategi dan kebijakan."),
    "kinerja.yaml": ("kinerja.yaml — kinerja tahun laporan",
                     "RKT, Perjanjian Kinerja (murni/perubahan), Rencana Aksi per triwulan, "
                     "realisasi, permasalahan dan analisis faktor."),
    "anggaran.yaml": ("anggaran.yaml — anggaran program dan kegiatan",
                      "Program → kegiatan → sub kegiatan dengan kode, pagu dan realisasi (DPA)."),
    "profil.yaml": ("profil.yaml — profil perangkat daerah",
                    "Dasar hukum, isu strategis, struktur organisasi, SDM dan penghargaan."),
}  # fmt: skip

# Indonesian descriptions of the nested definitions, shown on hover in the editor.
_DEFINITIONS = {
    "Instansi": "Identitas perangkat daerah yang melapor.",
    "Pejabat": "Pejabat penandatangan: nama, jabatan, pangkat, golongan, NIP.",
    "Penandatanganan": "Tempat dan tanggal penandatanganan laporan.",
    "Pengaturan": "Pengaturan perhitungan dan penulisan laporan.",
    "Pengakuan": "Selisih yang benar adanya dan diterima, beserta alasannya (dicetak di laporan).",
    "Skala": "Skala kategori capaian buatan sendiri.",
    "Pita": "Satu pita skala: capaian ≥ min (dan < min pita berikutnya), atau dengan batas "
    "sendiri: min/max, min_inklusif/max_inklusif, batas kosong = terbuka.",
    "TingkatSasaran": "Satu tingkat kaskade sasaran: id dan nama yang dicetak.",
    "Turunan": "Realisasi atau target dari pembilang / penyebut × pengali, dengan banyak "
    "desimalnya.",
    "Rincian": "Rincian realisasi tahun laporan per wilayah atau unit, dengan agregasinya.",
    "BarisRincian": "Satu baris rincian: nama wilayah/unit dan nilainya.",
    "AgregasiRincian": "Cara baris rincian membentuk realisasi: 'jumlah' atau 'rata_rata'.",
    "Semester": "Target dan realisasi semester I dan II.",
    "RumusCapaian": "Rumus capaian indikator: 'positif', 'negatif', 'negatif-rasio', "
    "'rentang', 'rentang-batas', 'stabil', 'biner', 'kualitatif'.",
    "RumusNegatif": "Rumus capaian indikator yang makin rendah makin baik: 'dua_kurang_rasio' "
    "= (2 − R/T) × 100, 'rasio_terbalik' = T/R × 100.",
    "MetodeRollup": "Cara menghitung capaian sasaran: 'rata_rata' atau 'rata_rata_tertimbang'.",
    "RumusEfisiensi": "Rumus efisiensi: 'selisih' (capaian − penyerapan), 'rasio', "
    "'sisa_anggaran' (100 − penyerapan bila target tercapai) atau 'indeks_rka_kl' (PMK "
    "249/2011).",
    "GayaRupiah": "Penulisan rupiah: 'puebi' Rp1.000, 'puebi_sen' Rp1.000,00, 'spasi' Rp 1.000, "
    "'titik_strip' Rp. 1.000,-.",
    "Periode": "Tahun awal dan akhir periode Renstra.",
    "Misi": "Misi kepala daerah (RPJMD) yang didukung.",
    "Tujuan": "Tujuan perangkat daerah.",
    "Sasaran": "Sasaran perangkat daerah di satu tingkat kaskade (strategis, program, kegiatan).",
    "Indikator": "Indikator kinerja sasaran beserta target per tahun.",
    "Polaritas": "Arah kinerja yang baik: 'positif' (makin tinggi makin baik), 'negatif' (makin "
    "rendah makin baik), 'rentang', 'stabil', 'kualitatif'.",
    "Agregasi": "Hubungan nilai triwulan/semester dengan nilai tahunan: 'akumulasi' (jumlah), "
    "'kumulatif' (sampai dengan, periode terakhir = tahunan), 'nilai_akhir' (nilai terakhir), "
    "'rata_rata' (rata-rata), 'maksimum' (nilai tertinggi).",
    "Rentang": "Target berupa rentang: batas bawah 'min' dan batas atas 'max'.",
    "KondisiAwal": "Capaian pada awal periode Renstra.",
    "StandarNasional": "Standar nasional pembanding beserta sumbernya.",
    "Strategi": "Strategi dan arah kebijakan untuk mencapai sasaran.",
    "KeputusanIku": "Keputusan Kepala Perangkat Daerah tentang IKU; lampirannya dibuat dari "
    "daftar indikator.",
    "Rkt": "Rencana Kinerja Tahunan.",
    "TargetIndikator": "Target satu indikator.",
    "JenisPk": "Jenis Perjanjian Kinerja: 'murni' atau 'perubahan'.",
    "PerjanjianKinerja": "Perjanjian Kinerja: target indikator dan anggaran program.",
    "AnggaranProgramPk": "Anggaran program sebagaimana tertulis di Perjanjian Kinerja.",
    "AnggaranKegiatanPk": "Anggaran kegiatan sebagaimana tertulis di Perjanjian Kinerja.",
    "RencanaAksi": "Rencana Aksi: target dan realisasi per triwulan.",
    "Triwulan": "Target dan realisasi TW I–IV satu indikator.",
    "EvaluasiBerkala": "Evaluasi Rencana Aksi: triwulan yang dievaluasi, tempat dan tanggal.",
    "Realisasi": "Realisasi satu indikator per tahun.",
    "Permasalahan": "Permasalahan dan solusinya.",
    "AnalisisFaktor": "Analisis faktor: kekuatan, kelemahan, peluang, ancaman.",
    "Program": "Program beserta kegiatannya dan indikator yang didukung.",
    "Kegiatan": "Kegiatan beserta sub kegiatannya.",
    "SubKegiatan": "Sub kegiatan dengan pagu dan realisasi.",
    "Struktur": "Struktur organisasi satu jenis satuan kerja.",
    "UnitOrganisasi": "Unit organisasi dan unit di bawahnya.",
    "Sdm": "Jumlah pegawai menurut satu uraian.",
    "Penghargaan": "Penghargaan yang diterima.",
}


def document_schema(file: str) -> dict[str, Any]:
    """The JSON Schema of one input file, e.g. `document_schema("kinerja.yaml")`."""
    schema = DOCUMENTS[file].model_json_schema(mode="validation", schema_generator=_Generator)
    schema = _with_nip_pattern(_numbers_only(schema))
    title, description = _TITLES.get(file, (file, ""))
    schema["$schema"] = SCHEMA_DIALECT
    schema["title"] = title
    schema["description"] = description
    for name, definition in schema.get("$defs", {}).items():
        if name in _DEFINITIONS:
            definition["description"] = _DEFINITIONS[name]
    return schema


def schema_text(file: str) -> str:
    """The schema as committed to `schema/<name>.schema.json`."""
    return json.dumps(document_schema(file), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_file_name(file: str) -> str:
    return file.removesuffix(".yaml") + ".schema.json"


def _numbers_only(node: Any) -> Any:
    """Drop the string alternative pydantic adds to every Decimal.

    A union that also has a model ($ref) is a target/realisation (`Nilai`), where text is a
    real alternative (a predicate such as "WTP"), so it keeps its string member.
    """
    if isinstance(node, list):
        return [_numbers_only(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _numbers_only(value) for key, value in node.items()}
    members = node.get("anyOf")
    if isinstance(members, list) and _is_decimal_union(members):
        kept = [m for m in members if m != {"type": "string"}]
        del node["anyOf"]
        if len(kept) == 1:
            node.update(kept[0])
        else:
            node["anyOf"] = kept
    return node


def _is_decimal_union(members: list[Any]) -> bool:
    has_number = {"type": "number"} in members
    has_string = {"type": "string"} in members
    has_model = any(isinstance(m, dict) and "$ref" in m for m in members)
    return has_number and has_string and not has_model


# --- the constraints of validate -------------------------------------------------------------


def _before_validator(annotated: Any) -> Callable[..., Any]:
    """The function of the BeforeValidator of an Annotated type (`Rupiah` → `_to_money`)."""
    return next(m.func for m in typing.get_args(annotated)[1:] if isinstance(m, BeforeValidator))


_MONEY = _before_validator(Rupiah)
_NUMBER = _before_validator(Angka)
_NILAI = _before_validator(Nilai)
_LIMIT = float(BATAS_ANGKA)  # 1e18: |number| < BATAS_ANGKA (model.common._finite)
# A number typed as text, which `validate` refuses as LK105 (model.common
# `_number_from_text_error`): an Indonesian or plain number, with "Rp", "%" or ",-" around it.
# Longer text is never read as a number (`_to_decimal` calls it a label).
_NUMBER_TEXT = (
    r"^\s*(?:[Rr][Pp]\.?\s*)?-?(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?)"
    r"\s*(?:%|,-)?\s*$"
)
_NUMBER_TEXT_MAX = 80  # model.common: text longer than 2 × BATAS_DIGIT is no number


# |number| < 10^18, written as "not beyond" so that the input reference (docs/referensi)
# keeps showing the bounds a writer cares about, not this sanity limit.
_BEYOND_LIMIT = {"not": {"anyOf": [{"minimum": _LIMIT}, {"maximum": -_LIMIT}]}}


def _money() -> JsonSchemaValue:
    return {"type": "number", "minimum": 0, "multipleOf": 0.01, **_BEYOND_LIMIT}


def _number() -> JsonSchemaValue:
    return {"type": "number", **_BEYOND_LIMIT}


class _Generator(GenerateJsonSchema):
    """pydantic's JSON Schema, plus what lkjip's own validators check."""

    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        function = schema["function"]["function"]
        if function is _MONEY:
            return _money()
        if function is _NUMBER:
            return _number()
        if function is _NILAI:
            return self._nilai(schema["schema"])
        return super().function_before_schema(schema)

    def _nilai(self, inner: core_schema.CoreSchema) -> JsonSchemaValue:
        """A number, a range, or a label that is not a number typed as text."""
        members = self.generate_inner(inner).get("anyOf", [])
        label = {
            "type": "string",
            "not": {"pattern": _NUMBER_TEXT, "maxLength": _NUMBER_TEXT_MAX},
        }
        kept = [m for m in members if m.get("type") not in ("number", "string")]
        return {"anyOf": [_number(), *kept, label]}

    def chain_schema(self, schema: core_schema.ChainSchema) -> JsonSchemaValue:
        """Every step's constraints: pydantic shows only the first step, so `Id` (strict text,
        then a pattern) lost its pattern."""
        merged: JsonSchemaValue = {}
        for step in schema["steps"]:
            merged.update(self.generate_inner(step))
        return merged

    def date_schema(self, schema: core_schema.DateSchema) -> JsonSchemaValue:
        """A date as YAML writes it (2023-01-31): "31 Januari 2023" is text, not a date, and
        `format` alone is only an annotation in JSON Schema 2020-12."""
        result = super().date_schema(schema)
        result["pattern"] = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        return result

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        """A mapping keyed by years: YAML keys reach the editor as text, so the key is
        constrained by a pattern (`tahun2021` is no year)."""
        result = super().dict_schema(schema)
        keys = schema.get("keys_schema") or {}
        if keys.get("type") == "int":
            result.pop("propertyNames", None)
            result["propertyNames"] = {"pattern": _integer_pattern(keys.get("ge"), keys.get("le"))}
        return result


def _integer_pattern(low: int | None, high: int | None) -> str:
    """A pattern of the integers low…high as text (the years 2000…2100 →
    "^(?:200[0-9]|…|209[0-9]|2100)$"), or of any integer when unbounded or wide."""
    if low is None or high is None or low < 0 or high - low > 1000:
        return r"^[0-9]+$"
    alternatives = []
    number = low
    while number <= high:
        if number % 10 == 0 and number + 9 <= high:
            alternatives.append(f"{number // 10}[0-9]" if number else "[0-9]")
            number += 10
        else:
            alternatives.append(str(number))
            number += 1
    return "^(?:" + "|".join(alternatives) + ")$"


def _nip_pattern() -> str:
    """18 digits with spaces or hyphens between them: birth date YYYYMMDD, TMT CPNS YYYYMM,
    sex 1 or 2, number NNN (the structure LK341 checks)."""
    gap = r"[\s-]*"
    parts = [
        r"[0-9]", r"[0-9]", r"[0-9]", r"[0-9]",  # year of birth
        r"(?:0{g}[1-9]|1{g}[0-2])",  # month of birth
        r"(?:0{g}[1-9]|[12]{g}[0-9]|3{g}[01])",  # day of birth
        r"[0-9]", r"[0-9]", r"[0-9]", r"[0-9]",  # year of TMT CPNS
        r"(?:0{g}[1-9]|1{g}[0-2])",  # month of TMT CPNS
        r"[12]",  # sex
        r"[0-9]", r"[0-9]", r"[0-9]",  # number
    ]  # fmt: skip
    return r"^\s*" + gap.join(part.replace("{g}", gap) for part in parts) + r"\s*$"


def _with_nip_pattern(node: Any) -> Any:
    """Every `nip` property gets the NIP pattern on its text member."""
    if isinstance(node, list):
        return [_with_nip_pattern(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _with_nip_pattern(value) for key, value in node.items()}
    nip = node.get("properties", {}).get("nip")
    if isinstance(nip, dict):
        for member in nip.get("anyOf", [nip]):
            if member.get("type") == "string":
                member["pattern"] = _nip_pattern()
    return node
