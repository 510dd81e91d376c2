"""The system area of a legacy program's VM: its memory map, how it is prepared, and the state page.

System area (identity-mapped; the program's layout is in :mod:`.loader`)::

    0x0000  unmapped
    0x1000  unused (the page tables live in a slot of their own: .pagetables)   supervisor only
    0x7000  split regions and default protection (mm.c's view, .pagetables)     user, read-only
    0x8000  more guest-answered calls (the signal calls), from entry.S          user, read-only
    0x9000  GDT, then the TSS and its I/O bitmap (ports 0xE2/0xE3 only)         supervisor only
    0xA000  IDT: vectors 0-31 → exception stubs, on their own stack (IST1)      supervisor only
    0xB000  syscall entry (LSTAR) + exception stubs, from guest/legacy/entry.S  user, read-only
    0xC000  state page shared with the host (break, mapping floor, counters)    user
    0xD000  signal block (syscalls/sigstate.py), then the exception stack (IST1 top 0xE000)   user
    0xE000  calls answered in the guest, per number (--stats); mm.c's stack     user
    0xF000  the mapping area's hole table (mm.c and AddressSpace share it)      user

The state page (``entry.S``: ``S_*``) is how the host and the in-guest
handlers of ``entry.S``/``mm.c`` keep each other informed without an exit:
the program break and mapping floor, the hole table, counters, a read cache
and a write buffer. The guest can scribble over all of it, so the host
validates what it reads back (:func:`flush_writes`, :func:`load_space`).
Descriptors come from the toolbox (:mod:`multipie.kvm.segments`).
"""

from __future__ import annotations

import os
import struct
from collections import Counter

from multipie.domains.legacy import imagepages, loader, stub
from multipie.domains.legacy.syscalls import HOLES_MAX, AddressSpace, BadAddress, LinuxProcess, UserMemory
from multipie.kvm import longmode as lm
from multipie.kvm import segments
from multipie.kvm.elf import PAGE, ElfImage
from multipie.kvm.memory import GuestMemory
from multipie.kvm.vcpu import Vcpu
from multipie.resources.fs import HostOpenFile, MemOpenFile, StreamFile

__all__ = ["FAULT_PORT", "SYSCALL_PORT", "load_registers", "load_space", "prepare", "region0", "store_space"]

PAGE_TABLES = 0x1000
GDT = 0x9000
TSS = 0x9100
IDT = 0xA000
ENTRY = 0xB000
MORE = 0x8000  # entry.S's first code page: its blob starts here, ENTRY - MORE bytes before LSTAR
FAULTS = ENTRY + 0x800
FAULT_STRIDE = 8  # entry.S: one exception stub per vector
STATE = 0xC000
FAULT_STACK_TOP = 0xE000
#: mm.c's view of the protections (:mod:`.pagetables`): one bit per 2 MiB region whose pages are not all
#: default (memory calls touching one go to the host), then the default ``PROT_*`` of data.
SPLIT, SPLIT_BYTES, DEFAULT_PROT = 0x7000, 256, 0x7100
COUNTS = 0xE000  # u32 per system call number < NCOUNTS, counted by entry.S when answered in the guest
NCOUNTS = 512
#: Per-thread words the guest reads or writes without an exit (entry.S S_TID, S_ROBUST; S_TID_ADDR is on
#: the state page): the host swaps them at every thread switch (:mod:`.tasks`).
TID, ROBUST, S_TID_ADDR = 0xE810, 0xE818, 48
MM = 0xF000  # hole table: u64 count, then (start, end) pairs from MM + 16 (mm.c)
SYSCALL_PORT = 0xE2
FAULT_PORT = 0xE3

