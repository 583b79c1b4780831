"""LK13x: the agency — its jenis, its parent organisation, its Pihak Kedua, its budget.

What a report's jenis changes (domain.md §10) is data (`data/jenis.yaml`, read through
`lkjip.model.jenis`); these rules check that lkjip.yaml says enough for that data to apply.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Location, Severity, diag
from lkjip.model import Project
from lkjip.model.jenis import JenisInstansi, PihakKedua, ciri

L = "lkjip.yaml"


def _daftar_jenis() -> str:
    return ", ".join(j.value for j in JenisInstansi)


@rule("LK130", "jenis-tidak-diketahui", Severity.ERROR)
def check_jenis_tidak_diketahui(project: Project) -> Iterable[Diagnostic]:
    """Jenis instansi tidak ditulis dan tidak tampak dari namanya

    Jenis instansi menentukan sebutan pimpinan, Pihak Kedua Perjanjian Kinerja, dokumen
    perencanaan dan anggaran, skema kode anggaran, dasar hukum bawaan, dan kata-kata templat.
    Tanpa `instansi.jenis`, lkjip menyimpulkannya dari awal nama (Kecamatan, Dinas, Badan,
    Inspektorat, Sekretariat Daerah, Pemerintah Kabupaten, …); nama lain harus menuliskannya.

    Contoh salah:

        instansi:
          nama: Satuan Polisi Pamong Praja Kabupaten Sleman

    Contoh benar:

        instansi:
          jenis: badan
          nama: Satuan Polisi Pamong Praja Kabupaten Sleman
    """
    instansi = project.laporan.instansi
    if instansi.jenis_terpakai is None:
        yield diag(
            "LK130",
            f"jenis instansi '{instansi.nama}' tidak diketahui: tulis instansi.jenis",
            project.where(L, "instansi", key=True),
            hint=f"pilihan: {_daftar_jenis()}",
            subject=instansi.nama,
        )


@rule("LK131", "jenis-disimpulkan", Severity.INFO)
def check_jenis_disimpulkan(project: Project) -> Iterable[Diagnostic]:
    """Jenis instansi disimpulkan dari namanya

    `instansi.jenis` tidak ditulis; lkjip memakai jenis yang ditunjukkan awal nama instansi.
    Tulis jenisnya agar laporan tidak bergantung pada nama.

    Contoh salah:

        instansi:
          nama: Dinas Perhubungan Kabupaten Sleman    # → jenis: dinas

    Contoh benar:

        instansi:
          jenis: dinas
          nama: Dinas Perhubungan Kabupaten Sleman
    """
    instansi = project.laporan.instansi
    tebakan = instansi.jenis_terpakai
    if instansi.jenis is None and tebakan is not None:
        yield diag(
            "LK131",
            f"instansi.jenis tidak ditulis; dari namanya dipakai '{tebakan.value}' "
            f"({ciri(tebakan).label})",
            project.where(L, "instansi", key=True),
            hint=f"tulis `jenis: {tebakan.value}` di bagian instansi",
            subject=tebakan.value,
        )


@rule("LK132", "induk-hilang", Severity.ERROR)
def check_induk_hilang(project: Project) -> Iterable[Diagnostic]:
    """Instansi induk tidak ditulis

    Perangkat daerah, unit eselon I dan instansi vertikal berada di bawah instansi lain: nama
    pemerintah daerah atau kementeriannya dicetak di atas nama instansi pada sampul dan
    disebut di narasi. Pemerintah daerah, kementerian dan lembaga tidak memerlukannya.

    Contoh salah:

        instansi:
          jenis: dinas
          nama: Dinas Perhubungan Kabupaten Sleman

    Contoh benar:

        instansi:
          jenis: dinas
          nama: Dinas Perhubungan Kabupaten Sleman
          induk: Pemerintah Kabupaten Sleman
    """
    instansi = project.laporan.instansi
    if instansi.jenis_terpakai is None or instansi.induk_nama:
        return
    if project.ciri.tingkat in ("perangkat-daerah", "unit"):
        pemda = project.ciri.tingkat == "perangkat-daerah"
        contoh = "Pemerintah Kabupaten …" if pemda else "Kementerian …"
        yield diag(
            "LK132",
            f"instansi {instansi.nama} ({project.ciri.label}) tanpa induk",
            project.where(L, "instansi", key=True),
            hint=f"tulis `induk: {contoh}` di bagian instansi",
            subject=instansi.nama,
        )


@rule("LK133", "pihak-kedua-hilang", Severity.ERROR)
def check_pihak_kedua_hilang(project: Project) -> Iterable[Diagnostic]:
    """Perjanjian Kinerja tanpa Pihak Kedua

    Pimpinan perangkat daerah menandatangani PK bersama kepala daerah, dan pimpinan unit
    eselon I atau instansi vertikal bersama pimpinan di atasnya: `atasan` di lkjip.yaml
    adalah Pihak Kedua itu. Kepala daerah, menteri dan pimpinan lembaga menandatangani
    sendiri; bagi mereka `atasan` dikosongkan.

    Contoh salah:

        instansi: {jenis: dinas, …}
        penandatangan: {nama: …, jabatan: Kepala Dinas Perhubungan, …}

    Contoh benar:

        instansi: {jenis: dinas, …}
        penandatangan: {nama: …, jabatan: Kepala Dinas Perhubungan, …}
        atasan: {nama: …, jabatan: Bupati Sleman}
    """
    if project.laporan.atasan is not None or project.laporan.instansi.jenis_terpakai is None:
        return
    siapa = {
        PihakKedua.KEPALA_DAERAH: "kepala daerah",
        PihakKedua.MENTERI: "menteri",
        PihakKedua.PIMPINAN_ATASAN: "pimpinan instansi di atasnya",
    }.get(project.ciri.pihak_kedua)
    if siapa is None:
        return
    yield diag(
        "LK133",
        f"{project.ciri.label} menandatangani PK bersama {siapa} sebagai Pihak Kedua, "
        "tetapi `atasan` tidak ditulis",
        project.where(L, "penandatangan", key=True),
        hint="tulis `atasan:` dengan nama dan jabatan Pihak Kedua",
        subject="atasan",
    )


@rule("LK134", "tanpa-anggaran", Severity.INFO)
def check_tanpa_anggaran(project: Project) -> Iterable[Diagnostic]:
    """Tanpa anggaran.yaml: laporan tanpa tabel anggaran

    Unit yang tidak mempunyai DPA atau DIPA sendiri tidak menulis anggaran.yaml. Laporan
    lalu menyatakan dengan kalimat bahwa anggarannya dikelola instansi induk, tanpa tabel
    anggaran dan tanpa efisiensi. Bila instansi mempunyai DPA atau DIPA sendiri, tulis
    anggaran.yaml.

    Contoh salah:

        # unit dengan DIPA sendiri, tanpa anggaran.yaml
        lkjip.yaml  renstra.yaml  kinerja.yaml

    Contoh benar:

        lkjip.yaml  renstra.yaml  kinerja.yaml  anggaran.yaml
    """
    if not project.ada_anggaran:
        yield diag(
            "LK134",
            f"anggaran.yaml tidak ada: laporan menyatakan {project.laporan.instansi.nama} "
            f"tidak mengelola {project.ciri.dokumen_anggaran_singkat} sendiri",
            Location("anggaran.yaml"),
            subject="anggaran.yaml",
        )
