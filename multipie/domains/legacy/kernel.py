"""Processes and threads inside one legacy run: ``fork``, ``execve``, ``wait4``, ``kill``, ``clone`` threads, futexes.

Who owns what:

- :class:`~multipie.domains.legacy.tasks.Task` / :class:`~multipie.domains.legacy.tasks.Thread`
  — one process (its own VM, its :class:`~multipie.domains.legacy.syscalls.LinuxProcess`) and
  one of its threads (a vCPU of that VM).
- :class:`ProcessGroup` — every process of one run. It implements the
  :class:`~multipie.domains.legacy.syscalls.ProcessHost` calls the syscall layer forwards, on
  top of the scheduler (:class:`~multipie.domains.legacy.scheduler.Scheduler`: run queue, time
  slices, blocking, signals).

**fork** (``fork``, ``vfork``, ``clone`` without ``CLONE_VM``/``CLONE_THREAD``) takes a clean
machine of the same image from the pool and copies into it the parent's pages that differ from
the snapshot both share (KVM's dirty log plus the pages the host wrote), the calling thread's
registers (``rax = 0`` in the child), FS base and FPU state; the fd table is copied with shared
open file descriptions, as on Linux. Only the calling thread goes on in the child. ``vfork`` and
``CLONE_VM|CLONE_VFORK`` are served as a copy too, the calling thread waiting until the child
calls ``execve`` or exits (programs that rely on the child writing the parent's memory are not
supported).

**Threads** (``clone``/``clone3`` with ``CLONE_THREAD``, as ``pthread_create`` of musl and glibc
asks: ``CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_SYSVSEM|CLONE_SETTLS|
CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID``) get a vCPU of the process's VM, a copy of the
caller's registers on the new stack, its FPU state and signal mask. ``exit`` ends a thread
(``clear_child_tid`` is cleared and woken, robust futexes it holds are marked
``FUTEX_OWNER_DIED`` and woken); ``exit_group``, a fatal signal or a fault in any thread ends the
process. ``execve`` from any thread ends the others; the program goes on as the process's first
thread.

**execve** resolves the path in the domain's file view (``/proc/self/exe`` is the running
image; ``#!`` scripts run their interpreter), validates the ELF, and replaces the program in
the *same* machine: memory back to the snapshot, the new image's segments if it is another
one, a new stack, registers, FS base 0; ``O_CLOEXEC`` fds close, caught signals revert to
the default.

The run ends when its first process ends; processes still alive then are killed. Every system
call of every thread still goes through :meth:`LinuxProcess.syscall`: nothing here reaches the
host kernel on a program's behalf.
"""

from __future__ import annotations

import errno as E
import logging
import struct
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from multipie.domains.legacy import executables
from multipie.domains.legacy.scheduler import SIGCHLD, SIGKILL, SIGSEGV
from multipie.domains.legacy.signals import IGNORED_BY_DEFAULT
from multipie.domains.legacy.stats import minor_faults
from multipie.domains.legacy.syscalls import (
    Blocked,
    ExecDone,
    LinuxProcess,
    PolicyEvent,
    ProcessExit,
    ProcessInfo,
)
from multipie.domains.legacy.syscalls.state import Process
from multipie.domains.legacy.tasks import MAX_THREADS, Task, Thread
from multipie.domains.legacy.threads import THREAD_FLAGS, ThreadCalls
from multipie.errors import DomainError, OutOfMemory, UsageError
from multipie.kvm.timeouts import watchdog
from multipie.resources.fs import FsError, GuestFs

if TYPE_CHECKING:
    from multipie.domains.legacy.machine import Machine, RunResult
    from multipie.resources.net import Network

__all__ = ["MAX_PROCESSES", "MAX_THREADS", "ProcessGroup", "Task", "Thread"]

log = logging.getLogger("multipie.legacy")

#: Processes alive at once in one run (``fork`` fails with ``EAGAIN`` beyond).
MAX_PROCESSES = 64
CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND, CLONE_THREAD = 0x100, 0x200, 0x400, 0x800, 0x10000
CLONE_VFORK, CLONE_PARENT, CLONE_SETTLS = 0x4000, 0x8000, 0x80000
CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID = 0x100000, 0x200000, 0x1000000
_CLONE_UNSUPPORTED = CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_PARENT | 0x7E020000  # namespaces
WNOHANG = 1