# GDT: segments.SYSCALL_GDT, then the TSS (2 slots).
USER_CS = 0x28 | 3
USER_DS = 0x20 | 3
TSS_SEL = 0x30
_TSS = segments.tss(ist1=FAULT_STACK_TOP, ports=(SYSCALL_PORT, FAULT_PORT))
MSR_STAR, MSR_LSTAR, MSR_SFMASK, MSR_FS_BASE = 0xC0000081, 0xC0000082, 0xC0000084, 0xC0000100
STAR = (0x18 << 48) | (0x08 << 32)
SFMASK = 0x47700  # TF, IF, DF, IOPL, NT, AC cleared on syscall entry
USER_RFLAGS = 0x202
EFER_SCE = 1
U64 = (1 << 64) - 1

# State page fields (entry.S: S_*).
S_FIELDS = struct.Struct("<5Q")  # brk_start, brk, brk_high, floor, pristine
S_PID, S_RSEQ, S_FAST = 40, 56, 64
S_RC = 104  # read cache: fd, pos, end, hits, then user_lo, user_hi, guard_lo, guard_hi
RC_NONE = U64
S_RND, RND_BYTES = 256, 256  # random bytes for getrandom answered in the guest
S_COMM, S_EXE_LEN, S_EXE, EXE_MAX = 184, 200, 512, 512  # prctl(PR_GET_NAME), readlink(/proc/self/exe)
S_FS_HINT, S_FS_SET = 208, 216  # arch_prctl(ARCH_SET_FS) answered in the guest for the pre-set base
# Write buffer (entry.S: S_WB_*): small writes to fds the host marks bufferable stay in the guest
# until the next exit. Only output captured into a bytearray qualifies: nobody can observe it
# before the run returns, so delivering it at the next exit changes nothing visible.
S_WB_MASK, S_WB_FD, S_WB_LEN = 224, 232, 240
S_MAP_TOP = 248  # one past the mapping area (mm.c)
WB_BUF, WB_SIZE = 1024, 3072
WB_FDS = (1, 2)
READ_CACHE = 0x100000
READ_CACHE_SIZE = 1 << 20
READ_CACHE_FIRST = 64 << 10  # read ahead after a first read at offset 0 (a header, often: ld.so maps the rest)
_CACHEABLE = (HostOpenFile, MemOpenFile)  # files whose small reads may be cached in the guest


def prepare(mem: GuestMemory, user: UserMemory, image: ElfImage) -> None:
    """Write the system area (GDT, TSS, IDT, entry stub) and ``image``'s segments into ``mem``.

    The page tables are not here: :mod:`.pagetables` keeps them in a slot of their own, starting
    from :func:`region0` (the first 2 MiB) and the image's protections.
    """
    lm.write_gdt(mem, GDT, (*segments.SYSCALL_GDT, *segments.tss_descriptor(TSS, len(_TSS) - 1)))
    mem.write(TSS, _TSS)
    mem.write(IDT, segments.idt([FAULTS + FAULT_STRIDE * v for v in range(segments.VECTORS)], USER_CS))
    more, code = stub.code_pages(stub.entry_blob(), ENTRY - MORE)
    mem.write(MORE, more)
    mem.write(ENTRY, code)
    loader.load_segments(user, image)
    imagepages.share(mem, image)  # read-only pages: one host copy for all machines of the image


