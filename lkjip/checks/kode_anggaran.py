"""LK204–LK208: budget codes, each checked under the code scheme of its report.

A report's scheme (`Project.skema_anggaran`) is written in anggaran.yaml or follows from the
jenis and the year: Permendagri 90/2019 for pemda budgets from TA 2021, Permendagri 13/2006-
style dotted numbers before, RKA-K/L for kementerian and lembaga, or free codes. Each scheme
has its own code shapes and its own way a child's code shows its parent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lkjip.checks._util import iter_codes, nomenklatur, norm_text, normal_kode
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Project, SkemaAnggaran

K, A = "kinerja.yaml", "anggaran.yaml"


def _prefixed(child: str, parent: str) -> bool:
    return child.strip().startswith(parent.strip() + ".")


def _prefixed_90(child: str, parent: str) -> bool:
    return normal_kode(child).startswith(normal_kode(parent) + ".")


def _any(child: str, parent: str) -> bool:
    return True


def _ro_under_kegiatan(child: str, parent: str) -> bool:
    """An RO `KKKK.ABC.001` names its kegiatan `KKKK`; a kegiatan does not name its program."""
    return child.count(".") < 2 or _prefixed(child, parent)


@dataclass(frozen=True)
class Pola:
    """The code shapes of one scheme (pattern and the shape in words, per level) and the test
    that a child's code belongs under its parent's."""

    bentuk: dict[str, tuple[re.Pattern[str], str]]
    di_bawah: Callable[[str, str], bool]
    nama: str
    kunci: Callable[[str], str] = str.strip  # the code as compared for duplicates


_DOTTED = r"\d{1,2}(?:\.\d{1,2})"
POLA: dict[SkemaAnggaran, Pola] = {
    SkemaAnggaran.PERMENDAGRI_90: Pola(
        {
            "program": (re.compile(r"^\d\.\d{2}\.\d{2}$"), "U.BB.PP, mis. 7.01.02"),
            "kegiatan": (
                re.compile(r"^\d\.\d{2}\.\d{2}\.[12]\.\d{2}$"),
                "U.BB.PP.L.KK, mis. 7.01.02.2.01",
            ),
            "sub kegiatan": (
                re.compile(r"^\d\.\d{2}\.\d{2}\.[12]\.\d{2}\.(\d{4}|\d{2})$"),
                "U.BB.PP.L.KK.SSSS, mis. 7.01.04.2.01.0001",
            ),
        },
        _prefixed_90,
        "Permendagri 90/2019",
        normal_kode,  # "…2.01.01" and "…2.01.0001" are one sub kegiatan
    ),
    SkemaAnggaran.PERMENDAGRI_13: Pola(
        {
            "program": (
                re.compile(rf"^{_DOTTED}{{2,5}}$"),
                "angka bertitik urusan.bidang[.organisasi].program, mis. 1.02.01.15",
            ),
            "kegiatan": (
                re.compile(rf"^{_DOTTED}{{3,6}}$"),
                "kode program diikuti nomor kegiatan, mis. 1.02.01.15.01",
            ),
            "sub kegiatan": (
                re.compile(rf"^{_DOTTED}{{4,7}}$"),
                "kode kegiatan diikuti nomor rincian, mis. 1.02.01.15.01.01",
            ),
        },
        _prefixed,
        "Permendagri 13/2006",
    ),
    SkemaAnggaran.RKA_KL: Pola(
        {
            "program": (re.compile(r"^\d{3}\.\d{2}\.[A-Z]{2}$"), "BBB.EE.XX, mis. 015.01.WA"),
            "kegiatan": (re.compile(r"^\d{4}$"), "KKKK, mis. 4275"),
            "sub kegiatan": (
                re.compile(r"^\d{4}\.[A-Z]{3}\.\d{3}$"),
                "rincian output KKKK.ABC.001, mis. 4275.EBA.001",
            ),
        },
        _ro_under_kegiatan,
        "RKA-K/L",
    ),
    SkemaAnggaran.TANPA_KODE: Pola({}, _any, "tanpa kode baku"),
}


def _label(project: Project, level: str) -> str:
    """The level as the report names it: "sub kegiatan", or "rincian output" under RKA-K/L."""
    program, kegiatan, sub = project.tingkat_anggaran
    return {"program": program, "kegiatan": kegiatan, "sub kegiatan": sub}[level].lower()


@rule("LK204", "kode-ganda", Severity.ERROR)
def check_kode_ganda(project: Project) -> Iterable[Diagnostic]:
    """Kode program, kegiatan atau sub kegiatan dipakai dua kali

    Setiap baris anggaran.yaml harus mempunyai kode yang unik; pagu dan realisasi digabung dan
    dirujuk (PK, program pendukung) melalui kode. Dua baris berkode sama membuat jumlah ganda.

    Contoh salah:

        kegiatan:
          - {kode: 7.01.04.2.01, nama: Koordinasi Upaya …, pagu: 4800000}
          - {kode: 7.01.04.2.01, nama: Koordinasi Upaya …, pagu: 100000000}

    Contoh benar:

        kegiatan:
          - {kode: 7.01.04.2.01, nama: Koordinasi Upaya …, pagu: 4800000}
          - {kode: 7.01.04.2.02, nama: Koordinasi Penerapan …, pagu: 100000000}
    """
    seen: set[str] = set()
    pola = POLA[project.skema_anggaran]
    for level, kode, _nama, path in iter_codes(project):
        key = pola.kunci(kode)
        if key in seen:
            yield diag(
                "LK204",
                f"kode {_label(project, level)} {kode} dipakai lebih dari sekali di anggaran.yaml",
                project.where(A, *path, "kode"),
                subject=kode,
            )
        seen.add(key)


@rule("LK205", "kode-di-luar-induk", Severity.ERROR)
def check_kode_di_luar_induk(project: Project) -> Iterable[Diagnostic]:
    """Kode kegiatan tidak berawalan kode programnya (atau sub kegiatan dari kegiatannya)

    Menurut Permendagri 90/2019 kode kegiatan `U.BB.PP.L.KK` diawali kode programnya
    `U.BB.PP`, dan kode sub kegiatan diawali kode kegiatannya; kode gaya Permendagri 13/2006
    juga diawali kode induknya. Dalam RKA-K/L kode rincian output `KKKK.ABC.001` diawali kode
    kegiatannya (kode kegiatan tidak memuat kode program). Berlaku untuk anggaran.yaml dan
    untuk rincian kegiatan dalam anggaran PK.

    Contoh salah:

        program:
          - kode: 7.01.02
            kegiatan:
              - {kode: 7.01.03.2.02, nama: Kegiatan Pemberdayaan Kelurahan, pagu: 831418650}

    Contoh benar:

        program:
          - kode: 7.01.03
            kegiatan:
              - {kode: 7.01.03.2.02, nama: Kegiatan Pemberdayaan Kelurahan, pagu: 831418650}
    """
    _under = POLA[project.skema_anggaran].di_bawah
    sub_label = _label(project, "sub kegiatan")
    for i, p in enumerate(project.anggaran.program):
        for j, k in enumerate(p.kegiatan):
            if not _under(k.kode, p.kode):
                yield diag(
                    "LK205",
                    f"kegiatan {k.kode} tidak berada di bawah kode program induknya {p.kode}",
                    project.where(A, "program", i, "kegiatan", j, "kode"),
                    subject=k.kode,
                )
            for m, s in enumerate(k.sub_kegiatan):
                if not _under(s.kode, k.kode):
                    yield diag(
                        "LK205",
                        f"{sub_label} {s.kode} tidak berada di bawah kode kegiatan induknya "
                        f"{k.kode}",
                        project.where(A, "program", i, "kegiatan", j, "sub_kegiatan", m, "kode"),
                        subject=s.kode,
                    )
    for p_i, pk in enumerate(project.kinerja.perjanjian_kinerja):
        for i, ap in enumerate(pk.anggaran):
            for j, ak in enumerate(ap.kegiatan):
                if project.skema_anggaran is SkemaAnggaran.RKA_KL:
                    continue  # a kegiatan code does not name its program
                if not _under(ak.kode, ap.program):
                    yield diag(
                        "LK205",
                        f"kegiatan {ak.kode} di anggaran PK {pk.jenis.value} tidak berada di "
                        f"bawah kode program induknya {ap.program}",
                        project.where(
                            K, "perjanjian_kinerja", p_i, "anggaran", i, "kegiatan", j, "kode"
                        ),
                        subject=ak.kode,
                    )


_SUB_DUA_DIGIT = re.compile(r"^\d\.\d{2}\.\d{2}\.[12]\.\d{2}\.\d{2}$")


@rule("LK206", "format-kode", Severity.ERROR)
def check_format_kode(project: Project) -> Iterable[Diagnostic]:
    """Kode program/kegiatan/sub kegiatan tidak sesuai pola skema kode anggarannya

    Skema ditulis di anggaran.yaml (`skema`) atau mengikuti jenis instansi dan tahun.
    Permendagri 90/2019 (pola Kepmendagri 050-5889/2021, pemda sejak TA 2021): program
    `U.BB.PP` (7.01.02), kegiatan `U.BB.PP.L.KK` (7.01.02.2.01; L = 1 provinsi, 2
    kabupaten/kota), sub kegiatan `U.BB.PP.L.KK.SSSS` (7.01.04.2.01.0001); kode dua angka
    terakhir gaya SIPD lama (…2.01.01) diterima dengan peringatan LK207. Permendagri 13/2006
    (pemda sebelum TA 2021): angka bertitik, kegiatan = kode program + nomor (1.02.01.15.01).
    RKA-K/L: program `BBB.EE.XX` (015.01.WA), kegiatan `KKKK` (4275), rincian output
    `KKKK.ABC.001` (4275.EBA.001). Skema `tanpa-kode` tidak memeriksa bentuk kode.

    Contoh salah:

        program:
          - {kode: 7.1.2, nama: Program Penyelenggaraan Pemerintahan dan Pelayanan Publik, …}

    Contoh benar:

        program:
          - {kode: 7.01.02, nama: Program Penyelenggaraan Pemerintahan dan Pelayanan Publik, …}
    """
    pola = POLA[project.skema_anggaran]
    for level, kode, _nama, path in iter_codes(project):
        if level not in pola.bentuk:
            continue
        pattern, shape = pola.bentuk[level]
        if not pattern.match(kode.strip()):
            yield diag(
                "LK206",
                f'kode {_label(project, level)} "{kode}" tidak sesuai pola {pola.nama} {shape}',
                project.where(A, *path, "kode"),
                subject=kode,
            )


@rule("LK207", "kode-sub-dua-digit", Severity.WARNING)
def check_kode_sub_dua_digit(project: Project) -> Iterable[Diagnostic]:
    """Kode sub kegiatan ditulis dengan akhiran dua angka

    Kepmendagri 050-5889/2021 memakai empat angka untuk sub kegiatan (7.01.04.2.01.0001);
    sebagian ekspor SIPD masih menulis dua angka (7.01.04.2.01.01). Keduanya dibaca sama,
    tetapi tulislah bentuk empat angka agar seragam dengan DPA.

    Contoh salah:

        sub_kegiatan:
          - {kode: 7.01.04.2.01.01, nama: Sinergitas dengan Kepolisian …, pagu: 4800000}

    Contoh benar:

        sub_kegiatan:
          - {kode: 7.01.04.2.01.0001, nama: Sinergitas dengan Kepolisian …, pagu: 4800000}
    """
    if project.skema_anggaran is not SkemaAnggaran.PERMENDAGRI_90:
        return
    for level, kode, _nama, path in iter_codes(project):
        if level == "sub kegiatan" and _SUB_DUA_DIGIT.match(kode.strip()):
            yield diag(
                "LK207",
                f"kode sub kegiatan {kode} memakai akhiran dua angka; tulis "
                f"{normal_kode(kode)} (Kepmendagri 050-5889/2021)",
                project.where(A, *path, "kode"),
                subject=kode,
            )


def _nama_kunci(nama: str) -> str:
    text = norm_text(nama)
    text = re.sub(r"^(program|kegiatan|sub kegiatan)\s+", "", text)
    text = text.replace("ketenteraman", "ketentraman").replace("perangkat daerah", "pd")
    return re.sub(r"[^\w/]+", " ", text).strip()


@rule("LK208", "nama-nomenklatur", Severity.WARNING)
def check_nama_nomenklatur(project: Project) -> Iterable[Diagnostic]:
    """Nama program/kegiatan berbeda dari nomenklatur untuk kodenya

    Untuk kode yang dikenal (data/nomenklatur.yaml, Kepmendagri 050-5889/2021 urusan
    kecamatan 7.01) nama di anggaran.yaml dibandingkan dengan nomenklatur, tanpa membedakan
    huruf besar/kecil, spasi, tanda baca dan awalan "Program". Nama yang lain biasanya salah
    salin dari baris lain (seed E28: PUPU ditulis "Kegiatan Pemberdayaan Kelurahan").

    Contoh salah:

        - {kode: 7.01.05.2.01, nama: Kegiatan Pemberdayaan Kelurahan, pagu: 99617204}

    Contoh benar:

        - kode: 7.01.05.2.01
          nama: Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah
          pagu: 99617204
    """
    if project.skema_anggaran is not SkemaAnggaran.PERMENDAGRI_90:
        return  # data/nomenklatur.yaml holds Permendagri 90/2019 names
    master = nomenklatur()
    for level, kode, nama, path in iter_codes(project):
        expected = master.get(normal_kode(kode))
        if expected is not None and _nama_kunci(expected) != _nama_kunci(nama):
            yield diag(
                "LK208",
                f'nama {level} {kode} "{nama}" berbeda dari nomenklatur: "{expected}"',
                project.where(A, *path, "nama"),
                subject=kode,
            )
