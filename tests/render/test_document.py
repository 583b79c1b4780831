"""End to end: build the report, reopen it with python-docx, check chapters and captions;
refuse to write on narrative errors; deterministic output."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest
from docx import Document

from lkjip.calc import compute
from lkjip.render import build_document, created_at
from tests.helpers import EXAMPLE
from tests.render.conftest import make_project

CAPTIONS = [
    "Gambar 1.1",  # the organisation chart, drawn: the test project supplies no picture
    "Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 2.4", "Tabel 2.5", "Tabel 2.6",
    "Tabel 3.1", "Tabel 3.2", "Gambar 3.1", "Gambar 3.2", "Gambar 3.3",
    "Tabel 3.3", "Tabel 3.4", "Tabel 3.5", "Gambar 3.4", "Tabel 3.6",
]  # fmt: skip
HEADINGS = [
    "KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR",
    "PENDAHULUAN",
    "PERENCANAAN KINERJA", "AKUNTABILITAS KINERJA", "PENUTUP", "LAMPIRAN",
]  # fmt: skip


def _text(path: Path) -> tuple[str, list[str], list[str]]:
    doc = Document(str(path))
    paragraphs = [p.text for p in doc.paragraphs]
    captions = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Caption"]
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(paragraphs + cells), captions, paragraphs


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("doc") / "laporan.docx"
    project = make_project(out.parent)
    diagnostics = build_document(project, compute(project), out)
    assert diagnostics == []
    return out


def test_chapters_and_captions(built):
    text, captions, _ = _text(built)
    for heading in HEADINGS:
        assert heading in text, heading
    labels = [" ".join(c.split(" ", 2)[:2]) for c in captions]
    assert labels == CAPTIONS


def test_figures_are_formatted_from_hasil(built):
    text, _, _ = _text(built)
    figures = [
        "103,30%", "101,10%", "89,87 / 87 × 100% = 103,30%", "Rp6.424.351.115",
        "19820211 200312 1 004", "Pembina (IV/a)", "31 Januari 2023",
        "naik 4,15 poin (4,84%) dari 85,72 pada tahun 2021; kinerja membaik",
        "standar nasional (jika ada)", "PERUBAHAN PERJANJIAN KINERJA TAHUN 2022",
    ]  # fmt: skip
    for figure in figures:
        assert figure in text, figure


def test_sistematika_lists_seven_analyses(built):
    _, _, paragraphs = _text(built)
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("Bab III Akuntabilitas"))
    analyses = paragraphs[start + 1 : start + 8]
    assert len(analyses) == 7 and "standar nasional (jika ada)" in analyses[3]


def test_narrative_error_writes_nothing(tmp_path):
    project = make_project(tmp_path, narasi={"penutup": "baik\n{{ ind.TIDAK_ADA.capaian }}"})
    out = tmp_path / "laporan.docx"
    diagnostics = build_document(project, compute(project), out)
    assert [(d.code, d.location.file, d.location.line) for d in diagnostics] == [
        ("LK402", "narasi/penutup.md", 2)
    ]
    assert not out.exists()


def test_missing_image_is_an_error(tmp_path):
    project = make_project(tmp_path)
    laporan = project.laporan.model_copy(
        update={"instansi": project.laporan.instansi.model_copy(update={"logo": "logo.png"})}
    )
    project.laporan = laporan
    out = tmp_path / "laporan.docx"
    diagnostics = build_document(project, compute(project), out)
    assert [d.code for d in diagnostics] == ["LK406"] and not out.exists()


def test_unused_narasi_is_a_warning(tmp_path):
    project = make_project(tmp_path, narasi={"penutupp": "x"})
    diagnostics = build_document(project, compute(project), tmp_path / "l.docx")
    assert [d.code for d in diagnostics] == ["LK404"]


def test_deterministic_and_dated_by_signing_day(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = make_project(tmp_path)
    hasil = compute(project)
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    build_document(project, hasil, a)
    build_document(project, hasil, b)
    assert a.read_bytes() == b.read_bytes()
    core = zipfile.ZipFile(a).read("docProps/core.xml").decode()
    assert "2023-01-31T00:00:00Z" in core
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1675209600")
    assert created_at(project).isoformat() == "2023-02-01T00:00:00+00:00"


def test_acknowledged_discrepancies_get_a_lampiran(tmp_path):
    from lkjip.diagnostics import Diagnostic, Severity

    project = make_project(tmp_path)
    ack = Diagnostic("LK305", Severity.WARNING, "pagu PK 7.01.02 berbeda", acknowledged="alasan")
    out = tmp_path / "l.docx"
    assert build_document(project, compute(project), out, acknowledged=[ack]) == []
    text, _, _ = _text(out)
    assert "Catatan Penyesuaian Data" in text and "alasan" in text
    assert "LK305" not in text, "the reader gets plain words, not rule codes"


def test_restated_rencana_aksi_targets_are_explained_in_the_lampiran(tmp_path):
    from lkjip.model.kinerja import RencanaAksi, Triwulan

    project = make_project(tmp_path)
    indikator = project.renstra.indikator[0]
    tw = Triwulan(
        indikator=indikator.id,
        target=[None, None, None, 87],
        penyesuaian="Survei dilakukan sekali setahun.",
    )
    kinerja = project.kinerja.model_copy(
        update={"rencana_aksi": RencanaAksi(tahun=project.kinerja.rkt.tahun, triwulan=[tw])}
    )
    project = dataclasses.replace(project, kinerja=kinerja)
    out = tmp_path / "l.docx"
    assert build_document(project, compute(project), out) == []
    text, _, _ = _text(out)
    assert "Catatan Penyesuaian Data" in text
    assert "Survei dilakukan sekali setahun." in text
    assert "TW IV 87" in text


@pytest.mark.skipif(not (EXAMPLE / "anggaran.yaml").exists(), reason="example not there yet")
def test_example_builds(tmp_path):
    from lkjip.pipeline import load_project

    project, loaded = load_project(EXAMPLE)
    assert project is not None, [d.message for d in loaded]
    out = tmp_path / "laporan.docx"
    assert build_document(project, compute(project), out) == []
    text, captions, _ = _text(out)
    assert len(captions) >= 10
    for figure in ["103,30", "101,10", "96,99", "97,02", "11.281.034.946", "102,13"]:
        assert figure in text, figure
    assert "96,98" not in text and "Medang Kampai" not in text


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_renders_it(built, tmp_path):
    from tests.helpers import docx_to_pdf, pdf_text

    text = pdf_text(docx_to_pdf(built, tmp_path))
    assert "AKUNTABILITAS KINERJA" in text and "Tabel 3.6" in text


def test_pk_signed_by_pihak_pertama_alone(tmp_path):
    """When nobody signs as Pihak Kedua (a head of region signs alone), the PK still opens
    with the letterhead and carries a complete signature: place, date, name, NIP."""
    project = make_project(tmp_path)
    laporan = project.laporan.model_copy(update={"atasan": None})
    # Plain prose stands in for the narratives that name the superior: only the PK is looked
    # at here.
    from lkjip.model import Narasi

    plain = {
        name: Narasi(name, f"narasi/{name}.md", "Teks.")
        for name in ("kata_pengantar", "maksud_tujuan", "perjanjian_kinerja", "struktur_organisasi")
    }
    project = dataclasses.replace(project, laporan=laporan, narasi={**project.narasi, **plain})
    out = tmp_path / "l.docx"
    assert build_document(project, compute(project), out) == []
    text, _, _ = _text(out)
    assert "Pihak Kedua" not in text
    pk = text.split("yang bertanda tangan di bawah ini")[1]
    pk_date = project.kinerja.perjanjian_kinerja[0]
    assert f"{pk_date.tempat}, " in pk
    assert project.laporan.penandatangan.nama in pk and "NIP. " in pk
    kop = f"{project.laporan.instansi.induk_nama.upper()}\n{project.laporan.instansi.nama.upper()}"
    assert text.count(kop) >= 2  # the cover and the PK


def test_agency_documents_carry_the_letterhead_and_signed_annex(tmp_path):
    """The PK and the decree open with the kop from lkjip.yaml; the decree's annex is signed."""
    from lkjip.pipeline import load_project

    project, _ = load_project(EXAMPLE)
    assert project is not None
    out = tmp_path / "l.docx"
    assert build_document(project, compute(project), out) == []
    text, _, _ = _text(out)
    kop = f"{project.laporan.instansi.pemda.upper()}\n{project.laporan.instansi.nama.upper()}\n"
    assert text.count(kop) >= 3  # cover, PK, decree
    assert project.laporan.instansi.alamat in text
    annex = text.split("INDIKATOR KINERJA UTAMA\nKECAMATAN DUMAI KOTA")[-1]
    assert "Ditetapkan di" in annex.split("Lampiran 3.")[0]
    assert project.laporan.penandatangan.nip in annex.split("Lampiran 3.")[0]


