"""The synthetic corpora: reviu finds every injected error at its place and nothing else, and
the narrative rule LK361 reports exactly the sentences whose certain referent is wrong
(precision and recall 1,00; the figures are recorded in docs/reviu.md)."""

from __future__ import annotations

from pathlib import Path

from tests.reviu import korpus, korpus_narasi


def test_reviu_corpus(tmp_path: Path) -> None:
    hitungan, detail = korpus.ukur(tmp_path)
    assert detail["bersih"] == [], "the clean report has findings"
    assert (hitungan.luput, hitungan.palsu) == (0, 0), detail
    assert hitungan.benar == len(korpus.INJEKSI)
    kinds = {i.code for i in korpus.INJEKSI}
    # every kind of check is injected (LK615, a column without header, is a layout finding)
    assert {f"LK6{n:02d}" for n in (*range(2, 15), *range(16, 20))} <= kinds


def test_narrative_corpus(tmp_path: Path) -> None:
    hitungan, detail = korpus_narasi.ukur(tmp_path)
    wrong = [(text, expected, codes) for text, expected, codes in detail
             if expected != ("LK361" in codes)]  # fmt: skip
    assert wrong == []
    assert hitungan.benar == sum(e for _, _, e in korpus_narasi.KALIMAT)
    # an uncertain referent is a warning at most
    uncertain = [codes for text, _, codes in detail if text.startswith("Hasilnya")]
    assert uncertain == [["LK391"]]
