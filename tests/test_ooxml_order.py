"""The built example against the content models of ECMA-376 Part 1 (transitional) where Word
is strict: child order, allowed attribute values, table grids and package references.

LibreOffice repairs all of these silently; Word reports "unreadable content". The sequences
below are written from the standard's schemas (wml.xsd, dml-chart.xsd): each word is one
position of an `xsd:sequence`; names sharing a position (a `|`) are a choice there, and a
trailing `*` marks a position that may repeat. Cross-checked once against the Open XML SDK's
schema data (the `openxml-audit` package), which also finds the example schema-clean.
Elements of foreign namespaces (w14, mc, …) are extensions and are not ordered here."""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath

import pytest
from lxml import etree

from tests.helpers import W, build_example

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PREFIX = {W: "w", C: "c", M: "m"}


def _seq(text: str) -> list[tuple[frozenset[str], bool]]:
    """`"a b|c d*"` → [({a}, False), ({b, c}, False), ({d}, True)]."""
    return [
        (frozenset(position.rstrip("*").split("|")), position.endswith("*"))
        for position in text.split()
    ]


# --- WordprocessingML (wml.xsd) -----------------------------------------------------------

RPR_BASE = (
    "w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike w:dstrike w:outline "
    "w:shadow w:emboss w:imprint w:noProof w:snapToGrid w:vanish w:webHidden w:color w:spacing "
    "w:w w:kern w:position w:sz w:szCs w:highlight w:u w:effect w:bdr w:shd w:fitText w:vertAlign "
    "w:rtl w:cs w:em w:lang w:eastAsianLayout w:specVanish w:oMath"
)
PPR_BASE = (
    "w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr "
    "w:suppressLineNumbers w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap "
    "w:overflowPunct w:topLinePunct w:autoSpaceDE w:autoSpaceDN w:bidi w:adjustRightInd "
    "w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents w:suppressOverlap w:jc "
    "w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle"
)
# Paragraph-mark run properties (CT_ParaRPr) start with the revision marks.
PARA_RPR = f"w:ins w:del w:moveFrom w:moveTo {RPR_BASE} w:rPrChange"
# Four sides in transitional: the ISO names (start/end) and the ECMA 1st-edition ones.
SIDES = "w:top w:start|w:left w:bottom w:end|w:right"