def test_pernyataan_telah_direviu_from_lkjip_yaml(tmp_path):
    project = make_project(tmp_path)
    reviu = {
        "apip": "Inspektorat Kota Dumai",
        "pejabat": {
            "nama": "Dra. SITI AMINAH",
            "jabatan": "Inspektur Kota Dumai",
            "pangkat": "Pembina Utama Muda",
            "golongan": "IV/c",
            "nip": "19700101 199503 2 001",
        },
        "tempat": "Dumai",
        "tanggal": "2023-02-20",
    }
    laporan = project.laporan.model_validate({**project.laporan.model_dump(), "reviu": reviu})
    project = dataclasses.replace(project, laporan=laporan)
    out = tmp_path / "l.docx"
    assert build_document(project, compute(project), out) == []
    text, _, _ = _text(out)
    assert "Pernyataan Telah Direviu" in text and "PERNYATAAN TELAH DIREVIU" in text
    statement = text.split("PERNYATAAN TELAH DIREVIU")[-1]
    for expected in (
        "Pedoman Reviu atas Laporan Kinerja",
        "keyakinan terbatas",
        "Dumai, 20 Februari 2023",
        "INSPEKTUR KOTA DUMAI,",
        "Dra. SITI AMINAH",
        "Pembina Utama Muda (IV/c)",
        "NIP. 19700101 199503 2 001",
    ):
        assert expected in statement, expected


