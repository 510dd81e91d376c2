"""How the CLI ends: an exit code, and every error as one line (:func:`guarded`), for both entry paths.

A :class:`~multipie.errors.MultipieError` becomes ``error: Type: message`` on stderr and its
``exit_code`` (compiler diagnostics and the full list of manifest errors follow, indented),
Ctrl-C exit 130, a closed stdout exit 141 without a traceback, anything else an internal
error (exit 70); with ``--debug`` the traceback instead. Used by :func:`multipie.cli.main.main`
(``run`` without typer) and :func:`multipie.cli.commands.run_app` (typer, which adds its own
usage errors). No typer here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from multipie.cli.output import err_console
from multipie.errors import InvalidModule, ManifestError, MultipieError

__all__ = ["DETAIL_LINES", "error", "guarded"]


def guarded(
    body: Callable[[], Any],
    *,
    debug: Callable[[], bool],
    other: Callable[[Exception, bool], int | None] | None = None,
) -> None:
    """Run ``body`` and exit the way the CLI does: its int result is the exit code; errors are one line.

    ``debug()`` says whether to show tracebacks (read when an error arrives); ``other(exc, debug)``
    maps exceptions of the caller's own (typer's) to an exit code, or ``None`` (an internal error).
    """
    stdout_id = _stdout_identity()
    try:
        rv = body()
        if isinstance(rv, int) and rv:
            sys.exit(rv)
    except MultipieError as exc:
        if debug():
            raise
        error(f"{type(exc).__name__}: {_detailed(exc)}")
        sys.exit(exc.exit_code)
    except SystemExit as exc:
        # Rich and typer answer a closed stdout by pointing it at /dev/null and exiting 1.
        if exc.code == 1 and stdout_id is not None and _stdout_identity() != stdout_id:
            sys.exit(_EPIPE_EXIT)
        raise
    except KeyboardInterrupt:
        err_console.print("interrupted (Ctrl-C)")
        sys.exit(130)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except Exception as exc:
        code = other(exc, debug()) if other is not None else None
        if code is not None:
            sys.exit(code)
        if debug():
            raise
        error(f"internal error: {type(exc).__name__}: {_one_line(exc)} (run with --debug for the traceback)")
        sys.exit(70)
    finally:
        _flush_quietly()


def error(text: str) -> None:
    """``error: TEXT`` on stderr, in red on a terminal; ``text`` is never read as markup."""
    from rich.markup import escape

    err_console.print(f"[bold red]error:[/] {escape(text)}", highlight=False, soft_wrap=True, markup=True)


def _quiet_broken_pipe() -> None:
    """The reader left (``multipie ... | head``): stop writing, no traceback, exit as a killed writer would."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (in-process tests)
        pass
    sys.exit(_EPIPE_EXIT)


#: Exit code after the reader of stdout left: 128 + SIGPIPE, what `yes | head -1` reports.
_EPIPE_EXIT = 141


def _stdout_identity() -> tuple[int, int] | None:
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (in-process tests)
        return None
    return st.st_dev, st.st_ino


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (OSError, ValueError):
        pass


#: Lines of an error's detail shown below its first line (compiler diagnostics, every manifest error).
DETAIL_LINES = 40


def _detailed(exc: BaseException) -> str:
    """The error's first line, then its detail lines (compiler output, all manifest errors) indented."""
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    if not isinstance(exc, (InvalidModule, ManifestError)):  # others: one line (a trap's backtrace is --debug's)
        return _one_line(exc)
    shown = lines[: DETAIL_LINES + 1]
    more = len(lines) - len(shown)
    return "\n".join([shown[0], *("  " + line for line in shown[1:])]) + (
        f"\n  (+{more} more lines; --debug for all)" if more else ""
    )


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    lines = text.splitlines()
    return lines[0] + (f" (+{len(lines) - 1} more lines; --debug for all)" if len(lines) > 1 else "")
