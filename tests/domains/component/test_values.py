"""WIT values ↔ Python values, through every export of the typed test component."""

from __future__ import annotations

import pytest

import multipie
from multipie.domains.component import Resource, Variant
from multipie.domains.component.service import ComponentService

COUNTERS = "multipie:typed/counters#"


def test_scalars_strings_and_records(typed: ComponentService) -> None:
    with typed.spawn() as d:
        assert d.call("add", 2, 3) == 5
        assert d.call("greet", "wörld ✓") == "hello, wörld ✓"
        assert d.call("swap", {"x": 1, "y": -2}) == {"x": -2, "y": 1}
        assert d.call("sum", [1, 2, 3, 1 << 31]) == 6 + (1 << 31)
        assert d.call("sum", []) == 0
        assert d.call("pair", (5, "five")) == ("five", 5)


def test_enums_flags_options(typed: ComponentService) -> None:
    with typed.spawn() as d:
        assert [d.call("classify", n) for n in (-7, 0, 9)] == ["red", "green", "blue"]
        assert d.call("toggle", {"read"}) == frozenset({"write", "exec"})
        assert d.call("toggle", []) == frozenset({"read", "write", "exec"})
        assert d.call("maybe-double", None) is None
        assert d.call("maybe-double", 21) == 42


def test_variants(typed: ComponentService) -> None:
    with typed.spawn() as d:
        assert d.call("area", Variant("circle", 2)) == 12
        assert d.call("area", Variant("rect", {"x": 3, "y": 4})) == 12
        assert d.call("area", Variant("empty")) == 0
        with pytest.raises(multipie.ArgumentError, match="tag in"):
            d.call("area", Variant("hexagon", 1))


def test_result_ok_is_the_value_and_err_raises_with_the_value(typed: ComponentService) -> None:
    with typed.spawn() as d:
        assert d.call("divide", 7, 2) == 3
        with pytest.raises(multipie.ResultError, match="division by zero") as info:
            d.call("divide", 1, 0)
        assert info.value.value == "division by zero"
        assert info.value.export == "divide"
        assert d.is_open  # an err is an answer, not a fault
        assert d.call("divide", 9, 3) == 3


@pytest.mark.parametrize(
    ("export", "args", "match"),
    [
        ("add", (1,), r"typed#\d+: add\(a: u32, b: u32\) takes 2 arguments, got 1"),
        ("add", (1, -1), r"typed#\d+: add argument 1 \(u32\) = -1: expected an integer in \[0, 4294967295\], got int"),
        ("add", (1, True), "expected an integer"),
        ("greet", (b"bytes",), "expected a str"),
        ("swap", ({"x": 1},), r"swap argument 0 \(record \{ x: s32, y: s32 \}\) = \{'x': 1\}: record field 'y'"),
        ("swap", ({"x": 1, "y": 2, "z": 3},), "unknown record field"),
        ("classify", ("x",), "expected an integer"),
        ("toggle", ({"nope"},), "set of flags"),
        ("sum", ([1, "2"],), r"sum argument 0\[1\] \(u32\) = '2': expected an integer"),
        ("pair", ((1,),), "tuple of 2"),
    ],
)
def test_bad_arguments_are_typed_errors_and_keep_the_domain(
    typed: ComponentService, export: str, args: tuple[object, ...], match: str
) -> None:
    with typed.spawn() as d:
        with pytest.raises(multipie.ArgumentError, match=match):
            d.call(export, *args)
        assert d.call("add", 1, 1) == 2


def test_resources_are_handles_tied_to_their_domain(typed: ComponentService) -> None:
    d = typed.spawn()
    other = typed.spawn()
    counter = d.call(COUNTERS + "[constructor]counter", 10)
    assert isinstance(counter, Resource) and counter.owned
    inc = d.export(COUNTERS + "[method]counter.inc")
    assert [inc(counter), inc(counter)] == [11, 12]
    second = d.call(COUNTERS + "[constructor]counter", 0)
    assert inc(second) == 1 and inc(counter) == 13
    with pytest.raises(multipie.ArgumentError, match="resource of domain"):
        other.call(COUNTERS + "[method]counter.inc", counter)
    counter.drop()
    with pytest.raises(multipie.MultipieError):
        inc(counter)  # dropped: the guest's table no longer has it
    d.close()
    with pytest.raises(multipie.DomainClosed):
        inc(second)
    second.drop()  # a no-op once the domain is closed
    other.close()


def test_a_char_must_be_a_unicode_scalar_value() -> None:
    """A surrogate is refused before Wasmtime sees it (the C API would take it as an invalid Rust char)."""
    from wasmtime import component as wc

    from multipie.domains.component.values import Where, lowerer

    class Open:
        label = "d"
        is_open = True

    lower = lowerer(wc.Char())
    w = Where("d", "f", "0")
    assert lower("é", w, Open()) == "é"  # type: ignore[arg-type]
    for bad in ("\ud800", "\udfff", "ab", ""):
        with pytest.raises(multipie.ArgumentError, match="Unicode scalar value"):
            lower(bad, w, Open())  # type: ignore[arg-type]
