"""A corpus for the narrative number rule (LK361): sentences written the way real reports
write them, each marked with whether LK361 (an error) must report it. `python -m
tests.reviu.korpus_narasi` prints the precision and recall recorded in docs/reviu.md.

The dataset is the rule cases' minimal one with a 2021 history for IKM: capaian IKM 2022 =
89,87 / 87 = 103,30%, 2021 = 85,72 / 85 = 100,85%; ADUAN 100%; sasaran and OPD 101,65%;
program 7.01.02 absorbs 95,00%.
"""

from __future__ import annotations

import re
import sys
import tempfile
import textwrap
from pathlib import Path

from tests.conftest import MINIMAL_FILES, write_dataset
from tests.reviu.korpus import Hitungan

PROGRAM = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"

# (file, sentence, LK361 expected)
KALIMAT: list[tuple[str, str, bool]] = [
    ("ikhtisar", "Capaian Indeks Kepuasan Masyarakat sebesar 103,30%.", False),
    ("ikhtisar", "Capaian Indeks Kepuasan Masyarakat sebesar 103%.", False),
    ("ikhtisar", "Capaian Indeks Kepuasan Masyarakat sebesar 103,3%.", False),
    ("ikhtisar", "Capaian Indeks Kepuasan Masyarakat sebesar 103,2%.", True),
    ("ikhtisar", "Capaian Indeks Kepuasan Masyarakat sebesar 100,30%.", True),
    ("ikhtisar", "Capaian Indeks Kepuasan Masyarakat sebesar 383,30%.", True),
    ("ikhtisar", "Capaian IKM tahun 2021 sebesar 100,85%.", False),
    ("ikhtisar", "Pada tahun 2021 capaian IKM adalah 100,85%, naik menjadi 103,30% pada 2022.",
     False),
    ("ikhtisar", "Capaian IKM tahun 2021 sebesar 103,30%.", True),
    ("indikator/IKM", "Tingkat capaian sebesar 103,30%.", False),
    ("indikator/IKM", "Tingkat capaian sebesar 101,3%.", True),
    ("indikator/IKM", "Dibandingkan target akhir Renstra, realisasi mencapai 99,86%.", False),
    ("ikhtisar", f"Penyerapan anggaran {PROGRAM} sebesar 95,00%.", False),
    ("ikhtisar", f"Penyerapan anggaran {PROGRAM} sebesar 95,10%.", True),
    ("ikhtisar", "Rata-rata capaian kinerja sasaran sebesar 101,65%.", False),
    ("ikhtisar", "Rata-rata capaian kinerja sasaran sebesar 100%.", True),
    ("ikhtisar", "Anggaran Rp100.000.000 dengan realisasi Rp95.000.000 atau 95%.", False),
    ("ikhtisar", "Anggaran Rp100.000.000 dengan realisasi Rp95.000.000 atau 96%.", True),
    ("ikhtisar", "Capaian Indeks Kepuasan Masyarakat sebesar 103.30%.", False),
    ("ikhtisar", "Capaian ADUAN 100,00%.", False),
    ("ikhtisar", "Hasilnya sebesar 103,2%.", False),
    ("ikhtisar", "Penyerapan anggaran sebesar 95,00%.", False),
    ("ikhtisar", "Tingkat penyerapan mencapai 94,9%.", False),
    ("ikhtisar", "Indeks Kepuasan Masyarakat: target 87, realisasi 89,87, capaian 103,2.", True),
    ("ikhtisar", "Capaian sasaran sebesar 101,65% dengan kategori Sangat Tinggi.", False),
    ("ikhtisar", "Capaian sasaran sebesar 100,65%.", True),
]  # fmt: skip


def dataset(folder: Path, narasi: dict[str, str]) -> Path:
    files: dict[str, str | bytes] = {k: textwrap.dedent(v) for k, v in MINIMAL_FILES.items()}
    for name, year, old in (("renstra.yaml", "2021: 85", "2022: 87"),
                            ("kinerja.yaml", "2021: 85.72", "2022: 89.87")):  # fmt: skip
        files[name] = re.sub(rf"( +){old}", rf"\g<1>{year}\n\g<1>{old}", str(files[name]), count=1)
    for name, text in narasi.items():
        files[f"narasi/{name}.md"] = text + "\n"
    return write_dataset(folder, files)


def ukur(folder: Path) -> tuple[Hitungan, list[tuple[str, bool, list[str]]]]:
    from lkjip.pipeline import validate

    hitungan = Hitungan()
    detail = []
    for k, (name, text, expected) in enumerate(KALIMAT):
        _, diagnostics = validate(dataset(folder / str(k), {name: text}))
        codes = sorted({d.code for d in diagnostics if d.code.startswith(("LK36", "LK39"))})
        found = "LK361" in codes
        hitungan.benar += found and expected
        hitungan.luput += expected and not found
        hitungan.palsu += found and not expected
        detail.append((text, expected, codes))
    return hitungan, detail


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        hitungan, detail = ukur(Path(folder))
    print(f"kalimat: {len(KALIMAT)} ({sum(e for _, _, e in KALIMAT)} harus galat LK361)")
    print(f"benar {hitungan.benar}, luput {hitungan.luput}, galat palsu {hitungan.palsu}")
    print(f"presisi {hitungan.presisi:.2f}, recall {hitungan.recall:.2f}")
    for text, expected, codes in detail:
        print(f"- {'LK361' if expected else '     '} {codes} {text}")
    sys.exit(0)


if __name__ == "__main__":
    main()
