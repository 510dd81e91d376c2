"""Signal system calls: sending, dispositions, masks, waiting, and returning from handlers.

Dispositions are recorded here; delivery to a handler (building the frame) is done by the VM loop
with :mod:`multipie.domains.legacy.signals`. :data:`HANDLERS` is this family's part of the dispatch
table.
"""

from __future__ import annotations

import errno as E
import struct

from multipie.domains.legacy.syscalls.state import Blocked, Handler, Process, ProcessExit, s32
from multipie.domains.legacy.table import Sys

__all__ = ["HANDLERS"]


def sys_kill(proc: Process, pid: int, sig: int, *_: int) -> int:
    pid = s32(pid)
    if proc.kernel is not None:  # it picks the thread that takes a signal sent to a process
        if not 0 <= sig <= 64:
            return -E.EINVAL
        return proc.kernel.kill(proc, pid, sig)
    return _to_self(proc, pid, sig)


def sys_tkill(proc: Process, tid: int, sig: int, *_: int) -> int:
    return sys_tgkill(proc, -1, tid, sig)


def sys_tgkill(proc: Process, tgid: int, tid: int, sig: int, *_: int) -> int:
    if proc.kernel is not None:
        if not 0 <= sig <= 64:
            return -E.EINVAL
        if s32(tid) <= 0 or (s32(tgid) <= 0 and s32(tgid) != -1):
            return -E.EINVAL
        return proc.kernel.tgkill(proc, s32(tgid), s32(tid), sig)
    return _to_self(proc, tid, sig)


def _to_self(proc: Process, tid: int, sig: int) -> int:
    """A signal a lone process (no kernel: one thread) sends itself."""
    if s32(tid) not in (proc.info.pid, 0):
        return -E.ESRCH
    if not 0 <= sig <= 64:
        return -E.EINVAL
    if sig == 0:
        return 0
    handler = proc.disposition(sig)
    if handler == 1:  # SIG_IGN
        return 0
    if sig in (17, 18, 19, 20, 21, 22, 23, 28):  # CHLD, CONT, stops, URG, WINCH: no termination
        return 0
    if handler > 1:
        proc.pending |= 1 << (sig - 1)  # the VM loop would run the handler when this call returns
        return 0
    raise ProcessExit(128 + sig, signal=sig)


def sys_rt_sigreturn(proc: Process, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.rt_sigreturn)
    return proc.kernel.sigreturn(proc)


def sys_rt_sigsuspend(proc: Process, mask: int, size: int, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.rt_sigsuspend, mask, size)
    new = proc.mem.u64(mask)  # SIGKILL and SIGSTOP cannot be blocked: the mask setter drops them
    if proc.saved_mask is None:
        proc.saved_mask = proc.sigmask
    proc.sigmask = new
    return _await_signal(proc)


def sys_pause(proc: Process, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.pause)
    return _await_signal(proc)


def _await_signal(proc: Process) -> int:
    def check() -> int:
        if proc.deliverable():
            return -E.EINTR
        raise Blocked("signal", retry=check)

    return check()


# rt_sigaction and rt_sigprocmask are answered in the guest (entry.S) on the same block
# (:mod:`.sigstate`); what reaches the host is the unusual case: an error to report, a bad
# pointer, or a mask that makes a pending signal deliverable (delivered as the call returns).
# As on Linux, the new action or set is read before the old one is written (they may alias).


def sys_rt_sigaction(proc: Process, sig: int, act: int, old: int, size: int, *_: int) -> int:
    if size != 8 or not 1 <= sig <= 64 or sig in (9, 19) and act:
        return -E.EINVAL
    new = proc.mem.read(act, 32) if act else None
    was = proc.signals.action(sig)
    if new is not None:
        proc.signals.set_action(sig, new)  # Linux's order: set, then a bad ``old`` is EFAULT
    if old:
        proc.mem.write(old, was)
    return 0


def sys_rt_sigprocmask(proc: Process, how: int, new: int, old: int, size: int, *_: int) -> int:
    if size != 8:
        return -E.EINVAL
    if new and how not in (0, 1, 2):
        return -E.EINVAL
    cur = proc.sigmask
    mask = cur
    if new:
        value = proc.mem.u64(new)
        mask = cur | value if how == 0 else cur & ~value if how == 1 else value
    proc.sigmask = mask  # Linux's order: set, then a bad ``old`` is EFAULT
    if old:
        proc.mem.put_u64(old, cur)
    return 0


def sys_rt_sigpending(proc: Process, out: int, size: int, *_: int) -> int:
    if size != 8:
        return -E.EINVAL
    proc.mem.put_u64(out, proc.pending & proc.sigmask)  # unblocked pending signals are delivered on return
    return 0


def sys_sigaltstack(proc: Process, new: int, old: int, *_: int) -> int:
    if old:
        proc.mem.write(old, struct.pack("<QiiQ", 0, 2, 0, 0))  # SS_DISABLE
    return 0


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.kill: sys_kill,
    Sys.tkill: sys_tkill,
    Sys.tgkill: sys_tgkill,
    Sys.rt_sigreturn: sys_rt_sigreturn,
    Sys.rt_sigsuspend: sys_rt_sigsuspend,
    Sys.pause: sys_pause,
    Sys.rt_sigaction: sys_rt_sigaction,
    Sys.rt_sigprocmask: sys_rt_sigprocmask,
    Sys.rt_sigpending: sys_rt_sigpending,
    Sys.sigaltstack: sys_sigaltstack,
}
