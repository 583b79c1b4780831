"""LK2xx: references between documents — ids, codes, names, and what must exist."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from lkjip.checks._util import (
    iter_codes,
    norm_text,
    normal_kode,
    pk_label,
    target_rows,
)
from lkjip.checks.registry import rule
from lkjip.diagnostics import Diagnostic, Severity, diag
from lkjip.model import Project

R, K, A = "renstra.yaml", "kinerja.yaml", "anggaran.yaml"


def _kinerja_refs(project: Project) -> Iterator[tuple[str, str, tuple[Any, ...], Any]]:
    """(indikator id, document label, path, the TargetIndikator/row) of every kinerja.yaml row."""
    for label, _tahun, base, targets in target_rows(project):
        for i, t in enumerate(targets):
            yield t.indikator, label, (*base, i), t
    k = project.kinerja
    if k.rencana_aksi is not None:
        for i, tw in enumerate(k.rencana_aksi.triwulan):
            yield tw.indikator, "Rencana Aksi", ("rencana_aksi", "triwulan", i), tw
    for i, r in enumerate(k.realisasi):
        yield r.indikator, "realisasi", ("realisasi", i), r


@rule("LK201", "referensi-tidak-dikenal", Severity.ERROR)
def check_referensi(project: Project) -> Iterable[Diagnostic]:
    """Rujukan ke id yang tidak ada di Renstra

    Setiap rujukan antarbagian Renstra (tujuan → misi, sasaran → tujuan, indikator → sasaran,
    strategi → sasaran/indikator) dan setiap `program.indikator` di anggaran.yaml harus
    menyebut id yang didefinisikan di renstra.yaml. Rujukan yang salah ketik memutus
    keterkaitan visi–misi–tujuan–sasaran dan tabel program pendukung.

    Contoh salah:

        sasaran:
          - {id: S1, tujuan: T9, teks: Meningkatnya kualitas pelayanan}   # T9 tidak ada

    Contoh benar:

        tujuan:
          - {id: T1, misi: M1, teks: Meningkatkan kualitas pelayanan publik}
        sasaran:
          - {id: S1, tujuan: T1, teks: Meningkatnya kualitas pelayanan}
    """
    rs = project.renstra
    misi = {m.id for m in rs.misi}
    tujuan = {t.id for t in rs.tujuan}
    sasaran = {s.id for s in rs.sasaran}
    indikator = {i.id for i in rs.indikator}

    def bad(kind: str, ref: str, owner: str, file: str, *path: Any) -> Diagnostic:
        return diag(
            "LK201",
            f'{owner} merujuk {kind} "{ref}" yang tidak ada di renstra.yaml',
            project.where(file, *path),
            subject=ref,
        )

    for i, t in enumerate(rs.tujuan):
        if t.misi not in misi:
            yield bad("misi", t.misi, f'tujuan "{t.id}"', R, "tujuan", i, "misi")
    for i, s in enumerate(rs.sasaran):
        if s.tujuan is not None and s.tujuan not in tujuan:
            yield bad("tujuan", s.tujuan, f'sasaran "{s.id}"', R, "sasaran", i, "tujuan")
    for i, ind in enumerate(rs.indikator):
        if ind.sasaran not in sasaran:
            yield bad("sasaran", ind.sasaran, f'indikator "{ind.id}"', R, "indikator", i, "sasaran")
    for i, st in enumerate(rs.strategi):
        if st.sasaran not in sasaran:
            yield bad("sasaran", st.sasaran, f'strategi "{st.id}"', R, "strategi", i, "sasaran")
        for j, ref in enumerate(st.indikator):
            if ref not in indikator:
                yield bad("indikator", ref, f'strategi "{st.id}"', R, "strategi", i, "indikator", j)
    for i, p in enumerate(project.anggaran.program):
        for j, ref in enumerate(p.indikator):
            if ref not in indikator:
                yield bad("indikator", ref, f"program {p.kode}", A, "program", i, "indikator", j)


@rule("LK202", "indikator-di-luar-renstra", Severity.ERROR)
def check_indikator_di_luar_renstra(project: Project) -> Iterable[Diagnostic]:
    """Indikator di RKT, PK, Rencana Aksi atau realisasi tidak ada di Renstra

    Semua dokumen tahunan mengukur indikator Renstra. Indikator yang tidak didefinisikan di
    renstra.yaml tidak mempunyai nama, satuan, polaritas maupun target lima tahun, sehingga
    tidak dapat dilaporkan (bandingkan temuan seed E26: nama indikator di luar IKU).

    Contoh salah:

        perjanjian_kinerja:
          - jenis: murni
            target:
              - {indikator: KUALITAS_SDM, target: 100}   # tidak ada di renstra.yaml

    Contoh benar:

        perjanjian_kinerja:
          - jenis: murni
            target:
              - {indikator: IKM, target: 87}             # indikator: [{id: IKM, …}] di Renstra
    """
    known = {i.id for i in project.renstra.indikator}
    for ref, label, path, _row in _kinerja_refs(project):
        if ref not in known:
            yield diag(
                "LK202",
                f'indikator "{ref}" di {label} tidak ada di Renstra (renstra.yaml)',
                project.where(K, *path, "indikator"),
                subject=ref,
            )


def _dupes(items: Iterable[tuple[str, tuple[Any, ...]]]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    seen: set[str] = set()
    for key, path in items:
        if key in seen:
            yield key, path
        seen.add(key)


@rule("LK203", "id-ganda", Severity.ERROR)
def check_id_ganda(project: Project) -> Iterable[Diagnostic]:
    """Id yang sama dipakai dua kali dalam satu daftar

    Id misi, tujuan, sasaran, indikator dan strategi harus unik di renstra.yaml; satu indikator
    hanya boleh muncul sekali di target RKT, di target tiap PK, di Rencana Aksi, di
    `realisasi`, dan di `program.indikator`. Baris kedua akan menimpa atau menggandakan yang
    pertama di tabel laporan.

    Contoh salah:

        indikator:
          - {id: IKM, nama: Indeks Kepuasan Masyarakat, …}
          - {id: IKM, nama: Persentase Pelaksanaan Tugas Trantibum, …}

    Contoh benar:

        indikator:
          - {id: IKM, nama: Indeks Kepuasan Masyarakat, …}
          - {id: TRANTIBUM, nama: Persentase Pelaksanaan Tugas Trantibum, …}
    """
    rs = project.renstra
    for name in ("misi", "tujuan", "sasaran", "indikator", "strategi"):
        rows = getattr(rs, name)
        for key, path in _dupes((r.id, (name, i)) for i, r in enumerate(rows)):
            yield diag(
                "LK203",
                f'id {name} "{key}" dipakai lebih dari sekali di renstra.yaml',
                project.where(R, *path, "id"),
                subject=key,
            )
    groups: dict[str, list[tuple[str, tuple[Any, ...]]]] = {}
    for ref, label, path, _row in _kinerja_refs(project):
        groups.setdefault(label, []).append((ref, path))
    for label, rows in groups.items():
        for key, path in _dupes(rows):
            yield diag(
                "LK203",
                f'indikator "{key}" muncul lebih dari sekali di {label}',
                project.where(K, *path, "indikator"),
                subject=key,
            )
    for i, p in enumerate(project.anggaran.program):
        rows2 = [(ref, ("program", i, "indikator", j)) for j, ref in enumerate(p.indikator)]
        for key, path in _dupes(rows2):
            yield diag(
                "LK203",
                f'indikator "{key}" disebut lebih dari sekali pada program {p.kode}',
                project.where(A, *path),
                subject=key,
            )


@rule("LK209", "nama-kembar", Severity.ERROR)
def check_nama_kembar(project: Project) -> Iterable[Diagnostic]:
    """Dua baris bernama sama di bawah induk yang sama

    Dua program, dua kegiatan dalam satu program, atau dua sub kegiatan dalam satu kegiatan
    yang namanya sama tidak dapat dibedakan pembaca laporan (seed E29: dua kegiatan
    "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum"). Biasanya salah satunya
    sub kegiatan atau kegiatan lain.

    Contoh salah:

        kegiatan:
          - {kode: 7.01.04.2.01, nama: Koordinasi Upaya Penyelenggaraan Ketentraman …}
          - {kode: 7.01.04.2.02, nama: Koordinasi Upaya Penyelenggaraan Ketentraman …}

    Contoh benar:

        kegiatan:
          - {kode: 7.01.04.2.01, nama: Koordinasi Upaya Penyelenggaraan Ketentraman …}
          - {kode: 7.01.04.2.02, nama: Koordinasi Penerapan dan Penegakan Peraturan Daerah …}
    """

    def scan(rows: list[tuple[str, str, tuple[Any, ...]]], parent: str) -> Iterator[Diagnostic]:
        seen: dict[str, str] = {}
        for kode, nama, path in rows:
            key = norm_text(nama)
            if key in seen:
                yield diag(
                    "LK209",
                    f'{kode} bernama sama dengan {seen[key]} ("{nama}") di bawah {parent}',
                    project.where(A, *path, "nama"),
                    subject=kode,
                )
            else:
                seen[key] = kode

    programs = project.anggaran.program
    yield from scan([(p.kode, p.nama, ("program", i)) for i, p in enumerate(programs)], "OPD")
    for i, p in enumerate(programs):
        rows = [(k.kode, k.nama, ("program", i, "kegiatan", j)) for j, k in enumerate(p.kegiatan)]
        yield from scan(rows, f"program {p.kode}")
        for j, k in enumerate(p.kegiatan):
            subs = [
                (s.kode, s.nama, ("program", i, "kegiatan", j, "sub_kegiatan", m))
                for m, s in enumerate(k.sub_kegiatan)
            ]
            yield from scan(subs, f"kegiatan {k.kode}")


def _beda_dari_renstra(project: Project, code: str, field: str) -> Iterator[Diagnostic]:
    """Rows of kinerja.yaml whose `field` (satuan, nama), when written, differs from the
    Renstra indicator's (ignoring case and spacing)."""
    for ref, label, path, row in _kinerja_refs(project):
        written = getattr(row, field, None)
        ind = project.indikator(ref)
        if ind is None or written is None:
            continue
        renstra = getattr(ind, field)
        if norm_text(written) != norm_text(renstra):
            yield diag(
                code,
                f'{field} indikator {ref} di {label} "{written}" berbeda dari Renstra "{renstra}"',
                project.where(K, *path, field),
                subject=ref,
            )


