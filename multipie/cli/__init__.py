"""The ``multipie`` command line (typer + rich), one module per group of verbs.

- :mod:`.main` — the entry point :func:`main`: ``run`` parsed from its table without typer,
  everything else handed to the typer app; how every error is reported (:func:`~.main.guarded`).
- :mod:`.commands` — the Typer app, ``--debug``/``--version``, usage errors; it adds every verb
  below to the app (:data:`~.commands.COMMANDS`).
- :mod:`.table` — a verb's parameters as data: typer's signature and the fast parser from one table.
- :mod:`.output` — the consoles (made on first use), ``--debug`` state and size options the verbs share.
- :mod:`.startgc` — the garbage collector paused while a ``run``/``call`` process starts.
- :mod:`.params` — plain coercion of the verbs' ``str``/``int``/``float`` parameters (no pydantic).
- :mod:`.run` — ``run`` (its parameter table, no typer).
- :mod:`.core` — ``call``, ``inspect``.
- :mod:`.bench` — ``bench``.
- :mod:`.demo` — ``demo``: many live domains, faults contained.
- :mod:`.packages` — ``pack``, ``push``, ``pull``, ``lock``, ``sign``, ``verify``, ``keygen``.
- :mod:`.build` — ``build``: C → virtine image.
- :mod:`.serve` — ``up`` (serve an app) and ``ps`` (running apps).

Command modules define plain functions and import :mod:`.output`, never :mod:`.commands`.
"""

from __future__ import annotations

from typing import Any

from multipie.cli.main import main

__all__ = ["app", "main"]


def __getattr__(name: str) -> Any:
    if name == "app":  # the typer application, built on first use (``multipie run`` never needs it)
        from multipie.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
