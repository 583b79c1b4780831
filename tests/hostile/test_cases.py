"""Hostile datasets through `lkjip build` in a separate process, as a pull request meets CI.

Every case starts from the minimal valid dataset, applies one mutation, and runs
`lkjip build DIR --out OUT --format json` (or `validate` where noted) within 10 seconds and
1.5 GB of address space. It must end through lkjip's own exit path — 1 for data problems, 2
when lkjip could not run, 0 where the input is odd but valid — with no traceback, report the
expected code at the expected place, and leave the previous report at OUT byte for byte.

The processes run two at a time (the `results` fixture) to keep the suite short; each still
has its own bounds. The image cases are also checked through `validate`, in-process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from tests.hostile.harness import (
    AS_ROOT,
    OLD_REPORT,
    Case,
    Change,
    Outcome,
    Result,
    append,
    assert_clean_ending,
    assert_reported,
    chmod,
    every,
    minimal_dataset,
    mkdir,
    outside,
    png,
    remove,
    replace,
    run_all,
    run_case,
    symlink,
    text_of,
    write,
)

MB = 1024 * 1024
YAML_FILES = ("lkjip.yaml", "renstra.yaml", "kinerja.yaml", "anggaran.yaml", "profil.yaml")
BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)
DEEP_BLOCK = "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v\n"
LEGAL_BASIS = "  - Peraturan Walikota Sukamaju Nomor 1 Tahun 2021 tentang sesuatu yang panjang\n"
SECRET = "RAHASIA-MESIN-CI"


def legal_bases(size: int) -> str:
    """profil.yaml with about `size` bytes of legal bases."""
    return "dasar_hukum:\n" + LEGAL_BASIS * (size // len(LEGAL_BASIS))


def crlf_with_bom(name: str) -> bytes:
    return b"\xef\xbb\xbf" + text_of(name).replace("\n", "\r\n").encode("utf-8")


def logo(path: str) -> Change:
    """lkjip.yaml naming `path` as the logo (instansi.logo, line 6 column 9)."""
    return replace(
        "lkjip.yaml",
        "  alamat: Jalan Merdeka No. 1\n",
        f"  alamat: Jalan Merdeka No. 1\n  logo: {path}\n",
    )


BAGAN = """\
struktur_organisasi:
  - nama: Kecamatan
    unit:
      - nama: Camat
    bagan: lampiran/bagan.png
