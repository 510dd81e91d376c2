"""Thread calls: decoding and checks (a lone process, and a recording kernel behind the process).

The real kernel's side (threads on vCPUs, waits, wakes) is tested with programs in
``tests/domains/legacy/test_threads.py``; here the arguments each call hands it are checked.
"""

from __future__ import annotations

import errno
import struct
import time
from typing import Any

import pytest

from multipie.domains.legacy.syscalls import Blocked, ProcessExit, Sys
from tests.domains.legacy.syscalls.harness import Harness

WAIT, WAKE, REQUEUE, CMP_REQUEUE, WAKE_OP, WAIT_BITSET, WAKE_BITSET = 0, 1, 3, 4, 5, 9, 10
PRIVATE, REALTIME = 128, 256


def test_thread_ids_and_scheduling(h: Harness) -> None:
    assert h(Sys.gettid) == h(Sys.getpid) == 1
    assert h(Sys.set_tid_address, 0x1234) == 1 and h.p.clear_child_tid == 0x1234
    assert h(Sys.set_robust_list, 0, 24) == 0 and h(Sys.sched_yield) == 0
    assert h(Sys.set_robust_list, 0, 16) == -errno.EINVAL
    mask = h.alloc(8)
    assert h(Sys.sched_getaffinity, 0, 8, mask) == 8 and struct.unpack_from("<Q", h.buf, mask)[0] == 1
    assert h(Sys.sched_getaffinity, 0, 4, mask) == -errno.EINVAL
    assert h(Sys.membarrier, 0, 0) == 0x1F and h(Sys.membarrier, 8, 0) == 0 and h(Sys.membarrier, 3, 0) == -errno.EINVAL
    with pytest.raises(ProcessExit) as done:
        h(Sys.exit, 0x107)
    assert done.value.code == 7


def test_futex_of_a_lone_thread_never_waits_forever(h: Harness) -> None:
    word = h.put(struct.pack("<I", 7))
    ts = h.put(struct.pack("<qq", 0, 1000))
    assert h(Sys.futex, word, WAKE, 1) == 0  # nobody to wake
    assert h(Sys.futex, word, WAIT, 7) == -errno.EDEADLK  # the value matches: nobody could ever wake it
    assert h(Sys.futex, word, WAIT, 7, ts) == -errno.ETIMEDOUT
    assert h(Sys.futex, word, WAIT, 8) == -errno.EAGAIN  # the value changed: return at once
    assert h(Sys.futex, word, WAIT | PRIVATE, 8) == -errno.EAGAIN
    assert h(Sys.futex, word, WAIT_BITSET, 7, 0, 0, 0) == -errno.EINVAL  # an empty bitset
    assert h(Sys.futex, word + 1, WAIT, 7) == -errno.EINVAL  # unaligned
    assert h(Sys.futex, 8, WAIT, 7) == -errno.EFAULT
    assert h(Sys.futex, 8, WAKE, 1) == -errno.EFAULT  # a shared futex's page must be there
    assert h(Sys.futex, 8, WAKE | PRIVATE, 1) == 0  # a private one's word is not read (EFAULT before), as on Linux
    assert h(Sys.futex, 1 << 47, WAKE | PRIVATE, 1) == -errno.EFAULT  # above the address space
    assert h(Sys.futex, word, WAIT, 7, h.put(struct.pack("<qq", 0, 10**9))) == -errno.EINVAL
    assert h(Sys.futex, word, WAKE | REALTIME, 1) == -errno.ENOSYS
    assert h(Sys.futex, word, 6, 0) == -errno.ENOSYS  # FUTEX_LOCK_PI: refused, with a policy event
    assert h.p.events[-1].name == "futex"


