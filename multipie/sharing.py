"""Shared regions: memfd-backed bytes the host and guests see with nothing copied.

Who owns what:

- a :class:`Region` owns one memfd and the host's mapping of it (``region.view``,
  a ``memoryview``); it is created by :meth:`multipie.Runtime.region` and lives
  until :meth:`Region.close` (or the runtime's close);
- each *holder* (a domain spawned with a region capability as a memory import)
  sees the region through its **own alias**: a Wasm memory created in the holder's
  Store (fixed size, never grows, so it never moves) whose pages are replaced by
  ``mmap(MAP_SHARED | MAP_FIXED)`` of the same memfd. An :class:`Alias` owns that
  mapping's protection for the holder; Wasmtime owns the address range and unmaps
  it when the holder's Store is dropped;
- :class:`Buffer` is a (view, offset, length) window that Python fills and reads
  without copies, over a region or a domain's memory.

Granting is O(1) in the region's size (one ``mmap`` of an untouched range).
Revoking one holder is one ``mprotect(PROT_NONE)`` of its alias: the kernel shoots
down the TLB of every thread before ``mprotect`` returns, so the holder's next
access (even from a call already running in another thread) traps as
``MEMORY_OUT_OF_BOUNDS``, which the capability layer reports as
:class:`~multipie.errors.CapabilityRevoked`. Read-only holders get ``PROT_READ``
aliases: a guest store traps and writes nothing.

Host code (not JIT code) that touched a revoked or read-only alias would take a
``SIGSEGV`` that Wasmtime cannot turn into a trap. Three things could do that, and
:func:`multipie.domains.wasm.holders.check_holder_module` refuses each at spawn: bulk-memory instructions
(``memory.fill/copy/init`` run as host code), an active data segment aimed at a
region import (written at instantiation), and re-exporting a region import (WASI
and ``Domain.memory`` read exports from the host).
"""

from __future__ import annotations

import ctypes
import mmap
import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from multipie import libc
from multipie.capabilities import CapabilityKind, RefSet
from multipie.errors import CapabilityError, UsageError

if TYPE_CHECKING:
    from multipie.capabilities import Capability, CapabilityTable
    from multipie.domains.base import Domain

__all__ = ["Alias", "Buffer", "MAX_REGION", "PAGE", "Region"]

#: Wasm page size: aliases are whole Wasm pages.
PAGE = 65536
#: Largest region: a 32-bit Wasm memory addresses at most 4 GiB.
MAX_REGION = 1 << 32

_PROT_NONE, _PROT_READ, _PROT_RW = 0, mmap.PROT_READ, mmap.PROT_READ | mmap.PROT_WRITE
_MAP_FIXED = 0x10
_MAP_FAILED = libc.MAP_FAILED

# The GIL is kept across mmap/mprotect: a liveness check and the syscall it
# guards then run without another Python thread (closing a Store) in between.
_mmap, _mprotect = libc.mmap_held, libc.mprotect_held


def _pages(size: int) -> int:
    return (size + PAGE - 1) // PAGE


