"""The sasaran cascade: which level each sasaran sits at (`pengaturan.tingkat_sasaran`).

Level 0 is the first declared level (sasaran strategis); a sasaran without `tingkat` sits
there. Rollups never cross levels: a sasaran's capaian comes from its own indicators only, the
mean of a level from that level's sasaran, and the perangkat daerah's capaian from level 0.
A `tingkat` the settings do not declare counts as level 0 here; the checks report it (LK233).
"""

from __future__ import annotations

from lkjip.model import Project
from lkjip.model.laporan import TingkatSasaran
from lkjip.model.renstra import Sasaran


def tingkat_dari(project: Project, sasaran: Sasaran) -> TingkatSasaran:
    """The level a sasaran declares, or the first level."""
    tingkat = project.laporan.pengaturan.tingkat_sasaran
    return next((t for t in tingkat if t.id == sasaran.tingkat), tingkat[0])


def indeks_tingkat(project: Project, sasaran: Sasaran) -> int:
    """0-based position of the sasaran's level in the cascade."""
    return project.laporan.pengaturan.tingkat_sasaran.index(tingkat_dari(project, sasaran))


def bertingkat(project: Project) -> bool:
    """True when any sasaran sits below the first level (the report then prints per level)."""
    return any(indeks_tingkat(project, s) > 0 for s in project.renstra.sasaran)
