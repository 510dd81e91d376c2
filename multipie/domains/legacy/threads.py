"""The thread calls the kernel serves: thread creation and exit, futex waits and wakes, thread signals.

:class:`ThreadCalls` sits between the scheduler (:class:`~multipie.domains.legacy.scheduler.Scheduler`)
and :class:`~multipie.domains.legacy.kernel.ProcessGroup`: it implements the thread part of
:class:`~multipie.domains.legacy.syscalls.ProcessHost`, which ``syscalls/threads.py`` and
``syscalls/signals.py`` reach after decoding and checking a call.

- **clone** with ``CLONE_THREAD``: a new :class:`~multipie.domains.legacy.tasks.Thread` on a vCPU
  of the process's VM (:meth:`.tasks.Task.start_thread`), ``CLONE_PARENT_SETTID`` /
  ``CLONE_CHILD_SETTID`` written, ``CLONE_CHILD_CLEARTID`` remembered.
- **exit** of one thread (:class:`ThreadExit`): once its vCPU stopped, its ``clear_child_tid`` word
  is cleared and woken (``pthread_join`` waits on it), the robust futexes it still holds are
  marked ``FUTEX_OWNER_DIED`` and woken (:func:`.tasks.robust_deaths`), its vCPU goes back to the
  machine. The last thread's ``exit`` ends the process.
- **futexes**: a wait parks the thread on the process's :class:`~multipie.domains.legacy.futex.FutexTable`
  (the word was compared by the caller, with no guest code running); a wake completes the
  waiters' pending calls with 0 through their own vCPUs; a timeout completes it with
  ``-ETIMEDOUT`` (the scheduler retries timed waits), a handled signal with ``-EINTR``.
- **tgkill/tkill**: the signal is pending for that thread; a fatal default ends its process.
"""

from __future__ import annotations

import errno as E
import struct
import time

from multipie.domains.legacy import sysarea
from multipie.domains.legacy.scheduler import Scheduler
from multipie.domains.legacy.signals import IGNORED_BY_DEFAULT
from multipie.domains.legacy.syscalls import BadAddress, Blocked, ProcessExit
from multipie.domains.legacy.syscalls.state import Process
from multipie.domains.legacy.tasks import MAX_THREADS, Task, Thread, robust_deaths

__all__ = ["CLONE_THREAD", "MAX_THREADS", "ThreadCalls", "ThreadExit"]

CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND = 0x100, 0x200, 0x400, 0x800
CLONE_THREAD, CLONE_SYSVSEM, CLONE_SETTLS = 0x10000, 0x40000, 0x80000
CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID, CLONE_DETACHED, CLONE_CHILD_SETTID = 0x100000, 0x200000, 0x400000, 0x1000000
#: What a thread's ``clone`` may ask (``CLONE_DETACHED`` is ignored by Linux; musl passes it). Files,
#: cwd and System V semaphore adjustments are shared by the threads of a process anyway.
THREAD_FLAGS = (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS
                | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID | CLONE_DETACHED)  # fmt: skip


class ThreadExit(Blocked):
    """The calling thread called ``exit`` while others live: the scheduler tears it down."""

    def __init__(self, code: int) -> None:
        super().__init__("thread-exit")
        self.code = code


