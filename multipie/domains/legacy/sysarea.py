"""The system area of a legacy program's VM: its memory map, how it is prepared, and the state page.

System area (identity-mapped; the program's layout is in :mod:`.loader`)::

    0x0000  unmapped
    0x1000  unused (the page tables live in a slot of their own: .pagetables)   supervisor only
    0x6000  what the guest may answer about fds 0-23, and the cwd (FdView)       user, read-only
    0x7000  split regions and default protection (mm.c's view, .pagetables)     user, read-only
    0x8000  more guest-answered calls (the signal calls), from entry.S          user, read-only
    0x9000  GDT, then the TSS and its I/O bitmap (ports 0xE2/0xE3 only)         supervisor only
    0xA000  IDT: vectors 0-31 → exception stubs, on their own stack (IST1)      supervisor only
    0xB000  syscall entry (LSTAR) + exception stubs, from guest/legacy/entry.S  user, read-only
    0xC000  state page shared with the host (break, mapping floor, counters)    user
    0xD000  signal block (syscalls/sigstate.py); at 0xD8F8 the count of calls through rewritten
            sites (.syscallsites); the file store's opened fds (0xD900); the exception stack (IST1 top 0xE000)   user
    0xE000  calls answered in the guest, per number (--stats); mm.c's stack     user
    0xF000  the mapping area's hole table (mm.c and AddressSpace share it)      user
    0x80000 path stat answers of read-only layers (.pathslots), host-written   user, read-only
    0x8A000 the file store's index, then its kept files (.filestore)            user, read-only
    0x100000 the read cache (1 MiB), then the program from 0x200000 (loader)

The state page (``entry.S``: ``S_*``) is how the host and the in-guest
handlers of ``entry.S``/``mm.c`` keep each other informed without an exit:
the program break and mapping floor, the hole table, counters, a read cache
and a write buffer. The guest can scribble over all of it, so the host
validates what it reads back (:func:`flush_writes`, :func:`load_space`).
Descriptors come from the toolbox (:mod:`multipie.kvm.segments`).
"""

from __future__ import annotations

import itertools
import os
import struct
from collections import Counter
from stat import S_ISREG

from multipie.domains.legacy import filestore, guestfds, imagepages, listing, loader, stub, syscallsites
from multipie.domains.legacy.pathslots import PATH_MAX_LEN, PATH_SLOT, PATH_SLOTS, PATHS, path_hash, path_slots, slot_no
from multipie.domains.legacy.syscalls import HOLES_MAX, AddressSpace, LinuxProcess, Sys, UserMemory
from multipie.domains.legacy.syscalls.files import pack_stat
from multipie.errors import HostBug
from multipie.kvm import longmode as lm
from multipie.kvm import segments
from multipie.kvm.elf import PAGE, ElfImage
from multipie.kvm.memory import GuestMemory
from multipie.kvm.vcpu import Vcpu
from multipie.resources.fs import DirFile, GuestFs, OpenFile, StreamFile

__all__ = ["FAULT_PORT", "SYSCALL_PORT", "FdView", "load_registers", "load_space", "prepare", "region0", "store_space"]

