"""Names of programs, kegiatan and sub kegiatan as the nomenclature writes them.

SIPD exports write many names in capitals ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH
KABUPATEN/KOTA"). The import gives such a name of a known code the spelling of
`data/nomenklatur.yaml` when it is the same apart from case, spaces and punctuation; any other
name in capitals is written in title case with Indonesian conjunctions in lower case and
acronyms kept. Names written in mixed case are the writer's own and are kept as they are.
"""

from __future__ import annotations

import functools
import re

from lkjip.resources import reference_data

# Words written in lower case inside a name (Pedoman Umum Ejaan Bahasa Indonesia: conjunctions
# and prepositions are not capitalised in titles, except as the first word).
_SMALL_WORDS = frozenset(
    "dan atau di ke dari yang pada untuk serta dengan oleh dalam melalui terhadap bagi "
    "tentang antara sesuai".split()
)
# Acronyms that appear in program, kegiatan and sub kegiatan names without brackets.
_ACRONYMS = frozenset(
    "DPRD UMKM SDM SDA PPLH MHA B3 KB KS LLAJ PSU PHA KSP USP BMD TIK BLUD RSUD PAUD SD SMP "
    "SMA SMK ASN APBD APBN UPTD UPT NIK KTP KK TNI POLRI KIA DPA RKA SKPD OPD PD RPJMD RKPD "
    "LKPD SPM PKK RT RW BPD LPM PNS PPPK SIPD IKM ".split()
)
_ROMAN = re.compile(r"^(?=[IVXL]+$)L?X{0,3}(IX|IV|V?I{0,3})$")


def key(name: str) -> str:
    """A name compared without case, spaces or punctuation."""
    return re.sub(r"[^0-9a-z]+", " ", name.lower()).strip()


@functools.cache
def known_names() -> dict[str, tuple[str, ...]]:
    """Kode → the names the nomenclature allows for it (one, or two for the penunjang program
    of a province and of a regency or city)."""
    data = reference_data("nomenklatur.yaml") or {}
    names: dict[str, tuple[str, ...]] = {}
    for item in data.get("kode", []):
        names[str(item["kode"])] = (str(item["nama"]),)
    return names


@functools.cache
def penunjang_names() -> tuple[str, ...]:
    """The names of program X.XX.01, the penunjang program of every bidang urusan."""
    data = reference_data("nomenklatur.yaml") or {}
    return tuple(str(name) for name in data.get("program_penunjang", []))


def is_penunjang_code(kode: str) -> bool:
    """Program X.XX.01 of every bidang urusan is the Program Penunjang Urusan Pemerintahan
    Daerah (Permendagri 90/2019): its budget supports no sasaran of its own."""
    parts = kode.split(".")
    return len(parts) == 3 and parts[2] == "01"


def normal_name(kode: str, name: str) -> str:
    """The name the import writes for `kode`. A name in capitals (as SIPD writes them) becomes
    the nomenclature's spelling when it says the same thing, else title case; a name already
    in mixed case is the writer's own and is kept."""
    if not _all_capitals(name):
        return name
    candidates = known_names().get(_four_digit(kode), ())
    if is_penunjang_code(kode):
        candidates = (*candidates, *penunjang_names())
    wanted = key(name)
    for candidate in candidates:
        if key(candidate) == wanted:
            return candidate
    return title_case(name)


def title_case(name: str) -> str:
    """ "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)" → "Program Pengelolaan Sumber Daya Air
    (SDA)": each word capitalised, conjunctions in lower case, acronyms, Roman numerals and
    words in brackets kept as written."""
    words = name.split(" ")
    out = []
    depth = 0
    for index, word in enumerate(words):
        opened = word.count("(")
        inside = depth > 0 or opened > 0
        depth = max(depth + opened - word.count(")"), 0)
        out.append(word if inside else _title_word(word, first=index == 0))
    return " ".join(out)


def _title_word(word: str, *, first: bool) -> str:
    parts = word.split("/")
    return "/".join(_title_part(part, first=first and i == 0) for i, part in enumerate(parts))


def _title_part(part: str, *, first: bool) -> str:
    bare = part.strip(",.;:")
    if bare.upper() in _ACRONYMS or (_ROMAN.match(bare) and bare):
        return part
    lower = part.lower()
    if not first and bare.lower() in _SMALL_WORDS:
        return lower
    return "-".join(piece[:1].upper() + piece[1:] for piece in lower.split("-"))


def _all_capitals(name: str) -> bool:
    letters = [char for char in name if char.isalpha()]
    return len(letters) > 3 and all(char.isupper() for char in letters)


def _four_digit(kode: str) -> str:
    """Sub kegiatan codes with a 2-digit suffix name the same row as the 4-digit form."""
    parts = kode.split(".")
    if len(parts) == 6 and len(parts[5]) == 2:
        parts[5] = parts[5].zfill(4)
    return ".".join(parts)
