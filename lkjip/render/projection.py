"""A stable plain-text view of a .docx, for golden tests and for reading a report in a diff.

    --- section: portrait, lower-roman from 1, title page ---
    [Title] LAPORAN KINERJA
    {TOC \\o "1-3" \\h \\z \\u}
    [TOC 1] BAB I PENDAHULUAN
    [Caption] Tabel 3.1 Capaian IKU
    [Table cm: 1.00 6.00 3.00]
    =| No | Indikator | Tahun 2022 | < |
    =| ^ | ^ | Target | Realisasi |
    | 1 | Indikator A | 100,00 | 97,50 |
    === footer default ===
    [Footer] {PAGE}

- each body paragraph is `[Style] text`, tabs and line breaks written `\\t` and `\\n`;
  list items carry their computed label ("1.", "a.", "•");
- fields show their cached result (so caption numbers read as in the document), except page
  fields, shown as `{PAGE}`/`{NUMPAGES}`, and TOC fields, announced by a `{TOC …}` line;
- tables: one line per row, `=|` for repeated header rows, a horizontally merged cell once then
  `<` for the columns it covers, a vertically merged continuation as `^`;
- a native chart reads `[Chart: <title> | categories 2021; 2022 | Realisasi (bar): 85.72;
  89.87 | Target (line): –; 87]` from the chart part's cached values (numbers as stored,
  `–` for a gap), so a golden file pins the charted figures; a picture reads `{IMAGE …}`;
- `--- section: … ---` opens every section with its orientation and page numbering;
- headers and footers follow the body, each distinct part once.

It reads the XML with zipfile and lxml only, so it judges the file and not python-docx's model.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
GAP = "–"

PAGE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES"}
CONTAINERS = {"hyperlink", "smartTag", "ins", "sdt", "sdtContent", "customXml", "moveTo"}

# Word stores built-in style names in lower case; show the names users see.
UI_NAMES = {
    "heading 1": "Heading 1", "heading 2": "Heading 2", "heading 3": "Heading 3",
    "heading 4": "Heading 4", "caption": "Caption", "title": "Title", "subtitle": "Subtitle",
    "header": "Header", "footer": "Footer", "toc 1": "TOC 1", "toc 2": "TOC 2",
    "toc 3": "TOC 3", "table of figures": "Table of Figures", "normal": "Normal",
}  # fmt: skip


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def project_docx(path: Path) -> str:
    """The text projection of the document at `path` (see the module docstring)."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    document = etree.fromstring(parts["word/document.xml"])
    projector = _Projector(
        styles=_style_names(parts.get("word/styles.xml")),
        numbering=_Numbering(parts.get("word/numbering.xml")),
        charts=_charts(parts),
    )
    body = document.find(w("body"))
    lines = projector.body(body)
    lines += _headers_footers(body, parts, projector)
    return "\n".join(lines) + "\n"


# --- styles and numbering ---------------------------------------------------------------------


def _style_names(xml: bytes | None) -> dict[str, str]:
    """styleId → the name shown; the default paragraph style under the key ""."""
    names: dict[str, str] = {"": "Normal"}
    if not xml:
        return names
    for style in etree.fromstring(xml).iter(w("style")):
        style_id = style.get(w("styleId"))
        name_el = style.find(w("name"))
        name = name_el.get(w("val")) if name_el is not None else style_id
        shown = UI_NAMES.get(name.lower(), name)
        names[style_id] = shown
        if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
            names[""] = shown
    return names


