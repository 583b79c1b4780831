"""The assembly: the whole LKjIP in the order of PermenPAN-RB 53/2014 (domain.md §2.2).

`assemble(ctx)` writes, through the DocWriter, the cover, the front matter (lower-roman page
numbers), Bab I–IV (decimal from 1) and the lampiran. Every figure comes from `Hasil`; the
sections only format. The parts live in `render/sections/`.
"""

from __future__ import annotations

from lkjip.render.sections import bab1, bab2, bab3, bab4, front, lampiran
from lkjip.render.sections.base import Ctx


def assemble(ctx: Ctx) -> None:
    front.sampul(ctx)
    front.kata_pengantar(ctx)
    front.ikhtisar(ctx)
    front.daftar(ctx)
    ctx.writer.section(numbering="decimal", restart_at=1)
    bab1.tulis(ctx)
    bab2.tulis(ctx)
    bab3.tulis(ctx)
    bab4.tulis(ctx)
    lampiran.tulis(ctx)