@rule("LK210", "satuan-berbeda", Severity.ERROR)
def check_satuan_berbeda(project: Project) -> Iterable[Diagnostic]:
    """Satuan indikator di RKT/PK/Rencana Aksi berbeda dari Renstra

    Bila sebuah baris target menuliskan `satuan`, satuan itu harus sama dengan satuan
    indikator di renstra.yaml; laporan mencetak satuan dari Renstra, sehingga perbedaan berarti
    salah satu dokumen keliru (seed E15: IKM bersatuan "%" di Tabel 3.6, "Indeks" di tempat
    lain).

    Contoh salah:

        - {indikator: IKM, satuan: "%", target: 87}      # Renstra: satuan: Indeks

    Contoh benar:

        - {indikator: IKM, satuan: Indeks, target: 87}
    """
    return _beda_dari_renstra(project, "LK210", "satuan")


@rule("LK211", "nama-indikator-berbeda", Severity.WARNING)
def check_nama_indikator_berbeda(project: Project) -> Iterable[Diagnostic]:
    """Nama indikator di RKT/PK berbeda dari Renstra

    Bila sebuah baris target menuliskan `nama`, nama itu dibandingkan (tanpa membedakan huruf
    besar/kecil dan spasi) dengan nama indikator di renstra.yaml. Laporan selalu mencetak nama
    dari Renstra; perbedaan menandakan dokumen sumber yang tidak konsisten (seed E26/E27).

    Contoh salah:

        - {indikator: TRANTIBUM, nama: Kualitas sumber daya lembaga masyarakat, target: 100}

    Contoh benar:

        - indikator: TRANTIBUM
          nama: Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum
          target: 100
    """
    return _beda_dari_renstra(project, "LK211", "nama")


