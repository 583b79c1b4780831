"""BAB IV PENUTUP."""

from __future__ import annotations

from lkjip.render.sections.base import Ctx

JUDUL = "Penutup"


def tulis(ctx: Ctx) -> None:
    ctx.bab(4, JUDUL)
    ctx.tulis_narasi("penutup")
    ctx.tanda_tangan(place_date=ctx.tempat_tanggal())