SEQUENCES: dict[str, list[tuple[frozenset[str], bool]]] = {
    "w:pPr": _seq(f"{PPR_BASE} w:rPr w:sectPr w:pPrChange"),
    "w:rPr": _seq(f"{RPR_BASE} w:rPrChange"),
    "w:tblPr": _seq(
        "w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize "
        "w:tblStyleColBandSize w:tblW w:jc w:tblCellSpacing w:tblInd w:tblBorders w:shd "
        "w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription w:tblPrChange"
    ),
    # CT_TrPrBase is an unbounded choice: any order, then CT_TrPr's revision marks.
    "w:trPr": _seq(
        "w:cnfStyle|w:divId|w:gridBefore|w:gridAfter|w:wBefore|w:wAfter|w:cantSplit|"
        "w:trHeight|w:tblHeader|w:tblCellSpacing|w:jc|w:hidden* "
        "w:ins w:del w:trPrChange"
    ),
    "w:tcPr": _seq(
        "w:cnfStyle w:tcW w:gridSpan w:hMerge w:vMerge w:tcBorders w:shd w:noWrap w:tcMar "
        "w:textDirection w:tcFitText w:vAlign w:hideMark w:headers "
        "w:cellIns|w:cellDel|w:cellMerge w:tcPrChange"
    ),
    "w:tblBorders": _seq(f"{SIDES} w:insideH w:insideV"),
    "w:tcBorders": _seq(f"{SIDES} w:insideH w:insideV w:tl2br w:tr2bl"),
    "w:tblCellMar": _seq(SIDES),
    "w:tcMar": _seq(SIDES),
    "w:pBdr": _seq("w:top w:left w:bottom w:right w:between w:bar"),
    "w:numPr": _seq("w:ilvl w:numId w:numberingChange w:ins"),
    "w:sectPr": _seq(
        "w:footerReference|w:headerReference* w:footnotePr w:endnotePr w:type w:pgSz w:pgMar "
        "w:paperSrc w:pgBorders w:lnNumType w:pgNumType w:cols w:formProt w:vAlign w:noEndnote "
        "w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid w:printerSettings w:sectPrChange"
    ),
    "w:style": _seq(
        "w:name w:aliases w:basedOn w:next w:link w:autoRedefine w:hidden w:uiPriority "
        "w:semiHidden w:unhideWhenUsed w:qFormat w:locked w:personal w:personalCompose "
        "w:personalReply w:rsid w:pPr w:rPr w:tblPr w:trPr w:tcPr w:tblStylePr*"
    ),
    "w:docDefaults": _seq("w:rPrDefault w:pPrDefault"),
    "w:styles": _seq("w:docDefaults w:latentStyles w:style*"),
    "w:numbering": _seq("w:numPicBullet* w:abstractNum* w:num* w:numIdMacAtCleanup"),
    "w:abstractNum": _seq(
        "w:nsid w:multiLevelType w:tmpl w:name w:styleLink w:numStyleLink w:lvl*"
    ),
    "w:lvl": _seq(
        "w:start w:numFmt w:lvlRestart w:pStyle w:isLgl w:suff w:lvlText w:lvlPicBulletId "
        "w:legacy w:lvlJc w:pPr w:rPr"
    ),
    "w:num": _seq("w:abstractNumId w:lvlOverride*"),
    "w:lvlOverride": _seq("w:startOverride w:lvl"),
    "w:settings": _seq(
        "w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime "
        "w:doNotDisplayPageBoundaries w:displayBackgroundShape w:printPostScriptOverText "
        "w:printFractionalCharacterWidth w:printFormsData w:embedTrueTypeFonts w:embedSystemFonts "
        "w:saveSubsetFonts w:saveFormsData w:mirrorMargins w:alignBordersAndEdges "
        "w:bordersDoNotSurroundHeader w:bordersDoNotSurroundFooter w:gutterAtTop "
        "w:hideSpellingErrors w:hideGrammaticalErrors w:activeWritingStyle* w:proofState "
        "w:formsDesign w:attachedTemplate w:linkStyles w:stylePaneFormatFilter "
        "w:stylePaneSortMethod w:documentType w:mailMerge w:revisionView w:trackRevisions "
        "w:doNotTrackMoves w:doNotTrackFormatting w:documentProtection w:autoFormatOverride "
        "w:styleLockTheme w:styleLockQFSet w:defaultTabStop w:autoHyphenation "
        "w:consecutiveHyphenLimit w:hyphenationZone w:doNotHyphenateCaps w:showEnvelope "
        "w:summaryLength w:clickAndTypeStyle w:defaultTableStyle w:evenAndOddHeaders "
        "w:bookFoldRevPrinting w:bookFoldPrinting w:bookFoldPrintingSheets "
        "w:drawingGridHorizontalSpacing w:drawingGridVerticalSpacing "
        "w:displayHorizontalDrawingGridEvery w:displayVerticalDrawingGridEvery "
        "w:doNotUseMarginsForDrawingGridOrigin w:drawingGridHorizontalOrigin "
        "w:drawingGridVerticalOrigin w:doNotShadeFormData w:noPunctuationKerning "
        "w:characterSpacingControl w:printTwoOnOne w:strictFirstAndLastChars w:noLineBreaksAfter "
        "w:noLineBreaksBefore w:savePreviewPicture w:doNotValidateAgainstSchema w:saveInvalidXml "
        "w:ignoreMixedContent w:alwaysShowPlaceholderText w:doNotDemarcateInvalidXml "
        "w:saveXmlDataOnly w:useXSLTWhenSaving w:saveThroughXslt w:showXMLTags "
        "w:alwaysMergeEmptyNamespace w:updateFields w:hdrShapeDefaults w:footnotePr w:endnotePr "
        "w:compat w:docVars w:rsids m:mathPr w:uiCompat97To2003 w:attachedSchema* w:themeFontLang "
        "w:clrSchemeMapping w:doNotIncludeSubdocsInStats w:doNotAutoCompressPictures "
        "w:forceUpgrade w:captions w:readModeInkLockDown w:smartTagType* w:shapeDefaults "
        "w:doNotEmbedSmartTags w:decimalSymbol w:listSeparator"
    ),
}

# --- DrawingML charts (dml-chart.xsd) ------------------------------------------------------