class ProcessGroup(ThreadCalls):
    """The processes of one run of a legacy program, their threads and their scheduler.

    Args:
        fs: the domain's file view (shared by every process, as one mount namespace).
        streams: open files for fds 0, 1, 2 of the first process.
        timeout: seconds for the whole run (every process and thread), or ``None``.
        label: the domain label, for messages.
        get_machine: a clean machine of the same image and size as the one given (for ``fork``).
        put_machine: give a machine back (reset, to its pool).
        memory_limit: bytes of host memory all processes of the run may hold together (``None``:
            each process is bounded by its machine's size only). ``fork`` fails with ``ENOMEM``
            when the child's copy would pass it; a child found past it after it ran is killed
            (``SIGKILL``, as by an OOM killer); the first process past it ends the run with
            :class:`~multipie.errors.OutOfMemory`. Threads share their process's memory.
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
        super().__init__(timeout=timeout, label=label)
        self.fs = fs
        self.net = net
        self.memory_limit = memory_limit
        self.streams = streams
        self._get_machine = get_machine
        self._put_machine = put_machine
        self.host_calls = 0
        self.fast_calls = 0
        self.rseq = 0
        self.forks = 0
        self._held: dict[int, int] = {}  # pid -> host bytes when last measured (see _host_bytes)

    # -- the run -----------------------------------------------------------------------

    def run(
        self, machine: Machine, *, argv: Sequence[str], env: Mapping[str, str], cwd: str, exe: str, pid: int = 1
    ) -> RunResult:
        """Run the program in ``machine`` as process ``pid`` until it ends; returns how it ended.

        Raises:
            Trap: the first process faulted, in any of its threads (a child's fault is its death by signal instead).
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
        machine.preempt = self.preempt
        init = self.first = Task(pid, 0, machine, proc)
        self.tasks[pid] = init
        if self.timeout is not None:
            self._deadline = watchdog().arm(machine.vcpu, self.timeout)
        try:
            th: Thread | None = init.main
            while init.exit is None:
                th = th or self._next()
                if init.exit is None:  # (a timer's signal may have ended it while choosing)
                    self._step(th)
                th = None
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
        """End of the run: stop the timers, kill what still runs, release every machine but the first."""
        self._disarm()
        for t in list(self.tasks.values()):
            if t is not init and t.exit is None:
                self._end(t, ProcessExit(128 + SIGKILL, SIGKILL))
        for t in list(self.tasks.values()):
            if t is not init:
                self._release(t)
        if init.exit is None:  # the run failed (a fault, a timeout): its threads end here
            init.end_threads()
        init.machine.preempt = None
        init.proc.close_all()
        self._count(init)

    def _host_bytes(self, ran: Task | None = None, *, live: bool = False) -> int:
        """Host memory the processes hold (zombies too, unless ``live``); only ``ran`` is measured again.

        The others did not run since they were last measured (reading a dirty log costs ~0.4 ms).
        """
        held = [t for t in self.tasks.values() if t.machine is not None and not (live and t.exit is not None)]
        self._held.update({t.pid: t.machine.host_bytes() for t in held if ran in (None, t) or t.pid not in self._held})
        return sum(self._held[t.pid] for t in held)

    def _check_memory(self, task: Task) -> None:
        """After ``task`` ran: past the run's memory limit, a child is killed, the first process ends the run.

        Only live processes count here: a child killed for memory stays a zombie (and counts against
        ``fork``) until reaped, but it is not the running process's doing (a time slice may end a step
        of the first process at any point).
        """
        if self.memory_limit is None or len(self.tasks) < 2 or task.exit is not None:
            return  # one process is bounded by its machine's size, which is the limit
        used = self._host_bytes(task, live=True)
        if used <= self.memory_limit:
            return
        if task.pid == 1:
            raise OutOfMemory(f"the run's processes hold {used} bytes, over the memory limit of {self.memory_limit}")
        log.info("legacy %s: process %d killed: processes hold %d bytes, limit %d", self.label, task.pid, used,
                 self.memory_limit)  # fmt: skip
        self._end(task, ProcessExit(128 + SIGKILL, SIGKILL))

    def _count(self, t: Task) -> None:
        self.stats.add(t.machine.collect())
        host, fast, rseq = t.machine.counters()
        self.host_calls += host
        self.fast_calls += fast
        self.rseq += rseq

    def _end(self, t: Task, done: ProcessExit) -> None:
        """``t`` ended: its threads stop, its files close, its waiters wake, its children go to process 1."""
        if t.exit is not None:
            return
        # Kept without its traceback: its frames (advance, serve) hold views into the vCPU's kvm_run,
        # and task -> exception -> frames -> task is a cycle: the mapping, the vCPU fd it dups and
        # the closed VM that fd pins stayed until the next garbage collection.
        t.exit = done.with_traceback(None)
        t.end_threads()
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
        elif parent is not None and parent.proc.disposition(SIGCHLD) > 1:
            status = done.signal if done.signal is not None else done.code & 0xFF
            parent.proc.siginfo[SIGCHLD] = (2 if done.signal is not None else 1, struct.pack("<iIi", t.pid, 0, status))
            self._signal_process(parent, SIGCHLD)  # CLD_KILLED or CLD_EXITED, with the child's pid and status

    def _release(self, t: Task) -> None:
        self.tasks.pop(t.pid, None)
        if t.machine is not None and t.pid != 1:
            m, t.machine = t.machine, None  # type: ignore[assignment]
            m.preempt = None
            self._put_machine(m)

    def _vfork_done(self, child: Task) -> None:
        th, child.vfork_parent = child.vfork_parent, None
        if th is not None and th.state == "blocked" and th.blocked is not None and th.blocked.kind == "vfork":
            self._finish(th, child.pid)

    # -- ProcessHost: processes ------------------------------------------------------------

    def clone(self, proc: Process, flags: int, stack: int, ptid: int, ctid: int, tls: int) -> int:
        """``fork``/``vfork``/``clone``: a copy of the calling process, or a new thread of it; returns its id.

        Raises:
            Blocked: (``vfork``) the calling thread waits for the child's ``execve`` or exit.
        """
        me = self._caller(proc)
        parent = me.task
        if flags & CLONE_THREAD and not flags & ~THREAD_FLAGS & ~0xFF:
            return self._clone_thread(me, flags, stack, ptid, ctid, tls)
        refused = self._clone_refused(parent, flags, (flags, stack, ptid, ctid, tls, 0))
        if refused:
            return refused
        proc = parent.proc  # the same object, as the dispatcher's class
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
            _set_child_ids(proc, child_proc, flags, pid, ptid, ctid, tls)
        except BaseException:
            self._put_machine(child_m)
            raise
        child = Task(pid, parent.pid, child_m, child_proc)
        child_m.preempt = self.preempt
        self.tasks[pid] = child
        parent.children.append(child)
        self.runq.append(child.main)
        self.forks += 1
        self._start_slicing(me.vcpu)
        if flags & CLONE_VFORK:
            child.vfork_parent = me

            def released() -> int:
                if child.vfork_parent is not None:
                    raise Blocked("vfork")
                return pid

            raise Blocked("vfork", retry=released)
        return pid

    def _clone_refused(self, parent: Task, flags: int, args: tuple[int, ...]) -> int:
        """``-errno`` when this ``clone`` cannot be served (shared state, too many processes, memory), else 0."""
        if flags & _CLONE_UNSUPPORTED or (flags & CLONE_VM and not flags & CLONE_VFORK):
            event = PolicyEvent(56, "clone(shared state without CLONE_THREAD)", args)
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

        Every other thread of the process ends; the program goes on as its first thread.

        Raises:
            ExecDone: the new program is in memory and its registers are set.
            Blocked: (called from another thread than the first) the new program waits in the
                first thread's vCPU; the caller's is gone.
        """
        me = self._caller(proc)
        task = me.task
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
        exe = _real_path(self.fs, exe)
        environ = dict(e.partition("=")[::2] for e in env)
        if sum(len(a) + 1 for a in argv) + sum(len(e) + 1 for e in env) > 256 << 10:
            return -E.E2BIG
        carry = proc.signals.carry()  # the caller's mask and pending set, ignored signals: in memory begin() resets
        try:
            m.begin(image)
        except OutOfMemory:
            return -E.ENOMEM
        main = self._only_thread(me)
        proc.exec_reset(m.new_space(), exe)
        try:
            m.start(proc, argv, environ, exe, pid=task.pid)
        except UsageError as exc:  # past the point of no return: the process dies, as on Linux
            raise ProcessExit(128 + SIGSEGV, SIGSEGV) from exc
        proc.signals.restore(carry)  # after start(): a warm start restores the state's memory
        if task.vfork_parent is not None:
            self._vfork_done(task)
        if main is me:
            raise ExecDone
        main.state = "runnable"
        self.runq.append(main)
        raise Blocked("exec")

    def _only_thread(self, me: Thread) -> Thread:
        """``execve``'s end of every other thread; returns the first thread, loaded (execve carries the signals)."""
        task = me.task
        for th in task.live():
            if th is not me and th is not task.main:
                task.drop_thread(th)
        main = task.main
        main.clear_tid = main.robust = 0  # execve forgets both, as Linux (the new program sets its own)
        if main is not me:  # (the caller's mask and pending set are carried by execve)
            main.blocked, main.futex = None, None
            task.drop_thread(me)  # loads the first thread's context
        if main.futex is not None:
            task.futexes.cancel(main.futex)
            main.futex = None
        return main

    def wait4(self, proc: Process, pid: int, options: int) -> tuple[int, int]:
        """``(pid, status)`` of a child that ended (reaped), ``(0, 0)`` with ``WNOHANG`` when none did yet.

        Raises:
            FsError: ``ECHILD`` when no child matches.
            Blocked: a matching child is still running.
        """
        task = self._caller(proc).task
        kids = [c for c in task.children if pid <= 0 or c.pid == pid]
        if not kids:
            raise FsError(E.ECHILD, "no child")
        for c in kids:
            if c.exit is not None:
                task.children.remove(c)
                task.child_cpu_ns += c.cpu_ns + c.child_cpu_ns
                self._release(c)
                return c.pid, c.wait_status
        if options & WNOHANG:
            return 0, 0
        raise Blocked("wait")

    def kill(self, proc: Process, pid: int, sig: int) -> int:
        """Send ``sig`` to process ``pid`` (``0``: every process, ``-1``: every other one but the first).

        A handled signal goes to a thread that does not block it; the default action of a fatal
        one ends the process (all its threads).

        Returns:
            0, or ``-ESRCH`` when no such process exists.
        """
        me = self._caller(proc).task
        if pid in (0, -1) or pid < -1:
            targets = [t for t in self.tasks.values() if t.exit is None and t.pid != 1 and t is not me]
            if pid != -1:
                targets.append(me)  # last: it may end the caller
        else:
            t = self.tasks.get(pid)
            if t is None or t.exit is not None:
                return -E.ESRCH
            targets = [t]
        for t in targets:
            self._deliver_to_process(t, sig, me)
        return 0

    def _send(self, task: Task, sig: int) -> None:
        """A signal from the kernel itself (a timer): as ``kill`` from no process."""
        self._deliver_to_process(task, sig, None)

    def _deliver_to_process(self, t: Task, sig: int, me: Task | None) -> None:
        how = t.proc.disposition(sig)
        if sig == 0 or how == 1 or (how == 0 and sig in IGNORED_BY_DEFAULT):
            return
        held = all(self._mask(th) >> (sig - 1) & 1 for th in t.live())  # blocked: the default action waits
        if how > 1 or held:  # a handler: it runs in a thread that does not block the signal
            # siginfo: SI_USER with the sender's pid and uid (0), or SI_KERNEL from a timer
            t.proc.siginfo[sig] = (0, struct.pack("<iI", me.pid, 0)) if me is not None else (0x80, b"")
            self._signal_process(t, sig)
        elif t is me:
            raise ProcessExit(128 + sig, sig)
        else:
            self._end(t, ProcessExit(128 + sig, sig))

    def sigreturn(self, proc: Process) -> int:
        """``rt_sigreturn`` of the calling thread (raises ``ExecDone``: its registers are restored)."""
        task = self._caller(proc).task
        return task.machine.sigreturn(task.proc)

def _real_path(fs: GuestFs, path: str) -> str:
    """``path`` with its symlinks resolved in the domain's view (``/proc/self/exe`` names the file, as on Linux)."""
    try:
        return "/" + "/".join(fs.resolve(path).path)
    except FsError:
        return path


def _set_child_ids(
    proc: LinuxProcess, child: LinuxProcess, flags: int, pid: int, ptid: int, ctid: int, tls: int
) -> None:  # fmt: skip
    """What ``clone``'s flags ask for a forked child: its TLS, its clear-on-exit tid, the tids written back."""
    if flags & CLONE_SETTLS:
        child.fs_base = tls
    if flags & CLONE_CHILD_CLEARTID:
        child.clear_child_tid = ctid
    if flags & CLONE_PARENT_SETTID:
        proc.mem.write(ptid, pid.to_bytes(4, "little"))
    if flags & CLONE_CHILD_SETTID:
        child.mem.write(ctid, pid.to_bytes(4, "little"))