class Region:
    """Bytes shared by the host and any number of holders, backed by one memfd.

    Create with :meth:`multipie.Runtime.region`. The Wasm view of a region is
    ``pages`` Wasm pages (``size`` rounded up to 64 KiB); bytes past ``size`` are
    zero and shared like the rest.

    Attributes:
        size: the size asked for, in bytes.
        pages: Wasm pages holders see (``ceil(size / 65536)``).
    """

    def __init__(self, table: CapabilityTable, size: int, *, name: str = "region") -> None:
        if isinstance(size, bool) or not isinstance(size, int):
            raise UsageError(f"region size must be an int number of bytes, got {type(size).__name__}")
        if size <= 0:
            raise UsageError(f"region size must be positive, got {size}")
        if size > MAX_REGION:
            raise UsageError(
                f"region size {size} bytes is more than a Wasm memory can address ({MAX_REGION} bytes = 4 GiB)"
            )
        self._table = table
        self.size = size
        self.pages = _pages(size)
        self._length = self.pages * PAGE
        self._lock = threading.Lock()
        self._fd = os.memfd_create(f"multipie-{name}", os.MFD_CLOEXEC)
        try:
            os.ftruncate(self._fd, self._length)
            # SAFETY: fd is our memfd, just sized to _length; the mapping is ours until close().
            self._map: mmap.mmap | None = mmap.mmap(self._fd, self._length, mmap.MAP_SHARED, _PROT_RW)
        except OSError as exc:
            os.close(self._fd)
            raise UsageError(f"cannot create a region of {size} bytes: {exc.strerror}") from exc
        self._view: memoryview | None = memoryview(self._map)
        self._type_rw = f"memory {self.pages} pages rw"
        self._type_ro = f"memory {self.pages} pages ro"
        self._caps = RefSet()  # roots, for close()

    # -- host side -------------------------------------------------------------

    @property
    def view(self) -> memoryview:
        """The host's zero-copy view of all ``pages * 65536`` bytes (writable).

        Raises:
            UsageError: the region is closed.
        """
        if self._view is None:
            raise UsageError("this region is closed")
        return self._view

    def buffer(self, offset: int = 0, length: int | None = None) -> Buffer:
        """A :class:`Buffer` over ``[offset, offset + length)`` of the region (no copy).

        Raises:
            UsageError: the window is outside the region.
        """
        return Buffer(self.view, offset, length, where="region")

    @property
    def fd(self) -> int:
        """The memfd (for passing the region to another process, or to a virtine memory slot)."""
        return self._fd

    # -- capabilities ----------------------------------------------------------

    def capability(self, *, writable: bool = True) -> Capability:
        """A capability to map this region into a holder (read-write or read-only).

        Issuing is O(1); the alias is made when a domain is spawned with it.

        Raises:
            UsageError: the region is closed.
        """
        if self._view is None:
            raise UsageError("this region is closed")
        cap = self._table.issue(
            CapabilityKind.MEMORY,
            self._type_rw if writable else self._type_ro,
            target=self,
            writable=bool(writable),
        )
        self._caps.add(cap)
        return cap

    def close(self) -> None:
        """Revoke every capability to the region and release the host mapping; idempotent.

        Holders' aliases become inaccessible (their next access traps); the memfd's
        pages are freed once the last alias is unmapped.
        """
        caps, self._caps = list(self._caps), RefSet()
        for cap in caps:
            cap.revoke()
        if self._view is not None:
            try:
                self._view.release()
            except BufferError:  # a sub-view is still exported; the mapping outlives it safely
                pass
            self._view = None
        if self._map is not None:
            try:
                self._map.close()
            except BufferError:
                pass
            self._map = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._view is None

    def __enter__(self) -> Region:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Region {self.size} bytes ({self.pages} pages){' closed' if self.closed else ''}>"

    # -- aliases (used by the grant binder) --------------------------------------

    def _map_alias(self, base: int, writable: bool) -> None:
        """Replace ``[base, base + pages*64KiB)`` (a fresh, fixed-size Wasm memory) with the memfd."""
        if self._fd < 0:
            raise CapabilityError("region was closed before the grant was bound")
        prot = _PROT_RW if writable else _PROT_READ
        # SAFETY: [base, base+_length) is the whole accessible range of a Wasm memory
        # created with min == max == pages in a Store the caller holds locked; it is
        # page aligned (mmap'd by Wasmtime) and never moves. MAP_FIXED replaces exactly
        # that range; Wasmtime unmaps it (ours included) when the Store is dropped.
        got = _mmap(base, self._length, prot, mmap.MAP_SHARED | _MAP_FIXED, self._fd, 0)
        if got != base or got == _MAP_FAILED:
            err = ctypes.get_errno()
            raise CapabilityError(f"cannot map region alias: {os.strerror(err)}")


