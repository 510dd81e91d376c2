"""``multipie call``: its table, the values it parses, results printed as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.cli import call, table
from multipie.errors import ArgumentError
from tests.conftest import run_cli


def test_parse_value_reads_numbers_by_kind() -> None:
    assert call.parse_value("0x10", "i32", "m", "f", 0) == 16
    assert call.parse_value("-3", "i64", "m", "f", 0) == -3
    assert call.parse_value("1.5", "f64", "m", "f", 0) == 1.5
    with pytest.raises(ArgumentError, match="not a valid i32"):
        call.parse_value("x", "i32", "m", "f", 1)


def test_the_table_reads_options_before_and_leaves_later_ones_to_typer() -> None:
    assert table.parse(call.PARAMS, ["--fuel", "9", "m.wasm", "f", "1"], interspersed=True) == {
        "module": "m.wasm",
        "export": "f",
        "args": ["1"],
        "timeout": None,
        "fuel": 9,
        "memory_limit": None,
    }
    assert table.parse(call.PARAMS, ["m.wasm", "f", "-1"], interspersed=True) is None  # typer's (negative number)
    assert table.parse(call.PARAMS, ["m.wasm", "f", "1", "--fuel", "9"], interspersed=True) is None
    assert table.parse(call.PARAMS, ["m.wasm"], interspersed=True) is None  # EXPORT missing


def test_results_print_as_data_not_markup(capsys: pytest.CaptureFixture[str], guests: Path) -> None:
    typed = str(guests / "component" / "typed.wasm")
    assert run_cli(capsys, "call", typed, "greet", "[bold]x[/bold]")[:2] == (0, "hello, [bold]x[/bold]\n")
    assert run_cli(capsys, "call", typed, "pair", '[7, "s"]')[:2] == (0, '["s", 7]\n')
    assert run_cli(capsys, "call", typed, "add", "-1", "2")[0] == 2  # through typer: -1 is out of range for u32