def test_scanned_documents_are_pictures_in_the_lampiran(tmp_path):
    from tests.render.test_docx_writer import tiny_png

    (tmp_path / "pindaian").mkdir()
    tiny_png(tmp_path / "pindaian" / "pk-1.png")
    tiny_png(tmp_path / "pindaian" / "pk-2.png")
    project = make_project(tmp_path)
    pindaian = [
        {
            "judul": "Perjanjian Kinerja yang Ditandatangani",
            "berkas": ["pindaian/pk-1.png", "pindaian/pk-2.png"],
        }
    ]
    data = {**project.laporan.model_dump(), "pindaian": pindaian}
    project = dataclasses.replace(project, laporan=project.laporan.model_validate(data))
    out = tmp_path / "l.docx"
    assert build_document(project, compute(project), out) == []
    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Perjanjian Kinerja yang Ditandatangani" in text
    after = document.element.body.xpath(
        "//w:p[contains(string(.), 'Perjanjian Kinerja yang Ditandatangani')]"
        "/following::w:drawing//pic:pic"
    )
    assert len(after) == 2


def test_a_missing_scan_is_reported_at_its_line(tmp_path):
    from lkjip.render.images import image_diagnostics

    project = make_project(tmp_path)
    data = {**project.laporan.model_dump(), "pindaian": [{"judul": "PK", "berkas": ["x.png"]}]}
    project = dataclasses.replace(project, laporan=project.laporan.model_validate(data))
    [finding] = image_diagnostics(project)
    assert "x.png" in finding.message


def test_body_text_is_justified_and_not_chained_to_the_next_page(tmp_path):
    """Keep-with-next is for headings, captions and a lead-in to what it introduces: no two
    long body paragraphs in a row are kept (a chain pushes half a page over), and the
    Sistematika's paragraphs are justified body text."""
    from lxml import etree

    from lkjip.pipeline import load_project

    project, _ = load_project(EXAMPLE)
    assert project is not None
    out = tmp_path / "l.docx"
    assert build_document(project, compute(project), out) == []
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    body = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml")).find("w:body", ns)
    chain = longest = 0
    sistematika = []
    for p in body.findall("w:p", ns):
        text = "".join(p.xpath(".//w:t/text()", namespaces=ns))
        style = p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=ns)
        kept = p.find("w:pPr/w:keepNext", ns) is not None
        long_body = len(text) > 100 and not style.startswith(("Heading", "Caption", "TOC"))
        chain = chain + 1 if kept and long_body else 0
        longest = max(longest, chain)
        if text.startswith(("Ikhtisar Eksekutif menyajikan", "Bab I Pendahuluan menyajikan")):
            sistematika.append((p.xpath("string(w:pPr/w:jc/@w:val)", namespaces=ns), kept))
    assert longest <= 1
    assert sistematika == [("both", False), ("both", False)]
