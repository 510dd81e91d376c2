"""Page protections of a legacy program (``mmap``/``mprotect``/segment flags) as x86-64 page-table entries.

:class:`Protections` is the host's record of what each page of a program may do, kept in the form
the CPU enforces: a 2 MiB region whose pages all have the default protection is one 2 MiB page
directory entry; any other region is a 4 KiB page table (512 entries, held here as ``bytes``).
Regions are immutable ``bytes`` shared between copies, so :meth:`Protections.clone` (``fork``,
warm states) copies a small dict, and two processes with the same protections produce the same
tables byte for byte (:mod:`multipie.domains.legacy.pagetables` writes each distinct table once).

Linux's rules as this CPU can hold them: ``PROT_READ`` and ``PROT_EXEC`` need a present entry
(x86 has no write-only or execute-only page), ``PROT_WRITE`` sets the writable bit, a page
without ``PROT_EXEC`` gets the no-execute bit (``EFER.NXE`` is on), and ``PROT_NONE`` is a
not-present entry carrying :data:`NONE_MARK` (a bit the CPU ignores in a not-present entry) so a
fault there is told apart from one on an unmapped page (``SEGV_ACCERR`` vs ``SEGV_MAPERR``). The
default protection of data (heap, stack, anonymous memory) is read-write, not executable (a
program that asks for an executable stack gets one: :func:`~multipie.domains.legacy.pagetables.protections_for`).

Only user memory is ever changed: the system area below :data:`USER_BASE`, the unmapped guard
region and anything past the end of memory keep the entries the machine was built with.
"""

from __future__ import annotations

from array import array

from multipie.kvm.longmode import PageFlags

__all__ = ["HUGE", "NONE_MARK", "PROT_EXEC", "PROT_READ", "PROT_WRITE", "Protections", "prot_of_flags"]

PAGE = 4096
HUGE = 2 << 20
ENTRIES = 512
USER_BASE = 0x10000
PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
PF_X, PF_W, PF_R = 1, 2, 4
#: A software bit (ignored by the CPU in a not-present entry): "mapped, ``PROT_NONE``".
NONE_MARK = 1 << 9
# Plain ints: IntFlag arithmetic costs microseconds per operation, and entries are computed per call.
_USER = int(PageFlags.PRESENT | PageFlags.USER | PageFlags.ACCESSED | PageFlags.DIRTY)
_WRITABLE, _NO_EXECUTE, _HUGE_PAGE = int(PageFlags.WRITABLE), int(PageFlags.NO_EXECUTE), int(PageFlags.HUGE)
_TABLE = int(PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.ACCESSED)
_PRESENT_USER = int(PageFlags.PRESENT | PageFlags.USER)
_ADDR = 0x000F_FFFF_FFFF_F000


def prot_of_flags(flags: int) -> int:
    """``PROT_*`` bits of an ELF segment's ``PF_*`` flags."""
    return (PROT_READ if flags & PF_R else 0) | (PROT_WRITE if flags & PF_W else 0) | (PROT_EXEC if flags & PF_X else 0)


def _flags(prot: int) -> int:
    """Entry flags (without the address) for ``prot``; ``NONE_MARK`` alone for ``PROT_NONE``."""
    if not prot & 7:
        return NONE_MARK
    flags = _USER
    if prot & PROT_WRITE:
        flags |= _WRITABLE
    if not prot & PROT_EXEC:
        flags |= _NO_EXECUTE
    return flags


def _entries(first_page: int, n: int, flags: int) -> array[int]:
    if flags == NONE_MARK:
        return array("Q", [NONE_MARK]) * n
    lo = first_page * PAGE | flags
    return array("Q", range(lo, lo + n * PAGE, PAGE))