CHART_TYPES = (
    "c:areaChart|c:area3DChart|c:lineChart|c:line3DChart|c:stockChart|c:radarChart|"
    "c:scatterChart|c:pieChart|c:pie3DChart|c:doughnutChart|c:barChart|c:bar3DChart|c:ofPieChart|"
    "c:surfaceChart|c:surface3DChart|c:bubbleChart*"
)
AX_COMMON = (
    "c:axId c:scaling c:delete c:axPos c:majorGridlines c:minorGridlines c:title c:numFmt "
    "c:majorTickMark c:minorTickMark c:tickLblPos c:spPr c:txPr c:crossAx c:crosses|c:crossesAt"
)
DLBL_SHARED = (
    "c:numFmt c:spPr c:txPr c:dLblPos c:showLegendKey c:showVal c:showCatName c:showSerName "
    "c:showPercent c:showBubbleSize c:separator"
)

SEQUENCES.update(
    {
        "c:chartSpace": _seq(
            "c:date1904 c:lang c:roundedCorners c:style c:clrMapOvr c:pivotSource c:protection "
            "c:chart c:spPr c:txPr c:externalData c:printSettings c:userShapes c:extLst"
        ),
        "c:chart": _seq(
            "c:title c:autoTitleDeleted c:pivotFmts c:view3D c:floor c:sideWall c:backWall "
            "c:plotArea "
            "c:legend c:plotVisOnly c:dispBlanksAs c:showDLblsOverMax c:extLst"
        ),
        "c:title": _seq("c:tx c:layout c:overlay c:spPr c:txPr c:extLst"),
        "c:plotArea": _seq(
            f"c:layout {CHART_TYPES} c:valAx|c:catAx|c:dateAx|c:serAx* c:dTable c:spPr c:extLst"
        ),
        "c:barChart": _seq(
            "c:barDir c:grouping c:varyColors c:ser* c:dLbls c:gapWidth c:overlap "
            "c:serLines* c:axId* "
            "c:extLst"
        ),
        "c:lineChart": _seq(
            "c:grouping c:varyColors c:ser* c:dLbls c:dropLines c:hiLowLines c:upDownBars c:marker "
            "c:smooth c:axId* c:extLst"
        ),
        "c:valAx": _seq(f"{AX_COMMON} c:crossBetween c:majorUnit c:minorUnit c:dispUnits c:extLst"),
        "c:catAx": _seq(
            f"{AX_COMMON} c:auto c:lblAlgn c:lblOffset c:tickLblSkip c:tickMarkSkip "
            f"c:noMultiLvlLbl c:extLst"
        ),
        "c:scaling": _seq("c:logBase c:orientation c:max c:min c:extLst"),
        "c:legend": _seq("c:legendPos c:legendEntry* c:layout c:overlay c:spPr c:txPr c:extLst"),
        # A dLbls either deletes the labels or carries the shared group, then leader lines.
        "c:dLbls": _seq(f"c:dLbl* c:delete {DLBL_SHARED} c:showLeaderLines c:leaderLines c:extLst"),
        "c:dLbl": _seq(f"c:idx c:delete|c:layout c:tx {DLBL_SHARED} c:extLst"),
        "c:dPt": _seq(
            "c:idx c:invertIfNegative c:marker c:bubble3D c:explosion c:spPr c:pictureOptions "
            "c:extLst"
        ),
        "c:marker": _seq("c:symbol c:size c:spPr c:extLst"),
    }
)
BAR_SER = _seq(
    "c:idx c:order c:tx c:spPr c:invertIfNegative c:pictureOptions c:dPt* c:dLbls c:trendline* "
    "c:errBars c:cat c:val c:shape c:extLst"
)
LINE_SER = _seq(
    "c:idx c:order c:tx c:spPr c:marker c:pictureOptions c:dPt* c:dLbls c:trendline* c:errBars "
    "c:cat c:val c:smooth c:extLst"
)
SER_BY_CHART = {"c:barChart": BAR_SER, "c:lineChart": LINE_SER}


# --- attribute value sets (ST_* simple types) ---------------------------------------------

