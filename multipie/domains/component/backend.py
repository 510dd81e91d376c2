"""The component kind's entry points, in one place for the Runtime's kind registry.

``detect(data)`` says from the first 8 bytes (before anything compiles) whether the
bytes are a component; ``load(host, data, name=, digest=)`` returns its Service.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from multipie.domains.component.service import ComponentService
from multipie.domains.detect import COMPONENT_VERSION, WASM_MAGIC

if TYPE_CHECKING:
    from multipie.runtime import Runtime

__all__ = ["HEADER", "KIND", "detect", "load"]

KIND = "component"
#: ``\0asm`` then the component binary's version and layer: 0x0d 0x00, layer 0x01 0x00.
HEADER = WASM_MAGIC + COMPONENT_VERSION


def detect(data: bytes) -> bool:
    """True when ``data`` starts like a component binary (a core module's layer field is 0)."""
    return bytes(data[:8]) == HEADER


def load(host: Runtime, data: bytes, *, name: str, digest: str) -> ComponentService:
    """Compile ``data`` (through the runtime's cache) into a :class:`ComponentService`.

    Raises:
        InvalidModule: the bytes do not validate as a component.
    """
    return ComponentService(host, data, name=name, digest=digest)
