"""Which kind of code a source is, told before anything is compiled.

Bytes are told apart by their first bytes (:data:`MAGIC`) without importing any kind;
path sources (container images) are asked of the kinds in
:data:`multipie.domains.registry.PATH_KINDS`. Which backend then loads the source is
:mod:`multipie.domains.registry`.
"""

from __future__ import annotations

import os
from pathlib import Path

from multipie.domains import registry
from multipie.errors import InvalidModule

__all__ = ["TEXT_FORMATS", "detect_kind", "is_container_source", "source_kind", "VIRTINE_MAGIC"]

#: A text format ``detect_kind`` reports → the kind whose backend compiles it (``Backend.from_text``).
TEXT_FORMATS: dict[str, str] = {"wat": "wasm"}

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


def source_kind(source: str) -> str | None:
    """The kind of a path ``source`` before it is loaded (``"container"`` for an image, else from a file's first
    bytes; WAT text is ``"wasm"``), or ``None`` when that cannot be told without loading it (a package reference)."""
    if is_container_source(source):
        return "container"
    try:
        with open(source, "rb") as f:
            kind = detect_kind(f.read(256), where=source)
    except (OSError, InvalidModule):
        return None
    return TEXT_FORMATS.get(kind, kind)


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
    return any(registry.backend(kind).detect(source) for kind in registry.PATH_KINDS)
