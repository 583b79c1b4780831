"""Acknowledgements: `pengakuan` in lkjip.yaml accepts known warnings, by code and subject.

An entry `{kode, butir, alasan}` acknowledges every warning whose code equals `kode` and whose
`subject` (the id or code of the item the finding is about: indicator `IKM`, program
`7.01.02`, the number typed in a narrative) equals `butir`. Nothing else is compared: the
message text is for people and may change.

Before subjects existed, `butir` was searched in the message as a whole item. An entry that
only matches that way (the old form) acknowledges nothing now and gets LK122, which names the
`butir` to write instead. An entry naming an error, in either form, gets LK121; an entry that
matches nothing gets LK120 (stale).
"""

from __future__ import annotations

import dataclasses
import re

from lkjip import codes
from lkjip.diagnostics import CATALOGUE, Diagnostic, Location, Severity, diag
from lkjip.model import Project
from lkjip.model.laporan import Pengakuan


def apply_acknowledgements(project: Project, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Mark the warnings that `lkjip.yaml` → `pengakuan` accepts, and report entries that
    accept nothing (stale, LK120), try to accept an error (LK121) or are written in the old
    message-text form (LK122).
    """
    found = list(diagnostics)
    result = list(found)
    for index, entry in enumerate(project.laporan.pengakuan):
        matched = [i for i, d in enumerate(found) if matches(entry, d)]
        old_form = [] if matched else [d for d in found if matches_old_form(entry, d)]
        warnings = [i for i in matched if found[i].severity is not Severity.ERROR]
        for i in warnings:
            result[i] = dataclasses.replace(result[i], acknowledged=entry.alasan)
        where = project.where("lkjip.yaml", "pengakuan", index)
        errors = [d for d in old_form if d.severity is Severity.ERROR]
        if len(warnings) < len(matched) or (not matched and errors):
            result.append(
                diag(
                    codes.PENGAKUAN_GALAT,
                    f"{entry.kode} untuk '{entry.butir}' adalah galat dan tidak dapat diakui",
                    where,
                    hint="perbaiki datanya; hanya peringatan yang boleh diakui",
                    subject=entry.butir,
                )
            )
        elif not matched and old_form:
            result.append(_old_form_finding(entry, old_form, where))
        elif not matched and entry.kode in CATALOGUE:
            # An unknown code is reported by the checks (LK353); "stale" would say it twice.
            result.append(
                diag(
                    codes.PENGAKUAN_USANG,
                    f"pengakuan {entry.kode} untuk '{entry.butir}' tidak cocok dengan temuan "
                    "mana pun",
                    where,
                    hint="hapus butir ini bila datanya sudah diperbaiki, atau periksa kode/butir "
                    "(butir = pokok temuan, lihat `subject` di `lkjip validate --format json`)",
                    subject=entry.butir,
                )
            )
    return result


def _old_form_finding(entry: Pengakuan, old_form: list[Diagnostic], where: Location) -> Diagnostic:
    subjects = sorted({d.subject for d in old_form if d.subject})
    shown = ", ".join(f"'{s}'" for s in subjects)
    if len(subjects) == 1:
        advice = f"tulis butir: '{subjects[0]}'"
    elif subjects:
        advice = f"tulis satu pengakuan untuk setiap pokok temuan: {shown}"
    else:
        advice = "temuan itu tidak mempunyai pokok; perbaiki datanya"
    return diag(
        codes.PENGAKUAN_BENTUK_LAMA,
        f"pengakuan {entry.kode} untuk '{entry.butir}' ditulis dalam bentuk lama (potongan "
        f"pesan atau jalur) dan tidak lagi mengakui temuan; {advice}",
        where,
        hint="butir harus sama dengan pokok temuan (id indikator, kode program/kegiatan, "
        "angka yang diketik), bukan potongan pesannya",
        subject=entry.butir,
    )


def matches(entry: Pengakuan, diagnostic: Diagnostic) -> bool:
    """Same code and `butir` equal to the diagnostic's subject (surrounding blanks aside)."""
    butir = entry.butir.strip()
    return bool(butir) and diagnostic.code == entry.kode and diagnostic.subject == butir


def matches_old_form(entry: Pengakuan, diagnostic: Diagnostic) -> bool:
    """The rule before subjects: same code, and `butir` equals the diagnostic's path or stands
    in its message as a whole token. "7.01.02" named the finding about program 7.01.02 but not
    the one about kegiatan 7.01.02.2.04, and "7.01.0" named nothing."""
    if diagnostic.code != entry.kode:
        return False
    path = diagnostic.location.path if diagnostic.location else None
    butir = entry.butir.strip()
    if not butir:
        return False
    return butir == path or butir_pattern(butir).search(diagnostic.message) is not None


def butir_pattern(butir: str) -> re.Pattern[str]:
    """`butir` as a whole token: not glued to a letter or digit on either side, and not
    continued by a dotted number part ("7.01.02" inside "7.01.02.2.04" or "1.7.01.02")."""
    return re.compile(r"(?<![^\W_])(?<!\d\.)" + re.escape(butir) + r"(?![^\W_])(?!\.\d)")
