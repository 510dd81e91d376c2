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
