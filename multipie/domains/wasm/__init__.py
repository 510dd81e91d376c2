"""Wasm domains on Wasmtime: its Rust core is the memory-safe boundary.

Who owns what:

- :mod:`.engine` — the runtime's engines (unmetered and fuel-metered) and the epoch ticker.
- :mod:`.cache` — compiled modules by sha256, in memory and verified on disk.
- :mod:`.service` — :class:`WasmService`: a compiled, pre-linked module; spawns domains.
- :mod:`.domain` — :class:`WasmDomain`: one Store + instance; calls, memory, teardown.
- :mod:`.calls` — signatures and the checked raw call path.
- :mod:`.traps` — Wasmtime traps/errors → :mod:`multipie.errors`.
- :mod:`.wasi` — WASI preview 1 commands and reactor configuration.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multipie.domains.wasm.domain import BoundExport, WasmDomain
    from multipie.domains.wasm.service import WasmService

__all__ = ["BoundExport", "WasmDomain", "WasmService"]

# Imported on first use (PEP 562): a component's run opens the Wasm engines (``.state``) without loading
# the core-module service, domain and call path it does not use.
_LAZY = {"BoundExport": "multipie.domains.wasm.domain", "WasmDomain": "multipie.domains.wasm.domain",
         "WasmService": "multipie.domains.wasm.service"}  # fmt: skip

if not TYPE_CHECKING:  # hidden from type checkers: they would type every unknown attribute through it

    def __getattr__(name: str) -> Any:
        where = _LAZY.get(name)
        if where is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where), name)
        globals()[name] = value
        return value