class Alias:
    """One holder's mapping of a region: the unit of per-holder revocation.

    The alias is *live* while the holder's Store exists; the capability layer
    marks it dead (under the runtime's capability lock) before the Store is
    dropped, so :meth:`protect` never touches an address Wasmtime has unmapped.
    """

    __slots__ = ("region", "base", "length", "writable", "live", "revoked", "holder")

    def __init__(self, region: Region, base: int, writable: bool) -> None:
        self.region = region
        self.base = base
        self.length = region._length
        self.writable = writable
        self.live = True
        self.revoked = False
        self.holder: str | None = None

    def revoke(self) -> None:
        """Make the alias inaccessible; effective for every thread when this returns."""
        if self.revoked:
            return
        self.revoked = True
        if not self.live:
            return
        # SAFETY: live means the holder's Store (which owns [base, base+length)) has not
        # been dropped: Store close marks aliases dead first, under the same lock the
        # caller holds, and PyDLL keeps the GIL so nothing runs in between.
        if _mprotect(self.base, self.length, _PROT_NONE) != 0:  # pragma: no cover - range is ours
            err = ctypes.get_errno()
            raise CapabilityError(f"cannot revoke region alias: {os.strerror(err)}")

    def dead(self) -> None:
        """The holder's Store is about to be dropped: never touch the range again."""
        self.live = False


class Buffer:
    """A window ``[offset, offset + length)`` of a region or a domain's memory, with no copy.

    ``buf.view`` is a ``memoryview`` slice (``bytes(buf.view)`` copies only when you
    ask); ``write`` and ``readinto``-style helpers move data in place.

    Args:
        view: the underlying memoryview (``region.view`` or ``domain.memory``).
        offset: first byte of the window.
        length: bytes in the window (default: to the end).
        where: a name for error messages.

    Raises:
        UsageError: the window is not inside ``view``.
    """

    __slots__ = ("_view", "offset", "length")

    def __init__(self, view: memoryview, offset: int = 0, length: int | None = None, *, where: str = "buffer") -> None:
        total = len(view)
        if length is None:
            length = total - offset
        if isinstance(offset, bool) or not isinstance(offset, int) or not isinstance(length, int):
            raise UsageError(f"{where}: offset and length must be ints")
        if offset < 0 or length < 0 or offset + length > total:
            raise UsageError(f"{where}: window [{offset}, {offset + length}) is outside [0, {total})")
        self._view = view[offset : offset + length]
        self.offset = offset
        self.length = length

    @classmethod
    def of_domain(cls, domain: Domain, offset: int, length: int) -> Buffer:
        """A window of ``domain``'s exported memory (valid until that memory grows or the domain closes).

        Raises:
            UsageError: the window is outside the memory.
            NoSuchExport, DomainClosed: as :attr:`Domain.memory`.
        """
        return cls(domain.memory, offset, length, where=domain.label)

    @property
    def view(self) -> memoryview:
        """The window as a writable memoryview (no copy)."""
        return self._view

    def __len__(self) -> int:
        return self.length

    def write(self, data: bytes | bytearray | memoryview, at: int = 0) -> int:
        """Copy ``data`` into the window at ``at``; returns bytes written.

        Raises:
            UsageError: ``data`` does not fit.
        """
        n = len(data)
        if at < 0 or at + n > self.length:
            raise UsageError(f"buffer: {n} bytes at {at} do not fit in {self.length}")
        self._view[at : at + n] = data
        return n

    def read(self, n: int | None = None, at: int = 0) -> bytes:
        """A copy of ``n`` bytes at ``at`` (default: the rest of the window)."""
        end = self.length if n is None else min(self.length, at + n)
        return bytes(self._view[at:end])

    def fill_from(self, stream: Any) -> int:
        """Fill the window from a binary stream with ``readinto`` (one copy, kernel → here); returns bytes read."""
        got = 0
        while got < self.length:
            n = stream.readinto(self._view[got:])
            if not n:
                break
            got += n
        return got

    def __iter__(self) -> Iterator[int]:
        return iter(self._view)

    def __repr__(self) -> str:
        return f"<Buffer [{self.offset}, {self.offset + self.length})>"
