"""Extra guest-physical windows of a virtine machine: the zero-copy buffer and region grants.

Who owns what: a :class:`Windows` belongs to one :class:`~multipie.domains.virtine.machine.Machine`
and owns the KVM memory slots mapped into its windows (the buffer's memory, each grant's alias of
a region's memfd). The region itself belongs to the runtime (:class:`multipie.sharing.Region`);
which capability a grant came from is the business of :mod:`.grants`.

Layout (identity-mapped like the rest of guest memory; ``virtine.h`` has the same constants)::

    4 GiB            buffer window: the domain's zero-copy buffer (VirtineBuffer)    slot 3
    8 GiB + i*4 GiB  grant window i (i < GRANT_SLOTS): region granted at spawn       slot 4+i
    24 GiB           page directories for all windows: one read-only slot whose
                     host memory every machine in the process shares                  slot 2

Every window is *always* mapped in the guest page tables (2 MiB user read-write pages, built
once per process), so the host never edits guest page tables after a machine is made (under
shadow paging an edit made from the host side would not be seen by KVM's cached translations).
Access is decided by KVM memory slots alone:

- no slot behind an address (no buffer, no grant, past the end of a region, or a revoked
  grant): the access exits to the host as ``KVM_EXIT_MMIO`` and :meth:`Windows.classify`
  turns it into a typed error (:class:`~multipie.errors.CapabilityRevoked` for a revoked grant);
- a read-only grant is a ``KVM_MEM_READONLY`` slot over a ``PROT_READ`` host alias: a guest
  write exits as MMIO, and nothing is written;
- deleting a slot (``KVM_SET_USER_MEMORY_REGION`` with size 0) zaps KVM's mappings of it and
  flushes every vCPU's TLB before the ioctl returns, even while a vCPU is running.

A machine that took an MMIO exit is not reused (KVM would complete the abandoned instruction's
emulation on the next ``KVM_RUN``); see ``Machine.reusable``.
"""

from __future__ import annotations

import array
import ctypes
import mmap
import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from multipie import libc
from multipie.errors import CapabilityError, CapabilityRevoked, OutOfMemory, Trap, TrapCode
from multipie.kvm.longmode import USER_RW, PageFlags
from multipie.kvm.memory import PAGE, GuestMemory

if TYPE_CHECKING:
    from multipie.kvm.vm import Vm

__all__ = [
    "BUFFER_BASE",
    "GRANT_BASE",
    "GRANT_SLOTS",
    "GrantWindow",
    "MappedFile",
    "TABLES_GPA",
    "WINDOW",
    "Windows",
    "window_pdpt_entries",
]

GIB = 1 << 30
WINDOW = 4 * GIB
BUFFER_BASE = 4 * GIB
GRANT_BASE = 8 * GIB
GRANT_SLOTS = 4
TABLES_GPA = GRANT_BASE + GRANT_SLOTS * WINDOW
_WINDOWS_END = TABLES_GPA
_FIRST_GIB = BUFFER_BASE // GIB
_PD_PAGES = (_WINDOWS_END - BUFFER_BASE) // GIB  # one page directory per GiB of windows
TABLES_SLOT, BUFFER_SLOT, FIRST_GRANT_SLOT = 2, 3, 4
_TABLE_FLAGS = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.ACCESSED

_mmap, _munmap, _MAP_FAILED = libc.mmap, libc.munmap, libc.MAP_FAILED


def window_pdpt_entries() -> list[tuple[int, int]]:
    """``(PDPT index, entry)`` pairs that point the windows' GiBs at the shared page directories."""
    return [(_FIRST_GIB + j, (TABLES_GPA + j * PAGE) | int(_TABLE_FLAGS)) for j in range(_PD_PAGES)]


class _SharedTables(GuestMemory):
    """The windows' page directories: built once, registered read-only in every VM, never closed."""

    def __init__(self) -> None:
        super().__init__(_PD_PAGES * PAGE, gpa=TABLES_GPA)
        leaf = int(USER_RW | PageFlags.HUGE)
        entries = array.array("Q", (BUFFER_BASE + (i << 21) | leaf for i in range(_PD_PAGES * 512)))
        self.view[:] = entries.tobytes()

    def close(self) -> None:
        """Shared by every machine of the process: a VM closing does not unmap it."""