class _Numbering:
    """Computes list labels ("1.", "b.", "•") from numbering.xml, as Word would count them."""

    def __init__(self, xml: bytes | None):
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if not xml:
            return
        root = etree.fromstring(xml)
        for abstract in root.iter(w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(w("lvl")):
                fmt = _val(lvl.find(w("numFmt")), "decimal")
                text = _val(lvl.find(w("lvlText")), "")
                start = int(_val(lvl.find(w("start")), "1"))
                levels[int(lvl.get(w("ilvl")))] = (fmt, text, start)
            self.abstract[abstract.get(w("abstractNumId"))] = levels
        for num in root.iter(w("num")):
            overrides = {
                int(o.get(w("ilvl"))): int(_val(o.find(w("startOverride")), "1"))
                for o in num.iter(w("lvlOverride"))
                if o.find(w("startOverride")) is not None
            }
            self.nums[num.get(w("numId"))] = (_val(num.find(w("abstractNumId")), ""), overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        if num_id not in self.nums or num_id == "0":
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = overrides.get(ilvl, levels[ilvl][2])
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return text
        return re.sub(
            r"%(\d)",
            lambda m: _format_number(
                counters.get(int(m.group(1)) - 1, 1),
                levels.get(int(m.group(1)) - 1, ("decimal",))[0],
            ),
            text,
        )


def _val(node, default: str) -> str:
    return node.get(w("val"), default) if node is not None else default


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    return str(n)


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb, …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, digits in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + digits, n - value
    return out


# --- body -------------------------------------------------------------------------------------


@dataclass
class _Field:
    instruction: str = ""
    in_result: bool = False
    hidden: bool = False  # a page field: its cached result is replaced by {PAGE}


@dataclass
class _Projector:
    styles: dict[str, str]
    numbering: _Numbering
    charts: dict[str, str] = field(default_factory=dict)  # document rId → chart line
    fields: list[_Field] = field(default_factory=list)

    def body(self, body) -> list[str]:
        sectprs = [p for p in body.iter(w("sectPr"))]
        lines = [_section_line(sectprs[0])] if sectprs else []
        index = 0
        for block in body:
            if block.tag == w("p"):
                lines += self.paragraph(block)
                if block.find(f"{w('pPr')}/{w('sectPr')}") is not None:
                    index += 1
                    if index < len(sectprs):
                        lines.append(_section_line(sectprs[index]))
            elif block.tag == w("tbl"):
                lines += self.table(block)
            elif block.tag == w("sdt"):
                content = block.find(w("sdtContent"))
                for inner in content if content is not None else []:
                    if inner.tag == w("p"):
                        lines += self.paragraph(inner)
        return lines

    def paragraph(self, p) -> list[str]:
        """One `[Style] text` line, preceded by a `{TOC …}` line where a TOC field starts."""
        ppr = p.find(w("pPr"))
        style_id = _val(ppr.find(w("pStyle")), "") if ppr is not None else ""
        style = self.styles.get(style_id, style_id)
        announcements: list[str] = []
        text = self.inline(p, announcements)
        label = self._list_label(ppr)
        if label:
            text = f"{label} {text}"
        return [*announcements, f"[{style}] {text}".rstrip()]

    def _list_label(self, ppr) -> str:
        numpr = ppr.find(w("numPr")) if ppr is not None else None
        if numpr is None:
            return ""
        num_id = _val(numpr.find(w("numId")), "0")
        ilvl = int(_val(numpr.find(w("ilvl")), "0"))
        return self.numbering.label(num_id, ilvl)

    def inline(self, parent, announcements: list[str]) -> str:
        """Text of runs under `parent`, following complex fields across runs and paragraphs."""
        out: list[str] = []
        for child in parent:
            local = etree.QName(child).localname
            if local == "r":
                out.append(self.run(child, announcements))
            elif local == "fldSimple":
                out.append(self.simple_field(child, announcements))
            elif local in CONTAINERS:
                out.append(self.inline(child, announcements))
        return "".join(out)

    def simple_field(self, node, announcements: list[str]) -> str:
        instruction = " ".join(node.get(w("instr"), "").split())
        keyword = instruction.split(" ")[0].upper() if instruction else ""
        if keyword in PAGE_FIELDS:
            return f"{{{keyword}}}"
        if keyword == "TOC":
            announcements.append(f"{{{instruction}}}")
        return self.inline(node, announcements)

    def run(self, r, announcements: list[str]) -> str:
        out: list[str] = []
        for child in r:
            local = etree.QName(child).localname
            if local == "fldChar":
                out.append(self._field_char(child.get(w("fldCharType")), announcements))
            elif local == "instrText":
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instruction += child.text or ""
            elif self._hidden():
                continue
            elif local == "t":
                out.append(child.text or "")
            elif local == "tab":
                out.append("\\t")
            elif local in ("br", "cr"):
                out.append("<page-break>" if child.get(w("type")) == "page" else "\\n")
            elif local == "noBreakHyphen":
                out.append("-")
            elif local == "drawing":
                out.append(self.drawing(child))
        return "".join(out)

    def _hidden(self) -> bool:
        # Text is shown only outside field codes and outside hidden (page) results.
        return any(f.hidden or not f.in_result for f in self.fields)

    def _field_char(self, kind: str | None, announcements: list[str]) -> str:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            current = self.fields[-1]
            current.in_result = True
            return self._field_started(current, announcements)
        elif kind == "end" and self.fields:
            current = self.fields.pop()
            if not current.in_result:  # a field without result: still announce it
                return self._field_started(current, announcements)
        return ""

    def _field_started(self, current: _Field, announcements: list[str]) -> str:
        instruction = " ".join(current.instruction.split())
        keyword = instruction.split(" ")[0].upper() if instruction else ""
        if keyword in PAGE_FIELDS:
            current.hidden = True
            return "" if self._outer_hidden(current) else f"{{{keyword}}}"
        if keyword == "TOC":
            announcements.append(f"{{{instruction}}}")
        return ""

    def _outer_hidden(self, current: _Field) -> bool:
        return any(f.hidden or not f.in_result for f in self.fields if f is not current)

    # --- tables ---------------------------------------------------------------------------

    def table(self, tbl) -> list[str]:
        widths = [int(c.get(w("w"), "0")) / (1440 / 2.54) for c in tbl.iter(w("gridCol"))]
        lines = ["[Table cm: " + " ".join(f"{x:.2f}" for x in widths) + "]"]
        for tr in tbl.findall(w("tr")):
            trpr = tr.find(w("trPr"))
            header = trpr is not None and trpr.find(w("tblHeader")) is not None
            cells: list[str] = []
            for tc in tr.findall(w("tc")):
                cells += self.cell(tc)
            lines.append(("=| " if header else "| ") + " | ".join(cells) + " |")
        return lines

    def cell(self, tc) -> list[str]:
        """The cell's text (or ^ for a vertical continuation), then < per extra grid column."""
        tcpr = tc.find(w("tcPr"))
        span = int(_val(tcpr.find(w("gridSpan")), "1")) if tcpr is not None else 1
        vmerge = tcpr.find(w("vMerge")) if tcpr is not None else None
        if vmerge is not None and vmerge.get(w("val"), "continue") == "continue":
            text = "^"
        else:
            texts = []
            for p in tc.findall(w("p")):
                texts.append(self.inline(p, []))
            for nested in tc.findall(w("tbl")):
                texts.append("[table]")
                del nested
            text = "\\n".join(t for t in texts if t) or ""
        return [text] + ["<"] * (span - 1)

    def drawing(self, node) -> str:
        """A chart as its cached data, anything else as `{IMAGE name width}`."""
        chart = node.find(f".//{{{C}}}chart")
        if chart is not None:
            return self.charts.get(chart.get(f"{{{R}}}id"), "[Chart: ?]")
        return _drawing(node)


def _drawing(node) -> str:
    doc_pr = node.find(f".//{{{WP}}}docPr")
    extent = node.find(f".//{{{WP}}}extent")
    name = doc_pr.get("descr") or doc_pr.get("name") if doc_pr is not None else "image"
    width = f" {int(extent.get('cx')) / 360000:.2f}cm" if extent is not None else ""
    return f"{{IMAGE {name}{width}}}"


# --- charts -----------------------------------------------------------------------------------


def _charts(parts: dict[str, bytes]) -> dict[str, str]:
    """The projection line of every chart the document part relates to, by relationship id."""
    lines = {}
    rels = parts.get("word/_rels/document.xml.rels")
    for rel in etree.fromstring(rels).iter(f"{{{PKG_REL}}}Relationship") if rels else []:
        if not rel.get("Type", "").endswith("/chart"):
            continue
        name = "word/" + rel.get("Target", "").lstrip("/").removeprefix("word/")
        if name in parts:
            lines[rel.get("Id")] = chart_line(parts[name])
    return lines


def chart_line(xml: bytes) -> str:
    """`[Chart: title | categories … | name (kind): values …]` from a chart part's caches."""
    space = etree.fromstring(xml)
    title = " ".join(
        "".join(t.text or "" for t in node.iter(f"{{{A}}}t"))
        for node in space.iterfind(f"{{{C}}}chart/{{{C}}}title")
    )
    fields = [f"[Chart: {title}".rstrip()]
    series = []
    for group in space.iterfind(f"{{{C}}}chart/{{{C}}}plotArea/*"):
        kind = etree.QName(group).localname.removesuffix("Chart")
        for ser in group.iterfind(f"{{{C}}}ser"):
            order = int(_c_val(ser.find(f"{{{C}}}order"), "0"))
            series.append((order, kind, ser))
    series.sort(key=lambda item: item[0])
    if series:
        fields.append("categories " + "; ".join(_cache(series[0][2].find(f"{{{C}}}cat"))))
    for _, kind, ser in series:
        name = "".join(_cache(ser.find(f"{{{C}}}tx")))
        fields.append(f"{name} ({kind}): " + "; ".join(_cache(ser.find(f"{{{C}}}val"))))
    return " | ".join(fields) + "]"


def _c_val(node, default: str) -> str:
    return node.get("val", default) if node is not None else default


def _cache(node) -> list[str]:
    """The cached points of a c:cat, c:tx or c:val, `–` where a point is missing."""
    if node is None:
        return []
    cache = next((c for c in node.iter(f"{{{C}}}strCache", f"{{{C}}}numCache")), None)
    if cache is None:
        return []
    count = int(_c_val(cache.find(f"{{{C}}}ptCount"), "0"))
    points = {
        int(pt.get("idx", "0")): (pt.findtext(f"{{{C}}}v") or "")
        for pt in cache.iterfind(f"{{{C}}}pt")
    }
    return [points.get(i, GAP) for i in range(count)]


# --- sections, headers and footers --------------------------------------------------------


def _section_line(sectpr) -> str:
    pgsz = sectpr.find(w("pgSz"))
    orientation = "portrait"
    if pgsz is not None:
        wide = int(pgsz.get(w("w"), "0")) > int(pgsz.get(w("h"), "0"))
        if wide or pgsz.get(w("orient")) == "landscape":
            orientation = "landscape"
    pgnum = sectpr.find(w("pgNumType"))
    fmt = pgnum.get(w("fmt"), "decimal") if pgnum is not None else "decimal"
    fmt = {"lowerRoman": "lower-roman", "upperRoman": "upper-roman"}.get(fmt, fmt)
    start = pgnum.get(w("start")) if pgnum is not None else None
    parts = [orientation, f"{fmt} from {start}" if start else f"{fmt} continued"]
    if _val(sectpr.find(w("type")), "nextPage") == "continuous":
        parts.append("continuous")
    if sectpr.find(w("titlePg")) is not None and _val(sectpr.find(w("titlePg")), "1") not in (
        "0",
        "false",
    ):
        parts.append("title page")
    return f"--- section: {', '.join(parts)} ---"


def _headers_footers(body, parts: dict[str, bytes], projector: _Projector) -> list[str]:
    rels = _relationships(parts.get("word/_rels/document.xml.rels"))
    lines: list[str] = []
    seen: set[str] = set()
    shown_kinds: set[tuple[str, str]] = set()
    for number, sectpr in enumerate(body.iter(w("sectPr")), start=1):
        refs = [*sectpr.findall(w("headerReference")), *sectpr.findall(w("footerReference"))]
        for ref in sorted(refs, key=lambda r: (etree.QName(r).localname, r.get(w("type")))):
            kind = etree.QName(ref).localname.replace("Reference", "")
            target = rels.get(ref.get(f"{{{R}}}id"), "")
            if not target or target in seen:
                continue
            seen.add(target)
            ref_type = ref.get(w("type"), "default")
            title = f"=== {kind} {ref_type} ==="
            if (kind, ref_type) in shown_kinds:
                title = f"=== {kind} {ref_type} (section {number}) ==="
            shown_kinds.add((kind, ref_type))
            lines.append(title)
            xml = parts.get("word/" + target.lstrip("/").removeprefix("word/"))
            if xml:
                for p in etree.fromstring(xml).iter(w("p")):
                    lines += projector.paragraph(p)
    return lines


def _relationships(xml: bytes | None) -> dict[str, str]:
    if not xml:
        return {}
    return {
        rel.get("Id"): rel.get("Target")
        for rel in etree.fromstring(xml).iter(f"{{{PKG_REL}}}Relationship")
    }