class Recorder:
    """A kernel that records the thread calls it is handed."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def futex_wait(self, proc: object, addr: int, bitset: int, until: float | None) -> int:
        self.calls.append(("wait", addr, bitset, until))
        raise Blocked("futex")

    def futex_wake(self, proc: object, addr: int, n: int, bitset: int) -> int:
        self.calls.append(("wake", addr, n, bitset))
        return 1

    def futex_requeue(self, proc: object, addr: int, n: int, addr2: int, n2: int) -> int:
        self.calls.append(("requeue", addr, n, addr2, n2))
        return n + n2

    def clone(self, proc: object, flags: int, stack: int, ptid: int, ctid: int, tls: int) -> int:
        self.calls.append(("clone", flags, stack, ptid, ctid, tls))
        return 42

    def gettid(self, proc: object) -> int:
        return 9

    def exit_thread(self, proc: object, code: int) -> int:
        self.calls.append(("exit", code))
        raise Blocked("thread-exit")

    def robust_list(self, proc: object, tid: int, head: int | None) -> int:
        self.calls.append(("robust", tid, head))
        return 0x5000 if head is None else 0

    def sched_yield(self, proc: object) -> None:
        raise Blocked("yield")


@pytest.fixture
def k(h: Harness) -> Recorder:
    rec = Recorder()
    h.p.kernel = rec  # type: ignore[assignment]
    return rec


def test_futex_wait_hands_over_a_deadline(h: Harness, k: Recorder) -> None:
    word = h.put(struct.pack("<I", 3))
    with pytest.raises(Blocked):
        h(Sys.futex, word, WAIT | PRIVATE, 3)
    assert k.calls[-1] == ("wait", word, 0xFFFFFFFF, None)
    before = time.monotonic()
    with pytest.raises(Blocked):
        h(Sys.futex, word, WAIT, 3, h.put(struct.pack("<qq", 2, 0)))  # relative
    until = k.calls[-1][3]
    assert before + 2 <= until <= time.monotonic() + 2
    with pytest.raises(Blocked):
        h(Sys.futex, word, WAIT_BITSET, 3, h.put(struct.pack("<qq", 123, 5 * 10**8)), 0, 0x6)  # monotonic, absolute
    assert k.calls[-1] == ("wait", word, 0x6, 123.5)
    at = time.time() + 5
    with pytest.raises(Blocked):
        h(Sys.futex, word, WAIT_BITSET | REALTIME, 3, h.put(struct.pack("<qq", int(at), 0)), 0, 1)
    assert abs(k.calls[-1][3] - (time.monotonic() + int(at) - time.time())) < 0.5
    assert h(Sys.futex, word, WAIT, 4) == -errno.EAGAIN and k.calls[-1][0] == "wait"  # compared first: no new call


def test_futex_wakes_and_requeues(h: Harness, k: Recorder) -> None:
    a, b = h.put(struct.pack("<I", 1)), h.put(struct.pack("<I", 0))
    assert h(Sys.futex, a, WAKE, 0) == 1 and k.calls[-1] == ("wake", a, 1, 0xFFFFFFFF)  # 0 wakes one, as Linux
    assert h(Sys.futex, a, WAKE_BITSET, 5, 0, 0, 0x4) == 1 and k.calls[-1] == ("wake", a, 5, 0x4)
    assert h(Sys.futex, a, WAKE_BITSET, 5, 0, 0, 0) == -errno.EINVAL
    assert h(Sys.futex, a, REQUEUE, 1, 7, b) == 8 and k.calls[-1] == ("requeue", a, 1, b, 7)
    assert h(Sys.futex, a, CMP_REQUEUE, 1, 7, b, 2) == -errno.EAGAIN  # *a is 1
    assert h(Sys.futex, a, CMP_REQUEUE, 1, 7, b, 1) == 8
    assert h(Sys.futex, a, REQUEUE, -1, 7, b) == -errno.EINVAL
    assert h(Sys.futex, a, REQUEUE, 1, 7, b + 2) == -errno.EINVAL
    # WAKE_OP: *b = 0 + 5 (ADD), and since the old value 0 == 0, the second queue is woken too.
    op = (1 << 28) | (0 << 24) | (5 << 12) | 0
    assert h(Sys.futex, a, WAKE_OP, 1, 1, b, op) == 2
    assert struct.unpack_from("<I", h.buf, b)[0] == 5 and k.calls[-2:] == [("wake", a, 1, 0xFFFFFFFF),
                                                                            ("wake", b, 1, 0xFFFFFFFF)]  # fmt: skip
    assert h(Sys.futex, a, WAKE_OP, 1, 1, b, op) == 1  # old value 5 != 0: only the first queue
    assert h(Sys.futex, a, WAKE_OP, 1, 1, b, (7 << 28)) == -errno.ENOSYS  # no such operation


def test_clone3_is_clone(h: Harness, k: Recorder) -> None:
    flags = 0x3D0F00  # glibc's pthread_create
    args = h.put(struct.pack("<11Q", flags, 0, 0x2000, 0x3000, 0, 0x100000, 0x8000, 0x7000, 0, 0, 0))
    assert h(Sys.clone3, args, 88) == 42
    assert k.calls[-1] == ("clone", flags, 0x108000, 0x3000, 0x2000, 0x7000)  # the stack's top; ptid, ctid
    fork = h.put(struct.pack("<11Q", 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0))
    assert h(Sys.clone3, fork, 64) == 42 and k.calls[-1] == ("clone", 17, 0, 0, 0, 0)
    assert h(Sys.clone3, fork, 32) == -errno.EINVAL
    assert h(Sys.clone3, h.put(struct.pack("<11Q", 0x1000, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0)), 88) == -errno.ENOSYS
    assert h(Sys.clone3, h.put(struct.pack("<11Q", 0, 0, 0, 0, 17, 0x1000, 0, 0, 0, 0, 0)), 88) == -errno.EINVAL
    assert h(Sys.clone3, h.put(struct.pack("<12Q", 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 1)), 96) == -errno.E2BIG


def test_thread_calls_reach_the_kernel(h: Harness, k: Recorder) -> None:
    assert h(Sys.gettid) == 9 and h(Sys.set_tid_address, 0x40) == 9
    assert h(Sys.set_robust_list, 0x5000, 24) == 0 and k.calls[-1] == ("robust", 0, 0x5000)
    head, size = h.alloc(8), h.alloc(8)
    assert h(Sys.get_robust_list, 0, head, size) == 0
    assert struct.unpack_from("<Q", h.buf, head)[0] == 0x5000 and struct.unpack_from("<Q", h.buf, size)[0] == 24
    with pytest.raises(Blocked):
        h(Sys.exit, 3)
    assert k.calls[-1] == ("exit", 3)
    with pytest.raises(Blocked):
        h(Sys.sched_yield)
