"""The virtine image file: what ``multipie build`` writes and ``rt.load`` reads.

Layout::

    VIRTINE_MAGIC (8 bytes, "MPVIRTN\\0") | u32 header length | header (UTF-8 JSON) | payload

The header names the entry points (address and parameter/result kinds), the
hypercall allow-list derived at build time, the guest memory size, the
trampoline address, and which pages are read-only. The payload is the flat
image loaded at :data:`LOAD_ADDR` (bss is implied by ``end``). Images come
from anywhere, so :func:`parse` validates every field and raises
:class:`~multipie.errors.InvalidModule` with the reason.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from typing import Any

from multipie.domains.detect import VIRTINE_MAGIC
from multipie.domains.virtine.hypercalls import Allow, allow_from_names, allow_names
from multipie.errors import InvalidModule

__all__ = ["Entry", "Image", "LOAD_ADDR", "MAX_MEMORY", "parse", "PARAM_KINDS", "RESULT_KINDS"]

FORMAT_VERSION = 1
LOAD_ADDR = 0x10000
MAX_MEMORY = 1 << 30
MIN_STACK = 16 << 10
HUGE = 2 << 20
#: Parameter kinds: integers, floats, and guest pointers (buffers passed from the host).
PARAM_KINDS = ("i32", "i64", "u32", "u64", "f32", "f64", "ptr")
RESULT_KINDS = ("void", "i32", "i64", "u32", "u64", "f32", "f64", "ptr")


@dataclass(frozen=True)
class Entry:
    """An entry point: a ``VIRTINE`` function's address, parameter kinds and result kind."""

    name: str
    addr: int
    params: tuple[str, ...]
    result: str

    def describe(self) -> str:
        """``fib(i64) -> i64``."""
        return f"{self.name}({', '.join(self.params)}) -> {self.result}"


@dataclass
class Image:
    """A parsed (or freshly built) virtine image.

    Attributes:
        payload: bytes loaded at :data:`LOAD_ADDR`.
        end: first address past the image including bss (page-aligned).
        trampoline: address of ``__virtine_entry`` (crt).
        entries: entry points by name.
        allow: the hypercalls the image may make.
        memory: guest memory size in bytes (a multiple of 2 MiB).
        stack: bytes reserved for the stack at the top of memory.
        read_only: ``(start, end)`` address ranges mapped read-only (code, constants).
        sections: section name → size, as built (informational).
        source: what it was built from (informational).
    """

    payload: bytes
    end: int
    trampoline: int
    entries: dict[str, Entry]
    allow: Allow
    memory: int
    stack: int = 64 << 10
    read_only: list[tuple[int, int]] = field(default_factory=list)
    sections: dict[str, int] = field(default_factory=dict)
    source: str = ""

    @property
    def heap_start(self) -> int:
        """First free address after the image: buffers passed by the host go here."""
        return self.end

    @property
    def heap_end(self) -> int:
        """Where the stack region begins (buffers must end below it)."""
        return self.memory - self.stack

    def header(self) -> dict[str, Any]:
        """The JSON header."""
        return {
            "version": FORMAT_VERSION,
            "load_addr": LOAD_ADDR,
            "end": self.end,
            "trampoline": self.trampoline,
            "memory": self.memory,
            "stack": self.stack,
            "allow": allow_names(self.allow),
            "entries": {
                e.name: {"addr": e.addr, "params": list(e.params), "result": e.result} for e in self.entries.values()
            },
            "read_only": [list(r) for r in self.read_only],
            "sections": self.sections,
            "source": self.source,
        }

    def to_bytes(self) -> bytes:
        """The image file's bytes."""
        head = json.dumps(self.header(), sort_keys=True, separators=(",", ":")).encode()
        return VIRTINE_MAGIC + struct.pack("<I", len(head)) + head + self.payload


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _int(h: dict[str, Any], key: str, where: str) -> int:
    v = h.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise InvalidModule(f"{where}: image header field {key!r} must be a non-negative integer, got {v!r}")
    return v


def _header(data: bytes, where: str) -> tuple[dict[str, Any], bytes]:
    """The JSON header (checked to be an object of this format version) and the payload after it."""
    if data[:8] != VIRTINE_MAGIC:
        raise InvalidModule(f"{where}: not a virtine image (bad magic {bytes(data[:8])!r})")
    if len(data) < 12:
        raise InvalidModule(f"{where}: truncated virtine image")
    (hlen,) = struct.unpack_from("<I", data, 8)
    if 12 + hlen > len(data):
        raise InvalidModule(f"{where}: header length {hlen} runs past the end of the file")
    try:
        h = json.loads(bytes(data[12 : 12 + hlen]))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidModule(f"{where}: image header is not valid JSON: {exc}") from None
    if not isinstance(h, dict):
        raise InvalidModule(f"{where}: image header must be a JSON object")
    if h.get("version") != FORMAT_VERSION:
        raise InvalidModule(f"{where}: image format version {h.get('version')!r} (this runtime reads {FORMAT_VERSION})")
    if _int(h, "load_addr", where) != LOAD_ADDR:
        raise InvalidModule(f"{where}: load address must be 0x{LOAD_ADDR:x}")
    return h, bytes(data[12 + hlen :])


