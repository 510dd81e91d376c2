"""The host-side scheduler of one legacy run: which thread of which process runs next, and for how long.

Every process is its own VM and every thread a vCPU of it (:mod:`.tasks`); one host thread runs
them one at a time. :class:`Scheduler` is the base of
:class:`~multipie.domains.legacy.kernel.ProcessGroup`:

- **Running**: :meth:`Scheduler._step` loads a thread's context (:meth:`.tasks.Task.load`) and
  runs its vCPU until it blocks, yields, is preempted or its process ends. A blocked thread's
  call stays pending in its vCPU (nothing is answered) and is retried (:meth:`_retry`) once other
  threads ran; a wake (a futex, a child's exit) completes it directly (:meth:`_finish`).
- **Time slices**: once a run has more than one thread or process, a slice deadline of
  :data:`SLICE` seconds is armed on the watchdog (:mod:`multipie.kvm.timeouts`, the same kick as
  timeouts). When it fires the running vCPU is stopped and, unless it is inside the entry page
  (``entry.S``/``mm.c`` keep scratch state on shared pages while they run: it runs on and the
  slice is re-armed short), the thread goes to the back of the run queue. A thread that spins
  without a system call therefore cannot keep the others from running, however it spins.
- **Idle**: when nothing is runnable, blocked calls are retried; sleepers are waited for on the
  host; pipes that only a deadlock would keep empty fail with ``EAGAIN``; and when everything
  waits for something nothing can bring, the run ends at its timeout.
- **Signals** are made pending per thread (:meth:`_signal_thread`), or for a process on the first
  thread that does not block them (:meth:`_signal_process`; if all do, on the calling or first
  thread, until it unblocks them); a parked call they interrupt fails with ``EINTR`` or restarts
  (``SA_RESTART``).

Only the scheduler, between steps, switches the loaded context of a process: the calls served
while a thread runs (a futex wake, a signal to another thread) complete or flag other threads
through their own vCPU and saved context without loading them.
"""

from __future__ import annotations

import collections
import errno as E
import logging
import math
import time
from collections.abc import Sequence

from multipie.domains.legacy import signals
from multipie.domains.legacy.stats import RunStats
from multipie.domains.legacy.syscalls import Blocked, PolicyEvent, ProcessExit
from multipie.domains.legacy.syscalls.state import Process
from multipie.domains.legacy.tasks import Task, Thread
from multipie.errors import HostBug, OutOfMemory, Timeout, Trap, TrapCode
from multipie.kvm.timeouts import Deadline, watchdog
from multipie.kvm.vcpu import Vcpu
from multipie.resources.readiness import sleep_until

__all__ = ["SLICE", "Scheduler"]

log = logging.getLogger("multipie.legacy")

#: Seconds a thread runs before another runnable one gets the CPU (when there is another).
SLICE = 0.005
SIGKILL, SIGSEGV, SIGILL, SIGFPE, SIGBUS, SIGCHLD = 9, 11, 4, 8, 7, 17
_TRAP_SIGNALS = {
    TrapCode.ILLEGAL_INSTRUCTION: SIGILL,
    TrapCode.INTEGER_DIVISION_BY_ZERO: SIGFPE,
    TrapCode.INTEGER_OVERFLOW: SIGSEGV,
    TrapCode.HEAP_MISALIGNED: SIGBUS,
}
_U64 = (1 << 64) - 1
#: Kinds of parking that end at once: the thread goes to the back of the run queue.
_REQUEUE = ("preempted", "yield")