"""
PAGU = "        pagu: 100000000\n"  # anggaran.yaml line 9, the value at column 15
NILAI = "      2022: 89.87\n"  # kinerja.yaml line 25, the value at column 13


def pagu(value: str) -> Change:
    return replace("anggaran.yaml", PAGU, f"        pagu: {value}\n")


def narasi(text: str | bytes | Callable[[], str]) -> Change:
    return write("narasi/ikhtisar.md", text)


# fmt: off
CASES = [
    # --- YAML ----------------------------------------------------------------------------
    Case("yaml-kutip-tak-ditutup", write("kinerja.yaml", 'tahun: "2022\nrkt: 1\n'), "LK003",
         "kinerja.yaml:"),
    Case("yaml-titik-dua", write("renstra.yaml", "visi: a: b\n"), "LK003", "renstra.yaml:1:8"),
    Case("yaml-tab", write("lkjip.yaml", "instansi:\n\tnama: x\n"), "LK003", "lkjip.yaml:2:1",
         says="tab"),
    Case("yaml-banyak-dokumen", write("profil.yaml", "a: 1\n---\nb: 2\n"), "LK003",
         "profil.yaml:2"),
    Case("yaml-kunci-ganda", replace("lkjip.yaml", "tahun: 2022\n", "tahun: 2022\ntahun: 2023\n"),
         "LK004", "lkjip.yaml:7:1"),
    Case("yaml-kunci-ganda-dalam", replace("anggaran.yaml", PAGU, PAGU + "        pagu: 1\n"),
         "LK004", "anggaran.yaml:10:9"),
    Case("yaml-billion-laughs", write("renstra.yaml", BILLION_LAUGHS), "LK010", "renstra.yaml:",
         says="terlalu banyak nilai"),
    Case("yaml-alias-diri-sendiri", write("profil.yaml", "a: &x [1, *x]\n"), "LK010",
         "profil.yaml:1"),
    Case("yaml-bersarang-kurung", write("kinerja.yaml", "x: " + "[" * 5000 + "]" * 5000 + "\n"),
         "LK010", "kinerja.yaml:1"),
    Case("yaml-bersarang-blok", write("anggaran.yaml", DEEP_BLOCK), "LK010", "anggaran.yaml:"),
    Case("yaml-tag-python", write("lkjip.yaml", "a: !!python/object/apply:os.system [ls]\n"),
         "LK010", "lkjip.yaml:1:4"),
    Case("yaml-kunci-kompleks", write("renstra.yaml", "? [a, b]\n: c\n"), "LK010",
         "renstra.yaml:1"),
    Case("yaml-kosong", write("kinerja.yaml", ""), "LK007", "kinerja.yaml:1:1",
         says="berkas kosong"),
    Case("yaml-hanya-komentar", write("profil.yaml", "# belum diisi\n"), "LK007",
         "profil.yaml:1:1"),
    Case("yaml-daftar", write("anggaran.yaml", "- a\n- b\n"), "LK007", "anggaran.yaml:1:1"),
    Case("yaml-50-mb", write("profil.yaml", lambda: legal_bases(50 * MB)), "LK011", "profil.yaml",
         says="batasnya 8 MB"),
    Case("yaml-9-mb-satu-baris", write("renstra.yaml", lambda: "visi: " + "x" * 9 * MB + "\n"),
         "LK011", "renstra.yaml"),
    Case("yaml-300000-nilai",
         write("profil.yaml", lambda: "dasar_hukum: [" + "1," * 300_000 + "1]\n"), "LK011",
         "profil.yaml:1", says="250.000 unsur YAML"),
    Case("yaml-7.9-mb-sah", write("profil.yaml", lambda: legal_bases(79 * MB // 10)), None, exit=0,
         command="validate"),
    Case("yaml-bukan-utf8", write("lkjip.yaml", "instansi:\n  nama: Caf\xe9\n".encode("latin-1")),
         "LK002", "lkjip.yaml:2:12"),
    Case("yaml-utf16", write("kinerja.yaml", "tahun: 2022\n".encode("utf-16")), "LK002",
         "kinerja.yaml:1:1"),
    Case("yaml-biner", write("anggaran.yaml", b"PK\x03\x04\x00\x00\xff\xfe\x00"), "LK002",
         "anggaran.yaml:1"),
    Case("yaml-nul-mentah", replace("lkjip.yaml", "Kecamatan Sukamaju", "Kecamatan\x00Sukamaju"),
         "LK002", "lkjip.yaml:3:"),
    Case("yaml-bel-mentah", replace("profil.yaml", "Nomor 1", "Nomor\x07 1"), "LK002",
         "profil.yaml:2:"),
    Case("yaml-nul-escape",
         replace("lkjip.yaml", "nama: Kecamatan Sukamaju", 'nama: "Kecamatan\\x00Sukamaju"'),
         "LK002",
         "lkjip.yaml:3:9", says="kode 0x0"),
    Case("yaml-kendali-escape", replace("renstra.yaml", "visi: Terwujudnya", 'visi: "\\u0001" #'),
         "LK002", "renstra.yaml:4:7"),
    # libyaml refuses a lone surrogate escape while parsing (PyYAML's Python parser let it
    # through to the character check, LK002): either way it never reaches the report.
    Case("yaml-surrogat-escape", replace("profil.yaml", "- Peraturan Walikota", '- "\\ud800" #'),
         "LK003", "profil.yaml:2:", says="escape Unicode tidak sah"),
    Case("yaml-kunci-nul", append("profil.yaml", '"a\\x00": 1\n'), "LK002", "profil.yaml:3:1"),
    Case("yaml-bom-crlf",
         every(*(write(name, crlf_with_bom(name)) for name in YAML_FILES)),
         None, exit=0),
    Case("yaml-cr-mac-lama", write("profil.yaml", text_of("profil.yaml").replace("\n", "\r")), None,
         exit=0),
    Case("yaml-teks-sangat-panjang",
         replace("lkjip.yaml", "nama: Kecamatan Sukamaju", "nama: Kecamatan " + "Sangat" * 30_000),
         None, exit=0),
    Case("yaml-teks-melebihi-batas-narasi",
         replace("lkjip.yaml", "nama: Kecamatan Sukamaju", "nama: Kecamatan " + "x" * 1_100_000),
         "LK409", exit=1),
    # --- numbers -------------------------------------------------------------------------
    Case("angka-nan", pagu(".nan"), "LK109", "anggaran.yaml:9:15", says="bukan .nan"),
    Case("angka-tak-hingga", pagu(".inf"), "LK109", "anggaran.yaml:9:15"),
    Case("angka-minus-tak-hingga", pagu("-.inf"), "LK109", "anggaran.yaml:9:15"),
    Case("angka-1e400", pagu("1.0e+400"), "LK109", "anggaran.yaml:9:15"),
    Case("angka-1e400-tanpa-titik", pagu("1e400"), "LK103", "anggaran.yaml:9:15"),
    Case("rupiah-negatif", pagu("-100000000"), "LK109", "anggaran.yaml:9:15",
         says="tidak boleh negatif"),
    Case("rupiah-10^25", pagu("10000000000000000000000000"), "LK109", "anggaran.yaml:9:15",
         says="terlalu besar"),
    Case("rupiah-tiga-desimal", pagu("100000000.001"), "LK109", "anggaran.yaml:9:15",
         says="dua angka sen"),
    Case("rupiah-teks-berformat", pagu('"Rp 100.000.000,-"'), "LK105", "anggaran.yaml:9:15"),
    Case("persen-teks", replace("kinerja.yaml", NILAI, '      2022: "89,87%"\n'), "LK105",
         "kinerja.yaml:25:13"),
    Case("realisasi-nan", replace("kinerja.yaml", NILAI, "      2022: .nan\n"), "LK109",
         "kinerja.yaml:25:13"),
    Case("target-tak-hingga", replace("renstra.yaml", "2022: 87", "2022: .inf"), "LK109",
         "renstra.yaml:"),
    Case("tanggal-30-februari",
         replace("kinerja.yaml", "tanggal: 2022-01-10", "tanggal: 2022-02-30"), "LK103",
         "kinerja.yaml:13:14"),
    Case("tanggal-teks",
         replace("kinerja.yaml", "tanggal: 2022-01-10", "tanggal: 30 Februari 2022"), "LK103",
         "kinerja.yaml:13:14"),
    Case("tanggal-bulan-13", replace("lkjip.yaml", "tanggal: 2023-01-31", "tanggal: 2023-13-45"),
         "LK103", "lkjip.yaml:9:12"),
    Case("tahun-1800", replace("lkjip.yaml", "tahun: 2022", "tahun: 1800"), "LK109",
         "lkjip.yaml:6:8"),
    Case("tahun-raksasa", replace("lkjip.yaml", "tahun: 2022", "tahun: 99999999999999999999999"),
         "LK109", "lkjip.yaml:6:8"),
    Case("periode-9999", replace("renstra.yaml", "awal: 2021", "awal: 9999"), "LK109",
         "renstra.yaml:2:9"),
    Case("angka-heksadesimal", pagu("0x5F5E100"), "LK013", "anggaran.yaml:9:15"),
    # --- files ---------------------------------------------------------------------------
    Case("berkas-wajib-hilang", remove("kinerja.yaml"), "LK005", "kinerja.yaml"),
    Case("folder-kosong",
         every(*(remove(name) for name in (*YAML_FILES, "narasi"))),
         "LK005", "lkjip.yaml"),
    Case("folder-data-tidak-ada", remove(""), None, exit=2, says="folder data tidak ditemukan"),
    Case("folder-di-tempat-berkas", every(remove("kinerja.yaml"), mkdir("kinerja.yaml")), "LK001",
         "kinerja.yaml", exit=2, says="folder"),
    Case("narasi-berupa-berkas", every(remove("narasi"), write("narasi", "bukan folder\n")), None,
         exit=0),
    Case("berkas-tanpa-izin", chmod("kinerja.yaml", 0), "LK001", "kinerja.yaml", exit=2,
         needs_non_root=True),
    Case("folder-tanpa-izin", chmod("", 0), None, exit=2, says="tidak dapat dibaca",
         needs_non_root=True),
    Case("tautan-berputar", symlink("kinerja.yaml", "kinerja.yaml"), "LK001", "kinerja.yaml",
         exit=2),
    Case("tautan-folder-berputar",
         every(symlink("narasi/putaran", lambda root: root / "narasi"),
               symlink("narasi/diri.md", "diri.md")),
         "LK001", "narasi/diri.md", exit=2),
    Case("tautan-patah", symlink("kinerja.yaml", "tidak-ada.yaml"), "LK001", "kinerja.yaml",
         exit=2),
    Case("tautan-yaml-ke-luar",
         symlink("kinerja.yaml", outside("kinerja.yaml", text_of("kinerja.yaml"))), "LK012",
         "kinerja.yaml"),
    Case("tautan-narasi-ke-luar", symlink("narasi/ikhtisar.md", outside("rahasia.md", SECRET)),
         "LK012", "narasi/ikhtisar.md"),
    Case("tautan-folder-narasi-ke-luar",
         every(remove("narasi"),
               symlink("narasi", lambda root: outside("ikhtisar.md", SECRET)(root).parent)),
         "LK012", "narasi/ikhtisar.md"),
    Case("tautan-di-dalam-folder",
         every(write("arsip/kinerja.yaml", text_of("kinerja.yaml")),
               symlink("kinerja.yaml", "arsip/kinerja.yaml")),
         None, exit=0),
    Case("narasi-3-mb", narasi(lambda: "Teks panjang. " * (3 * MB // 14)), "LK011",
         "narasi/ikhtisar.md"),
    Case("narasi-300-kb-angka", narasi(lambda: "capaian 1% " * (300 * 1024 // 11)), "LK011",
         "narasi/ikhtisar.md", says="batasnya 256 kB"),
    Case("narasi-250-kb-angka", narasi(lambda: "capaian 1% " * (250 * 1024 // 11)), "LK363",
         "narasi/ikhtisar.md:1:9", exit=0),
    Case("narasi-seluruhnya-3-mb",
         every(*(write(f"narasi/indikator/IK{i}.md", lambda: "Teks. " * (200 * 1024 // 6))
                 for i in range(15))),
         "LK011", "narasi/indikator/IK", says="seluruhnya lebih dari 2 MB"),
    # --- images --------------------------------------------------------------------------
    Case("gambar-sah", every(write("lampiran/logo.png", png(4, 4)), logo("lampiran/logo.png")),
         None, exit=0),
    Case("gambar-jalur-absolut", every(logo("/etc/hostname")), "LK012", "lkjip.yaml:6:9",
         says="absolut"),
    Case("gambar-keluar-dengan-titik-dua", logo("../di-luar/logo.png"), "LK012", "lkjip.yaml:6:9"),
    Case("gambar-tautan-ke-luar",
         every(symlink("lampiran/logo.png", outside("logo.png", png(4, 4))),
               logo("lampiran/logo.png")),
         "LK012", "lkjip.yaml:6:9"),
    Case("gambar-tidak-ada", logo("lampiran/tidak-ada.png"), "LK406", "lkjip.yaml:6:9"),
    Case("gambar-bukan-gambar",
         every(write("lampiran/logo.png", "bukan gambar\n"), logo("lampiran/logo.png")), "LK407",
         "lkjip.yaml:6:9", says="menurut isinya"),
    Case("gambar-png-terpotong",
         every(write("lampiran/logo.png", png(4, 4)[:20]), logo("lampiran/logo.png")), "LK407",
         "lkjip.yaml:6:9"),
    Case("gambar-nol-piksel",
         every(write("lampiran/logo.png", png(0, 4)), logo("lampiran/logo.png")), "LK407",
         "lkjip.yaml:6:9"),
    Case("gambar-folder", every(mkdir("lampiran/logo.png"), logo("lampiran/logo.png")), "LK407",
         "lkjip.yaml:6:9"),
    Case("gambar-tautan-berputar",
         every(symlink("lampiran/logo.png", "logo.png"), logo("lampiran/logo.png")), "LK407",
         "lkjip.yaml:6:9"),
    Case("gambar-11-mb",
         every(write("lampiran/logo.png", lambda: png(4, 4) + bytes(11 * MB)),
               logo("lampiran/logo.png")),
         "LK407", "lkjip.yaml:6:9"),
    Case("bagan-bukan-gambar",
         every(write("lampiran/bagan.png", b"%PDF-1.4\n"), append("profil.yaml", BAGAN)), "LK407",
         "profil.yaml:7:12"),
    # --- narrative: the sandbox ----------------------------------------------------------
    Case("jinja-mro", narasi("{{ ''.__class__.__mro__ }}"), "LK403", "narasi/ikhtisar.md:1",
         says="tidak diizinkan"),
    Case("jinja-globals-cycler", narasi("{{ cycler.__init__.__globals__ }}"), "LK403",
         "narasi/ikhtisar.md:1"),
    Case("jinja-konteks-self", narasi("{{ self._TemplateReference__context }}"), "LK403",
         "narasi/ikhtisar.md:1"),
    Case("jinja-globals-lipsum", narasi("{{ lipsum.__globals__ }}"), "LK402",
         "narasi/ikhtisar.md:1"),
    Case("jinja-kelas-model", narasi("{{ laporan.__class__.__init__.__globals__ }}"), "LK403",
         "narasi/ikhtisar.md:1"),
    Case("jinja-ubah-hasil", narasi("{{ ind.clear() }}"), "LK403", "narasi/ikhtisar.md:1"),
    Case("jinja-ubah-data", narasi("{{ renstra.indikator.append(1) }}"), "LK403",
         "narasi/ikhtisar.md:1"),
    Case("jinja-include-keluar",
         every(outside("rahasia.md", SECRET), narasi("{% include '../../di-luar/rahasia' %}")),
         "LK402", "narasi/ikhtisar.md:1"),
    Case("jinja-import-absolut", narasi("{% import '/etc/passwd' as x %}"), "LK402",
         "narasi/ikhtisar.md:1"),
    Case("jinja-range-bersarang",
         narasi("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
         "LK409", "narasi/ikhtisar.md:1", says="range"),
    Case("jinja-putaran-bersarang",
         narasi("{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"),
         "LK409", "narasi/ikhtisar.md:1", says="langkah"),
    Case("jinja-putaran-atas-teks",
         narasi("{% set s = 'x' * 100000 %}"
                "{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}"),
         "LK409", "narasi/ikhtisar.md:1"),
    Case("jinja-makro-rekursif", narasi("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"), "LK409",
         "narasi/ikhtisar.md"),
    Case("jinja-makro-eksponensial",
         narasi("{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}"
                "{{ f(60) }}"),
         "LK409", "narasi/ikhtisar.md"),
    Case("jinja-include-diri", narasi("{% include 'ikhtisar' %}"), "LK409", "narasi/ikhtisar.md"),
    Case("jinja-kali-teks", narasi("{{ 'x' * 10**9 }}"), "LK409", "narasi/ikhtisar.md:1"),
    Case("jinja-pangkat", narasi("{{ 10**(10**9) }}"), "LK409", "narasi/ikhtisar.md:1"),
    Case("jinja-gandakan-namespace",
         narasi("{% set ns = namespace(s='x') %}"
                "{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"),
         "LK409", "narasi/ikhtisar.md:1"),
    Case("jinja-format-persen", narasi("{{ '%0999999999d' % 1 }}"), "LK409",
         "narasi/ikhtisar.md:1"),
    Case("jinja-format-kurawal", narasi("{{ '{:>999999999}'.format(1) }}"), "LK409",
         "narasi/ikhtisar.md:1"),
    Case("jinja-center", narasi("{{ 'x'|center(999999999) }}"), "LK409", "narasi/ikhtisar.md:1"),
    Case("jinja-indent-memori", narasi("{% set a = 'x\n' * 100000 %}{{ a|indent(100000) }}"),
         "LK409", "narasi/ikhtisar.md"),
    Case("jinja-kendali-escape", narasi("{{ '\\x01' }}"), "LK403", "narasi/ikhtisar.md",
         says="kode 0x1"),
    Case("narasi-placeholder-tak-dikenal", narasi("Capaian {{ ind.IKX.capaian }}."), "LK402",
         "narasi/ikhtisar.md:1"),
    Case("narasi-filter-tak-dikenal", narasi("{{ total.pagu | rupia }}"), "LK402",
         "narasi/ikhtisar.md:1"),
    Case("narasi-tag-tak-ditutup", narasi("Teks\n{% if true %}\nlagi"), "LK401",
         "narasi/ikhtisar.md:2"),
    Case("narasi-kurung-tak-ditutup", narasi("Teks {{ rusak"), "LK401", "narasi/ikhtisar.md:1"),
    Case("narasi-komentar-tak-ditutup", narasi("{# tak ditutup"), "LK401", "narasi/ikhtisar.md:1"),
    Case("narasi-bagi-nol", narasi("{{ 1/0 }}"), "LK403", "narasi/ikhtisar.md:1"),
    Case("narasi-bukan-utf8", narasi("Caf\xe9 di Dumai.\n".encode("cp1252")), "LK002",
         "narasi/ikhtisar.md:1:4"),
    Case("narasi-biner", narasi(b"\x89PNG\r\n\x1a\n\x00\x00"), "LK002", "narasi/ikhtisar.md:1"),
    Case("narasi-nul", narasi("Teks \x00 dan \x0b.\n"), "LK002", "narasi/ikhtisar.md:1:6"),
]
# fmt: on


@pytest.fixture(scope="module")
def results(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every selected case, run two to four at a time (by the cores there are): each is its own
    process with its own bounds, and the suite stays well under a minute."""
    selected = [
        item.callspec.params["case"]
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_hostile_case"
    ]
    runnable = [case for case in selected if not (case.needs_non_root and AS_ROOT)]
    return run_all(runnable, run_case, tmp_path_factory.mktemp)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_case(case: Case, results: dict[str, Result]) -> None:
    if case.needs_non_root and AS_ROOT:
        pytest.skip("root mengabaikan izin berkas")
    outcome, out = results[case.id].outcome, results[case.id].out
    assert_clean_ending(outcome, case.exit)
    if case.code:
        assert_reported(outcome, case.code, case.where)
    assert case.says in outcome.output, outcome.explain()
    assert SECRET not in outcome.output
    assert os.listdir(out.parent) == ["laporan.docx"], "berkas sementara tertinggal"
    if case.exit == 0 and case.command == "build":
        docx.Document(str(out))  # the new report opens
    else:
        assert out.read_bytes() == OLD_REPORT, "laporan lama berubah"


IMAGE_CASES = [case for case in CASES if case.id.startswith(("gambar-", "bagan-")) and case.exit]


@pytest.mark.parametrize("case", IMAGE_CASES, ids=str)
def test_validate_refuses_the_images_build_refuses(case: Case, tmp_path: Path) -> None:
    """In-process (images cost no time): CI's `validate` already says what `build` would."""
    root = minimal_dataset(tmp_path / "data")
    case.change(root)
    result = CliRunner().invoke(app, ["validate", str(root), "--format", "json"])
    outcome = Outcome(result.exit_code, result.stdout, result.stderr)
    assert_clean_ending(outcome, 1)
    assert_reported(outcome, case.code or "", case.where)
