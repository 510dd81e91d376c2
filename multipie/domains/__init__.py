"""Domain kinds behind one API.

- :mod:`.base` — :class:`Service` and :class:`Domain`, the shape every kind shares.
- :mod:`.wasm` — WebAssembly modules on Wasmtime (WASI command and reactor).
- :mod:`.registry` — the kinds' backends, by name (the Runtime reaches kinds only there).
- :mod:`.detect` — which kind a source is, from its first bytes or its path.

Each kind registers a :class:`~multipie.domains.base.Backend` in
:data:`multipie.domains.registry.BACKENDS`; the runtime picks one from the ``kind``
argument or the source itself.
"""

from multipie.domains.base import Domain, DomainState, ExportInfo, ImportInfo, Limits, Service

__all__ = ["Domain", "DomainState", "ExportInfo", "ImportInfo", "Limits", "Service"]
