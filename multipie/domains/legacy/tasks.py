"""The processes and threads of one legacy run, and what a switch between threads exchanges.

Who owns what:

- :class:`Task` — one process: its VM (:class:`~multipie.domains.legacy.machine.Machine`), its
  kernel-side state (:class:`~multipie.domains.legacy.syscalls.LinuxProcess`: fd table, cwd,
  dispositions), parent and children, how it ended, its threads and its futex queues.
- :class:`Thread` — one thread: a vCPU of the process's VM, its scheduling state (runnable,
  blocked on a pending call, dead) and its private context while another thread of the
  process is loaded.

**Threads share one VM** and each has its own vCPU (the process's first thread the machine's
own; the others take one from :meth:`~multipie.kvm.machine.BaseMachine.take_vcpu`), so a
thread's registers, FPU state and FS base (its TLS) stay in KVM and a switch between threads
costs no ioctl: it runs another vCPU. Measured under PVM (2 cores): creating a vCPU ≈ 130–320 µs
(once per machine: vCPUs are kept with the pooled machine), loading its registers ≈ 35–55 µs;
saving and loading one vCPU's context instead (XSAVE get + set, the FS MSR, the registers) would
cost ≈ 20–25 µs at *every* switch, while running another vCPU costs ≈ 5–10 µs more than
re-entering the same one.

**One thread's context is loaded at a time.** The process's ``LinuxProcess`` and ``Machine`` hold
the context of :attr:`Task.loaded`: the per-thread parts of the process object (signal mask,
pending signals, ``sigsuspend``'s saved mask, FPU frames of running handlers, FS base,
``clear_child_tid``), the machine's current vCPU and its FS-base cache, and three words the guest
reads or writes without an exit (``gettid``'s answer, ``set_tid_address`` and
``set_robust_list``: :data:`~.sysarea.TID`, :data:`~.sysarea.ROBUST`, ``S_TID_ADDR``).
:meth:`Task.load` exchanges them. The rest of the state page and ``mm.c``'s stack and hole
table stay shared, which is correct because only one vCPU runs at a time and the scheduler never
switches away from a vCPU stopped inside the entry page (``entry.S``/``mm.c`` keep scratch state
there while they run; see :meth:`Thread.in_entry`).
"""

from __future__ import annotations

import ctypes
import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from multipie.domains.legacy import sysarea
from multipie.domains.legacy.futex import FutexTable, Waiter
from multipie.domains.legacy.syscalls import BadAddress, Blocked, LinuxProcess, ProcessExit, UserMemory
from multipie.kvm import _abi
from multipie.kvm.elf import PAGE
from multipie.kvm.vcpu import Vcpu

if TYPE_CHECKING:
    from multipie.domains.legacy.machine import Machine

__all__ = ["MAX_THREADS", "Task", "Thread", "robust_deaths"]

#: Threads alive at once in one process (``clone`` fails with ``EAGAIN`` beyond); each is a vCPU.
MAX_THREADS = 128
#: Extra vCPUs a machine may keep for the next tenant; one that grew more is closed after its run.
KEEP_VCPUS = 16
FUTEX_WAITERS, FUTEX_OWNER_DIED, FUTEX_TID_MASK = 0x80000000, 0x40000000, 0x3FFFFFFF
_ROBUST_LIMIT = 2048  # entries walked at most (Linux's ROBUST_LIST_LIMIT): a cyclic list cannot hang the host
_U64 = (1 << 64) - 1
_TID_PAGE = sysarea.TID // PAGE


@dataclass(eq=False)
class Thread:
    """One thread of a process.

    Attributes:
        tid: its id (the first thread's is the process id).
        task: its process.
        vcpu: the vCPU it runs on.
        state: ``"runnable"``, ``"blocked"`` (a call is pending: :attr:`blocked`) or ``"dead"``.
        futex: the futex wait it is parked in, if any.
        tried: the scheduler's :attr:`~.scheduler.Scheduler.moves` when its pending call was last tried.
        cpu_ns: CPU time it used (its ``CLOCK_THREAD_CPUTIME_ID``).
        The other fields are its private context while another thread is loaded (:meth:`Task.load`).
    """

    tid: int
    task: Task
    vcpu: Vcpu
    state: str = "runnable"
    blocked: Blocked | None = None
    futex: Waiter | None = None
    tried: int = -1
    cpu_ns: int = 0
    sigmask: int = 0
    pending: int = 0
    saved_mask: int | None = None
    fpu_frames: list[Any] = field(default_factory=list)
    clear_tid: int = 0
    robust: int = 0
    fs_base: int = 0
    fs_now: int = 0

    def in_entry(self) -> bool:
        """Stopped inside the entry page (``entry.S``/``mm.c`` mid-call): must run on before a switch."""
        regs = self.vcpu.regs if self.vcpu.sync_regs else self.vcpu.get_regs()
        rip = regs.rip
        return sysarea.ENTRY <= rip < sysarea.ENTRY + PAGE or sysarea.MORE <= rip < sysarea.MORE + PAGE


