"""BAB IV PENUTUP."""

from __future__ import annotations

from lkjip.render.sections.base import Ctx

JUDUL = "Penutup"


def tulis(ctx: Ctx) -> None:
    ctx.chapter(4, JUDUL)
    ctx.write_narasi("penutup")
    ctx.signature(place_date=ctx.place_date())
