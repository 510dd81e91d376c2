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
- **Retries**: a blocked call is tried again only once something may have changed what it waits
  for — another thread ran, a retried call completed, or time passed in a sleep (:attr:`Scheduler.moves`;
  each thread remembers the value it was last tried at): a thread that just blocked is not retried
  at once, and one nothing can have woken is not tried again and again while the others run.
- **Idle**: when nothing is runnable, blocked calls are retried; sleepers are waited for on the
  host; pipes that only a deadlock would keep empty fail with ``EAGAIN``; and when everything
  waits for something nothing can bring, the run ends at its timeout.
- **Timers**: a process's ``ITIMER_REAL`` (``alarm``, ``setitimer``) sends it ``SIGALRM`` when it
  expires (:meth:`Scheduler.set_timer`): idle, the scheduler sleeps until the first timer too; a
  thread running without a system call is stopped at the expiry like at the end of a slice.
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
SIGKILL, SIGSEGV, SIGILL, SIGFPE, SIGBUS, SIGCHLD, SIGALRM = 9, 11, 4, 8, 7, 17, 14
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
        #: Moves whenever what a blocked call waits for may have changed (see the module docstring).
        self.moves = 0
        #: Blocked calls tried again (the ones that stayed blocked included).
        self.retries = 0
        self._since = 0  # the host thread's CPU clock when the running step (or retry) began
        #: The run's first process (the run ends with it).
        self.first: Task | None = None

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
        self.moves += 1  # what this thread does may complete others' calls (a block below is tried at this value)
        self._since = time.thread_time_ns()
        vcpu.enter()
        try:
            due = self._timer_due()
            if self._slicing or due is not None:  # armed once entered: a slice ending before would kick an idle vCPU
                self._arm_slice(vcpu, SLICE if due is None else min(SLICE if self._slicing else math.inf, due))
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
            self._charge(th)
        self._check_memory(task)

    def _charge(self, th: Thread) -> None:
        """Add the host thread's CPU time since :attr:`_since` to ``th`` and its process (their CPU clocks)."""
        used = time.thread_time_ns() - self._since
        th.cpu_ns += used
        th.task.cpu_ns += used

    def cpu_time(self, proc: Process, target: int, *, thread: bool) -> int:
        """Nanoseconds of CPU a thread (``thread``) or a process of the run used so far, or ``-ESRCH``.

        ``target`` is a thread id (``thread``) or a process id, 0 for the caller's own (-1: its reaped
        children together, ``RUSAGE_CHILDREN``). A
        process's clock starts at 0 (a ``fork`` child's too) and counts what its threads ran — in
        the guest and on the host serving their calls — never the runtime's other work.
        """
        me = self._caller(proc)
        running = time.thread_time_ns() - self._since  # this step's so far: the caller's
        if thread:
            th = me if target in (0, me.tid) else next(
                (t.threads[target] for t in self.tasks.values() if target in t.threads), None)  # fmt: skip
            if th is None or th.state == "dead":
                return -E.ESRCH
            return th.cpu_ns + (running if th is me else 0)
        if target == -1:
            return me.task.child_cpu_ns
        task = me.task if target in (0, me.task.pid) else self.tasks.get(target)
        if task is None or task.exit is not None:
            return -E.ESRCH
        return task.cpu_ns + (running if task is me.task else 0)

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
        th.state, th.blocked, th.tried = "blocked", blocked, self.moves
        if blocked.kind == "thread-exit":
            self._thread_exit(th, blocked)

    def _thread_exit(self, th: Thread, blocked: Blocked) -> None:
        raise NotImplementedError

    def _start_slicing(self, vcpu: Vcpu) -> None:
        """A second thread or process exists: from now on each step runs for a slice at most (this one too)."""
        if not self._slicing:
            self._slicing = True
            self._arm_slice(vcpu)

    def _arm_slice(self, vcpu: Vcpu, length: float = SLICE) -> None:
        """Stop ``vcpu`` in ``length`` seconds at the latest (the armed slice goes on if it ends sooner)."""
        s = self._slice
        if s is None or s.fired or s.at > time.monotonic() + length:
            if s is not None and not s.fired:
                watchdog().disarm(s)
            self._slice = watchdog().arm(vcpu, max(length, 0.0))
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

    # -- interval timers -------------------------------------------------------------------

    def set_timer(self, proc: Process, value: float | None, interval: float) -> tuple[float, float]:
        """Arm the calling process's ``ITIMER_REAL``: ``SIGALRM`` in ``value`` seconds (0: disarm, ``None``:
        leave it), then every ``interval``; returns the old ``(seconds left, interval)``."""
        th = self._caller(proc)
        old = th.task.arm_timer(value, interval, time.monotonic())
        if value:  # the caller runs on: stop it at the expiry as at a slice's end (a loop without calls never exits)
            self._arm_slice(th.vcpu, value)
        return old

    def _timer_due(self) -> float | None:
        """Seconds until the first armed timer of a live process expires (``None``: none is armed)."""
        ats = [t.timer_at for t in self.tasks.values() if t.timer_at is not None and t.exit is None]
        return max(min(ats) - time.monotonic(), 0.0) if ats else None

    def _fire_timers(self) -> None:
        """Send ``SIGALRM`` to every process whose timer expired (its next expiry from its interval)."""
        now = time.monotonic()
        for t in [t for t in self.tasks.values() if t.timer_at is not None and t.timer_at <= now]:
            if t.exit is None:
                t.expire_timer(now)
                self._send(t, SIGALRM)

    def _send(self, task: Task, sig: int) -> None:
        raise NotImplementedError

    # -- choosing the next thread ----------------------------------------------------------

    def _blocked(self) -> list[Thread]:
        return [th for t in self.tasks.values() if t.exit is None for th in t.threads.values() if th.state == "blocked"]

    def _next(self) -> Thread:
        """The next thread to run: a runnable one, or a blocked one whose call can now complete."""
        while True:
            self._fire_timers()
            if self.first is not None and self.first.exit is not None:
                return self.first.main  # a timer's signal ended the run: the caller stops there
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
            moved = self.moves
            for th in waiting:
                self._retry(th)
            if self.runq or self.moves != moved:  # a retry did some work: the ones before it may go on now
                continue
            wakes = [th.blocked.until for th in waiting if th.blocked is not None and th.blocked.until is not None]
            wakes += [t.timer_at for t in self.tasks.values() if t.timer_at is not None and t.exit is None]
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
            for th in stuck:  # a deadlock on Linux; here the pipe calls fail (or return what they did) instead
                b = th.blocked
                self._finish(th, b.partial() if b is not None and b.partial is not None else -E.EAGAIN)

    def _sleep_until(self, wake: float, hosts: Sequence[tuple[int, int]] = ()) -> None:
        """Sleep until ``wake`` or a host fd in ``hosts`` is ready, or until the run's deadline (then ``Timeout``)."""
        end = self._end_at
        self.moves += 1  # time passes (timed calls end), host sockets become ready
        if not sleep_until(wake if end is None else min(wake, end), hosts) and end is not None and wake > end:
            raise Timeout("the program slept past its time limit and was stopped")

    def _retry(self, th: Thread) -> None:
        """Try ``th``'s pending call again, unless nothing happened since it was last tried."""
        b = th.blocked
        if b is None or th.state != "blocked" or th.tried == self.moves:
            return
        task = th.task
        task.load(th)
        self.current = th
        self.retries += 1
        self._since = time.thread_time_ns()
        try:
            if b.retry is not None:
                result = b.retry()
            else:
                assert b.regs is not None
                result = task.machine.serve(task.proc, b.nr, b.regs)
        except Blocked:
            if b.partial is not None:  # it may have done more of its work (a long pipe write): others may go on
                self.moves += 1
            th.tried = self.moves
            return
        except ProcessExit as done:  # e.g. SIGPIPE on a write to a pipe whose readers left
            self.moves += 1
            self._end(task, done)
            return
        finally:
            self.current = None
            self._charge(th)
        self.moves += 1  # its call completed: what others wait for may have changed
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
        if b.partial is not None:  # it did part of its work: that is its result, as on Linux
            self._finish(th, b.partial())
            return
        flags = int.from_bytes(task.proc.signals.action(sig)[8:16], "little")
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
