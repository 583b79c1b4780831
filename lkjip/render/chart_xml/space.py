"""The DrawingML chart part (`c:chartSpace`) for bar, line and bar+line combo charts.

Element order follows the ECMA-376 schema (CT_ChartSpace, CT_BarSer, CT_ValAx, …): Word
refuses a chart whose children are out of order, LibreOffice is more forgiving. Every series
carries its values in `c:strCache`/`c:numCache`, so a reader never needs the workbook.

Colours come from the template's theme (`Palette`, accents 1–6 of reference.docx); lines also
differ by dash and marker shape, so a grey print still tells them apart. Every data label
shows its value as the tables do (87 → "87", 89,87 → "89,87"), or the series' own label text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

from lkjip.render.chart_spec import ChartSpec, Series

C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSMAP = {"c": C_NS, "a": A_NS, "r": R_NS}

SHEET = "Sheet1"
LANG = "id-ID"
LOCALE_TAG = "[$-421]"  # Indonesian
CAT_AX_ID = "50010001"
VAL_AX_ID = "50010002"
OUTLINE_EMU = 9525  # 0.75 pt
LINE_EMU = 28575  # 2.25 pt
GRID_GREY = "BFBFBF"


@dataclass(frozen=True)
class Palette:
    """The colours of a chart's series, in order, from the template's theme (accent 1–6):
    bars and lines take them in the order of the series, so a target line never shares the
    colour of the bars it is drawn over."""

    colours: tuple[str, ...] = ("4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646")

    def colour(self, position: int) -> str:
        return self.colours[position % len(self.colours)]


DEFAULT_PALETTE = Palette()
LINE_DASHES = ("dash", "sysDot", "solid", "lgDash")
MARKERS = ("diamond", "square", "triangle", "circle")


# --- element helpers -------------------------------------------------------------------------


def _qn(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NSMAP[prefix]}}}{local}"


def el(tag: str, attrs: dict[str, str | int] | None = None, *children: etree._Element):
    """Make an element such as el("c:barDir", {"val": "col"}); attribute names are unprefixed."""
    node = etree.Element(_qn(tag), nsmap=NSMAP if tag == "c:chartSpace" else None)
    for key, value in (attrs or {}).items():
        node.set(_qn(key) if ":" in key else key, str(value))
    node.extend(children)
    return node


def val(tag: str, value: str | int) -> etree._Element:
    """The ubiquitous `<c:x val="…"/>` element."""
    return el(tag, {"val": value})


def text_of(value: Decimal) -> str:
    """A cached number as the schema wants it: plain decimal notation with a dot."""
    return format(value, "f")


def localized(number_format: str) -> str:
    """Tag a format code with the Indonesian locale (LCID 0x421) unless it carries one.

    LibreOffice ignores `c:lang` and the document language for chart numbers and formats
    "#,##0.00" as 1,234.56; "[$-421]#,##0.00" gives 1.234,56. Word and Excel take separators
    from the reader's system either way, so the tag does no harm there.
    """
    if "[$" in number_format:
        return number_format
    return LOCALE_TAG + number_format


def col_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- worksheet references ---------------------------------------------------------------------


def name_ref(series_pos: int) -> str:
    """The cell holding a series name: series 0 is B1."""
    return f"{SHEET}!${col_letter(series_pos + 1)}$1"


def categories_ref(count: int) -> str:
    """The category labels in column A below the header row."""
    return f"{SHEET}!$A$2:$A${count + 1}"


def values_ref(series_pos: int, count: int) -> str:
    """A series' values: series 0 is B2:B{count+1}."""
    col = col_letter(series_pos + 1)
    return f"{SHEET}!${col}$2:${col}${count + 1}"


# --- drawing properties -----------------------------------------------------------------------


def solid_fill(hex_rgb: str) -> etree._Element:
    return el("a:solidFill", None, val("a:srgbClr", hex_rgb))


