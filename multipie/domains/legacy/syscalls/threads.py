"""Thread system calls: ``clone3``, thread exit, futexes, thread ids, robust lists, scheduling.

Threads themselves (a vCPU each in the process's VM, their scheduling and context) are the
kernel's (:mod:`multipie.domains.legacy.kernel`, :mod:`multipie.domains.legacy.tasks`); here the
calls are decoded and checked — argument validation, the futex word's compare, ``FUTEX_WAKE_OP``'s
read-modify-write, timeouts turned into a ``time.monotonic()`` deadline — and handed to it through
:class:`~multipie.domains.legacy.syscalls.state.ProcessHost`. Nothing runs in the guest while a
call is served, so each compare-and-park is atomic for the program's threads, as Linux makes it
with its hash-bucket lock. Without a kernel (a lone process) there is one thread: its id is the
process id and a futex wait that would block forever is refused with ``EDEADLK``.

Supported futex operations: ``WAIT``, ``WAKE``, ``REQUEUE``, ``CMP_REQUEUE``, ``WAKE_OP``,
``WAIT_BITSET``, ``WAKE_BITSET``, with ``FUTEX_PRIVATE_FLAG`` (every futex is private to its
process here: processes share no memory) and ``FUTEX_CLOCK_REALTIME``; the priority-inheritance
operations are ``-ENOSYS`` with a policy event. :data:`HANDLERS` is this family's part of the
dispatch table.
"""

from __future__ import annotations

import errno as E
import struct
import time

from multipie.domains.legacy.futex import wake_op
from multipie.domains.legacy.syscalls.state import Handler, Process, ProcessExit, s32
from multipie.domains.legacy.table import Sys

__all__ = ["HANDLERS", "futex_deadline"]

FUTEX_WAIT, FUTEX_WAKE, FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_WAKE_OP = 0, 1, 3, 4, 5
FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET = 9, 10
FUTEX_PRIVATE_FLAG, FUTEX_CLOCK_REALTIME = 128, 256
MATCH_ANY = 0xFFFFFFFF
ROBUST_HEAD_SIZE = 24  # sizeof(struct robust_list_head)
#: ``membarrier`` commands answered (every thread switch is a VM exit, a full barrier on every thread).
MEMBARRIER_CMDS = 1 | 2 | 4 | 8 | 16
_TIMESPEC = struct.Struct("<qq")
_U32 = struct.Struct("<I")
_TASK_SIZE = 0x7FFFFFFFF000  # the top of a process's address space on x86-64 (Linux's TASK_SIZE_MAX)
_CLONE_ARGS = struct.Struct("<11Q")  # struct clone_args, CLONE_ARGS_SIZE_VER2
CLONE_PIDFD, CLONE_INTO_CGROUP = 0x1000, 0x200000000


def sys_exit(proc: Process, code: int, *_: int) -> int:
    """``exit``: the calling thread ends; the process with its last thread."""
    if proc.kernel is None:
        raise ProcessExit(code & 0xFF)
    return proc.kernel.exit_thread(proc, code & 0xFF)


def sys_gettid(proc: Process, *_: int) -> int:
    return proc.kernel.gettid(proc) if proc.kernel is not None else proc.info.pid


def sys_set_tid_address(proc: Process, addr: int, *_: int) -> int:
    proc.clear_child_tid = addr
    return sys_gettid(proc)


def sys_set_robust_list(proc: Process, head: int, size: int, *_: int) -> int:
    if size != ROBUST_HEAD_SIZE:
        return -E.EINVAL
    if proc.kernel is not None:
        proc.kernel.robust_list(proc, 0, head)
    return 0


def sys_get_robust_list(proc: Process, tid: int, head_ptr: int, size_ptr: int, *_: int) -> int:
    head = proc.kernel.robust_list(proc, s32(tid), None) if proc.kernel is not None else 0
    if head < 0:
        return head
    proc.mem.put_u64(head_ptr, head)
    proc.mem.put_u64(size_ptr, ROBUST_HEAD_SIZE)
    return 0


def futex_deadline(proc: Process, ptr: int, *, absolute: bool, realtime: bool) -> float | None:
    """The ``time.monotonic()`` at which a futex wait with the ``struct timespec`` at ``ptr`` ends.

    Returns ``None`` for no timeout (``ptr`` is NULL). A relative timeout counts from now; an
    absolute one is a time of ``CLOCK_REALTIME`` or ``CLOCK_MONOTONIC`` (the host's, which is what
    the guest's ``clock_gettime`` reports).

    Raises:
        ValueError: a negative or denormal timespec (the call says ``EINVAL``).
    """
    if not ptr:
        return None
    sec, nsec = _TIMESPEC.unpack(proc.mem.read(ptr, 16))
    if sec < 0 or not 0 <= nsec < 10**9:
        raise ValueError("timespec")
    t = sec + nsec / 1e9
    now = time.monotonic()
    if not absolute:
        return now + t
    return now + (t - time.time()) if realtime else t


