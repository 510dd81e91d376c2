"""A verb's parameter table: the fast parser and the typer command made from it read a command line alike."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import typer

from multipie.cli import commands, run, table
from multipie.cli.table import Param
from tests.conftest import ROOT


def _typer_kwargs(words: list[str]) -> dict[str, Any] | None:
    """What typer passes to ``run`` for ``words`` (``None``: typer refused them)."""
    seen: dict[str, Any] = {}

    def spy(**kwargs: Any) -> None:
        seen.update(kwargs)

    spy.__name__ = "run"
    app = typer.Typer(add_completion=False, cls=commands._Group)  # the app's plain coercion (no pydantic)
    app.command(context_settings={"allow_interspersed_args": False, "ignore_unknown_options": True})(
        table.typer_verb(spy, run.PARAMS)
    )
    app.callback()(lambda: None)
    try:
        app(args=["run", *words], standalone_mode=False)
    except (typer.Exit, typer.TyperException):
        return None
    return seen


@pytest.mark.parametrize(
    "words",
    [
        ["m.wasm"],
        ["m.wasm", "a", "--b", "-c"],  # after MODULE everything is the program's
        ["--env", "K=V", "-e", "X=1", "--dir", "/tmp::/t:ro", "m.wasm", "x"],
        ["--env=K=V", "--timeout=2.5", "--fuel", "100", "m.wasm"],
        ["--fuel", "1e3", "m.wasm"],  # an integral number written as a float
        ["--stats", "--isolation", "process", "--net", "connect:127.0.0.1:80", "m.wasm"],
        ["--memory-limit", "16MiB", "--host-root", "none", "m.wasm"],
        ["--", "m.wasm", "--x"],
        ["m.wasm", "--", "y"],
    ],
)
def test_the_fast_parser_reads_as_typer_does(words: list[str]) -> None:
    fast = table.parse(run.PARAMS, words)
    assert fast is not None
    assert fast == _typer_kwargs(words)


@pytest.mark.parametrize(
    "words",
    [
        [],  # MODULE missing
        ["--help"],
        ["--debug", "m.wasm"],
        ["--bogus", "m.wasm"],
        ["--fuel", "lots", "m.wasm"],
        ["--fuel", "1.5", "m.wasm"],
        ["--timeout"],
        ["--memory-limit", "1XB", "m.wasm"],
        ["-eK=V", "m.wasm"],  # a short option glued to its value: typer's to read
        ["--stats=1", "m.wasm"],
    ],
)
def test_anything_else_is_left_to_typer(words: list[str]) -> None:
    assert table.parse(run.PARAMS, words) is None


def test_convert_reads_values_as_typers_plain_coercion() -> None:
    assert table.convert(int, "16") == 16
    assert table.convert(int, "2e2") == 200
    assert table.convert(float, "1.5") == 1.5
    bad = ((int, "1.5"), (int, "x"), (float, "x"), (bool, "yes"), (int, "inf"), (int, "-inf"), (int, "nan"))
    for kind, text in bad:
        with pytest.raises(ValueError):
            table.convert(kind, text)


def test_typer_verb_keeps_name_doc_and_behaviour() -> None:
    def greet(name: str, loud: bool = False) -> str:
        """Say hello."""
        return name.upper() if loud else name

    params = (Param("name", required=True, help="who"), Param("loud", bool, ("--loud",), help="shout"))
    verb = table.typer_verb(greet, params)
    assert verb.__name__ == "greet" and verb.__doc__ == "Say hello."
    assert verb(name="x", loud=True) == "X"
    app = typer.Typer(add_completion=False)
    app.command()(verb)
    app.callback()(lambda: None)
    assert app(args=["greet", "--loud", "bob"], standalone_mode=False) == "BOB"


def test_the_fast_path_modules_import_no_typer() -> None:
    probe = (
        "import sys, multipie.cli.main, multipie.cli.run, multipie.cli.table; "
        "print(' '.join(m for m in ('typer', 'click', 'rich', 'pydantic') if m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert r.stdout.strip() == ""
