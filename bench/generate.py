"""Synthetic but realistic LKjIP datasets by scale, for benchmarks and profiling.

Scale 1 is a large dinas: 10 sasaran, 40 indicators with quarterly targets and realisations and
five years of history, 20 programs, 120 kegiatan, 600 sub kegiatan, and the full narrative
(every section file of the example plus one analysis per indicator). Scale N multiplies every
count by N. The output passes `lkjip validate --strict` and builds; the same (scale, seed)
always gives the same files.

    python -m bench.generate --scale 1 --out /tmp/data
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import math
import random
import re
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bench import kosakata as kk
from bench import narasi
from lkjip.resources import reference_data

TAHUN = 2024
PERIODE = (2021, 2026)
TAHUN_AWAL = 2020  # kondisi awal: the year before the Renstra starts
PER_BIDANG_PROGRAM = 20
PER_BIDANG_SASARAN = 10
INDIKATOR_PER_SASARAN = 4

# Counts at scale 1.
SASARAN = 10
PROGRAM = 20
KEGIATAN = 120
SUB_KEGIATAN = 600

PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"


# --- the plan: every generated fact, before it is written as YAML -------------------------


@dataclass(frozen=True)
class JenisIndikator:
    kunci: str  # id prefix
    nama: str  # "{o}" = the sasaran's object
    satuan: str
    polaritas: str
    agregasi: str


JENIS: tuple[JenisIndikator, ...] = (
    JenisIndikator("KONDISI", "Persentase {o} dalam Kondisi Baik", "%", "positif", "kumulatif"),
    JenisIndikator(
        "IKM", "Indeks Kepuasan Masyarakat terhadap Layanan {o}", "Indeks", "positif", "nilai_akhir"
    ),
    JenisIndikator(
        "JUMLAH", "Jumlah {o} yang Ditingkatkan Kualitasnya", "unit", "positif", "akumulasi"
    ),  # fmt: skip
    JenisIndikator(
        "ADUAN",
        "Persentase Pengaduan Layanan {o} yang Belum Tertangani",
        "%",
        "negatif",
        "nilai_akhir",
    ),  # fmt: skip
    JenisIndikator("CAKUPAN", "Cakupan Layanan {o}", "%", "positif", "kumulatif"),
)

POLA_SASARAN = (
    "Meningkatnya Kualitas {o}",
    "Meningkatnya Cakupan Layanan {o}",
    "Terwujudnya Pengelolaan {o} yang Akuntabel",
    "Meningkatnya Kinerja Layanan {o}",
    "Terpenuhinya Standar Pelayanan {o}",
)
# Five tujuan per bidang (two sasaran each), so these five keep tujuan names unique.
POLA_TUJUAN = (
    "Meningkatkan Kualitas Pelayanan",
    "Memperluas Jangkauan Layanan",
    "Memperkuat Akuntabilitas Pengelolaan",
    "Meningkatkan Mutu Sarana dan Prasarana",
    "Memperkuat Kapasitas Kelembagaan",
)
# Two sasaran of one bidang may share an object; the area keeps their names apart.
WILAYAH = ("", " di Kawasan Perkotaan", " di Kawasan Pinggiran")


@dataclass
class Indikator:
    id: str
    jenis: JenisIndikator
    nama: str
    objek: str
    sasaran: str
    iku: bool
    target: dict[int, Decimal]  # Renstra target per year
    realisasi: dict[int, Decimal]  # TAHUN_AWAL … TAHUN
    tw_target: list[Decimal | None]
    tw_realisasi: list[Decimal | None]


@dataclass
class Sasaran:
    id: str
    tujuan: str
    teks: str
    bidang: kk.Bidang
    indikator: list[Indikator] = field(default_factory=list)


@dataclass
class Sub:
    kode: str
    nama: str
    pagu: int
    realisasi: int


@dataclass
class Kegiatan:
    kode: str
    nama: str
    sub: list[Sub]

    @property
    def pagu(self) -> int:
        return sum(s.pagu for s in self.sub)

    @property
    def realisasi(self) -> int:
        return sum(s.realisasi for s in self.sub)


@dataclass
class Program:
    kode: str
    nama: str
    bidang: kk.Bidang
    penunjang: bool
    kegiatan: list[Kegiatan] = field(default_factory=list)
    indikator: list[str] = field(default_factory=list)

    @property
    def pagu(self) -> int:
        return sum(k.pagu for k in self.kegiatan)

    @property
    def realisasi(self) -> int:
        return sum(k.realisasi for k in self.kegiatan)


@dataclass
class Instansi:
    nama: str
    daerah: str
    kota: bool
    provinsi: str
    kode_area: str
    kode_pos: str
    bidang: kk.Bidang

    @property
    def sebutan_daerah(self) -> str:
        return "Kota" if self.kota else "Kabupaten"

    @property
    def kepala_daerah(self) -> str:
        return "Walikota" if self.kota else "Bupati"

    @property
    def pemda(self) -> str:
        return f"Pemerintah {self.sebutan_daerah} {self.daerah}"


@dataclass
class Rencana:
    """Everything one dataset says, decided once so that every file agrees."""

    scale: int
    rng: random.Random
    instansi: Instansi
    bidang: list[kk.Bidang]
    sasaran: list[Sasaran]
    program: list[Program]

    @property
    def indikator(self) -> list[Indikator]:
        return [i for s in self.sasaran for i in s.indikator]


# --- small helpers --------------------------------------------------------------------------


def d2(value: float) -> Decimal:
    """A measured value as people type it: two decimals at most."""
    q = Decimal(f"{value:.2f}")
    return Decimal(int(q)) if q == q.to_integral_value() else q.normalize()


def spread(total: int, parts: int, rng: random.Random, lo: int, hi: int) -> list[int]:
    """`total` split into `parts` counts between lo and hi, unevenly but deterministically."""
    counts = [total // parts + (1 if i < total % parts else 0) for i in range(parts)]
    for _ in range(parts * 3):
        a, b = rng.randrange(parts), rng.randrange(parts)
        if a != b and counts[a] > lo and counts[b] < hi:
            counts[a] -= 1
            counts[b] += 1
    return counts


def slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def tanggal(rng: random.Random, tahun: int, bulan: int, hari_awal: int, hari_akhir: int) -> dt.date:
    return dt.date(tahun, bulan, rng.randint(hari_awal, hari_akhir))


# --- people ---------------------------------------------------------------------------------


def nama_orang(rng: random.Random, pria: bool, gelar: bool = True) -> str:
    depan = rng.choice(kk.NAMA_PRIA if pria else kk.NAMA_WANITA)
    nama = f"{depan} {rng.choice(kk.NAMA_BELAKANG)}".upper()
    if rng.random() < 0.3:
        nama = ("H. " if pria else "Hj. ") + nama
    return f"{nama}, {rng.choice(kk.GELAR)}" if gelar else nama


def nip(rng: random.Random, pria: bool) -> str:
    """A NIP with a valid structure: birth date, TMT CPNS at least 18 years later, sex, serial."""
    lahir = dt.date(rng.randint(1968, 1980), rng.randint(1, 12), rng.randint(1, 28))
    tmt_tahun = lahir.year + rng.randint(23, 30)
    return (
        f"{lahir:%Y%m%d} {tmt_tahun}{rng.randint(1, 12):02d} {1 if pria else 2} "
        f"{rng.randint(1, 15):03d}"
    )


# --- planning -------------------------------------------------------------------------------


def pilih_instansi(seed: int) -> Instansi:
    """Agency and region from the seed; seeds 0–455 all give distinct agency names."""
    daerah, kota, provinsi, area, pos = kk.DAERAH[seed % len(kk.DAERAH)]
    bidang = kk.BIDANG[(seed + seed // len(kk.DAERAH)) % len(kk.BIDANG)]
    sebutan = "Kota" if kota else "Kabupaten"
    return Instansi(
        nama=f"{bidang.dinas} {sebutan} {daerah}",
        daerah=daerah,
        kota=kota,
        provinsi=provinsi,
        kode_area=area,
        kode_pos=pos,
        bidang=bidang,
    )


def urutan_bidang(instansi: Instansi, jumlah: int) -> list[kk.Bidang]:
    """The agency's own bidang first, then the next ones (a scale-16 agency spans 16)."""
    start = kk.BIDANG.index(instansi.bidang)
    return [kk.BIDANG[(start + i) % len(kk.BIDANG)] for i in range(jumlah)]


