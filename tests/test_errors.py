"""The one argument-error format (``ArgumentError.arity``/``bad_value``) and the value shown in it."""

from __future__ import annotations

import pytest

from multipie.errors import SHOWN_CHARS, ArgumentError, UsageError, shown


class BadRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (5, "5"),
        (-(2**31), "-2147483648"),
        ("abc", "'abc'"),
        (b"\x00\x01", "b'\\x00\\x01'"),
        (None, "None"),
        (10**5000, "<int of 16610 bits>"),  # str() of it raises ValueError past 4,300 digits
        ("x" * 1_000_000, repr("x" * SHOWN_CHARS)[:SHOWN_CHARS] + "... (1000000 characters)"),
        (bytes(100), repr(bytes(SHOWN_CHARS))[:SHOWN_CHARS] + "... (100 bytes)"),
        (BadRepr(), "<BadRepr"),
    ],
    ids=["int", "i32-min", "str", "bytes", "none", "huge-int", "long-str", "long-bytes", "bad-repr"],
)
def test_shown_is_short_and_never_raises(value: object, text: str) -> None:
    assert shown(value).startswith(text) and len(shown(value)) <= 2 * SHOWN_CHARS


def test_shown_caps_containers() -> None:
    assert len(shown(list(range(10_000)))) <= SHOWN_CHARS
    assert len(shown({"k" * 500: 1})) <= SHOWN_CHARS


def test_arity_message() -> None:
    e = ArgumentError.arity("add#3", "add", ("i32", "i32"), 3)
    assert isinstance(e, UsageError) and e.exit_code == 2
    assert str(e) == "add#3: add(i32, i32) takes 2 arguments, got 3"
    assert str(ArgumentError.arity("f#1", "f", ("f64",), 0)) == "f#1: f(f64) takes 1 argument, got 0"


def test_bad_value_names_index_type_and_shortened_value() -> None:
    e = ArgumentError.bad_value("add#3", "add", 1, "i32", "z" * 10_000, "expected an int, got str")
    shown_z = repr("z" * SHOWN_CHARS)[:SHOWN_CHARS]
    assert str(e) == f"add#3: add argument 1 (i32) = {shown_z}... (10000 characters): expected an int, got str"
    assert len(str(e)) < 200


def test_bad_value_takes_a_path_into_a_compound_argument_and_names_a_result() -> None:
    # Component values: the path into a record or list is the index; a value returned to a guest is a result.
    e = ArgumentError.bad_value("typed#1", "swap", "0.y", "s32", "x", "expected an integer")
    assert str(e) == "typed#1: swap argument 0.y (s32) = 'x': expected an integer"
    r = ArgumentError.bad_value("env.add", "add", "", "u32", -1, "expected an integer", what="result")
    assert str(r) == "env.add: add result (u32) = -1: expected an integer"
