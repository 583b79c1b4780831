"""Diagnostic codes of the render stage (LK4xx).

`lkjip/codes.py` holds the full catalogue with the documentation `lkjip rules` prints; the
render stage may not import it (see tests/unit/test_layering.py), so the codes it emits are
ensured here with the same numbers and names. Registering an existing (code, name) pair is a
no-op, so the catalogue's documentation wins whichever module is imported first.
"""

from __future__ import annotations

from lkjip.diagnostics import CATALOGUE, Severity, register_code

# The numbering follows lkjip/codes.py (LK401 syntax, LK402 unknown name).
NARASI_SINTAKSIS = "LK401"  # template syntax error
NARASI_TIDAK_DIKENAL = "LK402"  # unknown placeholder, attribute, key or filter
NARASI_GAGAL = "LK403"  # any other failure while rendering
NARASI_TIDAK_DIPAKAI = "LK404"  # a narasi file no section uses
GAMBAR_TIDAK_ADA = "LK406"  # logo / bagan file missing
GAMBAR_TIDAK_TERBACA = "LK407"  # not a PNG/JPEG/GIF, broken, or too big
NARASI_MELAMPAUI_BATAS = "LK409"  # a narrative over its time, step or size budget
DI_LUAR_FOLDER_DATA = "LK012"  # an image path leading out of the dataset folder

_CODES = [
    (NARASI_SINTAKSIS, "templat-sintaks", Severity.ERROR, "Sintaks templat salah",
     "Berkas narasi berisi sintaks Jinja yang salah, mis. `{{ ind.IKM.capaian }` tanpa kurung "
     "penutup, atau `{% if %}` yang tidak ditutup."),
    (NARASI_TIDAK_DIKENAL, "templat-variabel-tak-dikenal", Severity.ERROR,
     "Variabel templat tidak dikenal",
     "Narasi merujuk nilai, atribut, kunci atau filter yang tidak ada, mis. "
     "`{{ ind.IKX.capaian }}` untuk indikator yang tidak ada di renstra.yaml."),
    (NARASI_GAGAL, "templat-galat", Severity.ERROR, "Templat gagal dirender",
     "Templat gagal dijalankan karena sebab lain (mis. operasi pada nilai yang tidak diukur, "
     "atau operasi yang tidak diizinkan di sandbox)."),
    (NARASI_TIDAK_DIPAKAI, "narasi-tak-dikenal", Severity.WARNING, "Berkas narasi tidak dipakai",
     "Berkas di `narasi/` tidak sesuai nama bagian mana pun, sehingga tidak masuk laporan."),
    (GAMBAR_TIDAK_ADA, "gambar-tak-ada", Severity.ERROR, "Berkas gambar tidak ada",
     "Gambar yang dirujuk data (logo, bagan organisasi) tidak ditemukan di folder data."),
    (GAMBAR_TIDAK_TERBACA, "gambar-tak-terbaca", Severity.ERROR,
     "Berkas gambar tidak dapat dibaca",
     "Gambar bukan PNG, JPEG atau GIF menurut isinya, rusak, atau terlalu besar."),
    (NARASI_MELAMPAUI_BATAS, "narasi-melampaui-batas", Severity.ERROR,
     "Narasi melampaui batas sumber daya",
     "Templat narasi melampaui batas langkah, waktu, panjang range, atau panjang teks."),
    (DI_LUAR_FOLDER_DATA, "di-luar-folder-data", Severity.ERROR, "Berkas di luar folder data",
     "Jalur berkas (mis. gambar) menunjuk ke luar folder data, dan ditolak."),
]  # fmt: skip


def _ensure() -> None:
    for code, name, severity, title, doc in _CODES:
        known = CATALOGUE.get(code)
        if known is None:
            register_code(code, name, severity, title, doc)
        elif known.name != name:
            raise ValueError(f"kode {code} terdaftar sebagai {known.name}, bukan {name}")


_ensure()
