"""multipie.cli.output: what the command modules share."""

from __future__ import annotations

import pytest
import typer

from multipie.cli import output
from multipie.cli.main import app


def test_parse_size_option_takes_bytes_and_units() -> None:
    assert output.parse_size_option("4096") == 4096
    assert output.parse_size_option("64KiB") == 64 << 10
    assert output.parse_size_option("16MiB") == 16 << 20


def test_parse_size_option_rejects_a_bad_size_as_a_bad_parameter() -> None:
    with pytest.raises(typer.BadParameter, match="12XB|size"):
        output.parse_size_option("12XB")


def test_consoles_print_emoji_codes_verbatim() -> None:
    with output.console.capture() as cap:
        output.console.print(":smile: root:x:0")
    assert ":smile:" in cap.get()


def test_the_root_sets_the_shared_debug_state() -> None:
    from typer.testing import CliRunner

    before = output.state.debug
    try:
        CliRunner().invoke(app, ["--debug", "inspect", "--help"])
        assert output.state.debug is True
    finally:
        output.state.debug = before


def test_a_console_is_made_on_first_use_and_kept() -> None:
    lazy = output.LazyConsole(stderr=True)
    assert lazy._console is None  # nothing printed yet: rich not needed
    real = lazy.real()
    assert real.stderr is True and lazy.real() is real
    assert lazy.file is real.file  # attributes are the console's


def test_a_console_that_is_not_a_terminal_is_wide(capsys: pytest.CaptureFixture[str]) -> None:
    lazy = output.LazyConsole()
    lazy.print("x" * 300)
    assert capsys.readouterr().out == "x" * 300 + "\n"  # not folded at 80 columns
