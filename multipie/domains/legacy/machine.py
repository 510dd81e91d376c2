"""A legacy program in a KVM virtine: the machine and its system call loop.

Built on the x86/KVM toolbox :mod:`multipie.kvm` (:class:`~multipie.kvm.machine.BaseMachine`: VM, memory,
vCPU, faults, close; page tables, descriptors, snapshot, deadlines); nothing here issues a KVM ioctl of
its own. The system area and the state page it shares with the guest are :mod:`.sysarea`; :mod:`.runner` pools machines.

How a system call reaches the host (this machine's KVM is PVM, see FACTS.md): ``syscall`` jumps
to LSTAR and stays in ring 3; the stub answers brk, anonymous mmap/munmap/mremap/madvise
(``guest/legacy/mm.c``), getpid/gettid/getuid-family, set_tid_address, set_robust_list and rseq
itself, and for everything else executes ``out`` to :data:`~.sysarea.SYSCALL_PORT`, which the TSS
I/O bitmap allows (every other port faults). KVM exits to :meth:`Machine.advance`, which reads the
registers from the shared ``kvm_run`` copy, calls :meth:`~multipie.domains.legacy.syscalls.LinuxProcess.syscall`,
and resumes the program at ``rcx`` with ``rflags = r11`` and the result in ``rax``, with no register
ioctl. CPU exceptions arrive through :data:`~.sysarea.FAULT_PORT` and become :class:`~multipie.errors.Trap` s.

The run loop is a small state machine: ``READY`` → ``RUNNING`` ⇄ ``SYSCALL`` → ``EXITED`` |
``FAULTED`` | ``TIMED_OUT``, then :meth:`Machine.reset` brings it back to ``READY``: dirty pages of
the image restored from the snapshot (KVM's dirty log plus the pages the host wrote), everything
above the image discarded or cleared, FS base and special registers reset.
"""

from __future__ import annotations

import ctypes
import enum
import struct
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from multipie.domains.legacy import (
    faultsig,
    listing,
    loader,
    pagetables,
    prefill,
    signals,
    sysarea,
    syscallsites,
    vdso,
    warmstart,
)
from multipie.domains.legacy.readcache import drop_read_cache, fill_read_cache
from multipie.domains.legacy.stats import ProcessCounters, RunStats
from multipie.domains.legacy.sysarea import FAULT_PORT, RC_NONE, S_RC, STATE, SYSCALL_PORT, take_in
from multipie.domains.legacy.syscalls import (
    AddressSpace,
    BadAddress,
    Blocked,
    ExecDone,
    LinuxProcess,
    PolicyEvent,
    ProcessExit,
    Sys,
)
from multipie.domains.legacy.syscalls.addrspace import TrackedMemory
from multipie.errors import HostBug, Timeout, Trap, UsageError
from multipie.kvm import _abi
from multipie.kvm.elf import PAGE, ElfImage
from multipie.kvm.hotpages import HotPages
from multipie.kvm.machine import BaseMachine
from multipie.kvm.memory import GuestMemory
from multipie.kvm.pool import Pool
from multipie.kvm.snapshot import Snapshot, SnapshotData
from multipie.kvm.timeouts import Deadline
from multipie.kvm.vcpu import Vcpu, VcpuExit, unexpected_exit
from multipie.resources.fs.keptlookups import KeptLookups

_U64 = (1 << 64) - 1
MAX_MEMORY = 4 << 30
MIN_MEMORY = 16 << 20
_ARCH_PRCTL = int(Sys.arch_prctl)
_PRCTL, _OPENAT = int(Sys.prctl), int(Sys.openat)
_MEMORY_CALLS = frozenset(
    int(n) for n in (Sys.brk, Sys.mmap, Sys.munmap, Sys.mremap, Sys.madvise, Sys.mprotect, Sys.sysinfo)
)

__all__ = ["Machine", "RunResult", "RunState"]

