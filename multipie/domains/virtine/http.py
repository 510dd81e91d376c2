"""The http handler ABI on the virtine side: where a request goes, where the response may come from.

Ownership: this module only decides *layout and bounds*; the call itself (lock, teardown,
reset) is :meth:`VirtineDomain.http_exchange`, and HTTP semantics (head format, CGI
response parsing, status mapping) belong to :mod:`multipie.app.abi` and the gateway.

A virtine's memory is restored from its snapshot after every call, so the Wasm ABI's
two calls (``http_alloc``, then ``http_handle``) cannot work: whatever the first call
prepared is gone before the second. One entry does it all (``guest/virtine/vt_http.h``)::

    VIRTINE long http_handle(const unsigned char *req, long head_len, long body_len,
                             unsigned char *resp, long resp_cap);

The host copies head then body to the start of the virtine's free memory (the heap after
the image, the same place ``bytes`` arguments go, restored by the reset), passes the free
memory after it (16-byte aligned, up to the stack) as ``resp``/``resp_cap``, runs the
entry, and copies the response out *before* the reset. The result is the Wasm ABI's
packing ``(ptr << 32) | len``: ``ptr == 0`` means "at ``resp``" (``len <= resp_cap``), any
other ``ptr`` is an address in the virtine's own memory (image, heap or stack: from the
load address to the end of memory). Anything else is a
:class:`~multipie.errors.ProtocolError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from multipie.domains.base import Service
from multipie.domains.virtine.image import LOAD_ADDR, Image
from multipie.errors import InvalidModule, OutOfMemory, ProtocolError

__all__ = ["ENTRY", "DECLARATION", "Layout", "check_entry", "layout", "response_range"]

#: The entry point's name (the same export name as the Wasm ABI's handler).
ENTRY = "http_handle"
#: The C declaration a virtine service writes (also in ``vt_http.h``).
DECLARATION = (
    "VIRTINE long http_handle(const unsigned char *req, long head_len, long body_len, "
    "unsigned char *resp, long resp_cap)"
)
_INT = ("i64", "u64")
_ALIGN = 16
_U32 = 0xFFFFFFFF
#: Least room for a response: a request that leaves less is refused before the guest runs.
MIN_RESPONSE_ROOM = 4096


def check_entry(service: Service) -> None:
    """Check that virtine ``service`` has the handler entry with the right kinds.

    Raises:
        InvalidModule: no ``http_handle`` entry, or one with other parameter/result kinds
            (the message quotes the declaration to write).
    """
    exports = {e.name: e for e in service.exports if e.kind == "function"}
    e = exports.get(ENTRY)
    if e is None:
        names = ", ".join(sorted(exports)) or "none"
        raise InvalidModule(
            f"{service.name}: the http ABI needs a virtine entry point {DECLARATION}; the image has: {names}"
        )
    p: Sequence[str] = tuple(e.params)
    ok = (
        len(p) == 5
        and p[0] == "ptr"
        and p[3] == "ptr"
        and all(k in _INT for k in (p[1], p[2], p[4]))
        and tuple(e.results) in (("i64",), ("u64",))
    )
    if not ok:
        raise InvalidModule(f"{service.name}: entry {ENTRY!r} has type {e.type}, the http ABI needs {DECLARATION}")


@dataclass(frozen=True)
class Layout:
    """Where one request goes in a virtine's memory (guest addresses, identity-mapped)."""

    req: int
    head_len: int
    body_len: int
    resp: int
    resp_cap: int

    @property
    def args(self) -> list[int]:
        """The entry's five integer arguments."""
        return [self.req, self.head_len, self.body_len, self.resp, self.resp_cap]


def layout(image: Image, head_len: int, body_len: int, *, where: str) -> Layout:
    """Place a request of ``head_len + body_len`` bytes in ``image``'s free memory.

    Raises:
        OutOfMemory: the request leaves less than :data:`MIN_RESPONSE_ROOM` bytes for the
            response (the guest is not run; the domain stays usable).
    """
    req = image.heap_start
    resp = (req + head_len + body_len + _ALIGN - 1) & ~(_ALIGN - 1)
    cap = image.heap_end - resp
    if cap < MIN_RESPONSE_ROOM:
        room = image.heap_end - image.heap_start
        raise OutOfMemory(
            f"{where}: a request of {head_len + body_len} bytes does not fit the virtine's free memory "
            f"of {room} bytes with room for a response (lower max_body, or build the image with more memory)"
        )
    return Layout(req, head_len, body_len, resp, min(cap, _U32))


def response_range(image: Image, lay: Layout, packed: int, *, where: str) -> tuple[int, int]:
    """The ``(guest address, length)`` of the response the entry returned as ``packed``.

    Raises:
        ProtocolError: the range is past ``resp_cap`` or outside the virtine's memory.
    """
    packed &= 0xFFFFFFFFFFFFFFFF
    ptr, n = packed >> 32, packed & _U32
    if ptr == 0:
        if n > lay.resp_cap:
            raise ProtocolError(
                f"{where}: http_handle returned a {n}-byte response at resp, more than resp_cap ({lay.resp_cap})"
            )
        return lay.resp, n
    if ptr < LOAD_ADDR or ptr + n > image.memory:
        raise ProtocolError(
            f"{where}: http_handle returned a response at {ptr:#x}+{n}, outside its memory "
            f"[{LOAD_ADDR:#x}, {image.memory:#x})"
        )
    return ptr, n
