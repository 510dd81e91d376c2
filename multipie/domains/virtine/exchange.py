"""The exchange area of a virtine machine: where the host writes an HTTP request and the guest its response.

Ownership: an :class:`ExchangeArea` belongs to one
:class:`~multipie.domains.virtine.machine.Machine` (made on its first HTTP exchange and kept
while the machine is pooled) and owns the memory behind two KVM slots; what goes where inside
it is decided by :mod:`.http`, the call itself by ``VirtineDomain.http_exchange``.

Why a separate area: the heap is dirty-logged, so the first write to each of its pages after
a reset is a write-protection fault into the host kernel (tens of µs under PVM), and pages
the host writes must be restored too. The area lives at :data:`EXCHANGE_BASE` (3 GiB, below
4 GiB so ``vt_http_at`` can point into it) in two slots over one mapping::

    [0, HOT)      unlogged: zeroed in full after every call (a memset, no write faults)
    [HOT, size)   dirty-logged: the pages the guest wrote (from the log) and the host wrote
                  (remembered) are zeroed after every call

So nothing of one request or response is visible to the next call, whoever wrote it, and a
small exchange costs no write fault. The guest page tables map the whole GiB (see
:mod:`.windows`); an access past the area's end has no slot behind it, exits as MMIO and is
typed by :func:`classify`.
"""

from __future__ import annotations

import ctypes

from multipie.domains.virtine.memory import PAGE, GuestMemory
from multipie.domains.virtine.vm import Vm
from multipie.domains.virtine.windows import EXCHANGE_BASE, GIB
from multipie.errors import OutOfMemory, Trap, TrapCode

__all__ = ["EXCHANGE_BASE", "ExchangeArea", "HOT", "HOT_SLOT", "MIN_SIZE", "TAIL_SLOT", "classify"]

#: Bytes at the start of the area kept out of dirty logging and zeroed after every call.
HOT = 64 << 10
#: Least size of an area (the tail above HOT costs nothing until it is written).
MIN_SIZE = 1 << 20
HOT_SLOT, TAIL_SLOT = 8, 9
_memset = ctypes.memset


class ExchangeArea:
    """``size`` bytes (page-rounded, at least :data:`MIN_SIZE`) at :data:`EXCHANGE_BASE` in ``vm``.

    Args:
        vm: the machine's VM (the area's slots are added at once and closed with it).
        size: bytes wanted.

    Raises:
        OutOfMemory: ``size`` exceeds the 1 GiB the guest page tables map for the area.
    """

    def __init__(self, vm: Vm, size: int) -> None:
        size = max(MIN_SIZE, (size + PAGE - 1) & ~(PAGE - 1))
        if size > GIB:
            raise OutOfMemory(f"an exchange area holds at most {GIB >> 20} MiB, not {size} bytes")
        mem = GuestMemory(size, gpa=EXCHANGE_BASE)
        try:
            vm.add_memory(mem, slot=HOT_SLOT, size=HOT)
            try:
                vm.add_memory(mem, slot=TAIL_SLOT, log_dirty=True, offset=HOT, size=size - HOT)
            except BaseException:
                vm.remove_memory(HOT_SLOT)
                raise
        except BaseException:
            mem.close()
            raise
        self.vm = vm
        self.memory = mem
        self.size = size
        self.end = EXCHANGE_BASE + size
        self._host_pages: list[int] = []  # tail pages (from HOT) the host wrote since the last clear

    def write(self, offset: int, data: bytes | bytearray | memoryview) -> None:
        """Copy ``data`` to ``offset`` in the area (bounds-checked) and remember it for :meth:`clear`."""
        n = len(data)
        self.memory.write(EXCHANGE_BASE + offset, data, what="exchange area")
        if n and offset + n > HOT:
            first = max(offset, HOT) - HOT
            self._host_pages.extend(range(first // PAGE, (offset + n - HOT - 1) // PAGE + 1))

    def read(self, gpa: int, length: int) -> bytes:
        """A copy of ``length`` bytes at guest address ``gpa`` (bounds-checked against the area)."""
        return self.memory.read(gpa, length, what="http response")

    def clear(self) -> int:
        """Zero everything written since the last clear; returns the tail pages zeroed."""
        host = self.memory.host_addr
        # SAFETY: [host, host + HOT) is the start of the area's live mapping (size >= MIN_SIZE > HOT).
        _memset(host, 0, HOT)
        bitmap = self.vm.dirty_words(TAIL_SLOT)
        bits = int.from_bytes(memoryview(bitmap).cast("B"), "little")
        pages, self._host_pages = self._host_pages, []
        while bits:
            low = bits & -bits
            pages.append(low.bit_length() - 1)
            bits ^= low
        tail = host + HOT
        for p in pages:
            # SAFETY: p is a page of the tail slot (its dirty bitmap has one bit per tail page;
            # host pages come from bounds-checked writes), so the page lies inside the mapping.
            _memset(tail + p * PAGE, 0, PAGE)
        return len(pages)


def classify(gpa: int, is_write: bool, area: ExchangeArea | None) -> Trap | None:
    """The typed error for a guest access to unbacked ``gpa`` in the exchange GiB, or ``None`` outside it."""
    if not EXCHANGE_BASE <= gpa < EXCHANGE_BASE + GIB:
        return None
    kind = "write" if is_write else "read"
    have = area.size if area is not None else 0
    return Trap(
        f"{kind} at 0x{gpa:x} is outside the http exchange area ({have} bytes at 0x{EXCHANGE_BASE:x})",
        code=TrapCode.MEMORY_OUT_OF_BOUNDS,
    )
