"""The domain kinds a Runtime knows: each a :class:`~multipie.domains.base.Backend`, named here.

The Runtime reaches a kind only through :func:`backend`; kinds never import the Runtime.
Entries are dotted paths imported on first use, so loading a Wasm module never imports the
KVM or ELF machinery (and vice versa), and no import edge runs from the core to a kind.
Kinds told apart by their first bytes are sniffed by :mod:`multipie.domains.detect`
without importing them; kinds whose sources are paths (container images) answer
``backend(kind).detect(source)``.

To add a kind: write its ``BACKEND = Backend(kind=..., load=..., open=..., close=...,
detect=...)`` (see :class:`~multipie.domains.base.Backend`), its Service/Domain subclasses, and one line in
:data:`BACKENDS` (plus its magic bytes in :data:`multipie.domains.detect.MAGIC` when it has any).
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import importlib
from typing import TYPE_CHECKING, Any

from multipie.errors import UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Backend

__all__ = ["BACKENDS", "OPEN_WITH_RUNTIME", "PATH_KINDS", "backend"]

#: kind → ``"module:attribute"`` of its backend object.
BACKENDS: dict[str, str] = {
    "wasm": "multipie.domains.wasm.backend:BACKEND",
    "virtine": "multipie.domains.virtine.service:BACKEND",
    "elf": "multipie.domains.legacy.service:BACKEND",
    "container": "multipie.domains.legacy.container:BACKEND",
    "component": "multipie.domains.component.backend:BACKEND",
}

#: Kinds whose runtime-wide state is made with the Runtime rather than on first use: Wasm's
#: engines and epoch ticker follow the settings and environment (``MULTIPIE_NATIVE_TICKER``)
#: at ``Runtime()``, as they always have.
OPEN_WITH_RUNTIME: tuple[str, ...] = ("wasm",)

#: Kinds whose sources are paths or references (asked in order before any bytes are read).
PATH_KINDS: tuple[str, ...] = ("container",)

_loaded: dict[str, Backend] = {}
_lock = _thread.allocate_lock()


def backend(kind: str) -> Backend:
    """The backend registered for ``kind`` (imported on first use).

    Raises:
        UsageError: no such kind.
    """
    found = _loaded.get(kind)
    if found is not None:
        return found
    target = BACKENDS.get(kind)
    if target is None:
        known = ", ".join(sorted(BACKENDS))
        raise UsageError(f"unknown or unsupported kind {kind!r} (known: {known})")
    mod, _, attr = target.partition(":")
    obj: Any = getattr(importlib.import_module(mod), attr)
    with _lock:
        return _loaded.setdefault(kind, obj)
