"""Memory system calls: ``brk`` and ``mmap`` (anonymous and file-backed) inside the program's own memory.

The bookkeeping is :class:`~multipie.domains.legacy.syscalls.addrspace.AddressSpace`; without one
(``proc.space is None``) these calls answer ``-ENOSYS``. :data:`HANDLERS` is this family's part of
the dispatch table.

A file mapping (what a dynamic linker makes of every library) is served here, once per mapping:
the file's bytes from the page-aligned offset are copied into the mapped range (the rest of the last
page and any pages past the end of the file read as zero, as on Linux). ``MAP_PRIVATE`` is exactly
that; ``MAP_SHARED`` is accepted when the mapping cannot write (``PROT_WRITE`` absent): the program
sees the same bytes, and only a later change of the file by someone else would be missed. A
writable shared mapping is refused (``ENODEV``): its writes would have to reach the file.

A library's syscall sites are rewritten here (:mod:`~multipie.domains.legacy.syscallsites`): ``ld.so``'s
mapping of a layer file's whole span at offset 0 gets the file's trampoline area mapped after it, and an
executable mapping of the file is rewritten as it is filled when that area is where it must be.
"""

from __future__ import annotations

import bisect
import errno as E

from multipie.domains.legacy import siterewrite, syscallsites
from multipie.domains.legacy.syscalls.addrspace import PAGE, BadAddress, UserMemory, page_up
from multipie.domains.legacy.syscalls.protections import HUGE
from multipie.domains.legacy.syscalls.state import Handler, Process
from multipie.domains.legacy.syscallsites import Plan
from multipie.domains.legacy.table import Sys
from multipie.errors import OutOfMemory
from multipie.resources.fs import FsError, HostOpenFile, MemOpenFile, OpenFile
from multipie.resources.fs.devices import DeviceFile

__all__ = ["HANDLERS"]

MAP_SHARED, MAP_PRIVATE, MAP_FIXED, MAP_ANONYMOUS = 0x01, 0x02, 0x10, 0x20
MAP_FIXED_NOREPLACE = 0x100000
MAP_NORESERVE = 0x4000
PROT_READ, PROT_WRITE, PROT_EXEC = 0x1, 0x2, 0x4
#: Open files a program may map: files of the layers and granted directories, private files, devices.
_MAPPABLE = (HostOpenFile, MemOpenFile, DeviceFile)
MREMAP_MAYMOVE, MREMAP_FIXED = 1, 2
MADV_DONTNEED = 4


