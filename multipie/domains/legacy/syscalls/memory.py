"""Memory system calls: ``brk`` and private/anonymous ``mmap`` inside the program's own memory.

The bookkeeping is :class:`~multipie.domains.legacy.syscalls.addrspace.AddressSpace`; without one
(``proc.space is None``) these calls answer ``-ENOSYS``. :data:`HANDLERS` is this family's part of
the dispatch table.
"""

from __future__ import annotations

import errno as E

from multipie.domains.legacy.syscalls.addrspace import PAGE
from multipie.domains.legacy.syscalls.state import Handler, Process
from multipie.domains.legacy.table import Sys
from multipie.resources.fs import FsError

__all__ = ["HANDLERS"]

MAP_SHARED, MAP_PRIVATE, MAP_FIXED, MAP_ANONYMOUS = 0x01, 0x02, 0x10, 0x20
MAP_FIXED_NOREPLACE = 0x100000
MREMAP_MAYMOVE = 1
MADV_DONTNEED = 4


def sys_brk(proc: Process, addr: int, *_: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    return proc.space.set_brk(addr)


def sys_mmap(proc: Process, addr: int, length: int, prot: int, flags: int, fd: int, off: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    if flags & MAP_SHARED and not flags & MAP_ANONYMOUS:
        return -E.ENODEV  # shared file mappings would let writes reach a layer
    if length == 0 or length > (1 << 40):
        return -E.EINVAL
    fixed = addr if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) else None
    try:
        start = proc.space.map(length, fixed=fixed)
    except FsError as exc:
        return -(exc.errno or E.ENOMEM)
    if not flags & MAP_ANONYMOUS:
        # A private file mapping is a copy of the file's bytes.
        f = proc.file(fd)
        data = f.pread(length, off)
        proc.mem.write(start, data)
    return start


def sys_munmap(proc: Process, addr: int, length: int, *_: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    proc.space.unmap(addr, length)
    return 0


def sys_mremap(proc: Process, old: int, old_len: int, new_len: int, flags: int, *_: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    old_len = (old_len + PAGE - 1) & ~(PAGE - 1)
    if new_len <= old_len:
        if new_len < old_len:
            proc.space.unmap(old + ((new_len + PAGE - 1) & ~(PAGE - 1)), old_len - new_len)
        return old
    if not flags & MREMAP_MAYMOVE:
        return -E.ENOMEM
    new = proc.space.map(new_len)
    proc.mem.write(new, proc.mem.read(old, old_len))
    proc.space.unmap(old, old_len)
    return new


def sys_mprotect(proc: Process, addr: int, length: int, prot: int, *_: int) -> int:
    return 0 if not addr & (PAGE - 1) else -E.EINVAL


def sys_madvise(proc: Process, addr: int, length: int, advice: int, *_: int) -> int:
    if addr & (PAGE - 1):
        return -E.EINVAL
    n = (length + PAGE - 1) & ~(PAGE - 1)
    space = proc.space
    if advice == MADV_DONTNEED and space is not None and space.brk_start <= addr and addr + n <= space.top:
        proc.mem.zero(addr, n)  # private anonymous memory reads as zero afterwards (entry.S/mm.c does the same)
    return 0


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.brk: sys_brk,
    Sys.mmap: sys_mmap,
    Sys.munmap: sys_munmap,
    Sys.mremap: sys_mremap,
    Sys.mprotect: sys_mprotect,
    Sys.madvise: sys_madvise,
}
