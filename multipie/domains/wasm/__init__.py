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

from multipie.domains.wasm.domain import BoundExport, WasmDomain
from multipie.domains.wasm.service import WasmService

__all__ = ["BoundExport", "WasmDomain", "WasmService"]
