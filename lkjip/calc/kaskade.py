"""The sasaran cascade: which level each sasaran sits at (`pengaturan.tingkat_sasaran`).

Level 0 is the first declared level (sasaran strategis); a sasaran without `tingkat` sits
there. Rollups never cross levels: a sasaran's capaian comes from its own indicators only, the
mean of a level from that level's sasaran, and the perangkat daerah's capaian from level 0.
A `tingkat` the settings do not declare counts as level 0 here; the checks report it (LK233).
"""

from __future__ import annotations

from lkjip.calc.results import JumlahTingkat
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


def jumlah_per_tingkat(project: Project) -> dict[str, JumlahTingkat]:
    """Sasaran and indicators of each level that has sasaran, in declared order: a report
    counts them per level ("1 sasaran strategis dengan 2 indikator, 2 sasaran program …"),
    since a total over all levels would read as the indicators of the first level."""
    level = {s.id: tingkat_dari(project, s).id for s in project.renstra.sasaran}
    out = {}
    for t in project.laporan.pengaturan.tingkat_sasaran:
        sasaran = [s for s, lv in level.items() if lv == t.id]
        if sasaran:
            indikator = sum(1 for i in project.renstra.indikator if i.sasaran in sasaran)
            out[t.id] = JumlahTingkat(t.nama, len(sasaran), indikator)
    return out
