"""Time calls: clocks read the host's (CPU clocks the program's own), unknown clocks and bad requests are EINVAL,
sleeps stop at the deadline."""

from __future__ import annotations

import errno
import struct
import time

import pytest

from multipie.domains.legacy.syscalls import Sys
from multipie.domains.legacy.syscalls.clocks import cpu_clock
from multipie.errors import Timeout
from tests.domains.legacy.syscalls.harness import Harness


def test_clocks_tell_the_host_time(h: Harness) -> None:
    ts = h.alloc(16)
    before = time.time_ns() // 10**9
    assert h(Sys.clock_gettime, 0, ts) == 0
    sec, nsec = struct.unpack_from("<qq", h.buf, ts)
    assert before <= sec <= time.time_ns() // 10**9 and 0 <= nsec < 10**9
    assert h(Sys.clock_gettime, 99, ts) == -errno.EINVAL
    assert h(Sys.clock_getres, 1, ts) == 0 and struct.unpack_from("<qq", h.buf, ts) == (0, 1)
    tv = h.alloc(16)
    assert h(Sys.gettimeofday, tv, 0) == 0 and 0 <= struct.unpack_from("<qq", h.buf, tv)[1] < 10**6
    tloc = h.alloc(8)
    now = h(Sys.time, tloc)
    assert before <= now and struct.unpack_from("<Q", h.buf, tloc)[0] == now


def test_sleeps_refuse_bad_requests_and_stop_at_the_deadline(h: Harness) -> None:
    assert h(Sys.nanosleep, h.put(struct.pack("<qq", 0, 10**9)), 0) == -errno.EINVAL
    assert h(Sys.nanosleep, h.put(struct.pack("<qq", -1, 0)), 0) == -errno.EINVAL
    assert h(Sys.nanosleep, h.put(struct.pack("<qq", 0, 0)), 0) == 0
    h.p.deadline = time.monotonic() - 1  # already past: the run is stopped instead of sleeping an hour
    with pytest.raises(Timeout, match="time limit"):
        h(Sys.nanosleep, h.put(struct.pack("<qq", 3600, 0)), 0)
    with pytest.raises(Timeout):
        h(Sys.clock_nanosleep, 1, 0, h.put(struct.pack("<qq", 3600, 0)), 0)


def test_cpu_clocks_are_the_programs_own(h: Harness) -> None:
    """CLOCK_PROCESS/THREAD_CPUTIME_ID and the encoded clocks of other ids; without a run the caller's thread."""
    ts = h.alloc(16)
    assert cpu_clock(2) == (0, False) and cpu_clock(3) == (0, True)
    assert cpu_clock((~5 << 3 | 2) & 0xFFFFFFFF) == (5, False)  # clock_getcpuclockid(5)
    assert cpu_clock((~7 << 3 | 4 | 2) & 0xFFFFFFFF) == (7, True)  # pthread_getcpuclockid of tid 7
    assert cpu_clock((~5 << 3 | 3) & 0xFFFFFFFF) is None and cpu_clock(99) is None
    assert h(Sys.clock_getres, (~1 << 3 | 2) & 0xFFFFFFFF, ts) == 0
    assert h(Sys.clock_gettime, (~5 << 3 | 2) & 0xFFFFFFFF, ts) == -errno.EINVAL  # no process 5 here
    assert h(Sys.clock_gettime, 2, ts) == 0
    sec, nsec = struct.unpack_from("<qq", h.buf, ts)
    assert sec * 10**9 + nsec <= time.thread_time_ns()  # not the runtime process's CPU time
