"""Host → guest argument checks (``calls.py``), on the native fast path and the pure-Python one alike."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import multipie
from multipie.errors import ArgumentError

I32_MIN, I32_MAX_UNSIGNED = -(2**31), 2**32 - 1


@pytest.fixture
def add(rt: multipie.Runtime, guests: Path) -> Any:
    return rt.load(guests / "wat" / "add.wasm")


def test_i32_is_sign_agnostic_on_both_paths(backend: str, add: Any) -> None:
    """An i32 takes -2**31 .. 2**32-1 (a Wasm i32 has no sign); results come back signed."""
    with add.spawn() as d:
        assert d.call("add", 2**31, 0) == -(2**31)
        assert d.call("add", I32_MAX_UNSIGNED, 0) == -1
        assert d.call("add", I32_MIN, 0) == I32_MIN
        assert d.call("add64", 2**64 - 1, 0) == -1
        for bad in (I32_MIN - 1, I32_MAX_UNSIGNED + 1):
            with pytest.raises(ArgumentError, match=r"out of range -2147483648\.\.4294967295$"):
                d.call("add", bad, 0)


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        ("add", (1,), "add(i32, i32) takes 2 arguments, got 1"),
        ("add", (1, 2, 3), "add(i32, i32) takes 2 arguments, got 3"),
        ("add", (1, 2**32), "add argument 1 (i32) = 4294967296: out of range -2147483648..4294967295"),
        ("add", (True, 1), "add argument 0 (i32) = True: expected an int, got bool"),
        ("add", ("1", 2), "add argument 0 (i32) = '1': expected an int, got str"),
        ("add64", (0, -(2**63) - 1), "add64 argument 1 (i64) = -9223372036854775809: out of range "),
        ("mulf", (None, 1.0), "mulf argument 0 (f64) = None: expected a float, got NoneType"),
        ("mulf", (1.0, 10**400), "mulf argument 1 (f64) = <int of 1329 bits>: too large for a float"),
        # before: str() of the value raised ValueError (Python refuses ints past 4,300 digits)
        ("add", (10**5000, 0), "add argument 0 (i32) = <int of 16610 bits>: out of range "),
        # before: the whole megabyte was echoed
        ("add", ("s" * 1_000_000, 0), "add argument 0 (i32) = 'sssssssssssssssssssssssssssssssssssssssssssssss... "
         "(1000000 characters): expected an int, got str"),
    ],
    ids=["few", "many", "i32-range", "bool", "str", "i64-range", "none", "huge-float", "huge-int", "long-str"],
)  # fmt: skip
def test_one_message_format(backend: str, add: Any, name: str, args: tuple[Any, ...], message: str) -> None:
    with add.spawn() as d:
        with pytest.raises(ArgumentError) as ei:
            d.call(name, *args)
        text = str(ei.value)
        assert re.fullmatch(r"add#\d+: ", text[: text.index(" ") + 1]), text
        assert text[text.index(" ") + 1 :].startswith(message)
        assert len(text) < 200
        assert d.call("add", 1, 2) == 3  # a caller's mistake does not tear the domain down
