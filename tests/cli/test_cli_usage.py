"""Usage errors, ``--debug``, negative numbers, sizes, help text and plain output of the CLI."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import GUEST_SRC, run_cli

run = run_cli
ADD = str(GUEST_SRC / "wat" / "add.wat")
EXE = [sys.executable, "-m", "multipie.cli.__main__"]


def test_negative_numbers_are_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "call", ADD, "add", "-1", "-2")[:2] == (0, "-3\n")
    assert run(capsys, "call", ADD, "add", "-1", "-2", "--timeout", "5")[:2] == (0, "-3\n")
    assert run(capsys, "call", "--timeout", "5", ADD, "mulf", "-1.5", "2")[:2] == (0, "-3.0\n")


def test_memory_limit_takes_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "call", "--memory-limit", "1MiB", ADD, "add", "2", "3")[:2] == (0, "5\n")
    assert run(capsys, "call", "--memory-limit", "1048576", ADD, "add", "2", "3")[:2] == (0, "5\n")


def test_debug_after_the_program_goes_to_the_program(capfd: pytest.CaptureFixture[str], guests: Path) -> None:
    code, out, err = run(capfd, "run", str(guests / "c" / "hello.wasm"), "--debug")
    assert code == 0, err
    assert "arg 1: --debug" in out


def test_no_emoji_substitution(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "call", ":smile:x.wasm", "f")
    assert code == 2 and ":smile:x.wasm" in err
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/sh\n")
    code, _, err = run(capsys, "inspect", str(passwd))
    assert code == 1 and "root:x:0" in err


def test_inspect_shows_module_names_verbatim(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Import names are data, not terminal markup: a module cannot hide the authority it asks for."""
    wat = tmp_path / "m.wat"
    wat.write_text(
        '(module (import "env" "[network_access]" (func (param i32)))'
        ' (import "[filesystem]" "[write]" (func (param i32)))'
        ' (import "x" "[/bogus]" (func))'
        ' (import "a_very_long_module_name_for_the_imports_table" "and_an_even_longer_function_name_that_is_wide"'
        " (func))"
        ' (func (export "f") (result i32) i32.const 1))'
    )
    code, out, err = run(capsys, "inspect", str(wat))
    assert code == 0, err
    table = out.split("imports", 1)[1]
    for name in ("env.[network_access]", "[filesystem].[write]", "x.[/bogus]"):
        assert name in table
    # Not a terminal: nothing cut to 80 columns.
    assert "a_very_long_module_name_for_the_imports_table.and_an_even_longer_function_name_that_is_wide" in table
    assert "…" not in out


def test_bench_lists_suite_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bench", "--list")
    names = out.split()
    assert code == 0 and "calls" in names and "creation" in names
    assert len(names) == len(out.strip().splitlines())  # one per line, no spaces inside a name
    assert all(n.replace("-", "").isalnum() for n in names)
