"""Processes inside one legacy run: ``fork``, ``execve``, ``wait4``, ``kill`` and a host-side scheduler.

Who owns what:

- :class:`Task` — one process of the run: its :class:`~multipie.domains.legacy.machine.Machine`
  (its own VM), its :class:`~multipie.domains.legacy.syscalls.LinuxProcess` (fd table, cwd,
  signal dispositions), its parent and children, and how it ended.
- :class:`ProcessGroup` — every process of one run and the scheduler. It implements the
  :class:`~multipie.domains.legacy.syscalls.ProcessHost` calls the syscall layer forwards.

**fork** (``fork``, ``vfork``, ``clone`` without threads) takes a clean machine of the same
image from the pool and copies into it the parent's pages that differ from the snapshot both
share (KVM's dirty log plus the pages the host wrote), the registers (``rax = 0`` in the
child), FS base and FPU state; the fd table is copied with shared open file descriptions, as
on Linux. ``vfork`` and ``CLONE_VM|CLONE_VFORK`` are served as a copy too, the parent waiting
until the child calls ``execve`` or exits (programs that rely on the child writing the
parent's memory are not supported).

**execve** resolves the path in the domain's file view (``/proc/self/exe`` is the running
image; ``#!`` scripts run their interpreter), validates the ELF, and replaces the program in
the *same* machine: memory back to the snapshot, the new image's segments if it is another
one, a new stack, registers, FS base 0; ``O_CLOEXEC`` fds close, caught signals revert to
the default.

**Scheduling** is cooperative and on the host: the running process keeps its vCPU until it
blocks (an empty or full pipe, ``wait4`` for a live child, a ``vfork`` parent) or ends; then
the next runnable one runs. Blocked calls stay pending in their vCPU (nothing is answered)
and are retried once others ran. When every process is blocked on a pipe, the pipe calls
fail with ``EAGAIN`` (on Linux they would hang until the timeout). The run ends when its
first process ends; processes still alive then are killed. Every system call of every
process still goes through :meth:`LinuxProcess.syscall`: nothing here reaches the host
kernel on a program's behalf.
"""

from __future__ import annotations

import collections
import errno as E
import logging
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from multipie.domains.legacy import executables, signals
from multipie.domains.legacy.stats import RunStats, minor_faults
from multipie.domains.legacy.syscalls import (
    Blocked,
    ExecDone,
    LinuxProcess,
    PolicyEvent,
    ProcessExit,
    ProcessInfo,
)
from multipie.domains.legacy.syscalls.state import Process
from multipie.errors import DomainError, HostBug, OutOfMemory, Timeout, Trap, TrapCode, UsageError
from multipie.kvm.timeouts import Deadline, watchdog
from multipie.resources.fs import FsError, GuestFs
from multipie.resources.readiness import sleep_until

if TYPE_CHECKING:
    from multipie.domains.legacy.machine import Machine, RunResult
    from multipie.resources.net import Network

__all__ = ["MAX_PROCESSES", "ProcessGroup", "Task"]

log = logging.getLogger("multipie.legacy")

#: Processes alive at once in one run (``fork`` fails with ``EAGAIN`` beyond).
MAX_PROCESSES = 64
CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND = 0x100, 0x200, 0x400, 0x800
CLONE_VFORK, CLONE_PARENT, CLONE_THREAD, CLONE_SETTLS = 0x4000, 0x8000, 0x10000, 0x80000
CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID = 0x100000, 0x200000, 0x1000000
_CLONE_UNSUPPORTED = CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_PARENT | 0x7E020000  # namespaces
WNOHANG = 1
SIGKILL, SIGSEGV, SIGILL, SIGFPE, SIGBUS = 9, 11, 4, 8, 7
_IGNORED_BY_DEFAULT = {17, 18, 19, 20, 21, 22, 23, 28}  # CHLD, CONT, STOP, TSTP, TTIN, TTOU, URG, WINCH
_TRAP_SIGNALS = {
    TrapCode.ILLEGAL_INSTRUCTION: SIGILL,
    TrapCode.INTEGER_DIVISION_BY_ZERO: SIGFPE,
    TrapCode.INTEGER_OVERFLOW: SIGSEGV,
    TrapCode.HEAP_MISALIGNED: SIGBUS,
}


