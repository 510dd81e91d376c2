"""What every command module of the CLI shares: the consoles, the ``--debug`` state, size options.

Command modules import this, never :mod:`.commands` (which imports them to register their verbs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["PIPE_WIDTH", "LazyConsole", "console", "err_console", "parse_size_option", "state"]

#: Console width when the output is not a terminal: wide enough that nothing is cut or folded.
PIPE_WIDTH = 10_000


class LazyConsole:
    """A ``rich.console.Console`` made on first use: ``multipie run`` of a program that succeeds
    prints nothing of its own, so it never imports rich (a tenth of its start-up).

    ``emoji=False``: file names and guest output such as ``:smile:`` or ``root:x:0`` are printed
    verbatim. Not a terminal: :data:`PIPE_WIDTH` columns, so piped output is never cut or folded.
    """

    def __init__(self, *, stderr: bool = False) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def real(self) -> Console:
        """The console itself (made now if not yet), for APIs that take a ``Console``."""
        if self._console is None:
            from rich.console import Console

            real = Console(stderr=self._stderr, emoji=False)
            if not real.is_terminal:
                real.width = PIPE_WIDTH
            self._console = real
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


console = LazyConsole()
err_console = LazyConsole(stderr=True)


class _State:
    debug = False


#: Options of the root command that the verbs read (``--debug``).
state = _State()


def parse_size_option(text: str) -> int:
    """A CLI size: bytes, or a string such as ``64KiB``, ``16MiB``, ``1GiB`` (as in manifests)."""
    from multipie.app.manifest import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        import typer  # only to report it: the fast path of `run` never gets here (it leaves bad values to typer)

        raise typer.BadParameter(str(exc)) from None
