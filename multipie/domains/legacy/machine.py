"""A legacy program in a KVM virtine: the machine, its system call loop, and a pool of prepared machines.

Built on the virtine KVM layer (:class:`~multipie.domains.virtine.vm.Vm`,
:class:`~multipie.domains.virtine.vcpu.Vcpu`,
:class:`~multipie.domains.virtine.memory.GuestMemory`, page tables from
:mod:`~multipie.domains.virtine.longmode`, reset from
:class:`~multipie.domains.virtine.snapshot.Snapshot`, deadlines from
:mod:`~multipie.domains.virtine.timeouts`); nothing here issues a KVM ioctl
of its own.

System area (identity-mapped; the program's layout is in :mod:`.loader`)::

    0x0000  unmapped
    0x1000  page tables (PML4, PDPT, PDs, the 4 KiB table of the first 2 MiB)  supervisor only
    0x9000  GDT, then the TSS and its I/O bitmap (ports 0xE2/0xE3 only)         supervisor only
    0xA000  IDT: vectors 0-31 → exception stubs, on their own stack (IST1)      supervisor only
    0xB000  syscall entry (LSTAR) + exception stubs, from guest/legacy/entry.S  user, read-only
    0xC000  state page shared with the host (break, mapping floor, counters)    user
    0xD000  exception stack (IST1 top 0xE000)                                   user
    0xE000  calls answered in the guest, per number (--stats); mm.c's stack     user
    0xF000  the mapping area's hole table (mm.c and AddressSpace share it)      user

How a system call reaches the host (this machine's KVM is PVM, see FACTS.md):
``syscall`` jumps to LSTAR and stays in ring 3; the stub answers brk,
anonymous mmap/munmap/mremap/madvise (``guest/legacy/mm.c``),
getpid/getuid-family, set_tid_address, set_robust_list and rseq itself, and for everything else executes ``out`` to
:data:`SYSCALL_PORT`, which the TSS I/O bitmap allows (every other port
faults). KVM exits to :meth:`Machine.run`, which reads the registers from
the shared ``kvm_run`` copy, calls
:meth:`~multipie.domains.legacy.syscalls.LinuxProcess.syscall`, and resumes
the program at ``rcx`` with ``rflags = r11`` and the result in ``rax``, with
no register ioctl. CPU exceptions arrive through :data:`FAULT_PORT` and
become :class:`~multipie.errors.Trap` s.

The run loop is a small state machine: ``READY`` → ``RUNNING`` ⇄ ``SYSCALL``
→ ``EXITED`` | ``FAULTED`` | ``TIMED_OUT``, then :meth:`Machine.reset`
brings it back to ``READY``: dirty pages of the image restored from the
snapshot (KVM's dirty log plus the pages the host wrote), everything above
the image discarded (``MADV_DONTNEED``: zero on next touch, and the memory
goes back to the host), FS base and special registers reset.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import enum
import os
import struct
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from multipie.domains.base import Limits
from multipie.domains.legacy import loader, signals, stdio, stub
from multipie.domains.legacy.elf import PAGE, ElfImage
from multipie.domains.legacy.kernel import ProcessGroup
from multipie.domains.legacy.stats import RunStats
from multipie.domains.legacy.syscalls import (
    HOLES_MAX,
    AddressSpace,
    BadAddress,
    Blocked,
    ExecDone,
    LinuxProcess,
    PolicyEvent,
    ProcessExit,
    Sys,
    UserMemory,
)
from multipie.domains.virtine import _abi
from multipie.domains.virtine import longmode as lm
from multipie.domains.virtine.memory import GuestMemory
from multipie.domains.virtine.pool import Pool
from multipie.domains.virtine.snapshot import Snapshot
from multipie.domains.virtine.timeouts import Deadline
from multipie.domains.virtine.vcpu import VcpuExit, install_kick_handler, unexpected_exit
from multipie.domains.virtine.vm import Vm
from multipie.errors import HostBug, Timeout, Trap, TrapCode, UsageError
from multipie.resources.fs import GuestFs, HostOpenFile, MemOpenFile, StreamFile

_CACHEABLE = (HostOpenFile, MemOpenFile)

__all__ = ["Machine", "MachinePool", "RunResult", "RunState", "SYSCALL_PORT", "FAULT_PORT"]

PAGE_TABLES = 0x1000
GDT = 0x9000
TSS = 0x9100
IDT = 0xA000
ENTRY = 0xB000
FAULTS = ENTRY + 0x800
FAULT_STRIDE = 8  # entry.S: one exception stub per vector
STATE = 0xC000
FAULT_STACK_TOP = 0xE000
COUNTS = 0xE000  # u32 per system call number < NCOUNTS, counted by entry.S when answered in the guest
NCOUNTS = 512
MM = 0xF000  # hole table: u64 count, then (start, end) pairs from MM + 16 (mm.c)
SYSCALL_PORT = 0xE2
FAULT_PORT = 0xE3
MAX_MEMORY = 4 << 30
MIN_MEMORY = 16 << 20

# GDT: null, kernel code/data, user code32, user data, user code64, TSS (2 slots). STAR puts
# SYSRET's CS at 0x18+16 = 0x28 and SS at 0x18+8 = 0x20, matching the user entries.
_GDT = (0, 0x00AF9B000000FFFF, 0x00CF93000000FFFF, 0x00CFFB000000FFFF, 0x00CFF3000000FFFF, 0x00AFFB000000FFFF)
USER_CS = 0x28 | 3
USER_DS = 0x20 | 3
TSS_SEL = 0x30
_TSS_SIZE = 104
_IOMAP = FAULT_PORT // 8 + 2
MSR_STAR, MSR_LSTAR, MSR_SFMASK, MSR_FS_BASE = 0xC0000081, 0xC0000082, 0xC0000084, 0xC0000100
STAR = (0x18 << 48) | (0x08 << 32)
SFMASK = 0x47700  # TF, IF, DF, IOPL, NT, AC cleared on syscall entry
USER_RFLAGS = 0x202
EFER_SCE = 1
_U64 = (1 << 64) - 1

# State page fields (entry.S: S_*).
_S_FIELDS = struct.Struct("<5Q")  # brk_start, brk, brk_high, floor, pristine
_S_PID, _S_RSEQ, _S_FAST = 40, 56, 64
_S_RC = 104  # read cache: fd, pos, end, hits, then user_lo, user_hi, guard_lo, guard_hi
_RC_NONE = _U64
_S_RND, _RND_BYTES = 256, 256  # random bytes for getrandom answered in the guest
_S_COMM, _S_EXE_LEN, _S_EXE, _EXE_MAX = 184, 200, 512, 512  # prctl(PR_GET_NAME), readlink(/proc/self/exe)
_S_FS_HINT, _S_FS_SET = 208, 216  # arch_prctl(ARCH_SET_FS) answered in the guest for the pre-set base
_ARCH_PRCTL = int(Sys.arch_prctl)
# Write buffer (entry.S: S_WB_*): small writes to fds the host marks bufferable stay in the guest
# until the next exit. Only output captured into a bytearray qualifies: nobody can observe it
# before the run returns, so delivering it at the next exit changes nothing visible.
_S_WB_MASK, _S_WB_FD, _S_WB_LEN = 224, 232, 240
_S_MAP_TOP = 248  # one past the mapping area (mm.c)
_WB_BUF, _WB_SIZE = 1024, 3072
_WB_FDS = (1, 2)
READ_CACHE = 0x100000
READ_CACHE_SIZE = 1 << 20
_PRCTL = int(Sys.prctl)
_MEMORY_CALLS = frozenset(int(n) for n in (Sys.brk, Sys.mmap, Sys.munmap, Sys.mremap, Sys.madvise, Sys.sysinfo))

_TRAP_CODES = {
    0: TrapCode.INTEGER_DIVISION_BY_ZERO,
    4: TrapCode.INTEGER_OVERFLOW,
    6: TrapCode.ILLEGAL_INSTRUCTION,
    7: TrapCode.ILLEGAL_INSTRUCTION,
    8: TrapCode.TRIPLE_FAULT,
    12: TrapCode.STACK_OVERFLOW,
    13: TrapCode.GENERAL_PROTECTION,
    14: TrapCode.PAGE_FAULT,
    17: TrapCode.HEAP_MISALIGNED,
}
_VECTOR_NAMES = {
    0: "divide error", 1: "debug", 3: "breakpoint", 4: "overflow", 5: "bound range", 6: "invalid opcode",
    7: "device not available", 8: "double fault", 12: "stack fault", 13: "general protection",
    14: "page fault", 16: "x87 floating point", 17: "alignment check", 19: "SIMD floating point",
}  # fmt: skip
_HAS_ERROR_CODE = {8, 10, 11, 12, 13, 14, 17, 21, 29, 30}

_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
_madvise = _libc.madvise
_madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
_madvise.restype = ctypes.c_int
MADV_DONTNEED = 4
#: Above this many dirty pages outside the image, reset discards the whole area instead of clearing pages.
RESET_CLEAR_LIMIT = 1024
#: Up to this many pages a run dirtied stay writable for the next run (see :meth:`Machine.reset`).
HOT_PAGES = 256
_SCAN = 256  # bytes of dirty bitmap (2048 pages) tested at once for "all zero"
_ZEROS = bytes(_SCAN)


class RunState(enum.Enum):
    """Where a machine is in one program run."""

    READY = "ready"
    RUNNING = "running"
    SYSCALL = "syscall"
    EXITED = "exited"
    FAULTED = "faulted"
    TIMED_OUT = "timed out"
    CLOSED = "closed"


@dataclass
class RunResult:
    """How a run ended, and what the program asked for on the way.

    Attributes:
        code: exit status (``128 + signal`` when it killed itself with a signal).
        signal: that signal, or ``None``.
        events: system calls refused (``-ENOSYS``) as policy events.
        host_calls: system calls served by the host; ``fast_calls``: answered inside the guest.
        stats: what the run cost, in detail (``multipie run --stats``).
    """

    code: int
    signal: int | None = None
    events: list[PolicyEvent] = field(default_factory=list)
    host_calls: int = 0
    fast_calls: int = 0
    stats: RunStats = field(default_factory=RunStats)


class TrackedMemory(UserMemory):
    """:class:`UserMemory` that remembers which pages the host wrote (KVM's dirty log does not see those)."""

    def __init__(self, buffer: memoryview, *, low: int) -> None:
        super().__init__(buffer, 0, low=low)
        self.written: set[int] = set()

    def _note(self, addr: int, n: int) -> None:
        if n > 0:
            self.written.update(range(addr // PAGE, (addr + n - 1) // PAGE + 1))

    def write(self, addr: int, data: bytes | bytearray | memoryview) -> None:
        """Store ``data`` at ``addr`` (bounds-checked, page noted for reset)."""
        super().write(addr, data)
        self._note(addr, len(data))

    def zero(self, addr: int, n: int) -> None:
        """Clear ``n`` bytes at ``addr`` (bounds-checked, pages noted for reset)."""
        super().zero(addr, n)
        self._note(addr, n)


def _gate(target: int) -> bytes:
    # 64-bit interrupt gate, DPL 0, IST 1, to a ring-3 stub (no privilege change, no ring-0 code at all).
    return struct.pack("<HHBBHII", target & 0xFFFF, USER_CS, 1, 0x8E, (target >> 16) & 0xFFFF, target >> 32, 0)


def _tss_descriptor(base: int, limit: int) -> tuple[int, int]:
    low = (limit & 0xFFFF) | ((base & 0xFFFFFF) << 16) | (0x89 << 40) | (((limit >> 16) & 0xF) << 48)
    low |= ((base >> 24) & 0xFF) << 56
    return low, base >> 32


def _set_segment(seg: _abi.KvmSegment, selector: int, *, code: bool) -> None:
    seg.base, seg.limit, seg.selector = 0, 0xFFFFFFFF, selector
    seg.type, seg.present, seg.dpl, seg.db, seg.s = (11 if code else 3), 1, 3, (0 if code else 1), 1
    seg.l, seg.g, seg.avl, seg.unusable = (1 if code else 0), 1, 0, 0


class Machine:
    """One VM prepared for ``image``: system area, segments loaded, registers and MSRs set, snapshot taken.

    Args:
        image: the validated executable.
        memory: guest memory in bytes (rounded down to 2 MiB; the domain's memory limit).
        name: for messages.
        like: the snapshot of a machine prepared the same way (same image and memory), to share its data.

    Raises:
        OutOfMemory: ``memory`` cannot hold the program.
        CapacityError: the kernel refused memory or a file descriptor.
    """

    def __init__(self, image: ElfImage, memory: int, *, name: str, like: Snapshot | None = None) -> None:
        if memory > MAX_MEMORY:
            raise UsageError(f"{name}: legacy programs get at most {MAX_MEMORY >> 30} GiB of memory")
        self.image = image
        self.name = name
        self.layout = loader.layout_for(image, max(memory, MIN_MEMORY), where=name)
        self.state = RunState.CLOSED
        install_kick_handler()
        self.vm = Vm()
        try:
            self.memory = mem = GuestMemory(self.layout.size)
            self.covered = image.high  # system area + image: restored from the snapshot; above: discarded
            self.user = TrackedMemory(mem.view, low=loader.USER_BASE)
            self._prepare(mem)
            #: Fetching the dirty log leaves pages writable; reset re-protects them (see reset).
            self.manual_dirty = self.vm.enable_manual_dirty_log()
            self.vm.add_memory(mem, slot=0, log_dirty=True)
            self.vcpu = self.vm.create_vcpu()
            self._set_sregs()
            self.vcpu.set_msrs({MSR_STAR: STAR, MSR_LSTAR: ENTRY, MSR_SFMASK: SFMASK, MSR_FS_BASE: 0})
        except BaseException:
            self.vm.close()
            raise
        self.read_cache = True
        self.snapshot = Snapshot(self.vm, self.vcpu, mem, self.covered, share=like)
        self._fpu = self.vcpu.get_fpu_state()
        self.user.written.clear()
        self._touched: set[int] = set()
        self._logged = 0  # pages the last dirty-log fetch reported
        self._fs_now = 0  # the FS base MSR as last written
        #: FS base this image's start-up code sets (learned on its first run; pre-set in later runs).
        self.fs_hint = 0
        self._learn_fs = False
        self._fpu_dirty = False
        self._needs_sregs = False
        self._wb_mask = 0  # fds whose writes the guest may buffer (the host's copy of S_WB_MASK)
        self.runs = 0
        self.host_calls = 0
        self._new_counters()
        #: The program now in memory (another image after an ``execve``) and its layout.
        self.current, self.cur_layout = image, self.layout
        #: Reads may be cached in the guest when the image leaves [READ_CACHE, +size) free.
        self.cache = image.low >= READ_CACHE + READ_CACHE_SIZE
        #: The registers of the system call being served (what ``fork`` copies).
        self.cur_regs: _abi.KvmRegs | None = None
        #: False after an exit KVM completes on the next entry: closed instead of pooled.
        self.reusable = True
        #: The pool this machine goes back to (set by :class:`MachinePool`).
        self.home: Pool[Machine] | None = None
        self.state = RunState.READY

    # -- preparation ---------------------------------------------------------------

    def _prepare(self, mem: GuestMemory) -> None:
        lay = self.layout
        small: dict[int, lm.PageFlags] = {p: lm.KERNEL_RW for p in range(PAGE_TABLES // PAGE, ENTRY // PAGE)}
        small[ENTRY // PAGE] = lm.USER_RO
        small[STATE // PAGE] = lm.USER_RW
        for p in range(0xD000 // PAGE, MM // PAGE + 1):
            small[p] = lm.USER_RW
        for p in range(loader.USER_BASE // PAGE, 512):
            small[p] = lm.USER_RW
        lm.identity_map(mem, PAGE_TABLES, lay.size, small=small)
        # The 2 MiB page below the stack stays unmapped: overflowing the stack faults there.
        pd0 = PAGE_TABLES + 2 * PAGE
        mem.write_u64(pd0 + 8 * (lay.guard // loader.HUGE), 0)
        tss_limit = _TSS_SIZE + _IOMAP - 1
        lm.write_gdt(mem, GDT, (*_GDT, *_tss_descriptor(TSS, tss_limit)))
        tss = bytearray(_TSS_SIZE)
        tss[36:44] = FAULT_STACK_TOP.to_bytes(8, "little")  # IST1
        tss[102:104] = _TSS_SIZE.to_bytes(2, "little")  # I/O bitmap offset
        iomap = bytearray(b"\xff" * _IOMAP)
        for port in (SYSCALL_PORT, FAULT_PORT):
            iomap[port // 8] &= ~(1 << (port % 8))
        mem.write(TSS, bytes(tss) + bytes(iomap))
        mem.write(IDT, b"".join(_gate(FAULTS + FAULT_STRIDE * v) for v in range(32)))
        code = stub.entry_blob()
        if len(code) > PAGE:
            raise HostBug(f"legacy entry stub is {len(code)} bytes, more than one page")
        mem.write(ENTRY, code)
        loader.load_segments(self.user, self.image)

    def _set_sregs(self) -> None:
        sregs = lm.long_mode_sregs(self.vcpu.get_sregs(), cr3=PAGE_TABLES, gdt=GDT, gdt_limit=(len(_GDT) + 2) * 8 - 1)
        _set_segment(sregs.cs, USER_CS, code=True)
        for name in ("ds", "es", "fs", "gs", "ss"):
            _set_segment(getattr(sregs, name), USER_DS, code=False)
        tr = sregs.tr
        tr.base, tr.limit, tr.selector = TSS, _TSS_SIZE + _IOMAP - 1, TSS_SEL
        tr.type, tr.present, tr.s, tr.dpl, tr.unusable, tr.g, tr.l, tr.db = 11, 1, 0, 0, 0, 0, 0, 0
        sregs.idt.base, sregs.idt.limit = IDT, 32 * 16 - 1
        sregs.efer |= EFER_SCE
        self.vcpu.set_sregs(sregs)

    # -- one program in this machine --------------------------------------------------

    def begin(self, image: ElfImage | None = None) -> None:
        """Make the machine hold ``image`` (default: its own, already in memory) for a new program.

        A machine that ran before is brought back to its snapshot first (``execve`` in place);
        another image's segments then replace the snapshot's.

        Raises:
            OutOfMemory: ``image`` does not fit this machine's memory.
        """
        image = image or self.image
        layout = self.layout if image is self.image else loader.layout_for(image, self.layout.size, where=self.name)
        if self.state is not RunState.READY:
            self._guest_folded.update(self._page_counts())  # the counter page is restored with the rest
            self._restore_memory()  # memory = the snapshot, holding self.image
        if image is not self.image:
            old = self.image
            self.user.zero(old.segments[0].page_start, old.high - old.segments[0].page_start)
            loader.load_segments(self.user, image)
        self.current, self.cur_layout = image, layout
        #: Reads may be cached in the guest when the image leaves [READ_CACHE, +size) free.
        self.cache = self.read_cache and image.low >= READ_CACHE + READ_CACHE_SIZE
        self.state = RunState.READY

    def start(self, proc: LinuxProcess, argv: Sequence[str], env: Mapping[str, str], exe: str, *, pid: int) -> None:
        """Write the state page and the initial stack for ``proc`` and point the vCPU at the entry point.

        Raises:
            UsageError: argv/env too large.
        """
        lay, mem, image = self.cur_layout, self.memory, self.current
        space = proc.space
        assert space is not None
        mem.write_u64(STATE + _S_PID, pid)
        mem.write_u64(STATE + _S_MAP_TOP, space.top)
        self.store_space(space)
        mem.write(STATE + _S_RC, struct.pack("<10Q", _RC_NONE, 0, 0, 0, loader.USER_BASE, lay.size, lay.guard,
                                             lay.stack_floor, STATE + _S_RND, STATE + _S_RND + _RND_BYTES))  # fmt: skip
        mem.write(STATE + _S_RND, os.urandom(_RND_BYTES))  # fresh per run, for getrandom in the guest
        exe_raw = exe.encode("utf-8", "surrogateescape")
        comm = os.path.basename(exe_raw)[:15]
        proc.info.extra["comm"] = comm
        mem.write(STATE + _S_COMM, comm.ljust(16, b"\0"))
        mem.write_u64(STATE + _S_EXE_LEN, len(exe_raw) if 0 < len(exe_raw) < _EXE_MAX else 0)
        mem.write(STATE + _S_EXE, exe_raw[: _EXE_MAX - 1])
        # A program starts with FS base 0 on Linux. Our own image's start-up code is known to set
        # it to fs_hint first thing, so that value is loaded now and its arch_prctl answered in the
        # guest (saving an exit); a program that reads FS before setting it would see the hint.
        hint = self.fs_hint if image is self.image else 0
        self._learn_fs = image is self.image and not hint
        if self._fs_now != hint:
            self.vcpu.set_msrs({MSR_FS_BASE: hint})
            self._fs_now = hint
        mem.write(STATE + _S_FS_HINT, struct.pack("<2Q", hint, 0))
        self._wb_mask = self._bufferable(proc)
        mem.write(STATE + _S_WB_MASK, struct.pack("<3Q", self._wb_mask, 0, 0))
        rsp = loader.build_stack(self.user, image, lay.size, argv, env, execfn=exe, floor=lay.stack_floor, uid=0)
        regs = _abi.KvmRegs(rip=image.entry, rsp=rsp, rflags=USER_RFLAGS)
        vcpu = self.vcpu
        vcpu.set_regs(regs) if vcpu.sync_regs else vcpu.set_regs_ioctl(regs)
        self.state = RunState.RUNNING

    def new_space(self) -> AddressSpace:
        """The ``brk``/``mmap`` bookkeeping for the program now in memory."""
        return AddressSpace(self.user, self.cur_layout.brk_start, self.cur_layout.map_top)

    def advance(self, proc: LinuxProcess, deadline: Deadline | None, timeout: float | None, label: str) -> Blocked:
        """Run the guest until ``proc`` blocks (returned: the call is left pending) or ends.

        Raises:
            ProcessExit: the program exited.
            ExecDone: never (an ``execve`` restarts the loop on the new program).
            Trap: a CPU exception or an unexpected exit (message has the vector, address and rip).
            Timeout: the deadline passed.
            OutOfMemory: the program's memory ran out.
        """
        vcpu, mem = self.vcpu, self.memory
        cache = self.cache
        self.state = RunState.RUNNING
        try:
            while True:
                t0 = time.perf_counter()
                exit_ = vcpu.run()
                self._guest_time += time.perf_counter() - t0
                if self._wb_mask and mem.read_u64(STATE + _S_WB_LEN):
                    self.flush_writes(proc)  # before the host sees anything else the program did
                if exit_ is VcpuExit.PORT_OUT:
                    port = vcpu.io.port
                    r = vcpu.regs if vcpu.sync_regs else vcpu.get_regs()
                    if port == SYSCALL_PORT:
                        # RUNNING -> SYSCALL -> RUNNING
                        self.state = RunState.SYSCALL
                        nr = r.rax
                        self.host_calls += 1
                        self._exits["syscall"] += 1
                        self._host_counts[nr] += 1
                        if cache and mem.read_u64(STATE + _S_RC) != _RC_NONE:
                            self._drop_read_cache(proc)
                        if cache and nr == 0 and self._fill_read_cache(proc, r.rdi, r.rsi, r.rdx, r):
                            continue
                        try:
                            result = self.serve(proc, nr, r)
                        except Blocked as blocked:  # SYSCALL stays pending; the scheduler retries it
                            blocked.nr, blocked.regs = nr, r
                            return blocked
                        except ExecDone:  # a new program or a restored context: registers set
                            cache = self.cache
                            self.state = RunState.RUNNING
                            if proc.pending:
                                self.deliver(proc, vcpu.regs if vcpu.sync_regs else vcpu.get_regs())
                            continue
                        self.complete(r, result)
                        if proc.pending:
                            self.deliver(proc, r)
                        continue
                    if port == FAULT_PORT:  # RUNNING -> FAULTED
                        self._exits["exception"] += 1
                        raise self._fault(r.rdi, r.rsi)
                self._exits["interrupt" if exit_ is VcpuExit.INTERRUPTED else exit_.name.lower()] += 1
                if exit_ is VcpuExit.INTERRUPTED:
                    if deadline is not None and deadline.fired:  # RUNNING -> TIMED_OUT
                        self.state = RunState.TIMED_OUT
                        raise Timeout(f"{label}: ran past its {timeout} s limit and was stopped", domain=label)
                    vcpu.clear_interrupt()
                    continue
                # A port read (e.g. `in` from the syscall port) or MMIO access is completed by KVM
                # on the next KVM_RUN, in whatever program then runs: never reuse this machine.
                self.reusable = False
                raise unexpected_exit(self.vcpu, exit_)
        except ProcessExit:  # SYSCALL -> EXITED
            self.state = RunState.EXITED
            raise
        except BaseException:
            if self.state is not RunState.TIMED_OUT:
                self.state = RunState.FAULTED
            self._needs_sregs = True
            raise

    def serve(self, proc: LinuxProcess, nr: int, r: _abi.KvmRegs) -> int:
        """Serve system call ``nr`` with the arguments in ``r`` (keeping the guest's state page in step).

        Raises:
            Blocked: the call must wait for another process of the domain.
            ProcessExit, ExecDone, OutOfMemory: as :meth:`LinuxProcess.syscall`.
        """
        self.cur_regs = r
        if nr == _ARCH_PRCTL:
            self.sync_fs(proc)
        if nr in _MEMORY_CALLS:
            space = proc.space
            assert space is not None
            self.load_space(space)
            try:
                return proc.syscall(nr, r.rdi, r.rsi, r.rdx, r.r10, r.r8, r.r9)
            finally:
                self.store_space(space)
        result = proc.syscall(nr, r.rdi, r.rsi, r.rdx, r.r10, r.r8, r.r9)
        if nr == _PRCTL:  # PR_SET_NAME: the guest answers PR_GET_NAME from its copy
            self.memory.write(STATE + _S_COMM, bytes(proc.info.extra["comm"])[:15].ljust(16, b"\0"))
        mask = self._bufferable(proc)  # the call may have closed, dup'ed or replaced fd 1 or 2
        if mask != self._wb_mask:
            self._wb_mask = mask
            self.memory.write_u64(STATE + _S_WB_MASK, mask)
        return result

    @staticmethod
    def _bufferable(proc: LinuxProcess) -> int:
        """The fds (bit n = fd n) whose writes the guest may buffer: 1 and 2 when captured into a bytearray."""
        mask = 0
        for fd in _WB_FDS:
            entry = proc.fds.get(fd)
            if entry is not None:
                f = entry.file
                if isinstance(f, StreamFile) and isinstance(f.sink, bytearray) and f.writable:
                    mask |= 1 << fd
        return mask

    def flush_writes(self, proc: LinuxProcess) -> None:
        """Write out what the guest buffered (see entry.S ``sys_write``); called at every exit before anything else.

        The guest controls the state page: a length or fd the host did not allow is dropped
        (only a program that scribbled over its own state page can produce one).
        """
        mem = self.memory
        n = mem.read_u64(STATE + _S_WB_LEN)
        if not n:
            return
        fd = mem.read_u64(STATE + _S_WB_FD)
        mem.write_u64(STATE + _S_WB_LEN, 0)
        if n > _WB_SIZE or fd >= 64 or not self._wb_mask >> fd & 1:
            return
        entry = proc.fds.get(fd)
        if entry is not None and entry.file.writable:
            entry.file.write(mem.read(STATE + _WB_BUF, n))

    def complete(self, r: _abi.KvmRegs, result: int) -> None:
        """Finish a pending system call: ``rax = result``, resume after the ``syscall`` instruction."""
        r.rax = result & _U64
        r.rip = r.rcx
        r.rflags = r.r11
        if self.vcpu.sync_regs:
            self.vcpu.mark_regs_dirty()
        else:
            self.vcpu.set_regs_ioctl(r)
        self.state = RunState.RUNNING

    def deliver(self, proc: LinuxProcess, r: _abi.KvmRegs) -> None:
        """Enter the handler of the lowest pending unblocked signal, if any (``r``: the registers to resume).

        Raises:
            ProcessExit: ``SIGSEGV`` when the frame cannot be written (bad stack, no ``sa_restorer``).
        """
        while ready := proc.deliverable():
            bit = ready & -ready
            proc.pending &= ~bit
            sig = bit.bit_length()
            handler, flags, restorer, mask = struct.unpack("<4Q", proc.sigactions.get(sig, bytes(32))[:32])
            if handler in (0, 1):
                continue  # the disposition changed since it was sent
            if not flags & signals.SA_RESTORER:
                raise ProcessExit(128 + 11, signal=11)
            old = proc.saved_mask if proc.saved_mask is not None else proc.sigmask
            proc.saved_mask = None
            try:
                signals.push_frame(self.user, r, sig=sig, handler=handler, restorer=restorer, mask=old)
            except BadAddress:
                raise ProcessExit(128 + 11, signal=11) from None
            proc.fpu_frames.append(self.vcpu.get_fpu_state())
            proc.sigmask = old | mask | (0 if flags & signals.SA_NODEFER else bit)
            if flags & signals.SA_RESETHAND:
                proc.sigactions.pop(sig, None)
            self._fpu_dirty = True
            self.vcpu.set_regs(r) if not self.vcpu.sync_regs else self.vcpu.mark_regs_dirty()
            return

    def sigreturn(self, proc: LinuxProcess) -> int:
        """``rt_sigreturn``: resume the context a handler interrupted.

        Raises:
            ExecDone: the registers are restored.
            ProcessExit: ``SIGSEGV`` when the frame is not in memory.
        """
        r = self.cur_regs
        assert r is not None
        try:
            mask = signals.pop_frame(self.user, r)
        except BadAddress:
            raise ProcessExit(128 + 11, signal=11) from None
        proc.sigmask = mask & ~((1 << 8) | (1 << 18))
        if proc.fpu_frames:
            self.vcpu.set_fpu_state(proc.fpu_frames.pop())
        self.vcpu.set_regs(r) if not self.vcpu.sync_regs else self.vcpu.mark_regs_dirty()
        raise ExecDone

    def sync_fs(self, proc: LinuxProcess) -> None:
        """Adopt an FS base the guest set itself (``arch_prctl`` answered in the guest)."""
        if self.memory.read_u64(STATE + _S_FS_SET):
            proc.fs_base = self._fs_now
            self.memory.write_u64(STATE + _S_FS_SET, 0)

    def sync_space(self, proc: LinuxProcess) -> None:
        """Adopt the break, mapping floor and holes the guest moved on its own (before copying ``proc``)."""
        if proc.space is not None:
            self.load_space(proc.space)

    def load_space(self, space: AddressSpace) -> None:
        """Read what the guest's memory calls changed (state page and hole table) into ``space``."""
        mem = self.memory
        n = min(mem.read_u64(MM), HOLES_MAX)
        raw = mem.read(MM + 16, 16 * n)
        holes = [struct.unpack_from("<2Q", raw, 16 * i) for i in range(n)]
        brk_start, brk, brk_high, floor, pristine = _S_FIELDS.unpack(mem.read(STATE, _S_FIELDS.size))
        space.load_state(brk_start, brk, brk_high, floor, pristine, holes=holes)

    def store_space(self, space: AddressSpace) -> None:
        """Write ``space`` where the guest's memory calls find it (state page and hole table)."""
        holes = space.shared_holes()
        mem = self.memory
        mem.write(STATE, _S_FIELDS.pack(*space.state()))
        mem.write(MM, struct.pack(f"<2Q{2 * len(holes)}Q", len(holes), 0, *(x for h in holes for x in h)))

    def copy_from(self, parent: Machine, regs: _abi.KvmRegs, *, pid: int, fs_base: int, stack: int = 0) -> None:
        """Make this (clean) machine a copy of ``parent`` stopped in a ``fork``: memory, registers, FPU.

        The child resumes after the ``syscall`` with ``rax = 0`` (on ``stack`` when given).
        Only pages that differ from the snapshot both machines share are copied.
        """
        if parent.image is not self.image or parent.layout.size != self.layout.size:
            raise HostBug(f"{self.name}: fork into a machine of another image or size")
        pages = sorted(parent.touched() | {STATE // PAGE, MM // PAGE})
        src, dst = parent.memory.host_addr, self.memory.host_addr
        i = 0
        while i < len(pages):
            j = i
            while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1:
                j += 1
            # SAFETY: pages i..j index whole pages inside both memories (same size, checked above).
            ctypes.memmove(dst + pages[i] * PAGE, src + pages[i] * PAGE, (j - i + 1) * PAGE)
            i = j + 1
        self._touched.update(pages)
        self.current, self.cur_layout, self.cache = parent.current, parent.cur_layout, parent.cache
        self._wb_mask = parent._wb_mask  # same fd table (copied); the parent's buffer was flushed at the fork
        mem = self.memory
        mem.write_u64(STATE + _S_PID, pid)
        mem.write_u64(STATE + _S_FAST, 0)  # the child's own calls from here on
        mem.write(COUNTS, bytes(4 * NCOUNTS))
        self._new_counters()
        mem.write(STATE + _S_FS_HINT, bytes(16))  # this machine's MSR may hold another base
        mem.write(STATE + _S_RND, os.urandom(_RND_BYTES))
        mem.write(STATE + _S_RC + 64, struct.pack("<2Q", STATE + _S_RND, STATE + _S_RND + _RND_BYTES))
        child = _abi.KvmRegs()
        ctypes.pointer(child)[0] = regs
        child.rax, child.rip, child.rflags = 0, regs.rcx, regs.r11
        if stack:
            child.rsp = stack
        self.vcpu.set_regs(child) if self.vcpu.sync_regs else self.vcpu.set_regs_ioctl(child)
        self.vcpu.set_fpu_state(parent.vcpu.get_fpu_state())
        self._fpu_dirty = True
        self._learn_fs = False
        self._set_fs(fs_base)
        self.state = RunState.RUNNING

    def host_bytes(self) -> int:
        """Host memory this machine's program holds: the image it was loaded with plus every page it changed."""
        return (self.image.high - self.image.low) + len(self.touched()) * PAGE

    def touched(self) -> set[int]:
        """Pages that may differ from the snapshot: written by the guest (dirty log) or the host since reset."""
        raw = bytes(self.vm.dirty_words(0))
        self._logged = 0
        pages = self._touched
        pages |= self.user.written
        self.user.written = set()
        # The bitmap is sparse (a few dozen pages of 64K): skip all-zero chunks with one memcmp
        # each, and only turn the few non-zero ones into integers.
        for start in range(0, len(raw), _SCAN):
            chunk = raw[start : start + _SCAN]
            if chunk == _ZEROS[: len(chunk)]:
                continue
            bits = int.from_bytes(chunk, "little")
            self._logged += bits.bit_count()
            base = start * 8
            while bits:
                low = bits & -bits
                pages.add(base + low.bit_length() - 1)
                bits ^= low
        return pages

    def _drop_read_cache(self, proc: LinuxProcess) -> None:
        """Give cached bytes the guest did not read back to the file offset; empty the cache."""
        fd, pos, end = struct.unpack("<3Q", self.memory.read(STATE + _S_RC, 24))
        self.memory.write_u64(STATE + _S_RC, _RC_NONE)
        entry = proc.fds.get(fd)
        if entry is not None and READ_CACHE <= pos <= end <= READ_CACHE + READ_CACHE_SIZE:
            entry.file.pos = max(0, entry.file.pos - (end - pos))

    def _fill_read_cache(self, proc: LinuxProcess, fd: int, buf: int, count: int, r: _abi.KvmRegs) -> bool:
        """Serve a small ``read`` of a file and leave what follows in the guest's read cache.

        Returns False (nothing done) when the read is not of a cacheable file; the normal path serves it.
        """
        entry = proc.fds.get(fd) if fd < (1 << 31) else None
        if entry is None or not 0 < count < READ_CACHE_SIZE or not isinstance(entry.file, _CACHEABLE):
            return False
        f = entry.file
        if not f.readable:
            return False
        try:
            self.user._off(buf, count)
        except BadAddress:
            return False  # let the normal path report EFAULT
        data = f.read(READ_CACHE_SIZE)
        give, rest = data[:count], data[count:]
        self.user.write(buf, give)
        if rest:
            self.user.write(READ_CACHE, rest)
            self.memory.write(STATE + _S_RC, struct.pack("<3Q", fd, READ_CACHE, READ_CACHE + len(rest)))
        self.complete(r, len(give))
        return True

    def counters(self) -> tuple[int, int, int]:
        """``(host-served calls, guest-answered calls, rseq attempts)`` of the program in this machine."""
        return self.host_calls, sum(self._guest_counts().values()), self.memory.read_u64(STATE + _S_RSEQ)

    def _new_counters(self) -> None:
        self._exits: Counter[str] = Counter()
        self._host_counts: Counter[int] = Counter()
        self._guest_folded: Counter[int] = Counter()  # guest counts of programs this process replaced (execve)
        self._guest_time = 0.0

    def _guest_counts(self) -> Counter[int]:
        """Calls answered in the guest, by number: the counter page (entry.S) plus what ``execve`` folded."""
        counts = self._page_counts()
        counts.update(self._guest_folded)
        return counts

    def _page_counts(self) -> Counter[int]:
        raw = memoryview(self.memory.read(COUNTS, 4 * NCOUNTS)).cast("I")
        return Counter({nr: n for nr, n in enumerate(raw) if n})

    def collect(self) -> RunStats:
        """The counters of the process in this machine (one process: the run adds them up)."""
        return RunStats(
            guest_time=self._guest_time, exits=Counter(self._exits), guest_calls=self._guest_counts(),
            host_calls=Counter(self._host_counts), dirty_pages=len(self.touched()), processes=1,
        )  # fmt: skip

    def _set_fs(self, base: int) -> None:
        if base != self._fs_now:
            self.vcpu.set_msrs({MSR_FS_BASE: base})
            self._fs_now = base
        if self._learn_fs:
            self.fs_hint, self._learn_fs = base, False

    def _fault(self, vector: int, frame: int) -> Trap:
        name = _VECTOR_NAMES.get(vector, f"vector {vector}")
        code = _TRAP_CODES.get(vector, TrapCode.BAD_EXIT)
        rip_at = frame + (8 if vector in _HAS_ERROR_CODE else 0)
        where = ""
        if self.memory.contains(rip_at, 8):
            where = f" at rip 0x{self.memory.read_u64(rip_at):x}"
        if vector == 14:
            cr2 = self.vcpu.get_sregs().cr2
            lay = self.layout
            if lay.guard <= cr2 < lay.stack_floor:
                return Trap(f"stack overflow (page fault at 0x{cr2:x}{where})", code=TrapCode.STACK_OVERFLOW)
            what = "null pointer" if cr2 < PAGE else "unmapped or protected address"
            return Trap(f"segmentation fault: {what} 0x{cr2:x}{where}", code=code)
        return Trap(f"{name} (CPU exception {vector}){where}", code=code)

    # -- reset ---------------------------------------------------------------------

    def _restore_memory(self) -> int:
        pages = self.touched()
        self._touched = set()
        limit = self.covered // PAGE
        above = sum(1 for p in pages if p >= limit)
        if above > RESET_CLEAR_LIMIT:
            pages = {p for p in pages if p < limit}
            start, length = self.covered, self.layout.size - self.covered
            # SAFETY: [host_addr+covered, host_addr+size) lies inside the guest memory mapping, which
            # stays mapped; MADV_DONTNEED on private anonymous memory makes those pages read as zero.
            if _madvise(self.memory.host_addr + start, length, MADV_DONTNEED) != 0:
                raise HostBug(f"{self.name}: madvise(MADV_DONTNEED) failed (errno {ctypes.get_errno()})")
        return self.snapshot.restore_pages(sorted(p for p in pages if p * PAGE < self.layout.size))

    def reset(self) -> int:
        """Back to the state before any run; returns the pages restored or cleared.

        Image pages come back from the snapshot. Above the image, a few dirty pages are
        cleared in place (they stay mapped, so the next run does not fault on them again);
        past :data:`RESET_CLEAR_LIMIT` pages the whole area is discarded at once instead.
        """
        n = self._restore_memory()
        if self.manual_dirty and self._logged > HOT_PAGES:
            # Re-protect them all: the next run's writes are seen by the log again. Under this
            # limit they stay writable and reported dirty (so restored at every reset) and the
            # next run skips a write-protection fault per page (each costs ~15 µs under PVM).
            self.vm.clear_dirty(0, self.vm.dirty_words(0))
        if self.current is not self.image:
            self.current, self.cur_layout = self.image, self.layout
        # Vector registers of one program must not be seen by the next (general ones are set per run).
        self.vcpu.set_fpu_state(self._fpu)
        self._fpu_dirty = False
        # Always: under PVM a program can write its FS/GS base itself (wrfsbase), unseen by _fs_now.
        self.snapshot.restore_sregs(self.vcpu)
        self._fs_now = self.snapshot.sregs.fs.base  # SET_SREGS loads the FS base too
        self._needs_sregs = False
        self.host_calls = 0
        self._new_counters()
        self.state = RunState.READY
        return n

    def close(self) -> None:
        """Close the vCPU, VM and memory; idempotent."""
        if self.state is RunState.CLOSED and not hasattr(self, "vcpu"):
            return
        self.state = RunState.CLOSED
        vcpu = getattr(self, "vcpu", None)
        if vcpu is not None:
            vcpu.close()
            del self.vcpu
        if hasattr(self, "memory"):
            # Views of it may live on in the processes' reference cycles: its pages go back now.
            self.memory.discard()
        self.vm.close()


class MachinePool:
    """Prepared machines for one executable, one :class:`~multipie.domains.virtine.pool.Pool` per memory size.

    Args:
        image: the validated executable.
        name: for messages.
        size: idle machines kept per memory size.
    """

    def __init__(self, image: ElfImage, *, name: str, size: int = 4) -> None:
        self.image = image
        self.name = name
        self.size = size
        self._pools: dict[int, Pool[Machine]] = {}
        self._snapshots: dict[int, Snapshot] = {}  # memory size -> the snapshot its machines share
        self._lock = threading.Lock()
        self._pids = iter(range(2, 1 << 30))

    def pool(self, memory: int) -> Pool[Machine]:
        """The pool for guests of ``memory`` bytes."""
        with self._lock:
            p = self._pools.get(memory)
            if p is None:
                p = self._pools[memory] = Pool(lambda: self._new(memory), size=self.size)
            return p

    def _new(self, memory: int) -> Machine:
        """A machine of ``memory`` bytes; every one of that size shares the first one's snapshot data."""
        m = Machine(self.image, memory, name=self.name, like=self._snapshots.get(memory))
        self._snapshots.setdefault(memory, m.snapshot)
        return m

    def run(
        self,
        *,
        fs: GuestFs,
        argv: Sequence[str],
        env: Mapping[str, str],
        cwd: str,
        exe: str,
        stdin: stdio.Stream,
        stdout: stdio.Stream,
        stderr: stdio.Stream,
        limits: Limits,
        label: str,
    ) -> RunResult:
        """Take a clean machine, run the program once, reset it and give it back.

        Raises:
            Trap, Timeout, OutOfMemory: as :meth:`Machine.run` (the machine is reset and reused all the same).
        """
        pool = self.pool(limits.memory_limit or (256 << 20))
        machine = self._take(pool)
        try:
            with stdio.guest_streams(stdin, stdout, stderr) as streams:
                group = ProcessGroup(
                    fs=fs, streams=streams, timeout=limits.timeout, label=label,
                    get_machine=self._sibling, put_machine=self._give_back, memory_limit=limits.memory_limit,
                )  # fmt: skip
                return group.run(machine, argv=argv, env=env, cwd=cwd, exe=exe, pid=1)
        finally:
            self._give_back(machine)

    @staticmethod
    def _take(pool: Pool[Machine]) -> Machine:
        machine = pool.get()
        machine.home = pool
        return machine

    def _sibling(self, machine: Machine) -> Machine:
        """A clean machine from ``machine``'s pool (for a forked child)."""
        if machine.home is None:
            raise HostBug(f"{self.name}: machine without a pool")
        return self._take(machine.home)

    @staticmethod
    def _give_back(machine: Machine) -> None:
        """Reset ``machine`` and return it to its pool (closed if the reset fails)."""
        try:
            machine.reset()
        except BaseException:
            machine.close()
            raise
        if machine.home is not None:
            machine.home.put(machine)
        else:
            machine.close()

    def stats(self) -> dict[str, int]:
        """Hit/miss counters summed over memory sizes."""
        total = {"idle": 0, "hits": 0, "misses": 0, "created": 0}
        for p in self._pools.values():
            for k, v in p.stats().items():
                total[k] += v
        return total

    def close(self) -> None:
        """Close every idle machine (and drop the shared snapshot data)."""
        for p in self._pools.values():
            p.close()
        self._snapshots.clear()
