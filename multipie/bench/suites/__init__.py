"""Benchmark suites, one module per topic; importing a module registers its suites.

:data:`SUITE_MODULES` lists them; a module whose peer or hardware is missing
registers suites that report the reason instead of numbers.
"""

from __future__ import annotations

import importlib

__all__ = ["SUITE_MODULES", "load_all"]

SUITE_MODULES: list[str] = [
    "multipie.bench.suites.creation",
    "multipie.bench.suites.calls",
    "multipie.bench.suites.components",
    "multipie.bench.suites.density",
    "multipie.bench.suites.execution",
    "multipie.bench.suites.programs",
    "multipie.bench.suites.sharing",
    "multipie.bench.suites.virtine",
    "multipie.bench.suites.virtine_windows",
    "multipie.bench.suites.legacy",
    "multipie.bench.suites.apps",
    "multipie.bench.suites.http_components",
    "multipie.bench.suites.scaleout",
]


def load_all() -> None:
    """Import every suite module (registering its suites)."""
    for name in SUITE_MODULES:
        importlib.import_module(name)
