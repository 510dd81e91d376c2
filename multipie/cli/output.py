"""What every command module of the CLI shares: the consoles, the ``--debug`` state, size options.

Command modules import this, never :mod:`.main` (which imports them to register their verbs).
"""

from __future__ import annotations

import typer
from rich.console import Console

__all__ = ["PIPE_WIDTH", "console", "err_console", "parse_size_option", "state"]

# emoji=False: file names and guest output such as ':smile:' or 'root:x:0' are printed verbatim.
console = Console(emoji=False)
err_console = Console(stderr=True, emoji=False)

#: Console width when the output is not a terminal: wide enough that nothing is cut or folded.
PIPE_WIDTH = 10_000


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
        raise typer.BadParameter(str(exc)) from None