@rule("LK212", "kode-pk-tidak-di-dpa", Severity.ERROR)
def check_kode_pk_tidak_di_dpa(project: Project) -> Iterable[Diagnostic]:
    """Program atau kegiatan di anggaran PK tidak ada di anggaran.yaml

    Anggaran dalam Perjanjian Kinerja disebut per kode program/kegiatan DPA. Kode yang tidak
    ada di anggaran.yaml tidak dapat dibandingkan dengan pagu DPA maupun realisasinya.

    Contoh salah:

        anggaran:
          - {program: 7.01.07, pagu: 67500922}       # anggaran.yaml tidak memuat 7.01.07

    Contoh benar:

        anggaran:
          - {program: 7.01.02, pagu: 67500922}
    """
    programs = {normal_kode(p.kode) for p in project.anggaran.program}
    codes = {normal_kode(kode) for _lvl, kode, _n, _p in iter_codes(project)}
    for p_i, pk in enumerate(project.kinerja.perjanjian_kinerja):
        for i, ap in enumerate(pk.anggaran):
            base = ("perjanjian_kinerja", p_i, "anggaran", i)
            if normal_kode(ap.program) not in programs:
                yield diag(
                    "LK212",
                    f"program {ap.program} di anggaran PK {pk.jenis.value} tidak ada di "
                    "anggaran.yaml",
                    project.where(K, *base, "program"),
                    subject=ap.program,
                )
            for j, ak in enumerate(ap.kegiatan):
                if normal_kode(ak.kode) not in codes:
                    yield diag(
                        "LK212",
                        f"kegiatan {ak.kode} di anggaran PK {pk.jenis.value} tidak ada di "
                        "anggaran.yaml",
                        project.where(K, *base, "kegiatan", j, "kode"),
                        subject=ak.kode,
                    )