JC_PARAGRAPH = {
    "left", "center", "right", "both", "start", "end", "distribute", "thaiDistribute",
    "mediumKashida", "highKashida", "lowKashida", "numTab",
}  # fmt: skip
JC_TABLE = {"left", "center", "right", "start", "end"}
ON_OFF = {"true", "false", "on", "off", "0", "1"}
ON_OFF_ELEMENTS = {
    "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
    "w:vanish", "w:noProof", "w:keepNext", "w:keepLines", "w:pageBreakBefore",
    "w:widowControl", "w:contextualSpacing", "w:titlePg", "w:tblHeader", "w:cantSplit",
    "w:bidi", "w:rtl", "w:snapToGrid", "w:updateFields", "w:evenAndOddHeaders",
    "w:qFormat", "w:semiHidden", "w:unhideWhenUsed", "w:noWrap", "w:hideMark",
}  # fmt: skip
WIDTH_TYPES = {"dxa", "pct", "auto", "nil"}
INT_ATTRS = {  # element → attributes that must be whole numbers (twips, half-points, ids)
    "w:tcW": ("w:w",), "w:tblW": ("w:w",), "w:gridCol": ("w:w",), "w:tblInd": ("w:w",),
    "w:sz": ("w:val",), "w:szCs": ("w:val",), "w:gridSpan": ("w:val",),
    "w:pgSz": ("w:w", "w:h"), "w:trHeight": ("w:val",),
    "w:pgMar": ("w:top", "w:right", "w:bottom", "w:left", "w:header", "w:footer", "w:gutter"),
    "w:ind": ("w:left", "w:right", "w:start", "w:end", "w:hanging", "w:firstLine"),
    "w:spacing": ("w:before", "w:after", "w:line"),
    "w:top": ("w:sz", "w:space", "w:w"), "w:bottom": ("w:sz", "w:space", "w:w"),
    "w:left": ("w:sz", "w:space", "w:w"), "w:right": ("w:sz", "w:space", "w:w"),
    "w:insideH": ("w:sz", "w:space"), "w:insideV": ("w:sz", "w:space"),
}  # fmt: skip
INTEGER = re.compile(r"-?\d+")


def _name(element: etree._Element) -> str | None:
    """`w:pPr`-style name, or None for a foreign-namespace extension, comment or PI."""
    if not isinstance(element.tag, str):
        return None
    qname = etree.QName(element)
    prefix = PREFIX.get(qname.namespace or "")
    return f"{prefix}:{qname.localname}" if prefix else None


def _path(element: etree._Element) -> str:
    return element.getroottree().getpath(element)


def order_problems(parent: etree._Element, sequence) -> Iterator[str]:
    """Children of `parent` that are unknown, out of order or repeated where they may not be."""
    position, count = -1, 0
    for child in parent:
        name = _name(child)
        if name is None:
            continue
        where = next((i for i, (names, _) in enumerate(sequence) if name in names), None)
        if where is None:
            yield f"{_path(child)}: {name} is not allowed in {_name(parent)}"
            continue
        if where < position:
            yield f"{_path(child)}: {name} out of order in {_name(parent)}"
            continue
        count = count + 1 if where == position else 1
        if count > 1 and not sequence[where][1]:
            yield f"{_path(child)}: {name} repeated in {_name(parent)}"
        position = where


# --- the built package -------------------------------------------------------------------


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> zipfile.ZipFile:
    built = build_example(tmp_path_factory.mktemp("ooxml") / "laporan.docx")
    return zipfile.ZipFile(built)


@pytest.fixture(scope="module")
def parts(package) -> dict[str, etree._Element]:
    """Every XML part of the package, parsed, by its name in the zip."""
    return {
        name: etree.fromstring(package.read(name))
        for name in package.namelist()
        if name.endswith((".xml", ".rels"))
    }


def _word_parts(parts) -> list[str]:
    patterns = ("document", "styles", "settings", "numbering", "footer", "header")
    return [
        n for n in parts if re.fullmatch(rf"word/({'|'.join(patterns)})\d*\.xml", n) is not None
    ]


def _chart_parts(parts) -> list[str]:
    return sorted(n for n in parts if re.fullmatch(r"word/charts/chart\d+\.xml", n))


def test_the_parts_under_check_exist(parts):
    names = set(_word_parts(parts))
    for needed in ("document", "styles", "settings", "numbering"):
        assert f"word/{needed}.xml" in names
    assert any(n.startswith("word/footer") for n in names)
    assert _chart_parts(parts), "the example has charts"


