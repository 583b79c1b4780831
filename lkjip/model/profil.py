"""`profil.yaml`: the agency's standing facts — legal basis, issues, organisation, awards."""

from __future__ import annotations

from pydantic import Field

from lkjip.model.common import Dasar, Teks


class UnitOrganisasi(Dasar):
    nama: Teks
    sub: list[UnitOrganisasi] = Field(default_factory=list)


class Struktur(Dasar):
    nama: Teks = Field(description="Mis. 'Kecamatan' atau 'Kelurahan'.")
    unit: list[UnitOrganisasi] = Field(min_length=1)
    bagan: Teks | None = Field(
        default=None, description="Berkas gambar bagan organisasi, relatif terhadap folder data."
    )
    judul_bagan: Teks | None = None


class Sdm(Dasar):
    uraian: Teks
    jumlah: int = Field(ge=0)


class Penghargaan(Dasar):
    uraian: Teks
    pemenang: Teks
    tingkat: Teks
    penyelenggara: Teks


class Profil(Dasar):
    """Isi `profil.yaml`."""

    dasar_hukum: list[Teks] = Field(min_length=1)
    isu_strategis: list[Teks] = Field(default_factory=list)
    dasar_struktur: Teks | None = Field(
        default=None, description="Peraturan yang menetapkan struktur organisasi."
    )
    struktur_organisasi: list[Struktur] = Field(default_factory=list)
    sdm: list[Sdm] = Field(default_factory=list)
    urusan_dilimpahkan: list[Teks] = Field(
        default_factory=list, description="Urusan pemerintahan yang dilimpahkan kepada camat."
    )
    penghargaan: list[Penghargaan] = Field(default_factory=list)