@dataclass(eq=False)
class Task:
    """One process of a run.

    Attributes:
        pid, ppid: its ids (the first process is 1).
        machine: its VM.
        proc: its kernel-side state (holding the context of :attr:`loaded`).
        exit: how it ended (a zombie until its parent reaps it).
        threads: its live threads by tid; :attr:`main` is the first one (tid = pid), which keeps
            the machine's own vCPU even after it left (``pthread_exit`` in ``main``).
        futexes: its futex wait queues.
        main_code: the exit code the first thread left with, the process's if the others end
            without ``exit_group``.
        cpu_ns: CPU time its threads used (its ``CLOCK_PROCESS_CPUTIME_ID``; 0 at ``fork``, kept by ``execve``).
        child_cpu_ns: CPU time of its reaped children, theirs included (``RUSAGE_CHILDREN``).
        timer_at, timer_every: its ``ITIMER_REAL``: the ``time.monotonic()`` of the next ``SIGALRM``
            (``None``: disarmed) and the interval after it (0: once).
    """

    pid: int
    ppid: int
    machine: Machine
    proc: LinuxProcess
    exit: ProcessExit | None = None
    children: list[Task] = field(default_factory=list)
    vfork_parent: Thread | None = None
    threads: dict[int, Thread] = field(default_factory=dict)
    futexes: FutexTable = field(default_factory=FutexTable)
    main_code: int = 0
    cpu_ns: int = 0
    child_cpu_ns: int = 0
    timer_at: float | None = None
    timer_every: float = 0.0

    def __post_init__(self) -> None:
        self.main = Thread(self.pid, self, self.machine.main_vcpu)
        self.threads[self.pid] = self.main
        self.loaded: Thread | None = self.main

    @property
    def wait_status(self) -> int:
        """The ``wait4`` status word: ``code << 8``, or the signal number."""
        assert self.exit is not None
        return self.exit.signal if self.exit.signal is not None else (self.exit.code & 0xFF) << 8

    def arm_timer(self, value: float | None, interval: float, now: float) -> tuple[float, float]:
        """Set ``ITIMER_REAL`` (``value`` 0 disarms it, ``None`` leaves it); returns the old ``(left, interval)``.

        An armed timer whose expiry is being delivered reports 1 µs left, as Linux does.
        """
        left = 0.0 if self.timer_at is None else max(self.timer_at - now, 1e-6)
        old = (left, self.timer_every)
        if value is None:
            return old
        self.timer_at = now + value if value > 0 else None
        self.timer_every = interval if value > 0 else 0.0
        return old

    def expire_timer(self, now: float) -> None:
        """The timer expired (at or before ``now``): its next expiry, or disarmed (expiries missed meanwhile merge)."""
        at, every = self.timer_at, self.timer_every
        assert at is not None
        if every <= 0:
            self.timer_at = None
            return
        missed = (now - at) // every + 1  # one SIGALRM however many periods passed, as Linux's overruns
        self.timer_at = at + missed * every

    def live(self) -> list[Thread]:
        """Threads not dead."""
        return [t for t in self.threads.values() if t.state != "dead"]

    def load(self, th: Thread) -> None:
        """Make ``th``'s context the one the process object and the machine hold (see the module docstring)."""
        cur = self.loaded
        if cur is th:
            return
        proc, m = self.proc, self.machine
        mem = m.memory
        if cur is not None:
            m.sync_fs(proc)  # an arch_prctl the guest answered
            cur.sigmask, cur.pending, cur.saved_mask, cur.fpu_frames = (
                proc.sigmask, proc.pending, proc.saved_mask, proc.fpu_frames)  # fmt: skip
            cur.fs_base, cur.fs_now = proc.fs_base, m._fs_now
            cur.clear_tid, cur.robust = self.words()
        proc.sigmask, proc.pending, proc.saved_mask = th.sigmask, th.pending, th.saved_mask
        proc.fpu_frames = th.fpu_frames
        proc.fs_base, m._fs_now, proc.clear_child_tid = th.fs_base, th.fs_now, th.clear_tid
        m.vcpu = th.vcpu
        mem.write_u64(sysarea.STATE + sysarea.S_TID_ADDR, th.clear_tid)
        mem.write(sysarea.TID, struct.pack("<2Q", th.tid, th.robust))
        self.loaded = th

    def words(self) -> tuple[int, int]:
        """``(clear_child_tid, robust list head)`` of the loaded thread, as the guest last set them."""
        mem = self.machine.memory
        return mem.read_u64(sysarea.STATE + sysarea.S_TID_ADDR), mem.read_u64(sysarea.ROBUST)

    def start_thread(self, tid: int, regs: _abi.KvmRegs, *, stack: int, tls: int | None, clear_tid: int) -> Thread:
        """A new thread of this process, a copy of the loaded one stopped in ``clone`` (``rax = 0`` in it).

        It resumes after the ``syscall`` on ``stack`` (when not 0) with the loaded thread's FPU
        state and signal mask, FS base ``tls`` (``None``: the creator's), and ``clear_tid`` as
        its ``clear_child_tid``.

        Raises:
            CapacityError, HostBug: KVM refused a vCPU.
        """
        m, proc = self.machine, self.proc
        m.sync_fs(proc)
        m.memory.write_u64(sysarea.S_FS_HINT + sysarea.STATE, 0)  # arch_prctl goes to the host now (per vCPU)
        m.user.written.update({sysarea.STATE // PAGE, _TID_PAGE})  # host-written: restored at reset
        vcpu = m.take_vcpu()
        try:
            fs = proc.fs_base if tls is None else tls
            m.snapshot.restore_sregs(vcpu)
            vcpu.set_msrs({sysarea.MSR_STAR: sysarea.STAR, sysarea.MSR_LSTAR: sysarea.ENTRY,
                           sysarea.MSR_SFMASK: sysarea.SFMASK, sysarea.MSR_FS_BASE: fs})  # fmt: skip
            child = _abi.KvmRegs()
            ctypes.pointer(child)[0] = regs
            child.rax, child.rip, child.rflags = 0, regs.rcx, regs.r11
            if stack:
                child.rsp = stack
            vcpu.set_regs(child) if vcpu.sync_regs else vcpu.set_regs_ioctl(child)
            vcpu.set_fpu_state(m.vcpu.get_fpu_state())
        except BaseException:
            m.give_vcpu(vcpu)
            raise
        th = Thread(tid, self, vcpu, sigmask=proc.sigmask, clear_tid=clear_tid, fs_base=fs, fs_now=fs)
        self.threads[tid] = th
        return th

    def drop_thread(self, th: Thread) -> None:
        """``th`` is gone: its vCPU goes back to the machine (the first thread keeps the machine's own)."""
        th.state, th.blocked = "dead", None
        if th.futex is not None:
            self.futexes.cancel(th.futex)
            th.futex = None
        if th is self.loaded:
            self.load(self.main)  # the machine's own vCPU is current whenever no other thread runs
        if th is not self.main:
            self.threads.pop(th.tid, None)
            self.machine.give_vcpu(th.vcpu)

    def end_threads(self) -> None:
        """The process ended: every thread is gone, the machine's own vCPU is current again."""
        for th in list(self.threads.values()):
            if th is not self.main:
                self.drop_thread(th)
        self.main.state, self.main.blocked, self.main.futex = "dead", None, None
        self.load(self.main)
        self.futexes = FutexTable()
        if len(self.machine.extra_vcpus) > KEEP_VCPUS:
            self.machine.reusable = False  # do not keep that many vCPU fds in the pool


def robust_deaths(mem: UserMemory, head: int, tid: int) -> list[int]:
    """Mark the robust futexes thread ``tid`` still holds as ``FUTEX_OWNER_DIED`` (its robust list at ``head``).

    Walks ``struct robust_list_head { list, futex_offset, list_op_pending }`` as Linux does at
    thread exit, at most :data:`_ROBUST_LIMIT` entries, stopping at the first bad pointer.

    Returns:
        The futex words that had waiters: each needs one wake.
    """
    wake: list[int] = []
    try:
        entry, offset, pending = struct.unpack("<QqQ", mem.read(head, 24))
        seen = 0
        while entry & ~1 != head and entry and seen < _ROBUST_LIMIT:
            nxt = mem.u64(entry & ~1)
            if entry & ~1 != pending & ~1:
                _owner_died(mem, (entry & ~1) + offset, tid, wake)
            entry, seen = nxt, seen + 1
        if pending & ~1:
            _owner_died(mem, (pending & ~1) + offset, tid, wake)
    except BadAddress:
        pass
    return wake


def _owner_died(mem: UserMemory, addr: int, tid: int, wake: list[int]) -> None:
    addr &= _U64
    if addr % 4:
        return
    word = struct.unpack("<I", mem.read(addr, 4))[0]
    if word & FUTEX_TID_MASK != tid:
        return
    mem.write(addr, struct.pack("<I", (word & FUTEX_WAITERS) | FUTEX_OWNER_DIED))
    if word & FUTEX_WAITERS:
        wake.append(addr)
