"""From the model, and to YAML: the plain-data shape of anggaran.yaml, written as stable,
commented YAML (the import's output and `lkjip export`'s round trip)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import yaml

from lkjip.model.anggaran import Anggaran

# The `$schema` of the first line; relative to the dataset folder, as written by
# `lkjip schema --out <dataset>/schema`. Kept from the existing file when it has one.
SCHEMA_REF = "schema/anggaran.schema.json"


def data_from_model(anggaran: Anggaran) -> dict[str, Any]:
    """The same plain-data shape as `import_anggaran` returns, from a validated model."""
    data: dict[str, Any] = {"tahun": anggaran.tahun}
    if anggaran.skema is not None:
        data["skema"] = anggaran.skema.value
    if anggaran.dokumen is not None:
        data["dokumen"] = anggaran.dokumen
    if anggaran.sumber_realisasi is not None:
        data["sumber_realisasi"] = anggaran.sumber_realisasi
    programs = []
    for program in anggaran.program:
        item: dict[str, Any] = {
            "kode": program.kode,
            "nama": program.nama,
            "penunjang": program.penunjang,
            "indikator": list(program.indikator),
        }
        _optional_money(item, program.pagu, program.realisasi)
        kegiatan_list = []
        for kegiatan in program.kegiatan:
            keg: dict[str, Any] = {"kode": kegiatan.kode, "nama": kegiatan.nama}
            _optional_money(keg, kegiatan.pagu, kegiatan.realisasi)
            if kegiatan.sub_kegiatan:
                keg["sub_kegiatan"] = []
                for sub in kegiatan.sub_kegiatan:
                    sub_item: dict[str, Any] = {"kode": sub.kode, "nama": sub.nama}
                    _optional_money(sub_item, sub.pagu, sub.realisasi)
                    keg["sub_kegiatan"].append(sub_item)
            kegiatan_list.append(keg)
        item["kegiatan"] = kegiatan_list
        programs.append(item)
    data["program"] = programs
    return data


def _optional_money(out: dict[str, Any], pagu: Decimal | None, realisasi: Decimal | None) -> None:
    if pagu is not None:
        out["pagu"] = pagu
    if realisasi is not None:
        out["realisasi"] = realisasi


_PLAIN_FORBIDDEN_START = tuple("'\"&*!|>%@`{}[]-?:#,")


def _yaml_string(text: str, *, flow: bool = False, force_quote: bool = False) -> str:
    """A string as a plain scalar when it reads back as the same string, else double-quoted."""
    plain = (
        not force_quote
        and text == text.strip()
        and text != ""
        and "\n" not in text
        and not text.startswith(_PLAIN_FORBIDDEN_START)
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not (flow and any(ch in text for ch in ",[]{}"))
    )
    if plain:
        try:
            plain = yaml.safe_load(f"k: {text}") == {"k": text}
        except yaml.YAMLError:
            plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return str(int(value))
        return format(value.normalize(), "f")
    if isinstance(value, str):
        return _yaml_string(value)
    raise TypeError(f"cannot write {type(value).__name__} into anggaran.yaml")


def dump_anggaran_yaml(
    data: dict[str, Any], *, sumber: str | None = None, schema: str | None = SCHEMA_REF
) -> str:
    """anggaran.yaml text with a stable key order and a comment header.

    Order: tahun, dokumen, sumber_realisasi, program[kode, nama, penunjang, indikator, pagu?,
    realisasi?, kegiatan[kode, nama, pagu?, realisasi?, sub_kegiatan[kode, nama, pagu,
    realisasi?]]]. Money is written as a plain integer (or with its sen: 1500.5), codes are
    always quoted so YAML never reads them as numbers. `sumber` names the imported file.
    """
    lines: list[str] = []
    if schema:
        lines.append(f"# yaml-language-server: $schema={schema}")
    if sumber:
        lines.append(f"# Diimpor dari {sumber} oleh `lkjip import anggaran`.")
        lines.append("# Kode, nama, pagu dan realisasi berasal dari Excel; impor ulang menimpanya.")
        lines.append(
            "# penunjang dan indikator diisi sendiri (dipertahankan saat impor ulang "
            "dengan --dataset)."
        )
    for key in ("tahun", "dokumen", "sumber_realisasi"):
        if data.get(key) is not None:
            lines.append(f"{key}: {_yaml_scalar(data[key])}")
    lines.append("program:")
    for index, program in enumerate(data.get("program", [])):
        if index:
            lines.append("")
        lines.append(f"  - kode: {_yaml_string(program['kode'], force_quote=True)}")
        lines.append(f"    nama: {_yaml_scalar(program['nama'])}")
        lines.append(f"    penunjang: {_yaml_scalar(bool(program.get('penunjang', False)))}")
        ids = ", ".join(_yaml_string(str(i), flow=True) for i in program.get("indikator", []))
        lines.append(f"    indikator: [{ids}]")
        _money_lines(lines, program, "    ")
        lines.append("    kegiatan:")
        for kegiatan in program.get("kegiatan", []):
            lines.append(f"      - kode: {_yaml_string(kegiatan['kode'], force_quote=True)}")
            lines.append(f"        nama: {_yaml_scalar(kegiatan['nama'])}")
            _money_lines(lines, kegiatan, "        ")
            subs = kegiatan.get("sub_kegiatan") or []
            if subs:
                lines.append("        sub_kegiatan:")
                for sub in subs:
                    lines.append(f"          - kode: {_yaml_string(sub['kode'], force_quote=True)}")
                    lines.append(f"            nama: {_yaml_scalar(sub['nama'])}")
                    _money_lines(lines, sub, "            ")
    return "\n".join(lines) + "\n"


def _money_lines(lines: list[str], item: dict[str, Any], indent: str) -> None:
    for key in ("pagu", "realisasi"):
        if item.get(key) is not None:
            lines.append(f"{indent}{key}: {_yaml_scalar(item[key])}")
