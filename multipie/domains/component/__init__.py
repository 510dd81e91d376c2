"""The component kind: WASI 0.2 components (WIT-typed exports and ``wasi:cli`` commands) on wasmtime.

Modules: :mod:`.backend` (detect and load, the Runtime's entry points),
:mod:`.service` (compile, link, spawn), :mod:`.domain` (typed calls),
:mod:`.values` (WIT ↔ Python values), :mod:`.command` (``wasi:cli/run``),
:mod:`.world` (world text and derived policy), :mod:`.faults` (error translation).
"""

from multipie.domains.component.values import Resource, Variant

__all__ = ["Resource", "Variant"]
