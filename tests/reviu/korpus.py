"""A synthetic corpus for `lkjip reviu`: one clean report, typed by hand the way Word reports
are (merged headers, "Jumlah" rows, captions), and copies of it with one error injected each,
of every kind reviu checks. `python -m tests.reviu.korpus` prints the precision and recall
table recorded in docs/reviu.md; `test_korpus.py` asserts them.

A mutation replaces the first occurrence of a text in one block (a paragraph, or one cell
given as (block, row, column)), so each injected copy differs from the clean one by exactly
the error it carries.
"""

from __future__ import annotations

import copy
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.reviu.penulis import Block, tulis

KAPTION_31 = "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023"


def laporan_bersih() -> list[Block]:
    """A small LKjIP of 2023 whose every figure agrees with every other."""
    return [
        "LAPORAN KINERJA INSTANSI PEMERINTAH",
        "KECAMATAN CONTOH TAHUN 2023",
        "KATA PENGANTAR",
        "Laporan ini disusun sebagai pertanggungjawaban pelaksanaan APBD Tahun Anggaran 2023.",
        "Contoh, 31 Januari 2024",
        "IKHTISAR EKSEKUTIF",
        "Laporan ini dibagi dalam 4 (empat) Bab. Kecamatan Contoh telah melaksanakan 3 Program "
        "dengan 3 kegiatan untuk 1 (satu) sasaran strategis dengan 2 (dua) indikator kinerja "
        "utama.",
        "Nilai rata-rata capaian kinerja sasaran strategis adalah 98,63% dengan kategori Sangat "
        "Tinggi.",
        "Secara keseluruhan Kecamatan Contoh menganggarkan pembiayaan sebesar Rp 1.500.000.000 "
        "dengan realisasi sebesar Rp 1.380.000.000 atau 92,00%.",
        "Anggaran yang dialokasikan untuk kegiatan pendukung sasaran adalah Rp 500.000.000 dengan "
        "realisasi sebesar Rp 470.000.000 atau 94,00%.",
        "BAB I PENDAHULUAN",
        "Berdasarkan Keputusan Camat Contoh Nomor 5 Tahun 2023 tentang Penetapan Indikator "
        "Kinerja Utama, kinerja kecamatan diukur dengan dua indikator.",
        "BAB II PERENCANAAN KINERJA",
        "Tabel 2.1 Rencana Aksi Tahun 2023",
        {
            "tabel": [
                ["No", "Indikator Kinerja", "Target Tahunan", "Target Triwulan", "", "", ""],
                ["", "", "", "TW I", "TW II", "TW III", "TW IV"],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
                ["1", "Indeks Kepuasan Masyarakat", "88", "–", "–", "–", "88"],
                ["2", "Persentase Pengaduan Ditindaklanjuti", "100", "25", "50", "75", "100"],
            ],
            "gabung": [[0, 3, 0, 6], [0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2]],
        },
        "Penetapan indikator kinerja utama tersebut dengan Keputusan Camat Contoh Nomor 5 "
        "Tahun 2023.",
        "Tabel 2.2 Perjanjian Kinerja Tahun 2023",
        {
            "tabel": [
                ["No", "Indikator Kinerja", "Target", "Program/Kegiatan", "Anggaran (Rp)"],
                [
                    "1",
                    "Indeks Kepuasan Masyarakat",
                    "88",
                    "Program Pelayanan Publik\nKegiatan :\nKoordinasi Pelayanan",
                    "Rp 300.000.000\nRp 300.000.000",
                ],
                [
                    "2",
                    "Persentase Pengaduan Ditindaklanjuti",
                    "100",
                    "Program Ketertiban Umum\nKegiatan :\nKoordinasi Ketertiban",
                    "Rp 200.000.000\nRp 200.000.000",
                ],
            ]
        },
        "BAB III AKUNTABILITAS KINERJA",
        "Skala Kategori Capaian Kinerja",
        {
            "tabel": [
                ["No", "Capaian Kinerja (C, %)", "Kategori"],
                ["1", "C ≥ 91", "Sangat Tinggi"],
                ["2", "76 ≤ C < 91", "Tinggi"],
                ["3", "C < 76", "Rendah"],
            ]
        },
        KAPTION_31,
        {
            "tabel": [
                [
                    "No",
                    "Indikator Kinerja",
                    "Satuan",
                    "Target 2023",
                    "Realisasi 2023",
                    "Capaian (%)",
                ],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
                ["1", "Indeks Kepuasan Masyarakat", "Indeks", "88", "85,36", "97,00"],
                ["2", "Persentase Pengaduan Ditindaklanjuti", "%", "100", "100,25", "100,25"],
            ]
        },
        "Target tahun 2023 sebesar 88 dengan realisasi 85,36, sehingga capaian kinerja sebesar "
        "97,00% (kategori Sangat Tinggi).",
        "85,36 / 88 × 100% = 97,00%",
        "Tabel 3.2 Realisasi Anggaran Tahun 2023",
        {
            "tabel": [
                ["No", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%", "Sisa (Rp)"],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
                [
                    "1",
                    "Program Penunjang Urusan Pemerintahan",
                    "1.000.000.000",
                    "910.000.000",
                    "91,00",
                    "90.000.000",
                ],
                [
                    "1.1",
                    "Administrasi Keuangan",
                    "1.000.000.000",
                    "910.000.000",
                    "91,00",
                    "90.000.000",
                ],
                [
                    "2",
                    "Program Pelayanan Publik",
                    "300.000.000",
                    "285.000.000",
                    "95,00",
                    "15.000.000",
                ],
                [
                    "2.1",
                    "Koordinasi Pelayanan",
                    "300.000.000",
                    "285.000.000",
                    "95,00",
                    "15.000.000",
                ],
                [
                    "3",
                    "Program Ketertiban Umum",
                    "200.000.000",
                    "185.000.000",
                    "92,50",
                    "15.000.000",
                ],
                [
                    "3.1",
                    "Koordinasi Ketertiban",
                    "200.000.000",
                    "185.000.000",
                    "92,50",
                    "15.000.000",
                ],
                ["Jumlah", "", "1.500.000.000", "1.380.000.000", "92,00", "120.000.000"],
            ],
            "gabung": [[8, 0, 8, 1]],
        },
        "Tabel 3.3 Realisasi Kinerja dan Anggaran Tahun 2023",
        {
            "tabel": [
                [
                    "No",
                    "Indikator Kinerja",
                    "Satuan",
                    "Kinerja",
                    "",
                    "",
                    "Program",
                    "Keuangan",
                    "",
                    "",
                ],
                ["", "", "", "Target", "Realisasi", "%", "", "Pagu (Rp)", "Realisasi (Rp)", "%"],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
                [
                    "1",
                    "Indeks Kepuasan Masyarakat",
                    "Indeks",
                    "88",
                    "85,36",
                    "97,00",
                    "Program Pelayanan Publik",
                    "300.000.000",
                    "285.000.000",
                    "95,00",
                ],
                [
                    "2",
                    "Persentase Pengaduan Ditindaklanjuti",
                    "%",
                    "100",
                    "100,25",
                    "100,25",
                    "Program Ketertiban Umum",
                    "200.000.000",
                    "185.000.000",
                    "92,50",
                ],
            ],
            "gabung": [
                [0, 3, 0, 5],
                [0, 7, 0, 9],
                [0, 0, 1, 0],
                [0, 1, 1, 1],
                [0, 2, 1, 2],
                [0, 6, 1, 6],
            ],
        },
        "Tabel 3.4 Analisis Efisiensi Penggunaan Sumber Daya",
        {
            "tabel": [
                [
                    "No",
                    "Sasaran / Indikator",
                    "Capaian Kinerja (%)",
                    "Penyerapan Anggaran (%)",
                    "Tingkat Efisiensi (5) = (3) − (4)",
                ],
                ["(1)", "(2)", "(3)", "(4)", "(5)"],
                ["1", "Sasaran: Meningkatnya Kualitas Pelayanan", "98,63", "94,00", "4,63"],
                ["", "– Indeks Kepuasan Masyarakat", "97,00", "95,00", "2,00"],
                ["", "– Persentase Pengaduan Ditindaklanjuti", "100,25", "92,50", "7,75"],
            ]
        },
        "Realisasi anggaran pendukung sasaran sebesar Rp 470.000.000 dari pagu Rp 500.000.000 "
        "atau 94,00%.",
        "Capaian kinerja sasaran 98,63% dicapai dengan penyerapan anggaran 94,00%, sehingga "
        "tingkat efisiensi sebesar 4,63 poin.",
        "Capaian Indeks Kepuasan Masyarakat tahun 2023 sebesar 97,00% meningkat dibandingkan "
        "tahun 2022 sebesar 95,50%.",
        "BAB IV PENUTUP",
        "LAMPIRAN EVALUASI BERKALA RENCANA AKSI",
        {
            "tabel": [
                ["No", "Indikator Kinerja", "Target 2023", "TW IV", "", "", "Realisasi Tahunan"],
                ["", "", "", "T", "R", "%", ""],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
                ["1", "Indeks Kepuasan Masyarakat", "88", "88", "85,36", "97,00", "85,36"],
            ],
            "gabung": [[0, 3, 0, 5], [0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 6, 1, 6]],
        },
        "Contoh, 31 Januari 2024",
    ]


@dataclass(frozen=True)
class Injeksi:
    nama: str
    code: str
    blok: int | tuple[int, int, int]  # a paragraph's index, or (table block, row, column)
    lama: str
    baru: str
    tempat: str  # the place reviu must name ("" for a paragraph: computed from the copy)
    akibat: tuple[tuple[str, str], ...] = ()  # findings that follow from it, not false ones


def _blok(text: str) -> int:
    return next(
        k
        for k, b in enumerate(laporan_bersih())
        if b == text or (isinstance(b, str) and b.startswith(text))
    )


def _tabel(judul: str) -> int:
    return _blok(judul) + 1


IKHTISAR = _blok("Laporan ini dibagi dalam")
RATA = _blok("Nilai rata-rata capaian")
TOTAL = _blok("Secara keseluruhan")
PENDUKUNG = _blok("Anggaran yang dialokasikan")
BAB3 = _blok("Realisasi anggaran pendukung sasaran")
RUMUS = _blok("85,36 / 88")
TTD = _blok("Contoh, 31 Januari 2024")
IKU = _blok("Penetapan indikator kinerja utama")
EFISIENSI = _blok("Capaian kinerja sasaran 98,63%")
BANDING = _blok("Capaian Indeks Kepuasan Masyarakat tahun 2023")
T21, T22, T31, T32, T33, T34 = (
    _tabel(f"Tabel {n}") for n in ("2.1", "2.2", "3.1", "3.2", "3.3", "3.4")
)
EB = _tabel("LAMPIRAN EVALUASI")

INJEKSI = [
    Injeksi("capaian salah", "LK602", (T31, 2, 5), "97,00", "97,50",
            'Tabel 3.1, baris 1, kolom "Capaian (%)"'),
    Injeksi("capaian dipotong", "LK602", (T31, 2, 5), "97,00", "96,9",
            'Tabel 3.1, baris 1, kolom "Capaian (%)"'),
    Injeksi("persentase serapan di tabel", "LK603", (T32, 4, 4), "95,00", "96,00",
            'Tabel 3.2, baris 3, kolom "%"'),
    Injeksi("persentase di kalimat", "LK603", TOTAL, "92,00%", "93,00%",
            ""),
    Injeksi("rumus tertulis", "LK603", RUMUS, "= 97,00%", "= 97,50%",
            ""),
    Injeksi("baris jumlah", "LK604", (T32, 8, 2), "1.500.000.000", "1.510.000.000",
            'Tabel 3.2, baris 7, kolom "Pagu (Rp)"',
            # the row's % and sisa no longer agree with the pagu it prints
            (("LK603", 'Tabel 3.2, baris 7, kolom "%"'),
             ("LK606", 'Tabel 3.2, baris 7, kolom "Sisa (Rp)"'))),
    Injeksi("rata-rata di kalimat", "LK605", RATA, "98,63%", "100%",
            ""),
    Injeksi("sisa", "LK606", (T32, 6, 5), "15.000.000", "16.000.000",
            'Tabel 3.2, baris 5, kolom "Sisa (Rp)"'),
    Injeksi("pagu berbeda antartabel", "LK607", (T33, 4, 7), "200.000.000", "210.000.000",
            'Tabel 3.3, baris 2, kolom "Keuangan › Pagu (Rp)"',
            # its row's % and the sasaran's absorption computed from the table follow it
            (("LK603", 'Tabel 3.3, baris 2, kolom "Keuangan › %"'),
             ("LK603", 'Tabel 3.4, baris 1, kolom "Penyerapan Anggaran (%)"'))),
    Injeksi("satuan berbeda", "LK607", (T33, 3, 2), "Indeks", "%",
            'Tabel 3.3, baris 1, kolom "Satuan"'),
    Injeksi("jumlah bab", "LK608", IKHTISAR, "4 (empat) Bab", "3 (tiga) Bab",
            ""),
    Injeksi("jumlah program", "LK608", IKHTISAR, "3 Program", "4 Program",
            ""),
    Injeksi("jumlah kegiatan", "LK608", IKHTISAR, "3 kegiatan", "4 kegiatan",
            ""),
    Injeksi("kategori", "LK609", RATA, "Sangat Tinggi", "Tinggi",
            ""),
    Injeksi("tanggal laporan", "LK610", TTD, "31 Januari 2024", "31 Desember 2023",
            ""),
    Injeksi("notasi Inggris", "LK611", PENDUKUNG, "94,00%", "94.00%",
            ""),
    Injeksi("efisiensi", "LK612", (T34, 3, 4), "2,00", "1,99",
            'Tabel 3.4, baris 2, kolom "Tingkat Efisiensi (5) = (3) − (4)"'),
    Injeksi("triwulan", "LK613", (T21, 4, 6), "100", "90",
            'Tabel 2.1, baris 2, kolom "Target Triwulan › TW IV"'),
    Injeksi("pagu dan realisasi tertukar", "LK614", PENDUKUNG, "Rp 500.000.000 dengan "
            "realisasi sebesar Rp 470.000.000", "Rp 470.000.000 dengan realisasi sebesar Rp "
            "500.000.000", "", (("LK603", ""),)),  # its 94,00% is now 500/470 the wrong way
    Injeksi("anggaran PK dalam satu sel", "LK616", (T22, 1, 4), "Rp 300.000.000",
            "Rp 310.000.000",
            'Tabel 2.2, baris 1, kolom "Anggaran (Rp)", baris ke-1 di dalam sel'),
    Injeksi("selisih poin", "LK617", EFISIENSI, "4,63 poin", "4,60 poin",
            ""),
    Injeksi("kata pembanding", "LK618", BANDING, "meningkat", "menurun",
            ""),
    Injeksi("keputusan dua tahun", "LK619", IKU, "Tahun 2023", "Tahun 2022",
            ""),
]  # fmt: skip


def tempat_paragraf(blocks: list[Block], index: int) -> str:
    """The place reviu names for the paragraph at `index` (as `Paragraf.tempat` writes it)."""
    nomor = sum(1 for b in blocks[: index + 1] if isinstance(b, str) and b.strip())
    text = str(blocks[index])
    return f'paragraf {nomor} ("{text[:50]}{"…" if len(text) > 50 else ""}")'


def harapan(injeksi: Injeksi, blocks: list[Block]) -> tuple[tuple[str, str], set[tuple[str, str]]]:
    """The finding the injected error must give, and the ones that follow from it."""

    def place(tempat: str) -> str:
        assert tempat or isinstance(injeksi.blok, int)
        return tempat or tempat_paragraf(blocks, injeksi.blok)  # type: ignore[arg-type]

    return (injeksi.code, place(injeksi.tempat)), {(c, place(t)) for c, t in injeksi.akibat}


def suntik(injeksi: Injeksi) -> list[Block]:
    blocks = copy.deepcopy(laporan_bersih())
    where = injeksi.blok
    if isinstance(where, int):
        text = blocks[where]
        assert isinstance(text, str) and injeksi.lama in text, injeksi.nama
        blocks[where] = text.replace(injeksi.lama, injeksi.baru, 1)
    else:
        table: Any = blocks[where[0]]
        cell = table["tabel"][where[1]][where[2]]
        assert injeksi.lama in cell, injeksi.nama
        table["tabel"][where[1]][where[2]] = cell.replace(injeksi.lama, injeksi.baru, 1)
    return blocks


@dataclass
class Hitungan:
    benar: int = 0  # injected errors reported at their place with their code
    luput: int = 0  # injected errors not reported
    palsu: int = 0  # findings that are no injected error

    @property
    def presisi(self) -> float:
        return self.benar / (self.benar + self.palsu) if self.benar + self.palsu else 1.0

    @property
    def recall(self) -> float:
        return self.benar / (self.benar + self.luput) if self.benar + self.luput else 1.0


def ukur(folder: Path) -> tuple[Hitungan, dict[str, list[tuple[str, str]]]]:
    """Run reviu on the clean report and on every injected copy."""
    from lkjip.reviu import reviu

    hitungan = Hitungan()
    detail: dict[str, list[tuple[str, str]]] = {}
    bersih = reviu(tulis(folder / "bersih.docx", laporan_bersih()))
    hitungan.palsu += len(bersih)
    detail["bersih"] = [(d.code, d.location.path or "") for d in bersih if d.location]
    for k, injeksi in enumerate(INJEKSI):
        blocks = suntik(injeksi)
        found = [(d.code, d.location.path or "") for d in reviu(tulis(folder / f"{k}.docx",
                                                                       blocks))]  # fmt: skip
        detail[injeksi.nama] = found
        main_finding, akibat = harapan(injeksi, blocks)
        hit = main_finding in found
        hitungan.benar += hit
        hitungan.luput += not hit
        hitungan.palsu += sum(f != main_finding and f not in akibat for f in found)
    return hitungan, detail


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        hitungan, detail = ukur(Path(folder))
    print(f"dokumen: {len(INJEKSI) + 1} (1 bersih, {len(INJEKSI)} dengan satu kesalahan)")
    print(f"benar {hitungan.benar}, luput {hitungan.luput}, temuan palsu {hitungan.palsu}")
    print(f"presisi {hitungan.presisi:.2f}, recall {hitungan.recall:.2f}")
    for name, found in detail.items():
        print(f"- {name}: {found}")
    sys.exit(0)


if __name__ == "__main__":
    main()