def nilai_indikator(
    rng: random.Random, jenis: JenisIndikator
) -> tuple[dict[int, Decimal], dict[int, Decimal], list[Any], list[Any]]:
    """(Renstra targets, realisations per year, TW targets, TW realisations) of one indicator."""
    tahun_renstra = range(PERIODE[0], PERIODE[1] + 1)
    tercapai = rng.random() < 0.75  # a quarter of the indicators miss their target
    faktor = rng.uniform(1.0, 1.05) if tercapai else rng.uniform(0.84, 0.99)
    if jenis.agregasi == "akumulasi":
        dasar = rng.randint(20, 400)
        target = {t: Decimal(round(dasar * (1 + 0.06 * (t - TAHUN_AWAL)))) for t in tahun_renstra}
        real = {t: Decimal(round(float(target.get(t, dasar)) * rng.uniform(0.9, 1.05)))
                for t in range(TAHUN_AWAL, TAHUN)}  # fmt: skip
        real[TAHUN_AWAL] = Decimal(dasar)
        real[TAHUN] = Decimal(max(1, round(float(target[TAHUN]) * faktor)))
        return target, real, bagi(rng, int(target[TAHUN])), bagi(rng, int(real[TAHUN]))
    if jenis.polaritas == "negatif":
        awal = rng.uniform(15, 30)
        langkah = rng.uniform(1.0, 2.5)
        target = {t: d2(max(2.0, awal - langkah * (t - TAHUN_AWAL))) for t in tahun_renstra}
        # Lower is better: missing the target means a realisation above it.
        faktor = 2 - faktor
    elif jenis.satuan == "Indeks":
        awal = rng.uniform(76, 84)
        langkah = rng.uniform(0.5, 1.2)
        target = {t: d2(min(95.0, awal + langkah * (t - TAHUN_AWAL))) for t in tahun_renstra}
    else:
        awal = rng.uniform(55, 80)
        langkah = rng.uniform(1.5, 3.5)
        target = {t: d2(min(99.0, awal + langkah * (t - TAHUN_AWAL))) for t in tahun_renstra}
    batas = 100.0
    real = {TAHUN_AWAL: d2(awal)}
    for t in range(PERIODE[0], TAHUN):
        real[t] = d2(min(batas, float(target[t]) * rng.uniform(0.94, 1.04)))
    r = d2(min(batas, float(target[TAHUN]) * faktor))
    real[TAHUN] = r
    t_n = target[TAHUN]
    if jenis.agregasi == "kumulatif":
        tw_target = [d2(float(t_n) * f) for f in (0.2, 0.45, 0.7)] + [t_n]
        fr = sorted(rng.uniform(0.15, 0.85) for _ in range(3))
        tw_real = [d2(float(r) * f) for f in fr] + [r]
        return target, real, tw_target, tw_real
    if jenis.satuan == "Indeks":  # surveyed twice a year; the annual value is the last one
        semester = d2(float(r) * rng.uniform(0.97, 1.01))
        return target, real, [None, None, None, t_n], [None, semester, None, r]
    tw_real = [d2(float(r) * rng.uniform(0.9, 1.2)) for _ in range(3)] + [r]
    return target, real, [t_n] * 4, tw_real


