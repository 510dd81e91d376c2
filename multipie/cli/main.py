"""The ``multipie`` entry point: ``run`` and ``call`` straight from their parameter tables, the rest through typer.

:func:`main` reads the command line. ``multipie run [OPTIONS] MODULE [ARGS]...`` (or
``multipie call [OPTIONS] MODULE EXPORT [ARGS]...``) whose options all parse by the verb's
table (:data:`multipie.cli.run.PARAMS`, :data:`multipie.cli.call.PARAMS`, :func:`.table.parse`)
runs without importing typer, click or rich: a cached run of a large module starts
in about the time Python and wasmtime take to start. Any other command line (other verbs,
``--help``, ``--debug``, a usage error) goes to the typer application (:mod:`.commands`), built
from the same table, which answers exactly as before.

Both paths report errors the same way (:func:`.report.guarded`): a
:class:`~multipie.errors.MultipieError` becomes one line on stderr and its ``exit_code``
(compiler diagnostics and the full list of manifest errors follow, indented), Ctrl-C
exit 130, a closed stdout exit 141, anything else an internal error (exit 70).
``--debug`` shows the traceback instead.

``app``, ``build_app`` and ``COMMANDS`` are :mod:`.commands`' (imported on first use).
"""

from __future__ import annotations

import sys
from typing import Any

from multipie.cli.report import guarded

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run ``multipie ARGV``, mapping errors to one line and an exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:1] == ["run"] or args[:1] == ["call"]:
        from multipie.cli import startgc

        if argv is None:  # this process's own command line: no collection until the guest starts
            startgc.pause()
        try:
            if _fast(args):
                return
        finally:
            startgc.resume()
    from multipie.cli.commands import run_app

    run_app(args)


def _fast(args: list[str]) -> bool:
    """Run ``run``/``call`` from the verb's table without typer; False when typer must read the command line."""
    import importlib

    from multipie.cli import table

    verb = importlib.import_module(f"multipie.cli.{args[0]}")  # the one verb's module (call's imports run's)
    # run: options before MODULE, the rest is the program's; call: options anywhere (typer's, then)
    kwargs = table.parse(verb.PARAMS, args[1:], interspersed=args[0] == "call")
    if kwargs is None:
        return False
    fn = getattr(verb, args[0])
    guarded(lambda: fn(**kwargs), debug=lambda: False)
    return True


def __getattr__(name: str) -> Any:
    # The typer application's names, for callers and tests that take them from here.
    if name in ("app", "build_app", "COMMANDS"):
        from multipie.cli import commands

        return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