PAGE_TABLES = 0x1000
GDT = 0x9000
TSS = 0x9100
IDT = 0xA000
ENTRY = 0xB000
MORE = stub.MORE  # entry.S's first code page: its blob starts here, ENTRY - MORE bytes before LSTAR
FAULT_STRIDE = 8  # entry.S: one exception stub per vector
_STUBS = FAULT_STRIDE * segments.VECTORS
STATE = 0xC000
#: Per fd below FD_SLOTS (entry.S FDS): u64 flags (FD_OPEN, FD_CLOEXEC, FD_STAT, FD_POS), then from FDS + 256
#: a ``struct stat`` each (FD_STAT: ``fstat`` answered from it), then from FD_OFFSETS an i64 offset each
#: (FD_POS: the host's ``OpenFile.pos``, so ``lseek`` that does not move it is answered from it; -1: ask the
#: host). Only the host writes the page (:class:`FdView`).
FDS, FD_SLOTS, FD_STATS, STAT_SIZE = 0x6000, 24, 0x6100, 144
FD_OFFSETS = FD_STATS + STAT_SIZE * FD_SLOTS  # 0x6E80: up to 0x6F40
FD_OPEN, FD_CLOEXEC, FD_STAT, FD_POS = 1, 2, 4, 8
#: The fd's file is a pipe or stream (``unseekable``): the guest answers ``lseek`` with ``-ESPIPE``.
FD_NOSEEK = 16
#: A directory read to its end that no other fd shares: the guest answers ``getdents64`` with 0 (as the
#: host: an empty read at the end, whatever the buffer).
FD_LISTED = 32
#: An ``O_PATH`` fd: the guest leaves its ``ioctl`` to the host (``EBADF``); its ``fstat`` and ``F_GETFD`` are answered.
FD_PATH = 64
_NO_OFFSET = (1 << 64) - 1  # -1: an offset the word cannot carry (the host answers)
#: After the flags: the token of the FdView whose writes the fd and path pages hold (0: none, e.g. a fork
#: child's pages, emptied by :func:`fork_state`); a view that finds another token writes everything again.
FD_TOKEN = FDS + 8 * FD_SLOTS
#: After the token: 1 while the guest may hand out fds itself (entry.S FD_NEW, :mod:`.guestfds`), 0 else; then
#: 1 while the process is alone (one thread, no other process: entry.S FD_ALONE answers a private futex wake).
FD_NEW = FD_TOKEN + 8
#: After the offsets: the working directory for ``getcwd`` in the guest (entry.S CWD): u64 length with its NUL
#: (0: the host answers: too long, off, a fork child's emptied page), then the path.
CWD = FD_OFFSETS + 8 * FD_SLOTS
CWD_MAX = FDS + PAGE - CWD - 8
_TOKENS = itertools.count(1)
assert PATHS + PATH_SLOTS * PATH_SLOT <= filestore.STORE  # (entry.S: the store's index follows the slots)
_AT_FDCWD, _NOFOLLOW = 0xFFFFFF9C, 0x100
#: Calls that never change which file a path names (the rest empty the path answers: ``FdView.after``).
_KEEPS_PATHS = frozenset(int(n) for n in (
    Sys.read, Sys.pread64, Sys.readv, Sys.preadv, Sys.write, Sys.writev, Sys.pwrite64, Sys.close, Sys.lseek,
    Sys.fstat, Sys.newfstatat, Sys.stat, Sys.lstat, Sys.statx, Sys.access, Sys.faccessat, Sys.faccessat2,
    Sys.getdents64, Sys.readlink, Sys.readlinkat, Sys.mmap, Sys.munmap, Sys.mprotect, Sys.brk, Sys.madvise,
    Sys.getcwd, Sys.ioctl, Sys.fcntl, Sys.futex, Sys.socket, Sys.connect, Sys.sysinfo, Sys.getrandom, Sys.uname,
    Sys.dup, Sys.dup2, Sys.dup3, Sys.pipe2, Sys.poll, Sys.ppoll, Sys.clock_gettime, Sys.clock_nanosleep,
    Sys.nanosleep, Sys.rt_sigaction, Sys.rt_sigprocmask, Sys.sched_yield, Sys.getpid, Sys.gettid, Sys.exit_group,
))  # fmt: skip
_OPENS = frozenset((int(Sys.open), int(Sys.openat)))
#: Calls that never change the fd table (after them the fd page needs no look: ~14 µs a call saved).
_KEEPS_FDS = _KEEPS_PATHS - _OPENS - {int(n) for n in (Sys.close, Sys.dup, Sys.dup2, Sys.dup3, Sys.pipe2, Sys.socket,
                                                       Sys.connect, Sys.fcntl, Sys.getdents64, Sys.lseek)}  # fmt: skip
#: A missing path is kept too (only a call that empties the answers can create it) unless it is under
#: /proc or /dev, whose entries come and go with the process's own fds, or the domain has a grant
#: (the host may create a file there while the program polls for it).
_MISSING, _LIVE = (-2, -20), (b"/proc", b"/dev")
_O_CHANGES = 3 | 0o100 | 0o1000  # O_ACCMODE (any write access), O_CREAT, O_TRUNC
FAULT_STACK_TOP = 0xE000
#: mm.c's view of the protections (:mod:`.pagetables`): one bit per 2 MiB region whose pages are not all
#: default (memory calls touching one go to the host), then the default ``PROT_*`` of data.
SPLIT, SPLIT_BYTES, DEFAULT_PROT = 0x7000, 256, 0x7100
COUNTS = 0xE000  # u32 per system call number < NCOUNTS, counted by entry.S when answered in the guest
NCOUNTS = 512
_SCAN = 128  # bytes of counters tested at once for "all zero" (page_counts)
_ZEROS = bytes(_SCAN)
#: Per-thread words the guest reads or writes without an exit (entry.S S_TID, S_ROBUST; S_TID_ADDR is on
#: the state page): the host swaps them at every thread switch (:mod:`.tasks`).
TID, ROBUST, S_TID_ADDR = 0xE810, 0xE818, 48
_TAKE = struct.Struct("<6Q")  # guestfds.CLOSED, then guestfds.MADE's three words and listing.LISTING's two
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