class ThreadCalls(Scheduler):
    """The thread calls of :class:`~multipie.domains.legacy.syscalls.ProcessHost` (see the module docstring)."""

    def _clone_thread(self, me: Thread, flags: int, stack: int, ptid: int, ctid: int, tls: int) -> int:
        """A new thread of the caller's process (see the module docstring); returns its tid."""
        task = me.task
        if flags & (CLONE_VM | CLONE_SIGHAND) != CLONE_VM | CLONE_SIGHAND:
            return -E.EINVAL  # as Linux: CLONE_THREAD needs CLONE_SIGHAND, which needs CLONE_VM
        if len(task.live()) >= MAX_THREADS:
            return -E.EAGAIN
        regs = task.machine.cur_regs
        assert regs is not None
        proc, tid = task.proc, next(self._pids)
        mem = proc.mem
        if flags & CLONE_PARENT_SETTID:
            mem._off(ptid, 4)  # a bad pointer fails the call before anything happened
        if flags & CLONE_CHILD_SETTID:
            mem._off(ctid, 4)
        th = task.start_thread(tid, regs, stack=stack, tls=tls if flags & CLONE_SETTLS else None,
                               clear_tid=ctid if flags & CLONE_CHILD_CLEARTID else 0)  # fmt: skip
        for flag, addr in ((CLONE_PARENT_SETTID, ptid), (CLONE_CHILD_SETTID, ctid)):
            if flags & flag:
                mem.write(addr, tid.to_bytes(4, "little"))
        self.runq.append(th)
        self._start_slicing(me.vcpu)
        return tid

    def gettid(self, proc: Process) -> int:
        """The calling thread's id."""
        return self._caller(proc).tid

    def exit_thread(self, proc: Process, code: int) -> int:
        """``exit``: the calling thread ends; with it the process when no other thread lives.

        Raises:
            ThreadExit: other threads go on.
            ProcessExit: it was the last one (status: the first thread's code if it left before).
        """
        me = self._caller(proc)
        task = me.task
        if me is task.main:
            task.main_code = code
        if len(task.live()) <= 1:
            raise ProcessExit(task.main_code if me is not task.main else code)
        raise ThreadExit(code)

    def _thread_exit(self, th: Thread, blocked: Blocked) -> None:
        """After ``exit``: clear and wake ``clear_child_tid``, release its robust futexes, drop it."""
        task = th.task
        task.load(th)
        clear, robust = task.words()
        mem = task.proc.mem
        wake = robust_deaths(mem, robust, th.tid) if robust else []
        if clear:
            try:
                mem.write(clear, bytes(4))
                wake.append(clear)
            except BadAddress:
                pass
        task.drop_thread(th)
        for addr in wake:
            self._wake(task, addr, 1)

    def futex_wait(self, proc: Process, addr: int, bitset: int, until: float | None) -> int:
        """Park the calling thread on ``addr`` (the word was compared already).

        Raises:
            Blocked: always; a wake completes it with 0, ``until`` with ``-ETIMEDOUT``, a handled
                signal with ``-EINTR`` (or a restart).
        """
        me = self._caller(proc)
        if until is not None and until <= time.monotonic():
            return -E.ETIMEDOUT
        me.futex = me.task.futexes.wait(addr, me, bitset)

        def timed_out() -> int:
            if until is not None and time.monotonic() >= until:
                return -E.ETIMEDOUT  # _finish takes it off the queue
            raise Blocked("futex", retry=timed_out, until=until)

        raise Blocked("futex", retry=timed_out, until=until)

    def futex_wake(self, proc: Process, addr: int, n: int, bitset: int) -> int:
        """Wake up to ``n`` threads waiting on ``addr`` with a bitset meeting ``bitset``; returns how many."""
        return self._wake(self._caller(proc).task, addr, n, bitset)

    def _wake(self, task: Task, addr: int, n: int, bitset: int = 0xFFFFFFFF) -> int:
        woken = task.futexes.wake(addr, n, bitset)
        for th in woken:
            th.futex = None
            self._finish(th, 0)
        return len(woken)

    def futex_requeue(self, proc: Process, addr: int, n: int, addr2: int, n2: int) -> int:
        """Wake ``n`` waiters of ``addr``, move up to ``n2`` of the others to ``addr2``; returns both counts added."""
        task = self._caller(proc).task
        woken, moved = task.futexes.requeue(addr, n, addr2, n2)
        for th in woken:
            th.futex = None
            self._finish(th, 0)
        return len(woken) + moved

    def sched_yield(self, proc: Process) -> None:
        """Let the other runnable threads run first (raises: the call returns 0 when the caller runs again)."""
        self._caller(proc)
        raise Blocked("yield")

    def tgkill(self, proc: Process, tgid: int, tid: int, sig: int) -> int:
        """Send ``sig`` to thread ``tid`` (of process ``tgid``, unless -1); a fatal default ends its process."""
        me = self._caller(proc)
        th: Thread | None = None
        for t in self.tasks.values():
            cand = t.threads.get(tid)
            if t.exit is None and cand is not None and cand.state != "dead" and tgid in (-1, t.pid):
                th = cand
        if th is None:
            return -E.ESRCH
        task = th.task
        how = task.proc.disposition(sig)
        if sig == 0 or how == 1 or (how == 0 and sig in IGNORED_BY_DEFAULT):
            return 0
        if how > 1 or self._mask(th) >> (sig - 1) & 1:  # a handler, or a default action held while blocked
            task.proc.siginfo[sig] = (-6, struct.pack("<iI", me.task.pid, 0))  # SI_TKILL, the sender's pid and uid
            self._signal_thread(th, sig)
        elif task is me.task:
            raise ProcessExit(128 + sig, sig)
        else:
            self._end(task, ProcessExit(128 + sig, sig))
        return 0

    def robust_list(self, proc: Process, tid: int, head: int | None) -> int:
        """Set the caller's robust list head, or return thread ``tid``'s (``-ESRCH`` when there is none)."""
        me = self._caller(proc)
        task = me.task
        if head is not None:
            task.machine.memory.write_u64(sysarea.ROBUST, head)  # the loaded thread's word
            return 0
        th = me if tid == 0 else task.threads.get(tid)
        if th is None or th.state == "dead":
            return -E.ESRCH
        return task.machine.memory.read_u64(sysarea.ROBUST) if th is task.loaded else th.robust
