"""A legacy program's address space as the host sees it: bounds-checked access, ``brk`` and ``mmap``.

- :class:`UserMemory` — the program's memory: one buffer (the VM's guest memory, or a
  ``bytearray`` in tests) at a base address. **Every** guest pointer goes through
  :meth:`UserMemory.read` / :meth:`UserMemory.write`, which check it against the buffer and page 0
  (never mapped), so a bad pointer is ``-EFAULT`` for the program and never a host access outside
  the guest.
- :class:`ProtectedMemory` — the same memory as a process's system calls see it: its page
  protections apply too (a buffer in a ``PROT_NONE`` page, or a result for a read-only one, is
  ``-EFAULT``, as Linux's copies to and from user space fail).
- :class:`AddressSpace` — ``brk`` and anonymous/private ``mmap`` bookkeeping inside that buffer:
  the break grows up from the image, mappings grow down from the stack's floor; when they meet the
  domain is out of memory.
"""

from __future__ import annotations

import errno as E
import os
from collections.abc import Sequence
from typing import Any

from multipie.domains.legacy.syscalls.protections import HUGE, Protections
from multipie.errors import OutOfMemory
from multipie.kvm.longmode import PageFlags
from multipie.resources.fs import FsError

__all__ = [
    "HOLES_MAX", "PAGE", "AddressSpace", "BadAddress", "ProtectedMemory", "TrackedMemory", "UserMemory", "page_up",
]  # fmt: skip

PAGE = 4096
#: Holes of the mapping area the guest's table (guest/legacy/mm.c, MM_CAP) holds.
HOLES_MAX = 255
_U64 = (1 << 64) - 1
_SHORT = 256  # bytes of a string copied first (cstring): a path seldom needs more
_READ = int(PageFlags.PRESENT | PageFlags.USER)
_WRITE = _READ | int(PageFlags.WRITABLE)


def page_up(n: int) -> int:
    """``n`` rounded up to a whole page."""
    return (n + PAGE - 1) & ~(PAGE - 1)


class BadAddress(Exception):
    """A guest pointer outside the program's memory (the syscall returns ``-EFAULT``)."""


class UserMemory:
    """Bounds-checked access to the program's memory: ``buffer`` holds addresses ``[base, base+len)``.

    Args:
        buffer: a writable buffer (``GuestMemory.view`` in a VM, a ``bytearray`` in tests).
        base: the guest address of ``buffer[0]``.
        low: addresses below this fault (page 0 stays unmapped).
    """

    def __init__(self, buffer: memoryview | bytearray, base: int = 0, *, low: int = PAGE) -> None:
        self.view = memoryview(buffer).cast("B")
        self.base = base
        self.low = max(low, base)
        self.end = base + len(self.view)

    def _off(self, addr: int, n: int) -> int:
        if n == 0 and 0 <= addr <= _U64:
            return 0  # an empty range is valid whatever its address (as on Linux)
        if n < 0 or addr < self.low or addr + n > self.end:
            raise BadAddress(f"0x{addr:x}+{n}")
        return addr - self.base

    def check(self, addr: int, n: int, *, write: bool) -> None:
        """Raise :class:`BadAddress` unless ``[addr, addr+n)`` may be read (or with ``write``, written): before
        a call consumes input it must fail to deliver."""
        self._off(addr, n)

    def read(self, addr: int, n: int) -> bytes:
        """A copy of ``n`` bytes at ``addr``."""
        off = self._off(addr, n)
        return self.view[off : off + n].tobytes() if n else b""

    def write(self, addr: int, data: bytes | bytearray | memoryview) -> None:
        """Store ``data`` at ``addr``."""
        if not len(data):
            return
        off = self._off(addr, len(data))
        self.view[off : off + len(data)] = data
        self._note(addr, len(data))

    def zero(self, addr: int, n: int) -> None:
        """Clear ``n`` bytes at ``addr``."""
        if n == 0:
            return
        off = self._off(addr, n)
        self.view[off : off + n] = bytes(n)
        self._note(addr, n)

    def fill_from(self, fd: int, ranges: Sequence[tuple[int, int]], offset: int) -> int:
        """Read host file ``fd`` from ``offset`` straight into the ``(addr, n)`` ranges, in order (one ``preadv``).

        One copy and no intermediate buffer: a fresh 1-2 MiB Python buffer per file mapping or
        read-cache fill cost a host page fault per page, ~25 µs each on this nested machine.
        Returns the bytes read (fewer at the end of the file).
        """
        bufs = [self.view[self._off(a, n) : self._off(a, n) + n] for a, n in ranges if n > 0]
        if not bufs:
            return 0
        got = os.preadv(fd, bufs, offset)
        left = got
        for a, n in ranges:
            self._note(a, min(n, left))
            left -= min(n, left)
        return got

    def _note(self, addr: int, n: int) -> None:
        """Called with every range the host wrote (a VM's memory tracks them: its dirty log does not see them)."""

    def u64(self, addr: int) -> int:
        """The little-endian u64 at ``addr``."""
        return int.from_bytes(self.read(addr, 8), "little")

    def put_u64(self, addr: int, value: int) -> None:
        """Store a u64 at ``addr``."""
        self.write(addr, (value & _U64).to_bytes(8, "little"))

    def cstring(self, addr: int, limit: int = 4096) -> bytes:
        """The NUL-terminated bytes at ``addr`` (``ENAMETOOLONG`` past ``limit``)."""
        off = self._off(addr, 1)
        end = min(off + limit, len(self.view))
        raw = self.view[off : min(off + _SHORT, end)].tobytes()  # (most strings are paths: a short copy first)
        nul = raw.find(b"\0")
        if nul < 0 and off + _SHORT < end:
            raw = self.view[off:end].tobytes()
            nul = raw.find(b"\0")
        if nul < 0:
            if end == len(self.view):
                raise BadAddress(f"0x{addr:x}: string runs off the end of memory")
            raise FsError(E.ENAMETOOLONG, "string too long")
        return raw[:nul]