_tables: _SharedTables | None = None
_tables_lock = threading.Lock()


def _shared_tables() -> _SharedTables:
    global _tables
    with _tables_lock:
        if _tables is None:
            _tables = _SharedTables()
        return _tables


class MappedFile(GuestMemory):
    """A shared host mapping of ``fd`` (a region's memfd) placed at guest-physical ``gpa``.

    Read-only mappings are ``PROT_READ`` on the host too, so neither the guest (through a
    ``KVM_MEM_READONLY`` slot) nor a host bug can write through them. Host code never hands out
    views of this mapping, so :meth:`close` may unmap it at once.
    """

    def __init__(self, fd: int, size: int, gpa: int, *, writable: bool) -> None:
        self.size = size
        self.gpa = gpa
        self.end = gpa + size
        prot = mmap.PROT_READ | (mmap.PROT_WRITE if writable else 0)
        # SAFETY: a fresh shared mapping of `size` bytes of the memfd (the region made it at
        # least that long); this object owns it and unmaps it in close(), after the KVM slot
        # over it was deleted.
        addr = _mmap(None, size, prot, mmap.MAP_SHARED, fd, 0)
        if addr is None or addr == _MAP_FAILED:
            err = ctypes.get_errno()
            raise OutOfMemory(f"cannot map a region of {size} bytes for a virtine: {os.strerror(err)}")
        self.host_addr = addr
        # SAFETY: [addr, addr+size) is the mapping just made; the view is released in close()
        # before the munmap, and no slice of it leaves this object.
        raw = memoryview((ctypes.c_char * size).from_address(addr)).cast("B")
        self.view = raw if writable else raw.toreadonly()
        self._open = True

    def close(self) -> None:
        """Unmap the alias; idempotent (call only once no KVM slot maps it)."""
        if not self._open:
            return
        self._open = False
        self.view.release()
        # SAFETY: our own mapping; KVM no longer maps it (the slot was deleted first) and
        # no view of it escaped this object.
        _munmap(self.host_addr, self.size)

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return not self._open


@dataclass
class GrantWindow:
    """One grant as a machine sees it: which window, which region, and its state.

    Attributes:
        key: the grant's name (``"env.buf"``), as given to ``spawn(grants=...)``.
        index: the window (the grant's guest address is :attr:`gpa`).
        size: bytes mapped (the region's size rounded up to 64 KiB).
        writable: read-write (``True``) or read-only.
        revoked: the capability was revoked; the slot is gone.
    """

    key: str
    index: int
    size: int
    writable: bool
    revoked: bool = False
    mapping: MappedFile | None = None

    @property
    def gpa(self) -> int:
        """The guest address of the grant's first byte (fixed: ``GRANT_BASE + index * WINDOW``)."""
        return GRANT_BASE + self.index * WINDOW

    @property
    def slot(self) -> int:
        """The KVM slot number."""
        return FIRST_GRANT_SLOT + self.index