def bagi(rng: random.Random, total: int) -> list[Decimal]:
    """An annual count split into four quarterly counts that add up to it."""
    shares = [rng.uniform(0.15, 0.3) for _ in range(3)]
    parts = [int(total * s) for s in shares]
    parts.append(total - sum(parts))
    return [Decimal(p) for p in parts]


def rencanakan_sasaran(rng: random.Random, bidang: list[kk.Bidang], jumlah: int) -> list[Sasaran]:
    width = 2 if jumlah < 100 else 3
    out = []
    for n in range(jumlah):
        b = bidang[n // PER_BIDANG_SASARAN]
        ke = n % PER_BIDANG_SASARAN
        objek = b.objek[ke % len(b.objek)]
        wilayah = WILAYAH[ke // len(b.objek)]
        sasaran = Sasaran(
            id=f"S{n + 1}",
            tujuan=f"T{n // 2 + 1}",
            teks=POLA_SASARAN[n % len(POLA_SASARAN)].format(o=objek) + wilayah,
            bidang=b,
        )
        for j in range(INDIKATOR_PER_SASARAN):
            jenis = JENIS[(n + j) % len(JENIS)]
            target, real, tw_t, tw_r = nilai_indikator(rng, jenis)
            sasaran.indikator.append(
                Indikator(
                    id=f"{jenis.kunci}_{n + 1:0{width}d}",
                    jenis=jenis,
                    nama=jenis.nama.format(o=objek) + wilayah,
                    objek=objek,
                    sasaran=sasaran.id,
                    iku=j < 2,
                    target=target,
                    realisasi=real,
                    tw_target=tw_t,
                    tw_realisasi=tw_r,
                )
            )
        out.append(sasaran)
    return out


def pagu_sub(rng: random.Random) -> tuple[int, int]:
    """(pagu, realisasi) of one sub kegiatan: Rp15 juta to Rp2,5 miliar, log-uniform."""
    pagu = int(math.exp(rng.uniform(math.log(15e6), math.log(2.5e9))) // 100 * 100)
    if rng.random() < 0.15:
        return pagu, pagu
    return pagu, int(pagu * rng.uniform(0.8, 0.999))


@functools.cache
def _nomenklatur() -> dict[str, str]:
    """Kode → nama of data/nomenklatur.yaml."""
    data = reference_data("nomenklatur.yaml") or {}
    return {str(item["kode"]): str(item["nama"]) for item in data.get("kode", [])}


def rencanakan_program(rng: random.Random, bidang: list[kk.Bidang], scale: int) -> list[Program]:
    jumlah = PROGRAM * scale
    programs = []
    for p in range(jumlah):
        b = bidang[p // PER_BIDANG_PROGRAM]
        nomor = p % PER_BIDANG_PROGRAM + 1
        penunjang = p == 0
        kode = f"{b.kode}.{nomor:02d}"
        # A code of the nomenclature has its name there (else LK208 warns, as for real data).
        tema = f"Program {kk.TEMA_PROGRAM[nomor - 1]} {b.nama}"
        if tema in _nomenklatur().values():  # that name belongs to another code
            tema += " Lainnya"
        nama = PENUNJANG if penunjang else _nomenklatur().get(kode, tema)
        programs.append(Program(kode, nama, b, penunjang))
    lain = jumlah - 1
    per_program = [len(kk.KEGIATAN_PENUNJANG)]
    per_program += spread(KEGIATAN * scale - per_program[0], lain, rng, 2, len(kk.POLA_KEGIATAN))
    per_kegiatan = iter(spread(SUB_KEGIATAN * scale, KEGIATAN * scale, rng, 1, len(kk.POLA_SUB)))
    for prog, n_keg in zip(programs, per_program, strict=True):
        pola = rng.sample(range(len(kk.POLA_KEGIATAN)), n_keg)
        nomor = int(prog.kode.rsplit(".", 1)[1])
        for k in range(n_keg):
            kode = f"{prog.kode}.2.{k + 1:02d}"
            objek = prog.bidang.objek[(nomor + k) % len(prog.bidang.objek)]
            if prog.penunjang:
                nama, objek = kk.KEGIATAN_PENUNJANG[k], "Perangkat Daerah"
            else:
                nama = f"{kk.POLA_KEGIATAN[pola[k]]} {objek}"
            n_sub = next(per_kegiatan)
            pola_sub = rng.sample(range(len(kk.POLA_SUB)), n_sub)
            subs = []
            for m in range(n_sub):
                pagu, real = pagu_sub(rng)
                subs.append(Sub(f"{kode}.{m + 1:04d}", f"{kk.POLA_SUB[pola_sub[m]]} {objek}", pagu,
                                real))  # fmt: skip
            prog.kegiatan.append(Kegiatan(kode, nama, subs))
    return programs


def hubungkan(sasaran: list[Sasaran], programs: list[Program]) -> None:
    """Each indicator is supported by one program of its own bidang (round robin)."""
    by_bidang: dict[str, list[Program]] = {}
    for p in programs:
        if not p.penunjang:
            by_bidang.setdefault(p.bidang.kode, []).append(p)
    turn: dict[str, int] = {}
    for s in sasaran:
        pool = by_bidang[s.bidang.kode]
        for ind in s.indikator:
            n = turn.get(s.bidang.kode, 0)
            pool[n % len(pool)].indikator.append(ind.id)
            turn[s.bidang.kode] = n + 1


def rencanakan(scale: int, seed: int) -> Rencana:
    rng = random.Random(f"lkjip-bench:{scale}:{seed}")
    instansi = pilih_instansi(seed)
    n_bidang = max(1, math.ceil(PROGRAM * scale / PER_BIDANG_PROGRAM))
    if n_bidang > len(kk.BIDANG):
        raise ValueError(f"skala {scale} terlalu besar (paling banyak {len(kk.BIDANG)} bidang)")
    bidang = urutan_bidang(instansi, n_bidang)
    sasaran = rencanakan_sasaran(rng, bidang, SASARAN * scale)
    programs = rencanakan_program(rng, bidang, scale)
    hubungkan(sasaran, programs)
    return Rencana(scale, rng, instansi, bidang, sasaran, programs)


# --- the YAML documents ---------------------------------------------------------------------


class Kode(str):
    """A code written in double quotes, as the example writes "7.01.02"."""


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents lists under their key, as the example files do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    if value == value.to_integral_value():
        return dumper.represent_int(int(value))
    return dumper.represent_scalar("tag:yaml.org,2002:float", format(value, "f"))


def _kode(dumper: yaml.SafeDumper, value: Kode) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


_Dumper.add_representer(Decimal, _decimal)
_Dumper.add_representer(Kode, _kode)


def tulis_yaml(path: Path, schema: str, judul: str, data: dict[str, Any]) -> None:
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    header = (
        f"# yaml-language-server: $schema=../../schema/{schema}.schema.json\n"
        f"#\n# {judul}\n# Dibuat oleh bench/generate.py (data sintetis untuk uji kinerja).\n\n"
    )
    path.write_text(header + text, encoding="utf-8")


def doc_lkjip(r: Rencana) -> dict[str, Any]:
    rng, ins = r.rng, r.instansi
    pria = rng.random() < 0.7
    pangkat, golongan = rng.choice(kk.PANGKAT_KEPALA)
    jalan = rng.choice(kk.JALAN)
    domain = f"{slug(ins.daerah)}{'kota' if ins.kota else 'kab'}.go.id"
    pk_ubah = r.program[1]
    return {
        "instansi": {
            "nama": ins.nama,
            "pemda": ins.pemda,
            "kota": ins.daerah,
            "sebutan_kepala_daerah": ins.kepala_daerah,
            "alamat": f"{jalan} No. {rng.randint(1, 120)}",
            "telepon": f"({ins.kode_area}) {rng.randint(20000, 89999)}",
            "kode_pos": f"{ins.kode_pos}{rng.randint(11, 99)}",
            "email": f"{ins.bidang.singkatan}@{domain}",
        },
        "tahun": TAHUN,
        "judul": "Laporan Kinerja Instansi Pemerintah",
        "penandatanganan": {
            "tempat": ins.daerah,
            "tanggal": tanggal(rng, TAHUN + 1, rng.choice((1, 2)), 20, 27),
        },
        "penandatangan": {
            "nama": nama_orang(rng, pria),
            "jabatan": f"Kepala {ins.nama}",
            "pangkat": pangkat,
            "golongan": golongan,
            "nip": nip(rng, pria),
        },
        "atasan": {
            "nama": nama_orang(rng, True),
            "jabatan": f"{ins.kepala_daerah} {ins.daerah}",
        },
        "pengaturan": {
            "rumus_negatif": "dua_kurang_rasio",
            "skala": "permendagri86",
            "metode_rollup": "rata_rata",
            "batas_capaian": None,
            "rumus_efisiensi": "selisih",
            "gaya_rupiah": "puebi",
            "toleransi_tanggal_laporan_bulan": 2,
        },
        # The Perubahan PK was signed before one program's DPA figure was final (as in the
        # example): a real difference, kept and acknowledged.
        "pengakuan": [
            {
                "kode": "LK303",
                "butir": Kode(kode),
                "alasan": "Perubahan Perjanjian Kinerja ditandatangani sebelum pagu DPA final; "
                "PK dipertahankan sebagaimana ditandatangani dan laporan memakai pagu DPA.",
            }
            for kode in (pk_ubah.kode, pk_ubah.kegiatan[0].kode)
        ],
    }


def doc_renstra(r: Rencana) -> dict[str, Any]:
    rng, ins = r.rng, r.instansi
    n_tujuan = math.ceil(len(r.sasaran) / 2)
    tujuan = []
    for t in range(n_tujuan):
        s = r.sasaran[t * 2]
        tujuan.append({
            "id": f"T{t + 1}",
            "misi": f"M{t % len(kk.MISI) + 1}",
            "teks": f"{POLA_TUJUAN[t % len(POLA_TUJUAN)]} Urusan {s.bidang.nama}",
        })  # fmt: skip
    return {
        "periode": {"awal": PERIODE[0], "akhir": PERIODE[1]},
        "dasar_hukum": f"Peraturan {ins.kepala_daerah} {ins.daerah} Nomor {rng.randint(20, 60)} "
        f"Tahun 2021 tentang Rencana Strategis Perangkat Daerah Tahun 2021–2026",
        "rpjmd": f"Rencana Pembangunan Jangka Menengah Daerah (RPJMD) {ins.sebutan_daerah} "
        f"{ins.daerah} Tahun 2021–2026",
        "visi": f"Terwujudnya {ins.sebutan_daerah} {ins.daerah} yang Maju, Sejahtera, dan Berdaya "
        "Saing",
        "misi": [{"id": f"M{i + 1}", "nomor": i + 1, "teks": t} for i, t in enumerate(kk.MISI)],
        "tujuan": tujuan,
        "sasaran": [{"id": s.id, "tujuan": s.tujuan, "teks": s.teks} for s in r.sasaran],
        "indikator": [doc_indikator(ind, s) for s in r.sasaran for ind in s.indikator],
        "strategi": [
            {
                "id": f"ST{n + 1}",
                "sasaran": s.id,
                "indikator": [i.id for i in s.indikator],
                "teks": "Meningkatkan kualitas dan pemerataan layanan "
                f"{s.indikator[0].objek.lower()}",
                "kebijakan": [
                    f"Memprioritaskan penanganan {s.indikator[0].objek.lower()} berbasis data",
                    f"Memperkuat koordinasi dan kemitraan bidang {s.bidang.nama.lower()}",
                ],
            }
            for n, s in enumerate(r.sasaran)
        ],
        "keputusan_iku": doc_keputusan_iku(r),
    }


def doc_indikator(ind: Indikator, s: Sasaran) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": ind.id,
        "sasaran": s.id,
        "nama": ind.nama,
        "satuan": ind.jenis.satuan,
        "polaritas": ind.jenis.polaritas,
        "agregasi": ind.jenis.agregasi,
        "iku": ind.iku,
        "kondisi_awal": {"tahun": TAHUN_AWAL, "nilai": ind.realisasi[TAHUN_AWAL]},
        "target": dict(ind.target),
        "kondisi_akhir": ind.target[PERIODE[1]],
    }
    if ind.jenis.kunci == "CAKUPAN":
        out["standar_nasional"] = {
            "nilai": Decimal(100),
            "sumber": "Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal",
        }
    out["definisi"] = f"{ind.nama} pada akhir tahun pengukuran."
    out["formula"] = (
        "Jumlah capaian dibagi jumlah sasaran dikali seratus"
        if ind.jenis.satuan == "%"
        else "Hasil pengukuran sesuai pedoman teknis"
    )
    out["sumber_data"] = f"Laporan Bidang {s.bidang.nama}"
    out["penanggung_jawab"] = f"Kepala Bidang {ind.objek}"
    return out


def doc_keputusan_iku(r: Rencana) -> dict[str, Any]:
    rng, ins = r.rng, r.instansi
    return {
        "nomor": f"800/{rng.randint(100, 999)}/{ins.bidang.singkatan.upper()}/2021",
        "tentang": f"Indikator Kinerja Utama {ins.nama} Tahun 2021-2026",
        "tempat": ins.daerah,
        "tanggal": tanggal(rng, 2021, rng.randint(3, 6), 1, 28),
        "menimbang": [
            "bahwa untuk mengukur keberhasilan pencapaian sasaran strategis perlu ditetapkan "
            f"Indikator Kinerja Utama {ins.nama};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan "
            f"Keputusan Kepala {ins.nama}.",
        ],
        "mengingat": [
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
            "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
            "Pemerintah;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
            "Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata "
            "Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
        ],
        "memutuskan": [
            f"Indikator Kinerja Utama {ins.nama} sebagaimana tercantum dalam Lampiran keputusan "
            "ini.",
            "Indikator Kinerja Utama menjadi acuan penyusunan rencana kinerja tahunan, perjanjian "
            "kinerja, dan laporan kinerja.",
            "Keputusan ini mulai berlaku sejak tanggal ditetapkan.",
        ],
    }


def _target_rows(r: Rencana) -> list[dict[str, Any]]:
    return [{"indikator": i.id, "target": i.target[TAHUN]} for i in r.indikator]


def _pk_anggaran(r: Rencana, perubahan: bool) -> list[dict[str, Any]]:
    """Budget of a PK per program and kegiatan. The murni PK predates the APBD-Perubahan, so
    its figures differ; the Perubahan equals the DPA except for the acknowledged program."""
    rng = r.rng
    rows = []
    for n, p in enumerate(r.program):
        kegiatan = []
        for j, k in enumerate(p.kegiatan):
            if perubahan:
                pagu = k.pagu + (15000 if n == 1 and j == 0 else 0)
            else:
                pagu = int(k.pagu * rng.uniform(0.9, 1.08)) // 1000 * 1000
            kegiatan.append({"kode": Kode(k.kode), "pagu": pagu})
        total = sum(x["pagu"] for x in kegiatan)
        rows.append({"program": Kode(p.kode), "pagu": total, "kegiatan": kegiatan})
    return rows


def doc_kinerja(r: Rencana) -> dict[str, Any]:
    rng, ins = r.rng, r.instansi
    murni = _pk_anggaran(r, perubahan=False)
    ubah = _pk_anggaran(r, perubahan=True)
    sumber = f"Laporan Monev Triwulan IV Tahun {TAHUN} (E-Monev)"
    b = ins.bidang
    objek = b.objek[0].lower()

    def isi(text: str) -> str:
        return text.format(bidang=b.nama.lower(), objek=objek, daerah=ins.daerah)

    evaluasi = [
        {"triwulan": tw, "tempat": ins.daerah,
         "tanggal": tanggal(rng, TAHUN + (tw == 4), (tw * 3 + 1) % 12, 5, 18)}
        for tw in (1, 2, 3, 4)
    ]  # fmt: skip
    return {
        "tahun": TAHUN,
        "rkt": {
            "tahun": TAHUN,
            "tempat": ins.daerah,
            "tanggal": tanggal(rng, TAHUN - 1, 12, 10, 29),
            "target": _target_rows(r),
        },
        "perjanjian_kinerja": [
            {
                "jenis": "murni",
                "tahun": TAHUN,
                "tempat": ins.daerah,
                "tanggal": tanggal(rng, TAHUN, 1, 8, 31),
                "target": _target_rows(r),
                "anggaran": murni,
                "jumlah": sum(x["pagu"] for x in murni),
            },
            {
                "jenis": "perubahan",
                "tahun": TAHUN,
                "tempat": ins.daerah,
                "tanggal": tanggal(rng, TAHUN, rng.choice((9, 10)), 1, 28),
                "target": _target_rows(r),
                "anggaran": ubah,
                "jumlah": sum(x["pagu"] for x in ubah),
            },
        ],
        "rencana_aksi": {
            "tahun": TAHUN,
            "triwulan": [
                {"indikator": i.id, "target": i.tw_target, "realisasi": i.tw_realisasi}
                for i in r.indikator
            ],
            "evaluasi": evaluasi,
        },
        "realisasi": [
            {"indikator": i.id, "nilai": dict(i.realisasi), "sumber": sumber} for i in r.indikator
        ],
        "permasalahan": [{"masalah": isi(m), "solusi": isi(s)} for m, s in kk.MASALAH],
        "analisis_faktor": {
            "kekuatan": [isi(x) for x in kk.KEKUATAN],
            "kelemahan": [isi(x) for x in kk.KELEMAHAN],
            "peluang": [isi(x) for x in kk.PELUANG],
            "ancaman": [isi(x) for x in kk.ANCAMAN],
        },
    }


def doc_anggaran(r: Rencana) -> dict[str, Any]:
    programs = []
    for p in r.program:
        row: dict[str, Any] = {"kode": Kode(p.kode), "nama": p.nama}
        if p.penunjang:
            row["penunjang"] = True
        else:
            row["indikator"] = list(p.indikator)
        row["pagu"] = p.pagu
        row["realisasi"] = p.realisasi
        row["kegiatan"] = [
            {
                "kode": Kode(k.kode),
                "nama": k.nama,
                "pagu": k.pagu,
                "realisasi": k.realisasi,
                "sub_kegiatan": [
                    {"kode": Kode(s.kode), "nama": s.nama, "pagu": s.pagu, "realisasi": s.realisasi}
                    for s in k.sub
                ],
            }
            for k in p.kegiatan
        ]
        programs.append(row)
    return {
        "tahun": TAHUN,
        "dokumen": f"DPA Perubahan Tahun Anggaran {TAHUN}",
        "sumber_realisasi": f"Laporan Monev Triwulan IV Tahun {TAHUN} (E-Monev)",
        "program": programs,
    }


def doc_profil(r: Rencana) -> dict[str, Any]:
    rng, ins = r.rng, r.instansi
    kd, daerah = ins.kepala_daerah, ins.daerah
    nomor = rng.randint(30, 90)
    b = ins.bidang
    bidang_unit = [
        {"nama": f"Bidang {o}", "sub": [{"nama": "Kelompok Substansi Perencanaan Teknis"},
                                          {"nama": "Kelompok Substansi Pengendalian"}]}
        for o in b.objek[:4]
    ]  # fmt: skip
    return {
        "dasar_hukum": [
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
            "diubah beberapa kali terakhir dengan Undang-Undang Nomor 9 Tahun 2015",
            "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah",
            "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
            "Pemerintah",
            "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, "
            "Pengendalian dan Evaluasi Pembangunan Daerah",
            "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, "
            "dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
            "Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata "
            "Cara Reviu atas Laporan Kinerja Instansi Pemerintah",
            f"Peraturan Daerah {ins.sebutan_daerah} {daerah} Nomor 6 Tahun 2021 tentang Rencana "
            f"Pembangunan Jangka Menengah Daerah {ins.sebutan_daerah} {daerah} Tahun 2021–2026",
            f"Peraturan {kd} {daerah} Nomor {nomor} Tahun 2021 tentang Kedudukan, Susunan "
            f"Organisasi, Tugas dan Fungsi serta Tata Kerja {b.dinas}",
        ],
        "isu_strategis": [
            f"Belum meratanya kualitas {o.lower()} antarwilayah di {ins.sebutan_daerah} {daerah}."
            for o in b.objek[:5]
        ],
        "dasar_struktur": f"Peraturan {kd} {daerah} Nomor {nomor} Tahun 2021 tentang Kedudukan, "
        f"Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja {b.dinas}",
        "struktur_organisasi": [
            {
                "nama": "Dinas",
                "judul_bagan": f"Bagan Organisasi {ins.nama}",
                "unit": [
                    {"nama": "Kepala Dinas"},
                    {
                        "nama": "Sekretariat",
                        "sub": [
                            {"nama": "Subbagian Umum dan Kepegawaian"},
                            {"nama": "Subbagian Keuangan dan Aset"},
                            {"nama": "Subbagian Perencanaan dan Pelaporan"},
                        ],
                    },
                    *bidang_unit,
                    {"nama": "Unit Pelaksana Teknis Dinas"},
                    {"nama": "Kelompok Jabatan Fungsional"},
                ],
            }
        ],
        "sdm": [
            {"uraian": "PNS Golongan IV", "jumlah": rng.randint(8, 20) * r.scale},
            {"uraian": "PNS Golongan III", "jumlah": rng.randint(40, 90) * r.scale},
            {"uraian": "PNS Golongan II", "jumlah": rng.randint(10, 40) * r.scale},
            {"uraian": "PPPK", "jumlah": rng.randint(5, 30) * r.scale},
            {"uraian": "Tenaga Non-ASN", "jumlah": rng.randint(20, 80) * r.scale},
        ],
        "penghargaan": [
            {
                "uraian": uraian,
                "pemenang": ins.nama,
                "tingkat": (
                    f"{ins.sebutan_daerah} {daerah}"
                    if tingkat == "Kota/Kabupaten"
                    else f"Provinsi {ins.provinsi}"
                ),
                "penyelenggara": (
                    penyelenggara
                    if "KEMENTERIAN" in penyelenggara
                    else f"{penyelenggara} {ins.sebutan_daerah.upper()} {daerah.upper()}"
                ),
            }  # fmt: skip
            for uraian, tingkat, penyelenggara in rng.sample(kk.PENGHARGAAN, 3)
        ],
    }


def tulis_narasi(r: Rencana, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    texts = narasi.sections(r.sasaran[0].id, r.program[0].kode, r.program[1].kode)
    for name, text in texts.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    per_indikator = folder / "indikator"
    per_indikator.mkdir(exist_ok=True)
    for ind in r.indikator:
        text = narasi.indikator(
            ind.id, ind.objek, r.rng.randint(12, 180), ikm=ind.jenis.kunci == "IKM"
        )
        (per_indikator / f"{ind.id}.md").write_text(text, encoding="utf-8")


# --- entry points -------------------------------------------------------------------------


def generate(scale: int, out: Path, seed: int = 0) -> Path:
    """Write a dataset of the given scale into `out` (replaced if it exists); returns `out`."""
    if scale < 1:
        raise ValueError("skala paling kecil 1")
    r = rencanakan(scale, seed)
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    judul = f"{r.instansi.nama}, tahun {TAHUN}, skala {scale}, seed {seed}"
    tulis_yaml(out / "lkjip.yaml", "lkjip", f"lkjip.yaml — {judul}", doc_lkjip(r))
    tulis_yaml(out / "renstra.yaml", "renstra", f"renstra.yaml — {judul}", doc_renstra(r))
    tulis_yaml(out / "kinerja.yaml", "kinerja", f"kinerja.yaml — {judul}", doc_kinerja(r))
    tulis_yaml(out / "anggaran.yaml", "anggaran", f"anggaran.yaml — {judul}", doc_anggaran(r))
    tulis_yaml(out / "profil.yaml", "profil", f"profil.yaml — {judul}", doc_profil(r))
    tulis_narasi(r, out / "narasi")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description="Buat dataset LKjIP sintetis untuk uji kinerja.",
    )
    parser.add_argument("--scale", type=int, default=1, help="kelipatan ukuran (1 = dinas besar)")
    parser.add_argument("--out", type=Path, required=True, help="folder tujuan (ditimpa)")
    parser.add_argument("--seed", type=int, default=0, help="benih acak (nama instansi, angka)")
    args = parser.parse_args(argv)
    path = generate(args.scale, args.out, args.seed)
    print(f"dataset skala {args.scale} ditulis ke {path}")


if __name__ == "__main__":
    main()