@dataclass(eq=False)
class Task:
    """One process of a run.

    Attributes:
        pid, ppid: its ids (the first process is 1).
        machine: its VM.
        proc: its kernel-side state.
        state: ``"runnable"``, ``"blocked"`` or ``"zombie"``.
        blocked: the pending call while blocked.
        exit: how it ended (a zombie until its parent reaps it).
    """

    pid: int
    ppid: int
    machine: Machine
    proc: LinuxProcess
    state: str = "runnable"
    blocked: Blocked | None = None
    exit: ProcessExit | None = None
    children: list[Task] = field(default_factory=list)
    vfork_parent: Task | None = None

    @property
    def wait_status(self) -> int:
        """The ``wait4`` status word: ``code << 8``, or the signal number."""
        assert self.exit is not None
        return self.exit.signal if self.exit.signal is not None else (self.exit.code & 0xFF) << 8


class ProcessGroup:
    """The processes of one run of a legacy program, and their scheduler.

    Args:
        fs: the domain's file view (shared by every process, as one mount namespace).
        streams: open files for fds 0, 1, 2 of the first process.
        timeout: seconds for the whole run (every process), or ``None``.
        label: the domain label, for messages.
        get_machine: a clean machine of the same image and size as the one given (for ``fork``).
        put_machine: give a machine back (reset, to its pool).
        memory_limit: bytes of host memory all processes of the run may hold together (``None``:
            each process is bounded by its machine's size only). ``fork`` fails with ``ENOMEM``
            when the child's copy would pass it; a child found past it after it ran is killed
            (``SIGKILL``, as by an OOM killer); the first process past it ends the run with
            :class:`~multipie.errors.OutOfMemory`.
        net: the domain's network (sockets' names, ``net`` grants; default: a fresh one).
    """

    def __init__(
        self,
        *,
        fs: GuestFs,
        streams: tuple[Any, Any, Any],
        timeout: float | None,
        label: str,
        get_machine: Callable[[Machine], Machine],
        put_machine: Callable[[Machine], None],
        memory_limit: int | None = None,
        net: Network | None = None,
    ) -> None:
        self.fs = fs
        self.net = net
        self.memory_limit = memory_limit
        self.streams = streams
        self.timeout = timeout
        self.label = label
        self._get_machine = get_machine
        self._put_machine = put_machine
        self.tasks: dict[int, Task] = {}
        self.runq: collections.deque[Task] = collections.deque()
        self.current: Task | None = None
        self.events: list[PolicyEvent] = []
        self.host_calls = 0
        self.fast_calls = 0
        self.rseq = 0
        self.forks = 0
        self.stats = RunStats()
        self._pids = iter(range(2, 1 << 22))
        self._held: dict[int, int] = {}  # pid -> host bytes when last measured (see _host_bytes)
        self._deadline: Deadline | None = None
        self._end_at = time.monotonic() + timeout if timeout is not None else None

    # -- the run -----------------------------------------------------------------------

    def run(
        self, machine: Machine, *, argv: Sequence[str], env: Mapping[str, str], cwd: str, exe: str, pid: int = 1
    ) -> RunResult:
        """Run the program in ``machine`` as process ``pid`` until it ends; returns how it ended.

        Raises:
            Trap: the first process faulted (a child's fault is its death by signal instead).
            Timeout: the run passed its timeout.
            OutOfMemory: the first process ran out of memory.
            UsageError: argv/env too large, or ``cwd`` does not exist.
        """
        from multipie.domains.legacy.machine import RunResult

        t0, faults0 = time.perf_counter(), minor_faults()
        machine.begin()
        proc = self._first_process(machine, cwd=cwd, exe=exe, pid=pid)
        machine.start(proc, argv, env, exe, pid=pid)
        machine.runs += 1
        init = Task(pid, 0, machine, proc)
        self.tasks[pid] = init
        if self.timeout is not None:
            self._deadline = watchdog().arm(machine.vcpu, self.timeout)
        try:
            task: Task | None = init
            while init.exit is None:
                if task is None:
                    task = self._next()
                self._step(task)
                self._check_memory(task)
                task = None
        except DomainError as exc:
            if not exc.domain:
                exc.domain = self.label
                exc.args = (f"{self.label}: {exc.args[0]}",)
            raise
        finally:
            self._wind_down(init)
            self.stats.wall = time.perf_counter() - t0
            self.stats.host_page_faults = minor_faults() - faults0
        assert init.exit is not None
        events = list(self.events)
        if self.rseq:
            events.append(PolicyEvent(334, "rseq", (0,) * 6))
        return RunResult(init.exit.code, init.exit.signal, events, self.host_calls, self.fast_calls, self.stats)

    def _first_process(self, machine: Machine, *, cwd: str, exe: str, pid: int) -> LinuxProcess:
        """The kernel-side state of the run's first process (fds 0-2 are the run's streams)."""
        try:
            proc = LinuxProcess(
                machine.user,
                self.fs,
                space=machine.new_space(),
                stdin=self.streams[0],
                stdout=self.streams[1],
                stderr=self.streams[2],
                info=ProcessInfo(pid=pid, exe=exe),
                on_set_fs=machine._set_fs,
                cwd=cwd,
                deadline=self._end_at,
                events=self.events,
                net=self.net,
            )
        except OSError as exc:
            raise UsageError(f"{self.label}: working directory {cwd!r}: {exc.strerror}") from exc
        proc.kernel = self
        return proc

    def _wind_down(self, init: Task) -> None:
        """End of the run: stop the watchdog, kill what still runs, release every machine but the first."""
        if self._deadline is not None:
            watchdog().disarm(self._deadline)
        for t in list(self.tasks.values()):
            if t is not init and t.exit is None:
                self._end(t, ProcessExit(128 + SIGKILL, SIGKILL))
        for t in list(self.tasks.values()):
            if t is not init:
                self._release(t)
        init.proc.close_all()
        self._count(init)

    def _step(self, task: Task) -> None:
        """Run ``task`` until it blocks or ends."""
        m = task.machine
        vcpu = m.vcpu
        d = self._deadline
        if d is not None:
            d.vcpu = vcpu  # the watchdog kicks whichever vCPU runs now
        self.current = task
        vcpu.enter()
        try:
            if d is not None and d.fired:
                raise Timeout(f"{self.label}: ran past its {self.timeout} s limit and was stopped", domain=self.label)
            if task.proc.deliverable():
                m.deliver(task.proc, vcpu.regs if vcpu.sync_regs else vcpu.get_regs())
            blocked = m.advance(task.proc, d, self.timeout, self.label)
            task.state, task.blocked = "blocked", blocked
        except ProcessExit as done:
            self._end(task, done)
        except (Trap, OutOfMemory) as exc:
            if task.pid == 1:
                raise
            sig = SIGKILL if isinstance(exc, OutOfMemory) else _TRAP_SIGNALS.get(exc.code, SIGSEGV)
            log.info("legacy %s: process %d killed by signal %d: %s", self.label, task.pid, sig, exc)
            self._end(task, ProcessExit(128 + sig, sig))
        finally:
            vcpu.leave()
            self.current = None

    def _host_bytes(self, ran: Task | None = None) -> int:
        """Host memory all processes hold (zombies too); only ``ran`` is measured again (the others did not run)."""
        live = [t for t in self.tasks.values() if t.machine is not None]
        self._held.update({t.pid: t.machine.host_bytes() for t in live if ran in (None, t) or t.pid not in self._held})
        return sum(self._held[t.pid] for t in live)

    def _check_memory(self, task: Task) -> None:
        """After ``task`` ran: past the run's memory limit, a child is killed, the first process ends the run."""
        if self.memory_limit is None or len(self.tasks) < 2 or task.exit is not None:
            return  # one process is bounded by its machine's size, which is the limit
        used = self._host_bytes(task)
        if used <= self.memory_limit:
            return
        if task.pid == 1:
            raise OutOfMemory(f"the run's processes hold {used} bytes, over the memory limit of {self.memory_limit}")
        log.info("legacy %s: process %d killed: processes hold %d bytes, limit %d", self.label, task.pid, used,
                 self.memory_limit)  # fmt: skip
        self._end(task, ProcessExit(128 + SIGKILL, SIGKILL))

    def _next(self) -> Task:
        """The next process to run: a runnable one, or a blocked one whose call can now complete."""
        while True:
            if self.runq:
                t = self.runq.popleft()
                if t.exit is None and t.state == "runnable":
                    return t
                continue
            waiting = [t for t in self.tasks.values() if t.state == "blocked"]
            for t in waiting:
                self._retry(t)
            if self.runq:
                continue
            wakes = [t.blocked.until for t in waiting if t.blocked is not None and t.blocked.until is not None]
            hosts = [h for t in waiting if t.blocked is not None for h in t.blocked.host]
            if wakes or hosts:  # nothing can run before the first sleeper wakes (or a host socket is ready)
                self._sleep_until(min(wakes, default=math.inf), hosts)
                continue
            stuck = [t for t in waiting if t.blocked is not None and t.blocked.kind == "pipe"]
            if not stuck:
                # Every process waits for something only another process could bring (a signal in
                # pause/sigsuspend, a child's exit): as on Linux, they block until the time limit.
                kinds = ", ".join(sorted({t.blocked.kind for t in waiting if t.blocked is not None}))
                if self._end_at is None:
                    raise Timeout(
                        f"every process is blocked for good ({kinds}) and nothing can wake them; "
                        "with no timeout the run would never end, so it was stopped"
                    )
                self._sleep_until(math.inf)
            for t in stuck:  # a deadlock on Linux; here the pipe calls fail instead of hanging
                self._finish(t, -E.EAGAIN)

    def _sleep_until(self, wake: float, hosts: Sequence[tuple[int, int]] = ()) -> None:
        """Sleep until ``wake`` or a host fd in ``hosts`` is ready, or until the run's deadline (then ``Timeout``)."""
        end = self._end_at
        if not sleep_until(wake if end is None else min(wake, end), hosts) and end is not None and wake > end:
            raise Timeout("the program slept past its time limit and was stopped")

    def _retry(self, t: Task) -> None:
        b = t.blocked
        assert b is not None
        self.current = t
        try:
            if b.retry is not None:
                result = b.retry()
            else:
                assert b.regs is not None
                result = t.machine.serve(t.proc, b.nr, b.regs)
        except Blocked:
            return
        except ProcessExit as done:  # e.g. SIGPIPE on a write to a pipe whose readers left
            self._end(t, done)
            return
        finally:
            self.current = None
        self._finish(t, result)

    def _finish(self, t: Task, result: int) -> None:
        b = t.blocked
        assert b is not None and b.regs is not None
        t.machine.complete(b.regs, result)
        t.state, t.blocked = "runnable", None
        self.runq.append(t)

    def _count(self, t: Task) -> None:
        self.stats.add(t.machine.collect())
        host, fast, rseq = t.machine.counters()
        self.host_calls += host
        self.fast_calls += fast
        self.rseq += rseq

    def _end(self, t: Task, done: ProcessExit) -> None:
        """``t`` ended: close its files, wake its waiters, reparent its children to process 1."""
        if t.exit is not None:
            return
        t.exit = done
        t.state, t.blocked = "zombie", None
        t.proc.close_all()
        if t.pid != 1:
            self._count(t)
        if t.vfork_parent is not None:
            self._vfork_done(t)
        init = self.tasks.get(1)
        for c in t.children:
            c.ppid = 1
            if init is not None and init is not t:
                init.children.append(c)
        t.children = []
        parent = self.tasks.get(t.ppid)
        if t.pid != 1 and (parent is None or parent.exit is not None):
            self._release(t)  # nobody will reap it
        elif parent is not None and parent.proc.disposition(17) > 1:
            self._signal(parent, 17)

    def _signal(self, t: Task, sig: int) -> None:
        """Make ``sig`` pending for ``t``'s handler; a parked call it does not block is interrupted."""
        proc = t.proc
        bit = 1 << (sig - 1)
        proc.pending |= bit
        b = t.blocked
        if t.state != "blocked" or b is None or b.kind == "vfork" or not proc.deliverable():
            return
        flags = int.from_bytes(proc.sigactions.get(sig, bytes(32))[8:16], "little")
        if b.kind in ("pipe", "wait") and flags & signals.SA_RESTART and b.retry is None:
            r = b.regs  # restart: back to the syscall instruction, once the handler returned
            r.rax, r.rip, r.rflags = b.nr, r.rcx - 2, r.r11
            t.machine.vcpu.mark_regs_dirty() if t.machine.vcpu.sync_regs else t.machine.vcpu.set_regs(r)
            t.state, t.blocked = "runnable", None
            self.runq.append(t)
            return
        self._finish(t, -E.EINTR)

    def _release(self, t: Task) -> None:
        self.tasks.pop(t.pid, None)
        if t.machine is not None and t.pid != 1:
            m, t.machine = t.machine, None  # type: ignore[assignment]
            self._put_machine(m)

    def _vfork_done(self, child: Task) -> None:
        parent, child.vfork_parent = child.vfork_parent, None
        if parent is not None and parent.exit is None and parent.blocked is not None:
            self._finish(parent, child.pid)

    # -- ProcessHost: what LinuxProcess forwards -----------------------------------------

    def clone(self, proc: Process, flags: int, stack: int, ptid: int, ctid: int, tls: int) -> int:
        """``fork``/``vfork``/``clone``: a copy of the calling process; returns the child's pid.

        Raises:
            Blocked: (``vfork``) the parent waits for the child's ``execve`` or exit.
        """
        parent = self._caller(proc)
        proc = parent.proc  # the same object, as the dispatcher's class
        refused = self._clone_refused(parent, flags, (flags, stack, ptid, ctid, tls, 0))
        if refused:
            return refused
        pm = parent.machine
        regs = pm.cur_regs
        assert regs is not None
        pm.sync_space(proc)
        pm.sync_fs(proc)
        try:
            child_m = self._get_machine(pm)
        except DomainError as exc:
            log.info("legacy %s: fork failed: %s", self.label, exc)
            return -E.ENOMEM
        pid = next(self._pids)
        try:
            child_m.copy_from(pm, regs, pid=pid, fs_base=tls if flags & CLONE_SETTLS else proc.fs_base,
                              stack=stack)  # fmt: skip
            space = proc.space.clone(child_m.user) if proc.space is not None else None
            child_proc = proc.forked(child_m.user, space, pid=pid, on_set_fs=child_m._set_fs)
        except BaseException:
            self._put_machine(child_m)
            raise
        child = Task(pid, parent.pid, child_m, child_proc)
        try:
            _set_child_ids(proc, child_proc, flags, pid, ptid, ctid, tls)
        except Exception:
            self._put_machine(child_m)
            raise
        self.tasks[pid] = child
        parent.children.append(child)
        self.runq.append(child)
        self.forks += 1
        if flags & CLONE_VFORK:
            child.vfork_parent = parent

            def released() -> int:
                if child.vfork_parent is not None:
                    raise Blocked("vfork")
                return pid

            raise Blocked("vfork", retry=released)
        return pid

    def _clone_refused(self, parent: Task, flags: int, args: tuple[int, ...]) -> int:
        """``-errno`` when this ``clone`` cannot be served (threads, too many processes, memory), else 0."""
        if flags & _CLONE_UNSUPPORTED or (flags & CLONE_VM and not flags & CLONE_VFORK):
            event = PolicyEvent(56, "clone(threads or shared state)", args)
            self.events.append(event)
            log.info("legacy policy: %s", event)
            return -E.ENOSYS
        if sum(1 for t in self.tasks.values() if t.exit is None) >= MAX_PROCESSES:
            return -E.EAGAIN
        if self.memory_limit is not None:
            used = self._host_bytes()
            if used + parent.machine.host_bytes() > self.memory_limit:  # the child would hold a copy of the parent
                log.info("legacy %s: fork refused: processes hold %d bytes, limit %d", self.label, used,
                         self.memory_limit)  # fmt: skip
                return -E.ENOMEM
        return 0

    def execve(self, proc: Process, path: str, argv: list[str], env: list[str]) -> int:
        """Replace the calling process's program; returns ``-errno`` when it cannot (else never returns).

        Raises:
            ExecDone: the new program is in memory and its registers are set.
        """
        task = self._caller(proc)
        proc = task.proc  # the same object, as the dispatcher's class
        m = task.machine
        try:
            image, exe, argv = executables.resolve(
                self.fs,
                path,
                argv,
                cwd=proc.cwd,
                running=(m.current, proc.info.exe),
                loaded=m.image,
                events=self.events,
            )
        except FsError as exc:
            return -(exc.errno or E.ENOEXEC)
        environ = dict(e.partition("=")[::2] for e in env)
        if sum(len(a) + 1 for a in argv) + sum(len(e) + 1 for e in env) > 256 << 10:
            return -E.E2BIG
        try:
            m.begin(image)
        except OutOfMemory:
            return -E.ENOMEM
        proc.exec_reset(m.new_space(), exe)
        try:
            m.start(proc, argv, environ, exe, pid=task.pid)
        except UsageError as exc:  # past the point of no return: the process dies, as on Linux
            raise ProcessExit(128 + SIGSEGV, SIGSEGV) from exc
        if task.vfork_parent is not None:
            self._vfork_done(task)
        raise ExecDone

    def wait4(self, proc: Process, pid: int, options: int) -> tuple[int, int]:
        """``(pid, status)`` of a child that ended (reaped), ``(0, 0)`` with ``WNOHANG`` when none did yet.

        Raises:
            FsError: ``ECHILD`` when no child matches.
            Blocked: a matching child is still running.
        """
        task = self._caller(proc)
        kids = [c for c in task.children if pid <= 0 or c.pid == pid]
        if not kids:
            raise FsError(E.ECHILD, "no child")
        for c in kids:
            if c.exit is not None:
                task.children.remove(c)
                self._release(c)
                return c.pid, c.wait_status
        if options & WNOHANG:
            return 0, 0
        raise Blocked("wait")

    def kill(self, proc: Process, pid: int, sig: int) -> int:
        """Send ``sig`` to process ``pid`` (``0``/``-1``: every other process) with its default action.

        Returns:
            0, or ``-ESRCH`` when no such process exists.
        """
        me = self._caller(proc)
        if pid in (0, -1) or pid < -1:
            targets = [t for t in self.tasks.values() if t is not me and t.exit is None and t.pid != 1]
        else:
            t = self.tasks.get(pid)
            if t is None or t.exit is not None:
                return -E.ESRCH
            targets = [t]
        for t in targets:
            how = t.proc.disposition(sig)
            if sig == 0 or how == 1 or (how == 0 and sig in _IGNORED_BY_DEFAULT):
                continue
            if how > 1:  # a handler: it runs before the process goes on
                if t is me:
                    me.proc.pending |= 1 << (sig - 1)
                else:
                    self._signal(t, sig)
                continue
            if t is me:
                raise ProcessExit(128 + sig, sig)
            self._end(t, ProcessExit(128 + sig, sig))
        return 0

    def sigreturn(self, proc: Process) -> int:
        """``rt_sigreturn`` of the calling process (raises ``ExecDone``: its registers are restored)."""
        task = self._caller(proc)
        return task.machine.sigreturn(task.proc)

    def _caller(self, proc: Process) -> Task:
        t = self.current
        if t is None or t.proc is not proc:
            raise HostBug(f"{self.label}: process call from outside the running process")
        return t


def _set_child_ids(
    proc: LinuxProcess, child: LinuxProcess, flags: int, pid: int, ptid: int, ctid: int, tls: int
) -> None:  # fmt: skip
    """What ``clone``'s flags ask for the child: its TLS, its clear-on-exit tid, the tids written back."""
    if flags & CLONE_SETTLS:
        child.fs_base = tls
    if flags & CLONE_CHILD_CLEARTID:
        child.clear_child_tid = ctid
    if flags & CLONE_PARENT_SETTID:
        proc.mem.write(ptid, pid.to_bytes(4, "little"))
    if flags & CLONE_CHILD_SETTID:
        child.mem.write(ctid, pid.to_bytes(4, "little"))
