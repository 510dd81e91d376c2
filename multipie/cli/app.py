"""The ``multipie`` Typer application and how every command reports errors.

Each verb lives in a module of this package and registers itself on
:data:`app`; :func:`main` turns any :class:`~multipie.errors.MultipieError`
into one line on stderr and the error's ``exit_code`` (``--debug`` shows the
traceback instead).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

import multipie
from multipie.errors import MultipieError

__all__ = ["app", "console", "err_console", "main", "state"]

app = typer.Typer(
    name="multipie",
    help="Run many isolated services in one process: Wasm domains, virtines, legacy programs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


class _State:
    debug = False


state = _State()


def _version(value: bool) -> None:
    if value:
        console.print(f"multipie {multipie.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """multiPIE: many services, one process, memory-safe boundaries."""
    state.debug = debug


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app, mapping errors to one line and an exit code."""
    import multipie.cli  # noqa: F401  (registers every command module)

    args = sys.argv[1:] if argv is None else argv
    if "--ray" in args:
        from multipie.cli.apps import ray_flag

        args = ray_flag(args)
    debug = "--debug" in args
    try:
        rv = app(args=args, standalone_mode=False)
        if isinstance(rv, int) and rv:  # typer.Exit(code) is returned, not raised, outside standalone mode
            sys.exit(rv)
    except MultipieError as exc:
        if debug:
            raise
        err_console.print(
            f"[bold red]error:[/] {type(exc).__name__}: {escape(_one_line(exc))}",
            highlight=False,
            soft_wrap=True,
            markup=True,
        )
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err_console.print("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # click usage errors and the like
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if debug:
            raise
        err_console.print(f"[bold red]internal error:[/] {type(exc).__name__}: {escape(str(exc))} (run with --debug)")
        sys.exit(70)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    lines = text.splitlines()
    return lines[0] + (f" (+{len(lines) - 1} more lines; --debug for all)" if len(lines) > 1 else "")