def test_wordprocessingml_child_order(parts):
    problems = []
    for part in _word_parts(parts):
        for element in parts[part].iter():
            name = _name(element)
            if name in SEQUENCES and not (
                name == "w:rPr" and _name(element.getparent()) == "w:pPr"
            ):
                problems += order_problems(element, SEQUENCES[name])
            elif name == "w:rPr":  # the paragraph mark's run properties
                problems += order_problems(element, _seq(PARA_RPR))
    assert not problems, "\n".join(problems[:30])


def test_chart_child_order(parts):
    problems = []
    for part in _chart_parts(parts):
        for element in parts[part].iter():
            name = _name(element)
            if name == "c:ser":
                sequence = SER_BY_CHART.get(_name(element.getparent()) or "")
                assert sequence is not None, f"{part}: c:ser under {element.getparent().tag}"
                problems += order_problems(element, sequence)
            elif name in SEQUENCES:
                problems += order_problems(element, SEQUENCES[name])
    assert not problems, "\n".join(problems[:30])


def test_bar_and_line_charts_have_two_axes_that_exist(parts):
    for part in _chart_parts(parts):
        plot = parts[part].find(f"{{{C}}}chart/{{{C}}}plotArea")
        axes = {
            ax.find(f"{{{C}}}axId").get("val")
            for ax in plot
            if _name(ax) in ("c:valAx", "c:catAx", "c:dateAx", "c:serAx")
        }
        for chart in plot:
            if _name(chart) in ("c:barChart", "c:lineChart"):
                ids = [a.get("val") for a in chart.findall(f"{{{C}}}axId")]
                assert len(ids) == 2 and set(ids) <= axes, (part, ids, axes)
        for ax in plot.findall(f"{{{C}}}valAx") + plot.findall(f"{{{C}}}catAx"):
            assert ax.find(f"{{{C}}}crossAx").get("val") in axes, part


# --- structure and attribute values ------------------------------------------------------


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _val(element: etree._Element, attr: str = "val") -> str | None:
    return element.get(_w(attr))


def test_body_ends_with_its_sectpr(parts):
    body = parts["word/document.xml"].find(_w("body"))
    children = [c for c in body if isinstance(c.tag, str)]
    assert _name(children[-1]) == "w:sectPr"
    assert len(body.findall(_w("sectPr"))) == 1


def test_tables_are_well_formed(parts):
    problems = []
    for part in _word_parts(parts):
        for tbl in parts[part].iter(_w("tbl")):
            kids = [c for c in tbl if _name(c)]
            if [_name(k) for k in kids[:2]] != ["w:tblPr", "w:tblGrid"]:
                problems.append(f"{_path(tbl)}: starts {[_name(k) for k in kids[:2]]}")
                continue
            grid = len(kids[1].findall(_w("gridCol")))
            for tr in tbl.findall(_w("tr")):
                cols = 0
                trpr = tr.find(_w("trPr"))
                for skip in ("gridBefore", "gridAfter"):
                    node = trpr.find(_w(skip)) if trpr is not None else None
                    cols += int(_val(node) or 0) if node is not None else 0
                for tc in tr.findall(_w("tc")):
                    cell = [c for c in tc if _name(c)]
                    if _name(cell[-1]) != "w:p":
                        problems.append(f"{_path(tc)}: does not end with a w:p")
                    if any(_name(c) == "w:tcPr" for c in cell[1:]):
                        problems.append(f"{_path(tc)}: w:tcPr is not first")
                    span = tc.find(f"{_w('tcPr')}/{_w('gridSpan')}")
                    if span is not None and int(_val(span) or 0) < 2:
                        problems.append(f"{_path(span)}: gridSpan {_val(span)}")
                    cols += int(_val(span) or 1) if span is not None else 1
                    merge = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
                    if merge is not None and _val(merge) not in (None, "restart", "continue"):
                        problems.append(f"{_path(merge)}: vMerge {_val(merge)}")
                if cols != grid:
                    problems.append(f"{_path(tr)}: {cols} grid columns, tblGrid has {grid}")
    assert not problems, "\n".join(problems[:30])


