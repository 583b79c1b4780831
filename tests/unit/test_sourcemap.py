"""The source map: paths shaped like pydantic's `loc`, nearest-ancestor fallback, keys."""

from __future__ import annotations

from lkjip.sourcemap import SourceMap, format_path


def sample() -> SourceMap:
    sm = SourceMap()
    sm.add_value("k.yaml", (), 1, 1)
    sm.add_key("k.yaml", ("indikator",), 3, 1)
    sm.add_value("k.yaml", ("indikator",), 4, 3)
    sm.add_value("k.yaml", ("indikator", 0), 4, 5)
    sm.add_key("k.yaml", ("indikator", 0, "target"), 5, 5)
    sm.add_value("k.yaml", ("indikator", 0, "target"), 6, 7)
    sm.add_value("k.yaml", ("indikator", 0, "target", 2022), 6, 13)
    sm.add_scalar("k.yaml", ("indikator", 0, "target", 2022), "87", None)
    return sm


def test_format_path() -> None:
    assert format_path(("indikator", 0, "target", 2022)) == "$.indikator[0].target.2022"
    assert format_path(()) == "$"


def test_locate_value_and_key() -> None:
    sm = sample()
    value = sm.locate("k.yaml", ("indikator", 0, "target", 2022))
    assert (value.file, value.line, value.col) == ("k.yaml", 6, 13)
    key = sm.locate("k.yaml", ("indikator", 0, "target"), key=True)
    assert (key.line, key.col) == (5, 5)


def test_missing_path_falls_back_to_nearest_ancestor_but_keeps_its_own_path() -> None:
    loc = sample().locate("k.yaml", ("indikator", 0, "nama"))
    assert (loc.line, loc.col) == (4, 5)
    assert loc.path == "$.indikator[0].nama"


def test_unknown_file_points_at_its_start() -> None:
    loc = sample().locate("lain.yaml", ("a",))
    assert (loc.file, loc.line, loc.col) == ("lain.yaml", 1, 1)


def test_key_without_key_entry_uses_the_value() -> None:
    loc = sample().locate("k.yaml", ("indikator", 0, "target", 2022), key=True)
    assert (loc.line, loc.col) == (6, 13)


def test_raw_scalars() -> None:
    sm = sample()
    raw = sm.scalar("k.yaml", ("indikator", 0, "target", 2022))
    assert raw is not None and raw.text == "87" and raw.plain
    assert sm.scalar("k.yaml", ("indikator", 0)) is None