class Windows:
    """The buffer and grant slots of one VM.

    Args:
        vm: the machine's VM (the page-directory slot is added at once).
    """

    def __init__(self, vm: Vm) -> None:
        self.vm = vm
        self._lock = threading.Lock()
        self.buffer: GuestMemory | None = None
        self.grants: list[GrantWindow | None] = [None] * GRANT_SLOTS
        vm.add_memory(_shared_tables(), slot=TABLES_SLOT, read_only=True)

    # -- the buffer ----------------------------------------------------------------

    def map_buffer(self, size: int) -> GuestMemory:
        """Make the buffer window hold ``size`` bytes (page-rounded) of fresh zeroed memory.

        A buffer already mapped and large enough is kept (its contents too).

        Raises:
            OutOfMemory: ``size`` is not positive or exceeds the window (4 GiB).
        """
        if size <= 0 or size > WINDOW:
            raise OutOfMemory(f"a virtine buffer must hold 1 byte to {WINDOW >> 30} GiB, not {size}")
        with self._lock:
            if self.buffer is not None and self.buffer.size >= size:
                return self.buffer
            self._drop_buffer()
            mem = GuestMemory(size, gpa=BUFFER_BASE)
            try:
                self.vm.add_memory(mem, slot=BUFFER_SLOT)
            except BaseException:
                mem.close()
                raise
            self.buffer = mem
            return mem

    def drop_buffer(self) -> None:
        """Remove the buffer slot; the memory stays valid for host views still holding it."""
        with self._lock:
            self._drop_buffer()

    def _drop_buffer(self) -> None:
        if self.buffer is not None:
            self.vm.remove_memory(BUFFER_SLOT).close()  # unmapped once no host view is left
            self.buffer = None

    # -- grants ----------------------------------------------------------------------

    def map_grant(self, index: int, key: str, fd: int, size: int, *, writable: bool) -> GrantWindow:
        """Map ``size`` bytes of memfd ``fd`` into grant window ``index``.

        Raises:
            CapabilityError: the window is taken or ``size`` does not fit it.
        """
        if not 0 <= index < GRANT_SLOTS or self.grants[index] is not None:
            raise CapabilityError(f"grant window {index} is not free")
        if size <= 0 or size > WINDOW or size % PAGE:
            raise CapabilityError(f"grant {key!r}: {size} bytes do not fit a {WINDOW >> 30} GiB window")
        g = GrantWindow(key, index, size, writable)
        with self._lock:
            mapping = MappedFile(fd, size, g.gpa, writable=writable)
            try:
                self.vm.add_memory(mapping, slot=g.slot, read_only=not writable)
            except BaseException:
                mapping.close()
                raise
            g.mapping = mapping
            self.grants[index] = g
        return g

    def unmap_grant(self, g: GrantWindow, *, revoked: bool) -> None:
        """Delete ``g``'s slot (effective for a running vCPU when this returns) and unmap its alias.

        Args:
            g: the grant.
            revoked: keep the window marked revoked (later accesses report ``CapabilityRevoked``)
                instead of freeing it.
        """
        with self._lock:
            # Flag first: a running vCPU that exits because the slot vanished must already
            # see why (it classifies the exit on its own thread).
            g.revoked = g.revoked or revoked
            if g.mapping is not None and g.slot in self.vm.slots and self.vm.fd >= 0:
                self.vm.remove_memory(g.slot)
            if g.mapping is not None:
                g.mapping.close()
                g.mapping = None
            if not revoked and self.grants[g.index] is g:
                self.grants[g.index] = None

    def clear(self) -> None:
        """Remove every grant and the buffer (the machine goes back to the pool clean)."""
        for g in self.grants:
            if g is not None:
                self.unmap_grant(g, revoked=False)
        self.grants = [None] * GRANT_SLOTS
        self.drop_buffer()

    @property
    def empty(self) -> bool:
        """True when no buffer or grant is mapped or remembered."""
        return self.buffer is None and all(g is None for g in self.grants)

    # -- faults ----------------------------------------------------------------------

    def classify(self, gpa: int, is_write: bool) -> Trap | None:
        """The typed error for a guest access to unbacked ``gpa`` (an MMIO exit), or ``None`` outside the windows."""
        kind = "write" if is_write else "read"
        if BUFFER_BASE <= gpa < BUFFER_BASE + WINDOW:
            have = self.buffer.size if self.buffer is not None else 0
            return Trap(
                f"{kind} at 0x{gpa:x} is outside the domain's buffer ({have} bytes at 0x{BUFFER_BASE:x})",
                code=TrapCode.MEMORY_OUT_OF_BOUNDS,
            )
        if not GRANT_BASE <= gpa < GRANT_BASE + GRANT_SLOTS * WINDOW:
            return None
        index = (gpa - GRANT_BASE) // WINDOW
        g = self.grants[index]
        if g is None:
            return Trap(f"{kind} at 0x{gpa:x}: no grant in window {index}", code=TrapCode.MEMORY_OUT_OF_BOUNDS)
        if g.revoked:
            return CapabilityRevoked(
                f"{kind} at 0x{gpa:x}: accessed grant {g.key!r} through a revoked capability",
                code=TrapCode.MEMORY_OUT_OF_BOUNDS,
            )
        if gpa - g.gpa >= g.size:
            return Trap(
                f"{kind} at 0x{gpa:x} is past the end of grant {g.key!r} ({g.size} bytes)",
                code=TrapCode.MEMORY_OUT_OF_BOUNDS,
            )
        if is_write and not g.writable:
            return Trap(
                f"write at 0x{gpa:x} to read-only grant {g.key!r} refused (nothing was written)",
                code=TrapCode.MEMORY_OUT_OF_BOUNDS,
            )
        return None