def line(width: int, hex_rgb: str | None, dash: str | None = None) -> etree._Element:
    """An `a:ln` outline; no colour means no line."""
    node = el("a:ln", {"w": width})
    if hex_rgb is None:
        node.append(el("a:noFill"))
        return node
    node.append(solid_fill(hex_rgb))
    if dash:
        node.append(val("a:prstDash", dash))
    return node


def bar_shape(colour: str) -> etree._Element:
    """Fill of one bar series, outlined in a darker line of the same colour."""
    return el("c:spPr", None, solid_fill(colour), line(OUTLINE_EMU, _darker(colour)))


def _darker(colour: str) -> str:
    """`colour` at two thirds of its brightness, for outlines."""
    channels = [int(colour[i : i + 2], 16) * 2 // 3 for i in (0, 2, 4)]
    return "".join(f"{c:02X}" for c in channels)


def text_props(size_pt: float, *, bold: bool = False, rot: int | None = None):
    """A `c:txPr` setting font size and weight for an axis, legend or label set."""
    body = el("a:bodyPr", {"rot": rot, "vert": "horz"} if rot is not None else None)
    run_props = el("a:defRPr", {"sz": round(size_pt * 100), "b": int(bold)})
    paragraph = el("a:p", None, el("a:pPr", None, run_props), el("a:endParaRPr", {"lang": LANG}))
    return el("c:txPr", None, body, el("a:lstStyle"), paragraph)


def set_typeface(root: etree._Element, font: str) -> None:
    """Give every run property set under `root` the Latin and complex-script `font`.

    The run properties carry no child elements before this, so appending keeps the schema order
    (latin, ea, cs come after fills and lines).
    """
    for props in root.iter(_qn("a:defRPr"), _qn("a:rPr")):
        props.append(el("a:latin", {"typeface": font}))
        props.append(el("a:cs", {"typeface": font}))


def rich_title(text: str, size_pt: float, *, rot: int | None = None) -> etree._Element:
    """A `c:title` with literal bold text (chart title or axis title)."""
    body = el("a:bodyPr", {"rot": rot, "vert": "horz"} if rot is not None else None)
    size = round(size_pt * 100)
    paragraph = el(
        "a:p",
        None,
        el("a:pPr", None, el("a:defRPr", {"sz": size, "b": 1})),
        el("a:r", None, el("a:rPr", {"lang": LANG, "sz": size, "b": 1}), _a_text(text)),
    )
    rich = el("c:rich", None, body, el("a:lstStyle"), paragraph)
    return el("c:title", None, el("c:tx", None, rich), val("c:overlay", 0))


def _a_text(text: str) -> etree._Element:
    node = el("a:t")
    node.text = text
    return node


def _v(text: str) -> etree._Element:
    node = el("c:v")
    node.text = text
    return node


def _f(formula: str) -> etree._Element:
    node = el("c:f")
    node.text = formula
    return node


# --- series -----------------------------------------------------------------------------------


def series_text(name: str, pos: int) -> etree._Element:
    cache = el("c:strCache", None, val("c:ptCount", 1), el("c:pt", {"idx": 0}, _v(name)))
    return el("c:tx", None, el("c:strRef", None, _f(name_ref(pos)), cache))


def category_data(categories: list[str]) -> etree._Element:
    cache = el("c:strCache", None, val("c:ptCount", len(categories)))
    for idx, label in enumerate(categories):
        cache.append(el("c:pt", {"idx": idx}, _v(label)))
    return el("c:cat", None, el("c:strRef", None, _f(categories_ref(len(categories))), cache))


def value_data(values: list[Decimal | None], pos: int, number_format: str) -> etree._Element:
    """`c:val` with a number cache; a None value leaves its point out (a gap)."""
    fmt = el("c:formatCode")
    fmt.text = localized(number_format)
    cache = el("c:numCache", None, fmt, val("c:ptCount", len(values)))
    for idx, value in enumerate(values):
        if value is not None:
            cache.append(el("c:pt", {"idx": idx}, _v(text_of(value))))
    ref = el("c:numRef", None, _f(values_ref(pos, len(values))), cache)
    return el("c:val", None, ref)


def label_box(kind: str) -> list[etree._Element]:
    """Label background: "outlined" (white, black frame: legible inside a dark bar), "white"
    (keeps a line from striking through the number) or "none"."""
    if kind == "outlined":
        return [solid_fill("FFFFFF"), line(OUTLINE_EMU, "000000")]
    if kind == "white":
        return [solid_fill("FFFFFF")]
    return [el("a:noFill")]


def data_labels(
    series: Series, number_format: str, position: str, box: str = "none"
) -> etree._Element:
    """Value labels, no legend key, no series or category name: each point's label shows its
    value with its own decimals (as the tables print it) or the series' label text."""
    node = el("c:dLbls")
    for idx, value in enumerate(series.values):
        if value is not None:
            text = series.labels[idx] if series.labels is not None else None
            node.append(point_label(idx, value, text, position, box))
    node.extend(
        [
            el("c:numFmt", {"formatCode": localized(number_format), "sourceLinked": 0}),
            el("c:spPr", None, *label_box(box)),
            text_props(8),
            val("c:dLblPos", position),
            *_shown(),
        ]
    )
    return node


def point_label(
    idx: int, value: Decimal, text: str | None, position: str, box: str
) -> etree._Element:
    """One point's `c:dLbl`: its own number format, or literal text."""
    node = el("c:dLbl", None, val("c:idx", idx))
    if text is not None:
        paragraph = el(
            "a:p",
            None,
            el("a:pPr", None, el("a:defRPr", {"sz": 800, "b": 0})),
            el("a:r", None, el("a:rPr", {"lang": LANG, "sz": 800, "b": 0}), _a_text(text)),
        )
        # wrap="none": LibreOffice otherwise breaks a long label over several lines
        no_wrap = el("a:bodyPr", {"wrap": "none"})
        rich = el("c:rich", None, no_wrap, el("a:lstStyle"), paragraph)
        node.append(el("c:tx", None, rich))
    else:
        code = localized(value_format(value))
        node.append(el("c:numFmt", {"formatCode": code, "sourceLinked": 0}))
    node.extend([el("c:spPr", None, *label_box(box)), text_props(8), val("c:dLblPos", position)])
    node.extend(_shown())
    return node


def value_format(value: Decimal) -> str:
    """The format code printing `value` with the decimals it has: "#,##0" or "#,##0.00"."""
    if value == value.to_integral_value():
        return "#,##0"
    decimals = -int(value.normalize().as_tuple().exponent)
    return "#,##0." + "0" * decimals


def _shown() -> list[etree._Element]:
    return [
        val("c:showLegendKey", 0),
        val("c:showVal", 1),
        val("c:showCatName", 0),
        val("c:showSerName", 0),
        val("c:showPercent", 0),
        val("c:showBubbleSize", 0),
    ]


def bar_labels(series: Series, spec: ChartSpec) -> etree._Element:
    """Bar labels sit above the bar; with a line on top they move inside so they do not collide
    with the line's own labels."""
    if not spec.data_labels:
        return el("c:dLbls", None, val("c:delete", 1))
    if any(s.kind == "line" for s in spec.series):
        return data_labels(series, spec.number_format, "ctr", "outlined")
    return data_labels(series, spec.number_format, "outEnd")


def line_labels(series: Series, spec: ChartSpec) -> etree._Element:
    """Line labels sit above each marker on a white ground."""
    if not spec.data_labels:
        return el("c:dLbls", None, val("c:delete", 1))
    return data_labels(series, spec.number_format, "t", "white")


def bar_series(series: Series, pos: int, colour: str, spec: ChartSpec) -> etree._Element:
    return el(
        "c:ser",
        None,
        val("c:idx", pos),
        val("c:order", pos),
        series_text(series.name, pos),
        bar_shape(colour),
        val("c:invertIfNegative", 0),
        bar_labels(series, spec),
        category_data(spec.categories),
        value_data(series.values, pos, spec.number_format),
    )


def line_series(series: Series, pos: int, nth: int, colour: str, spec: ChartSpec):
    """A line series. Where no two neighbouring points both have a value, no line can be
    drawn: the series is markers only, so its legend key shows a marker, as the plot does."""
    marker = el(
        "c:marker",
        None,
        val("c:symbol", MARKERS[nth % len(MARKERS)]),
        val("c:size", 8),
        el("c:spPr", None, solid_fill(colour), line(OUTLINE_EMU, _darker(colour))),
    )
    if draws_a_line(series.values):
        stroke = line(LINE_EMU, colour, LINE_DASHES[nth % len(LINE_DASHES)])
    else:
        stroke = line(LINE_EMU, None)
    return el(
        "c:ser",
        None,
        val("c:idx", pos),
        val("c:order", pos),
        series_text(series.name, pos),
        el("c:spPr", None, stroke),
        marker,
        line_labels(series, spec),
        category_data(spec.categories),
        value_data(series.values, pos, spec.number_format),
        val("c:smooth", 0),
    )


def draws_a_line(values: list[Decimal | None]) -> bool:
    """Whether two neighbouring points both have a value (gaps are not bridged)."""
    pairs = zip(values, values[1:], strict=False)
    return any(a is not None and b is not None for a, b in pairs)


# --- plot area --------------------------------------------------------------------------------


def bar_chart(spec: ChartSpec, palette: Palette) -> etree._Element | None:
    """The `c:barChart` group holding every bar series, or None when there is none."""
    bars = [(pos, s) for pos, s in enumerate(spec.series) if s.kind == "bar"]
    if not bars:
        return None
    node = el(
        "c:barChart",
        None,
        val("c:barDir", "bar" if spec.horizontal else "col"),
        val("c:grouping", "clustered"),
        val("c:varyColors", 0),
    )
    for pos, series in bars:
        node.append(bar_series(series, pos, palette.colour(pos), spec))
    node.extend([val("c:gapWidth", 80), val("c:overlap", -5)])
    node.extend([val("c:axId", CAT_AX_ID), val("c:axId", VAL_AX_ID)])
    return node


def line_chart(spec: ChartSpec, palette: Palette) -> etree._Element | None:
    """The `c:lineChart` group holding every line series, or None when there is none."""
    lines = [(pos, s) for pos, s in enumerate(spec.series) if s.kind == "line"]
    if not lines:
        return None
    node = el("c:lineChart", None, val("c:grouping", "standard"), val("c:varyColors", 0))
    for nth, (pos, series) in enumerate(lines):
        node.append(line_series(series, pos, nth, palette.colour(pos), spec))
    node.append(val("c:marker", 1))
    node.extend([val("c:axId", CAT_AX_ID), val("c:axId", VAL_AX_ID)])
    return node


def axis_line() -> etree._Element:
    return el("c:spPr", None, el("a:noFill"), line(OUTLINE_EMU, "000000"))


def category_axis(spec: ChartSpec) -> etree._Element:
    """The category axis; horizontal bars list the first category at the top."""
    orientation = "maxMin" if spec.horizontal else "minMax"
    return el(
        "c:catAx",
        None,
        val("c:axId", CAT_AX_ID),
        el("c:scaling", None, val("c:orientation", orientation)),
        val("c:delete", 0),
        val("c:axPos", "l" if spec.horizontal else "b"),
        el("c:numFmt", {"formatCode": "General", "sourceLinked": 1}),
        val("c:majorTickMark", "out"),
        val("c:minorTickMark", "none"),
        val("c:tickLblPos", "nextTo"),
        axis_line(),
        text_props(9),
        val("c:crossAx", VAL_AX_ID),
        val("c:crosses", "autoZero"),
        val("c:auto", 1),
        val("c:lblAlgn", "ctr"),
        val("c:lblOffset", 100),
        val("c:noMultiLvlLbl", 0),
    )


def value_scaling(spec: ChartSpec) -> etree._Element:
    """`c:scaling`; with bars and no negative value the axis starts at 0 (readers would
    otherwise pick a minimum near the data and exaggerate differences)."""
    node = el("c:scaling", None, val("c:orientation", "minMax"))
    values = [v for s in spec.series for v in s.values if v is not None]
    if any(s.kind == "bar" for s in spec.series) and all(v >= 0 for v in values):
        node.append(val("c:min", 0))
    return node


def value_axis(spec: ChartSpec) -> etree._Element:
    """The value axis with light grid lines, optional title and the spec's number format."""
    node = el(
        "c:valAx",
        None,
        val("c:axId", VAL_AX_ID),
        value_scaling(spec),
        val("c:delete", 0),
        val("c:axPos", "b" if spec.horizontal else "l"),
        el("c:majorGridlines", None, el("c:spPr", None, line(OUTLINE_EMU, GRID_GREY))),
    )
    if spec.y_title:
        node.append(rich_title(spec.y_title, 9, rot=None if spec.horizontal else -5400000))
    node.extend(
        [
            el(
                "c:numFmt",
                {
                    "formatCode": localized(spec.axis_format or spec.number_format),
                    "sourceLinked": 0,
                },
            ),
            val("c:majorTickMark", "out"),
            val("c:minorTickMark", "none"),
            val("c:tickLblPos", "nextTo"),
            axis_line(),
            text_props(9),
            val("c:crossAx", CAT_AX_ID),
            # with reversed categories the value axis must cross at the far end to stay below
            val("c:crosses", "max" if spec.horizontal else "autoZero"),
            val("c:crossBetween", "between"),
        ]
    )
    return node


def plot_area(spec: ChartSpec, palette: Palette) -> etree._Element:
    node = el("c:plotArea", None, el("c:layout"))
    for group in (bar_chart(spec, palette), line_chart(spec, palette)):
        if group is not None:
            node.append(group)
    node.extend([category_axis(spec), value_axis(spec)])
    return node


def legend() -> etree._Element:
    return el("c:legend", None, val("c:legendPos", "b"), val("c:overlay", 0), text_props(9))


def chart(spec: ChartSpec, palette: Palette = DEFAULT_PALETTE) -> etree._Element:
    node = el("c:chart")
    if spec.title:
        node.append(rich_title(spec.title, 11))
        node.append(val("c:autoTitleDeleted", 0))
    else:
        node.append(val("c:autoTitleDeleted", 1))
    node.append(plot_area(spec, palette))
    if len(spec.series) > 1:  # one series needs no key: the title and the axis name it
        node.append(legend())
    node.extend([val("c:plotVisOnly", 1), val("c:dispBlanksAs", "gap")])
    return node


def chart_space(
    spec: ChartSpec,
    *,
    workbook_rid: str | None,
    font: str | None = None,
    palette: Palette = DEFAULT_PALETTE,
) -> bytes:
    """Serialise the whole chart part; `workbook_rid` links the embedded workbook if any.

    `font` (the body font of the document) is set on every text of the chart; without it Word
    takes the theme font and LibreOffice its own default, neither matching the report.
    """
    root = el(
        "c:chartSpace",
        None,
        val("c:date1904", 0),
        val("c:lang", LANG),
        val("c:roundedCorners", 0),
        chart(spec, palette),
        el("c:spPr", None, solid_fill("FFFFFF"), line(OUTLINE_EMU, None)),
        text_props(9),
    )
    if workbook_rid is not None:
        root.append(el("c:externalData", {"r:id": workbook_rid}, val("c:autoUpdate", 0)))
    if font:
        set_typeface(root, font)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
