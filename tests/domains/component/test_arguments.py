"""Command-line text → WIT values (``multipie call COMPONENT FUNC ARGS``), checked by real calls."""

from __future__ import annotations

import pytest

import multipie
from multipie.domains.component.service import ComponentService
from multipie.domains.component.values import Variant


def call(svc: ComponentService, name: str, *texts: str) -> object:
    with svc.spawn() as d:
        return d.call(name, *svc.parse_arguments(name, list(texts)))


@pytest.mark.parametrize(
    ("export", "texts", "expected"),
    [
        ("add", ["2", "0x10"], 18),
        ("greet", ["big world"], "hello, big world"),
        ("swap", ['{"x": 1, "y": 2}'], {"x": 2, "y": 1}),
        ("toggle", ['["read"]'], frozenset({"write", "exec"})),
        ("maybe-double", ["null"], None),
        ("maybe-double", ["21"], 42),
        ("area", ['{"rect": {"x": 3, "y": 4}}'], 12),
        ("area", ['"empty"'], 0),
        ("sum", ["[1, 2, 3]"], 6),
        ("pair", ['[7, "x"]'], ("x", 7)),
        ("divide", ["9", "3"], 3),
    ],
)
def test_text_reads_as_the_parameter_types(
    typed: ComponentService, export: str, texts: list[str], expected: object
) -> None:
    result = call(typed, export, *texts)
    if expected is not None and isinstance(result, Variant):
        result = result.value
    assert result == expected


@pytest.mark.parametrize(
    ("export", "texts", "needle"),
    [
        ("add", ["1"], "add(a: u32, b: u32) takes 2 arguments, got 1"),
        ("add", ["x", "1"], "argument 'a': 'x' is not an integer"),
        ("swap", ["{bad"], "argument 'p': '{bad' is not JSON"),
        ("swap", ["[1, 2]"], "expected a JSON object (a record)"),
        ("area", ['{"square": 1}'], "no case 'square' (cases: circle, rect, empty)"),
        ("pair", ["[1]"], "expected 2 elements, got 1"),
        ("nope", [], "no function export 'nope'"),
    ],
)
def test_bad_text_is_an_argument_error_naming_the_parameter(
    typed: ComponentService, export: str, texts: list[str], needle: str
) -> None:
    with pytest.raises((multipie.ArgumentError, multipie.NoSuchExport)) as info:
        typed.parse_arguments(export, texts)
    assert needle in str(info.value)


def test_values_that_parse_are_still_range_checked_by_the_call(typed: ComponentService) -> None:
    with pytest.raises(multipie.ArgumentError, match=r"expected an integer in \[0, 4294967295\]"):
        call(typed, "add", "-1", "2")
