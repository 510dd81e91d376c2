"""The ``multipie`` command line (typer + rich), one module per group of verbs.

- :mod:`.main` — the Typer app, ``--debug``/``--version``, error reporting, :func:`main`.
- :mod:`.core` — ``run``, ``call``, ``inspect``.
- :mod:`.packages` — ``pack``, ``push``, ``pull``, ``lock``, ``sign``, ``verify``, ``keygen``.
- :mod:`.demo` — ``demo``: many live domains, faults contained.
- :mod:`.build` — ``build``: C → virtine image.
- :mod:`.serve` — ``up`` (serve an app) and ``ps`` (running apps).

Importing this package registers every command module listed in
:data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import importlib

from multipie.cli.main import app, main

__all__ = ["COMMAND_MODULES", "app", "main"]

#: Modules whose import registers commands on :data:`app` (in help order).
COMMAND_MODULES = [
    "multipie.cli.core",
    "multipie.cli.bench",
    "multipie.cli.demo",
    "multipie.cli.packages",
    "multipie.cli.build",
    "multipie.cli.serve",
]

for _name in COMMAND_MODULES:
    importlib.import_module(_name)