class Scheduler:
    """Threads of the run's processes, the run queue and the slice timer (see the module docstring).

    Args:
        timeout: seconds for the whole run, or ``None``.
        label: the domain label, for messages.
    """

    def __init__(self, *, timeout: float | None, label: str) -> None:
        self.timeout = timeout
        self.label = label
        self.tasks: dict[int, Task] = {}
        self.runq: collections.deque[Thread] = collections.deque()
        self.current: Thread | None = None
        self.events: list[PolicyEvent] = []
        self.stats = RunStats()
        self._deadline: Deadline | None = None
        self._slice: Deadline | None = None
        self._slicing = False  # set once the run has a second thread or process
        self._stale = False  # a thread was requeued: blocked calls may be ready by now
        self._end_at = time.monotonic() + timeout if timeout is not None else None
        self._pids = iter(range(2, 1 << 22))  # process and thread ids share one space, as on Linux

    def _end(self, t: Task, done: ProcessExit) -> None:
        raise NotImplementedError

    def _caller(self, proc: Process) -> Thread:
        th = self.current
        if th is None or th.task.proc is not proc:
            raise HostBug(f"{self.label}: process call from outside the running thread")
        return th

    def _check_memory(self, task: Task) -> None:
        raise NotImplementedError

    # -- running a thread ----------------------------------------------------------------

    def _step(self, th: Thread) -> None:
        """Run ``th`` until it blocks, yields, is preempted, or its process ends."""
        task = th.task
        m = task.machine
        task.load(th)
        vcpu = m.vcpu
        d = self._deadline
        if d is not None:
            d.vcpu = vcpu  # the watchdog kicks whichever vCPU runs now
        self.current = th
        vcpu.enter()
        try:
            if self._slicing:  # armed once entered: a slice ending before would kick an idle vCPU, in vain
                self._arm_slice(vcpu)
            if d is not None and d.fired:
                raise Timeout(f"{self.label}: ran past its {self.timeout} s limit and was stopped", domain=self.label)
            if task.proc.deliverable():
                m.deliver(task.proc, vcpu.regs if vcpu.sync_regs else vcpu.get_regs())
            self._parked(th, m.advance(task.proc, d, self.timeout, self.label))
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
        self._check_memory(task)

    def _parked(self, th: Thread, blocked: Blocked) -> None:
        """Where ``th`` goes after its vCPU stopped with ``blocked`` pending."""
        if th.state == "dead":  # it ended in that call (execve from another thread)
            return
        if blocked.kind in _REQUEUE:
            if blocked.kind == "yield":
                self._complete(th, blocked, 0)
            th.state, th.blocked = "runnable", None
            self.runq.append(th)
            self._stale = True
            return
        th.state, th.blocked = "blocked", blocked
        if blocked.kind == "thread-exit":
            self._thread_exit(th, blocked)

    def _thread_exit(self, th: Thread, blocked: Blocked) -> None:
        raise NotImplementedError

    def _start_slicing(self, vcpu: Vcpu) -> None:
        """A second thread or process exists: from now on each step runs for a slice at most (this one too)."""
        if not self._slicing:
            self._slicing = True
            self._arm_slice(vcpu)

    def _arm_slice(self, vcpu: Vcpu) -> None:
        s = self._slice
        if s is None or s.fired:
            self._slice = watchdog().arm(vcpu, SLICE)
        else:
            s.vcpu = vcpu
            if s.fired:  # it ended on the previous vCPU just before the hand-over
                vcpu.kick()

    def preempt(self, vcpu: Vcpu) -> bool:
        """The machines' hook after a kick (:attr:`Machine.preempt`): True when the running thread's slice is over."""
        s, th = self._slice, self.current
        if s is None or not s.fired or th is None or th.vcpu is not vcpu:
            return False
        if th.in_entry():  # mid-way through entry.S/mm.c: let it leave first
            self._slice = watchdog().arm(vcpu, SLICE / 10)
            return False
        return True

    def _disarm(self) -> None:
        for d in (self._deadline, self._slice):
            if d is not None:
                watchdog().disarm(d)

    # -- choosing the next thread ----------------------------------------------------------

    def _blocked(self) -> list[Thread]:
        return [th for t in self.tasks.values() if t.exit is None for th in t.threads.values() if th.state == "blocked"]

    def _next(self) -> Thread:
        """The next thread to run: a runnable one, or a blocked one whose call can now complete."""
        while True:
            if self._stale:  # threads were requeued: let calls that can complete now join the queue
                self._stale = False
                for th in self._blocked():
                    self._retry(th)
            if self.runq:
                th = self.runq.popleft()
                if th.state == "runnable" and th.task.exit is None:
                    return th
                continue
            waiting = self._blocked()
            for th in waiting:
                self._retry(th)
            if self.runq:
                continue
            wakes = [th.blocked.until for th in waiting if th.blocked is not None and th.blocked.until is not None]
            hosts = [h for th in waiting if th.blocked is not None for h in th.blocked.host]
            if wakes or hosts:  # nothing can run before the first sleeper wakes (or a host socket is ready)
                self._sleep_until(min(wakes, default=math.inf), hosts)
                continue
            stuck = [th for th in waiting if th.blocked is not None and th.blocked.kind == "pipe"]
            if not stuck:
                # Every thread waits for something only another could bring (a signal in pause, a
                # child's exit, a futex wake): as on Linux, they block until the time limit.
                kinds = ", ".join(sorted({th.blocked.kind for th in waiting if th.blocked is not None}))
                if self._end_at is None:
                    raise Timeout(
                        f"every process is blocked for good ({kinds}) and nothing can wake them; "
                        "with no timeout the run would never end, so it was stopped"
                    )
                self._sleep_until(math.inf)
            for th in stuck:  # a deadlock on Linux; here the pipe calls fail instead of hanging
                self._finish(th, -E.EAGAIN)

    def _sleep_until(self, wake: float, hosts: Sequence[tuple[int, int]] = ()) -> None:
        """Sleep until ``wake`` or a host fd in ``hosts`` is ready, or until the run's deadline (then ``Timeout``)."""
        end = self._end_at
        if not sleep_until(wake if end is None else min(wake, end), hosts) and end is not None and wake > end:
            raise Timeout("the program slept past its time limit and was stopped")

    def _retry(self, th: Thread) -> None:
        b = th.blocked
        if b is None or th.state != "blocked":
            return
        task = th.task
        task.load(th)
        self.current = th
        try:
            if b.retry is not None:
                result = b.retry()
            else:
                assert b.regs is not None
                result = task.machine.serve(task.proc, b.nr, b.regs)
        except Blocked:
            return
        except ProcessExit as done:  # e.g. SIGPIPE on a write to a pipe whose readers left
            self._end(task, done)
            return
        finally:
            self.current = None
        self._finish(th, result)

    def _finish(self, th: Thread, result: int) -> None:
        """Complete ``th``'s pending call with ``result`` and make it runnable (its context need not be loaded)."""
        b = th.blocked
        assert b is not None and b.regs is not None
        if th.futex is not None:
            th.task.futexes.cancel(th.futex)
            th.futex = None
        self._complete(th, b, result)
        th.state, th.blocked = "runnable", None
        self.runq.append(th)

    @staticmethod
    def _complete(th: Thread, b: Blocked, result: int) -> None:
        r, vcpu = b.regs, th.vcpu
        r.rax = result & _U64
        r.rip, r.rflags = r.rcx, r.r11
        vcpu.mark_regs_dirty() if vcpu.sync_regs else vcpu.set_regs_ioctl(r)

    # -- signals ---------------------------------------------------------------------------

    @staticmethod
    def _mask(th: Thread) -> int:
        return th.task.proc.sigmask if th is th.task.loaded else th.sigmask

    def _signal_process(self, task: Task, sig: int) -> None:
        """Make ``sig`` pending for a thread of ``task`` that does not block it (the caller's first, then the first).

        When every thread blocks it, the calling thread (else the first) keeps it pending: it runs
        when that thread unblocks it, as a single-threaded process would see it.
        """
        bit = 1 << (sig - 1)
        live = task.live()
        cur = self.current
        order = ([cur] if cur is not None and cur.task is task and cur in live else []) + live
        if not order:
            return
        self._signal_thread(next((th for th in order if not self._mask(th) & bit), order[0]), sig)

    def _signal_thread(self, th: Thread, sig: int) -> None:
        """Make ``sig`` pending for ``th``; a parked call it does not block is interrupted."""
        task = th.task
        bit = 1 << (sig - 1)
        if th is task.loaded:
            task.proc.pending |= bit
        else:
            th.pending |= bit
        b = th.blocked
        if th.state != "blocked" or b is None or b.kind in ("vfork", "thread-exit") or not bit & ~self._mask(th):
            return
        flags = int.from_bytes(task.proc.sigactions.get(sig, bytes(32))[8:16], "little")
        restart = (b.kind in ("pipe", "wait") and b.retry is None) or (b.kind == "futex" and b.until is None)
        if restart and flags & signals.SA_RESTART:
            if th.futex is not None:
                task.futexes.cancel(th.futex)
                th.futex = None
            r = b.regs  # restart: back to the syscall instruction, once the handler returned
            r.rax, r.rip, r.rflags = b.nr, r.rcx - 2, r.r11
            th.vcpu.mark_regs_dirty() if th.vcpu.sync_regs else th.vcpu.set_regs(r)
            th.state, th.blocked = "runnable", None
            self.runq.append(th)
            return
        self._finish(th, -E.EINTR)