class Protections:
    """What each page of a program's ``size`` bytes of memory may do.

    Args:
        size: guest memory (a multiple of 2 MiB).
        region0: the 512 entries of the first 2 MiB (the system area's; only pages from
            :data:`USER_BASE` up are ever changed).
        guard: address of the unmapped 2 MiB region below the stack (never mapped).

    Attributes:
        regions: 2 MiB region index → its 4 KiB table (4096 bytes), for every region that is not
            entirely default.
        version: moves whenever an entry changes (what the machine compares before entering the guest).
    """

    def __init__(self, size: int, *, region0: bytes, guard: int) -> None:
        if size % HUGE or len(region0) != PAGE:
            raise ValueError("Protections: size must be a multiple of 2 MiB and region0 one table")
        self.size = size
        self.guard = guard // HUGE
        self.default = PROT_READ | PROT_WRITE
        self._default_flags = _flags(self.default)
        self.regions: dict[int, bytes] = {0: bytes(region0)}
        self.version = 0

    def clone(self) -> Protections:
        """An independent copy (the tables themselves are shared: they are immutable)."""
        other = Protections.__new__(Protections)
        other.__dict__.update(self.__dict__)
        other.regions = dict(self.regions)
        return other

    def key(self) -> tuple[tuple[int, bytes], ...]:
        """A value equal for equal protections (the split regions and their tables)."""
        return tuple(sorted(self.regions.items()))

    # -- changes ---------------------------------------------------------------------------

    def set(self, start: int, end: int, prot: int) -> None:
        """Give ``[start, end)`` (page-aligned) protection ``prot``; parts outside user memory are left alone."""
        start, end = max(start, USER_BASE), min(end, self.size)
        flags = _flags(prot)
        while start < end:
            r = start // HUGE
            stop = min(end, (r + 1) * HUGE)
            if r != self.guard and (r in self.regions or flags != self._default_flags):
                self._set_region(r, start, stop, flags)
            start = stop

    def reset(self, start: int, end: int) -> None:
        """``[start, end)`` back to the default protection (unmapped and handed out again)."""
        self.set(start, end, self.default)

    def copy(self, src: int, dst: int, n: int) -> None:
        """Give ``[dst, dst+n)`` the protections of ``[src, src+n)`` page by page (``mremap`` moving pages)."""
        for i in range(0, n, PAGE):
            self.set(dst + i, dst + i + PAGE, self.prot_at(src + i))

    def _set_region(self, r: int, start: int, stop: int, flags: int) -> None:
        table = self.regions.get(r)
        entries = array("Q", table) if table is not None else self._default_table(r)
        i, j = (start - r * HUGE) // PAGE, (stop - r * HUGE) // PAGE
        new = _entries(start // PAGE, j - i, flags)
        if entries[i:j] == new:
            return
        entries[i:j] = new
        raw = entries.tobytes()
        if r and raw == self._default_table(r).tobytes():
            del self.regions[r]  # all default again: one 2 MiB entry
        else:
            self.regions[r] = raw
        self.version += 1

    def _default_table(self, r: int) -> array[int]:
        return _entries(r * ENTRIES, ENTRIES, self._default_flags)

    # -- reading ---------------------------------------------------------------------------

    def prot_at(self, addr: int) -> int:
        """The ``PROT_*`` bits the program has on the page holding ``addr`` (0: ``PROT_NONE``, unmapped, system)."""
        entry = self.entry(addr)
        if entry & _PRESENT_USER != _PRESENT_USER:
            return 0
        return PROT_READ | (PROT_WRITE if entry & _WRITABLE else 0) | (0 if entry & _NO_EXECUTE else PROT_EXEC)

    def entry(self, addr: int) -> int:
        """The page-table entry (4 KiB granularity) that maps ``addr`` (0 outside memory or in the guard)."""
        r = addr // HUGE
        if not 0 <= addr < self.size or r == self.guard:
            return 0
        table = self.regions.get(r)
        if table is None:
            return (addr & ~(PAGE - 1)) | self._default_flags
        return int.from_bytes(table[(addr % HUGE) // PAGE * 8 :][:8], "little")

    def pd_entry(self, r: int, table_gpa: int | None) -> int:
        """The page-directory entry of region ``r``: a 2 MiB page, nothing (guard), or ``table_gpa``."""
        if table_gpa is not None:
            return table_gpa & _ADDR | _TABLE
        if r == self.guard or r * HUGE >= self.size:
            return 0
        return r * HUGE | (self._default_flags & ~NONE_MARK) | _HUGE_PAGE

    def split_bitmap(self) -> bytes:
        """One bit per 2 MiB region (bit ``r % 8`` of byte ``r // 8``): set when its pages are not all default."""
        bits = bytearray((self.size // HUGE + 7) // 8)
        for r in self.regions:
            bits[r // 8] |= 1 << (r % 8)
        return bytes(bits)