def prepare(mem: GuestMemory, user: UserMemory, image: ElfImage) -> None:
    """Write the system area (GDT, TSS, IDT, entry stub) and ``image``'s segments into ``mem``.

    The page tables are not here: :mod:`.pagetables` keeps them in a slot of their own, starting
    from :func:`region0` (the first 2 MiB) and the image's protections.
    """
    lm.write_gdt(mem, GDT, (*segments.SYSCALL_GDT, *segments.tss_descriptor(TSS, len(_TSS) - 1)))
    mem.write(TSS, _TSS)
    faults = MORE + stub.entry_symbol("faults")  # entry.S's exception stubs, wherever its code put them
    if faults % FAULT_STRIDE or not (MORE <= faults < MORE + PAGE - _STUBS or ENTRY <= faults < ENTRY + PAGE - _STUBS):
        raise HostBug(f"legacy entry stub: exception stubs at 0x{faults:x}, outside its code pages")
    mem.write(IDT, segments.idt([faults + FAULT_STRIDE * v for v in range(segments.VECTORS)], USER_CS))
    more, code = stub.code_pages(stub.entry_blob(), ENTRY - MORE)
    mem.write(MORE, more)
    mem.write(ENTRY, code)
    loader.load_segments(user, image)
    imagepages.share(mem, image)  # read-only pages: one host copy for all machines of the image