@rule("LK213", "iku-tanpa-realisasi", Severity.ERROR)
def check_iku_tanpa_realisasi(project: Project) -> Iterable[Diagnostic]:
    """Indikator IKU tanpa realisasi tahun laporan

    Setiap IKU harus mempunyai baris di `realisasi` dengan nilai untuk tahun laporan. Bila
    memang tidak diukur, tulis `null` dan jelaskan di `keterangan`; tanpa itu capaian tidak
    dapat dihitung dan tabel Bab III kosong. Nilai `null` tanpa keterangan dilaporkan sebagai
    peringatan (realisasi belum diisi, mis. data yang dibuat `lkjip init --dari` pada awal
    tahun); baris atau tahun yang tidak ada sama sekali adalah galat.

    Contoh salah:

        realisasi:
          - indikator: IKM
            nilai: {2021: 85.72}                      # tahun: 2022, tidak ada nilai 2022

    Contoh benar:

        realisasi:
          - indikator: IKM
            nilai: {2021: 85.72, 2022: 89.87}
    """
    tahun = project.tahun
    rows = {r.indikator: (i, r) for i, r in enumerate(project.kinerja.realisasi)}
    for n, ind in enumerate(project.renstra.indikator):
        if not ind.iku:
            continue
        found = rows.get(ind.id)
        if found is None:
            yield diag(
                "LK213",
                f"IKU {ind.id} tidak mempunyai baris realisasi di kinerja.yaml",
                project.where(R, "indikator", n, "id"),
                subject=ind.id,
            )
            continue
        i, r = found
        if tahun not in r.nilai and tahun not in r.turunan:
            yield diag(
                "LK213",
                f"IKU {ind.id} tidak mempunyai realisasi tahun {tahun}",
                project.where(K, "realisasi", i, "nilai", key=True),
                subject=ind.id,
            )
        elif r.nilai.get(tahun, 0) is None and tahun not in r.turunan and not r.keterangan:
            yield diag(
                "LK213",
                f"realisasi IKU {ind.id} tahun {tahun} belum diisi (null tanpa keterangan); "
                "isi nilainya atau jelaskan di 'keterangan'",
                project.where(K, "realisasi", i, "nilai", tahun),
                severity=Severity.WARNING,  # not yet measured: a draft, not a broken dataset
                subject=ind.id,
            )