class TrackedMemory(UserMemory):
    """:class:`UserMemory` that remembers which pages the host wrote (KVM's dirty log does not see those)."""

    def __init__(self, buffer: memoryview, *, low: int) -> None:
        super().__init__(buffer, 0, low=low)
        self.written: set[int] = set()

    def _note(self, addr: int, n: int) -> None:
        if n > 0:
            self.written.update(range(addr // PAGE, (addr + n - 1) // PAGE + 1))


class ProtectedMemory(UserMemory):
    """``inner`` as process ``owner``'s system calls see it: the page protections of ``owner.space`` apply.

    A buffer a call reads from must be readable, one it writes to writable (Linux's ``copy_from_user``/
    ``copy_to_user``); the kernel's own work on the pages (filling a file mapping, ``mremap``, loading
    a program) uses the unchecked memory (``AddressSpace.mem``). Without protections (``prot`` is
    ``None``) only the bounds are checked.
    """

    def __init__(self, inner: UserMemory, owner: Any) -> None:
        self.view, self.base, self.low, self.end = inner.view, inner.base, inner.low, inner.end
        self.inner = inner
        self._owner = owner  # its .space is looked up each time (execve replaces it)

    @classmethod
    def of(cls, mem: UserMemory, owner: Any) -> ProtectedMemory:
        """``mem`` (or the memory under it, if it is one already) as ``owner``'s calls see it."""
        return cls(mem.inner if isinstance(mem, ProtectedMemory) else mem, owner)

    def check(self, addr: int, n: int, *, write: bool) -> None:
        self._off(addr, n)
        space = self._owner.space
        prot: Protections | None = space.prot if space is not None else None
        if prot is None or n <= 0:
            return
        need = _WRITE if write else _READ
        end = addr + n
        for r in range(addr // HUGE, (end - 1) // HUGE + 1):
            table = prot.regions.get(r)
            if table is None:  # one entry for the whole region (the guard's: none)
                if prot.entry(r * HUGE) & need != need:
                    raise BadAddress(f"0x{addr:x}+{n}: not {'writable' if write else 'readable'}")
                continue
            lo, hi = max(addr, r * HUGE) - r * HUGE, min(end, (r + 1) * HUGE) - r * HUGE
            for entry in memoryview(table).cast("Q")[lo // PAGE : (hi - 1) // PAGE + 1]:
                if entry & need != need:
                    raise BadAddress(f"0x{addr:x}+{n}: not {'writable' if write else 'readable'}")

    def read(self, addr: int, n: int) -> bytes:
        self.check(addr, n, write=False)
        return super().read(addr, n)

    def write(self, addr: int, data: bytes | bytearray | memoryview) -> None:
        self.check(addr, len(data), write=True)
        super().write(addr, data)

    def zero(self, addr: int, n: int) -> None:
        self.check(addr, n, write=True)
        super().zero(addr, n)

    def fill_from(self, fd: int, ranges: Sequence[tuple[int, int]], offset: int) -> int:
        for a, n in ranges:
            self.check(a, n, write=True)
        return super().fill_from(fd, ranges, offset)

    def cstring(self, addr: int, limit: int = 4096) -> bytes:
        try:
            raw = super().cstring(addr, limit)
        except (OSError, BadAddress):  # (FsError: too long) an unreadable first byte is EFAULT whatever follows
            self.check(addr, 1, write=False)
            raise
        self.check(addr, len(raw) + 1, write=False)  # (the first byte too: one check where there were two)
        return raw

    def _note(self, addr: int, n: int) -> None:
        self.inner._note(addr, n)


class AddressSpace:
    """``brk`` and ``mmap`` bookkeeping: the break grows up from ``brk_start``, mappings down from ``top``.

    Memory never handed out since the program started is known to be zero
    (``[brk_high, pristine)``), so only memory given back and reused is zeroed
    again. The guest's own fast path (``guest/legacy/entry.S``) moves the same
    five numbers in its state page; :meth:`load_state`/:meth:`state` carry them
    across.

    Args:
        mem: the program's memory.
        brk_start: the initial break (end of the loaded image, page-aligned).
        top: one past the highest address mappings may use (below the stack guard).
    """

    def __init__(self, mem: UserMemory, brk_start: int, top: int) -> None:
        self.mem = mem
        self.brk_start = self.brk = self.brk_high = brk_start
        self.top = self.floor = self.pristine = top
        self.free: list[tuple[int, int]] = []  # (start, length) holes in [floor, top), ascending
        self._extra: list[tuple[int, int]] = []  # holes the guest's table had no room for
        #: What each page may do (enforced by the machine's page tables); ``None``: not enforced.
        self.prot: Protections | None = None

    # -- state shared with the guest ---------------------------------------------------

    def state(self) -> tuple[int, int, int, int, int]:
        """``(brk_start, brk, brk_high, floor, pristine)``."""
        return self.brk_start, self.brk, self.brk_high, self.floor, self.pristine

    def shared_holes(self) -> list[tuple[int, int]]:
        """The holes for the guest's table, ``(start, end)`` ascending: at most :data:`HOLES_MAX`.

        When there are more, the largest are shared and the rest stay on the host (the guest
        never hands those out; :meth:`load_state` merges them back).
        """
        keep = self.free
        if len(keep) > HOLES_MAX:
            keep = sorted(sorted(self.free, key=lambda h: -h[1])[:HOLES_MAX])
            kept = set(keep)
            self._extra = [h for h in self.free if h not in kept]
        else:
            self._extra = []
        return [(s, s + n) for s, n in keep]

    def load_state(
        self, brk_start: int, brk: int, brk_high: int, floor: int, pristine: int,
        holes: Sequence[tuple[int, int]] | None = None,
    ) -> None:  # fmt: skip
        """Adopt values the guest moved, and its hole table (``(start, end)``), ignoring impossible ones.

        A table the program wrote over is dropped: its holes are then never reused (safe, the
        memory stays the program's), never trusted.
        """
        if not (self.brk_start <= brk <= brk_high <= floor <= self.top and brk_high <= pristine <= floor):
            return
        self.brk, self.brk_high, self.floor, self.pristine = brk, brk_high, floor, pristine
        if holes is None:
            self.free = [(s, n) for s, n in self.free if s >= floor]
            return
        last, page = floor, list[tuple[int, int]]()
        for start, end in holes:
            if start < last or end <= start or end > self.top or (start | end) & (PAGE - 1):
                page = []
                break
            page.append((start, end - start))
            last = end
        self.free = page + [(s, n) for s, n in self._extra if s >= floor]
        self._extra = []
        self._normalize()

    def clone(self, mem: UserMemory) -> AddressSpace:
        """The same bookkeeping over ``mem`` (a forked copy of this memory)."""
        other = AddressSpace(mem, self.brk_start, self.top)
        other.brk, other.brk_high, other.floor, other.pristine = self.brk, self.brk_high, self.floor, self.pristine
        other.free, other._extra = list(self.free), list(self._extra)
        other.prot = self.prot.clone() if self.prot is not None else None
        return other

    def mapped(self, start: int, end: int, stack: int) -> bool:
        """True when every page of ``[start, end)`` is mapped: image and break, a mapping, or the stack from ``stack``.

        Linux answers ``ENOMEM`` to ``mprotect`` of a range with a hole; holes here must keep the
        default protection (the guest's ``mm.c`` hands them out again without asking the host).
        """
        if end <= start:
            return True
        if self.mem.low <= start and end <= page_up(self.brk) or stack <= start and end <= self.mem.end:
            return True
        if not (self.floor <= start and end <= self.top):
            return False
        return not any(s < end and start < s + n for s, n in self.free)

    # -- operations --------------------------------------------------------------------

    def _oom(self, want: int) -> OutOfMemory:
        room = self.floor - page_up(self.brk_high)
        return OutOfMemory(
            f"program memory exhausted: asked for {want} bytes with {max(room, 0)} left between the break "
            f"(0x{self.brk:x}) and the mappings (0x{self.floor:x})"
        )

    def _zero(self, start: int, end: int) -> None:
        """Zero ``[start, end)`` except the part known to be untouched."""
        if start < min(end, self.brk_high):
            self.mem.zero(start, min(end, self.brk_high) - start)
        lo = max(start, self.pristine)
        if lo < end:
            self.mem.zero(lo, end - lo)

    def set_brk(self, addr: int) -> int:
        """``brk(addr)``: move the break; returns the new break (the old one when refused).

        Raises:
            OutOfMemory: the break would meet the mappings.
        """
        if addr < self.brk_start:
            return self.brk
        new = page_up(addr)
        if new - self.brk_start > self.top - self.brk_start - PAGE:
            return self.brk  # can never fit: refuse like Linux does
        if new > self.floor - PAGE:
            raise self._oom(new - page_up(self.brk))
        old = page_up(self.brk)
        if new > old:
            self._zero(old, new)
        elif new < old and self.prot is not None:  # given back: fresh read-write pages when taken again
            self.prot.reset(new, old)
        self.brk_high = max(self.brk_high, new)
        self.brk = addr
        return addr

    def map(self, length: int, *, fixed: int | None = None, zero: bool = True) -> int:
        """Reserve ``length`` bytes (page-rounded) of zeroed memory; returns its address.

        With ``zero=False`` the caller overwrites every byte itself (a file mapping) and the range is
        left as it was.

        Raises:
            FsError: ``EINVAL`` for a zero length, ``ENOMEM`` for a request that can never fit or a bad
                ``MAP_FIXED`` address.
            OutOfMemory: the memory is exhausted.
        """
        n = page_up(length)
        if n <= 0:
            raise FsError(E.EINVAL, "mmap length")
        if n > self.top - page_up(self.brk_start) - PAGE:
            raise FsError(E.ENOMEM, "larger than the program's memory")
        if fixed is not None:
            if fixed & (PAGE - 1) or fixed < self.floor or fixed + n > self.top:
                raise FsError(E.ENOMEM, "MAP_FIXED outside the mapping area")
            self._take(fixed, n)
            if zero:
                self._zero(fixed, fixed + n)
            return fixed
        for i, (start, size) in enumerate(self.free):
            if size >= n:
                addr = start + size - n
                if size == n:
                    del self.free[i]
                else:
                    self.free[i] = (start, size - n)
                if zero:
                    self._zero(addr, addr + n)
                return addr
        addr = self.floor - n
        if addr < page_up(self.brk_high) + PAGE:
            raise self._oom(n)
        if zero:
            self._zero(addr, self.floor)
        self.floor = addr
        self.pristine = min(self.pristine, addr)
        return addr

    def _take(self, addr: int, n: int) -> None:
        holes = []
        for start, size in self.free:
            end = start + size
            if end <= addr or start >= addr + n:
                holes.append((start, size))
                continue
            if start < addr:
                holes.append((start, addr - start))
            if end > addr + n:
                holes.append((addr + n, end - addr - n))
        self.free = holes

    def unmap(self, addr: int, length: int) -> None:
        """Release ``[addr, addr+length)`` (only the part inside the mapping area counts)."""
        n = page_up(length)
        if addr & (PAGE - 1) or n <= 0:
            raise FsError(E.EINVAL, "munmap")
        lo, hi = max(addr, self.floor), min(addr + n, self.top)
        if lo >= hi:
            return
        self._take(lo, hi - lo)  # drop overlaps with existing holes, then add the range as one hole
        self.free.append((lo, hi - lo))
        self._normalize()

    def _normalize(self) -> None:
        """Sort and merge the holes; a hole at the floor gives its room back."""
        merged: list[tuple[int, int]] = []
        for start, size in sorted(self.free):
            if merged and merged[-1][0] + merged[-1][1] == start:
                merged[-1] = (merged[-1][0], merged[-1][1] + size)
            else:
                merged.append((start, size))
        while merged and merged[0][0] == self.floor:  # a hole at the floor gives its room back
            self.floor += merged[0][1]
            merged.pop(0)
        self.free = merged