def sys_brk(proc: Process, addr: int, *_: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    return proc.space.set_brk(addr)


def sys_mmap(proc: Process, addr: int, length: int, prot: int, flags: int, fd: int, off: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    # Linux's argument checks, in its order: mapping type, length, fixed address, then the file.
    if flags & 0xF not in (MAP_SHARED, MAP_PRIVATE, MAP_SHARED | MAP_PRIVATE) or length == 0 or length > (1 << 40):
        return -E.EINVAL
    fixed = addr if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) else None
    if fixed is not None and fixed & (PAGE - 1):
        return -E.EINVAL
    f = None
    if not flags & MAP_ANONYMOUS:
        if off & (PAGE - 1):
            return -E.EINVAL
        f = proc.file(fd)  # EBADF before any memory is reserved
        if not f.readable:
            return -E.EACCES
        if flags & MAP_SHARED and prot & PROT_WRITE:
            return -E.EACCES if not f.writable else -E.ENODEV  # writes would have to reach the file
        if not isinstance(f, _MAPPABLE):
            return -E.ENODEV  # pipes, streams, directories: nothing to map
    plan = _plan(f, prot, off, fixed)
    area = _area(plan, length, off) if fixed is None else 0
    try:
        start = proc.space.map(page_up(length) + area if area else length, fixed=fixed, zero=f is None)
    except FsError as exc:
        return -(exc.errno or E.ENOMEM)
    except OutOfMemory:
        if flags & MAP_NORESERVE:  # a reservation (glibc's per-thread malloc arenas): Linux never OOM-kills for one
            return -E.ENOMEM
        raise
    if f is not None:
        _copy_file(proc, f, start, length, off)
    if plan is not None and (area or prot & PROT_EXEC):
        _rewrite_sites(proc.space.mem, plan, start, length, off, reserved=bool(area))
    if proc.space.prot is not None:
        proc.space.prot.set(start, start + page_up(length), prot)
        if area:
            proc.space.prot.set(start + page_up(length), start + page_up(length) + area, PROT_READ | PROT_EXEC)
    return start


def _plan(f: OpenFile | None, prot: int, off: int, fixed: int | None) -> Plan | None:
    """The syscall-site plan of a layer file mapped as a library's span or code (None: nothing to rewrite)."""
    if not isinstance(f, HostOpenFile) or not f.stable or not (prot & PROT_EXEC or (off == 0 and fixed is None)):
        return None
    return siterewrite.for_file(f.fd)


def _area(plan: Plan | None, length: int, offset: int) -> int:
    """Bytes to map after a new mapping of ``length`` at file ``offset``: the area, when it is the span reservation."""
    if plan is None or offset != 0 or page_up(length) != plan.span:
        return 0
    return plan.area


def _rewrite_sites(mem: UserMemory, plan: Plan, start: int, length: int, offset: int, *, reserved: bool) -> int:
    """Fill the area (``reserved``: just mapped after the span at ``start``) and rewrite the sites of an
    executable mapping of ``[offset, offset + length)`` at ``start`` whose area is in place; returns how many.

    ``mem`` is the process's memory, written as the kernel would (protections aside).
    """
    if reserved:  # the whole area: its memory was not zeroed (a file mapping's is filled by its caller)
        mem.write(start + plan.span, plan.trampolines.ljust(plan.area, b"\xcc"))
    for seg_off, seg_vaddr, seg_len in plan.segments:
        if seg_off <= offset < seg_off + seg_len:
            base = start - (seg_vaddr + offset - seg_off - plan.low)  # where the span starts
            break
    else:
        return 0
    if not reserved:
        try:
            if mem.read(base + plan.span, len(plan.header())) != plan.header():
                return 0  # not mapped the way ld.so maps (no area where it must be): the sites keep trapping
        except BadAddress:
            return 0
    done = 0
    for site_off, five in plan.sites[bisect.bisect_left(plan.sites, (offset, b"")) :]:
        if site_off + 5 > offset + length:
            break
        mem.write(start + site_off - offset, five)
        done += 1
    return done


def _copy_file(proc: Process, f: OpenFile, start: int, length: int, off: int) -> None:
    """Fill a new file mapping: the file's bytes, then zeros to the end of its last page."""
    assert proc.space is not None
    mem = proc.space.mem  # the kernel's work: whatever protections the pages had before
    if isinstance(f, HostOpenFile):  # straight from the host file into guest memory
        got = mem.fill_from(f.fd, [(start, length)], off)
    else:
        data = f.pread(length, off)
        mem.write(start, data)
        got = len(data)
    mem.zero(start + got, page_up(length) - got)


def sys_munmap(proc: Process, addr: int, length: int, *_: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    n = page_up(length)
    n += _area_after(proc.space.mem, addr + n) if length > 0 else 0
    _forget(proc, addr, n)
    proc.space.unmap(addr, n)
    return 0


def _area_after(mem: UserMemory, end: int) -> int:
    """The length of a library's trampoline area starting at ``end`` (0: none): unmapping a library's span
    (``dlclose``) takes its area with it, so a library loaded again lands where it was."""
    try:
        return syscallsites.area_of(mem.read(end, syscallsites.HEADER_BYTES))
    except BadAddress:
        return 0


def _forget(proc: Process, addr: int, n: int) -> None:
    """Pages of the mapping area about to be given back lose their protection: the default one, for the next user."""
    space = proc.space
    if space is not None and space.prot is not None:
        space.prot.reset(max(addr, space.floor), min(addr + n, space.top))


def sys_mremap(proc: Process, old: int, old_len: int, new_len: int, flags: int, new_addr: int, *_: int) -> int:
    if proc.space is None:
        return -E.ENOSYS
    if flags & ~7 or (flags & MREMAP_FIXED and not flags & MREMAP_MAYMOVE) or old & (PAGE - 1):
        return -E.EINVAL
    if flags & 4:  # MREMAP_DONTUNMAP: not served
        return proc.denied(Sys.mremap, old, old_len, new_len, flags, new_addr)
    if flags & MREMAP_FIXED:
        return _mremap_fixed(proc, old, old_len, new_len, new_addr)
    old_len = (old_len + PAGE - 1) & ~(PAGE - 1)
    if new_len <= old_len:
        tail = old + page_up(new_len)
        if tail < old + old_len:
            _forget(proc, tail, old + old_len - tail)
            proc.space.unmap(tail, old + old_len - tail)
        return old
    if not flags & MREMAP_MAYMOVE:
        return -E.ENOMEM
    new = proc.space.map(new_len)
    proc.space.mem.write(new, proc.space.mem.read(old, old_len))
    _move_prot(proc, old, new, old_len)
    _forget(proc, old, old_len)
    proc.space.unmap(old, old_len)
    return new


def _move_prot(proc: Process, old: int, new: int, n: int) -> None:
    """``mremap`` moved ``n`` bytes from ``old`` to ``new``: their protections go with them."""
    prot = proc.space.prot if proc.space is not None else None
    if prot is not None:
        prot.copy(old, new, n)


def _mremap_fixed(proc: Process, old: int, old_len: int, new_len: int, new: int) -> int:
    """``mremap(MREMAP_MAYMOVE | MREMAP_FIXED)``: move to ``new``, replacing whatever is mapped there."""
    assert proc.space is not None
    old_len, new_len = (old_len + PAGE - 1) & ~(PAGE - 1), (new_len + PAGE - 1) & ~(PAGE - 1)
    if new & (PAGE - 1) or not new_len or (new < old + old_len and old < new + new_len):
        return -E.EINVAL
    data = proc.space.mem.read(old, min(old_len, new_len))
    proc.space.map(new_len, fixed=new)
    proc.space.mem.write(new, data)
    if proc.space.prot is not None:
        proc.space.prot.reset(new, new + new_len)
    _move_prot(proc, old, new, min(old_len, new_len))
    _forget(proc, old, old_len)
    proc.space.unmap(old, old_len)
    return new


def sys_mprotect(proc: Process, addr: int, length: int, prot: int, *_: int) -> int:
    if addr & (PAGE - 1) or prot & ~0x0300000F or prot & 0x03000000 == 0x03000000:  # READ|WRITE|EXEC|SEM|GROWS*
        return -E.EINVAL
    n = page_up(length)
    if n < length or addr + n > 1 << 47:
        return -E.ENOMEM
    space = proc.space
    if space is None or space.prot is None or not n:
        return 0
    if not space.mapped(addr, addr + n, (space.prot.guard + 1) * HUGE):
        return -E.ENOMEM  # a hole or an address never mapped, as Linux
    space.prot.set(addr, addr + n, prot & 7)
    return 0


#: The advice Linux knows (MADV_NORMAL..DONTNEED, FREE..COLLAPSE, HWPOISON, SOFT_OFFLINE); mm.c has the same list.
_ADVICE = frozenset([*range(5), *range(8, 26), 100, 101])


def sys_madvise(proc: Process, addr: int, length: int, advice: int, *_: int) -> int:
    if addr & (PAGE - 1) or advice not in _ADVICE:
        return -E.EINVAL
    n = (length + PAGE - 1) & ~(PAGE - 1)
    space = proc.space
    if advice == MADV_DONTNEED and space is not None and space.brk_start <= addr and addr + n <= space.top:
        space.mem.zero(addr, n)  # private anonymous memory reads as zero afterwards (entry.S/mm.c does the same)
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