@rule("LK214", "program-tanpa-indikator", Severity.WARNING)
def check_program_tanpa_indikator(project: Project) -> Iterable[Diagnostic]:
    """Program (bukan penunjang) tidak mendukung indikator mana pun

    Program selain program penunjang urusan harus menyebut indikator kinerja yang didukungnya
    (`indikator:`); tanpa itu anggarannya tidak masuk "anggaran pendukung sasaran" dan
    analisis program pendukung (seed E42: pemetaan indikator–program yang berubah-ubah).

    Contoh salah:

        - kode: 7.01.03
          nama: Program Pemberdayaan Masyarakat Desa dan Kelurahan
          kegiatan: […]

    Contoh benar:

        - kode: 7.01.03
          nama: Program Pemberdayaan Masyarakat Desa dan Kelurahan
          indikator: [TRANTIBUM]
          kegiatan: […]
    """
    for i, p in enumerate(project.anggaran.program):
        if not p.penunjang and not p.indikator:
            yield diag(
                "LK214",
                f"program {p.kode} bukan program penunjang tetapi tidak mendukung indikator "
                "apa pun; isi 'indikator' atau tandai 'penunjang: true'",
                project.where(A, "program", i, "kode"),
                subject=p.kode,
            )


@rule("LK215", "target-renstra-hilang", Severity.ERROR)
def check_target_renstra_hilang(project: Project) -> Iterable[Diagnostic]:
    """Indikator Renstra tanpa target untuk tahun laporan

    Tabel sasaran Renstra dan pengukuran kinerja membandingkan realisasi dengan target Renstra
    tahun laporan; setiap indikator harus mempunyai `target` (atau `target_turunan`) untuk tahun
    itu.

    Contoh salah:

        - id: IKM
          target: {2021: 86, 2023: 87.5}            # tahun laporan 2022 tidak ada

    Contoh benar:

        - id: IKM
          target: {2021: 86, 2022: 87, 2023: 87.5}
    """
    for n, ind in enumerate(project.renstra.indikator):
        if project.tahun not in ind.target and project.tahun not in ind.target_turunan:
            yield diag(
                "LK215",
                f"indikator {ind.id} tidak mempunyai target Renstra tahun {project.tahun}",
                project.where(R, "indikator", n, "target", key=True),
                subject=ind.id,
            )


@rule("LK216", "iku-tidak-di-pk", Severity.WARNING)
def check_iku_tidak_di_pk(project: Project) -> Iterable[Diagnostic]:
    """Indikator IKU tidak ada di Perjanjian Kinerja yang berlaku

    Perjanjian Kinerja Kepala PD memuat sasaran strategis beserta IKU-nya. IKU yang tidak
    diperjanjikan diukur terhadap target Renstra saja; periksa apakah PK lupa memuatnya.

    Contoh salah:

        perjanjian_kinerja:
          - jenis: murni
            target: [{indikator: IKM, target: 87}]          # IKU TRANTIBUM tidak ada

    Contoh benar:

        perjanjian_kinerja:
          - jenis: murni
            target:
              - {indikator: IKM, target: 87}
              - {indikator: TRANTIBUM, target: 100}
    """
    pk = project.pk
    inside = {t.indikator for t in pk.target}
    p_i = project.kinerja.perjanjian_kinerja.index(pk)
    for ind in project.renstra.indikator:
        if ind.iku and ind.id not in inside:
            yield diag(
                "LK216",
                f"IKU {ind.id} tidak ada di {pk_label(pk)}",
                project.where(K, "perjanjian_kinerja", p_i, "target"),
                subject=ind.id,
            )


@rule("LK217", "sasaran-tanpa-indikator", Severity.ERROR)
def check_sasaran_tanpa_indikator(project: Project) -> Iterable[Diagnostic]:
    """Sasaran tanpa indikator

    Setiap sasaran diukur oleh sedikitnya satu indikator; capaian sasaran adalah rata-rata
    capaian indikatornya, sehingga sasaran tanpa indikator tidak dapat dilaporkan (seed E19:
    jumlah sasaran yang tidak cocok).

    Contoh salah:

        sasaran:
          - {id: S1, tujuan: T1, teks: …}
          - {id: S2, tujuan: T1, teks: …}        # tidak ada indikator dengan sasaran: S2

    Contoh benar:

        sasaran:
          - {id: S1, tujuan: T1, teks: …}
    """
    used = {i.sasaran for i in project.renstra.indikator}
    for n, s in enumerate(project.renstra.sasaran):
        if s.id not in used:
            yield diag(
                "LK217",
                f'sasaran "{s.id}" tidak mempunyai indikator di renstra.yaml',
                project.where(R, "sasaran", n, "id"),
                subject=s.id,
            )