#: Dirty pages past which reset discards the area (they fault again, tens of µs each under PVM) instead
#: of clearing them (a memset; up to 32 MiB stay resident in the idle machine: docs/legacy.md, "Memory").
RESET_CLEAR_LIMIT = 8192


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


class Machine(BaseMachine):
    """One VM prepared for ``image``: system area, segments loaded, registers and MSRs set, snapshot taken.

    Args:
        image: the validated executable.
        memory: guest memory in bytes (rounded down to 2 MiB; the domain's memory limit).
        name: for messages.
        like: the snapshot data of a machine prepared the same way (same image and memory), to share.

    Raises:
        OutOfMemory: ``memory`` cannot hold the program.
        CapacityError: the kernel refused memory or a file descriptor.
    """

    #: Asked after a kick that is not the timeout: True makes :meth:`advance` return (a time slice ended).
    preempt: Callable[[Vcpu], bool] | None = None

    def __init__(self, image: ElfImage, memory: int, *, name: str, like: Snapshot | SnapshotData | None = None) -> None:
        if memory > MAX_MEMORY:
            raise UsageError(f"{name}: legacy programs get at most {MAX_MEMORY >> 30} GiB of memory")
        self.image = image
        self.name = name
        self.layout = loader.layout_for(image, max(memory, MIN_MEMORY), where=name)
        self.state = RunState.CLOSED
        self.covered = image.high  # system area + image: restored from the snapshot; above: discarded
        super().__init__(self.layout.size)
        self.read_cache = True
        self.snapshot = Snapshot(self.vm, self.vcpu, self.memory, self.covered, share=like)
        self.user.written.clear()
        self._touched: set[int] = set()
        self._logged = 0  # pages the last dirty-log fetch reported
        self.hot = HotPages()  # which dirty pages stay writable and mapped for the next run
        #: The warm state this machine's pool shares (set by the runner), the one its memory now holds
        #: (``None``: the cold snapshot), and the run taking it (:mod:`.warmstart`).
        self.warm_slot: warmstart.WarmSlot | None = None
        self.at: warmstart.WarmState | None = None
        self.warming: warmstart.Warming | None = None
        self.started: tuple[str, warmstart.Key | None] = ("", None)  # how it started (warmstart.describe)
        self._fs_now = 0  # the FS base MSR as last written
        #: FS base this image's start-up code sets (learned on its first run; pre-set in later runs).
        self.fs_hint = 0
        self._learn_fs = False
        self._stale_fpu: Vcpu | None = None  # a vCPU whose FPU state must be the snapshot's before it runs
        self._unlogged = True  # the guest may have run since the dirty log was last fetched
        self._needs_sregs = False
        self._wb_mask = 0  # fds whose writes the guest may buffer (the host's copy of sysarea.S_WB_MASK)
        self.fd_view = sysarea.FdView(self.memory)
        self.kept_lookups = KeptLookups()  # the last run's layer lookups and path answers, while they hold
        self.runs = 0
        self.host_calls = 0
        self._c = ProcessCounters()
        #: The program now in memory (another image after an ``execve``) and its layout.
        self.current, self.cur_layout = image, self.layout
        #: Reads may be cached in the guest when the image leaves [sysarea.READ_CACHE, +size) free.
        self.cache = image.low >= sysarea.READ_CACHE + sysarea.READ_CACHE_SIZE
        #: The registers of the system call being served (what ``fork`` copies).
        self.cur_regs: _abi.KvmRegs | None = None
        #: The pool this machine goes back to (set by :class:`~multipie.domains.legacy.runner.Runner`).
        self.home: Pool[Machine] | None = None
        self.state = RunState.READY

    def _build(self, mem: GuestMemory) -> None:
        self.user = TrackedMemory(mem.view, low=loader.USER_BASE)
        sysarea.prepare(mem, self.user, self.image)
        self.vdso = vdso.install(self.user) if vdso.wanted(self.image) else 0  # AT_SYSINFO_EHDR, or 0
        #: The protections the image starts with (page tables in a slot of their own: .pagetables).
        self.base_prot = pagetables.protections_for(self.image, self.layout, vdso_at=self.vdso)
        #: Fetching the dirty log leaves pages writable; reset re-protects them (see reset).
        self.manual_dirty = self.vm.enable_manual_dirty_log()
        self.vm.add_memory(mem, slot=0, log_dirty=True)
        self.tables = pagetables.Loader(self.vm, mem, self.layout.size, self.base_prot, self.user)
        self.vcpu = self.vm.create_vcpu()
        sysarea.load_registers(self.vcpu, self.tables.loaded(self.vcpu, self.tables.tables.base_root))

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
            self._c.fold(sysarea.page_counts(self.memory), self.memory.read_u64(syscallsites.DIRECT))  # (restored next)
            self._restore_memory()  # memory = the snapshot, holding self.image
        if image is not self.image:
            old = self.image
            self.user.zero(old.segments[0].page_start, old.high - old.segments[0].page_start)
            loader.load_segments(self.user, image)
        self.current, self.cur_layout, self.state = image, layout, RunState.READY
        fits = image.low >= sysarea.READ_CACHE + sysarea.READ_CACHE_SIZE  # (the path slots and the store are below)
        self.cache = self.fd_view.store_ok = self.read_cache and fits  # reads cached in the guest, files kept there

    def start(self, proc: LinuxProcess, argv: Sequence[str], env: Mapping[str, str], exe: str, *, pid: int) -> None:
        """Write the state page and the initial stack for ``proc`` and point the vCPU at the entry point.

        A dynamic program resumes at its own entry from the pool's warm state when it has one for
        this run's key (:mod:`.warmstart`), else its loader runs (and may take that state).

        Raises:
            UsageError: argv/env too large.
        """
        lay, mem, image = self.cur_layout, self.memory, self.current
        slot = self.warm_slot if warmstart.eligible(image, self.image, pid) else None
        run = warmstart.key(exe, proc.cwd, argv, env)
        warm = warmstart.usable(slot, run, argv, proc)
        if self.at is not warm:
            self._restore_memory(to=warm)  # the cold snapshot for the loader, or the state to resume
        if warm is not None:
            proc.space, proc.fs_base = warm.space.clone(self.user), warm.fs_base
            proc.events.extend(warm.events)
        space = proc.space
        assert space is not None
        proc.info.extra["comm"] = sysarea.start_state(mem, space, lay, pid=pid, exe=exe)
        # A program starts with FS base 0 on Linux. Our own image's start-up code is known to set
        # it to fs_hint first thing, so that value is loaded now and its arch_prctl answered in the
        # guest (saving an exit); a program that reads FS before setting it would see the hint.
        hint = warm.fs_base if warm else self.fs_hint if image is self.image else 0
        self._learn_fs = image is self.image and not hint
        if self._fs_now != hint:
            self.vcpu.set_msrs({sysarea.MSR_FS_BASE: hint})
            self._fs_now = hint
        mem.write(STATE + sysarea.S_FS_HINT, struct.pack("<2Q", 0 if warm else hint, 0))
        self._wb_mask = sysarea.bufferable(proc)
        mem.write(STATE + sysarea.S_WB_MASK, struct.pack("<3Q", self._wb_mask, 0, 0))
        vds = vdso.for_run(self.vcpu, self.user, image, self.vdso)
        reserve = warmstart.ARG_RESERVE if slot is not None and warmstart.fits(argv) else 0
        rsp = loader.build_stack(self.user, image, lay.size, argv, env, execfn=exe, floor=lay.stack_floor,
                                 sysinfo=vds, reserve=reserve)  # fmt: skip
        regs = _abi.KvmRegs(rip=image.entry, rsp=rsp, rflags=sysarea.USER_RFLAGS)
        self.warming, self.started = None, ("warm" if warm else "cold" if slot is not None else "", run)
        if warm is not None:
            mem.write(sysarea.TID, warm.tid)  # the robust list glibc's loader registered
            regs = warmstart.resume(self.user, self.vcpu, warm, rsp)  # (loads its FPU state)
            self._stale_fpu = None
        elif reserve and warmstart.arm(slot, run, argv):
            assert slot is not None
            self.warming, self.started = warmstart.Warming(slot, run, self.user, image, rsp, proc), ("warming", run)
            if vds:
                self.user.write(vdso.VVAR, bytes(8))  # not ready: a clock read before the entry reaches the host
        self.fd_view.sync(proc, on=self.warming is None, fresh=True)
        vcpu = self.vcpu
        vcpu.set_regs(regs) if vcpu.sync_regs else vcpu.set_regs_ioctl(regs)
        self.state = RunState.RUNNING

    def new_space(self) -> AddressSpace:
        """The ``brk``/``mmap`` bookkeeping and page protections for the program now in memory."""
        space = AddressSpace(self.user, self.cur_layout.brk_start, self.cur_layout.map_top)
        image = self.current
        base = self.base_prot if image is self.image else self.tables.protections(image, self.cur_layout, self.vdso)
        space.prot = base.clone()
        return space

    def take_vcpu(self) -> Vcpu:
        """As :meth:`BaseMachine.take_vcpu`; its page tables are loaded before it runs."""
        vcpu = super().take_vcpu()
        self.tables.unknown(vcpu)
        return vcpu

    def advance(self, proc: LinuxProcess, deadline: Deadline | None, timeout: float | None, label: str) -> Blocked:
        """Run the guest until ``proc`` blocks (returned: the call is left pending) or ends.

        Raises:
            ProcessExit: the program exited.
            ExecDone: never (an ``execve`` restarts the loop on the new program).
            Trap: a CPU exception or an unexpected exit (message has the vector, address and rip).
            Timeout: the deadline passed.
            OutOfMemory: the program's memory ran out.
        """
        vcpu, mem, self.state = self.vcpu, self.memory, RunState.RUNNING
        if self._stale_fpu is not None:  # (reset left the snapshot's FPU state to the start: _scrub)
            self._stale_fpu.set_fpu_state(self._fpu)
            self._stale_fpu = None
        try:
            while True:
                self.tables.load(vcpu, proc.space)  # the page tables of the protections as they are now
                self.fd_view.ready(proc)  # the fd page and lseek offsets as the host left them
                self._unlogged, t0 = True, time.perf_counter()
                exit_ = vcpu.run()
                self._c.guest_time += time.perf_counter() - t0
                take_in(mem, proc, self._wb_mask, self.fd_view, on=self.warming is None)  # before all else
                if exit_ is VcpuExit.PORT_OUT:
                    port = vcpu.io.port
                    r = vcpu.regs if vcpu.sync_regs else vcpu.get_regs()
                    port = SYSCALL_PORT if port == FAULT_PORT and faultsig.to_host(self, r) else port  # (a bad pointer)
                    if port == SYSCALL_PORT:  # RUNNING -> SYSCALL -> RUNNING, or blocked
                        blocked = self._syscall(proc, r)
                        if blocked is not None:
                            return blocked
                        continue
                    if port == FAULT_PORT:  # RUNNING -> FAULTED
                        if self.warming is not None and self.warming.reached(self, proc, r.rdi, r.rsi):
                            self.warming = None
                            continue  # the trap at the entry of a warming run: the state is taken
                        self._c.exits["exception"] += 1
                        if faultsig.deliver(self, proc, r):
                            continue  # to the program's SIGSEGV (SIGILL, SIGFPE) handler
                        raise self.fault(r.rdi, r.rsi)
                self._c.exits["interrupt" if exit_ is VcpuExit.INTERRUPTED else exit_.name.lower()] += 1
                if exit_ is VcpuExit.INTERRUPTED:
                    vcpu.clear_interrupt()  # before the checks: a kick landing between them is not lost
                    if deadline is not None and deadline.fired:  # RUNNING -> TIMED_OUT
                        self.state = RunState.TIMED_OUT
                        raise Timeout(f"{label}: ran past its {timeout} s limit and was stopped", domain=label)
                    if self.preempt is not None and self.preempt(vcpu):
                        return Blocked("preempted")  # RUNNING -> READY (the scheduler runs another thread)
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

    def _syscall(self, proc: LinuxProcess, r: _abi.KvmRegs) -> Blocked | None:
        """Serve the system call in ``r`` and resume after it; returns the :class:`Blocked` left pending, if any."""
        self.state = RunState.SYSCALL
        nr = r.rax
        self.host_calls += 1
        self._c.exits["syscall"] += 1
        self._c.host[nr] += 1
        if self.warming is not None:
            self.warming.note(proc, nr, (r.rdi, r.rsi, r.rdx, r.r10, r.r8, r.r9))
        if self.cache:
            if self.memory.read_u64(STATE + S_RC) != RC_NONE:
                drop_read_cache(self.memory, proc)
            give = fill_read_cache(self.memory, self.user, proc, r.rdi, r.rsi, r.rdx) if nr == 0 else None
            if give is not None:
                self.complete(r, give)
                return None
        try:
            result = self.serve(proc, nr, r)
        except Blocked as blocked:  # SYSCALL stays pending; the scheduler retries it
            blocked.nr, blocked.regs = nr, r
            return blocked
        except ExecDone:  # a new program or a restored context: registers set
            self.state = RunState.RUNNING
            self.fd_view.sync(proc, on=self.warming is None, fresh=True)  # O_CLOEXEC fds closed, memory reloaded
            if proc.pending:
                vcpu = self.vcpu
                self.deliver(proc, vcpu.regs if vcpu.sync_regs else vcpu.get_regs())
            return None
        if nr == _OPENAT and result >= 0 and self.cache and self.warming is None:  # (its first read: no exit)
            put = prefill.fill_at_open(self.memory, self.user, proc, result) or listing.put(
                self.memory, self.user, proc, result, sysarea.READ_CACHE, listing.MOST)  # fmt: skip
            if put:  # (kept: its next open needs no exit either)
                self.fd_view.keep_open(proc, (r.rdi, r.rsi, r.rdx), result, put)
        self.complete(r, result)
        if proc.pending:
            self.deliver(proc, r)
        return None

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
            sysarea.load_space(self.memory, space)
            try:
                return proc.syscall(nr, r.rdi, r.rsi, r.rdx, r.r10, r.r8, r.r9)
            finally:
                sysarea.store_space(self.memory, space)
        result = proc.syscall(nr, r.rdi, r.rsi, r.rdx, r.r10, r.r8, r.r9)
        if nr == _PRCTL:  # PR_SET_NAME: the guest answers PR_GET_NAME from its copy
            self.memory.write(STATE + sysarea.S_COMM, bytes(proc.info.extra["comm"])[:15].ljust(16, b"\0"))
        if (mask := sysarea.bufferable(proc)) != self._wb_mask:  # the call may have closed or replaced fd 1, 2
            self._wb_mask = mask
            self.memory.write_u64(STATE + sysarea.S_WB_MASK, mask)
        self.fd_view.after(proc, nr, (r.rdi, r.rsi, r.rdx, r.r10), result, on=self.warming is None)
        return result

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
        faultsig.enter_handler(self, proc, r)

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
        if self.memory.read_u64(STATE + sysarea.S_FS_SET):
            proc.fs_base = self._fs_now
            self.memory.write_u64(STATE + sysarea.S_FS_SET, 0)

    def sync_space(self, proc: LinuxProcess) -> None:
        """Adopt the break, mapping floor and holes the guest moved on its own (before copying ``proc``)."""
        if proc.space is not None:
            sysarea.load_space(self.memory, proc.space)

    def copy_from(self, parent: Machine, regs: _abi.KvmRegs, *, pid: int, fs_base: int, stack: int = 0) -> None:
        """Make this (clean) machine a copy of ``parent`` stopped in a ``fork``: memory, registers, FPU.

        The child resumes after the ``syscall`` with ``rax = 0`` (on ``stack`` when given).
        Only pages that differ from the snapshot both machines share are copied.
        """
        if parent.image is not self.image or parent.layout.size != self.layout.size:
            raise HostBug(f"{self.name}: fork into a machine of another image or size")
        pages = parent.touched() | {STATE // PAGE, sysarea.MM // PAGE}
        if self.at is not parent.at:  # rests at another state: the pages either state holds too
            pages |= warmstart.pages_of(self.at) | warmstart.pages_of(parent.at)
        self.copy_pages(parent, sorted(pages))
        self._touched.update(pages)
        self.at = parent.at
        self.current, self.cur_layout, self.cache = parent.current, parent.cur_layout, parent.cache
        self.fd_view.store_ok = self.cache  # (its image may lie over the path slots and the store)
        self._wb_mask = parent._wb_mask  # same fd table (copied); the parent's buffer was flushed at the fork
        sysarea.fork_state(self.memory, pid=pid, paths=self.cache)
        self._c = ProcessCounters()
        child = _abi.KvmRegs()
        ctypes.pointer(child)[0] = regs
        child.rax, child.rip, child.rflags = 0, regs.rcx, regs.r11
        if stack:
            child.rsp = stack
        self.vcpu.set_regs(child) if self.vcpu.sync_regs else self.vcpu.set_regs_ioctl(child)
        self.vcpu.set_fpu_state(parent.vcpu.get_fpu_state())
        self._stale_fpu = None
        self._learn_fs, self.started = False, ("", None)
        self._set_fs(fs_base)
        self.state = RunState.RUNNING

    def host_bytes(self) -> int:
        """Host memory this machine's program holds: the image it was loaded with plus every page it changed."""
        return (self.image.high - self.image.low) + len(self.touched()) * PAGE

    def touched(self) -> set[int]:
        """Pages that may differ from the snapshot: written by the guest (dirty log) or the host since reset."""
        pages = self._touched
        pages |= self.user.written
        self.user.written = set()
        if self._unlogged:  # (else the log holds nothing new: its bits stay set until cleared, and are in pages)
            self._logged, self._unlogged = self.vm.add_dirty(0, pages), False
        return pages

    def counters(self) -> tuple[int, int, int]:
        """``(host-served calls, guest-answered calls, rseq attempts)`` of the program in this machine."""
        guest = self._c.guest(sysarea.page_counts(self.memory))
        return self.host_calls, sum(guest.values()), self.memory.read_u64(STATE + sysarea.S_RSEQ)

    def collect(self) -> RunStats:
        """The counters of the process in this machine (one process: the run adds them up)."""
        start = warmstart.describe(*self.started, self.warm_slot)
        direct = self.memory.read_u64(syscallsites.DIRECT)
        return self._c.stats(sysarea.page_counts(self.memory), direct, dirty_pages=len(self.touched()), start=start)

    def _set_fs(self, base: int) -> None:
        if base != self._fs_now:
            self.vcpu.set_msrs({sysarea.MSR_FS_BASE: base})
            self._fs_now = base
        if self._learn_fs:
            self.fs_hint, self._learn_fs = base, False

    def fault(self, vector: int, frame: int) -> Trap:
        """As :meth:`BaseMachine.fault`, but a page fault in the guard below the stack is a stack overflow."""
        return faultsig.stack_overflow(self, vector, frame) or super().fault(vector, frame)

    # -- reset ---------------------------------------------------------------------

    def _restore_memory(self, hot: HotPages | None = None, to: warmstart.WarmState | None = None) -> int:
        """Bring memory back to the cold snapshot, or to warm state ``to``; returns the pages restored."""
        pages = self.touched()
        self._touched = set()
        self.fd_view.store.restoring(pages, write=self.fd_view.store_ok)
        if self.at is not to:  # another base: every page either state holds comes back too
            pages |= warmstart.pages_of(self.at) | warmstart.pages_of(to)
        limit = self.covered // PAGE
        above = sum(1 for p in pages if p >= limit)
        drop = discard = False
        if hot is not None:  # a reset: ask the policy before the restore hides what the run changed
            hot.observe(pages, lambda p: warmstart.unchanged(self.snapshot, to, p))
            drop, discard = hot.decide(self._logged)
        if above > RESET_CLEAR_LIMIT or discard:
            pages = {p for p in pages if p < limit} | {p for p in warmstart.pages_of(to) if p >= limit}
            try:  # fresh zero pages (also where shared warm pages were mapped: .imagepages)
                self.memory.discard_range(self.covered, self.layout.size - self.covered)
            except OSError as exc:
                raise HostBug(f"{self.name}: discarding guest memory failed: {exc}") from exc
        n = warmstart.restore(self.snapshot, to, sorted(p for p in pages if p * PAGE < self.layout.size))
        self.at = to
        self.tables.stale()  # mm.c's view of the protections came back with the pages
        if drop and self.manual_dirty:  # protect them again: the log sees the next run's writes (kvm.hotpages)
            self.vm.clear_dirty(0, self.vm.dirty_words(0))
        elif hot is not None and self.manual_dirty:  # the next log says whether the run writes these
            self.vm.protect_pages(0, hot.probes)
        return n

    def reset(self) -> int:
        """Back to the state before any run; returns the pages restored or cleared.

        Image pages come back from the snapshot. Above the image, dirty pages are cleared in place
        (they stay mapped, so the next run does not fault on them again); past :data:`RESET_CLEAR_LIMIT`
        pages, or when :class:`multipie.kvm.hotpages.HotPages` finds them stale, the area is discarded at once.
        """
        slot = self.warm_slot
        n = self._restore_memory(self.hot, slot.state if slot is not None and warmstart.ENABLED else None)
        self.warming, self.started = None, ("", None)
        if self.current is not self.image:
            self.current, self.cur_layout = self.image, self.layout
        self._scrub(self.at)
        self.host_calls = 0
        self._c = ProcessCounters()
        self.state = RunState.READY
        return n

    def _scrub(self, to: warmstart.WarmState | None) -> None:
        """Special registers back to the snapshot's with ``to``'s ``CR3`` and FS base; the FPU state too.

        Vector registers of one program must not be seen by the next (general ones are set per run);
        sregs always: under PVM a program can write its FS/GS base itself (``wrfsbase``), unseen by
        ``_fs_now``. Loading the warm state's root and FS base here spares a warm start its own
        ``KVM_SET_SREGS`` and ``KVM_SET_MSRS``; its FPU state is loaded by the start (so the
        snapshot's is loaded at the first entry only if the start was not warm: ``_stale_fpu``).
        """
        sregs = type(self.snapshot.sregs).from_buffer_copy(self.snapshot.sregs)
        if to is not None and to.space.prot is not None:
            sregs.cr3, sregs.fs.base = self.tables.show(to.space.prot), to.fs_base
        self.vcpu.set_sregs(sregs)
        self.tables.loaded(self.vcpu, sregs.cr3)
        if to is None:
            self.vcpu.set_fpu_state(self._fpu)
        self._stale_fpu = None if to is None else self.vcpu
        self._fs_now = sregs.fs.base
        self._needs_sregs = False

    def close(self) -> None:
        """Close the vCPU, VM and memory; idempotent."""
        self.state = RunState.CLOSED
        # A view into the vCPU's kvm_run: still held, it kept that mapping (and the vCPU fd it dups,
        # which pins the closed VM in the kernel) until the next garbage collection.
        self.cur_regs = None
        self.kept_lookups.close()
        super().close()
