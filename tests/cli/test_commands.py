"""The typer application: every verb registered, only the one run when dispatching, run's options from its table."""

from __future__ import annotations

import pytest
import typer.main

from multipie.cli import run as run_verb
from tests.conftest import run_cli


def test_build_app_registers_only_the_verbs_asked_for() -> None:
    """``run_app`` builds an app with only the verb it runs; :data:`app` has every verb, in help order."""
    from multipie.cli.commands import COMMANDS, app, build_app

    only_run = typer.main.get_command(build_app({"run"}))
    assert list(only_run.commands) == ["run"]  # type: ignore[attr-defined]
    everything = typer.main.get_command(app)
    assert list(everything.commands) == [verb.__name__ for verb, _ in COMMANDS]  # type: ignore[attr-defined]


def test_runs_options_come_from_its_table() -> None:
    from multipie.cli.commands import build_app

    cmd = typer.main.get_command(build_app({"run"})).commands["run"]  # type: ignore[attr-defined]
    flags = {o for p in cmd.params for o in getattr(p, "opts", []) if o.startswith("-")}
    assert flags == {f for p in run_verb.PARAMS for f in p.flags}


def test_run_help_shows_every_option_of_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "run", "--help")
    assert code == 0
    for p in run_verb.PARAMS:
        for flag in p.flags:
            assert flag in out
