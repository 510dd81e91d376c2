"""Domain kinds behind one API.

- :mod:`.base` — :class:`Service` and :class:`Domain`, the shape every kind shares.
- :mod:`.wasm` — WebAssembly modules on Wasmtime (WASI command and reactor).
- :mod:`.detect` — which kind a blob of bytes is.

Each kind registers a loader in :data:`multipie.domains.detect.LOADERS`; the
runtime picks one from the ``kind`` argument or the bytes themselves.
"""

from multipie.domains.base import Domain, DomainState, ExportInfo, ImportInfo, Limits, Service

__all__ = ["Domain", "DomainState", "ExportInfo", "ImportInfo", "Limits", "Service"]
