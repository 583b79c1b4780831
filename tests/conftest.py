"""Shared fixtures: a throwaway dataset builder and a minimal valid dataset to start from.

Typical use — override one file of the minimal dataset and validate::

    def test_x(project_dir, minimal_files):
        root = project_dir({**minimal_files, "kinerja.yaml": "..."})

Files are dedented, so inline YAML can be indented with the test body.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed (speed is `make bench`): no per-example deadline,
# so a slow or busy CI machine cannot turn them flaky.
settings.register_profile("lkjip", deadline=None)
settings.load_profile("lkjip")

LKJIP_YAML = """\
    instansi:
      jenis: kecamatan
      nama: Kecamatan Sukamaju
      pemda: Pemerintah Kota Sukamaju
      alamat: Jalan Merdeka No. 1
    tahun: 2022
    penandatanganan:
      tempat: Sukamaju
      tanggal: 2023-01-31
    penandatangan:
      nama: Budi Santoso, S.STP
      jabatan: Camat Sukamaju
      pangkat: Pembina
      golongan: IV/a
      nip: "19820211 200312 1 004"
    atasan:
      nama: Siti Aminah
      jabatan: Walikota Sukamaju
"""

RENSTRA_YAML = """\
    periode:
      awal: 2021
      akhir: 2026
    visi: Terwujudnya pelayanan publik yang prima
    misi:
      - id: M1
        teks: Meningkatkan kualitas pelayanan publik
    tujuan:
      - id: T1
        misi: M1
        teks: Meningkatkan kepuasan masyarakat
    sasaran:
      - id: S1
        tujuan: T1
        teks: Meningkatnya kualitas pelayanan
    indikator:
      - id: IKM
        sasaran: S1
        nama: Indeks Kepuasan Masyarakat
        satuan: Indeks
        polaritas: positif
        agregasi: nilai_akhir
        target:
          2022: 87
        kondisi_akhir: 90
      - id: ADUAN
        sasaran: S1
        nama: Persentase pengaduan yang ditindaklanjuti
        satuan: "%"
        polaritas: positif
        agregasi: kumulatif
        target:
          2022: 100
        kondisi_akhir: 100
"""

KINERJA_YAML = """\
    tahun: 2022
    rkt:
      tahun: 2022
      target:
        - indikator: IKM
          target: 87
        - indikator: ADUAN
          target: 100
    perjanjian_kinerja:
      - jenis: murni
        tahun: 2022
        tempat: Sukamaju
        tanggal: 2022-01-10
        target:
          - indikator: IKM
            target: 87
          - indikator: ADUAN
            target: 100
        anggaran:
          - program: "7.01.02"
            pagu: 100000000
    realisasi:
      - indikator: IKM
        nilai:
          2022: 89.87
      - indikator: ADUAN
        nilai:
          2022: 100
"""

ANGGARAN_YAML = """\
    tahun: 2022
    program:
      - kode: "7.01.02"
        nama: Program Penyelenggaraan Pemerintahan dan Pelayanan Publik
        indikator: [IKM, ADUAN]
        kegiatan:
          - kode: "7.01.02.2.01"
            nama: Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan
            pagu: 100000000
            realisasi: 95000000
"""

PROFIL_YAML = """\
    dasar_hukum:
      - Peraturan Walikota Sukamaju Nomor 1 Tahun 2021
"""

MINIMAL_FILES = {
    "lkjip.yaml": LKJIP_YAML,
    "renstra.yaml": RENSTRA_YAML,
    "kinerja.yaml": KINERJA_YAML,
    "anggaran.yaml": ANGGARAN_YAML,
    "profil.yaml": PROFIL_YAML,
}


def write_dataset(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (relative path → text or bytes) under `root`; text is dedented."""
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


@pytest.fixture
def project_dir(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """A function writing a throwaway dataset and returning its folder (`tmp_path/data`)."""

    def make(files: dict[str, str | bytes]) -> Path:
        return write_dataset(tmp_path / "data", files)

    return make


@pytest.fixture
def minimal_files() -> dict[str, str | bytes]:
    """A small dataset valid against the models: 1 misi/tujuan/sasaran, 2 indicators,
    1 program with 1 kegiatan, all five YAML files. A fresh copy per test: override freely."""
    return dict(MINIMAL_FILES)
