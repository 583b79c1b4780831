"""What a chart shows: its categories and series, independent of how it is written.

The lowest layer of the chart code: `chart_xml` turns a `ChartSpec` into the chart's parts and
`charts` places them in the document; both import the spec from here, never each other's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal


@dataclass(frozen=True)
class Series:
    """One data series; None in `values` leaves a gap at that category."""

    name: str
    values: list[Decimal | None]
    kind: Literal["bar", "line"] = "bar"
    # The text of each point's label when it is not just the value ("98,00% (Rp66.139.310)");
    # None: the value, with as many decimals as it has (87 → "87", 89.87 → "89,87").
    labels: list[str] | None = None


@dataclass(frozen=True)
class ChartSpec:
    """What to draw. Bar and line series may be mixed (bars with a target line on top).

    Bars start from zero when no value is negative, so their lengths compare honestly.
    """

    title: str
    categories: list[str]
    series: list[Series]
    y_title: str | None = None
    number_format: str = "#,##0.00"
    horizontal: bool = False
    data_labels: bool = True
    axis_format: str | None = None  # the value axis' format; None: `number_format`


def validate(spec: ChartSpec) -> None:
    """Reject specs Word could not draw faithfully (programming errors, not user input)."""
    if not spec.categories:
        raise ValueError("chart needs at least one category")
    if not spec.series:
        raise ValueError("chart needs at least one series")
    for series in spec.series:
        if len(series.values) != len(spec.categories):
            raise ValueError(
                f"series {series.name!r} has {len(series.values)} values "
                f"for {len(spec.categories)} categories"
            )
        if series.labels is not None and len(series.labels) != len(series.values):
            raise ValueError(f"series {series.name!r} needs one label per value")
        if series.kind not in ("bar", "line"):
            raise ValueError(f"series {series.name!r} has unknown kind {series.kind!r}")
    if spec.horizontal and any(s.kind == "line" for s in spec.series):
        raise ValueError("line series cannot be combined with horizontal bars")
