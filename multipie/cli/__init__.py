"""The ``multipie`` command line (typer + rich), one module per group of verbs.

- :mod:`.main` — the Typer app, ``--debug``/``--version``, error reporting, :func:`main`;
  it adds every verb below to the app (:data:`~.main.COMMANDS`).
- :mod:`.output` — the consoles (made on first use), ``--debug`` state and size options the verbs share.
- :mod:`.params` — plain coercion of the verbs' ``str``/``int``/``float`` parameters (no pydantic).
- :mod:`.core` — ``run``, ``call``, ``inspect``.
- :mod:`.bench` — ``bench``.
- :mod:`.demo` — ``demo``: many live domains, faults contained.
- :mod:`.packages` — ``pack``, ``push``, ``pull``, ``lock``, ``sign``, ``verify``, ``keygen``.
- :mod:`.build` — ``build``: C → virtine image.
- :mod:`.serve` — ``up`` (serve an app) and ``ps`` (running apps).

Command modules define plain functions and import :mod:`.output`, never :mod:`.main`.
"""

from __future__ import annotations

from multipie.cli.main import app, main

__all__ = ["app", "main"]
