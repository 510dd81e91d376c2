"""Which kind of code a blob of bytes is, and which loader turns it into a Service.

Kinds register here by dotted path so that loading a Wasm module never
imports the KVM or ELF machinery (and vice versa).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multipie.errors import InvalidModule, UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Service

__all__ = ["LOADERS", "detect_kind", "is_container_source", "loader_for", "VIRTINE_MAGIC"]

#: kind → ``"module:callable"``; the callable is ``(runtime, data, *, name, digest) -> Service``.
LOADERS: dict[str, str] = {
    "wasm": "multipie.domains.wasm.service:WasmService",
    "virtine": "multipie.domains.virtine.service:VirtineService",
    "elf": "multipie.domains.legacy.service:load_elf",
    "component": "multipie.domains.component.backend:load",
}

WASM_MAGIC = b"\0asm"
#: Version and layer of a component binary (a core module has version 1, layer 0).
COMPONENT_VERSION = b"\x0d\x00\x01\x00"
ELF_MAGIC = b"\x7fELF"
#: First bytes of a virtine image file (see ``multipie.domains.virtine.image``).
VIRTINE_MAGIC = b"MPVIRTN\0"


def detect_kind(data: bytes, *, where: str) -> str:
    """The kind of ``data`` from its first bytes.

    Raises:
        InvalidModule: the bytes are none of the known kinds (the message shows what they start with).
    """
    head = bytes(data[:8])
    if head[:4] == WASM_MAGIC:
        if head[4:8] == COMPONENT_VERSION:
            return "component"
        if head[4:8] != b"\x01\0\0\0":
            raise InvalidModule(
                f"{where}: Wasm binary version {head[4:8].hex()} is neither a core module (01000000) "
                "nor a component (0d000100)"
            )
        return "wasm"
    if head[:4] == ELF_MAGIC:
        return "elf"
    if head == VIRTINE_MAGIC:
        return "virtine"
    stripped = bytes(data[:256]).lstrip()
    if stripped.startswith((b"(", b";;")):
        return "wat"
    if not data:
        raise InvalidModule(f"{where}: empty input is not a module")
    raise InvalidModule(f"{where}: not a Wasm module, WAT text, virtine image or ELF executable (starts with {head!r})")


def is_container_source(source: object) -> bool:
    """True when ``source`` names an OCI/Docker image with filesystem layers (a container, not a module).

    Only directories, ``.tar`` files and registry references are examined (a plain file is never one).
    """
    if not isinstance(source, (str, os.PathLike)):
        return False
    if isinstance(source, str) and (source.lstrip().startswith(("(", ";;")) or "\n" in source):
        return False  # WAT text
    path = Path(source)
    try:
        if path.is_file() and not path.name.endswith(".tar"):
            return False
    except OSError:
        return False
    from multipie.domains.legacy.container import is_container_source as probe

    return probe(source)


def loader_for(kind: str) -> Callable[..., Service]:
    """The loader callable registered for ``kind``.

    Raises:
        UsageError: no such kind.
    """
    target = LOADERS.get(kind)
    if target is None:
        known = ", ".join(sorted(LOADERS))
        raise UsageError(f"unknown or unsupported kind {kind!r} (known: {known})")
    mod, _, attr = target.partition(":")
    obj: Any = getattr(importlib.import_module(mod), attr)
    return obj  # type: ignore[no-any-return]