def sys_futex(proc: Process, addr: int, op: int, val: int, arg4: int, addr2: int, val3: int, *_: int) -> int:
    cmd = op & 0x7F & ~FUTEX_PRIVATE_FLAG
    realtime = bool(op & FUTEX_CLOCK_REALTIME)
    if cmd not in (FUTEX_WAIT, FUTEX_WAKE, FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_WAKE_OP, FUTEX_WAIT_BITSET,
                   FUTEX_WAKE_BITSET) or op & ~(0x7F | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME):  # fmt: skip
        return proc.denied(Sys.futex, addr, op, val)  # PI futexes, FUTEX_FD, unknown bits
    if realtime and cmd not in (FUTEX_WAIT, FUTEX_WAIT_BITSET):
        return -E.ENOSYS
    if addr % 4:
        return -E.EINVAL
    if cmd in (FUTEX_WAIT, FUTEX_WAIT_BITSET):
        bitset = MATCH_ANY if cmd == FUTEX_WAIT else val3 & MATCH_ANY
        if not bitset:
            return -E.EINVAL
        until = futex_deadline(proc, arg4, absolute=cmd == FUTEX_WAIT_BITSET, realtime=realtime)
        if _U32.unpack(proc.mem.read(addr, 4))[0] != val & MATCH_ANY:
            return -E.EAGAIN
        if proc.kernel is None:
            return -E.ETIMEDOUT if until is not None else -E.EDEADLK  # nobody else could ever wake it
        return proc.kernel.futex_wait(proc, addr, bitset, until)
    if cmd in (FUTEX_WAKE, FUTEX_WAKE_BITSET):
        bitset = MATCH_ANY if cmd == FUTEX_WAKE else val3 & MATCH_ANY
        if not bitset:
            return -E.EINVAL
        if not op & FUTEX_PRIVATE_FLAG:
            proc.mem.read(addr, 4)  # a shared futex's key is its page: Linux faults on one it cannot read
        elif addr > _TASK_SIZE - 4:  # a private one's is the address: only access_ok (0 natively for a PROT_NONE word)
            return -E.EFAULT
        return _wake(proc, addr, s32(val), bitset)
    if addr2 % 4:
        return -E.EINVAL
    if cmd == FUTEX_WAKE_OP:
        return _wake_op(proc, addr, s32(val), addr2, s32(arg4), val3)
    n_wake, n_move = s32(val), s32(arg4)
    if n_wake < 0 or n_move < 0:
        return -E.EINVAL
    if cmd == FUTEX_CMP_REQUEUE and _U32.unpack(proc.mem.read(addr, 4))[0] != val3 & MATCH_ANY:
        return -E.EAGAIN
    proc.mem.read(addr2, 4)
    return proc.kernel.futex_requeue(proc, addr, n_wake, addr2, n_move) if proc.kernel is not None else 0


def _wake(proc: Process, addr: int, n: int, bitset: int) -> int:
    # Linux wakes one waiter even when asked for none (the count is tested after each wake).
    return proc.kernel.futex_wake(proc, addr, max(n, 1), bitset) if proc.kernel is not None else 0


def _wake_op(proc: Process, addr: int, n: int, addr2: int, n2: int, encoded: int) -> int:
    old = _U32.unpack(proc.mem.read(addr2, 4))[0]
    done = wake_op(old, encoded & MATCH_ANY)
    if done is None:
        return -E.ENOSYS
    new, second = done
    proc.mem.write(addr2, _U32.pack(new))
    woken = _wake(proc, addr, n, MATCH_ANY)
    if second:
        woken += _wake(proc, addr2, n2, MATCH_ANY)
    return woken


def sys_clone3(proc: Process, args: int, size: int, *_: int) -> int:
    """``clone3``: the same ``clone`` (``struct clone_args`` decoded); pidfds, set_tid and cgroups are refused."""
    if proc.kernel is None:
        return proc.denied(Sys.clone3, args, size)
    if size < 64 or size > 4096:
        return -E.EINVAL if size < 64 else -E.E2BIG
    raw = proc.mem.read(args, min(size, _CLONE_ARGS.size)).ljust(_CLONE_ARGS.size, b"\0")
    if size > _CLONE_ARGS.size and any(proc.mem.read(args + _CLONE_ARGS.size, size - _CLONE_ARGS.size)):
        return -E.E2BIG  # fields of a newer struct this kernel does not know, set
    flags, _pidfd, ctid, ptid, exit_signal, stack, stack_size, tls, set_tid, n_set_tid, _cg = _CLONE_ARGS.unpack(raw)
    if flags >> 32 & ~(CLONE_INTO_CGROUP >> 32) or exit_signal > 64 or flags & 0xFF:
        return -E.EINVAL
    if flags & (CLONE_PIDFD | CLONE_INTO_CGROUP) or set_tid or n_set_tid:
        return proc.denied(Sys.clone3, flags, size)
    if bool(stack) != bool(stack_size):
        return -E.EINVAL
    return proc.kernel.clone(proc, flags | exit_signal, stack + stack_size if stack else 0, ptid, ctid, tls)


def sys_sched_yield(proc: Process, *_: int) -> int:
    if proc.kernel is not None:
        proc.kernel.sched_yield(proc)
    return 0


def sys_sched_getaffinity(proc: Process, pid: int, size: int, mask: int, *_: int) -> int:
    if size < 8:
        return -E.EINVAL
    proc.mem.write(mask, struct.pack("<Q", 1))
    return 8


def sys_membarrier(proc: Process, cmd: int, flags: int, *_: int) -> int:
    if flags & ~1:
        return -E.EINVAL
    if cmd == 0:  # MEMBARRIER_CMD_QUERY
        return MEMBARRIER_CMDS
    return 0 if cmd & MEMBARRIER_CMDS and not cmd & (cmd - 1) else -E.EINVAL


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.exit: sys_exit,
    Sys.clone3: sys_clone3,
    Sys.gettid: sys_gettid,
    Sys.set_tid_address: sys_set_tid_address,
    Sys.set_robust_list: sys_set_robust_list,
    Sys.get_robust_list: sys_get_robust_list,
    Sys.futex: sys_futex,
    Sys.sched_yield: sys_sched_yield,
    Sys.sched_getaffinity: sys_sched_getaffinity,
    Sys.membarrier: sys_membarrier,
}