def region0() -> bytes:
    """The 512 page-table entries of the first 2 MiB: page 0 unmapped, the system area, user pages from 0x10000.

    System pages are supervisor-only (page tables of old, GDT/TSS/IDT) or user pages without
    execute permission, except the entry page (read-only, executable); user pages start as data
    (read-write, not executable), the protections of what is loaded there are set on top.
    """
    data = lm.USER_RW | lm.PageFlags.NO_EXECUTE
    small: dict[int, int] = {p: lm.KERNEL_RW for p in range(PAGE_TABLES // PAGE, ENTRY // PAGE)}
    small[ENTRY // PAGE] = small[MORE // PAGE] = lm.USER_RO
    small[SPLIT // PAGE] = lm.USER_RO | lm.PageFlags.NO_EXECUTE
    small[STATE // PAGE] = data
    for p in range(0xD000 // PAGE, MM // PAGE + 1):
        small[p] = data
    for p in range(loader.USER_BASE // PAGE, 512):
        small[p] = data
    return struct.pack("<512Q", *((p * PAGE | int(small[p])) if p in small else 0 for p in range(512)))


def load_registers(vcpu: Vcpu, cr3: int) -> None:
    """Special registers (ring-3 segments, TSS, IDT, ``syscall`` enabled, no-execute bits on) and the MSRs."""
    gdt_limit = (len(segments.SYSCALL_GDT) + 2) * 8 - 1
    sregs = lm.long_mode_sregs(vcpu.get_sregs(), cr3=cr3, gdt=GDT, gdt_limit=gdt_limit, nx=True)
    segments.set_segment(sregs.cs, USER_CS, code=True)
    for name in ("ds", "es", "fs", "gs", "ss"):
        segments.set_segment(getattr(sregs, name), USER_DS, code=False)
    segments.set_tr(sregs.tr, base=TSS, limit=len(_TSS) - 1, selector=TSS_SEL)
    sregs.idt.base, sregs.idt.limit = IDT, segments.VECTORS * 16 - 1
    sregs.efer |= EFER_SCE
    vcpu.set_sregs(sregs)
    vcpu.set_msrs({MSR_STAR: STAR, MSR_LSTAR: ENTRY, MSR_SFMASK: SFMASK, MSR_FS_BASE: 0})


def start_state(mem: GuestMemory, space: AddressSpace, layout: loader.Layout, *, pid: int, exe: str) -> bytes:
    """Fill the state page for a new program ``exe`` (process ``pid``); returns its ``comm`` name."""
    mem.write_u64(STATE + S_PID, pid)
    mem.write(TID, struct.pack("<2Q", pid, 0))  # its one thread: tid = pid, no robust list
    mem.write_u64(STATE + S_MAP_TOP, space.top)
    store_space(mem, space)
    mem.write(STATE + S_RC, struct.pack("<10Q", RC_NONE, 0, 0, 0, loader.USER_BASE, layout.size, layout.guard,
                                        layout.stack_floor, STATE + S_RND, STATE + S_RND + RND_BYTES))  # fmt: skip
    mem.write(STATE + S_RND, os.urandom(RND_BYTES))  # fresh per run, for getrandom in the guest
    exe_raw = exe.encode("utf-8", "surrogateescape")
    comm = os.path.basename(exe_raw)[:15]
    mem.write(STATE + S_COMM, comm.ljust(16, b"\0"))
    mem.write_u64(STATE + S_EXE_LEN, len(exe_raw) if 0 < len(exe_raw) < EXE_MAX else 0)
    mem.write(STATE + S_EXE, exe_raw[: EXE_MAX - 1])
    return comm


def fork_state(mem: GuestMemory, *, pid: int) -> None:
    """Make a forked copy's state page its own: pid, fresh counters, random bytes; no FS base hint."""
    mem.write_u64(STATE + S_PID, pid)
    mem.write(TID, struct.pack("<2Q", pid, 0))  # only the calling thread goes on in the child
    mem.write_u64(STATE + S_FAST, 0)  # the child's own calls from here on
    mem.write(COUNTS, bytes(4 * NCOUNTS))
    mem.write(STATE + S_FS_HINT, bytes(16))  # this machine's MSR may hold another base
    mem.write(STATE + S_RND, os.urandom(RND_BYTES))
    mem.write(STATE + S_RC + 64, struct.pack("<2Q", STATE + S_RND, STATE + S_RND + RND_BYTES))


def load_space(mem: GuestMemory, space: AddressSpace) -> None:
    """Read what the guest's memory calls changed (state page and hole table) into ``space``."""
    n = min(mem.read_u64(MM), HOLES_MAX)
    raw = mem.read(MM + 16, 16 * n)
    holes = [struct.unpack_from("<2Q", raw, 16 * i) for i in range(n)]
    brk_start, brk, brk_high, floor, pristine = S_FIELDS.unpack(mem.read(STATE, S_FIELDS.size))
    space.load_state(brk_start, brk, brk_high, floor, pristine, holes=holes)


def store_space(mem: GuestMemory, space: AddressSpace) -> None:
    """Write ``space`` where the guest's memory calls find it (state page and hole table)."""
    holes = space.shared_holes()
    mem.write(STATE, S_FIELDS.pack(*space.state()))
    mem.write(MM, struct.pack(f"<2Q{2 * len(holes)}Q", len(holes), 0, *(x for h in holes for x in h)))


def bufferable(proc: LinuxProcess) -> int:
    """The fds (bit n = fd n) whose writes the guest may buffer: 1 and 2 when captured into a bytearray."""
    mask = 0
    for fd in WB_FDS:
        entry = proc.fds.get(fd)
        if entry is not None:
            f = entry.file
            if isinstance(f, StreamFile) and isinstance(f.sink, bytearray) and f.writable:
                mask |= 1 << fd
    return mask


def flush_writes(mem: GuestMemory, proc: LinuxProcess, mask: int) -> None:
    """Write out what the guest buffered (see entry.S ``sys_write``) to an fd allowed by ``mask``.

    The guest controls the state page: a length or fd the host did not allow is dropped
    (only a program that scribbled over its own state page can produce one).
    """
    n = mem.read_u64(STATE + S_WB_LEN)
    if not n:
        return
    fd = mem.read_u64(STATE + S_WB_FD)
    mem.write_u64(STATE + S_WB_LEN, 0)
    if n > WB_SIZE or fd >= 64 or not mask >> fd & 1:
        return
    entry = proc.fds.get(fd)
    if entry is not None and entry.file.writable:
        entry.file.write(mem.read(STATE + WB_BUF, n))


def fill_read_cache(
    mem: GuestMemory, user: UserMemory, proc: LinuxProcess, fd: int, buf: int, count: int
) -> int | None:
    """Serve a small ``read`` of a file and leave what follows in the guest's read cache.

    Returns the bytes read into ``buf``, or ``None`` (nothing done) when the read is not of a
    cacheable file; the normal path serves it then.
    """
    entry = proc.fds.get(fd) if fd < (1 << 31) else None
    if entry is None or not 0 < count < READ_CACHE_SIZE or not isinstance(entry.file, _CACHEABLE):
        return None
    f = entry.file
    if not f.readable:
        return None
    try:
        user._off(buf, count)
    except BadAddress:
        return None  # let the normal path report EFAULT
    if isinstance(f, HostOpenFile):  # straight into guest memory: no 1 MiB host buffer (and its page faults)
        ahead = READ_CACHE_SIZE if f.pos else READ_CACHE_FIRST  # ld.so reads a header, then maps
        got = user.fill_from(f.fd, [(buf, count), (READ_CACHE, ahead)], f.pos)
        f.pos += got
    else:
        data = f.read(READ_CACHE_SIZE)
        user.write(buf, data[:count])
        user.write(READ_CACHE, data[count:])
        got = len(data)
    give = min(got, count)
    if got > give:
        mem.write(STATE + S_RC, struct.pack("<3Q", fd, READ_CACHE, READ_CACHE + got - give))
    return give


def drop_read_cache(mem: GuestMemory, proc: LinuxProcess) -> None:
    """Give cached bytes the guest did not read back to the file offset; empty the cache."""
    fd, pos, end = struct.unpack("<3Q", mem.read(STATE + S_RC, 24))
    mem.write_u64(STATE + S_RC, RC_NONE)
    entry = proc.fds.get(fd)
    if entry is not None and READ_CACHE <= pos <= end <= READ_CACHE + READ_CACHE_SIZE:
        entry.file.pos = max(0, entry.file.pos - (end - pos))


def page_counts(mem: GuestMemory) -> Counter[int]:
    """Calls answered in the guest since the counter page was last cleared, by number."""
    raw = memoryview(mem.read(COUNTS, 4 * NCOUNTS)).cast("I")
    return Counter({nr: n for nr, n in enumerate(raw) if n})