def test_attribute_values(parts):
    problems = []
    for part in _word_parts(parts):
        for element in parts[part].iter():
            name = _name(element)
            if name == "w:jc":
                table = _name(element.getparent()) in ("w:tblPr", "w:trPr")
                if _val(element) not in (JC_TABLE if table else JC_PARAGRAPH):
                    problems.append(f"{_path(element)}: jc {_val(element)}")
            elif name in ON_OFF_ELEMENTS and _val(element) not in (None, *ON_OFF):
                problems.append(f"{_path(element)}: on/off {_val(element)}")
            if name in ("w:tcW", "w:tblW", "w:tblInd") or (
                name in ("w:top", "w:left", "w:bottom", "w:right", "w:start", "w:end")
                and _name(element.getparent()) in ("w:tblCellMar", "w:tcMar")
            ):
                if element.get(_w("type")) not in WIDTH_TYPES:
                    problems.append(f"{_path(element)}: type {element.get(_w('type'))}")
            for attr in INT_ATTRS.get(name or "", ()):
                value = element.get(_w(attr.split(":")[1]))
                if value is not None and not INTEGER.fullmatch(value):
                    problems.append(f"{_path(element)}: {attr}={value!r} is not an integer")
    assert not problems, "\n".join(problems[:30])


# --- package: relationships, content types, drawing ids ----------------------------------


def _rels_for(part: str) -> str:
    path = PurePosixPath(part)
    return str(path.parent / "_rels" / f"{path.name}.rels")


def test_every_relationship_id_resolves(parts, package):
    names = set(package.namelist())
    problems = []
    for part, root in parts.items():
        if part.endswith(".rels"):
            continue
        rels_name = _rels_for(part)
        rels = {}
        if rels_name in parts:
            for rel in parts[rels_name].iter(f"{{{PKG_REL}}}Relationship"):
                rels[rel.get("Id")] = rel
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(
                    posixpath.join(posixpath.dirname(part), rel.get("Target"))
                )
                if target not in names:
                    problems.append(f"{rels_name}: {rel.get('Id')} → missing {target}")
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            for attr, value in element.attrib.items():
                if attr.startswith(f"{{{R}}}") and value not in rels:
                    problems.append(f"{part}: {_path(element)} r:{attr.split('}')[1]}={value}")
    assert not problems, "\n".join(problems[:30])


def test_content_types_cover_every_part(parts, package):
    types = parts["[Content_Types].xml"]
    defaults = {d.get("Extension").lower() for d in types.iter(f"{{{CT}}}Default")}
    overrides = {o.get("PartName") for o in types.iter(f"{{{CT}}}Override")}
    names = [n for n in package.namelist() if not n.endswith("/") and n != "[Content_Types].xml"]
    missing = [
        n
        for n in names
        if f"/{n}" not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults
    ]
    assert not missing, missing
    assert all(o.lstrip("/") in names for o in overrides), overrides - {f"/{n}" for n in names}


def test_drawing_ids_are_unique(parts):
    ids = [
        doc_pr.get("id")
        for part in _word_parts(parts)
        for doc_pr in parts[part].iter(f"{{{WP}}}docPr")
    ]
    assert ids, "the example has drawings"
    assert all(i and INTEGER.fullmatch(i) for i in ids), ids
    assert len(ids) == len(set(ids)), sorted(ids)


# --- the checker itself catches what it is for ---------------------------------------------


@pytest.mark.parametrize(
    ("xml", "sequence", "expected"),
    [
        ('<w:pPr xmlns:w="{W}"><w:jc w:val="both"/><w:spacing/></w:pPr>', "w:pPr", "order"),
        ('<w:pPr xmlns:w="{W}"><w:jc/><w:jc/></w:pPr>', "w:pPr", "repeated"),
        ('<w:tcPr xmlns:w="{W}"><w:tcW/><w:foo/></w:tcPr>', "w:tcPr", "not allowed"),
        ('<c:barChart xmlns:c="{C}"><c:grouping/><c:barDir/></c:barChart>', "c:barChart", "order"),
        ('<w:sectPr xmlns:w="{W}"><w:pgSz/><w:footerReference/></w:sectPr>', "w:sectPr", "order"),
    ],
)
def test_order_check_catches(xml, sequence, expected):
    element = etree.fromstring(xml.replace("{W}", W).replace("{C}", C))
    problems = list(order_problems(element, SEQUENCES[sequence]))
    assert len(problems) == 1 and expected in problems[0], problems


def test_order_check_accepts_repeats_and_choices():
    xml = (
        f'<w:sectPr xmlns:w="{W}"><w:headerReference/><w:footerReference/>'
        "<w:headerReference/><w:pgSz/><w:pgMar/><w:titlePg/></w:sectPr>"
    )
    assert not list(order_problems(etree.fromstring(xml), SEQUENCES["w:sectPr"]))
