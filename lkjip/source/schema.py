"""JSON Schema of the input files, for the YAML language server in editors (`lkjip schema`).

Generated from the Pydantic models, then adjusted for what an editor user needs:

* Indonesian titles and descriptions (a model's docstring is developer text, often English,
  so the descriptions below take precedence);
* money and numbers accept only YAML numbers: pydantic lets a Decimal also be a string, but
  lkjip refuses `"1.103.336.776"` (LK105), so the editor should flag it too.

The output is stable (sorted keys, indent 2, trailing newline) so `schema/*.json` can be
committed and compared in a test.
"""

from __future__ import annotations

import json
from typing import Any

from lkjip.model import DOCUMENTS

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
    "Turunan": "Realisasi dari pembilang / penyebut × pengali, dengan banyak desimalnya.",
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
    schema = DOCUMENTS[file].model_json_schema(mode="validation")
    schema = _numbers_only(schema)
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
