"""`lkjip.model.jenis`: the kinds of agency and the regulations by year, from data/."""

from __future__ import annotations

import pytest

from lkjip.model.jenis import (
    JenisInstansi,
    PihakKedua,
    ciri,
    dasar_hukum_bawaan,
    kutipan_regulasi,
    pengganti,
    peraturan_menurut_peran,
    sebutan_kepala_daerah,
    semua_ciri,
    semua_regulasi,
    tebak_jenis,
)


def test_every_jenis_has_its_data() -> None:
    assert set(semua_ciri()) == set(JenisInstansi)
    regulasi = semua_regulasi()
    for c in semua_ciri().values():
        assert all(r in regulasi for r in c.dasar_hukum), c.kode


def test_replacements_point_at_known_later_regulations() -> None:
    regulasi = semua_regulasi()
    for reg in regulasi.values():
        if reg.diganti_oleh is not None:
            assert regulasi[reg.diganti_oleh].berlaku >= reg.berlaku, reg.id


@pytest.mark.parametrize(
    ("jenis", "pihak_kedua", "anggaran"),
    [
        (JenisInstansi.KECAMATAN, PihakKedua.KEPALA_DAERAH, "DPA"),
        (JenisInstansi.KABUPATEN, PihakKedua.TIDAK_ADA, "APBD"),
        (JenisInstansi.KEMENTERIAN, PihakKedua.TIDAK_ADA, "DIPA"),
        (JenisInstansi.INSTANSI_VERTIKAL, PihakKedua.PIMPINAN_ATASAN, "DIPA"),
    ],
)
def test_what_a_jenis_changes(jenis: JenisInstansi, pihak_kedua: PihakKedua, anggaran: str) -> None:
    c = ciri(jenis)
    assert c.pihak_kedua is pihak_kedua
    assert c.dokumen_anggaran_singkat == anggaran


def test_a_2015_report_cites_what_was_in_force_in_2015() -> None:
    cited = {r.id for r in dasar_hukum_bawaan(ciri(JenisInstansi.DINAS), 2015)}
    assert "permendagri-86-2017" not in cited and "permendagri-90-2019" not in cited
    assert "permenpanrb-88-2021" not in cited
    assert {"uu-23-2014", "perpres-29-2014", "permenpanrb-53-2014"} <= cited


def test_a_replaced_regulation_gives_way_to_its_successor() -> None:
    table = semua_regulasi()
    assert pengganti(table["permenpanrb-12-2015"], 2020) is None
    assert pengganti(table["permenpanrb-12-2015"], 2022) == table["permenpanrb-88-2021"]
    assert pengganti(table["permendagri-54-2010"], 2016) is None
    peran = peraturan_menurut_peran(2016)
    assert peran["perencanaan_daerah"] == table["permendagri-54-2010"]
    assert peran["kodefikasi_daerah"] == table["permendagri-13-2006"]
    assert peraturan_menurut_peran(2022)["evaluasi"] == table["permenpanrb-88-2021"]


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        ("Dinas Perhubungan Kabupaten Sukamaju", JenisInstansi.DINAS),
        ("Sekretariat DPRD Kota Harapan", JenisInstansi.SEKRETARIAT_DPRD),
        ("Sekretariat Daerah Provinsi Nusa Harapan", JenisInstansi.SEKRETARIAT_DAERAH),
        ("Pemerintah Kabupaten Sukamaju", JenisInstansi.KABUPATEN),
        ("Kecamatan Dumai Kota", JenisInstansi.KECAMATAN),
        ("Satuan Polisi Pamong Praja", None),
    ],
)
def test_jenis_from_the_name(nama: str, jenis: JenisInstansi | None) -> None:
    assert tebak_jenis(nama) is jenis


def test_kepala_daerah_from_the_pemda_name() -> None:
    assert sebutan_kepala_daerah("Pemerintah Kabupaten Sukamaju") == "Bupati Sukamaju"
    assert sebutan_kepala_daerah("Pemerintah Kota Dumai") == "Wali Kota Dumai"
    assert sebutan_kepala_daerah("Kementerian Keuangan") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Permendagri 86/2017", ("Peraturan Menteri Dalam Negeri", "86", 2017)),
        (
            "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
            "(Permenpan dan RB) Nomor 53 Tahun 2014",
            ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "53", 2014),
        ),
        ("PP No. 17 Tahun 2018", ("Peraturan Pemerintah", "17", 2018)),
        ("Undang-Undang\nNomor 23 Tahun 2014", ("Undang-Undang", "23", 2014)),
        ("Peraturan Walikota Dumai Nomor 72 Tahun 2016", None),
    ],
)
def test_citations_are_recognised(text: str, found: tuple[str, str, int] | None) -> None:
    cited = [(k.jenis, k.nomor, k.tahun) for k in kutipan_regulasi(text)]
    assert cited == ([found] if found else [])


@pytest.mark.parametrize(
    ("nama", "judul"),
    [
        ("Pemerintah Kabupaten Sukamaju", "Laporan Kinerja Instansi Pemerintah Kabupaten Sukamaju"),
        ("Kecamatan Dumai Kota", "Laporan Kinerja Instansi Pemerintah Kecamatan Dumai Kota"),
    ],
)
def test_title_and_name_do_not_repeat_a_word(nama: str, judul: str) -> None:
    from lkjip.idfmt import judul_laporan

    assert judul_laporan("Laporan Kinerja Instansi Pemerintah", nama) == judul