def _allow(h: dict[str, Any], where: str) -> Allow:
    raw_allow = h.get("allow", [])
    if not isinstance(raw_allow, list) or not all(isinstance(a, str) for a in raw_allow):
        raise InvalidModule(f"{where}: allow-list must be a list of hypercall names")
    try:
        return allow_from_names(raw_allow, where=where)
    except ValueError as exc:
        raise InvalidModule(str(exc)) from None


def _entries(h: dict[str, Any], end: int, where: str) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    raw_entries = h.get("entries")
    if not isinstance(raw_entries, dict) or not raw_entries:
        raise InvalidModule(f"{where}: image has no entry points")
    for name, e in raw_entries.items():
        if not isinstance(e, dict) or not isinstance(name, str) or not name:
            raise InvalidModule(f"{where}: malformed entry {name!r}")
        addr = _int(e, "addr", f"{where}: entry {name}")
        params, result = e.get("params"), e.get("result")
        if not LOAD_ADDR <= addr < end:
            raise InvalidModule(f"{where}: entry {name} at 0x{addr:x} lies outside the image")
        if not isinstance(params, list) or len(params) > 6 or any(p not in PARAM_KINDS for p in params):
            raise InvalidModule(f"{where}: entry {name}: params must be at most 6 of {PARAM_KINDS}, got {params!r}")
        if result not in RESULT_KINDS:
            raise InvalidModule(f"{where}: entry {name}: result must be one of {RESULT_KINDS}, got {result!r}")
        entries[name] = Entry(name, addr, tuple(params), result)
    return entries


def _read_only(h: dict[str, Any], end: int, where: str) -> list[tuple[int, int]]:
    ro: list[tuple[int, int]] = []
    raw_ro = h.get("read_only", [])
    if not isinstance(raw_ro, list):
        raise InvalidModule(f"{where}: read_only must be a list of [start, end] ranges, got {raw_ro!r}")
    for r in raw_ro:
        if not (isinstance(r, list) and len(r) == 2 and all(_is_int(x) for x in r)):
            raise InvalidModule(f"{where}: malformed read_only range {r!r}")
        if not LOAD_ADDR <= r[0] <= r[1] <= end:
            raise InvalidModule(f"{where}: read_only range {r!r} lies outside the image")
        ro.append((r[0], r[1]))
    return ro


def parse(data: bytes, *, where: str = "virtine image") -> Image:
    """Parse and validate an image file.

    Raises:
        InvalidModule: bad magic, truncated, malformed header, or inconsistent fields (the message says which).
    """
    h, payload = _header(data, where)
    end, memory, stack = _int(h, "end", where), _int(h, "memory", where), _int(h, "stack", where)
    trampoline = _int(h, "trampoline", where)
    if end < LOAD_ADDR + len(payload) or end % 4096:
        raise InvalidModule(f"{where}: image end 0x{end:x} is before the payload's end or not page-aligned")
    if memory % HUGE or not 0 < memory <= MAX_MEMORY:
        raise InvalidModule(f"{where}: memory size {memory} must be a multiple of 2 MiB up to {MAX_MEMORY >> 20} MiB")
    if stack < MIN_STACK or stack % 4096 or end + stack > memory:
        raise InvalidModule(f"{where}: stack of {stack} bytes does not fit in memory after the image")
    if not LOAD_ADDR <= trampoline < end:
        raise InvalidModule(f"{where}: trampoline 0x{trampoline:x} lies outside the image")
    allow = _allow(h, where)
    entries = _entries(h, end, where)
    ro = _read_only(h, end, where)
    sections = h.get("sections", {})
    if not isinstance(sections, dict) or not all(_is_int(v) for v in sections.values()):
        raise InvalidModule(f"{where}: sections must map section names to sizes in bytes, got {sections!r}")
    return Image(
        payload=payload,
        end=end,
        trampoline=trampoline,
        entries=entries,
        allow=allow,
        memory=memory,
        stack=stack,
        read_only=ro,
        sections={str(k): v for k, v in sections.items()},
        source=str(h.get("source", "")),
    )
