"""The component kind's backend: how the Runtime loads WASI 0.2 components.

Registered as ``"component"`` in :mod:`multipie.domains.registry`; its bytes are told
apart from a core module's by :mod:`multipie.domains.detect` (``\\0asm`` then version
``0d 00``, layer ``01 00``). Components share the Wasm kind's runtime-wide state (engines,
epoch ticker, module cache: ``host.state("wasm")``), so the kind keeps none of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from multipie.domains.base import Backend
from multipie.domains.component.service import ComponentService
from multipie.domains.detect import COMPONENT_VERSION, WASM_MAGIC

if TYPE_CHECKING:
    from multipie.domains.base import Host

__all__ = ["BACKEND", "HEADER", "KIND", "is_component", "load"]

KIND = "component"
#: ``\0asm`` then the component binary's version and layer: 0x0d 0x00, layer 0x01 0x00.
HEADER = WASM_MAGIC + COMPONENT_VERSION


def is_component(data: bytes) -> bool:
    """True when ``data`` starts like a component binary (a core module's layer field is 0)."""
    return bytes(data[:8]) == HEADER


def load(host: Host, data: bytes, *, name: str, digest: str) -> ComponentService:
    """Compile ``data`` (through the runtime's module cache) into a :class:`ComponentService`.

    Raises:
        InvalidModule: the bytes do not validate as a component.
    """
    return ComponentService(host, data, name=name, digest=digest)


BACKEND = Backend(kind=KIND, load=load)