def region0() -> bytes:
    """The 512 page-table entries of the first 2 MiB: page 0 unmapped, the system area, user pages from 0x10000.

    System pages are supervisor-only (page tables of old, GDT/TSS/IDT) or user pages without
    execute permission, except the entry page (read-only, executable); user pages start as data
    (read-write, not executable), the protections of what is loaded there are set on top, but for
    the path slots and the file store (read-only: only the host writes them).
    """
    data = lm.USER_RW | lm.PageFlags.NO_EXECUTE
    small: dict[int, int] = {p: lm.KERNEL_RW for p in range(PAGE_TABLES // PAGE, ENTRY // PAGE)}
    small[ENTRY // PAGE] = small[MORE // PAGE] = lm.USER_RO
    for p in (SPLIT // PAGE, FDS // PAGE):
        small[p] = lm.USER_RO | lm.PageFlags.NO_EXECUTE
    small[STATE // PAGE] = data
    for p in range(0xD000 // PAGE, MM // PAGE + 1):
        small[p] = data
    for p in range(loader.USER_BASE // PAGE, 512):
        small[p] = data
    for p in range(PATHS // PAGE, filestore.END // PAGE):  # host-written: read-only, so that a read maps them clean
        small[p] = lm.USER_RO | lm.PageFlags.NO_EXECUTE
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


def fork_state(mem: GuestMemory, *, pid: int, paths: bool = True) -> None:
    """Make a forked copy's state page its own: pid, fresh counters, random bytes; no FS base hint, no fd answers."""
    mem.write_u64(STATE + S_PID, pid)
    mem.write(TID, struct.pack("<2Q", pid, 0))  # only the calling thread goes on in the child
    mem.write_u64(STATE + S_FAST, 0)  # the child's own calls from here on
    mem.write(COUNTS, bytes(4 * NCOUNTS))
    mem.write_u64(syscallsites.DIRECT, 0)
    mem.write(STATE + S_FS_HINT, bytes(16))  # this machine's MSR may hold another base
    mem.write(STATE + S_RND, os.urandom(RND_BYTES))
    mem.write(STATE + S_RC + 64, struct.pack("<2Q", STATE + S_RND, STATE + S_RND + RND_BYTES))
    mem.write(FDS, bytes(PAGE))  # nothing answered from the fd and path pages until the host syncs, nor opened
    if paths:  # (else the program's own memory: Machine.cache)
        mem.write(PATHS, bytes(filestore.STORE + 8 * PATH_SLOTS - PATHS))


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


def take_in(mem: GuestMemory, proc: LinuxProcess, wb_mask: int, view: FdView, *, on: bool) -> None:
    """At every exit, before the host sees anything else the program did: its buffered output, its closed fds, a kept
    file it opened (maybe at a closed fd's number), a listing it did not take (maybe that file's), then the sockets it
    made (the guest may have reused the closed fds' numbers)."""
    if wb_mask and mem.read_u64(STATE + S_WB_LEN):
        flush_writes(mem, proc, wb_mask)
    closed, made, _cx, _nb, _fd, listed = _TAKE.unpack(mem.read(guestfds.CLOSED, _TAKE.size))  # (most exits: all 0)
    if closed:
        guestfds.release_closed(mem, proc, FD_SLOTS)
        view.due(on)
    if mem.read_u64(filestore.OPENED) and view.store.take_opened(proc):
        view.due(on)
    if listed and listing.take_back(mem, proc):
        view.due(on)
    if made and guestfds.take_made(mem, proc, FD_SLOTS):
        view.due(on)


def page_counts(mem: GuestMemory) -> Counter[int]:
    """Calls answered in the guest since the counter page was last cleared, by number."""
    raw = mem.read(COUNTS, 4 * NCOUNTS)
    counts: Counter[int] = Counter()
    for start in range(0, len(raw), _SCAN):  # mostly zero: one compare per all-zero chunk
        chunk = raw[start : start + _SCAN]
        if chunk != _ZEROS:
            counts.update({start // 4 + i: n for i, n in enumerate(memoryview(chunk).cast("I")) if n})
    return counts


class FdView:
    """The guest's read-only copy of what it may answer about fds < ``FD_SLOTS`` without an exit.

    The ``TCGETS``/``TIOCGWINSZ`` ioctls of an open fd are ``-ENOTTY`` (no file a guest opens is a terminal),
    ``fcntl(F_GETFD)`` its close-on-exec flag, and ``fstat``/``newfstatat(fd, "", AT_EMPTY_PATH)``
    of a file of a read-only layer (``HostOpenFile.stable``) a copy of its ``struct stat``, and
    ``lseek`` of such a regular file that leaves its offset where it is (``SEEK_CUR`` 0: Python's
    ``tell`` of each module it reads) or would make it negative (``-EINVAL``), and ``read`` of it at
    or past its size (0), from the offset word the host keeps (``FD_POS``: a file opened for reading
    that no other fd shares; a move goes to the host, which owns the offset). Kept current by
    :meth:`sync` once before the guest runs again after host calls that may change the fd table (fds
    only change in host calls; :meth:`ready`), then :meth:`offsets`, and rewritten whole after memory
    was restored (``fresh``). Off while a warm state is being taken: calls before the entry must reach
    the host, which checks them (:mod:`.warmstart`).
    """

    def __init__(self, mem: GuestMemory) -> None:
        self.mem = mem
        self._seen: dict[int, _FdState] | None = None
        self._paths = -1  # path answers held (-1: the page's contents are not known yet)
        self._paths_ok = False  # this run may keep path answers (no writable grant)
        self._missing_ok = False  # ... and missing paths (no grant at all: the host may add files to one)
        self._kept_for: tuple[object, ...] | None = None  # the namespace the kept path answers hold for
        self._learn: tuple[GuestFs, str, tuple[int, ...]] | None = None  # this run's, for its first kept answer
        self._on = False
        self._due: bool | None = None  # a sync owed before the guest runs again (its ``on``), else None
        self._flags = b""  # the flags last written
        self._regular: dict[int, bool] = {}  # fd -> its stat slot holds a regular file's (valid with FD_STAT)
        self._moving: tuple[tuple[int, OpenFile], ...] = ()  # the FD_POS fds and their files
        self._offsets: dict[int, int] = {}  # fd -> the offset last written at FD_OFFSETS
        self._fd_flags: dict[int, int] = {}  # fd -> its flags as last written (for the fds of ``_seen``)
        self._token = next(_TOKENS)
        self._cwd: str | None = None  # the working directory last written at CWD ("": none)
        self._new: tuple[int, int] | None = None  # FD_NEW and FD_ALONE as last written (None: not known)
        self.store = filestore.FileStore(mem, PATH_SLOTS)  # kept files, named by the path slots
        self.store_ok = True  # the program leaves the slots' and the store's memory free (else hands off: .cache)

    def sync(self, proc: LinuxProcess, *, on: bool = True, fresh: bool = False) -> None:
        """Bring the page in step with ``proc``'s fd table.

        ``on=False``: nothing is answered in the guest; ``fresh``: a new run or program (the fd table
        may be another one). The pages are not part of what a reset restores: they hold what this
        view last wrote, unless their token says otherwise.
        """
        self._on, self._due = on, None
        fds = proc.fds.items() if on else ()
        now: dict[int, _FdState] = {
            fd: (e.file, e.cloexec, e.file.refs == 1, isinstance(e.file, DirFile) and _listed(e.file))
            for fd, e in fds
            if 0 <= fd < FD_SLOTS
        }
        seen = None if fresh else self._seen
        if self.mem.read_u64(FD_TOKEN) != self._token:  # another view's pages, or emptied (a fork child)
            seen, self._flags, self._paths, self._kept_for, self._cwd, self._new = None, b"", -1, None, None, None
            self.mem.write_u64(FD_TOKEN, self._token)
            self.store.forget(write=self.store_ok)
        new = (int(on), int(on and _alone(proc)))  # (a clone or an exit is a host call: synced after it)
        if new != self._new:
            self._new = new
            self.mem.write(FD_NEW, struct.pack("<2Q", *new))
        if fresh:
            self._start(proc, on)
        cwd = proc.cwd if on else ""
        if cwd != self._cwd:  # (it changes only in host calls: chdir, fchdir, a new run)
            raw = cwd.encode("utf-8", "surrogateescape") + b"\0"
            self.mem.write(CWD, struct.pack("<Q", len(raw) if 1 < len(raw) <= CWD_MAX else 0) + raw[:CWD_MAX])
            self._cwd = cwd
        if now == seen:
            return
        seen = seen or {}
        last = self._fd_flags if seen else {}
        flags = [0] * FD_SLOTS
        moving: list[tuple[int, OpenFile]] = []
        for fd, state in tuple(now.items()):
            fl = last.get(fd)
            if fl is None or seen.get(fd) != state:  # (an fd as it was keeps its flags: no getattr, no stat)
                fl = self._flags_of(fd, state, seen, now)
            flags[fd], f = fl, state[0]
            if fl & FD_POS and f is not None:
                moving.append((fd, f))
        kept = {fd for fd, f in self._moving if now.get(fd, (None,))[0] is f} if seen else set()
        self._moving, self._fd_flags = tuple(moving), dict(enumerate(flags))
        self._offsets = {fd: pos for fd, pos in self._offsets.items() if fd in kept}  # the words still true
        self.offsets()  # before the flags say the words hold anything
        raw = struct.pack(f"<{FD_SLOTS}Q", *flags)
        if raw != self._flags:  # one write: the flags are never half old
            self.mem.write(FDS, raw)
            self._flags = raw
        self._seen = now

    def _flags_of(self, fd: int, state: _FdState, seen: dict[int, _FdState], now: dict[int, _FdState]) -> int:
        """The flags of ``fd`` (``state``, new since the last sync), its stat written to its slot when stable."""
        f, cloexec, alone, listed = state
        fl = FD_OPEN | (FD_CLOEXEC if cloexec else 0)
        if f is not None and f.flags & os.O_PATH:
            fl |= FD_PATH
        if getattr(f, "unseekable", False):
            fl |= FD_NOSEEK
        if listed and alone:  # its offset moves only in this process's host calls, as FD_POS's
            fl |= FD_LISTED
        if f is None or not getattr(f, "stable", False):
            return fl
        if seen.get(fd, (None,))[0] is not f:
            try:
                st = f.stat()
                self.mem.write(FD_STATS + STAT_SIZE * fd, pack_stat(st))
            except OSError:  # the host answers (and reports) it; tried again at the next sync
                now[fd] = (None, cloexec, alone, listed)
                return fl
            self._regular[fd] = S_ISREG(st.mode)
        fl |= FD_STAT  # its stat is in its slot
        # Its offset moves only in this process's host calls when no other fd (of this process
        # or, after a fork or SCM_RIGHTS, another's) shares the description: the word stays true.
        if alone and f.readable and self._regular.get(fd, False):
            fl |= FD_POS
        return fl

    def _start(self, proc: LinuxProcess, on: bool) -> None:
        """A new run or program: what path answers it may keep, and whether those kept so far still hold.

        They hold when the namespace and the layers' watched directories are what they were when a run
        began learning them (``GuestFs.layers_key``). This run's key is taken at its first kept answer
        (most runs keep none), with the generations of now.
        """
        self._paths_ok = on and self.store_ok and all(getattr(getattr(n, "tree", None), "readonly", False)
                                                      for n in proc.fs.mounts.values())  # fmt: skip
        self._missing_ok = self._paths_ok and not proc.fs.mounts
        ok = self._missing_ok and not getattr(proc.kernel, "forks", 0)
        gens = proc.fs.layer_generations() if ok else None
        if self._paths and (gens is None or proc.fs.layers_key(proc.cwd, gens) != self._kept_for):
            self._forget_paths()
        self._learn = (proc.fs, proc.cwd, gens) if gens is not None else None

    def due(self, on: bool) -> None:
        """The fd table changed: :meth:`ready` syncs before the guest runs again (once, however many changes)."""
        self._due = on

    def ready(self, proc: LinuxProcess) -> None:
        """Before the guest runs again: the sync owed (:meth:`due`), then the offsets that moved."""
        if self._due is not None:
            self.sync(proc, on=self._due)
        self.offsets()  # (a sync that finds the table as it was writes none)

    def offsets(self) -> None:
        """Write the offsets of the ``FD_POS`` fds that moved since last written.

        Called before the guest runs again after anything the host did (a host call, the read cache's
        refill or drop): the guest answers a non-moving ``lseek`` from these words.
        """
        last = self._offsets
        for fd, f in self._moving:
            pos = f.pos
            if last.get(fd) != pos:
                self.mem.write_u64(FD_OFFSETS + 8 * fd, pos if 0 <= pos < 1 << 63 else _NO_OFFSET)
                last[fd] = pos

    def after(self, proc: LinuxProcess, nr: int, args: tuple[int, int, int, int], result: int, *, on: bool) -> None:
        """Keep the page in step after host call ``nr`` (``args``: rdi, rsi, rdx, r10) answered ``result``.

        A path ``stat`` answered from a read-only layer is kept for the guest to answer again, while
        the run has one process and no writable grant (nothing but this process can change which
        file a path names then); any call that may change that (``rename``, ``unlink``, a copy-up
        by an ``open`` for writing, ``chdir``, ``clone``, ...) drops every kept answer first.
        """
        changes = nr not in _KEEPS_PATHS and not (nr in _OPENS and not args[1 if nr == 2 else 2] & _O_CHANGES)
        if changes:
            self._seen = None  # a layer directory's stat kept for its fd may be a private one's now: look again
        if changes or nr not in _KEEPS_FDS or on != self._on:
            self._due = on  # (synced once before the guest runs again: ready)
        st, proc.stable_stat = proc.stable_stat, None
        keep = st is not None and not result or result in _MISSING and self._missing_ok  # (not -EFAULT: a bad buffer)
        if changes:
            self._forget_paths()
        elif nr == 262 and keep and on and self._paths_ok:
            dirfd, path, _buf, flags = args
            if dirfd & 0xFFFFFFFF == _AT_FDCWD and flags & ~_NOFOLLOW == 0 and not getattr(proc.kernel, "forks", 0):
                raw = proc.mem.cstring(path, PATH_MAX_LEN + 1)
                if st is not None or not raw.startswith(_LIVE):
                    self._keep_path(raw, flags, result, pack_stat(st) if st is not None else bytes(STAT_SIZE))
        elif nr == 257 and result in _MISSING and on and self._missing_ok:
            self._keep_missing_open(proc, args, result)
        elif nr == 42 and result in _MISSING and on and self._missing_ok and not getattr(proc.kernel, "forks", 0):
            name = guestfds.unix_path(proc, *args[:3])  # (its connect looked the name up as a stat does)
            if name is not None and not name.startswith(_LIVE):
                self._keep_path(name, 0, result, bytes(STAT_SIZE))

    def _keep_missing_open(self, proc: LinuxProcess, args: tuple[int, int, int, int], result: int) -> None:
        """A path ``openat(AT_FDCWD, path, flags)`` found missing is missing to a ``stat`` too: kept as one.

        ``entry.S`` answers a later ``openat`` (without ``O_CREAT``) or ``newfstatat`` of it from the slot.
        Not an ``ENOTDIR`` of ``O_DIRECTORY``: the path may name a file there.
        """
        dirfd, path, flags, _mode = args
        forks: int = getattr(proc.kernel, "forks", 0)
        if dirfd & 0xFFFFFFFF != _AT_FDCWD or forks or (result == _MISSING[1] and flags & os.O_DIRECTORY):
            return
        raw = proc.mem.cstring(path, PATH_MAX_LEN + 1)
        if not raw.startswith(_LIVE):
            self._keep_path(raw, _NOFOLLOW if flags & os.O_NOFOLLOW else 0, result, bytes(STAT_SIZE))

    def keep_open(self, proc: LinuxProcess, args: tuple[int, int, int], fd: int, size: int) -> None:
        """The host's ``openat(*args)`` gave ``fd`` and put all of it (``size`` bytes, or its listing) in the guest."""
        dirfd, path, flags = args[0] & 0xFFFFFFFF, args[1], args[2] & 0xFFFFFFFF
        entry = proc.fds.get(fd)
        if entry is None or not (self._on and self._paths_ok and self.store_ok) or dirfd != _AT_FDCWD:
            return
        if getattr(proc.kernel, "forks", 0) or not filestore.keepable(entry.file, flags):
            return
        raw = proc.mem.cstring(path, PATH_MAX_LEN + 1)
        kept = (raw.decode("utf-8", "surrogateescape"), self.mem.read(READ_CACHE, size))
        self._keep_path(raw, _NOFOLLOW if flags & os.O_NOFOLLOW else 0, 0, pack_stat(entry.file.stat()), kept)

    def _keep_path(self, raw: bytes, flags: int, result: int, packed: bytes, kept: _Kept | None = None) -> None:
        """Keep ``raw``'s answer in one of its two slots; ``kept``: the file it names, for the store."""
        if not 0 < len(raw) <= PATH_MAX_LEN:
            return
        h = path_hash(raw)
        key = len(raw) | (flags & _NOFOLLOW) << 8
        first, second = path_slots(h)
        # The first slot that is empty or holds this path, else the first one that names no kept file (a kept
        # open saves more than a stat), else the first one.
        slot, same = second if self.store.holds(slot_no(first)) else first, False
        for s in (first, second):
            k = self.mem.read_u64(s)
            if k == 0 or (same := k == key and self.mem.read_u64(s + 8) == h):
                slot = s
                break
        self.mem.write(slot, struct.pack("<2Qq", 0, h, result) + packed + raw)
        n = slot_no(slot)
        if kept is not None:
            if not self.store.put(n, kept[0], packed, kept[1]):
                self.store.set(n, 0)
        elif not (same and result == 0):  # (a stat of a kept file's path: the same file, still kept)
            self.store.set(n, 0)
        self.mem.write_u64(slot, key)  # last: the slot is whole before it can match
        self._paths += 1
        if self._kept_for is None and self._learn is not None:
            fs, cwd, gens = self._learn
            self._kept_for = fs.layers_key(cwd, gens)

    def _forget_paths(self) -> None:
        self._kept_for = self._learn = None  # what is learnt after a change must not outlive the run
        if not self.store_ok:  # a program's own memory now: emptied once it is gone (a reset, or another execve)
            self._paths = -1
            self.store.forget(write=False)
        elif self._paths:
            self.mem.write(PATHS, bytes(PATH_SLOTS * PATH_SLOT))
            self._paths = 0
            self.store.forget()


#: A kept file for the store: (its path, its bytes or listing).
_Kept = tuple[str, bytes]
#: What the fd page shows of an fd: (its file, close-on-exec, no other fd shares it, a directory read to its end).
_FdState = tuple[OpenFile | None, bool, bool, bool]


def _alone(proc: LinuxProcess) -> bool:
    """One thread and no other process ever in the domain: a private futex can have no waiter but the caller."""
    k = proc.kernel
    task = getattr(k, "tasks", {}).get(proc.info.pid)
    return k is None or not getattr(k, "forks", 0) and task is not None and len(task.live()) == 1


def _listed(f: OpenFile) -> bool:
    """True for a directory whose entries were all read (``getdents64`` answers 0 until a ``lseek``)."""
    return isinstance(f, DirFile) and f.pos >= len(f.entries())

